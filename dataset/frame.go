package dataset

import (
	"math"
	"strings"
	"time"

	"github.com/go-gota/gota/dataframe"
	"github.com/go-gota/gota/series"

	"github.com/entente/entente/cameo"
)

// gota frames.
//
// The frames are built column by column with explicit types, never
// through gota's CSV loader or type detection, which turn the CAMEO code
// "042" into the integer 42 and read "NA" (Namibia) and "NaN" as missing.
// Conventions:
//   - codes and country codes are series.String and stay as written:
//     "042" is "042", "NA" is "NA" and is not missing;
//   - dates are "YYYY-MM-DD" strings (gota has no time type); an unknown
//     date is NA;
//   - floats are series.Float with NA (NaN) where the value is unknown;
//   - counts are series.Int, NA where unknown (0 in Event);
//   - a string value "NaN", which gota's String series would read as
//     missing, is kept as the text "NaN".
//
// gota is for the filtered or aggregated frames a user works with, not for
// raw files of millions of rows. Measured on the benchmark file of
// BENCHMARKS.md (2 million generated GDELT 1.0 rows, 731 MB, 2 cores):
//   - ReadFrame (the streaming reader, then typed columns) takes 19 s and
//     4.6 GB: every Event is held (~0.8 KB with its row), then ~31 gota
//     elements per event, which dataframe.New copies once more;
//   - gota's own dataframe.ReadCSV cannot read a GDELT 1.0 export at all
//     (its 57- and 58-column rows make it stop with "wrong number of
//     fields"); on 200,000 rows of 58 columns it takes 2.9 s and 805 MB,
//     and issue 2 measured 47 s and 8.5 GB for 2 million rows — besides
//     turning "042" into 42 and Namibia's "NA" into a missing value;
//   - AggregateFiles + StatsFrame give the monthly dyad frame of the same
//     file (67,644 rows) in about 0.35 s, of which 0.1 s builds the frame.
// Filter while reading (ReadOptions.Filter) or aggregate first.

// Column names of EventsFrame, in order.
var EventsFrameColumns = []string{
	"id", "date", "date_precision", "date_added",
	"source", "source_actor", "source_name", "source_sector",
	"target", "target_actor", "target_name", "target_sector",
	"code", "code_valid", "root", "quad", "goldstein", "plover",
	"mentions", "sources", "articles", "tone", "confidence",
	"reports", "url", "urls", "evidence", "description", "reference", "background",
	"origin_file", "origin_line",
}

// EventsFrame returns events as a DataFrame with the columns
// EventsFrameColumns, one row per event:
//
//	id, date, date_added          String (dates "YYYY-MM-DD", NA if unknown)
//	date_precision                String: "" (a day, or unknown), "week",
//	                              "month", "year" or "decade"
//	source, target                String: country codes ("NA" is Namibia)
//	*_actor, *_name, *_sector     String: actor code, name, sector
//	code, root, plover            String ("042", "04", "CONSULT")
//	code_valid, background        Bool
//	quad                          Int: 1–4 as in GDELT's QuadClass, 0 for
//	                              Phoenix's neutral class, NA if unknown
//	goldstein, tone, confidence   Float, NA if unknown
//	mentions, sources, articles   Int, NA if unknown
//	reports                       Int (Event.ReportCount)
//	url                           String
//	urls                          String: Event.URLs joined by newlines
//	evidence                      Int: number of Evidence records
//	description, reference        String
//	origin_file, origin_line      String, Int
func EventsFrame(events []Event) dataframe.DataFrame {
	n := len(events)
	str := func(name string, get func(e *Event) string) series.Series {
		v := make([]string, n)
		for i := range events {
			v[i] = get(&events[i])
		}
		return stringSeries(name, v, nil)
	}
	date := func(name string, get func(e *Event) time.Time) series.Series {
		v := make([]string, n)
		missing := make([]bool, n)
		for i := range events {
			d := get(&events[i])
			if d.IsZero() {
				missing[i] = true
			} else {
				v[i] = d.Format(time.DateOnly)
			}
		}
		return stringSeries(name, v, missing)
	}
	float := func(name string, get func(e *Event) float64) series.Series {
		v := make([]float64, n)
		for i := range events {
			v[i] = get(&events[i])
		}
		return series.New(v, series.Float, name)
	}
	count := func(name string, get func(e *Event) int, unknownZero bool) series.Series {
		v := make([]int, n)
		for i := range events {
			v[i] = get(&events[i])
		}
		s := series.New(v, series.Int, name)
		if unknownZero {
			for i := range v {
				if v[i] <= 0 {
					s.Elem(i).Set(nil) // NA
				}
			}
		}
		return s
	}
	boolean := func(name string, get func(e *Event) bool) series.Series {
		v := make([]bool, n)
		for i := range events {
			v[i] = get(&events[i])
		}
		return series.New(v, series.Bool, name)
	}
	quad := func() series.Series {
		v := make([]int, n)
		for i := range events {
			v[i] = quadNumber(events[i].Quad)
		}
		s := series.New(v, series.Int, "quad")
		for i := range v {
			if v[i] < 0 {
				s.Elem(i).Set(nil)
			}
		}
		return s
	}
	return dataframe.New(
		str("id", func(e *Event) string { return e.ID }),
		date("date", func(e *Event) time.Time { return e.Date }),
		str("date_precision", func(e *Event) string { return e.DatePrecision }),
		date("date_added", func(e *Event) time.Time { return e.DateAdded }),
		str("source", func(e *Event) string { return e.Source.Country }),
		str("source_actor", func(e *Event) string { return e.Source.Code }),
		str("source_name", func(e *Event) string { return e.Source.Name }),
		str("source_sector", func(e *Event) string { return e.Source.Sector }),
		str("target", func(e *Event) string { return e.Target.Country }),
		str("target_actor", func(e *Event) string { return e.Target.Code }),
		str("target_name", func(e *Event) string { return e.Target.Name }),
		str("target_sector", func(e *Event) string { return e.Target.Sector }),
		str("code", func(e *Event) string { return e.Code }),
		boolean("code_valid", func(e *Event) bool { return e.CodeValid }),
		str("root", func(e *Event) string { return e.Root }),
		quad(),
		float("goldstein", func(e *Event) float64 { return e.Goldstein }),
		str("plover", func(e *Event) string { return e.PLOVER }),
		count("mentions", func(e *Event) int { return e.Mentions }, true),
		count("sources", func(e *Event) int { return e.Sources }, true),
		count("articles", func(e *Event) int { return e.Articles }, true),
		float("tone", func(e *Event) float64 { return e.Tone }),
		float("confidence", func(e *Event) float64 { return e.Confidence }),
		count("reports", func(e *Event) int { return e.ReportCount() }, false),
		str("url", func(e *Event) string { return e.URL }),
		str("urls", func(e *Event) string { return strings.Join(e.URLs, "\n") }),
		count("evidence", func(e *Event) int { return len(e.Evidence) }, false),
		str("description", func(e *Event) string { return e.Description }),
		str("reference", func(e *Event) string { return e.Reference }),
		boolean("background", func(e *Event) bool { return e.Background }),
		str("origin_file", func(e *Event) string { return e.Origin.File }),
		count("origin_line", func(e *Event) int { return e.Origin.Line }, false),
	)
}

