"""Who the parties of an event are where the verb's own subject and objects do not say.

Helpers of the coder's role reading (``coder.EventCoder._roles`` and ``_party``): control
("urged Iran to stop": Iran stops), the target of a reproach ("denounce X for supplying":
X supplies), purpose clauses ("sent aid to help the victims": the victims receive), the
origin adjective of goods ("Iranian drones": supplied from Iran), a means that is no agent
("delivered by ship"), and whether a description names people or a body at all (so a state
outlet's home state is given to "the province", never to "the ground").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from functools import cache, lru_cache
from itertools import chain, islice
from typing import Any

from sanctionwatch.annotate import Annotated
from sanctionwatch.annotate.kb import KnowledgeBase, cached_kb
from sanctionwatch.datafiles import read_yaml
from sanctionwatch.errors import DataFileError
from sanctionwatch.events.items import item_heads, split_off
from sanctionwatch.model import Entity, Party
from sanctionwatch.settings import PACKAGE_DATA

# "denounce X for supplying", "accuse X of supplying", "charged / tasked X with exporting"
REPROACH_PREPS = ("for", "of", "with")
PARTY_DATA = PACKAGE_DATA / "events" / "parties.yaml"
PAIR_ANAPHORS = {"latter": 1, "former": 2}  # "the latter": the last of the pair named before
# entity labels of words that are never a side of an act (times, amounts, places)
PLACE_TIME = ("DATE", "TIME", "MONEY", "QUANTITY", "CARDINAL", "LOC", "FAC")
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


def to_participles() -> frozenset[str]:
    """Participles with a "to" phrase of their own ("linked to", "tied to")."""
    return _party_list("to_participles")


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
        c.dep_ in ("amod", "compound") and c.lower_ in kb.foreign_words
        for c in token.children)  # "the world community": "world" is a compound


def others_of(token: Any) -> bool:
    """A party named by its relation to another one ("its allies", "Russia's partners",
    "the regime's backers"): another party than the possessor, and no state outlet's own
    unless the outlet's own voice owns them ("our friends")."""
    if token.lemma_.lower() not in _party_list("relational_nouns"):
        return False
    owner = next((c for c in token.children if c.dep_ == "poss"), None)
    return owner is not None and owner.lower_ not in ("our", "my")


def is_party_like(token: Any, people_nouns: frozenset[str] = frozenset()) -> bool:
    """A candidate party token: a proper name, a pronoun, or a noun for people or bodies."""
    return token.pos_ in ("PROPN", "PRON") or names_group(token, people_nouns) or \
        token.lemma_.lower() in party_words().hostile_words


def controller(node: Any, people_nouns: frozenset[str] = frozenset()) -> Any:
    """The object that does the act of the clause ``node`` heads, where grammar says so.

    Object control: "inciting the authorities to attack", "urged Iran to stop" (the object
    of the governing verb does the infinitive's act). A reproach or thanks: "denounce the
    U.S. for providing", "accused Seoul of supplying", "charged a dealer with exporting"
    (the object does the gerund's act; after "with" only a gerund, not "hit the town with
    shells"). None when neither holds.
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
            head.lower_ in REPROACH_PREPS and head.head.pos_ in ("VERB", "AUX") and \
            (head.lower_ != "with" or node.tag_ == "VBG"):
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


def message_author(noun: Any) -> Any:
    """Who a message conveyed by someone else is from: "conveyed the greetings sent by
    Putin" (Putin greets; the one who conveys is a messenger), "delivered a letter signed by
    the president"."""
    return participle_agent((noun,), _party_list("author_verbs"))


def participle_agent(nouns: Iterable[Any], verbs: frozenset[str] | None = None) -> Any:
    """The agent of the first participle describing one of ``nouns`` ("a message sent by
    X"); with ``verbs``, only a past participle of one of them counts. None if not told."""
    for noun in nouns:
        for acl in noun.children:
            if acl.dep_ != "acl" or (verbs is not None and (
                    acl.tag_ != "VBN" or acl.lemma_.lower() not in verbs)):
                continue
            author = agent_of(acl)
            if author is not None:
                return author
    return None


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


