package ipynb_test

import (
	"fmt"
	"strings"

	"github.com/entente/entente/tools/gophernotes/ipynb"
)

func ExampleRead() {
	const doc = `{"nbformat": 4, "nbformat_minor": 5, "metadata": {},
	  "cells": [{"cell_type": "code", "execution_count": 1, "id": "c01", "metadata": {},
	             "source": ["x := 40 + 2\n", "x"],
	             "outputs": [{"output_type": "execute_result", "execution_count": 1, "metadata": {},
	                          "data": {"text/plain": ["42"]}}]}]}`
	nb, err := ipynb.Read(strings.NewReader(doc), "answer.ipynb")
	if err != nil {
		fmt.Println(err)
		return
	}
	out := nb.Cells[0].Outputs[0]
	text, _ := out.DataText("text/plain")
	fmt.Printf("%s cell %s: %q → %s %s\n", nb.Cells[0].Type, nb.Cells[0].ID, nb.Cells[0].Source, out.Type, text)
	// Output:
	// code cell c01: "x := 40 + 2\nx" → execute_result 42
}
