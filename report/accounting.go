package report

// The accounting of a report's inputs, shared by the PDF and the HTML:
// why filters set rows aside and the sentences that reconcile the events
// from the readers to the report.

import (
	"fmt"
	"strings"

	"github.com/entente/entente/dataset"
)

// sourcesText introduces the sources table.
const sourcesText = "Every row of every input is accounted for: rows read = kept + rejected (unreadable) + filtered (set aside by a filter, named below with its count and reason); for article inputs the rows are articles, and Events the events coded from them. The counts add up through deduplication and aggregation."

// filterReasons says why a filter of the readers (dataset.Report.Filters)
// set rows aside; a filter not listed is named as it is.
var filterReasons = map[string]string{
	dataset.RuleOpposition:  "role rule: acts with another state's opposition",
	dataset.RuleRebels:      "role rule: acts with another state's rebels or separatists",
	dataset.RuleNonState:    "role rule: acts with another country's civil society, business, media or other non-state actors",
	dataset.FilterDateRange: "outside the period asked for",
	dataset.FilterDyad:      "outside the dyads asked for",
	dataset.FilterCountry:   "outside the countries asked for",
	dataset.FilterSelf:      "within one state",
	dataset.FilterNotDyadic: "without a known state on both sides",
	dataset.FilterRoot:      "outside the CAMEO roots asked for",
	dataset.FilterDocument:  "the file's documentation record, not an event",
}

// filterLines names, for every source with filtered rows, each filter
// that removed rows, with its count and reason (most rows first).
func filterLines(r *Report) []string {
	var out []string
	for _, s := range r.Sources {
		if s.Filtered == 0 || len(s.Filters) == 0 {
			continue
		}
		out = append(out, fmt.Sprintf("Filtered from %s: %s.", s.Name, filterList(s.Filters)))
	}
	var aside int64
	for _, n := range r.SetAside {
		aside += n
	}
	if aside > 0 {
		out = append(out, fmt.Sprintf("Set aside from the events held in memory (coded from articles, or given to the library): %s.", filterList(r.SetAside)))
	}
	return out
}

// filterList is "N by "name" (reason); …", most rows first.
func filterList(m map[string]int64) string {
	var parts []string
	for _, c := range dataset.Sorted(m) {
		if c.Count == 0 {
			continue
		}
		x := fmt.Sprintf("%s by %q", thousands(c.Count), c.Name)
		if why := filterReasons[c.Name]; why != "" {
			x += " (" + why + ")"
		}
		parts = append(parts, x)
	}
	return strings.Join(parts, "; ")
}

// reconciliation returns the sentences that account for the events from
// the readers to the report.
func reconciliation(r *Report) []string {
	var out []string
	if a := r.ArticleDedup; a != nil && a.In > 0 {
		out = append(out, fmt.Sprintf("Articles: %s events coded, %s merged as one event reported by several outlets, %s out.",
			thousands(a.In), thousands(a.Merged), thousands(a.Out)))
	}
	out = append(out, filterLines(r)...)
	var kept int64
	for _, s := range r.Sources {
		kept += s.Events
	}
	if r.Deduplicated {
		undated := ""
		if r.Dedup.Undated > 0 {
			undated = fmt.Sprintf(" (%s undated events are never merged)", thousands(r.Dedup.Undated))
		}
		out = append(out, fmt.Sprintf("Deduplication: %s events in, %s merged, %s out%s.",
			thousands(r.Dedup.In), thousands(r.Dedup.Merged), thousands(r.Dedup.Out), undated))
	} else {
		out = append(out, fmt.Sprintf("Deduplication: off; the %s events kept are used as they are.", thousands(kept)))
	}
	a := r.Aggregation
	placed := "all dated and between two states"
	if a.Undated+a.NotDyadic+a.Self > 0 {
		placed = fmt.Sprintf("%s undated, %s without a state on both sides and %s within one state cannot be placed in a dyad-period of two states",
			thousands(a.Undated), thousands(a.NotDyadic), thousands(a.Self))
	}
	outside := fmt.Sprintf("%s fall outside the report period", thousands(a.OutsideRange))
	switch {
	case a.OutsideScored > 0 && a.OutsideScored == a.OutsideRange:
		outside += " (before it: they informed the scores, as the history the level and the state-space index carry into the period, but are not shown)"
	case a.OutsideScored > 0:
		outside += fmt.Sprintf(" (%s of them, before it, informed the scores, as the history the level and the state-space index carry into the period, but are not shown; the other %s were not scored)",
			thousands(a.OutsideScored), thousands(a.OutsideRange-a.OutsideScored))
	}
	out = append(out, fmt.Sprintf("Aggregation: %s events in, %s; %s; %s belong to other dyads; %s are in the report.",
		thousands(a.Events), placed, outside, thousands(a.OtherDyads), thousands(a.Reported)))
	return out
}
