package report

import (
	"fmt"
	"html/template"
	"io"
	"math"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/entente/entente/dataset"
	"github.com/entente/entente/plots"
	"github.com/entente/entente/score"
	"github.com/entente/entente/votes"
	"github.com/entente/entente/votes/ideal"
	"gonum.org/v1/gonum/stat"
)

// VoteSection is the report's "Alignment over time" section: the report's
// dyads compared by their votes in the UN General Assembly.
type VoteSection struct {
	// FromYear and ToYear are the calendar years of votes shown.
	FromYear, ToYear int
	// Coverage labels what the votes cover ("UN General Assembly votes
	// 1946–2019 …; the votes end in 2019 while the events run to 2025").
	Coverage string
	// Dyads are the report's dyads with votes, in report order.
	Dyads []*VoteDyad
	// Missing lists the report's dyads with a country without votes.
	Missing []string
	// Charts: yearly agreement with its 95 % band, one panel per dyad;
	// then, when ideal points are available, the ideal points of the
	// report's countries over the years shown and the ideal-point distance
	// per dyad, both with 95 % bands.
	Charts []*plots.Chart
	// IdealFrom says where the ideal points came from: ideal.EmbeddedName
	// (the precomputed estimates of the embedded votes), "fitted" (a fit of
	// Options.Votes), or "" when there are none (the fit failed: IdealNote
	// says why).
	IdealFrom, IdealNote string
	// Heatmap is the S score of UN votes among the report's countries
	// over the years shown (nil with fewer than three countries); Build
	// puts it in the overview, in place of the event-profile heatmap.
	Heatmap *plots.Chart
	// Rows are the yearly measures (agreement, s, kappa, and idealdist
	// where ideal points are available), for scores CSVs.
	Rows []score.VoteAlignment
}

// VoteDyad is one dyad's vote alignment.
type VoteDyad struct {
	Dyad dataset.Dyad
	Name string
	// Year is the last year with common roll calls in the span, with its
	// agreement (band Lower–Upper), S and number of common roll calls.
	Year                    int
	Agreement, Lower, Upper float64
	S                       float64
	N                       int
	// Mean is the mean yearly agreement over the span.
	Mean float64
	// IdealYear is the last year of the span with both countries' ideal
	// points (session s shown as year 1945 + s), with the ideal-point
	// distance IdealDist and its 95 % band; 0 and NaN without.
	IdealYear                         int
	IdealDist, IdealLower, IdealUpper float64
	// Issues are the issues that divide the dyad most over the span (by
	// their share of the absolute distance), at most three.
	Issues []score.VoteIssue
	// RollCalls are the roll calls of Year on which they voted furthest
	// apart, at most three.
	RollCalls []score.VoteDisagreement
	// EventCorr is the Pearson correlation, over the years with both,
	// between the yearly mean of the dyad's main event index and its
	// yearly vote agreement; EventYears is the number of those years. NaN
	// with fewer than three years or without an event index.
	EventCorr  float64
	EventYears int
	// EventDisagree are the years where the two stand on opposite sides of
	// their own means by at least half a standard deviation each
	// (score.YearlyComparison.Disagree).
	EventDisagree []int
	// AgreementSD is the standard deviation of the yearly agreement over
	// the years compared with the event index, and AgreementNoise the
	// mean sampling error of one year's agreement there (its bootstrap
	// band's half-width / 1.96); NaN without them. When AgreementSD is
	// not above AgreementNoise, the yearly agreement moves no more than
	// its own sampling error and EventCorr correlates the index with
	// noise; the methods text says so.
	AgreementSD, AgreementNoise float64
}

// voteMinYears is the fewest years of votes the section shows: a report
// period with fewer (one after the votes end) shows the last ten years of
// votes up to its end instead, and says so.
const voteMinYears = 3

