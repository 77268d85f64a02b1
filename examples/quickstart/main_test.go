package main

import (
	"bytes"
	"image/png"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/entente/entente/chronology"
	"github.com/entente/entente/dataset"
	"github.com/entente/entente/plots"
	"github.com/entente/entente/report"
	"github.com/entente/entente/score"
)

// The expected event counts are the rows per undirected dyad in the
// chronology's data card (chronology/README.md, "Rows per undirected
// dyad", v6): CHN–RUS 224, CHN–USA 290, RUS–USA 263; the whole file has
// 1,900 rows, 9 of them with a non-state role (the data card's Roles
// table), which the default role filter sets aside: 1,891 kept.
func TestRun(t *testing.T) {
	r, err := Run()
	if err != nil {
		t.Fatal(err)
	}
	if r.Input.Read != 1900 || r.Input.Kept != 1891 || r.Input.Filtered != 9 || !r.Input.Balanced() {
		t.Errorf("input: %s, want 1900 rows read, 1891 kept, 9 filtered", r.Input.RowsLine())
	}
	want := map[string]int64{"CHN-RUS": 224, "CHN-USA": 290, "RUS-USA": 263}
	models := []string{"kalman", "goldstein", "level"}
	if got := r.Scores.Len(); got != len(Dyads)*len(models) {
		t.Fatalf("%d series, want %d (3 dyads × 3 models)", got, len(Dyads)*len(models))
	}
	for i, s := range r.Scores.Summary() {
		d, m := Dyads[i/len(models)], models[i%len(models)]
		if s.Label != d.String() || s.Model != m {
			t.Errorf("series %d is %s %s, want %s %s", i, s.Label, s.Model, d, m)
		}
		if s.Events != want[s.Label] {
			t.Errorf("%s %s: %d events, want %d (chronology/README.md)", s.Label, s.Model, s.Events, want[s.Label])
		}
		if s.Scored == 0 || s.Scored > s.Periods {
			t.Errorf("%s %s: %d of %d periods scored", s.Label, s.Model, s.Scored, s.Periods)
		}
	}
	// Every value lies on its model's scale, and the state-space bands
	// contain the estimate (95 % outside 80 %).
	for _, s := range r.Scores.Series {
		lim := 10.0
		if s.Model == "level" {
			lim = 9
		}
		for _, p := range s.Points {
			if math.IsNaN(p.Value) {
				continue
			}
			if math.Abs(p.Value) > lim {
				t.Errorf("%s %s %s: %v outside ±%v", s.Label(), s.Model, p.Start.Format("2006-01"), p.Value, lim)
			}
			if s.Model == "kalman" && !(p.Lower <= p.Lower80 && p.Lower80 <= p.Value && p.Value <= p.Upper80 && p.Upper80 <= p.Upper) {
				t.Errorf("%s kalman %s: bands %v %v %v %v %v out of order", s.Label(), p.Start.Format("2006-01"),
					p.Lower, p.Lower80, p.Value, p.Upper80, p.Upper)
			}
		}
	}
	if r.Index.Kind != "index" || r.Level.Kind != "level" {
		t.Errorf("chart kinds %q, %q", r.Index.Kind, r.Level.Kind)
	}
}

func TestCommand(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "charts")
	var out, errOut bytes.Buffer
	if code := run([]string{"-out", dir}, &out, &errOut); code != 0 {
		t.Fatalf("exit %d: %s", code, errOut.String())
	}
	text := out.String()
	if !strings.HasPrefix(text, "entente chronology v7: rows: read=1900 kept=1891 rejected=0 filtered=9\n") {
		t.Errorf("first line: %q", strings.SplitN(text, "\n", 2)[0])
	}
	for _, d := range []string{"CHN-RUS", "CHN-USA", "RUS-USA"} {
		for _, m := range []string{"kalman", "goldstein", "level"} {
			if !strings.Contains(text, "| "+d+" | "+m+" |") {
				t.Errorf("no summary row for %s %s in\n%s", d, m, text)
			}
		}
	}
	w, h := plots.SizeScreen.Pixels()
	for _, name := range []string{"index.png", "level.png"} {
		f, err := os.Open(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		cfg, err := png.DecodeConfig(f)
		f.Close()
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if cfg.Width != w || cfg.Height != h {
			t.Errorf("%s is %d×%d, want %d×%d (plots.SizeScreen)", name, cfg.Width, cfg.Height, w, h)
		}
	}
}

