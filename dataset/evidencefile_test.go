package dataset

import (
	"bytes"
	"errors"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/entente/entente/internal/sharedtest"
)

// TestFormatHeadersFrozen pins the stats and evidence formats: version 1
// and these exact headers. A change must fail here, and then needs a new
// version number (with version 1 still read, or refused by name) and the
// doc comments of both formats updated. The headers are copied from the
// format documentation in statsfile.go and evidencefile.go.
func TestFormatHeadersFrozen(t *testing.T) {
	const stats = "entente_stats,granularity,directed,weight,goldstein,quads,exclude_self,dedup,roles,a,b,start,n,reports,w,w2,gw,gw2,wg,wg2,quad_unknown,quad_verbal_cooperation,quad_material_cooperation,quad_verbal_conflict,quad_material_conflict,quad_neutral,tw,wt,first,last"
	const evidence = "entente_evidence,granularity,directed,weight,goldstein,quads,exclude_self,dedup,roles,top,a,b,start,order,event"
	if StatsFileVersion != 1 || EvidenceFileVersion != 1 {
		t.Fatalf("versions %d, %d: the formats are frozen at 1", StatsFileVersion, EvidenceFileVersion)
	}
	var b bytes.Buffer
	if err := WriteStatsRows(&b, nil, nil); err != nil {
		t.Fatal(err)
	}
	if got := strings.TrimSuffix(b.String(), "\n"); got != stats {
		t.Errorf("stats header changed:\n%s\nwant\n%s", got, stats)
	}
	b.Reset()
	if err := WriteEvidenceRows(&b, &EvidenceInfo{Top: 1}, nil); err != nil {
		t.Fatal(err)
	}
	if got := strings.TrimSuffix(b.String(), "\n"); got != evidence {
		t.Errorf("evidence header changed:\n%s\nwant\n%s", got, evidence)
	}
}

// evidenceText is the events of in's evidence, dyad by dyad, as JSON
// lines (NaN-safe), with every field a report shows. The ID, origin, date
// added and, under weight one, counts of an event are left out: the
// single-process ingest takes them from the report on which the event
// entered its pool (Ingest.Evidence), which depends on what else the pool
// held then; evidence files hold the merged event's (its first report's,
// as Dedup merges). Actor sectors, which no report shows, are left out
// too.
func evidenceText(in *Ingest) string {
	var b bytes.Buffer
	for _, d := range in.EvidenceDyads() {
		b.WriteString(d.String() + "\n")
		evs := append([]Event(nil), in.Evidence(d)...)
		for i := range evs {
			e := &evs[i]
			e.ID, e.Origin, e.DateAdded = "", Origin{}, time.Time{}
			e.Mentions, e.Sources, e.Articles = 0, 0, 0
			e.Source.Sector, e.Target.Sector = "", "" // the fast GDELT path leaves them out
		}
		WriteJSONL(&b, evs)
	}
	return b.String()
}

func allDyads(t *testing.T, paths []string, ro *ReadOptions, ao *AggregateOptions) []Dyad {
	t.Helper()
	tab, _, err := AggregateFiles(paths, ro, ao)
	if err != nil {
		t.Fatal(err)
	}
	return tab.Dyads()
}

// TestEvidenceFileRoundTrip: an ingest's evidence written as an evidence
// file and read back is the same evidence, event for event (every field,
// compared as JSON lines), on the shared GDELT and ICEWS samples.
func TestEvidenceFileRoundTrip(t *testing.T) {
	for _, rel := range []string{"data/gdelt/gdelt1_daily_events_sample_20160728.tsv", "data/icews/events.2018.sample.tab"} {
		path := sharedtest.Path(t, rel)
		ao := &AggregateOptions{Granularity: Month, ExcludeSelf: true}
		in, _, err := IngestFiles([]string{path}, &IngestOptions{Aggregate: ao, Evidence: 10})
		if err != nil {
			t.Fatal(err)
		}
		rows := in.EvidenceRows()
		if len(rows) < 50 {
			t.Fatalf("%s: %d evidence rows, want a real sample", rel, len(rows))
		}
		var b bytes.Buffer
		if err := WriteEvidenceRows(&b, &EvidenceInfo{Options: *ao, Dedup: "actors", Top: 10}, rows); err != nil {
			t.Fatal(err)
		}
		p := writeFile(t, filepath.Join(t.TempDir(), "e.csv"), b.Bytes())
		if ok, err := IsEvidencePath(p); !ok || err != nil {
			t.Fatalf("IsEvidencePath = %v, %v", ok, err)
		}
		back, info, reps, err := ReadEvidenceFiles([]string{p}, nil, ao, 10)
		if err != nil {
			t.Fatal(err)
		}
		if info.Top != 10 || info.Dedup != "actors" || reps[0].Read != int64(len(rows)) || reps[0].Kept != reps[0].Read {
			t.Errorf("%s: info %+v, %s", rel, info, reps[0].RowsLine())
		}
		got := evidenceText(NewStatsIngest(in.Table, back))
		if want := evidenceText(in); got != want {
			t.Errorf("%s: evidence does not round-trip (%d vs %d bytes)", rel, len(got), len(want))
		}
		// written again: the same bytes
		var again bytes.Buffer
		WriteEvidenceRows(&again, &EvidenceInfo{Options: *ao, Dedup: "actors", Top: 10}, back)
		if !bytes.Equal(again.Bytes(), b.Bytes()) {
			t.Errorf("%s: rewritten evidence differs", rel)
		}
	}
}

