package votes_test

import (
	"fmt"
	"strings"

	"github.com/entente/entente/votes"
)

func ExampleReadRollCalls() {
	in := `rcid,session,importantvote,date,unres,amend,para,short,descr
5309,68,1,2014-03-27,R/68/262,0,0,Territorial integrity of Ukraine,
5310,68,0,2014-02-30,R/68/263,0,0,A bad date,
`
	rcs, rep, err := votes.ReadRollCalls(strings.NewReader(in), "roll_calls.csv", nil)
	if err != nil {
		panic(err)
	}
	fmt.Println(rep.RowsLine())
	fmt.Println(rcs[0].RCID, rcs[0].Resolution, rcs[0].Date.Format("2006-01-02"), rcs[0].Important.True())
	// Output:
	// rows: read=2 kept=1 rejected=1 filtered=0
	// 5309 R/68/262 2014-03-27 true
}
