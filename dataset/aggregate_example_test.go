package dataset_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/entente/entente/dataset"
)

// gdeltRow builds a GDELT 1.0 row (58 columns) with the fields the
// example needs; the others are empty.
func gdeltRow(id, date, src, tgt, code, quad, goldstein string) string {
	f := make([]string, 58)
	f[0], f[1], f[7], f[17] = id, date, src, tgt
	f[26], f[27], f[28], f[29], f[30] = code, code[:3], code[:2], quad, goldstein
	f[31], f[32], f[33], f[34] = "4", "1", "4", "-1.5"
	f[56], f[57] = "20240531", "http://example.org/"+id
	return strings.Join(f, "\t")
}

func ExampleAggregateFiles() {
	dir, _ := os.MkdirTemp("", "entente-example")
	defer os.RemoveAll(dir)
	path := filepath.Join(dir, "20240531.export.CSV")
	rows := []string{
		gdeltRow("1", "20240502", "CHN", "RUS", "042", "1", "1.9"),
		gdeltRow("2", "20240520", "RUS", "CHN", "057", "1", "8.0"),
		gdeltRow("3", "20240601", "CHN", "RUS", "112", "3", "-2.0"),
		gdeltRow("4", "20240531", "USA", "", "010", "1", "0.0"),      // one country: not dyadic
		gdeltRow("5", "2024-05-31", "USA", "CHN", "010", "1", "0.0"), // bad SQLDATE: rejected
	}
	os.WriteFile(path, []byte(strings.Join(rows, "\n")+"\n"), 0o644)

	t, reports, err := dataset.AggregateFiles([]string{path}, nil, nil)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(reports[0].RowsLine())
	fmt.Println(reports[0].Samples[0].Reason())
	for _, r := range t.Rows() {
		fmt.Printf("%s %s n=%d mean Goldstein %+.2f\n", r.Dyad, r.Start.Format("2006-01"), r.N, r.MeanGoldstein())
	}
	fmt.Println(t.Skipped())
	// Output:
	// rows: read=5 kept=4 rejected=1 filtered=0
	// SQLDATE: invalid date
	// CHN-RUS 2024-05 n=2 mean Goldstein +4.95
	// CHN-RUS 2024-06 n=1 mean Goldstein -2.00
	// not-dyadic=1 self=0 undated=0
}
