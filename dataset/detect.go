package dataset

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
	"unicode/utf8"
)

// detectLines is how many non-blank lines DetectFormat examines.
const detectLines = 10

// DetectFormat names the format of an input from its first bytes (after
// decompression; a few kilobytes are enough). It returns FormatAuto ("")
// when no format matches; Open and NewReader then fail with an error
// wrapping ErrUnknownFormat, or ErrEncoding for binary input, that says
// what was seen.
//
// The rules, in order:
//   - '[' or '{' first: JSON. Records with an "event" or "event_type" key are
//     PLOVER / POLECAT (FormatPLOVER); other objects are FormatJSONL.
//   - a first line starting "Event ID<TAB>Event Date": ICEWS.
//   - tab-separated lines whose first field is a number (the
//     GLOBALEVENTID) and second a YYYYMMDD date: GDELT 1.0 with 57 or 58
//     fields, GDELT 2.0 events with 61; with 16 fields and 14-digit
//     timestamps in the second and third: GDELT 2.0 mentions. A GDELT
//     header line (first field GLOBALEVENTID) is recognised too.
//   - the comma header "globaleventid,eventtimedate,mentiontimedate,…":
//     GDELT 2.0 mentions.
//   - a header line of at least two names separated by tabs, commas or
//     semicolons: FormatCSV (entente's own CSV and generic CSV/TSV).
func DetectFormat(head []byte) Format {
	f, _ := detect(head)
	return f
}

// detect is DetectFormat with the reason when no format matches: an error
// wrapping ErrEncoding for binary or UTF-16 data, ErrUnknownFormat
// otherwise. The message describes the first line.
func detect(head []byte) (Format, error) {
	raw := head
	head = bytes.TrimPrefix(head, utf8BOM)
	if bytes.HasPrefix(head, []byte{0xff, 0xfe}) || bytes.HasPrefix(head, []byte{0xfe, 0xff}) {
		return FormatAuto, fmt.Errorf("%w: the input is UTF-16 text; convert it to UTF-8 (iconv -f UTF-16 -t UTF-8)", ErrEncoding)
	}
	if binary, off := binaryData(head); binary {
		off += len(raw) - len(head) // the byte order mark
		line, pos := position(raw, off)
		return FormatAuto, &ParseError{Line: line, Byte: pos, Err: fmt.Errorf("%w: the input is binary data, not event text (byte %#02x at offset %d; first bytes % x)",
			ErrEncoding, raw[off], off, head[:min(len(head), 8)])}
	}
	trimmed := bytes.TrimLeft(head, " \t\r\n")
	if len(trimmed) == 0 {
		return FormatAuto, fmt.Errorf("%w: the input is empty", ErrUnknownFormat)
	}
	switch trimmed[0] {
	case '[', '{':
		return detectJSON(trimmed), nil
	}
	// The last line may be cut by the end of the peeked bytes: vote with
	// complete lines only, when there are any.
	whole := head
	if i := bytes.LastIndexByte(head, '\n'); i >= 0 {
		whole = head[:i]
	}
	lines := firstLines(whole, detectLines)
	first := lines[0]
	if hasPrefixFold(first, "Event ID\tEvent Date") {
		return FormatICEWS, nil
	}
	if f := detectGDELT(lines); f != FormatAuto {
		return f, nil
	}
	if hasPrefixFold(first, "globaleventid,eventtimedate,mentiontimedate") {
		return FormatGDELT2Mentions, nil
	}
	if delim, n := sniffDelimiter(first); n >= 2 && looksLikeHeader(first, delim) {
		return FormatCSV, nil
	}
	if !utf8.Valid(completeLines(head)) {
		return FormatAuto, fmt.Errorf("%w: the input is neither UTF-8 text nor a known format (first line %q)", ErrEncoding, shorten(string(first)))
	}
	return FormatAuto, fmt.Errorf("%w: %s", ErrUnknownFormat, describeLine(first))
}

var utf8BOM = []byte("\xef\xbb\xbf")

// binaryWindow is how many bytes of the head binaryData examines.
const binaryWindow = 8192

