"""The event coder's lexicons, loaded from data files and checked once.

Everything the coder knows about words lives in ``sanctionwatch/data/events/*.yaml`` and
``sanctionwatch/data/goods.yaml``; this module turns them into typed lookups and refuses a
file that names an unknown PLOVER type or goods category (DataFileError with the key).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from sanctionwatch.datafiles import read_yaml
from sanctionwatch.errors import DataFileError
from sanctionwatch.events.money import money_words
from sanctionwatch.model import PLOVER_TYPES
from sanctionwatch.settings import PACKAGE_DATA

EVENTS_DATA = PACKAGE_DATA / "events"
# entries the coder looks up by name (a plain verb trigger, with no particle needed, and
# object nouns): checked at load, so a renamed entry fails there and not mid-run
NAMED_VERBS = ("enter", "mobilize")
NAMED_NOUNS = ("drill", "sentence")
# closed word lists the parse rules read: a value that is not a list of words is refused
# (YAML reads a bare no/on as a boolean); an absent list is empty, as the others
WORD_LISTS = ("further_words", "time_nouns", "place_adverbs", "asking_verbs",
              "exchange_nouns", "personal_pronouns", "first_person",
              # trade or gift (the coder's transfer typing)
              "plain_transfer_verbs", "trade_categories", "gift_words", "market_nouns",
              "figure_verbs", "share_words", "permit_nouns", "firm_nouns")


@dataclass(frozen=True)
class Trigger:
    """How one verb codes: type, CAMEO, mode/context, and where its roles are found."""

    lemma: str
    type: str
    cameo: str | None
    mode: str | None = None
    context: tuple[str, ...] = ()
    transfer: bool = False
    inbound: bool = False
    person_object: bool = False
    needs: tuple[str, ...] = ()
    # particles that turn the verb into another one ("give up", "give in"): no trigger then
    not_with: tuple[str, ...] = ()
    people_only: bool = False
    # the type (and CAMEO) when the act is reported as done: "has offered arms", "arms
    # offered by X" are supplies, while "offered to supply arms" is still a promise
    done_type: str | None = None
    done_cameo: str | None = None
    # the type when the object is a person, not goods ("received the minister": a visit)
    person_type: str | None = None
    person_cameo: str | None = None
    # the light verb's subject undergoes the act ("faces charges"): recipient, actor unknown
    undergoer: bool = False
    # the object is goods taken, not a party ("seized a tanker"): kept as the item
    goods_object: bool = False
    # a participle describing a noun is no act ("banned substances", "arms banned by law")
    no_participle: bool = False
    # the object is a measure eased ("lifted the ban on X"): X, not the ban, is the party
    measure_object: bool = False
    # codes only with an object ("launched missiles", not "launched upon a project")
    needs_object: bool = False
    people_actor: bool = False  # the actor must be a person or group ("the delegation left")
    needs_goods: bool = False  # the object must name goods ("fired missiles", not "a campaign")
    # the object's owner is the party acted on ("froze the assets of X", "X's assets")
    owner_object: bool = False
    # codes only over an infinitive clause with its own subject, the party acted on ("wants
    # Trump to lift the tariffs"; "wants to buy" is an intent, no event)
    clause_object: bool = False
    # an object noun that codes only under these light verbs (empty: under any)
    light_verbs: tuple[str, ...] = ()
    # codes only when the goods have one of these HS headings ("laid a floral basket at the
    # statue" gives flowers; "laid pipes" or "laid mines" gives nothing)
    needs_hs: tuple[str, ...] = ()
    # codes only for what is still to come ("will pay a dear price", "is bound to bear the
    # responsibility"): warning of it now is a threat (asserted); "paid the price" is none
    future_only: bool = False
    # codes only when one of these lemmas is said with it ("will bear responsibility for
    # the consequences" warns; "will bear responsibility for the delays" does not)
    with_words: tuple[str, ...] = ()
    # the needed word must be the verb's particle ("took on diesel", "took in workers"), not
    # a preposition of an idiom ("took the lead in the drive", "took part in the talks")
    particle: bool = False
    # a service given only with the skill named ("trained soldiers in the use of drones",
    # "trained pilots to fly jets"); "trained skilled workers", "trained them into heroes"
    # or "to be practitioners" is schooling or moulding, no service transferred
    skill: bool = False
    # codes only when its object (or passive subject) is one of these nouns, alone or with a
    # modifier ("armed force"): "mobilized troops", not "mobilized all forces and means"
    objects: tuple[str, ...] = ()
    # codes only when its subject is a weapon or a military unit ("a U.S. nuclear submarine
    # entered Busan": a deployment); a person or a ship of trade entering is none
    weapon_actor: bool = False
    # the object is what is said, proposed or chanted, not a party ("turned down the
    # proposal from Trump", "chanted slogans"): its maker ("from X", "by X", "X's") is
    content_object: bool = False
    # codes only with a state (a party of known country) acting: "the DPRK will punish the
    # provocateurs"; "the teacher punished the pupils", "the boxer vowed to punish" are none
    state_actor: bool = False
    # with a purpose told ("took to the streets to celebrate", "for the parade"), codes only
    # when the purpose holds one of these lemmas ("to protest against the law")
    purpose_words: tuple[str, ...] = ()


@dataclass(frozen=True)
class Good:
    """One goods phrase (as lemmas) with its category and HS heading."""

    lemmas: tuple[str, ...]
    category: str
    hs: str | None


@dataclass(frozen=True)
class Lexicon:
    triggers: dict[str, list[Trigger]]
    light_verbs: frozenset[str]
    object_nouns: dict[str, Trigger]
    people_nouns: frozenset[str]
    military_categories: frozenset[str]
    goods: dict[str, list[Good]]  # keyed by the phrase's last lemma (its head noun)
    modality: dict[str, frozenset[str]]
    reported_phrases: tuple[str, ...]
    dates: dict[str, Any] = field(default_factory=dict)
    supplied_adjectives: dict[str, str] = field(default_factory=dict)  # participle -> verb
    breach: dict[str, frozenset[str]] = field(default_factory=dict)  # verbs, nouns, objects
    event_nouns: dict[str, str] = field(default_factory=dict)  # noun -> verb trigger
    existential_nouns: frozenset[str] = frozenset()
    # types whose infinitive complement is their content, not an act ("urged X to leave")
    content_types: frozenset[str] = frozenset()
    # speech acts ("demands", "denounced"): their actor must be able to speak
    speech_types: frozenset[str] = frozenset()
    # light verbs whose subject undergoes the act of an undergoer noun ("faces charges")
    undergoer_verbs: frozenset[str] = frozenset()
    inbound_light_verbs: frozenset[str] = frozenset()  # "received a letter from X"
    hazard_nouns: frozenset[str] = frozenset()  # natural forces are no actors
    # what kills by accident ("killed in a helicopter crash", "when a truck crashed")
    accident_nouns: frozenset[str] = frozenset()
    relief_words: frozenset[str] = frozenset()  # goods of no kind sent to disaster victims
    relief_goods: frozenset[str] = frozenset()  # goods of no kind: "materials", "supplies"
    visit_nouns: frozenset[str] = frozenset()  # "Putin's visit to Pyongyang"
    # types a conditional future act of turns into a threat ("will impose tariffs if ...")
    threat_types: frozenset[str] = frozenset()
    # "stopped X from stealing": an act under these verbs' "from" did not happen
    prevention_verbs: frozenset[str] = frozenset()
    # rules and instruments: what they ban or restrict is their content, not an act
    instrument_nouns: frozenset[str] = frozenset()
    contest_words: frozenset[str] = frozenset()  # "met its rival in the final": sport
    # places and sights: a visit to one is a tour or an inspection, no meeting of parties
    place_nouns: frozenset[str] = frozenset()
    # likenesses that stand for the person they show: flowers laid at a statue are his
    likeness_nouns: frozenset[str] = frozenset()
    emblem_nouns: frozenset[str] = frozenset()  # "paid tribute to the flag": no party
    # abstractions news personifies ("the era demands"): no speaker of a speech act
    abstract_nouns: frozenset[str] = frozenset()
    # occasions greeted or welcomed ("greeted the anniversary"): marked, no one greeted
    occasion_nouns: frozenset[str] = frozenset()
    counterpart_verbs: frozenset[str] = frozenset()  # meet, greet: a counterpart is met
    # texts that speak for their issuer ("a statement to condemn X" condemns X)
    voice_nouns: frozenset[str] = frozenset()
    # how a thing is received ("met with strong opposition"): no one met
    reception_nouns: frozenset[str] = frozenset()
    # object-noun types an "in X of Y" adjunct codes ("in denunciation of the drills")
    in_noun_types: frozenset[str] = frozenset()
    # "the allegations are false": the verb trigger a rebuttal codes as, the claim nouns and
    # the words that call a claim untrue
    rebuttal: tuple[str, frozenset[str], frozenset[str]] = ("", frozenset(), frozenset())
    # a verb and its object that tell the event together ("severed ties", "froze the
    # assets"), keyed "verb object" (lemmas)
    verb_objects: dict[str, Trigger] = field(default_factory=dict)
    # how a duty laid on a named party by a speaker codes ("said X should withdraw"): a
    # demand (REQUEST); None when the data file gives none
    duty: Trigger | None = None
    # "guided the test-fire", "watched the drill": verbs whose object codes only as a show of
    # force (MOBILIZE) the subject oversees ("watched the rally" is no protest of his)
    observer_verbs: frozenset[str] = frozenset()
    # "protests erupted", "the talks ended": verbs telling that an event noun, their subject,
    # took its course, and the types of noun that do
    occurrence_verbs: frozenset[str] = frozenset()
    occurrence_types: frozenset[str] = frozenset()
    # places of the dead: a wreath laid there honours no living party
    burial_nouns: frozenset[str] = frozenset()
    # vows whose hostile content is a threat ("vowed to retaliate against the U.S.")
    threat_promise_verbs: frozenset[str] = frozenset()
    # small closed word lists the parse rules read (each explained in triggers.yaml)
    further_words: frozenset[str] = frozenset()  # "also", "again": one more act of its kind
    time_nouns: frozenset[str] = frozenset()  # "the time when X met": the act is told
    place_adverbs: frozenset[str] = frozenset()  # "left here for Russia"
    asking_verbs: frozenset[str] = frozenset()  # "asked if": a question, not a request
    exchange_nouns: frozenset[str] = frozenset()  # "in exchange for X": X is given back
    # transfer verbs that say nothing of payment ("sent", "shipped"): a gift or a trade
    plain_transfer_verbs: frozenset[str] = frozenset()
    trade_categories: frozenset[str] = frozenset()  # goods moved in trade unless given
    gift_words: frozenset[str] = frozenset()  # "as a gift", "in aid": given, not traded
    market_nouns: frozenset[str] = frozenset()  # "to customers": a firm's sales, no party
    figure_verbs: frozenset[str] = frozenset()  # "exports rose 30 percent": a figure
    share_words: frozenset[str] = frozenset()  # "imports most of its wheat": a share
    permit_nouns: frozenset[str] = frozenset()  # "approved export licences": a permit
    firm_nouns: frozenset[str] = frozenset()  # "the company delivered": a firm's business
    personal_pronouns: frozenset[str] = frozenset()  # "he", "they": a party to resolve
    first_person: frozenset[str] = frozenset()  # "we", "our": the speaker's own side

    def plain(self, lemma: str) -> Trigger:
        """The verb trigger of a lemma that needs no particle ("enter", not "enter into");
        the coder's named ones are checked at load (NAMED_VERBS)."""
        return next(t for t in self.triggers[lemma] if not t.needs)


