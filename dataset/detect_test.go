package dataset

import (
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/entente/entente/internal/sharedtest"
)

func TestDetectFormat(t *testing.T) {
	g1 := gdeltRow("1", "20160728", "USA", "CHN", "042", "http://x")
	g57 := gdeltRow("2", "20160728", "USA", "CHN", "042", "-")
	g2f := strings.Split(g1, "\t")
	// GDELT 2.0 adds an ADM2Code to each of the three geography blocks
	g2 := strings.Join(append(append(append([]string{}, g2f[:39]...), "", ""), append(g2f[39:46], append([]string{""}, g2f[46:]...)...)...), "\t")
	mention := "555924816\t20160701210000\t20170701234500\t1\tchina.org.cn\thttp://a\t4\t-1\t996\t988\t1\t100\t2579\t0.8\t\t"
	for _, tc := range []struct {
		name string
		head string
		want Format
	}{
		{"gdelt1 58", g1 + "\n", FormatGDELT1},
		{"gdelt1 57", g57 + "\n" + g1 + "\n", FormatGDELT1},
		{"gdelt1 with header", strings.Join(GDELT1Columns, "\t") + "\n" + g1 + "\n", FormatGDELT1},
		{"gdelt2", g2 + "\n", FormatGDELT2},
		{"mentions tab", mention + "\n", FormatGDELT2Mentions},
		{"mentions comma", "globaleventid,eventtimedate,mentiontimedate,mentiontype\n1,2,3,4\n", FormatGDELT2Mentions},
		{"icews", strings.Join(ICEWSColumns, "\t") + "\n", FormatICEWS},
		{"plover array", "[\n {\n  \"id\": \"x\",\n  \"event\": \"AGREE\"}]", FormatPLOVER},
		{"plover jsonl", `{"id":"x","source":[{"code":"USA"}],"event":"AGREE"}` + "\n", FormatPLOVER},
		{"polecat", `{"id":"x","attributes":{"ACTOR":[]},"event_type":"AID"}`, FormatPLOVER},
		{"plover key after a nested object", `{"textInfo":{"event":"no"},"event":"AGREE"}`, FormatPLOVER},
		{"entente jsonl", `{"date":"2020-01-01","source":"CHN","target":"RUS","code":"042"}` + "\n", FormatJSONL},
		{"nested event key is not plover", `{"meta":{"event":"x"},"date":"2020"}`, FormatJSONL},
		{"entente csv", "date,source,target,code,quad\n", FormatCSV},
		{"semicolon csv", "Datum;Quelle;Ziel;Code\n", FormatCSV},
		{"tsv", "date\tsource\ttarget\tcode\n", FormatCSV},
		{"bom csv", "\xef\xbb\xbfdate,source,target,code\n", FormatCSV},
		{"cut last line", g1 + "\n" + g1[:100], FormatGDELT1},
		{"prose", "Hello world\n", FormatAuto},
		{"numbers", "1,2,3\n4,5,6\n", FormatAuto},
		{"empty", "", FormatAuto},
		{"binary", "\x00\x01\x02\x03", FormatAuto},
	} {
		if got := DetectFormat([]byte(tc.head)); got != tc.want {
			t.Errorf("%s: DetectFormat = %q, want %q", tc.name, got, tc.want)
		}
	}
}

func TestDetectErrors(t *testing.T) {
	for _, tc := range []struct {
		head string
		want error
		text string
	}{
		{"\x00\x01garbage", ErrEncoding, "binary"},
		{"\xff\xfeh\x00i\x00", ErrEncoding, "UTF-16"},
		{"caf\xe9 au lait\n", ErrEncoding, "neither UTF-8"},
		{"1,2,3\n", ErrUnknownFormat, "header"},
		{"just words\n", ErrUnknownFormat, "no tab, comma or semicolon"},
		{strings.ReplaceAll(gdeltRow("1", "20160728", "USA", "CHN", "042", "u"), "\t", ",") + "\n", ErrUnknownFormat, "wrong delimiter"},
		{"1\t2\t3\n", ErrUnknownFormat, "GDELT rows have 57 or 58"},
		{"   \n\n", ErrUnknownFormat, "empty"},
	} {
		f, err := detect([]byte(tc.head))
		if f != FormatAuto || !errors.Is(err, tc.want) || !strings.Contains(err.Error(), tc.text) {
			t.Errorf("detect(%q) = %q, %v; want %v mentioning %q", tc.head, f, err, tc.want, tc.text)
		}
	}
}

// The shared samples are detected from their content.
func TestDetectSharedSamples(t *testing.T) {
	for rel, want := range map[string]Format{
		gdelt1Sample:   FormatGDELT1,
		icewsSample:    FormatICEWS,
		ploverDev:      FormatPLOVER,
		mentionsSample: FormatGDELT2Mentions,
	} {
		data, err := os.ReadFile(sharedtest.Path(t, rel))
		if err != nil {
			t.Fatal(err)
		}
		if got := DetectFormat(data[:min(len(data), detectPeek)]); got != want {
			t.Errorf("%s: %q, want %q", rel, got, want)
		}
	}
}

func FuzzDetect(f *testing.F) {
	f.Add([]byte(gdeltRow("1", "20160728", "USA", "CHN", "042", "u") + "\n"))
	f.Add([]byte(strings.Join(ICEWSColumns, "\t") + "\n"))
	f.Add([]byte(`[{"event":"AGREE","source":[{"code":"USA"}]}]`))
	f.Add([]byte(`{"date":"2020-01-01","code":"042"}`))
	f.Add([]byte("date;source;target;code\n"))
	f.Add([]byte("\xff\xfe\x00"))
	f.Add([]byte{})
	f.Add([]byte(gdeltRow("1", "20160728", "USA", "CHN", "042", "u") + "\nx\x00y\n" + gdeltRow("2", "20160728", "USA", "CHN", "042", "u") + "\n"))
	f.Add([]byte("\xef\xbb\xbfdate,source\n\x00\x01\x02\n\x00\n"))
	f.Fuzz(func(t *testing.T, head []byte) {
		got, err := detect(head)
		var pe *ParseError
		if errors.As(err, &pe) && (pe.Line < 1 || pe.Byte < 1 || !errors.Is(err, ErrEncoding)) {
			t.Fatalf("detect(%q): %#v: a binary input is located at a line and byte", head, pe)
		}
		if (got == FormatAuto) != (err != nil) {
			t.Fatalf("detect(%q) = %q, %v: a format xor an error", head, got, err)
		}
		if err != nil && !errors.Is(err, ErrUnknownFormat) && !errors.Is(err, ErrEncoding) {
			t.Fatalf("detect(%q): %v wraps neither sentinel", head, err)
		}
		if DetectFormat(head) != got {
			t.Fatal("DetectFormat and detect disagree")
		}
	})
}
