"""Parse-tree readings the event coder shares: children by dependency, the objects of a
preposition, a clause's subject (inherited through conjuncts and control), objects read as
subjects, the acts one verb shares with its conjuncts, and the small verb tests built on them.

Pure functions of spaCy tokens (no lexicon, no document), so each can be read and tested alone.
"""

from __future__ import annotations

from typing import Any

from sanctionwatch.events.items import item_heads, of_object
from sanctionwatch.events.parties import (
    bound_subject,
    conjunct_subject,
    controller,
    is_party_like,
    stranded_subject,
)

SUBJECTS = ("nsubj", "csubj")
OBJECTS = ("dobj", "obj", "attr")


def _further(verb: Any, further_words: frozenset[str]) -> bool:
    """Whether a verb is told as one more act of its kind: "also", "again", "too" on it
    (or on the clause it is the infinitive of: "also plans to launch")."""
    nodes = [verb, verb.head] if verb.dep_ == "xcomp" else [verb]
    return any(c.dep_ == "advmod" and c.lower_ in further_words
               for node in nodes for c in node.children)


def _hyphen_windows(before: list[Any], size: int) -> list[list[str]]:
    """The last ``size`` words before a goods noun as written with hyphens ("dual-use
    goods" -> ["dual-use"]) and with the hyphens dropped ("iron-ore" -> ["iron"]): the
    tokenizer splits "dual-use" into three tokens, the vocabulary writes it as one word."""
    def hyphened(t: Any) -> bool:  # "use" in "dual-use": right after a hyphen, no spaces
        return t.i >= 2 and t.doc[t.i - 1].text == "-" and not t.doc[t.i - 1].whitespace_ \
            and not t.doc[t.i - 2].whitespace_

    if size <= 0 or not any(hyphened(t) for t in before):
        return []
    joined: list[str] = []
    for t in before:
        if t.text == "-":
            continue
        if joined and hyphened(t) and t.doc[t.i - 2].text.lower() == joined[-1].split("-")[-1]:
            joined[-1] += "-" + t.text.lower()
        else:
            joined.append(t.text.lower())
    bare = [w for word in joined for w in word.split("-")]
    return [joined[-size:], bare[-size:]]


def _names(noun: Any, words: tuple[str, ...]) -> bool:
    """Whether a noun is one of the words, alone or with its modifier ("armed force"), or
    counts them ("thousands of troops")."""
    lemma = noun.lemma_.lower()
    return lemma in words or any(f"{c.lemma_.lower()} {lemma}" in words
                                 for c in _modifiers(noun)) or any(
        _names(o, words) for o in _prep_objects(noun, ("of",)))


def _governing_verb(token: Any) -> Any:
    """The nearest verb above a token (the verb whose clause it is in), or None."""
    node = token.head
    while node.pos_ not in ("VERB", "AUX") and node.head.i != node.i:
        node = node.head
    return node if node.pos_ in ("VERB", "AUX") else None


def _modifiers(noun: Any) -> list[Any]:
    """The compound and adjective modifiers before a noun ("missile" in "a missile test")."""
    return [c for c in noun.lefts if c.dep_ in ("compound", "amod")]


def _prep_objects(token: Any, preps: tuple[str, ...]) -> list[Any]:
    """The objects of every given preposition directly under a token ("a satellite" in
    "the launch of a satellite"; "a message" in "replied to a message")."""
    return [o for p in _children(token, ("prep",)) if p.lower_ in preps
            for o in _children(p, ("pobj",))]


def _children(token: Any, deps: tuple[str, ...]) -> list[Any]:
    return [c for c in token.children if c.dep_ in deps]


def _first(tokens: list[Any]) -> Any:
    return tokens[0] if tokens else None


