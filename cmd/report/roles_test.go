package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestRoles: the run and score commands set aside acts toward another
// state's opposition by default, counted as filtered with the rule's name;
// -roles all keeps them; inspect never sets anything aside.
func TestRoles(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "ven.csv")
	// The recognition of Guaido (toward the opposition), the break of
	// relations and the PDVSA sanctions (toward the states): 1 of 3 rows
	// is about the opposition.
	os.WriteFile(in, []byte("date,source,target,code,target_sector\n"+
		"2019-01-23,USA,VEN,054,OPP\n2019-01-23,VEN,USA,161,\n2019-01-28,USA,VEN,163,\n"), 0o644)
	code, stdout, errs := runCLI(t, false, "-o", filepath.Join(dir, "out"), "-formats", "csv", in)
	if code != 0 || !strings.Contains(stdout, "rows: read=3 kept=2 rejected=0 filtered=1") {
		t.Errorf("run: exit %d\n%s%s", code, stdout, errs)
	}
	code, stdout, errs = runCLI(t, false, "-o", filepath.Join(dir, "all"), "-formats", "csv", "-roles", "all", in)
	if code != 0 || !strings.Contains(stdout, "rows: read=3 kept=3 rejected=0 filtered=0") {
		t.Errorf("run -roles all: exit %d\n%s%s", code, stdout, errs)
	}
	if code, _, _ = runCLI(t, false, "-o", filepath.Join(dir, "bad"), "-roles", "opposition", in); code != 2 {
		t.Errorf("run -roles opposition: exit %d, want 2 (usage)", code)
	}
	code, stdout, errs = inspectCLI(t, in)
	if code != 0 || !strings.Contains(stdout, "rows: read=3 kept=3 rejected=0 filtered=0") {
		t.Errorf("inspect: exit %d\n%s%s", code, stdout, errs)
	}
	// The embedded chronology through score: the United States–Venezuela
	// rows about Guaido and Gonzalez are set aside and said so.
	code, _, errs = scoreCLI(t, "score", "-model", "level", "-dyads", "USA-VEN")
	if code != 0 || !strings.Contains(errs, "role: opposition") {
		t.Errorf("score: exit %d, stderr %q", code, errs)
	}
	code, _, errs = scoreCLI(t, "score", "-model", "level", "-dyads", "USA-VEN", "-roles", "all")
	if code != 0 || strings.Contains(errs, "role: opposition") {
		t.Errorf("score -roles all: exit %d, stderr %q", code, errs)
	}
}
