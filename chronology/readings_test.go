package chronology

import (
	"errors"
	"hash/fnv"
	"math"
	"strings"
	"testing"
	"time"

	"github.com/entente/entente/dataset"
)

// month is the first day of a month, 00:00 UTC.
func month(y int, m time.Month) time.Time { return time.Date(y, m, 1, 0, 0, 0, 0, time.UTC) }

// The embedded readings, against the rules of the brief they were written
// to (chronology/README.md, "Readings"): 35–50 grade spans and 20–30
// order claims; at least four grade spans for each default dyad and two for
// each of the six contrast dyads; every month 2012-01…2025-12 of every
// default dyad inside a grade span; grade spans of a dyad not overlapping;
// order claims at least ten within a dyad and ten across dyads; and no
// order claim contradicted by the grade spans (a warmer side whose
// warmest allowed grade is below the colder side's coldest).
func TestReadingsEmbedded(t *testing.T) {
	rs := Readings()
	kinds := map[string]int{}
	grade := map[dataset.Dyad][]Reading{}
	within, across := 0, 0
	for _, r := range rs {
		kinds[r.Kind]++
		if r.Kind == KindGrade {
			grade[r.Dyad] = append(grade[r.Dyad], r)
		} else if r.OtherDyad == r.Dyad {
			within++
		} else {
			across++
		}
	}
	if kinds[KindGrade] < 35 || kinds[KindGrade] > 50 {
		t.Errorf("%d grade readings, want 35–50", kinds[KindGrade])
	}
	if kinds[KindOrder] < 20 || kinds[KindOrder] > 30 {
		t.Errorf("%d order readings, want 20–30", kinds[KindOrder])
	}
	if within < 10 || across < 10 {
		t.Errorf("order readings: %d within a dyad, %d across dyads; want at least 10 of each", within, across)
	}
	for _, d := range CoreDyads() {
		spans := grade[d.Undirected()]
		if len(spans) < 4 {
			t.Errorf("default dyad %s has %d grade readings, want at least 4", d, len(spans))
		}
		for m := month(2012, 1); !m.After(month(2025, 12)); m = m.AddDate(0, 1, 0) {
			n := 0
			for _, r := range spans {
				if !m.Before(r.From) && !m.After(r.To) {
					n++
				}
			}
			if n == 0 {
				t.Errorf("%s %s is in no grade reading", d, m.Format("2006-01"))
			}
		}
	}
	for _, s := range []string{"CHN-JPN", "IND-PAK", "IRN-USA", "RUS-TUR", "CUB-USA", "PRK-USA"} {
		d, _ := dataset.ParseDyad(s)
		if len(grade[d]) < 2 {
			t.Errorf("contrast dyad %s has %d grade readings, want at least 2", s, len(grade[d]))
		}
	}
	for d, spans := range grade {
		for i, a := range spans {
			for _, b := range spans[i+1:] {
				if !a.To.Before(b.From) && !b.To.Before(a.From) {
					t.Errorf("%s: grade readings on lines %d and %d overlap", d, a.Line, b.Line)
				}
			}
		}
	}
	// overlapping returns the warmest Highest and the coldest Lowest of the
	// grade readings that overlap a span, or ok=false when none does.
	overlapping := func(d dataset.Dyad, from, to time.Time) (warmest, coldest int, ok bool) {
		warmest, coldest = -1, len(Grades())
		for _, r := range grade[d] {
			if r.To.Before(from) || to.Before(r.From) {
				continue
			}
			ok = true
			warmest = max(warmest, GradeRank(r.Highest))
			coldest = min(coldest, GradeRank(r.Lowest))
		}
		return warmest, coldest, ok
	}
	for _, r := range rs {
		if r.Kind != KindOrder {
			continue
		}
		w, _, ok1 := overlapping(r.Dyad, r.From, r.To)
		_, c, ok2 := overlapping(r.OtherDyad, r.OtherFrom, r.OtherTo)
		if ok1 && ok2 && w < c {
			t.Errorf("line %d: %s is said to be warmer, but its grade readings reach at most %s and the other side's at least %s",
				r.Line, r.Dyad, Grades()[w], Grades()[c])
		}
	}
	// A copy: changing it does not change the next call.
	rs[0].Description = "x"
	if Readings()[0].Description == "x" {
		t.Error("Readings returned the shared slice")
	}
}

const readingsHead = "kind,dyad,from,to,lowest,highest,share,never_above,other_dyad,other_from,other_to,description,source\n"

