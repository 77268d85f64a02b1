package dataset

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"runtime"
	"runtime/debug"
	"sync"
	"sync/atomic"
	"time"
	"unsafe"
)

// IngestProgress is what IngestOptions.Progress is told while files are
// read.
type IngestProgress struct {
	// Bytes is the input read so far (decompressed for compressed files);
	// TotalBytes the size of the inputs when every one is a plain file of
	// known size, else 0 (unknown).
	Bytes, TotalBytes int64
	// Rows is the number of records read so far.
	Rows int64
	// Files and FilesDone count the inputs and those read to the end.
	Files, FilesDone int
	// Elapsed is the time since reading started.
	Elapsed time.Duration
	// Done is set on the last call.
	Done bool
}

// startProgress calls fn about ten times a second from its own goroutine
// until the returned stop is called, which makes the last call.
func startProgress(plan *fastPlan, fn func(IngestProgress), paths []string, tasks []*fastTask) (stop func()) {
	if fn == nil {
		return func() {}
	}
	var total int64
	for _, p := range paths {
		st, err := os.Stat(p)
		if p == "-" || err != nil || !st.Mode().IsRegular() {
			total = -1
			break
		}
		total += st.Size()
	}
	for _, t := range tasks {
		if !t.ranged { // read through Reader, or decompressed: no comparable size
			total = -1
		}
	}
	start := time.Now()
	snap := func(done bool) IngestProgress {
		return IngestProgress{Bytes: plan.bytesDone.Load(), TotalBytes: max(total, 0), Rows: plan.rowsDone.Load(),
			Files: len(paths), FilesDone: int(plan.filesDone.Load()), Elapsed: time.Since(start), Done: done}
	}
	quit := make(chan struct{})
	finished := make(chan struct{})
	go func() {
		defer close(finished)
		tk := time.NewTicker(100 * time.Millisecond)
		defer tk.Stop()
		for {
			select {
			case <-quit:
				return
			case <-tk.C:
				fn(snap(false))
			}
		}
	}()
	return func() {
		close(quit)
		<-finished
		fn(snap(true))
	}
}

// AggregateFiles reads the event files at paths and aggregates them into
// one dyad-period Table (see NewTable for ao; nil means monthly,
// undirected, weight one). It returns the Table and one Report per path,
// in the order of paths; ro configures the reading as for Open ("-" is
// standard input; .gz and .zip are detected from the content).
//
// The files are read in parallel by GOMAXPROCS workers, each aggregating
// into its own tables, merged at the end: because the sums are exact the
// result does not depend on the scheduling. GDELT 1.0 and 2.0 event files
// take a fast path that does not build an Event per row, and a plain
// (uncompressed) GDELT file is split into byte ranges read in parallel;
// its results — Table, Report counts, rejections with their file:line,
// filters, unknown codes — are those of reading it with Reader and
// Table.Add, row for row. Memory grows with the number of dyad-periods,
// not of rows; when the workers' tables it lets go of are large (4 MiB or
// more) it returns them to the system at once (debug.FreeOSMemory, which
// forces a garbage collection of the whole process) before and after it
// makes the Table's rows, so that they are not resident beside the rows.
//
// With ReadOptions.Rejects set, files are read one after the other by a
// single worker, so that the rejected rows are written in file order.
//
// Errors: a file that cannot be opened or whose format cannot be
// detected, input that ends early (a truncated archive), a failing
// rejects writer, and in strict mode the first rejected row (its
// *ParseError), end the aggregation: AggregateFiles then returns a nil
// Table, the Reports (counting what was read; a file not reached has a
// Report with only File set) and the error of the first failing file.
// Rejected rows in lenient mode are not errors: they are counted in the
// Reports.
func AggregateFiles(paths []string, ro *ReadOptions, ao *AggregateOptions) (*Table, []*Report, error) {
	return aggregateFiles(paths, ro, ao, aggregateConfig{fast: true})
}

