package report

import "testing"

// Titles of the UN roll-call data set (../shared/data/unvotes: 5,026 of
// its 6,203 short titles are in capitals) written as sentences; the
// expected forms are the country table's names (country package).
func TestRollCallTitle(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"THE UNITED STATES OF AMERICA AGAINST CUBA", "The United States of America against Cuba"},
		// places that are not in the country table stay lower-case (a
		// limit: the data set has no other record of their case)
		{"CRIMEA AND THE CITY OF SEVASTOPOL, UKRAINE", "Crimea and the city of sevastopol, Ukraine"},
		{"TERRITORIAL INTEGRITY OF UKRAINE", "Territorial integrity of Ukraine"},
		// a country name inside a longer word is not a name ("chad" in
		// "chadwick"); an adjective is written as the table writes it
		{"CHADWICK REPORT", "Chadwick report"},
		{"OMANI PROPOSAL ON CUBA", "Omani proposal on Cuba"},
		// the source's own sentence case is kept
		{"Oil slick on Lebanese shores ", "Oil slick on Lebanese shores"},
		{"", ""},
		{"  ", ""},
	} {
		if got := rollCallTitle(c.in); got != c.want {
			t.Errorf("rollCallTitle(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
