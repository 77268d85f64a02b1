package dataset

import (
	"bytes"
	"math"
	"runtime"
	"strconv"
	"sync"
	"sync/atomic"
	"time"
	"unsafe"

	"github.com/entente/entente/cameo"
)

// Streaming one-a-day deduplication inside the aggregation.
//
// Dedup followed by Table.Add keeps every event until the end. The
// aggregation needs far less: for every distinct dedup key (the day, the
// two actors — or countries — and the code) whether it was seen, and for
// the keys of dyads that are aggregated the values the merged event adds
// to its dyad-period (Stats.AddValues): the first event's Goldstein weight
// and quad class, the sums of the report counts and of the known counts
// (mentions, sources, articles: they make the merged weight), and the
// exact report-weighted tone sum. fastDedup keeps exactly that, and adds
// the merged events to a Table when the input ends; the result is the
// Table of Dedup + Table.Add, bit for bit (the sums are exact, so the order
// of the groups does not matter), and DedupReport is counted the same way.
//
// Exactness of the key set. A key is not hashed into a fingerprint: its
// parts are numbered (ids of interned strings: actor codes, actor names,
// event codes, resolved countries), and the numbers are packed into 96
// bits without loss — day (y·512 + m·32 + d, 23 bits for years 0–9999),
// code id (18 bits), source actor id (23 bits), target actor id (32 bits).
// Two keys are equal if and only if their packed forms are equal, so the
// hash table's equality test is the key's. Keys whose parts do not fit
// (a year outside 0–9999, more than 2¹⁸ codes or 2²³ actors) go to a Go
// map on the unpacked parts, with the same semantics. Memory: 16 bytes per
// distinct key in the table (at most 4/5 full) plus 40 bytes per distinct
// key of an aggregated dyad (ddValues; 4 more when evidence is kept, 24
// more with a count weight); the rows themselves are not kept.

// ddNone marks a key without aggregated values (not dyadic, or a
// self-dyad left out): only its presence and whether it merged count.
const (
	ddMerged  = 1 << 31
	ddNoValue = 1<<31 - 1
)

// ddSlot is one entry of the key table: the packed key (hi, lo) and v:
// 0 for an empty slot, else ddMerged (the key absorbed another event) |
// the index+1 of its values, or ddNoValue.
type ddSlot struct {
	hi uint64
	lo uint32
	v  uint32
}

// ddWide is a key whose parts do not fit the packed form.
type ddWide struct {
	day            int64
	code, src, tgt uint32
}

// ddValues are what a group of a dyad that is aggregated adds to its
// dyad-period: Stats.AddValues(EventValues{Date: date, Weight: w, Goldstein: g, Quad: q, Tone: tone, Reports: reports}) of the merged
// event.
type ddValues struct {
	g        float64 // the first event's Goldstein weight (re-weighted by AggregateOptions.Goldstein)
	tone     int64   // merged: Σ rc·tone over known tones in Sum's units (1e-9); else the tone's bits
	rep      uint32  // Σ report counts
	toneW    uint32  // merged: Σ rc over known tones
	ymd      int32   // the day (plain dates; others in fastDedup.odd)
	src, tgt int32   // country ids
	q        cameo.Quad
	flags    uint8         // ddMergedFlag, ddBigFlag
	marks    cameo.MarkSet // the first event's cameo.Marks
}

// ddValues.flags: one byte for both, so that with the mark set the values
// stay 40 bytes (two bools and the marks made them 48: 8 bytes more for
// every aggregated key, ~4 MB on 2M GDELT rows).
const (
	ddMergedFlag = 1 << iota // more than one event
	ddBigFlag                // the sums outgrew rep, toneW or tone: they are in fastDedup.big
)

func (x *ddValues) merged() bool { return x.flags&ddMergedFlag != 0 }
func (x *ddValues) big() bool    { return x.flags&ddBigFlag != 0 }

// ddBig holds the sums of a group that outgrew ddValues' fields (billions
// of reports, or a tone sum beyond ±9.2e9): the same sums, wider.
type ddBig struct {
	toneSum        Sum
	reports, toneW int64
}

// ddCounts are the sums of the known counts of a group (kept only when the
// aggregation weight is a count).
type ddCounts struct {
	mentions, sources, articles int64
}

// ddRow is one event as fastDedup reads it. It holds no pointer (batches
// of rows are neither scanned by the garbage collector nor copied under
// write barriers); the rare date that is not a plain UTC day, and the event
// the evidence may keep, travel beside it (ddAux).
type ddRow struct {
	day                         int64 // the calendar day, y·512 + m·32 + d
	ymd                         int32 // y·10000 + m·100 + d, when plain
	plain                       bool  // the date is ymd at 00:00 UTC (else it is in the row's ddAux)
	src, tgt                    int32 // country ids (fastIDs), -1 for none
	srcActor, tgtActor          uint32
	code                        uint32
	aux                         int32 // index+1 of the row's ddAux in its batch (0: none)
	g                           float64
	q                           cameo.Quad
	marks                       cameo.MarkSet // cameo.Marks of the code
	tone                        float64
	reports                     int64
	mentions, sources, articles int
}

