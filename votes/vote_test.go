package votes

import "testing"

// Voeten's coding (doc.go): 1 yes, 2 abstain, 3 no, 8 absent, 9 not a
// member; only the first three are recorded votes.
func TestVoteCodes(t *testing.T) {
	tests := []struct {
		v        Vote
		code     int8
		str      string
		recorded bool
	}{
		{Missing, 0, "", false},
		{Yes, 1, "yes", true},
		{Abstain, 2, "abstain", true},
		{No, 3, "no", true},
		{Absent, 8, "absent", false},
		{NonMember, 9, "non-member", false},
		{Vote(5), 5, "5", false}, // not a code: its number
	}
	for _, tt := range tests {
		if int8(tt.v) != tt.code || tt.v.String() != tt.str || tt.v.Recorded() != tt.recorded {
			t.Errorf("Vote %d: String %q Recorded %v; want %d %q %v", tt.v, tt.v.String(), tt.v.Recorded(), tt.code, tt.str, tt.recorded)
		}
	}
}

// Every word String writes reads back through ParseVote, and so does
// Voeten's number; spellings are matched case-blind and trimmed.
func TestParseVoteRoundTrip(t *testing.T) {
	for _, v := range []Vote{Yes, Abstain, No, Absent, NonMember} {
		for _, s := range []string{v.String(), " " + v.String() + "\t", string(rune('0' + v))} {
			if got, ok := ParseVote(s); !ok || got != v {
				t.Errorf("ParseVote(%q) = %v, %v; want %v", s, got, ok, v)
			}
		}
	}
	// The UN Digital Library's words and letters.
	for s, want := range map[string]Vote{"IN FAVOUR": Yes, "in favor": Yes, "Abstention": Abstain,
		"Did Not Vote": Absent, "not a member": NonMember, "n": No} {
		if got, ok := ParseVote(s); !ok || got != want {
			t.Errorf("ParseVote(%q) = %v, %v; want %v", s, got, ok, want)
		}
	}
	// No spelling maps to Missing: a blank is not a vote.
	for s, v := range voteWords {
		if v == Missing {
			t.Errorf("spelling %q maps to Missing", s)
		}
	}
}

func TestParseVote(t *testing.T) {
	for s, want := range map[string]Vote{"yes": Yes, "Y": Yes, " 1 ": Yes, "abstain": Abstain, "A": Abstain, "2": Abstain,
		"no": No, "N": No, "3": No, "X": Absent, "8": Absent, "9": NonMember, "Against": No} {
		if got, ok := ParseVote(s); !ok || got != want {
			t.Errorf("%q: %v %v", s, got, ok)
		}
	}
	for _, s := range []string{"", "4", "maybe", "NA"} {
		if _, ok := ParseVote(s); ok {
			t.Errorf("%q read as a vote", s)
		}
	}
}
