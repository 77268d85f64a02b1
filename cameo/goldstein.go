package cameo

import "math"

// WeightTable is a named table of Goldstein weights by CAMEO code.
type WeightTable struct {
	name string
	col  int // 0 = GDELT, 1 = ICEWS
}

var (
	// GoldsteinGDELT is GDELT's table (CAMEO.goldsteinscale.txt): 311
	// codes; it has no weight for 1213.
	GoldsteinGDELT = &WeightTable{name: "gdelt", col: 0}
	// GoldsteinICEWS is the ICEWS table (the ICEWS R package's codebook):
	// 312 codes. It differs from GDELT's on 016 (−5 vs −2), 022 (3.4 vs
	// 3.2), 164 (−6.5 vs −7), 165 (−7 vs −6.5), and adds 1213 (−4).
	GoldsteinICEWS = &WeightTable{name: "icews", col: 1}
)

// WeightTables returns the named tables.
func WeightTables() []*WeightTable { return []*WeightTable{GoldsteinGDELT, GoldsteinICEWS} }

// WeightTableByName returns the table named "gdelt" or "icews".
func WeightTableByName(name string) (*WeightTable, bool) {
	for _, t := range WeightTables() {
		if t.name == name {
			return t, true
		}
	}
	return nil, false
}

// Name returns "gdelt" or "icews".
func (t *WeightTable) Name() string { return t.name }

// Weight returns the Goldstein weight of code, or NaN when the table has no
// weight for it (unknown code, or 1213 in GDELT's table).
func (t *WeightTable) Weight(code string) float64 {
	i, ok := index[code]
	if !ok {
		return math.NaN()
	}
	if t.col == 1 {
		return codeTable[i].icews
	}
	return codeTable[i].gdelt
}

// Has reports whether the table lists code.
func (t *WeightTable) Has(code string) bool { return !math.IsNaN(t.Weight(code)) }

// Codes returns the codes the table lists, in codebook order.
func (t *WeightTable) Codes() []string {
	var out []string
	for i := range codeTable {
		if t.Has(codeTable[i].code) {
			out = append(out, codeTable[i].code)
		}
	}
	return out
}

// Goldstein returns the weight of code in GDELT's table (NaN if unknown).
func Goldstein(code string) float64 { return GoldsteinGDELT.Weight(code) }
