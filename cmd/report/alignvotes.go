package main

import (
	"bufio"
	"bytes"
	"flag"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"

	"github.com/entente/entente/chronology"
	"github.com/entente/entente/country"
	"github.com/entente/entente/dataset"
	"github.com/entente/entente/internal/atomicfile"
	"github.com/entente/entente/score"
	"github.com/entente/entente/votes"
	"github.com/entente/entente/votes/ideal"
)

// Input names of the embedded data for `report align`.
const (
	embeddedVotesInput  = votes.EmbeddedName // "embedded:votes"
	embeddedEventsInput = "embedded:events"
)

// alignVoteFlags are the flags of `report align` on UN votes.
type alignVoteFlags struct {
	measure, dyads, codes, issue, rejects string
	columns                               string
	important, noAmend                    bool
	replicates                            int
	seed                                  uint64
}

func (f *alignVoteFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&f.measure, "measure", "", "votes: `measures`, comma-separated: "+strings.Join(append(score.VoteMeasures(), score.VoteIdealDist), ",")+" (default: all)")
	fs.StringVar(&f.dyads, "dyads", "", "votes: the `pairs` to measure (CHN-RUS,CHN-USA); default: the report's eight relationships, or every pair of -countries")
	fs.StringVar(&f.codes, "codes", "iso3", "votes: country codes of the output: `iso3` (dyad CHN-RUS) or cow (ccode1,ccode2,year — a COW panel)")
	fs.StringVar(&f.issue, "issue", "", "votes: only roll calls on one `issue`: "+strings.Join(votes.IssueCodes(), ", ")+" (or its name)")
	fs.BoolVar(&f.important, "important", false, "votes: only the votes the State Department lists as important")
	fs.BoolVar(&f.noAmend, "no-amendments", false, "votes: leave out votes on amendments and paragraphs")
	fs.IntVar(&f.replicates, "replicates", score.DefaultVoteReplicates, "votes: bootstrap replicates over roll calls for the 95 % bands (0: no bands)")
	fs.Uint64Var(&f.seed, "seed", score.DefaultVoteSeed, "votes: bootstrap `seed`")
	fs.StringVar(&f.rejects, "rejects", "", "votes: write every rejected row to `FILE`")
	fs.StringVar(&f.columns, "vote-columns", "", "votes: the `map` of a vote CSV whose header is not recognised, ROLE=COLUMN pairs: rollcall=…,country=…,vote=… and date=…, session=… or year=… (name=… for country names); the inputs are then vote files")
}

// eventOnlyFlags are the flags that only make sense for event inputs: with
// no input, setting one of them selects the embedded chronology.
var eventOnlyFlags = []string{"method", "model", "min-events", "min-common", "range", "neutral", "by-volume",
	"long", "contrib", "top", "weight", "goldstein", "quads", "dedup", "directed", "format"}

// voteOnlyFlags are the flags that only make sense for vote inputs.
var voteOnlyFlags = []string{"measure", "dyads", "codes", "issue", "important", "no-amendments", "replicates", "seed", "rejects", "vote-columns"}

