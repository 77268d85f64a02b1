package votes

import (
	"github.com/go-gota/gota/dataframe"
	"github.com/go-gota/gota/series"
)

func dataframeEq(col string, v int) dataframe.F {
	return dataframe.F{Colname: col, Comparator: series.Eq, Comparando: v}
}

func dataframeEqS(col string, v string) dataframe.F {
	return dataframe.F{Colname: col, Comparator: series.Eq, Comparando: v}
}
