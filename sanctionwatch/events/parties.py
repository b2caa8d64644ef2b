"""Who the parties of an event are where the verb's own subject and objects do not say.

Helpers of the coder's role reading (``coder.EventCoder._roles`` and ``_party``): control
("urged Iran to stop": Iran stops), the target of a reproach ("denounce X for supplying":
X supplies), purpose clauses ("sent aid to help the victims": the victims receive), the
origin adjective of goods ("Iranian drones": supplied from Iran), a means that is no agent
("delivered by ship"), and whether a description names people or a body at all (so a state
outlet's home state is given to "the province", never to "the ground").
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from sanctionwatch.annotate import Annotated
from sanctionwatch.annotate.kb import KnowledgeBase, cached_kb
from sanctionwatch.model import Entity, Party
from sanctionwatch.settings import PACKAGE_DATA

REPROACH_PREPS = ("for", "of")  # "denounce X for supplying", "accuse X of supplying"


@lru_cache(maxsize=1)
def party_words() -> KnowledgeBase:
    """The packaged knowledge base's word lists (loaded on first use, never at import)."""
    return cached_kb(PACKAGE_DATA)


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


def foreign_group(token: Any) -> bool:
    """"various foreign countries", "international organizations", "the enemy": not the
    outlet's own."""
    kb = party_words()
    return token.lemma_.lower() in kb.hostile_words or any(
        c.dep_ == "amod" and c.lower_ in kb.foreign_words for c in token.children)


def is_party_like(token: Any, people_nouns: frozenset[str] = frozenset()) -> bool:
    """A candidate party token: a proper name, a pronoun, or a noun for people or bodies."""
    return token.pos_ in ("PROPN", "PRON") or names_group(token, people_nouns) or \
        token.lemma_.lower() in party_words().hostile_words


def controller(node: Any, people_nouns: frozenset[str] = frozenset()) -> Any:
    """The object that does the act of the clause ``node`` heads, where grammar says so.

    Object control: "inciting the authorities to attack", "urged Iran to stop" (the object
    of the governing verb does the infinitive's act). A reproach or thanks: "denounce the
    U.S. for providing", "accused Seoul of supplying" (the object does the gerund's act).
    None when neither holds.
    """
    head = node.head
    if node.dep_ == "acl" and head.dep_ == "dobj" and is_party_like(head, people_nouns) \
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children):
        return head  # "inciting the hirelings to attack": parsed as the noun's clause
    if node.dep_ == "xcomp" and head.pos_ in ("VERB", "AUX"):
        obj = next((c for c in head.children if c.dep_ == "dobj" and c.i < node.i), None)
        if obj is not None and is_party_like(obj, people_nouns):
            return obj
    if node.dep_ in ("pcomp", "pobj") and head.dep_ == "prep" and \
            head.lower_ in REPROACH_PREPS and head.head.pos_ in ("VERB", "AUX"):
        obj = next((c for c in head.head.children if c.dep_ == "dobj"), None)
        if obj is not None and obj.i < head.i and is_party_like(obj, people_nouns):
            return obj
    return None


def agent_of(verb: Any) -> Any:
    """The "by" agent of a passive, unless it is a means ("by ship", "by rail", "by hand":
    a bare singular common noun with no determiner names how, not who)."""
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    pobj = next((c for c in agent.children if c.dep_ == "pobj"), None) \
        if agent is not None else None
    if pobj is None:
        return None
    if pobj.tag_ == "NN" and pobj.ent_type_ == "" and not any(
            c.dep_ in ("det", "poss", "amod", "compound", "nummod") for c in pobj.children):
        return None
    return pobj


