package extract_test

import (
	"fmt"
	"io"
	"strings"

	"github.com/entente/entente/extract"
)

func ExampleNewArticleReader() {
	in := `{"id":"a1","published":"2024-05-16","text":"Putin visited China."}
{"id":"a2","published":"May 16","text":"A bad date is rejected, with its line."}
`
	r, _ := extract.NewArticleReader(strings.NewReader(in), "articles.jsonl", nil)
	for {
		var a extract.Article
		if err := r.Next(&a); err == io.EOF {
			break
		}
		fmt.Println(a.ID, a.Published.Format("2006-01-02"), a.Text)
	}
	fmt.Print(r.Report().Summary())
	// Output:
	// a1 2024-05-16 Putin visited China.
	// rows: read=2 kept=1 rejected=1 filtered=0
	//   rejected 1: published: invalid date
	//     articles.jsonl:2: column published: invalid date (value "May 16")
}
