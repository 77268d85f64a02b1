package idealgen

import (
	"bytes"
	"strings"
	"testing"

	"github.com/entente/entente/score"
	"github.com/entente/entente/votes"
	"github.com/entente/entente/votes/ideal"
)

// TestEmbeddedRefit refits every session of the embedded votes and checks
// that the output is byte-identical to the embedded file
// votes/ideal/idealpoints.csv (regenerate it with
// `go run ./internal/idealgen/cmd -o votes/ideal/idealpoints.csv` after a
// change to the model or the votes). About 5 s of CPU (20 s on a busy
// machine); skipped under -short, which CI does not use.
func TestEmbeddedRefit(t *testing.T) {
	if testing.Short() {
		t.Skip("refits all 6,203 embedded roll calls (about 5 s of CPU); skipped under -short")
	}
	want := ideal.EmbeddedCSV()
	var buf bytes.Buffer
	p, err := Generate(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if !p.Converged {
		t.Errorf("no convergence in %d sweeps", p.Iterations)
	}
	// votes/README.md: 870,109 country votes, of which Zanzibar's two are
	// left out of the Set.
	if p.Votes != 870107 {
		t.Errorf("%d votes fitted, want 870,107", p.Votes)
	}
	if !bytes.Equal(buf.Bytes(), want) {
		g, w := strings.Split(buf.String(), "\n"), strings.Split(string(want), "\n")
		for k := 0; k < len(g) && k < len(w); k++ {
			if g[k] != w[k] {
				t.Fatalf("the refit differs from votes/ideal/idealpoints.csv at line %d:\n got %s\nwant %s", k+1, g[k], w[k])
			}
		}
		t.Fatalf("the refit has %d lines, the file %d", len(g), len(w))
	}
}

// TestLoadCrimea: roll call 5309 is A/RES/68/262 (Crimea, 27 March 2014);
// votes/README.md and ../shared/data/unvotes/PROVENANCE.md: the United
// States and Ukraine voted yes, Russia and Venezuela no, China and India
// abstained. Session 68 only: every roll call of the matrix is of session
// 68, and the matrix has as many as the embedded Set has in session 68.
func TestLoadCrimea(t *testing.T) {
	m, err := Load(&Options{FromSession: 68, ToSession: 68})
	if err != nil {
		t.Fatal(err)
	}
	s, _, err := votes.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	if n := len(s.Matrix(&votes.Selection{Session: 68}).RollCalls); n != len(m.RollCalls) {
		t.Errorf("%d roll calls, the Set has %d in session 68", len(m.RollCalls), n)
	}
	j := -1
	for k, rc := range m.RollCalls {
		if rc.ID == "5309" {
			j = k
			if rc.Date.Format("2006-01-02") != "2014-03-27" {
				t.Errorf("roll call 5309: %+v, want 2014-03-27", rc)
			}
		}
		if rc.Period != 68 {
			t.Fatalf("roll call %+v outside session 68", rc)
		}
	}
	if j < 0 {
		t.Fatal("roll call 5309 missing")
	}
	for c, want := range map[string]score.Ballot{"USA": score.BallotYes, "UKR": score.BallotYes,
		"RUS": score.BallotNo, "VEN": score.BallotNo, "CHN": score.BallotAbstain, "IND": score.BallotAbstain} {
		if got := m.At(m.Country(c), j); got != want {
			t.Errorf("%s on 5309: %v, want %v", c, got, want)
		}
	}
}
