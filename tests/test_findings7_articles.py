"""Findings on whole made-up news articles, end to end (extract -> annotate -> events ->
rules): wire copy with datelines, credits, quotes, background paragraphs, history and other
countries' context, the way an outsider would feed SanctionWatch real news it has never seen.

Each article carries the findings an analyst expects from it: regime, the measures of which at
least one must be cited, the category, and the supplier and recipient countries (None where an
analyst would not commit to one); or none at all. Every finding the system gives must be one of
the expected ones: a finding read off a background paragraph, a denial or a history line is a
false finding. A third and more of the articles are noise that must give no finding: summits,
denials, plans, new designations, humanitarian aid, sport, the car industry, history, a court
acquittal, a question headline, goods the regimes do not cover, acts after a measure lapsed.

The articles and their expectations were written before the system was run on them and before
any code or data was changed for them; none is taken from the shared data or the gold sets.
Cases the system still gets wrong are marked xfail (strict) with the stage that loses them, so
a fix shows up as an unexpected pass. Screening is off (no list is imported); a listed party
is given the hit of its real UN list entry after annotation, the way screening would.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pytest

from sanctionwatch.model import Finding, RawDocument
from tests.test_rules_engine import mark_listed


@dataclass(frozen=True)
class Expect:
    """One finding an analyst expects: at least one of ``measures`` cited under ``regime``."""

    regime: str
    measures: frozenset[str]
    category: str | None = None
    supplier: str | None = None
    recipient: str | None = None


def ex(regime: str, *measures: str, category: str | None = None, supplier: str | None = None,
       recipient: str | None = None) -> Expect:
    return Expect(regime, frozenset(measures), category, supplier, recipient)


@dataclass(frozen=True)
class Article:
    name: str
    published: str
    text: str
    expected: tuple[Expect, ...] = ()
    listed: dict[str, str] = field(default_factory=dict)
    # every finding weaker than this: a claim the same report disputes
    below: float = 1.0


def _gap(reason: str) -> Any:
    return pytest.mark.xfail(strict=True, reason=reason)


@pytest.fixture(scope="module")
def analyse(settings: Any, nlp: Any) -> Any:
    """``analyse(article)``: the findings of one whole article as the pipeline gives them, the
    article read as a plain-text file whose first line is its date."""
    from sanctionwatch.annotate import Annotator
    from sanctionwatch.events import code_events
    from sanctionwatch.extract import extract
    from sanctionwatch.rules import RuleEngine

    annotator = Annotator(settings, None, nlp=nlp)
    engine = RuleEngine(settings)

    def run(article: Article) -> list[Finding]:
        data = f"date {article.published}\n{_paragraphs(article.text)}\n".encode()
        document = extract(RawDocument(source=f"{article.name}.txt", data=data), settings)
        annotated = annotator.annotate(document)
        mark_listed(annotated, article.listed)
        return engine.apply(annotated, code_events(annotated))
    return run


def _paragraphs(text: str) -> str:
    """The article as a scraper's plain text gives it, one paragraph a line: the lines wrapped
    here to fit the source are joined up to a sentence's end (the title stands alone)."""
    out: list[str] = []
    for block in text.strip().split("\n\n"):
        lines: list[str] = []
        for line in block.splitlines():
            if lines and not lines[-1].rstrip().endswith((".", "?", "!", '"', ")")):
                lines[-1] = f"{lines[-1]} {line.strip()}"
            else:
                lines.append(line.strip())
        out.append("\n".join(lines))
    return "\n\n".join(out)


def _name(article: Any) -> str | None:
    return getattr(article, "name", None)


def _measures(f: Finding) -> set[str]:
    return {b.measure or "" for b in f.legal_basis}


def _meets(f: Finding, want: Expect) -> bool:
    """Whether a finding is the expected one: its regime, one of the measures, and the
    category and countries where the expectation names them."""
    return (f.regime == want.regime and bool(_measures(f) & want.measures)
            and (want.category is None or f.category == want.category)
            and (want.supplier is None or f.supplier_country == want.supplier)
            and (want.recipient is None or f.recipient_country == want.recipient))


def _show(found: list[Finding]) -> list[tuple[str, list[str], str, str | None, str | None, float]]:
    return [(f.regime, sorted(_measures(f)), f.category, f.supplier_country,
             f.recipient_country, round(f.confidence, 2)) for f in found]


