"""Matching coded events against the measures of each regime.

For every event and measure the engine runs the same checks in the same order, each one a
small function that returns a line a reader can verify: what the event is about (goods by HS
code or category, or an activity by its context), whether it is a transfer, who supplies
whom, whether the counterpart is bound by the regime, whether the measure was in force at the
event date, the modality, exemptions and thresholds. A measure that passes every check fires;
one that is about the event's goods but fails a later check is a *near-miss*, kept so that
``explain`` can say why it did not fire. Fired measures are grouped into one finding per
event and regime, listing every legal basis.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from sanctionwatch.events.money import number_word, per_item_said
from sanctionwatch.events.money import parse_money as read_money
from sanctionwatch.ids import content_id
from sanctionwatch.model import Entity, Event, Finding, Item, LegalBasis, Party, SanctionHit, Span
from sanctionwatch.rules.quantity import read_barrels
from sanctionwatch.rules.regimes import Basis, Exemption, Measure, Regime, Threshold
from sanctionwatch.rules.wording import goods_wording, term_matches

if TYPE_CHECKING:  # annotation and extraction (spaCy, trafilatura) load only to analyse
    from sanctionwatch.annotate import Annotated
    from sanctionwatch.events.lexicon import Good

# how much the wording of the report supports that the act happened
MODALITY_WEIGHT = {"asserted": 0.85, "reported": 0.75, "alleged": 0.5}
MODALITY_TEXT = {"asserted": "the text asserts that the act happened",
                 "reported": "the text reports, on another's word, that the act happened",
                 "alleged": "the act is alleged by a party, not established"}
# modalities under which the text does not say the act happened: no finding
NO_ACT = {"denied": "the report denies the act", "hypothetical": "the act is hypothetical",
          "planned": "the act is only planned or announced, not carried out"}
# a finding on an act that another sentence of the same report denies ("the Kremlin denied
# that Russia had received shells from North Korea") rests on a contested claim: it stays, as
# the issue asks ("a low-confidence one only where the text says the act happened"), weaker
DENIED_ELSEWHERE = 0.6
# a measure that covers only some goods of the kind named (cars above an engine size) when
# the report does not say which: the finding stands, weaker
PART_COVERED = 0.7
# how strongly the event's subject matches the measure
STRENGTH_HS = 1.0
STRENGTH_CATEGORY = 0.9
STRENGTH_PARTY = 0.85
STRENGTH_CONTEXT = 0.35
# a measure whose subject is the activity itself, not goods (a joint venture, a ship-to-ship
# transfer: ``activity_only`` with no categories), named by the event's own predicate: as
# strong as a listed party, though no goods are named
STRENGTH_ACTIVITY = 0.8


@dataclass
class Period:
    """The span of days an event date (day, month or year precision) covers."""

    start: dt.date
    end: dt.date
    text: str
    from_publication: bool = False


@dataclass(frozen=True)
class Leg:
    """One supplier -> recipient leg of a transfer. The coded parties give the first leg;
    the sentence can add others: an intermediary ("via China"), an end destination
    ("destined for North Korea"), an origin ("coal originating in North Korea"), or a
    party the coder left unknown ("shipped ... to North Korea")."""

    supplier: str | None
    recipient: str | None
    how: str = ""  # empty for the coded leg; else where the leg was read
    factor: float = 1.0
    via: str | None = None  # the intermediary's country on a leg that passes through one


@dataclass
class Facts:
    """What the checks read from one event, resolved once."""

    event: Event
    supplier: str | None
    recipient: str | None
    supplier_party: Party | None
    recipient_party: Party | None
    period: Period | None
    hits: dict[str, list[SanctionHit]]  # role ("actor"/"recipient") -> hits
    # countries of the entities named in the evidence sentence (a party left unresolved by
    # event coding is often named there by nationality: "the Russian delegation")
    sentence_countries: tuple[str, ...] = ()
    # the coded leg first, then legs read from the sentence (see Leg)
    legs: tuple[Leg, ...] = ()
    # the item's reported value as (amount, ISO currency), read once for every measure
    value: tuple[float, str] | None = None
    # what reading the value assumed ("a range read as its lower bound"), or ""
    value_note: str = ""


@dataclass
class Trace:
    """One measure tried against one event: the checks passed, and where it stopped."""

    regime: Regime
    measure: Measure
    steps: list[str] = field(default_factory=list)
    failed: str | None = None
    strength: float = 0.0
    factors: list[tuple[float, str]] = field(default_factory=list)
    # the target is not a party to the event: not worth reporting as a near-miss
    unrelated: bool = False
    # the leg the direction check accepted (supplier and recipient of the finding)
    leg: Leg | None = None
    # the activity term the subject check found in the sentence, if that is how it matched
    term: str | None = None

    @property
    def fired(self) -> bool:
        return self.failed is None


@dataclass
class EventExplanation:
    """Why each finding on one event fired and why the near-misses did not."""

    event: Event
    findings: list[Finding]
    near_misses: list[Trace]


def predicate_text(event: Event) -> str:
    """The sentence from the trigger on: what was done, not who did it. A term in the
    subject ("a delegation for the IT exhibition visited the statues") names the party,
    not the act."""
    text = event.evidence.text
    if event.trigger:
        at = text.find(event.trigger)
        if at >= 0 and not _PASSIVE_AUX.search(text[:at]):
            return text[at:]
    return text


# in a passive clause ("an agreement on IT cooperation was signed") the subject is what the
# act was done to, so it describes the act and stays in the predicate
_PASSIVE_AUX = re.compile(r"\b(?:was|were|is|are|been|being|be)\s+(?:\w+ly\s+)?$", re.IGNORECASE)


def find_term(terms: tuple[str, ...], text: str, venues: bool = True) -> str | None:
    """The first term found as a whole word: all-caps terms as written, others in any case.
    ``venues=False``: a term in the name of the place where something happened ("met
    officials at the Academy of Sciences") names no activity and is passed over."""
    for term in terms:
        for m in term_matches(term, text[:2000]):
            if venues or not _at_place().search(text[:m.start()]):
                return term
    return None


@lru_cache(maxsize=1)
def _at_place() -> re.Pattern[str]:
    """"at the [four words or fewer]" right before a term: the term names a place; not
    after an "at" of amount, time or manner ("at least 500 drones", "at night"; data) or
    before a number."""
    fixed = "|".join(re.escape(w).replace(r"\ ", r"\s+")
                     for w in goods_wording().not_place_after_at) or r"(?!x)x"
    return re.compile(rf"(?i)\bat\s+(?!(?:{fixed})\b|[\d$€£])(?:the\s+|a\s+|an\s+)?"
                      r"(?:[\w'-]+\s+){0,4}$")


def parse_period(value: str | None) -> Period | None:
    """Day, month or year ISO dates ("2024-02-19", "2024-02", "2024") as a span of days."""
    if not value:
        return None
    text = value.strip()[:10]
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            day = dt.date.fromisoformat(text)
            return Period(day, day, text)
        if re.fullmatch(r"\d{4}-\d{2}", text):
            y, m = int(text[:4]), int(text[5:7])
            start = dt.date(y, m, 1)
            end = (dt.date(y + (m == 12), m % 12 + 1, 1) - dt.timedelta(days=1))
            return Period(start, end, text)
        if re.fullmatch(r"\d{4}", text):
            return Period(dt.date(int(text), 1, 1), dt.date(int(text), 12, 31), text)
        if re.fullmatch(r"\d{3}0s", value.strip()):
            y = int(value.strip()[:4])
            return Period(dt.date(y, 1, 1), dt.date(y + 9, 12, 31), value.strip())
    except ValueError:
        return None
    return None


def party_country(party: Party | None, annotated: Annotated) -> str | None:
    """The party's country: as coded on the event, else the linked entity's first country."""
    if party is None:
        return None
    if party.country:
        return party.country.lower()
    entity = annotated.entity(party.entity)
    if entity is not None and entity.countries:
        return entity.countries[0].lower()
    return None


def _hits(party: Party | None, annotated: Annotated) -> list[SanctionHit]:
    entity: Entity | None = annotated.entity(party.entity) if party else None
    return list(entity.sanctions) if entity else []


def _sentence_countries(found: list[tuple[Span, Entity]]) -> tuple[str, ...]:
    """Every country of the evidence sentence's mentions, in order of appearance."""
    out: list[str] = []
    for _, entity in found:
        for country in entity.countries:
            if country.lower() not in out:
                out.append(country.lower())
    return tuple(out)


def _outside_attribution(found: list[tuple[Span, Entity]], event: Event,
                         annotated: Annotated) -> list[tuple[Span, Entity]]:
    """The mentions of the evidence sentence outside the phrase naming whom it rests on ("...,
    a North Korean defector said", "according to South Korean officials"): the speaker is
    no party to the act, so a state named only there makes no side of it."""
    verb = _trigger_token(event, annotated)
    if verb is None:
        return found
    from sanctionwatch.events.lexicon import default_lexicon
    from sanctionwatch.events.sources import speakers

    reported = default_lexicon().modality["reported_verbs"]
    spans = [(min(t.idx for t in sp.subtree), max(t.idx + len(t) for t in sp.subtree))
             for sp, _ in speakers(verb, verb.sent, reported)]
    return [(m, e) for m, e in found if not any(lo <= m.start < hi for lo, hi in spans)]


def _trigger_token(event: Event, annotated: Annotated) -> Any:
    """The token the event's trigger starts on, or None when it cannot be placed."""
    doc = annotated.doc
    at = event.evidence.text.find(event.trigger) if event.trigger else -1
    if at < 0 or doc is None:
        return None
    span = doc.char_span(event.evidence.start + at, event.evidence.start + at + 1,
                         alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def _country_mentions(found: list[tuple[Span, Entity]],
                      start: int) -> list[tuple[int, str]]:
    """(offset in the evidence sentence, country) of each mention that has a country."""
    return [(m.start - start, ent.countries[0].lower()) for m, ent in found if ent.countries]


# phrases that place a state on a leg of a transfer; the state is the first mention with a
# country that starts within a few words after the phrase ("via the Chinese port of ...")
LEG_CUES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("via", re.compile(r"(?i)\b(?:via|by way of|transs?hipped (?:in|through|via|at)|"
                       r"routed through|re-?exported (?:from|through|via))\b")),
    ("destination", re.compile(r"(?i)\b(?:destined for|bound for|for (?:onward|final) "
                               r"(?:delivery|shipment|sale) to|re-?export(?:ed)? to|"
                               r"(?:ultimately|eventually|finally) (?:to|for)|"
                               r"end[- ]users? in|onward to)\b")),
    ("origin", re.compile(r"(?i)\b(?:originat(?:ed|ing) (?:in|from)|of (?=[\w -]{1,30}\borigin\b)|"
                          r"(?:mined|produced|manufactured|made) in)\b")),
    ("to", re.compile(r"(?i)\b(?:to|into)\b")),
    ("from", re.compile(r"(?i)\b(?:from|out of)\b")),
)
LEG_GAP = 30  # characters allowed between a cue and the mention it points to


def _cued_countries(text: str, mentions: list[tuple[int, str]], lo: int = 0) -> dict[str, str]:
    """For each cue kind, the first country a cue at or after ``lo`` points to."""
    found: dict[str, str] = {}
    for kind, pattern in LEG_CUES:
        for m in pattern.finditer(text, lo):
            after = [c for at, c in mentions if m.end() <= at <= m.end() + LEG_GAP]
            if after:
                found.setdefault(kind, after[0])
                break
    return found


_FROM_AFTER_GOODS = re.compile(r"\s*,?\s*(?:from|out of)\s+(?:the\s+)?", re.IGNORECASE)


def _goods_from(event: Event, text: str, mentions: list[tuple[int, str]],
                lo: int) -> str | None:
    """The state a "from" phrase right after the goods names ("sold iron ore from North
    Korea to buyers in Vietnam"): where the goods come from, whoever sells them on."""
    item = event.item.text if event.item else ""
    at = text.find(item, lo) if item else -1
    m = _FROM_AFTER_GOODS.match(text, at + len(item)) if at >= 0 else None
    if m is None:
        return None
    # the state the "from" phrase opens with ("from North Korea", "from the DPRK"), not
    # one further on ("from 2017 to 2019 to China", "from a tanker off North Korea")
    return next((c for off, c in mentions if off == m.end()), None)


# words that end the goods' own description in an item phrase: a state named after them is
# a party or a place ("shells to Russia", "rights in its waters"), not where goods are from
_PHRASE_BREAK = re.compile(r"(?i)\b(?:to|into|for|from|in|at|by|with|via|through|worth|"
                           r"valued|including)\b")


def _item_origin(event: Event, text: str, mentions: list[tuple[int, str]],
                 lo: int) -> str | None:
    """The state whose name or adjective describes the goods themselves ("North Korean
    coal", "Russian-made trucks", "Iranian drones"): where they come from, whoever moves
    them. Only a mention inside the item's words before any preposition counts."""
    item = event.item.text if event.item else ""
    at = text.find(item, lo) if item else -1
    if at < 0:
        at = text.find(item) if item else -1
    if at < 0:
        return None
    cut = _PHRASE_BREAK.search(item)
    stop = at + (cut.start() if cut else len(item))
    return next((c for off, c in mentions if at <= off < stop
                 and not _not_origin(text, off, stop)), None)


# a state's name or adjective (up to three capitalised words) and the word hyphen-joined to it
_HYPHEN_SECOND = re.compile(r"(?:[A-Z][\w.']*\s){0,2}[A-Z][\w.']*-([A-Za-z]+)\b")


def _not_origin(text: str, off: int, stop: int) -> bool:
    """A state adjective hyphen-joined to a word that gives no origin ("Iranian-designed",
    "Chinese-owned", "Panama-flagged"; goods_wording.yaml): the goods may come from
    anywhere. "-made", "-built" and a plain adjective give the origin."""
    m = _HYPHEN_SECOND.match(text, off, stop)
    return m is not None and m.group(1).lower() in goods_wording().not_origin


def sentence_legs(event: Event, sup: str | None, rec: str | None,
                  mentions: list[tuple[int, str]]) -> tuple[Leg, ...]:
    """The coded leg, then the legs the sentence adds (each weaker than a coded one)."""
    legs = [Leg(sup, rec)]
    text = event.evidence.text
    trigger_at = text.find(event.trigger) if event.trigger else -1
    cued = _cued_countries(text, mentions, max(trigger_at, 0))
    via, dest, origin = cued.get("via"), cued.get("destination"), cued.get("origin")
    origin = origin or _goods_from(event, text, mentions, max(trigger_at, 0)) or \
        _item_origin(event, text, mentions, max(trigger_at, 0))
    if via and via not in (sup, rec):
        legs.append(Leg(sup, via, f"first leg, to the intermediary {via.upper()} named in the "
                                  "sentence ('via')", 0.9))
        legs.append(Leg(via, rec, f"onward leg from the intermediary {via.upper()} named in "
                                  "the sentence ('via')", 0.9, via=via))
    if dest and dest not in (sup, rec):
        legs.append(Leg(sup, dest, f"end destination {dest.upper()} named in the sentence; "
                                   f"the coded recipient ({(rec or 'unknown').upper()}) is an "
                                   "intermediary", 0.9, via=rec))
    if origin and origin not in (sup, rec):
        legs.append(Leg(origin, rec, f"goods of {origin.upper()} origin per the sentence; the "
                                     f"coded supplier ({(sup or 'unknown').upper()}) is an "
                                     "intermediary or carrier", 0.9, via=sup))
    # a party the coder left unknown, named after the trigger with "to"/"from"
    if rec is None and cued.get("to") and cued["to"] != sup:
        legs.append(Leg(sup, cued["to"], f"recipient {cued['to'].upper()} read from the "
                                         "sentence ('to'), not coded", 0.85))
    if sup is None and cued.get("from") and cued["from"] != rec:
        legs.append(Leg(cued["from"], rec, f"supplier {cued['from'].upper()} read from the "
                                           "sentence ('from'), not coded", 0.85))
    return tuple(legs)


def resolve_facts(event: Event, annotated: Annotated) -> Facts:
    period = parse_period(event.date)
    if period is None:
        period = parse_period(annotated.document.published)
        if period is not None:
            period.from_publication = True
    sup = party_country(event.actor, annotated)
    rec = party_country(event.recipient, annotated)
    span = event.evidence
    found = annotated.mentions_in(span.start, span.end)  # one scan for both readings
    # a state named only in whose word the act rests on ("to Hamas, South Korean officials
    # said") is no side of it: neither a party nor a leg
    outside = _outside_attribution(found, event, annotated)
    mentions = _country_mentions(outside, span.start)
    money = read_money(event.item.value) if event.item and event.item.value else None
    return Facts(event=event, supplier=sup, recipient=rec,
                 supplier_party=event.actor, recipient_party=event.recipient, period=period,
                 hits={"actor": _hits(event.actor, annotated),
                       "recipient": _hits(event.recipient, annotated)},
                 sentence_countries=_sentence_countries(outside),
                 legs=sentence_legs(event, sup, rec, mentions),
                 value=(money.amount, money.currency) if money is not None else None,
                 value_note=money.note if money is not None else "")


def _regime_hits(regime: Regime, hits: list[SanctionHit]) -> list[SanctionHit]:
    return [h for h in hits if h.list_id in regime.lists
            and (not regime.list_programs or set(h.programs) & regime.list_programs)]


def _listed_at(hit: SanctionHit, period: Period | None) -> bool | None:
    """True when listed on or before the event; None when either date is unknown. A list
    without listing dates is dated by its snapshots: on the list by ``listed_by``, not yet
    on ``absent_on``."""
    if period is None:
        return None
    listed = parse_period(hit.listed_on)
    if listed is not None:
        return listed.start <= period.end
    by, absent = parse_period(hit.listed_by), parse_period(hit.absent_on)
    if by is not None and by.end <= period.start:
        return True  # on a snapshot taken before the event's earliest day
    if absent is not None and period.end <= absent.start:
        return False
    return None


def _listing_note(hit: SanctionHit, at: bool | None) -> str:
    """When the party was listed, as the explanation of a finding states it."""
    if at and hit.listed_on:
        return f"listed on {hit.listed_on}, before the event"
    if at:
        return f"on the list by {hit.listed_by}, before the event"
    if hit.listed_by and hit.absent_on:
        return (f"listed between {hit.absent_on} and {hit.listed_by} (the snapshots that "
                "lack and have it): whether before the event is not known")
    if hit.listed_by:
        return f"on the list by {hit.listed_by}: whether before the event is not known"
    return "listing date unknown, listed as of the list used"


_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those", "its", "their",
                          "his", "her", "our", "some", "all"})


