package chronology

import (
	"bytes"
	"encoding/csv"
	"io"
	"math"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/entente/entente/cameo"
	"github.com/entente/entente/country"
	"github.com/entente/entente/dataset"
)

// rawRow is one data row of events.csv as encoding/csv reads it, with its
// 1-based line: an independent reading of the file that the tests compare
// with what the dataset reader returns.
type rawRow struct {
	line                                               int
	date, source, target, code, description, reference string
	sourceSector, targetSector                         string
}

var wantHeader = []string{"date", "source", "target", "code", "description", "reference", "source_sector", "target_sector"}

func rawRows(t *testing.T) []rawRow {
	t.Helper()
	r := csv.NewReader(bytes.NewReader(eventsCSV))
	r.FieldsPerRecord = len(wantHeader)
	head, err := r.Read()
	if err != nil {
		t.Fatalf("%s: header: %v", File, err)
	}
	if strings.Join(head, ",") != strings.Join(wantHeader, ",") {
		t.Fatalf("%s: header %q, want %q", File, head, wantHeader)
	}
	var out []rawRow
	for {
		rec, err := r.Read()
		if err == io.EOF {
			return out
		}
		if err != nil {
			t.Fatalf("%s: %v", File, err)
		}
		line, _ := r.FieldPos(0)
		out = append(out, rawRow{line, rec[0], rec[1], rec[2], rec[3], rec[4], rec[5], rec[6], rec[7]})
	}
}

func mustEvents(t *testing.T) []dataset.Event {
	t.Helper()
	evs, err := Events()
	if err != nil {
		t.Fatalf("Events: %v", err)
	}
	return evs
}

func TestFileFormat(t *testing.T) {
	if !utf8.Valid(eventsCSV) {
		t.Fatalf("%s is not valid UTF-8", File)
	}
	if bytes.HasPrefix(eventsCSV, []byte("\xef\xbb\xbf")) {
		t.Errorf("%s starts with a byte-order mark", File)
	}
	if bytes.Contains(eventsCSV, []byte("\r")) {
		t.Errorf("%s has carriage returns; use LF line ends", File)
	}
	if !bytes.HasSuffix(eventsCSV, []byte("\n")) {
		t.Errorf("%s does not end with a newline", File)
	}
	// One physical line per row: the line count (header excluded) is the
	// row count that encoding/csv sees.
	lines := bytes.Count(eventsCSV, []byte("\n")) - 1
	if rows := len(rawRows(t)); rows != lines {
		t.Errorf("%s: %d rows on %d lines; a field spans lines", File, rows, lines)
	}
}

// TestEveryRowKept: the dataset reader keeps every row, in file order, and
// reads each field as encoding/csv does.
func TestEveryRowKept(t *testing.T) {
	raw := rawRows(t)
	if len(raw) < 300 {
		t.Fatalf("%d rows; the issue asks for at least 300", len(raw))
	}
	evs := mustEvents(t)
	if len(evs) != len(raw) {
		t.Fatalf("Events returned %d events for %d rows", len(evs), len(raw))
	}
	rep, err := Report()
	if err != nil {
		t.Fatal(err)
	}
	want := "rows: read=" + itoa(len(raw)) + " kept=" + itoa(len(raw)) + " rejected=0 filtered=0"
	if got := rep.RowsLine(); got != want {
		t.Errorf("RowsLine = %q, want %q", got, want)
	}
	rep.Kept = -1
	if again, _ := Report(); again.Kept != int64(len(raw)) {
		t.Error("Report shares its value between calls")
	}
	for i, r := range raw {
		e := &evs[i]
		at := File + ":" + itoa(r.line)
		if e.Origin.File != File || e.Origin.Line != r.line {
			t.Errorf("%s: Origin = %+v", at, e.Origin)
		}
		if d := e.Date.Format("2006-01-02"); d != r.date || e.Date.Location() != time.UTC {
			t.Errorf("%s: Date = %v, want %s UTC", at, e.Date, r.date)
		}
		if e.Source.Country != r.source || e.Target.Country != r.target {
			t.Errorf("%s: countries %q→%q, want %q→%q", at, e.Source.Country, e.Target.Country, r.source, r.target)
		}
		if e.Code != r.code || !e.CodeValid || e.Root != r.code[:2] {
			t.Errorf("%s: Code %q valid=%v root %q, want %q", at, e.Code, e.CodeValid, e.Root, r.code)
		}
		if e.Description != r.description || e.Reference != r.reference {
			t.Errorf("%s: Description/Reference not read as written", at)
		}
		if e.Source.Sector != r.sourceSector || e.Target.Sector != r.targetSector {
			t.Errorf("%s: sectors %q→%q, want %q→%q", at, e.Source.Sector, e.Target.Sector, r.sourceSector, r.targetSector)
		}
		// The reader fills the GDELT weight and quad class from the code
		// (cameo's tables; see the package documentation).
		if g := cameo.GoldsteinGDELT.Weight(r.code); e.Goldstein != g {
			t.Errorf("%s: Goldstein = %v, want GDELT weight %v", at, e.Goldstein, g)
		}
		if q := cameo.QuadGDELT.Quad(r.code); e.Quad != q {
			t.Errorf("%s: Quad = %v, want %v", at, e.Quad, q)
		}
		if !math.IsNaN(e.Tone) || e.Mentions != 0 {
			t.Errorf("%s: Tone %v Mentions %d, want unknown (NaN, 0)", at, e.Tone, e.Mentions)
		}
	}
}

