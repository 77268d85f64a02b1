package report

import (
	"bytes"
	"fmt"
	"io"
	"math"
	"strings"
	"unicode/utf8"

	"codeberg.org/go-pdf/fpdf"

	"github.com/entente/entente/dataset"
	"github.com/entente/entente/internal/pdfdoc"
	"github.com/entente/entente/plots"
	"github.com/entente/entente/score"
)

// A4 in points, and the page layout.
const (
	pageW, pageH = 595.28, 841.89
	margin       = 54.0
	footerH      = 28.0
	textW        = pageW - 2*margin
)

// Colours of the PDF's text and rules (RGB).
var (
	pdfInk    = [3]int{0x22, 0x22, 0x22}
	pdfSubtle = [3]int{0x55, 0x55, 0x55}
	pdfRule   = [3]int{0xcc, 0xcc, 0xcc}
	pdfHeadBg = [3]int{0xee, 0xf2, 0xf6}
	pdfZebra  = [3]int{0xf7, 0xf7, 0xf7}
	pdfAccent = [3]int{0x00, 0x72, 0xb2} // Okabe–Ito blue
)

// WritePDF writes the report as an A4 PDF: a title page, the summary
// table and top events, the overview charts, a section per dyad with its
// charts, change points and top events, and the methods page with the
// data sources and their reconciliation. Text and charts use one embedded
// UTF-8 font (Liberation Sans); the charts are vector graphics.
func (r *Report) WritePDF(w io.Writer) error {
	p := r.composePDF()
	if err := p.doc.Error(); err != nil {
		return fmt.Errorf("report: composing the PDF: %w", err)
	}
	if err := p.doc.Output(w); err != nil {
		return fmt.Errorf("report: writing the PDF: %w", err)
	}
	return nil
}

// composePDF lays out every page of the PDF.
func (r *Report) composePDF() *pdfWriter {
	p := newPDFWriter(r)
	p.titlePage()
	p.summaryPages()
	if len(r.Overview) > 0 {
		p.overviewPages()
	}
	if r.Votes != nil {
		p.votePages()
	}
	for i, d := range r.Dyads {
		p.dyadPages(i, d)
	}
	p.methodsPages()
	return p
}

// PDFBytes returns the report as PDF bytes (nil if composing failed; use
// WritePDF to see the error). It is deliberately not named PDF: gophernotes
// would attach the whole PDF to every notebook cell that shows the report.
func (r *Report) PDFBytes() []byte {
	var buf bytes.Buffer
	if err := r.WritePDF(&buf); err != nil {
		return nil
	}
	return buf.Bytes()
}

type pdfWriter struct {
	r   *Report
	doc *fpdf.Fpdf
	y   float64
	// overflows lists the table cells with a word wider than the column
	// (drawn across its neighbour): "page 5: r with event index".
	overflows []string
}

func newPDFWriter(r *Report) *pdfWriter {
	doc := pdfdoc.New(pageW, pageH)
	if !r.Generated.IsZero() {
		doc.SetCreationDate(r.Generated)
		doc.SetModificationDate(r.Generated)
	} else {
		doc.SetCreationDate(pdfdoc.Date)
		doc.SetModificationDate(pdfdoc.Date)
	}
	doc.SetTitle(r.Title, true)
	doc.SetSubject(r.Subtitle, true)
	doc.SetCreator("entente "+r.Version, true)
	doc.SetAuthor("entente", true)
	doc.AliasNbPages("{nb}")
	p := &pdfWriter{r: r, doc: doc}
	doc.SetFooterFunc(p.footer)
	return p
}

func (p *pdfWriter) font(size float64, bold, italic bool) {
	fam, style := pdfdoc.Font(p.doc, bold, italic)
	p.doc.SetFont(fam, style, size)
}

func (p *pdfWriter) color(c [3]int) { p.doc.SetTextColor(c[0], c[1], c[2]) }

func (p *pdfWriter) newPage() {
	p.doc.AddPage()
	p.y = margin
}

// bottom is where the text area ends, above the footer band.
const bottom = pageH - margin - footerH/2

// need starts a new page unless h points are left above the footer.
func (p *pdfWriter) need(h float64) {
	if p.y+h > bottom {
		p.newPage()
	}
}

