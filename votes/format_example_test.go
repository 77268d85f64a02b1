package votes_test

import (
	"fmt"

	"github.com/entente/entente/votes"
)

func ExampleDetectFormat() {
	for _, head := range []string{
		"rcid,country,country_code,vote\n",
		"rcid,ccode,member,vote\n",
		"Resolution;Date;Country;Vote\n",
		"rcid,session,importantvote,date,unres,amend,para,short,descr\n",
		"date,source,target,code\n", // an events file: not a votes file
	} {
		fmt.Printf("%q\n", votes.DetectFormat([]byte(head)))
	}
	// Output:
	// "unvotes"
	// "voeten"
	// "votes-csv"
	// "unvotes-roll-calls"
	// ""
}
