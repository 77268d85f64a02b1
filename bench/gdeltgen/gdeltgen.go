// Package gdeltgen writes synthetic but realistic GDELT 1.0 event files for
// benchmarks: the file layout, field contents and value distributions of a
// real GDELT 1.0 export, with deterministic output for a given seed.
//
// What is modelled (see DefaultOptions):
//   - 254 actor country codes (ISO alpha-3 states as CAMEO uses them, plus
//     CAMEO's regional codes such as AFR and EUR) drawn from a Zipf law, so
//     a few states (USA first) dominate as they do in GDELT;
//   - 40 % of rows with both actors' countries (dyadic), the others with one
//     country, or none (actors known only by type, such as "POLICE");
//   - the 57/58-column mix of GDELT 1.0: daily-export rows have 58 columns
//     (DATEADDED and SOURCEURL), historical-backfile rows 57 (no SOURCEURL);
//   - dates: daily rows are added over ten days (DATEADDED), most dated the
//     day they were added, some days to a year earlier; backfile rows are
//     spread over one historical year, as in a GDELT backfile archive;
//   - CAMEO event codes by root with GDELT-like frequencies (consult and
//     statements common, mass violence rare), GDELT's Goldstein weights and
//     quad classes, skewed mention/source/article counts, tones printed with
//     up to 15 significant digits, geography fields and source URLs.
//
// Rows average about 365 bytes, so two million rows make about 730 MB.
// The package has no dependency on package dataset, so dataset's tests
// and benchmarks can use it.
package gdeltgen

import (
	"bufio"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/entente/entente/cameo"
)

// Options configure a generated file. The zero value of a field means
// its DefaultOptions value.
type Options struct {
	Rows int    // number of rows (default 2,000,000)
	Seed uint64 // random seed (default 1)
	// DyadicShare is the share of rows with both actors' countries
	// (default 0.40).
	DyadicShare float64
	// BackfileShare is the share of 57-column historical-backfile rows
	// (default 0.28, the share in the public GDELT 1.0 sample).
	BackfileShare float64
	// ZipfS is the exponent of the country-code Zipf law (default 1.25).
	ZipfS float64
	// Added is the last DATEADDED day of the daily rows (default
	// 2016-07-28); daily rows are added over the ten days ending there.
	Added time.Time
	// BackfileYear is the year of the backfile rows (default 1982).
	BackfileYear int
}

// DefaultOptions returns the options of the benchmark file.
func DefaultOptions() Options {
	return Options{
		Rows:          2_000_000,
		Seed:          1,
		DyadicShare:   0.40,
		BackfileShare: 0.28,
		ZipfS:         1.25,
		Added:         time.Date(2016, 7, 28, 0, 0, 0, 0, time.UTC),
		BackfileYear:  1982,
	}
}

func (o Options) withDefaults() Options {
	d := DefaultOptions()
	if o.Rows <= 0 {
		o.Rows = d.Rows
	}
	if o.Seed == 0 {
		o.Seed = d.Seed
	}
	if o.DyadicShare <= 0 {
		o.DyadicShare = d.DyadicShare
	}
	if o.BackfileShare <= 0 {
		o.BackfileShare = d.BackfileShare
	}
	if o.ZipfS <= 0 {
		o.ZipfS = d.ZipfS
	}
	if o.Added.IsZero() {
		o.Added = d.Added
	}
	if o.BackfileYear == 0 {
		o.BackfileYear = d.BackfileYear
	}
	return o
}

