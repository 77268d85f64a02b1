package report

import (
	"fmt"
	"time"

	"github.com/entente/entente/dataset"
)

// The sparse-tail rule's thresholds: the run of consecutive periods that
// ends the data holds at least SparseTailRun of the events, and at most
// SparseTailDensity of the periods before it have any.
const (
	SparseTailRun     = 0.5
	SparseTailDensity = 0.25
)

// SparseTail is what the rule "sparse tail" left out of a report's default
// period (FindSparseTail; Report.SparseTail).
type SparseTail struct {
	// From is the start of the period the report covers: the first period
	// of the continuous run.
	From time.Time
	// Events is the number of events before From, dated First … Last (the
	// first day of the first period with events, the last day of the last
	// one before the run).
	Events      int64
	First, Last time.Time
}

// FindSparseTail applies the rule "sparse tail" to the events of t counted
// per period of g: when they end in a run of consecutive periods with
// events that holds at least SparseTailRun of them, and the periods before
// the run are mostly empty (at most SparseTailDensity of them have events),
// the default period starts at the run. GDELT daily files carry such a
// tail (backfile rows: of the 2016-07-28 sample's 710 rows, 208 are dated
// 1982-01 to 2015-07 in 4 of those 403 months), which would otherwise
// stretch a report over decades of nearly empty charts. It returns nil when
// the rule does not fire: the data is continuous, or the periods before the
// run are dense (a real gap, not a tail), or the run is a minority.
//
// Build applies it when Options.From is zero, unless
// Options.KeepSparseTail; report score applies it the same way.
func FindSparseTail(t *dataset.Table, g dataset.Granularity) *SparseTail {
	per := map[time.Time]int64{}
	var total int64
	var last time.Time
	for start, n := range t.PeriodEvents() {
		s := g.Start(start)
		per[s] += n
		total += n
		if s.After(last) {
			last = s
		}
	}
	if total == 0 {
		return nil
	}
	// walk back from the last period while periods have events
	start := last
	for {
		prev := g.Start(start.AddDate(0, 0, -1))
		if per[prev] == 0 {
			break
		}
		start = prev
	}
	var tail SparseTail
	var busy int // periods before the run with events
	for s, n := range per {
		if s.Before(start) {
			busy++
			tail.Events += n
			if tail.First.IsZero() || s.Before(tail.First) {
				tail.First = s
			}
			if s.After(tail.Last) {
				tail.Last = s
			}
		}
	}
	if tail.Events == 0 || float64(total-tail.Events) < SparseTailRun*float64(total) {
		return nil
	}
	periods := 0
	for s := tail.First; s.Before(start); s = g.Next(s) {
		periods++
	}
	if float64(busy) > SparseTailDensity*float64(periods) {
		return nil
	}
	tail.From = start
	tail.Last = g.Next(tail.Last).AddDate(0, 0, -1)
	return &tail
}

// String is the note the report command prints: what was left out and how
// to include it, naming the rule.
func (s *SparseTail) String() string {
	return fmt.Sprintf("the period starts at %s, where the data becomes continuous (rule: sparse tail); %s dated between %s and %s left out: -from %s includes them",
		s.From.Format("2006-01-02"), countNoun(s.Events, "earlier event"), s.First.Format("2006-01-02"), s.Last.Format("2006-01-02"), s.First.Format("2006-01"))
}

// Sentence is the note as a sentence of the methods section's "Notes on
// the data" (Build adds it there).
func (s *SparseTail) Sentence() string {
	return fmt.Sprintf("The period starts at %s, where the data becomes continuous (the final run of periods holds at least half the events and at most a quarter of the periods before it have any); %s dated between %s and %s are left out: the report command's -from %s includes them.",
		s.From.Format("2 Jan 2006"), countNoun(s.Events, "earlier event"), s.First.Format("2 Jan 2006"), s.Last.Format("2 Jan 2006"), s.First.Format("2006-01"))
}

// countNoun is "1 noun" or "n nouns", the count unformatted.
func countNoun(n int64, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
