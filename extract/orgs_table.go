package extract

// groupsTable lists organisations and groups that act in the news under
// their own names, in the officials table format (see officials_table.go):
//
//	CODE | Name; other forms | SECTOR FROM..TO, …
//
// For a group, CODE is the country it belongs to or an organisation code;
// a group with no terms always has the sector in its first column's
// organisation code. Outside its terms a group keeps its first term's
// sector (a group is not "former"). Written for entente from public facts.
//
// Codes: international organisations are "IGO" + the organisation ("IGOUNO"
// the United Nations and its organs, "IGOEEC" the European Union and its
// institutions, "IGONAT" NATO, …); non-governmental organisations "NGO" +
// a short code (entente codes the Red Cross and Amnesty International as
// NGOs, as CAMEO's actor dictionaries do; the PLOVER gold standard records
// some of them as IGO); transnational armed groups "IMG" + a short code.
// Only the first three letters of a code (IGO, NGO, IMG, or the country)
// matter for dyads.
const groupsTable = `
# the United Nations system
IGOUNO | United Nations; UN; U.N.; UNO; United Nations Organization; UN Security Council; U.N. Security Council; United Nations Security Council; Security Council; UNSC; UN General Assembly; U.N. General Assembly; United Nations General Assembly; UN Secretary-General; U.N. Secretary-General; UN secretary general; U.N. secretary general; UN Secretariat; UN Human Rights Council; United Nations Human Rights Council; UNHRC; UN peacekeepers; U.N. peacekeepers; UNIFIL; MONUSCO; UNAMID; UNMIK; UNPROFOR; UNAMA; UN Mission | IGO 1945-10-24..
IGOUNOHCR | UNHCR; UN refugee agency; U.N. refugee agency; United Nations refugee agency; United Nations High Commissioner for Refugees; UN High Commissioner for Refugees; U.N. High Commissioner for Refugees | IGO 1950-12-14..
IGOUNOWFP | World Food Programme; World Food Program; WFP | IGO 1961-12-19..
IGOUNOKID | UNICEF; United Nations Children's Fund; UN Children's Fund | IGO 1946-12-11..
IGOUNOWHO | World Health Organization; World Health Organisation; WHO | IGO 1948-04-07..
IGOUNOIAE | International Atomic Energy Agency; IAEA | IGO 1957-07-29..
IGOUNOLAB | International Labour Organization; International Labor Organization; International Labour Office; International Labor Office; ILO | IGO 1919-04-11..
IGOUNOAGR | Food and Agriculture Organization; FAO | IGO 1945-10-16..
IGOUNOEDU | UNESCO | IGO 1945-11-16..
IGOUNODEV | UNDP; United Nations Development Programme; UN Development Programme | IGO 1965-11-22..
IGOUNOHRI | UN human rights office; U.N. human rights office; OHCHR; UN High Commissioner for Human Rights; U.N. High Commissioner for Human Rights | IGO 1993-12-20..
IGOUNOPAL | UNRWA | IGO 1949-12-08..
IGOUNOJUD | International Court of Justice; ICJ; World Court | IGO 1945-06-26..
IGOJUDICC | International Criminal Court; ICC | IGO 2002-07-01..
IGOJUDTYU | International Criminal Tribunal for the former Yugoslavia; ICTY; U.N. war crimes court; UN war crimes court; UN war crimes tribunal; U.N. war crimes tribunal; Hague tribunal | IGO 1993-05-25..2017-12-31
IGOJUDTRW | International Criminal Tribunal for Rwanda; ICTR | IGO 1994-11-08..2015-12-31

# regional and other intergovernmental organisations
IGOEEC | European Union; EU; E.U.; European Commission; EU Commission; European Council; Council of the European Union; European Parliament; European Community; European Communities; European Economic Community; EEC; Brussels | IGO 1958-01-01..
IGONAT | NATO; North Atlantic Treaty Organization; North Atlantic Treaty Organisation; North Atlantic Alliance; Atlantic Alliance | IGO 1949-04-04..
IGOAFU | African Union; AU; Organization of African Unity; Organisation of African Unity; OAU | IGO 1963-05-25..
IGOARL | Arab League; League of Arab States | IGO 1945-03-22..
IGOASN | ASEAN; Association of Southeast Asian Nations; Association of South East Asian Nations | IGO 1967-08-08..
IGOOAS | Organization of American States; Organisation of American States; OAS | IGO 1948-04-30..
IGOOSC | OSCE; Organization for Security and Cooperation in Europe; Organization for Security and Co-operation in Europe; Organisation for Security and Co-operation in Europe; CSCE | IGO 1975-08-01..
IGOOPC | OPEC; Organization of the Petroleum Exporting Countries; Organization of Petroleum Exporting Countries | IGO 1960-09-14..
IGOWTO | World Trade Organization; World Trade Organisation; WTO | IGO 1995-01-01..
IGOIMF | International Monetary Fund; IMF | IGO 1945-12-27..
IGOWBK | World Bank | IGO 1944-07-22..
IGOWAS | Economic Community of West African States; ECOWAS; ECOMOG | IGO 1975-05-28..
IGOSCO | Shanghai Cooperation Organisation; Shanghai Cooperation Organization; SCO | IGO 2001-06-15..
IGOBRC | BRICS | IGO 2009-06-16..
IGOGSV | G7; G-7; Group of Seven; G8; G-8; Group of Eight | IGO 1975-11-15..
IGOGTW | G20; G-20; Group of 20; Group of Twenty | IGO 1999-09-26..
IGOGCC | Gulf Cooperation Council; GCC | IGO 1981-05-25..
IGOCIS | Commonwealth of Independent States; CIS | IGO 1991-12-08..
IGOCOE | Council of Europe | IGO 1949-05-05..
IGOITP | Interpol; INTERPOL | IGO 1923-09-07..
IGOOIC | Organisation of Islamic Cooperation; Organization of Islamic Cooperation; Organization of the Islamic Conference; OIC | IGO 1969-09-25..
IGOAPC | APEC; Asia-Pacific Economic Cooperation | IGO 1989-11-06..
IGOSAD | SADC; Southern African Development Community | IGO 1980-04-01..
IGOIGD | IGAD | IGO 1986-01-16..
IGOEAS | East African Community | IGO 2000-07-07..
IGOCWN | Commonwealth of Nations | IGO 1949-04-28..

# non-governmental organisations
NGOHLHIRC | Red Cross; International Committee of the Red Cross; ICRC; Red Crescent; International Federation of Red Cross and Red Crescent Societies; IFRC | NGO 1863-02-17..
NGOHRIAMN | Amnesty International | NGO 1961-05-28..
NGOHRI | Human Rights Watch; HRW | NGO 1978-01-01..
NGOHLHMSF | Doctors Without Borders; Medecins Sans Frontieres; Médecins Sans Frontières; MSF | NGO 1971-12-22..
NGOENV | Greenpeace | NGO 1971-09-15..
NGODEV | Oxfam; Save the Children; CARE International | NGO 1942-10-05..
NGOJRN | Reporters Without Borders; Committee to Protect Journalists | NGO 1985-01-01..
NGO | Transparency International | NGO 1993-05-01..

# transnational armed groups
IMGMOSALQ | al-Qaeda; al Qaeda; al-Qaida; al Qaida; Al-Qa'ida; al-Qaeda in the Arabian Peninsula; AQAP; al-Qaeda in the Islamic Maghreb; AQIM | REB 1988-08-11..
IMGMOSISI | Islamic State; ISIS; ISIL; Daesh; IS group; Islamic State group | REB 2006-10-15..

# armed groups, parties and movements of one country
PSE | Hamas; Harakat al-Muqawama al-Islamiya; Izz ad-Din al-Qassam Brigades; Qassam Brigades | REB 1987-12-10..
PSE | Islamic Jihad; Palestinian Islamic Jihad | REB 1981-01-01..
PSE | Fatah | PTY 1959-10-10..
PSE | Palestine Liberation Organization; Palestine Liberation Organisation; PLO | GOV 1964-05-28..
PSE | Palestinian Authority; Palestinian National Authority | GOV 1994-05-04..
LBN | Hezbollah; Hizbollah; Hizbullah; Hizballah | REB 1982-06-01..
LBN | Amal; Amal militia; Amal movement | REB 1974-01-01..
AFG | Taliban; Taleban | REB 1994-08-01..1996-09-27, GOV 1996-09-27..2001-11-13, REB 2001-11-13..2021-08-15, GOV 2021-08-15..
AFG | Mujahideen; mujahedin | REB 1979-12-24..1992-04-28
TUR | PKK; Kurdistan Workers' Party; Kurdistan Workers Party | REB 1978-11-27..
LKA | LTTE; Tamil Tigers; Liberation Tigers of Tamil Eelam | REB 1976-05-05..2009-05-18
COL | FARC; Revolutionary Armed Forces of Colombia | REB 1964-05-27..2017-08-27
COL | ELN; National Liberation Army | REB 1964-07-04..
AGO | UNITA; National Union for the Total Independence of Angola | REB 1966-03-13..2002-04-04
SDN | SPLA; SPLM; SPLM/A; Sudan People's Liberation Army; Sudan People's Liberation Movement | REB 1983-05-16..2005-07-09
SSD | SPLA-IO; SPLM-IO | REB 2013-12-15..
SDN | Rapid Support Forces; RSF | MIL 2013-08-01..2023-04-15, REB 2023-04-15..
SDN | Janjaweed; Janjawid | MIL 2003-02-01..2013-08-01
SDN | Justice and Equality Movement; JEM | REB 2001-01-01..
YEM | Houthis; Houthi; Houthi rebels; Houthi movement; Ansar Allah; Ansarullah | REB 2004-06-18..
NGA | Boko Haram | REB 2002-01-01..
SOM | al-Shabaab; al-Shabab; Al Shabaab; Shabaab | REB 2006-01-01..
COD | M23; March 23 Movement | REB 2012-04-04..
ESH | Polisario Front; Polisario | REB 1973-05-10..
EGY | Muslim Brotherhood | OPP 1928-03-22..
GBR | Irish Republican Army; IRA; Provisional IRA | REB 1969-12-18..2005-07-28
ESP | ETA; Basque separatist group ETA | REB 1959-07-31..2018-05-03
SRB | Kosovo Liberation Army; KLA | REB 1993-01-01..1999-09-20
LBR | National Patriotic Front of Liberia; NPFL | REB 1989-12-24..1997-08-02
SLE | Revolutionary United Front; RUF | REB 1991-03-23..2002-01-18
KHM | Khmer Rouge | GOV 1975-04-17..1979-01-07, REB 1979-01-07..1999-03-06
ZAF | African National Congress; ANC | OPP 1912-01-08..1961-12-16, REB 1961-12-16..1990-02-02, OPP 1990-02-02..1994-05-10, GOV 1994-05-10..
MOZ | Renamo; Mozambican National Resistance | REB 1977-01-01..1992-10-04, OPP 1992-10-04..
MOZ | Frelimo; Mozambique Liberation Front | REB 1962-06-25..1975-06-25, GOV 1975-06-25..
AGO | MPLA; Popular Movement for the Liberation of Angola | REB 1956-12-10..1975-11-11, GOV 1975-11-11..
NAM | SWAPO; South West Africa People's Organisation; South West Africa People's Organization | REB 1960-04-19..1990-03-21, GOV 1990-03-21..
ZWE | ZANU-PF; Zimbabwe African National Union | REB 1963-08-08..1980-04-18, GOV 1980-04-18..
UGA | Lord's Resistance Army; LRA | REB 1987-01-01..
PHL | Abu Sayyaf; Abu Sayyaf Group | REB 1991-01-01..
PHL | Moro Islamic Liberation Front; MILF | REB 1978-01-01..2014-03-27
PHL | Moro National Liberation Front; MNLF | REB 1972-01-01..1996-09-02
RWA | Rwandan Patriotic Front; RPF | REB 1987-12-01..1994-07-19, GOV 1994-07-19..
AFG | Northern Alliance; United Islamic Front | REB 1996-09-27..2001-12-22
PER | Shining Path; Sendero Luminoso | REB 1980-05-17..
MEX | Zapatistas; Zapatista National Liberation Army; EZLN | REB 1994-01-01..
NIC | Contras | REB 1981-08-01..1990-06-27
SYR | Free Syrian Army; FSA | REB 2011-07-29..
SYR | Hayat Tahrir al-Sham; HTS; Nusra Front; al-Nusra Front; Jabhat al-Nusra | REB 2012-01-23..2024-12-08, GOV 2024-12-08..
SYR | Syrian Democratic Forces; SDF; YPG; People's Protection Units | REB 2011-01-01..
IRQ | Peshmerga | MIL 1991-01-01..
IRQ | Mahdi Army | REB 2003-06-01..2008-08-28
RUS | Wagner Group; Wagner | MIL 2014-05-01..
IND | Congress party; Indian National Congress | PTY 1885-12-28..
IND | Bharatiya Janata Party; BJP | PTY 1980-04-06..

# state media and companies that appear as actors
CHN | Xinhua; Xinhua news agency; CCTV; China Central Television; Global Times; People's Daily; CGTN | MED 1931-11-07..
RUS | RIA Novosti; RIA; TASS; ITAR-TASS; Itar-Tass; Interfax; Russia Today; Sputnik | MED 1941-06-24..
PRK | KCNA; Korean Central News Agency; Rodong Sinmun | MED 1946-12-05..
IRN | IRNA; Islamic Republic News Agency; Press TV; Fars news agency; Tasnim | MED 1934-01-01..
VEN | Telesur; teleSUR; Venezolana de Television; VTV | MED 2005-07-24..
QAT | Al Jazeera; Al-Jazeera | MED 1996-11-01..
RUS | Gazprom; Rosneft; Rosatom; Lukoil | BUS 1989-08-08..
CHN | Huawei; ZTE; CNPC; Sinopec; CNOOC | BUS 1987-09-15..
`