// alignMode decides whether `report align` measures UN votes or event
// profiles: by the inputs' content (vote files have a header naming a
// roll-call, a country and a vote column), by the names embedded:votes and
// embedded:events, and with no input by the flags (votes unless an
// event-only flag is set). Mixing the two families is a usage error.
func alignMode(fs *flag.FlagSet, args []string) (useVotes bool, err error) {
	set := map[string]bool{}
	fs.Visit(func(fl *flag.Flag) { set[fl.Name] = true })
	var nv, ne int
	for _, a := range args {
		switch a {
		case embeddedVotesInput:
			nv++
			continue
		case embeddedEventsInput:
			ne++
			continue
		case "-":
			ne++ // standard input: read as events
			continue
		}
		if set["vote-columns"] { // the mapping says what the file is
			nv++
			continue
		}
		f, err := votes.DetectFile(a)
		if err != nil {
			return false, err
		}
		if f == votes.FormatRollCalls || f == votes.FormatIssues {
			return false, fmt.Errorf("%w: %s is a %s table, not votes: give the votes file (the roll calls beside it are read with it)", errUsage, a, f)
		}
		if f != dataset.FormatAuto {
			nv++
		} else {
			ne++
		}
	}
	switch {
	case nv > 0 && ne > 0:
		return false, fmt.Errorf("%w: inputs mix UN vote files and event files; align one family at a time", errUsage)
	case nv > 0:
		useVotes = true
	case ne > 0:
		useVotes = false
	default:
		useVotes = true
		for _, n := range eventOnlyFlags {
			if set[n] {
				useVotes = false
			}
		}
	}
	wrong := voteOnlyFlags
	if useVotes {
		wrong = eventOnlyFlags
	}
	for _, n := range wrong {
		if set[n] {
			if useVotes {
				return false, fmt.Errorf("%w: -%s applies to event inputs, not UN votes (see -measure)", errUsage, n)
			}
			return false, fmt.Errorf("%w: -%s applies to UN votes, not event inputs", errUsage, n)
		}
	}
	return useVotes, nil
}

// loadVotes reads the vote inputs (the embedded votes when there are none)
// and says where each came from and its accounting on stderr.
func loadVotes(e *env, paths []string, quiet bool, strict bool, rejects io.Writer, columns *votes.ColumnMapping) (*votes.Set, *votesAccount, error) {
	acc := &votesAccount{}
	say := func(format string, a ...any) {
		fmt.Fprintf(&acc.said, format, a...)
		if !quiet {
			fmt.Fprintf(e.stderr, format, a...)
		}
	}
	s, err := readVotes(paths, strict, rejects, columns, acc, say)
	return s, acc, err
}

// votesAccount is what loadVotes read: the accounting it printed (kept,
// to be printed under -q when the command then fails) and the rows
// summed over the vote files.
type votesAccount struct {
	said                 bytes.Buffer
	read, kept, rejected int64
}

// readVotes reads the vote files (or the embedded votes) for loadVotes.
func readVotes(paths []string, strict bool, rejects io.Writer, columns *votes.ColumnMapping, acc *votesAccount, say func(string, ...any)) (*votes.Set, error) {
	var files []string
	for _, p := range paths {
		if p != embeddedVotesInput {
			files = append(files, p)
		}
	}
	if len(files) == 0 {
		s, rep, err := votes.Embedded()
		if err != nil {
			return nil, err
		}
		say("%s\n%s: UN General Assembly votes 1946–2019 (Voeten, via unvotes; CC0)\n",
			accountLine(embeddedVotesInput, false, rep, fmt.Sprintf("roll-calls=%d", s.NumRollCalls()), fmt.Sprintf("countries=%d", s.NumCountries())), embeddedVotesInput)
		return s, nil
	}
	if len(files) != len(paths) {
		return nil, fmt.Errorf("%w: give vote files or %s, not both", errUsage, embeddedVotesInput)
	}
	var recs []votes.Record
	rcs := map[int]votes.RollCall{}
	var from []string
	for _, p := range files {
		ro := &votes.ReadOptions{Strict: strict, Rejects: rejects, Columns: columns}
		if columns != nil {
			ro.Format = votes.FormatVotesCSV
		}
		r, err := votes.Open(p, ro)
		if err != nil {
			return nil, err
		}
		for {
			var rec votes.Record
			err := r.Next(&rec)
			if err == io.EOF {
				break
			}
			if err != nil {
				// the file's accounting up to the failure (-strict),
				// the failing row named once, on the error line
				var b strings.Builder
				writeAccounts(&b, []account{{name: p, rep: r.Report(), events: -1}}, err)
				say("%s", b.String())
				r.Close()
				return nil, err
			}
			recs = append(recs, rec)
		}
		for _, rc := range r.RollCalls() {
			if old, ok := rcs[rc.RCID]; ok && !old.Date.Equal(rc.Date) {
				r.Close()
				return nil, fmt.Errorf("%s: roll call %d dated %s here and %s in an earlier input", p, rc.RCID,
					rc.Date.Format("2006-01-02"), old.Date.Format("2006-01-02"))
			}
			rcs[rc.RCID] = rc
		}
		rep := r.Report()
		var b strings.Builder
		writeAccounts(&b, []account{{name: p, rep: rep, events: -1}}, nil)
		say("%s%s: format: %s, dates from %s\n", b.String(), p, r.Format(), r.DatesFrom())
		acc.read, acc.kept, acc.rejected = acc.read+rep.Read, acc.kept+rep.Kept, acc.rejected+rep.Rejected
		from = append(from, r.DatesFrom())
		r.Close()
	}
	all := make([]votes.RollCall, 0, len(rcs))
	for _, rc := range rcs {
		all = append(all, rc)
	}
	s, err := votes.NewSet(all, recs)
	if err != nil {
		return nil, err
	}
	s.DatesFrom = strings.Join(from, "; ")
	return s, nil
}

