package extract

import (
	"go/ast"
	"go/parser"
	gotoken "go/token"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// TestNoCodeLiteralsInLogic checks that the coder's logic compares no CAMEO
// code literal: a string literal of two to four digits ("04", "042",
// "1711") may stand only in the tables (*_table.go and the generated
// lexicon_wordnet.go), never in a logic file, where comments are free to
// quote codes. The knowledge goes through codeClassTable, codeRules,
// targetRules and the lexicon.
func TestNoCodeLiteralsInLogic(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	digits := regexp.MustCompile(`^[0-9]{2,4}$`)
	fset := gotoken.NewFileSet()
	checked := 0
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") || strings.HasSuffix(name, "_table.go") {
			continue
		}
		src, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		if strings.HasPrefix(string(src), "// Code generated") {
			continue
		}
		f, err := parser.ParseFile(fset, name, src, 0)
		if err != nil {
			t.Fatal(err)
		}
		checked++
		ast.Inspect(f, func(n ast.Node) bool {
			lit, ok := n.(*ast.BasicLit)
			if !ok || lit.Kind != gotoken.STRING {
				return true
			}
			if v, err := strconv.Unquote(lit.Value); err == nil && digits.MatchString(v) {
				t.Errorf("%s: code literal %s in coder logic: put it in a table (codes_table.go)", fset.Position(lit.Pos()), lit.Value)
			}
			return true
		})
	}
	if checked < 10 {
		t.Fatalf("checked %d logic files; expected the package's sources (run in extract/)", checked)
	}
}

// TestClassOf checks the class table against the CAMEO codebook's roots:
// 042 (make a visit) is a visit and a consultation (root 04), 040 a
// meeting, 190 force, 111 criticism, 010 a statement, and 163 (embargo,
// sanctions) none of them.
func TestClassOf(t *testing.T) {
	for _, c := range []struct {
		code string
		want codeClass
		not  codeClass
	}{
		{"042", ccVisit | ccHosted | ccCooperation | ccAgentlessPair, ccMeeting | ccForce},
		{"040", ccMeeting | ccHosted, ccVisit},
		{"046", ccMeeting, ccVisit},
		{"190", ccForce | ccInPlace, ccTargetless},
		{"1723", ccInPlace, ccForce},
		{"111", ccCharges, ccAppeal},
		{"141", ccCrowd, ccForce},
		{"010", ccStatement | ccTargetless, ccCooperation},
		{"1041", ccAppeal, ccTargetless},
		{"163", 0, ccForce | ccCooperation | ccTargetless | ccAppeal},
		{"", 0, ^codeClass(0)},
	} {
		got := classOf(c.code)
		if !got.has(c.want) || got&c.not != 0 {
			t.Errorf("classOf(%q) = %b, want %b and none of %b", c.code, got, c.want, c.not)
		}
	}
}
