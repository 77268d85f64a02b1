// Command mknb generates entente's example notebooks from their cell
// sources: examples/notebooks/NAME.cells → examples/NAME.ipynb.
//
// Usage (from the repository root):
//
//	go run ./examples/notebooks/mknb          # regenerate what changed
//	go run ./examples/notebooks/mknb -check   # exit 1 if a notebook is out of date
//	go run ./examples/notebooks/mknb NAME…    # only these notebooks
//
// A notebook whose cells and expected image count already match its cells
// file is left alone, so its saved outputs stay. Any other is rewritten
// without outputs; scripts/notebooks.sh --update then executes it and saves
// it with its outputs. The cells format is described in
// tools/gophernotes/ipynb (ParseCells): a "// images: N" header, then cells
// opened by "// %%" (Go) or "// %% [markdown]" lines.
//
// -check also reports notebooks in the output directory that have no cells
// file. Exit codes: 0 success (or up to date), 1 failure (or out of date),
// 2 usage error.
package main