// mergedRows reads paths in order, merges repeated reports (Dedup) and
// returns the merged dated dyadic events, self-dyads left out, as
// evidence rows with Order their position (first appearance): what a
// report's evidence is chosen from.
func mergedRows(t *testing.T, paths []string) []EvidenceRow {
	t.Helper()
	var all []Event
	for _, p := range paths {
		evs, _, err := ReadFile(p, nil)
		if err != nil {
			t.Fatal(err)
		}
		all = append(all, evs...)
	}
	merged, _ := Dedup(all, nil)
	var rows []EvidenceRow
	for i, e := range merged {
		if e.Dyadic() && !e.Date.IsZero() && e.Source.Country != e.Target.Country {
			rows = append(rows, EvidenceRow{Dyad: Dyad{e.Source.Country, e.Target.Country}, Start: e.Date, Order: int64(i), Event: e})
		}
	}
	return rows
}

// TestEvidenceFileMerge is the format's contract: the evidence of all the
// merged events pooled by month (TopEvidence) equals their evidence
// pooled by day, split into two shards by dyad, written and merged into
// months by ReadEvidenceFiles — on the shared GDELT and ICEWS samples and
// on generated GDELT files. It then checks the single-process ingest
// against it: the same report lines (day and text) in every pool, each
// with its best event; an ingest line may lack its weaker direction's
// event (the streaming pool drops a report that arrives while the pool is
// full of better lines, before its line enters: the evidence files, built
// from whole merged events, keep it).
func TestEvidenceFileMerge(t *testing.T) {
	dir := t.TempDir()
	cases := [][]string{
		{sharedtest.Path(t, "data/gdelt/gdelt1_daily_events_sample_20160728.tsv")},
		{sharedtest.Path(t, "data/icews/events.2018.sample.tab")},
		{genFile(t, dir, 20000, 1), genFile(t, dir, 20000, 2)},
	}
	const top = 3 // lines per pool: small, so that pools are cut
	for _, paths := range cases {
		month := &AggregateOptions{Granularity: Month, ExcludeSelf: true}
		day := &AggregateOptions{Granularity: Day}
		all := mergedRows(t, paths)
		want := TopEvidence(all, top, month)
		var shards [2][]EvidenceRow
		for _, r := range TopEvidence(all, top, day) {
			i := 0
			if r.Dyad.A < "M" {
				i = 1
			}
			shards[i] = append(shards[i], r)
		}
		var files []string
		for i, rows := range shards {
			if len(rows) == 0 {
				t.Fatalf("%v: shard %d is empty", paths, i)
			}
			var b bytes.Buffer
			if err := WriteEvidenceRows(&b, &EvidenceInfo{Options: *day, Dedup: "actors", Top: top}, rows); err != nil {
				t.Fatal(err)
			}
			files = append(files, writeFile(t, filepath.Join(dir, "ev-"+string(rune('0'+i))+".csv"), b.Bytes()))
		}
		got, _, _, err := ReadEvidenceFiles(files, nil, month, top)
		if err != nil {
			t.Fatal(err)
		}
		gt, wt := evidenceText(NewStatsIngest(nil, got)), evidenceText(NewStatsIngest(nil, want))
		if len(want) < 100 || len(want) == len(all) {
			t.Fatalf("%v: %d of %d events kept: the test needs full pools", paths, len(want), len(all))
		}
		if gt != wt {
			t.Errorf("%v: merged day shards differ from the monthly pools:\n%s", paths, firstDiff(gt, wt))
		}

		in, _, err := IngestFiles(paths, &IngestOptions{Aggregate: month, Evidence: top, EvidenceDyads: allDyads(t, paths, nil, month)})
		if err != nil {
			t.Fatal(err)
		}
		ingest := evidenceLines(NewStatsIngest(nil, in.EvidenceRows()))
		files2 := evidenceLines(NewStatsIngest(nil, want))
		lines := func(m map[string]int) map[string]bool {
			out := map[string]bool{}
			for k := range m {
				out[k[:strings.LastIndexByte(k, '|')]] = true
			}
			return out
		}
		li, lf := lines(ingest), lines(files2)
		for k := range li {
			if !lf[k] {
				t.Errorf("%v: the ingest keeps line %s, the evidence files do not", paths, k)
			}
		}
		for k := range lf {
			if !li[k] {
				t.Errorf("%v: the evidence files keep line %s, the ingest does not", paths, k)
			}
		}
		// per line, the events of the two; they must share one (the
		// line's best: ties between directions make either the best)
		byLine := func(m map[string]int) map[string]map[string]bool {
			out := map[string]map[string]bool{}
			for k := range m {
				i := strings.LastIndexByte(k, '|')
				if out[k[:i]] == nil {
					out[k[:i]] = map[string]bool{}
				}
				out[k[:i]][k[i+1:]] = true
			}
			return out
		}
		bi, bf := byLine(ingest), byLine(files2)
		differ := 0
		for line, evs := range bf {
			shared, same := false, len(evs) == len(bi[line])
			for e := range evs {
				shared = shared || bi[line][e]
				same = same && bi[line][e]
			}
			if !shared {
				t.Errorf("%v: line %s: the ingest and the evidence files keep different events", paths, line)
			}
			if !same {
				differ++
			}
		}
		if differ*20 > len(bf) {
			t.Errorf("%v: %d of %d lines differ in their weaker direction: more than the streaming artefact explains", paths, differ, len(bf))
		}
		t.Logf("%v: %d events in %d lines; %d lines differ in their weaker direction", paths, len(files2), len(lf), differ)
	}
}

