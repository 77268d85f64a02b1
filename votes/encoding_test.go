package votes

import (
	"bytes"
	"compress/gzip"
	"errors"
	"io"
	"reflect"
	"testing"
	"time"
)

func tinyEncoded() *encoded {
	return &encoded{
		members: []member{{"France", "FR"}, {"Russia", "RU"}},
		rolls: []RollCall{{RCID: 3, Session: 1, Date: time.Date(1900, 1, 2, 0, 0, 0, 0, time.UTC),
			Important: FlagTrue, Amend: FlagFalse, Resolution: "R", Issues: []string{"hr"}}},
		votes: [][]Vote{{Yes, No}},
	}
}

// The bytes of a one-roll-call, two-member file, written by hand from the
// layout in encoding.go's comment.
func TestEncodeLayout(t *testing.T) {
	want := []byte(encMagic)
	want = append(want, 2, 6)
	want = append(want, "France"...)
	want = append(want, 2)
	want = append(want, "FR"...)
	want = append(want, 6)
	want = append(want, "Russia"...)
	want = append(want, 2)
	want = append(want, "RU"...)
	want = append(want,
		1,    // one roll call
		3, 1, // rcid 3, session 1
		2,            // 1900-01-02: one day after the epoch, plus 1
		2|1<<2|0<<4,  // important true (2), amend false (1), para unknown (0)
		1, 'R', 0, 0, // unres "R", short "", descr ""
		1, 3, // one issue: "hr", index 3 of co di ec hr me nu
		1|3<<2, // votes: France yes (1) in bits 0–1, Russia no (3) in bits 2–3
	)
	z, err := encode(tinyEncoded())
	if err != nil {
		t.Fatal(err)
	}
	zr, err := gzip.NewReader(bytes.NewReader(z))
	if err != nil {
		t.Fatal(err)
	}
	got, err := io.ReadAll(zr)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("encoded\n%v\nwant\n%v", got, want)
	}
	back, err := decode(z)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(back, tinyEncoded()) {
		t.Errorf("round trip: %+v", back)
	}
}

// Five members need two vote bytes; undated roll calls and no issues round
// trip; absences cannot be encoded (the source has none), nor unknown issues.
func TestEncodeRoundTripAndRefusals(t *testing.T) {
	e := &encoded{
		members: []member{{"A", "AA"}, {"B", "BB"}, {"C", "CC"}, {"D", "DD"}, {"E", "EE"}},
		rolls:   []RollCall{{RCID: 1}, {RCID: 70000, Session: 74, Date: time.Date(2019, 12, 27, 0, 0, 0, 0, time.UTC), Para: FlagTrue, Issues: []string{"nu", "co"}}},
		votes:   [][]Vote{{Yes, Abstain, No, Missing, Yes}, {Missing, Missing, Missing, Missing, No}},
	}
	z, err := encode(e)
	if err != nil {
		t.Fatal(err)
	}
	back, err := decode(z)
	if err != nil || !reflect.DeepEqual(back, e) {
		t.Errorf("round trip: %+v, %v", back, err)
	}
	bad := tinyEncoded()
	bad.votes[0][1] = Absent
	if _, err := encode(bad); err == nil {
		t.Error("an absence was encoded")
	}
	bad = tinyEncoded()
	bad.rolls[0].Issues = []string{"xx"}
	if _, err := encode(bad); err == nil {
		t.Error("an unknown issue was encoded")
	}
}

// Not gzip, a wrong magic line, and a stream cut short are errCorrupt.
func TestDecodeCorrupt(t *testing.T) {
	good, err := encode(tinyEncoded())
	if err != nil {
		t.Fatal(err)
	}
	zr, _ := gzip.NewReader(bytes.NewReader(good))
	raw, _ := io.ReadAll(zr)
	gz := func(b []byte) []byte {
		var buf bytes.Buffer
		w := gzip.NewWriter(&buf)
		w.Write(b)
		w.Close()
		return buf.Bytes()
	}
	for name, data := range map[string][]byte{
		"not gzip":  []byte("ENTENTE-UNVOTES 1\n"),
		"magic":     gz(append([]byte("ENTENTE-UNVOTES 2\n"), raw[len(encMagic):]...)),
		"truncated": gz(raw[:len(raw)-1]),
		"empty":     gz(nil),
	} {
		if _, err := decode(data); !errors.Is(err, errCorrupt) {
			t.Errorf("%s: %v, want errCorrupt", name, err)
		}
	}
}
