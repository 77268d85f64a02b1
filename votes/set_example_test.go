package votes_test

import (
	"fmt"

	"github.com/entente/entente/votes"
)

// The 2014 Crimea resolution (rcid 5309) in the embedded votes.
func ExampleEmbedded() {
	s, _, err := votes.Embedded()
	if err != nil {
		panic(err)
	}
	i := s.RollCallIndex(5309)
	rc := s.RollCalls[i]
	fmt.Println(rc.Resolution, rc.Date.Format("2006-01-02"), "session", rc.Session)
	for _, c := range []string{"USA", "UKR", "RUS", "VEN", "CHN", "IND"} {
		fmt.Println(c, s.Vote(i, s.CountryIndex(c)))
	}
	// Output:
	// R/68/262 2014-03-27 session 68
	// USA yes
	// UKR yes
	// RUS no
	// VEN no
	// CHN abstain
	// IND abstain
}

// A session as a plain roll-call × country matrix, for an ideal-point
// model.
func ExampleSet_Matrix() {
	s, _, err := votes.Embedded()
	if err != nil {
		panic(err)
	}
	m := s.Matrix(&votes.Selection{Session: 68})
	fmt.Println(len(m.RollCalls) > 0, len(m.Countries) > 190, len(m.Votes) == len(m.RollCalls)*len(m.Countries))
	// Output:
	// true true true
}

// Reading a vote file of another layout: the header names the columns.
func ExampleReadBytes() {
	in := "Resolution,Date,Country,Vote\n" +
		"A/RES/68/262,2014-03-27,UNITED STATES,Y\n" +
		"A/RES/68/262,2014-03-27,Russian Federation,N\n" +
		"A/RES/68/262,2014-03-27,China,A\n"
	s, rep, err := votes.ReadBytes([]byte(in), "undl.csv", nil)
	if err != nil {
		panic(err)
	}
	fmt.Println(rep.Format, rep.RowsLine(), "dates from", s.DatesFrom)
	fmt.Println(s.Countries, s.Row(0))
	// Output:
	// votes-csv rows: read=3 kept=3 rejected=0 filtered=0 dates from file
	// [CHN RUS USA] [abstain no yes]
}
