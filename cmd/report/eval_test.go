package main

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/entente/entente/internal/sharedtest"
)

func TestEvalCommand(t *testing.T) {
	gold := filepath.Join(t.TempDir(), "gold.json")
	os.WriteFile(gold, []byte(`[{"id":"R1","date":"2000-01-01","event":"DISAPPROVE","source":[{"code":"ZWE"}],"target":[{"code":"USA"}],"text":"Zimbabwe accused the United States of aggression."},
{"id":"R2","date":"2000-01-01","event":"AGREE","source":[{"code":"FRA"}],"target":[{"code":"DEU"}],"text":"Nothing codeable here."}]`), 0o644)
	code, out, errs := extractCLI(t, "", "eval", "-split", "all", "-details", gold)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	// one of two gold tuples coded, no false positive: P 1, R 0.5, F1 2/3
	for _, want := range []string{"2 records, 2 gold events, 1 coded event", "source, target, PLOVER category         1      0      1     1.000  0.500  0.667", "R2: gold FRA|DEU|AGREE, coded"} {
		if !strings.Contains(out, want) {
			t.Errorf("missing %q in\n%s", want, out)
		}
	}
	code, out, _ = extractCLI(t, "", "eval", "-split", "all", "-markdown", gold)
	if code != 0 || !strings.Contains(out, "| source, target, PLOVER category | 1 | 0 | 1 | 1.000 | 0.500 | 0.667 |") {
		t.Errorf("markdown: exit %d\n%s", code, out)
	}
	if code, _, _ := extractCLI(t, "", "eval"); code != exitUsage {
		t.Errorf("no gold: exit %d", code)
	}
	bad := filepath.Join(t.TempDir(), "bad.txt")
	os.WriteFile(bad, []byte("hello"), 0o644)
	if code, _, errs := extractCLI(t, "", "eval", bad); code != exitFailure || !strings.Contains(errs, "not a gold file") {
		t.Errorf("bad gold: exit %d %s", code, errs)
	}
}

func TestEvalSplit(t *testing.T) {
	gold := filepath.Join(t.TempDir(), "gold.json")
	// AGREE-0001 halves to 0 (train), AGREE-0003 to 1 (validation):
	// eval.SplitOf
	os.WriteFile(gold, []byte(`[{"id":"PLOVER-GSR01-ACCUSE-0001","date":"2000-01-01","event":"DISAPPROVE","source":[{"code":"ZWE"}],"target":[{"code":"USA"}],"text":"Zimbabwe accused the United States of aggression."},
{"id":"PLOVER-GSR01-AGREE-0003","date":"2000-01-01","event":"AGREE","source":[{"code":"FRA"}],"target":[{"code":"DEU"}],"text":"Nothing codeable here."}]`), 0o644)
	code, out, errs := extractCLI(t, "", "eval", gold)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	v := strings.Index(out, "validation split (held apart from tuning): 1 record, 1 gold event, 0 coded events")
	tr := strings.Index(out, "train split (the rules were tuned on it): 1 record, 1 gold event, 1 coded event")
	if v < 0 || tr < 0 || v > tr {
		t.Errorf("want the validation split first, then train:\n%s", out)
	}
	code, out, _ = extractCLI(t, "", "eval", "-split", "train", gold)
	if code != 0 || strings.Contains(out, "validation") || !strings.Contains(out, "1 record,") {
		t.Errorf("-split train: exit %d\n%s", code, out)
	}
	if code, _, _ := extractCLI(t, "", "eval", "-split", "dev", gold); code != exitUsage {
		t.Errorf("-split dev: exit %d, want usage", code)
	}
}

func TestEvalPooled(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.json"), filepath.Join(dir, "b.json")
	os.WriteFile(a, []byte(`[{"id":"x#1","date":"2000-01-01","text":"Zimbabwe accused the United States of aggression.","events":[{"source":"ZWE","target":"USA","plover":"ACCUSE"}]}]`), 0o644)
	os.WriteFile(b, []byte(`[{"id":"y#1","date":"2000-01-01","text":"Nothing codeable here.","events":[]}]`), 0o644)
	code, out, errs := extractCLI(t, "", "eval", "-split", "all", a, b)
	// one record from each file: 2 records, 1 gold event
	if code != 0 || !strings.Contains(out, a+" + "+b+": 2 records, 1 gold event") {
		t.Errorf("exit %d: %s\n%s", code, errs, out)
	}
	x := sharedtest.Path(t, "data/petrarch2/PETR.UnitTest.records.xml")
	if code, _, _ := extractCLI(t, "", "eval", a, x); code != exitUsage {
		t.Errorf("JSON + XML: exit %d, want usage", code)
	}
}

