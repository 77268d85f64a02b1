package extract

import (
	"strings"

	"github.com/entente/entente/cameo"
)

// codeClass is what the coder's logic needs to know about a CAMEO code
// beyond package cameo's own tables: a set of flags, read by one function
// (classOf) from codeClassTable. The logic asks "is this a meeting noun?",
// never "is the code 040?"; a test checks that no CAMEO code literal stands
// in the coder's non-table sources.
type codeClass uint32

const (
	// ccStatement: bare statements (01), coded only with Options.Statements.
	ccStatement codeClass = 1 << iota
	// ccAppeal: appeals and demands (02, 10): "its demand that Israel
	// ease …" is aimed at the subject of the that-clause.
	ccAppeal
	// ccCharges: criticism and accusations (11): the gerunds after the
	// verb are the charges, not events of their own ("accused X of
	// violating …, ignoring …").
	ccCharges
	// ccHosted: consultations (04): a passive without an agent is hosted
	// by the place's state ("was received in Beijing").
	ccHosted
	// ccForce: force against people (18–20): the victims may be known
	// alone, an object's owner is the target, participle clauses restate it.
	ccForce
	// ccAgentlessPair: intentions, consultations, diplomatic and material
	// cooperation (03–06): an agentless reciprocal event ("a joint
	// statement was signed") is between the article's pair.
	ccAgentlessPair
	// ccCooperation: cooperation (03–08), whose negation is a refusal
	// (root 12) and whose end reduces relations (160).
	ccCooperation
	// ccTargetless: events that may have no target (statements, appeals,
	// intentions, concessions, refusals, threats, shows of force).
	ccTargetless
	// ccVisit: a visit (042): the noun takes a destination ("visit to
	// China"), and without one the article's partner is visited.
	ccVisit
	// ccMeeting: a meeting noun (040, 046): coded with its partner
	// ("a meeting with X") or a compound subject.
	ccMeeting
	// ccInPlace: threats, coercion and force (13, 17–20) "in" or "at" a
	// place of the source's own state act on its people ("imposed a
	// curfew in Algiers"), not on the state itself.
	ccInPlace
	// ccCrowd: protests (14), the acts of crowds: a crowd of no named
	// state is the people of the place ("Hundreds protested … in Berlin").
	ccCrowd
	// ccReaction: demands, criticism, rejection, threats and protests
	// (10–14): a definite event noun "for" which the subject reacts is
	// the act reacted to ("condemned Tokyo for the visit"), not the
	// subject's own.
	ccReaction
	// ccExpulsion: expelling persons (174) and diplomats (161): "was
	// expelled from Moldova" was expelled by Moldova.
	ccExpulsion
	// ccCoercion: coercion (17) — arrests, detentions, bans — is done by
	// a state: an agentless passive of it in a state's places was done by
	// that state ("was detained in China").
	ccCoercion
	// ccNominalAct: reduced relations and sanctions (16) and force
	// (18–20): an event noun of these opening its sentence as a subject
	// codes with the source its phrase names ("Russia's shelling of
	// Kharkiv drew …", "The bombing of Belgrade by NATO continued").
	ccNominalAct
	// ccAgreement: a signed agreement (057): an infinitive after its noun
	// is what was agreed ("signed a pact to end hostilities"), not an act
	// of its own.
	ccAgreement
	// ccDeescalation: de-escalating military engagement (087: truce,
	// easing a blockade, demobilising, retreating): a state's order to its
	// own forces to do it is the state's act ("ordered its troops to
	// withdraw" is a retreat, 0874), not a demand on itself.
	ccDeescalation
	// ccPartnerNoun: consultations (04) and agreements (057): when a
	// family verb's object pattern reads such a noun ("demanded
	// negotiations with Azerbaijan": 106 from 046; "rejected a trade deal
	// with China": 1211), the noun's partner is the verb's target.
	ccPartnerNoun
	// ccMediation: mediation (045): a participle describing an object
	// ("a ceasefire brokered by Washington") mediates between the parties
	// that agreed to it, the clause's subject.
	ccMediation
	// ccSentForces: sending forces (074 peacekeeping, 154 deployment, 192
	// occupation): forces sent by a passive verb without agent are their
	// own state's ("Russian troops were deployed to Belarus").
	ccSentForces
	// ccShowOfForce: a show of force (15): a demand about it aims at the
	// force's owner ("an end to Chinese military drills near Taiwan").
	ccShowOfForce
)

