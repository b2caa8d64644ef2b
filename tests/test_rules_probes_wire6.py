"""Findings on made-up wire sentences (third batch), written like Reuters, AP, Yonhap or NK
News reports of the kinds of breach the regimes cover: ship-to-ship and tanker deliveries of
fuel, exports of coal, seafood, textiles and metals from the DPRK, arms and missiles both
ways and from Iran, vehicles, vessels and luxury goods to the DPRK, luxury goods from the EU
to Russia above the thresholds, workers abroad, help with missiles, payments to a listed
bank; and ordinary news that carries the same goods words, denials, plans, hypotheticals,
suspicions and history, which must give no finding.

The sentences and the measures each must (or must not) fire were written before the system
was run on them and before any code was changed for them; none is taken from the shared data
or the gold sets. Cases the system still misses are marked xfail (strict) with the stage
that loses them, so a fix shows up as an unexpected pass.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.test_rules_probes import measures
from tests.test_rules_probes_wire import findings  # noqa: F401  (the shared fixture)

KKBC = {"Kwangson": "KPe.025"}
KOMID = {"Mining Development": "KPe.001"}
FTB = {"Foreign Trade Bank": "KPe.047"}


def _gap(reason: str) -> Any:
    return pytest.mark.xfail(strict=True, reason=reason)


# (sentence, listed parties, measures of which at least one must fire)
BREACHES: list[Any] = [
    ("A Panama-flagged tanker transferred 3,000 tonnes of diesel to a North Korean vessel "
     "off Shanghai, Japan's defence ministry said.", {},
     {"un-dprk/refined-petroleum", "un-dprk/ship-to-ship"}),
    ("North Korea exported $5 million of seafood to China in violation of UN sanctions, the "
     "panel of experts said.", {}, {"un-dprk/seafood-from"}),
    ("Iran shipped hundreds of Shahed drones to Russia in 2022, U.S. officials said.", {},
     {"un-iran/missile-from", "un-iran/arms-from"}),
    ("North Korea has sent more than 5 million artillery shells to Russia since last year, "
     "South Korea's defence minister said on Tuesday.", {}, {"un-dprk/arms-from-dprk"}),
    ("Russia delivered about 1 million barrels of oil to North Korea between March and "
     "November, according to the Open Source Centre.", {},
     {"un-dprk/crude-oil", "un-dprk/refined-petroleum"}),
    ("A Chinese-owned bulk carrier loaded North Korean coal at Nampo and unloaded it in "
     "Vietnam, the UN report said.", {}, {"un-dprk/coal-iron-from"}),
    pytest.param(
        "North Korean tankers made dozens of trips to Russia's Vostochny port to load refined "
        "petroleum products this year, satellite imagery showed.", {},
        {"un-dprk/refined-petroleum"},
        marks=_gap("event coding: loading goods as the purpose of a trip ('made trips to "
                   "load') is coded as no transfer")),
    ("Two German nationals were charged with exporting luxury cars worth 1.2 million euros "
     "to Russia in breach of EU sanctions.", {}, {"eu-russia/luxury-goods-to"}),
    ("North Korea sold ballistic missiles to Russia which were fired at Ukrainian cities, "
     "Kyiv said.", {}, {"un-dprk/arms-from-dprk", "un-dprk/wmd-missile-from-dprk"}),
    ("Russia gave Kim Jong Un a second Aurus limousine during Putin's visit to Pyongyang in "
     "June, state media reported.", {},
     {"un-dprk/luxury-goods", "un-dprk/machinery-vehicles-metals-to"}),
    pytest.param(
        "Putin presented Kim with an Aurus Senat limousine and a tea set during his visit, the "
        "Kremlin said.", {}, {"un-dprk/luxury-goods", "un-dprk/machinery-vehicles-metals-to"},
        marks=_gap("parties: a bare 'Kim' is given no country")),
    ("North Korea supplied Russia with KN-23 ballistic missiles, the White House said on "
     "Thursday.", {}, {"un-dprk/arms-from-dprk", "un-dprk/wmd-missile-from-dprk"}),
    ("A Hong Kong company sold a tanker to a North Korean front company in 2019, the U.S. "
     "Treasury said.", {}, {"un-dprk/vessels-any"}),
    ("North Korea earned $300 million from exporting coal and iron ore to China in 2023, a "
     "UN report said.", {}, {"un-dprk/coal-iron-from"}),
    pytest.param(
        "Chinese fishing fleets bought fishing rights in North Korean waters in 2022, the "
        "panel said.", {}, {"un-dprk/fishing-rights"},
        marks=_gap("parties: the seller of rights 'in North Korean waters' is not coded")),
    pytest.param(
        "About 15,000 North Korean workers arrived in Russia last year on student and trainee "
        "visas, South Korean intelligence said.", {}, {"un-dprk/workers-abroad"},
        marks=_gap("event coding: workers arriving abroad is coded as a visit, not as labour "
                   "taken in")),
    ("A Vietnamese company imported North Korean textiles worth $2 million through a Chinese "
     "intermediary, the report said.", {}, {"un-dprk/textiles-from"}),
    ("Smugglers shipped Japanese whisky and Swiss watches worth $800,000 to Pyongyang via "
     "Dalian, investigators said.", {}, {"un-dprk/luxury-goods"}),
    ("A Taiwanese businessman sold 15,000 tonnes of fuel oil to North Korea through "
     "ship-to-ship transfers, prosecutors said.", {},
     {"un-dprk/refined-petroleum", "un-dprk/ship-to-ship"}),
    ("The Belarusian company delivered 40 trucks and tractors to North Korea last month, the "
     "monitoring group said.", {}, {"un-dprk/machinery-vehicles-metals-to"}),
    ("North Korean ships delivered millions of rounds of ammunition to Russia's Far East port "
     "of Dunai, satellite imagery showed.", {}, {"un-dprk/arms-from-dprk"}),
    ("Russia has supplied North Korea with air defence systems and anti-aircraft missiles, "
     "Seoul's national security adviser said.", {}, {"un-dprk/arms-to-dprk"}),
    # a brand before a plural the tagger reads as a verb ("Rolex watches")
    ("An Austrian dealer exported Rolex watches worth EUR 500,000 to Moscow in 2023, "
     "prosecutors said.", {}, {"eu-russia/luxury-goods-to"}),
    ("North Korea smuggled more than 2.8 million tonnes of coal to China in 2019, the UN "
     "panel said.", {}, {"un-dprk/coal-iron-from"}),
    # (label widened after the first run: 1718 OP8(c), technical assistance with the
    # items of OP8(a)(i)-(ii), ballistic missiles among them, is a basis I had overlooked)
    ("Russian technicians helped North Korea improve its ballistic missile guidance systems, "
     "Seoul said.", {},
     {"un-dprk/sci-tech-cooperation", "un-dprk/wmd-missile-to-dprk", "un-dprk/arms-training"}),
    pytest.param(
        "North Korea's Mansudae Overseas Projects built bronze statues for the government of "
        "Senegal in 2018, the UN panel said.", {}, {"un-dprk/statues-from"},
        marks=_gap("event coding: building goods for a foreign client ('built statues for') "
                   "is coded as no transfer")),
    ("Iran smuggled anti-ship missiles to Houthi rebels in Yemen in 2018, the U.S. Navy "
     "said.", {}, {"un-iran/arms-from", "un-iran/missile-from"}),
    ("Hundreds of North Korean IT workers employed by Chinese firms earned millions of "
     "dollars for Pyongyang last year, the U.S. said.", {}, {"un-dprk/workers-abroad"}),
    pytest.param(
        "North Korean restaurant workers continue to operate in Chinese cities, the report "
        "said.", {}, {"un-dprk/workers-abroad"},
        marks=_gap("event coding: workers said to work abroad, with no verb of sending or "
                   "hiring, are coded as no event")),
    ("A Russian vessel transferred refined petroleum to the North Korean-flagged tanker Chon "
     "Ma San in the Sea of Japan, Japan said.", {}, {"un-dprk/refined-petroleum"}),
    ("The North Korean tanker Yu Jong 2 received oil from a Marshall Islands-flagged ship in "
     "a ship-to-ship transfer, Japan's foreign ministry said.", {},
     {"un-dprk/ship-to-ship"}),
    ("A Chinese trading company bought 10,000 tonnes of North Korean anthracite last year, "
     "customs records showed.", {}, {"un-dprk/coal-iron-from"}),
    # a superyacht is a yacht
    ("A Dutch yacht builder delivered a 40-metre superyacht to a Russian buyer in 2023, "
     "prosecutors said.", {}, {"eu-russia/luxury-goods-to"}),
    ("North Korea exported zinc and lead ore to China worth $20 million, trade data showed.",
     {}, {"un-dprk/copper-nickel-silver-zinc-from", "un-dprk/lead-from"}),
    pytest.param(
        "A Singaporean firm supplied jet fuel to North Korea's Air Koryo in 2018, the U.S. "
        "Justice Department said.", {}, {"un-dprk/aviation-fuel"},
        marks=_gap("parse: the small model reads 'supplied' as a modifier of 'fuel', so no "
                   "verb of supply is found")),
    ("A Chinese shipyard sold two fishing vessels to a North Korean company last year, the "
     "panel found.", {}, {"un-dprk/vessels-any"}),
    # a missile named by its designation is a ballistic missile
    ("North Korea transferred Hwasong-11 missiles to Russia, Ukraine's military intelligence "
     "said.", {}, {"un-dprk/arms-from-dprk", "un-dprk/wmd-missile-from-dprk"}),
    pytest.param(
        "Iran transferred Fateh-110 missiles to Russia in August 2023, officials said.", {},
        {"un-iran/missile-from"},
        marks=_gap("parse: the tagger reads 'Fateh-110' as punctuation outside the object, "
                   "so only 'missiles' (arms, whose Iran measure lapsed in 2020) is read")),
    # (written while fixing the above, so not blind) the same designation kind, parsed
    ("Iran sent Fateh-360 missiles to Russia in September 2023, Western officials said.", {},
     {"un-iran/missile-from"}),
    ("Russia handed over MiG-29 fighter jets to North Korea, Seoul's spy agency said on "
     "Monday.", {}, {"un-dprk/arms-to-dprk"}),
    ("A Malaysian firm paid $2.5 million to Korea Kwangson Banking Corporation for coal, the "
     "Treasury said.", KKBC, {"un-dprk/asset-freeze"}),
    ("Chinese importers bought North Korean silk and garments worth $6 million in 2023, the "
     "UN said.", {}, {"un-dprk/textiles-from"}),
    # (third batch, written after the fixes above and before any further change)
    ("Shipments of North Korean coal to China continued in 2019 despite the ban, the UN "
     "panel said.", {}, {"un-dprk/coal-iron-from"}),
    ("The delivery of 20 Mercedes-Benz cars to Pyongyang in 2018 violated UN sanctions, "
     "investigators said.", {}, {"un-dprk/luxury-goods", "un-dprk/machinery-vehicles-metals-to"}),
    ("More than 20 tankers delivered refined petroleum to North Korea in 2023, the panel "
     "said.", {}, {"un-dprk/refined-petroleum"}),
    ("North Korean coal was shipped to Vietnam and Malaysia by vessels using falsified "
     "documents, the report said.", {}, {"un-dprk/coal-iron-from"}),
    ("Arms were shipped from North Korea to Russia by rail across the Tumen river bridge, "
     "satellite images showed.", {}, {"un-dprk/arms-from-dprk"}),
    ("Russia has been supplying North Korea with refined oil in excess of the cap since "
     "March, the U.S. said.", {}, {"un-dprk/refined-petroleum"}),
    ("North Korea sent about 10,000 workers to Russia this year, the National Intelligence "
     "Service said on Tuesday.", {}, {"un-dprk/workers-abroad"}),
    ("Moscow transferred advanced space technology to Pyongyang in exchange for artillery "
     "shells, Seoul said.", {}, {"un-dprk/sci-tech-cooperation", "un-dprk/wmd-missile-to-dprk"}),
    pytest.param(
        "Iranian engineers travelled to North Korea to help with its missile programme, the "
        "panel said.", {}, {"un-dprk/sci-tech-cooperation", "un-dprk/arms-training"},
        marks=_gap("event coding: help given as the purpose of a journey ('travelled to X to "
                   "help with') is coded as no event")),
    ("The Russian-flagged tanker Lady Maria delivered oil to the North Korean port of "
     "Chongjin in April.", {}, {"un-dprk/crude-oil", "un-dprk/refined-petroleum"}),
    ("A Chinese businessman was convicted of selling luxury cars to North Korea through "
     "Dalian.", {}, {"un-dprk/luxury-goods"}),
    ("North Korea imported $1.2 million worth of luxury watches from Switzerland through "
     "China in 2022, trade data showed.", {}, {"un-dprk/luxury-goods"}),
    ("Russia's Ministry of Defence bought millions of North Korean artillery shells and "
     "rockets, U.S. officials said.", {}, {"un-dprk/arms-from-dprk"}),
    pytest.param(
        "North Korean laborers worked at construction sites across Russia in 2023, the "
        "report said.", {}, {"un-dprk/workers-abroad"},
        marks=_gap("event coding: work done abroad, with no verb of sending or hiring, is "
                   "coded as no event")),
    ("North Korea received more than one million barrels of petroleum products from Russia "
     "in 2024, the White House said.", {}, {"un-dprk/refined-petroleum"}),
    ("North Korea shipped 11,000 containers of munitions to Russia, South Korea's defence "
     "ministry said.", {}, {"un-dprk/arms-from-dprk"}),
    ("A British-registered company sold a used oil tanker to North Korean buyers through "
     "intermediaries in 2020.", {}, {"un-dprk/vessels-any"}),
    # (fourth batch: the EU's import bans and Iran's snapback; written before any change)
    ("A Belgian trader imported Russian diamonds worth EUR 10 million in 2024, prosecutors "
     "in Antwerp said.", {}, {"eu-russia/diamonds-from"}),
    ("A Polish company imported Russian coal in October 2022 in breach of the EU ban, "
     "customs officials said.", {}, {"eu-russia/coal-from"}),
    ("An Italian steel maker imported Russian steel products in 2024, prosecutors said.", {},
     {"eu-russia/iron-steel-from"}),
    ("A Greek tanker owner shipped Russian crude oil to the Netherlands in 2023, "
     "investigators said.", {}, {"eu-russia/crude-oil-from"}),
    ("German exporters shipped machine tools to Russia through Kazakhstan in 2023, customs "
     "officials said.", {}, {"eu-russia/industrial-goods-to"}),
    ("A Finnish company sold drones and radio equipment to Russia in 2023, the prosecutor "
     "said.", {}, {"eu-russia/arms-to", "eu-russia/aviation-space-to",
                   "eu-russia/dual-use-to"}),
    ("Iran delivered drones to Russia in October 2025, after UN sanctions were reimposed, "
     "Western officials said.", {}, {"un-iran/arms-from-snapback"}),
    ("North Korea's Korea Mining Development Trading Corporation received $3 million from a "
     "Syrian firm in 2019, the panel said.", KOMID, {"un-dprk/asset-freeze"}),
    ("A Chinese firm shipped 200 tonnes of steel pipes to North Korea in 2022, the UN panel "
     "said.", {}, {"un-dprk/machinery-vehicles-metals-to"}),
    pytest.param(
        "Russian scientists and North Korean researchers jointly developed satellite "
        "technology in 2024, Seoul said.", {}, {"un-dprk/sci-tech-cooperation"},
        marks=_gap("event coding: joint work ('jointly developed') is coded as no event")),
    ("North Korea has been selling sand and gravel to Chinese construction firms, the panel "
     "said.", {}, {"un-dprk/goods-from-2397"}),
    ("Chinese traders bought timber and wood products from North Korea in 2023.", {},
     {"un-dprk/goods-from-2397"}),
    ("North Korea sold fishing rights to Chinese fleets in 2022, earning about $120 million, "
     "the panel said.", {}, {"un-dprk/fishing-rights"}),
    ("It said North Korea exported $30 million of electricity and machinery to China last "
     "year.", {}, {"un-dprk/goods-from-2397"}),
    # (labelled a near-miss when written; moved here on legal grounds after the run: in
    # 2019 UNSCR 2231 Annex B para 6(b) still stood, until 18 October 2020)
    ("Iran supplied drones to Russia in 2019, a year before the arms embargo was due to "
     "lapse, officials said.", {}, {"un-iran/arms-from", "un-iran/missile-from"}),
    # (fifth batch: the goods vocabulary; written before any change for it)
    ("A Chinese tanker delivered 1,500 tonnes of gasoil to North Korea in March, the panel "
     "said.", {}, {"un-dprk/refined-petroleum"}),
    ("A vessel transferred kerosene and jet fuel to North Korea's Nampo port in 2023, the "
     "report said.", {}, {"un-dprk/refined-petroleum", "un-dprk/aviation-fuel"}),
    ("Russia supplied liquefied petroleum gas to North Korea by rail last year, trade data "
     "showed.", {}, {"un-dprk/condensates-ngl", "un-dprk/refined-petroleum"}),
    ("North Korea exported squid and crab worth $10 million to China in 2022, the panel "
     "said.", {}, {"un-dprk/seafood-from"}),
    ("North Korea sold ferrosilicon and pig iron to Chinese buyers in 2023, customs data "
     "showed.", {}, {"un-dprk/coal-iron-from"}),
    ("North Korea exported mushrooms and ginseng worth $4 million to China last year.", {},
     {"un-dprk/goods-from-2397"}),
    ("A Chinese company sold two used Rolls-Royce cars to a North Korean trading company in "
     "2019.", {}, {"un-dprk/luxury-goods", "un-dprk/machinery-vehicles-metals-to"}),
    ("A Japanese trader exported Lexus SUVs and pianos to North Korea via Dalian, police "
     "said.", {}, {"un-dprk/luxury-goods", "un-dprk/machinery-vehicles-metals-to"}),
    ("North Korea exported copper to China in violation of UN sanctions in 2020.", {},
     {"un-dprk/copper-nickel-silver-zinc-from"}),
    ("Chinese firms imported North Korean garments and wigs worth $30 million in 2023.", {},
     {"un-dprk/textiles-from"}),
    ("A Russian company supplied North Korea with 30 passenger buses and 50 trucks in 2024, "
     "Seoul said.", {}, {"un-dprk/machinery-vehicles-metals-to"}),
    ("A Chinese firm supplied North Korea with excavators and mining equipment in 2022, the "
     "panel said.", {}, {"un-dprk/machinery-vehicles-metals-to"}),
    ("Singapore-based traders sold cognac, wine and cigarettes to North Korean buyers in "
     "2019, prosecutors said.", {}, {"un-dprk/luxury-goods"}),
    ("A Chinese company shipped steel coils and aluminium sheets to North Korea in 2023.", {},
     {"un-dprk/machinery-vehicles-metals-to"}),
    ("North Korea exported $15 million of silver and gold to China in 2022, trade data "
     "showed.", {}, {"un-dprk/copper-nickel-silver-zinc-from", "un-dprk/gold-minerals-from"}),
    # (sixth batch: buying, receiving, donating and hiring; written before any change)
    ("Russia acquired hundreds of Iranian Shahed drones in 2022, U.S. officials said.", {},
     {"un-iran/missile-from", "un-iran/arms-from"}),
    ("Russia purchased millions of rockets and artillery shells from North Korea, according "
     "to declassified U.S. intelligence.", {}, {"un-dprk/arms-from-dprk"}),
    ("Iran received Su-35 fighter jets from Russia in November 2025, Iranian media "
     "reported.", {}, {"un-iran/arms-to-snapback"}),
    ("North Korea procured Russian-made air defence radars in 2024, South Korea's military "
     "said.", {}, {"un-dprk/arms-to-dprk"}),
    ("A Chinese company donated 100 trucks to North Korea in 2023, state media reported.", {},
     {"un-dprk/machinery-vehicles-metals-to"}),
    ("Putin gifted Kim Jong Un a Russian-made limousine in February, KCNA reported.", {},
     {"un-dprk/luxury-goods", "un-dprk/machinery-vehicles-metals-to"}),
    ("Chinese smugglers delivered 50 luxury cars to Sinuiju in 2022, Daily NK reported.",
     {}, {"un-dprk/luxury-goods"}),
    ("North Korean hackers laundered stolen funds through Chinese over-the-counter brokers "
     "who paid cash to North Korea's Foreign Trade Bank, prosecutors said.", FTB,
     {"un-dprk/asset-freeze"}),
    ("A North Korean trading company sold 20,000 tonnes of coal to a Chinese buyer in "
     "exchange for rice in 2021.", {}, {"un-dprk/coal-iron-from"}),
    ("Vietnamese companies hired North Korean IT workers in 2023, the U.S. said.", {},
     {"un-dprk/workers-abroad"}),
    ("North Korea dispatched thousands of workers to Chinese seafood processing plants, the "
     "report said.", {}, {"un-dprk/workers-abroad"}),
    ("North Korea's Air Koryo bought two used Tupolev aircraft from Russia in 2022.", {},
     {"un-dprk/machinery-vehicles-metals-to"}),
]

# sentences that must give no finding at all
NO_FINDING: list[Any] = [
    # denials, plans, hypotheticals, suspicions, monitoring
    "North Korea denied sending any weapons to Russia, calling the reports absurd.",
    "Russia and North Korea agreed to expand trade, including oil and coal, officials said.",
    "South Korea said North Korea could send more artillery shells to Russia in the coming "
    "months.",
    "If Russia supplies fighter jets to North Korea, it would breach UN resolutions, analysts "
    "said.",
    "The oil tanker was detained in South Korea on suspicion of transferring oil to a North "
    "Korean vessel, but officials said no evidence was found.",
    "Officials in Seoul said they were monitoring whether Russia would transfer missile "
    "technology to North Korea.",
    "North Korea said it would never sell its weapons to any country.",
    "Pyongyang rejected Seoul's claim that it had shipped arms to Russia as a smear.",
    "Russia said it had no plans to send oil to North Korea beyond the UN cap.",
    "The panel said it could not confirm reports that China had shipped coal from North "
    "Korea.",
    # trade between other states, and goods outside every measure
    "China exported 2 million tonnes of coal to Japan last month, customs data showed.",
    "Saudi Arabia delivered 5 million barrels of crude oil to India in March.",
    "Samsung shipped 3 million smartphones to Europe in the third quarter.",
    "The United States sent Patriot air defence systems to Ukraine last year.",
    "Japan supplied patrol boats to the Philippines under a security pact.",
    "A German carmaker delivered 50,000 luxury cars to customers in China last year.",
    "The ship, which had delivered wheat to Lebanon, sailed to Turkey.",
    "A Russian cargo ship carried grain from Novorossiysk to Egypt, tracking data showed.",
    "Iran exported crude oil to China last month, tanker data showed.",
    "Turkey exported luxury cars worth 20,000 euros each to Russia last year.",
    "Tesla delivered 400,000 vehicles in the third quarter, the company said.",
    "South Korea's Hyundai exported 100,000 cars to the United States in October.",
    "Ukraine received F-16 fighter jets from Denmark and the Netherlands last month.",
    "Indian refiners bought Russian crude oil at a discount last year.",
    "A Japanese firm exported fishing boats to Indonesia last year.",
    # sanctions politics, domestic news, humanitarian aid, history, markets, theft
    "The UN Security Council imposed new sanctions on North Korea's coal exports in 2017.",
    "The EU banned exports of luxury goods to Russia in March 2022.",
    "North Korea's coal production rose 10% in the first half, state media said.",
    "Kim Jong Un inspected a munitions factory and called for more artillery shell "
    "production, KCNA said.",
    "Kim Jong Un watched a test-fire of new artillery shells, KCNA said on Friday.",
    "UNICEF delivered medical supplies and vaccines to North Korea, the agency said on "
    "Monday.",
    "A South Korean ship carried rice aid to North Korea in 2007.",
    "In 1960, the Soviet Union sold MiG-21 fighters to North Korea.",
    "North Korea and Russia held talks on cooperation in fisheries and tourism in "
    "Vladivostok.",
    "North Korean hackers stole cryptocurrency worth $1.5 billion from an exchange in Dubai, "
    "the FBI said.",
    "Brent crude oil prices rose 2% on Monday after OPEC announced output cuts.",
    "China's coal-fired power plants burned record amounts of coal in July.",
    "LVMH said sales of luxury goods in China slowed in the second quarter.",
    "Russia's central bank raised its gold reserves to a record in September.",
    "The Chinese tourists visited Pyongyang and bought souvenirs, state media said.",
    "North Korea's Mansudae Art Studio held an exhibition of paintings in Pyongyang.",
    # (third batch)
    "North Korea fired a barrage of artillery shells into the sea near the border, the South "
    "Korean military said.",
    "The United Nations panel of experts said it was investigating reports of coal "
    "shipments.",
    "Russia and North Korea signed a treaty on comprehensive strategic partnership in June.",
    "China said it strictly implements UN Security Council resolutions on North Korea.",
    "North Korean leader Kim Jong Un rode in an Aurus limousine during his visit to "
    "Vladivostok.",
    "The European Commission proposed a ban on imports of Russian liquefied natural gas.",
    "North Korea's state media showed Kim Jong Un inspecting new tanks at a factory.",
    "The United States has accused North Korea of supplying Russia with weapons, a charge "
    "Pyongyang denies.",
    "Analysts say Pyongyang may seek fighter jets and satellite technology from Moscow in "
    "return.",
    "North Korean workers were seen returning home from China by train, witnesses said.",
    "The fishing season began on Monday, with boats leaving ports along the east coast.",
    "Diesel prices in Pyongyang rose sharply in March, according to Daily NK.",
    "The new ferry service between Vladivostok and Rason will start next year, officials "
    "said.",
    "Volkswagen said it sold 9.4 million vehicles worldwide last year.",
    "Russia exported record volumes of wheat to Egypt and Turkey in 2023.",
    # (labelled a breach when written; moved here on legal grounds after the run: the metals
    # ban, UNSCR 2397 OP7, dates from December 2017, after these 2015 exports)
    "The Chinese company Dandong Hongxiang exported aluminium and steel products to North "
    "Korea in 2015, prosecutors said.",
    # (fourth batch)
    "Belgium imported Russian diamonds worth EUR 1 billion in 2021, before the sanctions, "
    "industry data showed.",
    "Swiss refineries imported gold from the United Kingdom last month.",
    "The EU will ban imports of Russian steel products from next year, the Commission said.",
    "Germany imported record amounts of liquefied natural gas from the United States in 2023.",
    "North Korea's Foreign Trade Bank was designated by the U.S. Treasury in 2013.",
    "Kazakhstan exported machine tools to Uzbekistan in 2023, official data showed.",
    "The company said it would stop all shipments to Russia by the end of the year.",
    "Pyongyang's new shipyard launched a destroyer on Wednesday, state media said.",
    "North Korea's fishermen caught more fish this year thanks to new vessels built at home, "
    "KCNA said.",
    "Chinese customs data showed no imports of North Korean coal in 2023.",
    "Seoul said it would provide 50,000 tonnes of rice to North Korea if Pyongyang accepted.",
    "The Philippines imported 1 million tonnes of rice from Vietnam in March.",
    # (fifth batch)
    "A Chinese tanker delivered 1,500 tonnes of gasoil to Vietnam in March.",
    "North Korea's Kimchaek steel complex produced more pig iron this year, KCNA said.",
    "Japan imported squid and crab from Russia last year.",
    "Russia exported liquefied petroleum gas to China last year.",
    "The United States imported wigs worth $400 million from China in 2023.",
    # (labelled a breach when written; moved here on legal grounds after the run: tungsten
    # and molybdenum ores, HS 2611 and 2613, are in none of the UN bans on DPRK exports)
    "North Korea exported tungsten ore and molybdenum concentrate to China in 2022.",
    # (written while fixing, so not blind) hair products (HS 67) are no textiles
    "North Korea exported wigs and false eyelashes worth $150 million to China in 2023.",
    # (sixth batch)
    "Russia acquired a stake in an Indian refinery in 2017.",
    "Iran received Su-35 fighter jets from Russia in 2023, Iranian media reported.",
    "North Korea procured nothing from Russia last year, customs data showed.",
    "A Chinese company donated 100 trucks to Laos in 2023.",
    "Kim Jong Un gifted tractors to farms in South Hwanghae Province, KCNA reported.",
    "The Foreign Trade Bank of North Korea was added to the EU sanctions list in 2017.",
    "North Korean workers have left China after their visas expired, officials said.",
    "The court acquitted the businessman of charges that he had sold luxury cars to North "
    "Korea.",
    "The businessman was acquitted of selling luxury cars to North Korea.",
    "A Seoul court exonerated the captain of charges that he transferred oil to a North Korean "
    "tanker.",
]


@pytest.mark.parametrize(("text", "listed", "fire"), BREACHES)
def test_a_wire_breach_fires_its_measure(findings: Any, text: str,  # noqa: F811
                                         listed: dict[str, str], fire: set[str]) -> None:
    got = measures(findings(text, "2024-06-15", listed))
    assert fire & got, (text, sorted(got))


@pytest.mark.parametrize("text", NO_FINDING)
def test_ordinary_or_unreal_news_gives_no_finding(findings: Any,  # noqa: F811
                                                  text: str) -> None:
    assert findings(text, "2024-06-15") == [], text


def test_a_suspected_transfer_gives_at_most_a_low_confidence_finding(
        findings: Any) -> None:  # noqa: F811
    """The issue: an act the text only suspects gives none or a low-confidence finding,
    below what the same act asserted gives."""
    suspected = findings("South Korea seized a Hong Kong-flagged ship suspected of "
                         "transferring oil to North Korea.", "2024-06-15")
    asserted = findings("A Hong Kong-flagged ship transferred oil to North Korea.",
                        "2024-06-15")
    assert asserted, "the asserted transfer is a finding"
    assert all(f.confidence < 0.5 for f in suspected), suspected
    assert all(f.confidence < max(a.confidence for a in asserted) for f in suspected)


@pytest.mark.parametrize(("text", "fire"), [
    ("North Korea has shipped artillery shells to Russia in return for oil and food, Seoul "
     "said.", {"un-dprk/arms-from-dprk", "un-dprk/crude-oil"}),
    ("Russia received millions of shells from North Korea in exchange for refined petroleum, "
     "officials said.", {"un-dprk/arms-from-dprk", "un-dprk/refined-petroleum"}),
])
def test_goods_given_in_exchange_move_the_other_way(findings: Any, text: str,  # noqa: F811
                                                    fire: set[str]) -> None:
    """(Written with the change.) "shipped shells to Russia in return for oil": the oil goes
    from Russia to the DPRK, a finding of its own beside the shells'."""
    assert fire <= measures(findings(text, "2024-06-15")), text


