package dataset

import (
	"bytes"
	"compress/gzip"
	"errors"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/entente/entente/bench/gdeltgen"
	"github.com/entente/entente/cameo"
	"github.com/entente/entente/internal/sharedtest"
)

func TestSumDecimal(t *testing.T) {
	// Expected texts are the added values written with nine decimals by
	// hand; -1e-9 is the smallest negative fixed-point step.
	for _, c := range []struct {
		add  []float64
		want string
	}{
		{nil, "0.000000000"},
		{[]float64{1.5}, "1.500000000"},
		{[]float64{-12.5}, "-12.500000000"},
		{[]float64{-1e-9}, "-0.000000001"},
		{[]float64{0.1, 0.2}, "0.300000000"}, // exact at 1e-9, unlike float64
		{[]float64{1e12, 1e12, -3}, "1999999999997.000000000"},
	} {
		var s Sum
		for _, x := range c.add {
			s.Add(x)
		}
		got := s.Decimal()
		if got != c.want {
			t.Errorf("Sum of %v: Decimal %q, want %q", c.add, got, c.want)
		}
		back, err := ParseSum(got)
		if err != nil || back != s {
			t.Errorf("ParseSum(%q) = %v, %v; want %v", got, back, err, s)
		}
	}
}

func TestSumDecimalWide(t *testing.T) {
	// hi = 1e9, lo = 0 is 1e9·2^64 units of 1e-9, i.e. exactly 2^64 =
	// 18446744073709551616: the quotient needs more than 64 bits.
	wide := Sum{hi: 1e9}
	neg := Sum{hi: -1e9}
	for _, c := range []struct {
		s    Sum
		want string
	}{
		{wide, "18446744073709551616.000000000"},
		{neg, "-18446744073709551616.000000000"},
		{Sum{hi: 1e9, lo: 1}, "18446744073709551616.000000001"},
	} {
		if got := c.s.Decimal(); got != c.want {
			t.Errorf("%+v: Decimal %q, want %q", c.s, got, c.want)
		}
		if back, err := ParseSum(c.want); err != nil || back != c.s {
			t.Errorf("ParseSum(%q) = %+v, %v", c.want, back, err)
		}
	}
}

func TestParseSum(t *testing.T) {
	one := Sum{lo: 1e9}
	for _, c := range []struct {
		in   string
		want Sum
		ok   bool
	}{
		{"1", one, true},
		{"1.0", one, true},
		{"1.000000000", one, true},
		{"0.000000001", Sum{lo: 1}, true},
		{"-0", Sum{}, true},
		{"", Sum{}, false},
		{"-", Sum{}, false},
		{"1.", Sum{}, false},
		{".5", Sum{}, false},
		{"1.0000000001", Sum{}, false}, // ten decimals: not exact
		{"1e3", Sum{}, false},
		{"+1", Sum{}, false},
		{"1 ", Sum{}, false},
		// 2^127·1e-9 ≈ 1.7e29 is out of range; 1e29 is not
		{"100000000000000000000000000000", Sum{}, true},
		{"200000000000000000000000000000", Sum{}, false},
		{"99999999999999999999999999999999999999999", Sum{}, false},
	} {
		got, err := ParseSum(c.in)
		if (err == nil) != c.ok {
			t.Errorf("ParseSum(%q): err %v, want ok=%v", c.in, err, c.ok)
			continue
		}
		if err != nil && !errors.Is(err, ErrBadNumber) {
			t.Errorf("ParseSum(%q): %v does not wrap ErrBadNumber", c.in, err)
		}
		if c.ok && c.want != (Sum{}) && got != c.want {
			t.Errorf("ParseSum(%q) = %+v, want %+v", c.in, got, c.want)
		}
		if c.ok {
			if again, _ := ParseSum(got.Decimal()); again != got {
				t.Errorf("ParseSum(%q): %q does not round-trip", c.in, got.Decimal())
			}
		}
	}
}

