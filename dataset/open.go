package dataset

import (
	"archive/zip"
	"bufio"
	"bytes"
	"compress/flate"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"
	"syscall"
)

// Compression of an input, as detected from its first bytes (never from
// its name).
const (
	compressionNone = "none"
	compressionGzip = "gzip" // magic 1f 8b; concatenated members are read in turn
	compressionZip  = "zip"  // "PK\x03\x04" (or "PK\x05\x06", an empty archive)
)

// stdinName is the name under which "-" (standard input) is reported.
const stdinName = "<stdin>"

var (
	gzipMagic     = []byte{0x1f, 0x8b}
	zipMagic      = []byte("PK\x03\x04")
	zipEmptyMagic = []byte("PK\x05\x06")
)

// inputBufferSize is the read buffer over a file or a decompressor.
const inputBufferSize = 256 << 10

// sniffCompression peeks at the first bytes of br, without consuming them,
// and returns compressionGzip, compressionZip or compressionNone. A read
// error while peeking (an empty or unreadable input) gives
// compressionNone; the caller sees the error on its first read.
func sniffCompression(br *bufio.Reader) string {
	head, _ := br.Peek(4)
	switch {
	case bytes.HasPrefix(head, gzipMagic):
		return compressionGzip
	case bytes.HasPrefix(head, zipMagic), bytes.HasPrefix(head, zipEmptyMagic):
		return compressionZip
	}
	return compressionNone
}

// openInput opens path ("-" is standard input) and returns its content
// decompressed as one stream, with the compression detected from the
// content: compressionNone, compressionGzip or compressionZip.
//
// A zip archive's file entries are concatenated in archive order, with a
// newline added after an entry that does not end in one, so lines never
// run together across entries (directories and __MACOSX/ metadata are
// skipped; a gzip-compressed entry is decompressed too). Use openSource to
// see the entries one by one with their names ("archive.zip:entry.csv").
//
// Read errors from a damaged stream are *ParseError values naming the file
// and wrapping ErrTruncated (a gzip stream or zip entry that ends early or
// fails its checksum, a zip archive without its central directory); they
// come after every byte that could be decompressed. An error opening the
// file is returned as is (it wraps fs.ErrNotExist and friends).
func openInput(path string) (rc io.ReadCloser, compression string, err error) {
	s, err := openSource(path)
	if err != nil {
		return nil, "", err
	}
	return &concatReader{src: s}, s.compression, nil
}

// newInput is openInput for an already open reader; name is used in
// errors. Closing rc closes whatever newInput opened (a decompressor, a
// temporary copy of a zip archive read from a pipe), not r.
func newInput(r io.Reader, name string) (rc io.ReadCloser, compression string, err error) {
	s, err := newSource(r, name)
	if err != nil {
		return nil, "", err
	}
	return &concatReader{src: s}, s.compression, nil
}

// source is an opened input: a sequence of parts, each a decompressed
// stream with its own name. Plain and gzip input have one part named like
// the input; a zip archive has one part per file entry, named
// "archive.zip:entry.csv".
type source struct {
	name        string
	compression string
	// regular is true when the input is a regular file, which may be
	// opened again (the fast path splits it into byte ranges); a pipe, a
	// socket, a terminal or standard input is read once, as a stream.
	regular bool
	// entries is the number of data entries of a zip archive (-1 when
	// its central directory is unreadable and they are recovered one by
	// one); 1 for other inputs.
	entries int
	// next returns the next part. It returns io.EOF after the last part,
	// or another error (a *ParseError wrapping ErrTruncated for a
	// damaged archive) when the parts cannot be continued.
	next    func() (name string, r io.Reader, err error)
	closers []func() error
}

// Close releases everything the source opened. It is safe to call twice.
func (s *source) Close() error {
	var first error
	for i := len(s.closers) - 1; i >= 0; i-- {
		if err := s.closers[i](); err != nil && first == nil {
			first = err
		}
	}
	s.closers = nil
	return first
}

// openFile opens path for reading and returns its FileInfo; a directory
// is an error.
func openFile(path string) (*os.File, os.FileInfo, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, err
	}
	st, err := f.Stat()
	if err != nil {
		f.Close()
		return nil, nil, err
	}
	if st.IsDir() {
		f.Close()
		// as reading it would say, once, with the path
		return nil, nil, &fs.PathError{Op: "read", Path: path, Err: syscall.EISDIR}
	}
	return f, st, nil
}

