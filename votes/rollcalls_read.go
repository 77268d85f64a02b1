package votes

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"os"
	"sort"
	"strconv"
	"strings"

	"github.com/entente/entente/dataset"
)

// ReadRollCalls reads an unvotes roll-call table
// (rcid,session,importantvote,date,unres,amend,para,short,descr; columns
// found by name, others ignored) from r, plain or gzip'd. Bad rows are
// counted in the report (opts.Strict: the first ends the reading with its
// *dataset.ParseError; the other ReadOptions are for vote files and are
// not read; nil: the defaults). The roll calls are sorted by RCID.
func ReadRollCalls(r io.Reader, name string, opts *ReadOptions) ([]RollCall, *dataset.Report, error) {
	strict := opts != nil && opts.Strict
	rep := &dataset.Report{File: name, Format: FormatRollCalls}
	var out []RollCall
	seen := map[int]bool{}
	err := readTable(r, name, rep, strict, []string{"rcid", "session", "date"}, func(get func(string) (string, int), line int) *dataset.ParseError {
		bad := func(col string, err error) *dataset.ParseError {
			v, i := get(col)
			return &dataset.ParseError{File: name, Line: line, Column: col, Field: i + 1, Value: v, Err: err}
		}
		var rc RollCall
		var err error
		s, _ := get("rcid")
		if rc.RCID, err = strconv.Atoi(s); err != nil || rc.RCID <= 0 {
			return bad("rcid", dataset.ErrBadNumber)
		}
		if seen[rc.RCID] {
			return bad("rcid", fmt.Errorf("%w: roll call listed twice", dataset.ErrSyntax))
		}
		if s, _ = get("session"); s != "" {
			if rc.Session, err = strconv.Atoi(s); err != nil || rc.Session <= 0 {
				return bad("session", dataset.ErrBadNumber)
			}
		}
		if s, _ = get("date"); s != "" {
			if rc.Date, err = parseDate(s); err != nil {
				return bad("date", dataset.ErrBadDate)
			}
		}
		for _, f := range []struct {
			col string
			dst *Flag
		}{{"importantvote", &rc.Important}, {"amend", &rc.Amend}, {"para", &rc.Para}} {
			s, _ = get(f.col)
			var ok bool
			if *f.dst, ok = parseFlag(s); !ok {
				return bad(f.col, dataset.ErrBadNumber)
			}
		}
		rc.Resolution, _ = get("unres")
		rc.Short, _ = get("short")
		rc.Descr, _ = get("descr")
		seen[rc.RCID] = true
		out = append(out, rc)
		rep.Keep(rc.Date)
		return nil
	})
	sort.SliceStable(out, func(i, j int) bool { return out[i].RCID < out[j].RCID })
	return out, rep, err
}

// ReadIssues reads an unvotes issue table (rcid,short_name,issue) and adds
// the issue codes to the roll calls rcs (sorted by RCID), in file order.
// A row whose roll call is not in rcs, or whose issue is not one of
// IssueCodes, is rejected (opts.Strict as ReadRollCalls).
func ReadIssues(r io.Reader, name string, rcs []RollCall, opts *ReadOptions) (*dataset.Report, error) {
	strict := opts != nil && opts.Strict
	rep := &dataset.Report{File: name, Format: FormatIssues}
	idx := map[int]int{}
	for i := range rcs {
		idx[rcs[i].RCID] = i
	}
	err := readTable(r, name, rep, strict, []string{"rcid", "short_name"}, func(get func(string) (string, int), line int) *dataset.ParseError {
		bad := func(col string, err error) *dataset.ParseError {
			v, i := get(col)
			return &dataset.ParseError{File: name, Line: line, Column: col, Field: i + 1, Value: v, Err: err}
		}
		s, _ := get("rcid")
		id, err := strconv.Atoi(s)
		if err != nil {
			return bad("rcid", dataset.ErrBadNumber)
		}
		i, ok := idx[id]
		if !ok {
			return bad("rcid", ErrUnknownRollCall)
		}
		code, _ := get("short_name")
		if IssueName(code) == "" {
			return bad("short_name", fmt.Errorf("%w: not an issue code (%s)", dataset.ErrSyntax, strings.Join(IssueCodes(), ", ")))
		}
		if !rcs[i].HasIssue(code) {
			rcs[i].Issues = append(rcs[i].Issues, code)
		}
		rep.Keep(rcs[i].Date)
		return nil
	})
	return rep, err
}

// ReadRollCallsFile reads a roll-call table and, when issues is not "",
// the issue table that goes with it.
func ReadRollCallsFile(path, issues string) ([]RollCall, *dataset.Report, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, err
	}
	defer f.Close()
	rcs, rep, err := ReadRollCalls(f, path, nil)
	if err != nil {
		return nil, rep, err
	}
	if issues != "" {
		g, err := os.Open(issues)
		if err != nil {
			return nil, rep, err
		}
		defer g.Close()
		if _, err := ReadIssues(g, issues, rcs, nil); err != nil {
			return nil, rep, err
		}
	}
	return rcs, rep, nil
}

// readTable reads a headed CSV (plain or gzip'd) and calls row for each
// record with a getter by column name; required columns must be in the
// header.
func readTable(r io.Reader, name string, rep *dataset.Report, strict bool, required []string, row func(get func(string) (string, int), line int) *dataset.ParseError) error {
	_, br, err := openStream(r)
	if err != nil {
		return &dataset.ParseError{File: name, Err: fmt.Errorf("%w: %v", dataset.ErrTruncated, err)}
	}
	cr := csv.NewReader(br)
	cr.FieldsPerRecord = -1
	h, err := cr.Read()
	if err != nil {
		return &dataset.ParseError{File: name, Line: 1, Err: fmt.Errorf("%w: no header: %v", dataset.ErrSyntax, err)}
	}
	col := map[string]int{}
	for i, x := range h {
		col[strings.ToLower(strings.TrimSpace(strings.TrimPrefix(x, "\ufeff")))] = i
	}
	for _, c := range required {
		if _, ok := col[c]; !ok {
			return &dataset.ParseError{File: name, Line: 1, Column: c, Err: fmt.Errorf("%w: no such column in the header", dataset.ErrMissingField)}
		}
	}
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			return nil
		}
		line := 0
		if err == nil {
			line, _ = cr.FieldPos(0)
		}
		var pe *dataset.ParseError
		var ce *csv.ParseError
		switch {
		case errors.As(err, &ce):
			rep.Read++
			pe = &dataset.ParseError{File: name, Line: ce.StartLine, Err: fmt.Errorf("%w: %v", dataset.ErrSyntax, ce.Err)}
		case err != nil:
			return &dataset.ParseError{File: name, Line: line, Err: fmt.Errorf("%w: %v", dataset.ErrTruncated, err)}
		case len(rec) < len(h):
			rep.Read++
			pe = &dataset.ParseError{File: name, Line: line, Err: fmt.Errorf("%w: %d fields, header has %d", dataset.ErrColumnCount, len(rec), len(h))}
		default:
			rep.Read++
			pe = row(func(c string) (string, int) {
				i, ok := col[c]
				if !ok {
					return "", -1
				}
				return rec[i], i
			}, line)
		}
		if pe != nil {
			rep.Reject(pe, 0)
			if strict {
				return pe
			}
		}
	}
}