func TestReadReadings(t *testing.T) {
	in := readingsHead +
		"grade,CHN-USA,2018-01,2019-12,tense,discordant,0.8,ordinary,,,,Trade war,USTR\n" +
		" grade , CUB-USA ,2015-01,2015-01,good,good,1,,,,,\"Thaw, one month\",State\n" +
		"order,CUB-USA,2015-07,2016-12,,,,,CUB-USA,2012-01,2014-06,Thaw versus freeze,State\n"
	got, err := ReadReadings(strings.NewReader(in), "r.csv")
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 3 {
		t.Fatalf("got %d readings, want 3", len(got))
	}
	want0 := Reading{Kind: KindGrade, Dyad: dataset.Dyad{A: "CHN", B: "USA"}, From: month(2018, 1), To: month(2019, 12),
		Lowest: "tense", Highest: "discordant", Share: 0.8, NeverAbove: "ordinary", Description: "Trade war", Source: "USTR", Line: 2}
	if got[0] != want0 {
		t.Errorf("row 0 = %+v, want %+v", got[0], want0)
	}
	want1 := Reading{Kind: KindGrade, Dyad: dataset.Dyad{A: "CUB", B: "USA"}, From: month(2015, 1), To: month(2015, 1),
		Lowest: "good", Highest: "good", Share: 1, Description: "Thaw, one month", Source: "State", Line: 3}
	if got[1] != want1 {
		t.Errorf("row 1 = %+v, want %+v", got[1], want1)
	}
	o := got[2]
	if o.Kind != KindOrder || o.OtherDyad != (dataset.Dyad{A: "CUB", B: "USA"}) || !o.OtherFrom.Equal(month(2012, 1)) ||
		!o.OtherTo.Equal(month(2014, 6)) || !math.IsNaN(o.Share) || o.Lowest != "" || o.Line != 4 {
		t.Errorf("row 2 = %+v", o)
	}
	// Months: 2018-01…2019-12 is 24 months, 2015-01 alone 1; the order row's
	// spans 2015-07…2016-12 and 2012-01…2014-06 are 18 and 30.
	if got[0].Months() != 24 || got[1].Months() != 1 || o.Months() != 18 || o.OtherMonths() != 30 || got[0].OtherMonths() != 0 {
		t.Errorf("Months: %d %d %d %d %d, want 24 1 18 30 0", got[0].Months(), got[1].Months(), o.Months(), o.OtherMonths(), got[0].OtherMonths())
	}
	// Allows and Exceeds on row 0 (tense…discordant, never above ordinary).
	for g, want := range map[string][2]bool{
		"confrontation": {false, false}, "tense": {true, false}, "discordant": {true, false},
		"ordinary": {false, false}, "good": {false, true}, "friendly": {false, true}, "nice": {false, false},
	} {
		if got[0].Allows(g) != want[0] || got[0].Exceeds(g) != want[1] {
			t.Errorf("row 0: Allows(%s), Exceeds(%s) = %v, %v, want %v, %v", g, g, got[0].Allows(g), got[0].Exceeds(g), want[0], want[1])
		}
	}
	if got[1].Exceeds("friendly") || o.Allows("good") {
		t.Error("no bound exceeds nothing; an order reading allows no grade")
	}
}

