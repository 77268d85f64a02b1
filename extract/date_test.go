package extract

import (
	"testing"
	"time"
)

func d(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

// The expected dates are hand-computed from calendars: 2024-05-16 was a
// Thursday, 2025-05-09 a Friday, 2024-01-03 a Wednesday.
func TestFindDates(t *testing.T) {
	thu := d("2024-05-16")
	tests := []struct {
		text        string
		pub         time.Time
		wantText    string
		from, until string
		prec        Precision
		anchor      bool
	}{
		{"Putin arrived on Thursday.", thu, "on Thursday", "2024-05-16", "2024-05-16", PrecisionDay, true},
		{"He met Xi on Wednesday.", thu, "on Wednesday", "2024-05-15", "2024-05-15", PrecisionDay, true},
		{"He met Xi on Friday.", thu, "on Friday", "2024-05-10", "2024-05-10", PrecisionDay, true},
		{"They met last Thursday.", thu, "last Thursday", "2024-05-09", "2024-05-09", PrecisionDay, true},
		{"They meet next Monday.", thu, "next Monday", "2024-05-20", "2024-05-20", PrecisionDay, true},
		{"Putin arrived earlier on Thursday.", thu, "earlier on Thursday", "2024-05-16", "2024-05-16", PrecisionDay, true},
		{"in Moscow on Thursday (May 8).", d("2025-05-09"), "on Thursday (May 8)", "2025-05-08", "2025-05-08", PrecisionDay, true},
		{"took place from May 16 to 17, included", d("2024-05-18"), "from May 16 to 17", "2024-05-16", "2024-05-17", PrecisionDay, true},
		{"a partnership in February 2022 when", thu, "in February 2022", "2022-02-01", "2022-02-28", PrecisionMonth, true},
		{"loans to Venezuela in the 2010s.", thu, "in the 2010s", "2010-01-01", "2019-12-31", PrecisionDecade, true},
		{"Last week, the president posted", thu, "Last week", "2024-05-06", "2024-05-12", PrecisionWeek, true},
		{"He said yesterday that", thu, "yesterday", "2024-05-15", "2024-05-15", PrecisionDay, true},
		{"In 2023, Russia exported oil", thu, "In 2023", "2023-01-01", "2023-12-31", PrecisionYear, true},
		{"friendship since February 2022, aiming", thu, "since February 2022", "2022-02-01", "2022-02-28", PrecisionMonth, false},
		{"progress in trade by 2030 has been set", thu, "by 2030", "2030-01-01", "2030-12-31", PrecisionYear, false},
		{"keep him in power until at least 2030.", thu, "2030", "2030-01-01", "2030-12-31", PrecisionYear, false},
		{"They clashed three days ago.", thu, "three days ago", "2024-05-13", "2024-05-13", PrecisionDay, true},
		{"on December 28 the talks", d("2024-01-03"), "on December 28", "2023-12-28", "2023-12-28", PrecisionDay, true},
		{"On September 29, Putin offered", d("2000-01-01"), "On September 29", "1999-09-29", "1999-09-29", PrecisionDay, true},
		{"dated 2024-05-16 in the file", time.Time{}, "2024-05-16", "2024-05-16", "2024-05-16", PrecisionDay, true},
		{"on 16 May 2024 at noon", time.Time{}, "on 16 May 2024", "2024-05-16", "2024-05-16", PrecisionDay, true},
		{"due on Sept. 5, 2024.", time.Time{}, "on Sept. 5, 2024", "2024-09-05", "2024-09-05", PrecisionDay, true},
		{"It will begin this month.", thu, "this month", "2024-05-01", "2024-05-31", PrecisionMonth, true},
		{"since beginning his fifth term in office last week", thu, "last week", "2024-05-06", "2024-05-12", PrecisionWeek, false},
	}
	for _, tt := range tests {
		ds := FindDates(tt.text, tt.pub)
		if len(ds) == 0 {
			t.Errorf("%q: no date found", tt.text)
			continue
		}
		got := ds[len(ds)-1]
		for _, x := range ds {
			if x.Text == tt.wantText {
				got = x
			}
		}
		if got.Text != tt.wantText || got.Date != d(tt.from) || got.Until != d(tt.until) || got.Precision != tt.prec || got.Anchor != tt.anchor {
			t.Errorf("%q (published %s):\n got  %q %s…%s %s anchor=%v\n want %q %s…%s %s anchor=%v", tt.text, tt.pub.Format("2006-01-02"),
				got.Text, got.Date.Format("2006-01-02"), got.Until.Format("2006-01-02"), got.Precision, got.Anchor,
				tt.wantText, tt.from, tt.until, tt.prec, tt.anchor)
		}
		if tt.text[got.Start:got.End] != got.Text {
			t.Errorf("%q: span %d:%d is %q, Text %q", tt.text, got.Start, got.End, tt.text[got.Start:got.End], got.Text)
		}
	}
}

func TestFindDatesNotDates(t *testing.T) {
	for _, s := range []string{
		"trade reached $227.8 billion",
		"up to 50 billion cubic meters",
		"China may join the talks",      // the modal "may" is no month
		"protesters march on the city",  // nor the verb "march"
		"more than 2000 troops arrived", // a number before a unit
		"",
	} {
		if ds := FindDates(s, d("2024-05-16")); len(ds) != 0 {
			t.Errorf("FindDates(%q) = %+v, want none", s, ds)
		}
	}
}

func TestFindDatesUndated(t *testing.T) {
	// A relative date in an undated article stays unresolved: never today.
	ds := FindDates("Putin arrived on Thursday.", time.Time{})
	if len(ds) != 1 || !ds[0].Date.IsZero() || !ds[0].Relative || ds[0].Precision != PrecisionDay {
		t.Fatalf("got %+v, want one unresolved relative day", ds)
	}
}

func TestPrecisionString(t *testing.T) {
	if PrecisionMonth.String() != "month" || Precision(99).String() != "none" {
		t.Errorf("String: %q %q", PrecisionMonth.String(), Precision(99).String())
	}
}

func FuzzFindDates(f *testing.F) {
	for _, s := range []string{"on Thursday (May 8)", "from May 16 to 17", "in the '90s", "last week",
		"Sept. 31, 2024", "February 30", "in 1799", "2024-13-45", "the 2010s", "three days ago", "\xff",
		"is due to travel on Friday", "On Dec. 17, 2014, x. That day y. The next day z.", "from 2017, when in April",
		"later that year", "the day before,", "two weeks after"} {
		f.Add(s, int64(1715817600))
	}
	f.Fuzz(func(t *testing.T, s string, unix int64) {
		pub := time.Time{}
		if unix > -1e10 && unix < 1e10 {
			pub = time.Unix(unix, 0).UTC()
		}
		for _, x := range FindDates(s, pub) {
			if x.Start < 0 || x.End > len(s) || x.Start > x.End || s[x.Start:x.End] != x.Text {
				t.Fatalf("bad span %+v in %q", x, s)
			}
			if !x.Date.IsZero() && !x.Until.IsZero() && x.Until.Before(x.Date) {
				t.Fatalf("%q: Until %v before Date %v", s, x.Until, x.Date)
			}
		}
	})
}
