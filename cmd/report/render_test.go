package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestRenderCommand(t *testing.T) {
	dir := t.TempDir()
	first := filepath.Join(dir, "first")
	if code, _, errs := runCLI(t, false, "-q", "-o", first, "-date", "2026-01-02", "-formats", "csv", "-dyads", "CHN-RUS,USA-VEN"); code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	again := filepath.Join(dir, "again")
	code, stdout, errs := runCLI(t, false, "render", "-o", again, "-date", "2026-01-02", filepath.Join(first, "scores.csv"))
	if code != 0 {
		t.Fatalf("render: exit %d: %s", code, errs)
	}
	if !strings.Contains(stdout, "dyads: CHN-RUS,USA-VEN") {
		t.Errorf("stdout %s", stdout)
	}
	a, _ := os.ReadFile(filepath.Join(first, "scores.csv"))
	b, _ := os.ReadFile(filepath.Join(again, "scores.csv"))
	if len(a) == 0 || !bytes.Equal(a, b) {
		t.Error("scores.csv does not survive a render round trip")
	}
	text := pdfToText(t, filepath.Join(again, "report.pdf"))
	if !strings.Contains(text, "Rendered from scores") || !strings.Contains(text, "China – Russia: relationship level") {
		t.Error("rendered PDF lacks its sections")
	}
	if code, _, _ := runCLI(t, false, "render"); code != 2 {
		t.Errorf("no file: exit %d", code)
	}
	// Without -dyads, render keeps every dyad of the file: seven here, one
	// more than the busiest-dyads default of a report from events.
	var seven strings.Builder
	seven.WriteString("dyad,period,model,value,lower,upper,n\n")
	dyads := []string{"CHN-RUS", "CHN-USA", "RUS-USA", "USA-VEN", "CHN-VEN", "RUS-UKR", "CHN-IND"}
	for _, d := range dyads {
		for m := 1; m <= 3; m++ {
			fmt.Fprintf(&seven, "%s,2024-%02d-01,goldstein,%d,,,1\n", d, m, m)
		}
	}
	sevenCSV := filepath.Join(dir, "seven.csv")
	os.WriteFile(sevenCSV, []byte(seven.String()), 0o644)
	code, stdout, errs = runCLI(t, false, "render", "-o", filepath.Join(dir, "seven"), "-formats", "csv", "-date", "2026-01-02", sevenCSV)
	if code != 0 {
		t.Fatalf("render seven: exit %d: %s", code, errs)
	}
	if !strings.Contains(stdout, "dyads: "+strings.Join(dyads, ",")) || !strings.Contains(stdout, "21 rows, 7 series of 7 dyads") || strings.Contains(stdout, "event") {
		t.Errorf("render of seven dyads said:\n%s", stdout)
	}
	bad := filepath.Join(dir, "bad.csv")
	os.WriteFile(bad, []byte("dyad,period\n"), 0o644)
	if code, _, errs := runCLI(t, false, "render", "-o", filepath.Join(dir, "x"), bad); code != 1 || !strings.Contains(errs, "bad.csv:1") {
		t.Errorf("bad file: exit %d %q", code, errs)
	}
}