func TestIsStatsFile(t *testing.T) {
	for _, c := range []struct {
		head string
		want bool
	}{
		{"entente_stats,granularity", true},
		{"\xef\xbb\xbfentente_stats,granularity", true},
		{"entente_stats", true},
		{"entente_statistics,x", false},
		{"date,source,target,code", false},
		{"", false},
		{"ENTENTE_STATS,", false}, // the magic is case-sensitive
	} {
		if got := IsStatsFile([]byte(c.head)); got != c.want {
			t.Errorf("IsStatsFile(%q) = %v, want %v", c.head, got, c.want)
		}
	}
	// A stats file is not mistaken for an event CSV by callers that test
	// IsStatsFile first, yet DetectFormat alone would take it for CSV:
	// that is why the check exists.
	if f := DetectFormat([]byte(strings.Join(statsColumns, ",") + "\n")); f != FormatCSV {
		t.Errorf("DetectFormat(stats header) = %q; the test's premise changed", f)
	}
}

// genTable aggregates n synthetic GDELT rows (bench/gdeltgen, seed) with
// opts, through the fast path.
func genFile(t *testing.T, dir string, n int, seed uint64) string {
	t.Helper()
	o := gdeltgen.DefaultOptions()
	o.Rows, o.Seed = n, seed
	var buf bytes.Buffer
	if err := gdeltgen.Write(&buf, o); err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(dir, "gen-"+string(rune('a'+seed%26))+".tsv")
	if err := os.WriteFile(p, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func statsBytes(t *testing.T, tab *Table) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := WriteStats(&b, tab); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func writeFile(t *testing.T, path string, data []byte) string {
	t.Helper()
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestStatsFileShards is the format's contract: files aggregated apart at
// day resolution, written, read back and merged into months give the
// bytes of the monthly table of all files aggregated at once.
func TestStatsFileShards(t *testing.T) {
	dir := t.TempDir()
	var files []string
	for seed := uint64(1); seed <= 3; seed++ {
		files = append(files, genFile(t, dir, 4000, seed))
	}
	for _, ao := range []AggregateOptions{
		{},
		{Weight: WeightLogSources, Goldstein: cameo.GoldsteinICEWS, Quads: cameo.QuadPhoenix},
		{Directed: true, Weight: WeightMentions, Granularity: Week},
	} {
		t.Run(ao.String(), func(t *testing.T) {
			want, _, err := AggregateFiles(files, nil, &ao)
			if err != nil {
				t.Fatal(err)
			}
			day := ao
			day.Granularity = Day
			var shards []string
			for i, f := range files {
				tab, _, err := AggregateFiles([]string{f}, nil, &day)
				if err != nil {
					t.Fatal(err)
				}
				data := statsBytes(t, tab)
				p := filepath.Join(dir, "shard"+string(rune('0'+i))+".csv")
				if i == 1 { // one shard gzip-compressed
					var z bytes.Buffer
					zw := gzip.NewWriter(&z)
					zw.Write(data)
					zw.Close()
					data = z.Bytes()
					p += ".gz"
				}
				shards = append(shards, writeFile(t, p, data))
			}
			got, reps, err := ReadStatsFiles(shards, nil, &ao)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(statsBytes(t, got), statsBytes(t, want)) {
				t.Fatal("merged day shards differ from the table aggregated at once")
			}
			if got.Events() != want.Events() {
				t.Errorf("Events %d, want %d", got.Events(), want.Events())
			}
			for _, r := range reps {
				if !r.Balanced() || r.Read == 0 || r.Format != FormatStats {
					t.Errorf("%s: %s format %q", r.File, r.RowsLine(), r.Format)
				}
			}
			// and the rows themselves, not only their text
			if !reflect.DeepEqual(got.Rows(), want.Rows()) {
				t.Error("rows differ")
			}
		})
	}
}

func TestStatsFileDirectedToUndirected(t *testing.T) {
	dir := t.TempDir()
	f := genFile(t, dir, 3000, 7)
	want, _, err := AggregateFiles([]string{f}, nil, &AggregateOptions{ExcludeSelf: true})
	if err != nil {
		t.Fatal(err)
	}
	dir2, _, err := AggregateFiles([]string{f}, nil, &AggregateOptions{Directed: true, Granularity: Day})
	if err != nil {
		t.Fatal(err)
	}
	p := writeFile(t, filepath.Join(dir, "d.csv"), statsBytes(t, dir2))
	got, _, err := ReadStatsFiles([]string{p}, nil, &AggregateOptions{ExcludeSelf: true})
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(statsBytes(t, got), statsBytes(t, want)) {
		t.Error("directed day rows pooled into undirected months differ from the undirected aggregation")
	}
	if got.Skipped().Self != want.Skipped().Self || got.Skipped().Self == 0 {
		t.Errorf("Skipped.Self = %d, want %d (> 0)", got.Skipped().Self, want.Skipped().Self)
	}
}

func TestStatsFileFilter(t *testing.T) {
	dir := t.TempDir()
	f := genFile(t, dir, 3000, 9)
	day := &AggregateOptions{Granularity: Day}
	all, _, err := AggregateFiles([]string{f}, nil, day)
	if err != nil {
		t.Fatal(err)
	}
	p := writeFile(t, filepath.Join(dir, "s.csv"), statsBytes(t, all))
	filter := &Filter{
		From:  time.Date(2016, 7, 1, 0, 0, 0, 0, time.UTC),
		To:    time.Date(2016, 7, 31, 0, 0, 0, 0, time.UTC),
		Dyads: []Dyad{{"USA", "RUS"}, {"CHN", "USA"}},
	}
	ro := &ReadOptions{Filter: filter}
	want, _, err := AggregateFiles([]string{f}, ro, nil)
	if err != nil {
		t.Fatal(err)
	}
	got, reps, err := ReadStatsFiles([]string{p}, ro, nil)
	if err != nil {
		t.Fatal(err)
	}
	if want.Len() == 0 {
		t.Fatal("the filter keeps nothing: the test checks nothing")
	}
	if !bytes.Equal(statsBytes(t, got), statsBytes(t, want)) {
		t.Error("filtered stats differ from filtered events")
	}
	if r := reps[0]; !r.Balanced() || r.Filtered == 0 || r.Filters[FilterDyad] == 0 || r.Filters[FilterDateRange] == 0 {
		t.Errorf("report %s filters %v", r.RowsLine(), r.Filters)
	}
	// month rows cannot be cut mid-month
	month, _, _ := AggregateFiles([]string{f}, nil, nil)
	pm := writeFile(t, filepath.Join(dir, "m.csv"), statsBytes(t, month))
	_, _, err = ReadStatsFiles([]string{pm}, &ReadOptions{Filter: &Filter{From: time.Date(2016, 7, 15, 0, 0, 0, 0, time.UTC)}}, nil)
	if !errors.Is(err, ErrStatsMismatch) {
		t.Errorf("cutting a month: %v, want ErrStatsMismatch", err)
	}
	_, _, err = ReadStatsFiles([]string{pm}, &ReadOptions{Filter: &Filter{Roots: []string{"04"}}}, nil)
	if !errors.Is(err, ErrStatsMismatch) {
		t.Errorf("root filter: %v, want ErrStatsMismatch", err)
	}
}

// statsText is a small hand-written version 2 file: one CHN-RUS day.
func statsText(row string) string {
	return strings.Join(statsColumns, ",") + "\n" + row + "\n"
}

// The ten lasting-state mark sums (sanctions_open … war_close) are 0: the
// two events are verbal cooperation, which opens and closes no state.
const statsRow = "2,day,false,one,,,false,,,CHN,RUS,2024-05-16,2,3,2.000000000,2.000000000,2.000000000,2.000000000,7.000000000,24.500000000,0.000000000,2.000000000,0.000000000,0.000000000,0.000000000,0.000000000,0.000000000,0.000000000," +
	"0.000000000,0.000000000,0.000000000,0.000000000,0.000000000,0.000000000,0.000000000,0.000000000,0.000000000,0.000000000,2024-05-16,2024-05-16"

// statsV1 is the same row in a version 1 file (no mark columns), which
// readers refuse by name.
const statsV1 = "entente_stats,granularity,directed,weight,goldstein,quads,exclude_self,dedup,roles,a,b,start,n,reports,w,w2,gw,gw2,wg,wg2,quad_unknown,quad_verbal_cooperation,quad_material_cooperation,quad_verbal_conflict,quad_material_conflict,quad_neutral,tw,wt,first,last\n" +
	"1,day,false,one,,,false,,,CHN,RUS,2024-05-16,2,3,2.000000000,2.000000000,2.000000000,2.000000000,7.000000000,24.500000000,0.000000000,2.000000000,0.000000000,0.000000000,0.000000000,0.000000000,0.000000000,0.000000000,2024-05-16,2024-05-16\n"

// The mark columns are named after the marks (cameo.MarkName with "_"
// for spaces), in Mark order.
func TestStatsMarkColumns(t *testing.T) {
	for m, c := range statsMarkColumns {
		if want := strings.ReplaceAll(cameo.MarkName(cameo.Mark(m)), " ", "_"); c != want {
			t.Errorf("column %d: %s, want %s", m, c, want)
		}
	}
}

func TestStatsFileHand(t *testing.T) {
	dir := t.TempDir()
	p := writeFile(t, filepath.Join(dir, "h.csv"), []byte(statsText(statsRow)))
	tab, reps, err := ReadStatsFiles([]string{p}, nil, &AggregateOptions{Granularity: Year})
	if err != nil {
		t.Fatal(err)
	}
	rows := tab.Rows()
	if len(rows) != 1 {
		t.Fatalf("%d rows", len(rows))
	}
	r := rows[0]
	// the row: two events of Goldstein 3.5 (Σw·g = 7, Σw·g² = 2·12.25 =
	// 24.5), three reports, both verbal cooperation; a year from 2024-01-01
	if r.Start != time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC) || r.N != 2 || r.Reports != 3 || r.MeanGoldstein() != 3.5 || r.QuadShare(cameo.VerbalCoop) != 1 || !math.IsNaN(r.MeanTone()) {
		t.Errorf("row %+v", r)
	}
	if reps[0].RowsLine() != "rows: read=1 kept=1 rejected=0 filtered=0" {
		t.Errorf("report %s", reps[0].RowsLine())
	}
	// the same row written back at day resolution is the same text
	dayTab, _, _ := ReadStatsFiles([]string{p}, nil, &AggregateOptions{Granularity: Day})
	if got := string(statsBytes(t, dayTab)); got != statsText(statsRow) {
		t.Errorf("written back:\n%s\nwant\n%s", got, statsText(statsRow))
	}
}

func TestStatsFileErrors(t *testing.T) {
	dir := t.TempDir()
	field := func(i int, v string) string {
		f := strings.Split(statsRow, ",")
		f[i] = v
		return strings.Join(f, ",")
	}
	for _, c := range []struct {
		name, text string
		ao         *AggregateOptions
		want       error
		where      string // in the message
	}{
		{"version", statsText(field(0, "3")), nil, ErrStatsVersion, "v.csv:2: column entente_stats (field 1)"},
		{"version-1", statsV1, nil, ErrStatsVersion, "v.csv:2: column entente_stats (field 1): unsupported stats file version 1: a version 1 stats file holds no lasting-state sums (version 2); re-run aggregate"},
		// an empty version 1 shard (its header only: no row names the
		// version) is refused by name too, not as a wrong column count
		{"version-1-empty", strings.SplitAfter(statsV1, "\n")[0], nil, ErrStatsVersion, "v.csv:1: unsupported stats file version 1: a version 1 stats file (its header) holds no lasting-state sums"},
		{"version-new-header", "entente_stats,x,y\n3,a,b\n", nil, ErrStatsVersion, ":2: column entente_stats"},
		{"not-stats", "date,source,target,code\n", nil, ErrUnknownFormat, ":1: field 1"},
		{"empty", "", nil, ErrUnknownFormat, "empty"},
		{"columns", statsText(statsRow + ",x"), nil, ErrColumnCount, ":2:"},
		{"sum", statsText(field(scSums+2, "1e3")), nil, ErrBadNumber, ":2: column gw (field 17)"},
		{"count", statsText(field(scN, "-1")), nil, ErrBadNumber, "column n "},
		{"date", statsText(field(scStart, "2024-13-01")), nil, ErrBadDate, "column start"},
		{"first", statsText(field(scFirst, "yesterday")), nil, ErrBadDate, "column first"},
		{"granularity", statsText(field(scGranularity, "Day")), nil, ErrSyntax, "column granularity"},
		{"weight", statsText(field(scWeight, "tons")), nil, ErrSyntax, "column weight"},
		{"dedup", statsText(field(scDedup, "names")), nil, ErrSyntax, "column dedup"},
		{"mixed-dedup", statsText(statsRow) + field(scDedup, "off") + "\n", nil, ErrStatsMismatch, ":3: column dedup"},
		{"roles", statsText(field(scRoles, "rebels")), nil, ErrSyntax, "column roles"},
		{"mixed-roles", statsText(statsRow) + field(scRoles, "all") + "\n", nil, ErrStatsMismatch, ":3: column roles"},
		{"country", statsText(field(scA, "")), nil, ErrMissingField, "column a "},
		{"weight-mismatch", statsText(statsRow), &AggregateOptions{Weight: WeightMentions}, ErrStatsMismatch, "column weight"},
		{"table-mismatch", statsText(statsRow), &AggregateOptions{Goldstein: cameo.GoldsteinGDELT}, ErrStatsMismatch, "column goldstein"},
		{"granularity-mismatch", statsText(field(scGranularity, "month")), &AggregateOptions{Granularity: Week}, ErrStatsMismatch, "column granularity"},
		{"directed-mismatch", statsText(statsRow), &AggregateOptions{Directed: true}, ErrStatsMismatch, "column directed"},
		{"mixed-settings", statsText(statsRow) + field(scWeight, "mentions") + "\n", nil, ErrStatsMismatch, ":3: column weight"},
		{"quote", statsText(statsRow) + "\"x\n", nil, ErrSyntax, ":3"},
		{"header", strings.Replace(statsText(statsRow), ",w,", ",W,", 1), nil, ErrSyntax, ":1: column w "},
	} {
		t.Run(c.name, func(t *testing.T) {
			p := writeFile(t, filepath.Join(dir, "v.csv"), []byte(c.text))
			tab, reps, err := ReadStatsFiles([]string{p}, nil, c.ao)
			if !errors.Is(err, c.want) {
				t.Fatalf("err %v, want %v", err, c.want)
			}
			var pe *ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("%v is not a *ParseError", err)
			}
			if !strings.Contains(err.Error(), c.where) || pe.File != p {
				t.Errorf("%v: want it to name %s and %q", err, p, c.where)
			}
			if tab != nil || len(reps) != 1 {
				t.Errorf("table %v, %d reports", tab, len(reps))
			}
		})
	}
	if _, _, err := ReadStatsFiles([]string{filepath.Join(dir, "missing.csv")}, nil, nil); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("missing file: %v", err)
	}
}

