// Package plots draws entente's charts with gonum/plot: the relationship
// index over time with its uncertainty bands, the bounded relationship level
// with its six grades, the event mix per period, the event timeline, the
// alignment heatmap and small multiples of many dyads.
//
// Every chart is a *Chart: build it with a New… function, then render it
// with PNG, SVG, PDF (or WritePNG, WriteSVG, WritePDF, Save), show it in a
// notebook through HTML/PNG/SVG, or draw it into a page of an fpdf document
// with DrawPDF (what package report does).
//
// Conventions:
//   - Units: lengths are gonum/plot vg.Length (1/72 inch); chart sizes are
//     given by a Size (SizeScreen, SizePrint, or your own). Scores are on the
//     scale the model returns (Goldstein −10..10, the level −9..9).
//   - Time: the x axis is time in Unix seconds (TimeToX, XToTime), UTC.
//     A period's value is drawn at the middle of the period (a monthly value
//     at the middle of its month), bars span their whole period, and change
//     points are drawn at the start of the period they begin. Axis ticks fall
//     on calendar boundaries (CalendarTicker: days, ISO weeks, months,
//     quarters, years), never on arbitrary days.
//   - Missing data: a NaN value or band is a gap: lines and ribbons are split
//     into separate segments around it and nothing is interpolated. A NaN
//     cell of the heatmap gets its own colour, named in the colour bar.
//     Events without a Goldstein weight or a date cannot be placed on the
//     timeline; the chart says how many were left out in its note. Events
//     at the same spot (day, weight, quad class) are one dot with their
//     reports summed, and past TimelineOptions.MaxDots they are pooled by
//     week (month, …), as the note then says.
//   - Labelled events (annotations, a timeline's top events) are numbered
//     markers: a small numbered disc beside the event's point, joined to it
//     by a leader line and placed clear of the series lines, the change
//     point labels and the other discs, and a key under the plot that
//     gives each number's date and full text, wrapped, never cut. The
//     numbers follow the dates. At most SeriesOptions.MaxLabels (8) are
//     numbered, the most important (first given), fewer if the key would
//     take more than 40 % of the chart; the key says how many were.
//   - Value axes of index, level and small-multiple charts say in words
//     what their directions mean, on a second line of the axis label:
//     "← conflict (−) · (+) cooperation →" (SeriesOptions.Poles). A value
//     axis label longer than its plot is high (a small chart) is wrapped
//     onto more lines, never drawn into the title, legend or note.
//   - Bands: one series shows its 95 % and 80 % bands as two shades of
//     its colour; several series show one band each (the 80 %), a faint
//     fill with a dashed edge in the series' colour, so that overlapping
//     bands stay apart instead of mixing into a muddy colour. Legend
//     swatches are in the bands' own colours. The legend names a band by
//     what it is: the level's (model "level") are evidence bands,
//     ±z·3.6/√(N+1), not probability intervals ("evidence band", "inner
//     evidence band"); other models' are "95 % band" and "80 % band".
//   - Thin evidence (SeriesOptions.Thin, the report's rule): the line into
//     a point on thin evidence is dashed and lighter, with a "thin
//     evidence" legend entry; the value is drawn all the same.
//   - Calendar ticks are as dense as their labels allow at the chart's
//     (or panel's) width, in every format (years, quarters, months, days).
//   - An empty input is not an error: the chart is drawn with its axes and
//     a "no data" note, so a report on a quiet dyad still renders. Inputs of
//     the wrong shape (a non-square matrix, labels that do not match) return
//     an error wrapping ErrShape.
//   - Colours are colour-blind safe: Okabe–Ito for categories (series,
//     quad classes) and Paul Tol's BuRd diverging scheme for the heatmap,
//     with Tol's "bad data" yellow for missing cells. Text uses the
//     Liberation Sans fonts shipped with gonum/plot, so every Latin name
//     (Côte d'Ivoire, Türkiye, São Tomé) renders in PNG, SVG and PDF.
//   - PDF: gonum/plot's own PDF backend encodes text as cp1252 and garbles
//     other characters, so charts are written to PDF on the canvas of
//     internal/pdfdoc (codeberg.org/go-pdf/fpdf, the Liberation TrueType
//     fonts embedded as UTF-8 subsets): vector graphics, searchable text.
//     plots exports only chart API; DrawPDF draws a chart into a box of a
//     page of a document its caller owns (package report makes its
//     documents with internal/pdfdoc too, so text and charts share one
//     embedded font).
//   - SVG names the font "Liberation Sans" with the metric-compatible
//     Arimo, Arial, Helvetica and sans-serif as fallbacks, so the SVG stays
//     small and renders with the right widths without the font installed.
//   - Output is deterministic: the same input gives byte-identical PNG, SVG
//     and PDF (PDF metadata dates are fixed, see WritePDF).
//   - Panics: only programmer misuse panics, with a "plots: " prefix (a nil
//     *Chart, a negative size); data never makes a function panic.
package plots
