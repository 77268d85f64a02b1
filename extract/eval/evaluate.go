package eval

import (
	"fmt"
	"sort"
	"strings"

	"github.com/entente/entente/cameo"
	"github.com/entente/entente/dataset"
	"github.com/entente/entente/extract"
)

// Score is precision, recall and F1 from true positives, false positives
// and false negatives. Precision, Recall and F1 are NaN when undefined
// (no predictions, no gold items).
type Score struct {
	TP, FP, FN int
}

// Precision returns TP / (TP + FP), NaN without predictions.
func (s Score) Precision() float64 { return ratio(s.TP, s.TP+s.FP) }

// Recall returns TP / (TP + FN), NaN without gold items.
func (s Score) Recall() float64 { return ratio(s.TP, s.TP+s.FN) }

// F1 returns the harmonic mean of precision and recall (NaN if either is,
// 0 if both are 0).
func (s Score) F1() float64 {
	p, r := s.Precision(), s.Recall()
	if p != p || r != r {
		return nan()
	}
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func (s *Score) add(gold, pred map[string]bool) {
	for k := range pred {
		if gold[k] {
			s.TP++
		} else {
			s.FP++
		}
	}
	for k := range gold {
		if !pred[k] {
			s.FN++
		}
	}
}

func ratio(a, b int) float64 {
	if b == 0 {
		return nan()
	}
	return float64(a) / float64(b)
}

func nan() float64 {
	var z float64
	return z / z
}

// Levels scored by Evaluate. Tuples are sets per sentence: an event is
// (source, target, category) where source and target are the first three
// letters of the actor codes (the state, or IGO/NGO/IMG) and the target is
// empty when the event has none.
const (
	LevelPLOVER     = "source, target, PLOVER category" // the headline measure
	LevelCategory   = "PLOVER category"                 // categories per sentence, actors ignored
	LevelRoot       = "source, target, CAMEO root"      // CAMEO gold only
	LevelBase       = "source, target, CAMEO base code" // three digits
	LevelFull       = "source, target, CAMEO full code" // as coded
	LevelSources    = "source actors"                   // states (first three letters) per sentence
	LevelTargets    = "target actors"
	LevelDetection  = "sentences with an event" // a sentence with at least one event, either side
	LevelNoEvent    = "no-event sentences"      // a sentence correctly left without events
	LevelReciprocal = "reciprocal as one-sided" // compound gold coded (A, "", cat) instead of A↔B
)

// RecordResult is the evaluation of one gold record: the gold and predicted
// tuples at the headline level.
type RecordResult struct {
	ID        string
	Text      string
	Gold      []string
	Predicted []string
	Match     int
}

// Result is the outcome of Evaluate.
type Result struct {
	// Source says what was evaluated ("PLOVER_GSR_CAMEO.dev.json").
	Source string
	// Records is the number of gold records; Events the number of gold
	// events; Coded the number of events the coder produced.
	Records, Events, Coded int
	// CAMEO reports whether the gold carries CAMEO codes (root, base and
	// full levels are then scored).
	CAMEO bool
	// Scores by level (the Level… constants).
	Scores map[string]Score
	// ByCategory scores the headline level per category (PLOVER category,
	// or CAMEO root for CAMEO gold).
	ByCategory map[string]Score
	// Confusion counts, per sentence, the gold category against the
	// predicted one ("none" for no event); Confusion[gold][predicted].
	Confusion map[string]map[string]int
	// Details holds every record's tuples, for auditing.
	Details []RecordResult
}

// Options configure Evaluate. Nil means the defaults.
type Options struct {
	// Keep every record's tuples in Result.Details.
	Details bool
}

// Evaluate codes every gold record's text with c and scores the events
// against the gold at every level. Records are coded one sentence each, on
// the record's date, except the sentences of one article of entente's own
// gold (ids "a07#1", "a07#2", … in a row): those are coded together as the
// article they come from, so that "the two leaders" or "he" resolve as in
// the news, and each event is scored on the sentences its evidence names.
func Evaluate(gold []GoldRecord, c *extract.Coder, opts *Options) *Result {
	if c == nil {
		panic("eval: Evaluate needs a Coder")
	}
	res := &Result{Scores: map[string]Score{}, ByCategory: map[string]Score{}, Confusion: map[string]map[string]int{}}
	for _, g := range gold {
		for _, e := range g.Events {
			if e.Code != "" {
				res.CAMEO = true
			}
		}
	}
	score := func(level string, gs, ps map[string]bool) {
		s := res.Scores[level]
		s.add(gs, ps)
		res.Scores[level] = s
	}
	coded := codeRecords(gold, c)
	for gi, g := range gold {
		res.Records++
		res.Events += len(g.Events)
		evs := coded[gi]
		res.Coded += len(evs)
		gt := goldTuples(g, func(e GoldEvent) string { return e.PLOVER })
		pt := predTuples(evs, func(e *dataset.Event) string { return e.PLOVER })
		score(LevelPLOVER, gt, pt)
		score(LevelCategory, lastField(gt), lastField(pt))
		// the per-category table: PLOVER tuples, or CAMEO root tuples for
		// CAMEO gold (so that both sides are keyed on the root)
		cg, cp := gt, pt
		if res.CAMEO {
			for _, lv := range []struct {
				name string
				n    int
			}{{LevelRoot, 2}, {LevelBase, 3}, {LevelFull, 4}} {
				n := lv.n
				cut := func(code string) string {
					if len(code) > n {
						return code[:n]
					}
					return code
				}
				gc, pc := goldTuples(g, func(e GoldEvent) string { return cut(e.Code) }), predTuples(evs, func(e *dataset.Event) string { return cut(e.Code) })
				score(lv.name, gc, pc)
				if n == 2 {
					cg, cp = gc, pc
				}
			}
		}
		gs, gtg := goldSides(g)
		ps, ptg := predSides(evs)
		score(LevelSources, gs, ps)
		score(LevelTargets, gtg, ptg)
		// detection and no-event sentences
		hasGold, hasPred := len(g.Events) > 0, len(evs) > 0
		score(LevelDetection, boolSet(hasGold), boolSet(hasPred))
		score(LevelNoEvent, boolSet(!hasGold), boolSet(!hasPred))
		score(LevelReciprocal, oneSided(g), predTuplesOneSided(evs))
		// per category and confusion
		catOf := func(t string) string { return t[strings.LastIndexByte(t, '|')+1:] }
		byCat := map[string][2]map[string]bool{}
		for side, set := range [2]map[string]bool{cg, cp} { // 0 gold, 1 coded
			for t := range set {
				k := catOf(t)
				x := byCat[k]
				if x[0] == nil {
					x = [2]map[string]bool{{}, {}}
				}
				x[side][t] = true
				byCat[k] = x
			}
		}
		for k, x := range byCat {
			s := res.ByCategory[k]
			s.add(x[0], x[1])
			res.ByCategory[k] = s
		}
		gl, pl := confusionLabels(g, evs, res.CAMEO)
		if res.Confusion[gl] == nil {
			res.Confusion[gl] = map[string]int{}
		}
		res.Confusion[gl][pl]++
		if opts != nil && opts.Details {
			rr := RecordResult{ID: g.ID, Text: g.Text, Gold: keys(gt), Predicted: keys(pt)}
			for t := range pt {
				if gt[t] {
					rr.Match++
				}
			}
			res.Details = append(res.Details, rr)
		}
	}
	return res
}

func boolSet(b bool) map[string]bool {
	if b {
		return map[string]bool{"yes": true}
	}
	return map[string]bool{}
}

func keys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// goldTuples expands gold events to (source|target|label) tuples:
// sources × targets, or every ordered pair of distinct sources for a
// reciprocal event, or (source|"") without a target.
func goldTuples(g GoldRecord, label func(GoldEvent) string) map[string]bool {
	out := map[string]bool{}
	for _, e := range g.Events {
		l := label(e)
		if l == "" {
			continue
		}
		srcs := actorKeys(e.Sources)
		tgts := actorKeys(e.Targets)
		if e.Reciprocal && len(tgts) == 0 && len(srcs) >= 2 {
			for _, a := range srcs {
				for _, b := range srcs {
					if a != b {
						out[a+"|"+b+"|"+l] = true
					}
				}
			}
			continue
		}
		if len(srcs) == 0 {
			srcs = []string{""}
		}
		if len(tgts) == 0 {
			tgts = []string{""}
		}
		for _, a := range srcs {
			for _, b := range tgts {
				out[a+"|"+b+"|"+l] = true
			}
		}
	}
	return out
}

// oneSided is the gold at the reciprocal-as-one-sided convention: a
// compound actor with no target gives (A|""|cat) for every member.
func oneSided(g GoldRecord) map[string]bool {
	out := map[string]bool{}
	for _, e := range g.Events {
		if e.PLOVER == "" {
			continue
		}
		srcs := actorKeys(e.Sources)
		tgts := actorKeys(e.Targets)
		if len(srcs) == 0 {
			srcs = []string{""}
		}
		if len(tgts) == 0 {
			tgts = []string{""}
		}
		for _, a := range srcs {
			for _, b := range tgts {
				out[a+"|"+b+"|"+e.PLOVER] = true
			}
		}
	}
	return out
}

// predTuplesOneSided scores predictions against oneSided gold: a
// reciprocal pair A↔B also counts as (A|""|cat) and (B|""|cat).
func predTuplesOneSided(evs []dataset.Event) map[string]bool {
	out := predTuples(evs, func(e *dataset.Event) string { return e.PLOVER })
	for k := range out {
		f := strings.Split(k, "|")
		if f[1] != "" && out[f[1]+"|"+f[0]+"|"+f[2]] {
			out[f[0]+"||"+f[2]] = true
		}
	}
	return out
}

func actorKeys(as []GoldActor) []string {
	var out []string
	for _, a := range as {
		k := a.Country()
		if k == "" {
			continue
		}
		dup := false
		for _, x := range out {
			if x == k {
				dup = true
			}
		}
		if !dup {
			out = append(out, k)
		}
	}
	return out
}

// ActorKey returns the key an evaluated event's actor is compared on: the
// state code, else the first three letters of the actor code.
func ActorKey(a dataset.Actor) string {
	if a.Country != "" {
		return a.Country
	}
	return countryKey(a.Code)
}

func predTuples(evs []dataset.Event, label func(*dataset.Event) string) map[string]bool {
	out := map[string]bool{}
	for i := range evs {
		e := &evs[i]
		l := label(e)
		if l == "" {
			continue
		}
		out[ActorKey(e.Source)+"|"+ActorKey(e.Target)+"|"+l] = true
	}
	return out
}

func goldSides(g GoldRecord) (map[string]bool, map[string]bool) {
	s, t := map[string]bool{}, map[string]bool{}
	for _, e := range g.Events {
		for _, k := range actorKeys(e.Sources) {
			s[k] = true
			if e.Reciprocal && len(e.Targets) == 0 {
				t[k] = true
			}
		}
		for _, k := range actorKeys(e.Targets) {
			t[k] = true
		}
	}
	return s, t
}

func predSides(evs []dataset.Event) (map[string]bool, map[string]bool) {
	s, t := map[string]bool{}, map[string]bool{}
	for i := range evs {
		if k := ActorKey(evs[i].Source); k != "" {
			s[k] = true
		}
		if k := ActorKey(evs[i].Target); k != "" {
			t[k] = true
		}
	}
	return s, t
}

func lastField(m map[string]bool) map[string]bool {
	out := map[string]bool{}
	for k := range m {
		out[k[strings.LastIndexByte(k, '|')+1:]] = true
	}
	return out
}

// confusionLabels returns the sentence's gold label (first gold event's
// category, or CAMEO root) and the predicted one (the gold label if any
// prediction has it, else the first prediction's, else "none").
func confusionLabels(g GoldRecord, evs []dataset.Event, cameoGold bool) (string, string) {
	label := func(code, plover string) string {
		if cameoGold {
			if len(code) >= 2 {
				return code[:2]
			}
			return code
		}
		return plover
	}
	gl := "none"
	for _, e := range g.Events {
		if l := label(e.Code, e.PLOVER); l != "" {
			gl = l
			break
		}
	}
	pl := "none"
	for i := range evs {
		l := label(evs[i].Code, evs[i].PLOVER)
		if l == "" {
			continue
		}
		if l == gl {
			pl = l
			break
		}
		if pl == "none" {
			pl = l
		}
	}
	return gl, pl
}

// categories returns the labels of the confusion table in a stable order:
// PLOVER categories in the PLOVER order (or CAMEO roots ascending), then
// "none".
func (r *Result) categories() []string {
	seen := map[string]bool{}
	for g, row := range r.Confusion {
		seen[g] = true
		for p := range row {
			seen[p] = true
		}
	}
	var out []string
	if !r.CAMEO {
		for _, c := range cameo.PLOVERCategories() {
			if seen[c] {
				out = append(out, c)
				delete(seen, c)
			}
		}
	}
	delete(seen, "none")
	var rest []string
	for k := range seen {
		rest = append(rest, k)
	}
	sort.Strings(rest)
	out = append(out, rest...)
	return append(out, "none")
}

func pct(x float64) string {
	if x != x {
		return "—"
	}
	return fmt.Sprintf("%.3f", x)
}

func (r *Result) levels() []string {
	out := []string{LevelPLOVER, LevelCategory}
	if r.CAMEO {
		out = append(out, LevelRoot, LevelBase, LevelFull)
	}
	return append(out, LevelSources, LevelTargets, LevelDetection, LevelNoEvent, LevelReciprocal)
}

// String returns the report as plain text: the scores by level, by
// category and the confusion table.
func (r *Result) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s: %s, %s, %s\n\n", r.Source, count(r.Records, "record"), count(r.Events, "gold event"), count(r.Coded, "coded event"))
	fmt.Fprintf(&b, "%-34s %6s %6s %6s %9s %6s %6s\n", "level", "TP", "FP", "FN", "precision", "recall", "F1")
	for _, lv := range r.levels() {
		s := r.Scores[lv]
		fmt.Fprintf(&b, "%-34s %6d %6d %6d %9s %6s %6s\n", lv, s.TP, s.FP, s.FN, pct(s.Precision()), pct(s.Recall()), pct(s.F1()))
	}
	unit, level := "PLOVER category", LevelPLOVER
	if r.CAMEO {
		unit, level = "CAMEO root", LevelRoot
	}
	fmt.Fprintf(&b, "\nby %s (level %q)\n", unit, level)
	fmt.Fprintf(&b, "%-12s %6s %6s %6s %9s %6s %6s\n", "category", "TP", "FP", "FN", "precision", "recall", "F1")
	cats := r.categories()
	for _, k := range cats {
		s, ok := r.ByCategory[k]
		if !ok {
			continue
		}
		fmt.Fprintf(&b, "%-12s %6d %6d %6d %9s %6s %6s\n", k, s.TP, s.FP, s.FN, pct(s.Precision()), pct(s.Recall()), pct(s.F1()))
	}
	fmt.Fprintf(&b, "\nconfusion by %s (rows gold, columns predicted; one per sentence)\n", unit)
	fmt.Fprintf(&b, "%-10s", "")
	for _, k := range cats {
		fmt.Fprintf(&b, " %5.5s", k)
	}
	b.WriteByte('\n')
	for _, g := range cats {
		row := r.Confusion[g]
		if row == nil {
			continue
		}
		fmt.Fprintf(&b, "%-10.10s", g)
		for _, p := range cats {
			if n := row[p]; n > 0 {
				fmt.Fprintf(&b, " %5d", n)
			} else {
				fmt.Fprintf(&b, " %5s", ".")
			}
		}
		b.WriteByte('\n')
	}
	return b.String()
}