def _common_noun(name: str | None) -> bool:
    """A party named only by lower-case words after a determiner ("The army", "the
    factory"), not by a name ("Kim Il Sung University", "the General Secretary")."""
    words = (name or "").split()
    content = [w for w in words if w.lower() not in _DETERMINERS]
    return bool(content) and all(w[:1].islower() for w in content)


def _party_name(party: Party | None) -> str:
    if party is None:
        return "unknown party"
    return party.name or party.entity or "unnamed party"


# a word opening the examples of goods named before it ("including oil")
_EXAMPLES = re.compile(r"(?i)^\s*(?:including|such as|notably|especially|in particular)\s+")
_CONJUNCTS = re.compile(r"(?i)\s*(?:,|;|\band\b|\bor\b|\bas well as\b|\bplus\b)\s*")


def further_goods(item: Item) -> list[Item]:
    """The other goods an item phrase names beside the coded ones ("coal and iron ore",
    "rifles, ammunition and trucks"): event coding keeps one category per item, but each
    of the goods falls under its own measures. Each conjunct's last words are looked up in
    the goods vocabulary (goods.yaml), the longest phrase first."""
    parts = _goods_conjuncts(item.text)
    if len(parts) < 2:
        return []
    from sanctionwatch.events.lexicon import default_lexicon

    vocabulary = default_lexicon().goods
    out: list[Item] = []
    for part in parts:
        # "goods, including oil", "luxury goods such as watches": the examples are goods too
        part = _EXAMPLES.sub("", part)
        # "machinery for rice processing": the goods end where a phrase about them starts
        part = _PHRASE_BREAK.split(part, maxsplit=1)[0]
        words = re.findall(r"[\w-]+", part.lower())
        good = _vocabulary_good(words, vocabulary) if words else None
        if good is not None and (good.category, good.hs) != (item.category, item.hs) and \
                all((g.category, g.hs) != (good.category, good.hs) for g in out):
            out.append(Item(text=part.strip(), category=good.category, hs=good.hs))
    return out


