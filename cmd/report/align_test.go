package main

import (
	"strings"
	"testing"
)

// alignRows: in 2020 CHN and VEN each have three events with USA, RUS and
// IRN (GDELT Goldstein weights: 163 = −8.0, 112 = −2.0, 057 = 8.0,
// 042 = 1.9, 036 = 4.0), and three with each other, which their
// comparison leaves out.
var alignRows = []string{
	// CHN: USA −2 (112), RUS +8 (057), IRN +1.9 (042)
	"2020-02-01,CHN,USA,112", "2020-03-01,USA,CHN,112", "2020-04-01,CHN,USA,112",
	"2020-02-01,CHN,RUS,057", "2020-03-01,RUS,CHN,057", "2020-04-01,CHN,RUS,057",
	"2020-02-01,CHN,IRN,042", "2020-03-01,IRN,CHN,042", "2020-04-01,CHN,IRN,042",
	// VEN: USA −8 (163), RUS +8 (057), IRN +4 (036)
	"2020-02-02,VEN,USA,163", "2020-03-02,USA,VEN,163", "2020-04-02,VEN,USA,163",
	"2020-02-02,VEN,RUS,057", "2020-03-02,RUS,VEN,057", "2020-04-02,VEN,RUS,057",
	"2020-02-02,VEN,IRN,036", "2020-03-02,IRN,VEN,036", "2020-04-02,VEN,IRN,036",
	// CHN–VEN
	"2020-05-01,CHN,VEN,057", "2020-05-02,VEN,CHN,057", "2020-05-03,CHN,VEN,057",
}

func TestAlignHand(t *testing.T) {
	in := scoreFile(t, alignRows...)
	code, out, errs := scoreCLI(t, "align", "-countries", "CHN,VEN", "-dedup", "off", "-quiet", in)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	// By hand, over USA, RUS, IRN: |−2 + 8| + |8 − 8| + |1.9 − 4| = 8.1,
	// R = 20 (Goldstein range): S = 1 − 2·8.1/(3·20) = 0.73.
	want := "period,country,CHN,VEN\n" +
		"2020-01-01,CHN,1,0.73\n" +
		"2020-01-01,VEN,0.73,1\n"
	if out != want {
		t.Fatalf("output:\n%s\nwant:\n%s", out, want)
	}
	// Long form and κ: classes (−,+,+) and (−,+,+) agree everywhere, but
	// p_e = (1/3)² + (2/3)² = 5/9 < 1, so κ = (1 − 5/9)/(1 − 5/9) = 1.
	code, out, _ = scoreCLI(t, "align", "-countries", "CHN,VEN", "-method", "kappa", "-long", "-dedup", "off", "-quiet", in)
	if code != 0 || out != "period,a,b,method,value,common\n2020-01-01,CHN,VEN,kappa,1,3\n" {
		t.Fatalf("long kappa: %d\n%s", code, out)
	}
	// Contributions, largest first: RUS (equal) 1/3, IRN (2.1 apart)
	// (1/3)(1 − 4.2/20) = 0.26333333, USA (6 apart) (1/3)(1 − 12/20).
	code, out, _ = scoreCLI(t, "align", "-contrib", "CHN-VEN", "-countries", "CHN,VEN", "-dedup", "off", "-quiet", in)
	wantC := "period,a,b,method,value,third,a_value,b_value,weight,contribution,relation\n" +
		"2020-01-01,CHN,VEN,s,0.73,RUS,8,8,1,0.33333333,both friendly\n" +
		"2020-01-01,CHN,VEN,s,0.73,IRN,1.9,4,1,0.26333333,both friendly\n" +
		"2020-01-01,CHN,VEN,s,0.73,USA,-2,-8,1,0.13333333,both hostile\n"
	if code != 0 || out != wantC {
		t.Fatalf("contributions: %d\n%s\nwant:\n%s", code, out, wantC)
	}
}

func TestAlignSparseHint(t *testing.T) {
	in := scoreFile(t, alignRows...)
	code, out, errs := scoreCLI(t, "align", "-countries", "CHN,VEN", "-min-common", "4", "-dedup", "off", in)
	if code != 0 || !strings.Contains(out, "2020-01-01,CHN,1,\n") || !strings.Contains(errs, "1 of 1 pair-periods have no value") {
		t.Fatalf("exit %d\n%s\n%s", code, out, errs)
	}
}

func TestAlignUsageErrors(t *testing.T) {
	in := scoreFile(t, alignRows...)
	for _, args := range [][]string{
		{"align", "-method", "jaccard", in},
		{"align", "-countries", "CHN", in},
		{"align", "-countries", "CHN,VENEZUELA", in},
		{"align", "-model", "nope", in},
		{"align", "-min-events", "0", in},
		{"align", "-contrib", "CHN", in},
		{"align", "-period", "decade", in},
	} {
		if code, _, errs := scoreCLI(t, args...); code != 2 {
			t.Errorf("%v: exit %d (%s), want 2", args[1:], code, errs)
		}
	}
	if code, _, errs := scoreCLI(t, "align", "-h"); code != 0 || !strings.Contains(errs, "examples:") {
		t.Errorf("-h: %d %s", code, errs)
	}
}

func TestAlignEmbeddedDefault(t *testing.T) {
	code, out, errs := scoreCLI(t, "align", "-countries", "CHN,RUS,USA,VEN", "-min-events", "1", "-min-common", "2")
	if code != 0 || !strings.HasPrefix(out, "period,country,CHN,RUS,USA,VEN\n") || !strings.Contains(errs, "chronology") {
		t.Fatalf("exit %d\n%s\n%s", code, out, errs)
	}
	// 14 years × 4 countries + header; at least one computed off-diagonal
	// value.
	lines := strings.Split(strings.TrimSpace(out), "\n")
	found := false
	for _, l := range lines[1:] {
		f := strings.Split(l, ",")
		for i, v := range f[2:] {
			if v != "" && v != "1" && f[1] != []string{"CHN", "RUS", "USA", "VEN"}[i] {
				found = true
			}
		}
	}
	if len(lines) != 1+14*4 || !found {
		t.Fatalf("%d lines, computed value found: %v", len(lines), found)
	}
}

// The issue's own example, `report align -period year -countries
// CHN,RUS,USA,VEN` on the embedded chronology (embedded:events: with no
// input at all, align measures the embedded UN votes since issue 12),
// gives values without extra flags: the sparse chronology gets the
// report's thresholds, and says so. With a threshold given on the command
// line, that one is used as given.
func TestAlignEmbeddedThresholds(t *testing.T) {
	code, out, errs := scoreCLI(t, "align", "-period", "year", "-countries", "CHN,RUS,USA,VEN", "embedded:events")
	if code != 0 || !strings.Contains(errs, "using -min-events 1 -min-common 2") || strings.Contains(errs, "have no value") {
		t.Fatalf("exit %d\n%s", code, errs)
	}
	if !strings.Contains(out, "2023-01-01,CHN,1,0.") {
		t.Errorf("no CHN row with values in 2023:\n%s", out)
	}
	code, _, errs = scoreCLI(t, "align", "-period", "year", "-countries", "CHN,RUS,USA,VEN", "-min-common", "3")
	if code != 0 || strings.Contains(errs, "using -min-events 1") {
		t.Fatalf("explicit threshold overridden: exit %d\n%s", code, errs)
	}
}
