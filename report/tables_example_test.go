package report_test

import (
	"fmt"
	"strings"
	"time"

	"github.com/entente/entente/dataset"
	"github.com/entente/entente/report"
)

// Any listing renders in a notebook as a Table: the last expression of a
// cell shows through its HTML (or Markdown) method.
func ExampleTable() {
	t := &report.Table{
		Header: []string{"dyad", "events"},
		Rows:   [][]string{{"CHN-RUS", "112"}, {"RUS-UKR", "96"}},
		Right:  []bool{false, true},
	}
	fmt.Print(t.Markdown())
	// Output:
	// | dyad | events |
	// | --- | ---: |
	// | CHN-RUS | 112 |
	// | RUS-UKR | 96 |
}

// A coded event with its evidence: the words the coder read are
// highlighted in the sentence (bold in Markdown, <mark> in HTML).
func ExampleNewEventTable() {
	art := dataset.Article{ID: "a1", Text: "Russia and China signed an agreement on gas."}
	doc := art.Document()
	e := dataset.NewEvent()
	e.Date = time.Date(2024, 5, 16, 0, 0, 0, 0, time.UTC)
	e.Source.Code, e.Target.Code = "RUS", "CHN"
	e.SetCode("057")
	start := strings.Index(doc, "signed an agreement")
	e.Evidence = []dataset.Evidence{{Doc: "a1", Start: start, End: start + len("signed an agreement"), Text: doc}}
	fmt.Print(report.NewEventTable([]dataset.Event{e}, []dataset.Article{art}).Markdown())
	// Output:
	// | date | source → target | CAMEO | Goldstein | reports | evidence |
	// | --- | --- | --- | ---: | ---: | --- |
	// | 2024-05-16 | RUS → CHN | 057 Sign formal agreement | +8.0 | 1 | a1: Russia and China **signed an agreement** on gas. |
}