// openSource opens path ("-" is standard input) as a source.
func openSource(path string) (*source, error) {
	if path == "-" {
		return newSource(os.Stdin, stdinName)
	}
	f, _, err := openFile(path)
	if err != nil {
		return nil, err
	}
	s, err := newSource(f, path)
	if err != nil {
		f.Close()
		return nil, err
	}
	s.closers = append([]func() error{f.Close}, s.closers...)
	return s, nil
}

// newSource detects the compression of r and prepares its parts. It does
// not close r.
func newSource(r io.Reader, name string) (*source, error) {
	// Remember where r starts, for random access to a zip archive.
	var base int64
	if sk, ok := r.(io.Seeker); ok {
		if off, err := sk.Seek(0, io.SeekCurrent); err == nil {
			base = off
		}
	}
	// An Input over a regular file that nothing was read from yet: its
	// head was peeked into a buffer, but ReadAt on the file still sees
	// every byte, so a zip archive needs no temporary copy.
	var at *Input
	if in, ok := r.(*Input); ok && in.regular && in.consumed == 0 {
		at = in
	}
	br := bufio.NewReaderSize(r, inputBufferSize)
	s := &source{name: name, compression: sniffCompression(br), regular: isRegular(r), entries: 1}
	switch s.compression {
	case compressionGzip:
		gz, err := gzip.NewReader(br)
		if err != nil {
			return nil, &ParseError{File: name, Err: damaged("gzip", "its header is unreadable", 0, err)}
		}
		s.closers = append(s.closers, gz.Close)
		s.next = onePart(name, &decompressed{r: gz, kind: "gzip", name: name})
	case compressionZip:
		var ra io.ReaderAt
		var size int64
		var cleanup func() error
		var err error
		if at != nil {
			ra, size = io.NewSectionReader(at.f, 0, at.size), at.size
		} else {
			ra, size, cleanup, err = randomAccess(r, br, base)
		}
		if err != nil {
			return nil, fmt.Errorf("dataset: %s: reading the zip archive: %w", name, err)
		}
		if cleanup != nil {
			s.closers = append(s.closers, cleanup)
		}
		s.next, s.entries, s.closers = zipParts(name, ra, size, s.closers)
	default:
		s.next = onePart(name, br)
	}
	return s, nil
}

func onePart(name string, r io.Reader) func() (string, io.Reader, error) {
	done := false
	return func() (string, io.Reader, error) {
		if done {
			return "", nil, io.EOF
		}
		done = true
		return name, r, nil
	}
}

// randomAccess returns r as an io.ReaderAt for archive/zip: r itself when
// it supports ReadAt and its size is known (files, bytes.Reader), else a
// temporary file holding a copy of the stream (removed by cleanup), so
// memory stays constant for archives read from a pipe.
func randomAccess(r io.Reader, br *bufio.Reader, base int64) (ra io.ReaderAt, size int64, cleanup func() error, err error) {
	if at, ok := r.(io.ReaderAt); ok {
		switch v := r.(type) {
		case *os.File:
			if st, err := v.Stat(); err == nil && st.Mode().IsRegular() {
				return io.NewSectionReader(at, base, st.Size()-base), st.Size() - base, nil, nil
			}
		case interface{ Size() int64 }:
			return io.NewSectionReader(at, base, v.Size()-base), v.Size() - base, nil, nil
		}
	}
	tmp, err := os.CreateTemp("", "entente-zip-*")
	if err != nil {
		return nil, 0, nil, err
	}
	cleanup = func() error {
		tmp.Close()
		return os.Remove(tmp.Name())
	}
	n, err := io.Copy(tmp, br)
	if err != nil {
		cleanup()
		return nil, 0, nil, err
	}
	return tmp, n, cleanup, nil
}