# ------------------------------------------------------------------ breaches
BREACHES: list[Any] = [
    Article("dprk-shells-to-russia", "2024-10-15", """
North Korea has shipped 13,000 containers of munitions to Russia, Seoul says

SEOUL, Oct 15 (Reuters) - North Korea has sent more than 13,000 containers of artillery shells,
missiles and other munitions to Russia since August last year, South Korea's defence ministry
said on Tuesday.
The shipments left the North Korean port of Rajin aboard Russian cargo ships bound for Dunai
and Vostochny, a ministry spokesman told a briefing, citing satellite imagery and intelligence.
"The scale of the transfers has grown month by month," he said.
Moscow and Pyongyang have both denied any arms trade, although their leaders signed a mutual
defence pact in June.
UN Security Council resolutions adopted since 2006 ban all arms trade with North Korea.
(Reporting by Hyonhee Shin; Editing by Ed Davies)
""", (ex("un-dprk", "arms-from-dprk", "wmd-missile-from-dprk", category="arms",
         supplier="kp", recipient="ru"),)),

    # (moved from the noise after the first run: the spy agency's claim is a report that the
    # act happened, which the issue allows as a low-confidence finding next to the denial;
    # what matters is that the Kremlin's denial weakens it and is named)
    Article("kremlin-denial", "2023-11-02", """
Kremlin denies buying North Korean weapons

MOSCOW, Nov 2 (AFP) - The Kremlin on Thursday denied that Russia had received artillery shells
from North Korea, calling reports by Seoul "groundless".
"There have been no such deliveries," Kremlin spokesman Dmitry Peskov told reporters.
South Korea's spy agency said on Wednesday that Pyongyang had shipped more than a million shells
to Russia since August.
Russia voted for all UN sanctions resolutions against North Korea between 2006 and 2017.
""", (ex("un-dprk", "arms-from-dprk", category="arms", supplier="kp", recipient="ru"),),
        below=0.5),

    Article("dprk-sts-diesel", "2023-06-09", """
Japan spots suspected ship-to-ship transfer with North Korean tanker

TOKYO, June 9 (Kyodo) - A North Korean-flagged tanker took on diesel from a Sierra
Leone-flagged vessel in the East China Sea on Tuesday in a suspected ship-to-ship transfer
banned by UN sanctions, Japan's Foreign Ministry said on Friday.
A Maritime Self-Defense Force patrol aircraft photographed the two ships lying side by side
with hoses connected about 250 km east of Shanghai.
Japan has reported more than 20 such transfers to the United Nations since 2018.
Security Council resolution 2375 prohibits ship-to-ship transfers with North Korean-flagged
vessels, and resolution 2397 caps the North's imports of refined petroleum.
""", (ex("un-dprk", "ship-to-ship", "refined-petroleum", recipient="kp"),)),

    Article("russia-fuel-to-dprk", "2024-11-22", """
Russia has delivered over a million barrels of oil to North Korea, researchers say

LONDON, Nov 22 (AP) - Russia has supplied North Korea with more than one million barrels of
refined petroleum products since March, well above the annual cap set by the UN Security
Council, according to a report published on Friday by the Open Source Centre.
North Korean tankers made more than 40 trips to the Russian Far East port of Vostochny, where
they loaded diesel and gasoline, the report said, citing satellite images.
The UN caps the North's imports of refined petroleum at 500,000 barrels a year.
Russia's Foreign Ministry did not respond to a request for comment.
Analysts say the fuel is payment for the munitions Pyongyang has sent to Moscow for its war
in Ukraine.
""", (ex("un-dprk", "refined-petroleum", category="refined_petroleum", supplier="ru",
         recipient="kp"),
      # (added after the first run: the analysts' "the munitions Pyongyang has sent to
      # Moscow" reports the arms transfer as a fact, which I had overlooked)
      ex("un-dprk", "arms-from-dprk", category="arms", supplier="kp", recipient="ru"))),

    Article("dprk-coal-to-china", "2019-08-06", """
North Korea earned $370 million from banned coal exports, UN panel finds

UNITED NATIONS, Aug 6 (Reuters) - North Korea shipped coal to China through Chinese waters
at least 127 times between January and April this year, a confidential report by UN sanctions
monitors said.
The ships unloaded the coal at Ningbo-Zhoushan and other ports, often after switching off
their transponders, the panel of experts wrote in the report seen by Reuters.
China's mission to the United Nations did not respond to a request for comment; Beijing has
said it strictly enforces the sanctions.
The Security Council banned all North Korean coal exports in August 2017.
""", (ex("un-dprk", "coal-iron-from", category="coal", supplier="kp", recipient="cn"),)),

    Article("dprk-seafood-processing", "2018-02-23", """
Chinese plants process North Korean seafood despite ban, report says

WASHINGTON, Feb 23 (AP) - Chinese seafood processing companies in the port city of Hunchun
bought North Korean squid and crab last year after the United Nations banned such imports,
an Associated Press investigation found.
Workers at one plant said the seafood arrived by truck from Rason and was repacked and labelled
as Chinese before being sold to Europe and North America.
The Security Council banned North Korean seafood exports in August 2017 in an effort to cut
off a source of hard currency for Pyongyang's weapons programmes.
China's commerce ministry said it would investigate.
""", (ex("un-dprk", "seafood-from", category="seafood", supplier="kp", recipient="cn"),)),

    pytest.param(
    Article("dprk-garments", "2019-03-12", """
North Korean-made garments sold as Chinese, researchers say

SEOUL, March 12 (Yonhap) - Chinese traders in Dandong imported garments made in North Korean
factories last year and sold them abroad with 'Made in China' labels, a study published by a
Seoul think tank said on Tuesday.
The jackets and trousers were shipped across the Yalu River by truck, the study said,
citing interviews with traders.
UN Security Council resolution 2375, adopted in September 2017, bans North Korean textile
exports, once the country's second-largest export after coal.
""", (ex("un-dprk", "textiles-from", category="textiles", supplier="kp", recipient="cn"),)),
        marks=_gap("event coding: 'imported garments made in North Korean factories' (origin given"
                   " by 'made in') and the passive 'were shipped across the Yalu' give no event")),
    pytest.param(
    Article("dprk-luxury-spirits-watches", "2018-07-20", """
Smuggled whisky, watches reach Pyongyang shops, defectors say

SEOUL, July 20 (NK News) - Chinese traders sold Scotch whisky, Swiss watches and French
cosmetics to department stores in Pyongyang this year, defectors and traders told NK News.
The goods were shipped from Dalian to Nampo in containers declared as household goods, a trader
in Dandong said.
"Rich families in Pyongyang want foreign brands," said one defector who left the country in
May.
The UN has banned the supply of luxury goods to North Korea since 2006, though it left each
country to define them.
""", (ex("un-dprk", "luxury-goods", category="luxury_goods", supplier="cn",
         recipient="kp"),)),
        marks=_gap("event coding: in 'Chinese traders sold Scotch whisky, Swiss watches ... to "
                   "department stores in Pyongyang' the actor is read from 'Swiss' and the "
                   "recipient is the whisky; the next sentence's goods are an anaphor ('The "
                   "goods')")),
    Article("dprk-maybach-smuggling", "2019-07-16", """
Kim Jong Un's armoured limousines traced through five countries

WASHINGTON, July 16 (Reuters) - Two armoured Mercedes-Maybach S600 limousines worth about
$500,000 each were shipped from Rotterdam to North Korea last year through China, Japan, South
Korea and Russia, a report by the Center for Advanced Defense Studies said on Tuesday.
The cars were flown from Vladivostok to Pyongyang on a cargo plane operated by a North Korean
airline in October, the report said.
Daimler said it had no idea how the vehicles reached North Korea and had not done business
with the country for more than 15 years.
UN resolutions ban the supply of luxury cars to North Korea.
""", (ex("un-dprk", "luxury-goods", "machinery-vehicles-metals-to", recipient="kp"),)),

    Article("dprk-workers-russia", "2024-06-27", """
Thousands of North Korean workers arrive in Russia, Seoul says

SEOUL, June 27 (Yonhap) - Russian construction firms have hired thousands of North Korean
workers this year in breach of UN sanctions, South Korea's National Intelligence Service told
lawmakers on Thursday.
The workers entered Russia on student and trainee visas and were sent to building sites in
Vladivostok and Moscow, the agency said.
North Korean labourers abroad earn hard currency for Pyongyang, which takes most of their wages.
The Security Council ordered all countries to send North Korean workers home by the end of 2019.
""", (ex("un-dprk", "workers-abroad", category="labour", supplier="kp", recipient="ru"),)),

    pytest.param(
    Article("russia-satellite-help", "2024-01-10", """
Russian engineers helping North Korea with spy satellites, Seoul says

SEOUL, Jan 10 (AFP) - Russian engineers travelled to North Korea last month to help it develop
its military reconnaissance satellites, South Korea's defence minister said on Wednesday.
"We believe Russian technicians are in the North and are assisting with the satellite
programme," Shin Won-sik told reporters.
North Korea put its first spy satellite into orbit in November after two failed attempts.
Kim Jong Un visited a Russian space launch centre in September, where Putin said Moscow would
help Pyongyang build satellites.
""", (ex("un-dprk", "sci-tech-cooperation", "wmd-missile-to-dprk", "arms-training",
         supplier="ru", recipient="kp"),)),
        marks=_gap("event coding: the purpose clause 'travelled to North Korea to help it develop "
                   "its satellites' is coded as planned help, and the quoted 'are assisting with "
                   "the satellite programme' as no event")),
    Article("dprk-joint-venture-rason", "2019-05-03", """
Chinese company runs seafood plant with North Korean partner, documents show

SEOUL, May 3 (NK News) - A Chinese company from Jilin province opened a joint venture with a
North Korean state trading firm in the Rason economic zone last year to process fish, company
documents obtained by NK News show.
The joint venture employs about 300 North Korean workers, the documents say.
UN Security Council resolution 2375 of September 2017 requires states to close all joint
ventures with North Korean entities.
The Chinese company did not respond to requests for comment.
""", (ex("un-dprk", "joint-ventures", supplier="cn", recipient="kp"),)),

    Article("dprk-listed-official-moscow", "2024-09-30", """
Sanctioned North Korean official visits Moscow

MOSCOW, Sept 30 (Reuters) - Ri Pyong Chol, a top North Korean military official under UN
sanctions for his role in the missile programme, arrived in Moscow on Monday for talks with
Russian defence officials, Russian state media reported.
Ri was met at the airport by deputy defence minister Alexei Krivoruchko, RIA news agency said.
The UN Security Council put Ri on its sanctions list in December 2017, which bars him from
travelling abroad.
North Korea and Russia have stepped up military exchanges since Kim Jong Un visited Russia
last year.
""", (ex("un-dprk", "travel-ban", category="travel", recipient="ru"),),
        {"Ri Pyong Chol": "KPi.076"}),

    Article("dprk-bank-payments", "2018-09-14", """
Chinese firm moved millions for sanctioned North Korean bank, U.S. says

WASHINGTON, Sept 14 (Reuters) - A Chinese company transferred more than $2 million to the Korea
Kwangson Banking Corporation through front companies in Hong Kong in 2017, the U.S. Justice
Department said in a court filing on Friday.
The bank was designated by the UN Security Council in 2016 for providing financial services to
North Korean arms dealers.
The filing seeks the forfeiture of funds held in U.S. correspondent accounts.
""", (ex("un-dprk", "asset-freeze", supplier="cn"),),
        {"Kwangson": "KPe.025"}),

    Article("dprk-ship-sale", "2021-03-17", """
Chinese shipyard sold cargo ship to North Korea, UN experts say

UNITED NATIONS, March 17 (Kyodo) - A shipyard in China's Zhejiang province sold a second-hand
cargo ship to a North Korean shipping company in 2020, UN sanctions monitors said in a report
released on Tuesday.
The vessel was renamed and reflagged to North Korea after the sale, the panel of experts said.
Resolution 2397 bans the supply of all new or used vessels to North Korea.
China said it had opened an investigation.
""", (ex("un-dprk", "vessels-any", "machinery-vehicles-metals-to", supplier="cn",
         recipient="kp"),)),

    Article("dprk-machine-tools", "2022-12-05", """
Chinese machine tools and trucks reached North Korea, customs data show

SEOUL, Dec 5 (Yonhap) - China exported machine tools, excavators and trucks worth $3 million to
North Korea in October, Chinese customs data showed on Monday, despite UN sanctions banning
such sales.
Trade between the two countries has recovered since North Korea reopened its border with China
this year.
Resolution 2397 of December 2017 bans the supply of industrial machinery and vehicles to the
North.
""", (ex("un-dprk", "machinery-vehicles-metals-to", supplier="cn", recipient="kp"),)),

    pytest.param(
    Article("eu-cars-via-kazakhstan", "2024-04-18", """
German car dealer charged with shipping luxury cars to Russia

BERLIN, April 18 (dpa) - Prosecutors in Munich charged a car dealer on Thursday with exporting
22 Mercedes-Benz and BMW cars worth more than 120,000 euros each to Russia through Kazakhstan
in breach of EU sanctions.
The cars were sold to a trading company in Almaty and driven across the border to Russia within
days, prosecutors said.
The dealer, whose name was not given under German privacy rules, denies the charges.
The EU banned exports of cars worth more than 50,000 euros to Russia in March 2022.
""", (ex("eu-russia", "luxury-goods-to", category="luxury_goods", supplier="de",
         recipient="ru"),)),
        marks=_gap("event coding: 'charged a car dealer with exporting 22 cars ... to Russia' (the"
                   " act as the object of a charge) gives no event")),
    pytest.param(
    Article("eu-diamonds-from-russia", "2024-05-21", """
Belgian diamond trader bought Russian stones through Dubai, investigators say

BRUSSELS, May 21 (Reuters) - A diamond trader in Antwerp bought rough diamonds mined by Russia's
Alrosa worth 8 million euros through a company in Dubai in February, Belgian customs
investigators said on Tuesday.
The EU banned imports of Russian diamonds from January this year, and of Russian diamonds
cut in third countries from March.
Alrosa, the world's largest diamond producer by volume, was placed under EU sanctions in 2023.
""", (ex("eu-russia", "diamonds-from", supplier="ru", recipient="be"),)),
        marks=_gap("event coding: 'a trader in Antwerp bought rough diamonds mined by Russia's "
                   "Alrosa' (a purchase, the seller given by 'mined by') gives no event")),
    Article("iran-missiles-houthis-2018", "2018-12-14", """
Pentagon displays Iranian missiles seized in Yemen

WASHINGTON, Dec 14 (AFP) - Iran supplied short-range ballistic missiles and drones to Houthi
rebels in Yemen this year, the U.S. envoy for Iran said on Friday at a display of debris at a
military base near Washington.
"Iran is violating UN Security Council resolution 2231," Brian Hook said.
Tehran denies arming the Houthis, who have fired missiles at Saudi Arabia.
""", (ex("un-iran", "arms-from", "missile-from", supplier="ir", recipient="ye"),)),

    Article("iran-missiles-russia-snapback", "2025-12-10", """
Iran sent ballistic missiles to Russia in November, Western officials say

LONDON, Dec 10 (Reuters) - Iran shipped Fath-360 ballistic missiles to Russia in November
across the Caspian Sea, two Western security officials said on Wednesday.
The transfer followed the restoration of UN sanctions on Iran in September, which Tehran and
Moscow reject as illegal.
Russia has used Iranian-designed drones against Ukraine since 2022.
""", (ex("un-iran", "arms-from-snapback", supplier="ir", recipient="ru"),)),
]


