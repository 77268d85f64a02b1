package extract

import (
	"fmt"
	"strings"

	"github.com/entente/entente/cameo"
)

// deriveTable says how a verb of a complement family turns the code of
// what it governs into its own ("agreed to visit": intent + 042 → 036;
// "threatened to impose sanctions": threat + 163 → 1312; "urged X to
// release": appeal + 0841 → 0253 …), following the CAMEO 1.1b3 codebook's
// parallel subtrees (03x intents, 02x appeals, 10x demands, 12x refusals,
// 13x threats). One line per family:
//
//	family default | rule rule …
//
// default is the family's code when nothing it governs is coded ("X
// threatened Y": 130). The rules are tried in order; each is
// PATTERN=RESULT where PATTERN is a code prefix ("06*": root 06; "083*":
// base 083; "0831*": that code), an exact code ("=1721") or "*" (anything),
// and RESULT a CAMEO code, "same" (the governed code itself) or ">family"
// (what that family makes of it). A family with no rule that matches makes
// nothing of the code.
const deriveTable = `
prepare 030 | 18*=150 19*=150 20*=150 15*=same *=>intent
# a decision to reduce relations, sanction, expel, coerce, blockade, deploy forces or
# refuse is announced as that act ("decided to impose sanctions": 163, not
# the threat 1312); a decision to do anything else is an intent
decide  030 | 16*=same 17*=same 15*=same 191*=same 12*=same *=>intent
intent  030 | 045*=039 04*=036 057*=032 050*=032 054*=032 051*=032 052*=032 053*=032 055*=032 056*=032
# an unqualified intent to cooperate ("cooperate" is 060 only because root
# 06 holds the verb) is the generic 030, "Express intent to cooperate"
intent  030 | =060=030
intent  030 | 061*=0311 062*=0312 063*=0313 064*=0314 06*=031 071*=0331 072*=0332 073*=0333 074*=0334 07*=033
intent  030 | 081*=0351 082*=0352 0831*=0341 0832*=0342 0833*=0343 0834*=0344 083*=034 084*=0353 085*=0354 086*=0355 087*=0356 08*=035
intent  030 | 03*=same 02*=same 01*=same 09*=030 10*=same 11*=same 12*=same *=>threat
threat  130 | 161*=1313 162*=1311 163*=1312 164*=134 165*=135 166*=136 16*=131 =1721=1321 =1722=1322 =1723=1323 =1724=1324 172*=132 17*=137
threat  130 | 14*=133 12*=131 11*=131 18*=1383 191*=1381 192*=1382 19*=1384 15*=1384 204*=1385 20*=1384 13*=same
threat  130 | 087*=136 084*=136 074*=136 086*=136 07*=1311 *=130
refuse  120 | 045*=126 038*=126 039*=126 04*=125 036*=125 061*=1211 062*=1212 063*=1213 0311*=1211 0312*=1212 0313*=1213 06*=121 031*=121
refuse  120 | 071*=1221 072*=1222 073*=1223 074*=1224 0331*=1221 0332*=1222 0333*=1223 0334*=1224 07*=122 033*=122
refuse  120 | =0831=1231 =0341=1231 =0832=1232 =0342=1232 =0833=1233 =0343=1233 =0834=1234 =0344=1234 083*=123 034*=123 081*=1241 =0351=1241 082*=1242 084*=1243 =0353=1243 085*=1244 =0354=1244
refuse  120 | 086*=1245 =0355=1245 087*=1246 =0356=1246 08*=124 035*=124 057*=127 037*=127 12*=same *=120
appeal  020 | 045*=028 038*=028 057*=027 037*=027 04*=026 036*=026 061*=0211 062*=0212 063*=0213 064*=0214 06*=021 031*=021
appeal  020 | 071*=0231 072*=0232 073*=0233 074*=0234 075*=0233 07*=023 033*=023 0831*=0241 0832*=0242 0833*=0243 0834*=0244 083*=024
# an appeal or demand that another agree to, promise or offer something is
# an appeal or demand for that thing ("urged Israel to agree to a
# ceasefire": 0356 → 0256)
appeal  020 | 0351*=0251 0352*=0252 0353*=0253 0354*=0254 0355*=0255 0356*=0256 035*=025 036*=026 037*=027 038*=028
appeal  020 | 0311*=0211 0312*=0212 0313*=0213 0314*=0214 031*=021 0331*=0231 0332*=0232 0333*=0233 0334*=0234 033*=023 032*=022
appeal  020 | 0341*=0241 0342*=0242 0343*=0243 0344*=0244 034*=024
demand  100 | 0351*=1051 0352*=1052 0353*=1053 0354*=1054 0355*=1055 0356*=1056 035*=105 036*=106 037*=107 038*=108
demand  100 | 0311*=1011 0312*=1012 0313*=1013 0314*=1014 031*=101 0331*=1031 0332*=1032 0333*=1033 0334*=1034 033*=103 032*=102
demand  100 | 0341*=1041 0342*=1042 0343*=1043 0344*=1044 034*=104
appeal  020 | 081*=0251 082*=0252 084*=0253 085*=0254 086*=0255 087*=0256 08*=025 05*=022 02*=same *=020
demand  100 | 045*=108 038*=108 057*=107 037*=107 04*=106 036*=106 061*=1011 062*=1012 063*=1013 064*=1014 06*=101
demand  100 | 071*=1031 072*=1032 073*=1033 074*=1034 075*=1033 07*=103 0831*=1041 0832*=1042 0833*=1043 0834*=1044 083*=104
demand  100 | 081*=1051 082*=1052 084*=1053 085*=1054 086*=1055 087*=1056 15*=1056 08*=105 05*=102 10*=same *=100
`