// countries lists code and upper-case name, most frequent first: the
// Zipf rank is the position in this list. Codes are CAMEO's (ISO alpha-3
// for states; AFR, EUR, … for regions).
var countries = strings.Split(`USA:UNITED STATES|GBR:UNITED KINGDOM|RUS:RUSSIA|CHN:CHINA|ISR:ISRAEL|IND:INDIA|PAK:PAKISTAN|FRA:FRANCE|SYR:SYRIA|AUS:AUSTRALIA|TUR:TURKEY|IRN:IRAN|DEU:GERMANY|CAN:CANADA|EGY:EGYPT|IRQ:IRAQ|JPN:JAPAN|AFG:AFGHANISTAN|NGA:NIGERIA|PSE:PALESTINE|UKR:UKRAINE|SAU:SAUDI ARABIA|KOR:SOUTH KOREA|PHL:PHILIPPINES|ITA:ITALY|MEX:MEXICO|ZAF:SOUTH AFRICA|PRK:NORTH KOREA|AFR:AFRICA|EUR:EUROPE|LBN:LEBANON|BRA:BRAZIL|KEN:KENYA|MYS:MALAYSIA|IDN:INDONESIA|LBY:LIBYA|YEM:YEMEN|POL:POLAND|ESP:SPAIN|IRL:IRELAND|BGD:BANGLADESH|JOR:JORDAN|NZL:NEW ZEALAND|GRC:GREECE|VNM:VIETNAM|THA:THAILAND|SGP:SINGAPORE|QAT:QATAR|VEN:VENEZUELA|ARE:UNITED ARAB EMIRATES|ASA:ASIA|MEA:MIDDLE EAST|NPL:NEPAL|LKA:SRI LANKA|SDN:SUDAN|SOM:SOMALIA|ETH:ETHIOPIA|UGA:UGANDA|ZWE:ZIMBABWE|GHA:GHANA|CUB:CUBA|COL:COLOMBIA|ARG:ARGENTINA|CHL:CHILE|PER:PERU|NLD:NETHERLANDS|BEL:BELGIUM|SWE:SWEDEN|NOR:NORWAY|DNK:DENMARK|CHE:SWITZERLAND|AUT:AUSTRIA|HUN:HUNGARY|CZE:CZECH REPUBLIC|SVK:SLOVAKIA|ROM:ROMANIA|BGR:BULGARIA|SRB:SERBIA|HRV:CROATIA|BIH:BOSNIA AND HERZEGOVINA|ALB:ALBANIA|MKD:MACEDONIA|MNE:MONTENEGRO|SVN:SLOVENIA|KSV:KOSOVO|BLR:BELARUS|MDA:MOLDOVA|GEO:GEORGIA|ARM:ARMENIA|AZE:AZERBAIJAN|KAZ:KAZAKHSTAN|UZB:UZBEKISTAN|TKM:TURKMENISTAN|KGZ:KYRGYZSTAN|TJK:TAJIKISTAN|MNG:MONGOLIA|TWN:TAIWAN|HKG:HONG KONG|MMR:MYANMAR|KHM:CAMBODIA|LAO:LAOS|BRN:BRUNEI|TMP:EAST TIMOR|PNG:PAPUA NEW GUINEA|FJI:FIJI|SLB:SOLOMON ISLANDS|VUT:VANUATU|WSM:SAMOA|TON:TONGA|KIR:KIRIBATI|FSM:MICRONESIA|MHL:MARSHALL ISLANDS|PLW:PALAU|NRU:NAURU|TUV:TUVALU|MDV:MALDIVES|BTN:BHUTAN|OMN:OMAN|KWT:KUWAIT|BHR:BAHRAIN|CYP:CYPRUS|MLT:MALTA|ISL:ICELAND|FIN:FINLAND|EST:ESTONIA|LVA:LATVIA|LTU:LITHUANIA|LUX:LUXEMBOURG|MCO:MONACO|LIE:LIECHTENSTEIN|AND:ANDORRA|SMR:SAN MARINO|VAT:VATICAN|PRT:PORTUGAL|MAR:MOROCCO|DZA:ALGERIA|TUN:TUNISIA|MRT:MAURITANIA|MLI:MALI|NER:NIGER|TCD:CHAD|SEN:SENEGAL|GMB:GAMBIA|GIN:GUINEA|GNB:GUINEA-BISSAU|SLE:SIERRA LEONE|LBR:LIBERIA|CIV:IVORY COAST|BFA:BURKINA FASO|TGO:TOGO|BEN:BENIN|CMR:CAMEROON|CAF:CENTRAL AFRICAN REPUBLIC|GAB:GABON|GNQ:EQUATORIAL GUINEA|COG:CONGO|COD:DEMOCRATIC REPUBLIC OF THE CONGO|AGO:ANGOLA|ZMB:ZAMBIA|MWI:MALAWI|MOZ:MOZAMBIQUE|TZA:TANZANIA|RWA:RWANDA|BDI:BURUNDI|SSD:SOUTH SUDAN|ERI:ERITREA|DJI:DJIBOUTI|MDG:MADAGASCAR|MUS:MAURITIUS|SYC:SEYCHELLES|COM:COMOROS|NAM:NAMIBIA|BWA:BOTSWANA|LSO:LESOTHO|SWZ:SWAZILAND|CPV:CAPE VERDE|STP:SAO TOME AND PRINCIPE|HTI:HAITI|DOM:DOMINICAN REPUBLIC|JAM:JAMAICA|TTO:TRINIDAD AND TOBAGO|BHS:BAHAMAS|BRB:BARBADOS|GRD:GRENADA|LCA:SAINT LUCIA|VCT:SAINT VINCENT|ATG:ANTIGUA|DMA:DOMINICA|KNA:SAINT KITTS|BLZ:BELIZE|GTM:GUATEMALA|HND:HONDURAS|SLV:EL SALVADOR|NIC:NICARAGUA|CRI:COSTA RICA|PAN:PANAMA|ECU:ECUADOR|BOL:BOLIVIA|PRY:PARAGUAY|URY:URUGUAY|GUY:GUYANA|SUR:SURINAME|PRI:PUERTO RICO|GRL:GREENLAND|BMU:BERMUDA|CYM:CAYMAN ISLANDS|ABW:ARUBA|ANT:NETHERLANDS ANTILLES|GUM:GUAM|ASM:AMERICAN SAMOA|NCL:NEW CALEDONIA|PYF:FRENCH POLYNESIA|REU:REUNION|MYT:MAYOTTE|GUF:FRENCH GUIANA|GLP:GUADELOUPE|MTQ:MARTINIQUE|FLK:FALKLAND ISLANDS|GIB:GIBRALTAR|FRO:FAROE ISLANDS|IMN:ISLE OF MAN|JEY:JERSEY|GGY:GUERNSEY|ESH:WESTERN SAHARA|MAC:MACAO|VGB:BRITISH VIRGIN ISLANDS|VIR:US VIRGIN ISLANDS|TCA:TURKS AND CAICOS|AIA:ANGUILLA|MSR:MONTSERRAT|SHN:SAINT HELENA|NIU:NIUE|COK:COOK ISLANDS|TKL:TOKELAU|WLF:WALLIS AND FUTUNA|SPM:SAINT PIERRE|NFK:NORFOLK ISLAND|CXR:CHRISTMAS ISLAND|CCK:COCOS ISLANDS|PCN:PITCAIRN|IOT:BRITISH INDIAN OCEAN TERRITORY|ATA:ANTARCTICA|SAM:SOUTH AMERICA|NMR:NORTH AMERICA|CAU:CAUCASUS|WST:WEST|EAF:EAST AFRICA|WAF:WEST AFRICA|SAS:SOUTH ASIA|SEA:SOUTHEAST ASIA|CAS:CENTRAL ASIA|BLK:BALKANS|CRB:CARIBBEAN|LAM:LATIN AMERICA|NAF:NORTH AFRICA`, "|")

