package report

import (
	"html"
	"sort"
	"strconv"
	"strings"

	"github.com/entente/entente/cameo"
	"github.com/entente/entente/dataset"
	"github.com/entente/entente/score"
)

// Table is a table that renders itself: in a notebook (gophernotes shows a
// value through its HTML or Markdown method), in a Markdown document or an
// HTML page. The constructors below make one from the library's own
// values — scored series, dyad-period statistics, alignment matrices,
// fitted parameters — with numbers rounded for reading (the CSV outputs
// keep eight significant digits); a Table built by hand serves any other listing.
//
// Cells are plain text: HTML and Markdown escape them. A missing number
// is "–".
type Table struct {
	// Caption is written above the table (bold in Markdown); empty: none.
	Caption string
	// Header names the columns.
	Header []string
	// Rows hold the cells, one slice per row; a row shorter than Header
	// is padded with empty cells.
	Rows [][]string
	// Right marks the columns aligned right (numbers); nil: all left.
	Right []bool
}

// right reports whether column j is aligned right.
func (t *Table) right(j int) bool { return j < len(t.Right) && t.Right[j] }

// cell is row i's cell j, "" past the row's end.
func cell(row []string, j int) string {
	if j < len(row) {
		return row[j]
	}
	return ""
}

// Markdown returns the table as a GitHub-flavoured Markdown table ("|" in
// cells escaped, line breaks written as spaces).
func (t *Table) Markdown() string {
	if t == nil {
		panic("report: Markdown of a nil *Table")
	}
	esc := func(s string) string {
		s = strings.ReplaceAll(s, "|", `\|`)
		return strings.Join(strings.Fields(s), " ")
	}
	var b strings.Builder
	if t.Caption != "" {
		b.WriteString("**" + esc(t.Caption) + "**\n\n")
	}
	b.WriteString("|")
	for _, h := range t.Header {
		b.WriteString(" " + esc(h) + " |")
	}
	b.WriteString("\n|")
	for j := range t.Header {
		if t.right(j) {
			b.WriteString(" ---: |")
		} else {
			b.WriteString(" --- |")
		}
	}
	b.WriteString("\n")
	for _, r := range t.Rows {
		b.WriteString("|")
		for j := range t.Header {
			b.WriteString(" " + esc(cell(r, j)) + " |")
		}
		b.WriteString("\n")
	}
	return b.String()
}

// HTML returns the table as an HTML table (class "entente-table"), the
// caption as its <caption>.
func (t *Table) HTML() string {
	if t == nil {
		panic("report: HTML of a nil *Table")
	}
	return htmlTableOf(t, func(i, j int) string { return html.EscapeString(cell(t.Rows[i], j)) })
}

// htmlTableOf writes t with the cell bodies given by body (already HTML).
func htmlTableOf(t *Table, body func(i, j int) string) string {
	var b strings.Builder
	b.WriteString(`<table class="entente-table">`)
	if t.Caption != "" {
		b.WriteString("<caption>" + html.EscapeString(t.Caption) + "</caption>")
	}
	b.WriteString("<thead><tr>")
	for j, h := range t.Header {
		b.WriteString("<th" + alignAttr(t.right(j)) + ">" + html.EscapeString(h) + "</th>")
	}
	b.WriteString("</tr></thead>\n<tbody>\n")
	for i := range t.Rows {
		b.WriteString("<tr>")
		for j := range t.Header {
			b.WriteString("<td" + alignAttr(t.right(j)) + ">" + body(i, j) + "</td>")
		}
		b.WriteString("</tr>\n")
	}
	b.WriteString("</tbody></table>\n")
	return b.String()
}

func alignAttr(right bool) string {
	if right {
		return ` style="text-align:right"`
	}
	return ` style="text-align:left"`
}

// rightCols marks the columns named in nums as right-aligned.
func rightCols(header []string, nums ...string) []bool {
	out := make([]bool, len(header))
	for j, h := range header {
		for _, n := range nums {
			if h == n {
				out[j] = true
			}
		}
	}
	return out
}