// deriveRule is one PATTERN=RESULT of deriveTable.
type deriveRule struct {
	prefix string // code prefix; "" with exact false: anything
	exact  bool   // prefix is the whole code
	result string // a code, "same", or "" with to set
	to     family // delegate to this family (famNone: none)
}

type familyRules struct {
	def   string
	rules []deriveRule
}

// families is deriveTable parsed; a malformed table is a programmer error
// (the package's tests build it).
var families = func() map[family]*familyRules {
	m, err := parseDeriveTable(deriveTable)
	if err != nil {
		panic("extract: " + err.Error())
	}
	return m
}()

func parseDeriveTable(table string) (map[family]*familyRules, error) {
	m := map[family]*familyRules{}
	for n, line := range strings.Split(table, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		head, body, ok := strings.Cut(line, "|")
		hf := strings.Fields(head)
		if !ok || len(hf) != 2 {
			return nil, fmt.Errorf("derive table line %d: want \"family default | rules\"", n+1)
		}
		f, ok := familyNames[hf[0]]
		if !ok {
			return nil, fmt.Errorf("derive table line %d: unknown family %q", n+1, hf[0])
		}
		if !cameo.Valid(hf[1]) {
			return nil, fmt.Errorf("derive table line %d: default %q is not a CAMEO code", n+1, hf[1])
		}
		fr := m[f]
		if fr == nil {
			fr = &familyRules{def: hf[1]}
			m[f] = fr
		} else if fr.def != hf[1] {
			return nil, fmt.Errorf("derive table line %d: %s has two defaults", n+1, hf[0])
		}
		for _, r := range strings.Fields(body) {
			var dr deriveRule
			pat := r
			if strings.HasPrefix(r, "=") {
				dr.exact = true
				pat = r[1:]
			}
			k := strings.IndexByte(pat, '=')
			if k < 0 {
				return nil, fmt.Errorf("derive table line %d: rule %q has no '='", n+1, r)
			}
			pat, res := pat[:k], pat[k+1:]
			switch {
			case pat == "*" && !dr.exact:
			case strings.HasSuffix(pat, "*") && !dr.exact:
				dr.prefix = strings.TrimSuffix(pat, "*")
			case dr.exact && cameo.Valid(pat):
				dr.prefix = pat
			default:
				return nil, fmt.Errorf("derive table line %d: bad pattern in %q", n+1, r)
			}
			switch {
			case res == "same":
				dr.result = res
			case strings.HasPrefix(res, ">"):
				to, ok := familyNames[res[1:]]
				if !ok {
					return nil, fmt.Errorf("derive table line %d: unknown family in %q", n+1, r)
				}
				dr.to = to
			case cameo.Valid(res):
				dr.result = res
			default:
				return nil, fmt.Errorf("derive table line %d: %q is not a CAMEO code", n+1, res)
			}
			fr.rules = append(fr.rules, dr)
		}
	}
	return m, nil
}

// derive turns the code of a complement ("visit" 042 in "agreed to visit")
// into the code of the family that governs it, by deriveTable. ok is false
// when the combination is not an event (a family with no complement code
// falls back to the family's default, which the caller handles).
func derive(f family, comp string) (string, bool) {
	if len(comp) < 2 {
		return "", false
	}
	fr := families[f]
	if fr == nil {
		return "", false
	}
	for _, r := range fr.rules {
		if r.exact && comp != r.prefix || !r.exact && !strings.HasPrefix(comp, r.prefix) {
			continue
		}
		switch {
		case r.to != famNone:
			return derive(r.to, comp)
		case r.result == "same":
			return comp, true
		}
		return r.result, true
	}
	return "", false
}

// familyDefault is the code of a family verb without a codeable
// complement ("X threatened Y", "X urged Y"), by deriveTable.
func familyDefault(f family) string {
	if fr := families[f]; fr != nil {
		return fr.def
	}
	return ""
}
