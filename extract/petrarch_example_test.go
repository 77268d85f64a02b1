package extract_test

import (
	"fmt"
	"strings"
	"time"

	"github.com/entente/entente/extract"
)

func ExampleParseActors() {
	dict, _ := extract.ParseActors(strings.NewReader(`VLADIMIR_PUTIN_
+PUTIN_
	[RUSELI 700101-990809]
	[RUSGOV >990809]
`), "putin.actors")
	for _, day := range []string{"1995-01-01", "2010-06-01"} {
		t, _ := time.Parse("2006-01-02", day)
		code, _ := dict.Lookup("Putin", t)
		fmt.Println(day, code)
	}
	// Output:
	// 1995-01-01 RUSELI
	// 2010-06-01 RUSGOV
}