def _goods_conjuncts(text: str) -> list[str]:
    """The conjuncts of an item phrase that may each name goods: not a pair that names one
    thing ("fish and chips"), nor a bare word that describes the head of the last conjunct
    ("oil and gas equipment", "gold and silver jewellery": equipment, jewellery), both
    from goods_wording.yaml."""
    wording = goods_wording()
    for pair in wording.fixed_pairs:
        text = re.sub(rf"(?i)\b{re.escape(pair)}\b", " , ", text)
    parts = [p for p in _CONJUNCTS.split(text) if p and p.strip()]
    if len(parts) < 2:
        return parts
    last = re.findall(r"[\w-]+", _PHRASE_BREAK.split(parts[-1], maxsplit=1)[0].lower())
    if len(last) > 1 and last[-1] in wording.described_heads and _opens_with_goods(last[:-1]):
        parts = [p for p in parts[:-1] if len(p.split()) > 1] + [parts[-1]]
    return parts


def _opens_with_goods(words: list[str]) -> bool:
    """Whether the words before a head open with goods of the vocabulary ("gas" in "gas
    equipment", "iron ore" in "iron ore mining equipment"): then a bare goods word joined
    before them is of the same kind, a modifier too ("oil and gas equipment"); "coal and
    mining equipment" names coal and equipment."""
    from sanctionwatch.events.lexicon import default_lexicon

    vocabulary = default_lexicon().goods
    return any(_vocabulary_good(words[:k], vocabulary) is not None
               for k in range(1, len(words) + 1))


