package extract

import "strings"

// tableLines returns the non-blank, non-comment lines of a table.
func tableLines(src string) []string {
	var out []string
	for _, line := range strings.Split(src, "\n") {
		line = strings.TrimSpace(line)
		if line != "" && !strings.HasPrefix(line, "#") {
			out = append(out, line)
		}
	}
	return out
}

// agentSectors returns agentsTable's sectors ("GOV", "MIL", …) and, for
// each noun, its sector.
func agentSectors() (sectors map[string]bool, nouns map[string]string) {
	sectors, nouns = map[string]bool{}, map[string]string{}
	for _, line := range tableLines(agentsTable) {
		sec, list, _ := strings.Cut(line, ":")
		sec = strings.TrimSuffix(sec, "!")
		sectors[sec] = true
		for _, n := range strings.Split(list, ",") {
			if n = strings.TrimSpace(n); n != "" {
				nouns[n] = sec
			}
		}
	}
	return sectors, nouns
}
