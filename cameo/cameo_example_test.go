package cameo_test

import (
	"fmt"

	"github.com/entente/entente/cameo"
)

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
