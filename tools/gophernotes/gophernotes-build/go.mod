// Build module for the gophernotes Jupyter kernel on Go 1.26.
//  - gophernotes v0.7.5: the newest gophernotes the module proxy serves here
//    (its master commits and @latest/list are refused); its source is copied
//    from the module cache and patched by patch.sh, run by ../setup.sh (=> ./gophernotes-src).
//  - gomacro 2024-05-06 (newer than v0.7.5's 2022 pin): skips generic
//    funcs/types instead of panicking on the generic std library of Go >= 1.21.
//  - x/tools v0.28.0: compiles with Go 1.26 (v0.14.0 does not) and still
//    honours gotypesalias=0 (v0.52.0 always makes *types.Alias, which gomacro rejects).
//  - godebug gotypesalias=0: gomacro cannot handle *types.Alias; baked into the binary.
module local/gophernotes-build

go 1.26

godebug gotypesalias=0

require github.com/gopherdata/gophernotes v0.7.5

require (
	github.com/cosmos72/gomacro v0.0.0-20240506194242-2ff796e3da10 // indirect
	github.com/go-zeromq/goczmq/v4 v4.2.2 // indirect
	github.com/go-zeromq/zmq4 v0.14.1 // indirect
	github.com/gofrs/uuid v4.2.0+incompatible // indirect
	github.com/mattn/go-runewidth v0.0.15 // indirect
	github.com/peterh/liner v1.2.2 // indirect
	github.com/rivo/uniseg v0.2.0 // indirect
	golang.org/x/mod v0.22.0 // indirect
	golang.org/x/sync v0.10.0 // indirect
	golang.org/x/sys v0.28.0 // indirect
	golang.org/x/tools v0.28.0 // indirect
)

replace github.com/gopherdata/gophernotes v0.7.5 => ./gophernotes-src