// zipParts lists the file entries of a zip archive. With a readable
// central directory each entry is opened through archive/zip (checksums
// verified). Without one (a truncated download) the entries are recovered
// from their local headers in file order, as far as the data goes, and
// the parts end with an error wrapping ErrTruncated.
func zipParts(name string, ra io.ReaderAt, size int64, closers []func() error) (next func() (string, io.Reader, error), entries int, _ []func() error) {
	zr, err := zip.NewReader(ra, size)
	if err != nil {
		zs := &zipStream{name: name, br: bufio.NewReaderSize(io.NewSectionReader(ra, 0, size), inputBufferSize), cause: err}
		return zs.next, -1, closers
	}
	var files []*zip.File
	for _, f := range zr.File {
		if skipZipEntry(f.Name) {
			continue
		}
		files = append(files, f)
	}
	i := 0
	var cur io.ReadCloser
	closeCur := func() error {
		if cur == nil {
			return nil
		}
		err := cur.Close()
		cur = nil
		return err
	}
	closers = append(closers, closeCur)
	next = func() (string, io.Reader, error) {
		closeCur()
		if i >= len(files) {
			return "", nil, io.EOF
		}
		f := files[i]
		i++
		part := name + ":" + f.Name
		rc, err := f.Open()
		if err != nil {
			if errors.Is(err, zip.ErrAlgorithm) {
				return "", nil, &ParseError{File: part, Err: fmt.Errorf("%w: zip entry uses compression method %d, which is not supported (only stored and deflated entries are)", ErrUnknownFormat, f.Method)}
			}
			return "", nil, &ParseError{File: part, Err: damaged("zip entry", "cannot be opened", 0, err)}
		}
		cur = rc
		r, err := maybeGunzip(&decompressed{r: rc, kind: "zip entry", name: part}, part)
		if err != nil {
			return "", nil, err
		}
		return part, r, nil
	}
	return next, len(files), closers
}

// skipZipEntry reports whether an archive entry is not data: directories
// and the resource forks macOS adds under __MACOSX/.
func skipZipEntry(name string) bool {
	if strings.HasSuffix(name, "/") || strings.HasPrefix(name, "__MACOSX/") {
		return true
	}
	base := name[strings.LastIndexByte(name, '/')+1:]
	return strings.HasPrefix(base, "._")
}

// maybeGunzip decompresses a gzip-compressed zip entry ("events.tsv.gz"
// inside an archive); other entries are returned buffered as they are.
func maybeGunzip(r io.Reader, name string) (io.Reader, error) {
	br := bufio.NewReaderSize(r, inputBufferSize)
	if sniffCompression(br) != compressionGzip {
		return br, nil
	}
	gz, err := gzip.NewReader(br)
	if err != nil {
		if pe := (*ParseError)(nil); errors.As(err, &pe) {
			return nil, pe
		}
		return nil, &ParseError{File: name, Err: damaged("gzip", "its header is unreadable", 0, err)}
	}
	return &decompressed{r: gz, kind: "gzip", name: name}, nil
}

// damaged wraps a decompression error as ErrTruncated with what happened.
func damaged(kind, what string, n int64, err error) error {
	detail := err.Error()
	switch {
	case errors.Is(err, io.ErrUnexpectedEOF), errors.Is(err, io.EOF):
		detail = "unexpected end of data"
	case errors.Is(err, gzip.ErrChecksum), errors.Is(err, zip.ErrChecksum):
		detail = "checksum mismatch"
	}
	if what == "" {
		what = fmt.Sprintf("is damaged after %d decompressed bytes", n)
	}
	return fmt.Errorf("%w: %s %s (%s); the rows before it were read", ErrTruncated, kind, what, detail)
}

// decompressed wraps a decompressor so that its errors name the input and
// wrap ErrTruncated. Errors that are already *ParseError pass unchanged.
type decompressed struct {
	r    io.Reader
	kind string
	name string
	n    int64
}

func (d *decompressed) Read(p []byte) (int, error) {
	n, err := d.r.Read(p)
	d.n += int64(n)
	if err != nil && err != io.EOF {
		var pe *ParseError
		if !errors.As(err, &pe) {
			err = &ParseError{File: d.name, Err: damaged(d.kind, "", d.n, err)}
		}
	}
	return n, err
}

// zipStream recovers the entries of a zip archive whose central directory
// is missing or unreadable by walking the local file headers.
type zipStream struct {
	name  string
	br    *bufio.Reader
	cause error // why the central directory could not be used

	cur        io.Reader // current entry's data
	descriptor bool      // current entry is followed by a data descriptor
	entries    int
	done       bool
}

const zipLocalHeaderLen = 30

func (z *zipStream) fail(what string, err error) (string, io.Reader, error) {
	z.done = true
	return "", nil, &ParseError{File: z.name, Err: fmt.Errorf("%w: zip archive %s after %d entries (%v; central directory: %v)",
		ErrTruncated, what, z.entries, err, z.cause)}
}