// SummaryTable lists a SeriesSet's series, one row each (score's
// SeriesSet.Summary): dyad, model, periods on the grid and with a value,
// events, first and last scored period, the last value with its band (the
// level's evidence band, the other models' 95 % band: column "band"), and
// the range of the values. Values are rounded by the report's rule
// (format.go): 0.1 on a relationship scale, 0.01 for shares and
// similarities.
func SummaryTable(ss *score.SeriesSet) *Table {
	t := &Table{Header: []string{"dyad", "model", "periods", "scored", "events", "first", "last", "last value", "band", "min", "max"},
		Caption: "band: the level's evidence band, the other models' 95 % band"}
	t.Right = rightCols(t.Header, "periods", "scored", "events", "last value", "band", "min", "max")
	if ss == nil {
		return t
	}
	for _, sm := range ss.Summary() {
		band, dec := "", decimals(sm.Model)
		if !isNaN(sm.LastLower) && !isNaN(sm.LastUpper) {
			band = num(sm.LastLower, dec) + " … " + num(sm.LastUpper, dec)
		}
		t.Rows = append(t.Rows, []string{sm.Label, sm.Model, strconv.Itoa(sm.Periods), strconv.Itoa(sm.Scored),
			thousands(sm.Events), orDash(sm.First), orDash(sm.Last), num(sm.LastValue, dec), band, num(sm.Min, dec), num(sm.Max, dec)})
	}
	return t
}

// ParamsTable lists the settings and fitted values (Series.Params) of
// series, one row each, one column per parameter name in the order they
// first appear; a series without a parameter has "–". Values are written
// as paramText writes them (settings to three significant digits, fitted
// values to two, the starting level to 0.1).
func ParamsTable(series []*score.Series) *Table {
	var names []string
	seen := map[string]bool{}
	for _, s := range series {
		if s == nil {
			continue
		}
		for _, p := range s.Params {
			if !seen[p.Name] {
				seen[p.Name] = true
				names = append(names, p.Name)
			}
		}
	}
	t := &Table{Header: append([]string{"dyad", "model"}, names...)}
	t.Right = make([]bool, len(t.Header))
	for j := 2; j < len(t.Right); j++ {
		t.Right[j] = true
	}
	for _, s := range series {
		if s == nil {
			continue
		}
		row := []string{s.Label(), s.Model}
		for _, n := range names {
			v, ok := s.Param(n)
			if !ok {
				row = append(row, dash)
				continue
			}
			row = append(row, paramText(n, v))
		}
		t.Rows = append(t.Rows, row)
	}
	return t
}

// StatsTable lists dyad-period statistics (dataset.Table.Rows or Series):
// dyad, period, events, reports, the mean Goldstein weight (1 decimal)
// and the shares of the four quad classes (whole per cent).
func StatsTable(rows []dataset.DyadPeriod, g dataset.Granularity) *Table {
	t := &Table{Header: []string{"dyad", "period", "events", "reports", "mean Goldstein", "verbal coop.", "material coop.", "verbal conflict", "material conflict"}}
	t.Right = rightCols(t.Header, t.Header[2:]...)
	for i := range rows {
		r := &rows[i]
		row := []string{r.Dyad.String(), period(r.Start, g), thousands(r.Stats.N), thousands(r.Stats.Reports), num(r.Stats.MeanGoldstein(), scaleDecimals)}
		for q := cameo.Quad(1); q <= 4; q++ {
			row = append(row, percent(r.Stats.QuadShare(q)))
		}
		t.Rows = append(t.Rows, row)
	}
	return t
}

// AlignmentTable shows an alignment matrix (score.AlignmentMatrix): the
// countries as rows and columns, each cell the alignment of the pair
// rounded to 2 decimals ("–" where it cannot be computed); the caption
// names the method and the period.
func AlignmentTable(m *score.AlignmentMatrix) *Table {
	if m == nil {
		return &Table{}
	}
	t := &Table{Caption: m.Method + ", " + m.Period.Format("2006-01-02"), Header: append([]string{""}, m.Countries...)}
	t.Right = make([]bool, len(t.Header))
	for j := 1; j < len(t.Right); j++ {
		t.Right[j] = true
	}
	for i, c := range m.Countries {
		row := []string{c}
		for j := range m.Countries {
			row = append(row, num(m.Values.At(i, j), unitDecimals))
		}
		t.Rows = append(t.Rows, row)
	}
	return t
}

