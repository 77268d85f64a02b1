package votes

import "errors"

// Sentinel errors of the votes readers; a *dataset.ParseError wraps them
// (or one of dataset's: ErrBadNumber, ErrBadDate, ErrMissingField,
// ErrColumnCount, ErrSyntax, ErrUnknownFormat, ErrTruncated), so errors.Is
// works.
var (
	// ErrBadVote: a vote is none of the spellings ParseVote reads.
	ErrBadVote = errors.New("invalid vote")
	// ErrUnknownRollCall: a vote's roll call is not in the roll-call
	// table its dates come from.
	ErrUnknownRollCall = errors.New("roll call not in the roll-call table")
	// ErrDuplicateVote: a second vote of the same country on the same
	// roll call.
	ErrDuplicateVote = errors.New("second vote of the country on the roll call")
	// ErrConflict: a roll call's date or session differs from the one on
	// its first row.
	ErrConflict = errors.New("roll call's date or session differs from its first row")
)
