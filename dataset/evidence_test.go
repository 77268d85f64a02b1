package dataset

import (
	"sort"
	"strconv"
	"testing"
	"time"
)

// TestEvidencePoolWeakerDirection: the streaming pool (one line kept,
// m = 1) keeps a line's weaker direction only from the reports that come
// while the line is in the pool, as Ingest.Evidence says. Hand-made
// reports, undirected CHN-RUS, May 2024 (ranks are |w·g| by hand):
//
//	group 1  day 3 "m"  CHN→RUS  rank 5
//	group 2  day 2 "l"  RUS→CHN  rank 1   (line l's weaker direction)
//	group 3  day 2 "l"  CHN→RUS  rank 9   (line l's best)
//
// In this order, group 2 arrives while the pool holds line m (5 > 1) and
// is dropped; group 3 then replaces m: the pool keeps line l with group 3
// only, where the exact top line (TopEvidence) also has group 2. With
// group 2 last, line l is in the pool when it arrives: both are kept. With
// group 2 first, line l is evicted by m and comes back with group 3 only.
func TestEvidencePoolWeakerDirection(t *testing.T) {
	type rep struct {
		group    int64
		day      int
		text     string
		src, tgt string
		wg       float64
	}
	g1 := rep{1, 3, "m", "CHN", "RUS", 5}
	g2 := rep{2, 2, "l", "RUS", "CHN", 1}
	g3 := rep{3, 2, "l", "CHN", "RUS", 9}
	run := func(reps ...rep) []int64 {
		ao := &AggregateOptions{Granularity: Month}
		ev := newEvidence(1, ao, nil)
		for _, r := range reps {
			date := time.Date(2024, 5, r.day, 0, 0, 0, 0, time.UTC)
			day := int64(2024*512 + 5*32 + r.day)
			e := NewEvent()
			e.Date, e.Source.Country, e.Target.Country, e.Description = date, r.src, r.tgt, r.text
			e.ID = strconv.FormatInt(r.group, 10)
			rank := evRank{wg: r.wg, reports: 1, day: day, code: "", order: r.group}
			ev.offer(r.group, false, "CHN", "RUS", r.src, date, func() string { return displayKey(day, &e) }, rank, func() Event { return e })
		}
		var ids []int64
		for _, e := range ev.events(nil)[Dyad{"CHN", "RUS"}] {
			id, _ := strconv.ParseInt(e.ID, 10, 64)
			ids = append(ids, id)
		}
		sort.Slice(ids, func(i, j int) bool { return ids[i] < ids[j] })
		return ids
	}
	if got := run(g1, g2, g3); len(got) != 1 || got[0] != 3 {
		t.Errorf("weaker direction first: kept groups %v, want [3]", got)
	}
	if got := run(g1, g3, g2); len(got) != 2 || got[0] != 2 || got[1] != 3 {
		t.Errorf("weaker direction last: kept groups %v, want [2 3]", got)
	}
	// group 2 opens the pool with line l; group 1 (line m, 5 > 1) evicts
	// it; group 3 brings line l back, without group 2
	if got := run(g2, g1, g3); len(got) != 1 || got[0] != 3 {
		t.Errorf("line evicted and back: kept groups %v, want [3]", got)
	}
}