// quadNumber returns the number data files use for a quad class (1–4,
// 0 for neutral) or -1 if unknown.
func quadNumber(q cameo.Quad) int {
	switch q {
	case cameo.VerbalCoop, cameo.MaterialCoop, cameo.VerbalConflict, cameo.MaterialConflict:
		return int(q)
	case cameo.Neutral:
		return 0
	}
	return -1
}

// Column names of StatsFrame, in order.
var StatsFrameColumns = []string{
	"dyad", "a", "b", "start", "n", "reports",
	"w", "w2", "gw", "gw2", "wg", "wg2", "mean_goldstein", "neff",
	"tw", "wt", "mean_tone",
	"w_verbal_coop", "w_material_coop", "w_verbal_conflict", "w_material_conflict", "w_neutral", "w_quad_unknown",
	"first", "last",
}

// StatsFrame returns dyad-period statistics (Table.Rows, Table.Series) as
// a DataFrame with the columns StatsFrameColumns, one row per dyad and
// period, in the order given:
//
//	dyad                 String "CHN-RUS"; a, b its two country codes
//	start                String "YYYY-MM-DD", the first day of the period
//	n, reports           Int: events and reports
//	w, w2                Float: Σw, Σw² (see Stats)
//	gw, gw2, wg, wg2     Float: Σw, Σw², Σw·g, Σw·g² over events with a
//	                     Goldstein weight
//	mean_goldstein       Float: wg/gw, NA when no event has a weight
//	neff                 Float: Kish's effective sample size
//	tw, wt, mean_tone    Float: Σw and Σw·tone over events with a tone,
//	                     and their ratio (NA when none has a tone)
//	w_verbal_coop …      Float: Σw per quad class (w_neutral: Phoenix's
//	                     class 0; w_quad_unknown: events without a class)
//	first, last          String "YYYY-MM-DD": first and last event date
func StatsFrame(rows []DyadPeriod) dataframe.DataFrame {
	n := len(rows)
	strs := func(name string, get func(r *DyadPeriod) string) series.Series {
		v := make([]string, n)
		for i := range rows {
			v[i] = get(&rows[i])
		}
		return stringSeries(name, v, nil)
	}
	date := func(name string, get func(r *DyadPeriod) time.Time) series.Series {
		v := make([]string, n)
		missing := make([]bool, n)
		for i := range rows {
			if d := get(&rows[i]); d.IsZero() {
				missing[i] = true
			} else {
				v[i] = d.Format(time.DateOnly)
			}
		}
		return stringSeries(name, v, missing)
	}
	ints := func(name string, get func(r *DyadPeriod) int64) series.Series {
		v := make([]int, n)
		for i := range rows {
			v[i] = int(get(&rows[i]))
		}
		return series.New(v, series.Int, name)
	}
	floats := func(name string, get func(r *DyadPeriod) float64) series.Series {
		v := make([]float64, n)
		for i := range rows {
			v[i] = get(&rows[i])
		}
		return series.New(v, series.Float, name)
	}
	quad := func(name string, q cameo.Quad) series.Series {
		return floats(name, func(r *DyadPeriod) float64 { return r.Quad[q].Float() })
	}
	return dataframe.New(
		strs("dyad", func(r *DyadPeriod) string { return r.Dyad.String() }),
		strs("a", func(r *DyadPeriod) string { return r.Dyad.A }),
		strs("b", func(r *DyadPeriod) string { return r.Dyad.B }),
		date("start", func(r *DyadPeriod) time.Time { return r.Start }),
		ints("n", func(r *DyadPeriod) int64 { return r.N }),
		ints("reports", func(r *DyadPeriod) int64 { return r.Reports }),
		floats("w", func(r *DyadPeriod) float64 { return r.W.Float() }),
		floats("w2", func(r *DyadPeriod) float64 { return r.W2.Float() }),
		floats("gw", func(r *DyadPeriod) float64 { return r.GW.Float() }),
		floats("gw2", func(r *DyadPeriod) float64 { return r.GW2.Float() }),
		floats("wg", func(r *DyadPeriod) float64 { return r.WG.Float() }),
		floats("wg2", func(r *DyadPeriod) float64 { return r.WG2.Float() }),
		floats("mean_goldstein", func(r *DyadPeriod) float64 { return r.MeanGoldstein() }),
		floats("neff", func(r *DyadPeriod) float64 { return r.NEff() }),
		floats("tw", func(r *DyadPeriod) float64 { return r.TW.Float() }),
		floats("wt", func(r *DyadPeriod) float64 { return r.WT.Float() }),
		floats("mean_tone", func(r *DyadPeriod) float64 { return r.MeanTone() }),
		quad("w_verbal_coop", cameo.VerbalCoop),
		quad("w_material_coop", cameo.MaterialCoop),
		quad("w_verbal_conflict", cameo.VerbalConflict),
		quad("w_material_conflict", cameo.MaterialConflict),
		quad("w_neutral", cameo.Neutral),
		quad("w_quad_unknown", cameo.QuadUnknown),
		date("first", func(r *DyadPeriod) time.Time { return r.First }),
		date("last", func(r *DyadPeriod) time.Time { return r.Last }),
	)
}