// section starts a level-1 section that may share a page with the one
// before it: below it, after a gap, when the page has room for the
// heading and the section's first block (first points: its opening
// paragraphs and first chart); on a new page otherwise.
func (p *pdfWriter) section(first float64) {
	const gap, head = 10.0, 34 // head: a one-line level-1 heading
	if p.doc.PageNo() > 1 && p.y+gap+head+first <= bottom {
		p.y += gap
		return
	}
	p.newPage()
}

func (p *pdfWriter) footer() {
	if p.doc.PageNo() == 1 {
		return
	}
	// A chart drawn before the footer leaves fpdf's idea of the graphics
	// state (fill colour, opacity) out of step with the page's after its
	// q…Q block; state everything the footer uses explicitly.
	p.doc.SetAlpha(1, "Normal")
	p.doc.SetFillColor(pdfSubtle[0], pdfSubtle[1], pdfSubtle[2])
	p.font(7.5, false, false)
	p.color(pdfSubtle)
	// The footer sits in the bottom 5 % of the page (below pageH·0.95 =
	// 799.8 pt), clear of the text area, which ends at pageH − margin −
	// footerH/2 = 773.9 pt.
	y := pageH - 26
	p.doc.SetDrawColor(pdfRule[0], pdfRule[1], pdfRule[2])
	p.doc.SetLineWidth(0.5)
	p.doc.Line(margin, y-11, pageW-margin, y-11)
	left := p.r.Title
	if !p.r.Generated.IsZero() {
		left += " · " + p.r.Generated.UTC().Format("2 Jan 2006")
	}
	p.doc.Text(margin, y, left)
	right := fmt.Sprintf("page %d of {nb}", p.doc.PageNo())
	p.doc.Text(pageW-margin-p.doc.GetStringWidth(right), y, right)
}

// heading writes a section heading (level 1 or 2) and a bookmark.
func (p *pdfWriter) heading(text string, level int) {
	size, gap := 16.0, 10.0
	if level > 1 {
		size, gap = 12, 6
	}
	p.need(size*2 + 60)
	p.font(size, true, false)
	p.color(pdfInk)
	p.doc.Bookmark(text, level-1, p.y)
	for _, line := range p.wrap(text, textW) {
		p.doc.Text(margin, p.y+size, line)
		p.y += size * 1.25
	}
	if level == 1 {
		p.doc.SetDrawColor(pdfAccent[0], pdfAccent[1], pdfAccent[2])
		p.doc.SetLineWidth(1.2)
		p.doc.Line(margin, p.y+2, margin+40, p.y+2)
		p.y += 4
	}
	p.y += gap
}

// paragraphHeight is the height paragraph takes for text at size.
func (p *pdfWriter) paragraphHeight(text string, size float64) float64 {
	p.font(size, false, false)
	return float64(len(p.wrap(text, textW)))*size*1.4 + size*0.6
}

// paragraph writes wrapped text.
func (p *pdfWriter) paragraph(text string, size float64, c [3]int) {
	p.font(size, false, false)
	p.color(c)
	lh := size * 1.4
	for _, line := range p.wrap(text, textW) {
		p.need(lh)
		p.doc.Text(margin, p.y+size, line)
		p.y += lh
	}
	p.y += size * 0.6
}

// wrap splits text into lines no wider than w in the current font,
// keeping explicit newlines; a word wider than w gets its own line.
func (p *pdfWriter) wrap(text string, w float64) []string {
	var out []string
	for _, para := range strings.Split(text, "\n") {
		words := strings.FieldsFunc(para, breakable)
		if len(words) == 0 {
			out = append(out, "")
			continue
		}
		line := words[0]
		for _, word := range words[1:] {
			if p.doc.GetStringWidth(line+" "+word) > w {
				out = append(out, line)
				line = word
				continue
			}
			line += " " + word
		}
		out = append(out, line)
	}
	return out
}

// breakable says whether a line may break at r: at a space or tab, never
// at a no-break space (nbsp), which keeps a dyad's code with its value.
func breakable(r rune) bool { return r == ' ' || r == '\t' }

// nbsp is the no-break space.
const nbsp = "\u00a0"

// column of a table: header, width (share of textW when ≤ 1, else
// points), alignment "L" or "R".
type column struct {
	title string
	width float64
	align string
}

