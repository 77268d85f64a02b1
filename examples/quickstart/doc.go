// Command quickstart is the quickstart notebook (examples/01-quickstart.ipynb)
// as a plain Go program: it loads entente's bundled chronology, scores the
// relations China–Russia, China–United States and Russia–United States with
// three models (the state-space index, the weighted mean Goldstein weight
// and the bounded relationship level), prints the summary table and, with
// -out, writes the index and level charts as PNG files.
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