func TestEvalPETRARCH(t *testing.T) {
	path := sharedtest.Path(t, "data/petrarch2/PETR.UnitTest.records.xml")
	code, out, errs := extractCLI(t, "", "eval", "-split", "all", path)
	if code != 0 || !strings.Contains(out, "284 records") || !strings.Contains(out, "source, target, CAMEO root") {
		t.Errorf("exit %d: %s\n%s", code, errs, out)
	}
	// coded with the PETR.Validate actor, agent and verb dictionaries: at
	// least half the full codes found (0.565 F1 when written)
	for _, line := range strings.Split(out, "\n") {
		if strings.HasPrefix(line, "source, target, CAMEO full code") {
			f := strings.Fields(line)
			if f1, err := strconv.ParseFloat(f[len(f)-1], 64); err != nil || f1 < 0.5 {
				t.Errorf("full-code F1: %s", line)
			}
		}
	}
}

// Round 2, item 1: eval has -strict and -rejects with the meaning they
// have elsewhere, prints each gold file's accounting (stderr; -q keeps it
// for failures) and reads standard input. The gold: R1 good, R2 with month
// 13 (line 3) — lenient: read=2 kept=1 rejected=1; -strict fails on line
// 3, prints the accounting and still writes -rejects.
func TestEvalStrictRejects(t *testing.T) {
	dir := t.TempDir()
	gold := filepath.Join(dir, "gold.json")
	bad := `{"id":"R2","date":"2000-13-01","event":"AGREE","source":[{"code":"FRA"}],"target":[{"code":"DEU"}],"text":"Bad date."}`
	os.WriteFile(gold, []byte(`[
{"id":"R1","date":"2000-01-01","event":"DISAPPROVE","source":[{"code":"ZWE"}],"target":[{"code":"USA"}],"text":"Zimbabwe accused the United States of aggression."},
`+bad+`]`), 0o644)
	rej := filepath.Join(dir, "rejects.jsonl")
	code, out, errs := extractCLI(t, "", "eval", "-split", "all", "-rejects", rej, gold)
	if code != 0 || !strings.Contains(out, "1 record, 1 gold event") || !strings.Contains(errs, gold+": rows: read=2 kept=1 rejected=1 filtered=0") || !strings.Contains(errs, gold+": sample: "+gold+":3") {
		t.Errorf("lenient: exit %d\n%s%s", code, out, errs)
	}
	if b, _ := os.ReadFile(rej); string(b) != bad+"\n" {
		t.Errorf("rejects %q", b)
	}
	os.Remove(rej)
	code, _, errs = extractCLI(t, "", "eval", "-q", "-strict", "-rejects", rej, gold)
	if code != exitFailure || !strings.Contains(errs, gold+":3") || !strings.Contains(errs, gold+": rows: read=2 kept=1 rejected=1 filtered=0") {
		t.Errorf("strict: exit %d\n%s", code, errs)
	}
	if _, err := os.Stat(rej); err != nil {
		t.Errorf("strict: -rejects not written: %v", err)
	}
	// standard input: the file's results
	data, _ := os.ReadFile(gold)
	_, ref, _ := extractCLI(t, "", "eval", "-q", "-split", "all", gold)
	code, got, errs := extractCLI(t, string(data), "eval", "-q", "-split", "all", "-")
	if code != 0 || strings.Replace(got, "-: ", gold+": ", 1) != ref {
		t.Errorf("eval -: exit %d\n%s\nwant\n%s%s", code, got, ref, errs)
	}
}

// TestEvalAllRejected: a gold file whose every record is rejected (an id
// that is not a string: one record, one rejection) fails with exit 1 and
// the accounting, -q or not, instead of printing "no records" with exit 0.
func TestEvalAllRejected(t *testing.T) {
	in := filepath.Join(t.TempDir(), "e.json")
	if err := os.WriteFile(in, []byte(`[{"id":1,"text":5}]`), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errs := scoreCLI(t, "eval", "-q", in)
	if code != 1 || out != "" || !strings.Contains(errs, "rows: read=1 kept=0 rejected=1") || !strings.Contains(errs, "of 1 record read, 1 rejected") {
		t.Errorf("exit %d\nstdout %q\nstderr %s", code, out, errs)
	}
}
