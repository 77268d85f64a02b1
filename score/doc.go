// Package score holds entente's models of relations between countries: the
// event-balance indices, a bounded relationship level, a state-space
// (Kalman) index with uncertainty bands, alignment between countries'
// foreign-policy profiles, change points and explanations.
//
// (Conventions: see the package documentation written with the models.)
package score
