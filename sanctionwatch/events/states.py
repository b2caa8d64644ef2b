"""Which state a word, a name or a story names.

Demonyms and state adjectives ("Iranian": Iran), capitals ("Pyongyang said": North Korea),
territory names, epithets ("the hermit kingdom"), phrases that place a party in a state
("the embassy of X", "officials in X"), descriptions that point back to a state named
before ("the country"), the owners of vessels and missions, and the story's own state from
its dateline and lead. The word lists behind them (data/events/parties.yaml and the
knowledge base) are read here, on first use, never at import.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import cache, lru_cache
from itertools import chain, islice
from typing import Any

from sanctionwatch.annotate import Annotated
from sanctionwatch.annotate.kb import KnowledgeBase, cached_kb
from sanctionwatch.datafiles import read_yaml
from sanctionwatch.errors import DataFileError
from sanctionwatch.model import Entity, Party
from sanctionwatch.settings import PACKAGE_DATA

PARTY_DATA = PACKAGE_DATA / "events" / "parties.yaml"
# phrases that place a party in a state: "the embassy of X", "officials in X", "a delegate
# from X", "the allies including Japan"
COUNTRY_PREPS = ("of", "in", "from", "including", "within", "inside")


@lru_cache(maxsize=1)
def party_words() -> KnowledgeBase:
    """The packaged knowledge base's word lists (loaded on first use, never at import)."""
    return cached_kb(PACKAGE_DATA)


@cache  # one entry per list name, a dozen: never evict and re-read the file
def _party_list(key: str) -> frozenset[str]:
    """One word list of data/events/parties.yaml (read on first use, never at import)."""
    data = read_yaml(PARTY_DATA)
    words = data.get(key) if isinstance(data, dict) else None
    if not isinstance(words, list) or not all(isinstance(w, str) for w in words):
        raise DataFileError(str(PARTY_DATA), f"{key!r} must be a list of words")
    return frozenset(w.lower() for w in words)


def judicial_verbs() -> frozenset[str]:
    """Acts of a state's police, prosecutors and courts ("arrest", "charge", "sentence")."""
    return _party_list("judicial_verbs")


def authority_nouns() -> frozenset[str]:
    """Nouns for a state's law enforcement ("police", "prosecutors", "the court")."""
    return _party_list("authority_nouns")


def names_group(token: Any, people_nouns: frozenset[str] = frozenset()) -> bool:
    """Whether a head token names people or a body that can act or receive: a named
    organisation, group or place, or a noun for people, offices, bodies or facilities."""
    if token.ent_type_ in ("ORG", "NORP", "GPE", "FAC"):
        return True
    return group_word(token, people_nouns)


def group_word(token: Any, people_nouns: frozenset[str] = frozenset()) -> bool:
    """Whether a noun is one for people, offices, bodies or facilities ("the inhabitants",
    "Children's Department Store", "sub-schools": the word after the hyphen)."""
    if token.pos_ not in ("NOUN", "PROPN"):
        return False
    kb = party_words()
    lemma = token.lemma_.lower()
    doc = token.doc
    if token.i + 2 < len(doc) and doc[token.i + 1].text == "-":  # "sub-schools": schools
        lemma = doc[token.i + 2].lemma_.lower()
    return lemma in people_nouns or any(
        lemma in words or token.lower_ in words
        for words in (kb.group_words, kb.office_words, kb.facility_words, kb.generic_words))


def origin_state(ann: Annotated, goods: Any) -> Party | None:
    """The state a state adjective on goods names as their origin ("Iranian drones",
    "North Korean shells", "a shipment of Russian oil"): who supplied them when the
    sentence names no supplier."""
    heads = [goods] + [pobj for prep in goods.children if prep.dep_ == "prep"
                       and prep.lower_ == "of" for pobj in prep.children if pobj.dep_ == "pobj"]
    for child in (c for head in heads for c in head.children):  # "a cargo of Iranian oil"
        if child.dep_ not in ("amod", "compound") or child.i > child.head.i:
            continue
        for _, entity in ann.mentions_in(child.left_edge.idx, child.idx + len(child.text)):
            if entity.schema == "Country" and entity.countries:
                return Party(entity=entity.id, name=entity.name, country=entity.countries[0])
    return None


def territory_code(name: str) -> str | None:
    """The ISO code of a territory named in full that the knowledge base does not hold as a
    state ("Hong Kong" -> hk, "Macau" -> mo, "Puerto Rico" -> pr); None for anything else."""
    from rigour.territories import lookup_territory

    territory = lookup_territory(name)
    if territory is None or len(territory.code) != 2:
        return None
    return str(territory.code)


