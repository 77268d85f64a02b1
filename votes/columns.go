package votes

import (
	"fmt"
	"strings"

	"github.com/entente/entente/dataset"
)

// ParseColumnMapping reads a column mapping as a command line gives it:
// comma-separated ROLE=COLUMN pairs, the roles rollcall, date, session,
// year, country, name and vote ("rollcall=undl_id,country=ms_code,
// vote=ms_vote,date=date"). Column names are the header's, matched without
// regard to case; a role left out is recognised from the header as usual.
// An empty string gives nil (every column recognised). An unknown role, a
// pair without "=", an empty column or a role named twice is an error
// wrapping dataset.ErrSyntax.
func ParseColumnMapping(s string) (*ColumnMapping, error) {
	if strings.TrimSpace(s) == "" {
		return nil, nil
	}
	var m ColumnMapping
	fields := map[string]*string{
		"rollcall": &m.RollCall, "date": &m.Date, "session": &m.Session, "year": &m.Year,
		"country": &m.Country, "name": &m.CountryName, "vote": &m.Vote,
	}
	seen := map[string]bool{}
	for _, pair := range strings.Split(s, ",") {
		role, col, ok := strings.Cut(strings.TrimSpace(pair), "=")
		role, col = strings.ToLower(strings.TrimSpace(role)), strings.TrimSpace(col)
		dst, known := fields[role]
		switch {
		case !ok:
			return nil, fmt.Errorf("votes: column mapping %q: %w: want ROLE=COLUMN", pair, dataset.ErrSyntax)
		case !known:
			return nil, fmt.Errorf("votes: column mapping %q: %w: the roles are rollcall, date, session, year, country, name and vote", pair, dataset.ErrSyntax)
		case col == "":
			return nil, fmt.Errorf("votes: column mapping %q: %w: no column named", pair, dataset.ErrSyntax)
		case seen[role]:
			return nil, fmt.Errorf("votes: column mapping: %w: %s named twice", dataset.ErrSyntax, role)
		}
		seen[role] = true
		*dst = col
	}
	return &m, nil
}
