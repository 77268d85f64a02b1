package ipynb_test

import (
	"fmt"
	"strings"

	"github.com/entente/entente/tools/gophernotes/ipynb"
)

func ExampleParseCells() {
	const cells = `// images: 1

// %% [markdown]
// # A chart
// %%
import "github.com/entente/entente/cameo"
cameo.Name("042")
`
	src, err := ipynb.ParseCells(strings.NewReader(cells), "example.cells")
	if err != nil {
		fmt.Println(err)
		return
	}
	nb := src.Notebook()
	n, _ := nb.ExpectedImages()
	for _, c := range nb.Cells {
		fmt.Printf("%s %s %q\n", c.ID, c.Type, c.Source)
	}
	fmt.Println("expected images:", n)
	// Output:
	// c01 markdown "# A chart"
	// c02 code "import \"github.com/entente/entente/cameo\"\ncameo.Name(\"042\")"
	// expected images: 1
}

func ExampleParseCells_error() {
	_, err := ipynb.ParseCells(strings.NewReader("// images: 1\n// %% [raw]\nx\n"), "bad.cells")
	fmt.Println(err)
	// Output:
	// bad.cells:2: unknown cell marker "// %% [raw]" (want "// %%" or "// %% [markdown]")
}
