package dataset

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"math"
	"math/bits"
	"sync"
	"sync/atomic"
	"time"

	"github.com/entente/entente/cameo"
)

// The fast GDELT aggregation path.
//
// AggregateFiles reads GDELT 1.0 and 2.0 event files without building an
// Event per row: a worker reads the raw bytes into a large reused buffer,
// classifies them 64 at a time into bitmaps of tabs, newlines and
// non-ASCII bytes (fastbits.go), finds each line's fields by walking its
// tab bits, parses only the fields the reader validates or the
// aggregation needs (fastscan.go), keys dyads by small integer ids of
// their country codes, and adds each row to a per-worker table of
// dyad-period cells. A plain file is split into byte ranges aligned to
// line starts, scanned by several workers at once.
//
// It has the semantics of Reader + Table.Add, row for row: the same rows
// are read, kept, rejected or filtered; the same values are aggregated.
// Rows the fast parsers do not accept outright (non-ASCII bytes, a wrong
// field count, any value outside the common forms, any invalid value) are
// handed to the reader's own GDELT decoder, so every rejection carries the
// reader's *ParseError and the rows it accepts are aggregated from its
// Event. Line numbers are physical lines, as the reader counts them.

// fastCodes holds, for every code index (fastCodeIndex), what the reader
// and the table would derive from the code.
type fastCodes struct {
	valid    [fastNumCodes]bool
	root     [fastNumCodes]string
	fillGold [fastNumCodes]float64       // ReadOptions.Goldstein (or GDELT's) weight
	fillQuad [fastNumCodes]cameo.Quad    // ReadOptions.Quads (or GDELT's) class
	aggGold  [fastNumCodes]float64       // AggregateOptions.Goldstein weight, if set
	aggQuad  [fastNumCodes]cameo.Quad    // AggregateOptions.Quads class, if set
	marks    [fastNumCodes]cameo.MarkSet // cameo.Marks
}

func newFastCodes(ro *ReadOptions, ao *AggregateOptions) *fastCodes {
	fill := ro.Goldstein
	if fill == nil {
		fill = cameo.GoldsteinGDELT
	}
	quads := ro.Quads
	if quads == nil {
		quads = cameo.QuadGDELT
	}
	c := &fastCodes{}
	for _, info := range cameo.Codes() {
		i, ok := fastCodeIndex([]byte(info.Code))
		if !ok {
			continue
		}
		c.valid[i] = true
		c.root[i] = info.Root
		c.fillGold[i] = fill.Weight(info.Code)
		c.fillQuad[i] = quads.Quad(info.Code)
		c.marks[i] = cameo.Marks(info.Code)
		if ao.Goldstein != nil {
			c.aggGold[i] = ao.Goldstein.Weight(info.Code)
		}
		if ao.Quads != nil {
			c.aggQuad[i] = ao.Quads.Quad(info.Code)
		}
	}
	return c
}

// fastPlan is what every worker of one AggregateFiles call shares.
type fastPlan struct {
	ro    ReadOptions // MaxLineBytes and MaxSamples set
	ao    AggregateOptions
	match *filterMatch
	codes *fastCodes
	ids   fastIDs
	// dedup, when set, deduplicates the events (one worker runs the
	// plan, in input order)
	dedup *fastDedup
	// wanted, when set (IngestOptions.EvidenceOnly), holds the country id
	// pairs whose rows are read; other rows are counted as filtered
	// without being checked
	wanted map[[2]int32]bool
	// progress counters (IngestOptions.Progress)
	bytesDone, rowsDone, filesDone atomic.Int64
}

// fastIDs numbers the resolved country codes for all workers, so that
// their cells have the same keys and merge without strings.
type fastIDs struct {
	mu    sync.Mutex
	ids   map[string]int32
	names []string
}

// snapshot returns the codes by id.
func (f *fastIDs) snapshot() []string {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]string(nil), f.names...)
}

// id returns the number of a resolved code, assigning the next one.
func (f *fastIDs) id(code string) int32 {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.ids == nil {
		f.ids = map[string]int32{}
	}
	id, ok := f.ids[code]
	if !ok {
		id = int32(len(f.names))
		f.ids[code] = id
		f.names = append(f.names, code)
	}
	return id
}

// fastTask is one unit of work: a byte range of a plain GDELT file, a
// whole GDELT stream (compressed, or standard input), or a file of
// another format read through Reader.
type fastTask struct {
	file  int    // index in AggregateFiles' paths
	chunk int    // index of the range within the file
	path  string // as given
	part  string // name in errors
	// format of the input
	format  Format
	version gdeltVersion

	// byte range [start, end) of a plain file (ranged tasks)
	ranged     bool
	start, end int64
	// headerCheck: the range holds the input's first record, which the
	// reader checks for a header line.
	headerCheck bool

	// streaming tasks: the Reader opened to detect the format; its head
	// part and source are scanned directly (GDELT), or it is read event by
	// event (other formats).
	reader *Reader

	// rejects is the file's rejects writer (shared by its tasks, which then
	// run in order on one worker), nil without ReadOptions.Rejects
	rejects *rejectWriter

	// results
	rep   Report
	lines int   // physical lines owned (ranged tasks)
	err   error // strict-mode rejection or an error that ended the input
	fatal bool  // err is not a strict-mode rejection

	// dd receives the task's rows in fastDedup's ordered pipeline
	dd chan *ddBatch
}