// ddAux is what a row carries beside it: its date when it is not plain,
// and for a row the evidence may keep, its event (ev, from a decoder) or
// its GDELT line (line, in the batch's raw bytes from lo to hi once
// queued), from which the event is made only if the evidence keeps it.
type ddAux struct {
	date     time.Time
	ev       *Event
	line     []byte
	lo, hi   int32
	src, tgt string // the countries of a line's event
	rawG     float64
	rawQ     cameo.Quad
	url      bool // the line's last field is its URL
	// loc is the virtual offset + 1 of the report's line in a plain
	// file (ddLocs), 0 when it has none
	loc int64
}

// ddBatch is a batch of rows of the ordered pipeline.
type ddBatch struct {
	rows []ddRow
	aux  []ddAux
	raw  []byte // the lines of ddAux
}

const ddBlock = 4096

// fastDedup is the streaming deduplicator of one aggregation (one
// goroutine runs add, in input order, so that "first event" is the
// reader's; workers parse and intern in parallel through ddWorkers).
type fastDedup struct {
	key         DedupKey
	weight      Weight
	excludeSelf bool
	ids         *fastIDs

	shards *[ddShards]ddShard
	wide   map[ddWide]int32 // → index in wideV
	wideV  []uint32

	vals    [][]ddValues
	counts  [][]ddCounts // nil for WeightOne
	nvals   int
	odd     map[int32]time.Time // dates that are not a plain UTC day (events of other formats)
	codeStr []string            // code id → code
	codeOf  [][]uint32          // group → code id (kept for the evidence only)
	big     map[int32]*ddBig

	// noMerge makes every event a group of its own (no deduplication: the
	// groups then carry the evidence ranks)
	noMerge bool
	// ev, when set, keeps the bounded evidence
	ev *evidence
	// locs, when set, locates the first report of the evidence dyads'
	// groups (evidencefirst.go)
	locs *ddLocs

	// interning (mu guards these: workers intern through their ddWorker's
	// caches and come here on a miss)
	mu         sync.Mutex
	actorStrs  map[string]uint32 // actor codes
	actorNames map[string]uint32 // actor names (actors without a code)
	actors     fastMap           // (country+1)<<40 | name<<39 | string id → actor id
	actorCtry  []int32           // actor id → country id
	codes      map[string]uint32 // code, or code + "\x00" + PLOVER

	report  DedupReport
	skipped Skipped
	undated atomic.Int64 // undated events (counted by the reading side)

	// The ordered pipeline: the workers parse their tasks in parallel, each
	// task's rows go in batches into its own channel (fastTask.dd), and
	// one goroutine deduplicates the tasks' rows in task order — the
	// input's order, so that the first report is the reader's first.
	// tokens bounds the tasks taken and not yet deduplicated (memory: a
	// few tasks' rows).
	tokens chan struct{}
	free   chan *ddBatch
	done   chan struct{}
}

// ddBatchRows is the number of rows in a batch of the ordered pipeline.
const ddBatchRows = 1024

// ddChunk is the byte range a plain file is split into when its rows are
// deduplicated: small, so that the tasks in flight hold few rows.
const ddChunk = 4 << 20

// presize sizes the key tables for about keys distinct keys, so that the
// deduplicating goroutine does not rehash them as they grow (each shard's
// first table is the power of two it would have reached).
func (d *fastDedup) presize(keys int64) {
	per := keys / ddShards * 5 / 4
	if per < 64 || per > 1<<24 {
		return
	}
	want := 1 << bitsLen(int(per))
	for i := range d.shards {
		d.shards[i].want = want
	}
}

// start starts the goroutine that deduplicates tasks' rows in order.
// Every task must be run (fastWorker.run), in this order of taking.
func (d *fastDedup) start(tasks []*fastTask, workers int) {
	if d.done != nil {
		return
	}
	for _, t := range tasks {
		t.dd = make(chan *ddBatch, 64)
	}
	d.tokens = make(chan struct{}, 2*workers)
	d.free = make(chan *ddBatch, 64)
	d.done = make(chan struct{})
	go func() {
		defer close(d.done)
		for _, t := range tasks {
			for b := range t.dd {
				for i := range b.rows {
					var x *ddAux
					if a := b.rows[i].aux; a > 0 {
						x = &b.aux[a-1]
						if x.hi > 0 {
							x.line = b.raw[x.lo:x.hi]
						}
					}
					d.addRow(&b.rows[i], x)
				}
				clear(b.aux)
				b.rows, b.aux, b.raw = b.rows[:0], b.aux[:0], b.raw[:0]
				select {
				case d.free <- b:
				default:
				}
			}
			<-d.tokens
		}
	}()
}

