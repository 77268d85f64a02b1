package country_test

import (
	"fmt"

	"github.com/entente/entente/country"
)

func ExampleKind() {
	for _, code := range []string{"CHN", "PRI", "SUN", "AFR"} {
		c, _ := country.Lookup(code)
		fmt.Println(code, c.Kind, c.Kind.IsCountry())
	}
	// Output:
	// CHN state true
	// PRI territory true
	// SUN historical true
	// AFR region false
}
