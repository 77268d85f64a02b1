package report

import (
	"fmt"
	"math"

	"github.com/entente/entente/score"
)

// The level's evidence bands (score/level.go, levelBands): half-width
// z·spread/√(N + 1), N the events behind the level aged at its decay,
// cut to the scale. These mirror score's constants so that the methods
// and captions can state them; TestLevelBandConstants checks them against
// a level that score computes.
const (
	// levelBandSpread is one event's typical spread on the level's scale:
	// a Goldstein weight's standard deviation of 4 points (the prior guess
	// score.DefaultSigma2Prior = 16 = 4²) times 0.9, which maps the ±10
	// Goldstein scale onto the level's ±9.
	levelBandSpread = 0.9 * 4
	// levelBandZOuter and levelBandZInner are the standard normal's 97.5 %
	// and 90 % quantiles, to two decimals as the text writes them.
	levelBandZOuter = 1.96
	levelBandZInner = 1.28
)

// levelBandHalf is the outer band's half-width with n events behind the
// level, before the cut to ±9.
func levelBandHalf(n float64) float64 {
	return levelBandZOuter * levelBandSpread / math.Sqrt(n+1)
}

// levelBandsMethod is the methods' explanation of the level's two evidence
// bands: the formula, where 3.6 and the z values come from, why they are
// not probability intervals, and the cut at the scale's ends.
func levelBandsMethod() string {
	return fmt.Sprintf("The shaded bands are evidence bands, two of them: half-width z·%s/√(N + 1), N the events behind the level, each counting %s less for every month it has aged (the level's own pull toward the record), and %s = 0.9 × 4 one event's typical spread on the level's scale (a Goldstein weight's standard deviation of about 4 points, times the 0.9 that maps the ±10 Goldstein scale onto the level's ±9). z = %s for the outer, lighter band and %s for the inner, darker one: the normal quantiles that would make them the 95 %% and 80 %% intervals of the mean of N + 1 independent events; the level is a running sum of pushes, not such a mean, so the bands measure the evidence behind a value, not the probability that the relationship lies inside them. One event gives ±%s, ten recent ones ±%s, a hundred ±%s; both bands are cut at ±%s, the ends of the scale.",
		num(levelBandSpread, 1), pct(score.DefaultLevelDecay), num(levelBandSpread, 1), num(levelBandZOuter, 2), num(levelBandZInner, 2),
		num(levelBandHalf(1), 1), num(levelBandHalf(10), 1), num(levelBandHalf(100), 1), num(score.MaxLevel, 0))
}

// levelBandsCaption is the level chart's caption sentence on its bands.
func levelBandsCaption() string {
	return fmt.Sprintf("Shaded: its evidence bands, z·%s/√(N + 1) either side with z = %s (inner, darker) and %s (outer), N the events behind it (recent ones counting more), cut at ±%s: wide where few events stand behind the value; a measure of evidence, not a probability (see the methods).",
		num(levelBandSpread, 1), num(levelBandZInner, 2), num(levelBandZOuter, 2), num(score.MaxLevel, 0))
}