// fastCell is one dyad-period of a worker: the sums of Stats kept as
// int64 multiples of 1e-9, and the dates as YYYYMMDD numbers, converted
// when the worker's cells become a Table. It is 136 bytes
// (TestFastCellSize): n 8, 14 sums 112, first and last 8, mark 4 and 4 of
// padding.
//
// Every value is rounded to 1e-9 exactly as Sum.Add rounds it, and the
// integers are added exactly; when an addition would overflow an int64,
// the accumulated value moves into a Sum first (the cell's spill, kept in
// fastSpills: rare, so kept out of the cell). The total is therefore the
// integer Sum.Add would hold: the cells convert to bit-identical Stats.
//
// The lasting-state mark sums (Stats.Marks) are rare: a cell holds only
// mark, the 1-based index of its mark sums in its worker's fastSpills
// (0 = none yet), so that the cell is 136 bytes rather than 208. They
// are held as the MarkSums the Table's row will point to (added with
// Sum.Add: the few events with a mark do not need the int64 fast sums), so
// that making the rows copies and allocates none of them.
type fastCell struct {
	n           int64
	acc         [fsMark]int64 // the sums before the marks
	first, last int32
	mark        int32 // fastSpills.marksOf(mark) holds the mark sums; 0 = none
}

// fastSpills is a worker's side storage of its cells: the Sums that int64
// overflows of cells moved into (over, indexed by the sums before the
// marks) and the cells' mark sums (marks: blocks of markSlabBlock, filled
// in order; a block's MarkSums become the rows' Stats.Marks).
type fastSpills struct {
	over  map[*fastCell]*[fsMark]Sum
	marks [][]MarkSums
	nmark int32
}

// marksOf returns the mark sums of c, made (zero) on first need.
func (sp *fastSpills) marksOf(c *fastCell) *MarkSums {
	if c.mark == 0 {
		if sp.nmark%markSlabBlock == 0 {
			sp.marks = append(sp.marks, make([]MarkSums, markSlabBlock))
		}
		sp.nmark++
		c.mark = sp.nmark
	}
	i := c.mark - 1
	return &sp.marks[i/markSlabBlock][i%markSlabBlock]
}

func (sp *fastSpills) of(c *fastCell) *[fsMark]Sum {
	if sp.over == nil {
		sp.over = map[*fastCell]*[fsMark]Sum{}
	}
	s := sp.over[c]
	if s == nil {
		s = new([fsMark]Sum)
		sp.over[c] = s
	}
	return s
}

// Indexes of the sums of a fastCell (the order of Stats' fields).
const (
	fsW = iota
	fsW2
	fsGW
	fsGW2
	fsWG
	fsWG2
	fsQuad // cameo.NumQuads sums
	fsTW   = fsQuad + cameo.NumQuads
	fsWT   = fsTW + 1
	fsMark = fsWT + 1 // the number of sums in a cell: the mark sums are beside it (fastSpills.marksOf)
)

// put adds x to sum i as Sum.Add(x) would.
func (c *fastCell) put(sp *fastSpills, i int, x float64) {
	if !(x <= maxChunk && x >= -maxChunk) { // NaN, ±Inf or large: Sum.Add's own way
		sp.of(c)[i].Add(x)
		return
	}
	c.addUnits(sp, i, int64(math.Round(x*sumScale)))
}

// addUnits adds v (in units of 1e-9) to sum i, spilling into a Sum first
// when the int64 would overflow.
func (c *fastCell) addUnits(sp *fastSpills, i int, v int64) {
	a := c.acc[i]
	t := a + v
	if (v > 0 && t < a) || (v < 0 && t > a) {
		sp.of(c)[i].addFixed(a)
		t = v
	}
	c.acc[i] = t
}

// add adds one event, as Stats.AddValues does (one report). The values
// w and w² go to several sums; they are rounded once and added to each,
// which is what adding them to each Sum does.
func (c *fastCell) add(sp *fastSpills, w, g float64, q cameo.Quad, tone float64, marks cameo.MarkSet) {
	if !(w >= 0) || math.IsInf(w, 0) {
		w = 0
	}
	c.n++
	if q < 0 || int(q) >= cameo.NumQuads {
		q = cameo.QuadUnknown
	}
	hasG := !math.IsNaN(g) && !math.IsInf(g, 0)
	hasT := !math.IsNaN(tone) && !math.IsInf(tone, 0)
	w2 := w * w
	if w <= maxChunk && w2 <= maxChunk {
		uw, uw2 := int64(math.Round(w*sumScale)), int64(math.Round(w2*sumScale))
		c.addUnits(sp, fsW, uw)
		c.addUnits(sp, fsW2, uw2)
		if hasG {
			c.addUnits(sp, fsGW, uw)
			c.addUnits(sp, fsGW2, uw2)
		}
		c.addUnits(sp, fsQuad+int(q), uw)
		if hasT {
			c.addUnits(sp, fsTW, uw)
		}
	} else {
		c.put(sp, fsW, w)
		c.put(sp, fsW2, w2)
		if hasG {
			c.put(sp, fsGW, w)
			c.put(sp, fsGW2, w2)
		}
		c.put(sp, fsQuad+int(q), w)
		if hasT {
			c.put(sp, fsTW, w)
		}
	}
	if hasG {
		c.put(sp, fsWG, w*g)
		c.put(sp, fsWG2, w*g*g)
	}
	if hasT {
		c.put(sp, fsWT, w*tone)
	}
	if w > 0 && marks != 0 { // as Stats.AddMarks: a weight of 0 adds no mark sums
		ms := sp.marksOf(c)
		for m := 0; marks != 0; m, marks = m+1, marks>>1 {
			if marks&1 != 0 {
				ms[m].Add(w)
			}
		}
	}
}