// aggregateConfig lets tests choose the path and the range size.
type aggregateConfig struct {
	fast    bool  // use the fast GDELT path
	chunk   int64 // byte range size for plain GDELT files (0: automatic)
	workers int   // number of workers (0: GOMAXPROCS)

	// dedup deduplicates the events (one-a-day, streaming) before they are
	// aggregated; its account goes to dedupReport.
	dedup       bool
	dedupOpts   *DedupOptions
	dedupReport *DedupReport
	// evidence > 0 keeps that many events per dyad-period of
	// evidenceDyads (nil: every dyad) in *evidenceOut
	evidence      int
	evidenceDyads []Dyad
	evidenceOut   *map[Dyad][]Event
	evidenceOnly  bool
	// evidenceFirstTexts keeps no merged text per group (as evidenceOnly)
	evidenceFirstTexts bool
	// sample > 0 reads only the first sample bytes of every range (of
	// size chunk) of plain GDELT files; other inputs make it fail with
	// errNoSample
	sample int64
	// events are aggregated (and deduplicated) after the files
	events []Event
	// roles, when set, sets events aside (counted in *setAside by rule).
	roles    *RoleFilter
	setAside *map[string]int64
	// stdin is what "-" reads (nil: os.Stdin)
	stdin io.Reader
	// opened maps paths to readers already open (IngestOptions.Opened)
	opened map[string]io.Reader
	// progress is called about ten times a second while files are read,
	// and once at the end
	progress func(IngestProgress)
}

// fastCounts, when set (by tests), receives the number of rows the fast
// parsers took and the number handed to the reader's decoder.
var fastCounts func(fast, slow int64)

// minChunk is the smallest byte range a plain GDELT file is split into
// (smaller files are read by one worker).
const minChunk = 8 << 20

type aggJob struct {
	file  int
	tasks []*fastTask
}

// errNoSample: an input cannot be sampled (aggregateConfig.sample).
var errNoSample = errors.New("dataset: an input cannot be sampled")