func TestStatsInfo(t *testing.T) {
	dir := t.TempDir()
	tab := NewTable(&AggregateOptions{Granularity: Day, Weight: WeightMentions})
	for _, e := range tableEvents() {
		tab.Add(&e)
	}
	info := &StatsInfo{Options: tab.Options(), Dedup: "actors"}
	var b bytes.Buffer
	if err := WriteStatsRows(&b, info, tab.Rows()); err != nil {
		t.Fatal(err)
	}
	a := writeFile(t, filepath.Join(dir, "a.csv"), b.Bytes())
	got, err := ReadStatsInfo(a)
	if err != nil || got == nil || got.Version != 2 || got.Dedup != "actors" || got.Options != tab.Options() {
		t.Fatalf("ReadStatsInfo = %+v, %v", got, err)
	}
	// a shard deduplicated otherwise does not merge with it
	b.Reset()
	WriteStatsRows(&b, &StatsInfo{Options: tab.Options(), Dedup: "off"}, tab.Rows())
	off := writeFile(t, filepath.Join(dir, "off.csv"), b.Bytes())
	if _, _, err := ReadStatsFiles([]string{a, off}, nil, &AggregateOptions{Weight: WeightMentions}); !errors.Is(err, ErrStatsMismatch) || !strings.Contains(err.Error(), "off.csv") {
		t.Errorf("mixed dedup: %v", err)
	}
	// an empty shard (header only) has no settings and merges with any
	b.Reset()
	WriteStatsRows(&b, nil, nil)
	empty := writeFile(t, filepath.Join(dir, "e.csv"), b.Bytes())
	if info, err := ReadStatsInfo(empty); info != nil || err != nil {
		t.Errorf("empty: %+v, %v", info, err)
	}
	if _, _, err := ReadStatsFiles([]string{empty, a}, nil, &AggregateOptions{Weight: WeightMentions}); err != nil {
		t.Error(err)
	}
}