// runAlignVotes is `report align` on UN votes.
func runAlignVotes(e *env, f *alignFlags, args []string) (err error) {
	period, err := score.ParseVotePeriod(f.in.period)
	if err != nil {
		return fmt.Errorf("%w: -period %q: want year or session for UN votes", errUsage, f.in.period)
	}
	o := &score.VoteAlignOptions{Period: period, Replicates: f.votes.replicates, Seed: f.votes.seed}
	if f.votes.replicates == 0 {
		o.Replicates = -1
	} else if f.votes.replicates < 0 {
		return fmt.Errorf("%w: -replicates must not be negative", errUsage)
	}
	o.Select.ImportantOnly, o.Select.NoAmendments = f.votes.important, f.votes.noAmend
	if f.votes.issue != "" {
		c, ok := votes.IssueCode(strings.TrimSpace(f.votes.issue))
		if !ok {
			return fmt.Errorf("%w: -issue %q: want one of %s", errUsage, f.votes.issue, strings.Join(votes.IssueCodes(), ", "))
		}
		o.Select.Issue = c
	}
	for _, b := range []struct {
		flag, v string
		dst     *int
	}{{"from", f.in.from, &o.Select.FromYear}, {"to", f.in.to, &o.Select.ToYear}} {
		if b.v == "" {
			continue
		}
		t, err := scoreBound(b.v, b.flag, false)
		if err != nil {
			return err
		}
		*b.dst = t.Year() // votes are measured by whole years or sessions
	}
	codes := strings.ToLower(strings.TrimSpace(f.votes.codes))
	if codes != "iso3" && codes != "cow" {
		return fmt.Errorf("%w: -codes %q: want iso3 or cow", errUsage, f.votes.codes)
	}
	allMeasures := strings.TrimSpace(f.votes.measure) == "" // the default: every measure, idealdist included
	wantIdeal := allMeasures
	if !allMeasures {
		for _, m := range strings.Split(f.votes.measure, ",") {
			m = strings.ToLower(strings.TrimSpace(m))
			switch {
			case m == "":
			case m == score.VoteIdealDist:
				wantIdeal = true
			default:
				o.Measures = append(o.Measures, m)
			}
		}
		known := strings.Join(append(score.VoteMeasures(), score.VoteIdealDist), ",")
		for _, m := range o.Measures {
			if !strings.Contains(","+known+",", ","+m+",") {
				return fmt.Errorf("%w: -measure %q: want a comma-separated list of %s", errUsage, m, known)
			}
		}
		if len(o.Measures) == 0 && !wantIdeal {
			return fmt.Errorf("%w: -measure: give at least one measure", errUsage)
		}
	}
	var dyads []dataset.Dyad
	switch {
	case strings.TrimSpace(f.votes.dyads) != "":
		if dyads, _, err = parseDyadsFlag(f.votes.dyads, false, "UN votes agree or differ between two countries, without a direction"); err != nil {
			return err
		}
	case strings.TrimSpace(f.countries) != "":
		cs, err := alignCountryList(f.countries)
		if err != nil {
			return err
		}
		for i, a := range cs {
			for _, b := range cs[i+1:] {
				dyads = append(dyads, dataset.Dyad{A: a, B: b})
			}
		}
	default:
		dyads = chronology.CoreDyads()
	}
	var rej *atomicfile.File
	var rejW io.Writer
	if f.votes.rejects != "" {
		if err := outputNotDir("-rejects", f.votes.rejects); err != nil {
			return err
		}
		if rej, err = atomicfile.Create(f.votes.rejects, 0o644); err != nil {
			return fmt.Errorf("-rejects: %w", err)
		}
		defer rej.Abort()
		rejW = rej
	}
	columns, err := votes.ParseColumnMapping(f.votes.columns)
	if err != nil {
		return fmt.Errorf("%w: -vote-columns: %v", errUsage, err)
	}
	s, acc, err := loadVotes(e, args, f.in.quiet, f.in.strict, rejW, columns)
	defer func() {
		// a failure prints the inputs' accounting, -q or not
		if err != nil && f.in.quiet && acc != nil {
			e.stderr.Write(acc.said.Bytes())
		}
	}()
	if err != nil {
		return err
	}
	if rej != nil {
		if err := rej.Commit(); err != nil {
			return err
		}
	}
	for i := range dyads {
		for _, c := range []*string{&dyads[i].A, &dyads[i].B} {
			if canon, ok := country.Canonical(*c); ok {
				*c = canon
			}
			if s.CountryIndex(*c) < 0 && acc.kept == 0 && acc.rejected > 0 {
				return fmt.Errorf("%s has no votes in the input: every row was rejected (%d of %s read; reasons above)", *c, acc.rejected, plural(acc.read, "row"))
			}
			if s.CountryIndex(*c) < 0 && acc.rejected > 0 {
				return fmt.Errorf("%s has no votes in the input (codes are ISO3, such as CHN; %d of %s read were rejected, reasons above)", *c, acc.rejected, plural(acc.read, "row"))
			}
			if s.CountryIndex(*c) < 0 {
				return fmt.Errorf("%s has no votes in the input (codes are ISO3, such as CHN)", *c)
			}
		}
	}
	var rows []score.VoteAlignment
	if allMeasures || len(o.Measures) > 0 {
		if rows, err = score.VoteAlign(s, dyads, o); err != nil {
			return err
		}
	}
	if wantIdeal {
		ir, err := idealDistRows(e, f, s, args, dyads, o)
		if err != nil {
			return err
		}
		rows = ideal.MergeRows(rows, ir, dyads)
	}
	if len(rows) == 0 && (o.Select.FromYear != 0 || o.Select.ToYear != 0) {
		return voteRangeError(s, f.in.from, f.in.to)
	}
	if !f.in.quiet {
		if s.DatesFrom == "embedded roll calls" && len(args) == 0 {
			fmt.Fprintln(e.stderr, "report align: the embedded votes end on 2020-01-14: yearly values end in 2019 (2020 has one roll call)")
		}
	}
	if codes == "cow" {
		return scoreOutput(e, f.output, func(w io.Writer) error { return writeVoteCOW(w, rows, period) })
	}
	return scoreOutput(e, f.output, func(w io.Writer) error { return score.WriteVoteAlignCSV(w, rows) })
}