def _vocabulary_good(words: list[str], vocabulary: dict[str, list[Good]]) -> Good | None:
    """The longest goods phrase of the vocabulary ending on the last word (or its singular)."""
    last = words[-1]
    for form in dict.fromkeys((last, last[:-1] if last.endswith("s") else last,
                               last[:-2] if last.endswith("es") else last)):
        for good in vocabulary.get(form, []):  # longest first
            n = len(good.lemmas)
            if n <= len(words) and (*words[len(words) - n:-1], form) == good.lemmas:
                return good
    return None


class Matcher:
    """Runs the checks of one measure on one event's facts."""

    def __init__(self, regime: Regime, measure: Measure, facts: Facts) -> None:
        self.regime = regime
        self.measure = measure
        self.facts = facts
        self.trace = Trace(regime, measure)

    # -- subject: is the measure about this event at all? (no: not even a near-miss)
    def subject(self) -> bool:
        m, ev = self.measure, self.facts.event
        if m.direction in ("listed_party", "listed_travel"):
            return self._subject_listed()
        item = ev.item
        if m.activity_only and m.evidence_terms:
            return self._subject_named_activity()
        if item is not None and not m.activity_only:
            goods = [item, *further_goods(item)]
            if any(self._covers(good, item) for good in goods):
                return True
            if item.hs and m.hs_defines:
                return False  # "tyres" (HS 4011) are not "vehicles (HS 86-89)" in law
        contexts = set(ev.context) & m.contexts
        # an activity measure's context with goods named fits only goods of its own kind:
        # arms shipped in a military context are no arms training (1718 OP8(c))
        if contexts and (item is None or item.category in m.categories):
            self._ok(f"the event's context ({', '.join(sorted(contexts))}) is an activity the "
                     "measure covers (no goods named: weaker evidence)")
            self.trace.strength = STRENGTH_CONTEXT
            return True
        term = self._named_activity(predicate_text(ev)) if item is None else None
        if term is not None:
            self._ok(f"the event's predicate names the activity ('{term}'; no goods named: "
                     "weaker evidence)")
            self.trace.strength = STRENGTH_CONTEXT
            self.trace.term = term
            return True
        return False

    def _covers(self, good: Item, item: Item) -> bool:
        """Whether the measure covers one of the goods an item names, by HS code or else by
        category; goods named beside the coded ones ("coal and iron ore") say so."""
        m = self.measure
        also = "" if good is item else f" (named in the item '{item.text}')"
        if good.hs and m.hs_defines and not any(r.contains(good.hs) for r in m.hs):
            return False  # "tyres" (HS 4011) are not "vehicles (HS 86-89)" in law
        for r in m.hs if good.hs else ():
            if r.contains(good.hs or ""):
                self._ok(f"item '{good.text}'{also} has HS {good.hs}, within HS {r} of the "
                         "measure")
                self.trace.strength = STRENGTH_HS
                return True
        if good.category in m.categories:
            hs = f" (HS {good.hs} not among the measure's codes)" if good.hs else ""
            self._ok(f"item '{good.text}'{also} is in category '{good.category}', covered by "
                     f"the measure{hs}")
            self.trace.strength = STRENGTH_CATEGORY
            return True
        return False

    def _named_activity(self, text: str) -> str | None:
        """The measure's activity as the text names it: one of its terms, else one word of
        each of its groups that name the activity only together ('joint working group' +
        'electric power'), joined with '+'."""
        m = self.measure
        term = find_term(m.evidence_terms, text, venues=False) if m.evidence_terms else None
        if term is not None or not m.evidence_all_of:
            return term
        words = [find_term(group, text, venues=False) for group in m.evidence_all_of]
        return None if None in words else " + ".join(w for w in words if w)

    def _subject_named_activity(self) -> bool:
        """A measure on a way of transferring (a ship-to-ship transfer) rather than on goods:
        the event's predicate must name it (a word elsewhere in the sentence, "North Korea,
        which has sought foreign investment", is about something else); with goods named it
        is as strong as a goods match."""
        ev = self.facts.event
        term = self._named_activity(predicate_text(ev))
        if term is None:
            return False
        self.trace.term = term
        if ev.item is not None:
            self._ok(f"the sentence names the activity ('{term}') and the goods "
                     f"('{ev.item.text}')")
            self.trace.strength = STRENGTH_CATEGORY
        elif not self.measure.categories:
            self._ok(f"the event's predicate names the activity ('{term}'), which is itself "
                     "what the measure prohibits (no goods needed)")
            self.trace.strength = STRENGTH_ACTIVITY
        else:
            self._ok(f"the sentence names the activity ('{term}'; no goods named: weaker "
                     "evidence)")
            self.trace.strength = STRENGTH_CONTEXT
        return True

    def _subject_listed(self) -> bool:
        hits = [h for role in ("actor", "recipient")
                for h in _regime_hits(self.regime, self.facts.hits[role])]
        if not hits:
            return False
        names = "; ".join(f"{h.name} ({h.list_id} {h.entry_id})" for h in hits)
        self._ok(f"a party is on a list of this regime: {names}")
        self.trace.strength = STRENGTH_PARTY
        return True

    # -- the checks after the subject: a failure makes a near-miss
    def _ok(self, line: str) -> None:
        self.trace.steps.append(line)

    def _fail(self, reason: str) -> bool:
        self.trace.failed = reason
        return False

    def event_type(self) -> bool:
        ev = self.facts.event
        if self.measure.direction == "listed_travel":
            if ev.type == "CONSULT" and (ev.mode or "") == "visit":
                self._ok("the event is a visit (CONSULT, visit)")
                return True
            return self._fail(f"the event ({ev.type}, {ev.mode}) is not travel by the party")
        r = self.regime
        if self.measure.event_types:
            allowed = self.measure.event_types
        elif self.trace.strength in (STRENGTH_CONTEXT, STRENGTH_ACTIVITY):
            allowed = r.activity_event_types
        elif self.measure.activity_only or self.measure.direction == "with_target":
            allowed = r.transfer_event_types | r.activity_event_types
        else:
            allowed = r.transfer_event_types
        if ev.type not in allowed:
            return self._fail(f"the event type {ev.type} is not a supply, transfer or "
                              "cooperation")
        self._ok(f"the event type {ev.type} is a supply, transfer or cooperation")
        return True

    def direction(self) -> bool:
        d = self.measure.direction
        if d in ("to_target", "from_target"):
            return self._direction_goods()
        if d == "with_target":
            return self._direction_with()
        return self._direction_listed()

    def _accept_leg(self, leg: Leg) -> None:
        """Record the leg the finding rests on, and why it is weaker when read, not coded."""
        self.trace.leg = leg
        if leg.how:
            self._ok(f"{leg.how} (x{leg.factor:g})")
            self.trace.factors.append((leg.factor, f"{leg.how} (x{leg.factor:g})"))

    def _direction_goods(self) -> bool:
        """Supply to the target or procurement from it, on the coded leg or, failing that,
        on a leg the sentence names (intermediary, end destination, origin)."""
        f, target, d = self.facts, self.regime.target, self.measure.direction
        legs = f.legs or (Leg(f.supplier, f.recipient),)
        if all(target not in (leg.supplier, leg.recipient) for leg in legs):
            self.trace.unrelated = True
        presumed = None
        for leg in legs:
            if not leg.how and self._presumed_target_side(leg):
                presumed = self.trace.steps.pop()  # the reason, kept for the failure
                continue
            if d == "to_target" and leg.recipient == target and leg.supplier != target:
                self._accept_leg(leg)
                self._ok(f"{self._who(leg)}: supply to {target.upper()}")
                return self._counterpart(leg.supplier)
            if (d == "from_target" and leg.supplier == target and leg.recipient is not None
                    and leg.recipient != target):
                self._accept_leg(leg)
                self._ok(f"{self._who(leg)}: procurement from {target.upper()}")
                return self._counterpart(leg.recipient)
        return self._fail(presumed or self._goods_failure(legs[0]))

    def _presumed_target_side(self, leg: Leg) -> bool:
        """Whether the coded leg's target-state side rests only on a presumption (see
        :meth:`_presumed`)."""
        f, target, d = self.facts, self.regime.target, self.measure.direction
        party = (f.recipient_party if d == "to_target" and leg.recipient == target else
                 f.supplier_party if d == "from_target" and leg.supplier == target else None)
        return self._presumed(party)

    def _presumed(self, party: Party | None) -> bool:
        """A party credited to the target state only by default: named by a bare common
        noun ("the army", "the factory"), linked to no entity, in a story told only by the
        target's own state media, whose sentence names no party of the target. Such media
        credit an unnamed party to their own state, but their foreign news is full of other
        states' armies and factories ("The army dropped a bomb offered by the U.S."): that
        is no supply to the target, nor an activity with it."""
        f, target = self.facts, self.regime.target
        if party is None or party.entity or (party.country or "").lower() != target or \
                target in f.sentence_countries or not _common_noun(party.name) or \
                not self._only_target_state_media():
            return False
        self._ok(f"'{party.name}' is credited to {target.upper()} only by default (a common "
                 f"noun, no linked entity, no {target.upper()} party named in the sentence, "
                 f"told by {target.upper()} state media alone): not read as a {target.upper()} "
                 "party")
        return True

    def _goods_failure(self, leg: Leg) -> str:
        target, who = self.regime.target, self._who(leg)
        if self.measure.direction == "to_target":
            if leg.recipient != target:
                return (f"{who}: the recipient is not {target.upper()}, the measure covers "
                        "supply to it")
            return f"{who}: a supply within {target.upper()}, not to it"
        if leg.supplier != target:
            return (f"{who}: the supplier is not {target.upper()}, the measure covers "
                    "procurement from it")
        if leg.recipient == target:
            return f"{who}: a transfer within {target.upper()}"
        # the target's own news is full of goods handed out at home; without a buyer
        # abroad nothing is shown to leave the country
        return (f"{who}: no buyer or recipient abroad is named, so the goods are not shown to "
                f"leave {target.upper()}")

    @staticmethod
    def _who(leg: Leg) -> str:
        via = f" (via {leg.via.upper()})" if leg.via else ""
        return (f"supplier {leg.supplier or 'unknown'} -> recipient "
                f"{leg.recipient or 'unknown'}{via}")

    def _direction_with(self) -> bool:
        """An activity with the target: one side is the target, the other is not. A side
        left unknown, or coded as the target on both ends (a coreference slip: "a Russian
        delegation arrived" coded with the previous line's DPRK minister), is read from the
        states the sentence names, and the finding says so and weighs less."""
        f, target = self.facts, self.regime.target
        sup, rec = f.supplier, f.recipient
        if sup == target and self._presumed(f.supplier_party):
            sup = None
        if rec == target and self._presumed(f.recipient_party):
            rec = None
        who = self._who(Leg(sup, rec))
        named = [c for c in f.sentence_countries if c != target]
        if target not in (sup, rec):
            if sup is None and rec is None and target in f.sentence_countries and named:
                return self._sentence_counterpart(
                    Leg(named[0], target), f"{who}: no party coded; the sentence names "
                    f"{target.upper()} and {named[0].upper()}")
            coded = sup or rec
            if (sup is None) != (rec is None) and coded and target in f.sentence_countries:
                # "Russian and North Korean firms set up a joint venture": one side coded,
                # the other left unknown and named in the sentence as the target
                return self._sentence_counterpart(
                    Leg(coded, target), f"{who}: the other side is not coded; the sentence "
                    f"names {target.upper()}")
            self.trace.unrelated = True
            return self._fail(f"{who}: neither side is {target.upper()}")
        other = rec if sup == target else sup
        if other == target or other is None:
            if named:
                why = ("both sides coded as " + target.upper() if other == target
                       else "the other side is not coded")
                return self._sentence_counterpart(
                    Leg(named[0], target), f"{who}: {why}; the sentence names "
                    f"{named[0].upper()} as the other side")
            if other == target:
                return self._fail(f"{who}: both sides are {target.upper()}")
        self.trace.leg = Leg(sup, rec)
        self._ok(f"{who}: an activity with {target.upper()}")
        return self._counterpart(other)

    def _sentence_counterpart(self, leg: Leg, line: str) -> bool:
        self.trace.leg = leg
        self._ok(line)
        self.trace.factors.append(
            (0.8, "the other side is read from the sentence, not coded (x0.8)"))
        return self._counterpart(leg.supplier)

    def _direction_listed(self) -> bool:
        f, d = self.facts, self.measure.direction
        role = "actor" if d == "listed_travel" else "recipient"
        hits = _regime_hits(self.regime, f.hits[role])
        if not hits:
            return self._fail(f"the listed party is not the {role} of the event"
                              if d == "listed_party" else
                              "the listed party is not the traveller")
        if d == "listed_party" and f.event.item is None:
            return self._fail("no funds, goods or resources are said to reach the listed "
                              "party")
        if d == "listed_travel" and (f.recipient is None or f.recipient == self.regime.target):
            return self._fail("the visit is not shown to be outside the target country")
        venue = (find_term(self.measure.host_venues, predicate_text(f.event))
                 if d == "listed_travel" and self.measure.host_venues else None)
        if venue is not None:
            return self._fail(f"the visit is to a diplomatic mission ('{venue}'), which stands "
                              f"in the country that hosts it: no entry into "
                              f"{(f.recipient or '?').upper()} is shown")
        dated = [(h, at) for h in hits if (at := _listed_at(h, f.period)) is not False]
        if not dated:
            return self._fail("the party was listed only after the event date")
        for h, at in dated:
            when = _listing_note(h, at)
            party = f.recipient_party if role == "recipient" else f.supplier_party
            self._ok(f"{_party_name(party)} matches {h.name} ({h.list_id} {h.entry_id}): {when}")
        if not any(at for _, at in dated):
            self.trace.factors.append((0.8, "not shown to be listed before the event (x0.8)"))
        return True

    def _counterpart(self, country: str | None) -> bool:
        binds = self.regime.binds
        if country is None:
            if self._only_target_state_media():
                return self._fail("the counterpart is not named and the only source is the "
                                  f"state media of {self.regime.target.upper()}, which "
                                  "reports home affairs at length: nothing is shown to "
                                  "cross the border")
            if binds is not None:
                return self._fail("the counterpart's country is unknown and this regime "
                                  "binds only " + ", ".join(sorted(binds)).upper())
            self.trace.factors.append((0.6, "the counterpart is not named (x0.6)"))
            return True
        if binds is not None and country not in binds:
            return self._fail(f"the counterpart ({country.upper()}) is outside the "
                              f"jurisdictions this regime binds")
        return True

    def _only_target_state_media(self) -> bool:
        sources = self.facts.event.sources
        if not sources:
            return False
        from sanctionwatch.extract.agencies import default_agencies

        agencies = default_agencies()
        # the publishers: a speaker they quote ("he stressed", the leader) is no other outlet
        found = [a for a in map(agencies.get, sources) if a is not None]
        return bool(found) and all(a.state and a.country == self.regime.target
                                   for a in found)

    def in_force(self) -> bool:
        m, p = self.measure, self.facts.period
        if p is None:
            self.trace.factors.append((0.8, "no event or publication date: in force assumed "
                                            "(x0.8)"))
            self._ok("date unknown: the measure is assumed in force")
            return True
        if p.end < m.in_force_from:
            return self._fail(f"the event ({p.text}) predates the measure (in force from "
                              f"{m.in_force_from})")
        if m.lapsed_on is not None and p.start >= m.lapsed_on:
            repl = f", replaced by {m.replaced_by}" if m.replaced_by else ""
            return self._fail(f"the measure lapsed on {m.lapsed_on}{repl}, before the event "
                              f"({p.text})")
        src = "publication date" if p.from_publication else "event date"
        lapse = f" until {m.lapsed_on}" if m.lapsed_on else ""
        self._ok(f"in force at the {src} {p.text} (from {m.in_force_from}{lapse})")
        if p.from_publication:
            self.trace.factors.append((0.9, "event date unknown, publication date used (x0.9)"))
        return True

    def modality(self) -> bool:
        mod = self.facts.event.modality
        if mod in NO_ACT:
            return self._fail(f"modality '{mod}': {NO_ACT[mod]}")
        self._ok(f"modality '{mod}': {MODALITY_TEXT.get(mod, 'the act is said to have happened')}")
        return True

    def exemptions(self) -> bool:
        ev = self.facts.event
        cat = ev.item.category if ev.item else None
        for ex in (*self.regime.exemptions, *self.measure.exemptions):
            if (cat and cat in ex.categories) or (ev.mode and ev.mode in ex.modes):
                return self._fail(f"exempt: {ex.text}")
            if not self._exempt_by_words(ex):
                return False
        textual = [ex.text for ex in self.measure.exemptions
                   if not ex.categories and not ex.modes and not ex.terms]
        if textual:
            self._ok("exemptions not shown to apply: " + "; ".join(textual))
        return True

    def _exempt_by_words(self, ex: Exemption) -> bool:
        """False (and the trace fails) when the sentence places the event under ``ex``.
        Where the sentence also names a field the exemption does not cover ("IT and health
        cooperation"), it covers only part of the activity: the finding stands, said so."""
        word = find_term(ex.terms, self.facts.event.evidence.text) if ex.terms else None
        if word is None:
            return True
        other = find_term(ex.unless, self.facts.event.evidence.text) if ex.unless else None
        if other is not None:
            self._ok(f"the sentence names '{word}' and also '{other}': the exemption "
                     f"({ex.text}) covers only the first, not the whole activity")
            return True
        self._fail(f"exempt: {ex.text} (the sentence names '{word}')")
        return False

    def thresholds(self) -> bool:
        ev = self.facts.event
        item = ev.item
        chosen = self._threshold_for(item.hs if item else None)
        if chosen is not None and not self._value_above(chosen):
            return False
        caps = [t for t in self.measure.thresholds if t.kind == "annual_cap"]
        for cap in caps:
            # the quantity with its unit is in the item's words ("20,000 barrels of diesel")
            reading = read_barrels(item.text) if item else None
            how = f" ({reading.note})" if reading is not None and reading.note else ""
            if reading is not None and cap.quantity is not None and \
                    reading.barrels > cap.quantity:
                self._ok(f"{reading.barrels:,.0f} barrels{how} exceed the cap on their own: "
                         f"{cap.text}")
            else:
                self.trace.factors.append((0.6, f"a cap, not a ban: one delivery is evidence, "
                                                f"the breach is the yearly total ({cap.text}) "
                                                "(x0.6)"))
        return True

    def _value_above(self, chosen: Threshold) -> bool:
        """Compare the reported value, per item and in the threshold's currency, with a
        value threshold. Assumptions (a total spread over the items, a reference exchange
        rate) are written into the trace; a converted value within 10% of the threshold is
        left undecided: the finding stands, weaker."""
        item, value = self.facts.event.item, self.facts.value
        if item is None or value is None or chosen.amount is None or chosen.currency is None:
            self._ok(f"threshold not checked (no value given): {chosen.text}")
            if chosen.hs and item is not None and item.category != "luxury_goods":
                # a car not said to be a luxury one, of unknown value: many are under the
                # threshold of their own kind (EUR 50,000), so the finding weighs less
                self.trace.factors.append((0.7, "no value given and the goods are not said "
                                                "to be luxury ones (x0.7)"))
            return True
        if self.facts.value_note:
            self._ok(self.facts.value_note)
        amount, currency = per_item(value, item, self._ok)
        converted, how = self._convert(amount, currency, chosen.currency)
        if converted is None:
            self._ok(f"threshold not checked (value in {currency}, no reference rate to "
                     f"{chosen.currency}): {chosen.text}")
            return True
        shown = f"value {currency} {amount:,.0f}{how}"
        if how and abs(converted - chosen.amount) <= CLOSE_TO_THRESHOLD * chosen.amount:
            line = (f"{shown} is within {CLOSE_TO_THRESHOLD:.0%} of the threshold, too close "
                    f"to decide after conversion: {chosen.text} (x0.8)")
            self._ok(line)
            self.trace.factors.append((0.8, line))
            return True
        if converted <= chosen.amount:
            return self._fail(f"{shown} is not above the threshold: {chosen.text}")
        self._ok(f"{shown} is above the threshold: {chosen.text}")
        return True

    def _convert(self, amount: float, currency: str, to: str) -> tuple[float | None, str]:
        """The amount in ``to`` and a note of the rate used ('' when no conversion)."""
        if currency == to:
            return amount, ""
        rates = self.regime.reference_rates
        if rates is None or rates.currency != to:
            return None, ""
        converted = rates.convert(amount, currency)
        if converted is None:
            return None, ""
        return converted, (f" = {to} {converted:,.0f} at the regime's reference rate of "
                           f"{rates.as_of} (1 {currency} = {rates.rates[currency]:g} {to}; "
                           f"{rates.note})")

    def _threshold_for(self, hs: str | None) -> Threshold | None:
        values = [t for t in self.measure.thresholds if t.kind == "min_value"]
        specific = [t for t in values if hs and any(r.contains(hs) for r in t.hs)]
        if specific:
            return specific[0]
        general = [t for t in values if not t.hs]
        return general[0] if general else None

    def run(self) -> Trace | None:
        """The trace, or None when the measure is not about this event at all."""
        if not self.subject():
            return None
        for check in (self.event_type, self.direction, self.in_force, self.modality,
                      self.exemptions, self.thresholds):
            if not check():
                break
        if self.measure.disputed:
            self.trace.factors.append((0.8, "the measure's application is disputed (x0.8)"))
        if self.measure.covers_part:
            self.trace.factors.append((PART_COVERED, "the measure covers only some goods of "
                                       f"this kind ({self.measure.covers_part}), and the "
                                       f"report does not say which (x{PART_COVERED:.1f})"))
        return self.trace