NAME_DEPS = ("compound", "amod", "flat", "nmod", "det", "poss", "appos", "case",
             "punct", "nummod")


def near_phrase(token: Any) -> list[Any]:
    """The head's own words and those of its first prepositional phrase, not of phrases
    nested in that one: "the embassy of Russia" holds Russia; "farms in various counties
    including Kim Hyong Jik" does not hold the person the county is named after, nor does
    "the farmers and Russia" hold Russia (a compound party takes its first member's state)."""
    out = [token]
    stack = [c for c in token.children if c.dep_ in NAME_DEPS]
    for prep in token.children:
        if prep.dep_ == "prep":
            stack += [c for c in prep.children if c.dep_ == "pobj"]
    while stack:
        node = stack.pop()
        out.append(node)
        stack += [c for c in node.children if c.dep_ in NAME_DEPS]
    return sorted(out, key=lambda t: t.i)


def anaphoric(token: Any) -> bool:
    """A bare definite description of a state ("the country", "the government"): it
    points back to a state named before, like a pronoun."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in party_words().anaphoric_nouns:
        return False
    dets = [c for c in token.children if c.dep_ == "det"]
    return len(dets) == 1 and dets[0].lower_ == "the" and all(
        c.dep_ in ("det", "punct") or (c.dep_ == "case" and c.i > token.i) or (
            c.dep_ in ("amod", "compound") and c.i < token.i  # "the interim government",
            and " ".join(t.lower_ for t in c.subtree)  # "the de facto government"
            in _party_list("government_qualifiers"))
        for c in token.children)


def antecedent_state(ann: Annotated, token: Any) -> Party | None:
    """The last state named before a description of one in the sentence, skipping the
    subject of its own verb ("Russia sent troops to the country": not Russia); else the
    most salient state of the sentences before (``earlier_salient``)."""
    verb = token.head.head if token.head.dep_ == "prep" else token.head
    skip = {e.id for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i != token.i
            for _, e in ann.mentions_in(c.left_edge.idx, c.idx + len(c.text))}
    start = token.sent.start_char
    for entity in chain((e for _, e in reversed(ann.mentions_in(start, token.idx))),
                        earlier_salient(ann, token)):  # "Iran supplied drones. The country"
        if entity.schema == "Country" and entity.countries and entity.id not in skip:
            return Party(entity=entity.id, name=f"the {token.text}",
                         country=entity.countries[0])
    return None


@lru_cache(maxsize=1)
def _state_words() -> dict[str, str]:
    """Every name and adjective of a state, lower-cased, to its code."""
    out: dict[str, str] = {}
    for entry in party_words().entries.values():
        if entry.schema == "Country" and entry.countries:
            for alias in (entry.name, *entry.aliases):
                out.setdefault(alias.lower(), entry.countries[0])
    return out


def demonym_country(token: Any) -> str | None:
    """The state of people named by their nationality ("two Canadians", "nearly 150
    Indians", "an American"): the plural or noun use of a state's adjective."""
    text = token.text
    if not text[:1].isupper() or token.pos_ not in ("PROPN", "NOUN", "ADJ"):
        return None
    forms = [text, token.lemma_] + ([text[:-1]] if text.endswith("s") else [])
    # "South Koreans", "North Korean": the capitalised words before it are part of it
    before = " ".join(t.text for t in token.lefts
                      if t.dep_ in ("compound", "amod") and t.text[:1].isupper())
    if before:
        forms = [f"{before} {f}" for f in forms] + forms
    return next((c for f in forms if (c := _state_words().get(f.lower())) is not None), None)


@lru_cache(maxsize=1)
def _capitals() -> dict[str, str]:
    """Every capital (seat of power) of a state to the state's code."""
    return {capital: entry.countries[0] for entry in party_words().entries.values()
            if entry.schema == "Country" and entry.countries for capital in entry.capitals}


def capital_country(token: Any) -> str | None:
    """The state of people or bodies placed in its capital ("officials in Tehran", "our
    friends in Moscow"): the linker reads a capital after "in" as a place, not a party.
    A forum or a meeting held in a capital is no party of that state."""
    if not group_word(token):
        return None
    for prep in token.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("in", "from"):
            continue
        for pobj in prep.children:
            if pobj.dep_ == "pobj":
                name = pobj.doc[pobj.left_edge.i:pobj.i + 1].text
                code = _capitals().get(name) or _capitals().get(pobj.text)
                if code is not None:
                    return code
    return None


def _nested_name(head: Any) -> bool:
    """Whether a name only describes another party or places an act ("Lao ambassador", "a
    director of the WPK Central Committee", "at the Mansudae Assembly Hall", a dateline's
    agency): no side a "the latter" can point back to."""
    if head.dep_ in ("compound", "amod", "poss", "nmod", "npadvmod", "appos"):
        return True
    if head.dep_ == "pobj" and head.head.lower_ in party_words().locative_words:
        return True
    return any(t.dep_ == "appos" for t in head.ancestors)


def origin_named(token: Any) -> bool:
    """Whether a person is told with a place of origin ("X, 24, from Y", "X, a farmer from
    Y"): a "from" phrase naming a place, not a body ("a lawyer from Microsoft"), on the name
    or its apposition."""
    return any(p.dep_ == "prep" and p.lower_ == "from" and any(
        o.dep_ == "pobj" and o.pos_ == "PROPN" and o.ent_type_ not in ("ORG", "NORP")
        for o in p.children)
        for node in (token, *(c for c in token.children if c.dep_ == "appos"))
        for p in node.children)


def capital_state(token: Any) -> str | None:
    """The state a capital city stands for as a party ("a forum in Moscow", "talks with
    Tehran"), when the linker left the capital unlinked as a place."""
    name = token.doc[token.left_edge.i:token.i + 1].text
    return _capitals().get(name) or _capitals().get(token.text)


def postposed(node: Any) -> bool:
    """A participle that follows its noun as an adjective and takes no agent ("handed over
    to an official concerned by the ambassador": the ambassador hands over, nothing
    concerns the official)."""
    return node.dep_ == "acl" and node.tag_ == "VBN" and \
        node.lemma_.lower() in _party_list("postposed_participles")


def plural_states(token: Any) -> bool:
    """"many countries", "other governments": states in the plural are never the one home
    state of an outlet."""
    return token.tag_ == "NNS" and token.lemma_.lower() in party_words().anaphoric_nouns


def country_phrase(token: Any) -> list[Any]:
    """The words that can place a party in a state: the head with its modifiers and its
    "of/in/from" phrases, followed through nested "of/in/from" phrases ("minister of
    External Economic Relations of the DPRK") but not into other phrases ("the European
    Union in collusion with the U.S.": not the U.S.), nor into clauses, except the agent of
    a participle ("delegations led by North Korean officials") or whom it helps ("funds
    supporting Ukraine"); not "a tanker carrying Iranian oil". An apposition is read
    apart; a conjunct is another party."""
    out = [t for left in token.lefts for t in left.subtree]  # "Australian-born Assange"
    stack = [token, *shared_phrase(token), *title_conjuncts(token)]
    while stack:
        node = stack.pop()
        out.append(node)
        for child in node.children:
            if node.i == token.i and child.dep_ in ("appos", "conj", "cc"):
                continue  # the party's own apposition is read apart; a conjunct is another
            if child.dep_ in NAME_DEPS or child.dep_ in ("conj", "cc"):
                stack.append(child)
            elif child.dep_ == "prep" and (child.lower_ in COUNTRY_PREPS
                                            or node.pos_ == "PROPN"):
                # any preposition inside a proper name: "the Party for Peace of Russia"
                stack += [c for c in child.children if c.dep_ == "pobj"
                          and (child.lower_ in COUNTRY_PREPS or c.pos_ == "PROPN")]
            elif child.dep_ == "acl" and node.i == token.i and not postposed(child):
                agent = next((c for c in child.children if c.dep_ == "agent"), None)
                if agent is not None:
                    stack += [c for c in agent.children if c.dep_ == "pobj"]
                if child.lemma_.lower() in party_words().beneficiary_verbs:
                    stack += [c for c in child.children if c.dep_ == "dobj"]
    return sorted(out, key=lambda t: t.i)


def shared_phrase(token: Any) -> list[Any]:
    """The "of/in/from X" of the last of coordinated common nouns, shared by them all
    ("the army and people of Russia", "workers and technicians of the factory"): the
    parser hangs it on the last noun only. None when the head has such a phrase of its
    own, or a conjunct is a name (a party of its own: "the farmers and Russia")."""
    conjuncts = list(token.conjuncts) if token.dep_ != "conj" else []
    if token.pos_ != "NOUN" or not conjuncts or any(
            c.pos_ != "NOUN" or c.ent_type_ for c in conjuncts) or any(
            p.dep_ == "prep" and p.lower_ in COUNTRY_PREPS for p in token.children):
        return []
    last = max(conjuncts, key=lambda c: c.i)
    return [c for p in last.children if p.dep_ == "prep" and p.lower_ in COUNTRY_PREPS
            for c in p.children if c.dep_ == "pobj"]


def title_conjuncts(token: Any) -> list[Any]:
    """Further titles of one office holder ("the general secretary of the C.C. ... and
    president of the Lao People's Democratic Republic"): an office word coordinated with
    an office head and without a determiner of its own names the same person, so its
    "of X" places them."""
    words = party_words().office_words
    if token.lower_ not in words and token.lemma_.lower() not in words:
        return []
    return [c for c in token.conjuncts if c.pos_ == "NOUN" and c.lower_ in words
            and not any(d.dep_ in ("det", "poss") for d in c.children)]


# how far back (in tokens) a definite description's antecedent is looked for
ANTECEDENT_WINDOW = 200


def described_before(token: Any, country_of: Callable[[Any], str | None]) -> str | None:
    """The state of a definite description's antecedent ("A German car dealer exported ...
    The dealer also shipped ..."): the state the words of the last noun before it with the
    same head word name (``country_of``), within ANTECEDENT_WINDOW tokens."""
    if token.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ == "the"
                                       for c in token.children):
        return None
    lemma = token.lemma_.lower()
    for before in reversed(token.doc[max(0, token.i - ANTECEDENT_WINDOW):token.i]):
        if before.pos_ == "NOUN" and before.lemma_.lower() == lemma:
            return country_of(before)  # the nearest mention only: "a Chinese official ...
            # an official ... the official" may be someone else
    return None