// Markdown returns the report as Markdown tables.
func (r *Result) Markdown() string {
	var b strings.Builder
	fmt.Fprintf(&b, "**%s**: %s, %s, %s\n\n", r.Source, count(r.Records, "record"), count(r.Events, "gold event"), count(r.Coded, "coded event"))
	b.WriteString("| level | TP | FP | FN | precision | recall | F1 |\n|---|---:|---:|---:|---:|---:|---:|\n")
	for _, lv := range r.levels() {
		s := r.Scores[lv]
		fmt.Fprintf(&b, "| %s | %d | %d | %d | %s | %s | %s |\n", lv, s.TP, s.FP, s.FN, pct(s.Precision()), pct(s.Recall()), pct(s.F1()))
	}
	cats := r.categories()
	b.WriteString("\n| category | TP | FP | FN | precision | recall | F1 |\n|---|---:|---:|---:|---:|---:|---:|\n")
	for _, k := range cats {
		s, ok := r.ByCategory[k]
		if !ok {
			continue
		}
		fmt.Fprintf(&b, "| %s | %d | %d | %d | %s | %s | %s |\n", k, s.TP, s.FP, s.FN, pct(s.Precision()), pct(s.Recall()), pct(s.F1()))
	}
	b.WriteString("\n| gold \\ predicted |")
	for _, k := range cats {
		fmt.Fprintf(&b, " %s |", k)
	}
	b.WriteString("\n|---|")
	for range cats {
		b.WriteString("---:|")
	}
	b.WriteByte('\n')
	for _, g := range cats {
		row := r.Confusion[g]
		if row == nil {
			continue
		}
		fmt.Fprintf(&b, "| %s |", g)
		for _, p := range cats {
			fmt.Fprintf(&b, " %d |", row[p])
		}
		b.WriteByte('\n')
	}
	return b.String()
}