// buildVoteSection measures the dyads' UN-vote alignment by calendar year
// over the report's years (see voteMinYears), with bootstrap bands
// (score.VoteAlign, default options), and explains what divides them
// (score.ExplainVotes).
//
// mains, when not nil, holds each dyad's main event index: the section
// reports its correlation with the vote agreement (VoteDyad.EventCorr).
// ip, when not nil, are the ideal points of the votes (sessions): the
// section charts them for the dyads' countries and the distance per dyad
// (idealCharts).
func buildVoteSection(s *votes.Set, dyads []dataset.Dyad, from, to time.Time, size plots.Size, mains map[dataset.Dyad]*score.Series, ip *score.IdealPoints) (*VoteSection, error) {
	years := s.Years()
	if len(years) == 0 || len(dyads) == 0 {
		return nil, nil
	}
	first, last := years[0], years[len(years)-1]
	// A year with a single roll call (2020: one vote on 14 January) is
	// not a year of votes to chart.
	if n := countYear(s, last); n < 10 && len(years) > 1 {
		last = years[len(years)-2]
	}
	fy, ty := first, last
	if !from.IsZero() {
		fy = max(fy, from.Year())
	}
	if !to.IsZero() {
		ty = min(ty, to.Year())
	}
	sec := &VoteSection{}
	shifted := false
	if ty-fy+1 < voteMinYears {
		ty = last
		if !to.IsZero() {
			ty = min(last, to.Year())
		}
		fy = max(first, ty-9)
		shifted = true
	}
	sec.FromYear, sec.ToYear = fy, ty
	sec.Coverage = fmt.Sprintf("UN General Assembly roll-call votes (Voeten, via unvotes; CC0), %d–%d shown; the votes end in %d", fy, ty, last)
	if !to.IsZero() && to.Year() > last {
		sec.Coverage += fmt.Sprintf(" while the events run to %d", to.Year())
	}
	if shifted {
		sec.Coverage += "; the report's period has fewer than three years of votes, so the last ten years of votes are shown"
	}
	sec.Coverage += "."
	var with []dataset.Dyad
	for _, d := range dyads {
		if s.CountryIndex(d.A) < 0 || s.CountryIndex(d.B) < 0 {
			sec.Missing = append(sec.Missing, dyadName(d))
			continue
		}
		with = append(with, d)
	}
	if len(with) == 0 {
		return sec, nil
	}
	sel := votes.Selection{FromYear: fy, ToYear: ty}
	rows, err := score.VoteAlign(s, with, &score.VoteAlignOptions{
		Measures: []string{score.VoteAgreement, score.VoteS, score.VoteKappa}, Select: sel})
	if err != nil {
		return nil, fmt.Errorf("report: vote alignment: %w", err)
	}
	sec.Rows = rows
	var series []score.Series
	var labels []string
	for _, d := range with {
		vd := &VoteDyad{Dyad: d, Name: dyadName(d), Agreement: math.NaN(), Lower: math.NaN(), Upper: math.NaN(), S: math.NaN(), Mean: math.NaN(), EventCorr: math.NaN(), AgreementSD: math.NaN(), AgreementNoise: math.NaN(),
			IdealDist: math.NaN(), IdealLower: math.NaN(), IdealUpper: math.NaN()}
		sr := score.Series{Dyad: d, Model: "un-agreement", Granularity: dataset.Year}
		sum, k := 0.0, 0
		byYear := map[int]score.VoteAlignment{}
		for _, r := range rows {
			if r.Dyad != d {
				continue
			}
			switch r.Measure {
			case score.VoteAgreement:
				byYear[r.Period] = r
				sum += r.Value
				k++
				if r.Period >= vd.Year {
					vd.Year, vd.Agreement, vd.Lower, vd.Upper, vd.N = r.Period, r.Value, r.Lower, r.Upper, r.N
				}
			case score.VoteS:
				if r.Period >= vd.Year {
					vd.S = r.Value
				}
			}
		}
		if k > 0 {
			vd.Mean = sum / float64(k)
		}
		for y := fy; y <= ty; y++ {
			p := score.NewPoint(time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC))
			if r, ok := byYear[y]; ok {
				p.Value, p.Lower, p.Upper, p.N = r.Value, r.Lower, r.Upper, int64(r.N)
			}
			sr.Points = append(sr.Points, p)
		}
		if c := eventVoteComparison(mains[d], byYear); c != nil {
			vd.EventCorr, vd.EventYears, vd.EventDisagree = c.Correlation, c.N, c.Disagree
			vd.AgreementSD, vd.AgreementNoise = agreementSpread(c.Years, byYear)
		}
		vd.Issues = dividingIssues(s, d, fy, ty)
		if vd.Year > 0 {
			if e, err := score.ExplainVotes(s, d, vd.Year, nil); err == nil {
				vd.RollCalls = e.RollCalls[:min(3, len(e.RollCalls))]
			}
		}
		sec.Dyads = append(sec.Dyads, vd)
		series = append(series, sr)
		labels = append(labels, vd.Name)
	}
	ch, err := plots.NewSmallMultiples(series, &plots.SeriesOptions{
		Title:    "Alignment over time: agreement in UN General Assembly votes",
		Subtitle: fmt.Sprintf("Share of common recorded votes cast alike, by year, %d–%d; votes end in %d", fy, ty, last),
		Labels:   labels, YLabel: "Agreement (share of roll calls)", YMin: 0, YMax: 1, Size: size,
		From: time.Date(fy, 1, 1, 0, 0, 0, 0, time.UTC), To: time.Date(ty, 12, 31, 0, 0, 0, 0, time.UTC),
		Note: "Shaded: 95 % bootstrap band over roll calls. Yes, abstain and no count; absences are missing, never disagreement. Source: Voeten's UNGA data via unvotes (CC0).",
	})
	if err != nil {
		return nil, fmt.Errorf("report: vote chart: %w", err)
	}
	sec.Charts = append(sec.Charts, ch)
	if ip != nil {
		if err := sec.idealCharts(ip, with, size, last); err != nil {
			return nil, err
		}
	}
	if hm, err := voteHeatmap(s, with, sel, size); err != nil {
		return nil, err
	} else {
		sec.Heatmap = hm
	}
	return sec, nil
}

