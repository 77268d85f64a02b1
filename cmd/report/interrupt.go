package main

import (
	"fmt"
	"io"
	"os"
	"os/signal"
	"sync/atomic"
	"syscall"

	"github.com/entente/entente/report"
)

// exitInterrupted is the exit code after SIGINT or SIGTERM (128 + SIGINT,
// as shells report it).
const exitInterrupted = 130

// interrupting is set once a signal is being handled: from then on the
// handler alone speaks and exits (exitCode and main wait for it), so that
// the command's own failure — a write into the staging folder the handler
// just removed — neither prints a second error nor exits 1 first.
var interrupting atomic.Bool

// onInterrupt removes the staging folders of reports being written when
// the process receives SIGINT or SIGTERM, says so once on stderr and
// exits: an interrupted run leaves any previous report as it was and no
// half-written one beside it.
func onInterrupt(stderr io.Writer, exit func(int)) {
	sig := make(chan os.Signal, 1)
	signal.Notify(sig, os.Interrupt, syscall.SIGTERM)
	go func() {
		s := <-sig
		interrupting.Store(true)
		report.RemoveStaging()
		fmt.Fprintf(stderr, "report: interrupted (%v); outputs being written were removed, earlier ones kept\n", s)
		exit(exitInterrupted)
	}()
}

// waitIfInterrupted blocks for good once a signal is being handled: the
// handler exits the process with exitInterrupted.
func waitIfInterrupted() {
	if interrupting.Load() {
		select {}
	}
}
