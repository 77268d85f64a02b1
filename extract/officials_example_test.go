package extract_test

import (
	"fmt"
	"time"

	"github.com/entente/entente/extract"
)

func ExampleOfficial_At() {
	for _, o := range extract.Officials() {
		if o.Name != "Vladimir Putin" {
			continue
		}
		for _, day := range []string{"1995-01-01", "2010-06-01", "2024-05-16"} {
			t, _ := time.Parse("2006-01-02", day)
			code, sector, in := o.At(t)
			fmt.Println(day, code, sector, in)
		}
	}
	// Output:
	// 1995-01-01 RUS ELI false
	// 2010-06-01 RUS GOV true
	// 2024-05-16 RUS GOV true
}
