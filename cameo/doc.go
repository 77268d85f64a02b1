// Package cameo is entente's taxonomy of events: the CAMEO 1.1b3 event codes
// with their names and roots, Goldstein weight tables (GDELT's and ICEWS's),
// the quad-class mappings in use (GDELT, ICEWS, Phoenix, PLOVER), the PLOVER
// categories and the CAMEO → PLOVER crosswalk.
//
// Conventions:
//   - A CAMEO code is a string of two to four digits: "04" is a root, "042" a
//     base code, "0421" a full code. It is never an integer: "042" and "42"
//     are different strings, and "42" is not a code. Lookups never trim,
//     pad or convert; call Normalize first on user input.
//   - Unknown codes are reported with a validity flag (Lookup's bool) or a
//     NaN weight (WeightTable.Weight), never with a made-up value.
//   - Goldstein weights are on the Goldstein (1992) scale, −10 (most
//     conflictual) to +10 (most cooperative).
//   - Quad classes: 1 verbal cooperation, 2 material cooperation, 3 verbal
//     conflict, 4 material conflict, plus Neutral (Phoenix's class 0) and
//     QuadUnknown (the zero value).
//   - Nothing in this package panics on data; the tables are read-only.
//
// The tables were written from the facts documented by the public CAMEO
// lookup files of GDELT and the ICEWS R package and by the PLOVER project's
// CAMEO2PLOVER crosswalk; codes_test.go and plover_test.go diff them against
// those files when ../shared/data is present.
package cameo
