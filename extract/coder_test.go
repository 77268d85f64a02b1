package extract

import (
	"errors"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/entente/entente/dataset"
)

// triples renders events as sorted "SRC>TGT:CODE" strings (states, or
// organisation codes for non-state actors).
func triples(evs []dataset.Event) string {
	var out []string
	for _, e := range evs {
		out = append(out, actorKey(e.Source)+">"+actorKey(e.Target)+":"+e.Code)
	}
	sort.Strings(out)
	return strings.Join(out, " ")
}

// Expected codes follow the CAMEO 1.1b3 codebook's definitions (cited per
// case); actors the country and officials tables.
func TestCodeSentence(t *testing.T) {
	pub := d("2024-05-16")
	tests := []struct {
		name, text, want string
	}{
		// 04 consult
		{"visit (042)", "Russian President Vladimir Putin paid a state visit to China.", "RUS>CHN:042"},
		{"arrival (042)", "Putin arrives in Beijing.", "RUS>CHN:042"},
		{"hosting (043)", "Chinese leader Xi Jinping welcomed Russian President Vladimir Putin to Beijing on Thursday.", "CHN>RUS:043"},
		{"meeting of a compound subject (040, both directions)", "Xi and Putin met in Beijing.", "CHN>RUS:040 RUS>CHN:040"},
		{"talks with (046)", "Japan held talks with South Korea.", "JPN>KOR:046"},
		{"future meeting is intent (036)", "Putin is expected to meet with Chinese Premier Li Qiang.", "RUS>CHN:036"},
		// 05 diplomatic cooperation
		{"joint statement (057)", "The two leaders signed a joint statement. ", ""}, // no pair in a single sentence
		{"signing with a partner (057)", "Arnor signed an agreement with Egypt.", ""},
		{"treaty by a compound subject (057)", "Libya and Bulgaria signed a treaty of friendship.", "BGR>LBY:057 LBY>BGR:057"},
		{"praise (051)", "Putin praised Xi for his leadership.", "RUS>CHN:051"},
		{"pair modifier target (051)", "Xi lauds China-Russia ties.", "CHN>RUS:051"},
		{"partnership elevated (050)", "China and Venezuela elevated their ties to a strategic partnership.", "CHN>VEN:050 VEN>CHN:050"},
		// 03 intent, 02 appeals, 10 demands
		{"pledge to work with (030)", "Xi pledged to work with Putin.", "CHN>RUS:030"},
		{"appeal (020)", "China urged Russia to show restraint.", "CHN>RUS:020"},
		{"call for a ceasefire (0256)", "France called on Russia to declare a ceasefire.", "FRA>RUS:0256"},
		{"demand that (100)", "The United States demanded that North Korea forsake its nuclear program.", "USA>PRK:100"},
		{"reported obligation is a demand (1053)", "Russia said that Sudan must release the crew.", "RUS>SDN:1053"},
		// 11 disapprove, 12 reject, 13 threaten
		{"criticism (111)", "Germany criticized Hungary.", "DEU>HUN:111"},
		{"accusation (1123)", "Zimbabwe accused the United States of aggression.", "ZWE>USA:1123"},
		{"rejection of a proposal from a state (120)", "Bangladesh rejected an Indian proposal.", "BGD>IND:120"},
		{"negated acceptance is a rejection (1223)", "Syria said it will not accept more refugees.", "SYR>:1223"},
		{"threat of sanctions (1312)", "The United States threatened to impose sanctions on Iran.", "USA>IRN:1312"},
		{"conditional threat aims at the condition (1384)", "Iran threatened to launch an offensive unless Iraq accepted its terms.", "IRN>IRQ:1384"},
		// 14–20
		{"sanctions (163)", "Washington slapped sanctions on Beijing and Caracas.", "USA>CHN:163 USA>VEN:163"},
		{"tariffs on a state's goods (163)", "U.S. President Joe Biden announced new tariffs on Chinese imports.", "USA>CHN:163"},
		{"expelled diplomats (161)", "Switzerland expelled two Russian diplomats.", "CHE>RUS:161"},
		{"arrest (173)", "Israeli soldiers arrested more than 100 Palestinians.", "ISR>PSE:173"},
		{"attack (190)", "Russian aircraft killed 46 Afghan civilians.", "RUS>AFG:190"},
		{"passive voice with agent (190)", "Afghan civilians were killed by Russian troops.", "RUS>AFG:190"},
		{"sending troops into a state (192)", "Russia sent troops into Ukraine.", "RUS>UKR:192"},
		{"protest aimed at the own government (141)", "Egyptian demonstrators staged a rally.", "EGY>EGY:141"},
		// source and target assignment
		{"subject before an appositive", "Pakistan, a key U.S. ally, has refused to deploy peacekeepers in Iraq.", "PAK>IRQ:1224"},
		{"subject before a parenthetical PP", "Britain, along with France, condemned Iran.", "GBR>IRN:111"},
		{"past tense after an appositive", "Xi, the Chinese president, met Putin.", "CHN>RUS:040"},
		{"subject with a PP before the verb", "Washington along with its allies demanded that Hamas renounce its armed struggle against Israel.", "USA>PSE:100"},
		{"demand that: the clause's subject, not its object", "The United States demanded that Pakistan stop its war against India.", "USA>PAK:1056"},
		{"possessive in a country's full name", "The United States demanded that the Democratic People's Republic of Korea forsake its nuclear program.", "USA>PRK:100"},
		{"victims after 'for' in a violent verb's object", "Burundian militiamen attacked a camp for Congolese refugees.", "BDI>COD:190"},
		{"an organisation's cooperation aims at the state where it acts", "The United Nations will provide food aid to refugees in Liberia.", "IGOUNO>LBR:0333"},
		{"group named with a lower-case particle", "Osama bin Laden's al-Qaeda network threatened to attack the United States.", "IMGMOSALQ>USA:1384"},
		{"a document's participle is its issuer's act", "The PKK issued a statement demanding that Turkey release its leader.", "TUR>TUR:1053"},
		{"light verb with a demand noun and its that-clause", "Russia reiterated its demand that Ukraine withdraw.", "RUS>UKR:100"},
		{"purpose infinitive after the object", "Gambian President Dawda Jawara will visit Mauritania and Senegal to mediate.", "GMB>MRT:036 GMB>MRT:039 GMB>SEN:036 GMB>SEN:039"},
		// things that are not events
		{"content of a noun after a time word", "The ILO reiterated its demand today that Israel ease restrictions on Palestinian workers.", "IGOUNOLAB>ISR:100"},
		{"content of a noun after a PP", "Poland demanded an admission by Moscow that Soviet forces killed Polish officers.", "POL>RUS:100"},
		{"negated hostility is no event", "Relations between Russia and China are not directed against anyone.", ""},
		{"question", "Will China attack Taiwan?", ""},
		{"hypothetical", "If China attacked Taiwan, the United States would respond.", ""},
		{"speculation", "The pressure may push China to attack Taiwan.", ""},
		{"reported content of a noun", "Poland demanded an admission that Soviet forces killed Polish officers.", ""},
		{"quotation", "“Russia and China will attack nobody,” he said.", ""},
		{"bare statement (010) is not coded", "Putin said the talks were useful.", ""},
		{"nouns modified by a state are not actors", "Russia discussed the Ukraine crisis.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := triples(testCoder.CodeSentence(tt.text, pub))
			if got != tt.want {
				t.Errorf("%q:\n got  %s\n want %s", tt.text, got, tt.want)
			}
		})
	}
}

