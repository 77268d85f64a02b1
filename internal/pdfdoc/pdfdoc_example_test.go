package pdfdoc_test

import (
	"bytes"
	"fmt"

	"github.com/entente/entente/internal/pdfdoc"
)

// page writes a page of text in Liberation Sans, dated with the fixed
// Date.
func page() []byte {
	doc := pdfdoc.New(200, 100)
	doc.SetCreationDate(pdfdoc.Date)
	doc.SetModificationDate(pdfdoc.Date)
	doc.AddPage()
	fam, style := pdfdoc.Font(doc, true, false)
	doc.SetFont(fam, style, 12)
	doc.Text(10, 20, "Côte d'Ivoire")
	var buf bytes.Buffer
	doc.Output(&buf)
	return buf.Bytes()
}

// The same page twice gives the same bytes.
func ExampleNew() {
	a, b := page(), page()
	fmt.Println(bytes.HasPrefix(a, []byte("%PDF-")), bytes.Equal(a, b))
	// Output: true true
}
