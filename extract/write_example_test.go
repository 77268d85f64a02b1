package extract_test

import (
	"os"
	"time"

	"github.com/entente/entente/extract"
)

func ExampleWriteJSONL() {
	c, _ := extract.NewCoder(nil)
	evs, _ := c.Code(extract.Article{ID: "a1", Text: "Washington slapped sanctions on Caracas.", Published: time.Date(2019, 1, 28, 0, 0, 0, 0, time.UTC)})
	extract.WriteJSONL(os.Stdout, evs)
	// Output:
	// {"doc":"a1","date":"2019-01-28","source":"USA","target":"VEN","code":"163","plover":"SANCTION","source_actor":"USAGOV","source_name":"Washington","source_sector":"GOV","target_actor":"VENGOV","target_name":"Caracas","target_sector":"GOV","quad":4,"goldstein":-8,"reports":1,"sentence":0,"start":0,"end":39,"text":"Washington slapped sanctions on Caracas.","rule":"verb \"slap\"; event noun \"sanction\"","evidence":[{"doc":"a1","sentence":0,"start":0,"end":39,"text":"Washington slapped sanctions on Caracas.","rule":"verb \"slap\"; event noun \"sanction\""}]}
}
