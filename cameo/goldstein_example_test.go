package cameo_test

import (
	"fmt"

	"github.com/entente/entente/cameo"
)

func ExampleWeightTableByName() {
	tab, ok := cameo.WeightTableByName("icews")
	fmt.Println(ok, tab.Name(), tab.Weight("016"), len(tab.Codes()))
	// Output: true icews -5 312
}

func ExampleWeightTable_Weight() {
	fmt.Println(cameo.GoldsteinGDELT.Weight("163"), cameo.GoldsteinICEWS.Weight("016"), cameo.GoldsteinGDELT.Weight("1213"))
	// Output: -8 -5 NaN
}