func TestCodeEvidenceAndFields(t *testing.T) {
	a := Article{ID: "a1", URL: "http://example.org/a1", Title: "Xi lauds ties", Text: "Putin arrived in Beijing on Thursday.", Published: d("2024-05-16")}
	evs, err := testCoder.Code(a)
	if err != nil || len(evs) != 1 {
		t.Fatalf("Code: %v %v", triples(evs), err)
	}
	e := evs[0]
	doc := a.Document()
	ev := e.Evidence[0]
	if e.Code != "042" || !e.CodeValid || e.Root != "04" || e.PLOVER != "CONSULT" || e.Goldstein != 1.9 || e.Reports != 1 {
		t.Errorf("event fields %+v", e)
	}
	if ev.Doc != "a1" || ev.URL != a.URL || ev.Sentence != 1 || doc[ev.Start:ev.End] != "Putin arrived in Beijing" || ev.Text != a.Text {
		t.Errorf("evidence %+v (span %q)", ev, doc[ev.Start:ev.End])
	}
	if e.Date != d("2024-05-16") || e.Background {
		t.Errorf("date %v background %v", e.Date, e.Background)
	}
}

// Dates: 2024-05-16 was a Thursday.
func TestCodeDates(t *testing.T) {
	pub := d("2024-05-18") // a Saturday
	tests := []struct {
		text, date string
		bg         bool
	}{
		{"Putin arrived in Beijing on Thursday.", "2024-05-16", false},
		{"Putin arrived in Beijing.", "2024-05-18", false},                                // the publication day
		{"China and Russia declared a partnership in February 2022.", "2022-02-01", true}, // month, long before
		{"Beijing extended loans to Venezuela in the 2010s.", "", true},                   // a decade: background, undated
		{"Caracas has in the past traded oil with China.", "", true},
		{"Putin will visit China next Monday.", "2024-05-18", false}, // the intent is news of the day
	}
	for _, tt := range tests {
		evs := testCoder.CodeSentence(tt.text, pub)
		if len(evs) == 0 {
			t.Errorf("%q: no event", tt.text)
			continue
		}
		got := ""
		if !evs[0].Date.IsZero() {
			got = evs[0].Date.Format("2006-01-02")
		}
		if got != tt.date || evs[0].Background != tt.bg {
			t.Errorf("%q: date %q background %v, want %q %v", tt.text, got, evs[0].Background, tt.date, tt.bg)
		}
	}
	// undated articles give undated events, never today
	evs := testCoder.CodeSentence("Putin arrived in Beijing on Thursday.", time.Time{})
	if len(evs) != 1 || !evs[0].Date.IsZero() {
		t.Errorf("undated article: %+v", evs)
	}
}