func TestReadReadingsErrors(t *testing.T) {
	const grade = "grade,CHN-USA,2018-01,2019-12,tense,discordant,0.8,ordinary,,,,d,s\n"
	bad := []struct {
		name     string
		in       string
		line     int
		column   string
		sentinel error
	}{
		{"unknown kind", "span,CHN-USA,2018-01,2019-12,tense,discordant,0.8,,,,,d,s\n", 2, "kind", dataset.ErrSyntax},
		{"bad grade name", "grade,CHN-USA,2018-01,2019-12,hostile,discordant,0.8,,,,,d,s\n", 2, "lowest", dataset.ErrSyntax},
		{"grade names are lower case", "grade,CHN-USA,2018-01,2019-12,tense,Discordant,0.8,,,,,d,s\n", 2, "highest", dataset.ErrSyntax},
		{"lowest warmer than highest", "grade,CHN-USA,2018-01,2019-12,good,tense,0.8,,,,,d,s\n", 2, "highest", dataset.ErrSyntax},
		{"bad never_above", "grade,CHN-USA,2018-01,2019-12,tense,discordant,0.8,hot,,,,d,s\n", 2, "never_above", dataset.ErrSyntax},
		{"never_above below highest", "grade,CHN-USA,2018-01,2019-12,tense,discordant,0.8,tense,,,,d,s\n", 2, "never_above", dataset.ErrSyntax},
		{"from after to", "grade,CHN-USA,2019-12,2018-01,tense,discordant,0.8,,,,,d,s\n", 2, "to", dataset.ErrBadDate},
		{"bad month", "grade,CHN-USA,2018-13,2019-12,tense,discordant,0.8,,,,,d,s\n", 2, "from", dataset.ErrBadDate},
		{"a day, not a month", "grade,CHN-USA,2018-01-05,2019-12,tense,discordant,0.8,,,,,d,s\n", 2, "from", dataset.ErrBadDate},
		{"before 2012", "grade,CHN-USA,2011-12,2019-12,tense,discordant,0.8,,,,,d,s\n", 2, "from", dataset.ErrBadDate},
		{"after 2025", "grade,CHN-USA,2018-01,2026-01,tense,discordant,0.8,,,,,d,s\n", 2, "to", dataset.ErrBadDate},
		{"share 0", "grade,CHN-USA,2018-01,2019-12,tense,discordant,0,,,,,d,s\n", 2, "share", dataset.ErrBadNumber},
		{"share above 1", "grade,CHN-USA,2018-01,2019-12,tense,discordant,1.01,,,,,d,s\n", 2, "share", dataset.ErrBadNumber},
		{"share negative", "grade,CHN-USA,2018-01,2019-12,tense,discordant,-0.5,,,,,d,s\n", 2, "share", dataset.ErrBadNumber},
		{"share NaN", "grade,CHN-USA,2018-01,2019-12,tense,discordant,NaN,,,,,d,s\n", 2, "share", dataset.ErrBadNumber},
		{"share missing", "grade,CHN-USA,2018-01,2019-12,tense,discordant,,,,,,d,s\n", 2, "share", dataset.ErrBadNumber},
		{"grade with another span", "grade,CHN-USA,2018-01,2019-12,tense,discordant,0.8,,RUS-USA,,,d,s\n", 2, "other_dyad", dataset.ErrSyntax},
		{"dyad not alphabetical", "grade,USA-CHN,2018-01,2019-12,tense,discordant,0.8,,,,,d,s\n", 2, "dyad", dataset.ErrSyntax},
		{"self dyad", "grade,USA-USA,2018-01,2019-12,tense,discordant,0.8,,,,,d,s\n", 2, "dyad", dataset.ErrSyntax},
		{"unknown country", "grade,CHN-XXX,2018-01,2019-12,tense,discordant,0.8,,,,,d,s\n", 2, "dyad", dataset.ErrSyntax},
		{"missing description", "grade,CHN-USA,2018-01,2019-12,tense,discordant,0.8,,,,,,s\n", 2, "description", dataset.ErrMissingField},
		{"missing source", grade + "grade,CHN-USA,2018-01,2019-12,tense,discordant,0.8,,,,, d ,\n", 3, "source", dataset.ErrMissingField},
		{"missing other dyad", "order,CUB-USA,2015-07,2016-12,,,,,,2012-01,2014-06,d,s\n", 2, "other_dyad", dataset.ErrMissingField},
		{"missing other month", "order,CUB-USA,2015-07,2016-12,,,,,CUB-USA,2012-01,,d,s\n", 2, "other_to", dataset.ErrMissingField},
		{"order with a share", "order,CUB-USA,2015-07,2016-12,,,0.8,,CUB-USA,2012-01,2014-06,d,s\n", 2, "share", dataset.ErrSyntax},
		{"order with a grade", "order,CUB-USA,2015-07,2016-12,good,,,,CUB-USA,2012-01,2014-06,d,s\n", 2, "lowest", dataset.ErrSyntax},
		{"order other from after to", "order,CUB-USA,2015-07,2016-12,,,,,CUB-USA,2014-06,2012-01,d,s\n", 2, "other_to", dataset.ErrBadDate},
		{"order other dyad bad", "order,CUB-USA,2015-07,2016-12,,,,,USA-CUB,2012-01,2014-06,d,s\n", 2, "other_dyad", dataset.ErrSyntax},
		{"order with itself", "order,CUB-USA,2015-07,2016-12,,,,,CUB-USA,2015-07,2016-12,d,s\n", 2, "other_to", dataset.ErrSyntax},
		{"too few columns", grade + "grade,CHN-USA,2018-01,2019-12\n", 3, "", dataset.ErrColumnCount},
		{"unterminated quote", "\"0000", 2, "", dataset.ErrSyntax}, // found by FuzzReadReadings (testdata/fuzz)
		{"bare quote", "grade,CHN-USA,2018-01,2019-12,tense,discordant,0.8,,,,,d \"x\" d,s\n", 2, "", dataset.ErrSyntax},
	}
	for _, c := range bad {
		_, err := ReadReadings(strings.NewReader(readingsHead+c.in), "r.csv")
		var pe *dataset.ParseError
		if !errors.As(err, &pe) || !errors.Is(err, c.sentinel) || pe.Line != c.line || pe.Column != c.column || pe.File != "r.csv" {
			t.Errorf("%s: err = %v, want r.csv line %d column %q wrapping %v", c.name, err, c.line, c.column, c.sentinel)
		}
	}
	for _, in := range []string{"", "kind,dyad\n", strings.Replace(readingsHead, "share", "portion", 1)} {
		_, err := ReadReadings(strings.NewReader(in), "r.csv")
		var pe *dataset.ParseError
		if !errors.As(err, &pe) || pe.Line != 1 {
			t.Errorf("header %q: err = %v, want a line-1 *dataset.ParseError", in, err)
		}
	}
	// A header alone is an empty list, not an error.
	if rs, err := ReadReadings(strings.NewReader(readingsHead), "r.csv"); err != nil || len(rs) != 0 {
		t.Errorf("header alone: %d readings, err %v", len(rs), err)
	}
}

