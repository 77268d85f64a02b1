package extract

import (
	"strings"

	"github.com/entente/entente/dataset"
)

// predicate is a verb of the lexicon used as a verb in a sentence.
type predicate struct {
	at, end     int // the verb (and particle) tokens [at, end)
	entry       *verbEntry
	form        verbForm
	passive     bool            // "was attacked (by X)"
	future      bool            // will/would/'ll or an intent frame ("expected to", "set to", "plans to")
	spec        bool            // may/might/could: speculative, not coded
	oblig       bool            // must/should/has to: an obligation, coded (if at all) as a demand by the speaker
	neg         bool            // not, n't, never, no longer
	gerund      bool            // "-ing" form after a preposition or opening a participial clause
	partcl      bool            // participial clause after a comma (", saying", ", marking")
	reduced     bool            // reduced relative: "Putin, invited by Xi", "troops deployed in X"
	onObject    bool            // a reduced participle describing the previous verb's object ("welcomed the agreement signed by …")
	perfect     bool            // has/have/had + participle
	pastPerf    bool            // had + participle: past context
	bgRule      string          // the background rule that fired for its date (eventDate), if any
	subjRule    string          // the rule that chose its subject (subject), if any
	coordTarget []dataset.Actor // the target of the verb it is coordinated with ("met X and signed …"), if it shares its subject
	reactTarget []dataset.Actor // the source of the act named right before its subject ("…, a charge New Delhi denied")
	coordInfin  bool            // coordinated with an infinitive ("aims to tighten sanctions and impose …")
	infin       bool            // "to" + verb
	left        int             // left clause boundary (subject search starts after it)
	right       int             // right clause boundary (object search ends before it)
	consumed    bool            // a complement coded through its governing verb
	comp        *predicate      // the complement this verb governs
	frameFam    family          // the family of an intent noun between a light verb and its complement ("expressed its intent to …")
	compObj     int             // token index where the complement starts
	nextAt      int             // the next verb of the sentence (its "to" for an infinitive), 0 if none
	sub         int             // 1 + the index of the subordinator opening the verb's adverbial clause ("before", "after", "when"), 0 if none
	subEnd      int             // 1 + the index of the comma closing that clause before the main clause, 0 if none
	// target is the target coded for this verb; prevTarget the previous
	// verb's, for a purpose infinitive after it
	target, prevTarget []dataset.Actor
}

var determiners = map[string]bool{
	"the": true, "a": true, "an": true, "this": true, "these": true, "those": true, "his": true,
	"her": true, "its": true, "their": true, "our": true, "my": true, "your": true, "'s": true,
	"no": true, "each": true, "every": true, "any": true, "some": true, "such": true, "another": true,
	"first": true, "second": true, "last": true, "next": true, "new": true, "recent": true, "latest": true,
	"two-day": true, "state": true, "official": true, "joint": true, "formal": true, "informal": true,
	"historic": true, "working": true, "private": true, "brief": true, "surprise": true, "major": true,
	"further": true, "planned": true, "proposed": true, "upcoming": true, "previous": true, "earlier": true,
	"several": true, "many": true, "more": true, "most": true, "fresh": true, "possible": true,
	"renewed": true, "direct": true, "bilateral": true, "multilateral": true, "high-level": true,
	"peace": true, "full": true, "diplomatic": true, "economic": true, "military": true, "trade": true,
	"strategic": true, "comprehensive": true, "three-day": true, "one-day": true, "four-day": true,
	"five-day": true, "week-long": true, "one-week": true, "day-long": true, "landmark": true,
	"that": false,
}

var modals = map[string]bool{
	"will": true, "would": true, "can": true, "could": true, "should": true, "must": true, "may": true,
	"might": true, "shall": true, "'ll": true, "'d": true, "do": true, "does": true, "did": true,
	"cannot": true, "wo": true, "ca": true,
}

var beForms = map[string]bool{
	"is": true, "are": true, "was": true, "were": true, "be": true, "been": true, "being": true,
	"'re": true, "am": true, "get": true, "got": true, "gets": true, "getting": true,
}

var haveForms = map[string]bool{"has": true, "have": true, "had": true, "having": true, "'ve": true}

var prepositions = map[string]bool{
	"in": true, "on": true, "at": true, "for": true, "with": true, "by": true, "of": true, "from": true,
	"after": true, "before": true, "during": true, "since": true, "without": true, "about": true,
	"against": true, "into": true, "over": true, "under": true, "between": true, "among": true,
	"through": true, "toward": true, "towards": true, "upon": true, "via": true, "amid": true,
	"despite": true, "following": true, "including": true, "like": true, "as": true, "than": true,
	"to": true, "onto": true, "within": true, "across": true, "behind": true, "beyond": true,
	"near": true, "off": true, "out": true, "per": true, "regarding": true, "concerning": true,
	"along": true, "alongside": true, "around": true, "throughout": true, "outside": true,
	"inside": true, "beside": true, "besides": true, "unlike": true, "except": true,
}