// A planned trip is an intention (036), dated on the day it is reported
// (Thursday 2024-05-16), never on the previous Friday (2024-05-10); the
// relative clause about the host city's expo hosts no state. A headline's
// present tense tells the past: "arrives … on Tuesday" is 2024-05-14.
func TestCodeDatesTense(t *testing.T) {
	thu := d("2024-05-16")
	for _, tt := range []struct{ text, want string }{
		{"Putin is due to travel on Friday to the northeastern city of Harbin, which is hosting a Russia-China trade and investment expo.", "RUS>CHN:036@2024-05-16"},
		{"Putin will visit Harbin on Friday.", "RUS>CHN:036@2024-05-16"},
		{"Putin visited Harbin on Friday.", "RUS>CHN:042@2024-05-10"},
		{"Putin arrived in Beijing earlier on Thursday.", "RUS>CHN:042@2024-05-16"},
		{"Putin arrived in Beijing on Thursday (May 9).", "RUS>CHN:042@2024-05-09"},
	} {
		if got := datedTriples(testCoder.CodeSentence(tt.text, thu)); got != tt.want {
			t.Errorf("%q:\n got  %s\n want %s", tt.text, got, tt.want)
		}
	}
	evs, err := testCoder.Code(Article{Title: "Putin arrives in Beijing on Tuesday", Published: thu})
	if err != nil || datedTriples(evs) != "RUS>CHN:042@2024-05-14" {
		t.Errorf("headline: %s %v", datedTriples(evs), err)
	}
}

func TestCodeDiscourse(t *testing.T) {
	a := Article{ID: "x", Published: d("2024-05-16"), Text: "Chinese President Xi Jinping met Russian President Vladimir Putin in Beijing on Thursday. " +
		"The two leaders signed a joint statement. He also praised Russia. Putin arrived on Wednesday."}
	evs, err := testCoder.Code(a)
	if err != nil {
		t.Fatal(err)
	}
	want := "CHN>RUS:040 CHN>RUS:051 CHN>RUS:057 RUS>CHN:042 RUS>CHN:057"
	if got := triples(evs); got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}

