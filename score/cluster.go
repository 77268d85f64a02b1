package score

import (
	"errors"
	"fmt"
	"math"
)

// ErrNotSquare is wrapped by the error of a distance matrix that is not
// square.
var ErrNotSquare = errors.New("matrix is not square")

// Merge is one step of a hierarchical clustering: clusters A and B joined
// at Height into a cluster of Size leaves. Cluster ids 0 … n−1 are the
// leaves (the rows of the distance matrix); merge i creates cluster n+i
// (the convention of R's hclust and SciPy's linkage, 0-based).
type Merge struct {
	A, B   int
	Height float64
	Size   int
}

// Dendrogram is the result of a hierarchical clustering: the n−1 merges in
// the order they happened and the leaf order that draws the tree without
// crossings.
type Dendrogram struct {
	Merges []Merge
	Order  []int
}

// AverageLinkage clusters n items by average linkage (UPGMA) on the
// symmetric n×n distance matrix dist: the distance between two clusters is
// the mean distance over all pairs of their members. NaN distances are
// skipped (the mean is over the known pairs); clusters with no known pair
// are at distance +Inf and are merged last, so every matrix gives a full
// tree. Ties are broken by the smaller cluster ids, so the result is
// deterministic. dist[i][j] and dist[j][i] are averaged; the diagonal is
// ignored. In Order the subtree containing the smaller leaf index comes
// first.
//
// It returns an error wrapping ErrNotSquare if dist is not square. It takes O(n³)
// time, fine for the few hundred countries of an alignment matrix.
func AverageLinkage(dist [][]float64) (*Dendrogram, error) {
	n := len(dist)
	for i, row := range dist {
		if len(row) != n {
			return nil, fmt.Errorf("score: %w: distance matrix row %d has %d values, want %d", ErrNotSquare, i, len(row), n)
		}
	}
	if n == 0 {
		return &Dendrogram{}, nil
	}
	// sum and count of known pair distances between active clusters,
	// indexed by slot (0..n-1); slot i holds cluster id ids[i].
	sum := make([][]float64, n)
	cnt := make([][]float64, n)
	for i := range sum {
		sum[i] = make([]float64, n)
		cnt[i] = make([]float64, n)
	}
	for i := 0; i < n; i++ {
		for j := i + 1; j < n; j++ {
			var s, c float64
			for _, v := range []float64{dist[i][j], dist[j][i]} {
				if !math.IsNaN(v) && !math.IsInf(v, 0) {
					s += v
					c++
				}
			}
			if c > 0 {
				s /= c
				c = 1
			}
			sum[i][j], sum[j][i] = s, s
			cnt[i][j], cnt[j][i] = c, c
		}
	}
	ids := make([]int, n)
	size := make([]int, n)
	minLeaf := make([]int, n)
	active := make([]bool, n)
	for i := range ids {
		ids[i], size[i], minLeaf[i], active[i] = i, 1, i, true
	}
	children := make([][2]int, 0, n-1) // by merge index, as cluster ids
	d := &Dendrogram{}
	for step := 0; step < n-1; step++ {
		bi, bj := -1, -1
		best := math.Inf(1)
		for i := 0; i < n; i++ {
			if !active[i] {
				continue
			}
			for j := i + 1; j < n; j++ {
				if !active[j] {
					continue
				}
				v := math.Inf(1)
				if cnt[i][j] > 0 {
					v = sum[i][j] / cnt[i][j]
				}
				if bi < 0 || v < best || (v == best && less2(ids[i], ids[j], ids[bi], ids[bj])) {
					bi, bj, best = i, j, v
				}
			}
		}
		a, b := ids[bi], ids[bj]
		if a > b {
			a, b = b, a
		}
		d.Merges = append(d.Merges, Merge{A: a, B: b, Height: best, Size: size[bi] + size[bj]})
		first, second := ids[bi], ids[bj]
		if minLeaf[bj] < minLeaf[bi] {
			first, second = second, first
		}
		children = append(children, [2]int{first, second})
		// merge slot bj into slot bi: sums and counts add (average
		// linkage over member pairs).
		for k := 0; k < n; k++ {
			if !active[k] || k == bi || k == bj {
				continue
			}
			sum[bi][k] += sum[bj][k]
			cnt[bi][k] += cnt[bj][k]
			sum[k][bi], cnt[k][bi] = sum[bi][k], cnt[bi][k]
		}
		active[bj] = false
		ids[bi] = n + step
		size[bi] += size[bj]
		if minLeaf[bj] < minLeaf[bi] {
			minLeaf[bi] = minLeaf[bj]
		}
	}
	// Leaf order: depth-first from the root, iteratively.
	stack := []int{2*n - 2}
	if n == 1 {
		stack = []int{0}
	}
	for len(stack) > 0 {
		id := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if id < n {
			d.Order = append(d.Order, id)
			continue
		}
		ch := children[id-n]
		stack = append(stack, ch[1], ch[0])
	}
	return d, nil
}

// less2 orders pairs of cluster ids lexicographically.
func less2(a1, b1, a2, b2 int) bool {
	if a1 > b1 {
		a1, b1 = b1, a1
	}
	if a2 > b2 {
		a2, b2 = b2, a2
	}
	return a1 < a2 || (a1 == a2 && b1 < b2)
}