func aggregateFiles(paths []string, roIn *ReadOptions, aoIn *AggregateOptions, cfg aggregateConfig) (*Table, []*Report, error) {
	ao := aoIn.options()
	var ro ReadOptions
	if roIn != nil {
		ro = *roIn
	}
	if ro.MaxLineBytes <= 0 {
		ro.MaxLineBytes = DefaultMaxLineBytes
	}
	if ro.MaxSamples <= 0 {
		ro.MaxSamples = DefaultMaxSamples
	}
	match, err := compileFilter(ro.Filter)
	if err != nil {
		return nil, nil, err
	}
	workers := cfg.workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	if ro.Rejects != nil {
		// in order: rejects are written in file order (deduplication and
		// evidence keep the order through fastDedup's ordered pipeline,
		// with any number of workers)
		workers = 1
	}
	plan := &fastPlan{ro: ro, ao: ao, match: match}
	if cfg.dedup || cfg.evidence > 0 {
		plan.dedup = newFastDedup(cfg.dedupOpts, &ao, &plan.ids)
		plan.dedup.noMerge = !cfg.dedup
		if cfg.evidence > 0 {
			plan.dedup.ev = newEvidence(cfg.evidence, &ao, cfg.evidenceDyads)
			if cfg.evidenceOnly || cfg.evidenceFirstTexts {
				// a second pass over the busiest dyads, or a first over
				// candidates: bounded memory first
				plan.dedup.ev.texts = nil
			}
			if plan.dedup.ev.texts == nil {
				// no merged texts: the first reports' lines are located
				// instead (evidencefirst.go)
				plan.dedup.locs = &ddLocs{}
			}
		}
		defer plan.dedup.finish()
	}
	if cfg.evidenceOnly && len(cfg.evidenceDyads) > 0 {
		plan.wanted = map[[2]int32]bool{}
		for _, d := range cfg.evidenceDyads {
			a, b := plan.ids.id(d.A), plan.ids.id(d.B)
			plan.wanted[[2]int32{a, b}] = true
			if !ao.Directed {
				plan.wanted[[2]int32{b, a}] = true
			}
		}
	}

	reports := make([]*Report, len(paths))
	for i, p := range paths {
		reports[i] = &Report{File: p}
	}

	// Plan the tasks: detect each file's format (opening it briefly).
	var tasks []*fastTask
	jobs := make([]aggJob, len(paths))
	anyGDELT := false
	// entryTasks are the tasks of zip archives of several entries, each
	// entry read by its own format (runEntries); read-only once planned
	entryTasks := map[*fastTask]bool{}
	for i, path := range paths {
		jobs[i].file = i
		ts, entries, err := planFile(i, path, &ro, cfg, workers)
		if err != nil {
			for _, t := range tasks {
				if t.reader != nil {
					t.reader.Close()
				}
			}
			var pe *ParseError
			if !errors.As(err, &pe) {
				err = fmt.Errorf("dataset: %s: %w", path, err)
			}
			return nil, reports, err
		}
		jobs[i].tasks = ts
		tasks = append(tasks, ts...)
		for _, t := range ts {
			if t.version != 0 || entries {
				anyGDELT = true
			}
			if entries {
				entryTasks[t] = true
			}
		}
	}
	if anyGDELT {
		plan.codes = newFastCodes(&ro, &ao)
	}
	if plan.dedup != nil && plan.dedup.locs != nil {
		plan.dedup.locs = newDDLocs(paths, tasks, ro.MaxLineBytes)
	}
	if cfg.sample > 0 {
		for _, t := range tasks {
			if !t.ranged {
				for _, t := range tasks {
					if t.reader != nil {
						t.reader.Close()
					}
				}
				return nil, reports, errNoSample
			}
			t.end = min(t.end, t.start+cfg.sample)
		}
	}

	// Progress: a file is done when its last task is.
	remaining := make([]atomic.Int32, len(paths))
	for _, t := range tasks {
		remaining[t.file].Add(1)
	}
	stopProgress := startProgress(plan, cfg.progress, paths, tasks)

	// Run them.
	queue := make(chan *fastTask, len(tasks))
	for _, t := range tasks {
		queue <- t
	}
	close(queue)
	if workers > len(tasks) {
		workers = max(len(tasks), 1)
	}
	if plan.dedup != nil {
		// GDELT rows are 250–450 bytes; on 2M generated rows 60 % of the
		// rows are distinct keys: a table sized for a row in 600 bytes
		// reaches the size it would have grown to without the rehashing
		// (more keys than that grow it as usual).
		var plain int64
		for _, t := range tasks {
			if t.ranged {
				plain += t.end - t.start
			}
		}
		plan.dedup.presize(plain / 600)
		plan.dedup.start(tasks, workers)
	}
	ws := make([]*fastWorker, workers)
	var wg sync.WaitGroup
	for k := range ws {
		ws[k] = newFastWorker(plan)
		wg.Add(1)
		go func(w *fastWorker) {
			defer wg.Done()
			for {
				plan.dedup.take()
				t, ok := <-queue
				if !ok {
					plan.dedup.untake()
					break
				}
				if entryTasks[t] {
					w.runEntriesTask(t)
				} else {
					w.run(t)
				}
				if remaining[t.file].Add(-1) == 0 {
					plan.filesDone.Add(1)
				}
			}
		}(ws[k])
	}
	wg.Wait()
	if plan.dedup != nil {
		plan.dedup.finish()
	}
	stopProgress()
	if fastCounts != nil {
		var f, sl int64
		for _, w := range ws {
			f, sl = f+w.nFast, sl+w.nSlow
		}
		fastCounts(f, sl)
	}

	// Reports, in file order; the first error wins.
	var firstErr error
	for i := range jobs {
		rep, err := joinTasks(jobs[i].tasks, paths[i], ro.MaxSamples)
		if rep != nil {
			reports[i] = rep
		}
		if err != nil && firstErr == nil {
			firstErr = err
		}
	}
	if firstErr != nil {
		return nil, reports, firstErr
	}
	// Fold the workers' cells into the first (same keys: the country ids
	// are shared), freeing each as it goes; its cells are then the table's
	// rows, one each, converted in parallel. The rows take about three
	// times the cells' bytes: the memory let go of is handed back to the
	// system before they are made (the absorbed cells, the maps) and after
	// (the first worker's cells), so that neither is resident beside them
	// (releaseMin).
	var let int64
	for _, w := range ws[1:] {
		let += ws[0].absorb(w)
	}
	cellBytes := ws[0].cellBytes()
	list, mapBytes := ws[0].cellList()
	if let+mapBytes >= releaseMin {
		releaseMemory()
	}
	table := NewTable(&ao)
	ws[0].fill(table, list, workers)
	if cellBytes >= releaseMin {
		releaseMemory()
	}
	for _, w := range ws {
		if w.slow.Len() > 0 || w.slow.Events() > 0 || w.slow.Skipped() != (Skipped{}) {
			table.Merge(w.slow)
		}
		w.slow = nil
	}
	var mem *ddWorker // the events' side of plan.dedup (deduplicating at once)
	for i := range cfg.events {
		if cfg.roles != nil {
			if r := cfg.roles.Reason(&cfg.events[i]); r != "" {
				if *cfg.setAside == nil {
					*cfg.setAside = map[string]int64{}
				}
				(*cfg.setAside)[r]++
				continue
			}
		}
		if dd := plan.dedup; dd != nil {
			if mem == nil {
				mem = dd.worker()
			}
			mem.addEvent(&cfg.events[i], &ao, table)
		} else {
			table.Add(&cfg.events[i])
		}
	}
	if dd := plan.dedup; dd != nil {
		dd.finish()
		dd.fill(table)
		if cfg.dedupReport != nil && cfg.dedup {
			*cfg.dedupReport = dd.Report()
		}
		if dd.ev != nil && cfg.evidenceOut != nil {
			if dd.locs != nil {
				dd.ev.firstURL = dd.locs.urls(dd.ev.lateGroups())
			}
			*cfg.evidenceOut = dd.ev.events(dd.finalEvent)
		}
	}
	return table, reports, nil
}

