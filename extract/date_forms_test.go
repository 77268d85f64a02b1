package extract

import (
	"testing"
	"time"
)

// firstForm returns the name and span of the first date form (in
// dateForms order) that reads the expression at the first token of text.
func firstForm(text string, pub time.Time) (string, dateSpan, string) {
	toks := tokenize(text)
	for _, f := range dateForms {
		if d, ok := f.at(toks, 0, len(toks), pub); ok {
			return f.name, d, tokText(toks, d.from, d.to)
		}
	}
	return "", dateSpan{}, ""
}

// Each form on an expression of its own, published Thursday 16 May 2024;
// dates by hand from the calendar (10 May 2024 was the Friday before, 13
// May three days before the 16th, February 2022 had 28 days).
func TestDateForms(t *testing.T) {
	pub := d("2024-05-16")
	tests := []struct {
		text, form, span string
		from, until      string
		prec             Precision
	}{
		{"2024-05-16 was", "ISO date", "2024-05-16", "2024-05-16", "2024-05-16", PrecisionDay},
		{"May 16, 2023 saw", "month-day", "May 16, 2023", "2023-05-16", "2023-05-16", PrecisionDay},
		{"16 May 2023 saw", "day-month", "16 May 2023", "2023-05-16", "2023-05-16", PrecisionDay},
		{"February 2022 saw", "month and year", "February 2022", "2022-02-01", "2022-02-28", PrecisionMonth},
		{"2023 saw", "year", "2023", "2023-01-01", "2023-12-31", PrecisionYear},
		{"the 2010s saw", "decade", "the 2010s", "2010-01-01", "2019-12-31", PrecisionDecade},
		{"three days ago", "relative", "three days ago", "2024-05-13", "2024-05-13", PrecisionDay},
		{"yesterday he", "relative", "yesterday", "2024-05-15", "2024-05-15", PrecisionDay},
	}
	for _, tt := range tests {
		name, ds, span := firstForm(tt.text, pub)
		if name != tt.form || span != tt.span {
			t.Errorf("%q: form %q span %q, want %q %q", tt.text, name, span, tt.form, tt.span)
			continue
		}
		if !ds.date.Equal(d(tt.from)) || !ds.until.Equal(d(tt.until)) || ds.prec != tt.prec {
			t.Errorf("%q: %s – %s %v, want %s – %s %v", tt.text, ds.date.Format("2006-01-02"), ds.until.Format("2006-01-02"), ds.prec, tt.from, tt.until, tt.prec)
		}
	}
	// Not dates: a number that is no year, a lower-case word.
	for _, text := range []string{"42 soldiers", "may be", "the talks"} {
		if name, _, span := firstForm(text, pub); name != "" {
			t.Errorf("%q read as %s %q", text, name, span)
		}
	}
}

// The forms are named once each, in the order dateAt tries them.
func TestDateFormsTable(t *testing.T) {
	seen := map[string]bool{}
	for _, f := range dateForms {
		if f.name == "" || seen[f.name] || f.at == nil {
			t.Errorf("form %q: unnamed, repeated or without a reader", f.name)
		}
		seen[f.name] = true
	}
	if dateForms[0].name != "anaphor" {
		t.Error("the anaphor must be tried first: \"the next day\" is not a relative date of its own")
	}
}

func TestAnaphorAt(t *testing.T) {
	tests := []struct {
		text  string
		shift int
		unit  Precision
		span  string // "" when not an anaphor
	}{
		{"that day", 0, PrecisionDay, "that day"},
		{"that same week", 0, PrecisionWeek, "that same week"},
		{"the next day", 1, PrecisionDay, "the next day"},
		{"the following month", 1, PrecisionMonth, "the following month"},
		{"the previous year", -1, PrecisionYear, "the previous year"},
		{"later that year", 0, PrecisionYear, "later that year"},
		{"the day before.", -1, PrecisionDay, "the day before"},
		{"the day after", 1, PrecisionDay, "the day after"},
		{"the day before the invasion", 0, 0, ""},
		{"later this year", 0, 0, ""},
		{"that man", 0, 0, ""},
	}
	for _, tt := range tests {
		toks := tokenize(tt.text)
		shift, unit, end, ok := anaphorAt(toks, 0, len(toks))
		if ok != (tt.span != "") {
			t.Errorf("%q: anaphor %v", tt.text, ok)
			continue
		}
		if ok && (shift != tt.shift || unit != tt.unit || tokText(toks, 0, end) != tt.span) {
			t.Errorf("%q: shift %d unit %v span %q; want %d %v %q", tt.text, shift, unit, tokText(toks, 0, end), tt.shift, tt.unit, tt.span)
		}
	}
}

// resolveAnaphora dates "the next day" from the date before it (the 17th
// after the 16th), "that year" as the whole year, takes the coarser of the
// two precisions, and leaves an anaphor with nothing before it undated.
func TestResolveAnaphora(t *testing.T) {
	last := dateSpan{date: d("2024-05-16"), until: d("2024-05-16"), prec: PrecisionDay, anchor: true}
	spans := []dateSpan{
		{anaphor: true, shift: 1, unit: PrecisionDay, anchor: true},
		{anaphor: true, shift: 0, unit: PrecisionYear},
	}
	resolveAnaphora(spans, &last)
	if !spans[0].date.Equal(d("2024-05-17")) || spans[0].prec != PrecisionDay {
		t.Errorf("the next day: %v %v, want 2024-05-17", spans[0].date, spans[0].prec)
	}
	if !last.date.Equal(d("2024-05-17")) {
		t.Errorf("an anchoring anaphor did not become the last date: %v", last.date)
	}
	if !spans[1].date.Equal(d("2024-01-01")) || !spans[1].until.Equal(d("2024-12-31")) || spans[1].prec != PrecisionYear {
		t.Errorf("that year: %v – %v %v", spans[1].date, spans[1].until, spans[1].prec)
	}
	none := []dateSpan{{anaphor: true, shift: 1, unit: PrecisionDay}}
	resolveAnaphora(none, &dateSpan{})
	if !none[0].date.IsZero() {
		t.Errorf("an anaphor with nothing before it was dated %v", none[0].date)
	}
}
