package extract

// officialsTable lists well-known heads of state and government, foreign
// and defence ministers and other officials, written for entente from
// public facts (dates of taking and leaving office). One person per line:
//
//	CODE | Full Name; other forms; Surname | SECTOR FROM..TO, SECTOR FROM.., …
//
// CODE is the person's country (ISO 3166-1 alpha-3, historical codes for
// historical states) or, for officials of international organisations and
// transnational groups, a CAMEO-style code ("IGOUNO", "IMGMOSALQ"). Names
// are matched case-sensitively on word boundaries; a bare surname is listed
// only where it is how news copy names the person. Terms give the sector
// (GOV government, MIL military, LEG legislature, JUD judiciary, OPP
// opposition, REB rebels, PTY party, BUS business, IGO) held from FROM to TO
// (YYYY-MM-DD, TO empty while in office); "IGO@IGOUNO" gives a term in an
// international organisation under the organisation's code. Outside every term the person
// keeps the country with sector ELI (former official, elite) unless the
// text gives a title ("President Obama") — see officials.go.
//
// Decisions: Xi Jinping is GOV from 2008-03-15 (state vice president;
// general secretary of the party from 2012-11-15, state president from
// 2013-03-14 — the party leadership is coded as government in a one-party
// state, so the 2012-11-15 switch does not change the code). Vladimir Putin
// is GOV continuously from 1998-07-25 (FSB director, prime minister from
// 1999-08-09 and 2008–2012, president 2000–2008 and since 2012). Nicolás Maduro is GOV
// from 2006-08-09 (foreign minister, vice president 2012, president since
// 2013-03-05).
const officialsTable = `
# China
CHN | Xi Jinping; Xi | GOV 2008-03-15..
CHN | Hu Jintao; Hu | GOV 1998-03-15..2013-03-14
CHN | Jiang Zemin | GOV 1989-06-24..2004-09-19
CHN | Deng Xiaoping; Deng | GOV 1977-07-17..1989-11-09
CHN | Li Peng | GOV 1987-11-24..2003-03-15
CHN | Zhu Rongji | GOV 1998-03-17..2003-03-16
CHN | Wen Jiabao | GOV 2003-03-16..2013-03-15
CHN | Li Keqiang | GOV 2013-03-15..2023-03-11
CHN | Li Qiang | GOV 2023-03-11..
CHN | Wang Yi | GOV 2013-03-16..
CHN | Qin Gang | GOV 2022-12-30..2023-07-25
CHN | Yang Jiechi | GOV 2007-04-27..2022-12-30
CHN | Li Zhaoxing | GOV 2003-03-17..2007-04-27
CHN | Tang Jiaxuan | GOV 1998-03-18..2003-03-17
CHN | Qian Qichen | GOV 1988-04-12..2003-03-17
CHN | Han Zheng | GOV 2023-03-10..
CHN | Wang Qishan | GOV 2018-03-17..2023-03-10
CHN | Wei Fenghe | GOV 2018-03-19..2023-03-12
CHN | Li Shangfu | GOV 2023-03-12..2023-10-24
CHN | Dong Jun | GOV 2023-12-29..
CHN | Wang Wenbin | GOV 2020-07-20..2024-08-31
CHN | Mao Ning | GOV 2022-09-05..
CHN | Lin Jian | GOV 2023-11-20..
CHN | Zhao Lijian | GOV 2020-02-24..2023-01-09
CHN | Hua Chunying | GOV 2012-09-11..
CHN | Zhao Leji | LEG 2023-03-10..
CHN | Li Zhanshu | LEG 2018-03-17..2023-03-10
CHN | Wang Huning | GOV 2017-10-25..
CHN | Ding Xuexiang | GOV 2017-10-25..

# Taiwan
TWN | Lai Ching-te; William Lai | GOV 2017-09-08..2019-01-14, GOV 2020-05-20..
TWN | Tsai Ing-wen | GOV 2016-05-20..2024-05-20
TWN | Ma Ying-jeou | GOV 2008-05-20..2016-05-20
TWN | Chen Shui-bian | GOV 2000-05-20..2008-05-20
TWN | Lee Teng-hui | GOV 1988-01-13..2000-05-20

# Russia and the Soviet Union
RUS | Vladimir Putin; Vladimir V. Putin; Vladimir Vladimirovich Putin; Putin | GOV 1998-07-25..
RUS | Dmitry Medvedev; Dmitri Medvedev; Dmitry A. Medvedev; Medvedev | GOV 2005-11-14..
RUS | Boris Yeltsin; Yeltsin | GOV 1990-05-29..1999-12-31
SUN | Mikhail Gorbachev; Gorbachev | GOV 1985-03-11..1991-12-25
SUN | Eduard Shevardnadze | GOV 1985-07-02..1990-12-20
SUN | Andrei Gromyko | GOV 1957-02-15..1988-10-01
RUS | Sergei Lavrov; Sergey Lavrov; Lavrov | GOV 1994-04-07..
RUS | Sergei Shoigu; Sergey Shoigu; Shoigu | GOV 1991-04-17..
RUS | Andrei Belousov; Andrey Belousov; Belousov | GOV 2013-06-24..
RUS | Mikhail Mishustin; Mishustin | GOV 2010-04-06..
RUS | Dmitry Peskov; Dmitri Peskov; Peskov | GOV 2008-05-25..
RUS | Yuri Ushakov; Ushakov | GOV 2012-05-21..
RUS | Maria Zakharova; Zakharova | GOV 2015-08-10..
RUS | Vasily Nebenzya; Nebenzya | GOV 2017-07-27..
RUS | Valery Gerasimov; Gerasimov | MIL 2012-11-09..
RUS | Nikolai Patrushev; Patrushev | GOV 1999-08-09..
RUS | Sergei Ryabkov; Ryabkov | GOV 2008-08-26..
RUS | Yevgeny Primakov; Primakov | GOV 1991-09-30..1999-05-12
RUS | Andrei Kozyrev; Kozyrev | GOV 1990-10-11..1996-01-05
RUS | Igor Ivanov | GOV 1998-09-11..2007-07-09
RUS | Sergei Ivanov | GOV 1999-11-15..2016-08-12
RUS | Viktor Chernomyrdin; Chernomyrdin | GOV 1992-12-14..1998-03-23
RUS | Mikhail Kasyanov | GOV 2000-05-17..2004-02-24
RUS | Mikhail Fradkov | GOV 2004-03-05..2016-10-04
RUS | Alexei Navalny; Alexey Navalny; Navalny | OPP 2008-01-01..2024-02-16
RUS | Alexei Miller; Alexey Miller | BUS 2001-05-30..
RUS | Ramzan Kadyrov; Kadyrov | GOV 2007-03-02..
RUS | Yevgeny Prigozhin; Prigozhin | MIL 2014-05-01..2023-08-23

# Venezuela
VEN | Nicolás Maduro; Nicolas Maduro; Maduro | GOV 2006-08-09..
VEN | Hugo Chávez; Hugo Chavez; Chávez; Chavez | GOV 1999-02-02..2013-03-05
VEN | Delcy Rodríguez; Delcy Rodriguez | GOV 2014-12-26..
VEN | Diosdado Cabello | LEG 2012-01-05..2016-01-05, GOV 2024-08-27..
VEN | Yván Gil; Yvan Gil | GOV 2023-03-07..
VEN | Vladimir Padrino López; Vladimir Padrino Lopez; Padrino López; Padrino Lopez | GOV 2014-10-25..
VEN | Juan Guaidó; Juan Guaido; Guaidó; Guaido | OPP 2019-01-05..2023-01-05
VEN | María Corina Machado; Maria Corina Machado | OPP 2002-01-01..
VEN | Edmundo González Urrutia; Edmundo Gonzalez Urrutia; Edmundo González; Edmundo Gonzalez | OPP 2024-04-19..

# United States
USA | Ronald Reagan; Reagan | GOV 1981-01-20..1989-01-20
USA | George H. W. Bush; George H.W. Bush; George Bush | GOV 1981-01-20..1993-01-20
USA | Bill Clinton; William Clinton; Clinton | GOV 1993-01-20..2001-01-20
USA | Hillary Clinton; Hillary Rodham Clinton | GOV 2009-01-21..2013-02-01, LEG 2001-01-03..2009-01-21
USA | George W. Bush; George W Bush; Bush | GOV 2001-01-20..2009-01-20
USA | Barack Obama; Obama | GOV 2009-01-20..2017-01-20
USA | Donald Trump; Donald J. Trump; Trump | GOV 2017-01-20..2021-01-20, GOV 2025-01-20..
USA | Joe Biden; Joseph Biden; Joseph R. Biden; Biden | GOV 2009-01-20..2017-01-20, GOV 2021-01-20..2025-01-20
USA | Kamala Harris | GOV 2021-01-20..2025-01-20
USA | Mike Pence | GOV 2017-01-20..2021-01-20
USA | JD Vance; J.D. Vance | GOV 2025-01-20..
USA | Dick Cheney; Cheney | GOV 2001-01-20..2009-01-20
USA | Al Gore | GOV 1993-01-20..2001-01-20
USA | George Shultz | GOV 1982-07-16..1989-01-20
USA | James Baker | GOV 1985-02-04..1992-08-23
USA | Warren Christopher | GOV 1993-01-20..1997-01-17
USA | Madeleine Albright; Albright | GOV 1993-02-06..2001-01-20
USA | Colin Powell; Powell | GOV 2001-01-20..2005-01-26
USA | Condoleezza Rice | GOV 2001-01-20..2009-01-20
USA | John Kerry | GOV 2013-02-01..2017-01-20, GOV 2021-01-20..2024-03-06
USA | Rex Tillerson; Tillerson | GOV 2017-02-01..2018-03-31
USA | Mike Pompeo; Pompeo | GOV 2017-01-23..2021-01-20
USA | Antony Blinken; Tony Blinken; Blinken | GOV 2021-01-26..2025-01-20
USA | Marco Rubio; Rubio | GOV 2025-01-21..
USA | Donald Rumsfeld; Rumsfeld | GOV 2001-01-20..2006-12-18
USA | Robert Gates | GOV 2006-12-18..2011-07-01
USA | Leon Panetta; Panetta | GOV 2009-02-13..2013-02-26
USA | Chuck Hagel; Hagel | GOV 2013-02-27..2015-02-17
USA | Ash Carter; Ashton Carter | GOV 2015-02-17..2017-01-20
USA | Jim Mattis; James Mattis; Mattis | GOV 2017-01-20..2019-01-01
USA | Mark Esper; Esper | GOV 2019-07-23..2020-11-09
USA | Lloyd Austin | GOV 2021-01-22..2025-01-20
USA | Pete Hegseth; Hegseth | GOV 2025-01-25..
USA | Jake Sullivan | GOV 2021-01-20..2025-01-20
USA | John Bolton; Bolton | GOV 2018-04-09..2019-09-10
USA | Janet Yellen; Yellen | GOV 2021-01-26..2025-01-20
USA | Katherine Tai | GOV 2021-03-18..2025-01-20
USA | Nancy Pelosi; Pelosi | LEG 1987-06-02..
USA | Mike Johnson | LEG 2023-10-25..
USA | Linda Thomas-Greenfield | GOV 2021-02-24..2025-01-20
USA | Gina Raimondo; Raimondo | GOV 2021-03-03..2025-01-20

# Europe
GBR | Margaret Thatcher; Thatcher | GOV 1979-05-04..1990-11-28
GBR | John Major | GOV 1990-11-28..1997-05-02
GBR | Tony Blair; Blair | GOV 1997-05-02..2007-06-27
GBR | Gordon Brown | GOV 2007-06-27..2010-05-11
GBR | David Cameron; Cameron | GOV 2010-05-11..2016-07-13, GOV 2023-11-13..2024-07-05
GBR | Theresa May | GOV 2016-07-13..2019-07-24
GBR | Boris Johnson | GOV 2016-07-13..2018-07-09, GOV 2019-07-24..2022-09-06
GBR | Liz Truss; Truss | GOV 2021-09-15..2022-10-25
GBR | Rishi Sunak; Sunak | GOV 2022-10-25..2024-07-05
GBR | Keir Starmer; Starmer | GOV 2024-07-05..
GBR | David Lammy; Lammy | GOV 2024-07-05..
GBR | James Cleverly; Cleverly | GOV 2022-09-06..2024-07-05
GBR | Jack Straw | GOV 1997-05-02..2007-06-27
GBR | Robin Cook | GOV 1997-05-02..2003-03-17
GBR | Douglas Hurd | GOV 1989-10-26..1995-07-05
GBR | Malcolm Rifkind | GOV 1992-04-11..1997-05-02
GBR | Tom King | GOV 1983-06-11..1992-04-10
GBR | William Hague | GOV 2010-05-12..2015-05-08
GBR | Charles III; King Charles | GOV 2022-09-08..
GBR | Elizabeth II; Queen Elizabeth | GOV 1952-02-06..2022-09-08
FRA | François Mitterrand; Francois Mitterrand; Mitterrand | GOV 1981-05-21..1995-05-17
FRA | Jacques Chirac; Chirac | GOV 1995-05-17..2007-05-16
FRA | Nicolas Sarkozy; Sarkozy | GOV 2002-05-07..2012-05-15
FRA | François Hollande; Francois Hollande; Hollande | GOV 2012-05-15..2017-05-14
FRA | Emmanuel Macron; Macron | GOV 2014-08-26..2016-08-30, GOV 2017-05-14..
FRA | Lionel Jospin; Jospin | GOV 1997-06-02..2002-05-06
FRA | Dominique de Villepin; Villepin | GOV 2002-05-07..2007-05-17
FRA | Laurent Fabius; Fabius | GOV 1984-07-17..1986-03-20, LEG 1988-06-23..1992-01-22, LEG 1997-06-12..2000-03-28, GOV 2000-03-28..2002-05-06, GOV 2012-05-16..2016-02-11
FRA | Alain Juppé; Alain Juppe; Juppé; Juppe | GOV 1993-03-30..1997-06-02, GOV 2010-11-14..2012-05-15
FRA | Bernard Kouchner; Kouchner | GOV 2007-05-18..2010-11-14
FRA | Jean-Yves Le Drian; Le Drian | GOV 2012-05-16..2022-05-20
FRA | Catherine Colonna | GOV 2022-05-20..2024-01-11
FRA | Jean-Noël Barrot; Jean-Noel Barrot | GOV 2024-09-21..
FRA | Michel Barnier; Barnier | GOV 2024-09-05..2024-12-13
FRA | François Bayrou; Francois Bayrou; Bayrou | GOV 2024-12-13..2025-09-09
FRA | Sébastien Lecornu; Sebastien Lecornu; Lecornu | GOV 2022-05-20..
DEU | Helmut Kohl; Kohl | GOV 1982-10-01..1998-10-27
DEU | Gerhard Schröder; Gerhard Schroeder; Gerhard Schroder; Schröder; Schroeder | GOV 1998-10-27..2005-11-22
DEU | Angela Merkel; Merkel | GOV 2005-11-22..2021-12-08
DEU | Olaf Scholz; Scholz | GOV 2018-03-14..2025-05-06
DEU | Friedrich Merz; Merz | GOV 2025-05-06..
DEU | Hans-Dietrich Genscher; Genscher | GOV 1974-05-17..1992-05-17
DEU | Klaus Kinkel; Kinkel | GOV 1992-05-18..1998-10-26
DEU | Joschka Fischer | GOV 1998-10-27..2005-11-22
DEU | Frank-Walter Steinmeier; Steinmeier | GOV 2005-11-22..2009-10-28, GOV 2013-12-17..
DEU | Guido Westerwelle; Westerwelle | GOV 2009-10-28..2013-12-17
DEU | Heiko Maas | GOV 2018-03-14..2021-12-08
DEU | Annalena Baerbock; Baerbock | GOV 2021-12-08..2025-05-06
DEU | Johann Wadephul; Wadephul | GOV 2025-05-06..
DEU | Boris Pistorius; Pistorius | GOV 2023-01-19..
ITA | Silvio Berlusconi; Berlusconi | GOV 1994-05-10..1995-01-17, GOV 2001-06-11..2006-05-17, GOV 2008-05-08..2011-11-16
ITA | Romano Prodi; Prodi | GOV 1996-05-17..1998-10-21, GOV 2006-05-17..2008-05-08
ITA | Matteo Renzi; Renzi | GOV 2014-02-22..2016-12-12
ITA | Giuseppe Conte | GOV 2018-06-01..2021-02-13
ITA | Mario Draghi; Draghi | GOV 2021-02-13..2022-10-22
ITA | Giorgia Meloni; Meloni | GOV 2022-10-22..
ITA | Antonio Tajani; Tajani | GOV 2022-10-22..
ESP | Pedro Sánchez; Pedro Sanchez | GOV 2018-06-02..
ESP | Mariano Rajoy; Rajoy | GOV 2011-12-21..2018-06-01
ESP | José Luis Rodríguez Zapatero; Jose Luis Rodriguez Zapatero; Zapatero | GOV 2004-04-17..2011-12-21
ESP | José María Aznar; Jose Maria Aznar; Aznar | GOV 1996-05-05..2004-04-17
ESP | Felipe González; Felipe Gonzalez | GOV 1982-12-02..1996-05-05
POL | Lech Wałęsa; Lech Walesa; Walesa; Wałęsa | GOV 1990-12-22..1995-12-22
POL | Donald Tusk; Tusk | GOV 2007-11-16..2014-09-22, IGO@IGOEEC 2014-12-01..2019-11-30, GOV 2023-12-13..
POL | Andrzej Duda | GOV 2015-08-06..2025-08-06
POL | Karol Nawrocki; Nawrocki | GOV 2025-08-06..
POL | Mateusz Morawiecki; Morawiecki | GOV 2017-12-11..2023-12-13
POL | Radosław Sikorski; Radoslaw Sikorski; Sikorski | GOV 2007-11-16..2014-09-22, GOV 2023-12-13..
HUN | Viktor Orbán; Viktor Orban; Orbán; Orban | GOV 1998-07-06..2002-05-27, GOV 2010-05-29..
HUN | Péter Szijjártó; Peter Szijjarto; Szijjártó; Szijjarto | GOV 2014-09-23..
NLD | Mark Rutte; Rutte | GOV 2010-10-14..2024-07-02, IGO@IGONAT 2024-10-01..
NLD | Dick Schoof | GOV 2024-07-02..
BEL | Charles Michel | GOV 2014-10-11..2019-10-27, IGO@IGOEEC 2019-12-01..2024-11-30
GRC | Kyriakos Mitsotakis; Mitsotakis | GOV 2019-07-08..
GRC | Alexis Tsipras; Tsipras | GOV 2015-01-26..2019-07-08
GRC | Andreas Papandreou | GOV 1981-10-21..1989-07-02, GOV 1993-10-13..1996-01-22
SRB | Slobodan Milošević; Slobodan Milosevic; Milošević; Milosevic | GOV 1989-05-08..2000-10-07
SRB | Vojislav Koštunica; Vojislav Kostunica; Koštunica; Kostunica | OPP 1992-01-01..2000-10-07, GOV 2000-10-07..2008-07-07
SRB | Zoran Đinđić; Zoran Djindjic; Zoran Dindic; Djindjic | OPP 1990-01-01..2001-01-25, GOV 2001-01-25..2003-03-12
SRB | Boris Tadić; Boris Tadic; Tadić; Tadic | GOV 2003-03-17..2012-05-31
SRB | Aleksandar Vučić; Aleksandar Vucic; Vučić; Vucic | GOV 2012-07-27..
HRV | Franjo Tuđman; Franjo Tudjman; Tuđman; Tudjman | GOV 1990-05-30..1999-12-10
BIH | Alija Izetbegović; Alija Izetbegovic; Izetbegovic | GOV 1990-12-20..2000-10-14
BIH | Radovan Karadžić; Radovan Karadzic; Karadzic | REB 1992-01-09..1996-07-19
BIH | Ratko Mladić; Ratko Mladic; Mladic | REB 1992-05-12..1996-11-08
BLR | Alexander Lukashenko; Aleksandr Lukashenko; Lukashenko | GOV 1994-07-20..
BLR | Sviatlana Tsikhanouskaya; Svetlana Tikhanovskaya; Tsikhanouskaya | OPP 2020-05-01..
UKR | Volodymyr Zelensky; Volodymyr Zelenskyy; Volodymyr Zelenskiy; Zelensky; Zelenskyy; Zelenskiy | GOV 2019-05-20..
UKR | Petro Poroshenko; Poroshenko | GOV 2009-10-09..2010-03-11, GOV 2012-03-23..2012-12-24, GOV 2014-06-07..2019-05-20
UKR | Viktor Yanukovych; Yanukovych | GOV 2002-11-21..2005-01-05, GOV 2006-08-04..2007-12-18, GOV 2010-02-25..2014-02-22
UKR | Viktor Yushchenko; Yushchenko | GOV 1999-12-22..2001-05-29, GOV 2005-01-23..2010-02-25
UKR | Leonid Kuchma; Kuchma | GOV 1992-10-13..1993-09-22, GOV 1994-07-19..2005-01-23
UKR | Leonid Kravchuk; Kravchuk | GOV 1991-12-05..1994-07-19
UKR | Yulia Tymoshenko; Tymoshenko | GOV 2005-01-24..2005-09-08, GOV 2007-12-18..2010-03-04
UKR | Dmytro Kuleba; Kuleba | GOV 2019-08-29..2024-09-05
UKR | Andrii Sybiha; Andriy Sybiha; Sybiha | GOV 2024-04-11..
UKR | Denys Shmyhal; Shmyhal | GOV 2019-08-01..
UKR | Yulia Svyrydenko; Svyrydenko | GOV 2021-11-04..
UKR | Andriy Yermak; Andrii Yermak; Yermak | GOV 2020-02-11..2025-11-28
UKR | Oleksii Reznikov; Oleksiy Reznikov; Reznikov | GOV 2020-07-16..2023-09-06
UKR | Rustem Umerov; Umerov | GOV 2023-09-06..
UKR | Valerii Zaluzhnyi; Valeriy Zaluzhnyi; Zaluzhnyi | MIL 2021-07-27..2024-02-08
UKR | Oleksandr Syrskyi; Syrskyi | MIL 2019-08-05..
MDA | Maia Sandu; Sandu | GOV 2019-06-08..2019-11-14, GOV 2020-12-24..
ROU | Klaus Iohannis; Iohannis | GOV 2014-12-21..2025-02-12
ROU | Nicolae Ceaușescu; Nicolae Ceausescu; Ceausescu; Ceaușescu | GOV 1965-03-22..1989-12-22
BGR | Todor Zhivkov; Zhivkov | GOV 1954-03-04..1989-11-10
CZE | Václav Havel; Vaclav Havel; Havel | GOV 1993-02-02..2003-02-02
CZE | Petr Fiala; Fiala | GOV 2021-11-28..2025-12-09
CZE | Petr Pavel | GOV 2023-03-09..
SVK | Robert Fico; Fico | GOV 2006-07-04..2010-07-08, GOV 2012-04-04..2018-03-22, GOV 2023-10-25..
FIN | Sauli Niinistö; Sauli Niinisto; Niinistö; Niinisto | GOV 2012-03-01..2024-03-01
FIN | Alexander Stubb; Stubb | GOV 2024-03-01..
SWE | Ulf Kristersson; Kristersson | GOV 2022-10-18..
NOR | Jens Stoltenberg; Stoltenberg | GOV 2005-10-17..2013-10-16, IGO@IGONAT 2014-10-01..2024-10-01, GOV 2025-02-04..
DNK | Mette Frederiksen; Frederiksen | GOV 2019-06-27..
DNK | Lars Løkke Rasmussen; Lars Lokke Rasmussen | GOV 2009-04-05..2011-10-03, GOV 2015-06-28..2019-06-27, GOV 2022-12-15..
TUR | Recep Tayyip Erdoğan; Recep Tayyip Erdogan; Tayyip Erdogan; Erdoğan; Erdogan | GOV 2003-03-14..
TUR | Abdullah Gül; Abdullah Gul | GOV 2002-11-18..2014-08-28
TUR | Ahmet Davutoğlu; Ahmet Davutoglu; Davutoglu | GOV 2009-05-01..2016-05-22
TUR | Mevlüt Çavuşoğlu; Mevlut Cavusoglu; Cavusoglu; Çavuşoğlu | GOV 2014-08-29..2023-06-04
TUR | Hakan Fidan; Fidan | GOV 2010-05-27..
TUR | Binali Yıldırım; Binali Yildirim | GOV 2016-05-24..2018-07-09
TUR | Bülent Ecevit; Bulent Ecevit; Ecevit | GOV 1999-01-11..2002-11-18
TUR | Turgut Özal; Turgut Ozal; Ozal | GOV 1983-12-13..1993-04-17
TUR | Süleyman Demirel; Suleyman Demirel; Demirel | GOV 1991-11-20..2000-05-16
TUR | Abdullah Öcalan; Abdullah Ocalan; Öcalan; Ocalan | REB 1978-11-27..

# Middle East and North Africa
ISR | Benjamin Netanyahu; Netanyahu | GOV 1996-06-18..1999-07-06, GOV 2009-03-31..2021-06-13, GOV 2022-12-29..
ISR | Naftali Bennett | GOV 2021-06-13..2022-06-30
ISR | Yair Lapid; Lapid | GOV 2021-06-13..2022-12-29
ISR | Ariel Sharon; Sharon | GOV 2001-03-07..2006-04-14
ISR | Ehud Olmert; Olmert | GOV 2006-01-04..2009-03-31
ISR | Ehud Barak | GOV 1999-07-06..2001-03-07, GOV 2007-06-18..2013-03-18
ISR | Yitzhak Rabin; Rabin | GOV 1992-07-13..1995-11-04
ISR | Shimon Peres; Peres | GOV 1992-07-13..1996-06-18, GOV 2007-07-15..2014-07-24
ISR | Yitzhak Shamir; Shamir | GOV 1983-10-10..1992-07-13
ISR | Isaac Herzog | GOV 2021-07-07..
ISR | Reuven Rivlin; Rivlin | GOV 2014-07-24..2021-07-07
ISR | Yoav Gallant; Gallant | GOV 2022-12-29..2024-11-05
ISR | Israel Katz | GOV 2019-02-21..
ISR | Gideon Sa'ar; Gideon Saar | GOV 2024-09-29..
ISR | Benny Gantz; Gantz | GOV 2020-05-17..2022-12-29, GOV 2023-10-11..2024-06-09
ISR | Avigdor Lieberman | GOV 2009-03-31..2012-12-18, GOV 2013-11-11..2015-05-14, GOV 2016-05-30..2018-11-14
PSE | Mahmoud Abbas; Abu Mazen; Abbas | GOV 2003-03-19..
PSE | Yasser Arafat; Arafat | GOV 1969-02-04..2004-11-11
PSE | Saeb Erekat; Saeb Erakat; Erekat; Erakat | GOV 1991-10-30..2020-11-10
PSE | Mohammad Shtayyeh; Shtayyeh | GOV 2019-04-13..2024-03-31
PSE | Mohammad Mustafa | GOV 2024-03-31..
PSE | Salam Fayyad; Fayyad | GOV 2007-06-15..2013-06-06
PSE | Ismail Haniyeh; Ismail Haniya; Haniyeh | REB 2006-03-29..2024-07-31
PSE | Yahya Sinwar; Sinwar | REB 2017-02-13..2024-10-16
PSE | Khaled Meshaal; Khaled Mashal | REB 1996-01-01..2017-05-06
IRN | Ali Khamenei; Ayatollah Ali Khamenei; Ayatollah Khamenei; Khamenei | GOV 1981-10-13..
IRN | Ruhollah Khomeini; Ayatollah Khomeini; Khomeini | GOV 1979-02-11..1989-06-03
IRN | Akbar Hashemi Rafsanjani; Hashemi Rafsanjani; Rafsanjani | GOV 1980-07-20..1997-08-03
IRN | Mohammad Khatami; Khatami | GOV 1997-08-03..2005-08-03
IRN | Mahmoud Ahmadinejad; Ahmadinejad | GOV 2005-08-03..2013-08-03
IRN | Hassan Rouhani; Hassan Rohani; Rouhani; Rohani | GOV 2013-08-03..2021-08-03
IRN | Ebrahim Raisi; Raisi | JUD 2019-03-07..2021-07-01, GOV 2021-08-03..2024-05-19
IRN | Masoud Pezeshkian; Pezeshkian | GOV 2024-07-28..
IRN | Mohammad Javad Zarif; Javad Zarif; Zarif | GOV 2013-08-15..2021-08-25, GOV 2024-08-01..2025-03-02
IRN | Hossein Amir-Abdollahian; Amir-Abdollahian; Amirabdollahian | GOV 2021-08-25..2024-05-19
IRN | Abbas Araghchi; Araghchi | GOV 2024-08-21..
IRN | Qassem Soleimani; Qasem Soleimani; Soleimani | MIL 1998-01-01..2020-01-03
IRN | Ali Larijani; Larijani | LEG 2008-05-28..2020-05-28
IRQ | Saddam Hussein; Saddam | GOV 1979-07-16..2003-04-09
IRQ | Tariq Aziz | GOV 1979-07-16..2003-04-09
IRQ | Iyad Allawi; Ayad Allawi; Allawi | GOV 2004-06-28..2005-05-03
IRQ | Ibrahim al-Jaafari; Jaafari | GOV 2005-05-03..2006-05-20
IRQ | Nouri al-Maliki; Nuri al-Maliki; Maliki | GOV 2006-05-20..2014-09-08
IRQ | Haider al-Abadi; Abadi | GOV 2014-09-08..2018-10-25
IRQ | Mustafa al-Kadhimi; Kadhimi | GOV 2020-05-07..2022-10-27
IRQ | Mohammed Shia al-Sudani; Sudani | GOV 2022-10-27..
IRQ | Jalal Talabani; Talabani | GOV 2005-04-07..2014-07-24
IRQ | Abu Musab al-Zarqawi; Zarqawi | REB 1999-01-01..2006-06-07
IRQ | Moqtada al-Sadr; Muqtada al-Sadr; Sadr | OPP 2003-04-01..
SYR | Hafez al-Assad; Hafez Assad | GOV 1971-03-14..2000-06-10
SYR | Bashar al-Assad; Bashar Assad; Assad | GOV 2000-07-17..2024-12-08
SYR | Walid al-Muallem; Walid Muallem; Muallem | GOV 2006-02-11..2020-11-16
SYR | Ahmed al-Sharaa; Ahmad al-Sharaa; Abu Mohammed al-Jolani; Abu Mohammad al-Julani; Sharaa; Jolani | REB 2012-01-01..2024-12-08, GOV 2024-12-08..
SYR | Asaad al-Shaibani; Shaibani | GOV 2024-12-21..
EGY | Hosni Mubarak; Mubarak | GOV 1975-04-16..2011-02-11
EGY | Anwar Sadat; Anwar el-Sadat; Sadat | GOV 1970-10-15..1981-10-06
EGY | Mohamed Morsi; Mohammed Morsi; Morsi | GOV 2012-06-30..2013-07-03
EGY | Abdel Fattah el-Sisi; Abdel Fattah al-Sisi; Abdel-Fattah el-Sissi; Sisi; Sissi | GOV 2012-08-12..
EGY | Sameh Shoukry; Shoukry | GOV 2014-06-17..2024-07-03
EGY | Badr Abdelatty; Abdelatty | GOV 2024-07-03..
EGY | Amr Moussa | GOV 1991-05-20..2001-05-15, IGO@IGOARL 2001-05-15..2011-06-30
SAU | King Fahd | GOV 1975-03-25..2005-08-01
SAU | King Abdullah bin Abdulaziz; King Abdullah of Saudi Arabia | GOV 1982-06-13..2015-01-23
SAU | King Salman; Salman bin Abdulaziz | GOV 2011-11-05..
SAU | Mohammed bin Salman; Mohammad bin Salman; MBS | GOV 2015-01-23..
SAU | Saud al-Faisal | GOV 1975-10-13..2015-04-29
SAU | Adel al-Jubeir; Jubeir | GOV 2007-02-01..
SAU | Faisal bin Farhan | GOV 2019-10-23..
JOR | King Abdullah II; Abdullah II | GOV 1999-02-07..
JOR | King Hussein | GOV 1952-08-11..1999-02-07
JOR | Ayman Safadi; Safadi | GOV 2017-01-15..
QAT | Tamim bin Hamad Al Thani; Tamim bin Hamad al-Thani; Sheikh Tamim | GOV 2013-06-25..
QAT | Hamad bin Khalifa Al Thani; Hamad bin Khalifa al-Thani; Sheikh Hamad bin Khalifa | GOV 1995-06-27..2013-06-25
ARE | Mohammed bin Zayed; Mohamed bin Zayed; MBZ | GOV 2004-11-03..
ARE | Khalifa bin Zayed | GOV 2004-11-03..2022-05-13
LBN | Michel Aoun | MIL 1984-06-23..1988-09-22, GOV 1988-09-22..1990-10-13, GOV 2016-10-31..2022-10-30
LBN | Joseph Aoun | MIL 2017-03-08..2025-01-09, GOV 2025-01-09..
LBN | Elias Hrawi; Hrawi | GOV 1989-11-24..1998-11-24
LBN | Rafik Hariri; Rafic Hariri | GOV 1992-10-31..1998-12-02, GOV 2000-10-23..2004-10-21
LBN | Saad Hariri | GOV 2009-11-09..2011-06-13, GOV 2016-12-18..2020-01-21
LBN | Najib Mikati; Mikati | GOV 2005-04-19..2005-07-19, GOV 2011-06-13..2014-02-15, GOV 2021-09-10..2025-02-08
LBN | Nawaf Salam | GOV 2025-02-08..
LBN | Hassan Nasrallah; Nasrallah | REB 1992-02-16..2024-09-27
LBN | Naim Qassem | REB 2024-10-29..
YEM | Ali Abdullah Saleh | GOV 1978-07-17..2012-02-27
YEM | Abd Rabbuh Mansur Hadi; Abdrabbuh Mansour Hadi | GOV 1994-10-03..2022-04-07
YEM | Abdul-Malik al-Houthi; Abdul Malik al-Houthi | REB 2004-09-10..
OMN | Sultan Qaboos; Qaboos bin Said | GOV 1970-07-23..2020-01-10
LBY | Muammar Gaddafi; Muammar Qaddafi; Moammar Gadhafi; Muammar al-Gaddafi; Gaddafi; Qaddafi; Gadhafi | GOV 1969-09-01..2011-10-20
LBY | Khalifa Haftar; Khalifa Hifter; Haftar | MIL 2014-05-16..
DZA | Abdelaziz Bouteflika; Bouteflika | GOV 1999-04-27..2019-04-02
DZA | Abdelmadjid Tebboune; Tebboune | GOV 2017-05-24..2017-08-15, GOV 2019-12-19..
DZA | Ahmed Ben Bella; Ben Bella | GOV 1962-09-27..1965-06-19
TUN | Zine El Abidine Ben Ali; Ben Ali | GOV 1987-10-02..2011-01-14
TUN | Kais Saied; Kaïs Saïed; Saied | GOV 2019-10-23..
MAR | Mohammed VI; King Mohammed VI | GOV 1999-07-23..
MAR | Hassan II; King Hassan | GOV 1961-02-26..1999-07-23

# South and Central Asia
IND | Narendra Modi; Modi | GOV 2001-10-07..
IND | Manmohan Singh | GOV 1991-06-21..1996-05-16, GOV 2004-05-22..2014-05-26
IND | Atal Bihari Vajpayee; Vajpayee | GOV 1996-05-16..1996-06-01, GOV 1998-03-19..2004-05-22
IND | P. V. Narasimha Rao; Narasimha Rao | GOV 1991-06-21..1996-05-16
IND | Rajiv Gandhi | GOV 1984-10-31..1989-12-02
IND | Indira Gandhi | GOV 1980-01-14..1984-10-31
IND | Subrahmanyam Jaishankar; S. Jaishankar; Jaishankar | GOV 2015-01-29..
IND | Sushma Swaraj | GOV 2014-05-26..2019-05-30
IND | Rajnath Singh | GOV 2014-05-26..
IND | Ajit Doval; Doval | GOV 2014-05-30..
IND | Droupadi Murmu | GOV 2022-07-25..
IND | Rahul Gandhi | OPP 2004-05-17..
PAK | Shehbaz Sharif; Shahbaz Sharif | GOV 2022-04-11..2023-08-14, GOV 2024-03-04..
PAK | Nawaz Sharif | GOV 1990-11-06..1993-07-18, GOV 1997-02-17..1999-10-12, GOV 2013-06-05..2017-07-28
PAK | Imran Khan | GOV 2018-08-18..2022-04-10, OPP 2022-04-10..
PAK | Pervez Musharraf; Musharraf | MIL 1998-10-07..1999-10-12, GOV 1999-10-12..2008-08-18
PAK | Asif Ali Zardari; Zardari | GOV 2008-09-09..2013-09-09, GOV 2024-03-10..
PAK | Benazir Bhutto | GOV 1988-12-02..1990-08-06, GOV 1993-10-19..1996-11-05
PAK | Bilawal Bhutto Zardari; Bilawal Bhutto | GOV 2022-04-27..2023-08-10
PAK | Ishaq Dar | GOV 2013-06-07..2017-11-21, GOV 2022-09-28..
PAK | Asim Munir | MIL 2018-10-25..
PAK | Zia-ul-Haq; Mohammad Zia-ul-Haq | GOV 1977-07-05..1988-08-17
AFG | Hamid Karzai; Karzai | GOV 2001-12-22..2014-09-29
AFG | Ashraf Ghani | GOV 2014-09-29..2021-08-15
AFG | Mullah Mohammad Omar; Mullah Omar | GOV 1996-09-27..2001-11-13, REB 2001-11-13..2013-04-23
AFG | Hibatullah Akhundzada; Haibatullah Akhundzada; Akhundzada | REB 2016-05-25..2021-08-15, GOV 2021-08-15..
AFG | Zabihullah Mujahid | REB 2007-01-01..2021-08-15, GOV 2021-08-15..
BGD | Sheikh Hasina | GOV 1996-06-23..2001-07-15, GOV 2009-01-06..2024-08-05
BGD | Muhammad Yunus; Yunus | GOV 2024-08-08..
BGD | Khaleda Zia | GOV 1991-03-20..1996-03-30, GOV 2001-10-10..2006-10-29
LKA | Mahinda Rajapaksa | GOV 2004-04-06..2015-01-09, GOV 2019-11-21..2022-05-09
LKA | Gotabaya Rajapaksa | GOV 2005-11-25..2015-01-09, GOV 2019-11-18..2022-07-14
LKA | Ranil Wickremesinghe; Wickremesinghe | GOV 1993-05-07..1994-08-19, GOV 2001-12-09..2004-04-06, GOV 2015-01-09..2019-11-21, GOV 2022-05-12..2024-09-23
LKA | Anura Kumara Dissanayake | GOV 2024-09-23..
LKA | Velupillai Prabhakaran; Prabhakaran | REB 1976-05-05..2009-05-18
KAZ | Nursultan Nazarbayev; Nazarbayev | GOV 1984-03-22..2022-01-05
KAZ | Kassym-Jomart Tokayev; Tokayev | GOV 1994-10-13..
UZB | Islam Karimov; Karimov | GOV 1990-03-24..2016-09-02
UZB | Shavkat Mirziyoyev; Mirziyoyev | GOV 2003-12-12..
TJK | Emomali Rahmon; Emomali Rahmonov; Rahmon | GOV 1992-11-19..
KGZ | Sadyr Japarov; Japarov | GOV 2020-10-14..
KGZ | Nikolai Tanaev; Nikolai Tanayev | GOV 2002-05-22..2005-03-25
TKM | Gurbanguly Berdimuhamedow; Gurbanguly Berdymukhamedov | GOV 2006-12-21..2022-03-19
AZE | Ilham Aliyev | GOV 2003-08-04..
AZE | Heydar Aliyev | GOV 1993-06-15..2003-10-31
ARM | Nikol Pashinyan; Pashinyan | GOV 2018-05-08..
GEO | Mikheil Saakashvili; Saakashvili | GOV 2004-01-25..2013-11-17
GEO | Irakli Kobakhidze; Kobakhidze | GOV 2024-02-08..

# East and Southeast Asia, Pacific
JPN | Ryutaro Hashimoto; Hashimoto | GOV 1996-01-11..1998-07-30
JPN | Junichiro Koizumi; Koizumi | GOV 2001-04-26..2006-09-26
JPN | Shinzo Abe; Abe | GOV 2006-09-26..2007-09-26, GOV 2012-12-26..2020-09-16
JPN | Yoshihide Suga | GOV 2012-12-26..2021-10-04
JPN | Fumio Kishida; Kishida | GOV 2012-12-26..2017-08-03, GOV 2021-10-04..2024-10-01
JPN | Shigeru Ishiba; Ishiba | GOV 2024-10-01..2025-10-21
JPN | Sanae Takaichi; Takaichi | GOV 2025-10-21..
JPN | Yasuhiro Nakasone; Nakasone | GOV 1982-11-27..1987-11-06
JPN | Keizo Obuchi; Obuchi | GOV 1997-09-11..2000-04-05
JPN | Yoshimasa Hayashi | GOV 2021-11-10..
JPN | Toshimitsu Motegi; Motegi | GOV 2019-09-11..2021-11-04, GOV 2025-10-21..
KOR | Kim Dae-jung | GOV 1998-02-25..2003-02-24
KOR | Roh Moo-hyun | GOV 2003-02-25..2008-02-24
KOR | Lee Myung-bak | GOV 2008-02-25..2013-02-24
KOR | Park Geun-hye | GOV 2013-02-25..2017-03-10
KOR | Moon Jae-in | GOV 2017-05-10..2022-05-09
KOR | Yoon Suk Yeol; Yoon Suk-yeol | GOV 2022-05-10..2025-04-04
KOR | Lee Jae-myung | GOV 2025-06-04..
KOR | Kim Young-sam | GOV 1993-02-25..1998-02-24
KOR | Roh Tae-woo | GOV 1988-02-25..1993-02-24
KOR | Chun Doo-hwan | GOV 1980-09-01..1988-02-24
PRK | Kim Il Sung; Kim Il-sung | GOV 1948-09-09..1994-07-08
PRK | Kim Jong Il; Kim Jong-il | GOV 1994-07-08..2011-12-17
PRK | Kim Jong Un; Kim Jong-un | GOV 2011-12-17..
PRK | Kim Yo Jong; Kim Yo-jong | GOV 2014-01-01..
PRK | Choe Son Hui; Choe Son-hui | GOV 2018-01-01..
IDN | Suharto | GOV 1967-03-12..1998-05-21
IDN | Susilo Bambang Yudhoyono; Yudhoyono | GOV 2004-10-20..2014-10-20
IDN | Joko Widodo; Jokowi | GOV 2014-10-20..2024-10-20
IDN | Prabowo Subianto; Prabowo | GOV 2019-10-23..
IDN | Megawati Sukarnoputri; Megawati | GOV 1999-10-21..2004-10-20
IDN | Retno Marsudi | GOV 2014-10-27..2024-10-20
PHL | Ferdinand Marcos Jr.; Bongbong Marcos | GOV 2022-06-30..
PHL | Rodrigo Duterte; Duterte | GOV 2016-06-30..2022-06-30
PHL | Gloria Macapagal Arroyo; Gloria Arroyo | GOV 2001-01-20..2010-06-30
PHL | Corazon Aquino; Cory Aquino | GOV 1986-02-25..1992-06-30
PHL | Fidel Ramos | GOV 1992-06-30..1998-06-30
PHL | Joseph Estrada | GOV 1998-06-30..2001-01-20
VNM | To Lam; Tô Lâm | GOV 2016-04-09..
VNM | Nguyen Phu Trong; Nguyễn Phú Trọng | GOV 2011-01-19..2024-07-19
VNM | Pham Minh Chinh; Phạm Minh Chính | GOV 2021-04-05..
VNM | Tran Xuan Gia | GOV 1996-11-01..2002-08-08
THA | Thaksin Shinawatra; Thaksin | GOV 2001-02-09..2006-09-19
THA | Prayut Chan-o-cha; Prayuth Chan-ocha; Prayut; Prayuth | MIL 2010-10-01..2014-05-22, GOV 2014-05-22..2023-08-22
THA | Srettha Thavisin; Srettha | GOV 2023-08-22..2024-08-14
THA | Paetongtarn Shinawatra; Paetongtarn | GOV 2024-08-16..2025-08-29
THA | Anutin Charnvirakul; Anutin | GOV 2019-07-10..
MYS | Mahathir Mohamad; Mahathir | GOV 1981-07-16..2003-10-31, GOV 2018-05-10..2020-02-24
MYS | Anwar Ibrahim | GOV 1993-12-01..1998-09-02, OPP 2008-08-26..2022-11-24, GOV 2022-11-24..
MYS | Najib Razak; Najib | GOV 2009-04-03..2018-05-10
SGP | Lee Kuan Yew | GOV 1959-06-05..1990-11-28
SGP | Lee Hsien Loong | GOV 2004-08-12..2024-05-15
SGP | Lawrence Wong | GOV 2024-05-15..
SGP | Vivian Balakrishnan; Balakrishnan | GOV 2015-10-01..
MMR | Aung San Suu Kyi; Suu Kyi | OPP 1988-09-27..2016-03-30, GOV 2016-03-30..2021-02-01
MMR | Min Aung Hlaing | MIL 2011-03-30..2021-02-01, GOV 2021-02-01..
KHM | Hun Sen | GOV 1985-01-14..2023-08-22
KHM | Hun Manet | GOV 2023-08-22..
KHM | Pol Pot | GOV 1976-04-14..1979-01-07, REB 1979-01-07..1998-04-15
AUS | Anthony Albanese; Albanese | GOV 2022-05-23..
AUS | Scott Morrison | GOV 2018-08-24..2022-05-23
AUS | John Howard | GOV 1996-03-11..2007-12-03
AUS | Kevin Rudd; Rudd | GOV 2007-12-03..2010-06-24, GOV 2013-06-27..2013-09-18
AUS | Bob Hawke; Hawke | GOV 1983-03-11..1991-12-20
AUS | Penny Wong | GOV 2022-05-23..
NZL | Jacinda Ardern; Ardern | GOV 2017-10-26..2023-01-25
NZL | Christopher Luxon; Luxon | GOV 2023-11-27..
FJI | Mahendra Chaudhry | GOV 1999-05-19..2000-05-27

# Americas
CAN | Justin Trudeau; Trudeau | GOV 2015-11-04..2025-03-14
CAN | Mark Carney | GOV 2025-03-14..
CAN | Stephen Harper | GOV 2006-02-06..2015-11-04
CAN | Jean Chrétien; Jean Chretien; Chrétien; Chretien | GOV 1993-11-04..2003-12-12
CAN | Brian Mulroney; Mulroney | GOV 1984-09-17..1993-06-25
CAN | Mélanie Joly; Melanie Joly | GOV 2021-10-26..
MEX | Claudia Sheinbaum; Sheinbaum | GOV 2024-10-01..
MEX | Andrés Manuel López Obrador; Andres Manuel Lopez Obrador; López Obrador; Lopez Obrador; AMLO | GOV 2018-12-01..2024-09-30
MEX | Enrique Peña Nieto; Enrique Pena Nieto; Peña Nieto; Pena Nieto | GOV 2012-12-01..2018-11-30
MEX | Felipe Calderón; Felipe Calderon | GOV 2006-12-01..2012-11-30
MEX | Vicente Fox | GOV 2000-12-01..2006-11-30
MEX | Ernesto Zedillo; Zedillo | GOV 1994-12-01..2000-11-30
BRA | Luiz Inácio Lula da Silva; Luiz Inacio Lula da Silva; Lula da Silva; Lula | GOV 2003-01-01..2011-01-01, GOV 2023-01-01..
BRA | Jair Bolsonaro; Bolsonaro | GOV 2019-01-01..2023-01-01
BRA | Dilma Rousseff; Rousseff | GOV 2011-01-01..2016-08-31
BRA | Michel Temer; Temer | GOV 2011-01-01..2019-01-01
BRA | Fernando Henrique Cardoso | GOV 1995-01-01..2003-01-01
BRA | Mauro Vieira | GOV 2015-01-01..2016-05-12, GOV 2023-01-01..
BRA | Celso Amorim; Amorim | GOV 2003-01-01..2010-12-31, GOV 2023-01-01..
ARG | Javier Milei; Milei | GOV 2023-12-10..
ARG | Alberto Fernández; Alberto Fernandez | GOV 2019-12-10..2023-12-10
ARG | Mauricio Macri; Macri | GOV 2015-12-10..2019-12-10
ARG | Cristina Fernández de Kirchner; Cristina Fernandez de Kirchner; Cristina Kirchner | GOV 2007-12-10..2015-12-10, GOV 2019-12-10..2023-12-10
ARG | Néstor Kirchner; Nestor Kirchner | GOV 2003-05-25..2007-12-10
ARG | Carlos Menem; Menem | GOV 1989-07-08..1999-12-10
COL | Gustavo Petro; Petro | GOV 2022-08-07..
COL | Iván Duque; Ivan Duque | GOV 2018-08-07..2022-08-07
COL | Juan Manuel Santos | GOV 2010-08-07..2018-08-07
COL | Álvaro Uribe; Alvaro Uribe; Uribe | GOV 2002-08-07..2010-08-07
CUB | Fidel Castro | GOV 1959-02-16..2008-02-24
CUB | Raúl Castro; Raul Castro | GOV 1959-10-16..2021-04-19
CUB | Miguel Díaz-Canel; Miguel Diaz-Canel; Díaz-Canel; Diaz-Canel | GOV 2013-02-24..
CUB | Bruno Rodríguez; Bruno Rodriguez | GOV 2009-03-02..
BOL | Evo Morales | GOV 2006-01-22..2019-11-10
BOL | Luis Arce | GOV 2020-11-08..2025-11-08
NIC | Daniel Ortega; Ortega | GOV 1979-07-18..1990-04-25, GOV 2007-01-10..
CHL | Gabriel Boric; Boric | GOV 2022-03-11..
CHL | Sebastián Piñera; Sebastian Pinera; Piñera; Pinera | GOV 2010-03-11..2014-03-11, GOV 2018-03-11..2022-03-11
CHL | Michelle Bachelet; Bachelet | GOV 2006-03-11..2010-03-11, GOV 2014-03-11..2018-03-11
CHL | Augusto Pinochet; Pinochet | GOV 1973-09-11..1990-03-11, MIL 1990-03-11..1998-03-10
PER | Alberto Fujimori; Fujimori | GOV 1990-07-28..2000-11-22
ECU | Rafael Correa; Correa | GOV 2007-01-15..2017-05-24
ECU | Daniel Noboa; Noboa | GOV 2023-11-23..
PAN | Manuel Noriega; Manuel Antonio Noriega; Noriega | MIL 1983-08-12..1989-12-20

# Africa
ZAF | Nelson Mandela; Mandela | GOV 1994-05-10..1999-06-14
ZAF | Thabo Mbeki; Mbeki | GOV 1994-05-10..2008-09-24
ZAF | Jacob Zuma; Zuma | GOV 1999-06-14..2005-06-14, GOV 2009-05-09..2018-02-14
ZAF | Cyril Ramaphosa; Ramaphosa | GOV 2014-05-25..
ZWE | Robert Mugabe; Mugabe | GOV 1980-04-18..2017-11-21
ZWE | Emmerson Mnangagwa; Mnangagwa | GOV 2014-12-12..
UGA | Yoweri Museveni; Museveni | GOV 1986-01-29..
RWA | Paul Kagame; Kagame | GOV 1994-07-19..
RWA | Juvénal Habyarimana; Juvenal Habyarimana; Habyarimana | GOV 1973-07-05..1994-04-06
ETH | Abiy Ahmed; Abiy | GOV 2018-04-02..
ETH | Meles Zenawi; Meles | GOV 1991-05-28..2012-08-20
ERI | Isaias Afwerki; Isaias | GOV 1993-05-24..
KEN | Uhuru Kenyatta | GOV 2013-04-09..2022-09-13
KEN | William Ruto; Ruto | GOV 2013-04-09..
KEN | Mwai Kibaki; Kibaki | GOV 2002-12-30..2013-04-09
KEN | Daniel arap Moi; Daniel Arap Moi | GOV 1978-08-22..2002-12-30
KEN | Moody Awori; Awori | GOV 2003-09-25..2008-01-09
NGA | Muhammadu Buhari; Buhari | GOV 1983-12-31..1985-08-27, GOV 2015-05-29..2023-05-29
NGA | Bola Tinubu; Bola Ahmed Tinubu; Tinubu | GOV 2023-05-29..
NGA | Olusegun Obasanjo; Obasanjo | GOV 1976-02-13..1979-10-01, GOV 1999-05-29..2007-05-29
NGA | Goodluck Jonathan | GOV 2007-05-29..2015-05-29
NGA | Sani Abacha; Abacha | GOV 1993-11-17..1998-06-08
SDN | Omar al-Bashir; Omar Hassan al-Bashir; Bashir | GOV 1989-06-30..2019-04-11
SDN | Abdel Fattah al-Burhan; Burhan | MIL 2019-04-12..2019-08-21, GOV 2019-08-21..
SDN | Mohamed Hamdan Dagalo; Hemedti | MIL 2013-08-01..2023-04-15, REB 2023-04-15..
SSD | Salva Kiir; Salva Kiir Mayardit | GOV 2011-07-09..
SSD | Riek Machar; Machar | OPP 2013-12-15..2016-04-26, GOV 2016-04-26..2016-07-23, GOV 2020-02-22..
AGO | José Eduardo dos Santos; Jose Eduardo dos Santos; Dos Santos | GOV 1979-09-21..2017-09-26
AGO | João Lourenço; Joao Lourenco | GOV 2014-04-23..
AGO | Jonas Savimbi; Savimbi | REB 1966-03-13..2002-02-22
ZMB | Levy Mwanawasa; Mwanawasa | GOV 2002-01-02..2008-08-19
ZMB | Hakainde Hichilema; Hichilema | OPP 2006-07-01..2021-08-24, GOV 2021-08-24..
CIV | Laurent Gbagbo; Gbagbo | GOV 2000-10-26..2011-04-11
CIV | Alassane Ouattara; Ouattara | GOV 1990-11-07..1993-12-09, GOV 2010-12-04..
COD | Joseph Kabila | GOV 2001-01-26..2019-01-24
COD | Laurent-Désiré Kabila; Laurent Kabila | REB 1996-10-18..1997-05-17, GOV 1997-05-17..2001-01-16
COD | Félix Tshisekedi; Felix Tshisekedi; Tshisekedi | GOV 2019-01-24..
COD | Mobutu Sese Seko; Mobutu | GOV 1965-11-24..1997-05-16
CMR | Paul Biya; Biya | GOV 1975-06-30..
TCD | Idriss Déby; Idriss Deby | GOV 1990-12-02..2021-04-20
TCD | Mahamat Déby; Mahamat Idriss Déby; Mahamat Idriss Deby | GOV 2021-04-20..
TCD | Goukouni Oueddei; Oueddei | GOV 1979-03-23..1982-06-07
TCD | Hissène Habré; Hissene Habre; Habré; Habre | GOV 1982-06-07..1990-12-01
GMB | Dawda Jawara; Dawda Kairaba Jawara; Jawara | GOV 1962-06-12..1994-07-22
GMB | Yahya Jammeh; Jammeh | GOV 1994-07-22..2017-01-19
SEN | Macky Sall | GOV 2004-04-21..2007-06-19, GOV 2012-04-02..2024-04-02
SEN | Abdoulaye Wade | GOV 2000-04-01..2012-04-02
SEN | Bassirou Diomaye Faye | GOV 2024-04-02..
LBR | Charles Taylor | REB 1989-12-24..1997-08-02, GOV 1997-08-02..2003-08-11
LBR | Ellen Johnson Sirleaf; Johnson Sirleaf | GOV 2006-01-16..2018-01-22
LBR | George Weah; Weah | GOV 2018-01-22..2024-01-22
LBR | Joseph Boakai; Boakai | GOV 2006-01-16..2018-01-22, GOV 2024-01-22..
TZA | Jakaya Kikwete; Kikwete | GOV 1995-11-01..2015-11-05
TZA | John Magufuli; Magufuli | GOV 2015-11-05..2021-03-17
TZA | Samia Suluhu Hassan; Samia Suluhu | GOV 2015-11-05..
SOM | Hassan Sheikh Mohamud | GOV 2012-09-16..2017-02-16, GOV 2022-05-23..
SOM | Mohamed Abdullahi Farmaajo; Farmaajo | GOV 2010-11-01..2011-06-19, GOV 2017-02-08..2022-05-23
MLI | Assimi Goïta; Assimi Goita; Goïta; Goita | MIL 2020-08-18..2021-05-24, GOV 2021-05-24..
BFA | Ibrahim Traoré; Ibrahim Traore | GOV 2022-09-30..
NER | Abdourahamane Tiani; Tiani | MIL 2011-01-01..2023-07-26, GOV 2023-07-26..
NER | Mohamed Bazoum; Bazoum | GOV 2015-02-25..2023-07-26

# International organisations (terms IGO@CODE above) and transnational armed groups
PER | Javier Pérez de Cuéllar; Javier Perez de Cuellar; Perez de Cuellar | IGO@IGOUNO 1982-01-01..1991-12-31, GOV 2000-11-22..2001-07-28
EGY | Boutros Boutros-Ghali; Boutros-Ghali | GOV 1977-10-25..1991-12-31, IGO@IGOUNO 1992-01-01..1996-12-31
GHA | Kofi Annan; Annan | IGO@IGOUNO 1993-03-01..2006-12-31
KOR | Ban Ki-moon; Ban Ki-Moon | GOV 2004-01-17..2006-11-09, IGO@IGOUNO 2007-01-01..2016-12-31
PRT | António Guterres; Antonio Guterres; Guterres | GOV 1995-10-28..2002-04-06, IGO@IGOUNO 2005-06-15..
DNK | Anders Fogh Rasmussen | GOV 2001-11-27..2009-04-05, IGO@IGONAT 2009-08-01..2014-10-01
ESP | Javier Solana; Solana | GOV 1982-12-03..1995-12-05, IGO@IGONAT 1995-12-05..1999-10-06, IGO@IGOEEC 1999-10-18..2009-11-30
DEU | Ursula von der Leyen; von der Leyen | GOV 2005-11-22..2019-07-17, IGO@IGOEEC 2019-12-01..
LUX | Jean-Claude Juncker; Juncker | GOV 1995-01-20..2013-12-04, IGO@IGOEEC 2014-11-01..2019-11-30
PRT | José Manuel Barroso; Jose Manuel Barroso; Barroso | GOV 2002-04-06..2004-07-17, IGO@IGOEEC 2004-11-22..2014-10-31
ESP | Josep Borrell; Borrell | GOV 2018-06-07..2019-11-30, IGO@IGOEEC 2019-12-01..2024-11-30
EST | Kaja Kallas; Kallas | GOV 2021-01-26..2024-07-23, IGO@IGOEEC 2024-12-01..
ITA | Federica Mogherini; Mogherini | GOV 2014-02-22..2014-10-31, IGO@IGOEEC 2014-11-01..2019-11-30
GBR | Catherine Ashton | IGO@IGOEEC 2008-10-03..2014-10-31
PRT | António Costa; Antonio Costa | GOV 2015-11-26..2024-04-02, IGO@IGOEEC 2024-12-01..
EGY | Mohamed ElBaradei; Mohamed El Baradei; ElBaradei | IGO@IGOUNOIAE 1997-12-01..2009-11-30, OPP 2010-02-01..2013-07-14, GOV 2013-07-14..2013-08-14
JPN | Yukiya Amano; Amano | IGO@IGOUNOIAE 2009-12-01..2019-07-18
ARG | Rafael Grossi; Rafael Mariano Grossi; Grossi | IGO@IGOUNOIAE 2019-12-03..
ETH | Tedros Adhanom Ghebreyesus; Tedros | GOV 2005-10-01..2016-11-01, IGO@IGOUNOWHO 2017-07-01..
BGR | Kristalina Georgieva; Georgieva | IGO@IGOIMF 2019-10-01..
FRA | Christine Lagarde; Lagarde | GOV 2005-06-02..2011-06-29, IGO@IGOIMF 2011-07-05..2019-09-12, IGO@IGOEEC 2019-11-01..
FRA | Dominique Strauss-Kahn; Strauss-Kahn | GOV 1997-06-04..1999-11-02, IGO@IGOIMF 2007-11-01..2011-05-18
TCD | Moussa Faki Mahamat; Moussa Faki | GOV 2003-06-24..2005-02-04, GOV 2008-04-23..2017-01-30, IGO@IGOAFU 2017-03-14..2025-02-15
IMGMOSALQ | Osama bin Laden; Usama bin Laden; bin Laden | REB 1988-08-11..2011-05-02
IMGMOSALQ | Ayman al-Zawahiri; Zawahiri | REB 1988-08-11..2022-07-31
IMGMOSISI | Abu Bakr al-Baghdadi; Baghdadi | REB 2010-05-16..2019-10-27

# heads of state and government of the CAMEO era (1970s–1990s) the
# sections above lack
EGY | Gamal Abdel Nasser; Nasser | GOV 1954-11-14..1970-09-28
ISR | Menachem Begin | GOV 1977-06-20..1983-10-10
SUN | Leonid Brezhnev; Brezhnev | GOV 1964-10-14..1982-11-10
SUN | Yuri Andropov; Andropov | GOV 1982-11-12..1984-02-09
SUN | Konstantin Chernenko; Chernenko | GOV 1984-02-13..1985-03-10
ZAF | F. W. de Klerk; Frederik Willem de Klerk; de Klerk | GOV 1989-08-15..1996-06-30
ZAF | P. W. Botha; Pieter Willem Botha | GOV 1978-10-09..1989-08-14
ZAF | Pik Botha; Roelof Botha | GOV 1977-04-01..1996-05-09
TZA | Julius Nyerere; Nyerere | GOV 1961-12-09..1985-11-05
ZMB | Kenneth Kaunda; Kaunda | GOV 1964-10-24..1991-11-02
TUN | Habib Bourguiba; Bourguiba | GOV 1956-03-20..1987-11-07
HUN | Janos Kadar; János Kádár; Kadar | GOV 1956-11-04..1988-05-22
POL | Wojciech Jaruzelski; Jaruzelski | GOV 1981-02-11..1990-12-22
ARG | Raul Alfonsin; Raúl Alfonsín; Alfonsin | GOV 1983-12-10..1989-07-08
PER | Alan Garcia; Alan García | GOV 1985-07-28..1990-07-28, GOV 2006-07-28..2011-07-28
MEX | Carlos Salinas de Gortari; Carlos Salinas | GOV 1988-12-01..1994-11-30
SLV | Jose Napoleon Duarte; José Napoleón Duarte | GOV 1984-06-01..1989-06-01
NIC | Violeta Chamorro; Violeta Barrios de Chamorro | GOV 1990-04-25..1997-01-10
PRY | Alfredo Stroessner; Stroessner | GOV 1954-08-15..1989-02-03
BRA | Fernando Collor de Mello; Fernando Collor; Collor | GOV 1990-03-15..1992-12-29
HTI | Jean-Bertrand Aristide; Aristide | GOV 1991-02-07..1991-09-30, GOV 1994-10-15..1996-02-07, GOV 2001-02-07..2004-02-29
ETH | Mengistu Haile Mariam; Mengistu | GOV 1977-02-03..1991-05-21
DDR | Erich Honecker; Honecker | GOV 1971-05-03..1989-10-18
SDN | Gaafar Nimeiry; Jaafar Nimeiri; Gaafar Nimeiri; Nimeiri; Nimeiry | GOV 1969-05-25..1985-04-06
DZA | Liamine Zeroual; Lamine Zeroual; Zeroual | GOV 1994-01-31..1999-04-27
DZA | Chadli Bendjedid; Chadli Benjedid; Bendjedid | GOV 1979-02-09..1992-01-11
KHM | Norodom Sihanouk; Prince Sihanouk; King Sihanouk; Sihanouk | GOV 1960-06-20..1970-03-18, GOV 1993-09-24..2004-10-07
KHM | Heng Samrin | GOV 1979-01-07..1992-04-06
CHN | Zhao Ziyang | GOV 1980-09-10..1989-06-24
CHN | Hu Yaobang | GOV 1980-02-29..1987-01-16
JPN | Toshiki Kaifu; Kaifu | GOV 1989-08-10..1991-11-05
JPN | Noboru Takeshita; Takeshita | GOV 1987-11-06..1989-06-03
MOZ | Samora Machel; Machel | GOV 1975-06-25..1986-10-19
MOZ | Joaquim Chissano; Chissano | GOV 1975-06-25..2005-02-02
MOZ | Afonso Dhlakama; Dhlakama | REB 1979-10-17..1992-10-04, OPP 1992-10-04..2018-05-03
`
