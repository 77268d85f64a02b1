//go:build dataflow

package main

// -runner dataflow: built only with -tags dataflow (see README.md "At
// GDELT scale").
import _ "github.com/apache/beam/sdks/v2/go/pkg/beam/runners/dataflow"