// adverbs that may sit between an auxiliary and its verb or between a
// subject and its verb.
var adverbs = map[string]bool{
	"also": true, "already": true, "recently": true, "still": true, "just": true, "then": true,
	"now": true, "reportedly": true, "again": true, "further": true, "formally": true, "officially": true,
	"jointly": true, "repeatedly": true, "strongly": true, "sharply": true, "publicly": true,
	"finally": true, "swiftly": true, "quickly": true, "immediately": true, "later": true, "earlier": true,
	"even": true, "only": true, "once": true, "twice": true, "increasingly": true, "reportedly,": true,
	"allegedly": true, "apparently": true, "newly": true, "soon": true, "currently": true, "always": true,
	"often": true, "ever": true, "never": true, "not": true, "n't": true, "longer": true, "no": false,
	"first": true, "bluntly": true, "flatly": true, "outright": true, "routinely": true, "personally": true,
	"today": true, "yesterday": true, "all": true, "both": true, "each": true, "surely": true,
	"unilaterally": true, "directly": true, "openly": true, "secretly": true, "nearly": true, "almost": true,
	"effectively": true, "largely": true, "partly": true, "fully": true, "successfully": true,
}

var negators = map[string]bool{"not": true, "n't": true, "never": true, "neither": true, "nor": true}

// clauseOpeners start a new clause: subordinators and relative pronouns.
var clauseOpeners = map[string]bool{
	"which": true, "who": true, "whom": true, "whose": true, "when": true, "while": true,
	"whereas": true, "although": true, "though": true, "because": true, "if": true, "unless": true,
	"until": true, "where": true, "whether": true, "once": false, "so": false,
}

// findPredicates finds the lexicon verbs used as verbs in toks[from:to]
// and their clause frames. titleCase says the sentence is a headline in
// title case, where verbs are capitalised too.
func findPredicates(toks []token, from, to int, lx *lexicon, mentionAt []int8, titleCase bool) []*predicate {
	var preds []*predicate
	var particleAt []int // particles separated from their verb, not verbs themselves
	for k := from; k < to; k++ {
		t := &toks[k]
		if t.kind != tkWord || t.low == "'s" || containsInt(particleAt, k) {
			continue
		}
		if t.cap && !titleCase && k != from && !(k > from && (toks[k-1].kind == tkQuote || toks[k-1].low == "(")) {
			continue // a capitalised word inside a sentence is a name
		}
		if mentionAt != nil && mentionAt[k-from] != 0 {
			continue // part of an actor phrase
		}
		cands, forms, n := verbCandidates(t.low)
		var entry *verbEntry
		var form verbForm
		end := k + 1
		for i := 0; i < n && entry == nil; i++ {
			lemma := cands[i]
			if lx.phrasal[lemma] {
				// "call on", "step down", "go on strike", "pay tribute"
				skip := 0
				if k+1 < to && (toks[k+1].cap && isWeekday(toks[k+1].low) || toks[k+1].low == "today" || toks[k+1].low == "yesterday") {
					skip = 1 // "called Thursday on Arabs"
				}
				for w := 2; w >= 1; w-- {
					if k+w+skip >= to {
						continue
					}
					var b strings.Builder
					b.WriteString(lemma)
					ok := true
					for j := 1; j <= w; j++ {
						nt := &toks[k+j+skip]
						if nt.kind != tkWord {
							ok = false
							break
						}
						b.WriteByte(' ')
						b.WriteString(nounSingularKey(nt.low))
					}
					if !ok {
						continue
					}
					if e, ok := lx.verbs[b.String()]; ok {
						entry, form, end = e, forms[i], k+1+w+skip
						break
					}
					// the plain lemma form of the particle ("calls for")
					if w == 1 {
						if e, ok := lx.verbs[lemma+" "+toks[k+1+skip].low]; ok {
							entry, form, end = e, forms[i], k+2+skip
							break
						}
					}
				}
			}
			if entry == nil && lx.phrasal[lemma] {
				// a particle after a short object: "pulled its troops
				// back", "called the talks off"
				for j := k + 1; j < to && j <= k+4; j++ {
					nt := &toks[j]
					if nt.kind != tkWord || looksFinite(nt.low) || prepositions[nt.low] && !particleWords[nt.low] {
						break
					}
					if particleWords[nt.low] && j > k+1 {
						if e, ok := lx.verbs[lemma+" "+nt.low]; ok {
							entry, form = e, forms[i]
							particleAt = append(particleAt, j)
						}
						break
					}
				}
			}
			if entry == nil {
				if e, ok := lx.verbs[lemma]; ok {
					entry, form = e, forms[i]
				}
			}
		}
		if entry == nil {
			continue
		}
		p := &predicate{at: k, end: end, entry: entry, form: form}
		if !verbUse(toks, from, k, p, mentionAt) {
			continue
		}
		preds = append(preds, p)
		k = end - 1
	}
	for i := 0; i+1 < len(preds); i++ {
		n := preds[i+1].at
		if preds[i+1].infin && n > 0 && toks[n-1].low == "to" {
			n--
		}
		preds[i].nextAt = n
	}
	// a base form after "and" is a verb only when coordinated with the
	// predicate just before it, a base form, infinitive or future at most
	// 14 tokens back ("meet X and travel to Y"); otherwise it ends a list
	// of nouns ("energy and trade"). Only that nearest predicate counts: a
	// verb between them ("wants to boost ties, said energy and trade")
	// breaks the coordination.
	out := preds[:0]
	for i, p := range preds {
		if p.form == formBase && p.at > from && (toks[p.at-1].low == "and" || toks[p.at-1].low == "or") {
			if i == 0 {
				continue
			}
			if q := preds[i-1]; p.at-q.end > 14 || !(q.form == formBase || q.infin) {
				continue
			}
		}
		out = append(out, p)
	}
	return out
}

