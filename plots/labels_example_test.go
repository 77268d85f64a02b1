package plots_test

import (
	"fmt"

	"github.com/entente/entente/plots"
)

// Annotation labels are shortened at a word boundary.
func ExampleShortLabel() {
	fmt.Println(plots.ShortLabel("Joint statement on international relations entering a new era", 36))
	fmt.Println(plots.ShortLabel("Talks in São Tomé", 36))
	// Output:
	// Joint statement on international…
	// Talks in São Tomé
}
