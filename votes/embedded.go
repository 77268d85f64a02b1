package votes

import (
	"encoding/csv"
	"fmt"
	"io"
	"os"
	"sort"
	"strconv"
	"sync"
	"time"

	_ "embed"

	"github.com/entente/entente/dataset"
)

//go:generate go run ./internal/gen -o unvotes.bin.gz ../../shared/data/unvotes

// unvotesBin is the embedded copy of Voeten's UN General Assembly votes
// as published in dgrtwo/unvotes (CC0), in the encoding documented in
// encoding.go; see README.md.
//
//go:embed unvotes.bin.gz
var unvotesBin []byte

// EmbeddedName is the name the embedded votes are reported under.
const EmbeddedName = "embedded:votes"

var embedded struct {
	once sync.Once
	enc  *encoded
	set  *Set
	rep  dataset.Report
	err  error
}

func loadEmbedded() {
	e := &embedded
	e.enc, e.err = decode(unvotesBin)
	if e.err != nil {
		return
	}
	e.rep = dataset.Report{File: EmbeddedName, Format: FormatUNVotes}
	codes := make([][]string, len(e.enc.rolls)) // per roll call, per member
	res := newMemberResolver(e.enc.members)
	seen := map[string]bool{}
	var countries []string
	for i := range e.enc.rolls {
		codes[i] = make([]string, len(e.enc.members))
		for k, m := range e.enc.members {
			if e.enc.votes[i][k] == Missing {
				continue
			}
			e.rep.Read++
			c := res.code(k, e.enc.rolls[i].Date)
			if c == "" {
				e.rep.Unknown(m.name)
			} else if !seen[c] {
				seen[c] = true
				countries = append(countries, c)
			}
			codes[i][k] = c
			e.rep.Keep(e.enc.rolls[i].Date)
		}
	}
	sort.Strings(countries)
	s := &Set{RollCalls: e.enc.rolls, Countries: countries, DatesFrom: "embedded roll calls",
		byRC: map[int]int{}, byCode: map[string]int{}}
	for j, c := range countries {
		s.byCode[c] = j
	}
	for i := range s.RollCalls {
		s.byRC[s.RollCalls[i].RCID] = i
	}
	s.votes = make([]Vote, len(s.RollCalls)*len(countries))
	for i := range codes {
		for k, c := range codes[i] {
			if c == "" {
				continue
			}
			cell := &s.votes[i*len(countries)+s.byCode[c]]
			if *cell != Missing {
				e.err = fmt.Errorf("votes: embedded roll call %d: two votes for %s", s.RollCalls[i].RCID, c)
				return
			}
			*cell = e.enc.votes[i][k]
		}
	}
	e.set = s
}

// Embedded returns the embedded votes: every recorded vote of the UN
// General Assembly from 1946 to January 2020 (sessions 1–74) as a Set,
// and its accounting (the two votes of Zanzibar, which entente's country
// table does not have, are counted as unknown and left out of the Set).
// The Set is shared: treat it as read-only.
func Embedded() (*Set, *dataset.Report, error) {
	embedded.once.Do(loadEmbedded)
	if embedded.err != nil {
		return nil, nil, embedded.err
	}
	rep := embedded.rep
	return embedded.set, &rep, nil
}

// EmbeddedRollCalls returns a copy of the embedded roll-call table, with
// issues, sorted by RCID.
func EmbeddedRollCalls() ([]RollCall, error) {
	embedded.once.Do(loadEmbedded)
	if embedded.err != nil {
		return nil, embedded.err
	}
	out := make([]RollCall, len(embedded.enc.rolls))
	for i, r := range embedded.enc.rolls {
		r.Issues = append([]string(nil), r.Issues...)
		out[i] = r
	}
	return out, nil
}

// EmbeddedRecords returns the embedded votes as the source's rows (rcid,
// country name, ISO2 code as in unvotes, vote), ordered by rcid and then
// country name, with Country resolved to entente's code.
func EmbeddedRecords() ([]Record, error) {
	embedded.once.Do(loadEmbedded)
	if embedded.err != nil {
		return nil, embedded.err
	}
	e := embedded.enc
	var out []Record
	res := newMemberResolver(e.members)
	for i := range e.rolls {
		for k, m := range e.members {
			v := e.votes[i][k]
			if v == Missing {
				continue
			}
			c := res.code(k, e.rolls[i].Date)
			out = append(out, Record{RCID: e.rolls[i].RCID, Country: c, Name: m.name, Code: m.code, Vote: v})
		}
	}
	return out, nil
}

