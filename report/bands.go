package report

import (
	"fmt"

	"github.com/entente/entente/score"
)

// The level's evidence bands are score's (LevelBandSpread, LevelBandZ,
// LevelBandHalfWidth): half-width z·3.6/√(N + 1), N the events behind the
// level aged at its decay, cut to the scale; the methods and captions
// state them from there.

// levelBandsMethod is the methods' explanation of the level's two evidence
// bands: the formula, where 3.6 and the z values come from, why they are
// not probability intervals, and the cut at the scale's ends.
func levelBandsMethod() string {
	return fmt.Sprintf("The shaded bands are evidence bands, two of them: half-width z·%s/√(N + 1), N the events behind the level, each counting %s less for every month it has aged (the level's own pull toward the record), and %s = 0.9 × 4 one event's typical spread on the level's scale (a Goldstein weight's standard deviation of about 4 points, times the 0.9 that maps the ±10 Goldstein scale onto the level's ±9). z = %s for the outer, lighter band and %s for the inner, darker one: the normal quantiles that would make them the 95 %% and 80 %% intervals of the mean of N + 1 independent events; the level is a running sum of pushes, not such a mean, so the bands measure the evidence behind a value, not the probability that the relationship lies inside them. One event gives ±%s, ten recent ones ±%s, a hundred ±%s; both bands are cut at ±%s, the ends of the scale.",
		num(score.LevelBandSpread, 1), pct(score.DefaultLevelDecay), num(score.LevelBandSpread, 1), num(score.LevelBandZ(false), 2), num(score.LevelBandZ(true), 2),
		num(score.LevelBandHalfWidth(1, false), 1), num(score.LevelBandHalfWidth(10, false), 1), num(score.LevelBandHalfWidth(100, false), 1), num(score.MaxLevel, 0))
}

// levelBandsCaption is the level chart's caption sentence on its bands.
func levelBandsCaption() string {
	return fmt.Sprintf("Shaded: its evidence bands, z·%s/√(N + 1) either side with z = %s (inner, darker) and %s (outer), N the events behind it (recent ones counting more), cut at ±%s: wide where few events stand behind the value; a measure of evidence, not a probability (see the methods).",
		num(score.LevelBandSpread, 1), num(score.LevelBandZ(true), 2), num(score.LevelBandZ(false), 2), num(score.MaxLevel, 0))
}
