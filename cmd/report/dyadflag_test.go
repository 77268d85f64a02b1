package main

import (
	"errors"
	"strings"
	"testing"

	"github.com/entente/entente/dataset"
)

// The -dyads check: known pairs pass, a pair of one country and unknown
// codes are usage errors that name the codes (XXX and YYY are in no code
// table; CN is ISO 3166-1 alpha-2, not alpha-3).
func TestCheckDyads(t *testing.T) {
	for _, c := range []struct {
		spec string
		want string // "" for no error, else a part of the message
	}{
		{"CHN-RUS,USA-VEN", ""},
		{"CHN-CHN", "is one country"},
		{"XXX-YYY", "XXX, YYY: not a country code"},
		{"CN-RU", "CN, RU: not a country code"},
	} {
		ds, err := dataset.ParseDyads(c.spec)
		if err != nil {
			if c.want == "" {
				t.Errorf("%s: %v", c.spec, err)
			}
			continue
		}
		err = checkDyads(ds)
		switch {
		case c.want == "" && err != nil:
			t.Errorf("%s: %v", c.spec, err)
		case c.want != "" && (err == nil || !errors.Is(err, errUsage) || !strings.Contains(err.Error(), c.want)):
			t.Errorf("%s: %v, want a usage error with %q", c.spec, err, c.want)
		}
	}
}
