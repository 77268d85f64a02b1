package cameo

import (
	"fmt"
	"strings"
)

// Quad is a quad class. The zero value is QuadUnknown.
type Quad int8

const (
	QuadUnknown      Quad = 0
	VerbalCoop       Quad = 1
	MaterialCoop     Quad = 2
	VerbalConflict   Quad = 3
	MaterialConflict Quad = 4
	// Neutral is Phoenix's class 0 (statements and appeals, roots 01–02).
	Neutral Quad = 5
)

// NumQuads is the number of Quad values, QuadUnknown included; arrays
// indexed by Quad have this length.
const NumQuads = 6

var quadNames = [NumQuads]string{"unknown", "verbal cooperation", "material cooperation", "verbal conflict", "material conflict", "neutral"}

// String returns the class name ("verbal cooperation", …).
func (q Quad) String() string {
	if q < 0 || int(q) >= NumQuads {
		return fmt.Sprintf("Quad(%d)", int8(q))
	}
	return quadNames[q]
}

// Cooperative reports whether q is verbal or material cooperation.
func (q Quad) Cooperative() bool { return q == VerbalCoop || q == MaterialCoop }

// Conflictual reports whether q is verbal or material conflict.
func (q Quad) Conflictual() bool { return q == VerbalConflict || q == MaterialConflict }

// Material reports whether q is a material (not verbal) class.
func (q Quad) Material() bool { return q == MaterialCoop || q == MaterialConflict }

// QuadFromNumber converts the integer used in data files (GDELT's
// QuadClass 1–4, Phoenix's 0–4 with 0 neutral) to a Quad; ok is false for
// any other number.
func QuadFromNumber(n int) (q Quad, ok bool) {
	switch n {
	case 0:
		return Neutral, true
	case 1, 2, 3, 4:
		return Quad(n), true
	}
	return QuadUnknown, false
}

// QuadMapping assigns a quad class to every CAMEO code. Several incompatible
// mappings are in use; each is a named value of this type.
type QuadMapping struct {
	name  string
	roots [21]Quad // by root number 1..20
	code  func(code string) Quad
}

func rootMapping(name string, spec string) *QuadMapping {
	// spec: 20 digits, one per root 01..20 ('0' = Neutral)
	m := &QuadMapping{name: name}
	for i := 0; i < 20; i++ {
		q, _ := QuadFromNumber(int(spec[i] - '0'))
		m.roots[i+1] = q
	}
	return m
}

var (
	// QuadGDELT is GDELT's mapping by root: 01–05 verbal cooperation, 06–09
	// material cooperation, 10–14 verbal conflict, 15–20 material conflict.
	QuadGDELT = rootMapping("gdelt", "11111222233333444444")
	// QuadICEWS is the ICEWS R package's mapping: 01–05 verbal cooperation,
	// 06–08 material cooperation, 09–13 verbal conflict, 14–20 material
	// conflict.
	QuadICEWS = rootMapping("icews", "11111222333334444444")
	// QuadPhoenix is Phoenix's mapping: 01–02 neutral, 03–05 verbal
	// cooperation, 06–08 material cooperation, 09–13 and 16 verbal conflict,
	// 14–15 and 17–20 material conflict.
	QuadPhoenix = rootMapping("phoenix", "00111222333334434444")
	// QuadPLOVER maps a code through the CAMEO → PLOVER crosswalk to its
	// PLOVER category and that category's quad class (see PLOVERQuad).
	// Codes without a PLOVER category (statements, 01x) are QuadUnknown.
	QuadPLOVER = &QuadMapping{name: "plover", code: func(code string) Quad {
		m, ok := ToPLOVER(code)
		if !ok {
			return QuadUnknown
		}
		return PLOVERQuad(m.Event)
	}}
)

// QuadMappings returns the named mappings.
func QuadMappings() []*QuadMapping {
	return []*QuadMapping{QuadGDELT, QuadICEWS, QuadPhoenix, QuadPLOVER}
}

// QuadMappingByName returns the mapping named "gdelt", "icews", "phoenix" or
// "plover" (case-insensitive).
func QuadMappingByName(name string) (*QuadMapping, bool) {
	name = strings.ToLower(strings.TrimSpace(name))
	for _, m := range QuadMappings() {
		if m.name == name {
			return m, true
		}
	}
	return nil, false
}

// Name returns the mapping's name.
func (m *QuadMapping) Name() string { return m.name }

// Quad returns the class of a CAMEO code, or QuadUnknown if the code is not
// valid.
func (m *QuadMapping) Quad(code string) Quad {
	if !Valid(code) {
		return QuadUnknown
	}
	if m.code != nil {
		return m.code(code)
	}
	r := int(code[0]-'0')*10 + int(code[1]-'0')
	if r < 1 || r > 20 {
		return QuadUnknown
	}
	return m.roots[r]
}