// take is called by a worker before it takes a task: it waits while too
// many tasks are taken and not yet deduplicated.
func (d *fastDedup) take() {
	if d != nil && d.tokens != nil {
		d.tokens <- struct{}{}
	}
}

// untake returns take's token when no task was left to take.
func (d *fastDedup) untake() {
	if d != nil && d.tokens != nil {
		<-d.tokens
	}
}

// finish waits until every task's rows are deduplicated; safe to call
// twice, and when start was not called.
func (d *fastDedup) finish() {
	if d.done == nil {
		return
	}
	<-d.done
	d.tokens, d.free = nil, nil
}

// ddWorker is one worker's side of a fastDedup: caches of the interned
// ids (a lookup takes the shared lock only for strings it has not seen)
// and, in the ordered pipeline, the batch of its current task.
type ddWorker struct {
	d          *fastDedup
	actorStrs  map[string]uint32 // → fastDedup.actorStrs' id
	actorNames map[string]uint32
	actors     fastMap       // as fastDedup.actors
	packed     fastPackedMap // short code or name, with country and name flag → actor id
	codes      map[string]uint32
	codeByFast [fastNumCodes]uint32 // fastCodeIndex → code id + 1

	out   chan *ddBatch // the current task's (nil: deduplicate at once)
	batch *ddBatch
	// loc is the ddAux.loc of the line being read (0: none)
	loc int64
}

func (d *fastDedup) worker() *ddWorker {
	return &ddWorker{d: d, actorStrs: map[string]uint32{}, actorNames: map[string]uint32{}, codes: map[string]uint32{}}
}

// begin directs the worker's rows to task t's channel (ordered pipeline).
func (dw *ddWorker) begin(t *fastTask) {
	dw.out = t.dd
}

// end sends the task's last rows and closes its channel.
func (dw *ddWorker) end() {
	if dw.out == nil {
		return
	}
	if dw.batch != nil && len(dw.batch.rows) > 0 {
		dw.out <- dw.batch
		dw.batch = nil
	}
	close(dw.out)
	dw.out = nil
}

// push deduplicates r (with x, nil for none): queued to the task's
// channel in the ordered pipeline, else at once.
func (dw *ddWorker) push(r *ddRow, x *ddAux) {
	if dw.out == nil {
		dw.d.addRow(r, x)
		return
	}
	if dw.batch == nil {
		select {
		case dw.batch = <-dw.d.free:
		default:
			dw.batch = &ddBatch{rows: make([]ddRow, 0, ddBatchRows)}
		}
	}
	b := dw.batch
	if x != nil {
		if x.line != nil {
			x.lo = int32(len(b.raw))
			b.raw = append(b.raw, x.line...)
			x.hi, x.line = int32(len(b.raw)), nil
		}
		b.aux = append(b.aux, *x)
		r.aux = int32(len(b.aux))
	}
	b.rows = append(b.rows, *r)
	if len(b.rows) == ddBatchRows {
		dw.out <- dw.batch
		dw.batch = nil
	}
}

func newFastDedup(opts *DedupOptions, ao *AggregateOptions, ids *fastIDs) *fastDedup {
	k := DedupActors
	if opts != nil {
		k = opts.Key
	}
	d := &fastDedup{key: k, weight: ao.Weight, excludeSelf: ao.ExcludeSelf, ids: ids,
		actorStrs: map[string]uint32{}, actorNames: map[string]uint32{}, codes: map[string]uint32{}}
	d.shards = new([ddShards]ddShard)
	return d
}

// internBytes and internString number strings in m.
func internBytes(m map[string]uint32, b []byte) uint32 {
	id, ok := m[string(b)]
	if !ok {
		id = uint32(len(m))
		m[string(b)] = id
	}
	return id
}

func internString(m map[string]uint32, s string) uint32 {
	id, ok := m[s]
	if !ok {
		id = uint32(len(m))
		m[s] = id
	}
	return id
}

// actorID numbers the actor (country c, -1 for none; string id str, of a
// name if name) — or of country c alone under DedupCountries.
func (dw *ddWorker) actorID(c int32, name bool, str uint32) uint32 {
	d := dw.d
	k := uint64(c+1) << 40
	if d.key == DedupActors {
		k |= uint64(str)
		if name {
			k |= 1 << 39
		}
	}
	if a, ok := dw.actors.get(k); ok {
		return uint32(a)
	}
	d.mu.Lock()
	a, ok := d.actors.get(k)
	if !ok {
		a = int32(len(d.actorCtry))
		d.actors.put(k, a)
		d.actorCtry = append(d.actorCtry, c)
	}
	d.mu.Unlock()
	dw.actors.put(k, a)
	return uint32(a)
}