// merge adds o (whose spill, if any, is in osp) into c, exactly.
func (c *fastCell) merge(sp *fastSpills, o *fastCell, osp fastSpills) {
	if c.n == 0 {
		c.first, c.last = o.first, o.last
	} else {
		c.first, c.last = min(c.first, o.first), max(c.last, o.last)
	}
	c.n += o.n
	for i, v := range o.acc {
		c.addUnits(sp, i, v)
	}
	if o.mark != 0 {
		om, ms := osp.marksOf(o), sp.marksOf(c)
		for m := range om {
			ms[m].Merge(om[m])
		}
	}
	if os := osp.over[o]; os != nil {
		s := sp.of(c)
		for i := range os {
			s[i].Merge(os[i])
		}
	}
}

// stats returns the cell as Stats (sp holds its spill, if any; day
// converts its dates). Its Marks point to the cell's mark sums in sp, which
// no one else uses after (the cells are dropped once they are rows).
func (c *fastCell) stats(sp fastSpills, day func(int32) time.Time) Stats {
	var sums [fsMark]Sum
	if s := sp.over[c]; s != nil {
		sums = *s
	}
	for i, v := range c.acc {
		sums[i].addFixed(v)
	}
	s := Stats{N: c.n, Reports: c.n,
		W: sums[fsW], W2: sums[fsW2], GW: sums[fsGW], GW2: sums[fsGW2], WG: sums[fsWG], WG2: sums[fsWG2],
		TW: sums[fsTW], WT: sums[fsWT], First: day(c.first), Last: day(c.last)}
	copy(s.Quad[:], sums[fsQuad:fsQuad+cameo.NumQuads])
	if c.mark != 0 {
		ms := sp.marksOf(c)
		for i := range ms {
			if !ms[i].IsZero() { // else nil: Stats.Marks' invariant
				s.Marks = ms
				break
			}
		}
	}
	return s
}

// fastRaw is what a raw country code resolves to.
type fastRaw struct {
	raw     string // the code as in the file (the key of Report.UnknownNames)
	id      int32  // id (fastIDs) of the resolved code, -1 for none
	unknown bool   // counted in Report.UnknownNames on every occurrence
}

// fastWorker aggregates the tasks one goroutine runs.
type fastWorker struct {
	plan  *fastPlan
	buf   []byte
	lines struct{ tabs, nls, high []uint64 } // fastLines' bitmaps, kept across tasks
	bits  fastBits

	roleCache fastRoles // actor roles by code and type code (Filter.Roles)

	cells  fastMap
	blocks [][]fastCell // cells in blocks of fastBlock: growing never copies them
	ncells int
	spills fastSpills

	rawIndex [fastNumCountryCodes]int32 // fastCountryIndex → index+1 in raws
	raws     []fastRaw
	names    []string // id (fastIDs) → resolved code, for the ids this worker has seen

	added   int64
	skipped Skipped
	slow    *Table    // rows decoded by the reader's decoder, and other formats
	dd      *ddWorker // the worker's side of plan.dedup

	nFast, nSlow int64 // rows taken by fastRow and by slowRow (for tests)
	rows         int64 // records seen, not yet added to plan.rowsDone

	// per task
	task            *fastTask
	dec             decoder
	rejects         *rejectWriter
	kept            int64
	firstKept       int32
	lastKept        int32
	evs             []Event
	lineNo          int
	firstRecordSeen bool
}

func newFastWorker(plan *fastPlan) *fastWorker {
	w := &fastWorker{
		plan: plan,
		slow: NewTable(&plan.ao),
	}
	if plan.dedup != nil {
		w.dd = plan.dedup.worker()
	}
	return w
}

// fastBufferSize is the read buffer of a worker (smaller for a smaller
// input); it grows for longer lines (up to MaxLineBytes).
// 256 kB (with its three bitmaps, 96 kB) stays in a core's L2 cache: on
// 2M GDELT rows `report inspect` took 0.90× the time and 3 MB less peak
// memory than with 1 MB (BENCHMARKS.md).
const fastBufferSize = 256 << 10

// fastSlack is how many bytes past the data the buffer keeps, so that
// its last 64-byte block can be classified in one piece.
const fastSlack = 64

// fastMap maps cell keys to cell indexes: open addressing with linear
// probing on a power-of-two table, Fibonacci hashing, key and value side
// by side (one cache line per probe). It is several times cheaper per
// lookup than a Go map for these 8-byte keys.
type fastMap struct {
	slots []fastSlot
	shift uint
	n     int
}

