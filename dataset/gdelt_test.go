package dataset

import (
	"bufio"
	"encoding/csv"
	"errors"
	"math"
	"os"
	"strings"
	"testing"

	"github.com/entente/entente/cameo"
	"github.com/entente/entente/internal/sharedtest"
)

// The column names written in gdelt.go are the codebooks' header rows.
func TestGDELTColumnsMatchCodebooks(t *testing.T) {
	data, err := os.ReadFile(sharedtest.Path(t, "data/gdelt/GDELT_1.0_event_Column_Labels_Header_Row_Sep2016.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	v1 := strings.Fields(string(data))[1:] // one name per line; the first is "tableId"
	if strings.Join(v1, ",") != strings.Join(GDELT1Columns, ",") {
		t.Errorf("GDELT1Columns differ from the codebook:\n%v\n%v", v1, GDELT1Columns)
	}
	f, err := os.Open(sharedtest.Path(t, "data/gdelt/GDELT_2.0_Events_Column_Labels_Header_Row_Sep2016.csv"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	var v2 []string
	for _, r := range rows[1:] {
		v2 = append(v2, r[0])
	}
	if strings.Join(v2, ",") != strings.Join(GDELT2Columns, ",") {
		t.Errorf("GDELT2Columns differ from the codebook:\n%v\n%v", v2, GDELT2Columns)
	}
	m, err := os.Open(sharedtest.Path(t, "data/gdelt/GDELT_2.0_eventMentions_Column_Labels_Header_Row_Sep2016.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	defer m.Close()
	var vm []string
	sc := bufio.NewScanner(m)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		f := strings.Split(sc.Text(), "\t")
		if len(f) > 1 && f[0] != "" {
			vm = append(vm, f[1])
		}
	}
	if strings.Join(vm, ",") != strings.Join(GDELT2MentionColumns, ",") {
		t.Errorf("GDELT2MentionColumns differ from the codebook:\n%v\n%v", vm, GDELT2MentionColumns)
	}
	if len(GDELT1Columns) != 58 || len(GDELT2Columns) != 61 || len(GDELT2MentionColumns) != 16 {
		t.Error("column counts")
	}
}

// gdelt2Row turns a GDELT 1.0 row into the 2.0 layout (an empty ADM2Code
// in each geography block) with a 14-digit DATEADDED.
func gdelt2Row(row1 string) string {
	f := strings.Split(row1, "\t")
	out := append([]string{}, f[:39]...)
	out = append(out, "")
	out = append(out, f[39:46]...)
	out = append(out, "")
	out = append(out, f[46:53]...)
	out = append(out, "")
	out = append(out, f[53:56]...)
	out = append(out, "20160728134500", f[57])
	return strings.Join(out, "\t")
}

func TestReadGDELT2Events(t *testing.T) {
	row := gdelt2Row(gdeltRow("600000001", "20160728", "USA", "CHN", "0311", "http://x"))
	if n := strings.Count(row, "\t") + 1; n != 61 {
		t.Fatalf("test row has %d fields", n)
	}
	short := strings.Join(strings.Split(row, "\t")[:58], "\t")
	events, rep, err := readString(t, "v2.export.CSV", row+"\n"+short+"\n", nil)
	if err != nil {
		t.Fatal(err)
	}
	if rep.Format != FormatGDELT2 || rep.RowsLine() != "rows: read=2 kept=1 rejected=1 filtered=0" {
		t.Fatalf("%s %s\n%s", rep.Format, rep.RowsLine(), rep.Summary())
	}
	e := events[0]
	if e.DateAdded.Format("20060102150405") != "20160728134500" || e.URL != "http://x" || e.Code != "0311" || e.Quad != cameo.VerbalCoop {
		t.Errorf("%+v", e)
	}
	if !errors.Is(rep.Samples[0], ErrColumnCount) || !strings.Contains(rep.Samples[0].Value, "want 61") {
		t.Errorf("%v", rep.Samples[0])
	}
}

// A header line (first field GLOBALEVENTID) is skipped, not counted.
func TestReadGDELTHeaderLine(t *testing.T) {
	data := strings.Join(GDELT1Columns, "\t") + "\n" + gdeltRow("1", "20160728", "USA", "CHN", "042", "u") + "\n"
	_, rep, err := readString(t, "h.tsv", data, nil)
	if err != nil || rep.RowsLine() != "rows: read=1 kept=1 rejected=0 filtered=0" {
		t.Errorf("%v %s", err, rep.RowsLine())
	}
}

// Empty QuadClass and GoldsteinScale are filled from the tables; the
// file's own values are never replaced, even when they disagree.
func TestReadGDELTFillsOnlyMissing(t *testing.T) {
	filled := gdeltRow("1", "20160728", "USA", "CHN", "1213", "")
	own := strings.Replace(gdeltRow("2", "20160728", "USA", "CHN", "042", ""), "\t042\t042\t04\t\t\t", "\t042\t042\t04\t4\t-9.5\t", 1)
	events, _, err := readString(t, "f.tsv", filled+"\n"+own+"\n", &ReadOptions{Goldstein: cameo.GoldsteinICEWS, Quads: cameo.QuadICEWS})
	if err != nil {
		t.Fatal(err)
	}
	// 1213: ICEWS weight −4 (GDELT's table has none), ICEWS quad for root 12
	if events[0].Goldstein != -4 || events[0].Quad != cameo.QuadICEWS.Quad("1213") {
		t.Errorf("filled: %v %v", events[0].Goldstein, events[0].Quad)
	}
	if events[1].Goldstein != -9.5 || events[1].Quad != cameo.MaterialConflict {
		t.Errorf("own values replaced: %v %v", events[1].Goldstein, events[1].Quad)
	}
	// with GDELT's default table, 1213 has no weight: NaN, never 0
	events, _, _ = readString(t, "f.tsv", filled+"\n", nil)
	if !math.IsNaN(events[0].Goldstein) {
		t.Errorf("1213 with GDELT's table: %v", events[0].Goldstein)
	}
}

// Region codes are not countries and not unknown; unknown codes are
// counted; CAMEO's own spellings map to the canonical code.
func TestReadGDELTCountryCodes(t *testing.T) {
	data := strings.Join([]string{
		gdeltRow("1", "20160728", "ROM", "AFR", "042", ""),
		gdeltRow("2", "20160728", "XYZ", "NAM", "042", ""),
	}, "\n")
	events, rep, err := readString(t, "c.tsv", data, nil)
	if err != nil {
		t.Fatal(err)
	}
	if events[0].Source.Country != "ROU" || events[0].Target.Country != "" || events[0].Target.Code != "AFR" {
		t.Errorf("row 1: %+v %+v", events[0].Source, events[0].Target)
	}
	if events[1].Source.Country != "" || events[1].Target.Country != "NAM" || rep.UnknownNames["XYZ"] != 1 || len(rep.UnknownNames) != 1 {
		t.Errorf("row 2: %+v %+v %v", events[1].Source, events[1].Target, rep.UnknownNames)
	}
}

// The mentions sample (PROVENANCE.md): 1,635 rows. From the file (python
// csv): 1,430 distinct GLOBALEVENTIDs; event 669671178 has the most
// mentions, 15, all with confidence 100 and one source name; 1,115 rows
// have InRawText 1; mean confidence 71.93.
func TestReadMentionsSample(t *testing.T) {
	path := sharedtest.Path(t, mentionsSample)
	ms, rep, err := ReadMentions(path, nil)
	if err != nil {
		t.Fatal(err)
	}
	balanced(t, rep)
	if rep.Format != FormatGDELT2Mentions || rep.RowsLine() != "rows: read=1635 kept=1635 rejected=0 filtered=0" {
		t.Fatalf("%s %s\n%s", rep.Format, rep.RowsLine(), rep.Summary())
	}
	raw, sum := 0, 0.0
	for _, m := range ms {
		if m.InRawText {
			raw++
		}
		sum += m.Confidence
	}
	if raw != 1115 || math.Abs(sum/1635-71.92660550458716) > 1e-9 {
		t.Errorf("InRawText %d (want 1115), mean confidence %v (want 71.9266)", raw, sum/1635)
	}
	m := ms[0]
	if m.EventID != "555924816" || m.EventTime.Format("20060102150405") != "20160701210000" || m.MentionTime.Format("20060102150405") != "20170701234500" ||
		m.Type != 1 || m.SourceName != "china.org.cn" || m.Sentence != 4 || m.Actor1Offset != -1 || m.Actor2Offset != 996 ||
		m.ActionOffset != 988 || !m.InRawText || m.Confidence != 100 || m.DocLen != 2579 || m.DocTone != 0.83565459610028 ||
		m.Translation != "srclc:ara;eng:GT-ARA 1.0" || m.Origin.Line != 2 {
		t.Errorf("first mention %+v", m)
	}
	sums := SummarizeMentions(ms, 0)
	if len(sums) != 1430 {
		t.Errorf("%d events, want 1430", len(sums))
	}
	if s := sums["669671178"]; s.Mentions != 15 || s.Sources != 1 || s.MeanConfidence != 100 || s.MaxConfidence != 100 {
		t.Errorf("669671178: %+v", s)
	}
	// the same rows as GDELT's own tab-separated layout, without header
	data, _ := os.ReadFile(path)
	recs, _ := csv.NewReader(strings.NewReader(string(data))).ReadAll()
	var tab strings.Builder
	for _, r := range recs[1:] {
		tab.WriteString(strings.Join(r, "\t") + "\n")
	}
	mr, err := NewMentionReader(strings.NewReader(tab.String()), "mentions.tsv", nil)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	var x Mention
	for mr.Next(&x) == nil {
		n++
	}
	if n != 1635 || !mr.Report().Balanced() || mr.Report().Rejected != 0 {
		t.Errorf("tab layout: %d, %s", n, mr.Report().RowsLine())
	}
}

func TestMentionsJoinEvents(t *testing.T) {
	ms := []Mention{
		{EventID: "1", Type: 1, Identifier: "http://a", Sentence: 3, Confidence: 80, SourceName: "a"},
		{EventID: "1", Type: 2, Identifier: "BBC Monitoring", Sentence: 1, Confidence: 40, SourceName: "b"},
		{EventID: "1", Type: 1, Identifier: "http://c", Sentence: 1, Confidence: 10, SourceName: "a"},
		{EventID: "9", Type: 1, Identifier: "http://z", Confidence: 100},
	}
	events := []Event{NewEvent(), NewEvent()}
	events[0].ID, events[1].ID = "1", "2"
	if n := AttachMentions(events, ms, 20); n != 1 {
		t.Fatalf("matched %d", n)
	}
	e := events[0]
	// mean of 80 and 40 (10 is below the threshold), as a fraction
	if e.Confidence != 0.6 || len(e.Evidence) != 2 || e.Evidence[0] != (Evidence{Doc: "http://a", URL: "http://a", Sentence: 2}) || e.Evidence[1].URL != "" {
		t.Errorf("%+v", e)
	}
	if !math.IsNaN(events[1].Confidence) || len(events[1].Evidence) != 0 {
		t.Errorf("unmatched event changed: %+v", events[1])
	}
	s := SummarizeMentions(ms, 0)["1"]
	if s.Mentions != 3 || s.Sources != 2 || math.Abs(s.MeanConfidence-130.0/3) > 1e-12 || s.MaxConfidence != 80 {
		t.Errorf("summary %+v", s)
	}
}

func TestReadMentionsErrors(t *testing.T) {
	good := "1\t20160701210000\t20170701234500\t1\ts\thttp://x\t1\t-1\t2\t3\t1\t50\t100\t0.5\t\t"
	bad := []string{
		strings.Replace(good, "20160701210000", "2016070121000", 1),
		strings.Replace(good, "\t1\ts\t", "\t7\ts\t", 1),
		strings.Replace(good, "\t50\t", "\t150\t", 1),
		"x" + good,
		good + "\textra",
	}
	ms, rep, err := func() ([]Mention, *Report, error) {
		mr, err := NewMentionReader(strings.NewReader(good+"\n"+strings.Join(bad, "\n")), "m.tsv", nil)
		if err != nil {
			return nil, nil, err
		}
		var out []Mention
		var m Mention
		for mr.Next(&m) == nil {
			out = append(out, m)
		}
		return out, mr.Report(), nil
	}()
	if err != nil {
		t.Fatal(err)
	}
	balanced(t, rep)
	if len(ms) != 1 || rep.RowsLine() != "rows: read=6 kept=1 rejected=5 filtered=0" {
		t.Fatalf("%s\n%s", rep.RowsLine(), rep.Summary())
	}
	cols := []string{"EventTimeDate", "MentionType", "Confidence", "GLOBALEVENTID", ""}
	for i, c := range cols {
		if rep.Samples[i].Column != c {
			t.Errorf("sample %d: %v, want column %q", i, rep.Samples[i], c)
		}
	}
	// events files and filters are refused
	if _, err := NewMentionReader(strings.NewReader(gdeltRow("1", "20160728", "USA", "CHN", "042", "")), "e.tsv", nil); !errors.Is(err, ErrUnknownFormat) {
		t.Errorf("events as mentions: %v", err)
	}
	if _, err := NewMentionReader(strings.NewReader(good), "m.tsv", &ReadOptions{Filter: &Filter{RequireDyad: true}}); err == nil {
		t.Error("a filter on mentions must be refused")
	}
}

func FuzzGDELT1(f *testing.F) {
	f.Add([]byte(gdeltRow("1", "20160728", "USA", "CHN", "042", "http://x") + "\n" + gdeltRow("2", "20160728", "RUS", "", "190", "-")))
	f.Add([]byte(strings.Join(GDELT1Columns, "\t") + "\n1\t2\t3\n\n\r\n"))
	f.Add([]byte(strings.Replace(gdeltRow("1", "20160231", "USA", "CHN", "042", ""), "ACTOR", "\xff\xfe", 1)))
	f.Fuzz(func(t *testing.T, data []byte) {
		fuzzReader(t, data, FormatGDELT1)
		fuzzReader(t, data, FormatGDELT2)
	})
}

func FuzzMentions(f *testing.F) {
	f.Add([]byte("globaleventid,eventtimedate,mentiontimedate,mentiontype,mentionsourcename,mentionidentifier,sentenceid,actor1charoffset,actor2charoffset,actioncharoffset,inrawtext,confidence,mentiondoclen,mentiondoctone,mentiondoctranslationinfo,extras\n1,20160701210000,20170701234500,1,s,http://x,1,-1,2,3,1,50,100,0.5,,\n"))
	f.Add([]byte("1\t20160701210000\t20170701234500\t1\ts\thttp://x\t1\t-1\t2\t3\t1\t50\t100\t0.5\t\t\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		mr, err := NewMentionReader(strings.NewReader(string(data)), "fuzz", &ReadOptions{Format: FormatGDELT2Mentions, MaxLineBytes: 4096})
		if err != nil {
			return
		}
		defer mr.Close()
		var m Mention
		for i := 0; i < 1e6 && mr.Next(&m) == nil; i++ {
		}
		if !mr.Report().Balanced() {
			t.Fatalf("unbalanced: %s", mr.Report().RowsLine())
		}
	})
}
