// Command nbcheck checks executed notebooks the way CI does, and can save
// them: no cell error, every code cell executed, every image decodable, and
// exactly the number of images the notebook's metadata expects
// ({"entente": {"images": N}}, written by examples/notebooks/mknb).
//
// Usage:
//
//	nbcheck [-times] [-save DIR] EXECUTED.ipynb...
//
// It prints one line per notebook (cells, images, problems) and, with
// -times, each code cell's execution time (whole seconds, as gophernotes
// reports them). -save DIR writes each notebook that passed into DIR under
// its own name, atomically, without nbclient's timing metadata, so that
// saved notebooks change only when their outputs do.
//
// Exit codes: 0 all passed, 1 a notebook failed or could not be read, 2
// usage error.
package main
