package report_test

import (
	"fmt"
	"os"
	"time"

	"github.com/entente/entente/dataset"
	"github.com/entente/entente/report"
	"github.com/entente/entente/score"
)

// Options.From chooses the periods shown, not the history scored: the
// report from April 2023 shows April's level as the report from March
// gives it (the level carries March's agreement into April), and counts
// March's two events as read for the scores, not shown (4.81: the level
// of ExampleBuildEvents, on the same events).
func ExampleOptions_from() {
	mk := func(day string, src, tgt, code string) dataset.Event {
		e := dataset.NewEvent()
		e.Date, _ = time.Parse("2006-01-02", day)
		e.Source.Country, e.Target.Country = src, tgt
		e.SetCode(code)
		return e
	}
	events := []dataset.Event{
		mk("2023-03-02", "CIV", "TUR", "042"), // make a visit, 1.9
		mk("2023-03-03", "TUR", "CIV", "057"), // sign an agreement, 8
		mk("2023-04-11", "TUR", "CIV", "051"), // praise, 3.4
	}
	all, err := report.BuildEvents(events, nil)
	if err != nil {
		panic(err)
	}
	april, err := report.BuildEvents(events, &report.Options{From: time.Date(2023, 4, 1, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		panic(err)
	}
	for _, r := range []*report.Report{all, april} {
		s := r.Dyads[0].Summary
		fmt.Printf("from %s: %s %.2f; outside the period %d, of them scored %d\n",
			r.From.Format("2006-01"), s.Period.Format("2006-01"), s.Value, r.Aggregation.OutsideRange, r.Aggregation.OutsideScored)
	}
	// Output:
	// from 2023-03: 2023-04 4.81; outside the period 0, of them scored 0
	// from 2023-04: 2023-04 4.81; outside the period 2, of them scored 2
}

// CutScores cuts scored series to the periods written — here March and
// April of a series with events in January (2), March (5) and April (1) —
// keeping each point's thin-evidence flag from the whole series: fewer
// than 6 events in the 24 months up to the period, so March (7) and April
// (8) are not thin, where the rows written alone would flag March (5).
func ExampleCutScores() {
	s := &score.Series{Dyad: dataset.Dyad{A: "CHN", B: "RUS"}, Model: "goldstein", Granularity: dataset.Month}
	for i, n := range []int64{2, 0, 5, 1} {
		p := score.NewPoint(time.Date(2020, time.Month(1+i), 1, 0, 0, 0, 0, time.UTC))
		p.N, p.Value = n, 1
		s.Points = append(s.Points, p)
	}
	rows := report.CutScores(&score.SeriesSet{Series: []*score.Series{s}}, time.Date(2020, 3, 1, 0, 0, 0, 0, time.UTC), time.Time{}, false)
	if err := rows.WriteCSV(os.Stdout); err != nil {
		panic(err)
	}
	// Output:
	// dyad,period,model,value,lower,upper,n,thin_evidence
	// CHN-RUS,2020-03-01,goldstein,1,,,5,false
	// CHN-RUS,2020-04-01,goldstein,1,,,1,false
}

// The first period with an event, by the table's cells: a table of
// monthly cells whose first event is on 17 March 2023 starts in March.
func ExampleFirstPeriod() {
	t := dataset.NewTable(nil)
	for _, day := range []string{"2023-05-02", "2023-03-17"} {
		e := dataset.NewEvent()
		e.Date, _ = time.Parse("2006-01-02", day)
		e.Source.Country, e.Target.Country = "CIV", "TUR"
		e.SetCode("042")
		t.Add(&e)
	}
	fmt.Println(report.FirstPeriod(t, dataset.Month).Format("2006-01"))
	fmt.Println(report.FirstPeriod(dataset.NewTable(nil), dataset.Month).IsZero())
	// Output:
	// 2023-03
	// true
}
