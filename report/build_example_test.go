package report_test

import (
	"fmt"
	"time"

	"github.com/entente/entente/dataset"
	"github.com/entente/entente/report"
)

// Three events between Côte d'Ivoire and Türkiye are enough for a report.
// The headline is the relationship level (score's level model, starting
// from the mean of the first periods), in the "good" grade [3, 6), with
// its evidence band — wide: three events — and the thin-evidence flag
// (fewer than 6 events in two years). Three events over two months count
// as three a year (the span is at least a year). The band: N = 2·0.96 + 1
// = 2.92 events behind April's level, ±1.96·3.6/√3.92 = ±3.56.
func ExampleBuildEvents() {
	mk := func(day string, src, tgt, code string) dataset.Event {
		e := dataset.NewEvent()
		e.Date, _ = time.Parse("2006-01-02", day)
		e.Source.Country, e.Target.Country = src, tgt
		e.SetCode(code) // Goldstein weight and quad class from CAMEO
		return e
	}
	events := []dataset.Event{
		mk("2023-03-02", "CIV", "TUR", "042"), // make a visit, 1.9
		mk("2023-03-03", "TUR", "CIV", "057"), // sign an agreement, 8
		mk("2023-04-11", "TUR", "CIV", "051"), // praise, 3.4
	}
	r, err := report.BuildEvents(events, &report.Options{Generated: time.Date(2026, 1, 2, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		panic(err)
	}
	d := r.Dyads[0]
	fmt.Println(r.Title)
	fmt.Println(r.Subtitle)
	sm := d.Summary
	fmt.Printf("%s | %s %.2f [%.2f, %.2f] %s\n", d.Name, sm.Model, sm.Value, sm.Lower, sm.Upper, sm.Grade)
	fmt.Printf("%.1f events a year, thin evidence: %v, fallback: %q\n", sm.EventsPerYear, sm.Thin, d.Fallback)
	fmt.Printf("%+v\n", r.Aggregation)
	// Output:
	// Relations between Côte d'Ivoire and Türkiye
	// Mar 2023 – Apr 2023, monthly periods; main index: level
	// Côte d'Ivoire – Türkiye | level 4.81 [1.25, 8.38] good
	// 3.0 events a year, thin evidence: true, fallback: ""
	// {Events:3 Undated:0 NotDyadic:0 Self:0 OutsideRange:0 OutsideScored:0 OtherDyads:0 Reported:3}
}

// The two stages apart: the ingest stage deduplicates and aggregates (here
// events in memory; dataset.IngestFiles streams files), Build renders from
// its statistics and evidence. Two reports of one visit (same day, actors
// and code) merge into one event with two reports.
func ExampleBuild() {
	mk := func(day string, src, tgt, code string) dataset.Event {
		e := dataset.NewEvent()
		e.Date, _ = time.Parse("2006-01-02", day)
		e.Source.Country, e.Target.Country = src, tgt
		e.SetCode(code)
		return e
	}
	events := []dataset.Event{
		mk("2023-03-02", "CIV", "TUR", "042"),
		mk("2023-03-02", "CIV", "TUR", "042"), // the same visit reported again
		mk("2023-03-03", "TUR", "CIV", "057"),
		mk("2023-04-11", "TUR", "CIV", "051"),
	}
	opts := &report.Options{Generated: time.Date(2026, 1, 2, 0, 0, 0, 0, time.UTC)}
	in := dataset.IngestEvents(events, opts.IngestOptions())
	fmt.Println(in.Dedup, "| dyad-months:", in.Table.Len())
	r, err := report.Build(in, opts)
	if err != nil {
		panic(err)
	}
	top := r.Dyads[0].TopEvents
	fmt.Println(len(top), "top events; first:", top[0].Date.Format("2006-01-02"), top[0].Code, "reports", top[0].Reports)
	fmt.Printf("%+v\n", r.Aggregation)
	// Output:
	// dedup: in=4 out=3 merged=1 | dyad-months: 2
	// 3 top events; first: 2023-03-03 057 reports 1
	// {Events:3 Undated:0 NotDyadic:0 Self:0 OutsideRange:0 OutsideScored:0 OtherDyads:0 Reported:3}
}

func ExampleParseFormats() {
	f, err := report.ParseFormats("pdf,csv")
	fmt.Println(f, err)
	_, err = report.ParseFormats("docx")
	fmt.Println(err)
	// Output:
	// pdf,csv <nil>
	// report: unknown format "docx" (want pdf, html, png, svg, csv or all)
}