// idealCharts adds the ideal-point charts to the section: the ideal points
// of the dyads' countries by year (session s at year 1945 + s) with their
// 95 % bands, and the distance per dyad (ideal.DistanceRows) as small
// multiples; the distance rows join sec.Rows and each dyad's latest
// distance its VoteDyad.
func (sec *VoteSection) idealCharts(ip *score.IdealPoints, dyads []dataset.Dyad, size plots.Size, last int) error {
	fy, ty := sec.FromYear, sec.ToYear
	from, to := time.Date(fy, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(ty, 12, 31, 0, 0, 0, 0, time.UTC)
	yearSeries := func(d dataset.Dyad, model string, at map[int]score.Point) score.Series {
		sr := score.Series{Dyad: d, Model: model, Granularity: dataset.Year}
		for y := fy; y <= ty; y++ {
			p := score.NewPoint(time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC))
			if q, ok := at[y]; ok {
				p.Value, p.Lower, p.Upper, p.N = q.Value, q.Lower, q.Upper, q.N
			}
			sr.Points = append(sr.Points, p)
		}
		return sr
	}
	// Countries in order of first appearance among the dyads.
	var cs []string
	seen := map[string]bool{}
	for _, d := range dyads {
		for _, c := range []string{d.A, d.B} {
			if !seen[c] {
				seen[c] = true
				cs = append(cs, c)
			}
		}
	}
	var series []score.Series
	var labels []string
	for _, c := range cs {
		at := map[int]score.Point{}
		for _, q := range ip.Series(c) {
			at[ideal.SessionYear(q.Period)] = score.Point{Value: q.Value, Lower: q.Lower, Upper: q.Upper, N: int64(q.N)}
		}
		if len(at) == 0 {
			continue
		}
		series = append(series, yearSeries(dataset.Dyad{A: c}, "ideal-point", at))
		labels = append(labels, countryName(c))
	}
	if len(series) == 0 {
		return nil
	}
	note := "One dimension fitted to every recorded vote per session (dynamic ordered-logit IRT after Bailey, Strezhnev and Voeten 2017); session s shown at year 1945 + s."
	ch, err := plots.NewIndexChart(series, &plots.SeriesOptions{
		Poles:    &plots.Poles{}, // a position and a distance, not cooperation and conflict
		Title:    "Ideal points in the UN General Assembly",
		Subtitle: fmt.Sprintf("The report's countries, %d–%d; higher is closer to the United States' side; votes end in %d", fy, ty, last),
		Labels:   labels, YLabel: "Ideal point (Assembly SD)", Size: size, From: from, To: to, Note: note + " Shaded: 95 % band.",
	})
	if err != nil {
		return fmt.Errorf("report: ideal-point chart: %w", err)
	}
	rows := ideal.DistanceRows(ip, dyads, &ideal.DistanceOptions{FromYear: fy, ToYear: ty})
	var dist []score.Series
	var dl []string
	for _, vd := range sec.Dyads {
		at := map[int]score.Point{}
		for _, r := range rows {
			if r.Dyad == vd.Dyad {
				at[r.Period] = score.Point{Value: r.Value, Lower: r.Lower, Upper: r.Upper, N: int64(r.N)}
				if r.Period >= vd.IdealYear {
					vd.IdealYear, vd.IdealDist, vd.IdealLower, vd.IdealUpper = r.Period, r.Value, r.Lower, r.Upper
				}
			}
		}
		dist = append(dist, yearSeries(vd.Dyad, "idealdist", at))
		dl = append(dl, vd.Name)
	}
	dch, err := plots.NewSmallMultiples(dist, &plots.SeriesOptions{
		Poles:    &plots.Poles{}, // a position and a distance, not cooperation and conflict
		Title:    "Ideal-point distance",
		Subtitle: fmt.Sprintf("|θA − θB| by year, %d–%d; 0 is the same position, the Assembly's spread is 1; votes end in %d", fy, ty, last),
		Labels:   dl, YLabel: "Distance (Assembly SD)", Size: size, From: from, To: to,
		Note: note + " Shaded: 95 % band (Laplace; a band reaching 0 cannot be told from no distance).",
	})
	if err != nil {
		return fmt.Errorf("report: ideal-distance chart: %w", err)
	}
	sec.Charts = append(sec.Charts, ch, dch)
	sec.Rows = ideal.MergeRows(sec.Rows, rows, dyads)
	return nil
}

