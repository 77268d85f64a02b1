package score

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"math"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/go-gota/gota/dataframe"
	"github.com/go-gota/gota/series"
	"gonum.org/v1/gonum/blas/blas64"
	"gonum.org/v1/gonum/mat"
)

// Alignment methods (AlignOptions.Method).
const (
	MethodS       = "s"       // Signorino–Ritter S, absolute distance
	MethodS2      = "s2"      // Signorino–Ritter S, squared distance
	MethodPearson = "pearson" // Pearson correlation
	MethodCosine  = "cosine"  // cosine similarity
	MethodKappa   = "kappa"   // Cohen's κ on the sign of relations
)

// Methods returns the alignment methods.
func Methods() []string {
	return []string{MethodS, MethodS2, MethodPearson, MethodCosine, MethodKappa}
}

// DefaultMinCommon is the number of third countries two profiles must
// share for their alignment to be computed.
const DefaultMinCommon = 3

// AlignOptions configure Align. A nil *AlignOptions, and every zero field,
// means the default: the S-score with absolute distances, equal weights,
// the index's natural range, at least three shared third countries.
//
// For two row countries A and B in a period, the shared third countries
// are the columns k ≠ A, B where both profiles have a value; with x_k and
// y_k their values, w_k the weight of k and W = Σ w_k over them:
//
//	s        S  = 1 − 2·Σ w_k |x_k − y_k| / (W·R)
//	s2       S² = 1 − 2·Σ w_k (x_k − y_k)² / (W·R²)
//	pearson  r  = (W·Σwxy − Σwx·Σwy) / √((W·Σwx² − (Σwx)²)(W·Σwy² − (Σwy)²))
//	cosine   c  = Σwxy / √(Σwx² · Σwy²)
//	kappa    κ  = (p_o − p_e) / (1 − p_e)
//
// R is the largest possible distance between two values (Signorino and
// Ritter's d_max per third country). For κ each value is read as hostile
// (x < −Neutral), neutral or friendly (x > Neutral); p_o is the weighted
// share of third countries A and B read alike and p_e = Σ_c p_A(c)·p_B(c)
// the share expected by chance from their marginals. Every method is 1 for
// identical profiles and at most 1; S is at least −1.
//
// NaN where not computable: fewer than MinCommon shared third countries;
// R = 0 (S); a profile without variance (Pearson) or with zero norm
// (cosine) over the shared countries; p_e = 1, both profiles wholly in
// one and the same class (κ).
type AlignOptions struct {
	// Method is one of Methods (default MethodS).
	Method string
	// Weights weigh the third countries (one per Profiles.Cols, not
	// negative) — the weighted variants; nil weighs them equally.
	Weights []float64
	// WeightByVolume weighs each third country by its event volume in the
	// period (Profiles.Volume): busy countries count more. It multiplies
	// Weights when both are set.
	WeightByVolume bool
	// Range is R for the S-scores (default: Profiles.Hi − Profiles.Lo,
	// or, when that is not finite, the range of the period's values).
	Range float64
	// MinCommon is the smallest number of shared third countries
	// (default DefaultMinCommon = 3).
	MinCommon int
	// Neutral is κ's neutral band: values in [−Neutral, Neutral] are
	// neutral (default 0: only exact zeros).
	Neutral float64
	// Workers is the number of periods computed at once by Align
	// (default GOMAXPROCS).
	Workers int
}

func (o *AlignOptions) options(p *Profiles) (AlignOptions, error) {
	var opt AlignOptions
	if o != nil {
		opt = *o
	}
	if opt.Method == "" {
		opt.Method = MethodS
	}
	opt.Method = strings.ToLower(opt.Method)
	switch opt.Method {
	case MethodS, MethodS2, MethodPearson, MethodCosine, MethodKappa:
	default:
		return opt, fmt.Errorf("score: %w %q (want %s)", ErrUnknownMethod, opt.Method, strings.Join(Methods(), ", "))
	}
	if opt.Weights != nil {
		if len(opt.Weights) != len(p.Cols) {
			panic(fmt.Sprintf("score: AlignOptions.Weights has %d weights for %d third countries", len(opt.Weights), len(p.Cols)))
		}
		for _, w := range opt.Weights {
			if !(w >= 0) || math.IsInf(w, 0) {
				panic("score: AlignOptions.Weights must be finite and not negative")
			}
		}
	}
	if opt.MinCommon == 0 {
		opt.MinCommon = DefaultMinCommon
	}
	if opt.MinCommon < 1 {
		opt.MinCommon = 1
	}
	if !(opt.Range >= 0) || !(opt.Neutral >= 0) {
		panic("score: AlignOptions.Range and Neutral must not be negative")
	}
	if opt.Workers <= 0 {
		opt.Workers = runtime.GOMAXPROCS(0)
	}
	return opt, nil
}