def goods_destination(goods: Any) -> Any:
    """The "to X" or "into X" the parser hung on the goods instead of the verb ("shipped
    millions of shells to Moscow", "smuggled coal into Vietnam", "sent hundreds of thousands
    of bags of rice to the farms": anywhere along the goods' "of" chain), or on a
    participle describing them ("sent blocks produced by the workers to the projects"),
    unless that participle takes a "to" of its own
    ("parts linked to North Korea": data/events/parties.yaml)."""
    heads, stack = [], [goods, *goods.conjuncts]  # "the basket and the letter to X"
    while stack:
        head = stack.pop()
        heads.append(head)
        for child in head.children:
            if child.dep_ == "prep" and (child.lower_ == "of" or (child.lower_ == "in" and (
                    head.lemma_.lower() in item_heads().in_phrase or any(
                        c.dep_ == "nummod" for c in head.children)))):
                # "$500 million in aid to Ukraine": the amount's "in" names the goods
                stack += [c for c in child.children if c.dep_ == "pobj"]
    # "worth of luxury watches to X": the goods noun the parser split off the "of" phrase
    heads += [split for head in heads[:] if head.dep_ == "pobj"
              for split in [split_off(head)] if split is not None]
    # "cars worth 2 million euros to buyers in Moscow": the value word the "to" hangs on
    amounts = item_heads().pass_through
    heads += [c for head in heads[:] for c in head.children
              if c.dep_ == "amod" and c.lemma_.lower() in amounts]
    heads += [acl for head in heads[:] for acl in head.children if acl.dep_ == "acl"
              and acl.tag_ == "VBN" and acl.lemma_.lower() not in to_participles()]
    for head in heads:
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ in ("to", "into"):
                pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
                # "into" leads to a place or a party ("into Vietnam"), not to what the
                # goods became or went in ("converted into cash", "into accounts")
                if pobj is not None and (prep.lower_ == "to" or pobj.ent_type_ in (
                        "GPE", "LOC", "NORP", "ORG") or is_party_like(pobj)):
                    return pobj
    return None


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
            while True:  # "extended support to X ... and ..., expressing": up the conjuncts
                for prep in main.children:
                    if prep.dep_ in ("prep", "dative") and prep.lower_ == "to":
                        return next((c for c in prep.children if c.dep_ == "pobj"), None)
                if main.dep_ != "conj" or main.head.i == main.i:
                    return None
                main = main.head
        node = node.head
    return None


def shared_object(verb: Any) -> Any:
    """The object a verb shares with the verb conjoined right after it ("bitterly denounces
    and rejects the behavior of the U.S.": both act on the behavior of the U.S.)."""
    doc, i = verb.doc, verb.i + 1
    while i < len(doc) and doc[i].pos_ == "ADV":
        i += 1
    if i >= len(doc) or doc[i].lower_ not in ("and", "or") or doc[i].dep_ != "cc":
        return None
    i += 1
    while i < len(doc) and doc[i].pos_ == "ADV":
        i += 1
    if i >= len(doc) or doc[i].pos_ != "VERB":
        return None
    return next((c for c in doc[i].children if c.dep_ == "dobj"), None)


PERSON_POSSESSIVES = ("his", "her")


def bound_subject(pronoun: Any) -> Any:
    """The subject a possessive pronoun is bound to in its own clause ("many countries are
    expressing their willingness to provide aid": their = many countries), when that
    subject is a noun named before it and of the pronoun's kind (his/her: a person)."""
    if pronoun.dep_ != "poss" or pronoun.pos_ != "PRON":
        return None
    owned = pronoun.head
    verb = owned.head if owned.dep_ in ("dobj", "attr", "pobj") else None
    if verb is not None and verb.dep_ == "prep":
        verb = verb.head
    if verb is None or verb.pos_ not in ("VERB", "AUX"):
        return None
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.i > pronoun.i or subject.pos_ not in ("NOUN", "PROPN"):
        return None
    person = subject.ent_type_ == "PERSON"
    if pronoun.lower_ in PERSON_POSSESSIVES and not person:
        return None
    if pronoun.lower_ == "its" and (person or subject.tag_ == "NNS"):
        return None
    return subject


def pair_anaphor(ann: Annotated, token: Any) -> Party | None:
    """"the latter" / "the former": the last / first of the two parties named last before
    it in the sentence ("the Soviet Union was the first to recognise North Korea and
    supported the latter": North Korea)."""
    rank = PAIR_ANAPHORS.get(token.lower_)
    if rank is None or not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
        return None
    order: list[Entity] = []
    sides: list[Entity] = []  # the parties of the clauses, not the names inside them
    for mention, entity in ann.mentions_in(token.sent.start_char, token.idx):
        order = [e for e in order if e.id != entity.id] + [entity]  # by last mention
        span = token.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is not None and not _nested_name(span.root):
            sides = [e for e in sides if e.id != entity.id] + [entity]
    if len(sides) >= rank:
        order = sides
    if len(order) < rank:
        return None
    entity = order[-rank]
    return Party(entity=entity.id, name=f"the {token.text}",
                 country=entity.countries[0] if entity.countries else None)