// eventVoteComparison compares the yearly mean of a dyad's main event
// index (NaN periods skipped) with its yearly vote agreement over the
// years that have both (score.YearlyMeans, score.CompareYearly); nil
// without an event index.
func eventVoteComparison(main *score.Series, agree map[int]score.VoteAlignment) *score.YearlyComparison {
	if main == nil {
		return nil
	}
	years, means := score.YearlyMeans(main)
	other := make([]float64, len(years))
	for i, y := range years {
		other[i] = math.NaN()
		if r, ok := agree[y]; ok {
			other[i] = r.Value
		}
	}
	return score.CompareYearly(years, means, other)
}

// agreementSpread returns the standard deviation (population form, as
// score.CompareYearly's z-scores) of the yearly agreement over years, and
// the mean sampling error of one year's agreement there: the mean of
// (Upper − Lower)/(2·1.96) over the years with a band, the normal reading
// of a 95 % percentile band. NaN, NaN with fewer than two years.
func agreementSpread(years []int, agree map[int]score.VoteAlignment) (sd, noise float64) {
	var xs []float64
	var sum float64
	var k int
	for _, y := range years {
		r, ok := agree[y]
		if !ok || math.IsNaN(r.Value) {
			continue
		}
		xs = append(xs, r.Value)
		if !math.IsNaN(r.Lower) && !math.IsNaN(r.Upper) {
			sum += (r.Upper - r.Lower) / (2 * 1.96)
			k++
		}
	}
	if len(xs) < 2 {
		return math.NaN(), math.NaN()
	}
	_, sd = stat.PopMeanStdDev(xs, nil)
	noise = math.NaN()
	if k > 0 {
		noise = sum / float64(k)
	}
	return sd, noise
}

func countYear(s *votes.Set, y int) int {
	n := 0
	for i := range s.RollCalls {
		if s.RollCalls[i].Year() == y {
			n++
		}
	}
	return n
}