// VoteAlignTable lists UN-vote alignment rows (score.VoteAlign): dyad,
// period, measure, value with its 95 % band (2 decimals; the ideal-point
// distance 1, see format.go) and the number of roll calls both voted on.
func VoteAlignTable(rows []score.VoteAlignment) *Table {
	t := &Table{Header: []string{"dyad", "period", "measure", "value", "95 % band", "roll calls"}}
	t.Right = rightCols(t.Header, "value", "95 % band", "roll calls")
	for _, r := range rows {
		band, dec := "", decimals(r.Measure)
		if !isNaN(r.Lower) && !isNaN(r.Upper) {
			band = num(r.Lower, dec) + " … " + num(r.Upper, dec)
		}
		t.Rows = append(t.Rows, []string{r.Dyad.String(), strconv.Itoa(r.Period), r.Measure, num(r.Value, dec), band, strconv.Itoa(r.N)})
	}
	return t
}

// EventTable shows events with their evidence: date (and "background"
// for events an article recalls from the past), source → target actor
// codes, CAMEO code and name, Goldstein weight, reports, and the evidence
// sentences with the coded words highlighted (<mark> in HTML, bold in
// Markdown) and the rule that coded them. Build one with NewEventTable
// or as a literal.
type EventTable struct {
	Events []dataset.Event
	// Documents maps an evidence Doc (an article ID) to the article's
	// Document(), the text the evidence offsets refer to; the coded words
	// are highlighted where an offset pair falls inside the sentence. An
	// event without its document shows the sentence unhighlighted.
	Documents map[string]string
	// Evidence is how many pieces of evidence to show per event, then "…
	// and N more"; 0 shows all.
	Evidence int
	// Description adds the events' Description column (event data such
	// as the chronology have one; coded events do not).
	Description bool
}

// NewEventTable returns the table of events, highlighting their evidence
// in the given articles (nil: unhighlighted).
func NewEventTable(events []dataset.Event, articles []dataset.Article) *EventTable {
	t := &EventTable{Events: events}
	if len(articles) > 0 {
		t.Documents = make(map[string]string, len(articles))
		for _, a := range articles {
			t.Documents[a.ID] = a.Document()
		}
	}
	for i := range events {
		if events[i].Description != "" {
			t.Description = true
			break
		}
	}
	return t
}

// span of a highlighted evidence sentence: before, marked, after.
type evidenceParts struct {
	before, mark, after string
	ok                  bool
}

// parts splits the evidence sentence around the coded words, when the
// document is known and the offsets fall inside one occurrence of the
// sentence.
func (t *EventTable) parts(ev dataset.Evidence) evidenceParts {
	doc, ok := t.Documents[ev.Doc]
	if !ok || ev.Text == "" || ev.End <= ev.Start || ev.Start < 0 || ev.End > len(doc) {
		return evidenceParts{before: ev.Text}
	}
	// the occurrence of the sentence that holds [Start, End)
	for off := 0; off <= len(doc); {
		k := strings.Index(doc[off:], ev.Text)
		if k < 0 {
			break
		}
		s := off + k
		if s > ev.Start {
			break
		}
		if ev.End <= s+len(ev.Text) {
			a, b := ev.Start-s, ev.End-s
			return evidenceParts{before: ev.Text[:a], mark: ev.Text[a:b], after: ev.Text[b:], ok: true}
		}
		off = s + 1
	}
	return evidenceParts{before: ev.Text}
}

func (t *EventTable) header() []string {
	h := []string{"date", "source → target", "CAMEO", "Goldstein", "reports"}
	if t.Description {
		h = append(h, "description")
	}
	return append(h, "evidence")
}

// cells are an event's cells but the evidence.
func (t *EventTable) cells(e *dataset.Event) []string {
	d := dash
	if !e.Date.IsZero() {
		d = e.Date.Format("2006-01-02")
		if e.DatePrecision != "" {
			d += " (" + e.DatePrecision + ")"
		}
	}
	if e.Background {
		d += ", background"
	}
	actor := func(a dataset.Actor) string {
		if a.Code != "" {
			return a.Code
		}
		return a.Country
	}
	code := e.Code
	if name := cameo.Name(e.Code); name != "" {
		code += " " + name
	}
	row := []string{d, actor(e.Source) + " → " + actor(e.Target), code, signed(e.Goldstein, 1), strconv.Itoa(e.ReportCount())}
	if t.Description {
		row = append(row, e.Description)
	}
	return row
}

