package votes

import (
	"bytes"
	"compress/gzip"
	"encoding/csv"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
	"testing"

	"github.com/entente/entente/internal/sharedtest"
)

// The embedded data decodes to exactly the rows of ../shared/data/unvotes:
// the same multiset of votes rows (rcid,country,country_code,vote), the
// same roll-call rows field for field, the same issue rows. Row order is
// canonical in the encoding (rcid, then country name), so both sides are
// sorted before comparing.
func TestEmbeddedEqualsShared(t *testing.T) {
	dir := sharedtest.Path(t, "data/unvotes")
	read := func(name string) [][]string {
		f, err := os.Open(dir + "/" + name)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		var r io.Reader = f
		if strings.HasSuffix(name, ".gz") {
			z, err := gzip.NewReader(f)
			if err != nil {
				t.Fatal(err)
			}
			r = z
		}
		rows, err := csv.NewReader(r).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		return rows[1:]
	}
	join := func(rows [][]string) []string {
		out := make([]string, len(rows))
		for i, r := range rows {
			out[i] = strings.Join(r, "\x1f")
		}
		sort.Strings(out)
		return out
	}
	same := func(what string, got, want []string) {
		t.Helper()
		if len(got) != len(want) {
			t.Fatalf("%s: %d rows, shared has %d", what, len(got), len(want))
		}
		for i := range got {
			if got[i] != want[i] {
				t.Fatalf("%s: row %d differs:\n got %q\nwant %q", what, i, got[i], want[i])
			}
		}
	}
	recs, err := EmbeddedRecords()
	if err != nil {
		t.Fatal(err)
	}
	var vr [][]string
	for _, r := range recs {
		vr = append(vr, []string{fmt.Sprint(r.RCID), r.Name, r.Code, r.Vote.String()})
	}
	same("votes", join(vr), join(read("un_votes.csv.gz")))
	if len(recs) != 870109 {
		t.Errorf("%d votes, PROVENANCE.md says 870,109", len(recs))
	}
	rcs, err := EmbeddedRollCalls()
	if err != nil {
		t.Fatal(err)
	}
	var rr, ir [][]string
	for _, r := range rcs {
		d := ""
		if !r.Date.IsZero() {
			d = r.Date.Format("2006-01-02")
		}
		rr = append(rr, []string{fmt.Sprint(r.RCID), fmt.Sprint(r.Session), r.Important.String(), d, r.Resolution,
			r.Amend.String(), r.Para.String(), r.Short, r.Descr})
		for _, c := range r.Issues {
			ir = append(ir, []string{fmt.Sprint(r.RCID), c, IssueName(c)})
		}
	}
	same("roll calls", join(rr), join(read("un_roll_calls.csv.gz")))
	if len(rcs) != 6203 {
		t.Errorf("%d roll calls, PROVENANCE.md says 6,203", len(rcs))
	}
	same("issues", join(ir), join(read("un_roll_call_issues.csv")))
}

// PROVENANCE.md: roll call 5309 is A/RES/68/262 (Crimea, 27 March 2014):
// USA and UKR voted yes, RUS and VEN no, CHN and IND abstained.
func TestEmbeddedCrimea(t *testing.T) {
	s, rep, err := Embedded()
	if err != nil {
		t.Fatal(err)
	}
	i := s.RollCallIndex(5309)
	if i < 0 {
		t.Fatal("no roll call 5309")
	}
	rc := s.RollCalls[i]
	if rc.Date.Format("2006-01-02") != "2014-03-27" || rc.Session != 68 || rc.Resolution != "R/68/262" {
		t.Errorf("5309: %s session %d %s", rc.Date.Format("2006-01-02"), rc.Session, rc.Resolution)
	}
	for c, want := range map[string]Vote{"USA": Yes, "UKR": Yes, "RUS": No, "VEN": No, "CHN": Abstain, "IND": Abstain} {
		if got := s.Vote(i, s.CountryIndex(c)); got != want {
			t.Errorf("5309 %s: %v, want %v", c, got, want)
		}
	}
	// Every vote but Zanzibar's two (3 December 1963) has a country code.
	if rep.Read != 870109 || rep.Kept != 870109 || len(rep.UnknownNames) != 1 || rep.UnknownNames["Zanzibar"] != 2 {
		t.Errorf("%s, unknown %v", rep.RowsLine(), rep.UnknownNames)
	}
	if n := s.NumVotes(); n != 870109-2 {
		t.Errorf("%d votes in the set, want 870107", n)
	}
	// Historical states stay distinct: Yugoslavia's seat is YUG in 1980,
	// SCG in 2003, SRB in 2010; East Germany is DDR; China's votes start
	// in 1971 (Taiwan held the seat before).
	for _, c := range []struct {
		code string
		year int
	}{{"YUG", 1980}, {"SCG", 2003}, {"SRB", 2010}, {"DDR", 1980}, {"TWN", 1960}, {"CSK", 1980}, {"YMD", 1980}, {"DEU", 1980}, {"DEU", 2000}} {
		if !hasVoteIn(s, c.code, c.year) {
			t.Errorf("%s has no vote in %d", c.code, c.year)
		}
	}
	for _, c := range []struct {
		code string
		year int
	}{{"CHN", 1970}, {"SRB", 2000}, {"YUG", 2003}, {"SUN", 1980}} {
		if hasVoteIn(s, c.code, c.year) {
			t.Errorf("%s has a vote in %d", c.code, c.year)
		}
	}
}

func hasVoteIn(s *Set, code string, year int) bool {
	j := s.CountryIndex(code)
	if j < 0 {
		return false
	}
	for i := range s.RollCalls {
		if s.RollCalls[i].Year() == year && s.Vote(i, j).Recorded() {
			return true
		}
	}
	return false
}

// The generator is deterministic and the committed file is up to date:
// encoding ../shared/data/unvotes again gives the same payload as
// unvotes.bin.gz (compared uncompressed, so that a change in Go's gzip
// compressor does not matter).
func TestGeneratorReproducesEmbedded(t *testing.T) {
	dir := sharedtest.Path(t, "data/unvotes")
	b, err := EncodeUNVotes(dir+"/un_votes.csv.gz", dir+"/un_roll_calls.csv.gz", dir+"/un_roll_call_issues.csv")
	if err != nil {
		t.Fatal(err)
	}
	raw := func(z []byte) []byte {
		r, err := gzip.NewReader(bytes.NewReader(z))
		if err != nil {
			t.Fatal(err)
		}
		out, err := io.ReadAll(r)
		if err != nil {
			t.Fatal(err)
		}
		return out
	}
	if !bytes.Equal(raw(b), raw(unvotesBin)) {
		t.Fatal("re-encoding differs from unvotes.bin.gz: run go run ./votes/internal/gen -o votes/unvotes.bin.gz ../shared/data/unvotes")
	}
}

func FuzzDecode(f *testing.F) {
	f.Add(unvotesBin[:200])
	var small bytes.Buffer
	z := gzip.NewWriter(&small)
	z.Write([]byte(encMagic + "\x01\x03USA\x02US\x01\x05\x01\x01\x00\x00\x00\x00\x00\x01"))
	z.Close()
	f.Add(small.Bytes())
	f.Fuzz(func(t *testing.T, b []byte) {
		e, err := decode(b)
		if err == nil && len(e.rolls) != len(e.votes) {
			t.Fatal("rolls and votes differ in length")
		}
	})
}
