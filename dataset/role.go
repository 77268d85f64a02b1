package dataset

import (
	"fmt"
	"strings"

	"github.com/entente/entente/country"
)

// Role says whom an actor stands for: its state (the government and the
// forces it commands) or a part of its society that is not the state (the
// opposition, rebels, civil society, business, the media).
//
// A relationship between countries is a relationship between their
// governments: "the United States recognises Guaidó as interim
// president" is an act toward Venezuela's opposition (GDELT codes the
// target VENOPP), not a +7 toward the Venezuelan state. Roles are read
// from the actor's stated type codes by ActorRole, and RoleFilter decides
// which events a relationship index sets aside.
type Role string

// The roles. An actor with no stated role is RoleState: most GDELT rows,
// every plain CSV without sector columns, and the chronology's rows name
// a country and nothing else, and such an actor is the state.
const (
	RoleState      Role = "state"         // no stated role: the state itself
	RoleGovernment Role = "government"    // executive, ministries, legislature, judiciary, police, intelligence
	RoleMilitary   Role = "military"      // armed forces
	RoleOpposition Role = "opposition"    // political opposition: opposition parties, dissidents, protest movements
	RoleRebel      Role = "rebels"        // armed non-state challengers: rebels, insurgents, separatists
	RoleCivil      Role = "civil society" // civilians, NGOs and activists, labour, education, health, refugees
	RoleBusiness   Role = "business"      // companies and business people
	RoleMedia      Role = "media"         // news media
	RoleCriminal   Role = "criminal"      // criminals and gangs
	RoleOther      Role = "other"         // a stated role that is none of the above (elites, unidentified forces)
)

// Roles lists every Role, in precedence order: when an actor states
// several roles ("VENLEGOPP", ICEWS's "Legislative / Parliamentary,
// Opposition Major Party (Out Of Government)"), the first of them in this
// list is its role, so that a challenger of the government is never read
// as the government because it also sits in an institution.
func Roles() []Role {
	return []Role{RoleRebel, RoleOpposition, RoleGovernment, RoleMilitary,
		RoleBusiness, RoleMedia, RoleCivil, RoleCriminal, RoleOther, RoleState}
}

// IsState reports whether r acts for its state: RoleState, RoleGovernment
// and RoleMilitary.
func (r Role) IsState() bool {
	return r == RoleState || r == RoleGovernment || r == RoleMilitary
}

// Valid reports whether r is one of Roles.
func (r Role) Valid() bool { return rolePrecedence(r) >= 0 }

// String returns the role's name ("opposition").
func (r Role) String() string { return string(r) }

// ParseRole returns the Role named s ("opposition", "rebels"; case and
// surrounding space ignored). Notebooks use it instead of a conversion.
func ParseRole(s string) (Role, error) {
	r := Role(strings.ToLower(strings.TrimSpace(s)))
	if !r.Valid() {
		return "", badValue("dataset: unknown role %q (want one of %s)", s, roleNames())
	}
	return r, nil
}

func roleNames() string {
	var b strings.Builder
	for i, r := range Roles() {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(string(r))
	}
	return b.String()
}

func rolePrecedence(r Role) int {
	for i, q := range Roles() {
		if q == r {
			return i
		}
	}
	return -1
}

// RoleCode is one entry of the role table: a type code or sector name as a
// data source writes it, and the role it states.
type RoleCode struct {
	Scheme string // "CAMEO" (three-letter actor type codes: GDELT, PLOVER, Phoenix, entente's CSV) or "ICEWS" (sector names)
	Code   string // "OPP"; ICEWS names in lower case ("dissident")
	Role   Role
	Label  string // what the code means
}

