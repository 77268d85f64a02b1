package country

import (
	"bufio"
	"encoding/csv"
	"io"
	"os"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/entente/entente/internal/sharedtest"
	"golang.org/x/text/encoding/charmap"
)

// Tests on the third-party reference files in ../shared/data (see
// PROVENANCE.md). They skip when ../shared is absent and fail under CI=true.

func openShared(t *testing.T, rel string) *os.File {
	t.Helper()
	f, err := os.Open(sharedtest.Path(t, rel))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	return f
}

// Every country name in the ICEWS sample's Source Country, Target Country
// and Country columns resolves with ByName to a country. The literal "NA" is
// ICEWS's missing value in these columns (Namibia is spelled "Namibia").
func TestICEWSCountryNamesResolve(t *testing.T) {
	r := csv.NewReader(openShared(t, "data/icews/events.2018.sample.tab"))
	r.Comma = '\t'
	r.LazyQuotes = true
	header, err := r.Read()
	if err != nil {
		t.Fatal(err)
	}
	col := map[string]int{}
	for i, h := range header {
		col[h] = i
	}
	names := map[string]int{}
	rows := 0
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		rows++
		for _, h := range []string{"Source Country", "Target Country", "Country"} {
			names[rec[col[h]]]++
		}
	}
	if rows != 3705 {
		t.Fatalf("read %d rows; PROVENANCE.md documents 3,705", rows)
	}
	delete(names, "NA")
	// 151 distinct names besides "NA", counted in the file with Python's csv.
	if len(names) != 151 {
		t.Errorf("%d distinct country names, the file has 151", len(names))
	}
	for name := range names {
		c, ok := ByName(name)
		if !ok || !c.IsCountry() {
			t.Errorf("ICEWS country %q does not resolve (got %q, %v)", name, c.Code, ok)
		}
	}
	// Spot checks of ICEWS's spellings (hand-checked against the file).
	for name, want := range map[string]string{
		"Russian Federation": "RUS", "Occupied Palestinian Territory": "PSE", "Democratic Republic of Congo": "COD",
		"Congo": "COG", "the former Yugoslav Republic of Macedonia": "MKD", "Holy See": "VAT", "Namibia": "NAM",
		"Moldova, Republic of": "MDA", "Cote d'Ivoire": "CIV", "Swaziland": "SWZ", "Czech Republic": "CZE",
	} {
		if names[name] == 0 {
			t.Errorf("%q is not in the ICEWS sample", name)
		}
		if c, _ := ByName(name); c.Code != want {
			t.Errorf("ByName(%q) = %q, want %s", name, c.Code, want)
		}
	}
}