type fastSlot struct {
	key uint64
	val int32 // index+1; 0 marks an empty slot
}

func (m *fastMap) slot(key uint64) int { return int((key * 0x9e3779b97f4a7c15) >> m.shift) }

func (m *fastMap) get(key uint64) (int32, bool) {
	if m.n == 0 {
		return 0, false
	}
	mask := len(m.slots) - 1
	for i := m.slot(key); ; i = (i + 1) & mask {
		s := &m.slots[i]
		if s.val == 0 {
			return 0, false
		}
		if s.key == key {
			return s.val - 1, true
		}
	}
}

// put adds a key that is not in the map.
func (m *fastMap) put(key uint64, val int32) {
	if (m.n+1)*2 > len(m.slots) {
		m.grow()
	}
	mask := len(m.slots) - 1
	i := m.slot(key)
	for m.slots[i].val != 0 {
		i = (i + 1) & mask
	}
	m.slots[i] = fastSlot{key, val + 1}
	m.n++
}

func (m *fastMap) grow() {
	old := m.slots
	size := max(2*len(old), 1024)
	m.slots = make([]fastSlot, size)
	m.shift = uint(64 - bitsLen(size-1))
	m.n = 0
	for _, s := range old {
		if s.val != 0 {
			m.put(s.key, s.val-1)
		}
	}
}

// each calls f for every key and value.
func (m *fastMap) each(f func(key uint64, val int32)) {
	for _, s := range m.slots {
		if s.val != 0 {
			f(s.key, s.val-1)
		}
	}
}

func bitsLen(x int) int {
	n := 0
	for ; x > 0; x >>= 1 {
		n++
	}
	return n
}

// fastBlock is the number of cells in a block (a power of two).
const fastBlock = 1024

// newCell adds a zero cell and returns its index.
func (w *fastWorker) newCell() int32 {
	if w.ncells%fastBlock == 0 {
		w.blocks = append(w.blocks, make([]fastCell, fastBlock))
	}
	w.ncells++
	return int32(w.ncells - 1)
}

func (w *fastWorker) cell(ix int32) *fastCell { return &w.blocks[ix/fastBlock][ix%fastBlock] }

// country resolves the raw country code field b to an interned id (-1
// for none) and reports whether the fast path can handle it.
func (w *fastWorker) country(b []byte) (id int32, raw *fastRaw, ok bool) {
	if len(b) == 0 {
		return -1, nil, true
	}
	k, ok := fastCountryIndex(b)
	if !ok {
		return 0, nil, false
	}
	if i := w.rawIndex[k]; i > 0 {
		r := &w.raws[i-1]
		return r.id, r, true
	}
	code := string(b)
	h := resolveCountryCode(code)
	r := fastRaw{raw: code, id: -1, unknown: !h.known}
	if h.code != "" {
		r.id = w.plan.ids.id(h.code)
		for int(r.id) >= len(w.names) {
			w.names = append(w.names, "")
		}
		w.names[r.id] = h.code
	}
	w.raws = append(w.raws, r)
	w.rawIndex[k] = int32(len(w.raws))
	return r.id, &w.raws[len(w.raws)-1], true
}

// beginTask prepares the per-task state.
func (w *fastWorker) beginTask(t *fastTask) {
	w.task = t
	if w.dd != nil {
		w.dd.loc = 0
	}
	t.rep = Report{File: t.path, Format: t.format}
	ctx := newRowCtx(&w.plan.ro, &t.rep, t.format, w.plan.match)
	w.dec = newGDELTDecoder(ctx, t.version)
	w.rejects = t.rejects
	w.kept, w.firstKept, w.lastKept = 0, 0, 0
	w.lineNo = 0
	// only the first record of a part is checked for a header line
	w.firstRecordSeen = t.ranged && !t.headerCheck
}

// endTask folds the per-task counters into the task's report.
func (w *fastWorker) endTask() {
	t := w.task
	t.rep.Kept += w.kept
	if w.kept > 0 {
		if f := ymdTime(w.firstKept); !f.IsZero() && (t.rep.First.IsZero() || f.Before(t.rep.First)) {
			t.rep.First = f
		}
		if l := ymdTime(w.lastKept); !l.IsZero() && (t.rep.Last.IsZero() || l.After(t.rep.Last)) {
			t.rep.Last = l
		}
	}
	t.lines = w.lineNo
	w.task = nil
}

func ymdTime(v int32) time.Time {
	if v == 0 {
		return time.Time{}
	}
	return time.Date(int(v/10000), time.Month(v/100%100), int(v%100), 0, 0, 0, 0, time.UTC)
}

// record handles one record (a non-blank line without its line end). It
// returns false when the task must stop (strict mode, failing rejects
// writer).
func (w *fastWorker) record(rec []byte, line int, l *fastLines, start int) bool {
	if !w.firstRecordSeen {
		w.firstRecordSeen = true
		if isHeader, _ := w.dec.header(rec); isHeader {
			if w.rejects != nil {
				// The reader writes a part's header before its first
				// rejected row (rejectWriter.setHeader, where present).
				if h, ok := any(w.rejects).(interface{ setHeader([]byte) }); ok {
					h.setHeader(rec)
				}
			}
			return true
		}
	}
	w.rows++
	if w.dd != nil && w.plan.dedup.locs != nil {
		w.dd.loc = 0
		if w.task.ranged {
			w.dd.loc = w.plan.dedup.locs.base[w.task.file] + l.pos - int64(l.p-start) + 1
		}
	}
	if bytes.IndexByte(rec, 0) < 0 && w.fastRow(rec, l, start) { // a NUL byte: the decoder rejects the row
		w.nFast++
		return true
	}
	w.nSlow++
	return w.slowRow(rec, line)
}