// nounSingularKey normalises a particle or object word for phrasal keys.
func nounSingularKey(w string) string {
	switch w {
	case "hostages":
		return "hostage"
	case "forces":
		return "force"
	}
	return w
}

// verbUse decides from the words before it whether the token at k is used
// as a verb, and fills the auxiliaries' information (tense, voice,
// modality, negation) into p.
// activeObject reports whether the word at k opens a direct object, so
// that an -ed form after a comma before it is a past tense ("Xi, the
// Chinese president, welcomed Putin"), not a reduced passive ("Putin,
// invited by Xi", "talks, held in Beijing").
func activeObject(toks []token, k int) bool {
	if k >= len(toks) {
		return false
	}
	t := &toks[k]
	switch t.low {
	case "the", "a", "an", "his", "her", "its", "their", "our", "this", "these", "those":
		return true
	}
	if t.kind == tkNumber {
		return true // "Poland, a NATO member, sent 14 tanks"
	}
	if t.kind == tkWord && !t.cap && k+1 < len(toks) {
		// a bare noun object before its preposition: "…, sent aid to
		// Ukraine" (a reduced passive goes on with "by", an adverb or a
		// time: "signed in 2001", "invited personally by Xi")
		w := t.low
		if !prepositions[w] && !adverbs[w] && !timeWord[w] && !conjunctions[w] && !functionWord[w] && !looksFinite(w) && prepositions[toks[k+1].low] && toks[k+1].low != "by" {
			return true
		}
	}
	return t.kind == tkWord && t.cap
}

