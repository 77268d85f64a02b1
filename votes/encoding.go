package votes

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"time"
)

// The embedded encoding (unvotes.bin.gz), written by
// `go run ./votes/internal/gen` and read by Embedded. One gzip stream of:
//
//	magic    "ENTENTE-UNVOTES 1\n"
//	members  uvarint M, then M × (string name, string code) — the
//	         source's country names and ISO2 codes, sorted by name
//	rolls    uvarint R, then R roll calls sorted by rcid, each:
//	           uvarint rcid, uvarint session,
//	           uvarint date (days since 1900-01-01, plus 1; 0 unknown),
//	           byte flags: importantvote | amend<<2 | para<<4, each 2 bits
//	                 (0 unknown, 1 false, 2 true),
//	           string unres, string short, string descr,
//	           byte n, n × byte issue (index into IssueCodes()),
//	           ⌈M/4⌉ bytes of votes: member k's vote in bits 2(k mod 4)
//	                 and 2(k mod 4)+1 of byte k/4 — 0 no record, 1 yes,
//	                 2 abstain, 3 no
//
// where string is a uvarint length and the UTF-8 bytes. Absences are not
// in the source and have no code.
const encMagic = "ENTENTE-UNVOTES 1\n"

var epoch = time.Date(1900, 1, 1, 0, 0, 0, 0, time.UTC)

// member is a country as the source writes it.
type member struct{ name, code string }

// encoded is the content of the embedded file.
type encoded struct {
	members []member
	rolls   []RollCall
	votes   [][]Vote // per roll call, per member
}

func putUvarint(w *bytes.Buffer, v uint64) {
	var b [binary.MaxVarintLen64]byte
	w.Write(b[:binary.PutUvarint(b[:], v)])
}

func putString(w *bytes.Buffer, s string) {
	putUvarint(w, uint64(len(s)))
	w.WriteString(s)
}

// encode writes e in the embedded encoding, gzip'd at the best level.
func encode(e *encoded) ([]byte, error) {
	var b bytes.Buffer
	b.WriteString(encMagic)
	putUvarint(&b, uint64(len(e.members)))
	for _, m := range e.members {
		putString(&b, m.name)
		putString(&b, m.code)
	}
	putUvarint(&b, uint64(len(e.rolls)))
	issueIdx := map[string]byte{}
	for i, c := range IssueCodes() {
		issueIdx[c] = byte(i)
	}
	for i := range e.rolls {
		r := &e.rolls[i]
		putUvarint(&b, uint64(r.RCID))
		putUvarint(&b, uint64(r.Session))
		d := uint64(0)
		if !r.Date.IsZero() {
			d = uint64(r.Date.Sub(epoch)/(24*time.Hour)) + 1
		}
		putUvarint(&b, d)
		b.WriteByte(byte(r.Important) | byte(r.Amend)<<2 | byte(r.Para)<<4)
		putString(&b, r.Resolution)
		putString(&b, r.Short)
		putString(&b, r.Descr)
		b.WriteByte(byte(len(r.Issues)))
		for _, c := range r.Issues {
			k, ok := issueIdx[c]
			if !ok {
				return nil, fmt.Errorf("votes: roll call %d: unknown issue %q", r.RCID, c)
			}
			b.WriteByte(k)
		}
		packed := make([]byte, (len(e.members)+3)/4)
		for k, v := range e.votes[i] {
			var c byte
			switch v {
			case Missing:
			case Yes, Abstain, No:
				c = byte(v)
			default:
				return nil, fmt.Errorf("votes: roll call %d: vote %v cannot be encoded", r.RCID, v)
			}
			packed[k/4] |= c << (2 * (k % 4))
		}
		b.Write(packed)
	}
	var z bytes.Buffer
	zw, err := gzip.NewWriterLevel(&z, gzip.BestCompression)
	if err != nil {
		return nil, err
	}
	if _, err := zw.Write(b.Bytes()); err != nil {
		return nil, err
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return z.Bytes(), nil
}

var errCorrupt = errors.New("votes: embedded data is corrupt")

// decode reads the embedded encoding.
func decode(data []byte) (*encoded, error) {
	zr, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("%w: %v", errCorrupt, err)
	}
	r := bufio.NewReader(zr)
	magic := make([]byte, len(encMagic))
	if _, err := io.ReadFull(r, magic); err != nil || string(magic) != encMagic {
		return nil, errCorrupt
	}
	var rerr error
	uv := func() uint64 {
		v, err := binary.ReadUvarint(r)
		if err != nil && rerr == nil {
			rerr = err
		}
		return v
	}
	str := func() string {
		n := uv()
		if n > 1<<20 {
			rerr = errCorrupt
			return ""
		}
		b := make([]byte, n)
		if _, err := io.ReadFull(r, b); err != nil && rerr == nil {
			rerr = err
		}
		return string(b)
	}
	byt := func() byte {
		c, err := r.ReadByte()
		if err != nil && rerr == nil {
			rerr = err
		}
		return c
	}
	e := &encoded{}
	m := int(uv())
	if m > 10000 {
		return nil, errCorrupt
	}
	for k := 0; k < m && rerr == nil; k++ {
		e.members = append(e.members, member{str(), str()})
	}
	n := int(uv())
	if n > 1<<20 {
		return nil, errCorrupt
	}
	codes := IssueCodes()
	packed := make([]byte, (m+3)/4)
	for i := 0; i < n && rerr == nil; i++ {
		var rc RollCall
		rc.RCID = int(uv())
		rc.Session = int(uv())
		if d := uv(); d > 0 {
			rc.Date = epoch.AddDate(0, 0, int(d-1))
		}
		f := byt()
		rc.Important, rc.Amend, rc.Para = Flag(f&3), Flag(f>>2&3), Flag(f>>4&3)
		rc.Resolution, rc.Short, rc.Descr = str(), str(), str()
		for k := int(byt()); k > 0 && rerr == nil; k-- {
			x := int(byt())
			if x >= len(codes) {
				return nil, errCorrupt
			}
			rc.Issues = append(rc.Issues, codes[x])
		}
		if _, err := io.ReadFull(r, packed); err != nil && rerr == nil {
			rerr = err
		}
		vs := make([]Vote, m)
		for k := range vs {
			vs[k] = Vote(packed[k/4] >> (2 * (k % 4)) & 3)
		}
		e.rolls = append(e.rolls, rc)
		e.votes = append(e.votes, vs)
	}
	if rerr != nil {
		return nil, fmt.Errorf("%w: %v", errCorrupt, rerr)
	}
	return e, nil
}
