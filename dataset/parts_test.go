package dataset

import (
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/entente/entente/internal/sharedtest"
)

// mixedZip builds, in a temporary folder, a zip archive holding the GDELT
// 1.0 sample and then the ICEWS sample (never committed), and returns its
// path and the two entries' own reports read as plain files.
func mixedZip(t *testing.T, extra ...zipEntry) (string, []*Report) {
	t.Helper()
	var entries []zipEntry
	var refs []*Report
	for _, rel := range []string{gdelt1Sample, icewsSample} {
		p := sharedtest.Path(t, rel)
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		_, rep, err := ReadFile(p, nil)
		if err != nil {
			t.Fatal(err)
		}
		refs = append(refs, rep)
		entries = append(entries, zipEntry{name: rel[strings.LastIndexByte(rel, '/')+1:], body: string(data)})
	}
	return writeTemp(t, "mixed.zip", zipBytes(t, append(entries, extra...)...)), refs
}

// Issue 15, finding 3: each entry of a zip archive has its own format and
// its own accounting. A GDELT entry then an ICEWS entry are both read in
// full: each part's rows line is the entry's own, read as a plain file,
// and the totals are their sums. Before the fix the ICEWS entry was read
// as GDELT and every row of it rejected.
func TestZipEntriesOwnFormat(t *testing.T) {
	path, refs := mixedZip(t)
	for _, how := range []string{"ReadFile", "AggregateFiles"} {
		var rep *Report
		var err error
		if how == "ReadFile" {
			_, rep, err = ReadFile(path, nil)
		} else {
			var reps []*Report
			_, reps, err = AggregateFiles([]string{path}, nil, nil)
			rep = reps[0]
		}
		if err != nil {
			t.Fatalf("%s: %v", how, err)
		}
		if len(rep.Parts) != 2 {
			t.Fatalf("%s: %d parts, want 2: %v", how, len(rep.Parts), rep.PartLines())
		}
		var sum Report
		for i, p := range rep.Parts {
			ref := refs[i]
			if p.RowsLine() != ref.RowsLine() || p.Format != ref.Format || !strings.HasPrefix(p.File, path+":") {
				t.Errorf("%s: part %d %s %s %s; read alone: %s %s", how, i, p.File, p.Format, p.RowsLine(), ref.Format, ref.RowsLine())
			}
			sum.Merge(p, 0)
		}
		if rep.RowsLine() != sum.RowsLine() || rep.Rejected != refs[0].Rejected+refs[1].Rejected {
			t.Errorf("%s: total %s, parts sum to %s", how, rep.RowsLine(), sum.RowsLine())
		}
		if want := path + ":" + "events.2018.sample.tab: " + refs[1].RowsLine(); rep.PartLines()[1] != want {
			t.Errorf("%s: part line %q, want %q", how, rep.PartLines()[1], want)
		}
	}
}

// An entry whose format cannot be detected has each of its rows rejected
// and counted in its own part (no rows lost, no error ending the input);
// an empty entry has its part with zero counts.
func TestZipEntryUnknownFormat(t *testing.T) {
	path, refs := mixedZip(t,
		zipEntry{name: "README", body: "These are\nthree lines of prose.\n\n"},
		zipEntry{name: "empty.csv", body: ""})
	_, rep, err := ReadFile(path, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Parts) != 4 {
		t.Fatalf("%d parts: %v", len(rep.Parts), rep.PartLines())
	}
	readme := rep.Parts[2]
	// two non-blank lines in the README entry, both rejected
	if readme.RowsLine() != "rows: read=2 kept=0 rejected=2 filtered=0" || readme.Format != FormatAuto {
		t.Errorf("README part: %s %q", readme.RowsLine(), readme.Format)
	}
	if len(readme.Samples) != 2 || !errors.Is(readme.Samples[0], ErrUnknownFormat) || readme.Samples[1].Line != 2 {
		t.Errorf("README samples: %v", readme.Samples)
	}
	if e := rep.Parts[3]; e.RowsLine() != "rows: read=0 kept=0 rejected=0 filtered=0" || e.File != path+":empty.csv" {
		t.Errorf("empty part: %s %s", e.File, e.RowsLine())
	}
	if rep.Read != refs[0].Read+refs[1].Read+2 || !rep.Balanced() {
		t.Errorf("total %s", rep.RowsLine())
	}
	// strict mode stops at the first row of the unreadable entry
	_, _, err = ReadFile(path, &ReadOptions{Strict: true})
	var pe *ParseError
	if refs[0].Rejected+refs[1].Rejected == 0 && (!errors.As(err, &pe) || pe.File != path+":README" || pe.Line != 1) {
		t.Errorf("strict: %v", err)
	}
}

// A zip archive of one GDELT entry keeps the fast path, and its one part
// is accounted as Reader accounts for it.
func TestZipOneEntryParts(t *testing.T) {
	data, err := os.ReadFile(sharedtest.Path(t, gdelt1Sample))
	if err != nil {
		t.Fatal(err)
	}
	path := writeTemp(t, "one.zip", zipBytes(t, zipEntry{name: "events.tsv", body: string(data)}))
	_, rep, err := ReadFile(path, nil)
	if err != nil {
		t.Fatal(err)
	}
	_, reps, err := AggregateFiles([]string{path}, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{path + ":events.tsv: rows: read=710 kept=710 rejected=0 filtered=0"} // 710 lines (wc -l)
	for _, got := range [][]string{rep.PartLines(), reps[0].PartLines()} {
		if strings.Join(got, "\n") != want[0] {
			t.Errorf("part lines %q, want %q", got, want)
		}
	}
}
