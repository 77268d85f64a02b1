package score

import "errors"

// Sentinel errors. Errors returned for data problems wrap one of them, so
// callers can test with errors.Is.
var (
	// ErrTooFewObservations: a model needs more periods with events than
	// the dyad has (the state-space fit needs at least three, four with a
	// trend, to estimate its variances; a change-point search needs two
	// segments' worth).
	ErrTooFewObservations = errors.New("too few observed periods")
	// ErrUndirected: a directed (A→B) view was asked of a panel aggregated
	// without direction.
	ErrUndirected = errors.New("directed view of an undirected panel")
	// ErrUnknownModel: a model name that ModelByName does not know.
	ErrUnknownModel = errors.New("unknown model")
	// ErrUnknownMethod: an alignment method that Align does not know.
	ErrUnknownMethod = errors.New("unknown alignment method")
	// ErrBadRow: a dyad-period row handed to NewPanel is inconsistent
	// (start not on a period boundary, undirected dyad out of order).
	ErrBadRow = errors.New("inconsistent dyad-period row")
	// ErrNoPeriod: a period outside the data (or the panel's grid) was
	// asked for.
	ErrNoPeriod = errors.New("period outside the data")
	// ErrUnknownCountry: a country code that the profiles do not hold.
	ErrUnknownCountry = errors.New("unknown country")
	// ErrDegenerate: the data cannot identify the model's parameters, for
	// example a state-space fit where every observed period has exactly
	// the same mean (the observation variance estimates to zero).
	ErrDegenerate = errors.New("degenerate data")
	// ErrBadValue: a setting given as text (a period or model name read
	// from a flag or a file) that the parser does not know.
	ErrBadValue = errors.New("bad value")
)
