package extract

// The event lexicon: English verbs and nouns of political reporting and the
// CAMEO codes they express. Written for entente from the definitions and
// usage notes of the CAMEO 1.1b3 codebook (every root 01–20 is covered);
// PLOVER categories follow from cameo.ToPLOVER.
//
// Verb lines:  lemma [particle] | code | flags | target prepositions | object patterns
//
//   code      the default CAMEO code; "-" for none (the verb needs a pattern,
//             an event noun object or a complement)
//   flags     a family (intent, threat, refuse, appeal, demand, say, prepare, decide) for verbs
//             that govern a complement ("agreed to visit", "urged X to");
//             recip (a compound subject codes both directions), light (the
//             object noun is the event: "paid a visit"), topic (the direct
//             object is a topic, not a target), loc ("in X" is the target),
//             person (only a person or government object), notarget,
//             compnoun (the family also applies to an event-noun object:
//             "called for a ceasefire"), weak (a family verb that is no
//             event unless its complement is: "aim to", "hope to"), means
//             (a verb of means, "use": its -ing form is no predicate),
//             permit (a verb of permission, "allow": the infinitive after
//             its object is what the object may do, no act of the subject)
//   preps     prepositions that introduce the target; "obj" is the direct
//             object; empty means "obj, to, against, at, toward(s), with,
//             into"; a leading "*" adds to that default
//   patterns  "word/other word=CODE; …": a word of the object (singular
//             lemma; "_" joins words) refines the code; "-" suppresses it;
//             "@name" stands for the words of patternSets[name] (the kinds
//             of aid, shared by every verb of giving)
//
// Noun lines:  noun | code | target prepositions | source prepositions | flags

// patternSets are the word sets verb patterns share ("@arms"): the kinds
// of aid by what is given (CAMEO 071 economic aid, 072 military aid, 073
// humanitarian aid), one list each for every verb of giving, sending or
// delivering.
var patternSets = map[string]string{
	"money":  "money/fund/funding/loan/grant/credit/cash/donation/financing",
	"arms":   "arm/weapon/missile/ammunition/munition/tank/jet/fighter_jet/howitzer/artillery/drone/air_defence/air_defense/military_aid",
	"relief": "food/medicine/medical/supply/relief/humanitarian_aid/blanket/tent/shelter",
}

