package pipeline

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	"github.com/entente/entente/cameo"
	"github.com/entente/entente/dataset"
)

// FileTask is one input file: its position in the sorted match and its
// path.
type FileTask struct {
	Index int
	Path  string
}

// FileResult is the accounting of one input file (a row of files.csv).
type FileResult struct {
	Index                          int
	Path                           string
	Format                         string
	Read, Kept, Rejected, Filtered int64
	// Events not aggregated: both countries are needed, and a date.
	// With dedup they are counted before deduplication.
	NotDyadic, Undated int64
	// Error is why the file could not be read ("" if it was); such a
	// file contributes nothing to the statistics.
	Error string
	// Rejects are the first rejected rows: file:line: column: reason
	// (value), one per entry, as dataset.ParseError prints them, and their
	// parts for rejects.csv.
	Rejects []Reject
}

// Reject is one rejected row (a dataset.ParseError, flattened).
type Reject struct {
	File   string
	Line   int
	Field  int
	Column string
	Value  string
	Reason string
}

// EventRec is the part of an event that deduplication and aggregation
// use, shuffled between workers when Dedup is on. File and Seq give the
// event's position in the input (file in the sorted match, then event in
// the file), which decides which report of a repeated event is "first".
// With evidence (Settings.Evidence) it carries the rest of the event too
// (Text): what a report shows of it.
type EventRec struct {
	File                                 int
	Seq                                  int64
	DateSec                              int64
	DateNsec                             int64
	SrcCountry, SrcCode, SrcName         string
	TgtCountry, TgtCode, TgtName         string
	Code, PLOVER                         string
	Goldstein, Tone                      float64
	Quad                                 int
	Mentions, Sources, Articles, Reports int
	Text                                 EventText
}

// EventText is the part of an event that only the evidence uses.
type EventText struct {
	Has                                    bool
	ID                                     string
	DateAddedSec, DateAddedNsec            int64
	SrcSector, TgtSector                   string
	Confidence                             float64
	URL, Description, Reference, Precision string
	Background                             bool
	URLs                                   []string
	Evidence                               string // []dataset.Evidence as JSON
	OriginFile                             string
	OriginLine                             int
}

func recOf(e *dataset.Event, file int, seq int64, text bool) EventRec {
	r := EventRec{
		File: file, Seq: seq,
		DateSec: e.Date.Unix(), DateNsec: int64(e.Date.Nanosecond()),
		SrcCountry: e.Source.Country, SrcCode: e.Source.Code, SrcName: e.Source.Name,
		TgtCountry: e.Target.Country, TgtCode: e.Target.Code, TgtName: e.Target.Name,
		Code: e.Code, PLOVER: e.PLOVER,
		Goldstein: e.Goldstein, Tone: e.Tone, Quad: int(e.Quad),
		Mentions: e.Mentions, Sources: e.Sources, Articles: e.Articles, Reports: e.Reports,
	}
	if text {
		x := EventText{Has: true, ID: e.ID, SrcSector: e.Source.Sector, TgtSector: e.Target.Sector, Confidence: e.Confidence,
			URL: e.URL, Description: e.Description, Reference: e.Reference, Precision: e.DatePrecision, Background: e.Background,
			URLs: append([]string(nil), e.URLs...), OriginFile: e.Origin.File, OriginLine: e.Origin.Line}
		if !e.DateAdded.IsZero() {
			x.DateAddedSec, x.DateAddedNsec = e.DateAdded.Unix(), int64(e.DateAdded.Nanosecond())
		}
		if len(e.Evidence) > 0 {
			b, _ := json.Marshal(e.Evidence) // strings and ints: cannot fail
			x.Evidence = string(b)
		}
		r.Text = x
	}
	return r
}

// event rebuilds the event (its aggregated fields, and with Text the
// rest).
func (r *EventRec) event() dataset.Event {
	e := dataset.NewEvent()
	e.Date = time.Unix(r.DateSec, r.DateNsec).UTC()
	e.Source = dataset.Actor{Country: r.SrcCountry, Code: r.SrcCode, Name: r.SrcName}
	e.Target = dataset.Actor{Country: r.TgtCountry, Code: r.TgtCode, Name: r.TgtName}
	e.Code, e.PLOVER = r.Code, r.PLOVER
	e.Goldstein, e.Tone, e.Quad = r.Goldstein, r.Tone, cameo.Quad(r.Quad)
	e.Mentions, e.Sources, e.Articles, e.Reports = r.Mentions, r.Sources, r.Articles, r.Reports
	if x := &r.Text; x.Has {
		e.SetCode(r.Code)
		e.Goldstein, e.Quad = r.Goldstein, cameo.Quad(r.Quad) // SetCode fills them from the tables
		e.ID, e.Confidence = x.ID, x.Confidence
		if x.DateAddedSec != 0 || x.DateAddedNsec != 0 {
			e.DateAdded = time.Unix(x.DateAddedSec, x.DateAddedNsec).UTC()
		}
		e.Source.Sector, e.Target.Sector = x.SrcSector, x.TgtSector
		e.URL, e.Description, e.Reference, e.DatePrecision, e.Background = x.URL, x.Description, x.Reference, x.Precision, x.Background
		e.URLs = x.URLs
		if x.Evidence != "" {
			json.Unmarshal([]byte(x.Evidence), &e.Evidence) // written by recOf
		}
		e.Origin = dataset.Origin{File: x.OriginFile, Line: x.OriginLine}
	}
	return e
}

