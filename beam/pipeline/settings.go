package pipeline

import (
	"fmt"
	"strings"
	"time"

	"github.com/entente/entente/cameo"
	"github.com/entente/entente/dataset"
)

// Settings are the aggregation settings, by name, as the command's flags
// give them; the zero value means the defaults of `report score`, except
// Period, whose default is "day" (finer shards derive any coarser
// period). Settings travel to the workers inside the DoFns, so they hold
// names, not tables.
type Settings struct {
	// Period: day (default), week, month, quarter or year.
	Period string
	// Weight: one (default), mentions, sources, articles or log-sources.
	Weight string
	// Goldstein: a Goldstein table applied to every event, gdelt or icews;
	// empty keeps each event's own (the default).
	Goldstein string
	// Quads: a quad mapping applied to every event (gdelt, icews, phoenix,
	// plover); empty keeps each event's own (the default).
	Quads string
	// Dedup: actors (default), countries or off.
	Dedup string
	// Directed keeps A→B and B→A apart.
	Directed bool
	// Format forces an input format (gdelt1, gdelt2, icews, plover, csv,
	// jsonl); empty detects it.
	Format string
	// From and To bound the event dates (YYYY, YYYY-MM or YYYY-MM-DD;
	// inclusive, To naming its last day); empty means unbounded.
	From, To string
	// Dyads keeps the events of these pairs ("CHN-RUS,CHN-USA"), either
	// direction; empty keeps every event.
	Dyads string
	// Strict fails a file at its first unreadable row.
	Strict bool
	// Roles: which actor roles count, as `report -roles` reads it:
	// government (the default: acts by or toward another state's
	// opposition or rebels are set aside and counted as filtered), state,
	// or all.
	Roles string
	// Evidence is the number of report lines whose events are kept per
	// dyad-period for a report's top events and change-point drivers
	// (dataset.TopEvidence; `report` keeps max(10, 2 × -top), 10 by
	// default); 0 keeps none.
	Evidence int
	// EvidencePeriod is the period of the evidence pools: month (the
	// default) serves reports by month, quarter and year; day serves any.
	EvidencePeriod string
}

// resolved is Settings turned into dataset options.
type resolved struct {
	ao      dataset.AggregateOptions
	ro      dataset.ReadOptions
	dedup   bool
	dedupBy dataset.DedupKey
	roles   string // the canonical -roles name, as the stats files record it
	// evidence: lines kept per pool (0: none), and the pools' options
	evidence int
	evAO     dataset.AggregateOptions
}

// dedupName is the dedup column of the stats files: off, actors or
// countries.
func (r *resolved) dedupName() string {
	if !r.dedup {
		return "off"
	}
	return r.dedupBy.String()
}

// bound parses YYYY, YYYY-MM or YYYY-MM-DD; end gives the last day named.
func bound(s, name string, end bool) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	for _, l := range []struct {
		layout        string
		years, months int
	}{{"2006-01-02", 0, 0}, {"2006-01", 0, 1}, {"2006", 1, 0}} {
		t, err := time.Parse(l.layout, strings.TrimSpace(s))
		if err != nil {
			continue
		}
		if end && (l.years != 0 || l.months != 0) {
			t = t.AddDate(l.years, l.months, -1)
		}
		return t, nil
	}
	return time.Time{}, fmt.Errorf("pipeline: %s %q: want YYYY, YYYY-MM or YYYY-MM-DD", name, s)
}

