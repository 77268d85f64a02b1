package dataset

import (
	"bufio"
	"encoding/json"
	"io"
	"math"
	"strconv"
	"strings"
	"time"
)

// WriteCSV writes events as entente's CSV: a header of EntenteColumns
// (starting "date,source,target,code"), then one row per event, comma
// separated, quoted as RFC 4180 where needed (fields may hold line
// breaks). Lists (urls, evidence) are JSON arrays in their cells. Reading
// the output back with FormatCSV (or detection) gives the same events:
// every field, with Origin restored from origin_file / origin_line.
// CodeValid and Root are not written; they follow from Code.
//
// An event whose Code is neither empty nor a CAMEO code is written as
// it is, and rejected (counted, with its line) when read back.
func WriteCSV(w io.Writer, events []Event) error {
	bw := bufio.NewWriterSize(w, 64<<10)
	for i, c := range EntenteColumns {
		if i > 0 {
			bw.WriteByte(',')
		}
		bw.WriteString(c)
	}
	bw.WriteByte('\n')
	var cells [numFields]string
	for i := range events {
		eventCells(&events[i], &cells)
		for j, c := range cells {
			if j > 0 {
				bw.WriteByte(',')
			}
			writeCSVField(bw, c)
		}
		if err := bw.WriteByte('\n'); err != nil {
			return err
		}
	}
	return bw.Flush()
}

// writeCSVField quotes a field when it holds a comma, a quote, a line
// break, or leading or trailing white space (which readers may trim).
func writeCSVField(bw *bufio.Writer, s string) {
	if s == "" || !strings.ContainsAny(s, ",\"\r\n") && strings.TrimSpace(s) == s {
		bw.WriteString(s)
		return
	}
	bw.WriteByte('"')
	for {
		i := strings.IndexByte(s, '"')
		if i < 0 {
			break
		}
		bw.WriteString(s[:i+1])
		bw.WriteByte('"')
		s = s[i+1:]
	}
	bw.WriteString(s)
	bw.WriteByte('"')
}

// eventCells renders an event's fields as entente's CSV cells.
func eventCells(e *Event, c *[numFields]string) {
	c[fDate] = dateText(e.Date)
	c[fSourceCountry] = e.Source.Country
	c[fTargetCountry] = e.Target.Country
	c[fCode] = e.Code
	c[fQuad] = quadText(e.Quad)
	c[fGoldstein] = floatText(e.Goldstein, "NaN")
	c[fPLOVER] = e.PLOVER
	c[fID] = e.ID
	c[fDateAdded] = dateText(e.DateAdded)
	c[fSource], c[fSourceName], c[fSourceSector] = e.Source.Code, e.Source.Name, e.Source.Sector
	c[fTarget], c[fTargetName], c[fTargetSector] = e.Target.Code, e.Target.Name, e.Target.Sector
	c[fMentions] = strconv.Itoa(e.Mentions)
	c[fSources] = strconv.Itoa(e.Sources)
	c[fArticles] = strconv.Itoa(e.Articles)
	c[fTone] = floatText(e.Tone, "")
	c[fConfidence] = floatText(e.Confidence, "")
	c[fURL], c[fDescription], c[fReference] = e.URL, e.Description, e.Reference
	c[fBackground] = ""
	if e.Background {
		c[fBackground] = "true"
	}
	c[fDatePrecision] = e.DatePrecision
	c[fReports] = strconv.Itoa(e.Reports)
	c[fURLs] = ""
	if len(e.URLs) > 0 {
		b, _ := json.Marshal(e.URLs)
		c[fURLs] = string(b)
	}
	c[fEvidence] = ""
	if len(e.Evidence) > 0 {
		c[fEvidence] = string(evidenceJSONText(e.Evidence))
	}
	c[fOriginFile] = e.Origin.File
	c[fOriginLine] = ""
	if e.Origin.Line != 0 {
		c[fOriginLine] = strconv.Itoa(e.Origin.Line)
	}
}

func evidenceJSONText(ev []Evidence) []byte {
	out := make([]evidenceJSON, len(ev))
	for i, x := range ev {
		out[i] = evidenceJSON(x)
	}
	b, _ := json.Marshal(out)
	return b
}