// intern returns the id of s in the shared table m (cached in the
// worker's own).
func (dw *ddWorker) intern(own, m map[string]uint32, s string) uint32 {
	dw.d.mu.Lock()
	id := internString(m, s)
	dw.d.mu.Unlock()
	own[s] = id
	return id
}

// actorBytes is the actor of a GDELT row: its code, or its name when it
// has no code (as dedupKey's actorKey). Short codes and names are looked
// up packed (fastPackedMap) with the country.
func (dw *ddWorker) actorBytes(c int32, code, name []byte) uint32 {
	if dw.d.key != DedupActors {
		return dw.actorID(c, false, 0)
	}
	b, flag := code, uint32(0)
	if len(code) == 0 {
		b, flag = name, 1
	}
	k, short := packShort(b, uint32(c+1)<<1|flag)
	if short {
		if a, ok := dw.packed.get(k); ok {
			return uint32(a)
		}
	}
	strs, own := dw.d.actorStrs, dw.actorStrs
	if flag == 1 {
		strs, own = dw.d.actorNames, dw.actorNames
	}
	var id uint32
	if short { // the packed cache holds it from now on: no copy of the string in own
		dw.d.mu.Lock()
		id = internBytes(strs, b)
		dw.d.mu.Unlock()
	} else if x, ok := own[string(b)]; ok {
		id = x
	} else {
		id = dw.intern(own, strs, string(b))
	}
	a := dw.actorID(c, flag == 1, id)
	if short {
		dw.packed.put(k, int32(a))
	}
	return a
}

// actorOf is actorBytes for an Event's actor.
func (dw *ddWorker) actorOf(c int32, a *Actor) uint32 {
	if dw.d.key != DedupActors {
		return dw.actorID(c, false, 0)
	}
	if a.Code != "" {
		id, ok := dw.actorStrs[a.Code]
		if !ok {
			id = dw.intern(dw.actorStrs, dw.d.actorStrs, a.Code)
		}
		return dw.actorID(c, false, id)
	}
	id, ok := dw.actorNames[a.Name]
	if !ok {
		id = dw.intern(dw.actorNames, dw.d.actorNames, a.Name)
	}
	return dw.actorID(c, true, id)
}

// code returns the id of an event code (and PLOVER category).
func (dw *ddWorker) code(code, plover string) uint32 {
	s := code
	if plover != "" {
		s = code + "\x00" + plover
	}
	if id, ok := dw.codes[s]; ok {
		return id
	}
	d := dw.d
	d.mu.Lock()
	id, ok := d.codes[s]
	if !ok {
		id = uint32(len(d.codes))
		d.codes[s] = id
		d.codeStr = append(d.codeStr, code)
	}
	d.mu.Unlock()
	dw.codes[s] = id
	return id
}

// fastCode is code for a code of the fast path's table (no PLOVER).
func (dw *ddWorker) fastCode(ci int, code []byte) uint32 {
	if id := dw.codeByFast[ci]; id > 0 {
		return id - 1
	}
	id := dw.code(string(code), "")
	dw.codeByFast[ci] = id + 1
	return id
}

// codeString returns the code of code id.
func (d *fastDedup) codeString(id uint32) string {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.codeStr[id]
}

func ddHash(hi uint64, lo uint32) uint64 {
	h := hi*0x9e3779b97f4a7c15 ^ (uint64(lo)+0x632be59bd9b4e019)*0xbf58476d1ce4e5b9
	return h ^ h>>31
}

// ddShards is the number of independent tables the key set is split into
// (by the hash's top bits): each doubles on its own, so that growing never
// holds two copies of the whole set.
const ddShards = 256

// ddShard is one open-addressing table (linear probing, at most 4/5 full).
type ddShard struct {
	want  int // the size of the first table (presize)
	slots []ddSlot
	shift uint
	n     int
}

func (sh *ddShard) grow() {
	old := sh.slots
	size := max(2*len(old), 64, sh.want)
	sh.slots = make([]ddSlot, size)
	sh.shift = uint(64 - bitsLen(size-1))
	mask := size - 1
	for _, s := range old {
		if s.v == 0 {
			continue
		}
		i := int(ddHash(s.hi, s.lo) << 8 >> sh.shift)
		for sh.slots[i].v != 0 {
			i = (i + 1) & mask
		}
		sh.slots[i] = s
	}
}

