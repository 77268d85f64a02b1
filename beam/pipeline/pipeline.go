package pipeline

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/local" // local paths
)

// DefaultShards is the default number of stats shards.
const DefaultShards = 8

// DefaultEvidence is the command's default Settings.Evidence: the lines
// `report` keeps per dyad-period by default (report.DefaultEvidence).
const DefaultEvidence = 10

// ErrUnreadable: some input files could not be read; their rows are not in
// the statistics (see the accounting's files.csv).
var ErrUnreadable = errors.New("some input files could not be read")

// Options configure a run. Input and Output are required.
type Options struct {
	// Input is a glob of input files ("data/*.export.CSV.zip",
	// "gs://bucket/gdelt/*.zip"), or several separated by commas.
	Input string
	// Output is the folder of the stats shards.
	Output string
	// Accounting is the folder of files.csv and rejects.csv (default
	// Output + ".accounting").
	Accounting string
	// Evidence is the folder of the evidence shards, written when
	// Settings.Evidence > 0 (default Output + ".evidence").
	Evidence string
	// Shards is the number of stats files, and of evidence files
	// (default DefaultShards).
	Shards int
	// Settings are the aggregation settings.
	Settings Settings
}

func (o *Options) accounting() string {
	if o.Accounting != "" {
		return o.Accounting
	}
	return strings.TrimSuffix(o.Output, "/") + ".accounting"
}

func (o *Options) evidence() string {
	if o.Evidence != "" {
		return o.Evidence
	}
	return strings.TrimSuffix(o.Output, "/") + ".evidence"
}

func (o *Options) shards() int {
	if o.Shards <= 0 {
		return DefaultShards
	}
	return o.Shards
}

// Match expands the input globs into a sorted list of distinct files; the
// position in it orders the files for deduplication. No match is an
// error.
func Match(ctx context.Context, input string) ([]string, error) {
	seen := map[string]bool{}
	var out []string
	for _, glob := range strings.Split(input, ",") {
		glob = strings.TrimSpace(glob)
		if glob == "" {
			continue
		}
		fs, err := filesystem.New(ctx, glob)
		if err != nil {
			return nil, fmt.Errorf("pipeline: %s: %w (gs:// needs a binary built with -tags gcs)", glob, err)
		}
		list, err := fs.List(ctx, glob)
		fs.Close()
		if err != nil {
			return nil, fmt.Errorf("pipeline: matching %s: %w", glob, err)
		}
		for _, p := range list {
			if !seen[p] {
				seen[p] = true
				out = append(out, p)
			}
		}
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("pipeline: no file matches %q", input)
	}
	sort.Strings(out)
	return out, nil
}

