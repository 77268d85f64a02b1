package score

import (
	"fmt"
	"math"
	"time"

	"github.com/entente/entente/chronology"
	"github.com/entente/entente/dataset"
)

// ReadingsOptions configure CheckReadings. A nil *ReadingsOptions, and
// every zero field, means the default.
type ReadingsOptions struct {
	// Scale multiplies the model's values before they are read on the
	// level's grades (Grades). The default is 9/h for a model whose
	// natural bounds (a Range() (lo, hi float64) method) are −h…+h with h
	// finite: 1 for the level, 0.9 for the models on the Goldstein scale
	// (±10, the mapping the level's start uses), 9 for net cooperation
	// (±1). A model without such bounds (sums, shares, ratios) has no
	// grades: its grade readings are not scored. A negative Scale scores
	// no grade reading.
	Scale float64
}

// ReadingCheck is how one series reads one chronology.Reading.
//
// A grade reading is scored when the series has a value in at least one
// of its months (and the model has grades, see ReadingsOptions); it holds
// when at least Share of those months read (value × Scale) in the grades
// Lowest…Highest and none is warmer than NeverAbove. An order reading is
// scored when both spans have a value; it holds when the mean of the
// series over the reading's span is above the mean over the other span
// (the other dyad's series for a comparison across dyads). Months are the
// panel's periods whose start falls in From…To (months of a monthly
// panel); NaN values are skipped.
type ReadingCheck struct {
	Reading chronology.Reading
	Scored  bool
	Held    bool
	// Months is the number of months with a value; In the months in the
	// grades Lowest…Highest; Below the months colder than Lowest; Above
	// the months warmer than NeverAbove (grade readings).
	Months, In, Below, Above int
	// Mean and OtherMean are the two spans' means (order readings; NaN
	// otherwise).
	Mean, OtherMean float64
}

// String describes the check in one line, with the reading's line in
// chronology/readings.csv.
func (c ReadingCheck) String() string {
	r := c.Reading
	span := r.From.Format("2006-01") + ".." + r.To.Format("2006-01")
	verdict := "held"
	switch {
	case !c.Scored:
		verdict = "not scored"
	case !c.Held:
		verdict = "MISSED"
	}
	if r.Kind == chronology.KindOrder {
		return fmt.Sprintf("line %d %s %s %s (%.2f) warmer than %s %s..%s (%.2f)", r.Line, verdict, r.Dyad, span, c.Mean,
			r.OtherDyad, r.OtherFrom.Format("2006-01"), r.OtherTo.Format("2006-01"), c.OtherMean)
	}
	want := r.Lowest
	if r.Highest != r.Lowest {
		want += " to " + r.Highest
	}
	s := fmt.Sprintf("line %d %s %s %s: %d of %d months %s (want %.0f %%), %d colder", r.Line, verdict, r.Dyad, span, c.In, c.Months, want, 100*r.Share, c.Below)
	if r.NeverAbove != "" {
		s += fmt.Sprintf(", %d above %s", c.Above, r.NeverAbove)
	}
	return s
}

// ReadingsResult is a model's reading of a list of history readings.
type ReadingsResult struct {
	Model string
	// Scale is the factor the grade readings were read with (0: the
	// model has no grades and no grade reading was scored).
	Scale float64
	// Grades and Orders count the scored readings of each kind, GradesHeld
	// and OrdersHeld those that held; Unscored the readings not scored (a
	// span without a value, a dyad the panel does not hold, or a grade
	// reading of a model without grades).
	Grades, GradesHeld, Orders, OrdersHeld, Unscored int
	Checks                                           []ReadingCheck
}

// Colder reports whether a missed grade reading read colder than the
// history: too few of its months fell in Lowest…Highest, and more of the
// others fell below Lowest than above Highest. It is false for a reading
// that held, was not scored or missed only by a month above NeverAbove,
// and for order readings.
func (c ReadingCheck) Colder() bool {
	r := c.Reading
	return c.Scored && !c.Held && r.Kind == chronology.KindGrade && float64(c.In) < r.Share*float64(c.Months) && 2*c.Below > c.Months-c.In
}

// Half returns the readings of one half (chronology.Reading.HeldApart)
// that were scored and that held, of both kinds: tune on the tuning half
// (heldApart false), quote the held-apart one.
func (r *ReadingsResult) Half(heldApart bool) (scored, held int) {
	for _, c := range r.Checks {
		if c.Scored && c.Reading.HeldApart() == heldApart {
			scored++
			if c.Held {
				held++
			}
		}
	}
	return scored, held
}

// Held returns the readings that held, of both kinds.
func (r *ReadingsResult) Held() int { return r.GradesHeld + r.OrdersHeld }

