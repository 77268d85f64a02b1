package dataset

import (
	"fmt"
	"math"
	"strings"
)

// Weight chooses how much each event counts in a dyad-period aggregate
// (the w of Stats). The zero value is WeightOne.
//
// The count weights read an unknown count (0, or a negative number) as 1:
// an event that was reported at all was reported at least once, and
// reading it as 0 would silently drop events whose source did not record
// the counts (ICEWS, PLOVER and most hand-made files). Events carrying a
// report count from deduplication (Event.Reports > 1) still weigh what their
// merged counts say; Stats.Reports keeps the number of reports apart.
type Weight int8

const (
	// WeightOne gives every event weight 1: the statistics are event
	// counts. This is the default.
	WeightOne Weight = iota
	// WeightMentions weighs an event by its number of mentions
	// (GDELT NumMentions; unknown read as 1).
	WeightMentions
	// WeightSources weighs an event by its number of distinct sources
	// (GDELT NumSources; unknown read as 1).
	WeightSources
	// WeightArticles weighs an event by its number of source documents
	// (GDELT NumArticles; unknown read as 1).
	WeightArticles
	// WeightLogSources weighs an event by log(1 + sources), the damped
	// variant that keeps one widely syndicated story from dominating a
	// month (unknown sources read as 1, so the weight is log 2 ≈ 0.693).
	WeightLogSources
)

var weightNames = [...]string{
	WeightOne:        "one",
	WeightMentions:   "mentions",
	WeightSources:    "sources",
	WeightArticles:   "articles",
	WeightLogSources: "log-sources",
}

// Weights returns every weight, in declaration order.
func Weights() []Weight {
	return []Weight{WeightOne, WeightMentions, WeightSources, WeightArticles, WeightLogSources}
}

// String returns "one", "mentions", "sources", "articles" or "log-sources",
// the names ParseWeight reads.
func (w Weight) String() string {
	if w < 0 || int(w) >= len(weightNames) {
		return fmt.Sprintf("Weight(%d)", int8(w))
	}
	return weightNames[w]
}

// Valid reports whether w is one of the declared weights.
func (w Weight) Valid() bool { return w >= 0 && int(w) < len(weightNames) }

// ParseWeight reads the names String returns, case-insensitively; it also
// accepts "" and "1" for WeightOne and "logsources" / "log_sources" for
// WeightLogSources.
func ParseWeight(s string) (Weight, error) {
	t := strings.ToLower(strings.TrimSpace(s))
	switch t {
	case "", "1":
		return WeightOne, nil
	case "logsources", "log_sources":
		return WeightLogSources, nil
	}
	for i, name := range weightNames {
		if t == name {
			return Weight(i), nil
		}
	}
	return WeightOne, badValue("dataset: unknown weight %q (want one, mentions, sources, articles or log-sources)", s)
}

// Of returns the weight of e: 1, or its count (unknown read as 1), or
// log(1 + sources). It panics on an undeclared Weight (programmer misuse).
func (w Weight) Of(e *Event) float64 {
	switch w {
	case WeightOne:
		return 1
	case WeightMentions:
		return float64(knownCount(e.Mentions))
	case WeightSources:
		return float64(knownCount(e.Sources))
	case WeightArticles:
		return float64(knownCount(e.Articles))
	case WeightLogSources:
		return logOnePlus(knownCount(e.Sources))
	}
	panic(fmt.Sprintf("dataset: invalid Weight %d", int8(w)))
}

// ofCounts is Of for the raw counts (the fast GDELT path uses it, so both
// paths compute bit-identical weights).
func (w Weight) ofCounts(mentions, sources, articles int) float64 {
	switch w {
	case WeightMentions:
		return float64(knownCount(mentions))
	case WeightSources:
		return float64(knownCount(sources))
	case WeightArticles:
		return float64(knownCount(articles))
	case WeightLogSources:
		return logOnePlus(knownCount(sources))
	}
	return 1
}

// knownCount reads an unknown count (≤ 0) as 1.
func knownCount(n int) int {
	if n <= 0 {
		return 1
	}
	return n
}

// logTable caches log(1+n) for small n; the values are math.Log's.
var logTable = func() [256]float64 {
	var t [256]float64
	for i := range t {
		t[i] = math.Log(1 + float64(i))
	}
	return t
}()

func logOnePlus(n int) float64 {
	if n >= 0 && n < len(logTable) {
		return logTable[n]
	}
	return math.Log(1 + float64(n))
}