func verbUse(toks []token, from, k int, p *predicate, mentionAt []int8) bool {
	if p.form == formGerund && p.entry.has(flMeans) {
		return false // "British aircraft using precision guided missiles killed …"
	}
	// walk back over adverbs, negation and quotation marks
	j := k - 1
	for j >= from && (toks[j].kind == tkWord && adverbs[toks[j].low] || toks[j].kind == tkQuote && j > from || lastAdverb(toks, from, j, p, mentionAt)) {
		if negators[toks[j].low] || toks[j].low == "longer" {
			p.neg = true
		}
		j--
	}
	prev := ""
	var pt *token
	if j >= from {
		pt = &toks[j]
		prev = pt.low
		if pt.upper && pt.kind == tkWord {
			prev = pt.text // an acronym ("US", "UN") is a name, not the pronoun "us"
		}
	}
	form := p.form
	isParticiple := form == formPast || form == formPart
	switch {
	case pt == nil:
		// sentence start: imperative or headline verb, or a participle
		// opening the sentence ("Pointing to …", "Having met …") — but a
		// sentence does not open with a third-person verb: that is a
		// plural noun, its subject ("Sanctions were imposed", "Talks
		// between Serbia and Kosovo resumed")
		if form == formS {
			return false
		}
		if form == formGerund || isParticiple {
			p.partcl = true
			p.gerund = form == formGerund
		}
		return true
	case pt.kind == tkQuote || pt.kind == tkPunct && (prev == "(" || prev == "—"):
		return true
	case determiners[prev] || prev == "'s":
		return false // "a visit", "Putin's visit", "the talks"
	case prev == "to":
		// "to visit" — but not "visit to", "due to", "according to"
		if form != formBase {
			return false
		}
		p.infin = true
		if j-1 >= from {
			switch toks[j-1].low {
			case "has", "have", "had", "need", "needs", "ought", "got":
				p.oblig = true // "has to withdraw", "need to cherish"
			}
		}
		return true
	case modals[prev]:
		if form != formBase {
			return false
		}
		switch prev {
		case "will", "would", "'ll", "shall", "'d":
			p.future = true
		case "may", "might", "could":
			p.spec = true
		case "must", "should":
			p.oblig = true
		}
		auxNeg(toks, from, j, p)
		return true
	case beForms[prev]:
		switch {
		case form == formPast || form == formPart:
			p.passive = true
		case form == formBase && pastAsBase[toks[k].low]:
			p.passive = true // "was hit", "were cut": a participle spelled as its base
		case form == formGerund:
		default:
			return false // "is a visit"
		}
		auxNeg(toks, from, j, p)
		// "is to visit", "are set to", handled by intent frames
		return true
	case haveForms[prev]:
		if !isParticiple {
			return false
		}
		p.perfect = true
		if prev == "had" {
			p.pastPerf = true
		}
		if prev == "having" {
			p.partcl = true
		}
		auxNeg(toks, from, j, p)
		return true
	case prepositions[prev]:
		// a gerund after a temporal or instrumental preposition is an
		// event of the clause's subject ("after signing", "by sending");
		// after other prepositions it is a topic ("focused on deepening",
		// "the importance of strengthening")
		if form == formGerund {
			switch prev {
			case "after", "before", "while", "by", "since", "upon", "when", "without":
				p.gerund = true
				return true
			case "to":
				// "resorted to throwing stones", "turned to shelling"
				if j > from && (strings.HasPrefix(toks[j-1].low, "resort") || toks[j-1].low == "turned" || toks[j-1].low == "switched") {
					p.gerund = true
					return true
				}
			}
		}
		return false
	case prev == "," || prev == ";":
		if form == formGerund {
			p.partcl = true
			p.gerund = true
			return true
		}
		if isParticiple && !(form == formPast && activeObject(toks, p.end)) {
			p.reduced = true
			p.passive = true // "Putin, invited by Xi, …"
			return true
		}
		return true
	case prev == "and" || prev == "or" || prev == "but":
		// coordinated verbs: "condemned … and promised aid"
		return form != formGerund || j > from && toks[j-1].kind == tkWord
	case pt.kind == tkWord:
		inMention := mentionAt != nil && j-from >= 0 && j-from < len(mentionAt) && mentionAt[j-from] != 0
		if inMention && toks[j].cap && indefiniteBefore(toks, from, j, mentionAt) {
			// "a US offer", "an Indian proposal", "a key U.S. ally"; but
			// a phrase headed by its own noun is a subject: "a Russian
			// drone hit …", "an Israeli airstrike destroyed …"
			return false
		}
		if inMention && form == formBase && !pastAsBase[toks[k].low] && indefiniteBefore(toks, from, j, mentionAt) {
			// "a police station", "an army post": a singular role after
			// "a" takes no base-form verb, so the word is its noun
			return false
		}
		// a modifier ("Chinese imports") is no subject
		subjLike := inMention && mentionAt[j-from] == 2 || subjectPronoun[prev] || prev == "who" || prev == "which"
		switch form {
		case formGerund:
			// "Washington urging Beijing": a subject right before it
			if subjLike {
				p.gerund = true
				return true
			}
			if aspectVerbs[prev] && builtin.nouns[toks[k].low] == nil {
				// "began supplying electricity to Bangladesh": the
				// gerund is the act the aspect verb starts or continues
				// (an event noun, "resumed bombing", is the aspect
				// verb's object instead)
				p.gerund = true
				return true
			}
			if documentNouns[nounSingular(prev)] && !reactedDocument(toks, from, j) {
				// "issued a statement demanding that …": the document's
				// issuer acts
				p.partcl = true
				return true
			}
			return false
		case formBase:
			// a plural subject: "Both sides aim", "the two countries
			// discuss"; not a noun compound ("world order", "an arms
			// embargo": "a" takes no plural)
			// "arms" is a compound's modifier, not a plural subject: "its
			// arms embargo", "the arms deal", "arms control"
			// "a chemical weapons attack": "a" over adjectives takes no
			// plural either
			return subjLike || pluralNoun(pt) && prev != "arms" && !indefiniteOver(toks, from, j)
		case formS:
			return subjLike || prev == "that" || prev == "it" || prev == "he" || prev == "she"
		}
		if functionWord[prev] {
			return subjectPronoun[prev] || prev == "who" || prev == "which" || prev == "that" || prev == "it"
		}
		if form == formPast && !inMention && looksFinite(prev) && p.end < len(toks) && toks[p.end].cap && toks[p.end].kind == tkWord {
			// "shelled besieged Mariupol", "bombed occupied Gaza": a
			// participle right after a finite verb and before a name
			// modifies the name, the verb's object
			return false
		}
		if (!inMention || form == formPart || pastAsPassive(toks, p)) && (form == formPast || form == formPart) && p.end < len(toks) && toks[p.end].low == "by" {
			// "a loan backed by frozen assets", "the ceasefire brokered
			// by Qatar": a participle after a common noun with its agent
			// is a reduced passive describing that noun
			p.reduced = true
			p.passive = true
		}
		return true
	case pt.kind == tkNumber:
		return form == formPast || form == formS
	case pt.kind == tkPunct && prev == "-" && !pt.space:
		return false // "Israeli-occupied", "U.S.-led", "Syrian-backed"
	}
	return true
}

// indefiniteOver reports whether "a" or "an" stands before the word at j,
// over at most two lower-case modifiers ("a weapons", "a chemical weapons
// attack"): the word at j is then a compound's modifier, not a plural
// subject.
func indefiniteOver(toks []token, from, j int) bool {
	for k := j - 1; k >= from && k >= j-3; k-- {
		t := &toks[k]
		if t.low == "a" || t.low == "an" {
			return true
		}
		if t.kind != tkWord || t.cap || functionWord[t.low] || determiners[t.low] {
			return false
		}
	}
	return false
}