// table writes a table with a shaded header row (repeated after a page
// break), zebra rows and wrapped cells.
func (p *pdfWriter) table(cols []column, rows [][]string, size float64) {
	widths := make([]float64, len(cols))
	for i, c := range cols {
		widths[i] = c.width
		if c.width <= 1 {
			widths[i] = c.width * textW
		}
	}
	pad := 3.0
	lh := size * 1.3
	header := func() {
		p.font(size, true, false)
		cells := make([][]string, len(cols))
		hmax := 1
		for i, c := range cols {
			cells[i] = p.wrap(c.title, widths[i]-2*pad)
			if len(cells[i]) > hmax {
				hmax = len(cells[i])
			}
		}
		h := float64(hmax)*lh + 2*pad
		p.need(h + lh + 2*pad)
		p.doc.SetFillColor(pdfHeadBg[0], pdfHeadBg[1], pdfHeadBg[2])
		p.doc.Rect(margin, p.y, textW, h, "F")
		p.color(pdfInk)
		x := margin
		for i := range cols {
			p.cell(cells[i], x, p.y+pad, widths[i], cols[i].align, size, lh, pad)
			x += widths[i]
		}
		p.y += h
	}
	header()
	for ri, row := range rows {
		p.font(size, false, false)
		cells := make([][]string, len(cols))
		hmax := 1
		for i := range cols {
			txt := ""
			if i < len(row) {
				txt = row[i]
			}
			cells[i] = p.wrap(txt, widths[i]-2*pad)
			if len(cells[i]) > hmax {
				hmax = len(cells[i])
			}
		}
		h := float64(hmax)*lh + 2*pad
		if p.y+h > bottom {
			p.newPage()
			header()
			p.font(size, false, false)
		}
		if ri%2 == 1 {
			p.doc.SetFillColor(pdfZebra[0], pdfZebra[1], pdfZebra[2])
			p.doc.Rect(margin, p.y, textW, h, "F")
		}
		p.color(pdfInk)
		x := margin
		for i := range cols {
			p.cell(cells[i], x, p.y+pad, widths[i], cols[i].align, size, lh, pad)
			x += widths[i]
		}
		p.y += h
	}
	p.doc.SetDrawColor(pdfRule[0], pdfRule[1], pdfRule[2])
	p.doc.SetLineWidth(0.5)
	p.doc.Line(margin, p.y, margin+textW, p.y)
	p.y += 10
}

func (p *pdfWriter) cell(lines []string, x, y, w float64, align string, size, lh, pad float64) {
	for k, line := range lines {
		if p.doc.GetStringWidth(line) > w-2*pad+0.01 {
			p.overflows = append(p.overflows, fmt.Sprintf("page %d: %s", p.doc.PageNo(), line))
		}
		tx := x + pad
		if align == "R" {
			tx = x + w - pad - p.doc.GetStringWidth(line)
		}
		p.doc.Text(tx, y+float64(k)*lh+size*0.95, line)
	}
}

// chart draws a chart across the text width at height h.
func (p *pdfWriter) chart(ch *plots.Chart, h float64) {
	p.need(h)
	ch.DrawPDF(p.doc, margin, p.y, textW, h)
	p.y += h + 12
}

// chartPair draws two charts side by side across the text width at
// height h.
func (p *pdfWriter) chartPair(a, b *plots.Chart, h float64) {
	p.need(h)
	const gap = 14.0
	w := (textW - gap) / 2
	a.DrawPDF(p.doc, margin, p.y, w, h)
	b.DrawPDF(p.doc, margin+w+gap, p.y, w, h)
	p.y += h + 12
}