@pytest.mark.parametrize("text", [
    "Russia could supply fighter jets to North Korea in exchange for troops, analysts said.",
    "North Korea denied sending arms to Russia in exchange for oil.",
    "China sold rice to Vietnam in exchange for coal.",
])
def test_an_exchange_told_as_unreal_or_between_others_gives_nothing(
        findings: Any, text: str) -> None:  # noqa: F811
    """The goods given back share the act's modality (a hypothetical or denied trade is no
    finding either way) and its parties (a trade between other states is none)."""
    assert findings(text, "2024-06-15") == [], text


def test_goods_named_as_examples_fall_under_their_own_measures(
        findings: Any) -> None:  # noqa: F811
    """(Written with the change.) "supplied North Korea with goods, including oil and steel":
    the examples are goods supplied, each under its own measure; to another state, none."""
    found = measures(findings("Two Chinese companies supplied North Korea with goods, "
                              "including oil and steel, in 2023, the panel said.",
                              "2024-06-15"))
    assert {"un-dprk/crude-oil", "un-dprk/machinery-vehicles-metals-to"} <= found
    assert findings("China supplied Vietnam with goods, including oil and steel, in 2023.",
                    "2024-06-15") == []


@pytest.mark.parametrize(("text", "at_sea"), [
    # (written blind, in the batches above)
    ("A Panama-flagged tanker transferred 3,000 tonnes of diesel to a North Korean vessel "
     "off Shanghai, Japan's defence ministry said.", True),
    ("A Russian vessel transferred refined petroleum to the North Korean-flagged tanker Chon "
     "Ma San in the Sea of Japan, Japan said.", True),
    ("The Russian-flagged tanker Lady Maria delivered oil to the North Korean port of "
     "Chongjin in April.", False),
    ("More than 20 tankers delivered refined petroleum to North Korea in 2023, the panel "
     "said.", False),
])
def test_a_transfer_to_a_ship_at_sea_is_a_ship_to_ship_transfer(
        findings: Any, text: str, at_sea: bool) -> None:  # noqa: F811
    """UNSCR 2375 OP11: a transfer to or from a DPRK ship at a place at sea is one even where
    the report does not say "ship-to-ship"; a delivery to a port is not."""
    got = measures(findings(text, "2024-06-15"))
    assert ("un-dprk/ship-to-ship" in got) is at_sea, (text, sorted(got))


def test_a_state_named_only_as_the_source_is_no_side(findings: Any) -> None:  # noqa: F811
    """Whose word the report rests on ("South Korean intelligence said") names no recipient:
    arms to an armed group whose state the text does not give are not supplied to the
    source's state."""
    found = findings("North Korea supplied rocket launchers and ammunition to Hamas, South "
                     "Korean intelligence said.", "2024-06-15")
    assert all(f.recipient_country != "kr" for f in found), found
