package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// The default command on a CSV of three events between Côte d'Ivoire and
// Türkiye: the summary names the source's accounting, the deduplication,
// where every event went, and the dyad.
func Example_run() {
	dir, _ := os.MkdirTemp("", "entente-example-")
	defer os.RemoveAll(dir)
	in := filepath.Join(dir, "civ-tur.csv")
	os.WriteFile(in, []byte("date,source,target,code\n2023-03-02,CIV,TUR,042\n2023-03-03,TUR,CIV,057\n2023-04-11,TUR,CIV,051\n"), 0o644)
	var out strings.Builder
	e := &env{stdin: strings.NewReader(""), stdout: &out, stderr: os.Stderr}
	code := run(e, []string{"-o", filepath.Join(dir, "out"), "-formats", "csv", "-date", "2026-01-02", in})
	fmt.Println("exit", code)
	for _, line := range strings.Split(out.String(), "\n") {
		fmt.Println(strings.ReplaceAll(line, dir, "DIR"))
	}
	// Output:
	// exit 0
	// report: DIR/out (csv)
	// title: Relations between Côte d'Ivoire and Türkiye
	// DIR/civ-tur.csv: rows: read=3 kept=3 rejected=0 filtered=0 events=3
	// dedup: in=3 out=3 merged=0
	// events: in=3 undated=0 not-dyadic=0 self=0 outside-period=0 other-dyads=0 reported=3
	// dyads: CIV-TUR
	// scores: DIR/out/scores.csv
	//
}
