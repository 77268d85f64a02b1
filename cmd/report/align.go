package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/entente/entente/dataset"
	"github.com/entente/entente/score"
)

func init() {
	register("align", "how alike countries are, per period: UN-vote agreement, S, kappa… per dyad (embedded votes by default), or event-profile alignment matrices", runAlign)
}

type alignFlags struct {
	in                               scoreInput
	countries, method, model, output string
	contrib                          string
	top, minEvents, minCommon        int
	rangeR, neutral                  float64
	long, byVolume                   bool
	votes                            alignVoteFlags
}

func runAlign(e *env, args []string) error {
	var f alignFlags
	fs := newFlags(e, "align", "report align [-dyads CHN-RUS,…|-countries CHN,RUS,USA,VEN] [-period year|session] [-measure agreement,s,…] [flags] [VOTES…]\n"+
		"       report align [-countries CHN,RUS,USA,VEN] [-period year] [-method s|s2|pearson|cosine|kappa] [flags] EVENTS…|embedded:events\n\n"+
		"UN General Assembly votes (the embedded 1946–2019 votes with no input, or vote files recognised by their header)\n"+
		"give per dyad and period agreement, S (absolute and squared distance), Häge's kappa and pi and the State Department's\n"+
		"coincidence, with bootstrap bands, and idealdist, the distance of the two countries' ideal points per session (the\n"+
		"precomputed estimates for the embedded votes, a refit for vote files; by year, session s is 1945+s): the tidy CSV\n"+
		"dyad,period,measure,value,lower,upper,n. Event inputs (or embedded:events,\n"+
		"or any event-only flag such as -method) compare the countries' relations to third countries instead.",
		"report align -dyads CHN-RUS,CHN-USA,RUS-USA,USA-VEN -period year -measure agreement,s -o a.csv   # embedded UN votes",
		"report align -countries CHN,RUS,USA -period session -issue hr ../shared/data/unvotes/un_votes.csv.gz",
		"report align -dyads USA-RUS -codes cow -measure s,kappa        # a COW panel: ccode1,ccode2,year,…",
		"report align -dyads CHN-USA,RUS-USA -measure idealdist -from 2000   # ideal-point distance, embedded estimates",
		"report align -countries CHN,RUS,USA,VEN embedded:events          # the embedded chronology, S-scores per year",
		"report align -countries CHN,RUS,USA,VEN -method pearson -long -o align.csv",
		"report align -countries CHN,VEN,USA -contrib CHN-VEN       # which third countries make them align",
		"report align -period quarter -method kappa -min-events 5 gdelt-2024.tsv.gz",
	)
	f.in.register(fs, "year")
	fs.StringVar(&f.countries, "countries", "", "countries to compare, comma-separated (`CHN,RUS,USA`); default: the -max-countries countries with the most events")
	fs.IntVar(&f.top, "max-countries", 20, "how many countries to compare when -countries is not given")
	fs.StringVar(&f.method, "method", score.MethodS, "`method`: s (Signorino–Ritter, absolute), s2 (squared), pearson, cosine or kappa (sign agreement)")
	fs.StringVar(&f.model, "model", "goldstein", "the index that makes a profile (`model`): "+strings.Join(score.ModelNames(), ", "))
	fs.IntVar(&f.minEvents, "min-events", score.DefaultMinEvents, "events a relation needs in a period to enter a profile (-1: any value)")
	fs.IntVar(&f.minCommon, "min-common", score.DefaultMinCommon, "third countries two profiles must share for a value")
	fs.Float64Var(&f.rangeR, "range", 0, "S: largest distance between two values (0: the index's range, 20 for Goldstein)")
	fs.Float64Var(&f.neutral, "neutral", 0, "kappa: values within ±`x` count as neutral")
	fs.BoolVar(&f.byVolume, "by-volume", false, "weigh each third country by its event volume in the period")
	fs.BoolVar(&f.long, "long", false, "write one row per pair (period,a,b,method,value,common) instead of matrices")
	fs.StringVar(&f.contrib, "contrib", "", "write the third countries' contributions to one `pair`'s alignment (CHN-VEN) instead")
	fs.StringVar(&f.output, "o", "", "output `file` (written atomically; default: standard output)")
	f.votes.register(fs)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	useVotes, err := alignMode(fs, fs.Args())
	if err != nil {
		return err
	}
	if useVotes {
		return runAlignVotes(e, &f, fs.Args())
	}
	var paths []string
	for _, a := range fs.Args() {
		if a != embeddedEventsInput {
			paths = append(paths, a)
		}
	}
	method := strings.ToLower(strings.TrimSpace(f.method))
	valid := false
	for _, m := range score.Methods() {
		valid = valid || m == method
	}
	if !valid {
		return fmt.Errorf("%w: -method %q: want %s", errUsage, f.method, strings.Join(score.Methods(), ", "))
	}
	model, err := score.ModelByName(f.model)
	if err != nil {
		return fmt.Errorf("%w: -model: %v", errUsage, err)
	}
	switch x := model.(type) {
	case *score.IndexOptions:
		x.Directed = f.in.directed
	case *score.LevelOptions:
		x.Directed = f.in.directed
	case *score.KalmanOptions:
		x.Directed = f.in.directed
	}
	if f.minEvents == 0 || f.minEvents < -1 || f.minCommon < 1 || !(f.rangeR >= 0) || !(f.neutral >= 0) || f.top < 1 {
		return fmt.Errorf("%w: -min-events must be positive or -1, -min-common and -max-countries positive, -range and -neutral not negative", errUsage)
	}
	var pair dataset.Dyad
	if f.contrib != "" {
		if pair, err = dataset.ParseDyad(f.contrib); err != nil {
			return fmt.Errorf("%w: -contrib: %v", errUsage, err)
		}
	}
	var countries []string
	if strings.TrimSpace(f.countries) != "" {
		seen := map[string]bool{}
		for _, c := range strings.Split(f.countries, ",") {
			c = strings.ToUpper(strings.TrimSpace(c))
			if c == "" || seen[c] {
				continue
			}
			if len(c) < 2 || len(c) > 3 || strings.Trim(c, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") != "" {
				return fmt.Errorf("%w: -countries: %q is not a country code such as CHN", errUsage, c)
			}
			seen[c] = true
			countries = append(countries, c)
		}
		if len(countries) < 2 {
			return fmt.Errorf("%w: -countries: give at least two countries", errUsage)
		}
	}
	f.in.rejects = f.votes.rejects // -rejects: the event files' rejected rows too
	p, _, err := f.in.load(e, paths)
	if err != nil {
		return err
	}
	if len(paths) == 0 {
		// The embedded chronology is a curated record of a few dozen
		// relationships, not a flood of news events: a relation has a few
		// events a year, so GDELT-sized thresholds leave every value
		// empty. Unless set on the command line, use the report's
		// thresholds for it (one event per relation, two shared third
		// countries) and say so.
		set := map[string]bool{}
		fs.Visit(func(fl *flag.Flag) { set[fl.Name] = true })
		if !set["min-events"] && !set["min-common"] {
			f.minEvents, f.minCommon = 1, 2
			if !f.in.quiet {
				fmt.Fprintln(e.stderr, "report: note: the embedded chronology is sparse; using -min-events 1 -min-common 2 (set them to override)")
			}
		}
	}
	if countries == nil {
		countries = alignBusiest(p, f.top)
	}
	if f.contrib != "" {
		in := map[string]bool{}
		for _, c := range countries {
			in[c] = true
		}
		for _, c := range []string{pair.A, pair.B} {
			if !in[c] {
				countries = append(countries, c)
			}
		}
	}
	known := map[string]bool{}
	for _, c := range p.Countries() {
		known[c] = true
	}
	for _, c := range countries {
		if !known[c] && !f.in.quiet {
			fmt.Fprintf(e.stderr, "report: warning: %s has no events in the periods compared; its values are empty\n", c)
		}
	}
	prof, err := score.PanelProfiles(p, countries, &score.ProfileOptions{Model: model, MinEvents: f.minEvents})
	if err != nil {
		return err
	}
	ms, err := score.Align(prof, &score.AlignOptions{Method: method, MinCommon: f.minCommon, Range: f.rangeR,
		Neutral: f.neutral, WeightByVolume: f.byVolume})
	if err != nil {
		return err
	}
	if !f.in.quiet {
		total, empty := 0, 0
		for _, m := range ms {
			for _, pr := range alignPairs(m) {
				total++
				if pr {
					empty++
				}
			}
		}
		if total > 0 && empty*2 > total {
			var tips []string
			if f.minEvents > 1 {
				tips = append(tips, "-min-events 1")
			}
			if f.minCommon > 2 {
				tips = append(tips, "-min-common 2")
			}
			tips = append(tips, "a longer -period or more data")
			fmt.Fprintf(e.stderr, "report: warning: %d of %d pair-periods have no value (fewer than %d shared third countries with enough events); try %s\n",
				empty, total, f.minCommon, strings.Join(tips, ", "))
		}
	}
	switch {
	case f.contrib != "":
		return scoreOutput(e, f.output, func(w io.Writer) error { return alignWriteContributions(w, ms, pair) })
	case f.long:
		return scoreOutput(e, f.output, func(w io.Writer) error { return score.WriteAlignmentLongCSV(w, ms) })
	}
	return scoreOutput(e, f.output, func(w io.Writer) error { return score.WriteAlignmentCSV(w, ms) })
}

