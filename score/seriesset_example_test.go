package score_test

import (
	"fmt"
	"os"

	"github.com/entente/entente/dataset"
	"github.com/entente/entente/score"
)

func ExampleSeriesSet_WriteCSV() {
	p, _ := score.NewPanel([]dataset.DyadPeriod{
		monthRow("CHN", "RUS", 2024, 4, 4, 6),
		monthRow("CHN", "RUS", 2024, 6, 7, 5, 6),
	}, nil)
	set, _ := score.Score(p, []dataset.Dyad{{A: "CHN", B: "RUS"}},
		[]score.Model{&score.IndexOptions{}, &score.KalmanOptions{Q: 0.5, Sigma2: 4, Observation: score.ObserveMean, Push: -1}})
	set.WriteCSV(os.Stdout)
	// Output:
	// dyad,period,model,value,lower,upper,n
	// CHN-RUS,2024-04-01,goldstein,5,,,2
	// CHN-RUS,2024-05-01,goldstein,,,,0
	// CHN-RUS,2024-06-01,goldstein,6,,,3
	// CHN-RUS,2024-04-01,kalman-mean,5,2.2281924,7.7718076,2
	// CHN-RUS,2024-05-01,kalman-mean,5,1.9010248,8.0989752,0
	// CHN-RUS,2024-06-01,kalman-mean,5.6923077,3.8092352,7.5753802,3
}

func ExampleSeriesSet_Frame() {
	p, _ := score.NewPanel([]dataset.DyadPeriod{monthRow("NA", "ZAF", 2024, 4, 4, 6)}, nil)
	set, _ := score.Score(p, []dataset.Dyad{{A: "ZAF", B: "NA"}}, []score.Model{&score.IndexOptions{}})
	df := set.Frame()
	fmt.Println(df.Names(), df.Types())
	fmt.Println(df.Col("dyad").Records(), df.Col("value").Float())
	// Output:
	// [dyad period model value lower upper n] [string string string float float float int]
	// [NA-ZAF] [5]
}
