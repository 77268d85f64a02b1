package report

import (
	"math"
	"strings"
	"testing"
	"time"

	"github.com/entente/entente/dataset"
	"github.com/entente/entente/score"
)

func TestTableMarkdownAndHTML(t *testing.T) {
	tab := &Table{
		Caption: "Two <rows>",
		Header:  []string{"name", "value"},
		Rows:    [][]string{{"a|b", "1.5"}, {"<x> & y"}}, // the second row is short: padded
		Right:   []bool{false, true},
	}
	wantMD := "**Two <rows>**\n\n| name | value |\n| --- | ---: |\n| a\\|b | 1.5 |\n| <x> & y |  |\n"
	if got := tab.Markdown(); got != wantMD {
		t.Errorf("Markdown:\n%q\nwant\n%q", got, wantMD)
	}
	h := tab.HTML()
	for _, want := range []string{
		"<caption>Two &lt;rows&gt;</caption>",
		`<td style="text-align:left">&lt;x&gt; &amp; y</td><td style="text-align:right"></td>`,
		`<th style="text-align:right">value</th>`,
	} {
		if !strings.Contains(h, want) {
			t.Errorf("HTML lacks %q:\n%s", want, h)
		}
	}
}

func TestAlignmentTable(t *testing.T) {
	// The profiles of score's hand test (align_test.go): S between A and B
	// over C, D, E is 1 − 2·10/(3·20) = 2/3, shown as 0.67; the diagonal 1.
	p := score.NewProfiles([]string{"A", "B"}, []string{"A", "B", "C", "D", "E"}, []time.Time{time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)})
	p.Lo, p.Hi = -10, 10
	for _, c := range []struct {
		r, c string
		v    float64
	}{{"A", "B", 5}, {"A", "C", 2}, {"A", "D", -4}, {"A", "E", 6}, {"B", "A", -7}, {"B", "C", 4}, {"B", "D", -4}, {"B", "E", -2}} {
		if err := p.Set(0, c.r, c.c, c.v); err != nil {
			t.Fatal(err)
		}
	}
	m, err := score.AlignPeriod(p, 0, nil)
	if err != nil {
		t.Fatal(err)
	}
	md := AlignmentTable(m).Markdown()
	for _, want := range []string{"**s, 2020-01-01**", "|  | A | B |", "| A | 1.00 | 0.67 |", "| B | 0.67 | 1.00 |"} {
		if !strings.Contains(md, want) {
			t.Errorf("Markdown lacks %q:\n%s", want, md)
		}
	}
}

func TestSummaryAndParamsTables(t *testing.T) {
	s := &score.Series{Dyad: dataset.Dyad{A: "CHN", B: "RUS"}, Model: "kalman", Granularity: dataset.Month,
		Params: []score.Param{{Name: "q", Value: 0.012345678}, {Name: "sigma2", Value: 12.5}}}
	for i, v := range []float64{1.234, math.NaN(), -0.5} {
		p := score.NewPoint(time.Date(2024, time.Month(1+i), 1, 0, 0, 0, 0, time.UTC))
		p.Value, p.N = v, int64(i+1)
		if !math.IsNaN(v) {
			p.Lower, p.Upper = v-1, v+1
		}
		s.Points = append(s.Points, p)
	}
	set := &score.SeriesSet{}
	set.Add(s)
	// by hand: 3 periods, 2 scored, 1+2+3 = 6 events, last value −0.5 in
	// [−1.5, 0.5] (its 95 % band, column "band"), range −0.5 … 1.234; kalman is on the Goldstein scale, so
	// to 0.1 (format.go's rule): 1.234 → 1.2
	want := "| CHN-RUS | kalman | 3 | 2 | 6 | 2024-01-01 | 2024-03-01 | −0.5 | −1.5 … 0.5 | −0.5 | 1.2 |"
	if md := SummaryTable(set).Markdown(); !strings.Contains(md, want) {
		t.Errorf("summary:\n%s\nwant the row\n%s", md, want)
	}
	// fitted variances to 2 significant digits (paramText): 0.012345678 →
	// 0.012, 12.5 → 13
	if md := ParamsTable([]*score.Series{s}).Markdown(); !strings.Contains(md, "| CHN-RUS | kalman | 0.012 | 13 |") {
		t.Errorf("params:\n%s", md)
	}
}