// Every country code in the GDELT 1.0 sample's Actor1CountryCode and
// Actor2CountryCode columns (the 8th and 18th, 1-based, of both the 57- and
// 58-column rows) is known; the non-country ones are CAMEO regions.
func TestGDELTCountryCodesAreKnown(t *testing.T) {
	sc := bufio.NewScanner(openShared(t, "data/gdelt/gdelt1_daily_events_sample_20160728.tsv"))
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	codes := map[string]int{}
	rows := 0
	for sc.Scan() {
		f := strings.Split(sc.Text(), "\t")
		if len(f) != 57 && len(f) != 58 {
			t.Fatalf("row %d has %d columns", rows+1, len(f))
		}
		rows++
		for _, i := range []int{7, 17} {
			if f[i] != "" {
				codes[f[i]]++
			}
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if rows != 710 {
		t.Fatalf("read %d rows; PROVENANCE.md documents 710", rows)
	}
	var regions []string
	for code := range codes {
		c, ok := Lookup(code)
		if !ok {
			t.Errorf("GDELT country code %q is unknown", code)
			continue
		}
		if c.Kind == Region {
			regions = append(regions, code)
		}
	}
	sort.Strings(regions)
	// The regional codes in this sample, read off the file.
	if got := strings.Join(regions, " "); got != "AFR EUR MEA WST" {
		t.Errorf("regional codes in the sample: %s, want AFR EUR MEA WST", got)
	}
}

// Every ISO alpha-3 code in the countrycode crosswalk (column iso3c) is in
// the table as a state or territory with the same alpha-2 code (iso2c), and
// its English names (country.name.en, iso.name.en) resolve to it. The
// crosswalk has 249 such rows, ISO 3166-1's count.
func TestCountrycodeCrosswalk(t *testing.T) {
	r := csv.NewReader(openShared(t, "data/countrycode/codelist_without_cldr.csv"))
	header, err := r.Read()
	if err != nil {
		t.Fatal(err)
	}
	col := map[string]int{}
	for i, h := range header {
		col[h] = i
	}
	for _, h := range []string{"iso3c", "iso2c", "country.name.en", "iso.name.en", "cow.name"} {
		if _, ok := col[h]; !ok {
			t.Fatalf("the crosswalk has no column %q", h)
		}
	}
	iso := 0
	inFile := map[string]bool{}
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		code := rec[col["iso3c"]]
		if code == "" {
			continue
		}
		iso++
		inFile[code] = true
		c, ok := Lookup(code)
		if !ok || c.Code != code || (c.Kind != State && c.Kind != Territory) {
			t.Errorf("%s is not a current state or territory in the table (%+v)", code, c)
			continue
		}
		if c.ISO2 != rec[col["iso2c"]] {
			t.Errorf("%s: ISO2 %q, the crosswalk says %q", code, c.ISO2, rec[col["iso2c"]])
		}
		for _, h := range []string{"country.name.en", "iso.name.en"} {
			if name := rec[col[h]]; name != "" {
				if got, _ := ByName(name); got.Code != code {
					t.Errorf("%s %q resolves to %q, want %s", h, name, got.Code, code)
				}
			}
		}
	}
	if iso != 249 {
		t.Errorf("%d rows with an ISO code, want 249", iso)
	}
	for _, c := range table {
		if (c.Kind == State || c.Kind == Territory) && c.Code != "XKX" && !inFile[c.Code] {
			t.Errorf("%s is in the table but not in ISO 3166-1 per the crosswalk", c.Code)
		}
	}
}

// The crosswalk's Correlates of War names of historical states resolve to
// their own entries, never to a successor; South Vietnam, which the table
// does not carry, resolves to nothing rather than to Vietnam.
func TestHistoricalNamesStayDistinct(t *testing.T) {
	for name, want := range map[string]string{
		// cow.name values in codelist_without_cldr.csv
		"Czechoslovakia": "CSK", "German Democratic Republic": "DDR", "Yugoslavia": "YUG",
		"Yemen People's Republic": "YMD", "Yemen Arab Republic": "YEM", "Republic of Vietnam": "",
		"Serbia and Montenegro": "SCG",
	} {
		c, ok := ByName(name)
		if ok != (want != "") || c.Code != want {
			t.Errorf("ByName(%q) = %q, %v; want %q", name, c.Code, ok, want)
		}
	}
}

// ngecExceptions are the NGEC demonym-list forms that do not resolve to the
// file's CCA3, with the reason.
var ngecExceptions = map[string]string{
	"Congolese":                   "ambiguous: Republic of the Congo and DR Congo (NGEC says COG)",
	"Dominican":                   "ambiguous: Dominica and the Dominican Republic (NGEC says DOM)",
	"Dominicans":                  "ambiguous: Dominica and the Dominican Republic (NGEC says DOM)",
	"Western Sahara":              "a disputed territory of its own (ESH), not part of Morocco as NGEC has it",
	"Sahrawi":                     "the people of Western Sahara (ESH), not Moroccans",
	"Channel Islander":            "Jersey and Guernsey are two territories",
	"Channel Islanders":           "Jersey and Guernsey are two territories",
	"Nigeran":                     "not an English demonym of Niger (Nigerien); too close to Nigerian to add",
	"Nigerans":                    "not an English demonym of Niger (Nigerien); too close to Nigerian to add",
	"Malawis":                     "not an English plural (Malawians)",
	"Sint Eustatius and Saba":     "a fragment of \"Bonaire, Sint Eustatius and Saba\" split at its comma by the list",
	"Heard and McDonald Islander": "the islands are uninhabited",
	"Bouvet Islanders":            "the island is uninhabited",
	"British Virgin Island":       "a singular fragment of British Virgin Islands",
}

// Every demonym and name in NGEC's countries.csv resolves to its CCA3, or —
// where NGEC folds a dependent territory into its sovereign (Greenland →
// DNK, Guam → USA) — to a territory of that sovereign. Rows whose CCA3 is
// not an ISO code of a country (NGEC's EUR European Union, UNO United
// Nations, *PRE pretender states) are skipped. Exceptions are listed with
// their reason in ngecExceptions.
func TestNGECDemonymsResolve(t *testing.T) {
	r := csv.NewReader(openShared(t, "data/ngec/countries.csv"))
	if _, err := r.Read(); err != nil {
		t.Fatal(err)
	}
	checked, usedExceptions := 0, map[string]bool{}
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		name, cca3, nationality := rec[1], rec[2], rec[3]
		if cca3 == "EUR" || cca3 == "UNO" || !IsCountry(cca3) {
			continue
		}
		want, _ := Canonical(cca3)
		for _, form := range append([]string{name}, strings.Split(nationality, ",")...) {
			form = strings.TrimSpace(form)
			if form == "" {
				continue
			}
			checked++
			if _, ok := ngecExceptions[form]; ok {
				usedExceptions[form] = true
				continue
			}
			c, ok := ByName(form)
			switch {
			case ok && c.Code == want:
			case ok && c.Kind == Territory && c.Sovereign == want:
			default:
				t.Errorf("NGEC %s form %q resolves to %q, %v", cca3, form, c.Code, ok)
			}
		}
	}
	for form := range ngecExceptions {
		if !usedExceptions[form] {
			t.Errorf("exception %q no longer occurs in the file", form)
		}
	}
	if checked < 500 {
		t.Errorf("checked only %d forms", checked)
	}
}

