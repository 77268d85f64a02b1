package dataset

import (
	"math"
	"strings"
	"testing"
)

func TestWeightOf(t *testing.T) {
	e := NewEvent()
	e.Mentions, e.Sources, e.Articles = 12, 3, 7
	unknown := NewEvent() // all counts 0 (unknown)
	cases := []struct {
		w         Weight
		ev        *Event
		want      float64
		reasoning string
	}{
		{WeightOne, &e, 1, "every event counts 1"},
		{WeightMentions, &e, 12, "NumMentions"},
		{WeightSources, &e, 3, "NumSources"},
		{WeightArticles, &e, 7, "NumArticles"},
		{WeightLogSources, &e, math.Log(4), "log(1+3)"},
		{WeightOne, &unknown, 1, "unknown counts do not matter"},
		{WeightMentions, &unknown, 1, "unknown count (0) read as 1"},
		{WeightSources, &unknown, 1, "unknown count (0) read as 1"},
		{WeightArticles, &unknown, 1, "unknown count (0) read as 1"},
		{WeightLogSources, &unknown, math.Log(2), "unknown sources read as 1: log(1+1)"},
	}
	for _, c := range cases {
		if got := c.w.Of(c.ev); got != c.want {
			t.Errorf("%v.Of = %v, want %v (%s)", c.w, got, c.want, c.reasoning)
		}
		// the fast path computes weights from the raw counts: same bits
		if got := c.w.ofCounts(c.ev.Mentions, c.ev.Sources, c.ev.Articles); got != c.want {
			t.Errorf("%v.ofCounts = %v, want %v", c.w, got, c.want)
		}
	}
	// beyond the cached table, the value is still math.Log's
	big := NewEvent()
	big.Sources = 100000
	if got := WeightLogSources.Of(&big); got != math.Log(100001) {
		t.Errorf("log-sources of 100000 = %v, want %v", got, math.Log(100001))
	}
	for n := 0; n < 300; n++ {
		if got, want := logOnePlus(n), math.Log(1+float64(n)); got != want {
			t.Fatalf("logOnePlus(%d) = %v, want math.Log's %v", n, got, want)
		}
	}
}

func TestWeightParseString(t *testing.T) {
	for _, w := range Weights() {
		got, err := ParseWeight(strings.ToUpper(w.String()))
		if err != nil || got != w {
			t.Errorf("ParseWeight(%q) = %v, %v; want %v", strings.ToUpper(w.String()), got, err, w)
		}
		if !w.Valid() {
			t.Errorf("%v not Valid", w)
		}
	}
	aliases := map[string]Weight{"": WeightOne, "1": WeightOne, " log_sources ": WeightLogSources, "logsources": WeightLogSources}
	for s, want := range aliases {
		if got, err := ParseWeight(s); err != nil || got != want {
			t.Errorf("ParseWeight(%q) = %v, %v; want %v", s, got, err, want)
		}
	}
	if _, err := ParseWeight("tone"); err == nil || !strings.Contains(err.Error(), `"tone"`) {
		t.Errorf("ParseWeight(tone) error = %v, want one naming the value", err)
	}
	if s := Weight(42).String(); s != "Weight(42)" {
		t.Errorf("String of undeclared weight = %q", s)
	}
	if Weight(-1).Valid() || Weight(5).Valid() {
		t.Error("undeclared weights reported valid")
	}
}

func TestWeightOfPanicsOnUndeclared(t *testing.T) {
	defer func() {
		r := recover()
		if r == nil || !strings.HasPrefix(r.(string), "dataset: ") {
			t.Errorf("panic = %v, want a dataset: panic", r)
		}
	}()
	e := NewEvent()
	Weight(9).Of(&e)
}
