package extract

import (
	"strings"
	"testing"

	"github.com/entente/entente/dataset"
)

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

// TestHeadlineList checks titles written for this test: a headline writes
// "and" as a comma, so "Russia, China sign energy deal" is a compound
// subject (057 sign formal agreement, both ways for a reciprocal verb),
// while a comma in running text stays an apposition.
func TestHeadlineList(t *testing.T) {
	for _, tc := range []struct{ title, want string }{
		{"Russia, China sign energy deal", "RUS>CHN:057 CHN>RUS:057"},
		{"Modi, Xi hold talks on border", "IND>CHN:046 CHN>IND:046"},
	} {
		evs, err := testCoder.Code(Article{ID: "t", Title: tc.title, Published: d("2024-05-16"), Text: "Officials gave no further details."})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, e := range evs {
			got = append(got, e.Source.Country+">"+e.Target.Country+":"+e.Code)
		}
		if strings.Join(got, " ") != tc.want {
			t.Errorf("%q: got %q, want %q", tc.title, got, tc.want)
		}
	}
}