// find returns the value word of r's key and whether the key is new (its
// word is then 0, to be set by the caller before the next find).
func (d *fastDedup) find(r *ddRow) (*uint32, bool) {
	if d.noMerge {
		d.wideV = append(d.wideV[:0], 0)
		return &d.wideV[0], true
	}
	day := r.day
	if day < 0 || day >= 1<<23 || r.code >= 1<<18 || r.srcActor >= 1<<23 {
		return d.findWide(ddWide{day, r.code, r.srcActor, r.tgtActor})
	}
	hi := uint64(day)<<41 | uint64(r.code)<<23 | uint64(r.srcActor)
	lo := r.tgtActor
	h := ddHash(hi, lo)
	sh := &d.shards[h>>56]
	if (sh.n+1)*5 > len(sh.slots)*4 {
		sh.grow()
	}
	mask := len(sh.slots) - 1
	for i := int(h << 8 >> sh.shift); ; i = (i + 1) & mask {
		s := &sh.slots[i]
		if s.v == 0 {
			s.hi, s.lo = hi, lo
			sh.n++
			return &s.v, true
		}
		if s.hi == hi && s.lo == lo {
			return &s.v, false
		}
	}
}

func (d *fastDedup) findWide(k ddWide) (*uint32, bool) {
	if d.wide == nil {
		d.wide = map[ddWide]int32{}
	}
	i, ok := d.wide[k]
	if !ok {
		i = int32(len(d.wideV))
		d.wide[k] = i
		d.wideV = append(d.wideV, 0)
	}
	return &d.wideV[i], !ok
}

func (d *fastDedup) newValues() int32 {
	if d.nvals%ddBlock == 0 {
		d.vals = append(d.vals, make([]ddValues, ddBlock))
		if d.ev != nil {
			d.codeOf = append(d.codeOf, make([]uint32, ddBlock))
		}
		if d.weight != WeightOne {
			d.counts = append(d.counts, make([]ddCounts, ddBlock))
		}
	}
	d.nvals++
	return int32(d.nvals - 1)
}

// bigOf moves group ix's sums into a ddBig (once) and returns it.
func (d *fastDedup) bigOf(ix int32, x *ddValues) *ddBig {
	if x.big() {
		return d.big[ix]
	}
	b := &ddBig{reports: int64(x.rep), toneW: int64(x.toneW)}
	if x.merged() {
		b.toneSum.addFixed(x.tone)
	}
	if d.big == nil {
		d.big = map[int32]*ddBig{}
	}
	d.big[ix] = b
	x.flags |= ddBigFlag
	return b
}

// addReport adds a report (count rc, tone) to merged group ix: Σ rc, and
// Σ rc·tone and Σ rc over known tones exactly as Sum.Add adds (rounded once
// to 1e-9, NaN and ±Inf left out).
func (d *fastDedup) addReport(ix int32, x *ddValues, rc int64, tone float64) {
	v := float64(rc) * tone
	if !x.big() {
		known := !math.IsNaN(v) && !math.IsInf(v, 0)
		u := math.Round(v * sumScale)
		fits := int64(x.rep)+rc <= math.MaxUint32
		if known {
			fits = fits && u > -0x1p63 && u < 0x1p63 && int64(x.toneW)+rc <= math.MaxUint32
			if fits {
				t := x.tone + int64(u)
				fits = (u >= 0) == (t >= x.tone)
				if fits {
					x.tone, x.toneW = t, x.toneW+uint32(rc)
				}
			}
		}
		if fits {
			x.rep += uint32(rc)
			return
		}
		d.bigOf(ix, x)
	}
	b := d.big[ix]
	b.reports += rc
	if b.toneSum.Add(v) {
		b.toneW += rc
	}
}

// reports returns group ix's Σ report counts.
func (d *fastDedup) reports(ix int32, x *ddValues) int64 {
	if x.big() {
		return d.big[ix].reports
	}
	return int64(x.rep)
}

// mergedToneOf returns group ix's tone: its event's own when it is alone,
// else the report-weighted mean of the known tones (NaN if none).
func (d *fastDedup) mergedToneOf(ix int32, x *ddValues) float64 {
	if !x.merged() {
		return math.Float64frombits(uint64(x.tone))
	}
	var sum Sum
	var w int64
	if x.big() {
		b := d.big[ix]
		sum, w = b.toneSum, b.toneW
	} else {
		sum.addFixed(x.tone)
		w = int64(x.toneW)
	}
	if w == 0 {
		return math.NaN() // no known tone (Stats skips NaN and ±Inf alike)
	}
	return mergedTone(sum, float64(w))
}

func (d *fastDedup) value(ix int32) *ddValues { return &d.vals[ix/ddBlock][ix%ddBlock] }
func (d *fastDedup) count(ix int32) *ddCounts { return &d.counts[ix/ddBlock][ix%ddBlock] }