// binaryData reports whether head is not text at all: more of its lines
// (among the first binaryWindow bytes; a line cut at the end counts) are
// binary than are text. A line is binary when it holds a NUL byte or more
// than 1 in 32 control bytes other than tab, carriage return and form
// feed. So a text file with NUL bytes in a few rows is text (those rows
// are rejected one by one), while an image, an executable, compressed
// data or UTF-16 without a byte order mark is binary. off is the offset
// of the first NUL or control byte of the first binary line.
func binaryData(head []byte) (binary bool, off int) {
	if len(head) > binaryWindow {
		head = head[:binaryWindow]
	}
	bad, good := 0, 0
	off = -1
	for start := 0; start < len(head); {
		end := len(head)
		if i := bytes.IndexByte(head[start:], '\n'); i >= 0 {
			end = start + i
		}
		if i := binaryLine(head[start:end]); i >= 0 {
			bad++
			if off < 0 {
				off = start + i
			}
		} else if len(bytes.TrimSpace(head[start:end])) > 0 {
			good++
		}
		start = end + 1
	}
	return bad > good, off
}

// binaryLine returns the offset of the first NUL or control byte of a
// binary line (see binaryData), or -1 for a line of text.
func binaryLine(line []byte) int {
	ctl, first, nul := 0, -1, false
	for i, c := range line {
		if c < 0x20 && c != '\t' && c != '\r' && c != '\f' {
			ctl++
			if first < 0 {
				first = i
			}
			nul = nul || c == 0
		}
	}
	if nul || ctl*32 > len(line) {
		return first
	}
	return -1
}

// position turns an offset in head into a 1-based line and byte position
// in that line.
func position(head []byte, off int) (line, pos int) {
	line = bytes.Count(head[:off], []byte{'\n'}) + 1
	return line, off - (bytes.LastIndexByte(head[:off], '\n') + 1) + 1
}

// completeLines returns head up to its last newline (all of it if there
// is none), so that a multi-byte character cut at the end of the peeked
// bytes does not count as invalid UTF-8.
func completeLines(head []byte) []byte {
	if i := bytes.LastIndexByte(head, '\n'); i >= 0 {
		return head[:i]
	}
	if len(head) > 3 {
		return head[:len(head)-3]
	}
	return head
}

// firstLines returns up to n non-blank text lines of head (binary lines,
// see binaryLine, are passed over), without line ends.
// It returns at least one (possibly empty) line.
func firstLines(head []byte, n int) [][]byte {
	var out [][]byte
	for len(head) > 0 && len(out) < n {
		line := head
		if i := bytes.IndexByte(head, '\n'); i >= 0 {
			line, head = head[:i], head[i+1:]
		} else {
			head = nil
		}
		line = bytes.TrimSuffix(line, []byte("\r"))
		if len(line) > 0 && binaryLine(line) < 0 { // a row with a NUL byte does not vote
			out = append(out, line)
		}
	}
	if len(out) == 0 {
		out = append(out, nil)
	}
	return out
}

func hasPrefixFold(b []byte, prefix string) bool {
	return len(b) >= len(prefix) && strings.EqualFold(string(b[:len(prefix)]), prefix)
}

// detectGDELT votes over the first lines: each line that has a GDELT
// layout votes for its format; a GDELT header line counts as a vote.
func detectGDELT(lines [][]byte) Format {
	votes := map[Format]int{}
	for _, line := range lines {
		if f := gdeltLineFormat(line); f != FormatAuto {
			votes[f]++
		}
	}
	// the most votes; a tie goes to the first line's layout
	best, n := gdeltLineFormat(lines[0]), 0
	n = votes[best]
	for _, f := range []Format{FormatGDELT1, FormatGDELT2, FormatGDELT2Mentions} {
		if votes[f] > n {
			best, n = f, votes[f]
		}
	}
	// At least half of the examined lines must agree, so one stray line
	// of a GDELT layout in another file does not decide.
	if n == 0 || n*2 < len(lines) {
		return FormatAuto
	}
	return best
}

func gdeltLineFormat(line []byte) Format {
	n := bytes.Count(line, []byte{'\t'}) + 1
	i := bytes.IndexByte(line, '\t')
	if i < 0 {
		return FormatAuto
	}
	id := line[:i]
	rest := line[i+1:]
	j := bytes.IndexByte(rest, '\t')
	if j < 0 {
		return FormatAuto
	}
	second := rest[:j]
	header := strings.EqualFold(string(id), "GLOBALEVENTID")
	if !header && !allDigits(id) {
		return FormatAuto
	}
	switch n {
	case 57, 58:
		if header || (len(second) == 8 && allDigits(second)) {
			return FormatGDELT1
		}
	case 61:
		if header || (len(second) == 8 && allDigits(second)) {
			return FormatGDELT2
		}
	case 16:
		if header || (len(second) == 14 && allDigits(second)) {
			return FormatGDELT2Mentions
		}
	}
	return FormatAuto
}