// fastRow aggregates the row rec = l.buf[start:start+len(rec)] when every
// field it checks is in the common form; it returns false, having changed
// nothing, for any other row.
func (w *fastWorker) fastRow(rec []byte, l *fastLines, start int) bool {
	it := &w.bits
	if !it.setRange(l.tabs, l.high, start, start+len(rec)) {
		return false // not ASCII, or very long: the decoder checks it
	}
	dateAdded := 56 // DATEADDED's field index
	switch n := it.tabs + 1; {
	case w.task.version == gdeltV1 && (n == 57 || n == 58):
	case w.task.version == gdeltV2 && n == 61:
		dateAdded = 59
	default:
		return false
	}
	// Field k lies between tab k (1-based) and tab k+1. Walk the tabs once,
	// in order, keeping the boundaries of the fields read.
	t1 := it.next()
	t2 := it.next()
	it.skip(2) // tabs 3–4
	t5 := it.next()
	t6 := it.next()
	t7 := it.next()
	t8 := it.next()
	it.skip(3) // tabs 9–11
	t12 := it.next()
	t13 := it.next()
	it.skip(1) // tab 14
	t15 := it.next()
	t16 := it.next()
	t17 := it.next()
	t18 := it.next()
	if w.plan.wanted != nil && w.unwanted(rec[t7+1:t8], rec[t17+1:t18]) {
		// (nothing before this returns false: the row is the fast path's)
		w.task.rep.Read++
		w.task.rep.Filter(evidenceOnlyReason)
		return true
	}
	it.skip(3) // tabs 19–21
	t22 := it.next()
	t23 := it.next()
	it.skip(2)     // tabs 24–25
	var ev [10]int // tabs 26–35: fields 26 (EventCode) to 34 (AvgTone)
	for i := range ev {
		ev[i] = it.next()
	}
	// DATEADDED is the last field (57-column rows) or the one before it.
	last, prev := it.lastTwo()
	da, daEnd := last+1, len(rec)
	if it.tabs > dateAdded {
		da, daEnd = prev+1, last
	}
	f := func(i int) []byte { return rec[ev[i-gdeltEventCode]+1 : ev[i-gdeltEventCode+1]] }
	a1, a2 := rec[t7+1:t8], rec[t17+1:t18]

	if !fastAllDigits(rec[:t1]) {
		return false
	}
	ymd, ok := fastDate(rec[t1+1 : t2])
	if !ok {
		return false
	}
	code := f(gdeltEventCode)
	ci, ok := fastCodeIndex(code)
	codes := w.plan.codes
	if !ok || !codes.valid[ci] {
		return false
	}
	if base := f(gdeltBaseCode); len(base) > 0 && len(code) >= 3 && !bytes.Equal(base, code[:3]) {
		return false
	}
	if root := f(gdeltRootCode); len(root) > 0 && string(root) != codes.root[ci] {
		return false
	}
	var q cameo.Quad
	switch qb := f(gdeltQuadClass); {
	case len(qb) == 0:
		q = codes.fillQuad[ci]
	case len(qb) == 1 && qb[0] >= '1' && qb[0] <= '4':
		q = cameo.Quad(qb[0] - '0')
	default:
		return false
	}
	var g float64
	if gb := f(gdeltGoldstein); len(gb) > 0 {
		if g, ok = fastFloat(gb); !ok {
			return false
		}
	} else {
		g = codes.fillGold[ci]
	}
	var counts [3]int
	for i := range counts {
		if b := f(gdeltNumMentions + i); len(b) > 0 {
			v, ok := fastDigits(b)
			if !ok || v > math.MaxInt32 {
				return false
			}
			counts[i] = int(v)
		}
	}
	tone := math.NaN()
	if tb := f(gdeltAvgTone); len(tb) > 0 {
		if tone, ok = fastFloat(tb); !ok {
			return false
		}
	}
	if daEnd > da && !fastTimestamp(rec[da:daEnd]) {
		return false
	}
	src, srcRaw, ok := w.country(a1)
	if !ok {
		return false
	}
	tgt, tgtRaw, ok := w.country(a2)
	if !ok {
		return false
	}

	// The row is valid: account for it as Reader does.
	rep := &w.task.rep
	rep.Read++
	if srcRaw != nil && srcRaw.unknown {
		rep.Unknown(srcRaw.raw)
	}
	if tgtRaw != nil && tgtRaw.unknown {
		rep.Unknown(tgtRaw.raw)
	}
	if m := w.plan.match; m != nil {
		var s, t string
		if src >= 0 {
			s = w.names[src]
		}
		if tgt >= 0 {
			t = w.names[tgt]
		}
		if reason := m.fields(ymdTime(ymd), s, t, codes.root[ci]); reason != "" {
			rep.Filter(reason)
			return true
		}
		// Roles (RoleFilter): Actor1Code with Actor1Type1Code, Actor2Code
		// with Actor2Type1Code, as the GDELT reader fills Actor.Code and
		// Actor.Sector; never within one country.
		if m.roles != nil && (s == "" || s != t) {
			rs := w.roleCache.role(rec[t5+1:t6], rec[t12+1:t13])
			rt := w.roleCache.role(rec[t15+1:t16], rec[t22+1:t23])
			if reason := m.roles.roles(rs, rt); reason != "" {
				rep.Filter(reason)
				return true
			}
		}
	}
	w.kept++
	if w.firstKept == 0 || ymd < w.firstKept {
		w.firstKept = ymd
	}
	if ymd > w.lastKept {
		w.lastKept = ymd
	}

	ao := &w.plan.ao
	if dd := w.plan.dedup; dd != nil {
		rawG, rawQ := g, q
		if ao.Goldstein != nil {
			g = codes.aggGold[ci]
		}
		if ao.Quads != nil {
			q = codes.aggQuad[ci]
		}
		r := ddRow{day: ymdDay(ymd), ymd: ymd, plain: true, src: src, tgt: tgt,
			srcActor: w.dd.actorBytes(src, rec[t5+1:t6], rec[t6+1:t7]),
			tgtActor: w.dd.actorBytes(tgt, rec[t15+1:t16], rec[t16+1:t17]),
			code:     w.dd.fastCode(ci, code), g: g, q: q, marks: codes.marks[ci], tone: tone, reports: 1,
			mentions: counts[0], sources: counts[1], articles: counts[2]}
		if dd.ev != nil && src >= 0 && tgt >= 0 && dd.ev.wants(dd.orient(w.names[src], w.names[tgt])) {
			// the evidence may keep it: its line goes with the row
			w.dd.push(&r, &ddAux{line: rec, src: w.names[src], tgt: w.names[tgt], rawG: rawG, rawQ: rawQ, url: it.tabs > dateAdded, loc: w.dd.loc})
			return true
		}
		w.dd.push(&r, nil)
		return true
	}

	// Table.Add
	if src < 0 || tgt < 0 {
		w.skipped.NotDyadic++
		return true
	}
	if ao.ExcludeSelf && src == tgt {
		w.skipped.Self++
		return true
	}
	if ao.Goldstein != nil {
		g = codes.aggGold[ci]
	}
	if ao.Quads != nil {
		q = codes.aggQuad[ci]
	}
	a, b := src, tgt
	if !ao.Directed && b < a {
		a, b = b, a // canonical by id; put in code order when converted
	}
	key := uint64(a)<<48 | uint64(b)<<32 | uint64(periodIndex(ao.Granularity, ymd))
	ix, ok := w.cells.get(key)
	if !ok {
		ix = w.newCell()
		w.cells.put(key, ix)
		c := w.cell(ix)
		c.first, c.last = ymd, ymd
	}
	c := w.cell(ix)
	c.add(&w.spills, ao.Weight.ofCounts(counts[0], counts[1], counts[2]), g, q, tone, codes.marks[ci])
	if ymd < c.first {
		c.first = ymd
	}
	if ymd > c.last {
		c.last = ymd
	}
	w.added++
	return true
}