func itoa(n int) string { return strconv.Itoa(n) }

// TestCodes: every code is a CAMEO code of the project's table, written
// as a string with its leading zero.
func TestCodes(t *testing.T) {
	for _, r := range rawRows(t) {
		if !cameo.Valid(r.code) {
			norm, ok := cameo.Normalize(r.code)
			t.Errorf("%s:%d: code %q is not in the CAMEO table (normalised %q valid=%v)", File, r.line, r.code, norm, ok)
		}
	}
}

func TestCountryCodeShape(t *testing.T) {
	for _, r := range rawRows(t) {
		for _, c := range []string{r.source, r.target} {
			if len(c) != 3 || strings.ToUpper(c) != c || strings.TrimSpace(c) != c {
				t.Errorf("%s:%d: country code %q is not an upper-case ISO alpha-3 code", File, r.line, c)
			}
		}
		if r.source == r.target {
			t.Errorf("%s:%d: source and target are both %s; the chronology holds state-to-state events only", File, r.line, r.source)
		}
	}
}

// TestCountries: every source and target is a canonical code of a
// sovereign state in the country table, and the state existed in the
// row's year.
func TestCountries(t *testing.T) {
	for _, r := range rawRows(t) {
		year := 0
		for _, c := range r.date[:4] {
			year = year*10 + int(c-'0')
		}
		for _, code := range []string{r.source, r.target} {
			if !country.Valid(code) {
				t.Errorf("%s:%d: country code %q is not in the country table", File, r.line, code)
				continue
			}
			c, _ := country.Lookup(code)
			switch {
			case c.Code != code:
				t.Errorf("%s:%d: %q is an alias; write the canonical code %q", File, r.line, code, c.Code)
			case c.Kind != country.State:
				t.Errorf("%s:%d: %q (%s) is a %s, not a state", File, r.line, code, c.Name, c.Kind)
			case !c.ActiveIn(year):
				t.Errorf("%s:%d: %q (%s) did not exist in %d", File, r.line, code, c.Name, year)
			}
		}
	}
}

func TestNoDuplicateKeys(t *testing.T) {
	seen := map[[4]string]int{}
	for _, r := range rawRows(t) {
		k := [4]string{r.date, r.source, r.target, r.code}
		if prev, ok := seen[k]; ok {
			t.Errorf("%s:%d: key %v repeats line %d; merge the two rows", File, r.line, k, prev)
		}
		seen[k] = r.line
	}
}

// TestSorted: rows are in (date, source, target, code) order, so the file
// diffs cleanly and Events returns a stable order.
func TestSorted(t *testing.T) {
	raw := rawRows(t)
	for i := 1; i < len(raw); i++ {
		a, b := raw[i-1], raw[i]
		ka := a.date + a.source + a.target + a.code
		kb := b.date + b.source + b.target + b.code
		if ka > kb {
			t.Errorf("%s:%d: row is out of (date, source, target, code) order after line %d", File, b.line, a.line)
		}
	}
}

