package extract

import (
	"fmt"
	"testing"

	"github.com/entente/entente/dataset"
	"github.com/entente/entente/internal/sharedtest"
)

// codeSeeds codes the five seed articles (../shared/seeds, dated by their
// index.tsv) and returns the events by article.
func codeSeeds(t *testing.T) map[string][]dataset.Event {
	t.Helper()
	dir := sharedtest.Path(t, "seeds")
	arts, rep, err := ReadArticles(dir, nil)
	if err != nil || rep.Rejected != 0 || len(arts) != 5 {
		t.Fatalf("reading the seeds: %d articles, %v, %v", len(arts), rep, err)
	}
	out := map[string][]dataset.Event{}
	for _, a := range arts {
		evs, err := testCoder.Code(a)
		if err != nil {
			t.Fatalf("%s: %v", a.ID, err)
		}
		out[a.ID[:3]] = evs
	}
	return out
}

func has(evs []dataset.Event, src, tgt, code, date string) bool {
	for _, e := range evs {
		if e.Source.Country == src && e.Target.Country == tgt && e.Code == code && dayText(e.Date) == date {
			return true
		}
	}
	return false
}

// The expected events are read off the seed articles themselves (dates
// from the text against index.tsv: 2023-09-13 was a Wednesday, 2024-05-16
// and 2025-05-08 Thursdays); codes from the CAMEO codebook: 042 make a
// visit, 043 host a visit, 040 consult, 046 negotiate, 050 diplomatic
// cooperation (elevating ties), 057 sign a formal agreement.
func TestSeedsDiplomacy(t *testing.T) {
	evs := codeSeeds(t)
	type want struct{ art, src, tgt, code, date, what string }
	for _, w := range []want{
		{"000", "CHN", "VEN", "050", "2023-09-13", "Xi and Maduro announce the elevation of ties"},
		{"000", "VEN", "CHN", "050", "2023-09-13", "… in both directions"},
		{"000", "CHN", "VEN", "040", "2023-09-13", "a meeting with his visiting Venezuelan counterpart … on Wednesday"},
		{"000", "VEN", "CHN", "042", "2023-09-12", "he arrived in Beijing on Tuesday"},
		{"000", "VEN", "CHN", "042", "2023-09-13", "Maduro is in China for a one-week visit"},
		{"001", "RUS", "CHN", "042", "2024-05-16", "Putin paid a state visit to China (May 16 to 17)"},
		{"001", "RUS", "CHN", "057", "2024-05-16", "a joint statement was signed during the visit"},
		{"001", "CHN", "RUS", "057", "2024-05-16", "… by both"},
		{"001", "RUS", "CHN", "050", "2024-05-16", "Russia and China strengthen strategic partnership"},
		{"001", "CHN", "RUS", "040", "2024-05-16", "Xi and Putin discussed"},
		{"002", "CHN", "RUS", "043", "2024-05-16", "Xi welcomed Putin to Beijing on Thursday"},
		{"002", "RUS", "CHN", "042", "2024-05-16", "Putin's two-day state visit to China"},
		{"003", "RUS", "CHN", "050", "2025-05-08", "Putin and Xi announced a deepening … on Thursday (May 8)"},
		{"003", "CHN", "RUS", "057", "2025-05-08", "the two leaders signed a joint statement"},
		{"003", "RUS", "CHN", "040", "2025-05-08", "after a four-hour meeting"},
		{"004", "RUS", "CHN", "042", "2024-05-16", "Putin arrived earlier on Thursday for a two-day state visit"},
		{"004", "CHN", "RUS", "046", "2024-05-16", "the pair started a day of talks"},
		{"004", "RUS", "CHN", "040", "2024-05-16", "they met at the Great Hall of the People"},
	} {
		if !has(evs[w.art], w.src, w.tgt, w.code, w.date) {
			t.Errorf("seed %s: missing %s→%s %s on %s (%s)", w.art, w.src, w.tgt, w.code, w.date, w.what)
		}
	}
	// past context gets its own date and the background flag, never the
	// article's day
	for _, w := range []struct{ art, src, tgt, code, date string }{
		{"004", "RUS", "CHN", "050", "2022-02-01"}, // declared a "no limits" partnership in February 2022
		{"004", "RUS", "CHN", "042", "2022-02-01"}, // when Putin visited Beijing
		{"001", "RUS", "CHN", "061", "2023-01-01"}, // In 2023, Russia exported oil and gas to China
	} {
		found := false
		for _, e := range evs[w.art] {
			if e.Source.Country == w.src && e.Target.Country == w.tgt && e.Code == w.code && dayText(e.Date) == w.date {
				found = e.Background
			}
		}
		if !found {
			t.Errorf("seed %s: want background %s→%s %s dated %s", w.art, w.src, w.tgt, w.code, w.date)
		}
	}
	for _, e := range evs["000"] {
		if e.Code == "071" && (!e.Background || !e.Date.IsZero()) {
			t.Errorf("seed 000: the loans of the 2010s must be undated background, got %v %v", e.Date, e.Background)
		}
	}
}

func TestSeedsNoConflictBetweenPartners(t *testing.T) {
	for art, evs := range codeSeeds(t) {
		for _, e := range evs {
			pair := map[string]bool{e.Source.Country: true, e.Target.Country: true}
			if pair["CHN"] && (pair["RUS"] || pair["VEN"]) && e.Quad.Conflictual() {
				t.Errorf("seed %s: conflict %s→%s %s (%s) from %q", art, e.Source.Code, e.Target.Code, e.Code, e.PLOVER, e.Evidence[0].Text)
			}
		}
	}
}

func TestSeedsDedup(t *testing.T) {
	var all []dataset.Event
	for _, art := range []string{"000", "001", "002", "003", "004"} {
		all = append(all, codeSeeds(t)[art]...)
	}
	merged, rep := Dedup(all, nil)
	if rep.In != int64(len(all)) || rep.Out != int64(len(merged)) || rep.In != rep.Out+rep.Merged {
		t.Errorf("report %+v does not balance for %d → %d events", rep, len(all), len(merged))
	}
	// Putin's 2024-05-16 visit is reported by three articles (001, 002, 004)
	for _, e := range merged {
		if e.Source.Country == "RUS" && e.Target.Country == "CHN" && e.Code == "042" && dayText(e.Date) == "2024-05-16" {
			docs := map[string]bool{}
			for _, ev := range e.Evidence {
				docs[ev.Doc[:3]] = true
			}
			if e.Reports != 3 || fmt.Sprint(len(docs)) != "3" {
				t.Errorf("the visit has Reports=%d from %v, want 3 articles", e.Reports, docs)
			}
			return
		}
	}
	t.Error("the 2024-05-16 visit is missing after dedup")
}
