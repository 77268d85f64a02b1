package extract

import (
	"strings"
	"testing"
	"time"
)

var testCoder = func() *Coder {
	c, err := NewCoder(nil)
	if err != nil {
		panic(err)
	}
	return c
}()

// codes renders mentions as "text=CODE,CODE" for comparison.
func codes(ms []Mention) string {
	var parts []string
	for _, m := range ms {
		if m.Kind != "actor" && m.Kind != "pair" {
			continue
		}
		var cs []string
		for _, a := range m.Actors {
			cs = append(cs, a.Code)
		}
		mark := ""
		if !m.Head {
			mark = "~"
		}
		parts = append(parts, mark+m.Text+"="+strings.Join(cs, ","))
	}
	return strings.Join(parts, " ")
}

// Expected codes: the country table (ISO 3166 alpha-3, seats), the
// officials table (offices with dates) and the agents table (CAMEO
// sectors).
func TestMentions(t *testing.T) {
	may2024 := d("2024-05-16")
	tests := []struct {
		text string
		on   time.Time
		want string
	}{
		{"Chinese President Xi Jinping met Russian President Vladimir Putin.", may2024,
			"Chinese President Xi Jinping=CHNGOV Russian President Vladimir Putin=RUSGOV"},
		{"Foreign Minister Sergei Lavrov spoke.", may2024, "Foreign Minister Sergei Lavrov=RUSGOV"},
		{"The Kremlin and Beijing agreed.", may2024, "Kremlin and Beijing=RUSGOV,CHNGOV"},
		{"Washington slapped sanctions on Caracas.", may2024, "Washington=USAGOV Caracas=VENGOV"},
		{"Senior Hungarian and Romanian officials agreed.", may2024, "Hungarian and Romanian officials=HUNGOV,ROUGOV"},
		{"Xi lauds China-Russia ties.", may2024, "Xi=CHNGOV ~China-Russia=CHN,RUS"},
		{"tariffs on Chinese imports", may2024, "~Chinese=CHN"},
		{"Niger's ambassador was summoned.", may2024, "Niger's ambassador=NERGOV"},
		{"Rebels in the Ivory Coast dismissed an appeal.", may2024, "Rebels in the Ivory Coast=CIVREB"},
		{"The United Nations and NATO met.", may2024, "United Nations and NATO=IGOUNO,IGONAT"},
		{"Putin's newly appointed defence minister, Andrei Belousov, attended.", may2024, "Putin's newly appointed defence minister, Andrei Belousov=RUSGOV"},
		{"President Obama spoke.", d("2000-01-01"), "President Obama=USAGOV"}, // the title, before his term
		{"Obama spoke.", d("2000-01-01"), "Obama=USAELI"},
		{"Hamas fired rockets.", may2024, "Hamas=PSEREB"},
		{"The Taliban seized Kabul.", d("2021-08-15"), "Taliban=AFGGOV Kabul=AFGGOV"},
		{"The Taliban attacked.", d("2010-01-01"), "Taliban=AFGREB"},
		{"Turkey, not turkey, and the US, not us.", may2024, "Turkey=TUR US=USA"},
		{"the pro-Iranian Hizbollah group", may2024, "Hizbollah group=LBNREB"},
		{"ethnic Albanians", may2024, ""},
	}
	for _, tt := range tests {
		if got := codes(testCoder.Mentions(tt.text, tt.on)); got != tt.want {
			t.Errorf("%q:\n got  %s\n want %s", tt.text, got, tt.want)
		}
	}
}

func TestMentionsPronounsAndCollectives(t *testing.T) {
	ms := testCoder.Mentions("He said the two leaders and both sides agreed with them.", d("2024-05-16"))
	var kinds []string
	for _, m := range ms {
		kinds = append(kinds, m.Kind+":"+m.Text)
	}
	want := "pronoun:He collective:the two leaders collective:both sides pronoun:them"
	if strings.Join(kinds, " ") != want {
		t.Errorf("got %q, want %q", strings.Join(kinds, " "), want)
	}
}

func FuzzMentions(f *testing.F) {
	for _, s := range []string{"Chinese President Xi Jinping", "the U.S.-led coalition", "Russia's", "Xi and Putin",
		"Guinea-Bissau", "the two leaders", "al-Qaeda's", "\xff\x00", "Niger's ambassador of the", "U.S. and"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, m := range testCoder.Mentions(s, time.Time{}) {
			if m.Start < 0 || m.End > len(s) || m.Start > m.End || s[m.Start:m.End] != m.Text {
				t.Fatalf("bad span %+v in %q", m, s)
			}
			for _, a := range m.Actors {
				if a.Country != "" && len(a.Country) != 3 {
					t.Fatalf("bad country %q in %q", a.Country, s)
				}
			}
		}
	})
}
