package dataset

import (
	"bufio"
	"io"
	"math"
)

// runEntries reads a zip archive of several entries (a task planFile
// marked) through the Reader that detected its first entry, and takes the
// fast path for every entry whose own format is GDELT 1.0 or 2.0: the
// Reader's source is wrapped so that, when the Reader asks for its next
// entry, GDELT entries are scanned here on the way (each as a task of its
// own: its decoder, header check, line numbers and Report) and only the
// other entries reach the Reader, which detects and reads them as it
// always does. Entries are read in archive order, one after the other on
// this worker, so rejected rows are written, and repeated reports merged,
// in file order.
//
// The file's Report is the archive's: one part per entry in archive order
// (Report.Parts), the counts, reasons, samples, filters, unknown names,
// repairs and dates their merge, as the Reader alone gives them (tests
// compare the two).
func (w *fastWorker) runEntries(t *fastTask) {
	r := t.reader
	defer r.Close()
	ro := &w.plan.ro
	// seq lists the entries in archive order: a fast entry's Report, or
	// nil for the Reader's next part (its Report is in r.rep.Parts).
	var seq []*Report
	for range r.rep.Parts {
		seq = append(seq, nil) // empty entries before the first with content
	}
	fastVersion := func(head []byte) gdeltVersion {
		f := ro.Format
		if f == FormatAuto {
			var err error
			if f, err = detect(head); err != nil {
				return 0
			}
		}
		switch f {
		case FormatGDELT1:
			return gdeltV1
		case FormatGDELT2:
			return gdeltV2
		}
		return 0
	}
	// scanEntry takes the fast path through one entry; it returns the
	// error that ends the file (strict mode, damaged data, a failing
	// rejects writer), or nil.
	scanEntry := func(part string, br *bufio.Reader, v gdeltVersion) error {
		f := FormatGDELT1
		if v == gdeltV2 {
			f = FormatGDELT2
		}
		sub := &fastTask{file: t.file, path: part, part: part, format: f, version: v, rejects: r.rejects}
		w.beginTask(sub)
		w.scan(br, 0, math.MaxInt64, false, true)
		w.endTask()
		seq = append(seq, &sub.rep)
		return sub.err
	}

	var end error
	if r.headReader != nil {
		if head, _ := r.headReader.Peek(detectPeek); len(head) > 0 {
			if v := fastVersion(head); v != 0 {
				br, part := r.headReader, r.headPart
				r.headReader = nil
				end = scanEntry(part, br, v)
			} else {
				seq = append(seq, nil) // the Reader reads its head part
			}
		}
	}
	next := r.src.next
	r.src.next = func() (string, io.Reader, error) {
		for {
			part, rd, err := next()
			if err != nil {
				return part, rd, err
			}
			br := peekable(rd)
			head, _ := br.Peek(detectPeek)
			v := gdeltVersion(0)
			if len(head) > 0 {
				v = fastVersion(head)
			}
			if v == 0 {
				seq = append(seq, nil) // an empty entry or another format: the Reader's
				return part, br, nil
			}
			if err := scanEntry(part, br, v); err != nil {
				return "", nil, err
			}
		}
	}
	if end == nil {
		var e Event
		for {
			err := r.Next(&e)
			if err == io.EOF {
				break
			}
			if err != nil {
				end = err
				break
			}
			w.addEvent(&e)
			if w.rows++; w.rows == 4096 {
				w.tick(0)
			}
		}
		w.tick(0)
	}

	// The archive's Report: its entries in order, merged.
	rrep := r.Report()
	total := Report{File: rrep.File, Format: r.format}
	slow := rrep.Parts
	parts := make([]*Report, 0, len(seq))
	for _, p := range seq {
		if p == nil {
			if len(slow) == 0 {
				continue // not reached (the reading stopped before it)
			}
			p, slow = slow[0], slow[1:]
		}
		parts = append(parts, p)
		total.Merge(p, ro.MaxSamples)
	}
	for _, p := range slow { // none: every part the Reader read is in seq
		parts = append(parts, p)
		total.Merge(p, ro.MaxSamples)
	}
	total.Parts = parts
	t.rep, t.err = total, end
}
