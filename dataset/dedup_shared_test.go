package dataset

import (
	"os"
	"strings"
	"testing"

	"github.com/entente/entente/internal/sharedtest"
)

// Issue 2 item 10 and PROVENANCE.md: the ICEWS sample has 3,705 rows and
// 2,734 distinct (date, source, target, code) keys. The key that gives
// 2,734 is (Event Date, Source Name, Target Name, CAMEO Code) — the full
// actors, which is what DedupActors uses for ICEWS (no actor codes, so the
// name identifies the actor); by country dyad it is 1,739.
func TestDedupICEWSSample(t *testing.T) {
	path := sharedtest.Path(t, "data/icews/events.2018.sample.tab")

	// the facts, counted from the raw file independently of the reader
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimRight(string(raw), "\n"), "\n")
	col := map[string]int{}
	for i, name := range strings.Split(lines[0], "\t") {
		col[name] = i
	}
	byName := map[string]bool{}
	for _, l := range lines[1:] {
		f := strings.Split(l, "\t")
		byName[f[col["Event Date"]]+"|"+f[col["Source Name"]]+"|"+f[col["Target Name"]]+"|"+f[col["CAMEO Code"]]] = true
	}
	if len(lines)-1 != 3705 || len(byName) != 2734 {
		t.Fatalf("raw file: %d rows, %d distinct keys; PROVENANCE.md says 3,705 and 2,734", len(lines)-1, len(byName))
	}

	events, rep, err := ReadFile(path, nil)
	if err != nil || rep.Kept != 3705 {
		t.Fatalf("ReadFile: %v, %s", err, rep.RowsLine())
	}
	out, drep := Dedup(events, nil)
	if drep.In != 3705 || drep.Out != 2734 || drep.Merged != 971 || len(out) != 2734 {
		t.Errorf("DedupActors: %v (groups %d), want in=3705 out=2734 merged=971", drep, drep.Groups)
	}
	var reports int
	for i := range out {
		reports += out[i].ReportCount()
	}
	if reports != 3705 {
		t.Errorf("merged events carry %d reports, want all 3,705", reports)
	}
	// country dyads: 1,739 keys (counted with the country names of the raw
	// file, which all resolve to one code each)
	if _, crep := Dedup(events, &DedupOptions{Key: DedupCountries}); crep.Out != 1739 {
		t.Errorf("DedupCountries: %v, want out=1739", crep)
	}
}