func TestDates(t *testing.T) {
	first := time.Date(2012, 1, 1, 0, 0, 0, 0, time.UTC)
	last := time.Date(2025, 12, 31, 0, 0, 0, 0, time.UTC)
	for _, r := range rawRows(t) {
		d, err := time.Parse("2006-01-02", r.date)
		if err != nil {
			t.Errorf("%s:%d: date %q: %v", File, r.line, r.date, err)
			continue
		}
		if d.Before(first) || d.After(last) {
			t.Errorf("%s:%d: date %s is outside 2012-01-01..2025-12-31", File, r.line, r.date)
		}
	}
}

func TestDescriptionsAndReferences(t *testing.T) {
	for _, r := range rawRows(t) {
		at := File + ":" + itoa(r.line)
		switch {
		case strings.TrimSpace(r.description) == "":
			t.Errorf("%s: empty description", at)
		case utf8.RuneCountInString(r.description) > 160:
			t.Errorf("%s: description is %d characters; keep it to one line of at most 160", at, utf8.RuneCountInString(r.description))
		case strings.ContainsAny(r.description, "\n\r\t"):
			t.Errorf("%s: description spans lines or has tabs", at)
		case strings.TrimSpace(r.description) != r.description:
			t.Errorf("%s: description has surrounding spaces", at)
		}
		low := strings.ToLower(r.reference)
		for _, bad := range []string{"http", "://", "www.", ".htm"} {
			if strings.Contains(low, bad) {
				t.Errorf("%s: reference %q looks like a URL; name the outlet or body and the title instead", at, r.reference)
			}
		}
		if strings.TrimSpace(r.reference) != r.reference {
			t.Errorf("%s: reference has surrounding spaces", at)
		}
	}
}

// undirectedCounts counts rows per undirected dyad.
func undirectedCounts(evs []dataset.Event) map[dataset.Dyad]int {
	n := map[dataset.Dyad]int{}
	for i := range evs {
		n[dataset.Dyad{A: evs[i].Source.Country, B: evs[i].Target.Country}.Undirected()]++
	}
	return n
}

func TestCoreDyadCoverage(t *testing.T) {
	n := undirectedCounts(mustEvents(t))
	for _, d := range CoreDyads() {
		if d != d.Undirected() {
			t.Errorf("CoreDyads: %v is not in undirected (ascending) form", d)
		}
		// 25 rows per core dyad: the floor the brief sets.
		if n[d] < 25 {
			t.Errorf("dyad %v has %d rows, want at least 25", d, n[d])
		}
	}
	// Each core dyad has several kinds of event, not one repeated code.
	codes := map[dataset.Dyad]map[string]bool{}
	for _, e := range mustEvents(t) {
		d := dataset.Dyad{A: e.Source.Country, B: e.Target.Country}.Undirected()
		if codes[d] == nil {
			codes[d] = map[string]bool{}
		}
		codes[d][e.Code] = true
	}
	for _, d := range CoreDyads() {
		if len(codes[d]) < 4 {
			t.Errorf("dyad %v has only %d distinct codes", d, len(codes[d]))
		}
	}
	if len(CoreDyads()) != 8 {
		t.Errorf("CoreDyads has %d dyads, want the 8 of the issue", len(CoreDyads()))
	}
}