// codeRecords returns the coded events of every gold record (see
// Evaluate).
func codeRecords(gold []GoldRecord, c *extract.Coder) [][]dataset.Event {
	out := make([][]dataset.Event, len(gold))
	for i := 0; i < len(gold); {
		key, ok := articleKey(gold[i].ID)
		j := i + 1
		for ok && j < len(gold) {
			if k, ok2 := articleKey(gold[j].ID); !ok2 || k != key {
				break
			}
			j++
		}
		if j-i > 1 && codeArticle(gold[i:j], c, out[i:j]) {
			i = j
			continue
		}
		out[i] = c.CodeSentence(gold[i].Text, gold[i].Date)
		i++
	}
	return out
}

// articleKey is the article of an id "a07#2" ("a07").
func articleKey(id string) (string, bool) {
	k := strings.IndexByte(id, '#')
	if k <= 0 {
		return "", false
	}
	return id[:k], true
}

// codeArticle codes the records of one article as one text (paragraphs)
// and puts each event in the records its evidence names. It reports false,
// coding nothing, when the sentence splitter does not find one sentence per
// record.
func codeArticle(recs []GoldRecord, c *extract.Coder, out [][]dataset.Event) bool {
	texts := make([]string, len(recs))
	for i, g := range recs {
		texts[i] = g.Text
	}
	text := strings.Join(texts, "\n\n")
	if len(extract.SplitSentences(text)) != len(recs) {
		return false
	}
	key, _ := articleKey(recs[0].ID)
	evs, err := c.Code(extract.Article{ID: key, Text: text, Published: recs[0].Date})
	if err != nil {
		return false
	}
	for _, e := range evs {
		seen := map[int]bool{}
		for _, ev := range e.Evidence {
			if s := ev.Sentence; s >= 0 && s < len(out) && !seen[s] {
				seen[s] = true
				out[s] = append(out[s], e)
			}
		}
	}
	return true
}

// count is "1 record", "2 records".
func count(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
