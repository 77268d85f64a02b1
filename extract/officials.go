package extract

import (
	"fmt"
	"sort"
	"strings"
	"time"
)

// Term is one office an official held: the sector code ("GOV", "MIL",
// "LEG", "OPP", "REB", "IGO", …) under a country or organisation code, from
// From to Until (both inclusive, UTC days; a zero Until means still in
// office).
type Term struct {
	Code   string
	Sector string
	From   time.Time
	Until  time.Time
}

// covers reports whether d falls within the term.
func (t Term) covers(d time.Time) bool {
	return !d.Before(t.From) && (t.Until.IsZero() || !d.After(t.Until))
}

// Official is a person of the officials table: a name, the forms news copy
// uses for it, a home code (the country; an organisation or group code for
// officials of no state) and the offices held.
type Official struct {
	Name  string
	Names []string
	Home  string
	Terms []Term
}

// At returns the actor code and sector of the official on day d: the
// term's code and sector if d falls within a term, else the home code with
// sector "ELI" (a former official or member of the elite) and inOffice
// false. A zero d means "now": the latest term if it is open.
func (o Official) At(d time.Time) (code, sector string, inOffice bool) {
	if d.IsZero() {
		if n := len(o.Terms); n > 0 && o.Terms[n-1].Until.IsZero() {
			t := o.Terms[n-1]
			return t.Code, t.Sector, true
		}
		return o.Home, "ELI", false
	}
	for i := len(o.Terms) - 1; i >= 0; i-- {
		if t := o.Terms[i]; t.covers(d) {
			return t.Code, t.Sector, true // the latest: a handover day belongs to the new office
		}
	}
	return o.Home, "ELI", false
}

// Officials returns a copy of the officials table, in table order.
func Officials() []Official {
	out := make([]Official, len(builtinOfficials))
	for i, o := range builtinOfficials {
		c := *o
		c.Names = append([]string(nil), o.Names...)
		c.Terms = append([]Term(nil), o.Terms...)
		out[i] = c
	}
	return out
}

var builtinOfficials = func() []*Official {
	os, err := parseOfficials(officialsTable)
	if err != nil {
		panic("extract: " + err.Error())
	}
	return os
}()

// parseOfficials reads the officials table format (see officials_table.go).
func parseOfficials(src string) ([]*Official, error) {
	var out []*Official
	for i, line := range strings.Split(src, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		cols := strings.Split(line, "|")
		if len(cols) != 3 {
			return nil, fmt.Errorf("officials line %d: want 3 columns, got %d", i+1, len(cols))
		}
		o := &Official{Home: strings.TrimSpace(cols[0])}
		if !validActorCode(o.Home) {
			return nil, fmt.Errorf("officials line %d: bad code %q", i+1, o.Home)
		}
		for _, n := range strings.Split(cols[1], ";") {
			if n = strings.TrimSpace(n); n != "" {
				o.Names = append(o.Names, n)
			}
		}
		if len(o.Names) == 0 {
			return nil, fmt.Errorf("officials line %d: no name", i+1)
		}
		o.Name = o.Names[0]
		for _, ts := range strings.Split(cols[2], ",") {
			ts = strings.TrimSpace(ts)
			if ts == "" {
				continue
			}
			t, err := parseTerm(ts, o.Home)
			if err != nil {
				return nil, fmt.Errorf("officials line %d (%s): %w", i+1, o.Name, err)
			}
			o.Terms = append(o.Terms, t)
		}
		sort.SliceStable(o.Terms, func(a, b int) bool { return o.Terms[a].From.Before(o.Terms[b].From) })
		out = append(out, o)
	}
	return out, nil
}

// parseTerm reads "GOV 2012-11-15..", "IGO@IGOUNO 2007-01-01..2016-12-31".
func parseTerm(s, home string) (Term, error) {
	f := strings.Fields(s)
	if len(f) != 2 {
		return Term{}, fmt.Errorf("term %q: want SECTOR FROM..TO", s)
	}
	t := Term{Code: home, Sector: f[0]}
	if at := strings.IndexByte(f[0], '@'); at >= 0 {
		t.Sector, t.Code = f[0][:at], f[0][at+1:]
		if !validActorCode(t.Code) {
			return Term{}, fmt.Errorf("term %q: bad code %q", s, t.Code)
		}
	}
	if len(t.Sector) != 3 || strings.ToUpper(t.Sector) != t.Sector {
		return Term{}, fmt.Errorf("term %q: bad sector %q", s, t.Sector)
	}
	dots := strings.Index(f[1], "..")
	if dots < 0 {
		return Term{}, fmt.Errorf("term %q: want FROM..TO", s)
	}
	var err error
	if t.From, err = time.Parse("2006-01-02", f[1][:dots]); err != nil {
		return Term{}, fmt.Errorf("term %q: %v", s, err)
	}
	if to := f[1][dots+2:]; to != "" {
		if t.Until, err = time.Parse("2006-01-02", to); err != nil {
			return Term{}, fmt.Errorf("term %q: %v", s, err)
		}
		if t.Until.Before(t.From) {
			return Term{}, fmt.Errorf("term %q: ends before it starts", s)
		}
	}
	return t, nil
}

// validActorCode accepts a three-letter country code or a longer
// organisation/group code of upper-case letters.
func validActorCode(c string) bool {
	if len(c) < 3 || len(c)%3 != 0 {
		return false
	}
	for i := 0; i < len(c); i++ {
		if c[i] < 'A' || c[i] > 'Z' {
			return false
		}
	}
	return true
}

// nonState reports whether an actor code names no state: an international
// organisation (IGO), a non-governmental organisation (NGO) or a
// transnational armed group (IMG).
func nonState(code string) bool {
	return strings.HasPrefix(code, "IGO") || strings.HasPrefix(code, "NGO") || strings.HasPrefix(code, "IMG") || strings.HasPrefix(code, "MNC")
}
