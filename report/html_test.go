package report

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// TestHTMLSelfContained parses the page and checks every chart is an
// inline SVG figure, and nothing would be fetched from the network.
func TestHTMLSelfContained(t *testing.T) {
	r := fixtureReport(t)
	var buf strings.Builder
	if err := r.WriteHTML(&buf); err != nil {
		t.Fatal(err)
	}
	page := buf.String()
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	var figures, svgs, summaryRows int
	ids := map[string]bool{}
	var walk func(n *html.Node, inFigure, inSummary bool)
	walk = func(n *html.Node, inFigure, inSummary bool) {
		if n.Type == html.ElementNode {
			for _, a := range n.Attr {
				if a.Key == "id" {
					if ids[a.Val] {
						t.Errorf("duplicate id %q", a.Val)
					}
					ids[a.Val] = true
				}
				if a.Key == "src" || (a.Key == "href" && n.Data == "link") {
					t.Errorf("<%s %s=%q> loads a resource", n.Data, a.Key, a.Val)
				}
			}
			switch n.Data {
			case "script", "link", "img", "iframe", "object", "embed":
				t.Errorf("<%s> in a self-contained report", n.Data)
			case "figure":
				if hasClass(n, "chart") {
					figures++
					inFigure = true
				}
			case "svg":
				if !inFigure {
					t.Error("<svg> outside a chart figure")
				}
				svgs++
				if !containsText(n) {
					t.Error("an SVG chart has no text")
				}
			case "table":
				inSummary = hasClass(n, "summary")
			case "tr":
				if inSummary && n.Parent != nil && n.Parent.Data == "tbody" {
					summaryRows++
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, inFigure, inSummary)
		}
	}
	walk(doc, false, false)
	want := len(r.Overview)
	if r.Votes != nil {
		want += len(r.Votes.Charts)
	}
	for _, d := range r.Dyads {
		want += len(d.Charts)
	}
	if figures != want || svgs != want {
		t.Errorf("%d figures and %d SVGs, want %d charts", figures, svgs, want)
	}
	if summaryRows != len(r.Dyads) {
		t.Errorf("%d summary rows for %d dyads", summaryRows, len(r.Dyads))
	}
	for _, d := range r.Dyads {
		if !ids["dyad-"+strings.ToLower(d.Dyad.String())] {
			t.Errorf("no section for %s", d.Dyad)
		}
	}
	for _, want := range []string{`<meta charset="utf-8">`, "Côte d&#39;Ivoire – Türkiye", "São Tomé and Príncipe", "CHN ↔ RUS", "Data sources and reconciliation", "2 January 2026"} {
		if !strings.Contains(page, want) {
			t.Errorf("page lacks %q", want)
		}
	}
	if strings.Contains(page, "@import") || strings.Contains(page, "url(") {
		t.Error("the style sheet loads something")
	}
}

func TestHTMLEscapes(t *testing.T) {
	r := fixtureReport(t)
	r.Title = `<script>alert("x")</script>`
	r.Dyads[0].TopEvents[0].URL = "javascript:alert(1)"
	page := r.HTML()
	if strings.Contains(page, "<script>") || !strings.Contains(page, "&lt;script&gt;alert") {
		t.Error("title not escaped")
	}
	if strings.Contains(page, "javascript:") {
		t.Error("a javascript: URL became a link")
	}
}

func hasClass(n *html.Node, class string) bool {
	for _, a := range n.Attr {
		if a.Key == "class" {
			for _, c := range strings.Fields(a.Val) {
				if c == class {
					return true
				}
			}
		}
	}
	return false
}

func containsText(n *html.Node) bool {
	if n.Type == html.ElementNode && n.Data == "text" {
		return true
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if containsText(c) {
			return true
		}
	}
	return false
}

// TestHTMLFragment: notebooks get a fragment whose style sheet touches
// only the report.
func TestHTMLFragment(t *testing.T) {
	r := fixtureReport(t)
	frag := r.HTML()
	if !strings.HasPrefix(frag, `<div class="entente-report">`) || !strings.HasSuffix(strings.TrimSpace(frag), "</div>") {
		t.Errorf("fragment starts %.40q", frag)
	}
	for _, tag := range []string{"<html", "<body", "<head>", "<!DOCTYPE"} {
		if strings.Contains(frag, tag) {
			t.Errorf("fragment has %s", tag)
		}
	}
	css := frag[strings.Index(frag, "<style>")+7 : strings.Index(frag, "</style>")]
	for _, line := range strings.Split(css, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || !strings.Contains(line, "{") || strings.HasPrefix(line, "@media") {
			continue
		}
		selectors := line[:strings.Index(line, "{")]
		for _, sel := range strings.Split(selectors, ",") {
			if !strings.HasPrefix(strings.TrimSpace(sel), ".entente-report") {
				t.Errorf("unscoped CSS selector %q", sel)
			}
		}
	}
	var page strings.Builder
	r.WriteHTML(&page)
	if !strings.Contains(page.String(), frag) {
		t.Error("the page does not hold the fragment")
	}
}
