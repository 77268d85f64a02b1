package country_test

import (
	"fmt"

	"github.com/entente/entente/country"
)

func ExampleLookup() {
	c, ok := country.Lookup("NAM")
	fmt.Println(c.Name, c.ISO2, c.Capital, ok)
	ro, _ := country.Lookup("ROM") // CAMEO's code for Romania
	fmt.Println(ro.Code, ro.Name, ro.CAMEO)
	_, ok = country.Lookup("usa") // codes are exact, upper case
	fmt.Println(ok)
	// Output:
	// Namibia NA Windhoek true
	// ROU Romania ROM
	// false
}

func ExampleLookupISO2() {
	c, ok := country.LookupISO2("NA") // Namibia, not a missing value
	fmt.Println(c.Code, c.Name, ok)
	// Output: NAM Namibia true
}

func ExampleIsCountry() {
	for _, code := range []string{"USA", "SUN", "EUR", "XYZ"} {
		fmt.Println(code, country.Valid(code), country.IsCountry(code))
	}
	// Output:
	// USA true true
	// SUN true true
	// EUR true false
	// XYZ false false
}

func ExampleName() {
	fmt.Println(country.Name("CIV"), "|", country.Name("TUR"), "|", country.Name("MEA"), "|", country.Name("QQQ"))
	// Output: Côte d'Ivoire | Türkiye | Middle East | QQQ
}

func ExampleCanonical() {
	for _, code := range []string{"KSV", "TMP", "ZAR", "SUN"} {
		c, ok := country.Canonical(code)
		fmt.Println(code, c, ok)
	}
	// Output:
	// KSV XKX true
	// TMP TLS true
	// ZAR COD true
	// SUN SUN true
}

func ExampleByKind() {
	for _, c := range country.ByKind(country.Historical) {
		fmt.Printf("%s %s %d–%d\n", c.Code, c.Name, c.From, c.Until)
	}
	// Output:
	// ANT Netherlands Antilles 1954–2010
	// CSK Czechoslovakia 1918–1992
	// DDR East Germany 1949–1990
	// SCG Serbia and Montenegro 1992–2006
	// SUN Soviet Union 1922–1991
	// VDR North Vietnam 1945–1976
	// YMD South Yemen 1967–1990
	// YUG Yugoslavia 1945–1992
}
