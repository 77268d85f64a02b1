package dataset

import (
	"bytes"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/entente/entente/internal/sharedtest"
)

// TestFormatHeadersFrozen pins the stats and evidence formats: versions 2 and 1
// and these exact headers. A change must fail here, and then needs a new
// version number (with the old version still read, or refused by name) and the
// doc comments of both formats updated. The headers are copied from the
// format documentation in statsfile.go and evidencefile.go.
func TestFormatHeadersFrozen(t *testing.T) {
	const stats = "entente_stats,granularity,directed,weight,goldstein,quads,exclude_self,dedup,roles,a,b,start,n,reports,w,w2,gw,gw2,wg,wg2,quad_unknown,quad_verbal_cooperation,quad_material_cooperation,quad_verbal_conflict,quad_material_conflict,quad_neutral,tw,wt,sanctions_open,sanctions_close,relations_reduced_open,relations_reduced_close,blockade_open,blockade_close,occupation_open,occupation_close,war_open,war_close,first,last"
	const evidence = "entente_evidence,granularity,directed,weight,goldstein,quads,exclude_self,dedup,roles,top,a,b,start,order,event"
	if StatsFileVersion != 2 || EvidenceFileVersion != 1 {
		t.Fatalf("versions %d, %d: the formats are frozen at 2 (stats) and 1 (evidence)", StatsFileVersion, EvidenceFileVersion)
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
// on generated GDELT files. It then checks the single-process ingest's
// streaming pools against it (checkStreamingPools): exactly what
// Ingest.Evidence says they hold.
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
		checkStreamingPools(t, fmt.Sprint(paths), in.EvidenceRows(), want, lastReports(t, paths), month)
	}
}

// lastReports returns, for each merged event of paths (as mergedRows
// numbers them), the input position of its last report.
func lastReports(t *testing.T, paths []string) []int {
	t.Helper()
	d := NewDeduper(nil)
	var last []int
	pos := 0
	for _, p := range paths {
		evs, _, err := ReadFile(p, nil)
		if err != nil {
			t.Fatal(err)
		}
		for i := range evs {
			g := d.add(&evs[i])
			if g == len(last) {
				last = append(last, 0)
			}
			last[g] = pos
			pos++
		}
	}
	return last
}

// poolLine is one report line of a pool: its event of each direction
// (normalJSON), with its rank and Order.
type poolLine [2]*struct {
	json  string
	rank  evRank
	order int64
}

// poolLines groups rows into report lines, keyed "dyad|period|displayKey".
func poolLines(rows []EvidenceRow, ao *AggregateOptions) map[string]*poolLine {
	out := map[string]*poolLine{}
	for i := range rows {
		r := &rows[i]
		d, start, dir := evOrient(r, ao)
		rank, day := evRankOf(&r.Event, r.Order, ao)
		k := d.String() + "|" + start.Format("2006-01-02") + "|" + displayKey(day, &r.Event)
		l := out[k]
		if l == nil {
			l = &poolLine{}
			out[k] = l
		}
		if l[dir] != nil {
			panic("two events of one direction in line " + k)
		}
		l[dir] = &struct {
			json  string
			rank  evRank
			order int64
		}{normalJSON(r.Event), rank, r.Order}
	}
	return out
}

// checkStreamingPools compares the streaming pools of an ingest (got)
// with the exact top lines of all the merged events (want: TopEvidence,
// Order the merged event's index in last, the position of its last
// report), as Ingest.Evidence documents them: the same lines in every
// pool, each with its best event; of the weaker direction, the same event,
// unless every report of the exact one came before the last report of the
// line's best event (it may have come before the line entered the pool).
func checkStreamingPools(t *testing.T, name string, got, want []EvidenceRow, last []int, ao *AggregateOptions) {
	t.Helper()
	g, w := poolLines(got, ao), poolLines(want, ao)
	for k := range g {
		if w[k] == nil {
			t.Errorf("%s: the streaming pools keep line %q, the exact top lines do not", name, k)
		}
	}
	weaker := 0
	for k, wl := range w {
		gl := g[k]
		if gl == nil {
			t.Errorf("%s: the exact top lines keep line %q, the streaming pools do not", name, k)
			continue
		}
		best := wl[0]
		if best == nil || wl[1] != nil && wl[1].rank.before(&best.rank) {
			best = wl[1]
		}
		for dir, we := range wl {
			ge := gl[dir]
			switch {
			case we == nil && ge != nil:
				t.Errorf("%s: line %q: the streaming pool keeps an event of direction %d, the merged events have none", name, k, dir)
			case we == nil, ge != nil && ge.json == we.json:
			case we == best:
				t.Errorf("%s: line %q: the streaming pool keeps a best event other than the exact one:\ngot  %s\nwant %s", name, k, jsonOf(ge), we.json)
			case last[we.order] >= last[best.order]:
				t.Errorf("%s: line %q: weaker direction %d differs, though its event's last report (%d) came after the best event's (%d)", name, k, dir, last[we.order], last[best.order])
			default:
				weaker++
			}
		}
	}
	t.Logf("%s: %d events in %d lines; %d lines lack their weaker direction's exact event (all its reports came before the line entered its pool)", name, len(want), len(w), weaker)
}

func jsonOf(e *struct {
	json  string
	rank  evRank
	order int64
}) string {
	if e == nil {
		return "none"
	}
	return e.json
}

// normalJSON is e as a JSON line, without the fields the fast GDELT
// path leaves out or numbers differently.
func normalJSON(e Event) string {
	var b bytes.Buffer
	e.ID, e.Origin, e.DateAdded = "", Origin{}, time.Time{}
	e.Mentions, e.Sources, e.Articles = 0, 0, 0
	e.Source.Sector, e.Target.Sector = "", ""
	WriteJSONL(&b, []Event{e})
	return strings.TrimSpace(b.String())
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
