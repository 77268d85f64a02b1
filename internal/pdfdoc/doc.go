// Package pdfdoc is the PDF plumbing that package plots (a chart drawn
// into a box of a page) and package report (the pages around the charts)
// share, so that neither exports it: a deterministic fpdf document in
// points (New, Date), the text font registered as an embedded UTF-8
// TrueType font (Font, FaceFont), and a gonum/plot vg.Canvas that draws
// into a box of a page (Canvas).
//
// Conventions:
//   - Units: New makes documents in points (1/72 inch); Canvas works in any
//     document unit, its own coordinates in points, origin at the bottom
//     left of its box, y up, as vg expects.
//   - Fonts: the Liberation Sans faces shipped with gonum/plot, embedded as
//     UTF-8 subsets (gonum/plot's own PDF backend writes cp1252 and garbles
//     other characters); text set with Font and a chart's text drawn on a
//     Canvas share one embedded font per variant.
//   - Determinism: documents are compressed with a sorted catalog; callers
//     set the creation date (Date for files without a date of their own).
//   - NaN: coordinates are the caller's; a NaN coordinate or length is
//     misuse upstream (plots never draws one) and is written as fpdf writes
//     it, not checked here.
//   - Errors are recorded in the document (doc.Error()), as fpdf does.
//     Panics: an unknown path component or a curve with more than two
//     control points (programmer misuse), with a "pdfdoc: " prefix.
package pdfdoc