# ------------------------------------------------------------------ noise: no finding
NOISE: list[Any] = [
    Article("summit-no-transfer", "2023-09-14", """
Kim and Putin hold talks at Russian spaceport

VOSTOCHNY, Russia, Sept 13 (Reuters) - North Korean leader Kim Jong Un and Russian President
Vladimir Putin held talks at the Vostochny Cosmodrome on Wednesday and agreed to deepen
cooperation, the Kremlin said.
Putin gave Kim a tour of the launch site and the two men discussed agriculture, transport and
"the situation in the region", Kremlin spokesman Dmitry Peskov said.
Asked whether military cooperation was discussed, Peskov said no agreements had been signed.
Kim arrived in Russia on Tuesday aboard his armoured train.
"""),

    Article("plans-bridge-tourism", "2024-06-20", """
Russia and North Korea plan road bridge, more tourist trips

PYONGYANG, June 20 (TASS) - Russia and North Korea plan to build a road bridge across the
Tumen River and to expand tourist trips, Russian Deputy Prime Minister Alexander Kozlov said
on Thursday.
"We intend to start construction next year," Kozlov told reporters after talks in Pyongyang.
The two sides also discussed resuming direct flights between Moscow and Pyongyang.
Russian tourists visited the Masikryong ski resort in February, the first foreign group in
years.
"""),

    Article("new-designations", "2024-02-23", """
EU adds 106 individuals and 88 entities to Russia sanctions list

BRUSSELS, Feb 23 (Reuters) - The European Union on Friday adopted its 13th package of sanctions
against Russia, adding 106 individuals and 88 entities to its list, including companies in
China, India and Turkey.
The package also names North Korean defence minister No Kwang Chol, the EU said in a statement.
"We must keep degrading Putin's war machine," EU foreign policy chief Josep Borrell said.
The listings freeze any assets the individuals and entities hold in the EU and ban them from
entering the bloc.
"""),

    Article("humanitarian-exemption", "2021-09-08", """
UNICEF vaccines reach North Korea under UN exemption

GENEVA, Sept 8 (Reuters) - UNICEF delivered vaccines, medicines and nutrition supplies to North
Korea this month after the UN sanctions committee granted an exemption, the agency said on
Wednesday.
The shipment, the first since the country closed its borders in early 2020, was carried by
train from Dandong, UNICEF said.
Humanitarian aid is exempt from the UN sanctions imposed over North Korea's nuclear and
missile programmes.
"""),

    Article("sports-jersey-gift", "2024-03-27", """
Russian club gives North Korean team signed jerseys

PYONGYANG, March 27 (KCNA) - A delegation of the Russian football club Zenit presented signed
jerseys and footballs as gifts to the April 25 Sports Club on Tuesday during a friendly visit.
The two clubs played a friendly match at Kim Il Sung Stadium, which ended in a 2-2 draw.
The visiting delegation also toured the Mangyongdae Schoolchildren's Palace.
"""),

    Article("carmaker-launch", "2024-05-16", """
AvtoVAZ launches new Lada Iskra sedan

TOGLIATTI, Russia, May 16 (Interfax) - Russia's largest carmaker AvtoVAZ on Thursday presented
the Lada Iskra, its first new model since the departure of its former French owner Renault in
2022.
The car will go on sale next year at a price of about 1.5 million roubles, chief executive
Maxim Sokolov said.
Russian car sales rose 70% in the first four months of the year as Chinese brands such as
Chery and Haval expanded.
Western carmakers including Mercedes-Benz and BMW left Russia after EU sanctions banned exports
of cars worth more than 50,000 euros.
"""),

    Article("history-coal-ban", "2022-08-05", """
Five years on, coal ban reshaped North Korea's trade

SEOUL, Aug 5 (Yonhap) - Five years ago this week, the UN Security Council banned North Korea's
exports of coal, iron, iron ore and seafood, cutting off about a third of its export earnings.
In 2016, before the ban, North Korea sold coal worth $1.2 billion to China.
Official trade between the two countries has since collapsed, with Chinese customs data showing
imports from the North of just $30 million last year.
Analysts say Pyongyang now relies on cybertheft for hard currency.
"""),

    Article("court-acquittal", "2020-07-10", """
South Korean court acquits businessman accused of importing North Korean coal

SEOUL, July 10 (Yonhap) - A South Korean court on Friday acquitted a businessman accused of
importing North Korean coal disguised as Russian coal in 2017.
The Daegu District Court said prosecutors had failed to prove he knew the coal came from North
Korea.
Two other importers were given suspended prison sentences in the same case.
"""),

    Article("question-headline", "2024-07-01", """
Will Russia send fighter jets to North Korea?

SEOUL, July 1 (NK News) - Could Russia supply North Korea with modern fighter jets in return for
the shells it has received? Analysts are divided.
"Moscow may be reluctant to hand over its most advanced aircraft," said a researcher at a Seoul
think tank.
North Korea's air force relies on Soviet-era MiG-29 and MiG-23 jets, many of them decades old.
A Russian transfer of combat aircraft would breach UN sanctions.
"""),

    Article("wigs-eyelashes", "2023-02-20", """
North Korean wig exports to China hit record

SEOUL, Feb 20 (Yonhap) - North Korea exported wigs and false eyelashes worth $165 million to
China last year, a record, Chinese customs data showed on Monday.
Hair products, made from hair imported from China and processed in North Korean factories, are
not covered by UN sanctions and have become the country's biggest export.
Exports of coal and textiles have been banned since 2017.
"""),

    Article("eu-perfume-under-threshold", "2023-03-30", """
Latvian exporters ship cheap cosmetics to Russia

RIGA, March 30 (LETA) - A Latvian company sold 10,000 bottles of perfume worth 25 euros each to a
Russian retailer last year, customs figures show.
EU sanctions ban exports of luxury goods worth more than 300 euros per item to Russia, so the
shipment was legal, the customs service said.
"""),

    Article("iran-drones-after-lapse", "2024-03-12", """
Iran delivered more drones to Russia in February, Kyiv says

KYIV, March 12 (Reuters) - Iran delivered a new batch of Shahed attack drones to Russia in
February, Ukraine's military intelligence said on Tuesday.
Western governments said Iran's earlier transfers in 2022 breached UN Security Council resolution
2231, whose restrictions on missiles and drones expired in October 2023.
Iran says the drones were sent before the war in Ukraine began.
"""),

    Article("russia-jets-to-iran-2024", "2024-09-25", """
Russia delivers Su-35 fighter jets to Iran, reports say

DUBAI, Sept 25 (AFP) - Russia delivered its first Su-35 fighter jets to Iran this month,
Iranian media reported on Wednesday, citing a senior military commander.
The UN arms embargo on Iran under resolution 2231 lapsed in October 2020.
Iran has sought to replace its ageing fleet of U.S.-made F-14 jets for decades.
"""),

    Article("russia-wheat-aid", "2024-02-28", """
Russia sends wheat to North Korea as aid

VLADIVOSTOK, Feb 28 (Interfax) - Russia sent 25,000 tonnes of wheat to North Korea as
humanitarian aid this week, the regional government of Primorye said on Wednesday.
The grain was carried by rail across the Tumen River bridge.
Food is not covered by UN sanctions against North Korea.
"""),
]


