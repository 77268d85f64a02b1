package extract

import "strings"

// agentsTable maps nouns for roles, institutions and groups of people to
// CAMEO sector codes, so that "Chinese President", "Turkish police",
// "Opposition groups in Zimbabwe" or "Niger's ambassador" become actors with
// a sector. Written for entente from the CAMEO actor codebook's sector
// definitions. One sector per line:
//
//	SECTOR: noun, noun phrase, …        (singular; plurals are derived)
//	SECTOR!: noun, …                    (nouns for a single person)
//
// Plurals are formed by the usual English rules ("official" → "officials",
// "party" → "parties"); irregular plurals are listed themselves.
const agentsTable = `
GOV!: president, foreign policy chief, top diplomat, vice president, vice-president, prime minister, premier, chancellor, minister, foreign minister, defence minister, defense minister, interior minister, finance minister, economy minister, trade minister, energy minister, justice minister, health minister, deputy prime minister, deputy foreign minister, vice foreign minister, vice premier, state councilor, state councillor, secretary of state, secretary-general, secretary general, defence secretary, defense secretary, foreign secretary, home secretary, secretary, king, queen, emir, amir, sultan, monarch, crown prince, prince, sheikh, ayatollah, supreme leader, head of state, head of government, ambassador, envoy, special envoy, diplomat, consul, spokesman, spokeswoman, spokesperson, negotiator, chief negotiator, adviser, advisor, aide, national security adviser, governor, mayor, leader, counterpart, official, senior official, government official, foreign ministry spokesman, first lady, dictator, strongman, tsar, czar, chief of staff, attache, cabinet minister, delegate, representative, mediator, inspector, weapons inspector, observer, monitor, investigator, commissioner, high commissioner, viceroy, regent, president-elect, prime minister-elect
GOV: government, administration, authorities, authority, cabinet, ministry, foreign ministry, defence ministry, defense ministry, interior ministry, finance ministry, state department, department of state, pentagon, white house, kremlin, foreign office, regime, side, delegation, leadership, presidency, embassy, consulate, mission, junta, state council, security council secretary, intelligence chief, officialdom, palace, crown, monarchy, council of ministers, national security council, central bank, state media, state television, state-run media, state news agency, official news agency, commission, commission of inquiry, inquiry commission
MIL: army, military, armed forces, troops, troop, soldier, forces, force, navy, air force, marines, marine, commander, officer, military officer, army officer, chief of staff of the army, defence force, defense force, militia, militiaman, paratrooper, sailor, pilot, artillery, tank, warship, gunboat, aircraft, warplane, fighter jet, fighter plane, military plane, military aircraft, plane, jet, helicopter, helicopter gunship, gunship, drone, bomber, submarine, missile, ballistic missile, cruise missile, rocket, airstrike, air strike, munition, warhead, cannon, howitzer, bulldozer, border guard, coast guard, national guard, garrison, battalion, brigade, regiment, division, unit, infantry, special forces, peacekeeper, peacekeeping force, peacekeeping troops, security forces, security force, military junta, revolutionary guard, revolutionary guards, general staff, defence staff, gunner, sniper, mercenary, militiamen, rifleman, riflemen, trooper, reservist
COP: police, policeman, policemen, police officer, riot police, border police, security service, security services, intelligence service, gendarmerie, gendarme, interior ministry troops, secret police
LEG: parliament, lawmaker, legislator, mp, member of parliament, deputy, senator, congressman, congresswoman, congress, senate, house of representatives, assembly, national assembly, legislature, parliamentarian, duma, state duma, knesset, majlis, bundestag, diet, speaker, parliamentary speaker
JUD: court, judge, judiciary, prosecutor, prosecutors' office, attorney general, tribunal, supreme court, constitutional court, high court, magistrate, jurist, lawyer
REB: rebel, insurgent, guerrilla, guerilla, militant, fighter, separatist, gunman, gunmen, extremist, jihadist, terrorist, insurgency, rebel group, armed group, rebel leader, warlord, paramilitary, commando, resistance, suicide bomber, assailant, attacker, hijacker, kidnapper, mujahideen, mujahedeen, fedayeen
OPP: opposition, opposition party, opposition group, opposition leader, dissident, activist, human rights activist, rights activist, campaigner, opponent
CVL: civilian, supporter, people, resident, villager, citizen, population, national, public, crowd, demonstrator, protester, protestor, marcher, mob, rioter, youth, woman, women, child, children, family, families, inhabitant, settler, man, men, worker, voter, community, household, pilgrim, tourist, migrant, immigrant, detainee, prisoner, hostage, captive, kurd, shiite, shia, sunni, tamil, hutu, tutsi, pashtun, uighur, uyghur, berber, arab, druze, alawite, copt, rohingya, tribesman, tribesmen, clan, consumer, shopper
REF: refugee, displaced person, asylum seeker, asylum-seeker, exile, internally displaced
EDU: student, teacher, university, school, academic, scholar, professor, researcher, scientist, educator
MED: journalist, reporter, newspaper, media, television, radio, news agency, broadcaster, press, correspondent, editor, paper, daily, weekly, magazine, tv, news service, doctor, nurse, medic, physician, hospital, health worker, aid worker, aid group, aid agency
BUS: business, businessman, businesswoman, company, firm, corporation, industry, businesses, companies, bank, investor, ceo, entrepreneur, trader, merchant, exporter, importer, manufacturer, oil company, state company, conglomerate, chamber of commerce, sovereign wealth fund, wealth fund, investment fund
LAB: union, trade union, labor union, labour union, worker union, unionist
AGR: farmer, peasant, agricultural worker
REL: cleric, clergy, church, imam, priest, bishop, archbishop, pope, rabbi, mullah, monk, religious leader, islamist, muslim, christian, catholic, mosque
PTY: party, ruling party, political party, communist party, party leader, party official
ELI: former president, former prime minister, former minister, former leader, ex-president, elder, elite, tycoon, oligarch
SPY: spy, intelligence agency, intelligence, secret service, agent
`

