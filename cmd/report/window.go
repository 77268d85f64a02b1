package main

// -from and -to choose the window a report (and `report score`'s CSV)
// shows; the history before -from is read and scored (report.Options.From).
// Events after -to are not read: a report to June 2024 is the one that
// could have been written in July 2024, its values untouched by what came
// later (the smoothed models and the level's start for a sparse pair read
// ahead). This file holds the failure of a run whose window holds nothing
// to report: it names what every filter removed and the data's range.

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/entente/entente/dataset"
	"github.com/entente/entente/report"
)

// fromHelp and toHelp are the -h text of -from and -to in run and score.
const (
	fromHelp = "first period shown: `YYYY`, YYYY-MM or YYYY-MM-DD (the period containing it). The events before it are read and scored all the same: the level and the state-space index carry the history into the window, so a value shown is the one the whole run gives it, and a lasting state (sanctions, war) opened earlier is in force, dated from its opening (default: the data's first period, or where the data becomes continuous after a sparse tail, which is then left out of the scores too)"
	toHelp   = "last period: `YYYY`, YYYY-MM or YYYY-MM-DD (the period containing its last day). Events after it are not read, so that no value depends on what came later: the output is the one that could have been written then (default: the data's last)"
)

// nothingToReport is the error of a run whose report has nothing to show
// (err wraps report.ErrNoDyads): the rows each filter removed, summed over
// the inputs (accs), the events of the table (tab) that lie outside the
// report's period or cannot be placed in a dyad, and the data's own range
// (first, last: the dates of the rows the filters other than the dates
// keep, widened to the dates of the rows kept; zero and none kept: the
// periods of the table's events), with the -from/-to that covers it.
// Rows are articles when every input is articles.
func nothingToReport(err error, accs []account, tab *dataset.Table, first, last time.Time) error {
	return nothingToReportOf(err, accs, tab, first, last, nil)
}

// dyadsKept is what nothingToReportOf says of the events kept when the
// command read every dyad but fails on -dyads' (score): the events of
// those pairs (emptyWindow counted them) and their range, not the table's,
// and that nothing was scored.
type dyadsKept struct {
	events      int64
	first, last time.Time
}

// nothingToReportOf is nothingToReport, with the events kept and the
// range those of -dyads' pairs when dk is not nil.
func nothingToReportOf(err error, accs []account, tab *dataset.Table, first, last time.Time, dk *dyadsKept) error {
	var b strings.Builder
	var pe *report.EmptyPeriodError
	if errors.As(err, &pe) {
		b.WriteString("nothing to report: no events between two states in the report's period")
		if span := periodWords(pe.From, pe.To); span != "" {
			b.WriteString(" (" + span + ")")
		}
	} else {
		b.WriteString("nothing to report: no events between two states")
	}
	// the rows: what the readers' filters removed and rejected
	read, rejected, filters, noun := sumAccounts(accs)
	var reps []*dataset.Report
	for _, a := range accs {
		reps = append(reps, a.rep)
	}
	f, l := reportsRange(reps)
	if dk == nil && !f.IsZero() && (first.IsZero() || f.Before(first)) {
		first = f
	}
	if l.After(last) {
		last = l
	}
	var rows []string
	for _, c := range dataset.Sorted(filters) {
		if c.Count > 0 {
			rows = append(rows, fmt.Sprintf("%s: %d", c.Name, c.Count))
		}
	}
	if rejected > 0 {
		rows = append(rows, fmt.Sprintf("rejected: %d", rejected))
	}
	if len(accs) > 0 {
		fmt.Fprintf(&b, "; %s read", plural(read, noun))
		if len(rows) > 0 {
			b.WriteString(", filtered on reading (" + strings.Join(rows, ", ") + ")")
		}
	}
	// the events kept: where they lie
	var evs []string
	if pe != nil {
		switch {
		case pe.Before > 0 && dk != nil:
			evs = append(evs, fmt.Sprintf("before -from (would be read for the scores): %d", pe.Before))
		case pe.Before > 0:
			evs = append(evs, fmt.Sprintf("before -from, read for the scores but not shown: %d", pe.Before))
		}
		if pe.After > 0 {
			evs = append(evs, fmt.Sprintf("after -to: %d", pe.After))
		}
		if pe.Tail > 0 {
			evs = append(evs, fmt.Sprintf("in the sparse tail before the data becomes continuous: %d", pe.Tail))
		}
	}
	if dk != nil {
		fmt.Fprintf(&b, "; %s of -dyads kept", plural(dk.events, "event"))
		if len(evs) > 0 {
			b.WriteString(" (" + strings.Join(evs, ", ") + ")")
		}
		first, last = dk.first, dk.last
	} else if tab != nil {
		sk := tab.Skipped()
		for _, c := range []struct {
			n    int64
			name string
		}{{sk.Undated, "undated"}, {sk.NotDyadic, "without a state on both sides"}, {sk.Self, "within one state"}} {
			if c.n > 0 {
				evs = append(evs, fmt.Sprintf("%s: %d", c.name, c.n))
			}
		}
		fmt.Fprintf(&b, "; %s kept", plural(tab.Events()+tab.Skipped().Total(), "event"))
		if len(evs) > 0 {
			b.WriteString(" (" + strings.Join(evs, ", ") + ")")
		}
	}
	if first.IsZero() && pe != nil && !pe.First.IsZero() {
		first, last = pe.First, pe.Granularity.Next(pe.Last).AddDate(0, 0, -1)
	}
	switch {
	case first.IsZero():
		b.WriteString("; the data holds no dated event")
	case pe == nil:
		fmt.Fprintf(&b, "; the data runs from %s to %s", first.Format("2006-01-02"), last.Format("2006-01-02"))
	default:
		fmt.Fprintf(&b, "; the data runs from %s to %s: try -from %s -to %s",
			first.Format("2006-01-02"), last.Format("2006-01-02"), first.Format("2006-01"), last.Format("2006-01"))
	}
	if pe == nil {
		b.WriteString("; check -dyads and -roles")
	}
	return errors.New(b.String())
}