func TestCodeBadInput(t *testing.T) {
	c, err := NewCoder(&Options{MaxBytes: 1 << 20})
	if err != nil {
		t.Fatal(err)
	}
	if evs, err := c.Code(Article{}); err != nil || len(evs) != 0 {
		t.Errorf("empty: %v %v", evs, err)
	}
	if _, err := c.Code(Article{ID: "bin", Text: "Putin\x00 met Xi"}); !errors.Is(err, ErrEncoding) || !errors.Is(err, dataset.ErrEncoding) {
		t.Errorf("binary: %v", err)
	}
	if _, err := c.Code(Article{ID: "latin1", Text: "Putin met Xi in M\xfcnchen"}); !errors.Is(err, ErrEncoding) {
		t.Errorf("not UTF-8: %v", err)
	}
	long := strings.Repeat("Putin met Xi. ", 100000) // 1.4 MB
	if _, err := c.Code(Article{ID: "long", Text: long}); !errors.Is(err, ErrTooLong) || !errors.Is(err, dataset.ErrLineTooLong) {
		t.Errorf("too long: %v", err)
	}
	// 10 MB of text is coded (default limit 16 MiB) without panic, in
	// bounded pieces
	big := strings.Repeat("talks and visits and sanctions ", 10<<20/31)
	if _, err := testCoder.Code(Article{ID: "big", Text: big, Published: d("2024-05-16")}); err != nil {
		t.Errorf("10 MB: %v", err)
	}
	if _, err := NewCoder(&Options{Dictionaries: []*ActorDictionary{nil}}); err == nil {
		t.Error("a nil dictionary must be refused")
	}
}

func TestCodeStats(t *testing.T) {
	a := Article{ID: "s", Published: d("2024-05-16"), Text: "Putin visited China.\nWill Xi visit Russia?\nNothing happened here.\nLeave a Reply\nPrev Post\nGlobal Leaders Condemn Attack on Slovak Prime Minister Robert Fico"}
	_, st, err := testCoder.CodeWithStats(a)
	if err != nil {
		t.Fatal(err)
	}
	want := CodeStats{Sentences: 3, Coded: 1, Questions: 1, Boilerplate: 3, Events: 1}
	if st != want {
		t.Errorf("stats %+v, want %+v", st, want)
	}
	c, _ := NewCoder(&Options{KeepBoilerplate: true})
	_, st, _ = c.CodeWithStats(a)
	if st.Boilerplate != 0 || st.Sentences != 6 {
		t.Errorf("KeepBoilerplate: %+v", st)
	}
}

func TestRequireDyadAndStatements(t *testing.T) {
	c, _ := NewCoder(&Options{RequireDyad: true})
	if evs := c.CodeSentence("Syria said it will not accept more refugees.", d("2024-05-16")); len(evs) != 0 {
		t.Errorf("RequireDyad kept %s", triples(evs))
	}
	c, _ = NewCoder(&Options{Statements: true})
	if got := triples(c.CodeSentence("Iran denied the accusations by Israel.", d("2024-05-16"))); got != "IRN>ISR:016" {
		t.Errorf("Statements: %s", got)
	}
	if got := triples(testCoder.CodeSentence("Iran denied the accusations by Israel.", d("2024-05-16"))); got != "" {
		t.Errorf("no Statements: %s", got)
	}
}