// evidenceLines maps each kept event, as "dyad|period|day|text|direction
// JSON", to 1; the part before the last '|' names its report line.
func evidenceLines(in *Ingest) map[string]int {
	out := map[string]int{}
	for _, d := range in.EvidenceDyads() {
		for _, e := range in.Evidence(d) {
			y, m, dd := e.Date.Date()
			key := displayKey(int64(y)*512+int64(m)*32+int64(dd), &e)
			var b bytes.Buffer
			x := e
			x.ID, x.Origin, x.DateAdded = "", Origin{}, time.Time{}
			x.Mentions, x.Sources, x.Articles = 0, 0, 0
			x.Source.Sector, x.Target.Sector = "", "" // the fast GDELT path leaves them out
			WriteJSONL(&b, []Event{x})
			out[d.String()+"|"+e.Date.Format("2006-01")+"|"+strings.ReplaceAll(key, "|", "/")+"|"+strings.TrimSpace(b.String())] = 1
		}
	}
	return out
}

func firstDiff(a, b string) string {
	la, lb := strings.Split(a, "\n"), strings.Split(b, "\n")
	for i := 0; i < len(la) && i < len(lb); i++ {
		if la[i] != lb[i] {
			return "got  " + la[i] + "\nwant " + lb[i]
		}
	}
	return "lengths differ"
}

// TestTopEvidenceHand: hand-made events. Pool CHN-RUS 2024-05, top 1:
// three lines — day 2 code 190 (|g| = 10, both directions), day 3 code
// 042 (|g| = 1.9), day 2 code 036 (|g| = 4) — keep the first line with
// its two directions (Goldstein weights from the GDELT table: 190 is
// -10, 042 is 1.9, 036 is 4).
func TestTopEvidenceHand(t *testing.T) {
	ev := func(day int, src, tgt, code string, order int64) EvidenceRow {
		e := NewEvent()
		e.Date = time.Date(2024, 5, day, 0, 0, 0, 0, time.UTC)
		e.Source.Country, e.Target.Country = src, tgt
		e.SetCode(code)
		return EvidenceRow{Dyad: Dyad{src, tgt}, Start: e.Date, Order: order, Event: e}
	}
	rows := []EvidenceRow{ev(3, "CHN", "RUS", "042", 1), ev(2, "RUS", "CHN", "190", 2), ev(2, "CHN", "RUS", "036", 3), ev(2, "CHN", "RUS", "190", 4)}
	got := TopEvidence(rows, 1, nil)
	if len(got) != 2 || got[0].Order != 2 || got[1].Order != 4 {
		t.Fatalf("top 1: %+v", got)
	}
	for _, r := range got {
		if r.Dyad != (Dyad{"CHN", "RUS"}) || !r.Start.Equal(time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC)) {
			t.Errorf("pool %v %v", r.Dyad, r.Start)
		}
	}
	if got := TopEvidence(rows, 3, nil); len(got) != 4 {
		t.Errorf("top 3 keeps %d events, want all 4", len(got))
	}
	// directed: RUS→CHN is its own pool; CHN→RUS keeps 190 alone
	got = TopEvidence(rows, 1, &AggregateOptions{Directed: true})
	if len(got) != 2 || got[0].Order != 4 || got[1].Order != 2 {
		t.Errorf("directed top 1: %+v", got)
	}
}

