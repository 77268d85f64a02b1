package country_test

import (
	"fmt"

	"github.com/entente/entente/country"
)

func ExampleCountry_ActiveIn() {
	sun, _ := country.Lookup("SUN")
	rus, _ := country.Lookup("RUS")
	for _, year := range []int{1985, 1991, 2024} {
		fmt.Println(year, sun.ActiveIn(year), rus.ActiveIn(year))
	}
	fmt.Println(sun.Successors[0], sun.From, sun.Until)
	// Output:
	// 1985 true false
	// 1991 true true
	// 2024 false true
	// RUS 1922 1991
}
