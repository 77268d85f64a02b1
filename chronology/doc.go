// Package chronology is entente's bundled default dataset: a curated,
// documented chronology of real state-to-state events from 2012 to 2025
// (events.csv, described in README.md), and a small set of news-style
// example articles written for the project about events in it
// (articles/). Both are embedded in the binary, so a fresh clone can
// produce a report with no download.
//
// Conventions:
//   - Rows are directed events, one row per event per direction: a state
//     visit is the visitor→host "042" and the host→visitor "043"; a
//     reciprocal act (a signed agreement "057", talks "046", a meeting at a
//     third location "044", a telephone call "041", a joint exercise "062",
//     a prisoner exchange "0841") is one row in each direction; a
//     unilateral act (sanctions, expulsions, strikes) is one row. README.md
//     gives the full coding rules.
//   - Source and target are ISO 3166-1 alpha-3 country codes, read into
//     Actor.Country (and Actor.Code). CAMEO codes are strings ("042", never
//     42).
//   - An actor is the state unless source_sector or target_sector gives its
//     CAMEO actor type code ("OPP" for an opposition leader, "SEP" for
//     separatist entities), read into Actor.Sector; dataset.ActorRole
//     reads the role and dataset.DefaultRoleFilter sets such rows aside.
//     Events and Read without a role filter keep every row.
//   - Dates are calendar days (UTC midnight) in the local time of the place
//     where the event happened; a visit carries the date of its principal
//     meeting.
//   - The file is read by the dataset package's CSV reader, so events carry
//     what any read event carries: CodeValid, Root, the GDELT quad class
//     and the GDELT Goldstein weight filled from the code, NaN Tone and
//     Confidence (unknown), zero Mentions/Sources/Articles (unknown), and an
//     Origin naming "chronology/events.csv" and the 1-based line.
//   - Article dates are the day of the article's dateline; articles have no
//     URL (they are the project's own texts).
//
// Errors: Events and Articles return an error, never a partial result,
// if any embedded row or article cannot be read; the package's tests make
// sure that cannot happen in a release. TurningPoints and Readings panic on a bad
// embedded row (a build defect the tests catch); nothing else panics.
package chronology