SIDE_DEPS = ("nsubj", "nsubjpass", "dobj", "dative", "pobj", "conj")


def pair_antecedent(token: Any) -> Any:
    """The head of the party "the latter" / "the former" points back to: the last / first
    of the two sides named last before it in the sentence, a side being a subject, object
    or counterpart that names people, a body or a state ("X met the Cuban ambassador at the
    hall when the latter paid a call on him": the ambassador), not a name that only
    describes another or places the act (``_nested_name``), nor a date."""
    rank = PAIR_ANAPHORS.get(token.lower_)
    if rank is None or not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
        return None
    sides = [t for t in token.sent if t.i < token.i and t.dep_ in SIDE_DEPS
             and (t.pos_ == "PROPN" or names_group(t)) and t.ent_type_ not in PLACE_TIME
             and not _nested_name(t)]
    return sides[-rank] if len(sides) >= rank else None


def _nested_name(head: Any) -> bool:
    """Whether a name only describes another party or places an act ("Lao ambassador", "a
    director of the WPK Central Committee", "at the Mansudae Assembly Hall", a dateline's
    agency): no side a "the latter" can point back to."""
    if head.dep_ in ("compound", "amod", "poss", "nmod", "npadvmod", "appos"):
        return True
    if head.dep_ == "pobj" and head.head.lower_ in party_words().locative_words:
        return True
    return any(t.dep_ == "appos" for t in head.ancestors)


def conjunct_subject(verb: Any) -> Any:
    """The subject of a conjoined verb the parser hung on the wrong head: conjoined verbs
    share their tense, so "the relationship goes back to 1948 when the Soviet Union was
    the first to recognise North Korea and also supported the latter" joins "supported"
    to "was" (past), not to "goes" (present): the Soviet Union supported."""
    finite = ("VBD", "VBZ", "VBP")
    if verb.dep_ != "conj" or verb.tag_ not in finite:
        return None
    head = verb.head
    if head.tag_ not in finite or head.tag_ == verb.tag_ or \
            {head.tag_, verb.tag_} == {"VBZ", "VBP"}:
        return None
    for tok in reversed(verb.doc[head.i + 1:verb.i]):
        if tok.tag_ == verb.tag_ and tok.pos_ in ("VERB", "AUX"):
            subject = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")),
                           None)
            if subject is not None:
                return subject
    return None


def stranded_subject(verb: Any) -> Any:
    """The subject the parser joined to the phrase before a finite verb instead ("put
    pressure on Russia and the ROK has openly sought to provide": the ROK sought): a
    verb with its own auxiliary but no subject, right after a conjoined noun."""
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return None
    lefts = [c for c in verb.lefts if c.dep_ in ("aux", "auxpass", "advmod", "neg")]
    if not any(c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBZ", "VBP", "VBD", "MD")
               for c in lefts):
        return None
    start = min(c.i for c in lefts)
    before = verb.doc[start - 1] if start > verb.sent.start else None
    if before is None or before.dep_ != "conj" or before.pos_ not in ("NOUN", "PROPN"):
        return None
    return before


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


def stray_agent(verb: Any) -> Any:
    """The "by X" of a passive that the parser hung on a noun of the verb's own phrases
    ("baskets were sent to the statues of X on Mansu Hill by the association": the
    association sent them). Never one inside a clause ("the area hit by floods")."""
    for prep in verb.subtree:
        if prep.dep_ not in ("prep", "agent") or prep.lower_ != "by" or prep.head.i == verb.i:
            continue
        node, inside = prep.head, True
        while node.i != verb.i:
            if node.dep_ not in ("pobj", "prep", "conj", "appos", "compound") and \
                    not postposed(node):
                inside = False
                break
            node = node.head
        pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if inside and pobj is not None and (pobj.pos_ == "PROPN" or names_group(pobj)) \
                and any(c.dep_ == "det" for c in pobj.children):
            return pobj
    return None


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


