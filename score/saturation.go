package score

import "math"

// Saturation turns a push into a new relationship level: Step returns the
// level after a push p (on the scale of Goldstein points times the level's
// gain; positive is cooperative) is applied to level L. Implementations
// must keep the level in [−9, +9] for every finite push and return L
// unchanged for a NaN or zero push, and an event's effect must shrink as L
// nears the bound p pushes toward.
type Saturation interface {
	Step(level, push float64) float64
	Name() string
}

// Proportional is the default saturation: the effect of a push is
// proportional to the distance left to the bound it pushes toward,
//
//	dL/dp = (9 − L)/18   for p > 0,     dL/dp = (L + 9)/18   for p < 0,
//
// applied exactly (the solution of that equation over the push):
//
//	L' = 9 − (9 − L)·exp(−p/18)   for p ≥ 0
//	L' = −9 + (L + 9)·exp(p/18)   for p < 0.
//
// Why: at L = 0 a push moves the level by half its size; near +9 a
// cooperative push barely moves it while a conflictual one still has
// almost full effect (relations at their best have more to lose than to
// gain). Because the step is the exact solution rather than an Euler step
// (Linear), no push, however large, can leave [−9, 9], and two pushes of
// the same sign give the same level as their sum in one step — so weekly
// and monthly updates agree.
type Proportional struct{}

// Name returns "proportional".
func (Proportional) Name() string { return "proportional" }

// Step implements Saturation.
func (Proportional) Step(level, push float64) float64 {
	if math.IsNaN(push) || push == 0 {
		return level
	}
	l := clampLevel(level)
	if push > 0 {
		return clampLevel(MaxLevel - (MaxLevel-l)*math.Exp(-push/(2*MaxLevel)))
	}
	return clampLevel(-MaxLevel + (l+MaxLevel)*math.Exp(push/(2*MaxLevel)))
}

// Linear is the one-step (Euler) form of Proportional, the formula the
// issue sketched:
//
//	L' = L + p·(9 − L)/18   for p > 0,     L' = L + p·(L + 9)/18   for p < 0,
//
// clamped to [−9, 9] (a push larger than 18 in size would overshoot the
// bound). It moves slightly further than Proportional for large pushes.
type Linear struct{}

// Name returns "linear".
func (Linear) Name() string { return "linear" }

// Step implements Saturation.
func (Linear) Step(level, push float64) float64 {
	if math.IsNaN(push) || push == 0 {
		return level
	}
	l := clampLevel(level)
	if push > 0 {
		return clampLevel(l + push*(MaxLevel-l)/(2*MaxLevel))
	}
	return clampLevel(l + push*(l+MaxLevel)/(2*MaxLevel))
}

// Logistic moves an unbounded latent score z and reads the level through a
// tanh link, L = 9·tanh(z), so that
//
//	L' = 9·tanh(atanh(L/9) + p/18).
//
// dL/dp = (1 − (L/9)²)/2: 1/2 at L = 0 like Proportional, but the effect
// shrinks near both bounds whichever way the push goes, so extreme levels
// are sticky (a long-hostile pair warms slowly). Levels are kept within
// 1e−9 of the bounds so that they can always move back.
type Logistic struct{}

// Name returns "logistic".
func (Logistic) Name() string { return "logistic" }

// Step implements Saturation.
func (Logistic) Step(level, push float64) float64 {
	if math.IsNaN(push) || push == 0 {
		return level
	}
	const edge = MaxLevel - 1e-9
	l := math.Max(-edge, math.Min(edge, level))
	return clampLevel(MaxLevel * math.Tanh(math.Atanh(l/MaxLevel)+push/(2*MaxLevel)))
}

func clampLevel(l float64) float64 {
	if l > MaxLevel {
		return MaxLevel
	}
	if l < -MaxLevel {
		return -MaxLevel
	}
	return l
}

// SaturationByName returns "proportional", "linear" or "logistic".
func SaturationByName(name string) (Saturation, bool) {
	switch name {
	case "proportional", "":
		return Proportional{}, true
	case "linear":
		return Linear{}, true
	case "logistic":
		return Logistic{}, true
	}
	return nil, false
}