// roleTable is the knowledge: which type code states which role. CAMEO
// codes are the actor type codes of the CAMEO actor codebook (Schrodt,
// Gerner & Yilmaz, CAMEO Conflict and Mediation Event Observations Actor
// Codebook, 2012, chapter 2: primary role codes COP, GOV, INS, JUD, MIL,
// OPP, REB, SEP, SPY, UAF; secondary role codes AGR, BUS, CRM, CVL, DEV,
// EDU, ELI, ENV, HLH, HRI, LAB, LEG, MED, REF; and the organisation codes
// IGO, NGO, MNC), which GDELT writes in ActorNType1Code and inside actor
// codes ("VENOPP"). ICEWS names are the sector names of the ICEWS files
// (the 2018 sample in ../shared holds them) that state a role; its other
// sector names are descriptors (parties, ideologies, religions, levels of
// government such as "Regional") that state none and are ignored.
var roleTable = []RoleCode{
	{"CAMEO", "GOV", RoleGovernment, "government"},
	{"CAMEO", "LEG", RoleGovernment, "legislature"},
	{"CAMEO", "JUD", RoleGovernment, "judiciary"},
	{"CAMEO", "COP", RoleGovernment, "police"},
	{"CAMEO", "SPY", RoleGovernment, "state intelligence"},
	{"CAMEO", "MIL", RoleMilitary, "military"},
	{"CAMEO", "OPP", RoleOpposition, "political opposition"},
	{"CAMEO", "REB", RoleRebel, "rebels"},
	{"CAMEO", "INS", RoleRebel, "insurgents"},
	{"CAMEO", "SEP", RoleRebel, "separatist rebels"},
	{"CAMEO", "CVL", RoleCivil, "civilians"},
	{"CAMEO", "EDU", RoleCivil, "education"},
	{"CAMEO", "HLH", RoleCivil, "health"},
	{"CAMEO", "HRI", RoleCivil, "human rights"},
	{"CAMEO", "LAB", RoleCivil, "labour"},
	{"CAMEO", "REF", RoleCivil, "refugees"},
	{"CAMEO", "ENV", RoleCivil, "environment"},
	{"CAMEO", "DEV", RoleCivil, "development"},
	{"CAMEO", "NGO", RoleCivil, "non-governmental organisation"},
	{"CAMEO", "AGR", RoleBusiness, "agriculture"},
	{"CAMEO", "BUS", RoleBusiness, "business"},
	{"CAMEO", "MNC", RoleBusiness, "multinational corporation"},
	{"CAMEO", "MED", RoleMedia, "media"},
	{"CAMEO", "CRM", RoleCriminal, "criminal"},
	{"CAMEO", "ELI", RoleOther, "elites"},
	{"CAMEO", "UAF", RoleOther, "unidentified armed forces"},
	{"CAMEO", "IGO", RoleOther, "intergovernmental organisation"},
	{"CAMEO", "RAD", RoleOther, "radicals"},
	{"CAMEO", "MOD", RoleOther, "moderates"},

	{"ICEWS", "government", RoleGovernment, "government"},
	{"ICEWS", "executive", RoleGovernment, "executive"},
	{"ICEWS", "executive office", RoleGovernment, "executive office"},
	{"ICEWS", "cabinet", RoleGovernment, "cabinet"},
	{"ICEWS", "foreign ministry", RoleGovernment, "foreign ministry"},
	{"ICEWS", "finance / economy / commerce / trade ministry", RoleGovernment, "economic ministry"},
	{"ICEWS", "defense / security ministry", RoleGovernment, "defence ministry"},
	{"ICEWS", "interior / home ministry", RoleGovernment, "interior ministry"},
	{"ICEWS", "education ministry", RoleGovernment, "education ministry"},
	{"ICEWS", "information / communication / transparency ministry", RoleGovernment, "information ministry"},
	{"ICEWS", "industrial / textiles / mining ministry", RoleGovernment, "industry ministry"},
	{"ICEWS", "legislative / parliamentary", RoleGovernment, "legislature"},
	{"ICEWS", "lower house", RoleGovernment, "legislature"},
	{"ICEWS", "upper house", RoleGovernment, "legislature"},
	{"ICEWS", "unicameral", RoleGovernment, "legislature"},
	{"ICEWS", "judicial", RoleGovernment, "judiciary"},
	{"ICEWS", "police", RoleGovernment, "police"},
	{"ICEWS", "government major party (in government)", RoleGovernment, "governing party"},
	{"ICEWS", "government minor party (in government)", RoleGovernment, "governing party"},
	{"ICEWS", "military", RoleMilitary, "military"},
	{"ICEWS", "army", RoleMilitary, "army"},
	{"ICEWS", "navy", RoleMilitary, "navy"},
	{"ICEWS", "air force", RoleMilitary, "air force"},
	{"ICEWS", "marines", RoleMilitary, "marines"},
	{"ICEWS", "opposition major party (out of government)", RoleOpposition, "opposition party"},
	{"ICEWS", "opposition minor party (out of government)", RoleOpposition, "opposition party"},
	{"ICEWS", "dissident", RoleOpposition, "dissidents"},
	{"ICEWS", "protestors / popular opposition / mobs", RoleOpposition, "protest movement"},
	{"ICEWS", "rebel", RoleRebel, "rebels"},
	{"ICEWS", "insurgents", RoleRebel, "insurgents"},
	{"ICEWS", "separatists", RoleRebel, "separatists"},
	{"ICEWS", "general population / civilian / social", RoleCivil, "civilians"},
	{"ICEWS", "nongovernmental organizations / activists", RoleCivil, "NGOs and activists"},
	{"ICEWS", "nongovernmental organization (international)", RoleCivil, "international NGO"},
	{"ICEWS", "human rights ngos", RoleCivil, "human rights NGO"},
	{"ICEWS", "medical / health ngos", RoleCivil, "health NGO"},
	{"ICEWS", "labor", RoleCivil, "labour"},
	{"ICEWS", "education", RoleCivil, "education"},
	{"ICEWS", "medical / health", RoleCivil, "health"},
	{"ICEWS", "refugees / displaced", RoleCivil, "refugees"},
	{"ICEWS", "business", RoleBusiness, "business"},
	{"ICEWS", "agricultural", RoleBusiness, "agriculture"},
	{"ICEWS", "media", RoleMedia, "media"},
	{"ICEWS", "news", RoleMedia, "news media"},
	{"ICEWS", "state media", RoleMedia, "state media"},
	{"ICEWS", "criminals / gangs", RoleCriminal, "criminals"},
	{"ICEWS", "elite", RoleOther, "elites"},
	{"ICEWS", "unidentified forces", RoleOther, "unidentified forces"},
}

