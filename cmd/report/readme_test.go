package main

import (
	"bufio"
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// readmeCommand is one `report …` line of a README shell block.
type readmeCommand struct {
	line  int
	args  []string // after "report"
	cloud bool     // in a block marked as needing a cloud service
	stdin string   // "cat FILE | report …": FILE, read on standard input
}

// readmeCommands returns the report commands of README.md's ```sh blocks,
// comments cut, "go run ./cmd/report" read as "report". A block right
// after a line "<!-- needs a cloud service -->" is marked cloud. Lines of
// other programs (scripts/test.sh, tools/…) are returned in other.
func readmeCommands(t *testing.T, path string) (cmds []readmeCommand, other []string) {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	in, cloud, prev := false, false, ""
	for n := 1; sc.Scan(); n++ {
		l := sc.Text()
		switch {
		case !in && strings.HasPrefix(l, "```sh"):
			in, cloud = true, strings.Contains(prev, "needs a cloud service")
		case in && strings.HasPrefix(l, "```"):
			in = false
		case in:
			if i := strings.Index(l, " #"); i >= 0 {
				l = l[:i]
			}
			l = strings.TrimSpace(strings.Replace(l, "go run ./cmd/report", "report", 1))
			if l == "" {
				break
			}
			fields := strings.Fields(l)
			stdin := ""
			if len(fields) > 3 && fields[0] == "cat" && fields[2] == "|" {
				stdin, fields = fields[1], fields[3:]
			}
			if fields[0] != "report" {
				other = append(other, l)
				break
			}
			cmds = append(cmds, readmeCommand{line: n, args: fields[1:], cloud: cloud, stdin: stdin})
		}
		if strings.TrimSpace(l) != "" {
			prev = l
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return cmds, other
}

// Finding 11 of issue 15: README examples named files that are not shipped
// (articles.jsonl, events.csv, gdelt.export.CSV.zip). Every `report`
// command of the README runs here as written, in order, in a temporary
// folder: an argument naming a file of the repository is read from it, one
// under ../shared is skipped when the shared data is absent, outputs go to
// the temporary folder. Each must exit 0.
func TestREADMECommands(t *testing.T) {
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	cmds, other := readmeCommands(t, filepath.Join(root, "README.md"))
	if len(cmds) < 10 {
		t.Fatalf("found %d report commands in README.md; the parser lost some", len(cmds))
	}
	for _, o := range other {
		t.Logf("not a report command, not run here: %s", o)
	}
	t.Setenv("SOURCE_DATE_EPOCH", "1767225600") // 2026-01-01: reproducible output
	t.Chdir(t.TempDir())
	for _, c := range cmds {
		name := strings.Join(append([]string{"report"}, c.args...), " ")
		if c.cloud {
			t.Logf("README.md:%d: skipped (needs a cloud service): %s", c.line, name)
			continue
		}
		args := make([]string, len(c.args))
		missing := ""
		for i, a := range c.args {
			prevFlag := ""
			if i > 0 {
				prevFlag = c.args[i-1]
			}
			args[i] = a
			if i == 0 && commands[a] != nil {
				continue // a subcommand
			}
			if prevFlag == "-o" || prevFlag == "-rejects" {
				continue // an output: always in the temporary folder
			}
			if _, err := os.Stat(a); err == nil || strings.HasPrefix(a, "-") {
				continue // an output of an earlier command, or a flag
			}
			p := filepath.Join(root, a)
			if _, err := os.Stat(p); err == nil {
				args[i] = p
			} else if strings.HasPrefix(a, "../shared/") {
				missing = a
			}
		}
		var stdin []byte
		if c.stdin != "" {
			if stdin, err = os.ReadFile(filepath.Join(root, c.stdin)); err != nil {
				t.Errorf("README.md:%d: cat %s: %v", c.line, c.stdin, err)
				continue
			}
			name = "cat " + c.stdin + " | " + name
		}
		if missing != "" {
			t.Logf("README.md:%d: skipped (%s is absent): %s", c.line, missing, name)
			continue
		}
		var out, errb bytes.Buffer
		code := run(&env{stdin: bytes.NewReader(stdin), stdout: &out, stderr: &errb}, args)
		stderr := errb.String()
		if code != exitOK {
			t.Errorf("README.md:%d: %s: exit %d\n%s", c.line, name, code, stderr)
		}
	}
}

// The shipped examples/articles.jsonl (written by go run
// ./examples/articlesgen from the chronology's example articles) codes to
// the same events as the embedded articles: the file is current.
func TestShippedArticlesFile(t *testing.T) {
	path := filepath.Join("..", "..", "examples", "articles.jsonl")
	code, fromFile, errs := runCLI(t, false, "extract", "-q", "-format", "csv", path)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	code, embedded, errs := runCLI(t, false, "extract", "-q", "-format", "csv", embeddedArticlesInput)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	strip := func(s string) string { // the origin file differs by design
		s = strings.ReplaceAll(s, path, "")
		return strings.ReplaceAll(s, embeddedArticlesInput, "")
	}
	if strings.Count(fromFile, "\n") < 50 || strip(fromFile) != strip(embedded) {
		t.Errorf("examples/articles.jsonl is stale: run go run ./examples/articlesgen (%d vs %d lines)", strings.Count(fromFile, "\n"), strings.Count(embedded, "\n"))
	}
}

// TestDocsNoPlaceholders fails on a figure left as a placeholder in the
// user-facing documents: a bare upper-case token with an underscore
// ("EV_HOURS") outside code spans, other than the names listed (file
// names and environment variables that the text names without
// backticks).
func TestDocsNoPlaceholders(t *testing.T) {
	named := map[string]bool{"PLOVER_GSR_CAMEO": true, "HARNESS_ALL": true}
	code := regexp.MustCompile("`[^`]*`")
	token := regexp.MustCompile(`\b[A-Z][A-Z0-9]+_[A-Z0-9_]+\b`)
	for _, name := range []string{"README.md", "BENCHMARKS.md", "DEVELOPING.md"} {
		b, err := os.ReadFile(filepath.Join("..", "..", name))
		if err != nil {
			t.Fatal(err)
		}
		for i, line := range strings.Split(string(b), "\n") {
			for _, tok := range token.FindAllString(code.ReplaceAllString(line, ""), -1) {
				if !named[tok] {
					t.Errorf("%s:%d: placeholder %q", name, i+1, tok)
				}
			}
		}
	}
}
