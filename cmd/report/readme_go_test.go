package main

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// readmeGoBlocks returns the ```go blocks of README.md.
func readmeGoBlocks(t *testing.T, path string) []string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var blocks []string
	for _, part := range strings.Split(string(b), "```go\n")[1:] {
		if i := strings.Index(part, "```"); i >= 0 {
			blocks = append(blocks, part[:i])
		}
	}
	return blocks
}

// Finding 11 of issue 15: the README's Go example did not compile
// (dataset.ReadFile has three results). Each ```go block is built as a
// program: its import block, then its statements as main's body, every
// variable it declares marked used. The program is laid over the module
// with `go build -overlay` (nothing is written into the repository).
func TestREADMEGoCompiles(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a program (-short)")
	}
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go tool on PATH")
	}
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	blocks := readmeGoBlocks(t, filepath.Join(root, "README.md"))
	if len(blocks) == 0 {
		t.Fatal("README.md has no ```go block")
	}
	decl := regexp.MustCompile(`(?m)^([A-Za-z_]\w*(?:, *[A-Za-z_]\w*)*) *:=`)
	for i, block := range blocks {
		imports, body := "", block
		if strings.HasPrefix(block, "import (") {
			end := strings.Index(block, "\n)\n")
			imports, body = block[:end+3], block[end+3:]
		}
		var used []string
		for _, m := range decl.FindAllStringSubmatch(body, -1) {
			for _, v := range strings.Split(m[1], ",") {
				if v = strings.TrimSpace(v); v != "_" {
					used = append(used, "_ = "+v)
				}
			}
		}
		src := "package main\n\n" + imports + "\nfunc main() {\n" + body + "\n" + strings.Join(used, "\n") + "\n}\n"
		dir := t.TempDir()
		file := filepath.Join(dir, "main.go")
		os.WriteFile(file, []byte(src), 0o644)
		target := filepath.Join(root, "cmd", "report", "testdata", "readmego", "main.go")
		ov, _ := json.Marshal(map[string]any{"Replace": map[string]string{target: file}})
		ovFile := filepath.Join(dir, "overlay.json")
		os.WriteFile(ovFile, ov, 0o644)
		cmd := exec.Command(goTool, "build", "-overlay", ovFile, "-o", filepath.Join(dir, "prog"), "./cmd/report/testdata/readmego")
		cmd.Dir = root
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Errorf("README.md Go block %d does not compile: %v\n%s\n%s", i+1, err, out, src)
		}
	}
}
