package country_test

import (
	"fmt"

	"github.com/entente/entente/country"
)

func ExampleByName() {
	for _, name := range []string{"Russian Federation", "Venezuelans", "Côte d’Ivoire", "the Soviet Union", "Korean", "Narnia"} {
		c, ok := country.ByName(name)
		fmt.Printf("%q → %q %v\n", name, c.Code, ok)
	}
	// Output:
	// "Russian Federation" → "RUS" true
	// "Venezuelans" → "VEN" true
	// "Côte d’Ivoire" → "CIV" true
	// "the Soviet Union" → "SUN" true
	// "Korean" → "" false
	// "Narnia" → "" false
}

func ExampleByPhrase() {
	for _, year := range []int{1985, 2024} {
		c, _ := country.ByPhrase("the Kremlin", year)
		fmt.Println(year, c.Code)
	}
	c, ok := country.ByPhrase("Zhongnanhai", 0)
	fmt.Println(c.Code, ok)
	// Output:
	// 1985 SUN
	// 2024 RUS
	// CHN true
}

func ExampleByNameIn() {
	_, ok := country.ByNameIn("Russia", 1985) // Russia as a state begins in 1991
	fmt.Println(ok)
	c, _ := country.ByNameIn("Russia", 1995)
	fmt.Println(c.Code)
	// Output:
	// false
	// RUS
}

func ExampleCandidates() {
	for _, c := range country.Candidates("Congolese") {
		fmt.Println(c.Code, c.Name)
	}
	// Output:
	// COD DR Congo
	// COG Congo
}
