package country_test

import (
	"fmt"

	"github.com/entente/entente/country"
)

func ExampleNormalize() {
	fmt.Println(country.Normalize("the United States"))
	fmt.Println(country.Normalize("Côte d’Ivoire"))
	fmt.Println(country.Normalize("U.S."))
	fmt.Println(country.Normalize("St. Vincent & the Grenadines"))
	// Output:
	// united states
	// cote divoire
	// us
	// saint vincent and grenadines
}