// dividingIssues pools the dyad's explanations over the years fy..ty and
// returns the three issues with the largest share of the distance.
func dividingIssues(s *votes.Set, d dataset.Dyad, fy, ty int) []score.VoteIssue {
	acc := map[string]*score.VoteIssue{}
	total := 0
	for y := fy; y <= ty; y++ {
		e, err := score.ExplainVotes(s, d, y, nil)
		if err != nil {
			continue
		}
		total += e.Distance
		for _, is := range e.Issues {
			a := acc[is.Issue]
			if a == nil {
				a = &score.VoteIssue{Issue: is.Issue, Name: is.Name}
				acc[is.Issue] = a
			}
			// Agreement is re-weighted by roll calls below.
			a.Agreement += is.Agreement * float64(is.N)
			a.N += is.N
			a.Distance += is.Distance
		}
	}
	var out []score.VoteIssue
	for _, a := range acc {
		if a.Issue == "" || a.Distance == 0 {
			continue
		}
		a.Agreement /= float64(a.N)
		a.Share = float64(a.Distance) / float64(total)
		out = append(out, *a)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Distance != out[j].Distance {
			return out[i].Distance > out[j].Distance
		}
		return out[i].Issue < out[j].Issue
	})
	return out[:min(3, len(out))]
}

// voteHeatmap draws the S score (absolute distance) of UN votes among the
// countries of the dyads, pooled over the roll calls sel keeps.
func voteHeatmap(s *votes.Set, dyads []dataset.Dyad, sel votes.Selection, size plots.Size) (*plots.Chart, error) {
	m, labels, err := voteMatrix(s, dyads, sel)
	if err != nil || m == nil {
		return nil, err
	}
	return plots.NewHeatmapChart(m, labels, &plots.HeatmapOptions{
		Title:      "Alignment of the report's countries in UN votes",
		Subtitle:   fmt.Sprintf("Signorino–Ritter S over the General Assembly's recorded votes, %d–%d pooled; ordered by average-linkage clustering", sel.FromYear, sel.ToYear),
		ValueLabel: "S score",
		Note:       "S = 1 − mean |a − b| on yes = 1, abstain = 2, no = 3 over roll calls both voted on (absences left out); 1 is identical voting, −1 opposite.",
		Min:        -1, Max: 1, Size: size,
	})
}

// voteMatrix is the S matrix of voteHeatmap and its labels (nil with
// fewer than three countries).
func voteMatrix(s *votes.Set, dyads []dataset.Dyad, sel votes.Selection) ([][]float64, []string, error) {
	cset := map[string]bool{}
	for _, d := range dyads {
		cset[d.A], cset[d.B] = true, true
	}
	if len(cset) < 3 {
		return nil, nil, nil
	}
	var cs []string
	for c := range cset {
		cs = append(cs, c)
	}
	sort.Strings(cs)
	m := make([][]float64, len(cs))
	labels := make([]string, len(cs))
	for i, a := range cs {
		labels[i] = countryName(a)
		m[i] = make([]float64, len(cs))
		for j, b := range cs {
			if i == j {
				m[i][j] = 1
				continue
			}
			t, err := score.VoteTableFor(s, dataset.Dyad{A: a, B: b}, &sel)
			if err != nil {
				return nil, nil, fmt.Errorf("report: vote heatmap: %w", err)
			}
			m[i][j] = t.Measure(score.VoteS)
		}
	}
	return m, labels, nil
}

// voteMethod is the methods paragraph of the vote section.
func voteMethod(sec *VoteSection) Method {
	return Method{Heading: "Alignment in UN votes", Text: strings.Join([]string{
		"The alignment-over-time section compares the report's countries by their roll-call votes in the UN General Assembly, embedded in entente. " + sec.Coverage,
		"Agreement is the share of roll calls both countries voted on (yes, abstain or no) where they voted alike (Voeten 2000); S is Signorino and Ritter's (1999) similarity with absolute distance on yes = 1, abstain = 2, no = 3, S = 1 − 2·d/d_max with d_max = 2; κ is Häge's (2011) chance-corrected version of S, Cohen's kappa with the same distance.",
		"Absences and non-membership are missing, never disagreement. Bands are 95 % percentile intervals from 1,000 bootstrap resamples of the year's roll calls (seeded: the same data gives the same bands). The issues that divide a dyad are the six issue tags of the data, ranked by their share of the summed distance over the years shown; a roll call with several tags counts for each. Events and votes side by side: r is the Pearson correlation, over the years with both, between the yearly mean of the dyad's main event index and its yearly vote agreement (few years: read it as a direction, not a finding).",
		eventVoteFinding(sec),
		idealMethod(sec),
	}, " ")}
}

