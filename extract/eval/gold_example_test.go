package eval_test

import (
	"fmt"
	"strings"

	"github.com/entente/entente/extract/eval"
)

// Gold sentences read leniently (as `report eval` does): a record that
// cannot be read is rejected and counted, one without text (a document
// header) is filtered, the others are kept.
func ExampleReadPLOVERReport() {
	gold := `[
{"id": "DOC", "event": "DOCUMENT"},
{"id": "R1", "date": "2000-01-01", "event": "AGREE", "source": [{"code": "FRA"}], "target": [{"code": "DEU"}], "text": "France and Germany agreed."},
{"id": "R2", "date": "2000-01-01", "event": "NOSUCH", "source": [{"code": "FRA"}], "target": [{"code": "DEU"}], "text": "An unknown category."}
]`
	records, rep, err := eval.ReadPLOVERReport(strings.NewReader(gold), "gold.json", nil)
	if err != nil {
		panic(err)
	}
	fmt.Println(rep.RowsLine())
	fmt.Println(len(records), records[0].ID, records[0].Events[0].PLOVER)
	fmt.Println(rep.Samples[0])
	// Output:
	// rows: read=3 kept=1 rejected=1 filtered=1
	// 1 R1 AGREE
	// gold.json:4: column event: invalid CAMEO code (value "NOSUCH")
}