// resolve checks the settings and returns the dataset options.
func (s Settings) resolve() (*resolved, error) {
	var r resolved
	var err error
	period := s.Period
	if period == "" {
		period = "day"
	}
	if r.ao.Granularity, err = dataset.ParseGranularity(period); err != nil {
		return nil, fmt.Errorf("pipeline: period: %w", err)
	}
	if s.Weight != "" {
		if r.ao.Weight, err = dataset.ParseWeight(s.Weight); err != nil {
			return nil, fmt.Errorf("pipeline: weight: %w", err)
		}
	}
	r.ao.Directed = s.Directed
	if s.Goldstein != "" {
		t, ok := cameo.WeightTableByName(s.Goldstein)
		if !ok {
			return nil, fmt.Errorf("pipeline: goldstein %q: want gdelt or icews", s.Goldstein)
		}
		r.ao.Goldstein = t
	}
	if s.Quads != "" {
		m, ok := cameo.QuadMappingByName(s.Quads)
		if !ok {
			return nil, fmt.Errorf("pipeline: quads %q: want gdelt, icews, phoenix or plover", s.Quads)
		}
		r.ao.Quads = m
	}
	switch d := strings.ToLower(s.Dedup); d {
	case "off":
	case "":
		r.dedup, r.dedupBy = true, dataset.DedupActors
	default:
		if r.dedupBy, err = dataset.ParseDedupKey(d); err != nil {
			return nil, fmt.Errorf("pipeline: dedup: %w (or off)", err)
		}
		r.dedup = true
	}
	if s.Format != "" {
		if r.ro.Format, err = dataset.ParseFormat(s.Format); err != nil {
			return nil, fmt.Errorf("pipeline: format: %w", err)
		}
	}
	r.ro.Strict = s.Strict
	from, err := bound(s.From, "from", false)
	if err != nil {
		return nil, err
	}
	to, err := bound(s.To, "to", true)
	if err != nil {
		return nil, err
	}
	var dyads []dataset.Dyad
	if strings.TrimSpace(s.Dyads) != "" {
		if dyads, err = dataset.ParseDyads(s.Dyads); err != nil {
			return nil, fmt.Errorf("pipeline: dyads: %w", err)
		}
	}
	roles := s.Roles
	if roles == "" {
		roles = "government"
	}
	rf, err := dataset.ParseRoleFilter(roles)
	if err != nil {
		return nil, fmt.Errorf("pipeline: roles: %w", err)
	}
	switch strings.ToLower(strings.TrimSpace(roles)) { // valid: ParseRoleFilter took it
	case "state", "all":
		r.roles = strings.ToLower(strings.TrimSpace(roles))
	default: // government, gov, default
		r.roles = "government"
	}
	if s.Evidence < 0 {
		return nil, fmt.Errorf("pipeline: evidence %d: want a number of lines ≥ 0", s.Evidence)
	}
	r.evidence = s.Evidence
	r.evAO = r.ao
	r.evAO.ExcludeSelf = true // a report leaves self-dyads out
	r.evAO.Granularity = dataset.Month
	if s.EvidencePeriod != "" {
		if r.evAO.Granularity, err = dataset.ParseGranularity(s.EvidencePeriod); err != nil {
			return nil, fmt.Errorf("pipeline: evidence period: %w", err)
		}
	}
	if !from.IsZero() || !to.IsZero() || len(dyads) > 0 || rf != nil {
		r.ro.Filter = &dataset.Filter{From: from, To: to, Dyads: dyads, Roles: rf}
		if !to.IsZero() {
			// the whole last day, as report score reads -to
			r.ro.Filter.To = to.AddDate(0, 0, 1).Add(-time.Nanosecond)
		}
	}
	return &r, nil
}

// AggregateOptions returns the dataset options the settings stand for
// (the options of the stats files the pipeline writes), or the settings'
// error.
func (s Settings) AggregateOptions() (dataset.AggregateOptions, error) {
	r, err := s.resolve()
	if err != nil {
		return dataset.AggregateOptions{}, err
	}
	return r.ao, nil
}

// ReadOptions returns the reading options the settings stand for.
func (s Settings) ReadOptions() (dataset.ReadOptions, error) {
	r, err := s.resolve()
	if err != nil {
		return dataset.ReadOptions{}, err
	}
	return r.ro, nil
}