# ------------------------------------------------------------------ second batch
# Written after the first run and before running these: goods named the way news names them
# (brands, grades, materials), the dates measures came into force, thresholds, states a regime
# does not bind, and the committee's exemption.
BREACHES_2: list[Any] = [
    Article("dprk-land-cruisers", "2019-04-02", """
Chinese dealers sell SUVs to North Korean elite, report says

SEOUL, April 2 (NK News) - Car dealers in the Chinese border city of Dandong sold dozens of
Toyota Land Cruiser SUVs and Lexus sedans to North Korean trading companies last year, a report
by a Washington research group said on Tuesday.
The vehicles were driven across the Friendship Bridge at night, the report said, citing
photographs and interviews.
"These cars are a reward for loyal officials," one of the authors said.
""", (ex("un-dprk", "luxury-goods", "machinery-vehicles-metals-to", supplier="cn",
         recipient="kp"),)),

    Article("dprk-yacht-2009", "2009-09-05", """
Italy blocks sale of luxury yachts to North Korea

ROME, Sept 5 (AFP) - Italian police said on Saturday an Italian shipbroker sold a luxury yacht
worth 13 million euros to a North Korean buyer in June, before customs seized a second boat
destined for Pyongyang.
Italian authorities said the vessels were intended for Kim Jong Il.
UN resolution 1718 bans the export of luxury goods to North Korea.
""", (ex("un-dprk", "luxury-goods", supplier="it", recipient="kp"),)),

    Article("dprk-steel-aluminium", "2023-11-08", """
Russian steel and aluminium shipped to North Korea, tracking data show

SEOUL, Nov 8 (Yonhap) - A Russian company shipped steel pipes and aluminium sheets to North
Korea's Rajin port in September, according to ship-tracking data and a report by a South Korean
research institute.
Resolution 2397 bans supplies of iron, steel and other metals to the North.
Russia's embassy in Seoul did not respond to a request for comment.
""", (ex("un-dprk", "machinery-vehicles-metals-to", supplier="ru", recipient="kp"),)),

    Article("dprk-buses-from-russia", "2024-07-12", """
Russia delivers buses to Pyongyang

VLADIVOSTOK, July 12 (Interfax) - A Russian manufacturer delivered 30 city buses to Pyongyang
by rail last week, the regional government said on Friday.
The buses will serve routes in the North Korean capital, it said.
North Korea has relied on ageing Chinese and Czech buses for decades.
""", (ex("un-dprk", "machinery-vehicles-metals-to", category="vehicles", supplier="ru",
         recipient="kp"),)),

    pytest.param(
    Article("dprk-anthracite-vietnam", "2018-10-25", """
North Korean anthracite reached Vietnam, UN monitors say

UNITED NATIONS, Oct 25 (Reuters) - North Korea exported anthracite to Vietnam in March through a
Chinese-owned vessel that switched off its transponder, UN sanctions monitors said on Thursday.
The cargo was declared as Russian coal when it was unloaded at Cam Pha port, the monitors said.
Vietnam's foreign ministry said it was looking into the report.
""", (ex("un-dprk", "coal-iron-from", category="coal", supplier="kp", recipient="vn"),)),
        marks=_gap("event coding: the tagger reads 'anthracite' after 'exported' as an adverb"
                   " (RB, advmod), so the verb is given no object; a word of the goods"
                   " vocabulary in that place is the object")),
    Article("dprk-zinc-to-china", "2018-06-14", """
North Korean zinc found its way to China, researchers say

SEOUL, June 14 (Yonhap) - North Korea sold zinc and molybdenum ore to Chinese smelters this
year, a study by a Seoul research institute said on Thursday.
The metals were carried by truck across the border at Hyesan, the study said.
The UN banned North Korean exports of copper, nickel, silver and zinc in November 2016.
""", (ex("un-dprk", "copper-nickel-silver-zinc-from", supplier="kp", recipient="cn"),)),

    Article("dprk-sand-to-china", "2020-10-01", """
North Korea sells river sand to China in violation of sanctions

WASHINGTON, Oct 1 (AP) - North Korea exported millions of tonnes of sand dredged from its river
mouths to China in the first half of the year, UN monitors said in a report seen on Thursday.
Dredgers loaded the sand at Haeju and carried it to Chinese ports, the report said.
Earth and stone exports from North Korea were banned in December 2017.
""", (ex("un-dprk", "goods-from-2397", category="earth_stone", supplier="kp",
         recipient="cn"),)),

    Article("dprk-timber", "2019-11-20", """
North Korean timber sold to Chinese buyers

SEOUL, Nov 20 (Daily NK) - North Korea sold timber from forests in Ryanggang province to Chinese
buyers this autumn, sources inside the country told Daily NK.
The logs were floated down the Yalu River and collected on the Chinese bank, the sources said.
Wood exports have been banned under UN sanctions since December 2017.
""", (ex("un-dprk", "goods-from-2397", category="wood", supplier="kp", recipient="cn"),)),

    Article("eu-cognac-cigars", "2023-09-19", """
Polish firm exported cognac and cigars to Moscow, prosecutors say

WARSAW, Sept 19 (PAP) - A Polish company exported cognac and Cuban cigars worth about 1,000
euros a bottle and a box to a Moscow restaurant chain last year, prosecutors in Gdansk said on
Tuesday.
The goods were declared as ordinary groceries, prosecutors said.
The company's owner faces up to eight years in prison if convicted.
""", (ex("eu-russia", "luxury-goods-to", supplier="pl", recipient="ru"),)),

    Article("eu-russian-coal-2023", "2023-05-04", """
German trader imported Russian coal through Poland, investigators say

BERLIN, May 4 (Reuters) - A German trading company imported 40,000 tonnes of Russian coal
through a Polish port in January, months after the EU ban took effect, customs investigators
said on Thursday.
The coal was relabelled as Kazakh, they said.
The EU banned imports of Russian coal from August 2022.
""", (ex("eu-russia", "coal-from", category="coal", supplier="ru", recipient="de"),)),

    Article("iran-missiles-iraq-2018", "2018-08-31", """
Iran moves ballistic missiles to Iraq militias, sources say

BAGHDAD, Aug 31 (Reuters) - Iran has given ballistic missiles to Shi'ite militias in Iraq in the
past few months, three Iranian officials, two Iraqi intelligence sources and two Western
intelligence sources said.
The missiles have ranges of about 200 km to 700 km, putting Saudi Arabia and Israel within
striking distance, the sources said.
Iran's foreign ministry called the report "false".
""", (ex("un-iran", "missile-from", "arms-from", supplier="ir", recipient="iq"),)),
]