var roleIndex = func() map[string]Role {
	m := make(map[string]Role, len(roleTable))
	for _, c := range roleTable {
		m[c.Scheme+":"+c.Code] = c.Role
	}
	return m
}()

// RoleCodes returns a copy of the role table: every CAMEO type code and
// ICEWS sector name that states a role.
func RoleCodes() []RoleCode { return append([]RoleCode(nil), roleTable...) }

// ActorRole returns whom a states: the role of the highest precedence
// (Roles) among the roles its Sector and its Code state, or RoleState when
// they state none.
//
//   - Sector is read as a list (separated by commas or semicolons) of
//     CAMEO type codes (GDELT's Type1Code "OPP", PLOVER's "GOV,MIL") or
//     ICEWS sector names ("Government,Executive"); ICEWS's literal "NA"
//     states nothing.
//   - Code is a CAMEO actor code: after a country prefix ("VEN" in
//     "VENOPP"), each three-letter group that is a type code in the table
//     states a role ("VENLEGOPP" states LEG and OPP).
//   - Names the table does not know are ignored, so an actor whose sector
//     holds only descriptors ("Parties,Ideological") is the state; an
//     actor with a stated role the table knows but the list above does not
//     name (ELI, UAF) is RoleOther.
func ActorRole(a Actor) Role { return roleAt(min2(sectorPrecedence(a.Sector), codePrecedence(a.Code))) }

// sectorPrecedence is the best (lowest) role precedence a sector field
// states — CAMEO type codes or ICEWS sector names, comma- or
// semicolon-separated — or -1.
func sectorPrecedence(sector string) int {
	best := -1
	if s := strings.TrimSpace(sector); s != "" && s != "NA" {
		for _, part := range strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == ';' }) {
			part = strings.TrimSpace(part)
			if r, ok := roleIndex["CAMEO:"+strings.ToUpper(part)]; ok && len(part) == 3 {
				best = min2(best, rolePrecedence(r))
			} else if r, ok := roleIndex["ICEWS:"+strings.ToLower(part)]; ok {
				best = min2(best, rolePrecedence(r))
			}
		}
	}
	return best
}

