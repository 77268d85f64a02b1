package plots

import (
	"math"
	"strconv"
	"strings"

	"gonum.org/v1/plot"
)

// niceTicks is a value-axis ticker: steps of 1, 2 or 5 × 10^k giving
// about n labelled ticks (0 means 6), labels with a true minus sign.
type niceTicks struct{ n int }

func (t niceTicks) Ticks(min, max float64) []plot.Tick {
	if !(min < max) || math.IsInf(min, 0) || math.IsInf(max, 0) {
		return nil
	}
	n := t.n
	if n < 2 {
		n = 6
	}
	// the 1-2-5 step whose tick count is nearest n (ties: fewer ticks)
	raw := (max - min) / float64(n-1)
	mag := math.Pow(10, math.Floor(math.Log10(raw)))
	step, bestDiff := 0.0, math.Inf(1)
	for _, f := range []float64{0.1, 1, 10} {
		for _, m := range []float64{1, 2, 5} {
			st := m * mag * f
			cnt := math.Floor(max/st+1e-9) - math.Ceil(min/st-1e-9) + 1
			diff := math.Abs(cnt - float64(n))
			if diff < bestDiff || (diff == bestDiff && st > step) {
				step, bestDiff = st, diff
			}
		}
	}
	prec := 0
	if step < 1 {
		prec = int(math.Ceil(-math.Log10(step)))
		if math.Abs(step*math.Pow(10, float64(prec))-math.Round(step*math.Pow(10, float64(prec)))) > 1e-9 {
			prec++
		}
	}
	var out []plot.Tick
	for v := math.Ceil(min/step-1e-9) * step; v <= max+step*1e-9; v += step {
		x := math.Round(v/step) * step
		out = append(out, plot.Tick{Value: x, Label: formatNumber(x, prec)})
		if len(out) > 100 {
			break
		}
	}
	return out
}

// formatNumber formats v with prec decimals (trailing zeros dropped) and
// writes negatives with U+2212 MINUS SIGN.
func formatNumber(v float64, prec int) string {
	if v == 0 {
		v = 0 // no "-0"
	}
	s := strconv.FormatFloat(v, 'f', prec, 64)
	if prec > 0 && strings.Contains(s, ".") {
		s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	}
	if strings.HasPrefix(s, "-") {
		s = "−" + s[1:]
	}
	if s == "−0" {
		s = "0"
	}
	return s
}
