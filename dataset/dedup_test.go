package dataset

import (
	"fmt"
	"math"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"
	"time"
)

// dev builds an event for the dedup tests.
func dev(date time.Time, src, srcCode, srcName, tgt, tgtCode, tgtName, code string) Event {
	e := NewEvent()
	e.Date = date
	e.Source = Actor{Country: src, Code: srcCode, Name: srcName}
	e.Target = Actor{Country: tgt, Code: tgtCode, Name: tgtName}
	e.SetCode(code)
	return e
}

func TestDedupKeys(t *testing.T) {
	d1, d2 := day(2018, 6, 1), day(2018, 6, 2)
	evs := []Event{
		dev(d1, "BGD", "", "Foreign Affairs (Bangladesh)", "VNM", "", "Military (Vietnam)", "040"), // 0
		dev(d1, "BGD", "", "Foreign Affairs (Bangladesh)", "VNM", "", "Military (Vietnam)", "040"), // 1 = 0
		dev(d1, "BGD", "", "Sheikh Hasina", "VNM", "", "Military (Vietnam)", "040"),                // 2 other source actor
		dev(d2, "BGD", "", "Foreign Affairs (Bangladesh)", "VNM", "", "Military (Vietnam)", "040"), // 3 other day
		dev(d1, "BGD", "", "Foreign Affairs (Bangladesh)", "VNM", "", "Military (Vietnam)", "042"), // 4 other code
		dev(d1, "VNM", "", "Military (Vietnam)", "BGD", "", "Foreign Affairs (Bangladesh)", "040"), // 5 reversed: other event
		dev(d1, "USA", "USAGOV", "WHITE HOUSE", "CHN", "CHN", "CHINA", "040"),                      // 6
		dev(d1, "USA", "USAGOV", "PRESIDENT", "CHN", "CHN", "BEIJING", "040"),                      // 7 = 6 (same codes)
		dev(d1, "USA", "USAMIL", "PENTAGON", "CHN", "CHN", "CHINA", "040"),                         // 8 other actor code
		dev(time.Time{}, "USA", "USAGOV", "WHITE HOUSE", "CHN", "CHN", "CHINA", "040"),             // 9 undated
		dev(time.Time{}, "USA", "USAGOV", "WHITE HOUSE", "CHN", "CHN", "CHINA", "040"),             // 10 undated, never merged
		dev(d1.Add(15*time.Hour), "USA", "USAGOV", "X", "CHN", "CHN", "Y", "040"),                  // 11 same day, later hour = 6
	}
	out, rep := Dedup(evs, nil)
	// hand: merged are 1 (into 0), 7 and 11 (into 6); 12 in, 9 out
	if rep != (DedupReport{In: 12, Out: 9, Merged: 3, Groups: 2, Undated: 2}) {
		t.Errorf("actors report = %+v", rep)
	}
	if rep.In != rep.Out+rep.Merged {
		t.Error("In != Out + Merged")
	}
	wantFirst := []string{"Foreign Affairs (Bangladesh)", "Sheikh Hasina", "Foreign Affairs (Bangladesh)", "Foreign Affairs (Bangladesh)", "Military (Vietnam)", "WHITE HOUSE", "PENTAGON", "WHITE HOUSE", "WHITE HOUSE"}
	var got []string
	for _, e := range out {
		got = append(got, e.Source.Name)
	}
	if !reflect.DeepEqual(got, wantFirst) {
		t.Errorf("order = %v\nwant %v (first appearance)", got, wantFirst)
	}
	if out[0].Reports != 2 || out[5].Reports != 3 || out[1].ReportCount() != 1 {
		t.Errorf("reports = %d, %d, %d; want 2, 3, 1", out[0].Reports, out[5].Reports, out[1].ReportCount())
	}

	// countries: 0,1,2 merge (BGD→VNM 040 on d1); 6,7,8,11 merge; 5 stays
	_, rep = Dedup(evs, &DedupOptions{Key: DedupCountries})
	if rep != (DedupReport{In: 12, Out: 7, Merged: 5, Groups: 2, Undated: 2}) {
		t.Errorf("countries report = %+v", rep)
	}
}

