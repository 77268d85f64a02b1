package main

import (
	"os"
	"path/filepath"
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
	// (score/testdata/measures.py), written at full precision.
	if !strings.Contains(string(ab), "\nRUS-USA,2014,agreement,0.23376623376623376,") ||
		!strings.Contains(string(ab), "\nRUS-USA,2014,s,-0.2597402597402597,") {
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
		"USA-CUB,2001,agreement,0.3333333333333333,,,3\n" +
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
	if code, _, errs := scoreCLI(t, "align", "-dyads", "USA-CUB", "-strict", in); code != 1 || !strings.Contains(errs, "votes.csv:5") {
		t.Errorf("strict: exit %d %s", code, errs)
	}
	// COW panel: the United States is 2, Cuba 40 (COW state list).
	code, out, _ = scoreCLI(t, "align", "-dyads", "USA-CUB", "-measure", "s", "-replicates", "0", "-codes", "cow", "-quiet", in)
	if code != 0 || out != "ccode1,ccode2,year,measure,value,lower,upper,n\n2,40,2001,s,0,,,3\n" {
		t.Errorf("cow: exit %d\n%s", code, out)
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
		{"align", "-measure", "idealdist"},  // not available yet
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
	if code != 0 || strings.Count(out, "\n") != 3 || !strings.Contains(out, "\nRUS-USA,2013,s,") || !strings.Contains(out, "\nRUS-USA,2014,s,-0.2597402597402597,,,77\n") {
		t.Errorf("-from/-to: %d\n%s", code, out)
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