// FuzzCodeSentence: any text codes without a panic, and every event's
// evidence span lies inside the text.
func FuzzCodeSentence(f *testing.F) {
	for _, s := range []string{"Xi and Putin met in Beijing.", "Pakistan, a key U.S. ally, has refused to deploy peacekeepers in Iraq.",
		", , condemned", "Britain, along with France, condemned Iran.", "\xff\x00", "the Democratic People's Republic of Korea's",
		"On Feb. 4, 2022, weeks before Russia launched its invasion of Ukraine, Putin and Xi signed a joint statement.",
		"Two days after he and Xi met, that day, the country ordered troops into them."} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, e := range testCoder.CodeSentence(s, d("2024-05-16")) {
			ev := e.Evidence[0]
			if ev.Start < 0 || ev.End > len(s) || ev.Start > ev.End || e.Code == "" {
				t.Fatalf("bad event %+v in %q", e, s)
			}
		}
	})
}

// Rules found by reviewing the coder's output on the seeds and the
// example articles as an analyst would (wrong codes, directions, actors
// and dates). Codes from the CAMEO codebook: 160 reduce relations, 161
// reduce or break diplomatic relations, 163 embargo or sanctions, 192
// occupy territory, 154 mobilize armed forces, 040 consult, 043 host a
// visit, 046 negotiate, 030 express intent to cooperate, 054 grant
// diplomatic recognition; dates counted on the calendar from each
// publication day.
func TestCodeReviewRules(t *testing.T) {
	tests := []struct{ name, pub, text, want string }{
		{"a verb of ending does not code the ended cooperation", "2019-06-05",
			"Russia and the United States suspended their obligations under the treaty in February.",
			"RUS>USA:160@2019-02-01/month/bg USA>RUS:160@2019-02-01/month/bg"},
		{"'last' before a past verb is an adverb", "2025-05-07",
			"Maduro last met Putin in October 2024.",
			"VEN>RUS:040@2024-10-01/month/bg"},
		{"a pronoun and a name are one compound subject", "2022-02-24",
			"On Feb. 4, Putin visited Beijing, where he and Chinese President Xi Jinping signed a joint statement.",
			"CHN>RUS:057@2022-02-04/bg RUS>CHN:042@2022-02-04/bg RUS>CHN:057@2022-02-04/bg"},
		{"sanctions on goods from a state target the state", "2024-05-16",
			"On Tuesday, President Joe Biden announced higher tariffs on about $18 billion of imports from China.",
			"USA>CHN:163@2024-05-14"},
		{"retaliation with tariffs is a sanction, not force; 'Chinese imports' has no verb", "2018-07-06",
			"The United States began collecting tariffs on Chinese imports on Friday, and China responded the same day with tariffs on American goods.",
			"CHN>USA:163@2018-07-06 USA>CHN:163@2018-07-06"},
		{"', and' with a subject opens a clause with its own date", "2018-07-06",
			"US duties on steel took effect on March 23, and China placed tariffs on 128 US products on April 2.",
			"CHN>USA:163@2018-04-02/bg"},
		{"a month takes the year of its sentence; a passive host is the place's state", "2018-07-06",
			"The confrontation marks a sharp turn from 2017, when Trump hosted Chinese President Xi Jinping at Mar-a-Lago in April and was received in Beijing in November.",
			"CHN>USA:043@2017-11-01/month/bg USA>CHN:043@2017-04-01/month/bg"},
		{"an unresolved subject after ', and' is not the first verb's", "2022-02-24",
			"President Joe Biden announced sanctions on Russian banks, and European leaders met in Brussels to agree measures.",
			"USA>RUS:163@2022-02-24"},
		{"breaking relations and ordering diplomats to leave", "2019-01-28",
			"Maduro responded by breaking diplomatic relations with Washington and ordering US diplomats to leave the country.",
			"VEN>USA:161@2019-01-28"},
		{"'the country' is the state named before it", "2022-02-24",
			"President Volodymyr Zelensky declared martial law across Ukraine and said the country was breaking off diplomatic relations with Russia.",
			"UKR>RUS:161@2022-02-24"},
		{"separatist entities and the forces sent into them", "2022-02-24",
			"On Feb. 21, Putin recognised the self-proclaimed Donetsk and Luhansk people's republics as independent states and ordered Russian troops into them.",
			"RUS>UKR:054@2022-02-21 RUS>UKR:192@2022-02-21"},
		{"seizing a place is occupying territory", "2022-02-24",
			"Russia seized Crimea in March 2014.",
			"RUS>UKR:192@2014-03-01/month/bg"},
		{"a clause about a stretch of time is undated background", "2022-02-24",
			"The invasion followed months in which Russia massed troops along Ukraine's borders.",
			"RUS>UKR:154@/bg"},
		{"ready to work with a state is an intent to cooperate", "2023-09-13",
			"Maduro said Venezuela was ready to work closely with China.",
			"VEN>CHN:030@2023-09-13"},
		{"talks after a bare preposition are the subjects' talks", "2023-09-13",
			"Xi and Maduro agreed to raise ties to a strategic partnership, after talks at the Great Hall of the People.",
			"CHN>VEN:032@2023-09-13 CHN>VEN:046@2023-09-13 VEN>CHN:032@2023-09-13 VEN>CHN:046@2023-09-13"},
		{"a meeting between two named parties", "2024-12-18",
			"The talks follow the first formal meeting in five years between Prime Minister Narendra Modi and President Xi Jinping, held in Kazan on Oct. 23.",
			"CHN>IND:040@2024-10-23/bg IND>CHN:040@2024-10-23/bg"},
		{"a planned meeting is not a meeting", "2024-12-18",
			"Officials discussed a possible meeting between Modi and Xi.",
			""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := datedTriples(testCoder.CodeSentence(tt.text, d(tt.pub))); got != tt.want {
				t.Errorf("%q:\n got  %s\n want %s", tt.text, got, tt.want)
			}
		})
	}
	// a state's name continued by a company word is a company (BUS)
	for _, e := range testCoder.CodeSentence("Gazprom and China National Petroleum Corporation signed a contract.", d("2014-05-30")) {
		if e.Code != "057" || e.Source.Sector != "BUS" || e.Target.Sector != "BUS" {
			t.Errorf("company contract: %s %+v → %+v", e.Code, e.Source, e.Target)
		}
	}
	// the recognised republics are rebels of Ukraine, not its state
	for _, e := range testCoder.CodeSentence("Putin recognised the self-proclaimed Donetsk people's republic.", d("2022-02-24")) {
		if e.Target.Code != "UKRREB" {
			t.Errorf("target %+v, want UKRREB", e.Target)
		}
	}
}

