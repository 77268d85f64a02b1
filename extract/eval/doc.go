// Package eval measures the event coder against gold-standard records: the
// PLOVER gold standard (JSON) and PETRARCH's validation records (XML).
package eval
