package pipeline

import (
	"testing"
	"time"

	"github.com/entente/entente/cameo"
	"github.com/entente/entente/dataset"
)

func TestSettingsDefaults(t *testing.T) {
	// The zero Settings are report score's defaults (weight one, dedup
	// actors, each event's own Goldstein weight and quad class, the
	// government role filter), with day periods.
	r, err := Settings{}.resolve()
	if err != nil {
		t.Fatal(err)
	}
	if r.ao != (dataset.AggregateOptions{Granularity: dataset.Day}) || !r.dedup || r.dedupBy != dataset.DedupActors ||
		r.ro.Filter == nil || r.ro.Filter.Roles == nil || r.ro.Filter.Roles.Rules[0].Name != dataset.DefaultRoleFilter().Rules[0].Name {
		t.Errorf("defaults %+v", r)
	}
	if r.dedupName() != "actors" {
		t.Errorf("dedup column %q", r.dedupName())
	}
}

func TestSettingsRolesAll(t *testing.T) {
	r, err := Settings{Roles: "all"}.resolve()
	if err != nil {
		t.Fatal(err)
	}
	if r.ro.Filter != nil {
		t.Errorf("roles all: filter %+v, want none", r.ro.Filter)
	}
	if _, err := (Settings{Roles: "nobody"}).resolve(); err == nil {
		t.Error("roles nobody: no error")
	}
}

func TestSettingsResolve(t *testing.T) {
	r, err := Settings{Period: "month", Weight: "log-sources", Goldstein: "icews", Quads: "plover", Dedup: "off", Directed: true, From: "2016-07", To: "2016", Dyads: "chn-rus"}.resolve()
	if err != nil {
		t.Fatal(err)
	}
	want := dataset.AggregateOptions{Granularity: dataset.Month, Weight: dataset.WeightLogSources, Goldstein: cameo.GoldsteinICEWS, Directed: true}
	want.Quads, _ = cameo.QuadMappingByName("plover")
	if r.ao != want || r.dedup || r.dedupName() != "off" {
		t.Errorf("options %+v", r.ao)
	}
	f := r.ro.Filter
	// -to 2016 is its last day, whole: 2016-12-31 23:59:59.999999999
	if f == nil || !f.From.Equal(time.Date(2016, 7, 1, 0, 0, 0, 0, time.UTC)) || !f.To.Equal(time.Date(2017, 1, 1, 0, 0, 0, 0, time.UTC).Add(-time.Nanosecond)) || len(f.Dyads) != 1 || f.Dyads[0] != (dataset.Dyad{A: "CHN", B: "RUS"}) {
		t.Errorf("filter %+v", f)
	}
	for _, bad := range []Settings{{Period: "fortnight"}, {Weight: "tons"}, {Goldstein: "x"}, {Quads: "x"}, {Dedup: "names"}, {Format: "xml"}, {From: "2016-13"}, {To: "soon"}, {Dyads: "CHINA"}} {
		if _, err := bad.resolve(); err == nil {
			t.Errorf("%+v: no error", bad)
		}
	}
}

func TestCellKey(t *testing.T) {
	d := dataset.Dyad{A: "NAM", B: "ZAF"} // "NA" stays a code, never missing
	start := time.Date(2024, 2, 29, 0, 0, 0, 0, time.UTC)
	gd, gs, err := parseCellKey(cellKey(d, start))
	if err != nil || gd != d || !gs.Equal(start) {
		t.Errorf("round trip: %v %v %v", gd, gs, err)
	}
	if _, _, err := parseCellKey("x"); err == nil {
		t.Error("malformed key: no error")
	}
	// shards spread dyads and are stable: FNV-1a of "NAM-ZAF" is fixed
	if a, b := shardOf(d, 8), shardOf(d, 8); a != b || a < 0 || a >= 8 {
		t.Errorf("shardOf %d %d", a, b)
	}
	if ShardName(3, 8) != "stats-00003-of-00008.csv" {
		t.Error(ShardName(3, 8))
	}
}