// planFile opens path to detect its format and returns its tasks. entries
// says that the one task is a zip archive of several entries whose GDELT
// entries take the fast path (runEntries).
func planFile(i int, path string, ro *ReadOptions, cfg aggregateConfig, workers int) (_ []*fastTask, entries bool, _ error) {
	var r *Reader
	var err error
	if path == "-" && cfg.stdin != nil {
		r, err = NewReader(cfg.stdin, stdinName, ro)
	} else if rd, ok := cfg.opened[path]; ok && path != "-" {
		r, err = NewReader(rd, path, ro) // read once, as a stream (below)
	} else {
		r, err = Open(path, ro)
	}
	if err != nil {
		return nil, false, err
	}
	f := r.Format()
	t := &fastTask{file: i, path: path, part: path, format: f}
	if ro.Rejects != nil {
		t.rejects = &rejectWriter{w: ro.Rejects} // one per file, as Reader has
	}
	switch f {
	case FormatGDELT1:
		t.version = gdeltV1
	case FormatGDELT2:
		t.version = gdeltV2
	}
	if !cfg.fast || r.src.entries != 1 {
		t.version = 0 // each entry of a zip archive has its own format: Reader reads them
	}
	// A zip archive of several entries: the Reader opened here reads it
	// once, its GDELT entries scanned by the fast path on the way.
	entries = cfg.fast && r.src.entries != 1 && (ro.Format == FormatAuto || ro.Format == FormatGDELT1 || ro.Format == FormatGDELT2)
	if path == "-" {
		t.reader = r // standard input cannot be opened twice
		t.part = stdinName
		t.path = stdinName
		return []*fastTask{t}, entries, nil
	}
	if !r.src.regular || entries {
		t.reader = r // nor can a pipe or a socket: read it once, as a stream
		return []*fastTask{t}, entries, nil
	}
	compression := r.Compression()
	r.Close()
	if t.version == 0 || compression != compressionNone {
		return []*fastTask{t}, false, nil
	}
	st, err := os.Stat(path)
	if err != nil {
		return nil, false, err
	}
	if !st.Mode().IsRegular() {
		return []*fastTask{t}, false, nil
	}
	size := st.Size()
	first, err := firstRecordOffset(path)
	if err != nil {
		return nil, false, err
	}
	chunk := cfg.chunk
	if chunk <= 0 {
		chunk = max(minChunk, size/int64(4*workers)+1)
		if cfg.dedup || cfg.evidence > 0 {
			chunk = ddChunk // fastDedup's ordered pipeline
		}
	}
	// The first range holds at least the byte order mark and the byte
	// after it: a line starts after the mark without a newline before it.
	chunk = max(chunk, int64(len(utf8BOM))+1)
	var out []*fastTask
	for start, k := int64(0), 0; start < size || k == 0; start, k = start+chunk, k+1 {
		c := *t
		c.ranged, c.chunk, c.start, c.end = true, k, start, min(start+chunk, size)
		// the reader checks the first record of the input for a header line
		c.headerCheck = first >= c.start && first < c.end
		out = append(out, &c)
	}
	return out, false, nil
}

// firstRecordOffset returns the offset of the first line that is not
// blank (after a UTF-8 byte order mark), or -1 if there is none.
func firstRecordOffset(path string) (int64, error) {
	f, err := os.Open(path)
	if err != nil {
		return 0, err
	}
	defer f.Close()
	br := bufio.NewReaderSize(f, 64<<10)
	var off int64
	if b, err := br.Peek(3); err == nil && bytes.Equal(b, utf8BOM) {
		br.Discard(3)
		off = 3
	}
	for {
		line, err := br.ReadSlice('\n')
		for err == bufio.ErrBufferFull {
			// a long line is not blank
			return off, nil
		}
		content := bytes.TrimSuffix(bytes.TrimSuffix(line, []byte{'\n'}), []byte{'\r'})
		if len(content) > 0 {
			return off, nil
		}
		off += int64(len(line))
		if err == io.EOF {
			return -1, nil
		}
		if err != nil {
			return 0, err
		}
	}
}

