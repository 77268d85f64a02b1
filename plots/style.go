package plots

import (
	"image/color"

	xfont "golang.org/x/image/font"
	"gonum.org/v1/plot"
	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/text"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// The Okabe–Ito colours (Okabe & Ito 2008, "Color Universal Design"),
// distinguishable with every common form of colour-vision deficiency.
var (
	OkabeBlack         = color.RGBA{0x00, 0x00, 0x00, 0xff}
	OkabeOrange        = color.RGBA{0xe6, 0x9f, 0x00, 0xff}
	OkabeSkyBlue       = color.RGBA{0x56, 0xb4, 0xe9, 0xff}
	OkabeBluishGreen   = color.RGBA{0x00, 0x9e, 0x73, 0xff}
	OkabeYellow        = color.RGBA{0xf0, 0xe4, 0x42, 0xff}
	OkabeBlue          = color.RGBA{0x00, 0x72, 0xb2, 0xff}
	OkabeVermillion    = color.RGBA{0xd5, 0x5e, 0x00, 0xff}
	OkabeReddishPurple = color.RGBA{0xcc, 0x79, 0xa7, 0xff}
)

// SeriesColors is the order in which series (dyads) get their colours: the
// Okabe–Ito palette without yellow, which is too light for lines on white.
// A chart with more series than colours cycles through them.
var SeriesColors = []color.Color{
	OkabeBlue, OkabeVermillion, OkabeBluishGreen, OkabeReddishPurple,
	OkabeOrange, OkabeSkyBlue, OkabeBlack,
}

// SeriesColor returns the colour of the i-th series (i ≥ 0).
func SeriesColor(i int) color.Color {
	if i < 0 {
		i = -i
	}
	return SeriesColors[i%len(SeriesColors)]
}

// Neutral greys used for text, axes and grids.
var (
	colorText    = color.RGBA{0x22, 0x22, 0x22, 0xff}
	colorSubtle  = color.RGBA{0x55, 0x55, 0x55, 0xff}
	colorNote    = color.RGBA{0x66, 0x66, 0x66, 0xff}
	colorAxis    = color.RGBA{0x88, 0x88, 0x88, 0xff}
	colorGrid    = color.RGBA{0xe3, 0xe3, 0xe3, 0xff}
	colorZero    = color.RGBA{0x99, 0x99, 0x99, 0xff}
	colorMissing = color.RGBA{0xff, 0xee, 0x99, 0xff} // Tol's "bad data" colour for BuRd
)

// fonts: Liberation Sans, registered in font.DefaultCache by gonum/plot.
var (
	fontRegular = font.Font{Typeface: "Liberation", Variant: "Sans"}
	fontBold    = font.Font{Typeface: "Liberation", Variant: "Sans", Weight: xfont.WeightBold}
	fontItalic  = font.Font{Typeface: "Liberation", Variant: "Sans", Style: xfont.StyleItalic}
)

// theme holds the font sizes of one chart; they depend on the chart width
// only, so a chart looks the same at every DPI.
type theme struct {
	title, subtitle, label, tick, note, small vg.Length
}

func themeFor(width vg.Length) theme {
	if width < 7*vg.Inch {
		return theme{title: 11, subtitle: 8.5, label: 8.5, tick: 8, note: 7, small: 6.5}
	}
	return theme{title: 13, subtitle: 10, label: 10, tick: 9, note: 8, small: 7.5}
}

// textStyle returns a plain-text style (no LaTeX-like markup: names such
// as "S_2" are drawn as written).
func textStyle(f font.Font, size vg.Length, c color.Color) text.Style {
	return text.Style{
		Color:   c,
		Font:    font.From(f, size),
		XAlign:  draw.XLeft,
		YAlign:  draw.YBottom,
		Handler: plainText,
	}
}

var plainText = text.Plain{Fonts: font.DefaultCache}

// newPlot returns a gonum plot styled for entente: sans-serif text, grey
// axes, no title (charts draw their own header).
func newPlot(th theme) *plot.Plot {
	p := plot.New()
	p.TextHandler = plainText
	p.BackgroundColor = nil
	for _, a := range []*plot.Axis{&p.X, &p.Y} {
		a.LineStyle = draw.LineStyle{Color: colorAxis, Width: vg.Points(0.6)}
		a.Tick.LineStyle = draw.LineStyle{Color: colorAxis, Width: vg.Points(0.6)}
		a.Tick.Length = 3.5
		a.Padding = 2
		a.Label.TextStyle = textStyle(fontRegular, th.label, colorSubtle)
		a.Label.Padding = 4
		a.Tick.Label = textStyle(fontRegular, th.tick, colorSubtle)
	}
	p.X.Label.TextStyle.XAlign, p.X.Label.TextStyle.YAlign = draw.XCenter, draw.YBottom
	p.Y.Label.TextStyle.XAlign, p.Y.Label.TextStyle.YAlign = draw.XCenter, draw.YBottom
	p.X.Tick.Label.XAlign, p.X.Tick.Label.YAlign = draw.XCenter, draw.YTop
	p.Y.Tick.Label.XAlign, p.Y.Tick.Label.YAlign = draw.XRight, draw.YCenter
	p.Legend.TextStyle = textStyle(fontRegular, th.tick, colorText)
	return p
}

// lighten mixes c with white; f = 0 keeps c, f = 1 gives white.
func lighten(c color.Color, f float64) color.RGBA {
	r, g, b, _ := c.RGBA()
	mix := func(v uint32) uint8 {
		x := float64(v>>8)*(1-f) + 255*f
		return uint8(x + 0.5)
	}
	return color.RGBA{mix(r), mix(g), mix(b), 0xff}
}

// withAlpha returns c with opacity a in [0, 1] (premultiplied).
func withAlpha(c color.Color, a float64) color.Color {
	r, g, b, _ := c.RGBA()
	return color.RGBA{
		R: uint8(float64(r>>8)*a + 0.5),
		G: uint8(float64(g>>8)*a + 0.5),
		B: uint8(float64(b>>8)*a + 0.5),
		A: uint8(255*a + 0.5),
	}
}

func hexRGBA(v uint32) color.RGBA {
	return color.RGBA{uint8(v >> 16), uint8(v >> 8), uint8(v), 0xff}
}