def modifier_country(token: Any) -> str | None:
    """The state a nationality adjective before a head names ("the Afghan government",
    "Swedish prosecutors") when the linker left it unlinked."""
    code = next((code for c in token.lefts if c.dep_ in ("amod", "compound", "nmod")
                 and (code := demonym_country(c)) is not None), None)
    if code is None:  # "Hong Kong Chief Executive X", "Taiwan authorities": a territory
        names = [c for c in token.lefts if c.dep_ in ("compound", "nmod")
                 and c.ent_type_ == "GPE"]
        if names:
            code = territory_code(" ".join(t.text for t in names[0].subtree
                                           if t.ent_type_ == "GPE"))
    return code


PRONOUN_REACH = 3  # sentences back that a pronoun's antecedent is looked for in


PRONOUN_CHAIN_MAX = 12  # sentences a pronoun's antecedent is looked for, however chained


def earlier_salient(ann: Annotated, token: Any) -> Iterator[Entity]:
    """The entities of the sentences before a pronoun's own, most salient first: the
    nearest sentence first, and in each its subjects before its other names, those in text
    order (a pronoun opening a sentence takes up the last one's subject: "Kim Jong Un
    received a basket from the Syrian president. He also received ...": Kim Jong Un), never
    a name that only describes another or places an act (``_nested_name``). Lazy: a caller
    that finds its antecedent nearer never walks the earlier sentences."""
    doc = token.doc
    start, reach = token.sent.start, PRONOUN_REACH
    walked = 0  # a hard cap: a chain of "He said ..." sentences keeps renewing ``reach``,
    while reach > 0 and start > 0 and walked < PRONOUN_CHAIN_MAX:  # and each pronoun would
        reach -= 1  # walk back to the top of a long interview (quadratic in its length)
        walked += 1
        sent = doc[start - 1].sent
        start = sent.start
        subjects: list[Entity] = []
        others: list[Entity] = []
        for mention, entity in ann.mentions_in(sent.start_char, sent.end_char):
            span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if span is None:
                continue
            head = up = span.root  # "the Seoul authorities": the name stands for its group
            while up.dep_ in ("compound", "amod", "nmod", "poss") and up.head.i != up.i:
                up = up.head  # "Bolivia's ombudsman's office": office
            if up.i != head.i and (names_group(up) or up.dep_ in ("nsubj", "nsubjpass")):
                head = up  # "The ROK military gangsters kicked off drills": ROK's
            if _nested_name(head):
                continue
            role = subjects if head.dep_ in ("nsubj", "nsubjpass") else others
            role.append(entity)
        if not subjects and any(t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT"
                                and t.lower_ in ("he", "she", "it", "they") for t in sent):
            reach = max(reach, 1)  # "He received X. He received Y.": the same one, told
            continue  # before; the names received from are none of it
        yield from subjects + others


