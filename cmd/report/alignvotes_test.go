package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/entente/entente/internal/sharedtest"
)

// The done-when: the yearly agreement and S of four dyads from
// the embedded votes (no input) equal those from
// ../shared/data/unvotes/un_votes.csv.gz, byte for byte, written to -o.
func TestAlignVotesEmbeddedEqualsShared(t *testing.T) {
	shared := sharedtest.Path(t, "data/unvotes/un_votes.csv.gz")
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.csv"), filepath.Join(dir, "b.csv")
	args := []string{"align", "-dyads", "CHN-RUS,CHN-USA,RUS-USA,USA-VEN", "-period", "year", "-measure", "agreement,s"}
	code, _, errs := scoreCLI(t, append(args, "-o", a)...)
	if code != 0 || !strings.Contains(errs, "embedded:votes") || !strings.Contains(errs, "end on 2020-01-14") {
		t.Fatalf("embedded: exit %d\n%s", code, errs)
	}
	code, _, errs = scoreCLI(t, append(args, "-o", b, shared)...)
	if code != 0 || !strings.Contains(errs, "dates from") || !strings.Contains(errs, "un_roll_calls.csv.gz") {
		t.Fatalf("shared: exit %d\n%s", code, errs)
	}
	ab, _ := os.ReadFile(a)
	bb, _ := os.ReadFile(b)
	if len(ab) == 0 || string(ab) != string(bb) {
		t.Fatalf("outputs differ (%d and %d bytes)", len(ab), len(bb))
	}
	// RUS-USA 2014: agreement 18/77 and s −20/77 over 77 common roll calls
	// (score/testdata/measures.py), written as every measure is, to 8
	// significant digits (score.FormatFloat): 0.23376623, −0.25974026.
	if !strings.Contains(string(ab), "\nRUS-USA,2014,agreement,0.23376623,") ||
		!strings.Contains(string(ab), "\nRUS-USA,2014,s,-0.25974026,") {
		t.Errorf("RUS-USA 2014 rows missing or rounded:\n%s", grepLines(string(ab), "RUS-USA,2014"))
	}
	// Four dyads × 2 measures; CHN from 1971 (its seat), the others from
	// 1946; no rows without a common roll call.
	if n := strings.Count(string(ab), "\nCHN-RUS,1970,"); n != 0 {
		t.Error("CHN votes before 1971")
	}
}

func grepLines(s, sub string) string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if strings.Contains(l, sub) {
			out = append(out, l)
		}
	}
	return strings.Join(out, "\n")
}

// A vote file made up by hand (roll calls dated in the file), measured by
// hand: on three roll calls AAA and BBB are replaced by real codes USA and
// CUB — yes/no, yes/yes, abstain/no.
//
//	agreement = 1/3; D = (2 + 0 + 1)/3 = 1, s = 1 − 2·1/2 = 0;
//	coincidence = (1 + ½·1)/(1 + 1 + 1) = 0.5
//
// With -replicates 0 the bands are empty. The bad row (vote "maybe", line
// 5) is counted and reported with file:line:column, and written to
// -rejects; -strict stops at it with exit 1.
func TestAlignVotesHand(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "votes.csv")
	body := "rcid,date,country,vote\n" +
		"1,2001-10-01,USA,yes\n" +
		"1,2001-10-01,CUB,no\n" +
		"2,2001-10-02,USA,yes\n" +
		"2,2001-10-02,CUB,maybe\n" +
		"2,2001-10-02,Cuba,yes\n" +
		"3,2001-11-01,USA,abstain\n" +
		"3,2001-11-01,CUB,no\n"
	if err := os.WriteFile(in, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	rej := filepath.Join(dir, "rejects.csv")
	code, out, errs := scoreCLI(t, "align", "-dyads", "USA-CUB", "-measure", "agreement,s,coincidence", "-replicates", "0", "-rejects", rej, in)
	want := "dyad,period,measure,value,lower,upper,n\n" +
		"USA-CUB,2001,agreement,0.33333333,,,3\n" +
		"USA-CUB,2001,s,0,,,3\n" +
		"USA-CUB,2001,coincidence,0.5,,,3\n"
	if code != 0 || out != want {
		t.Fatalf("exit %d\n%s\nwant\n%s\n%s", code, out, want, errs)
	}
	if !strings.Contains(errs, "rows: read=7 kept=6 rejected=1 filtered=0") || !strings.Contains(errs, "votes.csv:5") || !strings.Contains(errs, "vote") {
		t.Errorf("accounting:\n%s", errs)
	}
	if b, _ := os.ReadFile(rej); !strings.Contains(string(b), "votes.csv:5") || !strings.Contains(string(b), "maybe") {
		t.Errorf("rejects file: %q", b)
	}
	// -strict stops at line 5 after 4 rows read: the file's accounting up
	// to the failure (-q or not), the bad row named once.
	for _, q := range []string{"-q=false", "-q"} {
		code, _, errs := scoreCLI(t, "align", "-dyads", "USA-CUB", "-strict", q, in)
		if code != 1 || strings.Count(errs, "votes.csv:5") != 1 || !strings.Contains(errs, "rows: read=4 kept=3 rejected=1 filtered=0") {
			t.Errorf("strict %s: exit %d %s", q, code, errs)
		}
	}
	// COW panel: the United States is 2, Cuba 40 (COW state list).
	code, out, _ = scoreCLI(t, "align", "-dyads", "USA-CUB", "-measure", "s", "-replicates", "0", "-codes", "cow", "-quiet", in)
	if code != 0 || out != "ccode1,ccode2,year,measure,value,lower,upper,n\n2,40,2001,s,0,,,3\n" {
		t.Errorf("cow: exit %d\n%s", code, out)
	}
}

