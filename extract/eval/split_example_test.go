package eval_test

import (
	"fmt"

	"github.com/entente/entente/extract/eval"
)

func ExampleSplitRecords() {
	gold := []eval.GoldRecord{
		{ID: "PLOVER-GSR01-AGREE-0001"}, {ID: "PLOVER-GSR01-AGREE-0003"},
		{ID: "PLOVER-GSR01-AGREE-0005"}, {ID: "PLOVER-GSR01-AGREE-0007"},
	}
	train, validation := eval.SplitRecords(gold)
	fmt.Println(len(train), "train:", train[0].ID, train[1].ID)
	fmt.Println(len(validation), "validation:", validation[0].ID, validation[1].ID)
	// Output:
	// 2 train: PLOVER-GSR01-AGREE-0001 PLOVER-GSR01-AGREE-0005
	// 2 validation: PLOVER-GSR01-AGREE-0003 PLOVER-GSR01-AGREE-0007
}
