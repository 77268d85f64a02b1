package report

import (
	"fmt"
	"time"

	"github.com/entente/entente/dataset"
)

// Test fixture: a small, fully known event set. Goldstein weights are
// GDELT's (cameo codes_table.go, from CAMEO.goldsteinscale.txt): 042 1.9,
// 043 2.8, 051 3.4, 057 8, 112 −2, 163 −8, 190 −10.

var fixedTime = time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)

func ev(date, src, tgt, code, desc string) dataset.Event {
	e := dataset.NewEvent()
	if date != "" {
		d, err := time.Parse("2006-01-02", date)
		if err != nil {
			panic(err)
		}
		e.Date = d
	}
	e.Source.Country, e.Target.Country = src, tgt
	e.SetCode(code)
	e.Description = desc
	return e
}

// fixtureEvents returns:
//   - CHN–RUS: 24 months (Jan 2022 – Dec 2023), per month one 057 CHN→RUS
//     and one 051 RUS→CHN (48 events), plus a visit coded both ways on
//     2023-06-15 (042 RUS→CHN, 043 CHN→RUS, one description) and one
//     repeated report of the first 057 (merged by dedup): 51 events, 50
//     after dedup;
//   - USA–VEN: 12 months (2023), one event USA→VEN each, 163 sanctions
//     (−8) in odd months and 112 accusations (−2) in even ones (12);
//   - CIV–TUR: 3 events in 2 months (Côte d'Ivoire and Türkiye);
//   - 1 undated, 2 without a target country, 1 domestic (USA→USA).
//
// In all 51 + 12 + 3 + 4 = 70 events, 69 after deduplication.
func fixtureEvents() []dataset.Event {
	var evs []dataset.Event
	for i := 0; i < 24; i++ {
		d := time.Date(2022, time.Month(1+i), 10, 0, 0, 0, 0, time.UTC).Format("2006-01-02")
		evs = append(evs,
			ev(d, "CHN", "RUS", "057", fmt.Sprintf("Agreement %d signed", i+1)),
			ev(d, "RUS", "CHN", "051", "Praise"))
	}
	evs = append(evs,
		ev("2023-06-15", "RUS", "CHN", "042", "State visit to Beijing"),
		ev("2023-06-15", "CHN", "RUS", "043", "State visit to Beijing"),
		ev("2022-01-10", "CHN", "RUS", "057", "Agreement 1 signed"), // repeated report
	)
	for i := 0; i < 12; i++ {
		d := time.Date(2023, time.Month(1+i), 20, 0, 0, 0, 0, time.UTC).Format("2006-01-02")
		code, desc := "163", "Sanctions"
		if i%2 == 1 {
			code, desc = "112", "Accusation"
		}
		evs = append(evs, ev(d, "USA", "VEN", code, desc))
	}
	evs = append(evs,
		ev("2023-03-02", "CIV", "TUR", "042", "Visit to Ankara"),
		ev("2023-03-03", "TUR", "CIV", "057", "Trade agreement"),
		ev("2023-04-11", "TUR", "CIV", "051", "Praise"),
		ev("", "CHN", "RUS", "112", "Undated accusation"),
		ev("2023-01-05", "CHN", "", "112", "Accusation of an unknown target"),
		ev("2023-01-06", "", "RUS", "112", "Accusation by an unknown source"),
		ev("2023-01-07", "USA", "USA", "112", "Domestic"),
	)
	return evs
}