def _mapping(data: Any, path: Path, where: str) -> dict[str, Any]:
    if not isinstance(data, dict):
        raise DataFileError(str(path), "expected a mapping", where)
    return data


def _trigger(phrase: str, spec: Any, path: Path, where: str) -> Trigger:
    spec = _mapping(spec, path, where)
    if spec.get("type") not in PLOVER_TYPES:
        raise DataFileError(str(path), f"unknown PLOVER type {spec.get('type')!r}", where)
    done = spec.get("done_type")
    person = spec.get("person_type")
    for key, value in (("done_type", done), ("person_type", person)):
        if value is not None and value not in PLOVER_TYPES:
            raise DataFileError(str(path), f"unknown PLOVER {key} {value!r}", where)
    words = phrase.split()
    needs = spec.get("needs") or words[1:]
    if not isinstance(needs, list) or not all(isinstance(w, str) for w in needs):
        # YAML reads a bare on/off/no/yes as a boolean: a silently dead trigger otherwise
        raise DataFileError(str(path), f"needs must be a list of words (quote 'on'): {needs!r}",
                            where)
    return Trigger(
        lemma=words[0], type=spec["type"], cameo=spec.get("cameo"), mode=spec.get("mode"),
        context=tuple(spec.get("context") or ()), transfer=bool(spec.get("transfer")),
        inbound=bool(spec.get("inbound")), person_object=bool(spec.get("person_object")),
        needs=tuple(needs), not_with=tuple(str(w) for w in spec.get("not_with") or ()),
        people_only=bool(spec.get("people_only")), done_type=done,
        done_cameo=spec.get("done_cameo"), person_type=person,
        person_cameo=spec.get("person_cameo"), undergoer=bool(spec.get("undergoer")),
        goods_object=bool(spec.get("goods_object")),
        no_participle=bool(spec.get("no_participle")),
        measure_object=bool(spec.get("measure_object")),
        needs_object=bool(spec.get("needs_object")),
        needs_goods=bool(spec.get("needs_goods")),
        people_actor=bool(spec.get("people_actor")),
        owner_object=bool(spec.get("owner_object")),
        clause_object=bool(spec.get("clause_object")),
        light_verbs=tuple(str(v) for v in spec.get("light_verbs") or ()),
        needs_hs=tuple(str(h) for h in spec.get("needs_hs") or ()),
        future_only=bool(spec.get("future_only")), particle=bool(spec.get("particle")),
        skill=bool(spec.get("skill")),
        objects=tuple(str(v).lower() for v in spec.get("objects") or ()),
        weapon_actor=bool(spec.get("weapon_actor")),
        content_object=bool(spec.get("content_object")),
        state_actor=bool(spec.get("state_actor")),
        purpose_words=tuple(str(w).lower() for w in spec.get("purpose_words") or ()),
        with_words=tuple(str(w).lower() for w in spec.get("with_words") or ()))


