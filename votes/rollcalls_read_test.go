package votes

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/entente/entente/dataset"
)

const rcHeader = "rcid,session,importantvote,date,unres,amend,para,short,descr\n"

// Roll calls are sorted by RCID with their flags and dates; bad rows are
// counted (lenient) with the column that failed.
func TestReadRollCalls(t *testing.T) {
	in := rcHeader +
		"5309,68,1,2014-03-27,R/68/262,0,0,Ukraine,\"Territorial integrity, of Ukraine\"\n" + // line 2
		"12,1,,1946-01-01,R/1/1,,NA,x,y\n" + // line 3: unknown flags
		"5309,68,0,2014-03-27,,,,,\n" + // line 4: listed twice
		"7,x,0,2000-01-01,,,,,\n" + // line 5: bad session
		"8,2,0,2000-02-30,,,,,\n" + // line 6: bad date
		"9,2,maybe,2000-01-01,,,,,\n" + // line 7: bad flag
		"0,2,0,2000-01-01,,,,,\n" + // line 8: rcid must be positive
		"10,2\n" // line 9: too few fields
	rcs, rep, err := ReadRollCalls(strings.NewReader(in), "rc.csv", nil)
	if err != nil {
		t.Fatal(err)
	}
	if rep.RowsLine() != "rows: read=8 kept=2 rejected=6 filtered=0" {
		t.Errorf("%s", rep.RowsLine())
	}
	if len(rcs) != 2 || rcs[0].RCID != 12 || rcs[1].RCID != 5309 {
		t.Fatalf("roll calls %+v, want 12 then 5309", rcs)
	}
	want := RollCall{RCID: 5309, Session: 68, Date: time.Date(2014, 3, 27, 0, 0, 0, 0, time.UTC),
		Important: FlagTrue, Amend: FlagFalse, Para: FlagFalse, Resolution: "R/68/262", Short: "Ukraine",
		Descr: "Territorial integrity, of Ukraine"}
	if !reflect.DeepEqual(rcs[1], want) {
		t.Errorf("5309 = %+v\nwant %+v", rcs[1], want)
	}
	if r := rcs[0]; r.Important != FlagUnknown || r.Para != FlagUnknown || r.Session != 1 {
		t.Errorf("12 = %+v", r)
	}
	// Strict: the first bad row is the error, naming line and column.
	_, _, err = ReadRollCalls(strings.NewReader(in), "rc.csv", &ReadOptions{Strict: true})
	var pe *dataset.ParseError
	if !errors.As(err, &pe) || pe.Line != 4 || pe.Column != "rcid" || !errors.Is(err, dataset.ErrSyntax) {
		t.Errorf("strict: %v, want line 4 column rcid (listed twice)", err)
	}
	for line, want := range map[string]struct {
		col string
		err error
	}{
		"7,x,0,2000-01-01,,,,,\n":     {"session", dataset.ErrBadNumber},
		"8,2,0,2000-02-30,,,,,\n":     {"date", dataset.ErrBadDate},
		"9,2,maybe,2000-01-01,,,,,\n": {"importantvote", dataset.ErrBadNumber},
		"0,2,0,2000-01-01,,,,,\n":     {"rcid", dataset.ErrBadNumber},
		"10,2\n":                      {"", dataset.ErrColumnCount},
	} {
		_, _, err := ReadRollCalls(strings.NewReader(rcHeader+line), "rc.csv", &ReadOptions{Strict: true})
		if !errors.As(err, &pe) || pe.Line != 2 || pe.Column != want.col || !errors.Is(err, want.err) {
			t.Errorf("%q: %v, want line 2 column %q %v", line, err, want.col, want.err)
		}
	}
	// A header without a required column.
	_, _, err = ReadRollCalls(strings.NewReader("rcid,date\n1,2000-01-01\n"), "rc.csv", nil)
	if !errors.As(err, &pe) || pe.Column != "session" || !errors.Is(err, dataset.ErrMissingField) {
		t.Errorf("no session column: %v", err)
	}
}

// Issues are added in file order, once each; rows for unknown roll calls or
// issue codes are rejected.
func TestReadIssues(t *testing.T) {
	rcs := []RollCall{{RCID: 12}, {RCID: 5309}}
	in := "rcid,short_name,issue\n5309,hr,Human rights\n5309,co,Colonialism\n5309,hr,Human rights\n" +
		"99,hr,Human rights\n12,xx,?\nabc,hr,x\n"
	rep, err := ReadIssues(strings.NewReader(in), "issues.csv", rcs, nil)
	if err != nil {
		t.Fatal(err)
	}
	if rep.RowsLine() != "rows: read=6 kept=3 rejected=3 filtered=0" {
		t.Errorf("%s", rep.RowsLine())
	}
	if !reflect.DeepEqual(rcs[1].Issues, []string{"hr", "co"}) || rcs[0].Issues != nil {
		t.Errorf("issues %v / %v, want [hr co] / none", rcs[1].Issues, rcs[0].Issues)
	}
	_, err = ReadIssues(strings.NewReader("rcid,short_name\n99,hr\n"), "issues.csv", rcs, &ReadOptions{Strict: true})
	var pe *dataset.ParseError
	if !errors.As(err, &pe) || pe.Line != 2 || pe.Column != "rcid" || !errors.Is(err, ErrUnknownRollCall) {
		t.Errorf("unknown roll call: %v", err)
	}
}

func TestReadRollCallsFile(t *testing.T) {
	dir := t.TempDir()
	rc, is := filepath.Join(dir, "rc.csv"), filepath.Join(dir, "issues.csv")
	os.WriteFile(rc, []byte(rcHeader+"5309,68,1,2014-03-27,R/68/262,0,0,x,y\n"), 0o644)
	os.WriteFile(is, []byte("rcid,short_name,issue\n5309,hr,Human rights\n"), 0o644)
	rcs, rep, err := ReadRollCallsFile(rc, is)
	if err != nil || len(rcs) != 1 || !rcs[0].HasIssue("hr") || rep.Kept != 1 || rep.File != rc {
		t.Errorf("ReadRollCallsFile = %+v, %v, %v", rcs, rep, err)
	}
	if rcs, _, err := ReadRollCallsFile(rc, ""); err != nil || len(rcs) != 1 || rcs[0].Issues != nil {
		t.Errorf("without issues: %+v, %v", rcs, err)
	}
	if _, _, err := ReadRollCallsFile(rc, filepath.Join(dir, "absent.csv")); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("absent issue file: %v", err)
	}
}
