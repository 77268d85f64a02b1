package dataset

import (
	"fmt"
	"math"
	"reflect"
	"sort"
	"testing"

	"github.com/entente/entente/internal/sharedtest"
)

// TestIngestEventsMatchesDedup: IngestEvents is Dedup + Table.Add.
func TestIngestEventsMatchesDedup(t *testing.T) {
	path := sharedtest.Path(t, "data/icews/events.2018.sample.tab")
	evs, _, err := ReadFile(path, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, ao := range []*AggregateOptions{nil, {ExcludeSelf: true, Weight: WeightSources, Granularity: Week}} {
		for _, no := range []bool{false, true} {
			in := IngestEvents(evs, &IngestOptions{Aggregate: ao, NoDedup: no, Evidence: 3})
			merged, rep := evs, DedupReport{}
			if !no {
				merged, rep = Dedup(evs, nil)
			}
			want := NewTable(ao)
			for i := range merged {
				want.Add(&merged[i])
			}
			if in.Dedup != rep || !reflect.DeepEqual(in.Table.Rows(), want.Rows()) || in.Table.Skipped() != want.Skipped() || in.Table.Events() != want.Events() {
				t.Errorf("nodedup=%v: ingest %s %d %+v, want %s %d %+v", no, in.Dedup, in.Table.Events(), in.Table.Skipped(), rep, want.Events(), want.Skipped())
			}
		}
	}
}

// evidenceKey identifies a merged event for comparisons.
func evidenceKey(e *Event) string {
	return fmt.Sprintf("%s %s/%s>%s/%s %s reports=%d g=%v", e.Date.Format("2006-01-02"), e.Source.Country, e.Source.Code+e.Source.Name, e.Target.Country, e.Target.Code+e.Target.Name, e.Code, e.ReportCount(), e.Goldstein)
}

// bruteEvidence applies the definition in Ingest.Evidence to every merged
// event: per dyad-period, the events with one display key (day and text)
// rank by their best event; the m first keys are kept, each with the
// best-ranked event of each direction.
func bruteEvidence(merged []Event, ao *AggregateOptions, m int) map[Dyad][]string {
	o := ao.options()
	type item struct {
		r evRank
		e *Event
	}
	type slot struct {
		best [2]*item
	}
	pools := map[evKey]map[string]*slot{}
	for i := range merged {
		e := &merged[i]
		if e.Date.IsZero() || !e.Dyadic() || (o.ExcludeSelf && e.Source.Country == e.Target.Country) {
			continue
		}
		a, b := e.Source.Country, e.Target.Country
		dir := 0
		if !o.Directed && b < a {
			a, b, dir = b, a, 1
		}
		g := e.Goldstein
		if o.Goldstein != nil {
			g = o.Goldstein.Weight(e.Code)
		}
		y, mo, d := e.Date.Date()
		day := int64(y)*512 + int64(mo)*32 + int64(d)
		r := rankOf(o.Weight.Of(e), g, int64(e.ReportCount()), day, e.Code, int64(i))
		k := evKey{a, b, o.Granularity.Start(e.Date).Unix()}
		if pools[k] == nil {
			pools[k] = map[string]*slot{}
		}
		dk := displayKey(day, e)
		s := pools[k][dk]
		if s == nil {
			s = &slot{}
			pools[k][dk] = s
		}
		if cur := s.best[dir]; cur == nil || r.before(&cur.r) {
			s.best[dir] = &item{r, e}
		}
	}
	best := func(s *slot) *item {
		if s.best[0] == nil || (s.best[1] != nil && s.best[1].r.before(&s.best[0].r)) {
			return s.best[1]
		}
		return s.best[0]
	}
	out := map[Dyad][]string{}
	for k, p := range pools {
		var slots []*slot
		for _, s := range p {
			slots = append(slots, s)
		}
		sort.Slice(slots, func(i, j int) bool { return best(slots[i]).r.before(&best(slots[j]).r) })
		for i := 0; i < len(slots) && i < m; i++ {
			for _, it := range slots[i].best {
				if it != nil {
					out[Dyad{k.a, k.b}] = append(out[Dyad{k.a, k.b}], evidenceKey(it.e))
				}
			}
		}
	}
	for d := range out {
		sort.Strings(out[d])
	}
	return out
}

// The evidence holds exactly the m first display keys of every
// dyad-period with their best events, with the merged numbers, whether the
// events stream from a file or are given.
func TestIngestEvidenceIsTheTopOfEachPeriod(t *testing.T) {
	dir := t.TempDir()
	path := withDuplicates(t, dir, 4000, 3)
	for _, ao := range []*AggregateOptions{nil, {Weight: WeightMentions, Granularity: Year, ExcludeSelf: true}} {
		for _, m := range []int{1, 4} {
			evs, _, err := ReadFile(path, nil)
			if err != nil {
				t.Fatal(err)
			}
			merged, _ := Dedup(evs, nil)
			want := bruteEvidence(merged, ao, m)
			fromFile, _, err := IngestFiles([]string{path}, &IngestOptions{Aggregate: ao, Evidence: m})
			if err != nil {
				t.Fatal(err)
			}
			fromEvents := IngestEvents(evs, &IngestOptions{Aggregate: ao, Evidence: m})
			for name, in := range map[string]*Ingest{"file": fromFile, "events": fromEvents} {
				got := map[Dyad][]string{}
				n := 0
				for _, d := range in.EvidenceDyads() {
					for _, e := range in.Evidence(d) {
						got[d] = append(got[d], evidenceKey(&e))
						n++
					}
					sort.Strings(got[d])
				}
				if !reflect.DeepEqual(got, want) {
					for d := range want {
						if !reflect.DeepEqual(got[d], want[d]) {
							t.Fatalf("%s m=%d: %s kept\n%q\nwant\n%q", name, m, d, got[d], want[d])
						}
					}
					t.Fatalf("%s m=%d: %d dyads, want %d", name, m, len(got), len(want))
				}
				if n == 0 {
					t.Fatalf("%s: no evidence", name)
				}
			}
		}
	}
	// limited to some dyads
	in, _, err := IngestFiles([]string{path}, &IngestOptions{Evidence: 2, EvidenceDyads: []Dyad{{"USA", "CHN"}}})
	if err != nil {
		t.Fatal(err)
	}
	if ds := in.EvidenceDyads(); len(ds) != 1 || ds[0] != (Dyad{"CHN", "USA"}) {
		t.Errorf("evidence dyads %v, want [CHN-USA]", ds)
	}
	for _, e := range in.Evidence(Dyad{"USA", "CHN"}) {
		if math.IsNaN(e.Goldstein) && e.Code == "" {
			t.Errorf("event without code: %+v", e)
		}
	}
}

// A second pass limited to some dyads (EvidenceOnly, with a filter on
// them) keeps the evidence one full pass keeps for those dyads.
func TestIngestEvidenceOnlyPass(t *testing.T) {
	dir := t.TempDir()
	path := withDuplicates(t, dir, 5000, 4)
	// (every dyad's evidence: no merged texts are kept, as in EvidenceOnly)
	full, _, err := IngestFiles([]string{path}, &IngestOptions{Evidence: 3})
	if err != nil {
		t.Fatal(err)
	}
	dyads := full.Table.Busiest(3)
	second, _, err := IngestFiles([]string{path}, &IngestOptions{Evidence: 3, EvidenceDyads: dyads, EvidenceOnly: true,
		Read: &ReadOptions{Filter: &Filter{Dyads: dyads}}})
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range dyads {
		// (formatted: the events hold NaNs, which DeepEqual never equates)
		a, b := fmt.Sprintf("%+v", full.Evidence(d)), fmt.Sprintf("%+v", second.Evidence(d))
		if len(full.Evidence(d)) == 0 || a != b {
			t.Errorf("%s: one pass\n%s\nsecond pass\n%s", d, a, b)
		}
	}
	if got := second.EvidenceDyads(); len(got) != len(dyads) {
		t.Errorf("second pass kept %v, want %v", got, dyads)
	}
}

// With the dyads selected, a kept event's texts are its merged event's
// (the first report's URL, every URL), even when it entered the evidence on
// a later report.
func TestIngestEvidenceTexts(t *testing.T) {
	dir := t.TempDir()
	path := withDuplicates(t, dir, 6000, 5)
	evs, _, err := ReadFile(path, nil)
	if err != nil {
		t.Fatal(err)
	}
	merged, _ := Dedup(evs, nil)
	byKey := map[string]*Event{}
	for i := range merged {
		byKey[evidenceKey(&merged[i])] = &merged[i]
	}
	full := IngestEvents(evs, nil)
	dyads := full.Table.Busiest(3)
	in, _, err := IngestFiles([]string{path}, &IngestOptions{Evidence: 1, EvidenceDyads: dyads})
	if err != nil {
		t.Fatal(err)
	}
	n, multi := 0, 0
	for _, d := range dyads {
		for _, e := range in.Evidence(d) {
			m := byKey[evidenceKey(&e)]
			if m == nil {
				t.Fatalf("%s: no merged event", evidenceKey(&e))
			}
			if e.URL != m.URL || fmt.Sprint(e.URLs) != fmt.Sprint(m.URLs) || e.Description != m.Description || e.Reference != m.Reference {
				t.Errorf("%s: URL %q %q, merged %q %q", evidenceKey(&e), e.URL, e.URLs, m.URL, m.URLs)
			}
			n++
			if len(m.URLs) > 1 {
				multi++
			}
		}
	}
	if n == 0 || multi == 0 {
		t.Errorf("%d kept events, %d with several URLs: the test exercises nothing", n, multi)
	}
}

// An event that enters the evidence on its second report shows its first
// report's URL (hand-made: A on the 1st and B on the 2nd have the same
// weight; A ranks first by date until B's second report gives it two).
func TestIngestEvidenceLateEntry(t *testing.T) {
	mk := func(d int, url string) Event {
		e := NewEvent()
		e.Date = day(2024, 5, d)
		e.Source.Country, e.Target.Country = "CHN", "RUS"
		e.SetCode("042")
		e.URL = url
		return e
	}
	evs := []Event{mk(1, "u1"), mk(2, "u2"), mk(2, "u3")}
	for _, dyads := range [][]Dyad{{{"RUS", "CHN"}}, nil} {
		in := IngestEvents(evs, &IngestOptions{Evidence: 1, EvidenceDyads: dyads})
		got := in.Evidence(Dyad{"CHN", "RUS"})
		if len(got) != 1 || got[0].Date != day(2024, 5, 2) || got[0].Reports != 2 {
			t.Fatalf("dyads %v: kept %+v", dyads, got)
		}
		// selected dyads: the merged event's texts; every dyad: the
		// texts of the reports the pool saw (the documented limit)
		want := "u2 [u2 u3]"
		if dyads == nil {
			want = "u3 []"
		}
		if s := fmt.Sprint(got[0].URL, " ", got[0].URLs); s != want {
			t.Errorf("dyads %v: URL %s, want %s", dyads, s, want)
		}
	}
}

// The ordered pipeline: rows parsed by several workers in small ranges and
// deduplicated in input order give the Table, the accounts and the evidence
// of one worker reading the file in one piece (the path before the
// pipeline), on the shared GDELT sample and a generated file with repeats;
// and a second pass limited to the busiest dyads (EvidenceOnly), run in
// parallel, keeps the evidence of one serial full pass.
func TestIngestParallelMatchesSerial(t *testing.T) {
	dir := t.TempDir()
	paths := map[string]string{
		"shared":    sharedtest.Path(t, "data/gdelt/gdelt1_daily_events_sample_20160728.tsv"),
		"generated": withDuplicates(t, dir, 6000, 5),
	}
	type result struct {
		table, reps, dedup string
		ev                 map[Dyad]string
	}
	run := func(path string, cfg aggregateConfig, ro *ReadOptions, ao *AggregateOptions) result {
		t.Helper()
		var drep DedupReport
		var ev map[Dyad][]Event
		cfg.fast, cfg.dedupReport, cfg.evidenceOut = true, &drep, &ev
		tb, reps, err := aggregateFiles([]string{path}, ro, ao, cfg)
		if err != nil {
			t.Fatal(err)
		}
		r := result{table: fmt.Sprintf("%+v %+v %d", tb.Rows(), tb.Skipped(), tb.Events()), reps: fmt.Sprintf("%+v", *reps[0]),
			dedup: drep.String(), ev: map[Dyad]string{}}
		for d, list := range ev {
			r.ev[d] = fmt.Sprintf("%+v", list) // formatted: events hold NaNs
		}
		return r
	}
	same := func(label string, a, b result) {
		t.Helper()
		if a.table != b.table {
			t.Errorf("%s: tables differ", label)
		}
		if a.reps != b.reps {
			t.Errorf("%s: reports differ\n%s\n%s", label, a.reps, b.reps)
		}
		if a.dedup != b.dedup {
			t.Errorf("%s: dedup %s, serial %s", label, a.dedup, b.dedup)
		}
		if len(a.ev) != len(b.ev) {
			t.Errorf("%s: evidence of %d dyads, serial %d", label, len(a.ev), len(b.ev))
		}
		for d, x := range b.ev {
			if a.ev[d] != x {
				t.Errorf("%s: %s evidence\n%s\nserial\n%s", label, d, a.ev[d], x)
			}
		}
	}
	for name, path := range paths {
		ao := &AggregateOptions{Weight: WeightMentions}
		full := run(path, aggregateConfig{workers: 1, chunk: 1 << 40, dedup: true, evidence: 3}, nil, ao)
		if len(full.ev) == 0 {
			t.Fatalf("%s: no evidence", name)
		}
		var busiest []Dyad
		for d := range full.ev {
			busiest = append(busiest, d)
		}
		sortDyads(busiest)
		busiest = busiest[:min(4, len(busiest))]
		cases := []struct {
			label string
			cfg   aggregateConfig
			ro    *ReadOptions
		}{
			{"dedup", aggregateConfig{dedup: true}, nil},
			{"dedup countries", aggregateConfig{dedup: true, dedupOpts: &DedupOptions{Key: DedupCountries}}, nil},
			{"evidence", aggregateConfig{dedup: true, evidence: 3}, nil},
			{"evidence of some dyads (merged texts)", aggregateConfig{dedup: true, evidence: 2, evidenceDyads: busiest}, nil},
			{"evidence without dedup", aggregateConfig{evidence: 2}, nil},
			{"second pass", aggregateConfig{dedup: true, evidence: 3, evidenceDyads: busiest, evidenceOnly: true},
				&ReadOptions{Filter: &Filter{Dyads: busiest}}},
		}
		for _, c := range cases {
			serial := c.cfg
			serial.workers, serial.chunk = 1, 1<<40
			want := run(path, serial, c.ro, ao)
			for _, par := range []struct{ workers, chunk int }{{2, 20000}, {4, 3000}} {
				cfg := c.cfg
				cfg.workers, cfg.chunk = par.workers, int64(par.chunk)
				same(fmt.Sprintf("%s/%s (%d workers, %d-byte ranges)", name, c.label, par.workers, par.chunk), run(path, cfg, c.ro, ao), want)
			}
		}
		// the parallel second pass keeps what one serial full pass keeps
		second := run(path, aggregateConfig{workers: 4, chunk: 3000, dedup: true, evidence: 3, evidenceDyads: busiest, evidenceOnly: true},
			&ReadOptions{Filter: &Filter{Dyads: busiest}}, ao)
		for _, d := range busiest {
			if second.ev[d] == "" || second.ev[d] != full.ev[d] {
				t.Errorf("%s: %s second pass\n%s\nfull pass\n%s", name, d, second.ev[d], full.ev[d])
			}
		}
	}
}

// A first pass keeping the evidence of candidate dyads without merged
// texts (EvidenceFirstTexts) keeps, for them, what a second pass limited to
// them (EvidenceOnly) keeps, with the Table of a pass without evidence; and
// SampleBusiest's candidates from a sample hold the file's busiest
// dyads (the generated file's traffic is dominated by a few dyads).
func TestIngestCandidatesMatchSecondPass(t *testing.T) {
	dir := t.TempDir()
	path := withDuplicates(t, dir, 30000, 6) // about 11 MB: 11 sampled windows
	plain, _, err := IngestFiles([]string{path}, nil)
	if err != nil {
		t.Fatal(err)
	}
	cands := SampleBusiest([]string{path}, nil, 10)
	if len(cands) != 10 {
		t.Fatalf("SampleBusiest gave %v", cands)
	}
	in := map[Dyad]bool{}
	for _, d := range cands {
		in[d] = true
	}
	for _, d := range plain.Table.Busiest(3) {
		if !in[d] {
			t.Errorf("busiest dyad %s is not among the candidates %v", d, cands)
		}
	}
	one, _, err := IngestFiles([]string{path}, &IngestOptions{Evidence: 3, EvidenceDyads: cands, EvidenceFirstTexts: true})
	if err != nil {
		t.Fatal(err)
	}
	if a, b := fmt.Sprintf("%+v", one.Table.Rows()), fmt.Sprintf("%+v", plain.Table.Rows()); a != b {
		t.Error("the table with candidates' evidence differs")
	}
	picked := plain.Table.Busiest(4)
	second, _, err := IngestFiles([]string{path}, &IngestOptions{Evidence: 3, EvidenceDyads: picked, EvidenceOnly: true,
		Read: &ReadOptions{Filter: &Filter{Dyads: picked}}})
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range picked {
		a, b := fmt.Sprintf("%+v", one.Evidence(d)), fmt.Sprintf("%+v", second.Evidence(d))
		if len(second.Evidence(d)) == 0 || a != b {
			t.Errorf("%s: first pass\n%s\nsecond pass\n%s", d, a, b)
		}
	}
	// standard input, and a compressed file, cannot be sampled
	if got := SampleBusiest([]string{"-"}, nil, 3); got != nil {
		t.Errorf("SampleBusiest(stdin) = %v", got)
	}
}