func TestEvidenceFileErrors(t *testing.T) {
	head := "entente_evidence,granularity,directed,weight,goldstein,quads,exclude_self,dedup,roles,top,a,b,start,order,event\n"
	row := `1,day,false,one,,,false,actors,government,10,CHN,RUS,2024-05-02,7,"{""date"":""2024-05-02"",""source"":""RUS"",""target"":""CHN"",""code"":""190"",""quad"":""material conflict"",""goldstein"":-10}"` + "\n"
	read := func(data string, ao *AggregateOptions, top int) error {
		p := writeFile(t, filepath.Join(t.TempDir(), "e.csv"), []byte(data))
		_, _, _, err := ReadEvidenceFiles([]string{p}, nil, ao, top)
		return err
	}
	if err := read(head+row, &AggregateOptions{Granularity: Month}, 10); err != nil {
		t.Fatalf("valid row: %v", err)
	}
	for _, c := range []struct {
		name, data string
		ao         *AggregateOptions
		top        int
		want       error
		column     string
	}{
		{"version 2", head + "2" + row[1:], nil, 0, ErrStatsVersion, "entente_evidence"},
		{"top too small", head + row, nil, 20, ErrStatsMismatch, ""},
		{"directed to undirected", head + strings.Replace(row, "day,false", "day,true", 1), nil, 0, ErrStatsMismatch, "directed"},
		{"months to days", head + strings.Replace(row, "day", "month", 1), &AggregateOptions{Granularity: Day}, 0, ErrStatsMismatch, "granularity"},
		{"bad event", head + strings.Replace(row, `""code"":""190""`, `""code"":""1x0""`, 1), nil, 0, nil, "event"},
		{"header", strings.Replace(head, "order", "rank", 1) + row, nil, 0, ErrSyntax, "order"},
		{"stats file", "entente_stats,x\n", nil, 0, ErrUnknownFormat, ""},
	} {
		err := read(c.data, c.ao, c.top)
		if err == nil {
			t.Errorf("%s: no error", c.name)
			continue
		}
		if c.want != nil && !errors.Is(err, c.want) {
			t.Errorf("%s: %v, want %v", c.name, err, c.want)
		}
		var pe *ParseError
		if c.column != "" && (!errors.As(err, &pe) || pe.Column != c.column || pe.File == "") {
			t.Errorf("%s: %v, want a ParseError at column %s", c.name, err, c.column)
		}
	}
}

// FuzzEvidenceFile: any input fails with a *ParseError or reads into rows
// that write and read back to the same bytes.
func FuzzEvidenceFile(f *testing.F) {
	head := strings.Join(evidenceColumns, ",") + "\n"
	f.Add([]byte(head + `1,day,false,one,,,false,actors,government,10,CHN,RUS,2024-05-02,7,"{""date"":""2024-05-02"",""source"":""RUS"",""target"":""CHN"",""code"":""190""}"` + "\n"))
	f.Add([]byte(head + "2,x\n"))
	f.Add([]byte("entente_evidence\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		want := &AggregateOptions{Granularity: Year}
		info, rows, err := readEvidence(bytes.NewReader(data), "fuzz", &Report{}, want, nil, 0)
		if err != nil {
			var pe *ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("%v is not a *ParseError", err)
			}
			return
		}
		if info == nil {
			return
		}
		rows = TopEvidence(rows, info.Top, want)
		var out bytes.Buffer
		if err := WriteEvidenceRows(&out, &EvidenceInfo{Options: *want, Top: info.Top}, rows); err != nil {
			t.Fatal(err)
		}
		_, back, err := readEvidence(bytes.NewReader(out.Bytes()), "again", &Report{}, want, nil, 0)
		if err != nil {
			t.Fatalf("written file does not read: %v\n%s", err, out.Bytes())
		}
		var again bytes.Buffer
		WriteEvidenceRows(&again, &EvidenceInfo{Options: *want, Top: info.Top}, TopEvidence(back, info.Top, want))
		if !bytes.Equal(again.Bytes(), out.Bytes()) {
			t.Fatalf("not stable:\n%s\n%s", out.Bytes(), again.Bytes())
		}
	})
}