NOISE_2: list[Any] = [
    Article("dprk-coal-2015", "2015-12-10", """
North Korea's coal exports to China rise

SEOUL, Dec 10 (Yonhap) - North Korea exported 1.5 million tonnes of coal to China in October
and November, up 10 percent from a year earlier, Chinese customs data showed on Thursday.
Coal is North Korea's largest export, earning it about $1 billion a year.
"""),

    Article("dprk-seafood-2016", "2016-09-14", """
Chinese imports of North Korean seafood up

SEOUL, Sept 14 (Yonhap) - China imported North Korean crabs and clams worth $20 million in
August, the most in two years, Chinese customs data showed on Wednesday.
Seafood sales to China are an important source of foreign currency for Pyongyang.
"""),

    Article("russia-jets-to-iran-2023", "2023-11-29", """
Iran says deal to buy Russian jets finalised

DUBAI, Nov 29 (Reuters) - Russia delivered Yak-130 combat trainer jets to Iran in September and
has agreed to sell it Su-35 fighters and Mi-28 attack helicopters, Iran's deputy defence minister
said on Tuesday, according to the Tasnim news agency.
The UN arms embargo on Iran expired in October 2020 under the nuclear deal.
"""),

    Article("china-flour-to-dprk", "2021-10-27", """
China ships flour and rice to North Korea

SEOUL, Oct 27 (Yonhap) - China shipped 5,000 tonnes of flour and 3,000 tonnes of rice to North
Korea in September, Chinese customs data showed on Wednesday.
The North is suffering severe food shortages after closing its borders during the pandemic.
"""),

    Article("swiss-watches-russia", "2023-04-03", """
Swiss watch exports to Russia continue

ZURICH, April 3 (Reuters) - Swiss watchmakers exported watches worth 30 million francs to Russia
last year, many priced at more than 10,000 francs each, industry figures showed on Monday.
Switzerland has adopted most EU sanctions but allows some luxury exports under its own rules.
"""),

    Article("eu-used-cars-cheap", "2023-03-14", """
Lithuanian dealers send used cars to Russia

VILNIUS, March 14 (BNS) - Lithuanian dealers exported about 2,000 used Volkswagen and Skoda cars
worth about 12,000 euros each to Russia last year, customs data show.
EU sanctions only ban exports of cars worth more than 50,000 euros, so the trade is legal,
the customs service said.
"""),

    Article("dprk-committee-exemption", "2022-04-21", """
Charity delivers water pumps to North Korea under UN exemption

GENEVA, April 21 (AFP) - A Swiss charity delivered 40 solar-powered water pumps to farms in
North Korea this month with the approval of the 1718 Committee, the charity said on Thursday.
The UN sanctions committee approved the delivery in February as a humanitarian exemption.
"""),

    Article("russian-tourists-wonsan", "2025-07-15", """
Russian tourists visit new North Korean beach resort

WONSAN, July 15 (TASS) - The first group of Russian tourists arrived at North Korea's new
Wonsan-Kalma beach resort on Tuesday, the Russian travel agency Vostok Intur said.
The group of 20 tourists flew from Vladivostok and will stay for a week.
Tourism is not banned by UN sanctions.
"""),
]