func TestIsStatsPath(t *testing.T) {
	dir := t.TempDir()
	var z bytes.Buffer
	zw := gzip.NewWriter(&z)
	zw.Write([]byte(statsText(statsRow)))
	zw.Close()
	gz := writeFile(t, filepath.Join(dir, "s.csv.gz"), z.Bytes())
	ev := writeFile(t, filepath.Join(dir, "e.csv"), []byte("date,source,target,code\n2024-01-01,CHN,RUS,042\n"))
	if ok, err := IsStatsPath(gz); !ok || err != nil {
		t.Errorf("IsStatsPath(gzip stats) = %v, %v", ok, err)
	}
	if ok, err := IsStatsPath(ev); ok || err != nil {
		t.Errorf("IsStatsPath(events) = %v, %v", ok, err)
	}
	if _, err := IsStatsPath(filepath.Join(dir, "none")); err == nil {
		t.Error("IsStatsPath(missing): no error")
	}
}

// TestStatsFileSharedSamples round-trips the shared GDELT and ICEWS
// samples' tables through the format.
func TestStatsFileSharedSamples(t *testing.T) {
	for _, rel := range []string{"data/gdelt/gdelt1_daily_events_sample_20160728.tsv", "data/icews/events.2018.sample.tab"} {
		path := sharedtest.Path(t, rel)
		for _, ao := range []*AggregateOptions{{Granularity: Day}, {Granularity: Day, Directed: true, Weight: WeightSources}} {
			tab, _, err := AggregateFiles([]string{path}, nil, ao)
			if err != nil {
				t.Fatal(err)
			}
			data := statsBytes(t, tab)
			p := writeFile(t, filepath.Join(t.TempDir(), "s.csv"), data)
			back, _, err := ReadStatsFiles([]string{p}, nil, ao)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(statsBytes(t, back), data) || !reflect.DeepEqual(back.Rows(), tab.Rows()) {
				t.Errorf("%s %v: the table does not round-trip", rel, ao)
			}
			if back.Events() != tab.Events() || tab.Len() < 10 {
				t.Errorf("%s: events %d, want %d; rows %d", rel, back.Events(), tab.Events(), tab.Len())
			}
		}
	}
}

