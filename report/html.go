package report

import (
	"bytes"
	"fmt"
	"html/template"
	"io"
	"math"
	"strings"
)

// WriteHTML writes the report as one self-contained HTML page: the charts
// are inline SVG, the style sheet is inline, and nothing is loaded from
// the network, so the file can be mailed or opened offline.
func (r *Report) WriteHTML(w io.Writer) error {
	if err := htmlTemplate.Execute(w, r.htmlData()); err != nil {
		return fmt.Errorf("report: writing the HTML: %w", err)
	}
	return nil
}

// HTML returns the report as an HTML fragment for notebooks: one
// <div class="entente-report"> with its style sheet scoped to it (so it
// does not restyle the notebook) and the charts as inline SVG. WriteHTML
// wraps the same fragment in a whole page.
func (r *Report) HTML() string {
	var buf bytes.Buffer
	if err := htmlTemplate.ExecuteTemplate(&buf, "fragment", r.htmlData()); err != nil {
		return "<p>" + template.HTMLEscapeString(err.Error()) + "</p>"
	}
	return buf.String()
}

type htmlFigure struct {
	ID, Kind, Title string
	SVG             template.HTML
}

type htmlDyad struct {
	ID, Name, Code, Line string
	Figures              []htmlFigure
	// ChangeHead and ChangePoints are the change-point table's header and
	// rows; the likely-interval and probability columns only when some
	// change has one (changeColumns).
	ChangeHead   []htmlCell
	ChangePoints [][]htmlCell
	TopEvents    []htmlEvent
}

// htmlCell is a table cell; N right-aligns a number.
type htmlCell struct {
	Text string
	N    bool
}

type htmlEvent struct {
	Date, Actors, Description, Reference, URL, Code, Goldstein, Reports string
}

type htmlData struct {
	Title, Subtitle, Generated, Version, Period string
	Facts                                       [][2]string
	Summary                                     [][]string
	Headline, SummaryCaption, BandHeader        string
	LevelHeader, PerYearHeader                  string
	Overview                                    []htmlFigure
	Votes                                       *htmlVotes
	Dyads                                       []htmlDyad
	Methods                                     []Method
	Sources                                     [][]string
	Reconciliation                              []string
	SourcesText                                 string
}

func (r *Report) htmlData() htmlData {
	d := htmlData{Title: r.Title, Subtitle: r.Subtitle, Version: r.Version, Period: span(r.From, r.To, r.Granularity)}
	if !r.Generated.IsZero() {
		d.Generated = r.Generated.UTC().Format("2 January 2006, 15:04 MST")
	}
	var names []string
	for _, s := range r.Dyads {
		names = append(names, s.Name+" ("+s.Dyad.String()+")")
	}
	d.Facts = append(d.Facts, [2]string{"Dyads", strings.Join(names, "; ")})
	d.Facts = append(d.Facts, [2]string{"Period", d.Period + " (" + r.Granularity.String() + "ly periods)"})
	for _, s := range r.Sources {
		d.Facts = append(d.Facts, [2]string{"Source", sourceFact(s)})
	}
	model := ""
	if len(r.Dyads) > 0 {
		model = r.Dyads[0].Summary.Model
	}
	d.Headline, d.SummaryCaption, d.BandHeader = headlineHeader(model), summaryCaption(model), bandHeader(model)
	d.LevelHeader, d.PerYearHeader = levelHeader(model), perYearHeader
	for _, s := range r.Dyads {
		sm, c := s.Summary, s.summaryCells(r.Granularity)
		d.Summary = append(d.Summary, []string{
			s.Name, sm.valueText(scaleDecimals), period(sm.Period, r.Granularity), c.band, c.perYear, signed(sm.Change3, scaleDecimals), signed(sm.Change12, scaleDecimals),
			c.trend, c.level, c.changePoints, thousands(sm.Events),
		})
	}
	for i, ch := range r.Overview {
		d.Overview = append(d.Overview, htmlFigure{ID: fmt.Sprintf("overview-%d", i+1), Kind: ch.Kind, Title: ch.Title, SVG: template.HTML(ch.InlineSVG())})
	}
	for i, s := range r.Dyads {
		hd := htmlDyad{ID: "dyad-" + strings.ToLower(s.Dyad.String()), Name: s.Name, Code: s.Dyad.String()}
		hd.Line = s.summaryLine(r.Granularity)
		for k, ch := range s.Charts {
			hd.Figures = append(hd.Figures, htmlFigure{ID: fmt.Sprintf("chart-%d-%d", i+1, k+1), Kind: ch.Kind, Title: ch.Title, SVG: template.HTML(ch.InlineSVG())})
		}
		dec := decimals(s.Summary.Model)
		withLikely, withConf := changeColumns(s.ChangePoints, r.Granularity)
		hd.ChangeHead = []htmlCell{{Text: changeHeader(r.Granularity)}}
		if withLikely {
			h := intervalHeader(withConf)
			hd.ChangeHead = []htmlCell{{Text: "From"}, {Text: strings.ToUpper(h[:1]) + h[1:]}}
		}
		hd.ChangeHead = append(hd.ChangeHead, htmlCell{"Before", true}, htmlCell{"After", true}, htmlCell{"Shift", true})
		if withConf {
			hd.ChangeHead = append(hd.ChangeHead, htmlCell{"Probability", true})
		}
		hd.ChangeHead = append(hd.ChangeHead, htmlCell{Text: "Driven by (its way first, largest first)"})
		for _, c := range s.ChangePoints {
			row := []htmlCell{{Text: period(c.Time, r.Granularity)}}
			if withLikely {
				row = append(row, htmlCell{Text: likely(c, r.Granularity)})
			}
			row = append(row, htmlCell{num(c.Before, dec), true}, htmlCell{num(c.After, dec), true}, htmlCell{c.shiftText(dec), true})
			if withConf {
				conf := dash
				if !math.IsNaN(c.Confidence) {
					conf = fmt.Sprintf("%.0f %%", 100*c.Confidence)
				}
				row = append(row, htmlCell{conf, true})
			}
			hd.ChangePoints = append(hd.ChangePoints, append(row, htmlCell{Text: driversText(c.Drivers, dec)}))
		}
		for _, e := range s.TopEvents {
			hd.TopEvents = append(hd.TopEvents, htmlEvent{
				Date: e.DateText(), Actors: e.Actors(), Description: e.Description,
				Reference: e.Reference, URL: e.URL, Code: e.Code, Goldstein: num(e.Goldstein, scaleDecimals), Reports: fmt.Sprint(e.Reports),
			})
		}
		d.Dyads = append(d.Dyads, hd)
	}
	d.Votes = r.htmlVotes()
	d.Methods = r.Methods
	d.Sources = sourceRows(r)
	d.Reconciliation = reconciliation(r)
	d.SourcesText = sourcesText
	return d
}