// eventVoteFinding says how the event index and vote agreement relate
// across the section's dyads: how many correlate negatively, and the
// years where each dyad's two measures stand on opposite sides of their
// own means (score.YearlyComparison.Disagree). Agreement is not the goal —
// warmth between two governments and how alike they vote in the Assembly
// differ — but a sign flip across most dyads is a finding, and the text
// says what explains it.
func eventVoteFinding(sec *VoteSection) string {
	var neg, n int
	var parts, negs, flat []string
	for _, d := range sec.Dyads {
		if math.IsNaN(d.EventCorr) {
			continue
		}
		n++
		if d.EventCorr < 0 {
			neg++
			negs = append(negs, d.Name+" (r = "+num(d.EventCorr, unitDecimals)+")")
		}
		// r reads noise where the agreement hardly varies, whatever its
		// sign
		if d.AgreementSD <= d.AgreementNoise {
			flat = append(flat, d.Name+" (r = "+num(d.EventCorr, unitDecimals)+"; sd "+num(d.AgreementSD, unitDecimals)+", sampling error "+num(d.AgreementNoise, unitDecimals)+")")
		}
		if len(d.EventDisagree) > 0 {
			ys := make([]string, len(d.EventDisagree))
			for i, y := range d.EventDisagree {
				ys[i] = strconv.Itoa(y)
			}
			parts = append(parts, d.Name+" "+strings.Join(ys, ", "))
		}
	}
	if n == 0 {
		return ""
	}
	text := fmt.Sprintf("The correlation is negative for %d of %d dyads", neg, n)
	if len(negs) > 0 {
		text += ": " + strings.Join(negs, ", ")
	}
	text += "."
	if len(flat) > 0 {
		text += " The yearly agreement of " + strings.Join(flat, " and ") + " varies by no more than one year's sampling error: r reads noise there."
	}
	if 2*neg > n {
		text += " For most dyads the event index and vote agreement move against each other: Assembly votes follow standing positions on a few recurring issues (the Middle East, human rights, disarmament, colonialism) that change slowly, while the event index follows bilateral acts; a year of summits between two states that vote apart, or of sanctions between two that vote alike, moves one and not the other."
	}
	if len(parts) > 0 {
		text += " Years where the two stand on opposite sides of their own means (by at least half a standard deviation each): " + strings.Join(parts, "; ") + "."
	}
	return text
}

// idealMethod is the methods text on ideal points ("" without them). The
// figures are those of score.IdealPointOptions' documentation (Validity,
// Drift), measured on the 1946–2019 votes.
func idealMethod(sec *VoteSection) string {
	if sec.IdealFrom == "" {
		if sec.IdealNote != "" {
			return "No ideal points: " + sec.IdealNote + "."
		}
		return ""
	}
	src := "precomputed by a committed, deterministic generator (a test refits them)"
	if sec.IdealFrom != ideal.EmbeddedName {
		src = "fitted on the votes given to the report"
	}
	return "Ideal points place every country on one dimension per General Assembly session: a dynamic ordered-logit item-response model of yes, abstain and no (in the spirit of Bailey, Strezhnev and Voeten 2017), the sessions linked by a random walk (drift 0.3, chosen on held-out votes), fitted at the posterior mode, " + src + "; the scale has mean 0 and standard deviation 1 over all country-sessions, the United States' side positive, and session s is shown at year 1945 + s. " +
		"Bands are 95 % Laplace bands; the distance of two countries is |θA − θB|, its band reaching 0 when the two cannot be told apart. " +
		"With no published estimates to compare, face validity and stability are the checks: in every session from 1991 to 2019 the United States ranks first and Israel second to fourth, and Cuba, Venezuela, Russia and China sit below the United States, Israel, the United Kingdom and France; refitting 1991–2019 on bootstrap samples of its roll calls gives per-session Spearman rank correlations of at least 0.96 (median 0.99) with the fit. One dimension carries most, not all, of the disagreement: over all pairs the distance correlates at r = 0.78 to 0.85 with the share of common roll calls voted differently."
}

