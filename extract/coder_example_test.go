package extract_test

import (
	"fmt"
	"time"

	"github.com/entente/entente/extract"
)

func ExampleCoder_Code() {
	c, err := extract.NewCoder(nil)
	if err != nil {
		panic(err)
	}
	a := extract.Article{
		ID:        "xinhua-1",
		Published: time.Date(2024, 5, 16, 0, 0, 0, 0, time.UTC),
		Title:     "Xi lauds China-Russia ties as Putin arrives in Beijing",
		Text:      "Chinese President Xi Jinping welcomed Russian President Vladimir Putin to Beijing on Thursday. The two leaders signed a joint statement.",
	}
	evs, err := c.Code(a)
	if err != nil {
		panic(err)
	}
	for _, e := range evs {
		ev := e.Evidence[0]
		fmt.Printf("%s %s→%s %s %-8s sentence %d: %q\n", e.Date.Format("2006-01-02"), e.Source.Code, e.Target.Code, e.Code, e.PLOVER, ev.Sentence, a.Document()[ev.Start:ev.End])
	}
	// Output:
	// 2024-05-16 CHNGOV→RUS 051 SUPPORT  sentence 0: "Xi lauds China-Russia"
	// 2024-05-16 RUSGOV→CHNGOV 042 CONSULT  sentence 0: "Putin arrives in Beijing"
	// 2024-05-16 CHNGOV→RUSGOV 043 CONSULT  sentence 1: "Chinese President Xi Jinping welcomed Russian President Vladimir Putin"
	// 2024-05-16 CHNGOV→RUSGOV 057 SUPPORT  sentence 2: "The two leaders signed"
	// 2024-05-16 RUSGOV→CHNGOV 057 SUPPORT  sentence 2: "The two leaders signed"
}

func ExampleCoder_CodeSentence() {
	c, _ := extract.NewCoder(nil)
	for _, s := range []string{
		"Israel threatened to ban voting if Hamas ran in the election.",
		"Relations between Russia and China are not directed against anyone.",
	} {
		evs := c.CodeSentence(s, time.Date(2006, 1, 10, 0, 0, 0, 0, time.UTC))
		fmt.Println(len(evs), "event(s):", s)
		for _, e := range evs {
			fmt.Printf("  %s→%s %s (%s)\n", e.Source.Code, e.Target.Code, e.Code, e.PLOVER)
		}
	}
	// Output:
	// 1 event(s): Israel threatened to ban voting if Hamas ran in the election.
	//   ISR→PSEREB 1322 (THREATEN)
	// 0 event(s): Relations between Russia and China are not directed against anyone.
}