def named_owner(thing: Any) -> Any:
    """The named possessor of a thing ("Sweden's bid", "Iran's tanker", "Trump's
    remarks"): the party an act on the thing is aimed at. Pronoun possessors ("its bid")
    are left to the thing's own reading."""
    return next((c for c in thing.children if c.dep_ == "poss" and (
        c.pos_ == "PROPN" or c.ent_type_ in PARTY_ENTS)), None)


def flag_state(vessel: Any) -> Any:
    """The state word of a flag adjective on a vessel ("a Portuguese-flagged ship",
    "Panama-flagged tanker"): the state whose ship it is."""
    for mod in vessel.children:
        if mod.dep_ == "amod" and mod.lower_ == "flagged" and mod.i < vessel.i:
            state = next((c for c in mod.children if c.i < mod.i and c.dep_ in (
                "npadvmod", "compound", "amod", "nmod") and (
                    c.ent_type_ in ("NORP", "GPE") or demonym_country(c) is not None)), None)
            if state is not None:
                return state
    return None


def mission_owner(verb: Any) -> Any:
    """The state whose diplomatic mission an act took place at ("protested outside the
    Japanese embassy", "rallied in front of the U.S. consulate"): the state protested at.
    The mission nouns are data/events/parties.yaml's."""
    missions = _party_list("mission_nouns")
    for prep in (c for c in verb.children if c.dep_ == "prep"):
        for node in prep.subtree:
            if node.dep_ != "pobj" or node.lemma_.lower() not in missions:
                continue
            owner = named_owner(node) or next((c for c in node.children if c.i < node.i and
                                               c.dep_ in ("amod", "compound", "nmod") and (
                c.ent_type_ in ("NORP", "GPE") or demonym_country(c) is not None)), None)
            if owner is None:  # "the embassy of Japan"
                owner = next((o for p in node.children if p.dep_ == "prep" and p.lower_ == "of"
                              for o in p.children if o.dep_ == "pobj"), None)
            if owner is not None:
                return owner
    return None


