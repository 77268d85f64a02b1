package pdfdoc

import (
	"bytes"
	"fmt"
	"strings"
	"sync"
	"time"

	"codeberg.org/go-pdf/fpdf"
	xfont "golang.org/x/image/font"
	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/font/liberation"
)

// Date is the creation date written into documents that have no date of
// their own (a single chart), fixed so that the same input gives
// byte-identical files.
var Date = time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)

// New returns an fpdf document in points with pages of width × height, no
// margins or automatic page breaks, compressed and with sorted catalog
// output (deterministic). Set its creation and modification dates (Date
// or an injected time) before writing it.
func New(width, height float64) *fpdf.Fpdf {
	doc := fpdf.NewCustom(&fpdf.InitType{
		UnitStr: "pt",
		Size:    fpdf.SizeType{Wd: width, Ht: height},
	})
	doc.SetMargins(0, 0, 0)
	doc.SetAutoPageBreak(false, 0)
	doc.SetCompression(true)
	doc.SetCatalogSort(true)
	doc.SetProducer("entente (gonum/plot, fpdf)", true)
	return doc
}

// textFonts are the Liberation faces of Font.
var textFonts = font.NewCache(liberation.Collection())

// Font registers Liberation Sans (bold and/or italic) in doc as a UTF-8
// TrueType font and returns the family and style to pass to doc.SetFont.
// Text set with it and charts drawn on a Canvas share one embedded font.
func Font(doc *fpdf.Fpdf, bold, italic bool) (family, style string) {
	f := font.Font{Typeface: "Liberation", Variant: "Sans"}
	if bold {
		f.Weight = xfont.WeightBold
	}
	if italic {
		f.Style = xfont.StyleItalic
	}
	return FaceFont(doc, textFonts.Lookup(f, 10))
}

// fontBytes caches the TrueType source of each face.
var fontBytes sync.Map // font.Font (size 0) -> []byte

// FaceFont adds a gonum/plot font face's TrueType font to doc as a UTF-8
// font (fpdf ignores a second registration) and returns the family and
// style names to select it: "plots-liberation-sans" and "", "B", "I" or
// "BI".
func FaceFont(doc *fpdf.Fpdf, f font.Face) (family, style string) {
	key := f.Font
	key.Size = 0
	family = "plots-" + strings.ToLower(string(key.Typeface)+"-"+string(key.Variant))
	if key.Weight >= xfont.WeightBold {
		style += "B"
	}
	if key.Style == xfont.StyleItalic {
		style += "I"
	}
	v, ok := fontBytes.Load(key)
	if !ok {
		var buf bytes.Buffer
		if _, err := f.Face.WriteSourceTo(nil, &buf); err != nil {
			doc.SetError(fmt.Errorf("pdfdoc: reading font %s: %w", f.Name(), err))
			return family, style
		}
		v, _ = fontBytes.LoadOrStore(key, buf.Bytes())
	}
	doc.AddUTF8FontFromBytes(family, style, v.([]byte))
	return family, style
}