// aspectVerbs are the forms of verbs that start or continue the act of a
// gerund after them ("began supplying", "continued shelling").
var aspectVerbs = map[string]bool{
	"began": true, "begun": true, "begin": true, "begins": true, "started": true, "start": true, "starts": true,
	"continued": true, "continue": true, "continues": true, "kept": true, "resumed": true,
}

// reducedBy reports whether q is a reduced passive with its by-agent right
// before the verb at v and no comma between ("Government troops backed by
// tanks attacked …"): the participle describes the subject, which the
// verb at v still reaches.
func reducedBy(toks []token, q *predicate, v int) bool {
	if !q.reduced || q.end >= v || toks[q.end].low != "by" || v-q.end > 5 {
		return false
	}
	for j := q.end; j < v; j++ {
		if toks[j].kind != tkWord {
			return false
		}
	}
	return true
}

// pastAsPassive reports whether the -ed form at p is a participle of a
// reduced passive after an actor phrase although it could be a past tense:
// "Government troops backed by tanks attacked …", where a verb follows its
// by-phrase. An active past tense takes an object, not "by" and a verb.
func pastAsPassive(toks []token, p *predicate) bool {
	if p.end >= len(toks) || toks[p.end].low != "by" {
		return false
	}
	for j := p.end + 1; j < len(toks) && j <= p.end+5; j++ {
		t := &toks[j]
		if t.kind != tkWord || t.low == "and" {
			return false
		}
		if !t.cap && looksFinite(t.low) {
			return true
		}
	}
	return false
}

// lastAdverb reports whether "last" at j is an adverb before a past-tense
// verb after its subject ("Maduro last met Putin in October", "he last
// visited China in 2019"), not a determiner ("the last visit").
func lastAdverb(toks []token, from, j int, p *predicate, mentionAt []int8) bool {
	if toks[j].low != "last" || p.form != formPast || j-1 < from {
		return false
	}
	prev := toks[j-1].low
	return subjectPronoun[prev] || mentionAt != nil && j-1-from < len(mentionAt) && mentionAt[j-1-from] == 2
}

// indefiniteBefore reports whether the actor phrase ending at j is preceded
// by "a" or "an" (over adjectives): the word after it is then a noun.
func indefiniteBefore(toks []token, from, j int, mentionAt []int8) bool {
	i := j
	for i >= from && mentionAt[i-from] != 0 {
		if i < j && prepositions[toks[i].low] {
			return false // "A court in Paris convicted …": a phrase with its own head
		}
		i--
	}
	for i >= from && i >= j-8 {
		w := toks[i].low
		if w == "a" || w == "an" {
			return true
		}
		if toks[i].kind != tkWord || toks[i].cap || prepositions[w] || functionWord[w] || looksFinite(w) || actNouns[w] {
			// (an act noun ends its own phrase: "a charge New Delhi
			// denied" is the charge and a relative clause)
			return false
		}
		i--
	}
	return false
}

// documentNouns are texts whose participle states their issuer's act ("a
// statement demanding …", "a resolution condemning …").
// reactedDocument reports whether the document noun at j is the object of
// a verb of reaction (demands, criticism, rejection, threats, protests:
// "vetoed a resolution criticizing Israel", "rejected a statement
// accusing …"): the document is another's, and what it says is not the
// subject's act.
func reactedDocument(toks []token, from, j int) bool {
	for k := j - 1; k >= from && k >= j-5; k-- {
		t := &toks[k]
		if t.kind != tkWord {
			return false
		}
		cands, _, n := verbCandidates(t.low)
		for i := 0; i < n; i++ {
			if v := builtin.verbs[cands[i]]; v != nil && v.code != "" {
				return codeOf(v.code, ccReaction)
			}
		}
	}
	return false
}

var documentNouns = map[string]bool{
	"statement": true, "declaration": true, "resolution": true, "communique": true, "communiqué": true,
	"letter": true, "message": true, "note": true, "petition": true, "motion": true, "decree": true,
	"memorandum": true, "editorial": true, "commentary": true, "leaflet": true,
}

var subjectPronoun = map[string]bool{"he": true, "she": true, "it": true, "they": true, "we": true, "i": true, "you": true}

// pluralNoun guesses whether a word is a plural noun that can be a subject
// ("nations", "leaders", "officials").
func pluralNoun(t *token) bool {
	w := t.low
	return t.kind == tkWord && len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !functionWord[w] && !looksFinite(w)
}

// auxNeg looks left of an auxiliary at j for negation and modality
// ("will not", "would never", "could not have").
func auxNeg(toks []token, from, j int, p *predicate) {
	for i := j; i >= from && i >= j-3; i-- {
		w := toks[i].low
		switch {
		case negators[w] || w == "longer":
			p.neg = true
		case w == "will" || w == "would" || w == "'ll" || w == "shall":
			p.future = true
		case w == "may" || w == "might" || w == "could":
			p.spec = true
		case modals[w] || beForms[w] || haveForms[w] || adverbs[w]:
		default:
			return
		}
	}
}

