package votes

import (
	"github.com/go-gota/gota/dataframe"
	"github.com/go-gota/gota/series"
)

// FrameColumns are the columns of Frame, in order.
var FrameColumns = []string{"rcid", "session", "date", "resolution", "important", "country", "vote", "vote_code"}

// Frame returns the recorded and absent votes (every non-Missing cell) of
// the roll calls sel keeps (nil: all) as a gota DataFrame, one row per
// country and roll call, in roll-call then country order:
//
//	rcid, session      Int (session NA when unknown)
//	date               String "YYYY-MM-DD", NA when unknown
//	resolution         String, as in the source ("R/68/262")
//	important          Int 1/0, NA when unknown
//	country            String, entente's code ("NA" is Namibia, not missing)
//	vote               String: yes, abstain, no, absent, non-member
//	vote_code          Int, Voeten's code (1, 2, 3, 8, 9)
//
// The columns are built with explicit types, never through gota's type
// detection. The whole embedded set is 870,107 rows: select first.
func (s *Set) Frame(sel *Selection) dataframe.DataFrame {
	var rcid, session, important, code []int
	var date, res, ctry, vote []string
	var sessNA, dateNA, impNA []bool
	for i := range s.RollCalls {
		rc := &s.RollCalls[i]
		if !sel.Keep(rc) {
			continue
		}
		for j, v := range s.row(i) {
			if v == Missing {
				continue
			}
			rcid = append(rcid, rc.RCID)
			session = append(session, rc.Session)
			sessNA = append(sessNA, rc.Session == 0)
			d := ""
			if !rc.Date.IsZero() {
				d = rc.Date.Format("2006-01-02")
			}
			date = append(date, d)
			dateNA = append(dateNA, d == "")
			res = append(res, rc.Resolution)
			imp := 0
			if rc.Important.True() {
				imp = 1
			}
			important = append(important, imp)
			impNA = append(impNA, rc.Important == FlagUnknown)
			ctry = append(ctry, s.Countries[j])
			vote = append(vote, v.String())
			code = append(code, int(v))
		}
	}
	intCol := func(name string, xs []int, na []bool) series.Series {
		el := make([]interface{}, len(xs))
		for k, x := range xs {
			if na != nil && na[k] {
				el[k] = nil
			} else {
				el[k] = x
			}
		}
		return series.New(el, series.Int, name)
	}
	strCol := func(name string, xs []string, na []bool) series.Series {
		sr := series.New(make([]string, len(xs)), series.String, name)
		for k, x := range xs {
			if na != nil && na[k] {
				sr.Elem(k).Set(nil)
			} else {
				sr.Elem(k).Set(x)
			}
		}
		return sr
	}
	return dataframe.New(
		intCol("rcid", rcid, nil), intCol("session", session, sessNA), strCol("date", date, dateNA),
		strCol("resolution", res, nil), intCol("important", important, impNA), strCol("country", ctry, nil),
		strCol("vote", vote, nil), intCol("vote_code", code, nil))
}