def parse_money(text: str) -> tuple[float, str] | None:
    """'EUR 45,000', '$1.2 million', '300 euros' -> (amount, ISO currency); None if unclear
    (one reader with the event coder's: events/money.py)."""
    money = read_money(text)
    return (money.amount, money.currency) if money is not None else None


# a converted value this close to a value threshold is not decided either way
CLOSE_TO_THRESHOLD = 0.1


def parse_count(text: str | None) -> int | None:
    """How many items a quantity names: '12 watches', 'two cars', 'a dozen rugs'."""
    if not text:
        return None
    m = re.match(r"\s*(\d[\d,]*)(.*)", text)
    if m:
        unit = re.match(r"\s*(?:barrels?|tons?|tonnes?|kg|kilograms?|litres?|liters?|cubic|"
                        r"m3|%|percent|million|thousand|billion)\b", m.group(2), re.IGNORECASE)
        digits = m.group(1).replace(",", "")
        return None if unit or not digits else int(digits)
    n = number_word(text)
    return int(n) if n is not None and n >= 2 and n == int(n) else None


def per_item(value: tuple[float, str], item: Item,
             say: Callable[[str], None]) -> tuple[float, str]:
    """The value of one item, from the item's value as parsed (amount, currency): a value
    reported for several items is taken as their total (news gives totals unless it says
    'each'); the assumption is said."""
    amount, cur = value
    count = parse_count(item.quantity)
    if per_item_said(item.value) or count is None or count <= 1:
        return amount, cur
    say(f"the value {cur} {amount:,.0f} is taken as the total for {count} items (assumption: "
        f"reports give totals unless they say 'each'): {cur} {amount / count:,.0f} per item")
    return amount / count, cur