// intentFrames are words that put a following "to"-infinitive into the
// future or intent: "expected to meet", "set to deepen", "plans to",
// "willing to", "aim to", "about to".
var intentFrames = map[string]family{
	"expected": famIntent, "set": famIntent, "due": famIntent, "scheduled": famIntent, "going": famIntent,
	"about": famIntent, "willing": famIntent, "ready": famIntent, "prepared": famIntent,
	"determined": famIntent, "eager": famIntent, "keen": famIntent, "committed": famIntent,
	"poised": famIntent, "likely": famIntent, "slated": famIntent, "planning": famIntent,
	"unwilling": famRefuse, "reluctant": famRefuse, "loath": famRefuse, "refusing": famRefuse,
	// the nouns of intentFrameNouns frame an infinitive the same way
	// ("signalled reluctance to send tanks", "its intention to visit"):
	// frameBefore reads that table, not a copy here
}

// negatedIntentNoun reports whether the infinitive at p completes an
// intent noun that is denied or absent ("denied any intention to attack",
// "showed no desire to invade"): no event.
func negatedIntentNoun(toks []token, from int, p *predicate) bool {
	k := p.at - 2
	if !p.infin || k-1 < from || toks[p.at-1].low != "to" {
		return false
	}
	if _, ok := intentFrameNouns[nounSingular(toks[k].low)]; !ok {
		return false
	}
	// the negator may open the noun phrase the intent noun ends: "showed
	// no sign of readiness to resume talks", "denied having any real
	// intention to"; the phrase ends at punctuation, a verb's auxiliary
	// or a preposition other than "of"
	for j := k - 1; j >= from && j >= k-5; j-- {
		w := toks[j].low
		if intentNegators[w] {
			return true
		}
		if toks[j].kind != tkWord || w != "of" && prepositions[w] || modals[w] || beForms[w] || haveForms[w] {
			return false
		}
	}
	return false
}

// intentNegators deny or empty an intent noun phrase they open.
var intentNegators = map[string]bool{"no": true, "any": true, "little": true, "without": true, "lack": true, "lacked": true, "lacks": true}

// intentFrameNouns are the nouns of intent whose infinitive is the intended act
// ("expressed its intent to cooperate", "voiced willingness to meet",
// "signalled reluctance to send troops"): after a light verb, the noun's
// family governs the infinitive as a verb of that family would.
var intentFrameNouns = map[string]family{
	"intent": famIntent, "intention": famIntent, "willingness": famIntent, "readiness": famIntent,
	"desire": famIntent, "commitment": famIntent, "determination": famIntent, "wish": famIntent,
	"unwillingness": famRefuse, "reluctance": famRefuse, "refusal": famRefuse,
}

// frameBefore looks left of an infinitive's "to" for an intent frame word
// not in the lexicon ("is expected to", "are set to", "is willing to").
func frameBefore(toks []token, from, to int) family {
	// toks[to] is "to"
	for i := to - 1; i >= from && i >= to-3; i-- {
		w := toks[i].low
		if f, ok := intentFrames[w]; ok {
			return f
		}
		if f, ok := intentFrameNouns[nounSingular(w)]; ok {
			return f
		}
		if !(adverbs[w] || beForms[w] || w == "more" || w == "very" || w == "fully" || w == "also") {
			return famNone
		}
	}
	return famNone
}

