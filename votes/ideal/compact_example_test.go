package ideal_test

import (
	"fmt"
	"os"
	"strings"

	"github.com/entente/entente/votes/ideal"
)

// A compact file read back and written again; the SD is recovered from
// the 95 % band: (1.2 − 0.8)/(2·1.959964) = 0.102.
func ExampleReadCSV() {
	in := ideal.CompactHeader + "\nCUB,1,-1.000,-1.200,-0.800,70\nUSA,1,1.000,0.800,1.200,72\n"
	p, err := ideal.ReadCSV(strings.NewReader(in), "example.csv")
	if err != nil {
		panic(err)
	}
	fmt.Printf("%s sd %.3f\n", p.Points[1].Country, p.Points[1].SD)
	if err := ideal.WriteCSV(os.Stdout, p); err != nil {
		panic(err)
	}
	// Output:
	// USA sd 0.102
	// country,session,value,lower,upper,n
	// CUB,1,-1.000,-1.200,-0.800,70
	// USA,1,1.000,0.800,1.200,72
}
