package main

import (
	"fmt"
	"io"
	"testing"
	"time"

	"github.com/entente/entente/dataset"
	"github.com/entente/entente/internal/sharedtest"
	"github.com/entente/entente/report"
)

// The main job's evidence: a first pass that kept the evidence of every
// dyad the report picks (candidates) reads nothing more — secondPass is
// given a path that does not exist and must not open it — and one whose
// candidates miss a picked dyad reads the file again for the picked dyads;
// both give the evidence of the first-round design (a first pass without
// evidence, then the second pass).
func TestSecondPassOnlyForMissingCandidates(t *testing.T) {
	path := sharedtest.Path(t, "data/gdelt/gdelt1_daily_events_sample_20160728.tsv")
	opts := &report.Options{MaxDyads: 3, AllRoles: true}
	prog := &progress{w: io.Discard, quiet: true, now: time.Now}
	const evidence = 3
	pass := func(cands []dataset.Dyad) (*dataset.Ingest, *dataset.IngestOptions) {
		t.Helper()
		iopts := opts.IngestOptions()
		iopts.Read = &dataset.ReadOptions{}
		if len(cands) > 0 {
			iopts.Evidence, iopts.EvidenceDyads, iopts.EvidenceFirstTexts = evidence, cands, true
		}
		in, _, err := dataset.IngestFiles([]string{path}, iopts)
		if err != nil {
			t.Fatal(err)
		}
		return in, iopts
	}
	// the first round: no evidence in the first pass, then the second pass
	old, oopts := pass(nil)
	if err := secondPass(old, []string{path}, oopts, evidence, opts, prog, nil); err != nil {
		t.Fatal(err)
	}
	picked := report.PickDyads(old, opts)
	if len(picked) != 3 {
		t.Fatalf("picked %v", picked)
	}
	show := func(in *dataset.Ingest, d dataset.Dyad) string { return fmt.Sprintf("%+v", in.Evidence(d)) }

	// every picked dyad a candidate (and one more): no second pass
	all, aopts := pass(append([]dataset.Dyad{{A: "FRA", B: "DEU"}}, picked...))
	if err := secondPass(all, []string{path + ".absent"}, aopts, evidence, opts, prog, aopts.EvidenceDyads); err != nil {
		t.Fatalf("a second pass ran: %v", err)
	}
	// a picked dyad missing: the second pass reads the file
	some, sopts := pass(picked[:2])
	if err := secondPass(some, []string{path + ".absent"}, sopts, evidence, opts, prog, sopts.EvidenceDyads); err == nil {
		t.Fatal("no second pass with a picked dyad outside the candidates")
	}
	if err := secondPass(some, []string{path}, sopts, evidence, opts, prog, sopts.EvidenceDyads); err != nil {
		t.Fatal(err)
	}
	for _, d := range picked {
		want := show(old, d)
		if len(old.Evidence(d)) == 0 {
			t.Fatalf("%s: no evidence", d)
		}
		if got := show(all, d); got != want {
			t.Errorf("%s: candidates' evidence\n%s\nsecond pass\n%s", d, got, want)
		}
		if got := show(some, d); got != want {
			t.Errorf("%s: after the second pass\n%s\nwant\n%s", d, got, want)
		}
	}
}