// clauseBoundaries sets each predicate's left and right boundaries.
func clauseBoundaries(toks []token, from, to int, preds []*predicate, inQuote []bool) {
	for i, p := range preds {
		// left: scan back to a hard boundary or a clause opener
		l := from - 1
		for j := p.at - 1; j >= from; j-- {
			t := &toks[j]
			if isHardBoundary(t) || inQuote != nil && inQuote[j-from] != inQuote[p.at-from] {
				l = j
				break
			}
			if t.kind == tkWord && clauseOpeners[t.low] {
				l = j
				break
			}
			if t.low == "that" && j > from && !determinerThat(toks, j, to) {
				l = j
				break
			}
			if (t.low == "and" || t.low == "but") && j > from && toks[j-1].low == "," && i > 0 && preds[i-1].end <= j && subjectClauseFollows(toks, j+1, p.at+1) {
				// ", and China placed tariffs …": a clause of its own
				l = j
				break
			}
			if i > 0 && (j < preds[i-1].end || preds[i-1].subEnd == j+1) && !reducedBy(toks, preds[i-1], p.at) {
				// the previous verb: its object may be our subject only
				// across a coordination or subordination; the comma that
				// closes a fronted adverbial clause ends it
				l = j
				break
			}
		}
		p.sub = subOpener(toks, from, preds, i) + 1
		if o := p.sub - 1; o > l && !p.gerund && !p.infin && !p.partcl {
			l = o // "weeks before Russia launched …": the clause opens at "before"
		}
		p.left = l
		// right: scan forward to a hard boundary, a clause opener or the
		// next predicate with its own subject
		r := to
		for j := p.end; j < to; j++ {
			t := &toks[j]
			if isHardBoundary(t) || inQuote != nil && inQuote[j-from] != inQuote[p.at-from] {
				r = j
				break
			}
			if t.kind == tkWord && (clauseOpeners[t.low] || t.low == "that" && !determinerThat(toks, j, to)) {
				r = j
				break
			}
			if t.low == "according" && j+1 < to && toks[j+1].low == "to" {
				r = j
				break
			}
			if t.low == "," && j+1 < to && (toks[j+1].low == "saying" || toks[j+1].low == "citing" || toks[j+1].low == "adding" || toks[j+1].low == "marking" || toks[j+1].low == "according" || toks[j+1].low == "said" || toks[j+1].low == "officials" || toks[j+1].low == "sources" || toks[j+1].low == "a" || toks[j+1].low == "the" && isAttribution(toks, j+1, to)) {
				r = j
				break
			}
			if (t.low == "as" || t.low == "after" || t.low == "before" || t.low == "since") && j+1 < to && clauseFollows(toks, j+1, to) {
				r = j
				break
			}
			if (t.low == "and" || t.low == "but") && j > p.end && verbPhraseFollows(toks, j+1, to) {
				// "opened its borders …, but was still refusing …"
				r = j
				break
			}
			if (t.low == "and" || t.low == "but") && j > p.end && toks[j-1].low == "," && subjectClauseFollows(toks, j+1, to) {
				// "… have held rounds of talks, and troops have pulled
				// back …": a clause with its own subject
				r = j - 1
				break
			}
		}
		if c := subClauseEnd(toks, from, preds, i); c >= 0 && c < r {
			r = c
			p.subEnd = c + 1
		}
		p.right = r
	}
}

// subOpeners open adverbial clauses: a clause they open before its main
// clause ends at the comma before the main clause's verb.
var subOpeners = map[string]bool{
	"before": true, "after": true, "since": true, "until": true, "till": true, "when": true, "whenever": true,
	"while": true, "as": true, "because": true, "although": true, "though": true,
	"whereas": true, "if": true, "unless": true,
}

// subOpener returns the index of the subordinator that opens the clause of
// the verb at preds[i] ("weeks before Russia launched …", "When Xi
// visited …"): the nearest one to its left with no comma, semicolon or
// other verb between; -1 if none.
func subOpener(toks []token, from int, preds []*predicate, i int) int {
	p := preds[i]
	lo := from
	if i > 0 && preds[i-1].end > lo {
		lo = preds[i-1].end
	}
	for j := p.at - 1; j >= lo && j >= p.at-12; j-- {
		w := toks[j].low
		if w == "," || w == ";" || isHardBoundary(&toks[j]) {
			return -1
		}
		if subOpeners[w] {
			if w == "as" && (j+1 < p.at && toks[j+1].low == "well" || j > from && (toks[j-1].low == "such" || toks[j-1].low == "as" || toks[j-1].low == "so")) {
				return -1 // "as well as", "such as"
			}
			return j
		}
	}
	return -1
}

// subClauseEnd returns the comma that closes the adverbial clause of
// preds[i] when that clause comes before a later verb of the sentence: the
// last comma before the first later verb that follows a comma ("weeks
// before Russia launched its invasion of Ukraine, Putin and Xi signed …";
// the last comma, so that a list inside the clause stays in it), or -1.
func subClauseEnd(toks []token, from int, preds []*predicate, i int) int {
	if preds[i].sub == 0 {
		return -1
	}
	p := preds[i]
	for _, q := range preds[i+1:] {
		last := -1
		for j := p.end; j < q.at; j++ {
			if toks[j].low == "," {
				last = j
			}
		}
		if last >= 0 {
			return last
		}
	}
	return -1
}

func isHardBoundary(t *token) bool {
	switch t.low {
	case ";", "—", "[", "]", "|", ":":
		return true
	}
	return false
}

// determinerThat reports whether "that" at j is a determiner or pronoun
// ("that visit", "that determined my choice") rather than a complementizer.
func determinerThat(toks []token, j, to int) bool {
	if j+1 >= to {
		return true
	}
	n := &toks[j+1]
	if n.kind != tkWord {
		return true
	}
	// "that" + verb: relative pronoun ("a visit that will include"):
	// a boundary; "that" + noun: determiner
	if modals[n.low] || beForms[n.low] || haveForms[n.low] || looksVerb(n.low) {
		return false
	}
	return false
}

// isAttribution recognises a trailing attribution ", the official news
// agency WFNA said", ", a senior official said".
func isAttribution(toks []token, j, to int) bool {
	for k := j; k < to && k < j+10; k++ {
		switch toks[k].low {
		case "said", "says", "reported", "reports", "added", "told", "announced", "quoted", "cited", "according":
			return true
		case ",", ";":
			return false
		}
	}
	return false
}