def load_triggers(path: Path) -> tuple[dict[str, list[Trigger]], frozenset[str],
                                       dict[str, Trigger], dict[str, frozenset[str]]]:
    """Verb triggers keyed by lemma ("leave for" under "leave"), light verbs, object nouns."""
    data = _mapping(read_yaml(path), path, "top")
    verbs = _mapping(data.get("verbs"), path, "verbs")
    out: dict[str, list[Trigger]] = {}
    for phrase, spec in verbs.items():
        trigger = _trigger(str(phrase), spec, path, f"verbs.{phrase}")
        out.setdefault(trigger.lemma, []).append(trigger)
    if data.get("paying_trigger") is not None:  # the verbs are listed once, in money.yaml
        for verb in sorted(money_words().paying_verbs):
            out.setdefault(verb, []).append(
                _trigger(verb, data["paying_trigger"], path, "paying_trigger"))
    for options in out.values():  # a verb with a required particle is tried first
        options.sort(key=lambda t: not t.needs)
    nouns = {str(k): _trigger(str(k), v, path, f"object_nouns.{k}")
             for k, v in _mapping(data.get("object_nouns") or {}, path,
                                  "object_nouns").items()}
    light = frozenset(str(v) for v in data.get("light_verbs") or [])
    lists = {key: frozenset(str(v) for v in data.get(key) or [])
             for key in ("people_nouns", "military_categories", "undergoer_verbs",
                         "inbound_light_verbs", "hazard_nouns", "visit_nouns",
                         "prevention_verbs", "instrument_nouns", "contest_words",
                         "place_nouns", "abstract_nouns", "occasion_nouns",
                         "counterpart_verbs", "voice_nouns", "reception_nouns",
                         "likeness_nouns", "emblem_nouns", "accident_nouns", "relief_words",
                         "relief_goods",
                         "observer_verbs", "occurrence_verbs", "burial_nouns",
                         "threat_promise_verbs", *WORD_LISTS)}
    for key in WORD_LISTS:
        words = data.get(key)
        if words is not None and not (
                isinstance(words, list) and all(isinstance(w, str) for w in words)):
            raise DataFileError(str(path), f"{key!r} must be a list of words", key)
    for lemma in NAMED_VERBS:
        if not any(not t.needs for t in out.get(lemma, [])):
            raise DataFileError(str(path), f"the coder needs a plain verb trigger {lemma!r}",
                                "verbs")
    for noun in NAMED_NOUNS:
        if noun not in nouns:
            raise DataFileError(str(path), f"the coder needs the object noun {noun!r}",
                                "object_nouns")
    return out, light, nouns, lists