// run executes one task.
func (w *fastWorker) run(t *fastTask) {
	if t.dd != nil {
		w.dd.begin(t)
		defer w.dd.end()
	}
	switch {
	case t.ranged:
		w.runRange(t)
	case t.version != 0:
		w.runStream(t)
	default:
		w.runEvents(t)
	}
}

// runEntriesTask is run for a zip archive of several entries (runEntries),
// inside the task's place in the ordered deduplication as run does.
func (w *fastWorker) runEntriesTask(t *fastTask) {
	if t.dd != nil {
		w.dd.begin(t)
		defer w.dd.end()
	}
	w.runEntries(t)
}

func (w *fastWorker) runRange(t *fastTask) {
	w.beginTask(t)
	defer w.endTask()
	f, err := os.Open(t.path)
	if err != nil {
		t.err = err
		return
	}
	defer f.Close()
	begin, skip := t.start, false
	if t.start > 0 {
		begin, skip = t.start-1, true // the previous byte tells whether a line starts at start
	}
	st, err := f.Stat()
	if err != nil {
		t.err = err
		return
	}
	w.scan(io.NewSectionReader(f, begin, st.Size()-begin), begin, t.end, skip, t.start == 0)
}

// runStream scans a GDELT input that cannot be split (compressed, or
// standard input), part by part, through the reader's source.
func (w *fastWorker) runStream(t *fastTask) {
	w.beginTask(t)
	multi := false
	defer func() {
		w.endTask()
		if multi { // a zip archive of one entry: its part is the whole (Report.Parts)
			p := t.rep
			p.File, p.Parts = t.part, nil
			t.rep.Parts = []*Report{&p}
		}
	}()
	r := t.reader
	if r == nil {
		var err error
		if r, err = Open(t.path, &w.plan.ro); err != nil {
			t.err = err
			return
		}
	}
	defer r.Close()
	t.rep.File = r.name
	multi = r.multi
	first := true
	for {
		var name string
		var rd io.Reader
		if first && r.headReader != nil {
			name, rd = r.headPart, r.headReader
			r.headReader = nil
		} else {
			n, part, err := r.src.next()
			if err == io.EOF {
				return
			}
			if err != nil {
				t.err = err
				return
			}
			name, rd = n, part
		}
		first = false
		t.part = name
		w.lineNo = 0
		w.firstRecordSeen = false
		if !w.scan(rd, 0, math.MaxInt64, false, true) {
			return
		}
	}
}

// runEvents reads a file of another format (or any format when the fast
// path is off) with Reader into the worker's Table.
func (w *fastWorker) runEvents(t *fastTask) {
	t.rep.File = t.path
	r := t.reader
	if r == nil {
		var err error
		if r, err = Open(t.path, &w.plan.ro); err != nil {
			t.err = err
			return
		}
	}
	defer r.Close()
	var e Event
	for {
		err := r.Next(&e)
		if err == io.EOF {
			break
		}
		if err != nil {
			t.err = err
			break
		}
		w.addEvent(&e)
		if w.rows++; w.rows == 4096 {
			w.tick(0)
		}
	}
	w.tick(0)
	t.rep = *r.Report()
}

// joinTasks combines the reports of one file's tasks, in order, fixing
// the line numbers of byte ranges after the first. It stops at the first
// task that ended with an error and returns that error.
func joinTasks(tasks []*fastTask, path string, maxSamples int) (*Report, error) {
	if len(tasks) == 0 {
		return nil, nil
	}
	if len(tasks) == 1 {
		t := tasks[0]
		rep := t.rep
		return &rep, t.err
	}
	rep := &Report{File: tasks[0].rep.File, Format: tasks[0].format}
	lines := 0
	for _, t := range tasks {
		if lines > 0 {
			seen := map[*ParseError]bool{}
			shift := func(pe *ParseError) {
				if pe != nil && !seen[pe] && pe.Line > 0 {
					seen[pe] = true
					pe.Line += lines
				}
			}
			for _, s := range t.rep.Samples {
				shift(s)
			}
			var pe *ParseError
			if errors.As(t.err, &pe) {
				shift(pe)
			}
		}
		rep.Merge(&t.rep, maxSamples)
		if t.err != nil {
			return rep, t.err
		}
		lines += t.lines
	}
	return rep, nil
}

