package plots

import (
	"reflect"
	"testing"
)

func TestWrapText(t *testing.T) {
	sty := textStyle(fontRegular, 10, colorText)
	w := sty.Width("Côte d'Ivoire and")
	got := wrapText(sty, "Côte d'Ivoire and Türkiye sign an agreement\nSecond line", w)
	want := []string{"Côte d'Ivoire and", "Türkiye sign an", "agreement", "Second line"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("wrapText = %q, want %q", got, want)
	}
	for _, line := range got {
		if sty.Width(line) > w {
			t.Errorf("line %q wider than the limit", line)
		}
	}
	// a word wider than the width gets its own line
	if got := wrapText(sty, "a Supercalifragilistic b", sty.Width("abc")); !reflect.DeepEqual(got, []string{"a", "Supercalifragilistic", "b"}) {
		t.Errorf("long word: %q", got)
	}
}