// EncodeUNVotes reads the three unvotes files (votes
// rcid,country,country_code,vote; roll calls; issues) strictly and returns
// them in the embedded encoding. It is the generator's work
// (`go run ./votes/internal/gen`); the output depends only on the files'
// content.
func EncodeUNVotes(votesPath, rollCallsPath, issuesPath string) ([]byte, error) {
	rcs, _, err := readStrict(rollCallsPath, func(r io.Reader, name string) ([]RollCall, error) {
		rcs, _, err := ReadRollCalls(r, name, &ReadOptions{Strict: true})
		return rcs, err
	})
	if err != nil {
		return nil, err
	}
	f, err := os.Open(issuesPath)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if _, err := ReadIssues(f, issuesPath, rcs, &ReadOptions{Strict: true}); err != nil {
		return nil, err
	}
	type row struct {
		rcid int
		m    member
		v    Vote
	}
	var rows []row
	_, _, err = readStrict(votesPath, func(r io.Reader, name string) ([]RollCall, error) {
		_, br, err := openStream(r)
		if err != nil {
			return nil, err
		}
		cr := csv.NewReader(br)
		h, err := cr.Read()
		if err != nil || len(h) != 4 || h[0] != "rcid" || h[3] != "vote" {
			return nil, fmt.Errorf("%s: not an unvotes votes file", name)
		}
		for {
			rec, err := cr.Read()
			if err == io.EOF {
				return nil, nil
			}
			if err != nil {
				return nil, err
			}
			id, err := strconv.Atoi(rec[0])
			v, ok := ParseVote(rec[3])
			if err != nil || !ok || !v.Recorded() {
				return nil, fmt.Errorf("%s: bad row %v", name, rec)
			}
			rows = append(rows, row{id, member{rec[1], rec[2]}, v})
		}
	})
	if err != nil {
		return nil, err
	}
	e := &encoded{rolls: rcs}
	mi := map[member]int{}
	for _, r := range rows {
		if _, ok := mi[r.m]; !ok {
			mi[r.m] = 0
			e.members = append(e.members, r.m)
		}
	}
	sort.Slice(e.members, func(i, j int) bool {
		a, b := e.members[i], e.members[j]
		return a.name < b.name || a.name == b.name && a.code < b.code
	})
	for i, m := range e.members {
		mi[m] = i
	}
	ri := map[int]int{}
	for i, r := range rcs {
		ri[r.RCID] = i
	}
	e.votes = make([][]Vote, len(rcs))
	for i := range e.votes {
		e.votes[i] = make([]Vote, len(e.members))
	}
	for _, r := range rows {
		i, ok := ri[r.rcid]
		if !ok {
			return nil, fmt.Errorf("%s: roll call %d not in %s", votesPath, r.rcid, rollCallsPath)
		}
		if e.votes[i][mi[r.m]] != Missing {
			return nil, fmt.Errorf("%s: two votes of %s on roll call %d", votesPath, r.m.name, r.rcid)
		}
		e.votes[i][mi[r.m]] = r.v
	}
	return encode(e)
}

func readStrict(path string, fn func(io.Reader, string) ([]RollCall, error)) ([]RollCall, *dataset.Report, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, err
	}
	defer f.Close()
	rcs, err := fn(f, path)
	return rcs, nil, err
}

// memberResolver resolves the embedded members' codes, cached per member
// and year in slices (members with a seat rule, whose code depends on the
// exact date, are resolved every time).
type memberResolver struct {
	members []member
	seat    []bool
	byYear  [][]string // per member, per year since 1900; "\x00" unresolved
}

func newMemberResolver(ms []member) *memberResolver {
	r := &memberResolver{members: ms, seat: make([]bool, len(ms)), byYear: make([][]string, len(ms))}
	for k, m := range ms {
		_, a := seatIndex[m.code]
		_, b := seatIndex[m.name]
		r.seat[k] = a || b
	}
	return r
}

func (r *memberResolver) code(k int, d time.Time) string {
	m := r.members[k]
	y := d.Year() - 1900
	if r.seat[k] || d.IsZero() || y < 0 || y >= 300 {
		c, _ := resolveCountry(m.code, m.name, d)
		return c
	}
	if r.byYear[k] == nil {
		r.byYear[k] = make([]string, 300)
		for i := range r.byYear[k] {
			r.byYear[k][i] = "\x00"
		}
	}
	if c := r.byYear[k][y]; c != "\x00" {
		return c
	}
	c, _ := resolveCountry(m.code, m.name, d)
	r.byYear[k][y] = c
	return c
}
