package dataset_test

import (
	"bytes"
	"fmt"
	"math"
	"os"
	"time"

	"github.com/entente/entente/dataset"
)

func ExampleWriteCSV() {
	e := dataset.NewEvent()
	e.Date = time.Date(2024, 5, 16, 0, 0, 0, 0, time.UTC)
	e.Source.Country, e.Target.Country = "CHN", "RUS"
	e.SetCode("042")
	e.Description = "Xi visits Moscow, \"a new era\""
	var buf bytes.Buffer
	if err := dataset.WriteCSV(&buf, []dataset.Event{e}); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Print(buf.String())
	// Read it back: the same event.
	back, rep, _ := dataset.ReadEvents(&buf, "out.csv", nil)
	fmt.Println(rep.RowsLine(), back[0].Description == e.Description, back[0].Goldstein == e.Goldstein)
	// Output:
	// date,source,target,code,quad,goldstein,plover,id,date_added,source_actor,source_name,source_sector,target_actor,target_name,target_sector,mentions,sources,articles,tone,confidence,url,description,reference,background,date_precision,reports,urls,evidence,origin_file,origin_line
	// 2024-05-16,CHN,RUS,042,1,1.9,,,,,,,,,,0,0,0,,,,"Xi visits Moscow, ""a new era""",,,,1,,,,
	// rows: read=1 kept=1 rejected=0 filtered=0 true true
}

func ExampleWriteJSONL() {
	e := dataset.NewEvent()
	e.Date = time.Date(2024, 5, 16, 0, 0, 0, 0, time.UTC)
	e.Source.Country, e.Target.Country = "USA", "NAM"
	e.SetCode("1213")        // ICEWS's code; GDELT's table has no weight for it
	e.Goldstein = math.NaN() // unknown: written as null, never filled on reading
	dataset.WriteJSONL(os.Stdout, []dataset.Event{e})
	// Output:
	// {"date":"2024-05-16","source":"USA","target":"NAM","code":"1213","quad":"3","goldstein":null}
}