func TestDedupMergedFields(t *testing.T) {
	d := day(2024, 3, 1)
	a := dev(d, "CHN", "CHN", "CHINA", "RUS", "RUS", "RUSSIA", "042")
	a.ID, a.Origin = "a", Origin{"f.tsv", 3}
	a.Mentions, a.Sources, a.Articles = 4, 1, 0
	a.Tone, a.Confidence = 2, 0.5
	a.URL = "http://a"
	a.Evidence = []Evidence{{Doc: "d1", Sentence: 2, Text: "x"}}
	a.DateAdded = day(2024, 3, 3)
	a.Background = true
	b := dev(d, "CHN", "CHN", "CHINA", "RUS", "RUS", "RUSSIA", "042")
	b.ID, b.Origin = "b", Origin{"f.tsv", 9}
	b.Mentions, b.Sources, b.Articles = 6, 2, 0
	b.Tone, b.Confidence = math.NaN(), 0.9
	b.URL = "http://b"
	b.URLs = []string{"http://a", "http://c"}
	b.Evidence = []Evidence{{Doc: "d1", Sentence: 2, Text: "x"}, {Doc: "d2", Sentence: 0, Text: "y"}}
	b.DateAdded = day(2024, 3, 2)
	b.Reports = 2
	b.Description = "visit"
	c := dev(d, "CHN", "CHN", "CHINA", "RUS", "RUS", "RUSSIA", "042")
	c.Tone = -1
	c.Background = true
	in := []Event{a, b, c}
	out, rep := Dedup(in, nil)
	if len(out) != 1 || rep.Merged != 2 {
		t.Fatalf("got %d events, report %+v", len(out), rep)
	}
	m := out[0]
	// hand: reports 1 + 2 + 1 = 4; mentions 4+6+0(unknown) = 10; sources 1+2 = 3;
	// articles all unknown → 0; tone weighted by report count over known
	// tones: (1·2 + 1·(-1)) / 2 = 0.5 (b's NaN skipped); confidence max 0.9
	if m.ID != "a" || m.Origin != (Origin{"f.tsv", 3}) {
		t.Errorf("identity = %q %v, want the first event's", m.ID, m.Origin)
	}
	if m.Reports != 4 || m.Mentions != 10 || m.Sources != 3 || m.Articles != 0 {
		t.Errorf("counts = %d %d %d %d", m.Reports, m.Mentions, m.Sources, m.Articles)
	}
	if m.Tone != 0.5 || m.Confidence != 0.9 {
		t.Errorf("tone %v confidence %v, want 0.5 and 0.9", m.Tone, m.Confidence)
	}
	if !m.DateAdded.Equal(day(2024, 3, 2)) || m.Description != "visit" || m.URL != "http://a" || m.Background {
		t.Errorf("DateAdded %v Description %q URL %q Background %v", m.DateAdded, m.Description, m.URL, m.Background)
	}
	if want := []string{"http://a", "http://b", "http://c"}; !reflect.DeepEqual(m.URLs, want) {
		t.Errorf("URLs = %v, want %v", m.URLs, want)
	}
	if want := []Evidence{{Doc: "d1", Sentence: 2, Text: "x"}, {Doc: "d2", Sentence: 0, Text: "y"}}; !reflect.DeepEqual(m.Evidence, want) {
		t.Errorf("Evidence = %v", m.Evidence)
	}
	// the inputs are untouched
	if len(in[0].URLs) != 0 || len(in[0].Evidence) != 1 || in[0].Reports != 1 || len(in[1].URLs) != 2 {
		t.Error("Dedup modified its input")
	}
}

// Merging with Dedup keeps the mention-weighted volume of a dyad: the sum of
// mentions is the same before and after.
func TestDedupKeepsWeightedVolume(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 5))
	evs := randomEvents(r, 2000)
	for i := range evs {
		evs[i].Code = []string{"040", "042", "190"}[r.IntN(3)]
		evs[i].Mentions = 1 + r.IntN(30)
	}
	out, rep := Dedup(evs, &DedupOptions{Key: DedupCountries})
	if rep.Merged == 0 || rep.In != rep.Out+rep.Merged {
		t.Fatalf("report %+v", rep)
	}
	before := buildTable(&AggregateOptions{Weight: WeightMentions}, evs)
	after := buildTable(&AggregateOptions{Weight: WeightMentions}, out)
	var wb, wa, rb, ra float64
	for _, row := range before.Rows() {
		wb += row.W.Float()
		rb += float64(row.Reports)
	}
	for _, row := range after.Rows() {
		wa += row.W.Float()
		ra += float64(row.Reports)
	}
	if wa != wb || ra != rb || after.Events() >= before.Events() {
		t.Errorf("mention volume %v → %v, reports %v → %v, events %d → %d", wb, wa, rb, ra, before.Events(), after.Events())
	}
	// deterministic: same input, same output
	again, _ := Dedup(evs, &DedupOptions{Key: DedupCountries})
	if !sameEvents(out, again) {
		t.Error("Dedup is not deterministic")
	}
}

func TestDeduperStreamingMatchesDedup(t *testing.T) {
	r := rand.New(rand.NewPCG(9, 1))
	evs := randomEvents(r, 500)
	want, wrep := Dedup(evs, nil)
	d := NewDeduper(nil)
	for i := range evs {
		d.Add(&evs[i])
	}
	if !sameEvents(d.Events(), want) || d.Report() != wrep || d.Len() != len(want) {
		t.Error("Deduper differs from Dedup")
	}
	c := NewDedupCounter(nil)
	for i := range evs {
		c.Add(&evs[i])
	}
	if c.Report() != wrep || c.Len() != len(want) || c.Events() != nil {
		t.Errorf("counting Deduper: %+v, want %+v", c.Report(), wrep)
	}
}

// sameEvents compares events field by field, NaN equal to NaN (which
// reflect.DeepEqual does not do).
func sameEvents(a, b []Event) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if fmt.Sprintf("%#v", a[i]) != fmt.Sprintf("%#v", b[i]) {
			return false
		}
	}
	return true
}

func TestDedupKeyParse(t *testing.T) {
	for _, k := range []DedupKey{DedupActors, DedupCountries} {
		if got, err := ParseDedupKey(k.String()); err != nil || got != k {
			t.Errorf("ParseDedupKey(%q) = %v, %v", k.String(), got, err)
		}
	}
	if _, err := ParseDedupKey("names"); err == nil {
		t.Error("ParseDedupKey(names) succeeded")
	}
	defer func() {
		if r, _ := recover().(string); !strings.HasPrefix(r, "dataset: ") {
			t.Errorf("panic = %q", r)
		}
	}()
	NewDeduper(&DedupOptions{Key: 7})
}