def _inherited_subject(verb: Any) -> Any:
    """The subject of the verb an infinitive, conjunct, participle or gerund hangs from
    ("conveyed information about gifting": the conveyer gifts)."""
    node = verb
    for _ in range(6):
        infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children)
        root = node.sent.root
        if node.dep_ == "acl" and node.tag_ in ("VBD", "VBN") and root.i < node.i and \
                root.pos_ in ("NOUN", "PROPN") and _children(node, ("dobj",)):
            # "The Russian ambassador, doyen of the corps, and ... handed over the baskets":
            # a participle with an object of its own is the main verb the parser missed,
            # and the noun it made the root is its subject
            return root
        if node.dep_ in ("relcl", "acl") and node.head.pos_ in ("NOUN", "PROPN") \
                and not infinitive and not _done_to(node):
            return node.head
        # the parser's misplaced subjects: "... was the first to X and also supported",
        # "... on Russia and the ROK has sought to"
        repaired = conjunct_subject(node) or stranded_subject(node)
        if repaired is not None:
            return repaired
        # "acomp": "Russia is due / ready / willing to deliver": the copula's subject
        if node.dep_ not in ("xcomp", "conj", "advcl", "ccomp", "pcomp", "prep", "pobj",
                             "dobj", "acl", "acomp") or node.head.i == node.i:
            return None
        if node.dep_ == "acl" and infinitive:  # "his willingness to provide": his
            owner = _first(_children(node.head, ("poss",)))
            if owner is not None:
                return bound_subject(owner) or owner
        controlling = controller(node)  # "urged Iran to stop", "denounce X for supplying"
        if controlling is not None:
            return controlling
        # "Obama is scheduled to attend", "X was urged to stop": the passive's subject; so
        # too "X was accused / suspected / arrested of or for supplying", "X was charged
        # with exporting": X did it
        deps = (*SUBJECTS, "nsubjpass") if node.dep_ == "xcomp" or (
            node.dep_ == "prep" and node.lower_ in ("of", "for", "with")) else SUBJECTS
        node = node.head
        subj = _first(_children(node, deps))
        if subj is not None and subj.dep_ == "nsubjpass" and not is_party_like(subj):
            subj = None  # "the room was used to display": an instrument does not act
        if subj is not None and subj.tag_ in ("WDT", "WP") and node.dep_ == "relcl":
            return node.head  # "the U.S., which set conditions when supplying": the U.S.
        if subj is not None:
            return subj
    return None


def _done_to(clause: Any) -> bool:
    """A gerund the parser hung on the thing a verb acts on ("kicked off live ammunition
    firing drills": "firing" on "ammunition"): a thing that is an object does not act,
    the governing verb's subject does."""
    head = clause.head
    if clause.dep_ != "acl" or clause.tag_ != "VBG" or head.i != clause.i - 1 or \
            head.dep_ not in ("dobj", "pobj") or not _thing(head) or head.ent_type_:
        return False
    # one noun phrase read as a clause: no determiner on either noun ("a tanker carrying
    # oil" is a tanker that carries)
    obj = next((c for c in clause.children if c.dep_ == "dobj" and c.i == clause.i + 1), None)
    return obj is not None and not any(c.dep_ in ("det", "poss") for n in (head, obj)
                                       for c in n.children)


def _thing(token: Any) -> bool:
    """A pronoun or noun for a thing ("it", "help"), not for people or a body."""
    if token.pos_ == "PRON":
        return token.lower_ in ("it", "this", "that")
    return token.pos_ == "NOUN" and not is_party_like(token)


def _agentless_passive(verb: Any) -> bool:
    """A passive with no "by" agent ("were handed over to the farm")."""
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children) and not any(
        c.dep_ == "agent" for c in verb.children)


def _prep_of(token: Any) -> str:
    """The preposition a noun is the object of ("" for none)."""
    return token.head.lemma_.lower() if token.dep_ == "pobj" else ""


def _light_objects(verb: Any) -> list[Any]:
    """A light verb's object nouns: its objects or the subject of its passive ("a summit
    was held"). A participle describing a noun ("the summit held last June") is background.
    An amount or a kind of something stands for it ("imposed a new round of sanctions", "a
    package of tariffs": the sanctions, the tariffs)."""
    out = []
    for obj in _children(verb, (*OBJECTS, "nsubjpass")):
        inner = of_object(obj) if obj.lemma_.lower() in item_heads().pass_through else None
        out.append(inner if inner is not None else obj)
    return out


def _adjunct(node: Any) -> bool:
    """An adverbial clause beside a saying, not its content: "Expressing thanks ..., he
    said", "X stressed ..., while Y condemned the move"."""
    return node.dep_ == "advcl" and (node.tag_ == "VBG" or any(
        c.dep_ == "mark" and c.lower_ not in ("that", "whether", "if")
        for c in node.children))


