package extract

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/entente/entente/dataset"
	"github.com/entente/entente/internal/sharedtest"
)

const sampleActors = `<!-- a test dictionary in PETRARCH's format -->
ARNOR_  [ARN]   # a country
GOLLUM  # date windows follow
+SMEAGOL
	[HOB < 950601]
	[HOBGOV 19950601 - 19990815]
	[HOBREB > 990816]
ARGENTIN  [ARG]
THE_SHIRE  [FRO/BIL/SAM]
BOROMIR  [---]
`

func TestParseActors(t *testing.T) {
	dict, err := ParseActors(strings.NewReader(sampleActors), "sample")
	if err != nil {
		t.Fatal(err)
	}
	if dict.Len() != 5 {
		t.Errorf("%d actors, want 5", dict.Len())
	}
	// date windows as PETRARCH reads them: YYMMDD with YY > 30 in the 1900s
	for _, tt := range []struct{ phrase, day, want string }{
		{"Arnor", "", "ARN"},
		{"Smeagol", "1990-01-01", "HOB"},
		{"Gollum", "1995-06-01", "HOBGOV"},
		{"Gollum", "1999-08-15", "HOBGOV"},
		{"Gollum", "2001-01-01", "HOBREB"},
		{"Argentina", "", "ARG"}, // a stem
		{"the shire", "", "FRO/BIL/SAM"},
	} {
		on := time.Time{}
		if tt.day != "" {
			on = d(tt.day)
		}
		if got, ok := dict.Lookup(tt.phrase, on); !ok || got != tt.want {
			t.Errorf("Lookup(%q, %s) = %q, %v; want %q", tt.phrase, tt.day, got, ok, tt.want)
		}
	}
	if _, ok := dict.Lookup("Gondor", time.Time{}); ok {
		t.Error("Gondor is not in the sample")
	}
}

func TestParseActorsBadLines(t *testing.T) {
	// malformed lines are skipped, as PETRARCH does, and accounted for; a
	// bad date (on a code line or the actor's own line) wraps ErrBadDate,
	// anything else ErrSyntax
	for _, c := range []struct {
		src, want string
		line      int
		sentinel  error
	}{
		{"\t[ARN]", "before any actor", 1, dataset.ErrSyntax},
		{"+SYNONYM", "before any actor", 1, dataset.ErrSyntax},
		{"ARNOR [ARN]\n\t[ARN 1995-1996]", `invalid date "1995"`, 2, dataset.ErrBadDate},
		{"ARNOR [ARN]\n\t[ARN 990101-980101]", "ends before it starts", 2, dataset.ErrBadDate},
		{"ARNOR [ARN]\n\t[ARN >20230229]", `invalid date "20230229"`, 2, dataset.ErrBadDate}, // 2023 is not a leap year
		{"ARNOR [ARN <991301]", `invalid date "991301"`, 1, dataset.ErrBadDate},              // month 13
		{"ARNOR [ARN]\n\t[ARN ~990101]", "want <date", 2, dataset.ErrSyntax},
		{"ARNOR [ARN]\n\t[ ]", "empty code", 2, dataset.ErrSyntax},
	} {
		dict, err := ParseActors(strings.NewReader(c.src), "bad.txt")
		if err != nil {
			t.Fatalf("%q: %v", c.src, err)
		}
		rep := dict.Report()
		if rep.Rejected != 1 || !rep.Balanced() || rep.Samples[0].File != "bad.txt" || rep.Samples[0].Line != c.line ||
			!errors.Is(rep.Samples[0], c.sentinel) || !strings.Contains(rep.Samples[0].Error(), c.want) {
			t.Errorf("ParseActors(%q): %s %v, want one rejection on line %d with %q wrapping %v", c.src, rep.RowsLine(), rep.Samples, c.line, c.want, c.sentinel)
		}
	}
}

