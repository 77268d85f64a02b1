// Package ipynb reads and writes Jupyter notebooks (nbformat 4) and the
// cell-source files entente's example notebooks are generated from, and
// checks executed notebooks the way CI does.
//
// Its users are the notebook tooling: examples/notebooks/mknb (cells file →
// .ipynb) and tools/gophernotes/nbcheck (executed .ipynb → pass/fail).
//
// Conventions:
//   - A cells file is Jupytext's "percent" format for Go: a header of
//     "// key: value" lines, then cells, each opened by a "// %%" line (a
//     code cell) or a "// %% [markdown]" line (a markdown cell whose lines
//     are "//" comments). The header's "images" key, required, is the number
//     of images the executed notebook must show; it is stored in the
//     notebook metadata as {"entente": {"images": N}}.
//   - Writing is deterministic: keys sorted, one-space indentation and
//     sources split into lines, as nbformat itself writes, so a notebook
//     written twice is byte-identical and diffs stay small. Cell IDs are
//     stable ("c01", "c02", …).
//   - Reading keeps what this package does not model (notebook, cell and
//     output metadata, output data) as raw JSON, so Read then Write loses
//     nothing but formatting (and outputs on a non-code cell, which the
//     nbformat schema does not allow: they are dropped on reading).
//   - Errors: malformed input returns a *ParseError naming the file, the
//     line (cells files; 0 when unknown) and the problem, wrapping
//     ErrFormat. Nothing in this package panics on data.
//   - Times (cell durations) come from the "execution" cell metadata that
//     nbclient records; a cell without it has a zero duration and no flag.
package ipynb
