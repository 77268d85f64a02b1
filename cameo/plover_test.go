package cameo

import (
	"bufio"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/entente/entente/internal/sharedtest"
)

// The crosswalk must equal CAMEO2PLOVER-2021.txt row for row (section
// headings aside).
func TestPLOVERCrosswalkMatchesFile(t *testing.T) {
	f, err := os.Open(sharedtest.Path(t, "data/plover/CAMEO2PLOVER-2021.txt"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	row := regexp.MustCompile(`^(\d{3,4}):\s*(.*)$`)
	file := map[string]ploverRow{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		m := row.FindStringSubmatch(sc.Text())
		if m == nil {
			continue
		}
		rest, _, _ := strings.Cut(m[2], "#")
		parts := strings.Split(rest, ",")
		for len(parts) < 3 {
			parts = append(parts, "")
		}
		var ctx []string
		for _, c := range strings.Split(parts[2], ";") {
			if c = strings.TrimSpace(c); c != "" {
				ctx = append(ctx, c)
			}
		}
		file[m[1]] = ploverRow{m[1], strings.TrimSpace(parts[0]), strings.TrimSpace(parts[1]), strings.Join(ctx, ";")}
	}
	if len(file) != len(ploverTable) {
		t.Errorf("file has %d rows, table %d", len(file), len(ploverTable))
	}
	for _, r := range ploverTable {
		if file[r.code] != r {
			t.Errorf("row %s = %+v, file says %+v", r.code, r, file[r.code])
		}
	}
}

func TestToPLOVER(t *testing.T) {
	tests := []struct {
		code, event, mode string
		ext, ok           bool
	}{
		{"042", CONSULT, "visit", false, true},
		{"04", CONSULT, "", false, true}, // root → "040"
		{"163", COERCE, "restrict", false, true},
		{"025", REQUEST, "", true, true},
		{"013", "", "", false, false},
		{"1214", "", "", false, false}, // in the crosswalk, not in CAMEO 1.1b3
	}
	for _, tt := range tests {
		m, ok := ToPLOVER(tt.code)
		if ok != tt.ok || m.Event != tt.event || m.Mode != tt.mode || m.Extension != tt.ext {
			t.Errorf("ToPLOVER(%s) = %+v, %v", tt.code, m, ok)
		}
	}
	// Every CAMEO code outside root 01 has a category.
	for _, info := range Codes() {
		if _, ok := ToPLOVER(info.Code); ok == (info.Root == "01") {
			t.Errorf("ToPLOVER(%s) ok = %v", info.Code, ok)
		}
	}
}

func TestNormalizePLOVER(t *testing.T) {
	for in, want := range map[string]string{"DEMAND": REQUEST, "disapprove": ACCUSE, "INVESTIGATE": ACCUSE, "FIGHT": ASSAULT, "agree": AGREE, "DOCUMENT": "DOCUMENT"} {
		if got := NormalizePLOVER(in); got != want {
			t.Errorf("NormalizePLOVER(%q) = %q, want %q", in, got, want)
		}
	}
	if len(PLOVERCategories()) != 16 || ValidPLOVER("DOCUMENT") || !ValidPLOVER("fight") {
		t.Error("categories")
	}
}
