package plots

import (
	"image/color"

	"github.com/entente/entente/cameo"
)

// QuadColor returns the colour of a quad class on entente's charts
// (Okabe–Ito): material cooperation bluish green, verbal cooperation sky
// blue, neutral grey, verbal conflict orange, material conflict
// vermillion, unknown light grey.
func QuadColor(q cameo.Quad) color.Color {
	switch q {
	case cameo.MaterialCoop:
		return OkabeBluishGreen
	case cameo.VerbalCoop:
		return OkabeSkyBlue
	case cameo.Neutral:
		return hexRGBA(0xa0a0a0)
	case cameo.VerbalConflict:
		return OkabeOrange
	case cameo.MaterialConflict:
		return OkabeVermillion
	default:
		return hexRGBA(0xd4d4d4)
	}
}

// quadOrder is the stacking order of the event mix, bottom to top:
// cooperation (material, then verbal), neutral, conflict (verbal, then
// material), unknown.
var quadOrder = []cameo.Quad{cameo.MaterialCoop, cameo.VerbalCoop, cameo.Neutral, cameo.VerbalConflict, cameo.MaterialConflict, cameo.QuadUnknown}

// quadLabel is the legend name of a class ("uncoded" for unknown).
func quadLabel(q cameo.Quad) string {
	if q == cameo.QuadUnknown {
		return "uncoded"
	}
	return q.String()
}