// codePrecedence is the best role precedence the three-letter type codes
// of a CAMEO actor code state after its country prefix ("VENOPP"), or -1.
func codePrecedence(code string) int {
	best := -1
	if code := strings.ToUpper(strings.TrimSpace(code)); len(code) >= 3 {
		start := 0
		if country.Valid(code[:3]) {
			start = 3
		}
		for i := start; i+3 <= len(code); i += 3 {
			if r, ok := roleIndex["CAMEO:"+code[i:i+3]]; ok {
				best = min2(best, rolePrecedence(r))
			}
		}
	}
	return best
}

// min2 is the smaller of two precedences, -1 meaning none.
func min2(a, b int) int {
	if a < 0 || (b >= 0 && b < a) {
		return b
	}
	return a
}

// roleAt is the role of a precedence; -1 is the state.
func roleAt(p int) Role {
	if p < 0 {
		return RoleState
	}
	return Roles()[p]
}

// roleCache memoises the role readings of actor codes and sector fields
// by their bytes, for the fast GDELT path: a lookup with a []byte key
// converted in the index expression does not allocate, so a row costs two
// map lookups per actor once its codes have been seen.
type roleCache struct {
	code, sector map[string]int
}

// role is ActorRole of an actor with this code and sector.
func (c *roleCache) role(code, sector []byte) Role {
	if c.code == nil {
		c.code, c.sector = map[string]int{}, map[string]int{}
	}
	pc, ok := c.code[string(code)]
	if !ok {
		pc = codePrecedence(string(code))
		c.code[string(code)] = pc
	}
	ps, ok := c.sector[string(sector)]
	if !ok {
		ps = sectorPrecedence(string(sector))
		c.sector[string(sector)] = ps
	}
	return roleAt(min2(pc, ps))
}

// Role rule names, as counted in Report.Filters.
const (
	RuleOpposition = "role: opposition" // an act by or toward another state's political opposition
	RuleRebels     = "role: rebels"     // an act by or toward another state's rebels, insurgents or separatists
	RuleNonState   = "role: non-state"  // an act by or toward another country's civil society, business, media, criminals or other non-state actors
)

// RoleRule is one named rule of a RoleFilter: it sets aside an event
// between two different countries (source and target country differ, or
// one is unknown) when the source or the target actor has one of Roles.
// Events within one country are never set aside by a role rule (they are
// not a relationship between countries; Filter.ExcludeSelf drops them).
type RoleRule struct {
	Name  string // the reason counted in Report.Filters ("role: opposition"); must not be empty
	Roles []Role // the roles that make the rule fire; must be valid and not state roles
}

// RoleFilter sets events aside by the roles of their actors (ActorRole),
// so that a relationship index reads acts between governments. A nil
// *RoleFilter, or one without rules, keeps every event; the first rule
// that fires names the reason. Set it as Filter.Roles to have readers
// count the events it sets aside as filtered, with the rule's name.
//
// DefaultRoleFilter is the government-to-government reading the report
// commands apply: acts by or toward another state's opposition (RuleOpposition)
// or rebels (RuleRebels) are set aside. They are set aside, not re-read as
// hostile to the government: the Goldstein scale weighs acts between
// states (Goldstein 1992, "A Conflict-Cooperation Scale for WEIS Events
// Data", Journal of Conflict Resolution 36(2)), and no weight exists for
// what support of an opposition means to the government it opposes —
// recognising Guaidó was hostile to Maduro, but criticising rebels is not
// friendly to the government they fight, so a mechanical sign flip would
// be wrong as often as right. The hostility toward the government shows
// in the acts aimed at it (Venezuela breaking relations with the United
// States on 23 January 2019, the sanctions that followed), which the rule
// keeps. Measured: reading the chronology's state acts toward an
// opposition or separatists as hostility instead (the mirrored weight −g
// toward the government; score's TestHarnessReport prints it as "level
// (roles hostile)") leaves the level's turning-point record unchanged
// (chronology v4: tuning half 50 of 70, held-apart 47 of 62; v5: 48 and
// 46, as the default) and deepens United States–Venezuela's January 2019
// by 0.2; the evidence does not ask for the sign flip, so the rule stays
// the plainer reading. Business, civil society and the media of another
// country are kept (sanctions on another country's companies are state
// policy); StateRoleFilter sets them aside too.
type RoleFilter struct {
	Rules []RoleRule
}