def load_goods(path: Path, categories: set[str]) -> dict[str, list[Good]]:
    """Goods phrases keyed by their last word; categories must be in categories.yaml."""
    data = _mapping(read_yaml(path), path, "top")
    out: dict[str, list[Good]] = {}
    for category, phrases in data.items():
        if category not in categories:
            raise DataFileError(str(path), f"category {category!r} is not in categories.yaml",
                                str(category))
        for phrase, hs in _mapping(phrases, path, str(category)).items():
            lemmas = tuple(str(phrase).lower().split())
            good = Good(lemmas, str(category), None if hs is None else str(hs))
            out.setdefault(lemmas[-1], []).append(good)
    for options in out.values():
        options.sort(key=lambda g: -len(g.lemmas))
    return out


@lru_cache(maxsize=1)
def default_lexicon() -> Lexicon:
    """The packaged lexicons, loaded on first use (never at import)."""
    categories = set(_mapping(read_yaml(PACKAGE_DATA / "categories.yaml"),
                              PACKAGE_DATA / "categories.yaml", "top"))
    mod_path = EVENTS_DATA / "modality.yaml"
    modality = _mapping(read_yaml(mod_path), mod_path, "top")
    cues = {key: frozenset(str(v).lower() for v in values)
            for key, values in modality.items() if key != "reported_phrases"}
    dates_path = EVENTS_DATA / "dates.yaml"
    triggers_path = EVENTS_DATA / "triggers.yaml"
    triggers, light, nouns, lists = load_triggers(triggers_path)
    supplied = _mapping(read_yaml(triggers_path).get("supplied_adjectives") or {},
                        triggers_path, "supplied_adjectives")
    for participle, verb in supplied.items():
        if str(verb) not in triggers:
            raise DataFileError(str(triggers_path), f"{verb!r} is not a verb trigger",
                                f"supplied_adjectives.{participle}")
    return Lexicon(
        triggers=triggers, light_verbs=light, object_nouns=nouns,
        people_nouns=lists["people_nouns"], military_categories=lists["military_categories"],
        goods=load_goods(PACKAGE_DATA / "goods.yaml", categories),
        modality=cues,
        reported_phrases=tuple(str(p) for p in modality.get("reported_phrases", [])),
        dates=_mapping(read_yaml(dates_path), dates_path, "top"),
        supplied_adjectives={str(k).lower(): str(v) for k, v in supplied.items()},
        breach=_breach(triggers_path),
        event_nouns=_noun_triggers(triggers_path, triggers),
        existential_nouns=frozenset(
            str(v) for v in read_yaml(triggers_path).get("existential_nouns") or []),
        content_types=_types(triggers_path, "content_types"),
        speech_types=_types(triggers_path, "speech_types"),
        undergoer_verbs=lists["undergoer_verbs"],
        inbound_light_verbs=lists["inbound_light_verbs"],
        hazard_nouns=lists["hazard_nouns"],
        accident_nouns=lists["accident_nouns"],
        relief_words=lists["relief_words"],
        relief_goods=lists["relief_goods"],
        visit_nouns=lists["visit_nouns"],
        prevention_verbs=lists["prevention_verbs"],
        instrument_nouns=lists["instrument_nouns"],
        contest_words=lists["contest_words"],
        place_nouns=lists["place_nouns"],
        likeness_nouns=lists["likeness_nouns"], emblem_nouns=lists["emblem_nouns"],
        abstract_nouns=lists["abstract_nouns"],
        occasion_nouns=lists["occasion_nouns"],
        counterpart_verbs=lists["counterpart_verbs"],
        voice_nouns=lists["voice_nouns"],
        reception_nouns=lists["reception_nouns"],
        verb_objects=load_verb_objects(triggers_path),
        threat_types=_types(triggers_path, "threat_types"),
        rebuttal=_rebuttal(triggers_path, triggers),
        in_noun_types=_types(triggers_path, "in_noun_types"),
        duty=_single_trigger(triggers_path, "duty"),
        observer_verbs=lists["observer_verbs"],
        occurrence_verbs=lists["occurrence_verbs"],
        burial_nouns=lists["burial_nouns"],
        threat_promise_verbs=lists["threat_promise_verbs"],
        **{key: lists[key] for key in WORD_LISTS},
        occurrence_types=_types(triggers_path, "occurrence_types"),
    )