// clauseFollows guesses whether the words after a subordinator form a
// clause (a subject then a verb) rather than a noun phrase: "as they met",
// "after he arrived" versus "as president", "after the meeting".
func clauseFollows(toks []token, j, to int) bool {
	if j >= to {
		return false
	}
	w := toks[j].low
	switch w {
	case "he", "she", "they", "we", "i", "it":
		return true
	case "the", "a", "an", "his", "her", "their", "its":
		// "after the two leaders met": look for a finite verb soon
		for k := j + 1; k < to && k < j+6; k++ {
			if toks[k].kind == tkWord && looksFinite(toks[k].low) {
				return true
			}
			if toks[k].low == "," {
				return false
			}
		}
		return false
	}
	if toks[j].cap {
		for k := j + 1; k < to && k < j+5; k++ {
			if toks[k].kind == tkWord && looksFinite(toks[k].low) {
				return true
			}
			if toks[k].low == "," {
				return false
			}
		}
	}
	return false
}

// looksFinite reports whether w is a past-tense or third-person verb form.
func looksFinite(w string) bool {
	if beForms[w] || haveForms[w] || modals[w] {
		return true
	}
	cands, forms, n := verbCandidates(w)
	for i := 0; i < n; i++ {
		if forms[i] == formPast || forms[i] == formS {
			if _, ok := builtin.verbs[cands[i]]; ok || commonVerbs[cands[i]] || forms[i] == formPast && builtin.phrasal[cands[i]] {
				return true
			}
		}
	}
	return false
}

// quoteMask marks the tokens of toks[from:to] inside a quotation of
// speech: a quoted passage of at least five words. Shorter quotations are
// scare quotes ("a “no limits” partnership") and stay transparent.
func quoteMask(toks []token, from, to int) []bool {
	mask := make([]bool, to-from)
	open := -1
	closeAt := func(k int) {
		if open < 0 {
			return
		}
		words := 0
		for i := open + 1; i < k; i++ {
			if toks[i].kind == tkWord {
				words++
			}
		}
		if words >= 5 {
			for i := open; i <= k && i < to; i++ {
				mask[i-from] = true
			}
		}
		open = -1
	}
	for k := from; k < to; k++ {
		t := &toks[k]
		if t.kind != tkQuote || t.text == "'" || t.text == "’" || t.text == "‘" {
			continue
		}
		switch t.text {
		case "“", "«", "„":
			closeAt(k)
			open = k
		case "”", "»":
			closeAt(k)
		default:
			// a straight quote glued to the word before closes, one
			// followed by a glued word opens
			if open >= 0 && (!t.space || k+1 >= to || toks[k+1].space) {
				closeAt(k)
			} else {
				open = k
			}
		}
	}
	if open >= 0 {
		// an unclosed quotation runs to the end of the sentence (quoted
		// paragraphs often close in the next one)
		closeAt(to)
	}
	return mask
}

func isWeekday(w string) bool {
	_, ok := weekdayNames[w]
	return ok
}

// subjectClauseFollows reports whether a clause with its own subject
// starts at k: a noun phrase (after an optional time phrase, "in March
// 2019") and then a finite verb or an auxiliary, within ten words and
// before any comma.
func subjectClauseFollows(toks []token, k, to int) bool {
	words := 0
	for j := k; j < to && j < k+12; j++ {
		t := &toks[j]
		w := t.low
		switch {
		case w == "," || w == ";" || w == "that" || w == "which" || w == "who" || isHardBoundary(t):
			return false
		case t.kind != tkWord:
			continue
		case words > 0 && !determiners[toks[j-1].low] && (modals[w] || beForms[w] && w != "be" && w != "being" || haveForms[w] && w != "having" || looksFinite(w)):
			return true
		}
		words++
	}
	return false
}

// verbPhraseFollows reports whether a coordinated verb phrase starts at k
// (an auxiliary or a finite verb, possibly after an adverb), so that the
// conjunction before it ends the previous verb's objects.
func verbPhraseFollows(toks []token, k, to int) bool {
	for j := k; j < to && j < k+3; j++ {
		w := toks[j].low
		if adverbs[w] && !negators[w] {
			continue
		}
		return modals[w] || beForms[w] || haveForms[w] || looksFinite(w)
	}
	return false
}

// particleWords are the particles a phrasal verb may have after its object
// ("pulled its troops back", "called the strike off").
var particleWords = map[string]bool{"back": true, "out": true, "off": true, "down": true, "up": true}

func containsInt(list []int, x int) bool {
	for _, v := range list {
		if v == x {
			return true
		}
	}
	return false
}

// attributiveParticiple reports whether toks[j] is a lower-case -ed
// participle used as an adjective: right after a preposition or an article
// ("against besieged Homs", "in the occupied West Bank", "for detained
// journalists"), where no finite verb stands.
func attributiveParticiple(toks []token, from, j int) bool {
	t := &toks[j]
	if t.kind != tkWord || t.cap || !strings.HasSuffix(t.low, "ed") || j-1 < from {
		return false
	}
	w := toks[j-1].low
	return prepositions[w] && w != "by" || w == "the" || w == "a" || w == "an"
}