func FuzzParseSum(f *testing.F) {
	for _, s := range []string{"0", "1.5", "-0.000000001", "123456789012345678901234567.123456789", "1e3", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v, err := ParseSum(s)
		if err != nil {
			return
		}
		back, err := ParseSum(v.Decimal())
		if err != nil || back != v {
			t.Fatalf("%q → %q → %v, %v", s, v.Decimal(), back, err)
		}
	})
}

// FuzzStatsFile: any input either fails with a *ParseError or reads into
// a table that writes and reads back to the same bytes.
func FuzzStatsFile(f *testing.F) {
	f.Add([]byte(statsText(statsRow)))
	f.Add([]byte(statsText(strings.Replace(statsRow, "day", "month", 1))))
	f.Add([]byte("entente_stats\n2\n"))
	f.Add([]byte("date,source\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		rep := &Report{}
		tab := NewTable(&AggregateOptions{Granularity: Year})
		_, err := readStats(bytes.NewReader(data), "fuzz", rep, tab, nil, 0)
		if err != nil {
			var pe *ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("%v is not a *ParseError", err)
			}
			return
		}
		if !rep.Balanced() {
			t.Fatalf("unbalanced %s", rep.RowsLine())
		}
		var out bytes.Buffer
		if err := WriteStats(&out, tab); err != nil {
			t.Fatal(err)
		}
		back := NewTable(&AggregateOptions{Granularity: Year})
		if _, err := readStats(bytes.NewReader(out.Bytes()), "again", &Report{}, back, nil, 0); err != nil {
			t.Fatalf("written file does not read: %v\n%s", err, out.Bytes())
		}
		var again bytes.Buffer
		WriteStats(&again, back)
		if !bytes.Equal(again.Bytes(), out.Bytes()) {
			t.Fatalf("not stable:\n%s\n%s", out.Bytes(), again.Bytes())
		}
	})
}