// TestCodingRules checks the directed-coding rules of README.md: a visit
// is coded visitor→host 042 and host→visitor 043 on the same day; a
// reciprocal act is one row in each direction on the same day.
func TestCodingRules(t *testing.T) {
	type key struct{ date, src, tgt, code string }
	have := map[key]bool{}
	raw := rawRows(t)
	for _, r := range raw {
		have[key{r.date, r.source, r.target, r.code}] = true
	}
	reciprocal := map[string]bool{"040": true, "041": true, "044": true, "046": true, "057": true, "061": true, "062": true}
	for _, r := range raw {
		at := File + ":" + itoa(r.line)
		switch {
		case r.code == "042" && !have[key{r.date, r.target, r.source, "043"}]:
			t.Errorf("%s: visit %s→%s has no host row %s→%s 043", at, r.source, r.target, r.target, r.source)
		case r.code == "043" && !have[key{r.date, r.target, r.source, "042"}]:
			t.Errorf("%s: host row %s→%s has no visit row %s→%s 042", at, r.source, r.target, r.target, r.source)
		case reciprocal[r.code] && !have[key{r.date, r.target, r.source, r.code}]:
			t.Errorf("%s: reciprocal %s row %s→%s has no %s→%s row", at, r.code, r.source, r.target, r.target, r.source)
		}
	}
}

// fact is a well-documented event the chronology must contain.
type fact struct {
	date, src, tgt string
	code           string // exact code, or a two-digit root
	contains       string // a word the description must contain ("" for none)
	source         string // where the fact is documented
}

func TestWellKnownFacts(t *testing.T) {
	facts := []fact{
		{"2024-05-16", "RUS", "CHN", "042", "state visit", "Kremlin and PRC MFA: Putin's state visit to China, 16-17 May 2024"},
		{"2024-05-16", "CHN", "RUS", "043", "", "same visit, host row"},
		{"2024-05-16", "CHN", "RUS", "057", "joint statement", "PRC MFA: joint statement of 16 May 2024"},
		{"2023-09-13", "CHN", "VEN", "057", "all-weather", "PRC MFA: joint statement on the all-weather strategic partnership, 13 Sep 2023"},
		{"2023-09-13", "VEN", "CHN", "042", "", "Maduro's state visit, talks with Xi on 13 Sep 2023"},
		{"2019-06-05", "CHN", "RUS", "057", "new era", "PRC MFA: joint statement on the partnership of coordination for a new era, 5 Jun 2019"},
		{"2022-02-04", "RUS", "CHN", "057", "no limits", "PRC MFA: joint statement of 4 Feb 2022"},
		{"2017-08-24", "USA", "VEN", "163", "PDVSA", "Executive Order 13808 of August 24, 2017"},
		{"2019-01-28", "USA", "VEN", "163", "PDVSA", "US Treasury: PDVSA designation, 28 Jan 2019"},
		{"2019-08-05", "USA", "VEN", "163", "", "Executive Order 13884 of August 5, 2019"},
		{"2022-02-24", "RUS", "UKR", "19", "invasion", "Russia's full-scale invasion of Ukraine, 24 Feb 2022"},
		{"2022-02-24", "UKR", "RUS", "161", "", "Ukraine breaks diplomatic relations, 24 Feb 2022"},
		{"2014-03-18", "RUS", "UKR", "192", "Crimea", "treaty annexing Crimea signed 18 Mar 2014"},
		{"2018-07-06", "USA", "CHN", "163", "Section 301", "USTR: first Section 301 list effective 6 Jul 2018"},
		{"2018-07-06", "CHN", "USA", "163", "", "China's same-day retaliation"},
		{"2020-06-15", "CHN", "IND", "1823", "Galwan", "Galwan Valley clash, 15 Jun 2020: soldiers killed in hand-to-hand fighting, CAMEO 1823 kill by physical assault (v7)"},
		{"2020-06-15", "IND", "CHN", "1823", "Galwan", "same clash, other direction"},
		{"2019-01-23", "VEN", "USA", "161", "", "Maduro breaks relations with the US, 23 Jan 2019"},
		{"2025-05-07", "RUS", "VEN", "057", "Strategic Partnership", "Kremlin: treaty signed 7 May 2025"},
		{"2014-12-17", "USA", "CUB", "0841", "", "US-Cuba prisoner release and normalisation announcement, 17 Dec 2014"},
		{"2015-11-24", "TUR", "RUS", "195", "Su-24", "Turkey shoots down a Russian Su-24, 24 Nov 2015"},
		{"2016-06-27", "TUR", "RUS", "055", "", "Erdogan's letter of regret, 27 Jun 2016"},
		{"2020-01-03", "USA", "IRN", "195", "Soleimani", "US strike killing Soleimani, 3 Jan 2020"},
		{"2019-02-26", "IND", "PAK", "195", "Balakot", "Indian air strike at Balakot, 26 Feb 2019"},
		// Russia–Ukraine 2022–2025 (v2): the milestones the data card lists.
		{"2022-04-08", "RUS", "UKR", "195", "Kramatorsk", "strike on Kramatorsk railway station, 8 Apr 2022"},
		{"2022-09-21", "RUS", "UKR", "154", "mobilisation", "Kremlin: partial mobilisation decree, 21 Sep 2022"},
		{"2022-09-30", "RUS", "UKR", "192", "annex", "Kremlin: annexation documents signed 30 Sep 2022"},
		{"2022-10-08", "UKR", "RUS", "19", "Crimean bridge", "Crimean bridge explosion, 8 Oct 2022"},
		{"2022-10-10", "RUS", "UKR", "195", "", "retaliatory mass missile strikes, 10 Oct 2022"},
		{"2022-11-15", "RUS", "UKR", "195", "energy", "about 100 missiles at the power grid, 15 Nov 2022"},
		{"2023-10-05", "RUS", "UKR", "195", "Hroza", "strike on a wake in Hroza, 5 Oct 2023"},
		{"2023-12-29", "RUS", "UKR", "195", "", "122 missiles and drones, 29 Dec 2023"},
		{"2024-01-03", "UKR", "RUS", "0841", "", "UAE-mediated prisoner exchange, 3 Jan 2024"},
		{"2024-07-08", "RUS", "UKR", "195", "Okhmatdyt", "strike on Kyiv and the Okhmatdyt hospital, 8 Jul 2024"},
		{"2024-08-06", "UKR", "RUS", "190", "Kursk", "Ukrainian offensive into Kursk region from 6 Aug 2024"},
		{"2024-11-21", "RUS", "UKR", "195", "Oreshnik", "Oreshnik missile strike on Dnipro, 21 Nov 2024"},
		{"2025-05-16", "RUS", "UKR", "046", "Istanbul", "first direct talks since 2022 in Istanbul, 16 May 2025"},
		{"2025-06-02", "UKR", "RUS", "046", "Istanbul", "second round in Istanbul, 2 Jun 2025"},
		{"2025-09-07", "RUS", "UKR", "195", "Cabinet of Ministers", "largest air attack of the war, 7 Sep 2025"},
	}
	evs := mustEvents(t)
	for _, f := range facts {
		found := false
		for i := range evs {
			e := &evs[i]
			if e.Date.Format("2006-01-02") != f.date || e.Source.Country != f.src || e.Target.Country != f.tgt {
				continue
			}
			if e.Code != f.code && !(len(f.code) == 2 && e.Root == f.code) {
				continue
			}
			if f.contains != "" && !strings.Contains(strings.ToLower(e.Description), strings.ToLower(f.contains)) {
				continue
			}
			found = true
			break
		}
		if !found {
			t.Errorf("missing %s %s→%s %s %q (%s)", f.date, f.src, f.tgt, f.code, f.contains, f.source)
		}
	}
}