func (z *zipStream) next() (string, io.Reader, error) {
	for {
		if z.done {
			return "", nil, io.EOF
		}
		if z.cur != nil {
			if _, err := io.Copy(io.Discard, z.cur); err != nil {
				return z.fail("ends inside an entry", err)
			}
			z.cur = nil
			if z.descriptor {
				if err := z.skipDescriptor(); err != nil {
					return z.fail("ends inside a data descriptor", err)
				}
			}
		}
		var hdr [zipLocalHeaderLen]byte
		if _, err := io.ReadFull(z.br, hdr[:4]); err != nil {
			if err == io.EOF && z.entries == 0 {
				return z.fail("is empty", err)
			}
			return z.fail("ends before its central directory", err)
		}
		sig := binary.LittleEndian.Uint32(hdr[:4])
		switch sig {
		case 0x04034b50: // local file header
		case 0x02014b50, 0x06054b50: // central directory reached: all entries were complete
			return z.fail("has a damaged central directory", errors.New("entries recovered from local headers"))
		default:
			return z.fail("has garbage where an entry header should be", fmt.Errorf("signature %08x", sig))
		}
		if _, err := io.ReadFull(z.br, hdr[4:]); err != nil {
			return z.fail("ends inside an entry header", err)
		}
		flags := binary.LittleEndian.Uint16(hdr[6:])
		method := binary.LittleEndian.Uint16(hdr[8:])
		csize := int64(binary.LittleEndian.Uint32(hdr[18:]))
		nameLen := int(binary.LittleEndian.Uint16(hdr[26:]))
		extraLen := int(binary.LittleEndian.Uint16(hdr[28:]))
		nameBuf := make([]byte, nameLen)
		if _, err := io.ReadFull(z.br, nameBuf); err != nil {
			return z.fail("ends inside an entry name", err)
		}
		if _, err := z.br.Discard(extraLen); err != nil {
			return z.fail("ends inside an entry header", err)
		}
		entry := string(nameBuf)
		part := z.name + ":" + entry
		z.descriptor = flags&0x8 != 0
		if flags&0x1 != 0 {
			z.done = true
			return "", nil, &ParseError{File: part, Err: fmt.Errorf("%w: encrypted zip entries are not supported", ErrUnknownFormat)}
		}
		switch method {
		case zip.Store:
			if z.descriptor && csize == 0 {
				return z.fail("has a stored entry of unknown size", errors.New("cannot be recovered without the central directory"))
			}
			z.cur = io.LimitReader(z.br, csize)
		case zip.Deflate:
			// flate reads exactly its stream from a bufio.Reader (an
			// io.ByteReader), leaving z.br at the end of the entry.
			z.cur = flate.NewReader(z.br)
		default:
			z.done = true
			return "", nil, &ParseError{File: part, Err: fmt.Errorf("%w: zip entry uses compression method %d, which is not supported", ErrUnknownFormat, method)}
		}
		z.entries++
		if skipZipEntry(entry) {
			continue
		}
		r, err := maybeGunzip(&decompressed{r: z.cur, kind: "zip entry", name: part}, part)
		if err != nil {
			z.done = true
			return "", nil, err
		}
		return part, r, nil
	}
}

// skipDescriptor skips the data descriptor after an entry: CRC-32 and the
// two sizes, with or without the optional signature (12 or 16 bytes; zip64
// descriptors are not recovered).
func (z *zipStream) skipDescriptor() error {
	head, err := z.br.Peek(4)
	if err != nil {
		return err
	}
	n := 12
	if binary.LittleEndian.Uint32(head) == 0x08074b50 {
		n = 16
	}
	_, err = z.br.Discard(n)
	return err
}

// concatReader reads the parts of a source as one stream, adding a
// newline between parts when one does not end with a newline.
type concatReader struct {
	src     *source
	cur     io.Reader
	last    byte // last byte delivered from the current part
	pending bool // a separating newline is owed before the next part
	err     error
}

func (c *concatReader) Read(p []byte) (int, error) {
	if len(p) == 0 {
		return 0, nil
	}
	for {
		if c.err != nil {
			return 0, c.err
		}
		if c.cur == nil {
			_, r, err := c.src.next()
			if err != nil {
				c.err = err
				continue
			}
			c.cur, c.last = r, 0
		}
		if c.pending {
			c.pending = false
			p[0] = '\n'
			return 1, nil
		}
		n, err := c.cur.Read(p)
		if n > 0 {
			c.last = p[n-1]
		}
		if err == io.EOF {
			c.pending = c.last != 0 && c.last != '\n'
			c.cur = nil
			err = nil
		}
		if n > 0 || err != nil {
			return n, err
		}
	}
}

// Close releases the source.
func (c *concatReader) Close() error { return c.src.Close() }