# ------------------------------------------------------------------ third batch
# Written after the second run and before running these: gifts both ways at a summit, a
# measure still in force years after a neighbouring one lapsed, trade no regime here covers,
# states a regime does not bind, and goods close to controlled ones.
BREACHES_3: list[Any] = [
    Article("summit-gifts-aurus-tea-set", "2024-06-20", """
Putin gives Kim another Aurus; Kim gives Putin hunting dogs

PYONGYANG, June 20 (Reuters) - Russian President Vladimir Putin gave North Korean leader Kim Jong
Un an Aurus limousine and a tea set during his visit to Pyongyang, Kremlin aide Yuri Ushakov said
on Thursday.
Kim gave Putin a pair of Pungsan hunting dogs and artworks depicting the Russian leader,
Ushakov said.
Putin and Kim drove the limousine around a park in Pyongyang, Russian state television showed.
Russia has said it does not consider the gift of cars to be a breach of UN sanctions.
""", (ex("un-dprk", "luxury-goods", "machinery-vehicles-metals-to", supplier="ru",
         recipient="kp"),)),

    Article("china-missiles-to-iran-2022", "2022-05-11", """
China supplied anti-ship missile parts to Iran, U.S. says

WASHINGTON, May 11 (Reuters) - Chinese companies supplied Iran with components for anti-ship
cruise missiles last year, the U.S. State Department said on Wednesday.
Iran has used such missiles against shipping in the Gulf.
UN resolution 2231 requires Security Council approval for transfers to Iran of missile
technology until October 2023.
""", (ex("un-iran", "missile-to", supplier="cn", recipient="ir"),)),

    Article("dutch-aircraft-parts", "2024-01-17", """
Dutch court convicts man for exporting aircraft parts to Russia

AMSTERDAM, Jan 17 (ANP) - A Dutch court on Wednesday sentenced a businessman to 30 months in prison
for exporting aircraft parts to Russian airlines in 2022 in breach of EU sanctions.
The parts, for Boeing and Airbus jets, were shipped through Turkey and the United Arab Emirates,
prosecutors said.
The EU banned exports of aircraft and parts to Russia in February 2022.
""", (ex("eu-russia", "aviation-space-to", supplier="nl", recipient="ru"),)),
]

