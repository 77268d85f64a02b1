package extract

import (
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/entente/entente/dataset"
)

// DiscardList is a PETRARCH-format discard list: phrases whose presence
// means a text is not political news ("BASEBALL", "MONTHS LATER"). A
// phrase on a line of its own discards the sentence that contains it; a
// phrase after "+" discards the whole story (article). Phrases match whole
// words, in any case; "_" joins words like a space. "#" starts a comment.
type DiscardList struct {
	Name            string
	sentence, story [][]string
	report          dataset.Report
}

// Len returns the number of phrases.
func (l *DiscardList) Len() int { return len(l.sentence) + len(l.story) }

// Report accounts for the list's lines.
func (l *DiscardList) Report() *dataset.Report { return &l.report }

// LoadDiscards reads a PETRARCH-format discard list file.
func LoadDiscards(path string) (*DiscardList, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return ParseDiscards(f, path)
}

// ParseDiscards reads a PETRARCH-format discard list; name is used in
// errors. Malformed lines (a lone "+") are skipped and accounted for in
// Report; the error is for a failed read only.
func ParseDiscards(r io.Reader, name string) (*DiscardList, error) {
	l := &DiscardList{Name: name}
	l.report.File = name
	l.report.Format = "petrarch-discards"
	err := dictLines(r, func(line string, n int) error {
		l.report.Read++
		text := strings.TrimSpace(line)
		story := strings.HasPrefix(text, "+")
		words := splitDictWords(strings.TrimPrefix(text, "+"))
		if len(words) == 0 {
			l.report.Reject(&dataset.ParseError{File: name, Line: n, Value: text, Err: fmt.Errorf("%w: an empty discard phrase", dataset.ErrSyntax)}, 0)
			return nil
		}
		if story {
			l.story = append(l.story, words)
		} else {
			l.sentence = append(l.sentence, words)
		}
		l.report.Keep(time.Time{})
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return l, nil
}

// discardIn reports whether toks[from:to] contains one of the phrases.
func discardIn(toks []token, from, to int, phrases [][]string) bool {
	for k := from; k < to; k++ {
		for _, ws := range phrases {
			if toks[k].low != ws[0] || k+len(ws) > to {
				continue
			}
			ok := true
			for i := 1; i < len(ws); i++ {
				if toks[k+i].low != ws[i] {
					ok = false
					break
				}
			}
			if ok {
				return true
			}
		}
	}
	return false
}
