package ipynb_test

import (
	"fmt"

	"github.com/entente/entente/tools/gophernotes/ipynb"
)

func ExampleCheck() {
	nb := &ipynb.Notebook{Format: 4, Cells: []ipynb.Cell{
		{Type: "code", Source: "import \"fmt\"", ExecutionCount: 1},
		{Type: "code", Source: "fmt.Printl(1)", ExecutionCount: 2, Outputs: []ipynb.Output{
			{Type: "error", EName: "ERROR", EValue: "repl.go:1:1: undefined: fmt.Printl"},
		}},
	}}
	nb.SetExpectedImages(1)
	r := ipynb.Check(nb)
	fmt.Println("ok:", r.OK(), "images:", r.Images, "of", r.Expected)
	for _, p := range r.Problems {
		fmt.Println(p)
	}
	// Output:
	// ok: false images: 0 of 1
	// 0 image(s) shown, 1 expected
	// cell 2: error output: ERROR: repl.go:1:1: undefined: fmt.Printl
}
