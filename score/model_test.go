package score

import (
	"errors"
	"strings"
	"testing"
)

func TestModelByName(t *testing.T) {
	for _, name := range ModelNames() {
		m, err := ModelByName(name)
		if err != nil {
			t.Fatal(err)
		}
		if m.Name() != name {
			t.Errorf("ModelByName(%q).Name() = %q", name, m.Name())
		}
		if ModelAbout(name) == "" {
			t.Errorf("%q has no description", name)
		}
	}
	if m, err := ModelByName(" Kalman "); err != nil || m.Name() != "kalman" {
		t.Errorf("case and spaces: %v %v", m, err)
	}
	_, err := ModelByName("tsinghua")
	if !errors.Is(err, ErrUnknownModel) || !strings.Contains(err.Error(), "goldstein") {
		t.Errorf("err = %v", err)
	}
	for _, need := range []string{"goldstein", "netcoop", "level", "kalman"} {
		if _, err := ModelByName(need); err != nil {
			t.Errorf("issue 4 requires model %q", need)
		}
	}
}

func FuzzModelByName(f *testing.F) {
	for _, n := range ModelNames() {
		f.Add(n)
	}
	f.Add("")
	f.Add("share-")
	f.Fuzz(func(t *testing.T, name string) {
		m, err := ModelByName(name)
		if err != nil {
			if !errors.Is(err, ErrUnknownModel) {
				t.Fatalf("error %v does not wrap ErrUnknownModel", err)
			}
			return
		}
		if m.Name() != strings.ToLower(strings.TrimSpace(name)) {
			t.Fatalf("ModelByName(%q) named %q", name, m.Name())
		}
	})
}
