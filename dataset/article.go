package dataset

import "time"

// Article is one news article: what the event coder (package extract)
// reads and what the embedded example articles (package chronology) are.
// It lives here, below both, so that they share one type; extract.Article
// and chronology.Article are aliases of it.
//
// ID identifies the article in the events' Evidence (Doc); URL is copied
// to the events; Published is the publication day (zero: undated — the
// events are then undated too, never dated to today). Title, when not
// empty, is coded as the article's first sentence.
type Article struct {
	ID        string
	URL       string
	Title     string
	Text      string
	Published time.Time
}

// Document returns the text the coder reads and Evidence offsets (Start,
// End) refer to: the title, a blank line and the text when the title is
// not empty (and the text does not already start with it), else the text.
func (a Article) Document() string {
	if a.Title == "" || len(a.Text) >= len(a.Title) && a.Text[:len(a.Title)] == a.Title {
		return a.Text
	}
	return a.Title + "\n\n" + a.Text
}
