package eval

import (
	"hash/fnv"
	"strconv"
	"strings"
)

// Split names a part of the labelled material: the part the coder's rules
// and tables may be tuned on (Train) and the part held apart to measure it
// (Validation).
type Split string

// The two parts. The zero Split is neither (all records).
const (
	Train      Split = "train"
	Validation Split = "validation"
)

// SourceKey is the source a gold record comes from: sentences of one source
// stay on one side of the split, so that a story told twice cannot be tuned
// on and measured at once. For the PLOVER gold standard every record is its
// own source (each is a separate CAMEO-manual example: the id
// "PLOVER-GSR01-AGREE-0001" is the key); for PETRARCH records the id's group
// before its number ("DEMO-00" and "DEMO-01" are the source "DEMO-0",
// "SYNSET-12a" is "SYNSET-1": the tests of one feature come in runs of ten);
// for entente's own labelled sentences the article id before "#"
// ("seed-02#4" is "seed-02").
func SourceKey(g GoldRecord) string {
	id := g.ID
	if i := strings.IndexByte(id, '#'); i >= 0 {
		return id[:i]
	}
	if strings.HasPrefix(id, "PLOVER-") {
		return id
	}
	// PETRARCH: the group and the tens digit of its number
	i := strings.LastIndexByte(id, '-')
	if i < 0 {
		return id
	}
	num := id[i+1:]
	j := 0
	for j < len(num) && num[j] >= '0' && num[j] <= '9' {
		j++
	}
	if j == 0 {
		return id
	}
	return id[:i+1] + num[:j-1]
}

// SplitOf returns the part a record belongs to. PLOVER records alternate
// within each event category by their number: the record is Validation
// when its number halved (integer division) is odd — the dev half holds
// every other record of the full file, so AGREE-0001, -0003, -0005, -0007
// fall train, validation, train, validation — which keeps every category
// on both sides. Other records go by their SourceKey: Validation when its
// 32-bit FNV-1a hash is odd, Train when it is even. The rule is fixed (no
// seed, no dependence on file order or on the other records), so a record
// keeps its side when files grow.
func SplitOf(g GoldRecord) Split {
	if n, ok := ploverNumber(g.ID); ok {
		if (n/2)%2 == 1 {
			return Validation
		}
		return Train
	}
	h := fnv.New32a()
	h.Write([]byte(SourceKey(g)))
	if h.Sum32()&1 == 1 {
		return Validation
	}
	return Train
}

// SplitRecords partitions gold records into the train and validation parts
// (SplitOf), keeping their order.
func SplitRecords(gold []GoldRecord) (train, validation []GoldRecord) {
	for _, g := range gold {
		if SplitOf(g) == Validation {
			validation = append(validation, g)
		} else {
			train = append(train, g)
		}
	}
	return train, validation
}

// ploverNumber returns the number ending a PLOVER gold id
// ("PLOVER-GSR01-AGREE-0007" → 7).
func ploverNumber(id string) (int, bool) {
	if !strings.HasPrefix(id, "PLOVER-") {
		return 0, false
	}
	i := strings.LastIndexByte(id, '-')
	n, err := strconv.Atoi(id[i+1:])
	return n, err == nil
}