def _single_trigger(path: Path, key: str) -> Trigger | None:
    """One trigger entry of triggers.yaml named by its key (checked), or None if absent."""
    spec = read_yaml(path).get(key)
    return None if spec is None else _trigger(key, spec, path, key)


def _rebuttal(path: Path, triggers: dict[str, list[Trigger]]
              ) -> tuple[str, frozenset[str], frozenset[str]]:
    """The rebuttal entry of triggers.yaml: its verb trigger (checked), claims, words."""
    data = _mapping(read_yaml(path).get("rebuttal") or {}, path, "rebuttal")
    verb = str(data.get("verb") or "")
    if data and verb not in triggers:
        raise DataFileError(str(path), f"{verb!r} is not a verb trigger", "rebuttal.verb")
    lists = []
    for key in ("claims", "words"):
        values = data.get(key) or []
        if not isinstance(values, list):
            raise DataFileError(str(path), "expected a list", f"rebuttal.{key}")
        lists.append(frozenset(str(v).lower() for v in values))
    return verb, lists[0], lists[1]


def load_verb_objects(path: Path) -> dict[str, Trigger]:
    """Verb-object collocations ("sever tie": SANCTION), each "verb object" in lemmas."""
    data = _mapping(read_yaml(path).get("verb_objects") or {}, path, "verb_objects")
    out: dict[str, Trigger] = {}
    for phrase, spec in data.items():
        words = str(phrase).lower().split()
        if len(words) != 2:
            raise DataFileError(str(path), f"expected 'verb object', got {phrase!r}",
                                f"verb_objects.{phrase}")
        out[" ".join(words)] = _trigger(words[0], spec, path, f"verb_objects.{phrase}")
    return out