func (p *pdfWriter) titlePage() {
	r := p.r
	p.newPage()
	p.doc.SetFillColor(pdfAccent[0], pdfAccent[1], pdfAccent[2])
	p.doc.Rect(0, 0, pageW, 10, "F")
	p.y = 150
	p.font(10, true, false)
	p.color(pdfAccent)
	p.doc.Text(margin, p.y, "ENTENTE REPORT")
	p.y += 22
	p.font(26, true, false)
	p.color(pdfInk)
	p.doc.Bookmark("Title", 0, 0)
	for _, line := range p.wrap(r.Title, textW) {
		p.doc.Text(margin, p.y+26, line)
		p.y += 32
	}
	if r.Subtitle != "" {
		p.y += 4
		p.font(13, false, false)
		p.color(pdfSubtle)
		for _, line := range p.wrap(r.Subtitle, textW) {
			p.doc.Text(margin, p.y+13, line)
			p.y += 18
		}
	}
	p.y += 30
	var dyads []string
	for _, d := range r.Dyads {
		dyads = append(dyads, d.Name+" ("+d.Dyad.String()+")")
	}
	rows := [][]string{
		{"Dyads", strings.Join(dyads, "\n")},
		{"Period", span(r.From, r.To, r.Granularity) + " (" + r.Granularity.String() + "ly periods)"},
	}
	var src []string
	for _, s := range r.Sources {
		src = append(src, sourceFact(s))
	}
	if len(src) > 0 {
		rows = append(rows, []string{"Data sources", strings.Join(src, "\n")})
	}
	if !r.Generated.IsZero() {
		rows = append(rows, []string{"Generated", r.Generated.UTC().Format("2 January 2006, 15:04 MST")})
	}
	if r.Version != "" {
		rows = append(rows, []string{"Version", "entente " + r.Version})
	}
	lh := 15.0
	for _, row := range rows {
		p.font(10, true, false)
		p.color(pdfSubtle)
		p.doc.Text(margin, p.y+10, row[0])
		p.font(10.5, false, false)
		p.color(pdfInk)
		for _, line := range p.wrap(row[1], textW-110) {
			p.doc.Text(margin+110, p.y+10, line)
			p.y += lh
		}
		p.y += 6
	}
}

func (p *pdfWriter) summaryPages() {
	r := p.r
	p.newPage()
	p.heading("Summary", 1)
	model := ""
	if len(r.Dyads) > 0 {
		model = r.Dyads[0].Summary.Model
	}
	p.paragraph(summaryCaption(model), 8.5, pdfSubtle)
	var rows [][]string
	for _, d := range r.Dyads {
		s, c := d.Summary, d.summaryCells(r.Granularity)
		dec := decimals(s.Model)
		rows = append(rows, []string{
			d.Name, s.valueText(dec) + "\n" + period(s.Period, r.Granularity), c.band, c.perYear,
			signed(s.Change3, dec), signed(s.Change12, dec), c.trend, c.level, c.changePoints, thousands(s.Events),
		})
	}
	p.table([]column{
		{"Dyad", 0.125, "L"}, {headlineHeader(model), 0.095, "R"}, {bandHeader(model), 0.105, "R"}, {perYearHeader, 0.085, "R"},
		{"Δ 3 months", 0.075, "R"}, {"Δ 12 months", 0.075, "R"}, {"Trend", 0.065, "L"},
		{levelHeader(model), 0.115, "L"}, {"Change points", 0.19, "L"}, {"Events", 0.07, "R"},
	}, rows, 8)
}

// changeTable lays out a dyad's change points for the PDF: the period of
// the change (with the last month of its run of moves, or the interval
// a detector says it likely lies in, when that is wider),
// the means before and after, the shift (the printed after minus the
// printed before, shiftText), the probability (a column only
// when some change has one) and the first pdfDrivers driving events;
// values and shifts with dec decimals (decimals of the series' model).
func changeTable(cps []ChangePoint, g dataset.Granularity, dec int) ([]column, [][]string) {
	withLikely, withConf := changeColumns(cps, g)
	head := changeHeader(g)
	if withLikely {
		head = "Change (" + intervalHeader(withConf) + ")"
	}
	cols := []column{{head, 0.13, "L"}, {"Before", 0.07, "R"}, {"After", 0.07, "R"}, {"Shift", 0.07, "R"}}
	if withConf {
		cols = append(cols, column{"Probability", 0.09, "R"})
	}
	rest := 1.0
	for _, c := range cols {
		rest -= c.width
	}
	cols = append(cols, column{fmt.Sprintf("Driven by (its way first, largest first; %d here, all in change-points.csv)", pdfDrivers), rest, "L"})
	var rows [][]string
	for _, c := range cps {
		when := period(c.Time, g)
		if l := likely(c, g); l != dash && l != when {
			if math.IsNaN(c.Confidence) { // a run of moves (a shift): its first and last month
				when += "\n– " + period(c.To, g)
			} else {
				when += "\n(" + l + ")"
			}
		}
		row := []string{when, num(c.Before, dec), num(c.After, dec), c.shiftText(dec)}
		if withConf {
			conf := dash
			if !math.IsNaN(c.Confidence) {
				conf = fmt.Sprintf("%.0f %%", 100*c.Confidence)
			}
			row = append(row, conf)
		}
		drivers := c.Drivers
		if len(drivers) > pdfDrivers {
			drivers = drivers[:pdfDrivers]
		}
		rows = append(rows, append(row, driversText(drivers, dec)))
	}
	return cols, rows
}