def member_of_group(token: Any, people_nouns: frozenset[str] = frozenset()) -> bool:
    """People named by the body they belong to ("cadres of the Party Central Committee",
    "workers of the factory"): a plural noun (or an office) whose "of" phrase names a group
    or body; not a thing of theirs ("the ambition of the allies", "the list of
    volunteers", "on behalf of the Party")."""
    if token.pos_ != "NOUN" or (token.tag_ != "NNS"
                                and token.lower_ not in party_words().office_words):
        return False
    return any(prep.dep_ == "prep" and prep.lower_ == "of" and any(
        p.dep_ == "pobj" and names_group(p, people_nouns) for p in prep.children)
        for prep in token.children)


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


def names_same_party(head: Any, appos: Any) -> bool:
    """Whether an apposition names the head's own party: any apposition to a name ("Kim
    Jong Un, leader of the DPRK"), a name beside a title ("the president, Vladimir
    Putin"); not a title beside a title, which in a list is another person ("the
    chairperson of X, general secretary of Y, ...")."""
    return bool(head.pos_ == "PROPN" or appos.pos_ == "PROPN" or appos.ent_type_ == "PERSON")


def office_holder(appos: Any) -> bool:
    """Whether an apposition is an office ("secretary of the WPK Central Committee",
    "member of the Political Bureau and secretary of ..."): its head or a conjunct is an
    office word of the knowledge base."""
    words = party_words().office_words
    return any(t.lower_ in words or t.lemma_.lower() in words
               for t in (appos, *appos.conjuncts))


def exchange_counterpart(verb: Any) -> Any:
    """Who an exchange is made with: the holder of what is got in return ("the Taliban
    swapped two hostages for three of its commanders held by the Afghan government": the
    Afghan government)."""
    if verb.lemma_.lower() not in _party_list("exchange_verbs"):
        return None
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "for":
            continue
        stack = [c for c in prep.children if c.dep_ == "pobj"]
        while stack:  # "three of its commanders held by X": along the "of" chain
            node = stack.pop()
            for child in node.children:
                if child.dep_ == "acl" and child.tag_ == "VBN":
                    holder = agent_of(child)
                    if holder is not None:
                        return holder
                if child.dep_ == "prep" and child.lower_ == "of":
                    stack += [c for c in child.children if c.dep_ == "pobj"]
    return None


def reciprocal_counterpart(verb: Any, actor: Any) -> Any:
    """The second of a coordinated subject of a joint act ("Jang Yong Gil and Andrei
    Zarenin signed the agreement": Zarenin is Jang's counterpart; "the U.S. and the ROK held
    a meeting": the ROK is the U.S.'s)."""
    if actor is None:
        return None
    if verb.lemma_.lower() not in _party_list("reciprocal_verbs") and not (
            # "A and B held talks"
            verb.lemma_.lower() in _party_list("held_verbs") | {"conduct"} and any(
                c.dep_ == "dobj" and c.lemma_.lower() in _party_list("reciprocal_nouns")
                for c in verb.children)):
        return None
    for child in actor.children:
        if child.dep_ == "conj" and (child.pos_ == "PROPN" or child.ent_type_ in (
                "PERSON", "GPE", "ORG", "NORP")):
            return child
        if child.dep_ == "appos" and child.ent_type_ == "GPE" == actor.ent_type_:
            return child  # "The US, Russia, and Switzerland met": a list read as apposition
    for adjective in actor.lefts:  # "Indian and Chinese troops clashed": the second side
        if adjective.dep_ == "amod" and adjective.ent_type_ == "NORP":
            return next(iter(adjective.conjuncts), None)  # (NER may miss the second)
    return None