// ReadFrame reads every event of path (see ReadFile) into an EventsFrame.
// The Report is returned even on error.
//
// Cost: every event and every cell are held in memory at once — measured
// at about 2.3 KB of peak memory per GDELT event (19 s and 4.6 GB for 2
// million rows; see the package notes above). Filter while reading
// (ReadOptions.Filter) or aggregate first (AggregateFiles, StatsFrame) for
// big files.
func ReadFrame(path string, opts *ReadOptions) (dataframe.DataFrame, *Report, error) {
	events, rep, err := ReadFile(path, opts)
	if err != nil {
		return dataframe.DataFrame{Err: err}, rep, err
	}
	return EventsFrame(events), rep, nil
}

// stringSeries builds a String series that keeps every value as written:
// gota reads the string "NaN" as missing, so such values are set through
// an element that gota copies verbatim. missing (optional) marks NA.
func stringSeries(name string, v []string, missing []bool) series.Series {
	s := series.New(v, series.String, name)
	for i, x := range v {
		switch {
		case missing != nil && missing[i]:
			s.Elem(i).Set(nil) // NA
		case x == "NaN":
			s.Elem(i).Set(verbatim(x))
		}
	}
	return s
}

// verbatim is a series.Element whose String gota's String elements copy
// without interpreting "NaN" as missing. Only Set(verbatim) is used.
type verbatim string

func (v verbatim) Set(interface{})                 {}
func (v verbatim) Eq(e series.Element) bool        { return string(v) == e.String() }
func (v verbatim) Neq(e series.Element) bool       { return string(v) != e.String() }
func (v verbatim) Less(e series.Element) bool      { return string(v) < e.String() }
func (v verbatim) LessEq(e series.Element) bool    { return string(v) <= e.String() }
func (v verbatim) Greater(e series.Element) bool   { return string(v) > e.String() }
func (v verbatim) GreaterEq(e series.Element) bool { return string(v) >= e.String() }
func (v verbatim) Copy() series.Element            { return v }
func (v verbatim) Val() series.ElementValue        { return string(v) }
func (v verbatim) String() string                  { return string(v) }
func (v verbatim) Int() (int, error)               { return 0, ErrBadNumber }
func (v verbatim) Float() float64                  { return math.NaN() }
func (v verbatim) Bool() (bool, error)             { return false, ErrBadNumber }
func (v verbatim) IsNA() bool                      { return false }
func (v verbatim) Type() series.Type               { return series.String }