// TestAlignVoteColumns: a vote CSV whose header align does not recognise
// (an export with its own column names) reads through -vote-columns, with
// no new code. The same three roll calls as TestAlignVotesHand (one
// ballot per country and roll call): agreement 1/3, S 0 and coincidence
// 0.5, worked by hand there.
func TestAlignVoteColumns(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "export.csv")
	body := "Resolution;Voted on;Member;Ballot\n" +
		"1;2001-10-01;USA;Y\n" +
		"1;2001-10-01;CUB;N\n" +
		"2;2001-10-02;USA;Y\n" +
		"2;2001-10-02;CUB;Y\n" +
		"3;2001-11-01;USA;A\n" +
		"3;2001-11-01;CUB;N\n"
	if err := os.WriteFile(in, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	args := []string{"align", "-dyads", "USA-CUB", "-measure", "agreement,s,coincidence", "-replicates", "0", "-q"}
	code, out, errs := scoreCLI(t, append(args, "-vote-columns", "rollcall=Resolution,date=Voted on,country=Member,vote=Ballot", in)...)
	want := "dyad,period,measure,value,lower,upper,n\n" +
		"USA-CUB,2001,agreement,0.33333333,,,3\n" +
		"USA-CUB,2001,s,0,,,3\n" +
		"USA-CUB,2001,coincidence,0.5,,,3\n"
	if code != 0 || out != want {
		t.Fatalf("exit %d\n%s\nwant\n%s\n%s", code, out, want, errs)
	}
	if code, _, errs := scoreCLI(t, append(args, "-vote-columns", "colour=Ballot", in)...); code != exitUsage || !strings.Contains(errs, "-vote-columns") {
		t.Errorf("bad mapping: exit %d %s", code, errs)
	}
}