def beneficiary(verb: Any, people_nouns: frozenset[str]) -> Any:
    """Who a transfer is for, named in its purpose clause: "supplied aid materials to help
    scientists recover", "sent pumps in order to provide the inhabitants with water" (the
    helped or provided party)."""
    words = party_words().beneficiary_verbs
    clauses = list(verb.children)
    # "in order to provide": a purpose of the main verb, wherever the parser hung it
    clauses += [c for order in verb.subtree if order.lower_ == "order" and order.dep_ == "pobj"
                and order.head.lower_ == "in" for c in order.children if c.dep_ == "acl"]
    for clause in clauses:
        if clause.dep_ not in ("advcl", "xcomp", "acl") or clause.lemma_.lower() not in words:
            continue
        if not any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
            continue
        for child in clause.children:
            if child.dep_ == "dobj" and is_party_like(child, people_nouns):
                return child
            if child.dep_ in ("ccomp", "xcomp"):  # "help scientists recover"
                subj = next((c for c in child.children if c.dep_ == "nsubj"), None)
                if subj is not None and is_party_like(subj, people_nouns):
                    return subj
    return None


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
        c.dep_ in ("det", "punct") or (c.dep_ == "case" and c.i > token.i)
        for c in token.children)


def antecedent_state(ann: Annotated, token: Any) -> Party | None:
    """The last state named before a description of one in the sentence, skipping the
    subject of its own verb ("Russia sent troops to the country": not Russia)."""
    verb = token.head.head if token.head.dep_ == "prep" else token.head
    skip = {e.id for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i != token.i
            for _, e in ann.mentions_in(c.left_edge.idx, c.idx + len(c.text))}
    start = token.sent.start_char
    for _, entity in reversed(ann.mentions_in(start, token.idx)):
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


def goods_destination(goods: Any) -> Any:
    """The "to X" the parser hung on the goods instead of the verb ("shipped millions of
    shells to Moscow", "sent hundreds of thousands of bags of rice to the farms": anywhere
    along the goods' "of" chain). A "to" under a participle of the goods is left alone: it
    is mostly the participle's own ("parts linked to North Korea")."""
    heads, stack = [], [goods]
    while stack:
        head = stack.pop()
        heads.append(head)
        for child in head.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                stack += [c for c in child.children if c.dep_ == "pobj"]
    for head in heads:
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ == "to":
                pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
                if pobj is not None:
                    return pobj
    return None


VISIT_LEMMAS = frozenset({"visit", "tour"})


def on_visit(token: Any) -> bool:
    """Whether a party is described as visiting ("X, who is on a visit to the DPRK", "the
    delegation visiting Moscow"): in a meeting, the visitor is the actor (PLOVER)."""
    if token is None:
        return False
    for child in token.children:
        if child.dep_ in ("relcl", "acl", "prep", "appos") and any(
                t.lemma_.lower() in VISIT_LEMMAS for t in child.subtree):
            return True
    return False


def main_subject_entity(ann: Annotated, pronoun: Any) -> Entity | None:
    """The entity the sentence's main clause has as subject, named before the pronoun: the
    preferred antecedent ("Putin sent sympathy to Kim Jong Un, expressing his willingness
    to help": his is Putin's, though Kim Jong Un is named last)."""
    root = pronoun.sent.root
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.i >= pronoun.i:
        return None
    return ann.entity_at(subject.idx, subject.idx + len(subject.text))


def clause_recipient(verb: Any) -> Any:
    """The "to X" of the main clause a participle clause hangs from, for a transfer that
    names no recipient of its own ("extended sympathy to Kim Jong Un, expressing his
    willingness to provide aid": the aid is offered to Kim Jong Un)."""
    node = verb
    for _ in range(4):
        if node.dep_ not in ("acl", "dobj", "xcomp", "advcl") or node.head.i == node.i:
            return None
        if node.dep_ == "advcl":
            if node.tag_ != "VBG":
                return None
            main = node.head
            for prep in main.children:
                if prep.dep_ in ("prep", "dative") and prep.lower_ == "to":
                    return next((c for c in prep.children if c.dep_ == "pobj"), None)
            return None
        node = node.head
    return None
