package country

import "sort"

// cowCode is one Correlates of War state number of an entry, valid in the
// years From–Until (inclusive, 0 open).
type cowCode struct {
	code        string
	ccode       int
	from, until int
}

// cowTable holds the Correlates of War (COW) state system numbers
// ("ccode", State System Membership v2016) of the entries that are or were
// COW states. Written in the project from the COW state list; checked by
// the tests against the NGEC COW–ISO crosswalk in ../shared/data.
//
// Two entries changed COW number while keeping their code: Germany
// (DEU) is 260 (German Federal Republic) through 1990 and 255 (Germany)
// from 1991; Yemen (YEM) is 678 (Yemen Arab Republic) through 1989 and 679
// (Yemen) from 1990. Numbers shared by an entry and its historical
// predecessor are listed for both: 365 for the Soviet Union and Russia, 345
// for Yugoslavia, Serbia and Montenegro and Serbia, 816 for North Vietnam
// and Vietnam.
var cowTable = []cowCode{
	{"USA", 2, 0, 0}, {"CAN", 20, 0, 0}, {"BHS", 31, 0, 0}, {"CUB", 40, 0, 0}, {"HTI", 41, 0, 0},
	{"DOM", 42, 0, 0}, {"JAM", 51, 0, 0}, {"TTO", 52, 0, 0}, {"BRB", 53, 0, 0}, {"DMA", 54, 0, 0},
	{"GRD", 55, 0, 0}, {"LCA", 56, 0, 0}, {"VCT", 57, 0, 0}, {"ATG", 58, 0, 0}, {"KNA", 60, 0, 0},
	{"MEX", 70, 0, 0}, {"BLZ", 80, 0, 0}, {"GTM", 90, 0, 0}, {"HND", 91, 0, 0}, {"SLV", 92, 0, 0},
	{"NIC", 93, 0, 0}, {"CRI", 94, 0, 0}, {"PAN", 95, 0, 0}, {"COL", 100, 0, 0}, {"VEN", 101, 0, 0},
	{"GUY", 110, 0, 0}, {"SUR", 115, 0, 0}, {"ECU", 130, 0, 0}, {"PER", 135, 0, 0}, {"BRA", 140, 0, 0},
	{"BOL", 145, 0, 0}, {"PRY", 150, 0, 0}, {"CHL", 155, 0, 0}, {"ARG", 160, 0, 0}, {"URY", 165, 0, 0},
	{"GBR", 200, 0, 0}, {"IRL", 205, 0, 0}, {"NLD", 210, 0, 0}, {"BEL", 211, 0, 0}, {"LUX", 212, 0, 0},
	{"FRA", 220, 0, 0}, {"MCO", 221, 0, 0}, {"LIE", 223, 0, 0}, {"CHE", 225, 0, 0}, {"ESP", 230, 0, 0},
	{"AND", 232, 0, 0}, {"PRT", 235, 0, 0}, {"DEU", 260, 0, 1990}, {"DEU", 255, 1991, 0}, {"DDR", 265, 0, 0},
	{"POL", 290, 0, 0}, {"AUT", 305, 0, 0}, {"HUN", 310, 0, 0}, {"CSK", 315, 0, 0}, {"CZE", 316, 0, 0},
	{"SVK", 317, 0, 0}, {"ITA", 325, 0, 0}, {"SMR", 331, 0, 0}, {"MLT", 338, 0, 0}, {"ALB", 339, 0, 0},
	{"MNE", 341, 0, 0}, {"MKD", 343, 0, 0}, {"HRV", 344, 0, 0}, {"YUG", 345, 0, 0}, {"SCG", 345, 0, 0},
	{"SRB", 345, 0, 0}, {"BIH", 346, 0, 0}, {"XKX", 347, 0, 0}, {"SVN", 349, 0, 0}, {"GRC", 350, 0, 0},
	{"CYP", 352, 0, 0}, {"BGR", 355, 0, 0}, {"MDA", 359, 0, 0}, {"ROU", 360, 0, 0}, {"SUN", 365, 0, 0},
	{"RUS", 365, 0, 0}, {"EST", 366, 0, 0}, {"LVA", 367, 0, 0}, {"LTU", 368, 0, 0}, {"UKR", 369, 0, 0},
	{"BLR", 370, 0, 0}, {"ARM", 371, 0, 0}, {"GEO", 372, 0, 0}, {"AZE", 373, 0, 0}, {"FIN", 375, 0, 0},
	{"SWE", 380, 0, 0}, {"NOR", 385, 0, 0}, {"DNK", 390, 0, 0}, {"ISL", 395, 0, 0}, {"CPV", 402, 0, 0},
	{"STP", 403, 0, 0}, {"GNB", 404, 0, 0}, {"GNQ", 411, 0, 0}, {"GMB", 420, 0, 0}, {"MLI", 432, 0, 0},
	{"SEN", 433, 0, 0}, {"BEN", 434, 0, 0}, {"MRT", 435, 0, 0}, {"NER", 436, 0, 0}, {"CIV", 437, 0, 0},
	{"GIN", 438, 0, 0}, {"BFA", 439, 0, 0}, {"LBR", 450, 0, 0}, {"SLE", 451, 0, 0}, {"GHA", 452, 0, 0},
	{"TGO", 461, 0, 0}, {"CMR", 471, 0, 0}, {"NGA", 475, 0, 0}, {"GAB", 481, 0, 0}, {"CAF", 482, 0, 0},
	{"TCD", 483, 0, 0}, {"COG", 484, 0, 0}, {"COD", 490, 0, 0}, {"UGA", 500, 0, 0}, {"KEN", 501, 0, 0},
	{"TZA", 510, 0, 0}, {"BDI", 516, 0, 0}, {"RWA", 517, 0, 0}, {"SOM", 520, 0, 0},
	{"DJI", 522, 0, 0}, {"ETH", 530, 0, 0}, {"ERI", 531, 0, 0}, {"AGO", 540, 0, 0}, {"MOZ", 541, 0, 0},
	{"ZMB", 551, 0, 0}, {"ZWE", 552, 0, 0}, {"MWI", 553, 0, 0}, {"ZAF", 560, 0, 0}, {"NAM", 565, 0, 0},
	{"LSO", 570, 0, 0}, {"BWA", 571, 0, 0}, {"SWZ", 572, 0, 0}, {"MDG", 580, 0, 0}, {"COM", 581, 0, 0},
	{"MUS", 590, 0, 0}, {"SYC", 591, 0, 0}, {"MAR", 600, 0, 0}, {"DZA", 615, 0, 0}, {"TUN", 616, 0, 0},
	{"LBY", 620, 0, 0}, {"SDN", 625, 0, 0}, {"SSD", 626, 0, 0}, {"IRN", 630, 0, 0}, {"TUR", 640, 0, 0},
	{"IRQ", 645, 0, 0}, {"EGY", 651, 0, 0}, {"SYR", 652, 0, 0}, {"LBN", 660, 0, 0}, {"JOR", 663, 0, 0},
	{"ISR", 666, 0, 0}, {"SAU", 670, 0, 0}, {"YEM", 678, 0, 1989}, {"YEM", 679, 1990, 0}, {"YMD", 680, 0, 0},
	{"KWT", 690, 0, 0}, {"BHR", 692, 0, 0}, {"QAT", 694, 0, 0}, {"ARE", 696, 0, 0}, {"OMN", 698, 0, 0},
	{"AFG", 700, 0, 0}, {"TKM", 701, 0, 0}, {"TJK", 702, 0, 0}, {"KGZ", 703, 0, 0}, {"UZB", 704, 0, 0},
	{"KAZ", 705, 0, 0}, {"CHN", 710, 0, 0}, {"MNG", 712, 0, 0}, {"TWN", 713, 0, 0}, {"PRK", 731, 0, 0},
	{"KOR", 732, 0, 0}, {"JPN", 740, 0, 0}, {"IND", 750, 0, 0}, {"BTN", 760, 0, 0}, {"PAK", 770, 0, 0},
	{"BGD", 771, 0, 0}, {"MMR", 775, 0, 0}, {"LKA", 780, 0, 0}, {"MDV", 781, 0, 0}, {"NPL", 790, 0, 0},
	{"THA", 800, 0, 0}, {"KHM", 811, 0, 0}, {"LAO", 812, 0, 0}, {"VDR", 816, 0, 0}, {"VNM", 816, 0, 0},
	{"MYS", 820, 0, 0}, {"SGP", 830, 0, 0}, {"BRN", 835, 0, 0}, {"PHL", 840, 0, 0}, {"IDN", 850, 0, 0},
	{"TLS", 860, 0, 0}, {"AUS", 900, 0, 0}, {"PNG", 910, 0, 0}, {"NZL", 920, 0, 0}, {"VUT", 935, 0, 0},
	{"SLB", 940, 0, 0}, {"KIR", 946, 0, 0}, {"TUV", 947, 0, 0}, {"FJI", 950, 0, 0}, {"TON", 955, 0, 0},
	{"NRU", 970, 0, 0}, {"MHL", 983, 0, 0}, {"PLW", 986, 0, 0}, {"FSM", 987, 0, 0}, {"WSM", 990, 0, 0},
}