def parse_barrels(text: str) -> float | None:
    """'300,000 barrels' -> 300000.0; tonnes at the factor of the product named (see
    rules/quantity.py); other units are not converted (None)."""
    reading = read_barrels(text)
    return reading.barrels if reading is not None else None


def source_weight(event: Event, facts: Facts) -> tuple[float, str]:
    """Sourcing: confirmed by a party's own state media weighs more; no source weighs less."""
    if not event.sources:
        return -0.05, "no source named for the event (-0.05)"
    from sanctionwatch.extract.agencies import default_agencies

    agencies = default_agencies()
    parties = {c for c in (facts.supplier, facts.recipient) if c}
    for name in event.sources:
        agency = agencies.get(name)
        if agency is not None and agency.state and agency.country in parties:
            return 0.08, (f"reported by {agency.canonical}, state media of a party "
                          f"({agency.country.upper() if agency.country else '?'}) (+0.08)")
    return 0.0, f"sources: {' <- '.join(event.sources)}"


def listed_parties_lines(facts: Facts) -> list[str]:
    """Every list entry of the event's parties, as of the event date."""
    lines = []
    for role, party in (("actor", facts.supplier_party), ("recipient", facts.recipient_party)):
        for h in facts.hits[role]:
            at = _listed_at(h, facts.period)
            when = ("listed at the event date" if at else
                    "NOT yet listed at the event date" if at is False else
                    "listing date unknown")
            progs = f" [{', '.join(h.programs)}]" if h.programs else ""
            on = (f", listed on {h.listed_on}" if h.listed_on else
                  f", on the list by {h.listed_by}" if h.listed_by else "")
            lines.append(f"{role} {_party_name(party)}: {h.name} on {h.list_id} "
                         f"{h.entry_id}{progs}{on} ({when})")
    return lines


