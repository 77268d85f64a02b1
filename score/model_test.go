package score

import (
	"errors"
	"strings"
	"testing"

	"github.com/entente/entente/dataset"
)

func TestModelByName(t *testing.T) {
	for _, name := range ModelNames() {
		m, err := ModelByName(name)
		if err != nil {
			t.Fatal(err)
		}
		if m.Name() != name {
			t.Errorf("ModelByName(%q).Name() = %q", name, m.Name())
		}
		if ModelAbout(name) == "" {
			t.Errorf("%q has no description", name)
		}
	}
	if m, err := ModelByName(" Kalman "); err != nil || m.Name() != "kalman" {
		t.Errorf("case and spaces: %v %v", m, err)
	}
	_, err := ModelByName("tsinghua")
	if !errors.Is(err, ErrUnknownModel) || !strings.Contains(err.Error(), "goldstein") {
		t.Errorf("err = %v", err)
	}
	for _, need := range []string{"goldstein", "netcoop", "level", "kalman"} {
		if _, err := ModelByName(need); err != nil {
			t.Errorf("issue 4 requires model %q", need)
		}
	}
}

func FuzzModelByName(f *testing.F) {
	for _, n := range ModelNames() {
		f.Add(n)
	}
	f.Add("")
	f.Add("share-")
	f.Fuzz(func(t *testing.T, name string) {
		m, err := ModelByName(name)
		if err != nil {
			if !errors.Is(err, ErrUnknownModel) {
				t.Fatalf("error %v does not wrap ErrUnknownModel", err)
			}
			return
		}
		if m.Name() != strings.ToLower(strings.TrimSpace(name)) {
			t.Fatalf("ModelByName(%q) named %q", name, m.Name())
		}
	})
}

func TestModelAliases(t *testing.T) {
	for alias, want := range map[string]string{"kalman-filtered": "kalman", "Trend-Filtered": "trend"} {
		m, err := ModelByName(alias)
		if err != nil || m.Name() != want {
			t.Errorf("%s: %v %v, want %s", alias, m, err, want)
		}
	}
}

// A sparse dyad (one event a year) ends with a wider band than a busy one
// (ten events a month) under the marginalised index (issue 11).
func TestKalmanSparseWideBands(t *testing.T) {
	var rows []dataset.DyadPeriod
	for m := 0; m < 60; m++ {
		start := month(2020, 1).AddDate(0, m, 0)
		var evs []ev
		for k := 0; k < 10; k++ {
			evs = append(evs, coop(float64(1+k%3)))
		}
		rows = append(rows, row("CHN", "RUS", start, evs...))
		if m%12 == 0 {
			rows = append(rows, row("CHN", "VEN", start, coop(2)))
		}
	}
	p := mustPanel(rows, nil)
	width := func(d dataset.Dyad) float64 {
		s, err := (&KalmanOptions{}).Score(p, d)
		if err != nil {
			t.Fatal(err)
		}
		last := s.Points[len(s.Points)-1]
		return last.Upper - last.Lower
	}
	busy, sparse := width(dataset.Dyad{A: "CHN", B: "RUS"}), width(dataset.Dyad{A: "CHN", B: "VEN"})
	// Measured: sparse 6.1, busy 3.9 (the push keeps the busy dyad's
	// prediction errors from vanishing, so its band does not collapse).
	if !(sparse > 1.3*busy) {
		t.Errorf("band widths: sparse %v, busy %v", sparse, busy)
	}
}