const verbTable = `
# 01 make public statement (bare statements, 010, are not coded). Verbs of
# saying introduce reported speech: the speech itself is no event, the
# clause it reports is coded on its own.
say                       | - | say | |
tell                      | - | say | obj |
add                       | - | say | | sanction_list/sanctions_list/blacklist/entity_list/black_list=163
note                      | - | say | |
state                     | - | say | |
stress                    | - | say | |
emphasize                 | - | say | |
emphasise                 | - | say | |
underline                 | - | say | |
underscore                | - | say | |
highlight                 | - | say | |
claim                     | - | say | |
argue                     | - | say | |
remark                    | - | say | |
comment                   | - | say | |
write                     | - | say | |
report                    | - | say | |
explain                   | - | say | |
assert                    | - | say | |
affirm                    | - | say | |
reaffirm                  | - | say | |
reiterate                 | - | say,light | to |
repeat                    | - | say,light | to |
cite                      | - | say | |
quote                     | - | say | |
post                      | - | say | |
tweet                     | - | say | |
describe                  | - | | obj | dictator/tyrant/despot/terrorist/terrorism/traitor/betrayal/treason/criminal/war_criminal/murderer/killer/butcher/thug/liar/lie/aggressor/aggression/provocation/threat/menace/puppet/fascist/nazi/racist/genocide/crime/violation/mistake/hypocrite/hypocrisy/bully/enemy/invader/occupier/rogue/pariah/separatist/extremist/disgrace/insult/farce/sham/blackmail/pirate/piracy/barbarism/atrocity/sabotage/interference/meddling=111
point out                 | - | say | |
maintain                  | - | say | |
indicate                  | - | say | |
reveal                    | - | say | |
confirm                   | - | say | |
mention                   | - | say | |
predict                   | - | say | |
believe                   | - | say | |
think                     | - | say | |
feel                      | - | say | |
expect                    | - | say | |
learn                     | - | say | |
hear                      | - | say | |
know                      | - | say | |
deem                      | - | say | |
announce                  | - | say,light | to,against,on | tariff/sanction/embargo/export_control/export_ban/import_ban/export_restriction/import_restriction/trade_restriction/trade_barrier/asset_freeze=163; ceasefire/truce=0871; withdrawal/pullout=0874; suspension=161; aid/grant/loan/donation/package=071; elevation/upgrade/upgrading/deepening/strengthening/partnership=050; agreement/deal/accord=057; resignation=0831
express                   | - | light | to,for,over,with,toward,towards | support/backing/solidarity/gratitude/appreciation/thanks/satisfaction/admiration/approval=051; hope/optimism/confidence=013; concern/worry/fear/pessimism/doubt/alarm=012; regret/remorse=055; condolence/sympathy=018; disappointment/dismay/displeasure/anger/outrage/indignation/opposition/objection/discontent/disapproval/protest/frustration=110; willingness/readiness/desire/interest/intention/wish/commitment=030
voice                     | - | light | to,for,over,with | support/backing/solidarity/gratitude/appreciation=051; hope/optimism/confidence=013; concern/worry/fear/pessimism/doubt/alarm=012; disappointment/dismay/displeasure/anger/outrage/indignation/opposition/objection/discontent/disapproval/frustration=110
make                      | - | light | to,with,on,against,about | pessimistic_comment/pessimistic_remark/pessimistic_statement=012; optimistic_comment/optimistic_remark/optimistic_statement=013; empathetic_comment/sympathetic_remark=018; change/progress/effort/decision/statement/remark/comment/money/profit/mistake/history/sense/way=-; concession/compromise=080; appeal=020; demand=100; visit=042
pay                       | - | light | to | tribute/homage/respect=017; compensation/reparation/damage=080; debt=-
begin                     | - | light | with,against |
start                     | - | light | with,against |
carry out                 | - | light | against,on,in | attack/strike/raid/operation/assault/offensive=190; airstrike/air_strike/air_raid=195; execution=190; reform=083; inspection/investigation=090; arrest=173
take                      | - | light | | control/power=192; hostage=181; prisoner/captive=173; responsibility=015; part/step/measure/action/place/office/time/care=-
speed up                  | - | light | from,to |
step up                   | - | light | against,on | attack/offensive/bombing/shelling/raid/strike=190; pressure=-; aid/assistance=070; sanction=163
# going on with an act or raising it: the act the object names (a light
# verb); strikes on a target are force (190), not a labour strike (143)
continue                  | - | light,recip | with,against,on,to | strike=190
intensify                 | - | light | against,on | strike=190; pressure/effort/campaign/diplomacy=-
escalate                  | - | light | against,on | strike=190; tension/rhetoric/war_of_word=-
keep up                   | - | light | against,on | strike=190; pressure/effort/campaign=-
decline comment           | 011 | notarget | |
refuse comment            | 011 | notarget | |
consider                  | 014 | topic | | option/proposal/plan/offer/request/measure/possibility/step=014
mull                      | 014 | topic | |
weigh                     | 014 | topic | | option/proposal/plan/offer/measure/possibility/step=014
acknowledge               | 015 | topic | | responsibility/mistake/error/wrongdoing/role/defeat=015; state/independence/government/sovereignty=054
admit                     | 015 | topic | | inspector/observer/monitor=0862; peacekeeper/troop=0861; refugee=0833
claim responsibility      | 015 | notarget | |
take responsibility       | 015 | notarget | |
deny                      | 016 | | obj | entry/access/visa/permission=1245; request/demand/appeal=120
condole                   | 018 | | with |
sympathize                | 018 | | with |
commiserate               | 018 | | with |
mourn                     | 017 | topic | |
commemorate               | 017 | topic | |
lay                       | - | light | at | wreath/flower=017
pay tribute               | 017 | | to |

# 02 appeal
appeal                    | 020 | appeal,compnoun | to,obj | loan/credit/financial_aid/financial_assistance/financial_support/bailout=0231; help/support/fund=023; calm/restraint=0256; peace/ceasefire/truce=0256; release=0253; talks/negotiation/dialogue=026
urge                      | 020 | appeal,compnoun | obj,to |
call on                   | 020 | appeal,compnoun | obj |
call upon                 | 020 | appeal,compnoun | obj |
call for                  | 020 | appeal,compnoun | obj,from,on,to |
call                      | 041 | person | obj | dictator/tyrant/despot/terrorist/terrorism/traitor/betrayal/treason/criminal/war_criminal/murderer/killer/butcher/thug/liar/lie/aggressor/aggression/provocation/threat/menace/puppet/fascist/nazi/racist/genocide/crime/violation/mistake/hypocrite/hypocrisy/bully/enemy/invader/occupier/rogue/pariah/separatist/extremist/disgrace/insult/farce/sham/blackmail/pirate/piracy/barbarism/atrocity/sabotage/interference/meddling=111
brand                     | - | | obj | dictator/tyrant/despot/terrorist/terrorism/traitor/betrayal/treason/criminal/war_criminal/murderer/killer/butcher/thug/liar/lie/aggressor/aggression/provocation/threat/menace/puppet/fascist/nazi/racist/genocide/crime/violation/mistake/hypocrite/hypocrisy/bully/enemy/invader/occupier/rogue/pariah/separatist/extremist/disgrace/insult/farce/sham/blackmail/pirate/piracy/barbarism/atrocity/sabotage/interference/meddling=111
label                     | - | | obj | dictator/tyrant/despot/terrorist/terrorism/traitor/betrayal/treason/criminal/war_criminal/murderer/killer/butcher/thug/liar/lie/aggressor/aggression/provocation/threat/menace/puppet/fascist/nazi/racist/genocide/crime/violation/mistake/hypocrite/hypocrisy/bully/enemy/invader/occupier/rogue/pariah/separatist/extremist/disgrace/insult/farce/sham/blackmail/pirate/piracy/barbarism/atrocity/sabotage/interference/meddling=111
ask                       | 020 | appeal,compnoun | obj | weapon/ammunition/munition/military_aid/air_defence/air_defense/missile/tank/fighter_jet=0232
ask for                   | 020 | appeal,compnoun | from,obj | weapon/arm/ammunition/munition/military_aid/air_defence/air_defense/missile/tank/fighter_jet=0232
request                   | 020 | appeal,compnoun | obj,from | weapon/arm/ammunition/munition/military_aid/air_defence/air_defense/missile/tank/fighter_jet=0232
plead                     | 020 | appeal | with,to |
implore                   | 020 | appeal | obj |
beseech                   | 020 | appeal | obj |
entreat                   | 020 | appeal | obj |
petition                  | 020 | appeal | obj |
propose                   | 020 | appeal | to,obj | talks/negotiation/meeting/summit=026; ceasefire/truce=0256; plan/settlement=027
suggest                   | 020 | appeal | to |
recommend                 | 020 | appeal | to |
encourage                 | 020 | appeal | obj |
press                     | 020 | appeal | obj |
# pressing another to act: an appeal for what the infinitive names ("pushed
# Seoul to impose sanctions", "advised Iran to release"); without an
# infinitive only "pressure" is an appeal ("pushed deeper", "advised
# caution" are no appeal)
pressure                  | 020 | appeal | obj |
pressurize                | 020 | appeal | obj |
pressurise                | 020 | appeal | obj |
push                      | - | appeal,weak | obj |
want                      | - | appeal,weak | obj |
wish                      | - | appeal,weak | obj |
push back                 | - | | obj | force/troop/soldier/army/rebel/militant/fighter/enemy=190
advise                    | - | appeal,weak | obj |
persuade                  | - | appeal,weak | obj |
prod                      | - | appeal,weak | obj |
nudge                     | - | appeal,weak | obj |
exhort                    | 020 | appeal | obj |
press for                 | 020 | appeal,compnoun | obj,from |
push for                  | 020 | appeal,compnoun | from |
lobby                     | 020 | appeal | obj |
seek                      | 020 | appeal,compnoun,weak | from,obj,in | asylum/refuge/shelter=0233; aid/help/assistance/loan/fund=023; talks/negotiation/meeting/dialogue=036; extradition=0213; support/backing=022; mediation=038
invite                    | 036 | person | obj |
apply for                 | 022 | | to | membership=022

# 03 express intent to cooperate
agree                     | 030 | intent,recip | with,obj | pact/deal/agreement/accord/treaty=030; ceasefire/truce=0356; talks/negotiation/meeting=036; extension/mandate=0334; sanction/embargo/sanctions_package/package_of_sanction=163; sanction_relief/lifting/easing/removal=030
offer                     | 030 | intent,compnoun | to,obj | loan/grant/credit/fund=0331; asylum/refuge/shelter=0333; support/backing=032; talks/negotiation/dialogue=036; mediation=039; troop/peacekeeper=0334; resignation=0341; concession=035; apology=055
promise                   | 030 | intent,compnoun | obj,to | loan/grant/fund=0331; support/backing=032; reform/election=034
pledge                    | 030 | intent,compnoun | to,obj | loan/grant/fund=0331; support/backing=032; troop/peacekeeper=0334
vow                       | 030 | intent,compnoun | to |
swear                     | 030 | intent | to |
swear in                  | - | | |
commit                    | 030 | intent | to,against | atrocity/war_crime/crime_against_humanity=200; massacre/mass_killing/genocide=202; ethnic_cleansing=203
undertake                 | 030 | intent | to |
volunteer                 | 030 | intent,weak | |
intend                    | 030 | intent,weak | |
plan                      | 030 | intent,weak | |
decide                    | 030 | decide,weak | |
resolve                   | 030 | decide,weak | | dispute/conflict/issue/crisis/difference=037
aim                       | 030 | intent,weak | |
hope                      | 030 | intent,weak | |
seek to                   | 030 | intent,weak | |
prepare                   | 030 | prepare,weak | |
accept                    | 030 | intent | obj | ceasefire/truce/armistice=0871; invitation=036; mediation=038; proposal/plan/offer/deal/agreement/term/condition=030; demand=083; resignation=- ; refugee/migrant=0333; peacekeeper/troop=0861; inspector/observer/monitor=0862
mediate                   | 045 | | between,obj,in |
guarantee                 | 030 | intent | obj |

# 04 consult
meet                      | 040 | recip | obj,with | demand/commitment/obligation/condition/deadline/target/need/requirement/criterion/criteria/standard/goal/expectation/payment/cost/quota=-
meet with                 | 040 | recip | obj |
talk                      | 040 | recip | with,to |
speak                     | - | recip | with,to | phone/telephone/video_link/videoconference=041; bilateral/talks=040
discuss                   | 040 | recip,topic | with |
consult                   | 040 | recip | obj,with |
confer                    | 040 | recip | with |
telephone                 | 041 | recip | obj,with |
phone                     | 041 | recip | obj,with |
visit                     | 042 | loc | obj,to,in |
travel                    | 042 | loc | to |
arrive                    | 042 | loc | in,at,to |
fly                       | 042 | loc | to | near/close_to/around/along=-
go                        | 042 | loc | to |
come                      | 042 | loc | to |
head                      | 042 | loc | to,for |
tour                      | 042 | loc | obj |
land                      | 042 | loc | in,at |
leave for                 | 042 | loc | obj |
depart for                | 042 | loc | obj |
set off for               | 042 | loc | obj |
return to                 | 042 | loc | with,obj | talks/negotiation/negotiating_table/table=046; power/office/work/normal/normality=-
host                      | 043 | person | obj | talks/meeting/summit/conference/negotiation/session/dinner/lunch/banquet/visit=043
welcome                   | 043 | person | obj,to | decision/move/step/resumption/agreement/deal/plan/proposal/statement/announcement/release/election/ceasefire/truce/effort/initiative/policy/outcome/result/news/development/return/progress/restoration/establishment/signing/offer/call/resolution=051
receive                   | 043 | person | obj,from | inspector/observer/monitor/mission=0862; peacekeeper=0861; aid/assistance/loan/grant/arm/weapon/fund/help/support/money/shipment/delivery=-; letter/message/call/phone=-; invitation=-
greet                     | 043 | person | obj |
entertain                 | 043 | person | obj |
negotiate                 | 046 | recip | with |
bargain                   | 046 | recip | with |
convene                   | 040 | recip | with |
attend                    | - | | | talks/meeting/summit/conference/negotiation=044
summon                    | 110 | person | obj | ambassador/envoy/diplomat/charge/high_commissioner/chargé_d'affaires/charge_d'affaires=110
engage in                 | - | light,recip | with | mass_killing/massacre=202; ethnic_cleansing=203; political_dissent/dissent/civil_disobedience=140; violent_protest/rioting/riot=145
engage                    | - | light,recip | with |

# 05 engage in diplomatic cooperation
praise                    | 051 | | obj |
laud                      | 051 | | obj |
hail                      | 051 | | obj |
commend                   | 051 | | obj |
applaud                   | 051 | | obj |
salute                    | 051 | | obj |
congratulate              | 051 | | obj |
thank                     | 051 | | obj |
endorse                   | 051 | | obj |
back                      | 051 | | obj |
support                   | 051 | | obj | resolution/proposal/plan/bid/candidacy/policy/move/decision/initiative=051; economy/need=070
approve                   | 051 | | obj | sanction/embargo/tariff/export_control/export_ban/import_ban/export_restriction/import_restriction/trade_restriction/trade_barrier/asset_freeze=163; loan/grant/credit/aid/assistance=071; law/bill/budget/resolution/amendment/plan=-
appreciate                | 051 | | obj |
admire                    | 051 | | obj |
honor                     | 051 | | obj |
honour                    | 051 | | obj |
cherish                   | 051 | | obj |
defend                    | 052 | | obj | territory/border/city/position=-
justify                   | 052 | topic | |
rally                     | 141 | | against,for | support/backing=053
recognize                 | 054 | | obj | right/need/importance/role/effort/contribution/achievement/victory=051
recognise                 | 054 | | obj | right/need/importance/role/effort/contribution/achievement/victory=051
apologize                 | 055 | | to,for |
apologise                 | 055 | | to,for |
forgive                   | 056 | | obj |
sign                      | 057 | recip | with,obj | agreement/treaty/accord/deal/pact/memorandum/protocol/statement/declaration/communique/charter/convention/contract/document/mou/framework/roadmap=057; ceasefire/truce/armistice=0871; decree/law/bill/order/petition/letter=-
ratify                    | 057 | | with | 
initial                   | 057 | recip | with |
finalize                  | 057 | recip | with |
complete                  | - | light | from,to,with,in |
conclude                  | - | say,light,recip | with | agreement/treaty/accord/deal/pact/memorandum/protocol=057; talks/visit/tour/meeting/negotiation=-
reach                     | - | recip | with | agreement/accord/deal/consensus/understanding/compromise/settlement/pact/treaty=057; ceasefire/truce=0871
establish                 | - | recip | with | relation/tie/partnership/contact=054; embassy/consulate=054; cooperation/dialogue/mechanism=050
restore                   | - | recip | with | relation/tie/contact/dialogue=050; order/calm=-
resume                    | - | recip | with | relation/tie/contact/dialogue=050; talks/negotiation/discussion=046; aid/assistance=070; attack/fighting/shelling/bombing/offensive/strike/hostility=190; trade=061; flight=061
normalize                 | 050 | recip | with | relation/tie=050
normalise                 | 050 | recip | with | relation/tie=050
upgrade                   | - | recip | with | relation/tie/partnership/relationship=050
# shows of force said with verbs of increase: forces or a military presence
# 154 (mobilize or increase armed forces), alert or readiness 152 (increase
# military alert status); "build up" and "beef up" forces are always armed
increase                  | - | | | military_alert/alert_status/alert=152; military_presence/naval_presence/troop_presence/troop/soldier/armed_force/military_force/naval_force/military_deployment=154; alert_level/combat_readiness/military_readiness/readiness/level_of_alert/state_of_alert=152
heighten                  | - | | | military_presence/naval_presence/troop_presence/troop/soldier/armed_force/military_force/naval_force/military_deployment=154; alert_level/combat_readiness/military_readiness/readiness/level_of_alert/state_of_alert=152
ramp up                   | - | | | military_presence/naval_presence/troop_presence/troop/soldier/armed_force/military_force/naval_force/military_deployment=154; alert_level/combat_readiness/military_readiness/readiness/level_of_alert/state_of_alert=152
build up                  | - | | along,near,on | force/military_presence/naval_presence/troop_presence/troop/soldier/armed_force/military_force/naval_force/military_deployment=154; alert_level/combat_readiness/military_readiness/readiness/level_of_alert/state_of_alert=152
beef up                   | - | | along,near,on | force/military_presence/naval_presence/troop_presence/troop/soldier/armed_force/military_force/naval_force/military_deployment=154; alert_level/combat_readiness/military_readiness/readiness/level_of_alert/state_of_alert=152
raise                     | - | recip | with,on,against | military_alert/alert_status/alert=152; relation/tie/partnership/relationship=050; tariff/duty/levy=163; military_presence/naval_presence/troop_presence/troop/soldier/armed_force/military_force/naval_force/military_deployment=154; alert_level/combat_readiness/military_readiness/readiness/level_of_alert/state_of_alert=152
elevate                   | - | recip | with | relation/tie/partnership/relationship=050
strengthen                | - | recip | with | relation/tie/partnership/relationship/friendship/cooperation/link/bond/alliance/dialogue/contact=050; trade/economic_tie/economic_cooperation/trade_tie=061; military_tie/defense_cooperation/defence_cooperation/military_cooperation/security_cooperation=062; intelligence_sharing/intelligence_cooperation=064; military_presence/naval_presence/troop_presence/troop/soldier/armed_force/military_force/naval_force/military_deployment=154; alert_level/combat_readiness/military_readiness/readiness/level_of_alert/state_of_alert=152
deepen                    | - | recip | with | relation/tie/partnership/relationship/friendship/cooperation/link/bond/alliance/dialogue/contact/collaboration=050; trade/economic_tie/economic_cooperation/trade_tie=061; military_tie/defense_cooperation/defence_cooperation/military_cooperation/security_cooperation=062; intelligence_sharing/intelligence_cooperation=064
bolster                   | - | recip | with | relation/tie/partnership/relationship/friendship/cooperation/link/bond/alliance=050; military_presence/naval_presence/troop_presence/troop/soldier/armed_force/military_force/naval_force/military_deployment=154; alert_level/combat_readiness/military_readiness/readiness/level_of_alert/state_of_alert=152
boost                     | - | recip | with | relation/tie/partnership/relationship/friendship/cooperation/link/bond/alliance=050; trade/investment=061; military_presence/naval_presence/troop_presence/troop/soldier/armed_force/military_force/naval_force/military_deployment=154; alert_level/combat_readiness/military_readiness/readiness/level_of_alert/state_of_alert=152
enhance                   | - | recip | with | relation/tie/partnership/relationship/friendship/cooperation/link/bond/alliance/dialogue=050; trade=061
improve                   | - | recip | with | relation/tie/partnership/relationship=050
expand                    | - | recip | with | relation/tie/partnership/relationship/cooperation/link/alliance=050; trade/investment=061; military_presence/naval_presence/troop_presence/troop/soldier/armed_force/military_force/naval_force/military_deployment=154; alert_level/combat_readiness/military_readiness/readiness/level_of_alert/state_of_alert=152
broaden                   | - | recip | with | relation/tie/partnership/relationship/cooperation=050
cement                    | - | recip | with | relation/tie/partnership/relationship/friendship/alliance/bond=050
consolidate               | - | recip | with | relation/tie/partnership/relationship/friendship/alliance=050
forge                     | - | recip | with | relation/tie/partnership/relationship/alliance/link=050
build                     | - | recip | with | partnership/relationship/relation/tie/alliance/trust=050
promote                   | - | recip | with | relation/tie/partnership/relationship/cooperation/friendship/dialogue=050; trade/investment=061
develop                   | - | recip | with | relation/tie/partnership/relationship/cooperation/friendship=050
foster                    | - | recip | with | relation/tie/partnership/relationship/cooperation/friendship=050
renew                     | - | recip | with,on,against | relation/tie/partnership/relationship/cooperation/friendship/dialogue=050; mandate=074; fighting/attack/offensive=190; strike=190
ally                      | 050 | recip | with |
side with                 | 051 | | obj |
stand by                  | 051 | | obj |

# 06 engage in material cooperation
cooperate                 | 060 | recip | with | economy/economic/economically/trade=061; military/militarily/defense/defence=062; extradition/justice/court/judicial/judiciary/legal=063; intelligence/information=064
collaborate               | 060 | recip | with |
work                      | - | recip | with,alongside |
partner                   | 060 | recip | with |
team up                   | 060 | recip | with |
join force                | 060 | recip | with |
trade                     | 061 | recip | with | oil/gas/arm/goods=061; accusation/allegation/charge/blame=112; insult/barb/jibe/criticism/recrimination=111; threat/warning=130; fire/gunfire/shot/artillery_fire/rocket_fire=193; blow/strike/airstrike=190
invest                    | 061 | | in |
export                    | 061 | | to |
import                    | 061 | | from |
buy                       | 061 | | from |
purchase                  | 061 | | from |
sell                      | 061 | | to | arm/weapon/missile/jet/tank/aircraft/fighter/warplane/ammunition=072
supply                    | 061 | | obj,to,with | @arms/aircraft/fighter=072; @relief/aid=073
extradite                 | 063 | | to |
hand over                 | 063 | | to | power=0831; territory/land/city/control=0842; body/remains=0842; weapon/arm=0873; medicine/aid/food/supply/relief/assistance/donation/money/fund=073; prisoner/hostage/detainee/captive/citizen/national/sailor/fisherman/soldier/pow=0841
share                     | 064 | recip | with | intelligence/information/data/expertise/experience/technology/knowledge=064; border/concern/view/goal/interest/sentiment/vision/position/value/responsibility/belief/opposition/stance=-
exchange                  | 064 | recip | with | intelligence/information/data=064; accusation/allegation/charge/blame=112; insult/barb/jibe/criticism/recrimination=111; threat/warning=130; prisoner/detainee/hostage=0841; fire/gunfire/shot=193; artillery_fire/rocket_fire/mortar_fire/artillery/shell/mortar/rocket=194; view/idea/message/letter/greeting/opinion/ambassador=040; visit=042
conduct                   | - | light,recip | with | exercise/drill/maneuver/manoeuvre=062; test=150
hold                      | - | light,recip | with | responsible/accountable/liable=112; exercise/drill/maneuver/manoeuvre=062; hostage/prisoner/captive/civilian/refugee/detainee/people=173; human_shield=184
train                     | 062 | | obj |

# 07 provide aid
aid                       | 070 | | obj |
assist                    | 070 | | obj |
help                      | 070 | | obj |
give                      | - | light | to,obj | @money/dollar/euro/billion/million=071; @arms=072; @relief=073; asylum/refuge/sanctuary=075; support/backing=051; position/boost=070
provide                   | - | light | to,obj,with,for | @money/dollar/euro/billion/million/equipment/investment/technology/technological_assistance=071; @arms/training=072; @relief/evacuation=073; asylum/refuge/sanctuary=075; peacekeeper/troop/protection/security=074; support/backing=051
allocate                  | - | light | to,for | aid/assistance/help/package/@money=070; @arms=072; @relief=073
disburse                  | - | light | to,for | aid/assistance/money/fund/funding/loan/grant/credit/tranche/package=070
ship                      | - | | to | @arms/shell=072; @relief/aid/grain/fuel=073
ink                       | - | light,recip | with | agreement/deal/accord/pact/treaty/contract/memorandum/declaration=057
seal                      | - | light,recip | with | agreement/deal/accord/pact/treaty/contract/memorandum=057
clinch                    | - | light,recip | with | agreement/deal/accord/pact/treaty/contract=057
broker                    | 045 | | obj,between |
extend                    | - | light | to,obj | arms_embargo=163; aid/assistance/help/@money/dollar/euro/billion/million=071; @arms=072; support/backing=051; invitation=036; condolence/sympathy=018; congratulation/greeting=051; mandate/deadline/ceasefire/truce=- 
grant                     | - | light | obj,to | right/freedom/liberty/suffrage=0833; aid/assistance/help/money/fund/loan/grant/credit/cash/donation/dollar/euro/billion/million=071; asylum/refuge/sanctuary=075; access=086; visa/permission/permit=081; amnesty/pardon=0841; independence/autonomy=0834; recognition=054; concession=080; extension=074
donate                    | 071 | | to | @relief/good=073; @arms=072
deliver                   | - | light | to,obj | @relief/aid/assistance/good=073; @arms=072; @money=071; speech/address/lecture/message/verdict=-; blow=190
send                      | - | light | to,obj,into | inspector/observer/monitor/investigator/fact-finding_mission=090; @relief/aid/assistance/medical_team/doctor/medic/rescue_team/rescuer=073; @arms/patriot=072; @money=071; peacekeeper/peacekeeping_force=074; troop/soldier/force/army/warship/ship/jet/aircraft/reinforcement/tank/military=154; message/letter/signal/envoy/delegation/condolence/greeting/congratulation/invitation=-
lend                      | 071 | | to,obj |
loan                      | 071 | | to,obj |
fund                      | 071 | | obj |
finance                   | 071 | | obj |
subsidize                 | 071 | | obj |
evacuate                  | 073 | | obj,from,in |
rescue                    | 073 | | obj |
airlift                   | 073 | | to |
feed                      | 073 | | obj |
shelter                   | 075 | | obj |
dispatch                  | - | light | to,into,in | inspector/observer/monitor/investigator=090; troop/soldier/force/warship/reinforcement=154; peacekeeper=074; @relief/aid/medical_team/doctor/medic/rescue_team/rescuer=073; envoy/delegation/mediator=-
deploy                    | 154 | | to,in,into | peacekeeper/peacekeeping=074; observer/monitor/inspector=086
protect                   | - | | obj | civilian/population/refugee/people/convoy/aid_worker=074

# 08 yield
yield                     | 080 | | to |
concede                   | 080 | | to | defeat=0831
cede                      | 0842 | | to | power=0831
hand                      | - | | to | power/control_of_the_government=0831
transfer                  | - | | to | power=0831; weapon/arm/ammunition/missile/tank=072; fund/money/loan=071
reform                    | 083 | | obj | constitution/judiciary/institution/electoral_system/election_law/electoral_law/court/parliament/system/regime=0834; policy/law/tax/pension/subsidy/economy=0832
change                    | - | | obj | policy/stance/position/course/law/approach=0832; constitution/regime/system/institution=0834; leader/leadership/government=0831
revise                    | - | | obj | policy/stance/position/law/approach=0832; constitution=0834
reverse                   | - | | obj | policy/decision/course/ban=0832
respect                   | - | | obj | right/human_right/freedom/liberty/rights_of_woman=0833
settle                    | - | | obj,with | dispute/conflict/difference/row/quarrel/standoff/feud=037
join                      | - | | obj | exercise/drill/maneuver/manoeuvre/patrol=062; talks/negotiation=046
give in                   | 080 | | to |
give up                   | 080 | | to | effort/plan/attempt/bid/hope/idea/search/fight=-; territory/land/claim/control=080
back down                 | 080 | | to |
relent                    | 080 | | to |
accede                    | 083 | | to |
comply                    | 080 | | with |
ease                      | - | | on,obj,in | administrative_sanction=081; restriction_on_political_freedom/restriction_on_freedom/restriction_on_assembly/restriction_on_public_gathering/restriction_on_gathering/restriction_on_the_press/restriction_on_press/political_restriction=0811; ban_on_the_opposition/ban_on_opposition/ban_on_political_party/ban_on_the_party/ban_on_party=0812; export_restriction/export_control/export_ban/import_restriction/import_ban/trade_restriction/trade_barrier/sanction/embargo/boycott/tariff=085; curfew=0813; emergency/martial_law/emergency_measure=0814; restriction/ban/control/measure/rule=081; tension=087; blockade/siege=0872
relax                     | - | | on,obj,in | sanction/embargo/boycott/tariff=085; curfew=0813; emergency/martial_law=0814; restriction/ban/control/measure/rule=081
lift                      | - | | on,obj,in | administrative_sanction=081; restriction_on_political_freedom/restriction_on_freedom/restriction_on_assembly/restriction_on_public_gathering/restriction_on_gathering/restriction_on_the_press/restriction_on_press/political_restriction=0811; ban_on_the_opposition/ban_on_opposition/ban_on_political_party/ban_on_the_party/ban_on_party=0812; export_restriction/export_control/export_ban/import_restriction/import_ban/trade_restriction/trade_barrier/sanction/embargo/boycott/tariff/ban_on_import=085; curfew=0813; emergency/martial_law/state_of_emergency=0814; restriction/ban/control/measure/rule=081; blockade/siege=0872
waive                     | - | | on,obj,for | sanction/embargo/tariff/duty=085; restriction/ban/requirement/visa_requirement/rule=081
cancel                    | - | stop | with,obj | restriction/ban/rule/curfew=081; debt=071; visit/trip/talks/meeting/summit/negotiation=161; contract/deal/agreement/order=161; strike/protest/demonstration/rally/march=082
call up                   | - | | | reservist/reserve/troop/soldier/conscript/recruit=154
call off                  | - | stop | | strike/protest/demonstration/rally/march/boycott/hunger_strike=082; airstrike/air_strike/military_strike=087; talks/meeting/summit/visit/negotiation=161; attack/offensive/operation=087
suspend                   | - | stop | with,obj,to,in,for | humanitarian_aid/humanitarian_assistance/food_aid/medical_aid/relief_aid/aid_delivery/aid_shipment=1623; economic_aid/financial_aid/economic_assistance/financial_assistance/development_aid/loan/credit=1621; military_aid/military_assistance/security_assistance/arm_delivery/weapon_delivery/arm_shipment/weapon_shipment/arm_supply/weapon_supply/arm_sale/weapon_sale=1622; treaty/agreement/accord/pact/deal/obligation/commitment/participation/membership=160; strike/protest/demonstration/rally/boycott=082; talks/negotiation/discussion=164; mediation=165; aid/assistance/delivery/fund=162; shipment=1623; relation/tie/contact/cooperation=161; flight/air_link/trade/import/export/link/service=163; publication/broadcast=1721; operation/attack/offensive/hostility/fighting/bombing/strike=087
postpone                  | - | stop | | strike/protest/demonstration/rally=082; talks/meeting/summit/visit/negotiation=161
release                   | 0841 | | obj,to | prisoner/hostage/detainee/captive/soldier/activist/journalist/person/people/national/citizen/dissident/crew=0841; property/asset/fund/land/ship/vessel=0842; statement/report/video/figure/data/document/plan/detail/water/wastewater/radiation/gas/smoke/footage/image/photo/result/estimate/forecast/budget/album/film/book=-
free                      | 0841 | | obj |
pardon                    | 0841 | | obj |
return                    | - | | to,obj | property/land/territory/asset/body/remains/artifact/artefact/archive/treasure/relic=0842; prisoner/hostage/refugee/detainee/captive/pilot/soldier/sailor/fisherman/crew/national/citizen=0841
withdraw                  | 0874 | | from,obj | treaty/agreement/accord/pact/deal/initiative/convention/coalition/alliance/participation/membership=161; troop/force/soldier/army/unit/forces/military=0874; peacekeeper/peacekeeping_force=1661; inspector/observer/monitor=1662; ambassador/envoy/diplomat=161; aid/support/assistance=162; candidacy/bill/offer/proposal/support/recognition/accreditation=-; application/request=-
pull out                  | 0874 | | of,from | treaty/agreement/accord/pact/deal/initiative/convention/coalition/alliance/membership=160
pull back                 | 0874 | recip | from |
exit                      | - | | obj,from | union/alliance/bloc/coalition/organization/organisation/community/treaty/agreement/accord/pact/deal=161
retreat                   | 0874 | | from |
surrender                 | 0874 | | to |
demobilize                | 0873 | | obj |
demobilise                | 0873 | | obj |
disarm                    | 0873 | | obj |
disband                   | 0873 | | obj |
resign                    | 0831 | notarget | |
step down                 | 0831 | notarget | |
quit                      | 0831 | notarget | | post/office/job/presidency/government/cabinet/coalition=0831
abdicate                  | 0831 | notarget | |
compensate                | 080 | | obj |
repatriate                | 0833 | | obj,to |
allow                     | - | permit | obj,into,to | inspector/observer/monitor/mission=0862; peacekeeper=0861; aid/relief/humanitarian_access/access/convoy/delivery/humanitarian_aid=0863; journalist/media/election/opposition/rally/protest=0811
permit                    | - | permit | obj | inspector/observer/monitor/mission=0862; peacekeeper=0861; aid/relief/humanitarian_access/access/convoy=0863
open                      | - | | obj,to | market/economy=061; border/crossing/embassy/consulate/airspace/port=081; fire=193; investigation/probe/inquiry=090; talks/negotiation/dialogue=046
reopen                    | - | | obj,to | border/crossing/embassy/consulate/airspace/port/school=081; talks/negotiation/dialogue=046
declare                   | - | light | | ceasefire/truce/armistice=0871; war=138; emergency/state_of_emergency/martial_law/curfew=1724; independence=1313; partnership/friendship/alliance=050; boycott=143; victory=-
observe                   | - | | | ceasefire/truce/armistice=0871
exercise                  | - | | obj | restraint=087

# 09 investigate
investigate               | 090 | | obj,into | crime/corruption/fraud/murder/killing/bribery/embezzlement/kickback/smuggling/theft/spying/spied/espionage/hacking=091; abuse/torture/human_right/rape/violation/rights_abuse=092; attack/shelling/bombing/incursion/raid/violation_of_ceasefire/military/drone/airstrike/air_strike/missile_strike=093; war_crime/atrocity/genocide/massacre=094
probe                     | 090 | | obj,into |
inquire                   | 090 | | into |
look into                 | 090 | | obj |
examine                   | 090 | | obj |
inspect                   | 090 | | obj |
monitor                   | 090 | | obj |
question                  | 091 | person | obj |
interrogate               | 091 | person | obj |
launch                    | - | light | against,on,into,at | war_game/wargame/exercise/drill/maneuver/manoeuvre=062; investigation/probe/inquiry=090; attack/offensive/assault/raid/operation/campaign/strike/bombardment/bombing/incursion/war/invasion=190; missile/rocket=194; drone/uav=190; airstrike/air_strike/air_raid=195; mediation/mediation_effort=045; talks/dialogue/negotiation=046; appeal=020

# 10 demand
demand                    | 100 | demand,compnoun | obj,from,of | release/freedom=1053; withdrawal/pullout=1056; ceasefire/truce=1056; resignation/ouster/removal/departure=1041; apology/explanation=100; compensation/reparation=1031; weapon/ammunition/munition/air_defence/air_defense/missile/tank/fighter_jet=1032; talks/negotiation/meeting=106; admission/acknowledgement=100
insist                    | 100 | demand | on |
order                     | 100 | demand | obj,into | troop/soldier/force/army/reinforcement=154; patrol=151; curfew=1723; blockade=191; mobilization/mobilisation=154; attack/strike/offensive/raid=190; release=0841; investigation/probe/inquiry=090; arrest/detention=173; evacuation=073; withdrawal/pullout=0874; expulsion=174; closure/shutdown=1721
require                   | 100 | demand | obj |
instruct                  | 100 | demand | obj |
give ultimatum            | 139 | | to |

# 11 disapprove
criticize                 | 111 | | obj |
criticise                 | 111 | | obj |
condemn                   | 111 | | obj |
denounce                  | 111 | | obj |
decry                     | 111 | | obj |
deplore                   | 111 | | obj |
slam                      | 111 | | obj |
blast                     | 111 | | obj | target/base/village/town/city/camp/stronghold/hideout/building/house/bridge/convoy/vehicle/outpost/post/bunker/airfield/airport/port/depot/factory/plant=190
lambaste                  | 111 | | obj |
lambast                   | 111 | | obj |
castigate                 | 111 | | obj |
chastise                  | 111 | | obj |
rebuke                    | 111 | | obj |
reprimand                 | 111 | | obj |
censure                   | 111 | | obj |
chide                     | 111 | | obj |
scold                     | 111 | | obj |
assail                    | 111 | | obj |
berate                    | 111 | | obj |
mock                      | 111 | | obj |
ridicule                  | 111 | | obj |
insult                    | 111 | | obj |
vilify                    | 111 | | obj |
disparage                 | 111 | | obj |
fault                     | 111 | | obj |
hit out                   | 111 | | at,against |
lash out                  | 111 | | at,against |
accuse                    | 112 | | obj | corruption/fraud/crime/bribery/theft/murder/smuggling/stealing/looting/plundering/illegal_fishing/illegal_logging/illegal_mining/illegal_trade/poaching/money_laundering/embezzlement=1121; abuse/torture/violation/human_right/rights_abuse/atrocity=1122; aggression/attack/invasion/incursion/provocation/attacking/invading/shelling/bombing/striking=1123; war_crime/genocide/crimes_against_humanity=1124; spying/espionage/treason/spy=1125; spying/espionage/treason/sabotage=1125
blame                     | 112 | | obj,for | attack/bombing/killing/violence/aggression=1123
hit back                  | 111 | | at,against |
charge                    | 112 | | obj | murder/corruption/fraud/crime/bribery/theft=1121; spying/espionage/treason=1125; war_crime/genocide=1124
allege                    | 112 | | obj |
incriminate               | 112 | | obj |
denigrate                 | 111 | | obj |
protest                   | 140 | | against,to,obj,at | decision/move/plan/policy/treatment/arrest/killing/detention/visit/violation/deployment/presence=140
complain                  | 114 | | to,about,of |
lodge                     | - | light | with,against,to | protest/complaint=114
file                      | - | light | against,with | lawsuit/suit/complaint/charge/case/petition=115
bring                     | - | light | against | lawsuit/suit/case/charge=115; aid/food/medicine/relief/supply=073
sue                       | 115 | | obj |
indict                    | 115 | | obj |
prosecute                 | 115 | | obj |
convict                   | 116 | | obj |
sentence                  | 116 | | obj |
find guilty               | 116 | | obj |
find                      | - | | obj | guilty/liable/culpable=116
object                    | 110 | | to |
oppose                    | 110 | | obj |
disapprove                | 110 | | of |
regret                    | 110 | | obj |
warn                      | 130 | threat | obj,against,of |
caution                   | 130 | threat | obj,against |
rally against             | 113 | | obj |
turn against              | 113 | | obj |

# 12 reject
reject                    | 120 | refuse,compnoun | obj | trade_deal/trade_agreement/trade_pact/free_trade_deal/free_trade_agreement/investment_deal=1211; accusation/allegation/criticism/charge/condemnation=120; proposal/offer/plan/demand/request/call/appeal/bid/idea/claim/ultimatum/invitation/suggestion/initiative/condition=120; peace_plan/peace_proposal/settlement/peace_deal/agreement/accord=127; mediation/mediator=126; talks/negotiation/meeting/dialogue/invitation_to_talks=125; aid/assistance/loan=122; ceasefire/truce=1246; accusation/charge/allegation/claim_of_responsibility/criticism=016; resolution/bill/law/veto=129
refuse                    | 120 | refuse,compnoun | obj,to | talks/negotiation/meeting/dialogue=125; mediation=126; aid/assistance/loan=122; entry/access/admittance/visa=1245; extradition=1213; release=1243; resignation=1231; comment=011
decline                   | 120 | refuse | obj | comment/to_comment=011; invitation=125
rebuff                    | 120 | refuse | obj |
spurn                     | 120 | refuse | obj |
turn down                 | 120 | refuse | obj |
dismiss                   | 120 | refuse | obj | accusation/charge/allegation/claim/criticism/report=016; official/minister/general/chief/commander/government/cabinet/head=-
fail                      | 120 | refuse,weak | |
renege                    | 120 | | on |
veto                      | 129 | | obj |
defy                      | 128 | | obj |
flout                     | 128 | | obj |
disobey                   | 128 | | obj |
violate                   | 128 | | obj,with | ceasefire/truce/armistice=196; airspace/territory/border/sovereignty=192
breach                    | 128 | | obj,with | ceasefire/truce/armistice=196
ignore                    | 128 | | obj |
boycott                   | 143 | | obj | talks/negotiation/meeting/summit/conference=125; election/vote/poll/referendum=143
snub                      | 125 | person | obj |
resist                    | 128 | | obj |

# 13 threaten
threaten                  | 130 | threat,compnoun | obj,against,with | nuclear_weapon/nuclear_arm/nuclear_strike/nuclear_attack/chemical_weapon/weapon_of_mass_destruction=1385; weapon/missile=1384; sanction/embargo/boycott/tariff=1312; military_action/military_force/force/use_of_force/military_response=138; attack/strike/war/invasion/retaliation=1384; economic_retaliation/economic_countermeasure/economic_consequence/trade_retaliation/economic_measure=131; restriction=132; ban=1322; curfew=1323; martial_law/state_of_emergency=1324; blockade=1381; occupation=1382
menace                    | 130 | | obj |
intimidate                | 130 | | obj |
issue                     | - | light | to,against | joint_statement/joint_declaration/joint_communique/joint_communiqué=057; warning/threat=130; ultimatum=139; appeal/call/plea=020; demand=100; invitation=036; apology=055; condemnation=111; denial=016; statement/communique/declaration/decree/report=-; sanction=163; visa/license/passport/permit=-

# 14 protest
demonstrate               | 141 | | against | military_power/military_might/military_strength/military_capability/force/strength/power/might/resolve=150
# a crowd gathering outside a state's mission or house of power demonstrates
gather                    | - | | outside,at,in_front_of | embassy/consulate/parliament/presidential_palace/ministry=141
march                     | 141 | | against,on,to |
picket                    | 141 | | obj |
strike                    | 190 | loc | obj,at,against,with | hunger=142; deal/agreement/accord/bargain/compromise=057
hit                       | 190 | loc | obj,at | sanction/tariff/duty/levy/embargo/fine/penalty/export_curb/export_control/export_ban/import_ban/export_restriction/import_restriction/trade_restriction/trade_barrier/asset_freeze=163; record/high/low/peak/headline/snag/roadblock/stumbling_block/wall/market/economy/growth/export/import/price/rate/sale/output/figure/level/target_of=-
go on strike              | 143 | notarget | |
go on                     | - | light | against | high_alert/full_alert/maximum_alert/alert=152
stage                     | - | light | against | hunger_strike=142; strike/general_strike/walkout/boycott=143; protest/demonstration/rally/march/sit_in=141; coup=-; attack/raid/assault=190; exercise/drill=150
organize                  | - | light | against | hunger_strike=142; strike/general_strike/boycott=143; protest/demonstration/rally/march=141
riot                      | 145 | notarget | |
throw                     | - | | at | stone/rock/molotov/petrol_bomb/firebomb=145; grenade/bomb=183
resort to                 | - | | |
block                     | 144 | | obj | property/asset/account/fund/transaction/payment/export/import/shipment/trade=163; road/street/highway/entrance/access/route/railway/bridge/traffic/passage/port=144; resolution/bill/move/deal/plan/proposal/vote/statement/declaration/decision/package/accession/membership/bid/nomination/sanction/aid_package=129
blockade                  | 191 | | obj | road/street/highway/motorway/railway/bridge/border_crossing/crossing/entrance=144
occupy                    | 192 | | obj |

# 15 exhibit force posture
mobilize                  | 154 | | against | police=153; reservist/troop/army/force/soldier=154; support/backing=053
mobilise                  | 154 | | against |
mass                      | 154 | | on,along,near | troop/force/soldier/tank=154
amass                     | 154 | | on,along,near |
alert                     | 152 | | obj |
reinforce                 | 154 | | obj |
patrol                    | 151 | loc | obj |
station                   | 154 | | in |
move                      | - | | to,into,toward,towards,near,along | troop/force/soldier/tank/warship/missile/artillery/reinforcement/unit=154
fly over                  | 150 | | obj |
scramble                  | - | | | jet/fighter/fighter_jet/warplane/aircraft/plane/interceptor/helicopter=152

# 16 reduce relations
break off                 | 161 | | with | relation/tie/contact=161; talks/negotiation=164
break                     | - | stop | with | relation/tie/contact=161; ceasefire/truce/armistice=196; siege/blockade=-; record/news/silence/law/rule/ground/promise=-
sever                     | 161 | | with | relation/tie/contact=161
cut                       | - | stop | with,to,for | humanitarian_aid/humanitarian_assistance/food_aid/medical_aid/relief_aid/aid_delivery/aid_shipment=1623; economic_aid/financial_aid/economic_assistance/financial_assistance/development_aid/loan/credit=1621; military_aid/military_assistance/security_assistance/arm_delivery/weapon_delivery/arm_shipment/weapon_shipment/arm_supply/weapon_supply/arm_sale/weapon_sale=1622; relation/tie/contact=161; aid/assistance/funding/support=162; supply/export/import/trade=163
scale back                | - | stop | with,to,for,against | operation/military_operation/offensive/attack/bombing/campaign/hostility/fighting/shelling=087; relation/tie/contact=161; aid/assistance/funding/support/loan=162; military_aid=1622; trade/import/export=163
scale down                | - | stop | with,to,for,against | operation/military_operation/offensive/attack/bombing/campaign/hostility/fighting/shelling=087; relation/tie/contact=161; aid/assistance/funding/support/loan=162; military_aid=1622; trade/import/export=163
wind down                 | - | stop | with,to,for,against | operation/military_operation/offensive/attack/bombing/campaign/hostility/fighting/shelling=087; relation/tie/contact=161; aid/assistance/funding/support/loan=162; military_aid=1622; trade/import/export=163
cut off                   | - | stop | to,with | humanitarian_aid/humanitarian_assistance/food_aid/medical_aid/relief_aid/aid_delivery/aid_shipment=1623; economic_aid/financial_aid/economic_assistance/financial_assistance/development_aid/loan/credit=1621; military_aid/military_assistance/security_assistance/arm_delivery/weapon_delivery/arm_shipment/weapon_shipment/arm_supply/weapon_supply/arm_sale/weapon_sale=1622; relation/tie/contact=161; aid/assistance/funding/supply=162; electricity/water/power/road=191; trade/import/export=163
downgrade                 | 161 | | with | relation/tie=161
recall                    | - | | from,to,in | ambassador/envoy/diplomat/high_commissioner/consul/charge_d'affaires/chargé_d'affaires=161
expel                     | 174 | | obj,from | troop/force/soldier/military_personnel/military_adviser/military_advisor=166; diplomat/ambassador/envoy/attache/consul/embassy/high_commissioner/charge_d'affaires/chargé_d'affaires=161; peacekeeper=1661; inspector/observer/monitor=1662; aid_agency/aid_worker/agency/ngo/refugee_agency=1663; journalist/national/citizen/migrant/worker/foreigner=174; population/villager/resident=201
close                     | - | | to,obj,with | embassy/consulate=161; border/airspace/crossing/port=191; office/newspaper/station/channel/paper=1721; school/mosque/church=172
reduce                    | - | | to,for | humanitarian_aid/humanitarian_assistance/food_aid/medical_aid/relief_aid/aid_delivery/aid_shipment=1623; economic_aid/financial_aid/economic_assistance/financial_assistance/development_aid/loan/credit=1621; military_aid/military_assistance/security_assistance/arm_delivery/weapon_delivery/arm_shipment/weapon_shipment/arm_supply/weapon_supply/arm_sale/weapon_sale=1622; aid/assistance/funding/support=162; relation/tie/presence/staff=161; tension=087
halt                      | - | stop | to,with | humanitarian_aid/humanitarian_assistance/food_aid/medical_aid/relief_aid/aid_delivery/aid_shipment=1623; economic_aid/financial_aid/economic_assistance/financial_assistance/development_aid/loan/credit=1621; military_aid/military_assistance/security_assistance/arm_delivery/weapon_delivery/arm_shipment/weapon_shipment/arm_supply/weapon_supply/arm_sale/weapon_sale=1622; aid/assistance/delivery/funding/support/shipment/supply=162; talks/negotiation=164; mediation=165; import/export/trade/flight/sale=163; attack/offensive/bombing/operation/fighting/shelling/hostility/march=087; advance=0874
stop                      | - | stop | to,with | humanitarian_aid/humanitarian_assistance/food_aid/medical_aid/relief_aid/aid_delivery/aid_shipment=1623; economic_aid/financial_aid/economic_assistance/financial_assistance/development_aid/loan/credit=1621; military_aid/military_assistance/security_assistance/arm_delivery/weapon_delivery/arm_shipment/weapon_shipment/arm_supply/weapon_supply/arm_sale/weapon_sale=1622; aid/assistance/delivery/funding/support/shipment/supply=162; talks/negotiation=164; import/export/trade/flight=163; attack/offensive/bombing/operation/fighting/shelling/hostility/war=087
end                       | - | stop | with,obj | curfew=0813; state_of_emergency/emergency_rule/martial_law=0814; humanitarian_aid/humanitarian_assistance/food_aid/medical_aid/relief_aid/aid_delivery/aid_shipment=1623; economic_aid/financial_aid/economic_assistance/financial_assistance/development_aid/loan/credit=1621; military_aid/military_assistance/security_assistance/arm_delivery/weapon_delivery/arm_shipment/weapon_shipment/arm_supply/weapon_supply/arm_sale/weapon_sale=1622; treaty/agreement/accord/pact/deal/initiative/obligation/commitment/cooperation/partnership/alliance=160; talks/negotiation=164; mediation/mediation_effort=165; aid/assistance/funding/support=162; attack/offensive/bombing/operation/fighting/shelling/hostility/war/campaign/occupation/siege/blockade=087; strike/protest/demonstration/boycott=082
abandon                   | - | stop | obj | treaty/agreement/accord/pact/deal/obligation/commitment/plan/project=160; talks/negotiation=164; post/position/base/town/city/village=0874
scrap                     | - | stop | obj | treaty/agreement/accord/pact/deal/obligation/commitment/plan/project/visit/trip=160; talks/negotiation=164; sanction/embargo/tariff/duty=085; restriction/ban/rule/visa_requirement=081
terminate                 | - | stop | obj | treaty/agreement/accord/pact/deal/contract/obligation/commitment=160; talks/negotiation=164; aid/assistance/funding=162
abrogate                  | 160 | stop | obj |
# undoing an agreement (160 reduce or break relations) or a sanction (085
# ease sanctions) or restriction (081 ease restrictions)
rescind                   | - | stop | obj,with | treaty/agreement/accord/pact/deal/obligation/commitment/contract/membership=160; sanction/embargo/tariff/duty=085; restriction/ban/rule/curfew=081
annul                     | - | stop | obj,with | treaty/agreement/accord/pact/deal/obligation/commitment/contract/membership=160
tear up                   | - | stop | obj,with | treaty/agreement/accord/pact/deal/obligation/commitment/contract=160
repudiate                 | - | stop | obj,with | treaty/agreement/accord/pact/deal/obligation/commitment/contract=160
renounce                  | - | stop | obj | treaty/agreement/accord/pact/deal/obligation/commitment=160
freeze                    | - | stop | with,in | humanitarian_aid/humanitarian_assistance/food_aid/medical_aid/relief_aid/aid_delivery/aid_shipment=1623; economic_aid/financial_aid/economic_assistance/financial_assistance/development_aid/loan/credit=1621; military_aid/military_assistance/security_assistance/arm_delivery/weapon_delivery/arm_shipment/weapon_shipment/arm_supply/weapon_supply/arm_sale/weapon_sale=1622; asset/account/fund/trade/import/export=163; aid/assistance/funding=162; relation/tie/contact/talks/participation/membership=161
withhold                  | - | | from | humanitarian_aid/humanitarian_assistance/food_aid/medical_aid/relief_aid/aid_delivery/aid_shipment=1623; economic_aid/financial_aid/economic_assistance/financial_assistance/development_aid/loan/credit=1621; military_aid/military_assistance/security_assistance/arm_delivery/weapon_delivery/arm_shipment/weapon_shipment/arm_supply/weapon_supply/arm_sale/weapon_sale=1622; aid/assistance/funding/support/payment=162
sanction                  | 163 | | obj |
embargo                   | 163 | | obj |
impose                    | - | light | on,against,upon,in | administrative_sanction=172; restriction_on_political_freedom/restriction_on_freedom/restriction_on_the_press/restriction_on_press/restriction_on_medium/restriction_on_media/restriction_on_speech/restriction_on_assembly=1721; sanction/embargo/boycott/tariff/duty/ban_on_import/restriction_on_trade/export_control/export_ban/import_ban/export_restriction/import_restriction/trade_restriction/trade_barrier/asset_freeze=163; curfew=1723; martial_law/state_of_emergency/emergency/emergency_rule=1724; ban=1721; restriction/control/censorship/measure=172; blockade/siege=191; tax/levy=-
slap                      | - | light | on,against |
adopt                     | - | light | on,against,upon | sanction/embargo/tariff/duty/export_control/export_ban/import_ban/export_restriction/import_restriction/trade_restriction/trade_barrier/asset_freeze=163; restriction/control/measure=172
unveil                    | - | light | on,against,upon | sanction/embargo/tariff/duty/export_control/export_ban/import_ban/export_restriction/import_restriction/trade_restriction/trade_barrier/asset_freeze=163; restriction/control/measure=172
place                     | - | | on,against,upon | entity_list/blacklist/black_list/sanction_list/sanctions_list/trade_blacklist=163; sanction/embargo/boycott/tariff/duty/ban_on_import/export_control/export_ban/import_ban/export_restriction/import_restriction/trade_restriction/trade_barrier/asset_freeze=163; restriction/ban/control=172; curfew=1723; martial_law/state_of_emergency=1724
institute                 | - | light | in,on | curfew=1723; martial_law/state_of_emergency/emergency=1724; ban=1721; reform=083; sanction/embargo/tariff/duty=163
blacklist                 | 163 | | obj |
ban                       | 172 | | obj,from,to | entry/visa=1245; party/group/organization/opposition/candidate/politician/movement=1722; newspaper/publication/broadcast/media/website/demonstration/protest/rally/gathering/assembly=1721; import/export/trade/flight/product=163; voting=1722
bar                       | - | | obj,from,to | entry/access/visa=1245; import/export/trade/flight/product/ship/airline=163
tighten                   | - | | on,against | sanction/embargo/control/restriction/blockade/curb/export_curb/export_control/export_ban/import_ban/export_restriction/import_restriction/trade_restriction/trade_barrier/asset_freeze=163
revoke                    | - | stop | obj,with | visa/accreditation/credential=1245; license/licence/permit=172; treaty/agreement/accord/pact/deal/obligation/commitment/contract/membership=160
walk out                  | 164 | | of,from |
take in                   | - | | obj,from | refugee/migrant/asylum_seeker/orphan/evacuee=073

# 17 coerce
force                     | - | | obj | out=166; into_exile=174
seize                     | 1711 | | obj,from | power/control/territory/town/city/village/area/region/airport/base/border/island/stronghold=192; ship/vessel/tanker/plane/aircraft=171
retake                    | 192 | | obj,from |
recapture                 | 192 | | obj,from |
confiscate                | 1711 | | obj,from |
expropriate               | 1711 | | obj |
nationalize               | 1711 | | obj |
loot                      | 1711 | | obj |
ransack                   | 1711 | | obj |
raid                      | 190 | loc | obj | home/house/office/headquarters/newspaper/shop=1711
hack                      | 171 | | into,obj |
destroy                   | 1712 | | obj |
demolish                  | 1712 | | obj |
raze                      | 1712 | | obj |
bulldoze                  | 1712 | | obj |
torch                     | 1712 | | obj |
burn                      | 1712 | | obj |
vandalize                 | 1712 | | obj |
sabotage                  | 1712 | | obj |
blow up                   | 1712 | | obj | bus/car/plane/aircraft/airliner/train/market/hotel/embassy=183; himself/herself/themselves=1831
censor                    | 1721 | | obj |
restrict                  | 172 | | obj,to | movement/access/travel=172; freedom/speech/press/media/assembly/protest/journalist/reporter/correspondent/ngo/opposition=1721; import/export/trade/flight/investment/shipment/supply=163
prevent                   | 172 | | obj | demonstration/protest/rally/march/gathering=1721
crack down               | 175 | | on |
repress                   | 175 | | obj |
suppress                  | 175 | | obj |
disperse                  | 175 | | obj |
arrest                    | 173 | person | obj |
detain                    | 173 | person | obj |
jail                      | 173 | person | obj |
imprison                  | 173 | person | obj |
apprehend                 | 173 | person | obj |
round up                  | 173 | person | obj |
deport                    | 174 | person | obj,to,from |
harass                    | 170 | | obj |
persecute                 | 170 | | obj |
kidnap                    | 181 | | obj |
abduct                    | 181 | | obj |
hijack                    | 181 | | obj |
obstruct                  | - | | obj | passage/road/traffic/street/highway/border_crossing/crossing/access_road=144
take hostage              | 181 | | obj |
spy                       | 170 | | on |

# 18 assault
beat                      | 182 | person | obj |
beat up                   | 182 | person | obj |
torture                   | 1822 | person | obj |
rape                      | 1821 | person | obj |
lynch                     | 1823 | person | obj |
stab                      | 182 | person | obj |
assault                   | 182 | | obj |
bomb                      | 183 | loc | obj |
use                       | - | means | against,on,in | chemical_weapon/chemical_arm/chemical_agent/nerve_agent/poison_gas/chlorine_gas/sarin/biological_weapon=2041; weapon_of_mass_destruction/wmd=204; mass_violence/mass_killing=200; nuclear_weapon/atomic_bomb/nuclear_bomb=2042; human_shield=184; conventional_military_force/military_force/conventional_force/force=190; violent_repression/repression/excessive_force/live_ammunition/live_fire=175; tear_gas/water_cannon/rubber_bullet/baton=175; aerial_weapon/air_power/warplane/airstrike/air_strike=195; artillery/tank=194; small_arm=193; coercion=170
employ                    | - | means | against,on,in | chemical_weapon/chemical_arm/chemical_agent/nerve_agent/poison_gas/biological_weapon=2041; weapon_of_mass_destruction/wmd=204; mass_violence/mass_killing=200; nuclear_weapon=2042; human_shield=184; conventional_military_force/military_force/conventional_force/force=190; violent_repression/repression/excessive_force=175; aerial_weapon/air_power/warplane/airstrike=195; artillery/tank=194; small_arm=193; coercion=170
drop                      | - | | on | atomic_bomb/nuclear_bomb/atom_bomb=2042; bomb/barrel_bomb/cluster_bomb=195
detonate                  | 183 | | | car_bomb=1832; roadside_bomb=1833; suicide_vest/suicide_belt=1831; nuclear_device/nuclear_bomb/atomic_bomb/nuclear_weapon=2042
# a bomb that explodes is a bombing by no named source; the place names its target
explode                   | 183 | loc | near,at,in,outside |
assassinate               | 186 | person | obj |
coerce                    | 170 | | obj,into |
de-escalate               | 087 | | with,obj,in |
deescalate                | 087 | | with,obj,in |
accede to                 | 083 | | obj | change_in_leadership/leadership_change/resignation=0831; policy_change/change_in_policy=0832; right=0833; constitution/institution/regime/change_in_institution=0834
murder                    | 190 | person | obj |
kill                      | 190 | person | obj |
execute                   | 190 | person | obj |
behead                    | 1823 | person | obj |
shoot                     | 193 | person | obj,at | down=190
shoot down                | 190 | | obj |
down                      | - | | obj | plane/jet/aircraft/airliner/helicopter/drone/missile/fighter/fighter_jet/bomber/warplane/airplane=190
gun down                  | 193 | person | obj |
wound                     | 190 | person | obj |
injure                    | 190 | person | obj |
massacre                  | 202 | | obj |
slaughter                 | 202 | | obj |
terrorize                 | 180 | | obj |

# 19 fight
attack                    | 190 | loc | obj | policy/statement/remark/decision/plan/speech/proposal/comment/law/stance/position/government_policy=111
fight                     | 190 | recip | obj,against,with | corruption/crime/poverty/terrorism/drug/inflation/disease/epidemic/pandemic/fire/extremism/cancer/climate_change=-
battle                    | 190 | recip | obj,against,with | corruption/crime/poverty/disease/fire/inflation/crisis=-
clash                     | 190 | recip | with |
combat                    | 190 | | obj | corruption/crime/poverty/terrorism/drug/disease/extremism/climate_change=-
invade                    | 192 | | obj |
annex                     | 192 | | obj |
capture                   | 192 | loc | obj | rebel_stronghold/rebel_base/rebel_position/rebel_camp/militant_stronghold/militant_base=192; soldier/fighter/rebel/prisoner/hostage/commander/leader/man/civilian/suspect=173
shell                     | 194 | loc | obj |
bombard                   | 194 | loc | obj |
pound                     | 194 | loc | obj |
fire                      | 193 | | at,on,into,toward,towards,obj | missile/rocket/artillery/shell/mortar/howitzer/cannon=194; tear_gas=175; official/minister/general/chief/commander/head/coach=-
open fire                 | 193 | | on,at |
set fire                  | 1712 | | to |
ambush                    | 190 | | obj |
repel                     | 190 | | obj |
repulse                   | 190 | | obj |
besiege                   | 191 | | obj |
lay siege                 | 191 | | to |
encircle                  | 191 | | obj |
storm                     | 190 | loc | obj |
overrun                   | 192 | loc | obj |
wage                      | - | light | against,on | war/campaign/offensive/battle/attack=190
mount                     | - | light | against,on,in | attack/offensive/counteroffensive/counter-offensive/assault/raid/operation/campaign/strike/incursion/invasion=190; protest/demonstration/rally=141; challenge/defence/defense/bid=-
put                       | - | light | | alert/high_alert/combat_readiness=152; house_arrest=173; entity_list/blacklist/black_list/sanction_list/sanctions_list/trade_blacklist=163
intervene                 | 190 | | in |
punish                    | 170 | | obj | sanction/tariff/duty/levy/embargo/export_control/export_ban/import_ban/export_restriction/import_restriction/trade_restriction/trade_barrier/asset_freeze=163
retaliate                 | 190 | | against | with_tariff/with_duty/with_sanction/with_levy/with_embargo/with_ban=163; with_expulsion=161
respond                   | - | | to,against | with_tariff/with_duty/with_sanction/with_levy/with_embargo/with_ban=163; with_expulsion=161; with_strike/with_airstrike/with_attack/with_force/with_shelling/with_missile/militarily/with_military_force=190

# 20 unconventional mass violence
cleanse                   | 203 | | obj |
exterminate               | 202 | | obj |
`