// Article context: "that day" is the day named before; a surname names the
// person named in full earlier; "the two governments" are the article's
// pair, both ways; "neither leader" signs nothing. Published 2015-07-20
// and 2025-05-07.
func TestCodeReviewDiscourse(t *testing.T) {
	a := Article{ID: "cuba", Published: d("2015-07-20"), Text: "On Dec. 17, 2014, President Barack Obama and President Raúl Castro announced that the two countries would seek to restore ties. " +
		"That day Cuba released the American contractor Alan Gross. Obama and Castro held talks in Panama on April 11."}
	evs, err := testCoder.Code(a)
	if err != nil {
		t.Fatal(err)
	}
	// "announced that the two countries would seek to restore ties": an
	// intention to cooperate diplomatically (032), both ways, that day
	want := "CUB>USA:032@2014-12-17/bg CUB>USA:046@2015-04-11/bg CUB>USA:0841@2014-12-17/bg USA>CUB:032@2014-12-17/bg USA>CUB:046@2015-04-11/bg"
	if got := datedTriples(evs); !strings.Contains(got, want) {
		t.Errorf("got  %s\nwant %s among them", got, want)
	}
	// condemning "the measure" condemns whoever took it
	a = Article{ID: "pdvsa", Published: d("2019-01-28"), Text: "The United States on Monday imposed sanctions on Venezuela's state oil company. Maduro condemned the measure."}
	if evs, err = testCoder.Code(a); err != nil || datedTriples(evs) != "USA>VEN:163@2019-01-28 VEN>USA:111@2019-01-28" {
		t.Errorf("the measure: %s %v", datedTriples(evs), err)
	}
	a = Article{ID: "ven", Published: d("2025-05-07"), Text: "Russian President Vladimir Putin and Venezuelan President Nicolás Maduro signed a treaty at the Kremlin on Wednesday. " +
		"Neither leader gave details of the treaty's terms. In November 2017, the two governments signed a protocol restructuring $3.15 billion of Venezuelan debt to Russia."}
	evs, err = testCoder.Code(a)
	if err != nil {
		t.Fatal(err)
	}
	want = "RUS>VEN:057@2017-11-01/month/bg RUS>VEN:057@2025-05-07 VEN>RUS:057@2017-11-01/month/bg VEN>RUS:057@2025-05-07"
	if got := datedTriples(evs); got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
	for _, e := range evs {
		if e.Evidence[0].Sentence == 1 {
			t.Errorf("'Neither leader gave details of the treaty' coded %s", datedTriples([]dataset.Event{e}))
		}
	}
}