// How align tells votes from events, and the usage errors of the votes
// mode.
func TestAlignVotesMode(t *testing.T) {
	dir := t.TempDir()
	vf := filepath.Join(dir, "v.csv")
	os.WriteFile(vf, []byte("rcid,date,country,vote\n1,2001-10-01,USA,yes\n1,2001-10-01,CUB,no\n"), 0o644)
	ev := scoreFile(t, alignRows...)
	for _, args := range [][]string{
		{"align", vf, ev},                   // mixed families
		{"align", "-method", "pearson", vf}, // event flag on votes
		{"align", "-measure", "s", ev},      // vote flag on events
		{"align", "-measure", "tau"},        // unknown measure
		{"align", "-measure", ","},          // no measure
		{"align", "-period", "month"},       // votes: year or session
		{"align", "-codes", "gw"},           // iso3 or cow
		{"align", "-issue", "trade"},        // one of the six issues
		{"align", "-dyads", "CHN"},          // not a dyad
		{"align", "-countries", "CHN"},      // one country
	} {
		if code, _, errs := scoreCLI(t, args...); code != 2 {
			t.Errorf("%v: exit %d (%s), want 2", args[1:], code, errs)
		}
	}
	// An event-only flag without input selects the embedded chronology.
	if code, out, _ := scoreCLI(t, "align", "-countries", "CHN,RUS", "-min-events", "1", "-min-common", "2", "-quiet"); code != 0 || !strings.HasPrefix(out, "period,country,CHN,RUS\n") {
		t.Errorf("events by flag: %d %s", code, out)
	}
	// -from and -to select the years of roll calls.
	code, out, errs := scoreCLI(t, "align", "-dyads", "RUS-USA", "-from", "2013", "-to", "2014-06", "-measure", "s", "-replicates", "0", "-quiet")
	if code != 0 || strings.Count(out, "\n") != 3 || !strings.Contains(out, "\nRUS-USA,2013,s,") || !strings.Contains(out, "\nRUS-USA,2014,s,-0.25974026,,,77\n") {
		t.Errorf("-from/-to: %d\n%s%s", code, out, errs)
	}
	// -countries on votes: every pair, by session, one issue.
	code, out, errs = scoreCLI(t, "align", "-countries", "USA,RUS,CHN", "-period", "session", "-issue", "hr", "-measure", "kappa", "-replicates", "50", "-quiet")
	if code != 0 || !strings.Contains(out, "\nCHN-RUS,68,kappa,") || !strings.Contains(out, "\nRUS-USA,68,kappa,") {
		t.Errorf("countries/session: %d %s", code, errs)
	}
}

// report inspect describes vote inputs: the embedded votes and a vote
// file, with the accounting and where the dates come from.
func TestInspectVotes(t *testing.T) {
	code, out, errs := scoreCLI(t, "inspect", "embedded:votes")
	// PROVENANCE.md: 870,109 votes on 6,203 roll calls, 1946-01-01 …
	// 2020-01-14, sessions 1–74; Zanzibar's 2 votes have no country code.
	for _, want := range []string{"format: unvotes\n", "rows: read=870109 kept=870109 rejected=0 filtered=0\n",
		"unknown: 2 Zanzibar\n", "dates: 1946-01-01 2020-01-14\n", "votes: roll-calls=6203 ", "roll-call dates: embedded roll calls\n", "sessions: 1-74\n"} {
		if code != 0 || !strings.Contains(out, want) {
			t.Errorf("embedded: exit %d, no %q in\n%s%s", code, want, out, errs)
		}
	}
	in := filepath.Join(t.TempDir(), "v.csv")
	os.WriteFile(in, []byte("rcid,ccode,vote\n5309,2,1\n5309,365,3\n5309,710,5\n"), 0o644)
	code, out, _ = scoreCLI(t, "inspect", in)
	if code != 0 || !strings.Contains(out, "format: voeten\n") || !strings.Contains(out, "rows: read=3 kept=2 rejected=1 filtered=0\n") ||
		!strings.Contains(out, "v.csv:4: column vote (field 3): invalid vote") || !strings.Contains(out, "roll-call dates: embedded roll calls") ||
		!strings.Contains(out, "seat rule: 1 Soviet seat is Russia's") {
		t.Errorf("file: exit %d\n%s", code, out)
	}
}