// outsiderRoles are agent nouns for people who stand outside what the "of"
// phrase after them names: "supporters of the Lithuanian parliament" are
// Lithuanian civilians (CVL, the sector agentsTable gives "supporter"),
// not its legislature, as "supporters of President Maduro" are Venezuelan
// civilians, not its government. An insider's role takes the sector of
// what it is "of" ("the leader of the Lithuanian opposition" is OPP).
// Each must be an agentsTable noun; its sector comes from there
// (outsiderSector).
var outsiderRoles = []string{"supporter", "opponent"}

// outsiderSector maps the singular and plural forms of outsiderRoles to
// their agentsTable sector.
var outsiderSector = func() map[string]string {
	out := map[string]string{}
	for _, line := range strings.Split(agentsTable, "\n") {
		colon := strings.IndexByte(line, ':')
		if colon < 0 {
			continue
		}
		sector := strings.TrimSuffix(strings.TrimSpace(line[:colon]), "!")
		for _, n := range strings.Split(line[colon+1:], ",") {
			n = strings.TrimSpace(n)
			for _, r := range outsiderRoles {
				if n == r {
					out[r], out[pluralPhrase(r)] = sector, sector
				}
			}
		}
	}
	if len(out) != 2*len(outsiderRoles) {
		panic("extract: an outsiderRoles noun is not in agentsTable")
	}
	return out
}()

// weaponNouns are the MIL agents of agentTable that are weapons, not
// people: "Russian missiles" act for Russia's military, but "fired rockets"
// aims at nobody, so a bare weapon is never a target (domestic, victimRole).
var weaponNouns = map[string]bool{
	"artillery": true, "tank": true, "warship": true, "gunboat": true, "aircraft": true, "warplane": true,
	"jet": true, "plane": true, "helicopter": true, "gunship": true, "drone": true, "bomber": true, "submarine": true,
	"missile": true, "rocket": true, "airstrike": true, "strike": true, "munition": true, "warhead": true,
	"cannon": true, "howitzer": true, "bulldozer": true, "mortar": true, "shell": true, "bomb": true,
}

// personTitles are the titles of one person that, after "the", refer back
// to the person the article last named ("Algerian President Abdelaziz
// Bouteflicka … the president"), when the title's sector is that person's.
var personTitles = map[string]bool{
	"president": true, "vice president": true, "vice-president": true, "prime minister": true, "premier": true,
	"chancellor": true, "foreign minister": true, "defence minister": true, "defense minister": true,
	"minister": true, "king": true, "queen": true, "emir": true, "sultan": true, "monarch": true,
	"leader": true, "head of state": true, "secretary of state": true, "secretary-general": true,
	"secretary general": true,
}

// institutionTitles are a state's institutions that, after "the", belong
// to the state the previous sentence's subject named ("Kenyan police
// arrested … The government accused them …").
var institutionTitles = map[string]bool{
	"government": true, "ministry": true, "foreign ministry": true, "defence ministry": true,
	"defense ministry": true, "cabinet": true, "administration": true, "parliament": true,
	"authorities": true, "presidency": true,
}
