// Command quickstart is the quickstart notebook (examples/01-quickstart.ipynb)
// as a plain Go program, on the path of the report's main job: it loads
// entente's bundled chronology as the report reads it (government to
// government), runs the report's ingest stage on it, scores the relations
// China–Russia, China–United States and Russia–United States with three
// models by their registered names (kalman: the state-space index; goldstein:
// the weighted mean Goldstein weight; level: the bounded relationship level,
// the report's headline), prints the summary table and, with -out, writes the
// index and level charts as PNG files. Its numbers are those of the main
// job's report (`go run ./cmd/report`) for the same dyads and months.
//
// Usage (from the repository root):
//
//	go run ./examples/quickstart               # the summary table on stdout
//	go run ./examples/quickstart -out charts   # … and charts/index.png, charts/level.png
//
// Conventions: periods are calendar months (UTC); scores are on the
// Goldstein scale (−10 … +10) and the level on −9 … +9; a month the model
// cannot score is written "–" in the table (NaN) and is a gap in the
// charts. Charts are written atomically (plots.Chart.Save). Exit codes: 0
// success, 1 failure, 2 usage error.
package main