// evidence returns the pieces shown and how many more there are.
func (t *EventTable) evidence(e *dataset.Event) ([]dataset.Evidence, int) {
	ev := e.Evidence
	if t.Evidence > 0 && len(ev) > t.Evidence {
		return ev[:t.Evidence], len(ev) - t.Evidence
	}
	return ev, 0
}

// HTML returns the events as an HTML table, each piece of evidence as
// its document's ID, the sentence with the coded words in <mark>, and
// the rule.
func (t *EventTable) HTML() string {
	if t == nil {
		panic("report: HTML of a nil *EventTable")
	}
	h := t.header()
	tab := &Table{Header: h, Right: rightCols(h, "Goldstein", "reports")}
	for i := range t.Events {
		tab.Rows = append(tab.Rows, t.cells(&t.Events[i]))
	}
	last := len(h) - 1
	return htmlTableOf(tab, func(i, j int) string {
		if j < last {
			return html.EscapeString(cell(tab.Rows[i], j))
		}
		e := &t.Events[i]
		shown, more := t.evidence(e)
		var parts []string
		for _, ev := range shown {
			p := t.parts(ev)
			s := "<small>" + html.EscapeString(ev.Doc) + "</small> " + html.EscapeString(p.before)
			if p.ok {
				s += "<mark>" + html.EscapeString(p.mark) + "</mark>" + html.EscapeString(p.after)
			}
			if ev.Rule != "" {
				s += " <small>(" + html.EscapeString(ev.Rule) + ")</small>"
			}
			parts = append(parts, s)
		}
		if more > 0 {
			parts = append(parts, "<small>… and "+strconv.Itoa(more)+" more</small>")
		}
		return strings.Join(parts, "<br>")
	})
}

// Markdown returns the events as a Markdown table, the coded words of the
// evidence in bold.
func (t *EventTable) Markdown() string {
	if t == nil {
		panic("report: Markdown of a nil *EventTable")
	}
	h := t.header()
	tab := &Table{Header: h, Right: rightCols(h, "Goldstein", "reports")}
	for i := range t.Events {
		e := &t.Events[i]
		row := t.cells(e)
		shown, more := t.evidence(e)
		var parts []string
		for _, ev := range shown {
			p := t.parts(ev)
			s := ev.Doc + ": " + mdEscape(p.before)
			if p.ok {
				s += "**" + mdEscape(p.mark) + "**" + mdEscape(p.after)
			}
			if ev.Rule != "" {
				s += " (" + mdEscape(ev.Rule) + ")"
			}
			parts = append(parts, s)
		}
		if more > 0 {
			parts = append(parts, "… and "+strconv.Itoa(more)+" more")
		}
		tab.Rows = append(tab.Rows, append(row, strings.Join(parts, " · ")))
	}
	return tab.Markdown()
}

// mdEscape escapes the characters that would start emphasis in Markdown.
func mdEscape(s string) string {
	return strings.NewReplacer("*", `\*`, "_", `\_`, "`", "\\`").Replace(s)
}

// SortEventsByDate sorts events by date (undated last), then source,
// target and code, in place: the order tables read best in.
func SortEventsByDate(events []dataset.Event) {
	sort.SliceStable(events, func(i, j int) bool {
		a, b := &events[i], &events[j]
		if a.Date.IsZero() != b.Date.IsZero() {
			return b.Date.IsZero()
		}
		if !a.Date.Equal(b.Date) {
			return a.Date.Before(b.Date)
		}
		if a.Source.Country != b.Source.Country {
			return a.Source.Country < b.Source.Country
		}
		if a.Target.Country != b.Target.Country {
			return a.Target.Country < b.Target.Country
		}
		return a.Code < b.Code
	})
}

func isNaN(v float64) bool { return v != v }

func orDash(s string) string {
	if s == "" {
		return dash
	}
	return s
}

// sig formats v with n significant digits, a true minus sign, no
// exponent for everyday magnitudes.
func sig(v float64, n int) string {
	if isNaN(v) {
		return dash
	}
	s := strconv.FormatFloat(v, 'g', n, 64)
	if strings.ContainsAny(s, "e") {
		return strings.Replace(s, "-", "−", 1)
	}
	if f, err := strconv.ParseFloat(s, 64); err == nil {
		s = strconv.FormatFloat(f, 'f', -1, 64)
	}
	return strings.Replace(s, "-", "−", 1)
}