// TestWarYearsCovered guards against the gap v2 closed: every year of
// Russia's full-scale war has material conflict between Russia and
// Ukraine in the chronology, and the war years are not outweighed in row
// count by their talks. The floor of five rows a year is the data card's
// promise of "the mass barrages and the deadliest strikes" per year (2023,
// the thinnest, has seven).
func TestWarYearsCovered(t *testing.T) {
	conflict := map[int]int{}
	cooperation := map[int]int{}
	for _, e := range mustEvents(t) {
		d := dataset.Dyad{A: e.Source.Country, B: e.Target.Country}.Undirected()
		if d != (dataset.Dyad{A: "RUS", B: "UKR"}) {
			continue
		}
		switch e.Quad {
		case cameo.MaterialConflict:
			conflict[e.Date.Year()]++
		case cameo.VerbalCoop, cameo.MaterialCoop:
			cooperation[e.Date.Year()]++
		}
	}
	total := [2]int{}
	for y := 2022; y <= 2025; y++ {
		if conflict[y] < 5 {
			t.Errorf("RUS-UKR %d: %d material-conflict rows, want at least 5", y, conflict[y])
		}
		total[0] += conflict[y]
		total[1] += cooperation[y]
	}
	if total[0] <= total[1] {
		t.Errorf("RUS-UKR 2022-2025: %d material-conflict rows against %d cooperative ones", total[0], total[1])
	}
}