// dateText writes a date as YYYY-MM-DD when it is a UTC midnight, as RFC
// 3339 (with its offset) otherwise, and "" when zero.
func dateText(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	if _, off := t.Zone(); off == 0 {
		if h, m, s := t.Clock(); h == 0 && m == 0 && s == 0 && t.Nanosecond() == 0 {
			return t.Format(time.DateOnly)
		}
	}
	return t.Format(time.RFC3339Nano)
}

// floatText writes a float exactly (shortest representation that reads
// back to the same value), and nan for NaN.
func floatText(v float64, nan string) string {
	if math.IsNaN(v) {
		return nan
	}
	return strconv.FormatFloat(v, 'g', -1, 64)
}

// WriteJSONL writes events as entente's JSONL: one JSON object per line
// with the keys of EntenteColumns. date, source, target and code are
// always present, and quad ("unknown" when unknown); other keys are left
// out when empty or zero (reports when 1), except goldstein, which is null when unknown so that reading
// does not fill it from a table. Numbers are JSON numbers, urls an array
// of strings, evidence an array of objects. Reading the output back with
// FormatJSONL (or detection) gives the same events.
func WriteJSONL(w io.Writer, events []Event) error {
	bw := bufio.NewWriterSize(w, 64<<10)
	var buf []byte
	for i := range events {
		buf = appendEventJSON(buf[:0], &events[i])
		buf = append(buf, '\n')
		if _, err := bw.Write(buf); err != nil {
			return err
		}
	}
	return bw.Flush()
}

func appendEventJSON(b []byte, e *Event) []byte {
	first := true
	key := func(k string) {
		if !first {
			b = append(b, ',')
		}
		first = false
		b = strconv.AppendQuote(b, k) // keys are ASCII
		b = append(b, ':')
	}
	str := func(k, v string, always bool) {
		if v == "" && !always {
			return
		}
		key(k)
		b = appendJSONString(b, v)
	}
	num := func(k string, v int, skip int) {
		if v == skip {
			return
		}
		key(k)
		b = strconv.AppendInt(b, int64(v), 10)
	}
	flt := func(k string, v float64, null bool) {
		if math.IsNaN(v) {
			if null {
				key(k)
				b = append(b, "null"...)
			}
			return
		}
		key(k)
		b = strconv.AppendFloat(b, v, 'g', -1, 64)
	}
	b = append(b, '{')
	str("date", dateText(e.Date), true)
	str("source", e.Source.Country, true)
	str("target", e.Target.Country, true)
	str("code", e.Code, true)
	str("quad", quadText(e.Quad), true)
	flt("goldstein", e.Goldstein, true)
	str("plover", e.PLOVER, false)
	str("id", e.ID, false)
	str("date_added", dateText(e.DateAdded), false)
	str("source_actor", e.Source.Code, false)
	str("source_name", e.Source.Name, false)
	str("source_sector", e.Source.Sector, false)
	str("target_actor", e.Target.Code, false)
	str("target_name", e.Target.Name, false)
	str("target_sector", e.Target.Sector, false)
	num("mentions", e.Mentions, 0)
	num("sources", e.Sources, 0)
	num("articles", e.Articles, 0)
	flt("tone", e.Tone, false)
	flt("confidence", e.Confidence, false)
	str("url", e.URL, false)
	str("description", e.Description, false)
	str("reference", e.Reference, false)
	if e.Background {
		key("background")
		b = append(b, "true"...)
	}
	str("date_precision", e.DatePrecision, false)
	num("reports", e.Reports, 1)
	if len(e.URLs) > 0 {
		key("urls")
		u, _ := json.Marshal(e.URLs)
		b = append(b, u...)
	}
	if len(e.Evidence) > 0 {
		key("evidence")
		b = append(b, evidenceJSONText(e.Evidence)...)
	}
	str("origin_file", e.Origin.File, false)
	num("origin_line", e.Origin.Line, 0)
	return append(b, '}')
}

// appendJSONString appends s as a JSON string (encoding/json's escaping).
func appendJSONString(b []byte, s string) []byte {
	q, _ := json.Marshal(s)
	return append(b, q...)
}