// NumCountries is the number of distinct actor country codes.
var NumCountries = len(countries)

var actorTypes = []string{"GOV", "MIL", "BUS", "CVL", "COP", "LEG", "JUD", "MED", "EDU", "OPP", "REB", "REF", "LAB", "HLH", "CRM", "ELI", "NGO", "IGO", "SPY", "AGR"}

var typeNames = map[string]string{
	"GOV": "GOVERNMENT", "MIL": "MILITARY", "BUS": "COMPANY", "CVL": "CIVILIAN", "COP": "POLICE",
	"LEG": "PARLIAMENT", "JUD": "COURT", "MED": "JOURNALIST", "EDU": "UNIVERSITY", "OPP": "OPPOSITION",
	"REB": "REBEL", "REF": "REFUGEE", "LAB": "EMPLOYEE", "HLH": "HOSPITAL", "CRM": "CRIMINAL",
	"ELI": "ELITE", "NGO": "ACTIVIST", "IGO": "UNITED NATIONS", "SPY": "INTELLIGENCE", "AGR": "FARMER",
}

// rootShare is the relative frequency of each CAMEO root 01..20, close to
// GDELT 1.0's.
var rootShare = [20]float64{9, 5, 6, 22, 8, 3, 2, 3, 1, 1.5, 7, 3, 2, 2, 0.5, 1, 8, 5, 10, 0.3}

