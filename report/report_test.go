package report

import (
	"testing"
	"time"
)

func TestTopEventDateText(t *testing.T) {
	d := time.Date(2022, 2, 4, 0, 0, 0, 0, time.UTC)
	for prec, want := range map[string]string{"": "4 Feb 2022", "month": "Feb 2022", "year": "2022", "decade": "2020s", "week": "week of 4 Feb 2022"} {
		if got := (TopEvent{Date: d, DatePrecision: prec}).DateText(); got != want {
			t.Errorf("precision %q: %q, want %q", prec, got, want)
		}
	}
	if got := (TopEvent{}).DateText(); got != dash {
		t.Errorf("unknown date: %q", got)
	}
}