// add deduplicates one dated event. It returns the index of its group's
// values (-1 for a group that is not aggregated) and whether the event
// started its group.
func (d *fastDedup) add(r *ddRow, date time.Time) (int32, bool) {
	d.report.In++
	vp, isNew := d.find(r)
	if isNew {
		switch {
		case r.src < 0 || r.tgt < 0:
			d.skipped.NotDyadic++
			*vp = ddNoValue
			return -1, true
		case d.excludeSelf && r.src == r.tgt:
			d.skipped.Self++
			*vp = ddNoValue
			return -1, true
		}
		ix := d.newValues()
		x := d.value(ix)
		*x = ddValues{g: r.g, q: r.q, marks: r.marks, ymd: r.ymd, src: r.src, tgt: r.tgt, tone: int64(math.Float64bits(r.tone))}
		if r.reports <= math.MaxUint32 {
			x.rep = uint32(r.reports)
		} else {
			d.bigOf(ix, x).reports = r.reports
		}
		if d.ev != nil {
			d.codeOf[ix/ddBlock][ix%ddBlock] = r.code
		}
		if d.counts != nil {
			*d.count(ix) = ddCounts{int64(max(r.mentions, 0)), int64(max(r.sources, 0)), int64(max(r.articles, 0))}
		}
		if !r.plain {
			if d.odd == nil {
				d.odd = map[int32]time.Time{}
			}
			d.odd[ix] = date
		}
		*vp = uint32(ix) + 1
		return ix, true
	}
	d.report.Merged++
	if *vp&ddMerged == 0 {
		*vp |= ddMerged
		d.report.Groups++
	}
	if *vp&^ddMerged == ddNoValue {
		return -1, false
	}
	ix := int32(*vp&^ddMerged) - 1
	x := d.value(ix)
	if !x.merged() { // the first merge: the tone becomes a sum (Deduper's start)
		t, rc := math.Float64frombits(uint64(x.tone)), d.reports(ix, x)
		x.tone, x.rep, x.toneW = 0, 0, 0
		x.flags |= ddMergedFlag
		if x.big() {
			*d.big[ix] = ddBig{}
		}
		d.addReport(ix, x, rc, t)
	}
	d.addReport(ix, x, r.reports, r.tone)
	if d.counts != nil {
		c := d.count(ix)
		c.mentions += int64(max(r.mentions, 0))
		c.sources += int64(max(r.sources, 0))
		c.articles += int64(max(r.articles, 0))
	}
	return ix, false
}

// ymdDay is ddRow.day of y·10000 + m·100 + d.
func ymdDay(ymd int32) int64 {
	return int64(ymd/10000)*512 + int64(ymd/100%100)*32 + int64(ymd%100)
}

// addEvent deduplicates an event read by a decoder (or Reader): undated
// events are never merged and go straight to undated (Table.Add counts
// them).
func (dw *ddWorker) addEvent(e *Event, ao *AggregateOptions, undated *Table) {
	d := dw.d
	if e.Date.IsZero() {
		d.undated.Add(1)
		undated.Add(e)
		return
	}
	y, m, dd := e.Date.Date()
	var x *ddAux
	r := ddRow{day: int64(y)*512 + int64(m)*32 + int64(dd), src: -1, tgt: -1,
		g: e.Goldstein, q: e.Quad, marks: cameo.Marks(e.Code), tone: e.Tone, reports: int64(e.ReportCount()),
		mentions: e.Mentions, sources: e.Sources, articles: e.Articles}
	if y >= 1 && y <= 9999 && e.Date.Location() == time.UTC && e.Date.Equal(time.Date(y, m, dd, 0, 0, 0, 0, time.UTC)) {
		r.plain, r.ymd = true, int32(y*10000+int(m)*100+dd)
	} else {
		x = &ddAux{date: e.Date}
	}
	if e.Source.Country != "" {
		r.src = d.ids.id(e.Source.Country)
	}
	if e.Target.Country != "" {
		r.tgt = d.ids.id(e.Target.Country)
	}
	r.srcActor = dw.actorOf(r.src, &e.Source)
	r.tgtActor = dw.actorOf(r.tgt, &e.Target)
	r.code = dw.code(e.Code, e.PLOVER)
	if ao.Goldstein != nil {
		r.g = ao.Goldstein.Weight(e.Code)
	}
	if ao.Quads != nil {
		r.q = ao.Quads.Quad(e.Code)
	}
	if d.ev != nil && r.src >= 0 && r.tgt >= 0 && d.ev.wants(d.orient(e.Source.Country, e.Target.Country)) {
		c := compactEvent(e)
		if x == nil {
			x = &ddAux{}
		}
		x.ev = &c
		x.loc = dw.loc
	}
	dw.push(&r, x)
}