NOISE_3: list[Any] = [
    Article("iran-oil-to-china", "2024-04-30", """
Iran's oil exports to China hit six-year high

SINGAPORE, April 30 (Reuters) - Iran exported about 1.5 million barrels a day of crude oil to
China in March, the most in six years, according to ship-tracking firm Kpler.
The oil is bought by independent refiners in Shandong province.
Iranian oil exports are targeted by U.S. sanctions but not by UN ones.
"""),

    Article("russia-gold-to-uae", "2023-07-11", """
Russian gold flows to Dubai

DUBAI, July 11 (Reuters) - Russia exported 75 tonnes of gold to the United Arab Emirates in the
year after its invasion of Ukraine, customs records show.
The UAE has not joined Western sanctions against Russia.
"""),

    Article("kazakhstan-reexports", "2023-10-02", """
Kazakhstan machine tool imports from EU soar

ASTANA, Oct 2 (Reuters) - Kazakhstan imported machine tools worth 200 million euros from Germany
and Italy in the first half of the year, four times more than a year earlier, Eurostat data show.
EU officials suspect some of the goods are re-exported to Russia.
Kazakhstan's trade ministry said it was tightening controls.
"""),

    Article("china-fertilizer-dprk", "2022-06-20", """
China sends fertiliser to North Korea

SEOUL, June 20 (Yonhap) - China exported 30,000 tonnes of fertiliser and 2,000 tonnes of sugar to
North Korea in May, Chinese customs data showed on Monday.
North Korea is trying to boost its harvest after a drought.
"""),

    Article("dprk-parade-tanks", "2023-07-28", """
North Korea shows off new drones and missiles at parade

SEOUL, July 28 (AP) - North Korea displayed new attack drones and intercontinental ballistic
missiles at a military parade in Pyongyang on Thursday night, attended by Russian Defence Minister
Sergei Shoigu and a Chinese delegation.
Kim Jong Un showed Shoigu an exhibition of weapons before the parade, state media said.
Analysts said the display of weapons to Shoigu suggested that Pyongyang was seeking arms sales.
"""),

    Article("uk-tanks-to-ukraine", "2023-03-28", """
British Challenger tanks arrive in Ukraine

KYIV, March 28 (Reuters) - The first Challenger 2 tanks sent by Britain have arrived in Ukraine,
Ukraine's defence minister said on Tuesday.
Germany also delivered Leopard tanks this week.
Russia warned the West that the deliveries would prolong the war.
"""),

    Article("dprk-covid-vaccine-russia", "2022-03-04", """
Russia ships COVID-19 vaccines to North Korea

MOSCOW, March 4 (TASS) - Russia delivered a batch of Sputnik V COVID-19 vaccines and medical
supplies to North Korea this week as humanitarian aid, the Russian embassy in Pyongyang said.
"""),
]


# ------------------------------------------------------------------ fourth batch
# Written after the third run and before running these: ordinary news that carries goods and
# country words (medals, troops, students, hackers, weapons shown but not sold, made-in
# origins of weapons used after a lapse).
BREACHES_4: list[Any] = [
    Article("russia-rifle-gift", "2024-06-21", """
Putin's gifts to Kim included a hunting rifle, Seoul says

SEOUL, June 21 (Yonhap) - Russian President Vladimir Putin gave North Korean leader Kim Jong Un
a hunting rifle and an Aurus car during his visit to Pyongyang this week, a South Korean
government official said on Friday.
The official said the gifts breached UN Security Council resolutions that ban the supply of
arms and luxury goods to the North.
Moscow has rejected such criticism, saying its relations with Pyongyang are not limited by
sanctions.
""", (ex("un-dprk", "arms-to-dprk", "luxury-goods", "machinery-vehicles-metals-to",
         supplier="ru", recipient="kp"),)),
]

