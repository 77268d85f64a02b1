package cameo

import (
	"strings"
	"testing"
	"unicode"
)

// FuzzNormalize: Normalize never panics; its flag is Valid of its result;
// a result is a fixed point (normalizing it again changes nothing); a code
// that is valid once trimmed of spaces and quotes comes back as it is; and
// a restored code only adds one leading zero.
func FuzzNormalize(f *testing.F) {
	for _, s := range []string{"042", "42", " '10' ", "\"0421\"", "421", "1", "", "0", "20", "1384", "abc", "0x1", "١٢"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out, ok := Normalize(s)
		if ok != Valid(out) {
			t.Fatalf("Normalize(%q) = %q, %v; Valid says %v", s, out, ok, Valid(out))
		}
		if again, ok2 := Normalize(out); again != out || ok2 != ok {
			t.Fatalf("Normalize(%q) = %q, %v; again %q, %v", s, out, ok, again, ok2)
		}
		trimmed := strings.TrimFunc(s, func(r rune) bool { return r == '"' || r == '\'' || unicode.IsSpace(r) })
		switch {
		case Valid(trimmed) && out != trimmed:
			t.Fatalf("Normalize(%q) = %q: changed a valid code", s, out)
		case out != trimmed && out != "0"+trimmed:
			t.Fatalf("Normalize(%q) = %q: more than a leading zero", s, out)
		case out != trimmed && !ok:
			t.Fatalf("Normalize(%q) = %q: changed to an invalid code", s, out)
		}
	})
}