def _types(path: Path, key: str) -> frozenset[str]:
    """A list of PLOVER types in a data file, each checked."""
    values = read_yaml(path).get(key) or []
    if not isinstance(values, list):
        raise DataFileError(str(path), "expected a list", key)
    for value in values:
        if value not in PLOVER_TYPES:
            raise DataFileError(str(path), f"unknown PLOVER type {value!r}", key)
    return frozenset(str(v) for v in values)


def _noun_triggers(path: Path, triggers: dict[str, list[Trigger]]) -> dict[str, str]:
    """Event nouns -> the verb trigger each codes as (checked to exist)."""
    data = _mapping(read_yaml(path).get("event_nouns") or {}, path, "event_nouns")
    for noun, verb in data.items():
        if str(verb) not in triggers:
            raise DataFileError(str(path), f"{verb!r} is not a verb trigger",
                                f"event_nouns.{noun}")
    return {str(k).lower(): str(v) for k, v in data.items()}


def _breach(path: Path) -> dict[str, frozenset[str]]:
    """The sanctions-breach words (verbs, nouns, objects) of triggers.yaml."""
    data = _mapping(read_yaml(path).get("sanctions_breach") or {}, path, "sanctions_breach")
    out = {}
    for key in ("verbs", "nouns", "objects"):
        values = data.get(key) or []
        if not isinstance(values, list):
            raise DataFileError(str(path), "expected a list", f"sanctions_breach.{key}")
        out[key] = frozenset(str(v).lower() for v in values)
    return out