// alignPairs reports, for each pair of distinct countries of m, whether
// its value is missing.
func alignPairs(m *score.AlignmentMatrix) []bool {
	var out []bool
	for i, a := range m.Countries {
		for _, b := range m.Countries[i+1:] {
			v := m.At(a, b)
			out = append(out, v != v)
		}
	}
	return out
}

// alignBusiest returns the n countries with the most event volume over the
// panel (ties in code order), in code order.
func alignBusiest(p *score.Panel, n int) []string {
	type cv struct {
		c string
		v float64
	}
	var all []cv
	for _, c := range p.Countries() {
		v := 0.0
		for t := 0; t < p.NumPeriods(); t++ {
			v += p.Volume(c, t)
		}
		if v > 0 {
			all = append(all, cv{c, v})
		}
	}
	sort.SliceStable(all, func(i, j int) bool { return all[i].v > all[j].v })
	if n < len(all) {
		all = all[:n]
	}
	out := make([]string, len(all))
	for i, x := range all {
		out[i] = x.c
	}
	sort.Strings(out)
	return out
}

// alignWriteContributions writes, per period, the third countries behind the
// alignment of one pair: period,a,b,method,value,third,a_value,b_value,
// weight,contribution,relation — largest contribution first.
func alignWriteContributions(w io.Writer, ms []*score.AlignmentMatrix, pair dataset.Dyad) error {
	bw := bufio.NewWriter(w)
	bw.WriteString("period,a,b,method,value,third,a_value,b_value,weight,contribution,relation\n")
	for _, m := range ms {
		cs, err := m.Contributions(pair.A, pair.B)
		if err != nil {
			return err
		}
		period := m.Period.Format("2006-01-02")
		v := score.FormatFloat(m.At(pair.A, pair.B))
		for _, c := range cs {
			bw.WriteString(strings.Join([]string{period, pair.A, pair.B, m.Method, v, c.Country,
				score.FormatFloat(c.A), score.FormatFloat(c.B), score.FormatFloat(c.Weight),
				score.FormatFloat(c.Contribution), c.Relation()}, ",") + "\n")
		}
		if len(cs) == 0 {
			bw.WriteString(strings.Join([]string{period, pair.A, pair.B, m.Method, v, "", "", "", "", "", ""}, ",") + "\n")
		}
	}
	return bw.Flush()
}