var htmlTemplate = template.Must(template.New("page").Funcs(template.FuncMap{
	"safeURL": func(s string) template.URL {
		if strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://") {
			return template.URL(s)
		}
		return ""
	},
}).Parse(`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="entente {{.Version}}">
<title>{{.Title}}</title>
<style>body { margin: 0; }</style>
</head>
<body>
{{template "fragment" .}}</body>
</html>
{{define "fragment"}}<div class="entente-report">
<style>
.entente-report { --ink: #222; --subtle: #555; --rule: #ccc; --accent: #0072b2; --head: #eef2f6; --zebra: #f7f7f7;
  font-family: 'Liberation Sans', Arimo, Arial, Helvetica, sans-serif; color: var(--ink); line-height: 1.45;
  max-width: 1040px; margin: 0 auto; padding: 24px 32px 64px; box-sizing: border-box; }
.entente-report * { box-sizing: border-box; }
.entente-report header { border-top: 8px solid var(--accent); padding-top: 28px; }
.entente-report .kicker { color: var(--accent); font-weight: bold; letter-spacing: .08em; font-size: .8rem; }
.entente-report h1 { font-size: 2rem; margin: .2em 0; }
.entente-report h2 { font-size: 1.4rem; margin: 2.2em 0 .6em; border-bottom: 2px solid var(--accent); padding-bottom: .2em; }
.entente-report h3 { font-size: 1.1rem; margin: 1.6em 0 .5em; }
.entente-report .subtitle { color: var(--subtle); font-size: 1.1rem; margin: 0 0 1em; }
.entente-report dl.facts { display: grid; grid-template-columns: 9em 1fr; gap: .3em 1em; margin: 1.5em 0; }
.entente-report dl.facts dt { color: var(--subtle); font-weight: bold; }
.entente-report dl.facts dd { margin: 0; }
.entente-report nav ol { columns: 2; padding-left: 1.2em; }
.entente-report table { border-collapse: collapse; width: 100%; font-size: .85rem; margin: .5em 0 1.2em; border-bottom: 1px solid var(--rule); }
.entente-report th { background: var(--head); text-align: left; font-weight: bold; }
.entente-report th, .entente-report td { padding: 4px 6px; vertical-align: top; }
.entente-report tbody tr:nth-child(even) { background: var(--zebra); }
.entente-report td.n, .entente-report th.n { text-align: right; font-variant-numeric: tabular-nums; }
.entente-report figure { margin: 1.2em 0; }
.entente-report figure svg { width: 100%; height: auto; display: block; }
.entente-report .note { color: var(--subtle); font-size: .85rem; }
.entente-report footer { margin-top: 3em; color: var(--subtle); font-size: .8rem; border-top: 1px solid var(--rule); padding-top: .8em; }
@media print { .entente-report { max-width: none; padding: 0; } .entente-report h2 { break-before: page; } .entente-report figure { break-inside: avoid; } }
</style>
<header>
<div class="kicker">ENTENTE REPORT</div>
<h1>{{.Title}}</h1>
{{if .Subtitle}}<p class="subtitle">{{.Subtitle}}</p>{{end}}
<dl class="facts">
{{range .Facts}}<dt>{{index . 0}}</dt><dd>{{index . 1}}</dd>
{{end}}{{if .Generated}}<dt>Generated</dt><dd>{{.Generated}}</dd>
{{end}}{{if .Version}}<dt>Version</dt><dd>entente {{.Version}}</dd>
{{end}}</dl>
</header>
<nav>
<h2 id="contents">Contents</h2>
<ol>
<li><a href="#summary">Summary</a></li>
{{if .Overview}}<li><a href="#overview">Overview</a></li>
{{end}}{{if .Votes}}<li><a href="#votes">Alignment over time</a></li>
{{end}}{{range .Dyads}}<li><a href="#{{.ID}}">{{.Name}}</a></li>
{{end}}<li><a href="#methods">Methods and data</a></li>
</ol>
</nav>
<section id="summary">
<h2>Summary</h2>
<p class="note">{{.SummaryCaption}}</p>
<table class="summary">
<thead><tr><th>Dyad</th><th class="n">{{.Headline}}</th><th>Period</th><th class="n">{{.BandHeader}}</th><th class="n">{{.PerYearHeader}}</th><th class="n">Δ 3 months</th><th class="n">Δ 12 months</th><th>Trend</th><th>{{.LevelHeader}}</th><th>Change points</th><th class="n">Events</th></tr></thead>
<tbody>
{{range .Summary}}<tr><td>{{index . 0}}</td><td class="n">{{index . 1}}</td><td>{{index . 2}}</td><td class="n">{{index . 3}}</td><td class="n">{{index . 4}}</td><td class="n">{{index . 5}}</td><td class="n">{{index . 6}}</td><td>{{index . 7}}</td><td>{{index . 8}}</td><td>{{index . 9}}</td><td class="n">{{index . 10}}</td></tr>
{{end}}</tbody>
</table>
</section>
{{if .Overview}}<section id="overview">
<h2>Overview</h2>
{{range .Overview}}<figure id="{{.ID}}" class="chart" data-kind="{{.Kind}}" aria-label="{{.Title}}">
{{.SVG}}</figure>
{{end}}</section>
{{end}}` + htmlVotesTemplate + `{{range .Dyads}}<section id="{{.ID}}" class="dyad">
<h2>{{.Name}} <small>({{.Code}})</small></h2>
<p>{{.Line}}</p>
{{range .Figures}}<figure id="{{.ID}}" class="chart" data-kind="{{.Kind}}" aria-label="{{.Title}}">
{{.SVG}}</figure>
{{end}}{{if .ChangePoints}}<h3>Change points</h3>
<table class="changes"><thead><tr>{{range .ChangeHead}}<th{{if .N}} class="n"{{end}}>{{.Text}}</th>{{end}}</tr></thead>
<tbody>
{{range .ChangePoints}}<tr>{{range .}}<td{{if .N}} class="n"{{end}}>{{.Text}}</td>{{end}}</tr>
{{end}}</tbody></table>
{{end}}{{if .TopEvents}}<h3>Top events</h3>
<table><thead><tr><th>Date</th><th>Actors</th><th>Event</th><th>CAMEO</th><th class="n">Goldstein</th><th class="n">Reports</th></tr></thead>
<tbody>
{{range .TopEvents}}<tr><td>{{.Date}}</td><td>{{.Actors}}</td><td>{{.Description}}{{if .Reference}} <span class="note">— {{.Reference}}</span>{{end}}{{with safeURL .URL}} <a href="{{.}}">source</a>{{end}}</td><td>{{.Code}}</td><td class="n">{{.Goldstein}}</td><td class="n">{{.Reports}}</td></tr>
{{end}}</tbody></table>
{{end}}</section>
{{end}}<section id="methods" class="methods">
<h2>Methods and data</h2>
{{range .Methods}}<h3>{{.Heading}}</h3>
{{if .Text}}<p>{{.Text}}</p>
{{end}}{{if .Table}}<table><thead><tr>{{range index .Table 0}}<th>{{.}}</th>{{end}}</tr></thead>
<tbody>
{{range $i, $row := .Table}}{{if $i}}<tr>{{range $row}}<td>{{.}}</td>{{end}}</tr>
{{end}}{{end}}</tbody></table>
{{end}}{{end}}<h3>Data sources and reconciliation</h3>
<p>{{.SourcesText}}</p>
<table class="sources"><thead><tr><th>Source</th><th>Format</th><th class="n">Read</th><th class="n">Kept</th><th class="n">Rejected</th><th class="n">Filtered</th><th class="n">Events</th><th>Dates</th></tr></thead>
<tbody>
{{range .Sources}}<tr><td>{{index . 0}}</td><td>{{index . 1}}</td><td class="n">{{index . 2}}</td><td class="n">{{index . 3}}</td><td class="n">{{index . 4}}</td><td class="n">{{index . 5}}</td><td class="n">{{index . 6}}</td><td>{{index . 7}}</td></tr>
{{end}}</tbody></table>
{{range .Reconciliation}}<p>{{.}}</p>
{{end}}</section>
<footer>{{.Title}}{{if .Generated}} · generated {{.Generated}}{{end}}{{if .Version}} · entente {{.Version}}{{end}}</footer>
</div>
{{end}}`))