// changeColumns says which of the optional columns a dyad's change
// points fill: the interval (when some change has one wider than its own
// period: the months a shift of the headline ran over, or where a
// detector likely puts the change) and its probability (when some change
// has one). The report's change points, shifts of the headline series
// (score.SeriesShifts), have no probability; a run of moves over several
// periods gives an interval.
func changeColumns(cps []ChangePoint, g dataset.Granularity) (withLikely, withConf bool) {
	for _, c := range cps {
		withConf = withConf || !math.IsNaN(c.Confidence)
		if l := likely(c, g); l != dash && l != period(c.Time, g) {
			withLikely = true
		}
	}
	return withLikely, withConf
}

// intervalHeader names a change's interval: the months a shift of the
// headline ran over (score.SeriesShifts: From its first period, To the
// last of its run of moves), or where a detector that says how sure it is
// (score.ChangePoints) likely puts it.
func intervalHeader(withConf bool) string {
	if withConf {
		return "likely between"
	}
	return "months"
}

// changeHeader names the column of a change's period when the changes
// have no likely interval: "Month of the change".
func changeHeader(g dataset.Granularity) string {
	w := g.String()
	return strings.ToUpper(w[:1]) + w[1:] + " of the change"
}

// likely formats a change's location interval: "Jan 2022 – Mar 2022".
func likely(c ChangePoint, g dataset.Granularity) string {
	if c.From.IsZero() || c.To.IsZero() {
		return dash
	}
	return span(c.From, c.To, g)
}

// driversText lists a change's driving events: "10 Jan 2022 Agreement
// signed (+2.1; Goldstein +8.0); …", each move with dec decimals, then the
// event's own Goldstein weight where it has one (near ±9 the level moves
// by a small share of it).
func driversText(ds []Driver, dec int) string {
	if len(ds) == 0 {
		return dash
	}
	var parts []string
	for _, d := range ds {
		v := signed(d.Change, dec)
		if !math.IsNaN(d.Goldstein) {
			v += "; Goldstein " + signed(d.Goldstein, 1)
		}
		parts = append(parts, date(d.Date)+" "+d.Description+" ("+v+")")
	}
	return strings.Join(parts, "; ")
}

func topEventColumns() []column {
	return []column{{"Date", 0.11, "L"}, {"Actors", 0.10, "L"}, {"Event", 0.56, "L"}, {"CAMEO", 0.07, "L"}, {"Goldstein", 0.09, "R"}, {"Reports", 0.07, "R"}}
}

func topEventRows(evs []TopEvent) [][]string {
	var rows [][]string
	for _, e := range evs {
		desc := e.Description
		if e.Reference != "" {
			desc += " — " + e.Reference
		}
		rows = append(rows, []string{e.DateText(), e.Actors(), desc, e.Code, num(e.Goldstein, scaleDecimals), fmt.Sprint(e.Reports)})
	}
	return rows
}

// overviewPages writes the overview charts, below the summary when the
// page has room for the first.
func (p *pdfWriter) overviewPages() {
	p.section(overviewHeight(p.r.Overview[0]))
	p.heading("Overview", 1)
	for _, ch := range p.r.Overview {
		p.chart(ch, overviewHeight(ch))
	}
}

// overviewHeight is the height of an overview chart in points: the small
// multiples and the heatmap alike, 0.6 of the text width.
func overviewHeight(ch *plots.Chart) float64 { return textW * 0.6 }

func (p *pdfWriter) dyadPages(i int, d *DyadSection) {
	p.newPage()
	p.heading(d.Name+" ("+d.Dyad.String()+")", 1)
	line := d.summaryLine(p.r.Granularity)
	p.paragraph(line, 9.5, pdfInk)
	// The headline chart (with its numbered top events) and the chart
	// beside it share the section's first page; the event mix opens the
	// second, above the change points and top events.
	for k := 0; k < len(d.Charts); k++ {
		if k < 2 || k+1 == len(d.Charts) {
			p.chart(d.Charts[k], dyadChartHeight(k))
			continue
		}
		p.chartPair(d.Charts[k], d.Charts[k+1], dyadChartHeight(k))
		k++
	}
	if len(d.ChangePoints) > 0 {
		p.heading("Change points", 2)
		cols, rows := changeTable(d.ChangePoints, p.r.Granularity, decimals(d.Summary.Model))
		p.table(cols, rows, 7.0)
	}
	if len(d.TopEvents) > 0 {
		p.heading("Top events", 2)
		p.table(topEventColumns(), topEventRows(d.TopEvents), 7.0)
	}
}