// DefaultRoleFilter returns the government-to-government rules:
// RuleOpposition (RoleOpposition) and RuleRebels (RoleRebel).
func DefaultRoleFilter() *RoleFilter {
	return &RoleFilter{Rules: []RoleRule{
		{Name: RuleOpposition, Roles: []Role{RoleOpposition}},
		{Name: RuleRebels, Roles: []Role{RoleRebel}},
	}}
}

// StateRoleFilter returns the strictest reading: DefaultRoleFilter's rules
// and RuleNonState, which sets aside acts by or toward another country's
// civil society, business, media, criminals and other non-state actors, so
// that only acts between states (RoleState, RoleGovernment, RoleMilitary)
// remain.
func StateRoleFilter() *RoleFilter {
	f := DefaultRoleFilter()
	f.Rules = append(f.Rules, RoleRule{Name: RuleNonState, Roles: []Role{RoleCivil, RoleBusiness, RoleMedia, RoleCriminal, RoleOther}})
	return f
}

// ParseRoleFilter returns the RoleFilter a command-line flag names:
// "government" (or "gov", "default": DefaultRoleFilter), "state"
// (StateRoleFilter) or "all" (nil: every role kept).
func ParseRoleFilter(s string) (*RoleFilter, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "government", "gov", "default":
		return DefaultRoleFilter(), nil
	case "state":
		return StateRoleFilter(), nil
	case "all":
		return nil, nil
	}
	return nil, badValue("dataset: unknown role filter %q (want government, state or all)", s)
}

// check returns an error for a rule without a name, an unknown role, or a
// state role (a rule that set aside the state would set aside everything).
func (f *RoleFilter) check() error {
	if f == nil {
		return nil
	}
	for i, r := range f.Rules {
		if strings.TrimSpace(r.Name) == "" {
			return fmt.Errorf("dataset: role filter: rule %d has no name", i)
		}
		if len(r.Roles) == 0 {
			return fmt.Errorf("dataset: role filter: rule %q has no roles", r.Name)
		}
		for _, role := range r.Roles {
			if !role.Valid() {
				return fmt.Errorf("dataset: role filter: rule %q: unknown role %q", r.Name, string(role))
			}
			if role.IsState() {
				return fmt.Errorf("dataset: role filter: rule %q: role %q is the state", r.Name, string(role))
			}
		}
	}
	return nil
}

// Reason returns the name of the first rule that sets e aside, or "" if
// f keeps it. A malformed filter (a rule without a name or roles, an
// unknown or state role) is a programmer error and panics; Open returns
// it as an error instead.
func (f *RoleFilter) Reason(e *Event) string {
	if err := f.check(); err != nil {
		panic(err.Error())
	}
	return f.actors(e.Source, e.Target)
}

// Keep reports whether f keeps e (see Reason).
func (f *RoleFilter) Keep(e *Event) bool { return f.Reason(e) == "" }

// actors applies the rules to an event's two actors. It is the one place
// the rules are interpreted: Reason, Filter and the readers call it.
func (f *RoleFilter) actors(src, tgt Actor) string {
	if f == nil || len(f.Rules) == 0 {
		return ""
	}
	if src.Country != "" && src.Country == tgt.Country {
		return ""
	}
	return f.roles(ActorRole(src), ActorRole(tgt))
}

// roles applies the rules to the roles of an event's two actors, of
// different countries (actors checks that; the fast path does too).
func (f *RoleFilter) roles(rs, rt Role) string {
	if rs.IsState() && rt.IsState() {
		return ""
	}
	for _, rule := range f.Rules {
		for _, role := range rule.Roles {
			if rs == role || rt == role {
				return rule.Name
			}
		}
	}
	return ""
}