func TestParseAgents(t *testing.T) {
	src := "!MINST! = MINISTER, MINISTRY\nPRESIDENT [~GOV]\nPOLICE {} [~COP]\n!MINST!_OF_SILLY_WALKS [~GOV]\nGOLDEN_GOOSE {GOLDEN_GEESE} [~GGS]\n"
	a, err := ParseAgents(strings.NewReader(src), "agents")
	if err != nil {
		t.Fatal(err)
	}
	// PRESIDENT(S), POLICE, MINISTER/MINISTRY OF SILLY WALKS and their
	// plurals (PETRARCH's rule: a final S takes ES), GOLDEN GOOSE/GEESE
	if a.Len() != 9 {
		t.Errorf("%d agent phrases, want 9: %+v", a.Len(), a.agents)
	}
	// malformed lines are skipped and accounted for, as PETRARCH does
	bad, err := ParseAgents(strings.NewReader("PRESIDENT\nSOLDIER [~MIL]\n!X!_GUARD [~MIL]\n!Y_GUARD [~MIL]\n"), "bad")
	if err != nil {
		t.Fatal(err)
	}
	rep := bad.Report()
	if bad.Len() != 2 || rep.Read != 4 || rep.Rejected != 3 || !rep.Balanced() || rep.Samples[0].Line != 1 ||
		!errors.Is(rep.Samples[0], dataset.ErrSyntax) || !strings.Contains(rep.Samples[1].Error(), "unknown substitution") ||
		!strings.Contains(rep.Samples[2].Error(), "unclosed substitution") {
		t.Errorf("%d phrases, %s %v", bad.Len(), rep.RowsLine(), rep.Samples)
	}
}

// The Phoenix country dictionary: Vladimir Putin's windows in the file are
// RUSGOV 991231-080507 and >080508 (and RUSELI before 1999-08-09).
func TestLoadPhoenixActors(t *testing.T) {
	dict, err := LoadActors(sharedtest.Path(t, "data/petrarch2/Phoenix.Countries.actors.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if dict.Len() < 5000 {
		t.Errorf("%d actors, want the file's thousands", dict.Len())
	}
	if rep := dict.Report(); !rep.Balanced() || rep.Rejected > 10 {
		t.Errorf("Phoenix dictionary: %s %v", rep.RowsLine(), rep.Samples)
	}
	for _, tt := range []struct{ phrase, day, want string }{
		{"Vladimir Putin", "2010-06-01", "RUSGOV"},
		{"Vladimir Putin", "1995-01-01", "RUSELI"},
		{"Afghanistan", "", "AFG"},
	} {
		on := time.Time{}
		if tt.day != "" {
			on = d(tt.day)
		}
		if got, ok := dict.Lookup(tt.phrase, on); !ok || got != tt.want {
			t.Errorf("Lookup(%q, %s) = %q, %v; want %q", tt.phrase, tt.day, got, ok, tt.want)
		}
	}
}

func TestCoderWithDictionaries(t *testing.T) {
	actors, err := LoadActors(sharedtest.Path(t, "data/petrarch2/PETR.Validate.actors.txt"))
	if err != nil {
		t.Fatal(err)
	}
	agents, err := LoadAgents(sharedtest.Path(t, "data/petrarch2/PETR.Validate.agents.txt"))
	if err != nil {
		t.Fatal(err)
	}
	c, err := NewCoder(&Options{Dictionaries: []*ActorDictionary{actors}, Agents: []*AgentDictionary{agents}, OnlyDictionaries: true})
	if err != nil {
		t.Fatal(err)
	}
	// PETR.UnitTest.records.xml DEMO-17 and AGENT-05 (actor codes from the
	// validation dictionary; event codes from entente's lexicon)
	if got := triples(c.CodeSentence("Bree President Romendacil arrived in Gondor on Monday.", d("1995-01-17"))); got != "BRE>GON:042" {
		t.Errorf("DEMO-17: %s", got)
	}
	evs := c.CodeSentence("Arnor criticized Gondor's government.", d("1995-01-01"))
	if len(evs) != 1 || evs[0].Target.Code != "GONGOV" {
		t.Errorf("AGENT-05: %+v", evs)
	}
	// date-restricted actors: Sam Gamgee is HOBMIL in 2010-01-06 (DATE-08)
	evs = c.CodeSentence("Sam Gamgee attacked Mordor.", d("2010-01-06"))
	if len(evs) != 1 || evs[0].Source.Code != "HOBMIL" {
		t.Errorf("DATE-08: %+v", evs)
	}
}

func FuzzParseActors(f *testing.F) {
	f.Add(sampleActors)
	f.Add("A [B]\n\t[C <1]\n+D\n<!-- x")
	f.Add("\t\t[\n[]]\n+")
	f.Fuzz(func(t *testing.T, s string) {
		dict, err := ParseActors(strings.NewReader(s), "fuzz")
		if err != nil {
			return // a line longer than the scanner's limit
		}
		if !dict.Report().Balanced() {
			t.Fatalf("unbalanced %s", dict.Report().RowsLine())
		}
		dict.Lookup("a b", time.Now())
	})
}
