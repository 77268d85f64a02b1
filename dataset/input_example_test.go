package dataset_test

import (
	"fmt"
	"strings"

	"github.com/entente/entente/dataset"
)

// An input is looked at before it is read, without being opened twice:
// the peeked bytes are read again by the Reader.
func ExampleNewInput() {
	in := dataset.NewInput(strings.NewReader("date,source,target,code\n2020-01-01,CHN,RUS,042\n"), "events.csv", 0)
	fmt.Println(dataset.DetectFormat(in.Head()))
	_, rep, err := dataset.ReadEvents(in, in.Name(), nil)
	fmt.Println(rep.RowsLine(), err)
	// Output:
	// csv
	// rows: read=1 kept=1 rejected=0 filtered=0 <nil>
}
