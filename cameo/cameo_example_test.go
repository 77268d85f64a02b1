package cameo_test

import (
	"fmt"

	"github.com/entente/entente/cameo"
)

func ExampleLookup() {
	info, ok := cameo.Lookup("042")
	fmt.Println(info.Name, info.Root, ok)
	_, ok = cameo.Lookup("42") // codes are strings: a lost zero is not a code
	fmt.Println(ok)
	// Output:
	// Make a visit 04 true
	// false
}

func ExampleWeightTable_Weight() {
	fmt.Println(cameo.GoldsteinGDELT.Weight("163"), cameo.GoldsteinICEWS.Weight("016"), cameo.GoldsteinGDELT.Weight("1213"))
	// Output: -8 -5 NaN
}

func ExampleQuadMapping_Quad() {
	for _, m := range cameo.QuadMappings() {
		fmt.Printf("%s: 09x is %s\n", m.Name(), m.Quad("090"))
	}
	// Output:
	// gdelt: 09x is material cooperation
	// icews: 09x is verbal conflict
	// phoenix: 09x is verbal conflict
	// plover: 09x is verbal conflict
}

func ExampleToPLOVER() {
	m, _ := cameo.ToPLOVER("057")
	fmt.Println(m.Event, cameo.PLOVERQuad(m.Event))
	// Output: SUPPORT verbal cooperation
}