var cowByCode = map[string][]int{} // code → indices into cowTable

func init() {
	for i, c := range cowTable {
		cowByCode[c.code] = append(cowByCode[c.code], i)
	}
}

func cowActive(c cowCode, year int) bool {
	return year == 0 || ((c.from == 0 || year >= c.from) && (c.until == 0 || year <= c.until))
}

// COW returns the Correlates of War state number of the entry with the
// given code (any code Lookup accepts) in year; year 0 means the current
// number (Germany 255, Yemen 679). It is false for codes without a COW
// number (territories, regions, Palestine) and, for Germany and Yemen, never
// for a year.
func COW(code string, year int) (int, bool) {
	c, ok := Lookup(code)
	if !ok {
		return 0, false
	}
	idx := cowByCode[c.Code]
	best := -1
	for _, i := range idx {
		if cowActive(cowTable[i], year) {
			if year != 0 || cowTable[i].until == 0 {
				best = i
			}
		}
	}
	if best < 0 {
		return 0, false
	}
	return cowTable[best].ccode, true
}

// ByCOW returns the entry of a Correlates of War state number in year.
// Where several entries share a number (365: the Soviet Union and Russia;
// 345: Yugoslavia, Serbia and Montenegro, Serbia; 816: North Vietnam and
// Vietnam), the entry active in year wins (by its From and Until years;
// year 0 means the current one). Unknown numbers give false.
func ByCOW(ccode, year int) (Country, bool) {
	var cands []int
	for i, c := range cowTable {
		if c.ccode == ccode && cowActive(c, year) {
			cands = append(cands, i)
		}
	}
	sort.SliceStable(cands, func(a, b int) bool { return cowTable[cands[a]].code < cowTable[cands[b]].code })
	var fallback Country
	found := false
	for _, i := range cands {
		c, ok := Lookup(cowTable[i].code)
		if !ok {
			continue
		}
		if year == 0 && c.Until == 0 || year != 0 && c.ActiveIn(year) {
			return c, true
		}
		if !found {
			fallback, found = c, true
		}
	}
	return fallback, found
}