// pdfDrivers is the number of driving events the PDF lists per change
// point, the ones that moved the series most (the HTML page and
// change-points.csv list them all). Two since the level's acute part
// (issue 11): its change points in Russia–United States carry longer
// driver lists, and with three the section overflowed its two pages.
const pdfDrivers = 2

// dyadChartHeight is the height of a dyad section's k-th chart in points:
// the headline chart tallest (its key of top events sits under it), the
// comparison chart below it on the same page, the others (event mix and
// timeline) side by side, 160 points high (180 until the change points'
// cap rose from 8 to 10: with ten changes Russia–Ukraine's second page
// overflowed by one top event; the change and top-event tables are set in
// 7-point type, 7.2 before).
func dyadChartHeight(k int) float64 {
	switch k {
	case 0:
		return 360
	case 1:
		return 250
	}
	return 160
}

// summaryCaption introduces the summary table, naming the headline
// series (model) and its band and evidence, as the columns of summary.csv
// do.
func summaryCaption(model string) string {
	head := "the relationship index (" + model + ")"
	if model == "level" {
		head = "the relationship level (−9 … +9, + cooperation, − conflict)"
	}
	level := "the relationship level and its grade"
	if model == "level" {
		level = "the level's grade"
	}
	return "Headline: " + head + " in the last period with data (column value of summary.csv), with its " + bandWords(model) + " (lower, upper); the evidence behind it, the events per year since the dyad's first event (rows: a joint act counts twice), marked thin evidence when fewer than " + fmt.Sprint(ThinEvents) + " events fall in the last " + fmt.Sprint(ThinWindow) + " months; its change over the last 3 and 12 months, between 3-month means; the trend, the 12-month change in a word; " + level + "; the number of change points kept in the headline series (at most " + fmt.Sprint(score.DefaultShiftMax) + ") and the latest, with its shift; the dyad's events in all. Each dyad's section gives its charts, all its change points with the events that drove them, and its top events."
}

// bandWords names the band of a model's series in the report's text: the
// level's is an evidence band (±1.96·3.6/√(N+1), score/level.go), not a
// probability interval; the other models' are 95 % bands.
func bandWords(model string) string {
	if model == "level" {
		return "evidence band"
	}
	return "95 % band"
}

// bandHeader is the summary table's header of the band column.
func bandHeader(model string) string {
	b := bandWords(model)
	return strings.ToUpper(b[:1]) + b[1:]
}

// headlineHeader is the summary table's header of the headline column.
func headlineHeader(model string) string {
	if model == "level" {
		return "Level (last period)"
	}
	return "Index: " + model + " (last period)"
}

func (p *pdfWriter) methodsPages() {
	r := p.r
	p.newPage()
	p.heading("Methods and data", 1)
	for _, m := range r.Methods {
		p.heading(m.Heading, 2)
		if m.Text != "" {
			p.paragraph(m.Text, methodsSize, pdfInk)
		}
		if len(m.Table) > 1 {
			cols := make([]column, len(m.Table[0]))
			for i, w := range methodWidths(m.Table) {
				cols[i] = column{title: m.Table[0][i], width: w, align: "L"}
			}
			p.fitWords(cols, m.Table[1:], 8)
			p.table(cols, m.Table[1:], 8)
		}
	}
	p.heading("Data sources and reconciliation", 2)
	p.paragraph(sourcesText, methodsSize, pdfInk)
	p.table(sourceColumns(), sourceRows(r), 8)
	// one paragraph: the accounting reads as one chain of counts
	p.paragraph(strings.Join(reconciliation(r), " "), methodsSize, pdfInk)
}

