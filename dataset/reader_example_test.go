package dataset_test

import (
	"fmt"
	"io"
	"strings"

	"github.com/entente/entente/dataset"
)

// An analyst's spreadsheet needs four columns; countries may be codes or
// names, and "NA" is Namibia.
func ExampleReadEvents() {
	sheet := "date,source,target,code\n" +
		"2024-05-16,CHN,RUS,042\n" +
		"2024-05-17,NA,Germany,036\n" +
		"2024-05-18,CHN,RUS,4O2\n" // a typo: rejected, with its line
	events, rep, err := dataset.ReadEvents(strings.NewReader(sheet), "sheet.csv", nil)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, e := range events {
		fmt.Println(e.Date.Format("2006-01-02"), e.Source.Country, e.Target.Country, e.Code, e.Quad, e.Goldstein)
	}
	fmt.Println(rep.RowsLine())
	fmt.Println(rep.Samples[0])
	// Output:
	// 2024-05-16 CHN RUS 042 verbal cooperation 1.9
	// 2024-05-17 NAM DEU 036 verbal cooperation 4
	// rows: read=3 kept=2 rejected=1 filtered=0
	// sheet.csv:4: column code (field 4): invalid CAMEO code (value "4O2")
}

// Reading event by event keeps memory constant; the Report accounts for
// every row.
func ExampleReader() {
	row := func(id, date, a, b, code string) string {
		f := make([]string, 58)
		f[0], f[1], f[7], f[17], f[26], f[27], f[28] = id, date, a, b, code, code[:3], code[:2]
		return strings.Join(f, "\t") + "\n"
	}
	data := row("1", "20160728", "USA", "CHN", "042") + row("2", "20160799", "USA", "CHN", "042") + row("3", "20160729", "ROM", "NAM", "190")
	r, err := dataset.NewReader(strings.NewReader(data), "events.tsv", nil)
	if err != nil {
		fmt.Println(err)
		return
	}
	defer r.Close()
	fmt.Println("format:", r.Format())
	var e dataset.Event
	for {
		err := r.Next(&e)
		if err == io.EOF {
			break
		}
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Println(e.ID, e.Source.Country, e.Target.Country, e.Code, e.Quad)
	}
	fmt.Print(r.Report().Summary())
	// Output:
	// format: gdelt1
	// 1 USA CHN 042 verbal cooperation
	// 3 ROU NAM 190 material conflict
	// rows: read=3 kept=2 rejected=1 filtered=0
	//   rejected 1: SQLDATE: invalid date
	//     events.tsv:2: column SQLDATE (field 2): invalid date (value "20160799")
}

func ExampleDetectFormat() {
	fmt.Println(dataset.DetectFormat([]byte("Event ID\tEvent Date\tSource Name\n")))
	fmt.Println(dataset.DetectFormat([]byte(`[{"id": "x", "event": "AGREE"}]`)))
	fmt.Println(dataset.DetectFormat([]byte("date;source;target;code\n")))
	fmt.Printf("%q\n", dataset.DetectFormat([]byte("Dear diary\n")))
	// Output:
	// icews
	// plover
	// csv
	// ""
}

func ExampleParseFormat() {
	f, err := dataset.ParseFormat("GDELT1")
	fmt.Println(f, err)
	_, err = dataset.ParseFormat("xlsx")
	fmt.Println(err)
	// Output:
	// gdelt1 <nil>
	// unknown or unsupported format: "xlsx" (want auto, gdelt1, gdelt2, gdelt2-mentions, icews, plover, csv or jsonl)
}
