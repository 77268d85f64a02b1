// Package votes is entente's second data family: roll-call votes of the
// UN General Assembly, read from files or from the embedded copy of Erik
// Voeten's data (via dgrtwo/unvotes, CC0; see README.md), as a roll-call ×
// country matrix (Set) that score's vote measures and ideal-point models
// work on. Ideal points of the members (the precomputed estimates of the
// embedded votes, a fit of any Set) are in the subpackage votes/ideal,
// which imports score; votes itself does not.
//
// Conventions:
//
//   - A Vote is coded as Voeten codes it: 1 yes, 2 abstain, 3 no, 8 absent,
//     9 not a member, 0 no record (Missing). Only yes, abstain and no are
//     recorded votes; absences, non-membership and missing records are
//     missing for every measure, never a disagreement.
//   - Countries are entente's codes (country.Lookup's Code), resolved from
//     ISO2, ISO3 or COW codes or names. Historical states stay distinct
//     (CSK, DDR, YMD, YUG, SCG; Taiwan holds the China seat until 1971, CHN
//     after). The named seat rules in country.go are the exceptions, each
//     counted by Reader.Rules when it fires: the Soviet Union's votes stand
//     under RUS, as the source records them; Yugoslavia's seat is YUG until
//     1992, SCG from 2000 to June 2006 and SRB after; the German Federal
//     Republic is DEU and the Yemen Arab Republic YEM (country keeps each as
//     one state). A country that cannot be resolved (Zanzibar's two votes
//     of 1963) is counted in the report's UnknownNames and left out of the
//     Set.
//   - Roll-call ids (rcid) are Voeten's. A votes file without dates takes
//     them from ReadOptions.RollCalls, else a roll-calls file beside it
//     (a name containing "roll_calls", with an issues file beside it), else
//     the embedded roll-call table; Set.DatesFrom and Reader.DatesFrom say
//     which.
//   - Readers recognise the layout from the header (DetectFormat) and
//     account for every row like dataset's readers (Read = Kept +
//     Rejected + Filtered in a *dataset.Report); a row that cannot be read is a
//     *dataset.ParseError (file, line, column, value) wrapping a sentinel
//     (ErrBadVote, ErrUnknownRollCall, ErrDuplicateVote, ErrConflict, or
//     dataset's), counted and skipped, or returned in Strict mode.
//   - Missing dates are zero time.Time; unknown roll-call flags are
//     FlagUnknown; sessions 0 unknown.
//   - Only misuse panics, with a "votes: " prefix (an index out of range).
//     Sets are read-only once built and safe for concurrent use.
package votes