def place_state(token: Any) -> str | None:
    """The state of a place noun or of people placed by a place in their own words: one
    the knowledge base lists ("the city of Kharkiv", "the port of Nampo": kb/places.yaml
    and kb/subdivisions.yaml), or a territory after "in", "of" or "from" ("police in Hong
    Kong")."""
    places = party_words().subdivisions
    for t in near_phrase(token):
        if t.pos_ == "PROPN" and t.dep_ not in ("compound", "flat"):
            name = t.doc[t.left_edge.i:t.i + 1].text
            code = places.get(name) or places.get(t.text) or (
                territory_code(name.removeprefix("the ")) if t.dep_ == "pobj" and
                t.head.lower_ in ("in", "of", "from") else None)
            if code is not None:
                return code
    return None


def state_entity(ann: Annotated, code: str) -> Entity | None:
    """The document's entity for a state (by its code), when the story names it: a capital
    standing for its state is that state's party ("talks in Moscow": Russia)."""
    return next((e for e in ann.entities if e.schema == "Country" and e.countries
                 and e.countries[0] == code), None)


# spaCy entity labels of names that can receive goods (people, states, bodies)
PARTY_ENTS = frozenset({"PERSON", "GPE", "NORP", "ORG"})


# "WASHINGTON –", "LONDON (AP) —", "Moscow, May 2 (Reuters) -": a place, an optional date
# and wire credit, a dash
DATELINE = re.compile(r"\s*([A-Z][A-Za-z .'-]{1,30}?)\s*(?:,[^\n]{0,30}?)?\s*"
                      r"(?:\([^)\n]{1,30}\)\s*)?(?:–|—|--|-)\s")


def dateline_state(text: str) -> str | None:
    """The state whose capital a story's dateline names ("WASHINGTON –", "LONDON (AP) —",
    "Moscow, May 2 (Reuters) -"): the place the story is told from."""
    match = DATELINE.match(text)
    if match is None:
        return None
    return _capitals().get(match.group(1).strip().title())


STORY_STATE_MIN = 2  # mentions the story's own state needs at least
LEAD_SENTENCES = 2  # the lead, where news places its story ("LONDON (AP) --", "A UK man")