func TestUsage(t *testing.T) {
	for _, tc := range []struct {
		args []string
		code int
	}{
		{[]string{"-h"}, 0},
		{[]string{"-nosuchflag"}, 2},
		{[]string{"extra"}, 2},
	} {
		var out, errOut bytes.Buffer
		if code := run(tc.args, &out, &errOut); code != tc.code {
			t.Errorf("%v: exit %d, want %d (%s)", tc.args, code, tc.code, errOut.String())
		}
		if !strings.Contains(errOut.String(), "usage: quickstart") {
			t.Errorf("%v: no usage text in %q", tc.args, errOut.String())
		}
	}
	// An -out path that cannot be a folder fails with exit 1.
	file := filepath.Join(t.TempDir(), "file")
	if err := os.WriteFile(file, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errOut bytes.Buffer
	if code := run([]string{"-out", filepath.Join(file, "sub")}, &out, &errOut); code != 1 {
		t.Errorf("-out under a file: exit %d, want 1", code)
	}
}

// sameFloat: equal within 1e-9, NaN only to NaN.
func sameFloat(a, b float64) bool {
	return math.IsNaN(a) && math.IsNaN(b) || math.Abs(a-b) <= 1e-9
}

// sameSeries reports the first point where got and want differ.
func sameSeries(t *testing.T, what string, got, want *score.Series) {
	t.Helper()
	if len(got.Points) != len(want.Points) {
		t.Fatalf("%s: %d points, want %d", what, len(got.Points), len(want.Points))
	}
	for i, pt := range want.Points {
		g := got.Points[i]
		if !g.Start.Equal(pt.Start) || !sameFloat(g.Value, pt.Value) || !sameFloat(g.Lower, pt.Lower) || !sameFloat(g.Upper, pt.Upper) {
			t.Errorf("%s %s: %v [%v, %v], want %v [%v, %v]", what, pt.Start.Format("2006-01"), g.Value, g.Lower, g.Upper, pt.Value, pt.Lower, pt.Upper)
			return
		}
	}
}

// TestRunMatchesReport: the quickstart's numbers are the library's
// documented path (README "From Go": score.PanelFromEvents on the
// chronology read government to government, models by name); the
// quickstart builds its panel through the ingest stage instead
// (dataset.IngestEvents, score.PanelFromTable), so the two must agree
// point by point.
func TestRunMatchesReport(t *testing.T) {
	r, err := Run()
	if err != nil {
		t.Fatal(err)
	}
	events, _, err := chronology.ReadAsReport()
	if err != nil {
		t.Fatal(err)
	}
	p, err := score.PanelFromEvents(events, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range Dyads {
		for _, name := range []string{"level", "kalman", "goldstein"} {
			m, err := score.ModelByName(name)
			if err != nil {
				t.Fatal(err)
			}
			want, err := m.Score(p, d)
			if err != nil {
				t.Fatal(err)
			}
			got := r.Scores.Find(d, want.Model)
			if got == nil {
				t.Fatalf("%s %s: no series", d, want.Model)
			}
			sameSeries(t, d.String()+" "+want.Model, got, want)
		}
	}
}

// TestRunMatchesMainJob: the quickstart gives the main job's numbers. The
// main job (`report` with no arguments, cmd/report) reads the chronology
// government to government and reports on chronology.CoreDyads with the
// default options; report.BuildEvents with those options is that report
// (its CSVs are byte-identical to the command's). For one dyad-month —
// China–United States in July 2018, the month the first tariffs of the
// trade war took effect (notebook 01, section 6) — the level, kalman and
// goldstein values and bands must be the report's, then every month of
// every quickstart dyad, and the summary's headline (the level in the last
// month) must be the quickstart's last level. Nothing here is a literal
// number: the report computes the expected values.
func TestRunMatchesMainJob(t *testing.T) {
	r, err := Run()
	if err != nil {
		t.Fatal(err)
	}
	events, input, err := chronology.ReadAsReport()
	if err != nil {
		t.Fatal(err)
	}
	src := report.SourceFromReport(input)
	src.Name = chronology.Name()
	main, err := report.BuildEvents(events, &report.Options{Dyads: chronology.CoreDyads(), Sources: []report.Source{src}})
	if err != nil {
		t.Fatal(err)
	}
	chnUSA := dataset.Dyad{A: "CHN", B: "USA"}
	july2018 := time.Date(2018, 7, 1, 0, 0, 0, 0, time.UTC)
	for _, name := range ModelNames {
		want := main.Scores.Find(chnUSA, name)
		got := r.Scores.Find(chnUSA, name)
		if want == nil || got == nil {
			t.Fatalf("CHN-USA %s: report series %v, quickstart series %v", name, want != nil, got != nil)
		}
		var w, g *score.Point
		for i := range want.Points {
			if want.Points[i].Start.Equal(july2018) {
				w = &want.Points[i]
			}
		}
		for i := range got.Points {
			if got.Points[i].Start.Equal(july2018) {
				g = &got.Points[i]
			}
		}
		if w == nil || g == nil || math.IsNaN(w.Value) {
			t.Fatalf("CHN-USA %s 2018-07: report point %v, quickstart point %v (want a value in both)", name, w, g)
		}
		if !sameFloat(g.Value, w.Value) || !sameFloat(g.Lower, w.Lower) || !sameFloat(g.Upper, w.Upper) {
			t.Errorf("CHN-USA %s 2018-07: quickstart %v [%v, %v], report %v [%v, %v]", name, g.Value, g.Lower, g.Upper, w.Value, w.Lower, w.Upper)
		}
	}
	for _, d := range Dyads {
		for _, name := range ModelNames {
			want := main.Scores.Find(d, name)
			if want == nil {
				t.Fatalf("the main job has no %s series for %s", name, d)
			}
			sameSeries(t, d.String()+" "+name+" (report)", r.Scores.Find(d, name), want)
		}
	}
	for _, sec := range main.Dyads {
		for _, d := range Dyads {
			if sec.Dyad != d {
				continue
			}
			last, ok := r.Scores.Find(d, "level").Last()
			if sec.Summary.Model != "level" || !ok || !last.Start.Equal(sec.Summary.Period) || !sameFloat(last.Value, sec.Summary.Value) {
				t.Errorf("%s: report headline %s %v in %s, quickstart level %v in %s", d, sec.Summary.Model, sec.Summary.Value,
					sec.Summary.Period.Format("2006-01"), last.Value, last.Start.Format("2006-01"))
			}
		}
	}
}
