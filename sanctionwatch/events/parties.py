"""Who the parties of an event are where the verb's own subject and objects do not say.

Helpers of the coder's role reading (``coder.EventCoder._roles`` and ``_party``): control
("urged Iran to stop": Iran stops), the target of a reproach ("denounce X for supplying":
X supplies), purpose clauses ("sent aid to help the victims": the victims receive), message
authors and bearers, pair anaphors ("the latter"), a means that is no agent ("delivered by
ship"), and whether a description names people or a body at all. Which state a word names
is ``states``'s; where an act took place and who hosted it is ``scenes``'s.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from sanctionwatch.annotate import Annotated
from sanctionwatch.events.items import item_heads, split_off
from sanctionwatch.events.states import (
    PARTY_ENTS,
    _nested_name,
    _party_list,
    _state_words,
    demonym_country,
    group_word,
    named_owner,
    names_group,
    party_words,
    postposed,
)
from sanctionwatch.model import Entity, Party

# "denounce X for supplying", "accuse X of supplying", "charged / tasked X with exporting"
REPROACH_PREPS = ("for", "of", "with")
PAIR_ANAPHORS = {"latter": 1, "former": 2}  # "the latter": the last of the pair named before
# entity labels of words that are never a side of an act (times, amounts, places)
PLACE_TIME = ("DATE", "TIME", "MONEY", "QUANTITY", "CARDINAL", "LOC", "FAC")


def to_participles() -> frozenset[str]:
    """Participles with a "to" phrase of their own ("linked to", "tied to")."""
    return _party_list("to_participles")


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