// An article that tells one event twice (title and body) gives it once,
// with both sentences as evidence and one report: the merge happens in
// Code, so every path counts the same events.
func TestCodeMergesWithinArticle(t *testing.T) {
	a := Article{ID: "x", Title: "Putin visits China", Text: "Russian President Vladimir Putin visited China on Thursday.", Published: time.Date(2024, 5, 16, 0, 0, 0, 0, time.UTC)}
	evs, err := testCoder.Code(a)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, e := range evs {
		if e.Code == "042" && e.Source.Country == "RUS" && e.Target.Country == "CHN" {
			n++
			if len(e.Evidence) != 2 || e.ReportCount() != 1 {
				t.Errorf("evidence %d, reports %d; want 2 and 1", len(e.Evidence), e.ReportCount())
			}
		}
	}
	if n != 1 {
		t.Errorf("%d RUS→CHN 042 events, want 1: %+v", n, evs)
	}
}

// A participle clause that restates the violence of its main clause (",
// killing three civilians") is the same attack, not a second event of its
// source on whoever the participle's object resolves to.
func TestParticipleConsequence(t *testing.T) {
	evs := testCoder.CodeSentence("Russian forces shelled the city of Kharkiv overnight, killing three civilians, regional governor Oleh Syniehubov said.", d("2024-05-16"))
	if len(evs) != 1 || evs[0].Source.Country != "RUS" || evs[0].Target.Country != "UKR" {
		t.Errorf("got %s; want one RUS→UKR attack", datedTriples(evs))
	}
}

// "the three countries" are the three states of the latest sentence that
// names three: Spain, Ireland and Norway, not the Palestinian state.
func TestNumberedCollective(t *testing.T) {
	a := Article{ID: "x", Published: d("2024-05-28"), Text: "Spain, Ireland and Norway formally recognised a Palestinian state on Tuesday. Israel recalled its ambassadors from the three countries in protest."}
	evs, err := testCoder.Code(a)
	if err != nil {
		t.Fatal(err)
	}
	got := datedTriples(evs)
	for _, want := range []string{"ISR>ESP:161@2024-05-28", "ISR>IRL:161@2024-05-28", "ISR>NOR:161@2024-05-28"} {
		if !strings.Contains(got, want) {
			t.Errorf("missing %s in %s", want, got)
		}
	}
	if strings.Contains(got, "ISR>PSE:161") {
		t.Errorf("the Palestinian state is not one of the three countries: %s", got)
	}
}

// A weak family verb ("seek") is no event without a coded complement, but
// an object pattern is one: "sought refuge in Germany" is 0233, to Germany.
func TestWeakVerbPattern(t *testing.T) {
	got := datedTriples(testCoder.CodeSentence("Some 800,000 Iraqi Kurds sought refuge in Germany last month.", d("1991-05-20")))
	if !strings.Contains(got, "IRQ>DEU:0233") {
		t.Errorf("got %s, want IRQ>DEU:0233", got)
	}
	if got := datedTriples(testCoder.CodeSentence("Iraq is seeking to counterbalance Iran.", d("2024-05-16"))); got != "" {
		t.Errorf("seeking to + uncoded verb: %s", got)
	}
}

