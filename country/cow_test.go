package country

import (
	"encoding/csv"
	"strconv"
	"testing"
)

// COW numbers from the COW State System Membership list (v2016): the
// United States 2, Russia and the Soviet Union 365, the German Federal
// Republic 260 until unification and Germany 255 after, the Yemen Arab
// Republic 678 and Yemen 679 from 1990, Vietnam 816.
func TestCOW(t *testing.T) {
	for _, c := range []struct {
		code string
		year int
		want int
		ok   bool
	}{
		{"USA", 0, 2, true}, {"RUS", 2014, 365, true}, {"SUN", 1980, 365, true},
		{"DEU", 1980, 260, true}, {"DEU", 1990, 260, true}, {"DEU", 1991, 255, true}, {"DEU", 0, 255, true},
		{"YEM", 1985, 678, true}, {"YEM", 1995, 679, true}, {"VNM", 2000, 816, true},
		{"ROM", 2000, 360, true}, // CAMEO's code for Romania resolves first
		{"PRI", 2000, 0, false}, {"PSE", 2015, 0, false}, {"AFR", 0, 0, false}, {"XXX", 0, 0, false},
	} {
		got, ok := COW(c.code, c.year)
		if got != c.want || ok != c.ok {
			t.Errorf("COW(%q, %d) = %d, %v; want %d, %v", c.code, c.year, got, ok, c.want, c.ok)
		}
	}
}

// ByCOW picks, among entries sharing a number, the one active in the year
// (the table's From/Until years: SUN until 1991, RUS from 1991; YUG until
// 1992, SCG 1992–2006, SRB from 2006).
func TestByCOW(t *testing.T) {
	for _, c := range []struct {
		ccode, year int
		want        string
	}{
		{365, 1980, "SUN"}, {365, 2000, "RUS"}, {365, 0, "RUS"},
		{345, 1980, "YUG"}, {345, 2000, "SCG"}, {345, 2010, "SRB"},
		{816, 1970, "VDR"}, {816, 1990, "VNM"},
		{260, 1980, "DEU"}, {255, 2000, "DEU"}, {678, 1980, "YEM"}, {680, 1980, "YMD"},
	} {
		got, ok := ByCOW(c.ccode, c.year)
		if !ok || got.Code != c.want {
			t.Errorf("ByCOW(%d, %d) = %q, %v; want %q", c.ccode, c.year, got.Code, ok, c.want)
		}
	}
	if _, ok := ByCOW(999, 0); ok {
		t.Error("ByCOW(999) found an entry")
	}
}

// Every COW row resolves to a known entry, and each code's year windows do
// not overlap.
func TestCOWTable(t *testing.T) {
	for _, c := range cowTable {
		if _, ok := Lookup(c.code); !ok {
			t.Errorf("%s (%d): not in the country table", c.code, c.ccode)
		}
	}
	for code, idx := range cowByCode {
		for y := 1900; y <= 2030; y++ {
			n := 0
			for _, i := range idx {
				if cowActive(cowTable[i], y) {
					n++
				}
			}
			if n != 1 {
				t.Fatalf("%s: %d COW numbers in %d", code, n, y)
			}
		}
	}
}

// The NGEC COW–ISO crosswalk (../shared/data/ngec/cow2iso.txt) agrees with
// the table for every ISO3 code both have, except where the crosswalk is
// known to differ: it gives VNM the number of the Republic of Vietnam
// (817, South Vietnam 1954–1975), while COW numbers unified Vietnam 816.
func TestCOWAgainstNGEC(t *testing.T) {
	r := csv.NewReader(openShared(t, "data/ngec/cow2iso.txt"))
	rows, err := r.ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	col := map[string]int{}
	for i, h := range rows[0] {
		col[h] = i
	}
	ref := map[string]map[int]bool{}
	for _, row := range rows[1:] {
		n, err := strconv.Atoi(row[col["cow_id"]])
		if err != nil || row[col["iso3"]] == "" {
			continue
		}
		if ref[row[col["iso3"]]] == nil {
			ref[row[col["iso3"]]] = map[int]bool{}
		}
		ref[row[col["iso3"]]][n] = true
	}
	checked := 0
	for _, c := range cowTable {
		nums, ok := ref[c.code]
		if !ok || c.code == "VNM" {
			continue
		}
		checked++
		if !nums[c.ccode] {
			t.Errorf("%s: %d, crosswalk has %v", c.code, c.ccode, nums)
		}
	}
	if checked < 180 {
		t.Errorf("only %d codes checked", checked)
	}
}