const nounTable = `
# event nouns: noun | code | target prepositions | source prepositions | flags
visit                     | 042 | to,in | by,of | loc
state visit               | 042 | to,in | by,of | loc
trip                      | 042 | to,in | by,of | loc
tour                      | 042 | to,of,in | by | loc
journey                   | 042 | to | by | loc
talks                     | 046 | with | between | recip
negotiation               | 046 | with | between | recip
discussion                | 040 | with | between | recip
consultation              | 040 | with | between | recip
meeting                   | 040 | with | between | recip
summit                    | 040 | with | between | recip
phone call                | 041 | with | between | recip
telephone conversation    | 041 | with | between | recip
chat                      | 040 | with | between | recip
dialogue                  | 046 | with | between | recip
mediation                 | 045 | between | by |
agreement                 | 057 | with | between | recip
treaty                    | 057 | with | between | recip
accord                    | 057 | with | between | recip
deal                      | 057 | with | between | recip
pact                      | 057 | with | between | recip
joint statement           | 057 | with | between | recip
joint declaration         | 057 | with | between | recip
memorandum                | 057 | with | between | recip
elevation                 | 050 | with | between | recip
upgrade                   | 050 | with | between | recip
upgrading                 | 050 | with | between | recip
deepening                 | 050 | with | between | recip
strengthening             | 050 | with | between | recip
establishment             | 054 | with | between | recip
normalization             | 050 | with | between | recip
resumption                | 050 | with | between | recip
partnership               | 050 | with | between | recip
alliance                  | 050 | with | between | recip
recognition               | 054 | of | by |
apology                   | 055 | to | by |
praise                    | 051 | for,of | by |
support                   | 051 | for,to | by |
condolence                | 018 | to | by |
cooperation               | 060 | with | between | recip
collaboration             | 060 | with | between | recip
exercise                  | 062 | with | between | recip
# "war games" are exercises, not war (190)
war game                  | 062 | with | between | recip
wargame                   | 062 | with | between | recip
drill                     | 062 | with | between | recip
# a state's own drills are a show of force (150); joint ones cooperation
military drill            | 150 | around,near,off,in | by |
patrol                    | 150 | near,around,off,in | by |
naval patrol              | 150 | near,around,off,in | by |
military exercise         | 150 | around,near,off,in | by |
joint military drill      | 062 | with | between | recip
joint military exercise   | 062 | with | between | recip
aid                       | 070 | to,for | by,from |
assistance                | 070 | to,for | by,from |
economic cooperation      | 061 | with | between | recip
gas delivery              | 061 | to | by,from |
gas supply                | 061 | to | by,from |
energy supply             | 061 | to | by,from |
oil delivery              | 061 | to | by,from |
arms delivery             | 072 | to | by,from |
weapons delivery          | 072 | to | by,from |
trade cooperation         | 061 | with | between | recip
military cooperation      | 062 | with | between | recip
defence cooperation       | 062 | with | between | recip
defense cooperation       | 062 | with | between | recip
security cooperation      | 062 | with | between | recip
judicial cooperation      | 063 | with | between | recip
intelligence sharing      | 064 | with | between | recip
military protection       | 074 | to,for | by,from |
leadership change         | 0831 | in,of | by |
change in leadership      | 0831 | in,of | by |
policy change             | 0832 | in,of | by |
change in policy          | 0832 | in,of | by |
political reform          | 083 | in,of | by |
de-escalation             | 087 | with,in | by |
international involvement | 086 | in | by |
unconventional violence   | 180 | against,in | by | loc
mass expulsion            | 201 | of | by |
humanitarian aid          | 073 | to,for | by,from |
humanitarian assistance   | 073 | to,for | by,from |
food aid                  | 073 | to,for | by,from |
medical aid               | 073 | to,for | by,from |
emergency aid             | 073 | to,for | by,from |
relief aid                | 073 | to,for | by,from |
economic aid              | 071 | to,for | by,from |
economic assistance       | 071 | to,for | by,from |
financial aid             | 071 | to,for | by,from |
financial assistance      | 071 | to,for | by,from |
development aid           | 071 | to,for | by,from |
reconstruction aid        | 071 | to,for | by,from |
reconstruction assistance | 071 | to,for | by,from |
military assistance       | 072 | to,for | by,from |
security assistance       | 072 | to,for | by,from |
military aid              | 072 | to,for | by,from |
loan                      | 071 | to,for | by,from |
grant                     | 071 | to,for | by,from |
credit                    | 071 | to | by,from |
asylum                    | 075 | to | by |
ceasefire                 | 0871 | with | between | recip
truce                     | 0871 | with | between | recip
withdrawal                | 0874 | from | by,of |
release                   | 0841 | | by |
investigation             | 090 | into,against | by |
probe                     | 090 | into | by |
inquiry                   | 090 | into | by |
demand                    | 100 | on,to | by,from |
appeal                    | 020 | to | by,from |
call                      | 020 | on,to | by,from |
request                   | 020 | to | by,from |
proposal                  | 020 | to | by,from |
offer                     | 030 | to | by,from |
invitation                | 036 | to | by,from |
pledge                    | 030 | to | by |
promise                   | 030 | to | by |
criticism                 | 111 | of | by,from |
condemnation              | 111 | of | by,from |
accusation                | 112 | against | by,from |
complaint                 | 114 | against,to | by,from |
protest                   | 141 | against,to | by,from |
demonstration             | 141 | against | by |
rally                     | 141 | against | by |
hunger strike             | 142 | against | by |
general strike            | 143 | against | by |
strike                    | 143 | against | by |
boycott                   | 143 | of,against | by |
lawsuit                   | 115 | against | by |
warning                   | 130 | to | by,from |
threat                    | 130 | to,against | by,from |
ultimatum                 | 139 | to | by,from |
rejection                 | 120 | of | by |
refusal                   | 120 | | by |
veto                      | 129 | of | by |
mobilization              | 154 | against | by,of |
mobilisation              | 154 | against | by,of |
deployment                | 154 | to,in | by,of | loc
sanction                  | 163 | on,against | by,from |
tariff                    | 163 | on,against | by,from |
embargo                   | 163 | on,against | by,from |
arms embargo              | 163 | on,against | by,from |
export control            | 163 | on,against | by,from |
export curb               | 163 | on,against | by,from |
trade curb                | 163 | on,against | by,from |
export ban                | 163 | on,against | by,from |
import ban                | 163 | on,against | by,from |
export restriction        | 163 | on,against | by,from |
import restriction        | 163 | on,against | by,from |
trade restriction         | 163 | on,against | by,from |
asset freeze              | 163 | on,against | by,from |
expulsion                 | 174 | of,from | by |
suspension                | 161 | of,with | by |
arrest                    | 173 | of | by |
detention                 | 173 | of | by |
crackdown                 | 175 | on,against | by |
curfew                    | 1723 | on,in | by |
kidnapping                | 181 | of | by |
abduction                 | 181 | of | by |
hijacking                 | 181 | of | by |
assassination             | 186 | of | by |
assassination attempt     | 185 | on,against | by |
bombing                   | 183 | of,in,on | by | loc
suicide bombing           | 1831 | in,on | by | loc
car bombing               | 1832 | in,on | by | loc
car bomb                  | 1832 | in,on | by | loc
roadside bombing          | 1833 | in,on | by | loc
roadside bomb             | 1833 | in,on | by | loc
bomb attack               | 183 | on,against,in | by | loc
suicide attack            | 1831 | on,against,in | by | loc
attack                    | 190 | on,against | by | loc
revenge                   | 190 | on,against,for | by |
retaliation               | 190 | against,for | by |
reprisal                  | 190 | against,for | by |
retribution               | 190 | against,for | by |
assault                   | 190 | on,against | by | loc
offensive                 | 190 | against,on,in | by | loc
raid                      | 190 | on,against,in | by | loc
incursion                 | 190 | into,in | by | loc
invasion                  | 192 | of | by | loc
occupation                | 192 | of | by | loc
annexation                | 192 | of | by |
blockade                  | 191 | of,on,against | by |
siege                     | 191 | of,on | by |
shelling                  | 194 | of | by | loc
artillery fire            | 194 | on,at | by | loc
gunfire                   | 193 | on,at | by | loc
fire                      | 193 | on,at | by | loc
rocket attack             | 194 | on,against | by | loc
missile strike            | 195 | on,against | by | loc
airstrike                 | 195 | on,against,in | by | loc
air strike                | 195 | on,against,in | by | loc
drone attack              | 195 | on,against,in | by | loc
drone strike              | 195 | on,against,in | by | loc
air raid                  | 195 | on,against,in | by | loc
bombardment               | 194 | of,on | by | loc
war                       | 190 | on,against,with | by |
fighting                  | 190 | with,against | between | recip
clash                     | 190 | with | between | recip
massacre                  | 202 | of | by | loc
genocide                  | 202 | against,of | by |
ethnic cleansing          | 203 | of,against | by | loc
chemical attack           | 2041 | on,against,in | by | loc
chemical weapons attack   | 2041 | on,against,in | by | loc
chemical weapon attack    | 2041 | on,against,in | by | loc
gas attack                | 2041 | on,against,in | by | loc
nuclear attack            | 2042 | on,against | by |
`