// Scored returns the readings scored, of both kinds.
func (r *ReadingsResult) Scored() int { return r.Grades + r.Orders }

// CheckReadings scores model m on history readings (chronology.Readings:
// where relationships stood over spans of documented history, written
// blind to every model) over panel p: see ReadingCheck for when a reading
// holds and ReadingsOptions for how a model's values are read on the
// level's grades. Each dyad is scored once, undirected. It returns the
// model's errors, except a dyad with too little data, whose readings are
// not scored. The readings are monthly: it panics if a series of the
// model is not (a panel of other periods is misuse).
func CheckReadings(m Model, p *Panel, readings []chronology.Reading, opts *ReadingsOptions) (*ReadingsResult, error) {
	scale := readingsScale(m, opts)
	res := &ReadingsResult{Model: m.Name(), Scale: scale}
	series := map[dataset.Dyad]*Series{}
	get := func(d dataset.Dyad) (*Series, error) {
		d = d.Undirected()
		if s, ok := series[d]; ok {
			return s, nil
		}
		s, err := m.Score(p, d)
		if err != nil {
			if !isDataShortage(err) {
				return nil, err
			}
			s = nil
		}
		if s != nil && s.Granularity != dataset.Month {
			panic("score: CheckReadings: the readings are monthly, the series is " + s.Granularity.String() + "ly")
		}
		series[d] = s
		return s, nil
	}
	for _, r := range readings {
		c := ReadingCheck{Reading: r, Mean: math.NaN(), OtherMean: math.NaN()}
		s, err := get(r.Dyad)
		if err != nil {
			return nil, err
		}
		switch r.Kind {
		case chronology.KindGrade:
			if scale > 0 && s != nil {
				c.gradeCheck(s, scale)
			}
			if c.Scored {
				res.Grades++
				if c.Held {
					res.GradesHeld++
				}
			}
		case chronology.KindOrder:
			o, err := get(r.OtherDyad)
			if err != nil {
				return nil, err
			}
			if s != nil && o != nil {
				c.Mean = spanMean(s, r.From, r.To)
				c.OtherMean = spanMean(o, r.OtherFrom, r.OtherTo)
				c.Scored = !math.IsNaN(c.Mean) && !math.IsNaN(c.OtherMean)
				c.Held = c.Scored && c.Mean > c.OtherMean
			}
			if c.Scored {
				res.Orders++
				if c.Held {
					res.OrdersHeld++
				}
			}
		}
		if !c.Scored {
			res.Unscored++
		}
		res.Checks = append(res.Checks, c)
	}
	return res, nil
}

// readingsScale is ReadingsOptions.Scale with its default.
func readingsScale(m Model, opts *ReadingsOptions) float64 {
	if opts != nil && opts.Scale != 0 {
		if math.IsNaN(opts.Scale) || math.IsInf(opts.Scale, 0) {
			panic("score: ReadingsOptions.Scale must be finite")
		}
		if opts.Scale < 0 {
			return 0
		}
		return opts.Scale
	}
	r, ok := m.(ranger)
	if !ok {
		return 0
	}
	lo, hi := r.Range()
	if !(hi > 0) || math.IsInf(hi, 0) || lo != -hi {
		return 0
	}
	return MaxLevel / hi
}

// inSpan reports whether a period starting at t falls in the months
// from…to (to's month included).
func inSpan(t, from, to time.Time) bool {
	return !t.Before(from) && t.Before(to.AddDate(0, 1, 0))
}

func (c *ReadingCheck) gradeCheck(s *Series, scale float64) {
	r := c.Reading
	for _, pt := range s.Points {
		if math.IsNaN(pt.Value) || !inSpan(pt.Start, r.From, r.To) {
			continue
		}
		c.Months++
		g := Grade(pt.Value * scale)
		if r.Allows(g) {
			c.In++
		} else if GradeIndex(pt.Value*scale) < chronology.GradeRank(r.Lowest) {
			c.Below++
		}
		if r.Exceeds(g) {
			c.Above++
		}
	}
	c.Scored = c.Months > 0
	c.Held = c.Scored && float64(c.In) >= r.Share*float64(c.Months) && c.Above == 0
}

// spanMean is the mean of the series' values in the months from…to, NaN
// when none has a value.
func spanMean(s *Series, from, to time.Time) float64 {
	var sum float64
	n := 0
	for _, pt := range s.Points {
		if math.IsNaN(pt.Value) || !inSpan(pt.Start, from, to) {
			continue
		}
		sum += pt.Value
		n++
	}
	if n == 0 {
		return math.NaN()
	}
	return sum / float64(n)
}
