package extract

import "strings"

// verbForm is the inflection of a verb token.
type verbForm uint8

const (
	formBase   verbForm = iota // visit, meet
	formS                      // visits, meets
	formPast                   // visited, met (also the participle of regular verbs)
	formPart                   // past participle only: given, taken, shown
	formGerund                 // visiting, meeting
)

// irregular maps irregular verb forms to their base form and inflection.
// Forms that are also common nouns or adjectives and rarely verbs in news
// ("left", "saw", "found", "wound", "lay") are omitted or kept where the
// verb reading dominates in political reporting.
var irregular = map[string]struct {
	base string
	form verbForm
}{
	"was": {"be", formPast}, "were": {"be", formPast}, "is": {"be", formS}, "are": {"be", formBase},
	"am": {"be", formBase}, "been": {"be", formPart}, "being": {"be", formGerund},
	"'re": {"be", formBase}, "'m": {"be", formBase},
	"has": {"have", formS}, "had": {"have", formPast}, "having": {"have", formGerund}, "'ve": {"have", formBase},
	"does": {"do", formS}, "did": {"do", formPast}, "done": {"do", formPart}, "doing": {"do", formGerund},
	"went": {"go", formPast}, "gone": {"go", formPart}, "goes": {"go", formS},
	"met": {"meet", formPast}, "held": {"hold", formPast}, "said": {"say", formPast}, "says": {"say", formS},
	"told": {"tell", formPast}, "sent": {"send", formPast}, "fought": {"fight", formPast},
	"gave": {"give", formPast}, "given": {"give", formPart}, "made": {"make", formPast},
	"took": {"take", formPast}, "taken": {"take", formPart}, "brought": {"bring", formPast},
	"sought": {"seek", formPast}, "struck": {"strike", formPast}, "stricken": {"strike", formPart},
	"shot": {"shoot", formPast}, "spoke": {"speak", formPast}, "spoken": {"speak", formPart},
	"threw": {"throw", formPast}, "thrown": {"throw", formPart}, "withdrew": {"withdraw", formPast},
	"withdrawn": {"withdraw", formPart}, "broke": {"break", formPast}, "broken": {"break", formPart},
	"led": {"lead", formPast}, "kept": {"keep", formPast}, "left": {"leave", formPast},
	"began": {"begin", formPast}, "begun": {"begin", formPart}, "came": {"come", formPast},
	"won": {"win", formPast}, "lost": {"lose", formPast}, "paid": {"pay", formPast},
	"stood": {"stand", formPast}, "rose": {"rise", formPast}, "risen": {"rise", formPart},
	"seen": {"see", formPart}, "knew": {"know", formPast}, "known": {"know", formPart},
	"chose": {"choose", formPast}, "chosen": {"choose", formPart}, "drove": {"drive", formPast},
	"driven": {"drive", formPart}, "forbade": {"forbid", formPast}, "forbidden": {"forbid", formPart},
	"froze": {"freeze", formPast}, "frozen": {"freeze", formPart}, "hid": {"hide", formPast},
	"hidden": {"hide", formPart}, "beaten": {"beat", formPart}, "blew": {"blow", formPast},
	"blown": {"blow", formPart}, "bought": {"buy", formPast}, "built": {"build", formPast},
	"caught": {"catch", formPast}, "dealt": {"deal", formPast}, "drew": {"draw", formPast},
	"drawn": {"draw", formPart}, "fell": {"fall", formPast}, "fallen": {"fall", formPart},
	"felt": {"feel", formPast}, "fled": {"flee", formPast}, "flew": {"fly", formPast},
	"flown": {"fly", formPart}, "forgave": {"forgive", formPast}, "forgiven": {"forgive", formPart},
	"got": {"get", formPast}, "gotten": {"get", formPart}, "grew": {"grow", formPast},
	"grown": {"grow", formPart}, "heard": {"hear", formPast}, "meant": {"mean", formPast},
	"overthrew": {"overthrow", formPast}, "overthrown": {"overthrow", formPart}, "ran": {"run", formPast},
	"rode": {"ride", formPast}, "ridden": {"ride", formPart}, "sold": {"sell", formPast},
	"shook": {"shake", formPast}, "shaken": {"shake", formPart}, "sat": {"sit", formPast},
	"slew": {"slay", formPast}, "slain": {"slay", formPart}, "spent": {"spend", formPast},
	"stole": {"steal", formPast}, "stolen": {"steal", formPart}, "stuck": {"stick", formPast},
	"swore": {"swear", formPast}, "sworn": {"swear", formPart}, "swept": {"sweep", formPast},
	"taught": {"teach", formPast}, "thought": {"think", formPast}, "tore": {"tear", formPast},
	"torn": {"tear", formPart}, "understood": {"understand", formPast}, "undertook": {"undertake", formPast},
	"undertaken": {"undertake", formPart}, "upheld": {"uphold", formPast}, "wrote": {"write", formPast},
	"written": {"write", formPart}, "overran": {"overrun", formPast}, "overcame": {"overcome", formPast},
	"arose": {"arise", formPast}, "arisen": {"arise", formPart}, "bore": {"bear", formPast},
	"borne": {"bear", formPart}, "bound": {"bind", formPast}, "fed": {"feed", formPast},
	"hung": {"hang", formPast}, "mistook": {"mistake", formPast}, "mistaken": {"mistake", formPart},
	"misled": {"mislead", formPast}, "oversaw": {"oversee", formPast}, "overseen": {"oversee", formPart},
	"sank": {"sink", formPast}, "sunk": {"sink", formPart}, "strove": {"strive", formPast},
	"withheld": {"withhold", formPast}, "withstood": {"withstand", formPast}, "rebuilt": {"rebuild", formPast},
	"retook": {"retake", formPast}, "retaken": {"retake", formPart}, "sped": {"speed", formPast},
	"sprang": {"spring", formPast}, "swung": {"swing", formPast}, "wept": {"weep", formPast},
	"forgot": {"forget", formPast}, "forgotten": {"forget", formPart}, "foresaw": {"foresee", formPast},
	"foreseen": {"foresee", formPart}, "lent": {"lend", formPast}, "dug": {"dig", formPast},
	"slid": {"slide", formPast}, "strode": {"stride", formPast}, "spun": {"spin", formPast},
	"shone": {"shine", formPast}, "bent": {"bend", formPast}, "bled": {"bleed", formPast},
	"bred": {"breed", formPast}, "clung": {"cling", formPast},
	"overtook": {"overtake", formPast}, "overtaken": {"overtake", formPart}, "partook": {"partake", formPast},
	"reaffirms": {"reaffirm", formS}, "redone": {"redo", formPart},
	"outran": {"outrun", formPast}, "underwent": {"undergo", formPast}, "undergone": {"undergo", formPart},
	"overheard": {"overhear", formPast}, "reread": {"reread", formPast}, "unwound": {"unwind", formPast},
	"woke": {"wake", formPast}, "woken": {"wake", formPart}, "wore": {"wear", formPast}, "worn": {"wear", formPart},
	"ate": {"eat", formPast}, "eaten": {"eat", formPart}, "drank": {"drink", formPast}, "drunk": {"drink", formPart},
	"sang": {"sing", formPast}, "sung": {"sing", formPart}, "rang": {"ring", formPast}, "rung": {"ring", formPart},
	"dwelt": {"dwell", formPast}, "knelt": {"kneel", formPast},
	"leapt": {"leap", formPast}, "lit": {"light", formPast},
	"smelt": {"smell", formPast}, "spelt": {"spell", formPast}, "spilt": {"spill", formPast},
	"burnt": {"burn", formPast}, "learnt": {"learn", formPast}, "dreamt": {"dream", formPast},
	"stung": {"sting", formPast}, "strung": {"string", formPast}, "swam": {"swim", formPast},
	"begot": {"beget", formPast}, "beheld": {"behold", formPast}, "besought": {"beseech", formPast},
	"saw": {"see", formPast}, "found": {"find", formPast}, "laid": {"lay", formPast}, "lain": {"lie", formPart},
	"slept": {"sleep", formPast}, "shut": {"shut", formPast},
	"dies": {"die", formS}, "died": {"die", formPast}, "dying": {"die", formGerund},
	"lies": {"lie", formS}, "lying": {"lie", formGerund}, "ties": {"tie", formS},
	"tied": {"tie", formPast}, "tying": {"tie", formGerund}, "agreed": {"agree", formPast},
	"freed": {"free", formPast}, "guaranteed": {"guarantee", formPast}, "refereed": {"referee", formPast},
}