// voteRows are the rows of the section's table: dyad, last year, agreement
// with band, S, n, mean agreement, dividing issues.
func voteRows(sec *VoteSection) [][]string {
	var out [][]string
	for _, d := range sec.Dyads {
		var iss []string
		for _, is := range d.Issues {
			iss = append(iss, fmt.Sprintf("%s (%.0f %%)", is.Name, 100*is.Share))
		}
		band := dash
		if !math.IsNaN(d.Lower) {
			band = num(d.Lower, unitDecimals) + "–" + num(d.Upper, unitDecimals)
		}
		year := dash
		if d.Year > 0 {
			year = fmt.Sprint(d.Year)
		}
		corr := num(d.EventCorr, unitDecimals)
		if d.EventYears > 0 && !math.IsNaN(d.EventCorr) {
			corr += fmt.Sprintf(" (%d y)", d.EventYears)
		}
		idist := num(d.IdealDist, scaleDecimals) // the band is in the chart and votes.csv
		out = append(out, []string{d.Name, year, num(d.Agreement, unitDecimals), band, num(d.S, unitDecimals), fmt.Sprint(d.N), num(d.Mean, unitDecimals), corr, idist, strings.Join(iss, "; ")})
	}
	return out
}

// voteHeader is the header of voteRows.
var voteHeader = []string{"Dyad", "Year", "Agreement", "95 % band", "S", "Roll calls", "Mean agreement", "r with event index", "Ideal-point distance", "Issues that divide them"}

// rollCallText describes a dividing roll call: "2014-03-27 R/68/262
// Territorial integrity of Ukraine: China abstain, United States yes".
func rollCallText(d dataset.Dyad, r score.VoteDisagreement) string {
	what := rollCallTitle(r.Short)
	if what == "" {
		what = r.Resolution
	}
	return fmt.Sprintf("%s %s %s: %s %s, %s %s", r.Date.Format("2006-01-02"), r.Resolution, what,
		countryName(d.A), r.A, countryName(d.B), r.B)
}

// votePages writes the "Alignment over time" section of the PDF.
func (p *pdfWriter) votePages() {
	sec := p.r.Votes
	first := p.paragraphHeight(sec.Coverage, 9)
	if len(sec.Missing) > 0 {
		first += p.paragraphHeight("No UN votes for: "+strings.Join(sec.Missing, "; ")+".", 9)
	}
	if len(sec.Charts) > 0 {
		first += textW * voteChartHeight(0, len(sec.Charts))
	}
	p.section(first)
	p.heading("Alignment over time", 1)
	p.paragraph(sec.Coverage, 9, pdfSubtle)
	if len(sec.Missing) > 0 {
		p.paragraph("No UN votes for: "+strings.Join(sec.Missing, "; ")+".", 9, pdfSubtle)
	}
	// The agreement and the ideal points share the section's first page,
	// the distance opens the second above the table.
	for i, ch := range sec.Charts {
		p.chart(ch, textW*voteChartHeight(i, len(sec.Charts)))
	}
	if len(sec.Dyads) > 0 {
		cols := []column{{voteHeader[0], 0.12, "L"}, {voteHeader[1], 0.05, "R"}, {voteHeader[2], 0.09, "R"}, {voteHeader[3], 0.09, "R"},
			{voteHeader[4], 0.05, "R"}, {voteHeader[5], 0.06, "R"}, {voteHeader[6], 0.09, "R"}, {voteHeader[7], 0.09, "R"}, {voteHeader[8], 0.09, "R"}, {voteHeader[9], 0.27, "L"}}
		p.table(cols, voteRows(sec), 7.2)
	}
	// The dividing roll calls: a row per dyad, a line per roll call.
	var rows [][]string
	for _, d := range sec.Dyads {
		var lines []string
		for _, r := range d.RollCalls {
			lines = append(lines, "• "+rollCallText(d.Dyad, r))
		}
		if len(lines) > 0 {
			rows = append(rows, []string{d.Name, strings.Join(lines, "\n")})
		}
	}
	if len(rows) > 0 {
		p.heading("Roll calls that divided them most in their latest year", 2)
		p.table([]column{{"Dyad", 0.13, "L"}, {"Date, resolution, subject: their votes", 0.87, "L"}}, rows, 7.2)
	}
}

// voteChartHeight is the height of the vote section's i-th of n charts as
// a share of the text width: the agreement (below the overview's heatmap
// in the default report), then the ideal points and their distance on
// one page.
func voteChartHeight(i, n int) float64 {
	switch {
	case n == 1:
		return 0.72
	case i == 1:
		return 0.58
	}
	return 0.6
}

