package extract

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/entente/entente/internal/sharedtest"
)

// BenchmarkCode measures the whole pipeline (tokenizing, sentences, dates,
// actors, clauses, events) on the seed articles and reports sentences per
// second; the target is at least 5,000 on one core
// (go test -bench Code -cpu 1).
func BenchmarkCode(b *testing.B) {
	files, _ := filepath.Glob(filepath.Join(sharedtest.Path(b, "seeds"), "*.txt"))
	var arts []Article
	sentences := 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		a := Article{ID: filepath.Base(f), Text: string(data), Published: d("2024-05-16")}
		arts = append(arts, a)
		_, st, _ := testCoder.CodeWithStats(a)
		sentences += st.Sentences + st.Boilerplate
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, a := range arts {
			if _, err := testCoder.Code(a); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(sentences*b.N)/b.Elapsed().Seconds(), "sentences/s")
}

// BenchmarkStream reads and codes a JSONL stream of articles one at a time;
// its memory per article (B/op ÷ articles) does not grow with the stream's
// length, which the sub-benchmarks show for 100 and 1,000 articles.
func BenchmarkStream(b *testing.B) {
	one := `{"id":"%d","published":"2024-05-16","text":"Chinese President Xi Jinping welcomed Russian President Vladimir Putin to Beijing on Thursday. The two leaders signed a joint statement and pledged to deepen cooperation. Washington slapped sanctions on Moscow."}` + "\n"
	for _, n := range []int{100, 1000} {
		var buf bytes.Buffer
		for i := 0; i < n; i++ {
			fmt.Fprintf(&buf, one, i)
		}
		data := buf.Bytes()
		b.Run(fmt.Sprint(n, "-articles"), func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				r, _ := NewArticleReader(bytes.NewReader(data), "bench", nil)
				events := 0
				for {
					var a Article
					if err := r.Next(&a); err == io.EOF {
						break
					}
					evs, _ := testCoder.Code(a)
					events += len(evs)
				}
				if events == 0 {
					b.Fatal("no events")
				}
			}
			b.ReportMetric(float64(n*3*b.N)/b.Elapsed().Seconds(), "sentences/s")
		})
	}
}

// BenchmarkSplitSentences measures the splitter alone on 1 MB of text.
func BenchmarkSplitSentences(b *testing.B) {
	text := strings.Repeat("U.S. President Joe Biden met Gen. Smith on Jan. 5. “We agree,” Xi said. ", 12000)
	b.SetBytes(int64(len(text)))
	for i := 0; i < b.N; i++ {
		SplitSentences(text)
	}
}
