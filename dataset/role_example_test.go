package dataset_test

import (
	"fmt"
	"strings"

	"github.com/entente/entente/dataset"
)

func ExampleActorRole() {
	for _, a := range []dataset.Actor{
		{Code: "VEN", Country: "VEN"},
		{Code: "VENOPP", Country: "VEN", Sector: "OPP"},
		{Code: "VENLEGOPP", Country: "VEN"},
		{Country: "COL", Sector: "Rebel,Insurgents"},
		{Code: "CHNBUS", Country: "CHN", Sector: "BUS"},
	} {
		fmt.Printf("%-9s %-16q → %s\n", a.Code, a.Sector, dataset.ActorRole(a))
	}
	// Output:
	// VEN       ""               → state
	// VENOPP    "OPP"            → opposition
	// VENLEGOPP ""               → opposition
	//           "Rebel,Insurgents" → rebels
	// CHNBUS    "BUS"            → business
}

func ExampleRoleFilter() {
	sheet := "date,source,target,code,target_sector\n" +
		"2019-01-23,USA,VEN,054,OPP\n" + // recognising the opposition's leader
		"2019-01-23,VEN,USA,161,\n" + // Venezuela breaks relations
		"2019-01-28,USA,VEN,163,\n" // sanctions on the state oil company
	ro := &dataset.ReadOptions{Filter: &dataset.Filter{Roles: dataset.DefaultRoleFilter()}}
	events, rep, _ := dataset.ReadEvents(strings.NewReader(sheet), "s.csv", ro)
	for _, e := range events {
		fmt.Println(e.Date.Format("2006-01-02"), e.Source.Country, e.Target.Country, e.Code)
	}
	fmt.Print(rep.Summary())
	// Output:
	// 2019-01-23 VEN USA 161
	// 2019-01-28 USA VEN 163
	// rows: read=3 kept=2 rejected=0 filtered=1
	//   filtered 1: role: opposition
}
