package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// -from chooses the periods shown: the report from April 2023 on the three
// events of Example_run reads and scores March's two all the same, and
// says so; a window after the data has nothing to report, and the failure
// says where the events are and the data's range.
func Example_window() {
	dir, _ := os.MkdirTemp("", "entente-example-")
	defer os.RemoveAll(dir)
	in := filepath.Join(dir, "civ-tur.csv")
	os.WriteFile(in, []byte("date,source,target,code\n2023-03-02,CIV,TUR,042\n2023-03-03,TUR,CIV,057\n2023-04-11,TUR,CIV,051\n"), 0o644)
	for _, from := range []string{"2023-04", "2030"} {
		var out, errs strings.Builder
		e := &env{stdin: strings.NewReader(""), stdout: &out, stderr: &errs}
		code := run(e, []string{"-o", filepath.Join(dir, "out"), "-formats", "csv", "-date", "2026-01-02", "-from", from, in})
		fmt.Println("-from", from, "exit", code)
		for _, line := range strings.Split(out.String()+errs.String(), "\n") {
			if strings.HasPrefix(line, "events:") || strings.HasPrefix(line, "report: nothing") {
				fmt.Println(line)
			}
		}
	}
	// Output:
	// -from 2023-04 exit 0
	// events: in=3 undated=0 not-dyadic=0 self=0 outside-period=2 other-dyads=0 reported=1
	// events: 2 before -from read for the scores (the history the level and the state-space index carry into the period), not shown
	// -from 2030 exit 1
	// report: nothing to report: no events between two states in the report's period (from 2030-01-01); 3 rows read; 3 events kept (before -from, read for the scores but not shown: 3); the data runs from 2023-03-02 to 2023-04-11: try -from 2023-03 -to 2023-04
}