// addRow deduplicates r and offers its event, if it has one, to the
// evidence.
func (d *fastDedup) addRow(r *ddRow, x *ddAux) {
	var date time.Time
	if x != nil {
		date = x.date
	}
	ix, first := d.add(r, date)
	if x == nil || ix < 0 {
		return
	}
	if first && d.locs != nil && locatable(x) {
		d.locs.set(ix, x.loc)
	}
	if e := x.ev; e != nil {
		d.offer(ix, first, e.Source.Country, e.Target.Country, func(day int64) string { return displayKey(day, e) }, func() Event { return *e })
	} else if x.line != nil {
		d.offer(ix, first, x.src, x.tgt, func(day int64) string {
			// displayKey of an event without text
			return strconv.FormatInt(day, 10) + "\x00\x00" + d.codeString(r.code)
		}, func() Event { return lineEvent(x.line, r, x) })
	}
}

// lineEvent is the event of a GDELT line the fast path read as r (the
// fields it shows in a report).
func lineEvent(line []byte, r *ddRow, x *ddAux) Event {
	f := bytes.Split(line, []byte{'\t'})
	e := NewEvent()
	e.ID = string(f[0])
	e.Date = ymdTime(r.ymd)
	setCode(&e, string(f[gdeltEventCode]))
	e.Source = Actor{Code: string(f[5]), Name: string(f[6]), Country: x.src}
	e.Target = Actor{Code: string(f[15]), Name: string(f[16]), Country: x.tgt}
	e.Goldstein, e.Quad, e.Tone = x.rawG, x.rawQ, r.tone
	e.Mentions, e.Sources, e.Articles = r.mentions, r.sources, r.articles
	if x.url {
		e.URL = string(f[len(f)-1])
	}
	return e
}

// orient returns the dyad of countries a, b in the aggregation's
// orientation.
func (d *fastDedup) orient(a, b string) (string, string) {
	if !d.ev.opts.Directed && b < a {
		return b, a
	}
	return a, b
}

// offer passes a report of group ix (between countries src and tgt) to
// the evidence; row builds its event when the evidence keeps it.
func (d *fastDedup) offer(ix int32, first bool, src, tgt string, keyOf func(day int64) string, row func() Event) {
	a, b := d.orient(src, tgt)
	if !d.ev.wants(a, b) {
		return
	}
	x := d.value(ix)
	date, w, _, _ := d.merged(ix)
	r := rankOf(w, x.g, d.reports(ix, x), ymdDay(x.ymd), d.codeString(d.codeOf[ix/ddBlock][ix%ddBlock]), int64(ix))
	if t, ok := d.odd[ix]; ok {
		y, m, dd := t.Date()
		r.day = int64(y)*512 + int64(m)*32 + int64(dd)
	}
	d.ev.offer(int64(ix), first, a, b, src, date, func() string { return keyOf(r.day) }, r, row)
}

// finalEvent sets the numbers of a kept event from its group: the merged
// report count, tone and (under a count weight) counts, and the first
// report's Goldstein weight and quad class (unless the aggregation
// re-weights them).
func (d *fastDedup) finalEvent(group int64, e *Event) {
	ix := int32(group)
	x := d.value(ix)
	if x.merged() {
		_, _, tone, reports := d.merged(ix)
		e.Reports, e.Tone = int(reports), tone
		if d.counts != nil {
			c := d.count(ix)
			e.Mentions, e.Sources, e.Articles = clampInt(c.mentions), clampInt(c.sources), clampInt(c.articles)
		}
	}
	if d.ev.opts.Goldstein == nil {
		e.Goldstein = x.g
	}
	if d.ev.opts.Quads == nil {
		e.Quad = x.q
	}
}

// merged returns what the merged event of group ix adds to its
// dyad-period: date, weight, tone and report count.
func (d *fastDedup) merged(ix int32) (date time.Time, w, tone float64, reports int64) {
	x := d.value(ix)
	if t, ok := d.odd[ix]; ok {
		date = t
	} else {
		date = ymdTime(x.ymd)
	}
	w = 1
	if d.counts != nil {
		c := d.count(ix)
		w = d.weight.ofCounts(clampInt(c.mentions), clampInt(c.sources), clampInt(c.articles))
	}
	return date, w, d.mergedToneOf(ix, x), d.reports(ix, x)
}

func clampInt(v int64) int {
	if v > math.MaxInt {
		return math.MaxInt
	}
	return int(v)
}

