package extract_test

import (
	"fmt"
	"time"

	"github.com/entente/entente/extract"
)

func ExampleCoder_Mentions() {
	c, _ := extract.NewCoder(nil)
	text := "Foreign Minister Sergei Lavrov and his Chinese counterpart met the two leaders."
	for _, m := range c.Mentions(text, time.Date(2024, 5, 16, 0, 0, 0, 0, time.UTC)) {
		var codes []string
		for _, a := range m.Actors {
			codes = append(codes, a.Code)
		}
		fmt.Printf("%-10s %q %v\n", m.Kind, m.Text, codes)
	}
	// Output:
	// actor      "Foreign Minister Sergei Lavrov and his Chinese counterpart" [RUSGOV CHNGOV]
	// collective "the two leaders" []
}