// releaseMin is the size of the memory aggregateFiles lets go of (the
// absorbed workers' cells, the cell maps, then the remaining cells), or
// the streaming dedup its key set before the rows are made, from
// which it returns it to the system at once (debug.FreeOSMemory: one forced
// garbage collection) rather than leave it resident while the Table's rows
// are made and used. On 2M GDELT rows (~60,000 cells of 128 bytes a
// worker before the mark index, 136 since, 67,644 rows of 344 bytes, 352 with the mark sums' pointer) `report inspect` then peaks at ~49 MiB
// instead of ~63 (BENCHMARKS.md, issue 13). Smaller inputs (tests, small
// files read again and again) are spared the forced collection.
// releaseMemory is what does it (tests count the calls).
var (
	releaseMin    int64 = 4 << 20
	releaseMemory       = debug.FreeOSMemory
)

// cellBytes returns the bytes of w's cell blocks.
func (w *fastWorker) cellBytes() int64 {
	return int64(len(w.blocks)) * fastBlock * int64(unsafe.Sizeof(fastCell{}))
}

// absorb adds o's fast cells and counts into w and releases them. It
// returns the bytes of o's cells and map it let go of.
func (w *fastWorker) absorb(o *fastWorker) int64 {
	released := o.cellBytes() + int64(len(o.cells.slots))*int64(unsafe.Sizeof(fastSlot{}))
	o.cells.each(func(key uint64, ix int32) {
		src := o.cell(ix)
		j, ok := w.cells.get(key)
		if !ok {
			j = w.newCell()
			w.cells.put(key, j)
		}
		w.cell(j).merge(&w.spills, src, o.spills)
	})
	for id, name := range o.names {
		if name == "" {
			continue
		}
		for id >= len(w.names) {
			w.names = append(w.names, "")
		}
		w.names[id] = name
	}
	w.added += o.added
	w.skipped.merge(o.skipped)
	o.cells, o.blocks, o.ncells, o.spills, o.added, o.skipped = fastMap{}, nil, 0, fastSpills{}, 0, Skipped{}
	return released
}

// fastKV is a cell key and its cell's index.
type fastKV struct {
	key uint64
	ix  int32
}

// cellList returns w's cell keys and indexes in the order of its map
// (the order of the Table's rows) and releases the map, returning its
// bytes.
func (w *fastWorker) cellList() ([]fastKV, int64) {
	list := make([]fastKV, 0, w.cells.n)
	w.cells.each(func(key uint64, ix int32) { list = append(list, fastKV{key, ix}) })
	bytes := int64(len(w.cells.slots)) * int64(unsafe.Sizeof(fastSlot{}))
	w.cells = fastMap{}
	return list, bytes
}

// fill makes the worker's fast cells, listed by cellList, the rows of the
// empty table t, with the worker's counts, converting them on up to par
// goroutines. Distinct cell keys are distinct dyad-periods (one id per
// country code), so every cell is one row; the table's index is built
// later, if it is added to.
func (w *fastWorker) fill(t *Table, list []fastKV, par int) {
	t.cells = make([]DyadPeriod, len(list))
	t.index = nil
	g := w.plan.ao.Granularity
	par = max(1, min(par, len(list)/4096))
	var wg sync.WaitGroup
	for p := 0; p < par; p++ {
		lo, hi := p*len(list)/par, (p+1)*len(list)/par
		wg.Add(1)
		go func() {
			defer wg.Done()
			// few distinct periods and days: convert each once
			starts := map[uint32]time.Time{}
			days := map[int32]time.Time{}
			day := func(v int32) time.Time {
				d, ok := days[v]
				if !ok {
					d = ymdTime(v)
					days[v] = d
				}
				return d
			}
			for i := lo; i < hi; i++ {
				key := list[i].key
				a, b := t.dyadOf(w.names[key>>48], w.names[key>>32&0xffff])
				per := uint32(key)
				start, ok := starts[per]
				if !ok {
					y, m, d := periodStart(g, per)
					start = time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
					starts[per] = start
				}
				t.cells[i] = DyadPeriod{Dyad: Dyad{a, b}, Start: start, Stats: w.cell(list[i].ix).stats(w.spills, day)}
			}
		}()
	}
	wg.Wait()
	t.added += w.added
	t.skipped.merge(w.skipped)
	w.cells, w.blocks, w.ncells, w.spills = fastMap{}, nil, 0, fastSpills{}
}
