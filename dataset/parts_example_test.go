package dataset_test

import (
	"archive/zip"
	"bytes"
	"fmt"

	"github.com/entente/entente/dataset"
)

// Each entry of a zip archive is detected and accounted on its own: here
// entente's CSV and then JSON lines, the second with one bad row.
func ExampleReport_PartLines() {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	w, _ := zw.Create("a.csv")
	fmt.Fprint(w, "date,source,target,code\n2020-01-01,CHN,RUS,042\n")
	w, _ = zw.Create("b.jsonl")
	fmt.Fprint(w, `{"date":"2020-01-02","source":"RUS","target":"CHN","code":"043"}`+"\n"+`{"date":"x"}`+"\n")
	zw.Close()

	_, rep, err := dataset.ReadEvents(bytes.NewReader(buf.Bytes()), "events.zip", nil)
	fmt.Println(rep.RowsLine(), err)
	for i, l := range rep.PartLines() {
		fmt.Println(rep.Parts[i].Format, l)
	}
	// Output:
	// rows: read=3 kept=2 rejected=1 filtered=0 <nil>
	// csv events.zip:a.csv: rows: read=1 kept=1 rejected=0 filtered=0
	// jsonl events.zip:b.jsonl: rows: read=2 kept=1 rejected=1 filtered=0
}
