package dataset

import (
	"bytes"
	"io"
	"math"
	"os"
	"sort"
)

// The first report's text of a late evidence event, without keeping every
// group's merged text.
//
// When the evidence keeps no merged text per group (IngestOptions
// EvidenceOnly or EvidenceFirstTexts), an event that enters a pool after
// its group's first report (it ranked below the m kept lines until a
// later report, or it was evicted and came back) would show the texts of
// the report it entered on. The merged text's first URL is its first
// report's (Dedup keeps the first non-empty one), and a GDELT row's only
// text is its URL: so for each group of the evidence dyads the
// deduplicator keeps where its first report's line starts in a plain file
// (ddLocs: 4 bytes a group, against a few strings for a merged text), and
// at the end reads that line again (ReadAt) for the kept events that
// entered late, and shows its URL first. The URL, and so every field a
// report shows, is then the merged event's, as when the merged texts are
// kept; the URLs list holds the first report's URL and those reported
// since the event entered (not those in between).
//
// A first report that cannot be located keeps the former behaviour (the
// event shows the URL of the report it entered on): a line of a
// compressed file, standard input, a pipe or a zip archive (no offset to
// read again), an event of another format or given as an Event (texts
// other than a URL), a first report without a URL, a line beyond 4 GB of
// the group block's first (see ddLocs.set), or a file whose size or time
// of change differs at the end of the pass from its start, or that cannot
// be opened again.

// ddLocs locates the first report of each deduplication group of the
// evidence dyads. Inputs are laid end to end: a line at offset o of input
// i has the virtual offset base[i] + o.
type ddLocs struct {
	paths   []string
	base    []int64 // virtual offset of each input's first byte
	size    []int64 // size of each plain input read in ranges (0: others)
	maxLine int     // longest line read again (ReadOptions.MaxLineBytes)
	// stat is each plain input's size and time of change when it was
	// planned: a file that changed since is not read again
	stat []os.FileInfo

	// per block of ddBlock groups (fastDedup.newValues): the virtual offset
	// of its first located group's line, and per group its first report's
	// virtual offset − that + 1 (0: not located); blocks without a located
	// group hold nil
	blockBase []int64
	delta     [][]uint32
}

// newDDLocs lays out the inputs of tasks (paths in order).
func newDDLocs(paths []string, tasks []*fastTask, maxLine int) *ddLocs {
	l := &ddLocs{paths: paths, base: make([]int64, len(paths)), size: make([]int64, len(paths)), maxLine: maxLine}
	for _, t := range tasks {
		if t.ranged {
			l.size[t.file] = max(l.size[t.file], t.end)
		}
	}
	var at int64
	l.stat = make([]os.FileInfo, len(paths))
	for i, p := range paths {
		l.base[i] = at
		at += l.size[i]
		if l.size[i] > 0 {
			if st, err := os.Stat(p); err == nil {
				l.stat[i] = st
			}
		}
	}
	return l
}

// set records loc (a virtual offset + 1; 0: none) as the first report of
// group ix.
func (l *ddLocs) set(ix int32, loc int64) {
	b := int(ix / ddBlock)
	for len(l.delta) <= b {
		l.delta = append(l.delta, nil)
		l.blockBase = append(l.blockBase, 0)
	}
	if loc <= 0 {
		return
	}
	if l.delta[b] == nil {
		l.delta[b] = make([]uint32, ddBlock)
		l.blockBase[b] = loc - 1
	}
	// rows come in input order: a block's later groups lie further on
	if d := loc - l.blockBase[b]; d > 0 && d <= math.MaxUint32 {
		l.delta[b][ix%ddBlock] = uint32(d)
	}
}

// get returns the virtual offset of group ix's first report.
func (l *ddLocs) get(ix int32) (int64, bool) {
	b := int(ix / ddBlock)
	if b >= len(l.delta) || l.delta[b] == nil || l.delta[b][ix%ddBlock] == 0 {
		return 0, false
	}
	return l.blockBase[b] + int64(l.delta[b][ix%ddBlock]) - 1, true
}

// locatable reports whether the report x (a GDELT line or event) can be
// read again for its texts: it has a location, a URL, and no other text.
func locatable(x *ddAux) bool {
	if x == nil || x.loc == 0 {
		return false
	}
	if e := x.ev; e != nil {
		return e.URL != "" && e.Description == "" && e.Reference == "" && len(e.URLs) == 0 && len(e.Evidence) == 0
	}
	if x.line == nil || !x.url {
		return false
	}
	i := bytes.LastIndexByte(x.line, '\t')
	return i >= 0 && i+1 < len(x.line)
}

// urls reads again the first report of each of groups (those located)
// and returns its URL by group. Lines that cannot be read are left out.
func (l *ddLocs) urls(groups []int64) map[int64]string {
	type want struct {
		group, off int64
	}
	var ws []want
	for _, g := range groups {
		if off, ok := l.get(int32(g)); ok {
			ws = append(ws, want{g, off})
		}
	}
	if len(ws) == 0 {
		return nil
	}
	sort.Slice(ws, func(i, j int) bool { return ws[i].off < ws[j].off })
	out := make(map[int64]string, len(ws))
	files := map[int]*os.File{}
	defer func() {
		for _, f := range files {
			f.Close()
		}
	}()
	buf := make([]byte, 4096)
	for _, w := range ws {
		// the input holding w.off: the last with base ≤ off and a size
		i := sort.Search(len(l.base), func(i int) bool { return l.base[i] > w.off }) - 1
		for i >= 0 && l.size[i] == 0 {
			i--
		}
		if i < 0 || w.off >= l.base[i]+l.size[i] {
			continue
		}
		f, ok := files[i]
		if !ok {
			var err error
			if f, err = os.Open(l.paths[i]); err != nil {
				f = nil
			} else if st, err := f.Stat(); err != nil || l.stat[i] == nil || st.Size() != l.stat[i].Size() || !st.ModTime().Equal(l.stat[i].ModTime()) {
				f.Close() // changed since it was read (or unknown): not read again
				f = nil
			}
			files[i] = f
		}
		if f == nil {
			continue
		}
		line, ok := l.readLine(f, w.off-l.base[i], &buf)
		if !ok {
			continue
		}
		line = bytes.TrimSuffix(line, []byte{'\r'})
		if t := bytes.LastIndexByte(line, '\t'); t >= 0 && t+1 < len(line) {
			out[w.group] = string(line[t+1:])
		}
	}
	return out
}

// readLine reads the line at offset off of f (without its newline).
func (l *ddLocs) readLine(f *os.File, off int64, buf *[]byte) ([]byte, bool) {
	for {
		b := *buf
		n, err := f.ReadAt(b, off)
		if i := bytes.IndexByte(b[:n], '\n'); i >= 0 {
			return b[:i], true
		}
		if err == io.EOF && n > 0 {
			return b[:n], true // the last line, without a newline
		}
		if err != nil || len(b) > l.maxLine+2 {
			return nil, false
		}
		*buf = make([]byte, 2*len(b))
	}
}
