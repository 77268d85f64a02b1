package plots_test

import (
	"fmt"

	"github.com/entente/entente/cameo"
	"github.com/entente/entente/plots"
)

func ExampleQuadColor() {
	for _, q := range []cameo.Quad{cameo.VerbalCoop, cameo.MaterialCoop, cameo.VerbalConflict, cameo.MaterialConflict} {
		r, g, b, _ := plots.QuadColor(q).RGBA()
		fmt.Printf("%s #%02x%02x%02x\n", q, r>>8, g>>8, b>>8)
	}
	// Output:
	// verbal cooperation #56b4e9
	// material cooperation #009e73
	// verbal conflict #e69f00
	// material conflict #d55e00
}