// AlignmentMatrix is the alignment of every pair of Countries (the
// profiles' rows) in one period. Values is symmetric; its diagonal is
// each country's alignment with itself (1 when computable).
type AlignmentMatrix struct {
	Countries []string
	Period    time.Time
	Method    string
	Values    *mat.SymDense
	// Range is the R the S-scores used (NaN for the other methods).
	Range float64

	common []int32 // shared third countries, N×N, upper triangle (i <= j)
	prof   *Profiles
	t      int
	opts   AlignOptions
	w      []float64 // third-country weights of the period
	sym    mat.SymDense
}

// Align computes one AlignmentMatrix per period of the profiles, Workers
// periods at a time. The result does not depend on Workers.
func Align(p *Profiles, opts *AlignOptions) ([]*AlignmentMatrix, error) {
	opt, err := opts.options(p)
	if err != nil {
		return nil, err
	}
	T, N := len(p.Periods), len(p.Rows)
	out := make([]*AlignmentMatrix, T)
	ms := make([]AlignmentMatrix, T)
	data := make([]float64, T*N*N)
	common := make([]int32, T*N*N)
	for t := range ms {
		ms[t] = AlignmentMatrix{Countries: p.Rows, Period: p.Periods[t], Method: opt.Method,
			common: common[t*N*N : (t+1)*N*N], prof: p, t: t, opts: opt}
		ms[t].sym.SetRawSymmetric(blas64.Symmetric{N: N, Stride: N, Data: data[t*N*N : (t+1)*N*N], Uplo: 'U'})
		ms[t].Values = &ms[t].sym
		out[t] = &ms[t]
	}
	workers := opt.Workers
	if workers > T {
		workers = T
	}
	var wg sync.WaitGroup
	next := make(chan int, T)
	for t := 0; t < T; t++ {
		next <- t
	}
	close(next)
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var work alignWork
			for t := range next {
				work.period(p, t, &opt, out[t])
			}
		}()
	}
	wg.Wait()
	return out, nil
}

// AlignPeriod computes the alignment matrix of period t (an index of
// Profiles.Periods); it returns an error wrapping ErrNoPeriod for an index
// out of range.
func AlignPeriod(p *Profiles, t int, opts *AlignOptions) (*AlignmentMatrix, error) {
	opt, err := opts.options(p)
	if err != nil {
		return nil, err
	}
	if t < 0 || t >= len(p.Periods) {
		return nil, fmt.Errorf("score: %w: period index %d of %d", ErrNoPeriod, t, len(p.Periods))
	}
	N := len(p.Rows)
	m := &AlignmentMatrix{Countries: p.Rows, Period: p.Periods[t], Method: opt.Method,
		common: make([]int32, N*N), prof: p, t: t, opts: opt}
	m.sym.SetRawSymmetric(blas64.Symmetric{N: N, Stride: N, Data: make([]float64, N*N), Uplo: 'U'})
	m.Values = &m.sym
	var work alignWork
	work.period(p, t, &opt, m)
	return m, nil
}

func (m *AlignmentMatrix) index(c string) int {
	if i, ok := m.prof.rindex[c]; ok {
		return i
	}
	return -1
}

// At returns the alignment of a and b (NaN if not computable or if a code
// is not a row of the profiles).
func (m *AlignmentMatrix) At(a, b string) float64 {
	i, j := m.index(a), m.index(b)
	if i < 0 || j < 0 {
		return math.NaN()
	}
	return m.Values.At(i, j)
}

// Common returns the number of third countries a and b share in the
// period (0 for unknown codes).
func (m *AlignmentMatrix) Common(a, b string) int {
	i, j := m.index(a), m.index(b)
	if i < 0 || j < 0 {
		return 0
	}
	if j < i {
		i, j = j, i
	}
	return int(m.common[i*len(m.Countries)+j]) // upper triangle
}