// verbCandidates returns the possible base forms of a lower-case word with
// the inflection each implies, most likely first. The caller picks the
// first one its lexicon knows. The word itself (base form) is always the
// first candidate.
func verbCandidates(w string) (cands [4]string, forms [4]verbForm, n int) {
	add := func(s string, f verbForm) {
		if n < len(cands) && len(s) >= 2 {
			for i := 0; i < n; i++ {
				if cands[i] == s {
					return
				}
			}
			cands[n], forms[n] = s, f
			n++
		}
	}
	if irr, ok := irregular[w]; ok {
		add(irr.base, irr.form)
		return
	}
	add(w, formBase)
	l := len(w)
	switch {
	case l > 4 && strings.HasSuffix(w, "ied"):
		add(w[:l-3]+"y", formPast) // denied → deny
	case l > 3 && strings.HasSuffix(w, "ed"):
		stem := w[:l-2]
		add(w[:l-1], formPast) // agreed → agree, used → use
		if undoubled, ok := undouble(stem); ok {
			add(undoubled, formPast) // stopped → stop
		}
		add(stem, formPast) // visited → visit
		add(izeOf(w[:l-1]), formPast)
	case l > 5 && strings.HasSuffix(w, "ying"):
		add(w[:l-3], formGerund) // saying → say
	case l > 4 && strings.HasSuffix(w, "ing"):
		stem := w[:l-3]
		if undoubled, ok := undouble(stem); ok {
			add(undoubled, formGerund) // stopping → stop
		}
		add(stem, formGerund)     // visiting → visit
		add(stem+"e", formGerund) // making → make
		add(izeOf(stem+"e"), formGerund)
	case l > 4 && strings.HasSuffix(w, "ies"):
		add(w[:l-3]+"y", formS) // denies → deny
	case l > 3 && strings.HasSuffix(w, "es") && (strings.HasSuffix(w, "ches") || strings.HasSuffix(w, "shes") || strings.HasSuffix(w, "sses") || strings.HasSuffix(w, "xes") || strings.HasSuffix(w, "zes") || strings.HasSuffix(w, "oes")):
		add(w[:l-2], formS) // pushes → push
		add(w[:l-1], formS)
	case l > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is"):
		add(w[:l-1], formS) // visits → visit, condemns → condemn
		add(izeOf(w[:l-1]), formS)
	default:
		add(izeOf(w), formBase)
	}
	return
}

