package main

import (
	"fmt"
	"math"
	"strings"

	"github.com/entente/entente/country"
	"github.com/entente/entente/dataset"
)

// checkDyads is the check every command that reads -dyads makes of its
// pairs: two different countries, each a code the country table knows (an
// ISO 3166-1 alpha-3 code, or another code it maps: CAMEO's, historical
// states). A mistyped code would otherwise select nothing and read as a
// pair without events.
func checkDyads(ds []dataset.Dyad) error {
	var unknown []string
	for _, d := range ds {
		if d.A == d.B {
			return fmt.Errorf("%w: -dyads: %s is one country, not a pair", errUsage, d)
		}
		for _, c := range []string{d.A, d.B} {
			if !country.Valid(c) {
				unknown = append(unknown, c)
			}
		}
	}
	if len(unknown) > 0 {
		return fmt.Errorf("%w: -dyads: %s: not a country code (ISO 3166-1 alpha-3, such as CHN or USA)", errUsage, strings.Join(unknown, ", "))
	}
	return nil
}

// -max-dyads means one thing in every subcommand that has it (run, score,
// inspect): how many of the busiest pairs of two different countries to
// take when -dyads is not given; 0 means all of them; a negative count is
// a usage error.
const maxDyadsHelp = "0: all; negative: a usage error"

// maxDyadsAll is the count -max-dyads 0 stands for.
const maxDyadsAll = math.MaxInt32

// maxDyads checks a -max-dyads count and returns the limit it sets
// (maxDyadsAll for 0).
func maxDyads(n int) (int, error) {
	if n < 0 {
		return 0, fmt.Errorf("%w: -max-dyads %d: want a count of dyads, or 0 for all", errUsage, n)
	}
	if n == 0 {
		return maxDyadsAll, nil
	}
	return n, nil
}

// dyadArrows are the spellings of a direction in -dyads: the arrow the
// tool prints (score.Series.Label: "CHN→RUS", in report score -directed's
// output and a directed scores file) and its ASCII form.
var dyadArrows = []string{"→", "->"}

// parseDyadsFlag reads -dyads as every command reads it: comma-separated
// pairs, "CHN-RUS" (also CHN:RUS, CHN/RUS, lower case: dataset.ParseDyad),
// and, where a direction makes sense (directed: report score -directed,
// report render), the form the tool prints for a directed dyad, "CHN→RUS"
// or "CHN->RUS": what CHN did to RUS, as CHN-RUS means under -directed.
// Where it does not, an arrow is a usage error that says which form to
// use and why (undirected). arrow[i] tells whether dyad i was given with
// an arrow. The codes are not checked against the country table
// (checkDyads does that). A repeated pair is dropped, the first
// occurrence kept (where no direction is read, CHN-RUS and RUS-CHN are
// one pair; where one is, a repeat is the same pair in the same form); an
// empty item ("CHN-RUS,,") is a usage error.
func parseDyadsFlag(spec string, directed bool, undirected string) (ds []dataset.Dyad, arrow []bool, err error) {
	type seenKey struct {
		d     dataset.Dyad
		arrow bool
	}
	seen := map[seenKey]bool{}
	for i, part := range strings.Split(spec, ",") {
		part = strings.TrimSpace(part)
		if part == "" {
			return nil, nil, fmt.Errorf("%w: -dyads %q: item %d is empty; give pairs separated by single commas, such as CHN-RUS,CHN-USA", errUsage, spec, i+1)
		}
		plain, arrowed := part, false
		for _, a := range dyadArrows {
			if strings.Contains(plain, a) {
				plain, arrowed = strings.Replace(plain, a, "-", 1), true
			}
		}
		d, err := dataset.ParseDyad(plain)
		if err != nil {
			return nil, nil, fmt.Errorf("%w: -dyads: %q: want two country codes such as CHN-RUS%s", errUsage, part, map[bool]string{true: " (or CHN→RUS for a direction)", false: ""}[directed])
		}
		if arrowed && !directed {
			return nil, nil, fmt.Errorf("%w: -dyads %s: %s; give %s", errUsage, part, undirected, d)
		}
		k := seenKey{d, arrowed}
		if !directed {
			k.d = d.Undirected()
		}
		if seen[k] {
			continue
		}
		seen[k] = true
		ds, arrow = append(ds, d), append(arrow, arrowed)
	}
	return ds, arrow, nil
}