def _verb_misread(token: Any) -> bool:
    """A verb the tagger read as a noun: "bitterly denounces" (a manner adverb in -ly
    modifies verbs, not nouns) in a conjunction of verbs."""
    return token.tag_ == "NNS" and token.dep_ == "conj" and any(
        c.dep_ == "advmod" and c.tag_ == "RB" and c.lower_.endswith("ly")
        for c in token.children)


def _purpose(verb: Any) -> bool:
    """An infinitive of purpose under a state or a noun ("is on a visit to Russia to attend
    the forum", "a plan to attack"): what was meant to happen, not what did. Under an act
    ("staged a rally to denounce the U.S.") the purpose is carried out by the act."""
    return verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to"
                                     for c in verb.children) and (
        verb.dep_ == "acl" or (verb.dep_ == "advcl" and verb.head.lemma_ == "be"))


def _purpose_is(verb: Any, words: tuple[str, ...]) -> bool:
    """Whether the purpose told for an act ("to celebrate the win", "for the parade"), if any,
    holds one of ``words``; an act with no purpose told passes."""
    purposes = [c for c in verb.children if c.dep_ in ("advcl", "xcomp") and any(
        a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
    purposes += [o for p in _children(verb, ("prep",)) if p.lower_ == "for"
                 for o in _children(p, ("pobj",))]
    return not purposes or any(t.lemma_.lower() in words for p in purposes for t in p.subtree)


def _conditioned_party(verb: Any, pronoun: Any, marks: frozenset[str]) -> Any:
    """The named subject of a verb's condition clause (marked by one of ``marks``) that a
    pronoun in the main clause takes up ("if the ROK goes on, it will face ..."): the party
    warned, or None."""
    if pronoun is None or pronoun.lower_ not in ("it", "they"):
        return None
    return _condition_subject(verb, marks)


def _condition_subject(verb: Any, marks: frozenset[str]) -> Any:
    """The named subject of a verb's condition clause ("if Israel attacks, Tehran would
    respond": Israel), the one a conditional threat is aimed at; None if unnamed."""
    for clause in _children(verb, ("advcl",)):
        if any(m.dep_ == "mark" and m.lower_ in marks for m in clause.children):
            subject = _first(_children(clause, ("nsubj",)))
            if subject is not None and subject.pos_ == "PROPN":
                return subject
    return None


def _jail_term(verb: Any) -> Any:
    """The term a verb's object names in prison ("faces 10 years in prison", "a maximum of
    20 years in jail", "life in prison"), or None."""
    for obj in _children(verb, ("dobj",)):
        places = [*obj.subtree, *(o for p in _children(verb, ("prep",)) for o in p.children)]
        if any(tok.dep_ == "pobj" and tok.lemma_.lower() in ("prison", "jail") and
               tok.head.lower_ == "in" for tok in places):
            return obj  # (the parser may hang "in prison" on the verb)
    return None


def _means_of(verb: Any) -> Any:
    """The act a "by V-ing" clause is the means of ("will respond by scattering rubbish":
    respond), or None."""
    prep = verb.head
    if verb.dep_ != "pcomp" or prep.lower_ != "by" or prep.dep_ != "prep" or \
            prep.head.pos_ not in ("VERB", "AUX"):
        return None
    return prep.head


def _evaluated(verb: Any) -> bool:
    """A participle describing the subject of a copula with a judgement ("the bouquets
    presented to the veterans were an expression of reverence", "the aid sent last year was a
    great encouragement"): the sentence evaluates an act told before."""
    head = verb.head
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or head.dep_ != "nsubj":
        return False
    copula = head.head
    return copula.lemma_ == "be" and any(c.dep_ in ("attr", "acomp") for c in copula.children)


def _describes(verb: Any, time_nouns: frozenset[str]) -> bool:
    """A relative clause or a participle describing a noun ("the money NASA requested",
    "bombs banned by law", "forces attacking the town"): background to the sentence's own
    act. Kept: an aside on a named party ("the United States, which accuses him of ..."
    states a fact of its own), a clause under a time noun ("the day when they met"), and an
    "-ing" form under a thing (the parser's "ammunition firing drills")."""
    head = verb.head
    if head.i == verb.i or head.pos_ not in ("NOUN", "PROPN", "PRON") or \
            head.ent_type_ in ("DATE", "TIME") or head.lemma_.lower() in time_nouns:
        return False  # "the fourth time I have been deported": the act is told
    if verb.dep_ == "relcl":
        aside = head.pos_ == "PROPN" and verb.left_edge.i > 0 and \
            verb.doc[verb.left_edge.i - 1].text == ","
        return not aside
    if verb.dep_ != "acl":
        return False
    return verb.tag_ == "VBN" or (verb.tag_ == "VBG" and is_party_like(head))


def _from_object(token: Any, preps: tuple[str, ...] = ("from",)) -> Any:
    """The object of a "from X" (or other given preposition) under a token or under its
    "of" phrase ("messages of greeting from the president": the parser hangs the "from"
    on "greeting")."""
    found = _first(_prep_objects(token, preps))
    if found is not None or "of" in preps:
        return found
    return next((_from_object(pobj, preps) for p in _children(token, ("prep",))
                 if p.lemma_.lower() == "of" for pobj in _children(p, ("pobj",))), None)


def _origin(goods: Any) -> Any:
    """The state word modifying goods ("Russian crude", "North Korean coal"), if any."""
    if goods.pos_ not in ("NOUN", "PROPN"):
        return None
    before = [t for c in goods.lefts if c.dep_ in ("amod", "compound", "nmod")
              for t in c.subtree]  # "Russian fighter jets": on the jets or on "fighter"
    return next((t for t in before if t.dep_ in ("amod", "compound", "nmod")
                 and t.ent_type_ in ("NORP", "GPE")), None)


def _same_act(verb: Any) -> frozenset[int]:
    """Verbs telling the verb's own act: conjuncts where one has no object of its own ("oppose
    and reject the buildup") and means or manner clauses under it ("killed civilians by
    shelling the city", "attacked, killing ...")."""
    out = {verb.i}
    has_obj = bool(_children(verb, OBJECTS))
    for conj in verb.conjuncts:
        if not has_obj or not _children(conj, OBJECTS):
            out.add(conj.i)
    for prep in _children(verb, ("prep",)):
        if prep.lemma_.lower() in ("by", "through", "with"):
            out.update(c.i for c in _children(prep, ("pcomp",)))
    out.update(c.i for c in _children(verb, ("advcl",)) if c.tag_ == "VBG")
    return frozenset(out)


def _shared_object(verb: Any) -> frozenset[int]:
    """The verb and its conjuncts that act on one object only one of them carries ("strongly
    denounces and rejects the statement"): neither of the pair has another object or a
    clause of its own ("accused X of meddling and warned that ..." tells two acts)."""
    def own(v: Any) -> bool:
        return bool(_children(v, (*OBJECTS, "ccomp", "xcomp", "dative")))
    out = {verb.i}
    for conj in verb.conjuncts:
        if own(verb) != own(conj):
            out.add(conj.i)
    return frozenset(out)


def _levels(chain: list[Any]) -> list[int]:
    """How many governing (non-conjunct) links lie between the event verb and each node of
    its chain to the root: conjuncts of the verb stay at its own level 0."""
    out, level = [0], 0
    for below in chain[:-1]:
        level += below.dep_ != "conj"
        out.append(level)
    return out


def _has_aux(verb: Any) -> bool:
    """Whether a verb carries its own auxiliary (then a sibling's tense is not its own)."""
    return any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def _to_object(noun: Any, preps: tuple[str, ...] = ("to", "with")) -> Any:
    """The "to X"/"with X" under a light verb's object noun or its "of" phrase ("on X"
    for sanctions: "imposed sanctions on X")."""
    for tok in noun.subtree:
        if tok.dep_ == "prep" and tok.lemma_.lower() in preps:
            return _first(_children(tok, ("pobj",)))
    return None


def _done(verb: Any) -> bool:
    """Whether a verb reports its act as completed: the perfect ("has offered") or a
    passive participle with its agent ("weapons offered by the U.S.")."""
    if verb.tag_ != "VBN":
        return False
    if any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children):
        return True
    return verb.dep_ == "acl" and any(c.dep_ == "agent" for c in verb.children)


def _user_of(goods: Any) -> Any:
    """Who uses goods: the subject of the verb they are the object of, directly or through
    a preposition ("attacked the city with U.S.-supplied missiles")."""
    node = goods
    for _ in range(3):
        if node.dep_ not in ("dobj", "pobj", "prep", "obj") or node.head.i == node.i:
            break
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            return _first(_children(node, SUBJECTS)) or _inherited_subject(node)
    return None


def _in_clause(token: Any, head: Any) -> bool:
    """True for tokens of a relative or participial clause hanging off the item."""
    node = token
    while node.i != head.i:
        if node.dep_ in ("relcl", "acl", "punct", "cc", "appos"):
            return True
        if node.dep_ == "prep" and node.lemma_.lower() in ("from", "to", "into"):
            return True  # "a basket from the ambassador", "coal into Vietnam": the sender
            # and the destination are no part of the goods
        if node.dep_ == "prep" and node.lemma_.lower() in (
                "on", "about", "over", "regarding", "in", "at", "off", "near", "during",
                "after", "before", "since", "under") and not (
                node.lemma_.lower() == "in" and (node.head.like_num or node.head.lemma_.lower()
                                                 in item_heads().in_phrase)
                and not any(c.ent_type_ in PLACE_OR_TIME for c in node.children)):
            # "details on payment", "oil in transfers off the coast": no goods; but "$300
            # million in military aid" is (and "worth $2 million in April" is a time)
            return True
        if node.head.i == node.i:
            return False
        node = node.head
    return False


# entity labels of a place or a time: an "in" phrase naming one is no goods
PLACE_OR_TIME = ("DATE", "TIME", "GPE", "LOC")


def _adverb_preps(verb: Any, place_adverbs: frozenset[str]) -> set[str]:
    """Prepositions the parser hung on a place adverb of the verb ("left here for Russia",
    "returned home from Moscow"): they belong to the verb."""
    return {p.lemma_.lower() for c in verb.children
            if c.dep_ == "advmod" and c.lower_ in place_adverbs
            for p in c.children if p.dep_ == "prep"}


def _needed_prep_on_object(verb: Any, needs: tuple[str, ...],
                           place_adverbs: frozenset[str]) -> Any:
    """The object of a needed preposition the parser hung on the verb's direct object
    ("discussed trade with Xi": Xi), on its adverb of place ("left here for Russia":
    Russia) or on its means ("spoke by telephone with Zelensky": Zelensky), if any."""
    for obj in [*_children(verb, ("dobj",)),
                *(a for a in _children(verb, ("advmod",)) if a.lower_ in place_adverbs),
                *(m for p in _children(verb, ("prep",)) if p.lower_ == "by"
                  for m in _children(p, ("pobj",)))]:
        for prep in _children(obj, ("prep",)):
            if prep.lower_ in needs:
                found = _first(_children(prep, ("pobj",)))
                if found is not None:
                    return found
    return None


def _words(tokens: list[Any]) -> str:
    """The tokens as text, gaps closed with a space."""
    out, last = [], None
    for tok in tokens:
        if last is not None and tok.i != last + 1:
            out.append(" ")
        out.append(tok.text_with_ws)
        last = tok.i
    return "".join(out)


def _object_read_as_subject(verb: Any) -> Any:
    """"provided beams and other materials for roofing and its employees conducted a
    campaign": in a long sentence the parser may hang a transfer's object as the subject of
    the next clause. A noun starting right after a transfer verb with no object of its own
    (so no "that" between), heading the subject of a clause under it, is the verb's object."""
    if _children(verb, (*OBJECTS, "dative", "nsubjpass")):
        return None
    for clause in _children(verb, ("ccomp",)):
        subject = _first(_children(clause, ("nsubj",)))
        if subject is not None and subject.pos_ == "NOUN" and \
                subject.left_edge.i == verb.i + 1:
            return subject
    return None


def _goods_before_worth(verb: Any) -> Any:
    """The goods noun the parser hung on "worth" instead of the transfer verb: "exported
    coal worth $400 million to China" ("coal" under "worth", "worth" under the verb);
    "luxury cars worth $100,000 each were exported" ("worth" made the clause's head, the
    passive verb its conjunct, the goods its subject). None where the verb has an object or
    passive subject of its own."""
    if _children(verb, (*OBJECTS, "dative", "nsubjpass")):
        return None
    worths = [c for c in verb.children if c.lower_ == "worth"]
    if verb.dep_ == "conj" and verb.head.lower_ == "worth" and \
            any(c.dep_ == "auxpass" for c in verb.children):
        worths.append(verb.head)
    for worth in worths:
        goods = next((c for c in worth.children if c.i < worth.i and c.pos_ == "NOUN"
                      and c.dep_ in ("npadvmod", "nsubj", "dobj")), None)
        if goods is not None:
            return goods
    return None


def _count_words(tokens: list[Any], money: frozenset[int]) -> str | None:
    """The item's count as written, with the number words that scale it ("1.5 million" of
    "1.5 million barrels", not "1.5"), outside its money amount."""
    first = next((j for j, t in enumerate(tokens) if (t.dep_ == "nummod" or t.like_num)
                  and t.i not in money), None)
    if first is None:
        return None
    run = [tokens[first]]
    for t in tokens[first + 1:]:
        if not t.like_num or t.i in money or t.i != run[-1].i + 1:
            break
        run.append(t)
    return " ".join(t.text for t in run)


def _state_scene(verb: Any) -> Any:
    """The place an act happened when it names a state ("at a Russian shipyard", "in
    China"): its noun, else None (a place of no named state is no party)."""
    for prep in _children(verb, ("prep",)):
        if prep.lemma_.lower() not in ("at", "in"):
            continue
        place = _first(_children(prep, ("pobj",)))
        if place is not None and place.ent_type_ not in ("DATE", "TIME") and (
                place.ent_type_ == "GPE" or any(t.ent_type_ in ("GPE", "NORP")
                                                for t in place.lefts)):
            return place
    return None


def _helped(verb: Any) -> Any:
    """The party helped to act, named: the subject of a bare infinitive ("helped North Korea
    launch a satellite") or the object before a "to" infinitive ("helped Iran to build
    drones"). Help as a purpose ("lectures to help the working people observe the rules"),
    as the manner of another act ("issue subsidies ..., helping them buy machinery") or to
    people described, not named ("helps her children do more work", "helps clinicians
    leverage data"), is no assistance between parties."""
    if verb.tag_ == "VBG" or any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    helped = _clause_subject(verb, infinitive=False)
    if helped is None and _children(verb, ("xcomp",)):
        helped = _first(_children(verb, ("dobj",)))
    if helped is None or not (helped.pos_ == "PROPN" or helped.ent_type_ in (
            "GPE", "NORP", "ORG", "PERSON")):
        return None
    return helped


def _clause_subject(verb: Any, infinitive: bool = True) -> Any:
    """The subject of an infinitive clause under a verb ("wants Trump to lift ..."), or of
    any complement clause ("demanded that Tokyo withdraw ...")."""
    for clause in _children(verb, ("ccomp", "xcomp")):
        if not infinitive or any(c.dep_ == "aux" and c.lower_ == "to"
                                 for c in clause.children):
            subject = _first(_children(clause, ("nsubj",)))
            if subject is not None:
                return subject
    return None


QUOTES = frozenset({'"', "“", "”", "'", "‘", "’", "``", "''"})  # a first person quoted


WH_TAGS = frozenset({"WDT", "WP", "WP$", "WRB"})  # which, who, whose, how: a question


def _wh_question(sent: Any, verb: Any) -> bool:
    """Whether the verb's sentence is a wh-question put about it ("Why have fans boycotted
    the event?", "What charges does he face?"); "Who sold the arms?" asks who did an act it
    still tells (its wh-word is the subject) and stays a question about an act."""
    words = [t for t in sent if not t.is_punct and t.text not in QUOTES]
    if not words or not sent.text.rstrip().rstrip("\"'”’").endswith("?") or verb.dep_ != "ROOT":
        return False
    first = words[0]
    return first.tag_ in WH_TAGS and first.dep_ not in ("nsubj", "nsubjpass") and \
        first.head.dep_ not in ("nsubj", "nsubjpass")


def _after_dateline(head: Any) -> Any:
    """A head inside a dateline ("Pyongyang, May 1 (KCNA) -- tractors ... were sent", the
    parser hanging the goods under the city) gives way to the top word after the dash."""
    dash = next((t.i for t in head.sent if t.i > head.i and t.text in ("--", "—")), None)
    if dash is None:
        return head
    rest = [t for t in head.subtree if t.i > dash and t.pos_ in ("NOUN", "PROPN")]
    tops = [t for t in rest if t.head.i <= dash]
    return tops[0] if tops else head


def _hyphen_country(noun: Any) -> str | None:
    """The first state named in a hyphenated modifier of an event noun ("a U.S.-Britain
    summit", "the Russia-Ukraine talks"): the first named member acts."""
    from rigour.territories import lookup_territory

    for mod in noun.lefts:
        for part in mod.text.split("-") if "-" in mod.text else ():
            territory = lookup_territory(part)
            if territory is not None and len(territory.code) == 2:
                return territory.code
    return None


def _past_dateline(sent: Any, subject: Any, verb: Any) -> Any:
    """A subject inside a dateline ("Pyongyang, May 1 (KCNA) --", "MOSCOW (Reuters) -") is
    not the actor: the first noun after the dash that heads the words before the verb is."""
    if subject is None:
        return None
    dash = next((t for t in sent if t.i < verb.i and (t.text in ("--", "—", "–") or (
        t.text == "-" and t.i > 0 and t.nbor(-1).text == ")"))), None)  # "(Reuters) -"
    if dash is None or subject.i > dash.i:
        return subject
    after = [t for t in sent if dash.i < t.i < verb.i and t.pos_ in ("PROPN", "NOUN")
             and not (dash.i < t.head.i < verb.i)]
    return after[0] if after else None


def _line_span(text: str, sent: Any, verb: Any) -> tuple[int, int]:
    """The sentence cut to the line holding the trigger (spaCy joins headings to text)."""
    start, end = sent.start_char, sent.end_char
    cut = text.rfind("\n", start, verb.idx)
    if cut >= 0:
        start = cut + 1
    nl = text.find("\n", verb.idx, end)
    if nl >= 0:
        end = nl
    while end > start and text[end - 1].isspace():
        end -= 1
    while start < end and text[start].isspace():
        start += 1
    return start, end


def _asks_question(verb: Any, asking: frozenset[str]) -> bool:
    """Whether a verb's clause is a question ("asked if X", "asked whether X", "asked
    officials which district it was", 'asked, "Could it live there?"'): information sought,
    not an act."""
    asked = _children(verb, ("dobj", "dative"))
    # "asked an official if the houses had gone"; "asked officials which district it was",
    # read by the parser as a relative clause (a relative's "who", "which" is no question)
    # ("if aid is necessary, he would ask for it" is a condition: before the verb, or with
    # something asked for or to be done)
    content = _children(verb, ("xcomp",)) or [
        p for p in _children(verb, ("prep",)) if p.lower_ == "for"]
    clauses = [*_children(verb, ("ccomp",)),
               *(c for c in _children(verb, ("advcl",)) if c.left_edge.i > verb.i
                 and not content and verb.lemma_.lower() in asking),
               *(c for o in asked for c in _children(o, ("relcl",)) if c.left_edge.dep_ == "det"
                 or c.left_edge.lower_ in ("how", "what", "why"))]
    for clause in clauses:
        if any(c.dep_ == "mark" and c.lower_ in ("if", "whether") for c in clause.children) \
                or clause.left_edge.tag_ in WH_TAGS or _ends_in_question(clause):
            return True  # (a quoted question: 'asked, "Could it live there?"')
    if verb.lemma_.lower() in asking and any(
            p.lower_ == "about" for p in _children(verb, ("prep",))) and not _children(
            verb, ("xcomp", "ccomp")):
        return True  # "asked its official about a way for widening the room": a question
    after = [c for c in verb.children if c.i > verb.i]
    return any(c.tag_ == "``" for c in after) and any(c.text == "?" for c in after)


def _ends_in_question(clause: Any) -> bool:
    """Whether a clause is a question put ("?" at its end, where the parser may hang it
    on the governing verb)."""
    end = clause.right_edge.i + 1
    after = clause.doc[end].text if end < len(clause.doc) else ""
    return "?" in (str(clause.right_edge.text), str(after))
