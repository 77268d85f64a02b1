package dataset

import "testing"

func TestArticleDocument(t *testing.T) {
	tests := []struct {
		a    Article
		want string
	}{
		{Article{Title: "T", Text: "Body."}, "T\n\nBody."},                       // title, blank line, text
		{Article{Title: "Same", Text: "Same\nBody."}, "Same\nBody."},             // text already starts with the title
		{Article{Text: "Only text."}, "Only text."},                              // no title
		{Article{Title: "Longer title", Text: "Short"}, "Longer title\n\nShort"}, // text shorter than the title
	}
	for _, tt := range tests {
		if got := tt.a.Document(); got != tt.want {
			t.Errorf("%+v.Document() = %q, want %q", tt.a, got, tt.want)
		}
	}
}
