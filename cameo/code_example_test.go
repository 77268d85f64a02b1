package cameo_test

import (
	"fmt"

	"github.com/entente/entente/cameo"
)

func ExampleNormalize() {
	// A spreadsheet turned "042" into the number 42 and quoted "10".
	for _, s := range []string{"42", `"10"`, "999"} {
		code, ok := cameo.Normalize(s)
		fmt.Printf("%s %v %q\n", code, ok, cameo.Name(code))
	}
	// Output:
	// 042 true "Make a visit"
	// 10 true "Demand"
	// 999 false ""
}

func ExampleLookup() {
	info, ok := cameo.Lookup("042")
	fmt.Println(info.Name, info.Root, ok)
	_, ok = cameo.Lookup("42") // codes are strings: a lost zero is not a code
	fmt.Println(ok)
	// Output:
	// Make a visit 04 true
	// false
}