// addEvent aggregates an event decoded by the reader's decoder (or read by
// Reader), through the deduplicator when there is one.
func (w *fastWorker) addEvent(e *Event) {
	if w.dd != nil {
		w.dd.addEvent(e, &w.plan.ao, w.slow)
		return
	}
	w.slow.Add(e)
}

// unwanted reports whether a row with these country fields is outside
// plan.wanted (IngestOptions.EvidenceOnly); a field the fast path cannot
// resolve says no.
func (w *fastWorker) unwanted(a1, a2 []byte) bool {
	src, _, ok1 := w.country(a1)
	tgt, _, ok2 := w.country(a2)
	return ok1 && ok2 && !w.plan.wanted[[2]int32{src, tgt}]
}

// evidenceOnlyReason is the filter reason of rows skipped under
// IngestOptions.EvidenceOnly.
const evidenceOnlyReason = "not an evidence dyad (evidence only)"

// tick publishes the worker's progress: bytes consumed and rows seen.
func (w *fastWorker) tick(consumed int64) {
	w.plan.bytesDone.Add(consumed)
	w.plan.rowsDone.Add(w.rows)
	w.rows = 0
}

// slowRow decodes a row with the reader's decoder and accounts for it as
// Reader.decodeRecord does. It returns false when the task must stop.
func (w *fastWorker) slowRow(rec []byte, line int) bool {
	t := w.task
	out, skip, err := w.dec.decode(rec, line, w.evs[:0])
	w.evs = out[:0]
	if err != nil {
		t.rep.Read++
		var pe *ParseError
		if !errors.As(err, &pe) {
			pe = &ParseError{Err: err}
		}
		if pe.File == "" {
			pe.File = t.part
		}
		if pe.Line == 0 {
			pe.Line = line
		}
		return w.reject(pe, rec)
	}
	if skip != "" {
		t.rep.Read++
		t.rep.Filter(skip)
		return true
	}
	for i := range out {
		e := &out[i]
		t.rep.Read++
		if reason := w.plan.match.reason(e); reason != "" {
			t.rep.Filter(reason)
			continue
		}
		w.keepDate(e.Date)
		w.addEvent(e)
	}
	for i := range out {
		out[i] = Event{}
	}
	return true
}