// codeClassTable gives the classes of CAMEO codes by prefix: a code has the
// classes of every line whose prefix it starts with (a root, "04", or a
// full code, "042").
var codeClassTable = []struct {
	prefix string
	class  codeClass
}{
	{"01", ccStatement | ccTargetless},
	{"02", ccAppeal | ccTargetless},
	{"03", ccAgentlessPair | ccCooperation | ccTargetless},
	{"04", ccHosted | ccAgentlessPair | ccCooperation | ccPartnerNoun},
	{"040", ccMeeting},
	{"042", ccVisit},
	{"045", ccMediation},
	{"074", ccSentForces},
	{"154", ccSentForces},
	{"192", ccSentForces},
	{"046", ccMeeting},
	{"05", ccAgentlessPair | ccCooperation},
	{"057", ccAgreement | ccPartnerNoun},
	{"06", ccAgentlessPair | ccCooperation},
	{"07", ccCooperation},
	{"08", ccCooperation | ccTargetless},
	{"087", ccDeescalation},
	{"10", ccAppeal | ccReaction},
	{"11", ccCharges | ccReaction},
	{"12", ccTargetless | ccReaction},
	{"13", ccTargetless | ccInPlace | ccReaction},
	{"14", ccCrowd | ccReaction},
	{"15", ccTargetless | ccShowOfForce},
	{"16", ccNominalAct},
	{"17", ccInPlace | ccCoercion},
	{"174", ccExpulsion},
	{"161", ccExpulsion},
	{"18", ccForce | ccInPlace | ccNominalAct},
	{"19", ccForce | ccInPlace | ccNominalAct},
	{"20", ccForce | ccInPlace | ccNominalAct},
}

// classOf returns the classes of a CAMEO code (codeClassTable); 0 for "".
func classOf(code string) codeClass {
	var c codeClass
	if code == "" {
		return 0
	}
	for i := range codeClassTable {
		if strings.HasPrefix(code, codeClassTable[i].prefix) {
			c |= codeClassTable[i].class
		}
	}
	return c
}

// has reports whether every class of f is in c.
func (c codeClass) has(f codeClass) bool { return c&f == f }

// codeOf reports whether code has the class f.
func codeOf(code string, f codeClass) bool { return classOf(code).has(f) }

// codeReadiness is the code of a stated readiness to cooperate ("was ready
// to work closely with China"): 030, express intent to cooperate.
const codeReadiness = "030"

// stoppedByRoot is the table of stoppedCode, by the ended event's root:
// ending cooperation (03–08) reduces relations (160), ending a protest is
// 082 (ease political dissent), ending the use of force (15, 17–20)
// de-escalates (087).
var stoppedByRoot = map[string]string{
	"03": "160", "04": "160", "05": "160", "06": "160", "07": "160", "08": "160",
	"14": "082",
	"15": "087", "17": "087", "18": "087", "19": "087", "20": "087",
}

// ploverOverrides are the exceptions of ploverOf to the CAMEO→PLOVER
// crosswalk, where it contradicts the PLOVER codebook: 163 (embargo,
// sanctions) → SANCTION, 1712 (destroy property) → COERCE, 0813/0814
// (release, return) → CONCEDE.
var ploverOverrides = map[string]string{
	"163": cameo.SANCTION, "1712": cameo.COERCE, "0813": cameo.CONCEDE, "0814": cameo.CONCEDE,
}

// meetCodes are the codes of a meeting verb's event: 040 consult, 044 meet
// at a "third" location (a rule recodes 040 to it).
var meetCodes = []string{"040", "044"}
