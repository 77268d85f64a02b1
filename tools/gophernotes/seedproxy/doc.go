// Command seedproxy publishes a module's working tree into a file-based
// GOPROXY directory, so that `go get <module path>/...` (what the gophernotes
// kernel runs for every `import` in a notebook) resolves the unpublished
// module by its canonical path without any network.
//
// Usage:
//
//	seedproxy [-q] MODULE_DIR PROXY_DIR
//
// It prints the published module@version on stdout. The version is a
// pseudo-version v0.0.0-<UTC time>-<12 hex digits of the content hash>:
// publishing an unchanged tree again reuses the version already published
// (nothing is written), a changed tree gets a new, later version. Only the
// newest version is kept in PROXY_DIR; versions the go command already
// fetched stay in its module cache.
//
// Which files: in a git work tree, the tracked and the untracked but not
// ignored files (git ls-files --cached --others --exclude-standard), so a
// developer's uncommitted edits are published but build outputs and data
// listed in .gitignore are not; elsewhere every file under MODULE_DIR. Either
// way the module zip rules apply (golang.org/x/mod/zip): nested modules,
// vendor directories, symlinks and VCS directories are left out, and an
// invalid file name is an error naming the file.
//
// Files are written atomically (temp file + rename) and the version list
// last, so a kernel reading PROXY_DIR concurrently never sees a version
// whose files are incomplete.
//
// Exit codes: 0 success, 1 failure, 2 usage error.
package main