func (w *fastWorker) keepDate(d time.Time) {
	y, m, dd := d.Date()
	if d.IsZero() || y < 1 || y > 9999 || d.Location() != time.UTC || !d.Equal(time.Date(y, m, dd, 0, 0, 0, 0, time.UTC)) {
		w.task.rep.Keep(d) // not a plain UTC date: account for it directly
		return
	}
	w.kept++
	v := int32(y*10000 + int(m)*100 + dd)
	if w.firstKept == 0 || v < w.firstKept {
		w.firstKept = v
	}
	if v > w.lastKept {
		w.lastKept = v
	}
}

// reject counts a rejected row, writes it to the rejects writer and
// decides whether the task goes on.
func (w *fastWorker) reject(pe *ParseError, raw []byte) bool {
	t := w.task
	t.rep.Reject(pe, w.plan.ro.MaxSamples)
	if w.rejects != nil && raw != nil {
		w.rejects.record(raw, t.format)
	}
	if w.rejects != nil && w.rejects.err != nil {
		t.err, t.fatal = fmt.Errorf("dataset: writing rejected rows of %s: %w", t.path, w.rejects.err), true
		return false
	}
	if w.plan.ro.Strict {
		t.err = pe
		return false
	}
	return true
}

// tooLong rejects a line longer than MaxLineBytes; head is its beginning.
func (w *fastWorker) tooLong(head []byte, line int) bool {
	w.task.rep.Read++
	h := bytes.TrimRight(head[:min(len(head), 256)], "\r\n")
	pe := &ParseError{File: w.task.part, Line: line, Value: shorten(string(h)),
		Err: fmt.Errorf("%w (over %d bytes; ReadOptions.MaxLineBytes)", ErrLineTooLong, w.plan.ro.MaxLineBytes)}
	w.firstRecordSeen = true
	return w.reject(pe, nil)
}

// fastLines splits a stream into physical lines in a large reused
// buffer, as lineSource does: a line ends at '\n'; the last may lack it.
// After each read it classifies the buffer's bytes (lineBlocks): newlines
// are found from the bitmap, and each line's tabs come from it too.
type fastLines struct {
	r    io.Reader
	buf  []byte
	p, n int   // unread data is buf[p:n]
	pos  int64 // input offset of buf[p]
	eof  bool  // r returned an error (io.EOF or rerr)
	rerr error // the read error other than io.EOF

	tabs, nls, high []uint64 // bitmaps of buf[:n] (see lineBlocks)
	start           int      // offset in buf of the last line next returned

	tick      func(consumed int64) // called before each read with the bytes consumed since the last call
	published int64                // pos at the last tick
}

func (l *fastLines) fill() {
	if l.tick != nil {
		l.tick(l.pos - l.published)
		l.published = l.pos
	}
	if l.p > 0 {
		copy(l.buf, l.buf[l.p:l.n])
		l.n -= l.p
		l.p = 0
	}
	for !l.eof && l.n < len(l.buf)-fastSlack {
		m, err := l.r.Read(l.buf[l.n : len(l.buf)-fastSlack])
		l.n += m
		if err != nil {
			l.eof = true
			if err != io.EOF {
				l.rerr = err
			}
		}
		if m > 0 {
			break
		}
	}
	l.index()
}

// index computes the bitmaps of buf[:n]. The last block may take bytes
// past n (the slack at the end of buf): their bits are never used.
func (l *fastLines) index() {
	blocks := (l.n + 63) / 64
	if need := len(l.buf)/64 + 2; len(l.tabs) < need {
		l.tabs, l.nls, l.high = make([]uint64, need), make([]uint64, need), make([]uint64, need)
	}
	lineBlocks(l.buf[:blocks*64], l.tabs, l.nls, l.high)
}

// newline returns the offset in buf of the first newline at or after p and
// before n, or -1.
func (l *fastLines) newline() int {
	k := l.p / 64
	m := l.nls[k] &^ (uint64(1)<<(l.p%64) - 1)
	for m == 0 {
		k++
		if k*64 >= l.n {
			return -1
		}
		m = l.nls[k]
	}
	i := k*64 + bits.TrailingZeros64(m)
	if i >= l.n {
		return -1
	}
	return i
}

func (l *fastLines) advance(k int) {
	l.p += k
	l.pos += int64(k)
}

// skipPast drops the bytes up to and including the first newline; false
// if the input ends first.
func (l *fastLines) skipPast() bool {
	for {
		if i := bytes.IndexByte(l.buf[l.p:l.n], '\n'); i >= 0 {
			l.advance(i + 1)
			return true
		}
		l.advance(l.n - l.p)
		if l.eof {
			return false
		}
		l.fill()
	}
}

