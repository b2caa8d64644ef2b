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
from sanctionwatch.model import Party
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
        for words in (kb.group_words, kb.office_words, kb.facility_words, kb.place_words,
                      kb.generic_words))


def foreign_group(token: Any) -> bool:
    """"various foreign countries", "international organizations": not the outlet's own."""
    words = party_words().foreign_words
    return any(c.dep_ == "amod" and c.lower_ in words for c in token.children)


def is_party_like(token: Any, people_nouns: frozenset[str] = frozenset()) -> bool:
    """A candidate party token: a proper name, a pronoun, or a noun for people or bodies."""
    return token.pos_ in ("PROPN", "PRON") or names_group(token, people_nouns)


def controller(node: Any, people_nouns: frozenset[str] = frozenset()) -> Any:
    """The object that does the act of the clause ``node`` heads, where grammar says so.

    Object control: "inciting the authorities to attack", "urged Iran to stop" (the object
    of the governing verb does the infinitive's act). A reproach or thanks: "denounce the
    U.S. for providing", "accused Seoul of supplying" (the object does the gerund's act).
    None when neither holds.
    """
    head = node.head
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
    scientists recover", "sent fuel to assist the farms" (the helped party)."""
    words = party_words().beneficiary_verbs
    for clause in verb.children:
        if clause.dep_ not in ("advcl", "xcomp") or clause.lemma_.lower() not in words:
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
    "North Korean shells"): who supplied them when the sentence names no supplier."""
    for child in goods.children:
        if child.dep_ not in ("amod", "compound") or child.i > goods.i:
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