// Dense returns the matrix as rows of values (a copy).
func (m *AlignmentMatrix) Dense() [][]float64 {
	N := len(m.Countries)
	out := make([][]float64, N)
	for i := range out {
		out[i] = make([]float64, N)
		for j := range out[i] {
			out[i][j] = m.Values.At(i, j)
		}
	}
	return out
}

// Pair is the alignment of two countries.
type Pair struct {
	A, B   string
	Value  float64
	Common int
}

// Pairs returns every pair of distinct countries (A before B in Countries
// order) with a computable value, most aligned first (ties in country
// order).
func (m *AlignmentMatrix) Pairs() []Pair {
	N := len(m.Countries)
	var out []Pair
	for i := 0; i < N; i++ {
		for j := i + 1; j < N; j++ {
			v := m.Values.At(i, j)
			if math.IsNaN(v) {
				continue
			}
			out = append(out, Pair{m.Countries[i], m.Countries[j], v, int(m.common[i*N+j])})
		}
	}
	sort.SliceStable(out, func(a, b int) bool { return out[a].Value > out[b].Value })
	return out
}

// ThirdCountry is one third country's part in the alignment of A and B:
// their values toward it, its weight, and its contribution. The
// contributions of all shared third countries sum to the alignment value:
//
//	s        c_k = (w_k/W)·(1 − 2|x_k − y_k|/R)
//	s2       c_k = (w_k/W)·(1 − 2(x_k − y_k)²/R²)
//	pearson  c_k = w_k(x_k − x̄)(y_k − ȳ) / √(Σw(x − x̄)² · Σw(y − ȳ)²)
//	cosine   c_k = w_k·x_k·y_k / √(Σwx² · Σwy²)
//	kappa    c_k = (w_k/W)·([A and B read k alike] − p_e)/(1 − p_e)
type ThirdCountry struct {
	Country      string
	A, B         float64
	Weight       float64
	Contribution float64
}

// Relation describes the two values toward the third country: "both
// hostile", "both friendly", "opposed" or "neutral" (either is 0).
func (c ThirdCountry) Relation() string {
	switch {
	case c.A < 0 && c.B < 0:
		return "both hostile"
	case c.A > 0 && c.B > 0:
		return "both friendly"
	case c.A*c.B < 0:
		return "opposed"
	}
	return "neutral"
}

// Describe returns a sentence for the contribution, e.g.
// "CHN and VEN: both hostile to USA (-3.200, -4.100): +0.210".
func (c ThirdCountry) Describe(a, b string) string {
	return fmt.Sprintf("%s and %s: %s to %s (%s, %s): %+.3f", a, b, c.Relation(), c.Country,
		fmtShort(c.A), fmtShort(c.B), c.Contribution)
}

// Contributions returns the third countries shared by a and b, with their
// contributions to the alignment value (see ThirdCountry), the largest
// first (ties in column order). It returns an error wrapping
// ErrUnknownCountry for a code that is not a row, and nil (no error) when
// the value is not computable.
func (m *AlignmentMatrix) Contributions(a, b string) ([]ThirdCountry, error) {
	i, j := m.index(a), m.index(b)
	if i < 0 {
		return nil, fmt.Errorf("score: %w: %q", ErrUnknownCountry, a)
	}
	if j < 0 {
		return nil, fmt.Errorf("score: %w: %q", ErrUnknownCountry, b)
	}
	p := m.prof
	K := len(p.Cols)
	xi := p.values[p.at(m.t, i, 0) : p.at(m.t, i, 0)+K]
	xj := p.values[p.at(m.t, j, 0) : p.at(m.t, j, 0)+K]
	w := m.weights()
	_, n, cs := pairValue(&m.opts, xi, xj, w, m.Range, true)
	if n < m.opts.MinCommon || cs == nil {
		return nil, nil
	}
	out := make([]ThirdCountry, 0, n)
	for k := 0; k < K; k++ {
		if math.IsNaN(cs[k]) {
			continue
		}
		out = append(out, ThirdCountry{Country: p.Cols[k], A: xi[k], B: xj[k], Weight: w[k], Contribution: cs[k]})
	}
	sort.SliceStable(out, func(x, y int) bool { return out[x].Contribution > out[y].Contribution })
	return out, nil
}