// htmlVotes is the section's data for the HTML template.
type htmlVotes struct {
	Coverage string
	Missing  string
	Figures  []htmlFigure
	Header   []string
	Rows     [][]string
	Lines    []string
}

func (r *Report) htmlVotes() *htmlVotes {
	sec := r.Votes
	if sec == nil {
		return nil
	}
	h := &htmlVotes{Coverage: sec.Coverage, Header: voteHeader, Rows: voteRows(sec)}
	if len(sec.Missing) > 0 {
		h.Missing = "No UN votes for: " + strings.Join(sec.Missing, "; ") + "."
	}
	for i, ch := range sec.Charts {
		h.Figures = append(h.Figures, htmlFigure{ID: fmt.Sprintf("votes-%d", i+1), Kind: ch.Kind, Title: ch.Title, SVG: template.HTML(ch.InlineSVG())})
	}
	for _, d := range sec.Dyads {
		for _, rc := range d.RollCalls {
			h.Lines = append(h.Lines, d.Name+": "+rollCallText(d.Dyad, rc))
		}
	}
	return h
}

// htmlVotesTemplate is the section in the HTML page.
const htmlVotesTemplate = `{{with .Votes}}<section id="votes">
<h2>Alignment over time</h2>
<p class="note">{{.Coverage}}</p>
{{if .Missing}}<p class="note">{{.Missing}}</p>
{{end}}{{range .Figures}}<figure id="{{.ID}}" class="chart" data-kind="{{.Kind}}" aria-label="{{.Title}}">
{{.SVG}}</figure>
{{end}}{{if .Rows}}<table class="votes"><thead><tr>{{range .Header}}<th>{{.}}</th>{{end}}</tr></thead>
<tbody>
{{range .Rows}}<tr>{{range .}}<td>{{.}}</td>{{end}}</tr>
{{end}}</tbody></table>
{{end}}{{if .Lines}}<h3>Roll calls that divided them most in their latest year</h3>
<ul>{{range .Lines}}<li>{{.}}</li>{{end}}</ul>
{{end}}</section>
{{end}}`

// reportVotes builds the vote section for Build: nil with NoVotes.
func reportVotes(r *Report, dyads []dataset.Dyad, o *Options) (*VoteSection, error) {
	if o.NoVotes {
		return nil, nil
	}
	s := o.Votes
	if s == nil {
		var err error
		if s, _, err = votes.Embedded(); err != nil {
			return nil, fmt.Errorf("report: the embedded votes: %w", err)
		}
	}
	mains := map[dataset.Dyad]*score.Series{}
	for _, d := range r.Dyads {
		mains[d.Dyad] = d.main
	}
	// Ideal points: the precomputed estimates of the embedded votes, or a
	// fit of the votes given (a fit that fails leaves the charts out and
	// says why in the methods).
	var ip *score.IdealPoints
	from, note := "", ""
	var err error
	if o.Votes == nil {
		if ip, err = ideal.Embedded(); err != nil {
			return nil, fmt.Errorf("report: the embedded ideal points: %w", err)
		}
		from = ideal.EmbeddedName
	} else if ip, err = ideal.Fit(s, nil, nil); err != nil {
		ip, note = nil, err.Error()
	} else {
		from = "fitted"
	}
	sec, err := buildVoteSection(s, dyads, r.From, r.To, o.ChartSize, mains, ip)
	if sec != nil {
		sec.IdealNote = note
		if len(sec.Charts) > 1 { // the ideal-point charts were drawn
			sec.IdealFrom = from
		}
	}
	return sec, err
}

// WriteVotesCSV writes the vote section's yearly measures as the tidy CSV
// of score.WriteVoteAlignCSV (dyad,period,measure,value,lower,upper,n, 8
// significant digits as scores.csv); votes.csv in the report folder. Nothing but the header when
// the report has no vote section.
func (r *Report) WriteVotesCSV(w io.Writer) error {
	var rows []score.VoteAlignment
	if r.Votes != nil {
		rows = r.Votes.Rows
	}
	return score.WriteVoteAlignCSV(w, rows)
}