// periodWords is "2015-01-01 to 2015-12-31" for the periods [from, to)
// (an open bound is left out: "from 2030-01-01").
func periodWords(from, to time.Time) string {
	switch {
	case !from.IsZero() && !to.IsZero():
		return from.Format("2006-01-02") + " to " + to.AddDate(0, 0, -1).Format("2006-01-02")
	case !from.IsZero():
		return "from " + from.Format("2006-01-02")
	case !to.IsZero():
		return "to " + to.AddDate(0, 0, -1).Format("2006-01-02")
	}
	return ""
}

// emptyWindow is score's check that the periods written, from … to (period
// starts; zero: open), hold a dated event between two countries of tab:
// nil when they do or tab holds none at all, else the error report.Build
// gives a report with nothing in its period, counting tab's events before
// from (scored from histFrom on; before it, a sparse tail) and after to.
// With dyads (score's -dyads) only the events between those pairs, either
// way, count.
func emptyWindow(tab *dataset.Table, g dataset.Granularity, histFrom, from, to time.Time, dyads []dataset.Dyad) error {
	var hi time.Time
	if !to.IsZero() {
		hi = g.Next(to)
	}
	e := &report.EmptyPeriodError{From: from, To: hi, Granularity: g}
	var in int64
	events := tab.PeriodEvents()
	if len(dyads) > 0 {
		pick := map[dataset.Dyad]bool{}
		for _, d := range dyads {
			pick[d], pick[d.Reverse()] = true, true
		}
		events = map[time.Time]int64{}
		tab.EachRow(func(r *dataset.DyadPeriod) {
			if pick[r.Dyad] {
				events[r.Start] += r.N
			}
		})
	}
	for start, n := range events {
		start = g.Start(start)
		if e.First.IsZero() || start.Before(e.First) {
			e.First = start
		}
		if start.After(e.Last) {
			e.Last = start
		}
		switch {
		case !hi.IsZero() && !start.Before(hi):
			e.After += n
		case !histFrom.IsZero() && start.Before(histFrom) && !start.Before(from):
			in += n // -from reaches into the tail: shown
		case !histFrom.IsZero() && start.Before(histFrom):
			e.Tail += n
		case !from.IsZero() && start.Before(from):
			e.Before += n
		default:
			in += n
		}
	}
	if in > 0 || e.First.IsZero() {
		return nil
	}
	return e
}