var sites = []string{"reuters", "wtop", "dailyexcelsior", "newspressnow", "theguardian", "timesofindia.indiatimes", "aljazeera", "abc.net", "nytimes", "washingtonpost", "dawn", "jpost", "themoscowtimes", "scmp", "bbc.co", "allafrica", "news.yahoo", "thehindu", "smh.com", "startribune"}

var words = strings.Fields("police minister talks border security election president court trade deal army attack protest visit summit sanctions peace government rebels aid refugees oil nuclear vote parliament crisis meeting report")

// generator holds the precomputed tables.
type generator struct {
	o        Options
	r        *rand.Rand
	cum      []float64 // Zipf cumulative weights over countries
	codes    []string
	names    []string
	rootCum  []float64
	byRoot   [20][]string
	gold     map[string]string
	quad     map[string]string
	fips     []string
	eventID  int64
	addedDay []time.Time
}

func newGenerator(o Options) *generator {
	g := &generator{o: o, r: rand.New(rand.NewPCG(o.Seed, o.Seed^0x9e3779b97f4a7c15)), eventID: 564111644}
	var total float64
	for i, c := range countries {
		code, name, _ := strings.Cut(c, ":")
		g.codes = append(g.codes, code)
		g.names = append(g.names, name)
		total += 1 / math.Pow(float64(i+1), o.ZipfS)
		g.cum = append(g.cum, total)
		g.fips = append(g.fips, code[:2])
	}
	for i := range g.cum {
		g.cum[i] /= total
	}
	total = 0
	for _, s := range rootShare {
		total += s
		g.rootCum = append(g.rootCum, total)
	}
	for i := range g.rootCum {
		g.rootCum[i] /= total
	}
	g.gold, g.quad = map[string]string{}, map[string]string{}
	for _, info := range cameo.Codes() {
		if info.Level == cameo.LevelRoot {
			continue // GDELT event codes have three or four digits
		}
		r, _ := strconv.Atoi(info.Root)
		w := cameo.GoldsteinGDELT.Weight(info.Code)
		if math.IsNaN(w) {
			continue
		}
		g.byRoot[r-1] = append(g.byRoot[r-1], info.Code)
		g.gold[info.Code] = strconv.FormatFloat(w, 'f', 1, 64)
		g.quad[info.Code] = strconv.Itoa(int(cameo.QuadGDELT.Quad(info.Code)))
	}
	for i := range g.byRoot {
		sort.Strings(g.byRoot[i])
	}
	for d := 9; d >= 0; d-- {
		g.addedDay = append(g.addedDay, o.Added.AddDate(0, 0, -d))
	}
	return g
}

func (g *generator) country() int {
	u := g.r.Float64()
	return sort.SearchFloat64s(g.cum, u)
}

// actor appends the 10 actor fields: Code, Name, CountryCode,
// KnownGroupCode, EthnicCode, Religion1Code, Religion2Code, Type1Code,
// Type2Code, Type3Code. c < 0 means no country; empty means no actor.
func (g *generator) actor(b []byte, c int, empty bool) []byte {
	if empty {
		return append(b, "\t\t\t\t\t\t\t\t\t"...)
	}
	typ := ""
	if g.r.IntN(3) == 0 || c < 0 {
		typ = actorTypes[g.r.IntN(len(actorTypes))]
	}
	code, name := "", ""
	if c >= 0 {
		code, name = g.codes[c], g.names[c]
		if typ != "" && g.r.IntN(2) == 0 {
			name = typeNames[typ]
		}
	} else {
		name = typeNames[typ]
	}
	b = append(b, code...)
	b = append(b, typ...)
	b = append(b, '\t')
	b = append(b, name...)
	b = append(b, '\t')
	if c >= 0 {
		b = append(b, code...)
	}
	b = append(b, '\t')
	if g.r.IntN(40) == 0 {
		b = append(b, "UAF"...)
	}
	b = append(b, "\t\t"...)
	if g.r.IntN(25) == 0 {
		b = append(b, "CHR"...)
	}
	b = append(b, "\t\t"...)
	b = append(b, typ...)
	return append(b, "\t\t"...)
}