// idealDistRows are the rows of measure idealdist (ideal.DistanceRows)
// for `report align`. The embedded votes with no roll-call selection use
// the precomputed estimates of the embedded votes (ideal.Embedded, fitted
// on every roll call of 1946–2019); vote files, or -important, -issue and
// -no-amendments, refit the model (ideal.Fit, score.FitIdealPoints with
// its defaults) on the roll calls read and selected: seconds for the whole
// 1946–2019 data. -from and -to choose the sessions shown (by the year
// that labels them, 1945 + session), not the roll calls fitted: the model
// links every session to its neighbours.
func idealDistRows(e *env, f *alignFlags, s *votes.Set, args []string, dyads []dataset.Dyad, o *score.VoteAlignOptions) ([]score.VoteAlignment, error) {
	embeddedIn := true
	for _, a := range args {
		if a != embeddedVotesInput {
			embeddedIn = false
		}
	}
	sel := votes.Selection{ImportantOnly: o.Select.ImportantOnly, Issue: o.Select.Issue, NoAmendments: o.Select.NoAmendments}
	var p *score.IdealPoints
	var err error
	if embeddedIn && sel == (votes.Selection{}) {
		if p, err = ideal.Embedded(); err != nil {
			return nil, err
		}
		if !f.in.quiet {
			fmt.Fprintf(e.stderr, "report align: idealdist from %s, the ideal points of the embedded votes precomputed per session (by year, session s is labelled 1945+s)\n",
				ideal.EmbeddedName)
		}
	} else {
		if p, err = ideal.Fit(s, &sel, nil); err != nil {
			return nil, fmt.Errorf("idealdist: %w", err)
		}
		if !f.in.quiet {
			fmt.Fprintf(e.stderr, "report align: idealdist from ideal points fitted on the roll calls read (%d votes, %d sweeps, converged %v; by year, session s is labelled 1945+s)\n",
				p.Votes, p.Iterations, p.Converged)
		}
	}
	return ideal.DistanceRows(p, dyads, &ideal.DistanceOptions{Period: o.Period, FromYear: o.Select.FromYear, ToYear: o.Select.ToYear}), nil
}

