package ideal

import (
	"testing"
)

// TestEmbedded: the embedded estimates read, cover sessions 1–74 and the
// report's eight countries, and Embedded returns copies (a change to one
// result does not reach the next).
func TestEmbedded(t *testing.T) {
	p, err := Embedded()
	if err != nil {
		t.Fatal(err)
	}
	lo, hi := 1000, 0
	for _, q := range p.Points {
		lo, hi = min(lo, q.Period), max(hi, q.Period)
	}
	if lo != 1 || hi != 74 || p.Level != 0.95 {
		t.Errorf("sessions %d–%d, level %v; want 1–74, 0.95", lo, hi, p.Level)
	}
	for _, c := range []string{"CHN", "IND", "RUS", "UKR", "USA", "VEN"} {
		if len(p.Series(c)) == 0 {
			t.Errorf("no ideal points for %s", c)
		}
	}
	// The file's USA,74 row: 3.979.
	last := p.Series("USA")
	if q := last[len(last)-1]; q.Period != 74 || q.Value != 3.979 {
		t.Errorf("USA's last point %+v, want session 74 at 3.979 (idealpoints.csv)", q)
	}
	p.Points[0].Value = 99
	q, _ := Embedded()
	if q.Points[0].Value == 99 {
		t.Error("Embedded shares its points with its callers")
	}
}
