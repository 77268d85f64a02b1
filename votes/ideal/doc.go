// Package ideal holds entente's ideal points of UN General Assembly
// members: the precomputed estimates for the embedded 1946–2019 votes
// (Embedded, from package votes), the compact file they are shipped in
// (ReadCSV, WriteCSV), a fit of any votes.Set (Fit, through
// score.FitIdealPoints) and the ideal-point distance per dyad as rows of
// the tidy alignment CSV (DistanceRows, measure "idealdist").
//
// It sits beside package votes but above score: it converts a
// votes.Matrix into a score.RollCallMatrix and reads into
// score.IdealPoints, so votes itself stays free of score (which imports
// votes). score never needs this package.
//
// Conventions:
//
//   - Ideal points are on the identified scale of score.FitIdealPoints:
//     mean 0 and standard deviation 1 over all reported country-sessions,
//     the United States' side positive. Values are unitless; a distance of
//     1 is one standard deviation of the Assembly's spread.
//   - Periods: the model's period is the General Assembly session (1 =
//     1946). By year, session s is labelled with SessionYear(s) = 1945 + s,
//     the calendar year in which it opens and holds most of its roll calls
//     (the UN's autumn meetings; on the embedded votes 5,939 of 6,203 roll
//     calls, 96 %, fall in that year, the rest in the following months).
//   - Bands are 95 % bands (Laplace, see score.IdealPointOptions). The
//     compact file keeps value and band rounded to 3 decimals; ReadCSV
//     recovers each point's SD as (upper − lower)/(2·1.959964).
//   - Missing: a country-session without a recorded vote has no point
//     (never NaN); DistanceRows writes a row only for sessions where both
//     countries have a point.
//   - Data problems return errors (*dataset.ParseError wrapping dataset's
//     sentinels for the compact file); nothing in this package panics on
//     data. The embedded estimates are read once and shared: Embedded
//     returns a copy of the points.
package ideal
