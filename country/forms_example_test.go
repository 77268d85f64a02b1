package country_test

import (
	"fmt"

	"github.com/entente/entente/country"
)

func ExampleCountry_Forms() {
	ven, _ := country.Lookup("VEN")
	for _, f := range ven.Forms() {
		fmt.Printf("%-10s %q\n", f.Kind, f.Text)
	}
	// Output:
	// name       "Venezuela"
	// full name  "Bolivarian Republic of Venezuela"
	// alias      "Venezuela, Bolivarian Republic of"
	// adjective  "Venezuelan"
	// adjective  "Venezuelans"
	// seat       "Caracas"
	// seat       "Miraflores"
	// seat       "Miraflores Palace"
}

// A phrase matcher is built from Phrases: keys that carry several codes are
// ambiguous and need a year (or more context) to resolve.
func ExamplePhrases() {
	codes := map[string][]string{}
	for _, p := range country.Phrases() {
		codes[p.Key] = append(codes[p.Key], p.Code)
	}
	fmt.Println(codes["kremlin"], codes["caracas"], codes["korean"], codes["us"])
	// Output: [RUS SUN] [VEN] [KOR PRK] [USA]
}
