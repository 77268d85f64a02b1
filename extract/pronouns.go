package extract

// Pronouns and collectives: the mentions that refer to actors named
// elsewhere ("he", "the two leaders", "both sides", "the three countries"),
// resolved by the discourse (discourse.go).

// collectiveNouns follow "the two" / "both" in collective actor phrases.
var collectiveNouns = map[string]bool{
	"leaders": true, "sides": true, "countries": true, "nations": true, "governments": true,
	"presidents": true, "states": true, "men": true, "neighbours": true, "neighbors": true,
	"allies": true, "capitals": true, "parties": true, "delegations": true, "ministers": true,
	"heads": true, "peoples": true, "powers": true, "partners": true, "premiers": true,
}

// pronounMentions finds pronouns and collective phrases not covered by
// atoms: "he", "they", "the two leaders", "both sides", "the pair", "his
// country".
func pronounMentions(toks []token, from, to int, atoms []atom) []mention {
	covered := func(k int) bool {
		for _, a := range atoms {
			if k >= a.from && k < a.to {
				return true
			}
		}
		return false
	}
	var out []mention
	for k := from; k < to; k++ {
		t := &toks[k]
		if t.kind != tkWord || covered(k) {
			continue
		}
		switch t.low {
		case "he", "she", "him", "his", "her", "it", "its", "they", "them", "their", "we", "our", "us", "i", "my":
			if t.low == "us" && t.upper {
				continue
			}
			m := mention{from: k, to: k + 1, kind: mkPronoun, pron: t.low, head: true}
			switch t.low {
			case "his", "her", "its", "their", "our", "my":
				// "his country", "their countries": the referent's state
				if k+1 < to && (toks[k+1].low == "country" || toks[k+1].low == "countries" || toks[k+1].low == "nation" || toks[k+1].low == "government" || toks[k+1].low == "governments") {
					m.to = k + 2
					m.ofPerson = true
					k++
				} else {
					m.head = false // a determiner: "his counterpart"
				}
			}
			out = append(out, m)
		case "the", "both":
			// "the two leaders", "both sides", "the pair", "both countries"
			j := k + 1
			if t.low == "the" && j < to && (toks[j].low == "two" || toks[j].low == "both") {
				j++
			} else if t.low == "the" && j < to && toks[j].low == "pair" {
				out = append(out, mention{from: k, to: j + 1, kind: mkCollective, head: true, plural: true})
				k = j
				continue
			} else if t.low == "the" && j < to && (toks[j].low == "country" || toks[j].low == "nation") && !covered(j) && !(j+1 < to && (toks[j+1].low == "'s" || isNounish(&toks[j+1]))) {
				// "said the country was breaking off relations": the state
				// named or represented before it
				out = append(out, mention{from: k, to: j + 1, kind: mkPronoun, pron: "country", head: true})
				k = j
				continue
			} else if t.low == "the" && j+1 < to && numberWords[toks[j].low] >= 3 && numberWords[toks[j].low] <= 12 && stateNouns[toks[j+1].low] && !covered(j) {
				n := numberWords[toks[j].low]
				// "the three countries": the last three states the article
				// named
				out = append(out, mention{from: k, to: j + 2, kind: mkCollective, head: true, plural: true, count: n})
				k = j + 1
				continue
			} else if t.low == "the" {
				continue
			}
			if j < to && collectiveNouns[toks[j].low] && !covered(j) {
				end := j + 1
				if toks[j].low == "heads" && end+1 < to && toks[end].low == "of" {
					end += 2
				}
				out = append(out, mention{from: k, to: end, kind: mkCollective, head: true, plural: true})
				k = end - 1
			}
		}
	}
	return out
}

// stateNouns are the nouns of a numbered collective of states.
var stateNouns = map[string]bool{"countries": true, "nations": true, "states": true, "governments": true, "capitals": true}
