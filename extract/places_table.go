package extract

// placesTable maps cities, regions and territories that are not in the
// country table's names and seats to the country they belong to, so that
// "Sudanese rebels shelled Juba" or "protesters in Basra" resolve to a
// state. Written for entente from public geography; one country per line:
//
//	CODE: Place, Place, …
//	CODE/SECTOR: Seat, Seat, …   (places standing for an institution)
//
// A place is an actor only where the text uses it as one (the subject or
// the target of an event) and then stands for the state's civilians or
// local authorities (sector CVL), unlike capitals and seats of government
// (sector GOV, in the country table). Places claimed by several states are
// left out (Kashmir, Nagorno-Karabakh, Jerusalem).
const placesTable = `
USA/GOV: Pentagon, State Department, Foggy Bottom, Oval Office, Camp David, Treasury Department, US Treasury, U.S. Treasury, Commerce Department
USA/LEG: Capitol Hill, US Congress, U.S. Congress, US Senate, U.S. Senate
FRA/GOV: Elysee, Élysée, Elysee Palace, Élysée Palace, Quai d'Orsay, Matignon
GBR/GOV: Whitehall, Number 10, No 10
GBR/LEG: Westminster, House of Commons
KOR/GOV: Blue House
ISR/LEG: Knesset
RUS/LEG: Duma, State Duma
DEU/LEG: Bundestag
IRN/LEG: Majlis
JPN/LEG: Diet
CHN/GOV: Zhongnanhai
CHN/LEG: National People's Congress, NPC
CHN/MIL: People's Liberation Army, PLA
AFG: Kandahar, Herat, Mazar-i-Sharif, Jalalabad, Kunduz, Helmand, Bagram, Ghazni, Paktia, Khost, Nangarhar, Kunar, Panjshir
AGO: Cabinda, Huambo, Benguela
ARE: Dubai, Sharjah
ARG: Cordoba, Rosario, Mendoza
AUS: Sydney, Melbourne, Brisbane, Perth, Adelaide
AZE: Ganja, Sumgait
BGD: Chittagong, Khulna, Sylhet
BIH: Gorazde, Srebrenica, Mostar, Tuzla, Banja Luka, Bihac, Zepa, Republika Srpska
BRA: Rio de Janeiro, Rio, Sao Paulo, São Paulo, Salvador, Recife, Manaus, Porto Alegre
CAN: Toronto, Montreal, Vancouver, Calgary, Quebec, Alberta, Ontario
CHN: Shanghai, Harbin, Guangzhou, Shenzhen, Wuhan, Chongqing, Tianjin, Nanjing, Chengdu, Xi'an, Dalian, Qingdao, Hangzhou, Kunming, Urumqi, Lhasa, Xinjiang, Tibet, Guangdong, Fujian, Sichuan, Yunnan, Hainan, Inner Mongolia, Heilongjiang
COD: Goma, Bukavu, Kisangani, Lubumbashi, Bunia, Kivu, North Kivu, South Kivu, Ituri, Katanga
COL: Medellin, Medellín, Cali, Cartagena, Barranquilla
DEU: Munich, Frankfurt, Hamburg, Cologne, Bonn, Dresden, Leipzig, Stuttgart, Bavaria
DZA: Oran, Constantine, Annaba, Kabylie
EGY: Alexandria, Port Said, Suez, Sinai, Luxor, Aswan, Sharm el-Sheikh
ESP: Barcelona, Seville, Bilbao, Catalonia, Basque Country
ETH: Tigray, Mekelle, Amhara, Oromia, Dire Dawa, Gondar
FRA: Marseille, Lyon, Toulouse, Nice, Strasbourg, Bordeaux, Corsica
GBR: London, Manchester, Birmingham, Glasgow, Edinburgh, Belfast, Liverpool, Cardiff, Northern Ireland, Scotland, Wales, Ulster
GEO: Batumi, Abkhazia, South Ossetia, Tskhinvali, Sukhumi
IDN: Surabaya, Bali, Aceh, Medan, Papua, Bandung, Sulawesi, Java, Sumatra
IND: Mumbai, Bombay, Kolkata, Calcutta, Chennai, Madras, Bangalore, Bengaluru, Hyderabad, Ahmedabad, Amritsar, Srinagar, Assam, Manipur, Punjab, Gujarat, Kerala
IRN: Isfahan, Esfahan, Mashhad, Tabriz, Shiraz, Qom, Bushehr, Natanz, Fordow, Bam, Ahvaz, Bandar Abbas, Khuzestan
IRQ: Basra, Mosul, Kirkuk, Samarra, Fallujah, Falluja, Najaf, Karbala, Tikrit, Erbil, Irbil, Ramadi, Baquba, Nasiriyah, Sulaimaniyah, Anbar, Kurdistan region, Iraqi Kurdistan
ISR: Tel Aviv, Haifa, Eilat, Ashkelon, Sderot, Beersheba, Negev, Galilee
ITA: Milan, Naples, Turin, Florence, Venice, Genoa, Palermo, Sicily, Sardinia
JPN: Osaka, Okinawa, Hiroshima, Nagasaki, Kyoto, Yokohama, Fukushima, Hokkaido
KEN: Mombasa, Kisumu, Nakuru, Eldoret
KOR: Busan, Pusan, Incheon, Gwangju, Daegu
LBN: Sidon, Tyre, Baalbek, Bekaa, Bekaa Valley, south Lebanon
LBY: Benghazi, Misrata, Misurata, Sirte, Tobruk, Derna, Zawiya, Sabha
LKA: Jaffna, Kandy, Trincomalee, Batticaloa, Vavuniya, Kilinochchi, Mullaitivu
MAR: Casablanca, Marrakesh, Marrakech, Tangier, Fez
MEX: Guadalajara, Monterrey, Tijuana, Ciudad Juarez, Ciudad Juárez, Chiapas, Acapulco, Cancun
MLI: Timbuktu, Gao, Kidal, Mopti
MMR: Yangon, Rangoon, Mandalay, Rakhine, Shan state, Kachin, Karen state
NGA: Lagos, Kano, Maiduguri, Port Harcourt, Kaduna, Jos, Ibadan, Borno
PAK: Karachi, Lahore, Peshawar, Sindh, Quetta, Rawalpindi, Faisalabad, Multan, Balochistan, Baluchistan, Waziristan, Swat, Khyber Pakhtunkhwa
PHL: Cebu, Davao, Marawi, Mindanao, Jolo, Zamboanga
PSE: Gaza, Gaza Strip, Gaza City, West Bank, Ramallah, Hebron, Nablus, Jenin, Bethlehem, Rafah, Khan Younis, Tulkarm, Jericho, Qalqilya
RUS: St. Petersburg, St Petersburg, Saint Petersburg, Vladivostok, Sochi, Novosibirsk, Yekaterinburg, Kaliningrad, Murmansk, Chechnya, Grozny, Dagestan, Ingushetia, Siberia, Kursk, Belgorod, Rostov, Rostov-on-Don, Volgograd, Kazan, Tatarstan
SAU: Jeddah, Mecca, Medina, Dammam, Dhahran
SDN: Darfur, Omdurman, Port Sudan, El Fasher, Kordofan, Nyala
SOM: Kismayo, Baidoa, Hargeisa, Puntland, Somaliland
SRB: Novi Sad, Nis, Vojvodina
SYR: Aleppo, Homs, Hama, Idlib, Deir ez-Zor, Raqqa, Latakia, Daraa, Tartus, Kobani, Ghouta, Palmyra, Qamishli
THA: Chiang Mai, Phuket, Pattaya, Yala, Pattani, Narathiwat
TUR: Istanbul, Izmir, Diyarbakir, Sivas, Cizre, Antalya, Adana, Gaziantep, Hatay, Incirlik, Konya, Bursa
UKR: Kharkiv, Kharkov, Odesa, Odessa, Lviv, Mariupol, Donetsk, Luhansk, Lugansk, Zaporizhzhia, Zaporizhia, Dnipro, Kherson, Mykolaiv, Bakhmut, Avdiivka, Donbas, Donbass, Crimea, Sevastopol, Simferopol
USA: New York, Los Angeles, Chicago, Houston, San Francisco, Boston, Miami, Seattle, Philadelphia, Atlanta, Detroit, Hawaii, Alaska, Texas, California, Florida, Guam
VEN: Maracaibo, Barquisimeto, Maracay, Ciudad Guayana, Zulia
VNM: Ho Chi Minh City, Saigon, Da Nang, Haiphong, Hue
YEM: Aden, Hodeidah, Taiz, Marib, Saada, Mukalla
ZAF: Johannesburg, Cape Town, Durban, Soweto, Port Elizabeth
ZWE: Bulawayo, Mutare
`
