package votes

import (
	"sort"
	"testing"
	"time"
)

// Flags as the unvotes files write them: "1", "0", "" (and R's TRUE/FALSE,
// NA on reading).
func TestFlag(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want Flag
		ok   bool
	}{
		{"1", FlagTrue, true}, {"TRUE", FlagTrue, true}, {"true", FlagTrue, true},
		{"0", FlagFalse, true}, {"FALSE", FlagFalse, true}, {"false", FlagFalse, true},
		{"", FlagUnknown, true}, {"NA", FlagUnknown, true},
		{"2", FlagUnknown, false}, {"yes", FlagUnknown, false}, {"True", FlagUnknown, false},
	} {
		if got, ok := parseFlag(tt.in); got != tt.want || ok != tt.ok {
			t.Errorf("parseFlag(%q) = %v, %v; want %v, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
	for f, want := range map[Flag]string{FlagTrue: "1", FlagFalse: "0", FlagUnknown: ""} {
		if f.String() != want || f.True() != (f == FlagTrue) {
			t.Errorf("Flag %d: String %q True %v", f, f.String(), f.True())
		}
		// String reads back.
		if g, ok := parseFlag(f.String()); !ok || g != f {
			t.Errorf("parseFlag(%q) = %v, want %v", f.String(), g, f)
		}
	}
}

func TestRollCallYearAndIssues(t *testing.T) {
	rc := RollCall{RCID: 5309, Date: time.Date(2014, 3, 27, 0, 0, 0, 0, time.UTC), Issues: []string{"hr", "co"}}
	if rc.Year() != 2014 || (&RollCall{}).Year() != 0 {
		t.Errorf("Year = %d (undated %d), want 2014 and 0", rc.Year(), (&RollCall{}).Year())
	}
	if !rc.HasIssue("hr") || !rc.HasIssue("co") || rc.HasIssue("me") || rc.HasIssue("") {
		t.Errorf("HasIssue wrong for %v", rc.Issues)
	}
}

// The six issue tags of the unvotes issue table (its short_name and issue
// columns): every code has a name, codes are sorted (the embedded encoding
// stores an issue as its index in IssueCodes), and codes and names map
// both ways.
func TestIssueTable(t *testing.T) {
	codes := IssueCodes()
	if len(codes) != 6 || !sort.StringsAreSorted(codes) || len(issueNames) != 6 {
		t.Fatalf("IssueCodes() = %v", codes)
	}
	for _, c := range codes {
		n := IssueName(c)
		if n == "" {
			t.Errorf("%s has no name", c)
		}
		if got, ok := IssueCode(n); !ok || got != c {
			t.Errorf("IssueCode(%q) = %q, %v; want %q", n, got, ok, c)
		}
		if got, ok := IssueCode(c); !ok || got != c {
			t.Errorf("IssueCode(%q) = %q, %v", c, got, ok)
		}
	}
	if got, ok := IssueCode("Palestinian conflict"); !ok || got != "me" {
		t.Errorf("IssueCode(Palestinian conflict) = %q, %v; want me", got, ok)
	}
	for _, s := range []string{"", "xx", "human rights", "HR"} {
		if _, ok := IssueCode(s); ok || IssueName(s) != "" {
			t.Errorf("%q read as an issue", s)
		}
	}
}