// undouble removes a doubled final consonant: "stopp" → "stop".
func undouble(stem string) (string, bool) {
	l := len(stem)
	if l < 3 {
		return "", false
	}
	c := stem[l-1]
	if c == stem[l-2] && c != 'l' && c != 's' && c != 'e' && c != 'o' && !(c == 'z') && isConsonant(c) {
		return stem[:l-1], true
	}
	if c == 'l' && stem[l-2] == 'l' {
		// British "cancelled", "labelled" → cancel, label; but "called" stays
		return stem[:l-1], true
	}
	return "", false
}

func isConsonant(c byte) bool {
	switch c {
	case 'a', 'e', 'i', 'o', 'u':
		return false
	}
	return c >= 'a' && c <= 'z'
}

// izeOf turns a British -ise spelling into -ize ("criticise" →
// "criticize"); it returns "" when s does not end in -ise.
func izeOf(s string) string {
	if len(s) > 5 && strings.HasSuffix(s, "ise") {
		return s[:len(s)-3] + "ize"
	}
	return ""
}

// nounSingular returns a plural noun's likely singular ("sanctions" →
// "sanction", "talks" stays as the lexicon keeps it, "parties" → "party").
func nounSingular(w string) string {
	l := len(w)
	switch {
	case l > 4 && strings.HasSuffix(w, "ies"):
		return w[:l-3] + "y"
	case l > 4 && (strings.HasSuffix(w, "ches") || strings.HasSuffix(w, "shes") || strings.HasSuffix(w, "sses") || strings.HasSuffix(w, "xes")):
		return w[:l-2]
	case l > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is"):
		return w[:l-1]
	}
	return w
}
