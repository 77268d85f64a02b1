package dataset

import (
	"io"
	"time"

	"github.com/entente/entente/cameo"
)

// Format names an input or output format.
type Format string

const (
	FormatAuto           Format = ""                // detect from content
	FormatGDELT1         Format = "gdelt1"          // GDELT 1.0 daily/historical export, tab-separated, 57 or 58 columns, no header
	FormatGDELT2         Format = "gdelt2"          // GDELT 2.0 events export, tab-separated, 61 columns, no header
	FormatGDELT2Mentions Format = "gdelt2-mentions" // GDELT 2.0 mentions (16 columns; tab, or comma with a header)
	FormatICEWS          Format = "icews"           // ICEWS .tab with its 20-column header
	FormatPLOVER         Format = "plover"          // PLOVER / POLECAT records, JSON array or JSONL
	FormatCSV            Format = "csv"             // delimited text with a header and a column mapping (entente's own CSV included)
	FormatJSONL          Format = "jsonl"           // entente's event JSONL (or any JSONL with a column mapping)
)

// DefaultMaxSamples is the number of rejections a Report keeps by default.
const DefaultMaxSamples = 20

// DefaultMaxLineBytes is the longest line or record read by default (1 MiB).
const DefaultMaxLineBytes = 1 << 20

// ReadOptions configure a reader. A nil *ReadOptions, and every zero field,
// means the default.
type ReadOptions struct {
	// Format forces a format; FormatAuto (the default) detects it from the
	// content, after transparent .gz / .zip decompression (also detected
	// from the content, never from the file name).
	Format Format
	// Strict stops at the first bad row with its *ParseError. The default
	// (lenient) counts bad rows in the Report and goes on.
	Strict bool
	// Rejects, when set, receives every rejected row as raw text, one per
	// line, preceded by the input's header line when the format has one, so
	// the rejects file can be fixed and read again as it is.
	Rejects io.Writer
	// MaxSamples is how many rejections the Report keeps in full
	// (default DefaultMaxSamples).
	MaxSamples int
	// MaxLineBytes bounds a line or record (default DefaultMaxLineBytes);
	// longer ones are rejected with ErrLineTooLong and skipped.
	MaxLineBytes int
	// Filter drops well-formed rows (counted as filtered).
	Filter *Filter
	// Columns maps a generic CSV/TSV/JSONL file's columns to event fields;
	// nil means entente's own column names (see WriteCSV).
	Columns *ColumnMapping
	// Goldstein fills unknown Goldstein weights; nil means the format's
	// own table (ICEWS for ICEWS files, GDELT's otherwise). A file's own
	// Goldstein column, when present, is kept as given.
	Goldstein *cameo.WeightTable
	// Quads fills unknown quad classes; nil means the format's own
	// mapping (GDELT's for GDELT and generic files, ICEWS's for ICEWS,
	// PLOVER's for PLOVER files).
	Quads *cameo.QuadMapping
}

// Filter selects events. Zero fields select everything.
type Filter struct {
	From, To    time.Time // inclusive bounds on Event.Date; undated events fail a bounded filter
	Dyads       []Dyad    // keep events between these pairs, either direction
	Countries   []string  // keep events whose source or target is one of these
	RequireDyad bool      // keep only events with both countries known
	ExcludeSelf bool      // drop events whose source and target country are the same
	Roots       []string  // keep only these CAMEO roots ("04", "17")
	// Roles sets events aside by their actors' roles (role.go); nil keeps
	// every role. Commands that score relationships set
	// DefaultRoleFilter(); inspect never does.
	Roles *RoleFilter
}

// ColumnMapping names the columns of a generic file that hold each field.
// Empty names mean "absent". Date is required, and either SourceCountry
// or Source, TargetCountry or Target, and Code.
type ColumnMapping struct {
	Date, DateAdded                   string
	Source, SourceCountry, SourceName string
	SourceSector                      string
	Target, TargetCountry, TargetName string
	TargetSector                      string
	Code, Quad, Goldstein             string
	Mentions, Sources, Articles, Tone string
	Confidence, URL, ID               string
	Description, Reference, PLOVER    string
	// DateLayout is a Go time layout for Date; empty accepts YYYY-MM-DD,
	// YYYYMMDD, YYYY/MM/DD and RFC 3339.
	DateLayout string
	// Delimiter for CSV input; 0 detects tab, comma or semicolon from the
	// header line.
	Delimiter rune
}
