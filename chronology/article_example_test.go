package chronology_test

import (
	"fmt"

	"github.com/entente/entente/chronology"
)

func ExampleArticles() {
	articles, err := chronology.Articles()
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, a := range articles {
		fmt.Println(a.Published.Format("2006-01-02"), a.ID)
	}
	// Output:
	// 2023-09-13 001_china_venezuela_all_weather
	// 2024-05-16 002_putin_state_visit_beijing
	// 2019-01-28 003_us_sanctions_pdvsa
	// 2022-02-24 004_russia_invades_ukraine
	// 2018-07-06 005_us_china_tariffs_take_effect
	// 2024-12-18 006_india_china_special_representatives
	// 2019-06-05 007_xi_state_visit_moscow_new_era
	// 2025-05-07 008_russia_venezuela_treaty
	// 2015-07-20 009_us_cuba_restore_relations
}