// The infinitive after an owned intent noun is the owner's act: in "India
// welcomed Pakistan's decision to release the pilot" India welcomes and
// Pakistan releases; India releases nothing.
func TestPossessorOfIntentNoun(t *testing.T) {
	got := datedTriples(testCoder.CodeSentence("India welcomed Pakistan's decision to release the pilot.", d("2019-02-28")))
	if !strings.Contains(got, "IND>PAK:051") || strings.Contains(got, "IND>:0841") {
		t.Errorf("got %s", got)
	}
}

// TestCountIsNotPair checks two generic fixes found on sentences written for
// this test (not from any gold set): "two missiles" is a count, not "the
// two" sides of the article's pair, and a trailing ", Japan said" names the
// speaker, not the target (PRK fires at nobody the sentence names).
func TestCountIsNotPair(t *testing.T) {
	c, err := NewCoder(nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ text, want string }{
		{"North Korea fired two missiles, Japan said.", ""},
		{"North Korea fired two missiles at Japan.", "PRK>JPN"},
		{"Saudi Arabia pledged aid to Sudan, according to Reuters.", "SAU>SDN"},
		// a relative clause or an apposition between the subject and its
		// verb is skipped; a bare noun object makes a past form active
		{"Iran, whose nuclear program has alarmed Israel, rejected the IAEA resolution.", "IRN>"},
		{"Lavrov, who met Wang Yi in Beijing, criticized the United States.", "RUS>CHN RUS>USA"},
		{"Poland, a NATO member, sent aid to Ukraine.", "POL>UKR"},
		// passives: the object pattern and the light verb's noun are in
		// the subject, the target after the verb; a sentence does not
		// open with a verb ("Sanctions were …")
		{"Three Russian diplomats were expelled by Estonia.", "EST>RUS"},
		{"Sanctions were imposed on North Korea by the United States.", "USA>PRK"},
		{"An agreement was signed between Russia and China.", "RUS>CHN CHN>RUS"},
		// "US" before a verb is the state, not the pronoun "us"
		{"The US imposed sanctions on Iran.", "USA>IRN"},
	} {
		evs, err := c.Code(Article{ID: "t", Text: tc.text})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, e := range evs {
			got = append(got, e.Source.Country+">"+e.Target.Country)
		}
		if strings.Join(got, " ") != tc.want {
			t.Errorf("%q: got %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestTitledUnknownPerson checks the discourse of a person the tables do
// not know, named with a title (an article written for this test): the
// name after the title is his, so his surname alone and "he" find him, and
// "the president" refers back to him; "the leader of …" says whose leader
// it is and does not.
func TestTitledUnknownPerson(t *testing.T) {
	c, err := NewCoder(nil)
	if err != nil {
		t.Fatal(err)
	}
	text := "Algerian President Abdelaziz Bouteflicka arrived in Paris on Monday. The president criticized France's policy. " +
		"Bouteflicka also met Chirac. He accused France of interference."
	evs, err := c.Code(Article{ID: "t", Text: text})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range evs {
		got = append(got, e.Source.Country+">"+e.Target.Country+":"+e.Code)
	}
	// 042 arrive (visit), 111 criticize, 040 meet, 112 accuse: the verbs'
	// lexicon codes (lexicon_table.go)
	want := "DZA>FRA:042 DZA>FRA:111 DZA>FRA:040 DZA>FRA:112"
	if strings.Join(got, " ") != want {
		t.Errorf("got %q, want %q", got, want)
	}
	// "the government" belongs to the state of the previous sentence's
	// subject
	evs2, err := c.Code(Article{ID: "t2", Text: "Kenya criticized Uganda. The government accused Uganda of interference."})
	if err != nil {
		t.Fatal(err)
	}
	if len(evs2) != 2 || evs2[1].Source.Code != "KENGOV" || evs2[1].Target.Country != "UGA" {
		t.Errorf("the government: got %v", evs2)
	}
	for _, e := range evs {
		if e.Source.Name != "Abdelaziz Bouteflicka" {
			t.Errorf("source name %q, want the titled person's", e.Source.Name)
		}
	}
}
