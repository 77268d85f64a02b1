package idealgen

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"github.com/entente/entente/internal/sharedtest"
	"github.com/entente/entente/score"
)

// TestGenerate refits every session of the unvotes data and checks that
// the output is byte-identical to the committed file (regenerate it with
// `go run ./internal/idealgen/cmd -o internal/idealgen/testdata/idealpoints.csv`
// after a change to the model). About 10 s of CPU; skipped under -short.
func TestGenerate(t *testing.T) {
	if testing.Short() {
		t.Skip("refits all 6,203 roll calls; skipped under -short")
	}
	dir := sharedtest.Path(t, "data/unvotes")
	want, err := os.ReadFile("testdata/idealpoints.csv")
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	p, cnt, _, err := Generate(dir, &buf)
	if err != nil {
		t.Fatal(err)
	}
	if !p.Converged {
		t.Errorf("no convergence in %d sweeps", p.Iterations)
	}
	// PROVENANCE.md: 870,109 country votes; the two of Zanzibar (1964, no
	// country code, no entry in package country) are rejected.
	if got := cnt.RowsLine(); got != "rows: read=870109 kept=870107 rejected=2 filtered=0" {
		t.Errorf("accounting %q", got)
	}
	if !bytes.Equal(buf.Bytes(), want) {
		g, w := strings.Split(buf.String(), "\n"), strings.Split(string(want), "\n")
		for k := 0; k < len(g) && k < len(w); k++ {
			if g[k] != w[k] {
				t.Fatalf("the refit differs from testdata/idealpoints.csv at line %d:\n got %s\nwant %s", k+1, g[k], w[k])
			}
		}
		t.Fatalf("the refit has %d lines, the file %d", len(g), len(w))
	}
}

// TestLoadCrimea: roll call 5309 is A/RES/68/262 (Crimea, 27 March 2014);
// PROVENANCE.md: the United States and Ukraine voted yes, Russia and
// Venezuela no, China and India abstained. Sessions 68 only, so the other
// roll calls are counted as filtered.
func TestLoadCrimea(t *testing.T) {
	m, cnt, msgs, err := Load(sharedtest.Path(t, "data/unvotes"), &Options{FromSession: 68, ToSession: 68})
	if err != nil {
		t.Fatal(err)
	}
	if cnt.Read != cnt.Kept+cnt.Rejected+cnt.Filtered || cnt.Rejected != 2 || len(msgs) != 2 {
		t.Errorf("accounting %s, messages %q", cnt.RowsLine(), msgs)
	}
	j := -1
	for k, rc := range m.RollCalls {
		if rc.ID == "5309" {
			j = k
			if rc.Period != 68 || rc.Date.Format("2006-01-02") != "2014-03-27" {
				t.Errorf("roll call 5309: %+v, want session 68 on 2014-03-27", rc)
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

// TestWriteCSV: the compact format, by hand: sorted by country then
// session, three decimals, no negative zero.
func TestWriteCSV(t *testing.T) {
	p := &score.IdealPoints{Points: []score.IdealPoint{
		{Country: "USA", Period: 2, Value: 1.23456, Lower: 1.0, Upper: 1.4699, N: 7},
		{Country: "CUB", Period: 1, Value: -0.0001, Lower: -0.2, Upper: 0.19999, N: 3},
	}}
	var buf bytes.Buffer
	if err := WriteCSV(&buf, p); err != nil {
		t.Fatal(err)
	}
	want := "country,session,value,lower,upper,n\nCUB,1,0.000,-0.200,0.200,3\nUSA,2,1.235,1.000,1.470,7\n"
	if buf.String() != want {
		t.Errorf("got\n%s\nwant\n%s", buf.String(), want)
	}
}

// FuzzRead: any bytes as the votes file (and as the roll-call file) never
// panic; when the roll calls read, every vote row is accounted for
// (read = kept + rejected + filtered) and the matrix holds the kept votes.
func FuzzRead(f *testing.F) {
	rc := "rcid,session,importantvote,date,unres,amend,para,short,descr\n" +
		"3,1,0,1946-01-01,R/1/66,1,0,\"A\",\"B\"\n5309,68,1,2014-03-27,R/68/262,0,0,\"CRIMEA\",\"x\"\n"
	f.Add(rc, "rcid,country,country_code,vote\n3,United States,US,yes\n3,Canada,CA,no\n5309,Namibia,NA,abstain\n")
	f.Add(rc, "rcid,country,country_code,vote\n3,Zanzibar,,yes\n9,Cuba,CU,yes\n3,Cuba,CU,maybe\n\"3,x\n")
	f.Add(rc, "rcid,country,country_code,vote\n3,Federal Republic of Germany,,yes\n3,Germany,DE,no\n3,a,b\n")
	f.Add("rcid,session,date\n1,x,2000-01-01\n", "rcid,country,country_code,vote\n")
	f.Fuzz(func(t *testing.T, rollCalls, votes string) {
		m, cnt, _, err := Read(strings.NewReader(rollCalls), "rc.csv", strings.NewReader(votes), "votes.csv", nil)
		if err != nil {
			return
		}
		if cnt.Read != cnt.Kept+cnt.Rejected+cnt.Filtered {
			t.Fatalf("%s does not add up", cnt.RowsLine())
		}
		if m.Votes() != cnt.Kept {
			t.Fatalf("matrix holds %d votes, kept %d", m.Votes(), cnt.Kept)
		}
	})
}
