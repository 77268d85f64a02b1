package country_test

import (
	"fmt"

	"github.com/entente/entente/country"
)

func ExampleCOW() {
	for _, y := range []int{1985, 2014} {
		de, _ := country.COW("DEU", y)
		ru, _ := country.COW("RUS", y)
		fmt.Println(y, de, ru)
	}
	c, _ := country.ByCOW(365, 1980)
	fmt.Println(c.Code)
	// Output:
	// 1985 260 365
	// 2014 255 365
	// SUN
}
