package report

import (
	"fmt"
	"time"

	"github.com/entente/entente/dataset"
	"github.com/entente/entente/score"
)

// Joint acts. Event data code an act in a direction, source → target, so
// an act both sides perform together — a meeting, a joint statement, an
// agreement — is two rows, one per direction: a visit 042 one way and its
// hosting 043 the other, a joint statement 057 both ways (chronology's
// README; GDELT codes such acts both ways too). The report keeps both rows
// (the level values each; its negativity bias weighs the pair back), so
// its event counts count rows; the top events list such a pair once (↔),
// and the methods say how many rows of the report's dyads are such pairs.

// mutualKey is what two rows of one joint act share: the day, the
// description (eventText) and the code — the same code both ways, or a
// visit (042) and its hosting (043), the one pair of codes the two sides
// of one act take (mutualCodes). Two different acts told in one sentence
// (an article's "Russia imposed sanctions on Ukraine, and Ukraine
// expelled Russian diplomats": 163 and 161, one text) are two acts.
func mutualKey(date time.Time, desc, code string) string {
	if c, ok := mutualCodes[code]; ok {
		code = c
	}
	return date.Format("2006-01-02") + "\x00" + desc + "\x00" + code
}

// mutualCodes maps a code to the code its act takes from the other side,
// when they differ: a visit and its hosting.
var mutualCodes = map[string]string{"043": "042"}

// jointRows counts the rows of evs that belong to a joint act: rows with
// the same mutualKey in both directions of their dyad (each direction's
// rows counted).
func jointRows(evs []dataset.Event) int {
	type side struct{ ab, ba int }
	keys := map[string]*side{}
	for i := range evs {
		e := &evs[i]
		if e.Date.IsZero() {
			continue
		}
		d := dataset.Dyad{A: e.Source.Country, B: e.Target.Country}
		u := d.Undirected()
		k := u.A + "\x00" + u.B + "\x00" + mutualKey(e.Date, eventText(e), e.Code)
		s := keys[k]
		if s == nil {
			s = &side{}
			keys[k] = s
		}
		if d == u {
			s.ab++
		} else {
			s.ba++
		}
	}
	n := 0
	for _, s := range keys {
		if s.ab > 0 && s.ba > 0 {
			n += s.ab + s.ba
		}
	}
	return n
}

// jointText is the methods' sentence on joint acts: they are two rows,
// the events counts, events per year and the thin-evidence rule count
// rows, and how many of the report's rows are such pairs.
func jointText(r *Report) string {
	var joint, rows int64
	counted := true
	for _, d := range r.Dyads {
		joint += int64(d.joint)
		rows += d.Summary.Events
		counted = counted && d.joint >= 0
	}
	here := ""
	if rows > 0 && counted {
		here = fmt.Sprintf("; here %s of the report's dyads' %s rows are such pairs", thousands(joint), thousands(rows))
	}
	return "An act both sides perform together — a meeting, a joint statement, an agreement, a clash — is coded as two rows, one per direction (a visit 042 one way and its hosting 043 the other, a joint statement 057 both ways), and both count: the events counts, the events per year and the thin-evidence rule count rows, so a joint act counts twice (the top events list it once, ↔)" + here + "."
}

// eventValue is the level's value of one event of Goldstein weight g at
// the level's defaults: h(g) − h(0), h(g) = g − β·g²/20
// (score.LevelOptions.EventValue, not a second copy of the formula).
func eventValue(g float64) float64 { return (*score.LevelOptions)(nil).EventValue(g) }

// betaText writes β before g²/20 in the methods: "" for β = 1, else
// "0.5·".
func betaText() string {
	if score.DefaultNegativityBias == 1 {
		return ""
	}
	return fmt.Sprint(score.DefaultNegativityBias) + "·"
}