// weights returns the period's third-country weights.
func (m *AlignmentMatrix) weights() []float64 {
	if m.w == nil {
		m.w = periodWeights(m.prof, m.t, &m.opts, nil)
	}
	return m.w
}

func periodWeights(p *Profiles, t int, o *AlignOptions, buf []float64) []float64 {
	K := len(p.Cols)
	if cap(buf) < K {
		buf = make([]float64, K)
	}
	w := buf[:K]
	for k := range w {
		w[k] = 1
		if o.Weights != nil {
			w[k] = o.Weights[k]
		}
		if o.WeightByVolume {
			w[k] *= p.Volume(t, k)
		}
	}
	return w
}

// pairValue computes one pair's value directly from the two profiles (NaN
// marking missing entries; the profiles already miss their own
// countries), and with contrib the per-third-country contributions (NaN
// for columns not shared). It is the reference the matrix kernels are
// tested against and the source of Contributions. rng is R for the
// S-scores.
func pairValue(o *AlignOptions, x, y, w []float64, rng float64, contrib bool) (v float64, n int, cs []float64) {
	nan := math.NaN()
	var W, sx, sy, sxx, syy, sxy, d1, d2 float64
	for k := range x {
		if math.IsNaN(x[k]) || math.IsNaN(y[k]) {
			continue
		}
		n++
		wk := w[k]
		W += wk
		sx += wk * x[k]
		sy += wk * y[k]
		sxx += wk * x[k] * x[k]
		syy += wk * y[k] * y[k]
		sxy += wk * x[k] * y[k]
		d1 += wk * math.Abs(x[k]-y[k])
		d2 += wk * (x[k] - y[k]) * (x[k] - y[k])
	}
	if n < o.MinCommon || !(W > 0) {
		return nan, n, nil
	}
	if contrib {
		cs = make([]float64, len(x))
		for k := range cs {
			cs[k] = nan
		}
	}
	shared := func(k int) bool { return !math.IsNaN(x[k]) && !math.IsNaN(y[k]) }
	switch o.Method {
	case MethodS, MethodS2:
		if !(rng > 0) {
			return nan, n, nil
		}
		if o.Method == MethodS {
			v = 1 - 2*d1/(W*rng)
		} else {
			v = 1 - 2*d2/(W*rng*rng)
		}
		for k := range cs {
			if shared(k) {
				d := math.Abs(x[k] - y[k])
				if o.Method == MethodS {
					cs[k] = w[k] / W * (1 - 2*d/rng)
				} else {
					cs[k] = w[k] / W * (1 - 2*d*d/(rng*rng))
				}
			}
		}
	case MethodPearson:
		vx, vy := W*sxx-sx*sx, W*syy-sy*sy
		if !(vx > 0) || !(vy > 0) {
			return nan, n, nil
		}
		v = clampUnit((W*sxy - sx*sy) / math.Sqrt(vx*vy))
		mx, my := sx/W, sy/W
		den := math.Sqrt(vx*vy) / W
		for k := range cs {
			if shared(k) {
				cs[k] = w[k] * (x[k] - mx) * (y[k] - my) / den
			}
		}
	case MethodCosine:
		if !(sxx > 0) || !(syy > 0) {
			return nan, n, nil
		}
		den := math.Sqrt(sxx * syy)
		v = clampUnit(sxy / den)
		for k := range cs {
			if shared(k) {
				cs[k] = w[k] * x[k] * y[k] / den
			}
		}
	case MethodKappa:
		var pa, pb [3]float64
		agree := 0.0
		for k := range x {
			if !shared(k) {
				continue
			}
			ca, cb := signClass(x[k], o.Neutral), signClass(y[k], o.Neutral)
			pa[ca] += w[k] / W
			pb[cb] += w[k] / W
			if ca == cb {
				agree += w[k] / W
			}
		}
		pe := pa[0]*pb[0] + pa[1]*pb[1] + pa[2]*pb[2]
		if !(pe < 1-1e-12) {
			return nan, n, nil
		}
		v = (agree - pe) / (1 - pe)
		for k := range cs {
			if shared(k) {
				a := 0.0
				if signClass(x[k], o.Neutral) == signClass(y[k], o.Neutral) {
					a = 1
				}
				cs[k] = w[k] / W * (a - pe) / (1 - pe)
			}
		}
	}
	return v, n, cs
}