// geo appends the 7 geography fields of GDELT 1.0: Type, FullName,
// CountryCode, ADM1Code, Lat, Long, FeatureID.
func (g *generator) geo(b []byte, c int) []byte {
	if c < 0 || g.r.IntN(8) == 0 {
		return append(b, "0\t\t\t\t\t\t"...)
	}
	typ := 1 + g.r.IntN(5)
	b = strconv.AppendInt(b, int64(typ), 10)
	b = append(b, '\t')
	name := g.names[c]
	if typ > 1 {
		b = append(b, "Place "...)
		b = strconv.AppendInt(b, int64(g.r.IntN(900)+100), 10)
		b = append(b, " County, Province "...)
		b = strconv.AppendInt(b, int64(g.r.IntN(60)), 10)
		b = append(b, ", "...)
	}
	b = appendTitle(b, name)
	b = append(b, '\t')
	b = append(b, g.fips[c]...)
	b = append(b, '\t')
	b = append(b, g.fips[c]...)
	if typ > 1 {
		b = strconv.AppendInt(b, int64(g.r.IntN(90)+1), 10)
	}
	b = append(b, '\t')
	b = strconv.AppendFloat(b, math.Round((g.r.Float64()*170-85)*1e4)/1e4, 'f', -1, 64)
	b = append(b, '\t')
	b = strconv.AppendFloat(b, math.Round((g.r.Float64()*360-180)*1e4)/1e4, 'f', -1, 64)
	b = append(b, '\t')
	if typ > 1 {
		b = strconv.AppendInt(b, int64(g.r.IntN(3000000))-1500000, 10)
	} else {
		b = append(b, g.fips[c]...)
	}
	return b
}

// appendTitle appends an upper-case name in title case ("UNITED STATES"
// → "United States").
func appendTitle(b []byte, name string) []byte {
	start := true
	for i := 0; i < len(name); i++ {
		c := name[i]
		if !start && c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		start = c == ' ' || c == '-'
		b = append(b, c)
	}
	return b
}

// count draws a skewed count ≥ 1 (most events have a few mentions).
func (g *generator) count(scale float64) int {
	return 1 + int(math.Floor(-math.Log(1-g.r.Float64())*scale))
}

// tone formats a tone with up to 15 significant digits, as GDELT does.
func tone(b []byte, v float64) []byte {
	intDigits := 1
	for a := math.Abs(v); a >= 10; a /= 10 {
		intDigits++
	}
	s := strconv.FormatFloat(v, 'f', 15-intDigits, 64)
	s = strings.TrimRight(s, "0")
	s = strings.TrimSuffix(s, ".")
	if s == "-0" || s == "" {
		s = "0"
	}
	return append(b, s...)
}

func appendDate(b []byte, t time.Time) []byte {
	y, m, d := t.Date()
	return strconv.AppendInt(b, int64(y*10000+int(m)*100+d), 10)
}

