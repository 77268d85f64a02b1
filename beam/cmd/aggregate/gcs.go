//go:build gcs || dataflow

package main

// gs:// paths: built only with -tags gcs (or dataflow), because the Google
// Cloud Storage client roughly doubles the build.
import _ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/gcs"
