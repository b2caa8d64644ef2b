"""Where an act took place, and who hosted it.

The scene of an act ("arrested in Moscow": Russia's police arrest), the host and the guest
of a visit or a meeting ("Kim hosted Putin in Pyongyang"), and circumstances that are no
party at all ("on the occasion of ...", "on the ground").
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from sanctionwatch.annotate import Annotated
from sanctionwatch.events.states import (
    _capitals,
    _party_list,
    capital_state,
    party_words,
    territory_code,
)


def scene_state(ann: Annotated, verb: Any) -> str | None:
    """The state where a verb's act took place, from an "in"/"at" phrase on it naming a
    place ("arrested in April in Berlin", "pleaded in Manhattan federal court"): the first
    such place the text gives a state of."""
    for t in _scene_words(verb):
        code = capital_state(t)
        if code is None:
            code = next((c for _, e in ann.mentions_in(t.idx, t.idx + len(t.text))
                         if e.schema != "Person" for c in e.countries[:1]), None)
        if code is None:
            code = territory_code(t.text) or party_words().subdivisions.get(t.text)
        if code is not None:
            return code
    return None


def names_scene(verb: Any) -> bool:
    """Whether a verb's "in"/"at" phrases name a place at all, placed or not ("arrested in
    Dubai"): where one is named, the dateline's state is not where the act took place."""
    return any(t.ent_type_ in ("GPE", "LOC", "FAC") for t in _scene_words(verb))


def _scene_words(verb: Any) -> Iterator[Any]:
    """The names in a verb's (or its object's) "in"/"at" phrases that may be its scene."""
    preps = [c for c in verb.children if c.dep_ == "prep"] + [  # "staged a rally in Seoul"
        p for o in verb.children if o.dep_ == "dobj" for p in o.children if p.dep_ == "prep"]
    for prep in preps:
        for t in prep.subtree:  # "held on a wide scale in front of ... in Seoul": Seoul
            if t.dep_ in ("compound", "amod", "nmod", "poss") and t.head.pos_ == "NOUN":
                continue  # "outside the ROK embassy in London": the embassy's owner, not
                # where it stands
            if (t.ent_type_ not in ("GPE", "FAC", "LOC", "ORG") and t.pos_ != "PROPN") or next(
                    (a.lower_ for a in t.ancestors if a.pos_ == "ADP"), ""
            ) not in _party_list("scene_preps"):
                continue
            path = [a for a in t.ancestors if a.i != prep.i and prep.i in
                    {b.i for b in a.ancestors}]
            if any(a.dep_ in ("relcl", "acl", "advcl", "ccomp", "xcomp") for a in path):
                continue  # "for a call he made to the office in Washington": not the scene
            yield t


SCENE_BOUNDS = ("ccomp", "relcl", "parataxis")  # a clause told apart has its own scene


def act_scene(ann: Annotated, verb: Any) -> str | None:
    """The state where an act took place, from the verb or the clauses it hangs under ("In
    the puppet ROK, people are intensifying the resistance to condemn the U.S.": the ROK),
    not crossing into a reporting frame or a relative clause."""
    node = verb
    while True:
        code = scene_state(ann, node)
        if code is not None or node.dep_ in SCENE_BOUNDS or node.head.i == node.i:
            return code
        node = node.head


def on_visit(token: Any) -> bool:
    """Whether a party is described as visiting ("X, who is on a visit to the DPRK", "the
    delegation visiting Moscow"): in a meeting, the visitor is the actor (PLOVER)."""
    if token is None:
        return False
    for child in token.children:
        if child.dep_ in ("relcl", "acl", "prep", "appos") and any(
                t.lemma_.lower() in _party_list("visit_lemmas") for t in child.subtree):
            return True
    return False


def event_host(token: Any) -> tuple[bool, Any]:
    """Whether a party token names an event ("a global IT forum", "the summit"), which is
    no party, and the place it is held in ("a forum in Moscow": Moscow hosts) if named."""
    if token is None or token.pos_ not in ("NOUN", "PROPN"):
        return False, None
    if token.lemma_.lower() not in party_words().event_words and not any(
            c.dep_ == "acl" and c.lemma_.lower() in _party_list("held_verbs")
            for c in token.children):
        return False, None  # "the seminar held in Britain": what is held is an event
    for mod in token.lefts:  # "the Beijing Olympics", "the Moscow forum"
        hyphen = any(t.text == "-" for t in mod.doc[max(mod.i - 1, 0):mod.i + 2])
        if mod.dep_ in ("compound", "nmod") and mod.pos_ == "PROPN" and not hyphen and (
                mod.ent_type_ == "GPE" or capital_state(mod) is not None):
            return True, mod  # not "the DPRK-Russia IT exhibition": both sides, no host
    if any(t.text == "-" for t in token.subtree if t.i < token.i) or any(
            t.text == "-" for p in token.children if p.dep_ == "prep" and p.lower_ == "of"
            for t in p.subtree):
        return False, None  # "the DPRK-Russia IT exhibition": both sides name it; its
        # parties are read as for any other noun
    # "a forum in Moscow", "the X Forum and the Y Forum held in St Petersburg of Russia"
    events = [token, *token.conjuncts]
    held = [c for e in events for c in e.children if c.dep_ == "acl" and c.tag_ == "VBN"]
    heads = events + held
    for prep in (p for head in heads for p in head.children):
        if prep.dep_ == "prep" and prep.lower_ in ("in", "at"):
            place = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if place is not None and place.ent_type_ in ("GPE", ""):
                return True, place if place.pos_ == "PROPN" else None
    return True, None


