package dataset

import (
	"strings"
	"testing"
)

func TestReportAccounting(t *testing.T) {
	var r Report
	r.Read = 5
	r.Keep(day(2024, 5, 16))
	r.Keep(day(2023, 9, 13))
	r.Reject(&ParseError{Line: 3, Column: "SQLDATE", Err: ErrBadDate}, 1)
	r.Reject(&ParseError{Line: 4, Column: "SQLDATE", Err: ErrBadDate}, 1)
	r.Filter("date range")
	if !r.Balanced() {
		t.Fatalf("unbalanced: %s", r.RowsLine())
	}
	if r.RowsLine() != "rows: read=5 kept=2 rejected=2 filtered=1" {
		t.Errorf("RowsLine = %q", r.RowsLine())
	}
	if len(r.Samples) != 1 || r.Reasons["SQLDATE: invalid date"] != 2 {
		t.Errorf("samples %d reasons %v", len(r.Samples), r.Reasons)
	}
	if !r.First.Equal(day(2023, 9, 13)) || !r.Last.Equal(day(2024, 5, 16)) {
		t.Errorf("range %v..%v", r.First, r.Last)
	}
	var total Report
	total.Merge(&r, 0)
	total.Merge(&r, 0)
	if total.RowsLine() != "rows: read=10 kept=4 rejected=4 filtered=2" || total.Reasons["SQLDATE: invalid date"] != 4 || total.Filters["date range"] != 2 {
		t.Errorf("merged: %s %v %v", total.RowsLine(), total.Reasons, total.Filters)
	}
	r.Unknown("Atlantis")
	r.Unknown("Atlantis")
	total.Merge(&r, 0)
	if total.UnknownNames["Atlantis"] != 2 {
		t.Errorf("unknown names %v", total.UnknownNames)
	}
	s := total.Summary()
	for _, want := range []string{"rows: read=15", "rejected 6: SQLDATE: invalid date", "filtered 3: date range", `"Atlantis"×2`} {
		if !strings.Contains(s, want) {
			t.Errorf("summary lacks %q:\n%s", want, s)
		}
	}
}