def cited_bases(measure: Measure, hs: str | None,
                listed_on: frozenset[str] = frozenset()) -> list[Basis]:
    """The measure's bases to cite: an annex with its own goods only when the item is among
    them (a car is in 2094 Annex IV, not in the rugs and porcelain of 2321 Annex IV); a
    resolution adding designations only when a party was listed the day it was adopted."""
    out = [measure.basis]
    for b in measure.also:
        if b.designations:
            if b.adopted is not None and b.adopted.isoformat() in listed_on:
                out.append(b)
        elif not b.hs or (hs and any(r.contains(hs) for r in b.hs)):
            out.append(b)
    return out


def weight(trace: Trace) -> float:
    """How strongly a fired measure supports the finding: its match strength times its
    factors, so an outright ban (a ship-to-ship transfer) outweighs a cap of which one
    delivery is only evidence (refined petroleum) on the same event."""
    value = trace.strength
    for factor, _ in unique_factors(trace):
        value *= factor
    return value


def unique_factors(trace: Trace) -> list[tuple[float, str]]:
    """A trace's factors, each line once (two legs or steps may state the same one)."""
    return list({line: (v, line) for v, line in trace.factors}.values())


def build_finding(regime: Regime, facts: Facts, traces: list[Trace]) -> Finding:
    """One finding for an event and a regime, from the measures that fired."""
    ev = facts.event
    bases: list[LegalBasis] = []
    hs = ev.item.hs if ev.item else None
    listed_on = frozenset((h.listed_on or "")[:10] for hits in facts.hits.values()
                          for h in hits)
    for t in traces:
        for b in cited_bases(t.measure, hs, listed_on):
            provision = f"{b.provision}, {b.annex}" if b.annex else b.provision
            if any((x.instrument, x.provision) == (b.instrument, provision) for x in bases):
                continue  # two measures of one paragraph (arms and WMD items, 1718 OP8(b))
            bases.append(LegalBasis(instrument=b.instrument, provision=provision,
                                    in_force_from=t.measure.in_force_from.isoformat(),
                                    measure=t.measure.id, text=t.measure.text
                                    if b is t.measure.basis else b.note))
    best = max(traces, key=weight)
    base = MODALITY_WEIGHT.get(ev.modality, 0.5)
    bonus, source_line = source_weight(ev, facts)
    confidence = (base + bonus) * best.strength
    factor_lines: list[str] = []
    for value, line in unique_factors(best):
        confidence *= value
        factor_lines.append(line)
    confidence = max(0.05, min(0.99, confidence))
    category = (ev.item.category if ev.item else best.measure.finding_category or
                next(iter(sorted(best.measure.categories)), "other_goods"))
    leg = next((t.leg for t in traces if t.leg is not None), None)
    supplier = leg.supplier if leg else facts.supplier
    recipient = leg.recipient if leg else facts.recipient
    explanation = [f"Event {ev.id} ({ev.type}): \"{ev.evidence.text[:300]}\""]
    for t in traces:
        explanation.append(f"{t.measure.basis.cite} [{t.measure.id}]: " + "; ".join(t.steps))
        uncertain = [b.cite + ": " + (b.note or "")
                     for b in cited_bases(t.measure, hs, listed_on) if b.uncertain]
        if t.measure.uncertain and t.measure.note:
            uncertain.insert(0, f"{t.measure.basis.cite}: {t.measure.note}")
        # dict.fromkeys: a measure whose own basis is the uncertain one is named once
        explanation.extend(f"paragraph number uncertain - {u}" for u in dict.fromkeys(uncertain))
    explanation.extend(listed_parties_lines(facts))
    explanation.append(f"confidence {confidence:.2f} = modality '{ev.modality}' {base:.2f}; "
                       f"{source_line}; match strength x{best.strength:.2f}"
                       + "".join(f"; {line}" for line in factor_lines))
    ids = ",".join(sorted(t.measure.id for t in traces))
    return Finding(
        id=content_id("fnd", ev.id, regime.id, ids), event=ev.id, regime=regime.id,
        legal_basis=bases, category=category, supplier_country=supplier,
        recipient_country=recipient, confidence=round(confidence, 3),
        explanation=explanation)