// percent formats a share in [0, 1] as whole per cent; NaN is "–".
func percent(v float64) string {
	if isNaN(v) {
		return dash
	}
	return num(v*100, 0) + " %"
}

// MarkdownText is Markdown source that renders as such in a notebook:
// MarkdownText{Text: r.Markdown()} shows a report's summary without the
// whole report that the report's own HTML method would show.
type MarkdownText struct {
	Text string
}

// Markdown returns the text.
func (m MarkdownText) Markdown() string { return m.Text }

// Tables are tables shown one after the other (HTML and Markdown).
type Tables struct {
	List []*Table
}

// HTML returns the tables' HTML, one after the other.
func (ts *Tables) HTML() string {
	var b strings.Builder
	for _, t := range ts.List {
		b.WriteString(t.HTML())
	}
	return b.String()
}

// Markdown returns the tables' Markdown, separated by blank lines.
func (ts *Tables) Markdown() string {
	var parts []string
	for _, t := range ts.List {
		parts = append(parts, t.Markdown())
	}
	return strings.Join(parts, "\n")
}

// ChangeTable lists the change points of a ChangeResult: date, level
// before and after and the shift (1 decimal, as values on a relationship
// scale; the shift is the printed after minus the printed before,
// shiftText; format.go), the probability of a change (whole per cent) and the
// interval its date lies in.
func ChangeTable(r *score.ChangeResult) *Table {
	t := &Table{Header: []string{"date", "before", "after", "shift", "probability", "interval"}}
	t.Right = rightCols(t.Header, "before", "after", "shift", "probability")
	if r == nil {
		return t
	}
	for _, c := range r.Points {
		d, iv := strconv.Itoa(c.Index), strconv.Itoa(c.FromIndex)+"–"+strconv.Itoa(c.ToIndex)
		if !c.Date.IsZero() {
			d = c.Date.Format("2006-01-02")
			iv = c.From.Format("2006-01-02") + " – " + c.To.Format("2006-01-02")
		}
		t.Rows = append(t.Rows, []string{d, num(c.Before, scaleDecimals), num(c.After, scaleDecimals), shiftText(c.Before, c.After, scaleDecimals), percent(c.Prob), iv})
	}
	return t
}

// ExplanationTables shows what score.Explain found behind a dyad-period
// value: the events that contribute most to the value, then (when there
// is an earlier period with events) those that contribute most to the
// change, each with its date, actors, CAMEO code, weight, Goldstein value,
// contribution and change (rounded as the measure's values, format.go),
// description and first evidence.
func ExplanationTables(x *score.Explanation) *Tables {
	if x == nil {
		return &Tables{}
	}
	dec := decimals(x.Measure)
	head := x.Dyad.String() + " " + x.Measure + " in " + x.Period.Format("Jan 2006") + ": " + num(x.Value, dec)
	if !x.Previous.IsZero() {
		head += " (" + num(x.PreviousValue, dec) + " in " + x.Previous.Format("Jan 2006") + ", change " + shiftText(x.PreviousValue, x.Value, dec) + ")"
	}
	head += "; " + strconv.Itoa(x.Events) + " events, " + strconv.Itoa(x.Unscored) + " without a value"
	mk := func(caption string, cs []score.Contribution) *Table {
		t := &Table{Caption: caption, Header: []string{"date", "source → target", "CAMEO", "weight", "value", "contribution", "change", "description", "evidence"}}
		t.Right = rightCols(t.Header, "weight", "value", "contribution", "change")
		for _, c := range cs {
			e := c.Event
			if e == nil {
				continue
			}
			d := date(e.Date)
			if c.Previous {
				d += " (previous)"
			}
			ev := e.URL
			if len(e.Evidence) > 0 {
				ev = e.Evidence[0].Text
				if ev == "" {
					ev = e.Evidence[0].URL
				}
			}
			t.Rows = append(t.Rows, []string{d, e.Source.Country + " → " + e.Target.Country, e.Code,
				num(c.Weight, scaleDecimals), signed(c.Value, scaleDecimals), signed(c.Contribution, dec), signed(c.Change, dec), e.Description, ev})
		}
		return t
	}
	out := &Tables{List: []*Table{mk(head+". Largest contributions to the value", x.ByValue)}}
	if x.ByChange != nil {
		out.List = append(out.List, mk("Largest contributions to the change", x.ByChange))
	}
	return out
}