NOISE_4: list[Any] = [
    Article("asian-games-medals", "2023-10-02", """
North Korean weightlifters win three gold medals

HANGZHOU, China, Oct 2 (AFP) - North Korea's weightlifters won three gold medals at the Asian
Games on Monday, as Ri Song Gum set a world record.
The Chinese organisers presented the medals to the athletes at a ceremony in Hangzhou.
North Korea did not compete at the Tokyo Olympics, citing the pandemic.
"""),

    Article("dprk-troops-kursk", "2024-11-05", """
North Korean troops in combat in Kursk, Kyiv says

KYIV, Nov 5 (Reuters) - North Korean soldiers sent to Russia have come under fire for the first
time in the Kursk region, Ukraine's defence minister said on Tuesday.
About 11,000 North Korean troops are in the region, according to Ukrainian and South Korean
intelligence.
"""),

    Article("dprk-students-vladivostok", "2024-09-03", """
North Korean students begin Russian language courses in Vladivostok

VLADIVOSTOK, Sept 3 (TASS) - Twenty North Korean students began a year of Russian language and
literature studies at the Far Eastern Federal University on Tuesday, the university said.
The students will also study Russian history, it said.
"""),

    Article("dprk-hackers-bybit", "2025-02-27", """
FBI blames North Korea for $1.5 billion crypto heist

WASHINGTON, Feb 27 (Reuters) - North Korean hackers stole about $1.5 billion in digital assets
from the Dubai-based exchange Bybit last week, the FBI said on Wednesday.
The FBI attributed the theft to the Lazarus Group, also known as TraderTraitor.
"""),

    Article("houthi-iranian-missiles-2024", "2024-01-15", """
Houthis fire Iranian-made missile at U.S. destroyer

DUBAI, Jan 15 (Reuters) - Yemen's Houthi rebels fired an Iranian-made anti-ship cruise missile at
a U.S. destroyer in the Red Sea on Sunday, the U.S. military said.
The missile was shot down by a U.S. fighter jet.
The Houthis have attacked ships in the Red Sea since November.
"""),

    Article("russia-iran-treaty", "2025-01-17", """
Russia and Iran sign strategic partnership treaty

MOSCOW, Jan 17 (AP) - Russian President Vladimir Putin and Iranian President Masoud Pezeshkian
signed a comprehensive strategic partnership treaty in the Kremlin on Friday.
The treaty does not include a mutual defence clause, officials said.
Both countries are under Western sanctions.
"""),

    Article("dprk-doctors-russia", "2024-08-19", """
North Korean doctors study at Russian hospitals

MOSCOW, Aug 19 (TASS) - A group of North Korean doctors is training at hospitals in Moscow in
cardiology and surgery under a health cooperation agreement, Russia's health ministry said.
"""),

    Article("ferrari-halts-russia", "2022-03-03", """
Ferrari suspends car deliveries to Russia

MILAN, March 3 (Reuters) - Ferrari has suspended production of cars for the Russian market and
halted deliveries to Russian clients, the Italian luxury carmaker said on Thursday.
The company said it would donate 1 million euros to help Ukrainian refugees.
"""),
]


# ------------------------------------------------------------------ fifth batch
# Written after the fourth run and before running these: intermediaries (both legs of a
# transfer through a third country) and two breaches in one article.
BREACHES_5: list[Any] = [
    Article("eu-via-kyrgyzstan", "2024-08-07", """
Latvian firm sold microchips to Russia through Kyrgyzstan, prosecutors say

RIGA, Aug 7 (LETA) - A Latvian electronics distributor sold semiconductors and microchips worth
4 million euros to a Russian defence contractor last year through a shell company in Bishkek,
Latvian prosecutors said on Wednesday.
The chips were found in Russian cruise missiles that struck Kyiv, Ukrainian investigators said.
EU sanctions have banned the export of dual-use goods to Russia since February 2022.
""", (ex("eu-russia", "dual-use-to", "industrial-goods-to", supplier="lv", recipient="ru"),)),

    Article("dprk-coal-and-workers", "2019-10-30", """
North Korea kept selling coal and sending workers to China, UN panel says

UNITED NATIONS, Oct 30 (Reuters) - North Korea exported coal to China through ship-to-ship
transfers this year and continued to earn money from thousands of workers in Chinese seafood
factories, a confidential UN report seen by Reuters said.
Chinese seafood processing plants employed about 3,000 North Korean workers in Donggang and
Dandong in August, the report said.
China has said it fully implements the sanctions.
""", (ex("un-dprk", "coal-iron-from", "ship-to-ship", category="coal", supplier="kp",
         recipient="cn"),
      ex("un-dprk", "workers-abroad", category="labour", supplier="kp", recipient="cn"))),
]


# ------------------------------------------------------------------ sixth batch
# Written after the fifth run and before running these: livestock as a gift, weapons of a
# country's make used by others, and a luxury good from customs data.
BREACHES_6: list[Any] = [
    Article("china-pianos-to-dprk", "2019-02-26", """
China's piano exports to North Korea jump

SEOUL, Feb 26 (NK News) - China exported pianos worth $2.3 million to North Korea in January,
Chinese customs data showed, despite a UN ban on luxury goods sales to Pyongyang.
Exports of watches and wine also rose, the data showed.
Beijing says it defines luxury goods under its own list.
""", (ex("un-dprk", "luxury-goods", category="luxury_goods", supplier="cn",
         recipient="kp"),)),
]

NOISE_6: list[Any] = [
    Article("russia-goats-to-dprk", "2023-11-27", """
Russian region sends 447 goats to North Korea

VLADIVOSTOK, Nov 27 (TASS) - Russia's Primorye region sent 447 goats to North Korea on Monday,
governor Oleg Kozhemyako said, after a request from Pyongyang.
The goats were carried by rail across the Tumen River.
"""),

    Article("hamas-dprk-weapons", "2024-01-08", """
Hamas used North Korean-made grenade launchers, Seoul says

SEOUL, Jan 8 (Yonhap) - Hamas militants used North Korean-made rocket-propelled grenade
launchers in their attack on Israel in October, South Korea's spy agency said on Monday, citing
an analysis of weapons shown in Hamas videos.
North Korea has denied supplying weapons to Hamas.
"""),
]


@pytest.mark.parametrize("article", BREACHES + BREACHES_2 + BREACHES_3 + BREACHES_4 + BREACHES_5
                         + BREACHES_6,
                         ids=_name)
def test_a_reported_breach_gives_the_expected_findings(analyse: Any, article: Article) -> None:
    found = analyse(article)
    for want in article.expected:
        assert any(_meets(f, want) for f in found), (want, _show(found))
    extra = [f for f in found
             if not any(f.regime == w.regime and _measures(f) & w.measures
                        for w in article.expected)]
    assert not extra, _show(extra)
    assert all(f.confidence < article.below for f in found), _show(found)
    if article.below < 1.0:
        assert all(any("denies" in line for line in f.explanation) for f in found)


@pytest.mark.parametrize("article", NOISE + NOISE_2 + NOISE_3 + NOISE_4 + NOISE_6,
                         ids=_name)
def test_an_article_without_a_breach_gives_no_finding(analyse: Any, article: Article) -> None:
    found = analyse(article)
    assert not found, _show(found)


def test_hard_wrapped_plain_text_gives_the_same_findings(settings: Any) -> None:
    from sanctionwatch.extract import extract

    article = BREACHES[0]
    wrapped = f"date {article.published}\n{article.text.strip()}\n".encode()
    unwrapped = f"date {article.published}\n{_paragraphs(article.text)}\n".encode()
    as_wrapped = extract(RawDocument(source="w.txt", data=wrapped), settings)
    as_paragraphs = extract(RawDocument(source="p.txt", data=unwrapped), settings)
    assert as_wrapped.text.split() == as_paragraphs.text.split()