def _denials(events: list[Event], annotated: Annotated) -> list[tuple[Event, str | None,
                                                                     str | None]]:
    """The denied transfers of a document with their supplier and recipient countries."""
    return [(ev, party_country(ev.actor, annotated), party_country(ev.recipient, annotated))
            for ev in events if ev.modality == "denied" and ev.item is not None]


def _denied_by(finding: Finding, event: Event,
               denials: list[tuple[Event, str | None, str | None]]) -> Event | None:
    """A denial in the same report of the act a finding rests on: the same type of event,
    the same category of goods, between the same two countries in the same direction."""
    if event.modality == "denied" or finding.supplier_country is None \
            or finding.recipient_country is None:
        return None
    for denied, sup, rec in denials:
        if denied.id != event.id and denied.type == event.type and denied.item is not None \
                and denied.item.category == finding.category \
                and (sup, rec) == (finding.supplier_country, finding.recipient_country):
            return denied
    return None


def weigh_denials(explanations: list[EventExplanation],
                  annotated: Annotated) -> list[EventExplanation]:
    """Findings whose act another sentence of the report denies are kept but weaker, and
    say which sentence denies them (a reader weighs the claim against the denial)."""
    denials = _denials([x.event for x in explanations], annotated)
    if not denials:
        return explanations
    for x in explanations:
        for i, f in enumerate(x.findings):
            denied = _denied_by(f, x.event, denials)
            if denied is None:
                continue
            confidence = round(max(0.05, f.confidence * DENIED_ELSEWHERE), 3)
            line = (f"the report also denies this act (event {denied.id}: "
                    f"\"{denied.evidence.text[:200]}\"): a contested claim, confidence "
                    f"x{DENIED_ELSEWHERE:.2f} -> {confidence:.2f}")
            x.findings[i] = replace(f, confidence=confidence,
                                    explanation=[*f.explanation, line])
    return explanations


def evaluate(regimes: list[Regime], annotated: Annotated,
             event: Event) -> EventExplanation:
    """Every regime's measures against one event: findings and near-misses."""
    facts = resolve_facts(event, annotated)
    findings: list[Finding] = []
    near: list[Trace] = []
    for regime in regimes:
        fired: list[Trace] = []
        for measure in regime.measures:
            trace = Matcher(regime, measure, facts).run()
            if trace is None:
                continue
            if trace.fired:
                fired.append(trace)
            elif not trace.unrelated:
                near.append(trace)
        if fired:
            findings.append(build_finding(regime, facts, fired))
    return EventExplanation(event=event, findings=findings, near_misses=near)