func allDigits(b []byte) bool {
	if len(b) == 0 {
		return false
	}
	for _, c := range b {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// sniffDelimiter picks the delimiter of a header line: the most frequent
// of tab, comma and semicolon outside double quotes. n is the number of
// fields it gives (1 when none occurs).
func sniffDelimiter(line []byte) (delim byte, n int) {
	var counts [3]int
	quoted := false
	for _, c := range line {
		switch c {
		case '"':
			quoted = !quoted
		case '\t':
			if !quoted {
				counts[0]++
			}
		case ',':
			if !quoted {
				counts[1]++
			}
		case ';':
			if !quoted {
				counts[2]++
			}
		}
	}
	delims := [3]byte{'\t', ',', ';'}
	best := 0
	for i := 1; i < 3; i++ {
		if counts[i] > counts[best] {
			best = i
		}
	}
	if counts[best] == 0 {
		return ',', 1
	}
	return delims[best], counts[best] + 1
}

// looksLikeHeader reports whether a line is a header: every field
// non-empty once trimmed of quotes and spaces, and no field a number.
func looksLikeHeader(line []byte, delim byte) bool {
	for _, f := range bytes.Split(line, []byte{delim}) {
		f = bytes.Trim(bytes.TrimSpace(f), `"`)
		if len(f) == 0 || numberLike(f) {
			return false
		}
	}
	return true
}

func numberLike(b []byte) bool {
	digits := 0
	for _, c := range b {
		switch {
		case c >= '0' && c <= '9':
			digits++
		case c == '.' || c == '-' || c == '+' || c == 'e' || c == 'E':
		default:
			return false
		}
	}
	return digits > 0
}

// describeLine says what a line of an unrecognised input looks like, with
// a hint for the usual mistakes (a GDELT file whose tabs were turned into
// commas, a header-less CSV).
func describeLine(line []byte) string {
	delim, n := sniffDelimiter(line)
	name := map[byte]string{'\t': "tab", ',': "comma", ';': "semicolon"}[delim]
	if n < 2 {
		return fmt.Sprintf("the first line %q has no tab, comma or semicolon delimiter", shorten(string(line)))
	}
	hint := ""
	fields := bytes.Split(line, []byte{delim})
	switch {
	case delim != '\t' && (n == 57 || n == 58 || n == 61) && allDigits(fields[0]):
		hint = "; it looks like GDELT with the wrong delimiter (GDELT files are tab-separated)"
	case delim == '\t' && allDigits(fields[0]):
		hint = "; GDELT rows have 57 or 58 (1.0) or 61 (2.0) fields"
	default:
		hint = "; a CSV/TSV file needs a header line naming its columns (at least date, source, target, code)"
	}
	return fmt.Sprintf("the first line has %d %s-separated fields and is not a header%s (line %q)", n, name, hint, shorten(string(line)))
}

// detectJSON tells PLOVER / POLECAT records from other JSON by the keys of
// the first object in head.
func detectJSON(b []byte) Format {
	if b[0] == '[' {
		b = bytes.TrimLeft(b[1:], " \t\r\n")
	}
	if len(b) == 0 || b[0] != '{' {
		return FormatJSONL
	}
	// Decode the first object's keys; the object may be cut at the end of
	// the peeked bytes, so read tokens until the error.
	dec := json.NewDecoder(bytes.NewReader(b))
	if _, err := dec.Token(); err != nil {
		return FormatJSONL
	}
	depth := 0
	expectKey := true
	for {
		tok, err := dec.Token()
		if err != nil {
			return FormatJSONL
		}
		switch v := tok.(type) {
		case json.Delim:
			switch v {
			case '{', '[':
				depth++
			case '}', ']':
				if depth == 0 {
					return FormatJSONL
				}
				depth--
			}
			if depth == 0 {
				expectKey = true
			}
			continue
		case string:
			if depth == 0 && expectKey {
				if v == "event" || v == "event_type" {
					return FormatPLOVER
				}
				expectKey = false
				continue
			}
		}
		if depth == 0 {
			expectKey = true
		}
	}
}