func TestStatsTable(t *testing.T) {
	r := dataset.DyadPeriod{Dyad: dataset.Dyad{A: "CHN", B: "RUS"}, Start: time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC)}
	// three events: +7 (material cooperation, 2 reports), +4 and −2 (verbal
	// cooperation, verbal conflict): mean 3, shares 1/3 each of three classes
	r.Stats.AddValues(dataset.EventValues{Date: r.Start, Weight: 1, Goldstein: 7, Quad: 2, Tone: math.NaN(), Reports: 2})
	r.Stats.AddValues(dataset.EventValues{Date: r.Start, Weight: 1, Goldstein: 4, Quad: 1, Tone: math.NaN(), Reports: 1})
	r.Stats.AddValues(dataset.EventValues{Date: r.Start, Weight: 1, Goldstein: -2, Quad: 3, Tone: math.NaN(), Reports: 1})
	md := StatsTable([]dataset.DyadPeriod{r}, dataset.Month).Markdown()
	// the mean Goldstein weight to 0.1 (format.go's rule)
	if want := "| CHN-RUS | May 2024 | 3 | 4 | 3.0 | 33 % | 33 % | 33 % | 0 % |"; !strings.Contains(md, want) {
		t.Errorf("stats:\n%s\nwant the row\n%s", md, want)
	}
}

func TestEventTableHighlightsEvidence(t *testing.T) {
	art := dataset.Article{ID: "a1", Title: "Xi meets Putin", Text: "Xi met Putin. Xi signed a deal with Putin <today>."}
	doc := art.Document() // "Xi meets Putin\n\nXi met Putin. Xi signed a deal with Putin <today>."
	sentence := "Xi signed a deal with Putin <today>."
	start := strings.Index(doc, "signed a deal")
	e := dataset.NewEvent()
	e.Date = time.Date(2024, 5, 16, 0, 0, 0, 0, time.UTC)
	e.Source.Code, e.Target.Code = "CHNGOV", "RUSGOV"
	e.SetCode("057")
	e.Evidence = []dataset.Evidence{
		{Doc: "a1", Sentence: 2, Start: start, End: start + len("signed a deal"), Text: sentence, Rule: "verb sign + agreement"},
		{Doc: "other", Text: "Unknown document."},
		{Doc: "a1", Text: "third"},
	}
	tab := NewEventTable([]dataset.Event{e}, []dataset.Article{art})
	h := tab.HTML()
	for _, want := range []string{
		"Xi <mark>signed a deal</mark> with Putin &lt;today&gt;.",
		"<small>(verb sign + agreement)</small>",
		"Unknown document.", // shown, unhighlighted
		"CHNGOV → RUSGOV",
		"057 Sign formal agreement",
	} {
		if !strings.Contains(h, want) {
			t.Errorf("HTML lacks %q:\n%s", want, h)
		}
	}
	if strings.Count(h, "<mark>") != 1 {
		t.Errorf("want exactly one highlight:\n%s", h)
	}
	tab.Evidence = 1
	md := tab.Markdown()
	if !strings.Contains(md, "a1: Xi **signed a deal** with Putin <today>. (verb sign + agreement) · … and 2 more") {
		t.Errorf("Markdown:\n%s", md)
	}
	// Offsets outside the sentence (a stale document) fall back to the
	// plain sentence.
	tab.Documents["a1"] = "something else entirely"
	if h := tab.HTML(); strings.Contains(h, "<mark>") {
		t.Errorf("highlighted against the wrong document:\n%s", h)
	}
}

func TestChangeAndExplanationTables(t *testing.T) {
	// A step from 0 to 5 after four months, with a ±0.05 zigzag so the
	// noise variance is not zero (hand-made): a change point at the fifth
	// month with a shift of +5.
	var ts []time.Time
	var ys []float64
	for i := 0; i < 8; i++ {
		ts = append(ts, time.Date(2021, time.Month(1+i), 1, 0, 0, 0, 0, time.UTC))
		v := 0.0
		if i >= 4 {
			v = 5
		}
		ys = append(ys, v+0.1*float64(i%2)-0.05)
	}
	r, err := score.ChangePoints(ts, ys, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	md := ChangeTable(r).Markdown()
	// to 0.1 (format.go's rule): before −0.05+… ≈ 0.0, after ≈ 5.0
	if !strings.Contains(md, "| 2021-05-01 | 0.0 | 5.0 | +5.0 |") {
		t.Errorf("%d change points:\n%s", len(r.Points), md)
	}
	// Two events of one month: +7 and +1, mean 4 (hand calculation);
	// contributions (w·g − w·mean)/Σw = +1.5 and −1.5.
	mk := func(code string) dataset.Event {
		e := dataset.NewEvent()
		e.Date = time.Date(2024, 5, 16, 0, 0, 0, 0, time.UTC)
		e.Source.Country, e.Target.Country = "RUS", "CHN"
		e.SetCode(code)
		e.Description = "event " + code
		return e
	}
	evs := []dataset.Event{mk("057"), mk("010")}
	x, err := score.Explain(evs, dataset.Dyad{A: "CHN", B: "RUS"}, time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC), nil)
	if err != nil {
		t.Fatal(err)
	}
	tabs := ExplanationTables(x)
	if len(tabs.List) == 0 {
		t.Fatal("no table")
	}
	h := tabs.HTML()
	if !strings.Contains(h, "event 057") || !strings.Contains(h, "event 010") || !strings.Contains(h, "2 events, 0 without a value") {
		t.Errorf("explanation:\n%s", h)
	}
}