// groupKey is the shuffle key of an event for deduplication: its day,
// countries, code and PLOVER category. dataset.Dedup's key is finer
// (actors within countries), never coarser, so every set of duplicates
// falls in one group, where dataset.Dedup itself tells them apart.
func groupKey(e *dataset.Event) string {
	var b strings.Builder
	b.Grow(40)
	b.WriteString(e.Date.UTC().Format(time.DateOnly))
	for _, s := range []string{e.Source.Country, e.Target.Country, e.Code, e.PLOVER} {
		b.WriteByte(0)
		b.WriteString(s)
	}
	return b.String()
}

// cellKey is the shuffle key of a dyad-period row.
func cellKey(d dataset.Dyad, start time.Time) string {
	return d.A + "\x00" + d.B + "\x00" + start.Format(time.DateOnly)
}

// parseCellKey reads cellKey's key back. A key of other than three parts
// is an error wrapping dataset.ErrSyntax, a bad date one wrapping
// dataset.ErrBadDate.
func parseCellKey(k string) (dataset.Dyad, time.Time, error) {
	parts := strings.Split(k, "\x00")
	if len(parts) != 3 {
		return dataset.Dyad{}, time.Time{}, fmt.Errorf("pipeline: cell key %q: %w: want three parts", k, dataset.ErrSyntax)
	}
	t, err := time.Parse(time.DateOnly, parts[2])
	if err != nil {
		return dataset.Dyad{}, time.Time{}, fmt.Errorf("pipeline: cell key %q: %w: %v", k, dataset.ErrBadDate, err)
	}
	return dataset.Dyad{A: parts[0], B: parts[1]}, t, nil
}

// isLocal reports whether path has no URL scheme (a local file, which
// dataset opens itself and may split for its fast path).
func isLocal(path string) bool { return !strings.Contains(path, "://") }

// result fills a FileResult from a dataset report.
func result(t FileTask, rep *dataset.Report, err error) FileResult {
	r := FileResult{Index: t.Index, Path: t.Path}
	if rep != nil {
		r.Format = string(rep.Format)
		r.Read, r.Kept, r.Rejected, r.Filtered = rep.Read, rep.Kept, rep.Rejected, rep.Filtered
		for _, s := range rep.Samples {
			r.Rejects = append(r.Rejects, Reject{File: s.File, Line: s.Line, Field: s.Field, Column: s.Column, Value: s.Value, Reason: s.Reason()})
		}
	}
	if err != nil {
		r.Error = err.Error()
	}
	return r
}

// openEvents opens a file that dataset cannot open by path (a remote
// one) through the Beam filesystem.
func openEvents(ctx context.Context, path string, ro *dataset.ReadOptions) (*dataset.Reader, func(), error) {
	fs, err := filesystem.New(ctx, path)
	if err != nil {
		return nil, nil, err
	}
	rc, err := fs.OpenRead(ctx, path)
	if err != nil {
		fs.Close()
		return nil, nil, err
	}
	r, err := dataset.NewReader(rc, path, ro)
	if err != nil {
		rc.Close()
		fs.Close()
		return nil, nil, err
	}
	return r, func() { r.Close(); rc.Close(); fs.Close() }, nil
}

// readAll reads every event of a file, calling fn for each.
func readAll(ctx context.Context, path string, ro *dataset.ReadOptions, fn func(e *dataset.Event)) (*dataset.Report, error) {
	var r *dataset.Reader
	var closeFn func()
	var err error
	if isLocal(path) {
		if r, err = dataset.Open(path, ro); err == nil {
			closeFn = func() { r.Close() }
		}
	} else {
		r, closeFn, err = openEvents(ctx, path, ro)
	}
	if err != nil {
		return nil, err
	}
	defer closeFn()
	e := dataset.NewEvent()
	for {
		err := r.Next(&e)
		if err == io.EOF {
			return r.Report(), nil
		}
		if err != nil {
			return r.Report(), err
		}
		fn(&e)
	}
}