// TestNoLimitsReference: the 2022-02-04 statement carries its official
// title, as the data card says.
func TestNoLimitsReference(t *testing.T) {
	const title = "Joint Statement of the People's Republic of China and the Russian Federation on the International Relations Entering a New Era and the Global Sustainable Development"
	for _, r := range rawRows(t) {
		if r.date == "2022-02-04" && r.code == "057" && !strings.Contains(r.reference, title) {
			t.Errorf("%s:%d: reference %q lacks the statement's title", File, r.line, r.reference)
		}
	}
}

func TestEventsReturnsCopies(t *testing.T) {
	a := mustEvents(t)
	a[0].Code = "XXX"
	a[0].Source.Country = "ZZZ"
	b := mustEvents(t)
	if b[0].Code == "XXX" || b[0].Source.Country == "ZZZ" {
		t.Error("Events shares its slice between calls")
	}
}

func TestRawAccess(t *testing.T) {
	c := CSV()
	if !bytes.Equal(c, eventsCSV) {
		t.Fatal("CSV() differs from the embedded file")
	}
	c[0] = 'X'
	if eventsCSV[0] == 'X' {
		t.Fatal("CSV() returns the embedded slice itself")
	}
	rc := Open()
	got, err := io.ReadAll(rc)
	if err != nil || !bytes.Equal(got, eventsCSV) {
		t.Fatalf("Open: %v, %d bytes", err, len(got))
	}
	if err := rc.Close(); err != nil {
		t.Fatal(err)
	}
	// The raw bytes read through the dataset package like any file.
	evs, rep, err := dataset.ReadEvents(Open(), "events.csv", &dataset.ReadOptions{Format: dataset.FormatCSV, Columns: Columns(), Strict: true})
	if err != nil || rep.Rejected != 0 || len(evs) != len(rawRows(t)) {
		t.Fatalf("ReadEvents on Open(): %d events, %v, %v", len(evs), rep, err)
	}
}

func TestName(t *testing.T) {
	if got, want := Name(), "entente chronology v7"; got != want {
		t.Errorf("Name() = %q, want %q", got, want)
	}
}

// TestReadFilter: Read applies the caller's filter and accounts for every
// row, as for a file.
func TestReadFilter(t *testing.T) {
	raw := rawRows(t)
	want := 0
	for _, r := range raw {
		if (r.source == "CHN" && r.target == "VEN") || (r.source == "VEN" && r.target == "CHN") {
			want++
		}
	}
	opts := &dataset.ReadOptions{Filter: &dataset.Filter{Dyads: []dataset.Dyad{{A: "VEN", B: "CHN"}}}}
	evs, rep, err := Read(opts)
	if err != nil {
		t.Fatal(err)
	}
	if len(evs) != want || rep.Kept != int64(want) || rep.Filtered != int64(len(raw)-want) || !rep.Balanced() {
		t.Errorf("filtered read: %d events, %s; want kept=%d filtered=%d", len(evs), rep.RowsLine(), want, len(raw)-want)
	}
	if opts.Format != dataset.FormatAuto || opts.Columns != nil {
		t.Error("Read modified the caller's options")
	}
	r, err := NewReader(nil)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	if r.Format() != dataset.FormatCSV {
		t.Errorf("NewReader format %q", r.Format())
	}
	n := 0
	var e dataset.Event
	for r.Next(&e) == nil {
		n++
	}
	if n != len(raw) {
		t.Errorf("NewReader streamed %d events, want %d", n, len(raw))
	}
}

// BenchmarkLoad measures parsing the embedded file (what the first Events
// call costs; later calls copy the cached slice).
func BenchmarkLoad(b *testing.B) {
	b.SetBytes(int64(len(eventsCSV)))
	for b.Loop() {
		if _, _, err := loadEvents(); err != nil {
			b.Fatal(err)
		}
	}
}