func FuzzReadReadings(f *testing.F) {
	f.Add([]byte(readingsHead + "grade,CHN-USA,2018-01,2019-12,tense,discordant,0.8,ordinary,,,,d,s\n"))
	f.Add([]byte(readingsHead + "order,CUB-USA,2015-07,2016-12,,,,,CUB-USA,2012-01,2014-06,\"a, b\",s\n"))
	f.Add([]byte(readingsHead + "grade,chn-usa,2018-1,2019-12,tense,tense,1e0,,,,,d,s\n"))
	f.Fuzz(func(t *testing.T, b []byte) {
		rs, err := ReadReadings(strings.NewReader(string(b)), "f.csv")
		if err != nil {
			var pe *dataset.ParseError
			if !errors.As(err, &pe) || pe.File != "f.csv" {
				t.Fatalf("error %v is not a *dataset.ParseError naming the file", err)
			}
			return
		}
		for _, r := range rs {
			okGrade := r.Kind == KindGrade && GradeRank(r.Lowest) >= 0 && GradeRank(r.Highest) >= GradeRank(r.Lowest) &&
				r.Share > 0 && r.Share <= 1 && (r.NeverAbove == "" || GradeRank(r.NeverAbove) >= GradeRank(r.Highest)) &&
				r.OtherDyad == (dataset.Dyad{})
			okOrder := r.Kind == KindOrder && r.Lowest == "" && math.IsNaN(r.Share) && r.OtherDyad.A < r.OtherDyad.B &&
				r.OtherMonths() >= 1 && r.OtherFrom.Day() == 1
			if !(okGrade || okOrder) || r.Dyad.A >= r.Dyad.B || r.Months() < 1 || r.From.Day() != 1 ||
				r.From.Before(month(2012, 1)) || r.To.After(month(2025, 12)) || r.Description == "" || r.Source == "" {
				t.Fatalf("accepted a bad row: %+v", r)
			}
		}
	})
}

// A file saved with a UTF-8 byte-order mark (as spreadsheet programs
// write CSV) reads as without one, in both readers.
func TestReadersSkipBOM(t *testing.T) {
	bom := "\xef\xbb\xbf"
	if _, err := ReadReadings(strings.NewReader(bom+readingsHead+"grade,CHN-USA,2018-01,2019-12,tense,discordant,0.8,ordinary,,,,Trade war,USTR\n"), "r.csv"); err != nil {
		t.Errorf("readings with a BOM: %v", err)
	}
	if _, err := ReadTurningPoints(strings.NewReader(bom+"dyad,month,direction,description,source\nCHN-IND,2020-06,down,Galwan,MEA\n"), "t.csv"); err != nil {
		t.Errorf("turning points with a BOM: %v", err)
	}
}

// The halves of the embedded readings: the split is by a hash of the row
// (Reading.HeldApart), so it is fixed by the rows alone; both halves hold
// readings of both kinds. The key is computed here as the doc states it
// and checked against the method for every row.
func TestReadingsHalves(t *testing.T) {
	count := map[string][2]int{}
	for _, r := range Readings() {
		key := r.Kind + " " + r.Dyad.String() + " " + r.From.Format("2006-01") + " " + r.To.Format("2006-01")
		if r.Kind == KindOrder {
			key += " " + r.OtherDyad.String() + " " + r.OtherFrom.Format("2006-01") + " " + r.OtherTo.Format("2006-01")
		}
		h := fnv.New32a()
		h.Write([]byte(key))
		if want := h.Sum32()%2 == 1; r.HeldApart() != want {
			t.Errorf("line %d: HeldApart %v, want %v", r.Line, r.HeldApart(), want)
		}
		c := count[r.Kind]
		if r.HeldApart() {
			c[1]++
		} else {
			c[0]++
		}
		count[r.Kind] = c
	}
	for _, k := range []string{KindGrade, KindOrder} {
		if c := count[k]; c[0] == 0 || c[1] == 0 {
			t.Errorf("%s readings: %d tuning, %d held apart; want both halves", k, c[0], c[1])
		}
	}
	t.Logf("tuning/held-apart: grade %v, order %v", count[KindGrade], count[KindOrder])
}