// -measure idealdist on the embedded votes reads the precomputed ideal
// points (votes/ideal/idealpoints.csv): RUS,74,0.293,0.153,0.434,87 and
// USA,74,3.979,3.653,4.305,91 give 3.979 − 0.293 = 3.686 with the band
// [3.331, 4.041] (hand calculation in votes/ideal/distance_test.go) and n
// 87, labelled 2019 by year and 74 by session, to 8 significant digits as
// every measure (score.FormatFloat; issue 11: 3.797 was written
// 3.7969999999999997). The default (no -measure) writes it after the other
// six measures.
func TestAlignVotesIdealDist(t *testing.T) {
	code, out, errs := scoreCLI(t, "align", "-dyads", "RUS-USA", "-measure", "idealdist", "-from", "2018")
	want := "dyad,period,measure,value,lower,upper,n\n" +
		"RUS-USA,2018,idealdist,3.621,3.3220163,3.9199837,95\n" +
		"RUS-USA,2019,idealdist,3.686,3.3310123,4.0409877,87\n"
	if code != 0 || out != want || !strings.Contains(errs, "embedded:idealpoints") || !strings.Contains(errs, "1945+s") {
		t.Fatalf("exit %d\n%s\nwant\n%s\n%s", code, out, want, errs)
	}
	code, out, _ = scoreCLI(t, "align", "-dyads", "RUS-USA", "-measure", "idealdist", "-period", "session", "-from", "2019", "-quiet")
	if code != 0 || !strings.HasSuffix(out, "\nRUS-USA,74,idealdist,3.686,3.3310123,4.0409877,87\n") {
		t.Errorf("by session: exit %d\n%s", code, out)
	}
	// CHN,67,-0.743,… and USA,67,3.054,… (idealpoints.csv): 3.054 + 0.743
	// = 3.797, which the float subtraction makes 3.7969999999999997
	code, out, _ = scoreCLI(t, "align", "-dyads", "CHN-USA", "-measure", "idealdist", "-from", "2012", "-to", "2012", "-quiet")
	if code != 0 || !strings.HasPrefix(out, "dyad,period,measure,value,lower,upper,n\nCHN-USA,2012,idealdist,3.797,") {
		t.Errorf("CHN-USA 2012: exit %d\n%s", code, out)
	}
	code, out, _ = scoreCLI(t, "align", "-dyads", "RUS-USA", "-from", "2019", "-to", "2019", "-replicates", "0", "-quiet")
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if code != 0 || len(lines) != 8 || !strings.HasPrefix(lines[6], "RUS-USA,2019,coincidence,") || !strings.HasPrefix(lines[7], "RUS-USA,2019,idealdist,3.686,") {
		t.Errorf("default measures: exit %d\n%s", code, out)
	}
}