def swallowed_name(token: Any) -> Any:
    """A name the parser made a compound of a date ("met with President Bashar Assad
    Tuesday": "Tuesday" heads "Assad"): the last named word before the date."""
    if token.ent_type_ not in ("DATE", "TIME"):
        return None
    return next((c for c in reversed(list(token.lefts)) if c.dep_ == "compound"
                 and c.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")), None)


def attack_agent(verb: Any) -> Any:
    """The state adjective on the attack or weapon a passive harm happened in ("killed in
    Israeli tank shelling", "wounded in a Russian drone strike"): who struck, when no "by
    X" says so. Returns the adjective token."""
    if any(c.dep_ == "agent" for c in verb.children):
        return None
    attacks = _party_list("attack_nouns")
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("in", "during", "under"):
            continue
        for pobj in (c for c in prep.children if c.dep_ == "pobj"):
            words = [pobj, *(c for c in pobj.lefts if c.dep_ == "compound")]
            if not any(w.lemma_.lower() in attacks for w in words) and not (
                    pobj.i + 1 < len(pobj.doc)
                    and pobj.doc[pobj.i + 1].lemma_.lower() in attacks):
                continue  # "tank shelling" read as "tank" + a clause: the next word
            mods = [m for w in words for m in w.lefts]  # "Russian drone strikes"
            for mod in mods:
                if mod.dep_ in ("amod", "compound", "nmod") and (
                        mod.ent_type_ in ("NORP", "GPE") or demonym_country(mod)):
                    return mod
    return None


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


def adjunct_objects(pronoun: Any) -> set[int]:
    """Character offsets of the words inside the adverbial clauses of the verb a subject
    pronoun is subject of: the understood subject of "while seeing X off, he ..." is he, so
    X is someone else, never his antecedent."""
    if pronoun.dep_ not in ("nsubj", "nsubjpass"):
        return set()
    # the clause's own subject stays: "if the U.S. and its followers go on, they will pay":
    # the U.S.
    own = {t.i for c in pronoun.head.children if c.dep_ == "advcl"
           for s in c.children if s.dep_ in ("nsubj", "nsubjpass") for t in s.subtree}
    return {t.idx for c in pronoun.head.children if c.dep_ in ("advcl", "prep")
            and c.i < pronoun.i for t in c.subtree if t.i not in own}


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


def anaphoric_noun(token: Any) -> bool:
    """A noun for a state or its government ("the government", "the regime")."""
    return bool(token.pos_ == "NOUN"
                and token.lemma_.lower() in party_words().anaphoric_nouns)


def between_sides(noun: Any, actor: Any) -> tuple[Any, Any]:
    """The sides of "cooperation/talks between A and B" on a light verb's object: with no
    actor, A acts towards B; an actor named as A (or standing apart, "Putin called for
    talks between Moscow and Kyiv") acts towards B, one named as B towards A. The
    "between" may hang on the verb of a passive ("talks were held between A and B")."""
    heads = [noun] + ([noun.head] if noun.dep_ == "nsubjpass" else [])
    prep = next((c for h in heads for c in h.children
                 if c.dep_ == "prep" and c.lower_ == "between"), None)
    first = next((c for c in prep.children if c.dep_ == "pobj"), None) \
        if prep is not None else None
    if first is None:
        return actor, None
    second = next((c for c in first.children if c.dep_ == "conj"), None)
    if actor is None:
        return first, second
    if second is not None and actor.lower_ == second.lower_:
        return actor, first
    return actor, second or first


REPROACH_AIMS = ("over", "against", "about", "into")


def reproach_target(noun: Any, preps: tuple[str, ...] = REPROACH_AIMS) -> Any:
    """Whom a reproach named by a noun is aimed at, through the deed it is about: "gave a
    serious warning over Zelenskiy's backbiting" (Zelenskiy), "protest against the U.S.
    move" (the U.S.), "criticism over Japan" (Japan), "an investigation into a Russian
    plot" (Russia, whose plot it is). ``preps``: the prepositions that name the aim (a
    stance: "support for Moldova's bid"). None for a deed with no named doer ("a warning
    over the tension", "an investigation into the fire")."""
    for prep in noun.children:
        if prep.dep_ != "prep" or prep.lower_ not in preps:
            continue
        for deed in (c for c in prep.children if c.dep_ == "pobj"):
            if deed.pos_ == "PROPN" or deed.ent_type_ in PARTY_ENTS:
                return deed
            doer = next((c for c in deed.children if c.dep_ in ("poss", "compound")
                         and c.i < deed.i and (c.pos_ == "PROPN" or c.ent_type_ in PARTY_ENTS)),
                        None) or _state_adjective(deed)
            if doer is not None:
                return doer
    return None


def _state_adjective(deed: Any) -> Any:
    """The state adjective on a deed ("a Russian plot", "Chinese hacking"): whose deed it
    is."""
    return next((c for c in deed.children if c.dep_ == "amod" and c.i < deed.i
                 and c.ent_type_ in ("NORP", "GPE")), None)


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


def bearer(noun: Any, people_nouns: frozenset[str] = frozenset()) -> Any:
    """The one a received thing comes from when no "from X" says so: its named possessor
    ("received Putin's letter") or its people "of" phrase ("received the credentials of
    the new Australian ambassador"); not an "of" that tells its kind ("a letter of
    thanks")."""
    owner = named_owner(noun)
    if owner is not None:
        return owner
    return next((o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                 for o in p.children if o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN")
                 and is_party_like(o, people_nouns)), None)


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


def circumstance(token: Any) -> bool:
    """A noun of circumstance that frames an act and is never its party ("on the occasion
    of ...", "on the ground", "seized control of ..."; data/events/parties.yaml), or an
    event named as the act's occasion (``occasion``)."""
    return token is not None and token.pos_ == "NOUN" and (
        token.lemma_.lower() in _party_list("circumstance_nouns") or occasion(token))


def state_entity(ann: Annotated, code: str) -> Entity | None:
    """The document's entity for a state (by its code), when the story names it: a capital
    standing for its state is that state's party ("talks in Moscow": Russia)."""
    return next((e for e in ann.entities if e.schema == "Country" and e.countries
                 and e.countries[0] == code), None)


# spaCy entity labels of names that can receive goods (people, states, bodies)
PARTY_ENTS = frozenset({"PERSON", "GPE", "NORP", "ORG"})


def misparsed_dative(verb: Any, people_nouns: frozenset[str]) -> tuple[Any, Any] | None:
    """(recipient, goods) of a double-object transfer the parser misread, else None.

    "X shipped Syria 20 tonnes of diesel": two direct objects, the first a party, so the
    first is the recipient and the second the goods. "X gifted Kim Jong Un an Aurus
    limousine": the goods were hung on the recipient's name as an apposition ("an ..." is
    a phrase of its own, not another name for the person).
    """
    objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    if len(objects) >= 2 and objects[0].i < objects[1].i \
            and is_party_like(objects[0], people_nouns) and objects[0].pos_ != "PRON" \
            and not is_party_like(objects[1], people_nouns):
        return objects[0], objects[1]
    named = [c for c in verb.children if (c.dep_ == "dative" and c.pos_ != "ADP") or (
        c.dep_ in ("dobj", "obj") and c.pos_ == "PROPN" and c.ent_type_ in PARTY_ENTS)]
    for dative in named:
        for appos in (c for c in dative.children if c.dep_ == "appos" and c.i > dative.i):
            has_det = any(d.dep_ in ("det", "nummod") for d in appos.children)
            if has_det and appos.pos_ == "NOUN" and not group_word(appos, people_nouns):
                return dative, appos
    return None


def titled_official(token: Any) -> bool:
    """A person named with a bare office title ("Vice Foreign Minister Kim Jong Gyu",
    "Ambassador Tong Chol Ho"): a state outlet names its own officials so and marks a
    foreign one by its state ("Russian Ambassador X", "the president of Laos")."""
    words = party_words().office_words - _party_list("head_titles")
    name = [c for c in token.lefts if c.dep_ == "compound"]
    return token.ent_type_ == "PERSON" and any(
        t.dep_ == "compound" and t.lower_ in words for c in name for t in c.subtree)


def misread_subject(verb: Any) -> Any:
    """A name before the verb that the parser hung as compounds on an adverb ("Choe Son
    Hui courteously conveyed": "Hui" under "courteously"): the subject it is."""
    for adverb in verb.lefts:
        if adverb.dep_ != "advmod" or adverb.pos_ != "ADV":
            continue
        names = [c for c in adverb.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
        if names and names[0].left_edge.i == verb.sent.start:
            return names[-1]
    return None


def participle_destination(verb: Any) -> Any:
    """The "to X" of a transfer the parser hung on a participle describing the goods
    ("handed over the basket bearing the name of Y to X": "to X" under "bearing") when
    that participle has no subject of its own nor takes a "to" itself."""
    for clause in verb.children:
        if clause.dep_ != "advcl" or clause.tag_ != "VBG" or \
                clause.lemma_.lower() in to_participles() or \
                any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
            continue
        for prep in clause.children:
            if prep.dep_ == "prep" and prep.lower_ == "to":
                pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
                if pobj is not None and (pobj.pos_ == "PROPN" or names_group(pobj)):
                    return pobj
    return None


def titled_name(text: str, entity: Entity) -> bool:
    """Whether a person is written with a bare office title ("Vice Foreign Minister Kim Jong
    Gyu"; not "Russian Deputy Minister of Trade X"), inside a mention or just before the
    name anywhere it is written (news gives the title once, also where the linker read the
    titled mention as another, longer name): see ``titled_official``."""
    words = party_words().office_words - _party_list("head_titles")
    if any(len(inside := m.text.lower().split()) > 1 and inside[0] in words
           for m in entity.mentions):
        return True
    starts = {m.start for m in entity.mentions} | {
        m.start() for m in re.finditer(re.escape(entity.name), text)}
    return any(_bare_title_before(text, start) for start in starts)


def _bare_title_before(text: str, start: int) -> bool | None:
    """Whether the words just before a name at ``start`` are a bare office title ("Vice-
    Minister of External Economic Relations Pak Song Chol"): True for a title with no state
    in it, False for one naming a state ("Russian Deputy Minister of Trade X"), None where
    no title comes before the name."""
    words: list[str] = []  # the capitalised title words, read backwards
    office: list[str] = []
    for word in reversed(text[max(0, start - 120):start].split()):
        bare = word.strip(",;:()\"'“”")
        if bare != word or not (bare[:1].isupper() or bare.lower() in _party_list("title_joiners")):
            break
        words.append(bare)
        office += [p for p in [*bare.lower().split("-"), bare.lower()]
                   if p in party_words().office_words]
    if not office or set(office) <= _party_list("head_titles"):
        return None
    states = _state_words()
    return not any(w.lower() in states for w in words)


def hyphen_head(token: Any) -> Any:
    """The last word of a hyphenated noun the parser split into sibling objects ("to the
    first vice-president of Iran": "vice", "-", "president" all objects of "to"): the
    word that carries the phrase's "of X"."""
    doc = token.doc
    while token.i + 2 < len(doc) and doc[token.i + 1].text == "-" and \
            not doc[token.i + 1].whitespace_ and doc[token.i + 2].head.i == token.head.i \
            and doc[token.i + 2].dep_ == token.dep_ and token.dep_ in ("pobj", "dobj"):
        token = doc[token.i + 2]
    return token


def from_to_recipient(verb: Any) -> Any:
    """The "to B" of a "from A to B" the parser hung on the "from" phrase ("conveyed the
    greetings from A to B"): where the message or goods went. A person, state or body
    only, never a range ("from January to May")."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "from":
            continue
        nodes = [prep, *(c for c in prep.children if c.dep_ == "pobj")]
        for to in (c for n in nodes for c in n.children):
            if to.dep_ != "prep" or to.lower_ != "to":
                continue
            pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
            if pobj is not None and pobj.ent_type_ not in ("DATE", "TIME") and (
                    pobj.ent_type_ in PARTY_ENTS or names_group(pobj)):
                return pobj
    return None


def agent_destination(agent: Any) -> Any:
    """The "to X" the parser hung on a passive's agent ("was handed over by the
    ambassador to the chairman"): the recipient; not an envoy's posting ("the ambassador
    to the DPRK")."""
    if agent is None:
        return None
    for prep in agent.children:
        if prep.dep_ != "prep" or prep.lower_ != "to":
            continue
        pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if pobj is None or not (pobj.ent_type_ in PARTY_ENTS or names_group(pobj)):
            continue
        if agent.lemma_.lower() in _party_list("envoy_words") and (
                pobj.ent_type_ in ("GPE", "NORP") or demonym_country(pobj) is not None):
            continue
        return pobj
    return None


def occasion(token: Any) -> bool:
    """An event named as where or when an act happened ("the promise was made at the
    U.S.-Japan summit", "during the talks"): an occasion, no party of the act."""
    return token is not None and token.pos_ == "NOUN" and token.dep_ == "pobj" and \
        token.head.lower_ in ("at", "during") and \
        token.lemma_.lower() in party_words().event_words


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


def named_giver(node: Any) -> Any:
    """X of "in the name of X" hung on goods or on the verb placing them ("a floral basket
    in the name of X was laid"): whose gift it is, where no one is said to have given it."""
    for prep in node.children:
        if prep.dep_ != "prep" or prep.lower_ != "in":
            continue
        for name in prep.children:
            if name.dep_ == "pobj" and name.lemma_.lower() == "name":
                owner = next((o for of in name.children if of.dep_ == "prep"
                              and of.lower_ == "of" for o in of.children
                              if o.dep_ == "pobj"), None)
                if owner is not None:
                    return owner
    return None


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