// signClass is κ's class of a value: 0 hostile, 1 neutral, 2 friendly.
func signClass(x, neutral float64) int {
	switch {
	case x < -neutral:
		return 0
	case x > neutral:
		return 2
	}
	return 1
}

func clampUnit(v float64) float64 {
	if v > 1 {
		return 1
	}
	if v < -1 {
		return -1
	}
	return v
}

// WriteCSV writes the matrix as CSV: the header "period,country,<codes…>"
// and one row per country (see WriteAlignmentCSV).
func (m *AlignmentMatrix) WriteCSV(w io.Writer) error {
	return WriteAlignmentCSV(w, []*AlignmentMatrix{m})
}

// CSV returns the matrix as CSV text (see WriteCSV).
func (m *AlignmentMatrix) CSV() string {
	var b bytes.Buffer
	m.WriteCSV(&b)
	return b.String()
}

// WriteAlignmentCSV writes matrices of the same countries (one per period)
// stacked in one CSV: the header "period,country,C1,C2,…" and, per period,
// one row per country with its alignment to each column country. Values
// are formatted by FormatFloat (empty where not computable). It returns an
// error if the matrices' countries differ.
func WriteAlignmentCSV(w io.Writer, ms []*AlignmentMatrix) error {
	if len(ms) == 0 {
		return nil
	}
	codes := ms[0].Countries
	for _, m := range ms[1:] {
		if !sameStrings(m.Countries, codes) {
			return fmt.Errorf("score: WriteAlignmentCSV: matrices of different countries")
		}
	}
	bw := bufio.NewWriter(w)
	bw.WriteString("period,country")
	for _, c := range codes {
		bw.WriteString("," + csvField(c))
	}
	bw.WriteByte('\n')
	for _, m := range ms {
		period := m.Period.Format("2006-01-02")
		for i, c := range codes {
			bw.WriteString(period + "," + csvField(c))
			for j := range codes {
				bw.WriteString("," + FormatFloat(m.Values.At(i, j)))
			}
			bw.WriteByte('\n')
		}
	}
	return bw.Flush()
}

// WriteAlignmentLongCSV writes the matrices in long (tidy) form: the
// header "period,a,b,method,value,common" and one row per pair of distinct
// countries (a before b in Countries order), every pair even when its
// value is not computable (empty value).
func WriteAlignmentLongCSV(w io.Writer, ms []*AlignmentMatrix) error {
	bw := bufio.NewWriter(w)
	bw.WriteString("period,a,b,method,value,common\n")
	for _, m := range ms {
		period := m.Period.Format("2006-01-02")
		N := len(m.Countries)
		for i := 0; i < N; i++ {
			for j := i + 1; j < N; j++ {
				bw.WriteString(period + "," + csvField(m.Countries[i]) + "," + csvField(m.Countries[j]) + "," + m.Method + "," +
					FormatFloat(m.Values.At(i, j)) + "," + strconv.Itoa(int(m.common[i*N+j])) + "\n")
			}
		}
	}
	return bw.Flush()
}

// AlignmentFrame returns the matrices in long (tidy) form as a gota
// DataFrame with the columns of WriteAlignmentLongCSV: period (String,
// "YYYY-MM-DD"), a and b (String), method (String), value (Float, NaN where
// not computable) and common (Int), one row per pair of distinct
// countries. The columns are built typed, so "NA" (Namibia) stays a code.
func AlignmentFrame(ms []*AlignmentMatrix) dataframe.DataFrame {
	var period, a, b, method []string
	var value []float64
	var common []int
	for _, m := range ms {
		ps := m.Period.Format("2006-01-02")
		N := len(m.Countries)
		for i := 0; i < N; i++ {
			for j := i + 1; j < N; j++ {
				period = append(period, ps)
				a = append(a, m.Countries[i])
				b = append(b, m.Countries[j])
				method = append(method, m.Method)
				value = append(value, m.Values.At(i, j))
				common = append(common, int(m.common[i*N+j]))
			}
		}
	}
	return dataframe.New(
		series.New(period, series.String, "period"),
		series.New(a, series.String, "a"),
		series.New(b, series.String, "b"),
		series.New(method, series.String, "method"),
		series.New(value, series.Float, "value"),
		series.New(common, series.Int, "common"),
	)
}

func sameStrings(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