// writeVoteCOW writes the rows as a COW-coded panel:
// ccode1,ccode2,year (or session),measure,value,lower,upper,n. A country
// without a COW number in the year is an error.
func writeVoteCOW(w io.Writer, rows []score.VoteAlignment, period score.VotePeriod) error {
	bw := bufio.NewWriter(w)
	bw.WriteString("ccode1,ccode2," + period.String() + ",measure,value,lower,upper,n\n")
	for _, r := range rows {
		year := r.Period
		if period == score.VoteBySession {
			year = 1945 + r.Period
		}
		c1, ok1 := country.COW(r.Dyad.A, year)
		c2, ok2 := country.COW(r.Dyad.B, year)
		if !ok1 || !ok2 {
			return fmt.Errorf("-codes cow: %s has no Correlates of War number in %d", r.Dyad, year)
		}
		bw.WriteString(strings.Join([]string{strconv.Itoa(c1), strconv.Itoa(c2), strconv.Itoa(r.Period), r.Measure,
			score.FormatFloat(r.Value), score.FormatFloat(r.Lower), score.FormatFloat(r.Upper), strconv.Itoa(r.N)}, ",") + "\n")
	}
	return bw.Flush()
}

// alignCountryList parses -countries (codes, deduplicated, at least two).
func alignCountryList(spec string) ([]string, error) {
	seen := map[string]bool{}
	var out []string
	for _, c := range strings.Split(spec, ",") {
		c = strings.ToUpper(strings.TrimSpace(c))
		if c == "" || seen[c] {
			continue
		}
		if len(c) < 2 || len(c) > 3 || strings.Trim(c, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") != "" {
			return nil, fmt.Errorf("%w: -countries: %q is not a country code such as CHN", errUsage, c)
		}
		seen[c] = true
		out = append(out, c)
	}
	if len(out) < 2 {
		return nil, fmt.Errorf("%w: -countries: give at least two countries", errUsage)
	}
	sort.Strings(out)
	return out, nil
}

// voteRangeError is align's failure when -from/-to leave no vote value:
// which filter removed the roll calls and the years the votes cover, as
// the main job says when its dates leave no event (noEventsError).
func voteRangeError(s *votes.Set, from, to string) error {
	var bounds []string
	if from != "" {
		bounds = append(bounds, "-from "+from)
	}
	if to != "" {
		bounds = append(bounds, "-to "+to)
	}
	ys := s.Years()
	if len(ys) == 0 {
		return fmt.Errorf("no vote values after the filters (%s); the votes hold no dated roll call", strings.Join(bounds, " "))
	}
	return fmt.Errorf("no vote values after the filters (%s: every roll call is outside it); the votes run from %d to %d: try -from %d -to %d",
		strings.Join(bounds, " "), ys[0], ys[len(ys)-1], ys[0], ys[len(ys)-1])
}