def hosted_occasion(verb: Any, obj: Any) -> tuple[bool, Any]:
    """Whether a verb's object is an occasion its subject hosts ("hosted a reception",
    "gave a banquet in honour of the delegation"), and the guest it is given for, if
    named ("for X", "in honour of X", "in welcome of X")."""
    if obj is None or verb.lemma_.lower() not in _party_list("host_verbs"):
        return False, None
    words = _party_list("hosted_occasions")
    compound = " ".join(t.lower_ for t in obj.lefts if t.dep_ == "compound")
    if obj.lemma_.lower() not in words and f"{compound} {obj.lower_}".strip() not in words:
        return False, None
    for node in (obj, verb):
        for prep in (c for c in node.children if c.dep_ == "prep"):
            pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if pobj is None:
                continue
            if prep.lower_ == "for":
                return True, pobj
            if prep.lower_ == "in" and pobj.lemma_.lower() in ("honour", "honor", "welcome"):
                guest = next((o for of in pobj.children if of.dep_ == "prep"
                              and of.lower_ == "of" for o in of.children
                              if o.dep_ == "pobj"), None)
                if guest is not None:
                    return True, guest
    return True, None


def visit_order(ann: Annotated, meeting: Any, first: Any, second: Any) -> tuple[Any, Any]:
    """The two sides of a meeting ("talks between A and B") with the visitor first (PLOVER:
    the visitor acts): a visit told on the meeting ("talks between A and B, on a visit to
    the DPRK") is made by the side that is not of the visited state."""
    if second is None:
        return first, second
    if on_visit(second) and not on_visit(first):
        return second, first
    visited = None
    for prep in meeting.children:
        for pobj in (c for c in prep.children if c.dep_ == "pobj"):
            if pobj.lemma_.lower() in _party_list("visit_lemmas"):
                visited = next((p for t in pobj.children if t.dep_ == "prep"
                                and t.lower_ == "to" for p in t.children
                                if p.dep_ == "pobj"), None)
    if visited is None:
        return first, second
    host = ann.entity_at(visited.idx, visited.idx + len(visited.text))
    if host is None or not host.countries:
        return first, second

    def state(token: Any) -> str | None:
        entity = ann.entity_at(token.idx, token.idx + len(token.text))
        return entity.countries[0] if entity is not None and entity.countries else None

    if state(first) == host.countries[0] and state(second) not in (None, host.countries[0]):
        return second, first
    return first, second


def hosted_guest(ann: Annotated, home: str | None, meeting: Any, host: Any, guest: Any,
                 countries: tuple[str | None, str | None]) -> bool:
    """Whether a meeting a state outlet reports between one of its own (``host``) and a
    foreigner (``guest``) was held at home, so that the foreigner is the visitor and acts
    (PLOVER): "Kim Jong Un met Sergei Shoigu", "X met and had a talk with the Lao
    ambassador to the DPRK". Not when the host is on a visit, nor when the sentence names a
    foreign state or capital beyond the guest's own words ("met Lavrov in Moscow")."""
    if home is None or host is None or guest is None or countries[0] != home or \
            countries[1] in (None, home) or on_visit(host) or on_visit(guest) or \
            meeting.lemma_.lower() not in _party_list("meeting_words"):
        return False
    own = {t.i for t in guest.subtree} | {t.i for t in host.subtree}
    sent = host.sent
    for mention, entity in ann.mentions_in(sent.start_char, sent.end_char):
        span = host.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is not None and span.root.i not in own and entity.countries and \
                entity.countries[0] != home:
            return False
    return not any(t.i not in own and t.ent_type_ == "GPE" and _capitals().get(t.text)
                   not in (None, home) for t in sent)


def hosting_verb(verb: Any) -> bool:
    """A verb whose subject is the host of its person object ("X hosted his Uzbek
    counterpart"): the guest comes to the host (PLOVER: the visitor acts)."""
    return verb.lemma_.lower() in _party_list("hosting_verbs")


def scene_place(verb: Any) -> Any:
    """The named place of a verb's "in"/"at" phrase (``_scene_words``) that a state can be
    read from: a state or city the tagger knows, a capital, or a place of kb/places.yaml
    ("bombed targets in southern Lebanon": Lebanon). None where none is named."""
    for t in _scene_words(verb):
        if t.ent_type_ == "GPE" or capital_state(t) is not None or \
                party_words().subdivisions.get(t.text) is not None:
            return t
    return None


def circumstance(token: Any) -> bool:
    """A noun of circumstance that frames an act and is never its party ("on the occasion
    of ...", "on the ground", "seized control of ..."; data/events/parties.yaml), or an
    event named as the act's occasion (``occasion``)."""
    return token is not None and token.pos_ == "NOUN" and (
        token.lemma_.lower() in _party_list("circumstance_nouns") or occasion(token))


def occasion(token: Any) -> bool:
    """An event named as where or when an act happened ("the promise was made at the
    U.S.-Japan summit", "during the talks"): an occasion, no party of the act."""
    return token is not None and token.pos_ == "NOUN" and token.dep_ == "pobj" and \
        token.head.lower_ in ("at", "during") and \
        token.lemma_.lower() in party_words().event_words
