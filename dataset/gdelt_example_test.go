package dataset_test

import (
	"fmt"
	"strings"

	"github.com/entente/entente/dataset"
)

// Mentions qualify GDELT 2.0 events: how many articles carried each and
// how confident GDELT was.
func ExampleAttachMentions() {
	mentions := "globaleventid,eventtimedate,mentiontimedate,mentiontype,mentionsourcename,mentionidentifier,sentenceid,actor1charoffset,actor2charoffset,actioncharoffset,inrawtext,confidence,mentiondoclen,mentiondoctone,mentiondoctranslationinfo,extras\n" +
		"669671178,20170701234500,20170701234500,1,a.example,http://a.example/1,2,10,40,30,1,100,2000,1.5,,\n" +
		"669671178,20170701234500,20170702001500,1,b.example,http://b.example/2,5,-1,12,20,0,40,900,-2,,\n"
	mr, err := dataset.NewMentionReader(strings.NewReader(mentions), "mentions.csv", nil)
	if err != nil {
		fmt.Println(err)
		return
	}
	var ms []dataset.Mention
	var m dataset.Mention
	for mr.Next(&m) == nil {
		ms = append(ms, m)
	}
	fmt.Println(mr.Report().RowsLine())

	e := dataset.NewEvent()
	e.ID = "669671178"
	events := []dataset.Event{e}
	dataset.AttachMentions(events, ms, 0)
	fmt.Println(events[0].Confidence, len(events[0].Evidence), events[0].Evidence[1].Sentence)
	// Output:
	// rows: read=2 kept=2 rejected=0 filtered=0
	// 0.7 2 4
}
