// Package extract is entente's event coder: it turns news text into
// CAMEO-coded events between states, with the evidence for every event.
//
// Work in progress: see the package documentation once complete.
package extract