// fill adds the merged events of every aggregated group to t (whose
// options are the aggregation's) and the groups' skips to its counts. The
// sums are exact, so the order of the groups does not matter. Groups of a
// plain date and country ids below 2¹⁶ are put into rows through a
// fastMap on (dyad ids, period); when t already has rows, or some date is
// not plain, or there are more countries, every group goes through
// Table's own index.
func (d *fastDedup) fill(t *Table) {
	// The key set is not needed any more: free it before the rows are made,
	// and when it is large (releaseMin) hand its memory back to the system
	// at once (one forced collection, short: it is pointer-free). Merely
	// collecting it left its pages resident: 256 tables allocated among the
	// rest of the ingest free as many small ranges of pages, which the
	// large allocations that follow (the rows, the report's copies of them)
	// do not fit in, so they took new pages beside them — on 2M GDELT rows
	// the main job's peak was after the ingest, with ~40 MiB of the heap
	// free but resident (runtime/metrics /memory/classes/heap/free).
	var keyBytes int64
	if d.shards != nil {
		for i := range d.shards {
			keyBytes += int64(len(d.shards[i].slots)) * int64(unsafe.Sizeof(ddSlot{}))
		}
	}
	d.shards, d.wide, d.wideV = nil, nil, nil
	if keyBytes >= releaseMin {
		releaseMemory()
	}
	names := d.ids.snapshot()
	g := t.opts.Granularity
	var index fastMap
	fast := len(t.cells) == 0 && len(d.odd) == 0 && len(names) <= 1<<16
	starts := map[uint32]time.Time{}
	if !fast {
		for ix := int32(0); ix < int32(d.nvals); ix++ {
			x := d.value(ix)
			date, w, tone, reports := d.merged(ix)
			a, b := t.dyadOf(names[x.src], names[x.tgt])
			s := t.cell(a, b, g.Start(date))
			s.AddValues(EventValues{Date: date, Weight: w, Goldstein: x.g, Quad: x.q, Tone: tone, Reports: int(reports)})
			s.AddMarks(x.marks, w)
			t.added++
		}
		t.skipped.merge(d.skipped)
		return
	}
	// key of a group's row: (dyad ids in the table's order, period)
	key := func(x *ddValues) (uint64, int32, int32, uint32) {
		a, b := x.src, x.tgt
		if !t.opts.Directed && names[b] < names[a] {
			a, b = b, a
		}
		per := periodIndex(g, x.ymd)
		return uint64(a)<<48 | uint64(b)<<32 | uint64(per), a, b, per
	}
	// first the rows (allocated once), then the sums
	type rowKey struct {
		a, b int32
		per  uint32
	}
	var keys []rowKey
	for ix := int32(0); ix < int32(d.nvals); ix++ {
		k, a, b, per := key(d.value(ix))
		if _, ok := index.get(k); !ok {
			index.put(k, int32(len(keys)))
			keys = append(keys, rowKey{a, b, per})
		}
	}
	t.cells = make([]DyadPeriod, len(keys))
	t.index, t.byDyad = nil, nil
	for i, k := range keys {
		start, ok := starts[k.per]
		if !ok {
			y, m, dd := periodStart(g, k.per)
			start = time.Date(y, time.Month(m), dd, 0, 0, 0, 0, time.UTC)
			starts[k.per] = start
		}
		t.cells[i] = DyadPeriod{Dyad: Dyad{names[k.a], names[k.b]}, Start: start}
	}
	keys = nil
	// The sums, on every core: goroutine p adds the groups of the rows
	// i ≡ p (mod par), so that no two write one row; the sums are exact,
	// so the order of the groups within a row does not matter.
	par := max(1, min(runtime.GOMAXPROCS(0), 4, d.nvals/(1<<16)))
	var wg sync.WaitGroup
	for p := 0; p < par; p++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			days := map[int32]time.Time{}
			var slab markSlab // this goroutine's rows' mark sums
			for ix := int32(0); ix < int32(d.nvals); ix++ {
				x := d.value(ix)
				k, _, _, _ := key(x)
				i, _ := index.get(k)
				if int(i)%par != p {
					continue
				}
				date, w, tone, reports := d.merged(ix)
				if dd, ok := days[x.ymd]; ok {
					date = dd // one time.Time per day: the same value, shared location
				} else {
					days[x.ymd] = date
				}
				t.cells[i].Stats.AddValues(EventValues{Date: date, Weight: w, Goldstein: x.g, Quad: x.q, Tone: tone, Reports: int(reports)})
				// rows made above, seen by no one yet: no copy shares their
				// mark sums, which may be added to in place
				t.cells[i].Stats.addMarksInPlace(x.marks, w, &slab)
			}
		}()
	}
	wg.Wait()
	t.added += int64(d.nvals)
	t.skipped.merge(d.skipped)
}

// Report returns the dedup account (Out = In − Merged).
func (d *fastDedup) Report() DedupReport {
	r := d.report
	r.In += d.undated.Load()
	r.Undated += d.undated.Load()
	r.Out = r.In - r.Merged
	return r
}