// fitWords widens the columns (shares of textW) whose longest word, in
// the table's fonts at size, would not fit, taking the width from the
// columns with room to spare in proportion to their room, so that a
// short column beside two long ones keeps its words whole.
func (p *pdfWriter) fitWords(cols []column, rows [][]string, size float64) {
	const pad = 3.0 // as table's
	need := make([]float64, len(cols))
	widest := func(i int, text string, bold bool) {
		p.font(size, bold, false)
		for _, w := range strings.FieldsFunc(text, breakable) {
			need[i] = max(need[i], p.doc.GetStringWidth(w)+2*pad+0.5)
		}
	}
	for i, c := range cols {
		widest(i, c.title, true)
		for _, row := range rows {
			if i < len(row) {
				widest(i, row[i], false)
			}
		}
	}
	var deficit, room float64
	for i, c := range cols {
		w := c.width * textW
		if w < need[i] {
			deficit += need[i] - w
		} else {
			room += w - need[i]
		}
	}
	if deficit == 0 || room < deficit {
		return
	}
	for i, c := range cols {
		w := c.width * textW
		if w < need[i] {
			w = need[i]
		} else {
			w -= deficit * (w - need[i]) / room
		}
		cols[i].width = w / textW
	}
}

// methodsSize is the font size of the methods' text in points: a little
// smaller than the sections' (9.5), as reference text.
const methodsSize = 8.5

// methodWidths shares the text width among a methods table's columns in
// proportion to their cells' mean length (in characters, each cell counted
// up to 70), at least the longest cell's over 1.8, and for a column of short
// cells (up to 12 characters: "All dyads", "kalman") 1.3 times their
// length, room for a proportional font's wider letters: so that a column
// of long texts wraps less than the short ones beside it, a column of
// short cells does not wrap at all, and one long cell in a column of short
// ones (the dyads' values of a parameter, "CHN-RUS 1.2; CHN-VEN 0.15; …")
// wraps to a few lines, not one value a line, instead of widening the
// column for every row; fitWords then keeps every word whole.
func methodWidths(table [][]string) []float64 {
	n := len(table[0])
	longest := make([]float64, n)
	total := make([]float64, n)
	for _, row := range table[1:] {
		for i := 0; i < n && i < len(row); i++ {
			l := min(float64(utf8.RuneCountInString(row[i])), 70)
			longest[i] = max(longest[i], l)
			total[i] += l
		}
	}
	rows := float64(max(len(table)-1, 1))
	weight := make([]float64, n)
	var sum float64
	for i := range weight {
		weight[i] = max(total[i]/rows, longest[i]/1.8, 1.3*min(longest[i], 12))
		sum += weight[i]
	}
	out := make([]float64, n)
	for i, w := range weight {
		out[i] = w / sum
	}
	return out
}

func sourceColumns() []column {
	return []column{{"Source", 0.25, "L"}, {"Format", 0.09, "L"}, {"Read", 0.09, "R"}, {"Kept", 0.09, "R"}, {"Rejected", 0.09, "R"}, {"Filtered", 0.09, "R"}, {"Events", 0.09, "R"}, {"Dates", 0.21, "L"}}
}

func sourceRows(r *Report) [][]string {
	var rows [][]string
	var t Source
	for _, s := range r.Sources {
		name := s.Name
		if s.Articles > 0 {
			name += " (articles)"
		}
		rows = append(rows, []string{name, s.Format, thousands(s.Read), thousands(s.Kept), thousands(s.Rejected), thousands(s.Filtered), thousands(s.Events), dateRange(s)})
		t.Read += s.Read
		t.Kept += s.Kept
		t.Rejected += s.Rejected
		t.Filtered += s.Filtered
		t.Events += s.Events
	}
	if len(r.Sources) > 1 {
		rows = append(rows, []string{"Total", "", thousands(t.Read), thousands(t.Kept), thousands(t.Rejected), thousands(t.Filtered), thousands(t.Events), ""})
	}
	return rows
}

// sourceFact is a source's line on the title page.
func sourceFact(s Source) string {
	if s.Articles > 0 {
		return fmt.Sprintf("%s: %s events coded from %s of %s articles", s.Name, thousands(s.Events), thousands(s.Kept), thousands(s.Read))
	}
	if s.Format == string(FormatScores) { // a scores file's rows are scores, not events
		return fmt.Sprintf("%s: %s score rows kept of %s read (scores, not events)", s.Name, thousands(s.Kept), thousands(s.Read))
	}
	return fmt.Sprintf("%s: %s events kept of %s rows read", s.Name, thousands(s.Kept), thousands(s.Read))
}

func dateRange(s Source) string {
	if s.First.IsZero() {
		return dash
	}
	return date(s.First) + " – " + date(s.Last)
}