def story_state(ann: Annotated) -> str | None:
    """The state a story is set in: the one whose names, people and bodies hold most of the
    document's mentions of any state, and more than all the other states' together ("LONDON
    (AP) -- Britain's Conservative Party ..., Jeremy Corbyn ..."), and that the lead names
    (a page's links to other stories may name U.S. politicians more often than a story of
    "a UK man" names the UK). None where no state holds such a majority (a story of Syria,
    Russia and the U.S. alike) or the lead names another. A person the text gives
    no state of ("Patrick Carlineo", "critics") is most likely of the story's own. Asked
    only for a party nothing else places, so it is worked out afresh (no state is kept
    between documents)."""
    counts: dict[str, int] = {}
    for entity in ann.entities:
        for code in entity.countries[:1]:
            counts[code] = counts.get(code, 0) + len(entity.mentions)
    ranked = sorted(counts.items(), key=lambda pair: -pair[1])
    sents = list(islice(ann.doc.sents, LEAD_SENTENCES))
    lead_end = sents[-1].end_char if sents else 0
    lead = {code for _, e in ann.mentions_in(0, lead_end) for code in e.countries[:1]}
    lead |= {code for code in [dateline_state(ann.document.text)] if code}
    if ranked and ranked[0][1] >= STORY_STATE_MIN and ranked[0][0] in lead and \
            ranked[0][1] * 2 > sum(n for _, n in ranked):
        return ranked[0][0]
    return None


def leader_state(ann: Annotated, entity: Entity) -> str | None:
    """The state of a person the text names elsewhere as the leader of a group it gives a
    state to ("the Russian delegation led by Andrei Zarenin ... Zarenin signed"): a
    delegation's head is of its state. Only the group's own state words count ("Russian",
    "the DPRK delegation"), not those of what it came for ("for the DPRK-Russia
    exhibition")."""
    for mention in entity.mentions:
        span = ann.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None:
            continue
        head = span.root
        led = head.head.head
        if head.dep_ != "pobj" or head.head.lower_ != "by" or \
                led.lemma_.lower() not in _party_list("leading_verbs") or led.dep_ != "acl":
            continue
        group = led.head
        code = modifier_country(group) or next(
            (e.countries[0] for c in group.lefts if c.dep_ in ("amod", "compound", "nmod")
             for _, e in ann.mentions_in(c.left_edge.idx, c.idx + len(c.text))
             if e.schema == "Country" and e.countries), None)
        if code is not None:
            return code
    return None


# where a description's head ends: its modifiers after it ("officials of ...", ", who")
DESCRIPTION_END = re.compile(r"\s+(?:of|in|from|at|for|with|who|which|that)\s+|,")


def stands_for_state(name: str) -> bool:
    """Whether a party the text names no entity for stands for its state as a whole: its
    capital ("talks with Moscow") or the first person of a state outlet's own copy ("our
    Republic", "we")."""
    text = name.strip()
    return text.lower() in _party_list("state_pronouns") or text in _capitals()


def description_head(name: str) -> str:
    """The word a description of people or a body turns on ("two federal prison officers",
    "the officers": officers; "the head of the delegation": head), lowercased, so that one
    party told twice in other words keeps one identity."""
    words = DESCRIPTION_END.split(name.strip(), maxsplit=1)[0]
    tail = words.split()
    return tail[-1].lower().strip("\"'“”‘’") if tail else ""


EPITHET_DATA = PACKAGE_DATA / "kb" / "epithets.yaml"


@cache  # one small file, read once on first use
def _epithets() -> dict[str, dict[str, str]]:
    """kb/epithets.yaml: per outlet state, the words its copy uses for another state's side."""
    data = read_yaml(EPITHET_DATA)
    if not isinstance(data, dict):
        raise DataFileError(str(EPITHET_DATA), "expected a mapping of state codes to words")
    out: dict[str, dict[str, str]] = {}
    for home, words in data.items():
        if not isinstance(home, str) or not isinstance(words, dict) or not all(
                isinstance(w, str) and isinstance(c, str) and len(c) == 2
                for w, c in words.items()):
            raise DataFileError(str(EPITHET_DATA),
                                f"{home!r}: expected a mapping of words to state codes")
        out[home.lower()] = {w.lower(): c.lower() for w, c in words.items()}
    return out


def epithet_state(token: Any, home: str | None) -> str | None:
    """The state a state outlet's own epithet places a party in ("the puppet military" in
    KCNA's copy: the ROK's), from the party's head or its modifiers; None elsewhere."""
    words = _epithets().get(home or "")
    if not words or token is None:
        return None
    for t in (token, *(c for c in token.children
                       if c.dep_ in ("amod", "compound", "nmod") and c.i < token.i)):
        code = words.get(t.lower_) or words.get(t.lemma_.lower())
        if code is not None:
            return code
    return None
