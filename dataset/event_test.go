package dataset

import (
	"math"
	"testing"

	"github.com/entente/entente/cameo"
)

func TestSetCode(t *testing.T) {
	e := NewEvent()
	if !math.IsNaN(e.Goldstein) || !math.IsNaN(e.Tone) || e.Reports != 1 {
		t.Fatal("NewEvent must start with NaN floats and one report")
	}
	if !e.SetCode("163") || e.Root != "16" || e.Quad != cameo.MaterialConflict || e.Goldstein != -8 {
		// 163 "Impose embargo, boycott, or sanctions": GDELT weight -8, root 16 → material conflict (GDELT).
		t.Errorf("SetCode(163): %+v", e)
	}
	e2 := NewEvent()
	e2.Goldstein = 1.5
	e2.Quad = cameo.VerbalCoop
	e2.SetCode("163") // a file's own values are kept
	if e2.Goldstein != 1.5 || e2.Quad != cameo.VerbalCoop {
		t.Errorf("SetCode overwrote given values: %+v", e2)
	}
	e3 := NewEvent()
	if e3.SetCode("42") || e3.CodeValid || e3.Code != "42" || e3.Root != "" || !math.IsNaN(e3.Goldstein) {
		t.Errorf("invalid code: %+v", e3)
	}
	if (&Event{}).ReportCount() != 1 {
		t.Error("Reports 0 must count as 1")
	}
	ev := Event{Source: Actor{Country: "NAM"}, Target: Actor{Country: "CHN"}}
	if !ev.Dyadic() || (&Event{Source: Actor{Country: "NAM"}}).Dyadic() {
		t.Error("Dyadic")
	}
}