// Phoenix's country dictionary: every country prefix of its actor codes is
// known to the table or is one of the non-country prefixes listed here, the
// top-level country entries resolve by name to their code, and the date
// windows of the historical states agree with the table's years.
func TestPhoenixCountryDictionary(t *testing.T) {
	nonCountry := map[string]string{
		"IGO": "intergovernmental organisation", "IMG": "international militarised group",
		"KNT": "Kinakuta, PETRARCH's fictional test country",
		"KRJ": "Republic of Serbian Krajina, unrecognised 1991–1995",
		"SRP": "Republika Srpska, an entity of Bosnia and Herzegovina",
		"FRN": "a typo for FRA in the dictionary's Wallis and Futuna entry ([FRNWLF])",
	}
	// Phoenix misspellings and headings that are not country names.
	nameExceptions := map[string]string{
		"MADAGASKAR": "misspelling of Madagascar in the dictionary",
		"KINAKUTA":   "fictional",
	}
	codeRe := regexp.MustCompile(`\[([A-Z]{3})[A-Z]*( [^\]]*)?\]`)
	entryRe := regexp.MustCompile(`^([A-Z][A-Z_'.-]+?)_?\s+\[([A-Z]{3})( [0-9<>-]+)?\]`)
	windowRe := regexp.MustCompile(`^[A-Z_]+\s*\[(CSK|DDR|SCG) (\d{6,8})-(\d{6,8})\]|^\s+\[(CSK|DDR|SCG) (\d{6,8})-(\d{6,8})\]`)
	sc := bufio.NewScanner(openShared(t, "data/petrarch2/Phoenix.Countries.actors.txt"))
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	prefixes := map[string]bool{}
	entries, windows := 0, map[string][2]int{}
	for sc.Scan() {
		line := sc.Text()
		if i := strings.Index(line, "#"); i >= 0 {
			line = line[:i]
		}
		for _, m := range codeRe.FindAllStringSubmatch(line, -1) {
			prefixes[m[1]] = true
		}
		if m := entryRe.FindStringSubmatch(line); m != nil && nameExceptions[m[1]] == "" {
			entries++
			name := strings.ReplaceAll(m[1], "_", " ")
			want, _ := Canonical(m[2])
			c, ok := ByName(name)
			switch {
			case ok && c.Code == want:
			case ok && c.Kind == Territory && c.Sovereign == want: // Phoenix codes Mayotte as FRA
			default:
				t.Errorf("Phoenix entry %q [%s] resolves to %q, %v", name, m[2], c.Code, ok)
			}
		}
		if m := windowRe.FindStringSubmatch(line); m != nil {
			code, from, until := m[1]+m[4], m[2]+m[5], m[3]+m[6]
			windows[code] = [2]int{phoenixYear(t, from), phoenixYear(t, until)}
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	for p := range prefixes {
		if !Valid(p) && nonCountry[p] == "" {
			t.Errorf("Phoenix country code prefix %s is unknown", p)
		}
	}
	if entries < 150 {
		t.Errorf("only %d top-level Phoenix entries checked", entries)
	}
	// Phoenix's windows end on the day the state ceased; a window ending on
	// 1 January ends the year before (Czechoslovakia: 19181001-19930101).
	for _, code := range []string{"CSK", "DDR", "SCG"} {
		w, ok := windows[code]
		if !ok {
			t.Errorf("no Phoenix date window for %s", code)
			continue
		}
		c, _ := Lookup(code)
		if c.From != w[0] || c.Until != w[1] {
			t.Errorf("%s: table %d–%d, Phoenix %d–%d", code, c.From, c.Until, w[0], w[1])
		}
	}
}

// phoenixYear reads a Phoenix date (YYMMDD or YYYYMMDD) as a year; a date on
// 1 January counts as the end of the year before.
func phoenixYear(t *testing.T, s string) int {
	t.Helper()
	n, err := strconv.Atoi(s)
	if err != nil {
		t.Fatal(err)
	}
	year, md := n/10000, n%10000
	if len(s) == 6 {
		if year < 30 {
			year += 2000
		} else {
			year += 1900
		}
	}
	if md == 101 {
		year--
	}
	return year
}

// capitalExceptions are CountryInfo capitals that are outdated or spelled
// as a district, with the reason.
var capitalExceptions = map[string]string{
	"MMR": "CountryInfo has Rangoon/Yangon; the capital moved to Naypyidaw in 2005-2006",
	"PLW": "CountryInfo has Melekeok, the state; the capital is Ngerulmud, in Melekeok",
	"NRU": "CountryInfo has \"Yaren District\"; the table says Yaren",
	"MCO": "CountryInfo has Monaco-Ville, the old town; the city-state's capital is Monaco",
	"TUV": "CountryInfo has Vaiaku, the village of the government offices; the capital is Funafuti atoll",
}

// The table's capital (or one of its seats) is among CountryInfo's capital
// names for every plain three-letter country entry that lists capitals.
// The file is not valid UTF-8; it is read as Latin-1.
func TestCountryInfoCapitals(t *testing.T) {
	data, err := io.ReadAll(charmap.ISO8859_1.NewDecoder().Reader(openShared(t, "data/countryinfo/CountryInfo.120116.txt")))
	if err != nil {
		t.Fatal(err)
	}
	text := string(data)
	if i := strings.Index(text, "<Doc>Version"); i >= 0 {
		text = text[i:] // skip the documentation block, which mentions the tags
	}
	countryRe := regexp.MustCompile(`(?s)<Country>(.*?)</Country>`)
	codeRe := regexp.MustCompile(`<CountryCode>([A-Z]{3})</CountryCode>`)
	capRe := regexp.MustCompile(`(?s)<Capital>(.*?)</Capital>`)
	checked, used := 0, map[string]bool{}
	for _, m := range countryRe.FindAllStringSubmatch(text, -1) {
		cm, capm := codeRe.FindStringSubmatch(m[1]), capRe.FindStringSubmatch(m[1])
		if cm == nil || capm == nil {
			continue
		}
		c, ok := Lookup(cm[1])
		if !ok || !c.IsCountry() {
			t.Errorf("CountryInfo code %s is not a country in the table", cm[1])
			continue
		}
		var caps []string
		for _, line := range strings.Split(capm[1], "\n") {
			if i := strings.Index(line, "#"); i >= 0 {
				line = line[:i]
			}
			for _, w := range strings.Fields(line) {
				caps = append(caps, Normalize(strings.ReplaceAll(w, "_", " ")))
			}
		}
		if len(caps) == 0 {
			continue
		}
		checked++
		if capitalExceptions[c.Code] != "" {
			used[c.Code] = true
			continue
		}
		ours := append([]string{c.Capital}, c.Seats...)
		found := false
		for _, o := range ours {
			for _, k := range caps {
				found = found || Normalize(o) == k
			}
		}
		if !found {
			t.Errorf("%s: capital %q (seats %v) is not among CountryInfo's %v", c.Code, c.Capital, c.Seats, caps)
		}
	}
	for code := range capitalExceptions {
		if !used[code] {
			t.Errorf("capital exception %s is not needed", code)
		}
	}
	if checked < 150 {
		t.Errorf("only %d CountryInfo capitals checked", checked)
	}
}
