package chronology

import (
	"bytes"
	"embed"
	"fmt"
	"io"
	"maps"
	"slices"
	"strconv"
	"sync"

	"github.com/entente/entente/dataset"
)

// Version is the dataset's version. It changes whenever a row of
// events.csv is added, removed or corrected, so that results computed on
// the chronology can say which one they used.
const Version = 7

// File is the name the embedded events carry in Origin.File, reports and
// errors: the file's path in the repository.
const File = "chronology/events.csv"

//go:embed events.csv
var eventsCSV []byte

//go:embed articles/index.tsv articles/*.txt
var articleFS embed.FS

// Name returns the dataset's name with its version, for report captions
// and provenance lines: "entente chronology v7".
func Name() string { return "entente chronology v" + strconv.Itoa(Version) }

// CSV returns a copy of the raw bytes of events.csv (UTF-8, comma-separated,
// header date,source,target,code,description,reference,source_sector,target_sector).
func CSV() []byte { return bytes.Clone(eventsCSV) }

// Open returns the raw bytes of events.csv as a stream. Closing it is a
// no-op; it is an io.ReadCloser so it can stand in for an opened file.
func Open() io.ReadCloser { return io.NopCloser(bytes.NewReader(eventsCSV)) }

// Columns returns the column mapping of events.csv for the dataset CSV
// reader: date, source and target (country codes), code, description,
// reference, and source_sector and target_sector (the actor's CAMEO type
// code when it is not the state, "OPP" for an opposition leader, "SEP" for
// separatist entities; see dataset.ActorRole).
func Columns() *dataset.ColumnMapping {
	return &dataset.ColumnMapping{
		Date:          "date",
		SourceCountry: "source",
		TargetCountry: "target",
		Code:          "code",
		Description:   "description",
		Reference:     "reference",
		SourceSector:  "source_sector",
		TargetSector:  "target_sector",
		DateLayout:    "2006-01-02",
		Delimiter:     ',',
	}
}

// readOptions completes opts for the embedded file: the CSV format and, when
// the caller gave none, the chronology's column mapping. opts itself is not
// modified.
func readOptions(opts *dataset.ReadOptions) *dataset.ReadOptions {
	var o dataset.ReadOptions
	if opts != nil {
		o = *opts
	}
	o.Format = dataset.FormatCSV
	if o.Columns == nil {
		o.Columns = Columns()
	}
	return &o
}

// NewReader returns a dataset.Reader of the embedded events, as
// dataset.NewReader does for a file named File. opts may be nil (lenient
// reading, no filter); its Format is always CSV and a nil Columns means
// Columns().
func NewReader(opts *dataset.ReadOptions) (*dataset.Reader, error) {
	return dataset.NewReader(bytes.NewReader(eventsCSV), File, readOptions(opts))
}

// Read reads the embedded events with opts (see NewReader) and returns them
// with the reader's Report, exactly as dataset.ReadEvents does for a file:
// "report inspect" uses it to describe the embedded dataset in the same
// format as any input. Filters in opts drop rows (counted as filtered).
func Read(opts *dataset.ReadOptions) ([]dataset.Event, *dataset.Report, error) {
	return dataset.ReadEvents(bytes.NewReader(eventsCSV), File, readOptions(opts))
}

// ReadAsReport reads the embedded events as the report reads them:
// government to government — dataset.DefaultRoleFilter sets aside the nine
// rows about an opposition or separatists (the data card's Roles), counted
// as filtered in the Report. Repeated reports need no merging: the
// chronology holds one row per event (dataset.Dedup merges none,
// TestReadAsReport).
func ReadAsReport() ([]dataset.Event, *dataset.Report, error) {
	return Read(&dataset.ReadOptions{Filter: &dataset.Filter{Roles: dataset.DefaultRoleFilter()}})
}

var (
	eventsOnce   sync.Once
	eventsCache  []dataset.Event
	eventsReport *dataset.Report
	eventsErr    error
)

// Events returns every event of the chronology, in file order (by date,
// then source, target and code). Every row must be kept: Events returns
// an error, and no events, if any row is rejected, filtered, or names a
// country code the country table does not know. The file is parsed once;
// each call returns a fresh copy the caller may modify.
func Events() ([]dataset.Event, error) {
	eventsOnce.Do(func() {
		eventsCache, eventsReport, eventsErr = loadEvents()
	})
	if eventsErr != nil {
		return nil, eventsErr
	}
	out := make([]dataset.Event, len(eventsCache))
	copy(out, eventsCache)
	return out, nil
}

// Report returns the Report of reading the whole chronology (rows read,
// kept, date range), or the error Events would return. Each call returns
// a copy the caller may modify.
func Report() (*dataset.Report, error) {
	if _, err := Events(); err != nil {
		return nil, err
	}
	r := *eventsReport
	r.Samples = slices.Clone(r.Samples)
	r.Reasons = maps.Clone(r.Reasons)
	r.Filters = maps.Clone(r.Filters)
	r.UnknownNames = maps.Clone(r.UnknownNames)
	r.Repairs = maps.Clone(r.Repairs)
	return &r, nil
}

// loadEvents reads the embedded file strictly: the first bad row is an
// error naming its line and field.
func loadEvents() ([]dataset.Event, *dataset.Report, error) {
	events, rep, err := Read(&dataset.ReadOptions{Strict: true})
	if err != nil {
		return nil, nil, fmt.Errorf("chronology: %w", err)
	}
	if rep.Rejected != 0 || rep.Filtered != 0 || int64(len(events)) != rep.Kept {
		return nil, nil, fmt.Errorf("chronology: %s: every row must be kept (%s)", File, rep.RowsLine())
	}
	if len(rep.UnknownNames) != 0 {
		return nil, nil, fmt.Errorf("chronology: %s: country codes not in the country table: %v", File, dataset.Sorted(rep.UnknownNames))
	}
	for i := range events {
		e := &events[i]
		if !e.CodeValid || e.Source.Country == "" || e.Target.Country == "" || e.Date.IsZero() {
			return nil, nil, fmt.Errorf("chronology: %s:%d: incomplete event (date %v, source %q, target %q, code %q)",
				File, e.Origin.Line, e.Date, e.Source.Country, e.Target.Country, e.Code)
		}
	}
	return events, rep, nil
}

// CoreDyads returns the eight relationships the chronology was built for,
// as undirected dyads: China–Russia and China–Venezuela (the relationships
// of the seed articles), the ones they are read against (China–United
// States, Russia–United States, United States–Venezuela, Russia–Venezuela)
// and two more (Russia–Ukraine, China–India). Each has at least 25 rows.
// The chronology also holds a few contrast dyads (README.md).
func CoreDyads() []dataset.Dyad {
	return []dataset.Dyad{
		{A: "CHN", B: "RUS"},
		{A: "CHN", B: "VEN"},
		{A: "CHN", B: "USA"},
		{A: "RUS", B: "USA"},
		{A: "USA", B: "VEN"},
		{A: "RUS", B: "VEN"},
		{A: "RUS", B: "UKR"},
		{A: "CHN", B: "IND"},
	}
}