// row appends one row and its newline.
func (g *generator) row(b []byte) []byte {
	backfile := g.r.Float64() < g.o.BackfileShare
	var date, added time.Time
	if backfile {
		date = time.Date(g.o.BackfileYear, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, g.r.IntN(365))
		added = time.Date(2013, 2, 3, 0, 0, 0, 0, time.UTC)
	} else {
		added = g.addedDay[g.r.IntN(len(g.addedDay))]
		switch u := g.r.Float64(); {
		case u < 0.85:
			date = added
		case u < 0.95:
			date = added.AddDate(0, 0, -1-g.r.IntN(30))
		case u < 0.99:
			date = added.AddDate(0, 0, -31-g.r.IntN(335))
		default:
			date = added.AddDate(-1-g.r.IntN(10), 0, -g.r.IntN(365))
		}
	}
	// who: both countries (dyadic), one, or none
	c1, c2 := -1, -1
	empty2 := false
	switch u := g.r.Float64(); {
	case u < g.o.DyadicShare:
		c1, c2 = g.country(), g.country()
	case u < g.o.DyadicShare+0.20:
		c1 = g.country()
		empty2 = g.r.IntN(2) == 0
	case u < g.o.DyadicShare+0.35:
		c2 = g.country()
	default:
		empty2 = g.r.IntN(2) == 0
	}
	g.eventID += int64(1 + g.r.IntN(20))
	b = strconv.AppendInt(b, g.eventID, 10)
	b = append(b, '\t')
	b = appendDate(b, date)
	b = append(b, '\t')
	y, m, _ := date.Date()
	b = strconv.AppendInt(b, int64(y*100+int(m)), 10)
	b = append(b, '\t')
	b = strconv.AppendInt(b, int64(y), 10)
	b = append(b, '\t')
	b = strconv.AppendFloat(b, float64(y)+float64(date.YearDay())/365, 'f', 4, 64)
	b = append(b, '\t')
	b = g.actor(b, c1, false)
	b = append(b, '\t')
	b = g.actor(b, c2, empty2)
	b = append(b, '\t')
	// event
	root := sort.SearchFloat64s(g.rootCum, g.r.Float64())
	codes := g.byRoot[root]
	code := codes[0]
	if g.r.IntN(2) == 0 {
		code = codes[g.r.IntN(len(codes))]
	}
	b = strconv.AppendInt(b, int64(g.r.IntN(2)), 10) // IsRootEvent
	b = append(b, '\t')
	b = append(b, code...)
	b = append(b, '\t')
	b = append(b, code[:3]...)
	b = append(b, '\t')
	b = append(b, code[:2]...)
	b = append(b, '\t')
	b = append(b, g.quad[code]...)
	b = append(b, '\t')
	gs := g.gold[code]
	if backfile {
		gs = strings.TrimSuffix(gs, ".0") // backfile rows print "4", not "4.0"
	}
	b = append(b, gs...)
	b = append(b, '\t')
	articles := g.count(2.5)
	mentions := articles + g.count(1) - 1
	sources := 1 + g.r.IntN(min(articles, 4))
	b = strconv.AppendInt(b, int64(mentions), 10)
	b = append(b, '\t')
	b = strconv.AppendInt(b, int64(sources), 10)
	b = append(b, '\t')
	b = strconv.AppendInt(b, int64(articles), 10)
	b = append(b, '\t')
	b = tone(b, (g.r.Float64()*2-1.2)*(1+g.r.Float64()*9))
	b = append(b, '\t')
	geo1, geo2 := c1, c2
	if geo1 < 0 {
		geo1 = geo2
	}
	b = g.geo(b, geo1)
	b = append(b, '\t')
	b = g.geo(b, geo2)
	b = append(b, '\t')
	act := geo1
	if act < 0 && g.r.IntN(2) == 0 {
		act = g.country()
	}
	b = g.geo(b, act)
	b = append(b, '\t')
	b = appendDate(b, added)
	if !backfile {
		b = append(b, "\thttp://www."...)
		b = append(b, sites[g.r.IntN(len(sites))]...)
		b = append(b, ".com/news/world/"...)
		b = appendDate(b, added)
		b = append(b, '/')
		for i, n := 0, 5+g.r.IntN(7); i < n; i++ {
			if i > 0 {
				b = append(b, '-')
			}
			b = append(b, words[g.r.IntN(len(words))]...)
		}
		b = append(b, '-')
		b = strconv.AppendInt(b, int64(g.r.IntN(1e8)), 10)
		b = append(b, ".html"...)
	}
	return append(b, '\n')
}

// Write writes a generated file to w.
func Write(w io.Writer, o Options) error {
	o = o.withDefaults()
	g := newGenerator(o)
	bw := bufio.NewWriterSize(w, 1<<20)
	buf := make([]byte, 0, 1024)
	for i := 0; i < o.Rows; i++ {
		buf = g.row(buf[:0])
		if _, err := bw.Write(buf); err != nil {
			return fmt.Errorf("gdeltgen: %w", err)
		}
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("gdeltgen: %w", err)
	}
	return nil
}

// Generate returns a generated file in memory.
func Generate(o Options) []byte {
	o = o.withDefaults()
	g := newGenerator(o)
	out := make([]byte, 0, o.Rows*380)
	for i := 0; i < o.Rows; i++ {
		out = g.row(out)
	}
	return out
}