// A vote file is refitted. Made up by hand: six roll calls of October
// 2001 (session 56 by date), on which the United States and Israel vote
// alike and Cuba and Venezuela alike, the two pairs opposite on five and
// alike on one (the sixth, all yes); Israel is absent on the fourth and
// Venezuela on the third, and a "maybe" row is rejected. The fit must
// place Cuba further from the United States than Israel, with n the
// smaller count of recorded votes (6 for USA–CUB, 5 for USA–ISR), the
// values inside their bands, and stderr must say that the points were
// fitted on the votes read. (With every country voting on every roll call
// score.FitIdealPoints' start, a power iteration from a vector of ones,
// is degenerate and every point comes out 0: reported to score.)
func TestAlignVotesIdealDistRefit(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "votes.csv")
	var body strings.Builder
	body.WriteString("rcid,date,country,vote\n")
	for rc := 1; rc <= 6; rc++ {
		west, east := "yes", "no"
		if rc%2 == 0 {
			west, east = "no", "yes"
		}
		if rc == 6 {
			east = "yes"
			west = "yes"
		}
		for _, c := range []string{"USA", "ISR"} {
			if c == "ISR" && rc == 4 {
				continue // absent
			}
			fmt.Fprintf(&body, "%d,2001-10-%02d,%s,%s\n", rc, rc, c, west)
		}
		for _, c := range []string{"CUB", "VEN"} {
			if c == "VEN" && rc == 3 {
				continue // absent
			}
			fmt.Fprintf(&body, "%d,2001-10-%02d,%s,%s\n", rc, rc, c, east)
		}
	}
	body.WriteString("6,2001-10-06,FRA,maybe\n")
	if err := os.WriteFile(in, []byte(body.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errs := scoreCLI(t, "align", "-dyads", "USA-CUB,USA-ISR", "-measure", "idealdist", in)
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if code != 0 || len(lines) != 3 || !strings.Contains(errs, "fitted on the roll calls read") || !strings.Contains(errs, "rejected=1") {
		t.Fatalf("exit %d\n%s\n%s", code, out, errs)
	}
	var d [2]float64
	for k, l := range lines[1:] {
		f := strings.Split(l, ",")
		if len(f) != 7 || f[1] != "2001" || f[2] != "idealdist" || f[6] != []string{"6", "5"}[k] {
			t.Fatalf("row %q", l)
		}
		v, lo, hi := mustParse(t, f[3]), mustParse(t, f[4]), mustParse(t, f[5])
		if !(lo <= v && v <= hi) {
			t.Errorf("row %q: the value is outside its band", l)
		}
		d[k] = v
	}
	if !(d[0] > d[1]) || !strings.HasPrefix(lines[1], "USA-CUB,") {
		t.Errorf("USA–CUB %.3f not further apart than USA–ISR %.3f:\n%s", d[0], d[1], out)
	}
}

// The same votes read from ../shared/data/unvotes are refitted and give
// the embedded estimates to their 3 decimals (the embedded file is that
// fit, rounded): RUS-USA, 2010–2019. About 5 s of CPU; skipped under
// -short.
func TestAlignVotesIdealDistSharedEqualsEmbedded(t *testing.T) {
	if testing.Short() {
		t.Skip("refits the 1946–2019 votes; skipped under -short")
	}
	shared := sharedtest.Path(t, "data/unvotes/un_votes.csv.gz")
	args := []string{"align", "-dyads", "RUS-USA,CHN-IND", "-measure", "idealdist", "-from", "2010", "-quiet"}
	code, a, _ := scoreCLI(t, args...)
	if code != 0 {
		t.Fatalf("embedded: exit %d", code)
	}
	code, b, errs := scoreCLI(t, append(args, shared)...)
	if code != 0 {
		t.Fatalf("shared: exit %d %s", code, errs)
	}
	la, lb := strings.Split(strings.TrimSpace(a), "\n"), strings.Split(strings.TrimSpace(b), "\n")
	if len(la) != 21 || len(la) != len(lb) {
		t.Fatalf("%d and %d lines, want 21 (two dyads × ten years + header)", len(la), len(lb))
	}
	for k := 1; k < len(la); k++ {
		fa, fb := strings.Split(la[k], ","), strings.Split(lb[k], ",")
		if fa[0] != fb[0] || fa[1] != fb[1] || fa[6] != fb[6] {
			t.Fatalf("line %d: %q vs %q", k+1, la[k], lb[k])
		}
		// Each point is rounded to 3 decimals, so their difference is
		// within 0.001 of the refit's.
		if d := mustParse(t, fa[3]) - mustParse(t, fb[3]); d > 0.001+1e-12 || d < -0.001-1e-12 {
			t.Errorf("line %d: embedded %s, refit %s", k+1, fa[3], fb[3])
		}
	}
}

func mustParse(t *testing.T, s string) float64 {
	t.Helper()
	v, err := strconv.ParseFloat(s, 64)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// TestAlignVotesDatesLeaveNothing: -from/-to outside the votes' years fail
// (exit 1) saying which filter removed the roll calls and the years the
// data covers (2001 only: the three roll calls of TestAlignVotesHand),
// not a header-only output with exit 0.
func TestAlignVotesDatesLeaveNothing(t *testing.T) {
	in := filepath.Join(t.TempDir(), "votes.csv")
	body := "rcid,date,country,vote\n1,2001-10-01,USA,yes\n1,2001-10-01,CUB,no\n"
	if err := os.WriteFile(in, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, bound := range [][]string{{"-from", "2030"}, {"-to", "1900"}} {
		args := append([]string{"align", "-dyads", "USA-CUB", "-measure", "agreement", "-replicates", "0"}, bound...)
		code, out, errs := scoreCLI(t, append(args, in)...)
		if code != 1 || out != "" || !strings.Contains(errs, bound[0]+" "+bound[1]) || !strings.Contains(errs, "the votes run from 2001 to 2001") {
			t.Errorf("%v: exit %d\nstdout %q\nstderr %s", bound, code, out, errs)
		}
	}
}

// TestAlignVotesAllRejected: a vote file whose every row is rejected
// (two votes no reader knows) fails naming the rejection and printing
// the accounting under -q too, not only "CHN has no votes in the input".
func TestAlignVotesAllRejected(t *testing.T) {
	in := filepath.Join(t.TempDir(), "v.csv")
	body := "rcid,date,country,vote\n1,2001-10-01,CHN,maybe\n1,2001-10-01,USA,what\n"
	if err := os.WriteFile(in, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errs := scoreCLI(t, "align", "-q", "-dyads", "CHN-USA", in)
	if code != 1 || out != "" || !strings.Contains(errs, "rows: read=2 kept=0 rejected=2") ||
		!strings.Contains(errs, "every row was rejected (2 of 2 rows read") {
		t.Errorf("exit %d\nstdout %q\nstderr %s", code, out, errs)
	}
}