// next returns the next line without its '\n' and whether it had one.
// A line whose content (without "\n" or "\r\n") exceeds max is skipped
// to its end: long is set, line holds its first 256 bytes, and the whole
// raw line was written to overflow (with a '\n' added if it had none). ok
// is false at the end of the input. The line is valid until the next call.
func (l *fastLines) next(max int, overflow io.Writer) (line []byte, nl, long, ok bool) {
	for {
		if j := l.newline(); j >= 0 {
			i := j - l.p
			l.start = l.p
			raw := l.buf[l.p : j+1]
			l.advance(i + 1)
			line = raw[:i]
			content := i
			if i > 0 && line[i-1] == '\r' {
				content--
			}
			if content > max {
				if overflow != nil {
					overflow.Write(raw)
				}
				return line[:min(len(line), 256)], true, true, true
			}
			return line, true, false, true
		}
		if l.eof {
			if l.p == l.n {
				return nil, false, false, false
			}
			line = l.buf[l.p:l.n]
			l.start = l.p
			l.advance(l.n - l.p)
			if len(line) > max && l.rerr == nil {
				if overflow != nil {
					overflow.Write(line)
					overflow.Write([]byte{'\n'})
				}
				return line[:min(len(line), 256)], false, true, true
			}
			return line, false, false, true
		}
		if l.n-l.p > max+1 {
			head, nl := l.skipLong(overflow)
			return head, nl, true, true
		}
		if l.p == 0 && l.n >= len(l.buf)-fastSlack {
			l.buf = append(l.buf, make([]byte, len(l.buf))...)
		}
		l.fill()
	}
}

// skipLong skips an over-long line whose newline is not in the buffer yet
// and returns its first 256 bytes and whether it had a newline.
func (l *fastLines) skipLong(overflow io.Writer) ([]byte, bool) {
	head := append([]byte(nil), l.buf[l.p:min(l.n, l.p+256)]...)
	for {
		chunk := l.buf[l.p:l.n]
		if i := bytes.IndexByte(chunk, '\n'); i >= 0 {
			if overflow != nil {
				overflow.Write(chunk[:i+1])
			}
			l.advance(i + 1)
			return head, true
		}
		if overflow != nil {
			overflow.Write(chunk)
		}
		l.advance(len(chunk))
		if l.eof {
			if overflow != nil && l.rerr == nil {
				overflow.Write([]byte{'\n'})
			}
			return head, false
		}
		l.fill()
	}
}

// scan processes the lines of r that start before offset end, r's first
// byte being at offset begin of the input. With skipFirst, the bytes up
// to and including the first newline belong to the previous range. bom
// drops a UTF-8 byte order mark at the start, as the reader does at the
// start of a part. It returns false when the task stopped early (strict
// mode, a read error, a failing rejects writer).
func (w *fastWorker) scan(r io.Reader, begin, end int64, skipFirst, bom bool) bool {
	size := fastBufferSize
	if span := end - begin; span < fastBufferSize {
		size = int(max(span, 4096)) + fastSlack
	}
	if len(w.buf) < size {
		w.buf = make([]byte, size)
	}
	l := &fastLines{r: r, buf: w.buf, pos: begin, published: begin, tick: w.tick, tabs: w.lines.tabs, nls: w.lines.nls, high: w.lines.high}
	defer func() {
		w.buf = l.buf
		w.lines.tabs, w.lines.nls, w.lines.high = l.tabs, l.nls, l.high // reused by the worker's next task
		w.tick(l.pos - l.published)
	}()
	l.fill()
	if skipFirst && !l.skipPast() {
		return w.readDone(l.rerr, nil)
	}
	if bom && bytes.HasPrefix(l.buf[l.p:l.n], utf8BOM) {
		l.advance(len(utf8BOM))
	}
	var overflow io.Writer
	if w.rejects != nil {
		overflow = w.rejects
	}
	max := w.plan.ro.MaxLineBytes
	for l.pos < end {
		line, nl, long, ok := l.next(max, overflow)
		if !ok {
			return w.readDone(l.rerr, nil)
		}
		if !nl && l.rerr != nil {
			w.lineNo++
			return w.readDone(l.rerr, line) // a line cut short by damaged input
		}
		w.lineNo++
		if long {
			if !w.tooLong(line, w.lineNo) {
				return false
			}
			continue
		}
		if n := len(line); n > 0 && line[n-1] == '\r' {
			line = line[:n-1]
		}
		if len(line) == 0 {
			continue // blank line: not a record
		}
		if !w.record(line, w.lineNo, l, l.start) {
			return false
		}
	}
	return true
}

// readDone ends a scan: a read error other than io.EOF ends the input,
// after the line it cut (partial, if any) is counted and rejected, as the
// reader does.
func (w *fastWorker) readDone(rerr error, partial []byte) bool {
	if rerr == nil {
		return true
	}
	t := w.task
	line := w.lineNo + 1
	if partial != nil {
		line = w.lineNo
	}
	var pe *ParseError
	if errors.As(rerr, &pe) {
		c := *pe
		if c.File == "" {
			c.File = t.part
		}
		if c.Line == 0 {
			c.Line = line
		}
		pe = &c
	} else {
		pe = &ParseError{File: t.part, Line: line, Err: rerr}
	}
	if len(partial) > 0 {
		t.rep.Read++
		c := *pe
		c.Value = shorten(string(partial))
		t.rep.Reject(&c, w.plan.ro.MaxSamples)
		if w.rejects != nil {
			w.rejects.record(partial, t.format)
		}
	}
	t.err, t.fatal = pe, true
	return false
}