// Build adds the pipeline to scope s: files are the inputs in order (see
// Match).
func Build(s beam.Scope, files []string, o *Options) error {
	r, err := o.Settings.resolve()
	if err != nil {
		return err
	}
	if o.Output == "" {
		return errors.New("pipeline: no output folder")
	}
	tasks := make([]FileTask, len(files))
	for i, p := range files {
		tasks[i] = FileTask{Index: i, Path: p}
	}
	col := beam.CreateList(s.Scope("files"), tasks)
	// one file is one unit of work
	col = beam.Reshuffle(s, col)
	var cells, results, evidence beam.PCollection
	if r.dedup || r.evidence > 0 {
		var events beam.PCollection
		events, results = beam.ParDo2(s.Scope("read"), &readEventsFn{S: o.Settings}, col)
		grouped := beam.GroupByKey(s.Scope("dedup"), events)
		cells, evidence = beam.ParDo2(s.Scope("dedup"), &dedupGroupFn{S: o.Settings}, grouped)
	} else {
		cells, results = beam.ParDo2(s.Scope("aggregate"), &aggregateFileFn{S: o.Settings}, col)
	}
	merged := beam.CombinePerKey(s.Scope("merge"), &mergeStatsFn{}, cells)
	n := o.shards()
	// every shard is written, empty or not: a shard index per file keeps
	// stale shards of an earlier run from surviving under the same names
	keys := make([]int, n)
	for i := range keys {
		keys[i] = i
	}
	empty := beam.ParDo(s.Scope("shards"), &emptyShardFn{}, beam.CreateList(s.Scope("shards"), keys))
	rows := beam.ParDo(s.Scope("shards"), &toShardFn{Shards: n}, merged)
	byShard := beam.GroupByKey(s.Scope("shards"), beam.Flatten(s.Scope("shards"), rows, empty))
	beam.ParDo0(s.Scope("write"), &writeShardFn{S: o.Settings, Output: o.Output, Shards: n}, byShard)
	if r.evidence > 0 {
		pools := beam.GroupByKey(s.Scope("evidence"), evidence)
		top := beam.ParDo(s.Scope("evidence"), &topEvidenceFn{S: o.Settings, Shards: n}, pools)
		emptyEv := beam.ParDo(s.Scope("evidence"), &emptyEvidenceFn{}, beam.CreateList(s.Scope("evidence"), keys))
		evShards := beam.GroupByKey(s.Scope("evidence"), beam.Flatten(s.Scope("evidence"), top, emptyEv))
		beam.ParDo0(s.Scope("write-evidence"), &writeEvidenceFn{S: o.Settings, Evidence: o.evidence(), Shards: n}, evShards)
	}
	acc := beam.GroupByKey(s.Scope("accounting"), beam.ParDo(s.Scope("accounting"), &keyResultFn{}, results))
	beam.ParDo0(s.Scope("accounting"), &writeAccountingFn{Accounting: o.accounting()}, acc)
	return nil
}

// Run matches the inputs, runs the pipeline on the named runner ("" is
// prism, in process) and reads back the accounting. It returns the
// accounting and an error wrapping ErrUnreadable when files could not be
// read (the outputs are written all the same).
func Run(ctx context.Context, runner string, o *Options) (*Accounting, error) {
	if runner == "" {
		runner = "prism"
	}
	files, err := Match(ctx, o.Input)
	if err != nil {
		return nil, err
	}
	p, s := beam.NewPipelineWithRoot()
	if err := Build(s, files, o); err != nil {
		return nil, err
	}
	if _, err := beam.Run(ctx, runner, p); err != nil {
		return nil, fmt.Errorf("pipeline: %s: %w", runner, err)
	}
	if isLocal(o.Output) {
		if err := removeStale(o.Output, "stats", o.shards()); err != nil {
			return nil, err
		}
	}
	if isLocal(o.evidence()) && o.Settings.Evidence > 0 {
		if err := removeStale(o.evidence(), "evidence", o.shards()); err != nil {
			return nil, err
		}
	}
	acc, err := ReadAccounting(ctx, o.accounting())
	if err != nil {
		return nil, err
	}
	if len(acc.Files) != len(files) {
		return acc, fmt.Errorf("pipeline: the accounting lists %d files of %d", len(acc.Files), len(files))
	}
	if failed := acc.Failed(); len(failed) > 0 {
		return acc, fmt.Errorf("%w: %d of %d (first: %s: %s)", ErrUnreadable, len(failed), len(files), failed[0].Path, failed[0].Error)
	}
	return acc, nil
}

// removeStale deletes local shards (prefix stats or evidence) of an
// earlier run with another shard count.
func removeStale(dir, prefix string, n int) error {
	old, err := filepath.Glob(filepath.Join(dir, prefix+"-*-of-*.csv"))
	if err != nil {
		return err
	}
	for _, p := range old {
		if !strings.HasSuffix(p, fmt.Sprintf("-of-%05d.csv", n)) {
			if err := os.Remove(p); err != nil {
				return err
			}
		}
	}
	return nil
}

// Shards lists the stats files of a local output folder, sorted.
func Shards(dir string) ([]string, error) {
	return filepath.Glob(filepath.Join(dir, "stats-*-of-*.csv"))
}

// emptyShardFn makes sure every shard index has an element.
type emptyShardFn struct{}

func (emptyShardFn) ProcessElement(i int, emit func(int, ShardRow)) error {
	emit(i, ShardRow{})
	return nil
}
