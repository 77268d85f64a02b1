package dataset

import (
	"fmt"
	"sort"
	"strings"
	"time"
)

// Report accounts for every row of one input. The reconciliation
// Read == Kept + Rejected + Filtered always holds:
//
//	Read      rows (records) seen, header lines and blank lines excluded
//	Kept      rows turned into events and passed on
//	Rejected  rows that could not be read (see Samples and Reasons)
//	Filtered  well-formed rows dropped by ReadOptions.Filter (see Filters)
type Report struct {
	File   string
	Format Format

	Read, Kept, Rejected, Filtered int64

	// Samples holds the first rejections (ReadOptions.MaxSamples of them).
	Samples []*ParseError
	// Reasons counts rejections by ParseError.Reason.
	Reasons map[string]int64
	// Filters counts filtered rows by filter ("date range", "dyad", …).
	Filters map[string]int64
	// UnknownNames counts country names (ICEWS) and codes that the country
	// table does not know; those actors are kept with an empty Country.
	UnknownNames map[string]int64
	// Repairs counts values a reader corrected, by what it did ("code
	// \"42\" read as \"042\" (leading zero restored)"). Only unambiguous
	// repairs are made, and every one is counted here, never silently.
	Repairs map[string]int64

	// First and Last are the earliest and latest event dates kept.
	First, Last time.Time

	// Parts accounts for each entry of a zip archive on its own, in
	// archive order ("archive.zip:entry.tsv"; each with its own detected
	// Format), empty entries included; the Report's own counts are their
	// sums. Nil for other inputs (one part, the Report itself). Format is
	// then the first entry's.
	Parts []*Report
}

// Balanced reports whether Read == Kept + Rejected + Filtered.
func (r *Report) Balanced() bool { return r.Read == r.Kept+r.Rejected+r.Filtered }

// RowsLine returns the stable one-line summary scripts read:
// "rows: read=N kept=N rejected=N filtered=N".
func (r *Report) RowsLine() string {
	return fmt.Sprintf("rows: read=%d kept=%d rejected=%d filtered=%d", r.Read, r.Kept, r.Rejected, r.Filtered)
}

// PartLines returns one line per part, "NAME: rows: read=N kept=N
// rejected=N filtered=N", or nil when the input has no parts (see Parts).
func (r *Report) PartLines() []string {
	if len(r.Parts) == 0 {
		return nil
	}
	out := make([]string, len(r.Parts))
	for i, p := range r.Parts {
		out[i] = p.File + ": " + p.RowsLine()
	}
	return out
}

// String returns RowsLine.
func (r Report) String() string { return r.RowsLine() }

// Reject records one rejected row. It keeps the first max samples.
func (r *Report) Reject(e *ParseError, max int) {
	r.Rejected++
	if r.Reasons == nil {
		r.Reasons = map[string]int64{}
	}
	r.Reasons[e.Reason()]++
	if max <= 0 {
		max = DefaultMaxSamples
	}
	if len(r.Samples) < max {
		r.Samples = append(r.Samples, e)
	}
}

// Filter records one filtered row and the filter that dropped it.
func (r *Report) Filter(reason string) {
	r.Filtered++
	if r.Filters == nil {
		r.Filters = map[string]int64{}
	}
	r.Filters[reason]++
}

// Unknown records a name or code the country table does not know.
func (r *Report) Unknown(name string) {
	if r.UnknownNames == nil {
		r.UnknownNames = map[string]int64{}
	}
	r.UnknownNames[name]++
}

// Repair records one corrected value.
func (r *Report) Repair(what string) {
	if r.Repairs == nil {
		r.Repairs = map[string]int64{}
	}
	r.Repairs[what]++
}

// Keep records one kept event dated d (zero if unknown).
func (r *Report) Keep(d time.Time) {
	r.Kept++
	if d.IsZero() {
		return
	}
	if r.First.IsZero() || d.Before(r.First) {
		r.First = d
	}
	if r.Last.IsZero() || d.After(r.Last) {
		r.Last = d
	}
}

// Merge adds the counts of o into r (samples up to max) and appends o's
// Parts to r's.
func (r *Report) Merge(o *Report, max int) {
	r.Read += o.Read
	r.Kept += o.Kept
	r.Rejected += o.Rejected
	r.Filtered += o.Filtered
	if max <= 0 {
		max = DefaultMaxSamples
	}
	for _, s := range o.Samples {
		if len(r.Samples) < max {
			r.Samples = append(r.Samples, s)
		}
	}
	for k, v := range o.Reasons {
		if r.Reasons == nil {
			r.Reasons = map[string]int64{}
		}
		r.Reasons[k] += v
	}
	for k, v := range o.Filters {
		if r.Filters == nil {
			r.Filters = map[string]int64{}
		}
		r.Filters[k] += v
	}
	for k, v := range o.UnknownNames {
		r.Unknown(k)
		r.UnknownNames[k] += v - 1
	}
	for k, v := range o.Repairs {
		r.Repair(k)
		r.Repairs[k] += v - 1
	}
	r.Parts = append(r.Parts, o.Parts...)
	if !o.First.IsZero() && (r.First.IsZero() || o.First.Before(r.First)) {
		r.First = o.First
	}
	if !o.Last.IsZero() && (r.Last.IsZero() || o.Last.After(r.Last)) {
		r.Last = o.Last
	}
}

// Counts is a name with a count, for sorted listings.
type Count struct {
	Name  string
	Count int64
}

// Sorted returns the entries of m by descending count, then name.
func Sorted(m map[string]int64) []Count {
	out := make([]Count, 0, len(m))
	for k, v := range m {
		out = append(out, Count{k, v})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Count != out[j].Count {
			return out[i].Count > out[j].Count
		}
		return out[i].Name < out[j].Name
	})
	return out
}

// Summary returns a human-readable multi-line account: the rows line, the
// rejection reasons with their first samples, filters and unknown names.
func (r *Report) Summary() string {
	var b strings.Builder
	b.WriteString(r.RowsLine())
	b.WriteByte('\n')
	for _, l := range r.PartLines() {
		fmt.Fprintf(&b, "  %s\n", l)
	}
	for _, c := range Sorted(r.Reasons) {
		fmt.Fprintf(&b, "  rejected %d: %s\n", c.Count, c.Name)
	}
	for _, s := range r.Samples {
		fmt.Fprintf(&b, "    %s\n", s.Error())
	}
	for _, c := range Sorted(r.Filters) {
		fmt.Fprintf(&b, "  filtered %d: %s\n", c.Count, c.Name)
	}
	if n := len(r.UnknownNames); n > 0 {
		top := Sorted(r.UnknownNames)
		if len(top) > 10 {
			top = top[:10]
		}
		parts := make([]string, len(top))
		for i, c := range top {
			parts[i] = fmt.Sprintf("%q×%d", c.Name, c.Count)
		}
		fmt.Fprintf(&b, "  unknown country names or codes (%d): %s\n", n, strings.Join(parts, ", "))
	}
	for _, c := range Sorted(r.Repairs) {
		fmt.Fprintf(&b, "  repaired %d: %s\n", c.Count, c.Name)
	}
	return b.String()
}
