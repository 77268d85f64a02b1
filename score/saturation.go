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

// Proportional is the plain saturation: the effect of a push is
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

// DefaultStickiness is Sticky's λ when its field is zero.
const DefaultStickiness = 0.5

// Sticky is the level's default saturation: Proportional slowed near the
// bound the level is at, by a factor that a stickiness λ in (0, 1) sets.
// For a push p > 0
//
//	dL/dp = (9 − L)(9 + λL)/162 = (9 − L)/18 · (1 + λL/9)
//
// and for p < 0, by symmetry, dL/dp = (9 + L)(9 − λL)/162. λ = 0 is
// Proportional and λ = 1 Logistic (up to its scale); the zero value means
// DefaultStickiness = 0.5. The step is the exact solution of that
// equation over the push: with R = (9 + λL)/(9 − L)·exp((1 + λ)p/18),
//
//	L' = 9(R − 1)/(R + λ)   for p ≥ 0,   and L' = −Step(−L, −p) for p < 0,
//
// so no push can leave [−9, 9] and pushes of one sign compose (two steps
// equal one with their sum).
//
// Why: under Proportional a cooperative push moves a hostile relationship
// most — at L = −7 it has 16/18 of its effect, eight times the effect of a
// conflictual one — so a single round of talks lifts a war out of
// confrontation, and a long-hostile pair warms in a few gestures. Analysts
// read entrenched relations the other way: distrust discounts gestures,
// and trust buffers a first dispute. Sticky keeps Proportional's bound
// (an event's effect shrinks to zero as the level nears the bound it
// pushes toward) but lowers the effect of a move away from the level's own
// side: at L = −7 with λ = 0.5 a cooperative push has 0.54 of its effect
// and a conflictual one 0.15 (a ratio of 3.5 instead of 8); at L = 0 both
// have 1/2, as under Proportional. On the far side of the scale the effect
// of a push is nearly constant (for λ = 0.5 a cooperative push has 1/2 of
// its effect at −9, 0.5625 at −4.5 and 1/2 at 0) and from there it shrinks
// to zero at the bound it pushes toward. Logistic (λ = 1) goes further and
// freezes a level near either bound, which the chronology shows to be too
// much (see LevelOptions).
type Sticky struct {
	// Stickiness is λ in (0, 1) (default DefaultStickiness); values
	// outside [0, 1) panic.
	Stickiness float64
}

// Name returns "sticky".
func (Sticky) Name() string { return "sticky" }

func (s Sticky) lambda() float64 {
	l := s.Stickiness
	if l == 0 {
		return DefaultStickiness
	}
	if !(l > 0 && l < 1) {
		panic("score: Sticky.Stickiness must be in [0, 1)")
	}
	return l
}

// Step implements Saturation.
func (s Sticky) Step(level, push float64) float64 {
	lam := s.lambda()
	if math.IsNaN(push) || push == 0 {
		return level
	}
	l := clampLevel(level)
	if push < 0 {
		return -stickyUp(-l, -push, lam)
	}
	return stickyUp(l, push, lam)
}

// stickyUp is Sticky's step for a positive push.
func stickyUp(l, p, lam float64) float64 {
	if l >= MaxLevel {
		return MaxLevel
	}
	r := (MaxLevel + lam*l) / (MaxLevel - l) * math.Exp((1+lam)*p/(2*MaxLevel))
	if math.IsInf(r, 1) || math.IsNaN(r) {
		return MaxLevel
	}
	return clampLevel(MaxLevel * (r - 1) / (r + lam))
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

// SaturationNames lists the names SaturationByName accepts, the default
// first.
func SaturationNames() []string { return []string{"sticky", "proportional", "linear", "logistic"} }

// SaturationByName returns "sticky" (also for ""; the level's default),
// "proportional", "linear" or "logistic".
func SaturationByName(name string) (Saturation, bool) {
	switch name {
	case "sticky", "":
		return Sticky{}, true
	case "proportional":
		return Proportional{}, true
	case "linear":
		return Linear{}, true
	case "logistic":
		return Logistic{}, true
	}
	return nil, false
}
