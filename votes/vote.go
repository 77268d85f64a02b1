package votes

import (
	"strconv"
	"strings"
)

// Vote is one country's vote on one roll call, in Voeten's numeric coding:
// 1 yes, 2 abstain, 3 no, 8 absent, 9 not a member. The zero value,
// Missing, means no record. Only Yes, Abstain and No are recorded votes;
// every other value is missing for the measures, never a disagreement.
type Vote int8

// Votes, Voeten's codes.
const (
	Missing   Vote = 0
	Yes       Vote = 1
	Abstain   Vote = 2
	No        Vote = 3
	Absent    Vote = 8
	NonMember Vote = 9
)

// Recorded reports whether v is a yes, an abstention or a no.
func (v Vote) Recorded() bool { return v == Yes || v == Abstain || v == No }

// String returns the word unvotes uses ("yes", "abstain", "no") or
// "absent", "non-member", "" for Missing, or the number for other values.
func (v Vote) String() string {
	switch v {
	case Missing:
		return ""
	case Yes:
		return "yes"
	case Abstain:
		return "abstain"
	case No:
		return "no"
	case Absent:
		return "absent"
	case NonMember:
		return "non-member"
	}
	return strconv.Itoa(int(v))
}

// voteWords is the one table of spellings ParseVote accepts, after lower
// casing and trimming: unvotes' words, the letters of the UN Digital
// Library's exports (Y, N, A = abstain; X = not voting), Voeten's numbers.
var voteWords = map[string]Vote{
	"yes": Yes, "y": Yes, "1": Yes, "in favour": Yes, "in favor": Yes,
	"abstain": Abstain, "abstention": Abstain, "abstained": Abstain, "a": Abstain, "2": Abstain,
	"no": No, "n": No, "3": No, "against": No,
	"absent": Absent, "x": Absent, "8": Absent, "non-voting": Absent, "not voting": Absent, "did not vote": Absent,
	"non-member": NonMember, "nonmember": NonMember, "not a member": NonMember, "9": NonMember,
}

// ParseVote reads a vote written as a word ("yes", "abstain", "no",
// "absent", "non-member", "in favour", "against"), a letter (Y, N, A for
// abstain, X for not voting) or Voeten's number (1, 2, 3, 8, 9), in any
// case. Anything else is false.
func ParseVote(s string) (Vote, bool) {
	v, ok := voteWords[strings.ToLower(strings.TrimSpace(s))]
	return v, ok
}
