"""Which noun of an item phrase names the goods.

A transfer's object is often not the goods themselves but an amount, a container or a kind
of them ("thousands of pieces of apparatuses", "tons of coal", "a shipment of oil"): the
goods sit at the end of a chain of "of" phrases. Other head nouns name something about goods
("names of warships", "a model of a car", "pictures of tanks"): the goods their phrases
mention are not what was handed over. Which heads carry their goods is data
(``data/goods_heads.yaml``), written for all news.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from sanctionwatch.datafiles import read_mapping, word_list
from sanctionwatch.errors import DataFileError
from sanctionwatch.events.money import find_money, money_words
from sanctionwatch.settings import PACKAGE_DATA

HEADS_FILE = PACKAGE_DATA / "goods_heads.yaml"
MAX_CHAIN = 6  # "hundreds of thousands of pieces of ..." is never longer than this


@dataclass(frozen=True)
class ItemHeads:
    """Head nouns that carry the goods of their "of" phrase, and containers that carry the
    goods named before them."""

    pass_through: frozenset[str]
    containers: frozenset[str]
    # pass-through heads whose "in" phrase names the goods too ("$300 million in military
    # aid", "a shipment in rifles"); under other heads "in" gives a place or time
    in_phrase: frozenset[str] = frozenset()
    # heads naming parts of other goods ("spare parts for fighter jets"): the goods they
    # are for decide the category
    parts: frozenset[str] = frozenset()
    # words that make a carrier arms ("military trucks"), and the carriers' categories
    war_modifiers: frozenset[str] = frozenset()
    war_carriers: frozenset[str] = frozenset()


def load_item_heads(path: Path = HEADS_FILE) -> ItemHeads:
    """The word lists; a missing or non-list key, or an ``in_phrase`` head that does not
    pass its goods through, is a DataFileError naming the key."""
    data = read_mapping(path)
    lists = {key: frozenset(word_list(data, key, path)) for key in
             ("pass_through", "containers", "in_phrase", "parts", "war_modifiers",
              "war_carriers")}
    stray = sorted(lists["in_phrase"] - lists["pass_through"])
    if stray:
        raise DataFileError(str(path), f"not in pass_through: {', '.join(stray)}", "in_phrase")
    return ItemHeads(pass_through=lists["pass_through"], containers=lists["containers"],
                     in_phrase=lists["in_phrase"], parts=lists["parts"],
                     war_modifiers=lists["war_modifiers"], war_carriers=lists["war_carriers"])


@lru_cache(maxsize=1)
def item_heads() -> ItemHeads:
    """The packaged lists, loaded on first use (never at import)."""
    return load_item_heads()


# dependency roles only a noun fills: a word in them that the tagger took for a verb is a
# noun ("exported luxury watches" with "watches" tagged VERB)
NOUN_ROLES = frozenset({"dobj", "pobj", "nsubjpass"})


def of_object(token: Any) -> Any:
    """The object of an "of" phrase directly under a token, if any."""
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lemma_.lower() == "of":
            for child in prep.children:
                if child.dep_ == "pobj":
                    return child
    return None


def word_forms(token: Any) -> set[str]:
    """The lemma, the word, and the word less a plural ending: the tagger's lemma is wrong
    for some plurals ("doses" -> "dos")."""
    text = token.text.lower()
    forms = {token.lemma_.lower(), text}
    if text.endswith("s"):
        forms.add(text[:-1])
    return forms


def carries_goods(token: Any, heads: ItemHeads) -> bool:
    """Whether a head stands for an amount, container or kind of what its "of" names."""
    return bool(token.like_num) or not word_forms(token).isdisjoint(heads.pass_through)


def goods_chain(head: Any, heads: ItemHeads) -> list[Any]:
    """The head, then each "of" object it passes the goods to: "thousands of pieces of
    apparatuses" -> [thousands, pieces, apparatuses]. The last is where the goods are."""
    chain = [head]
    node = head
    while len(chain) < MAX_CHAIN and carries_goods(node, heads):
        nxt = of_object(node)
        if nxt is None:
            break
        chain.append(nxt)
        node = nxt
    split = split_off(node, alone=len(chain) == 1)
    return [*chain, split] if split is not None else chain


def split_off(token: Any, alone: bool = False) -> Any:
    """The noun the parser split off an "of" phrase ending on ``token`` and hung elsewhere
    ("$3 million worth of luxury watches", parsed with "watches" a conjunct of the verb;
    "hundreds of Shahed-136 drones", with "drones" a second object):
    the next word, a noun the parse puts outside ``token``'s phrase though nothing stands
    between them. ``alone``: ``token`` is the whole object, not the end of an "of" chain;
    then only a plural the tagger read as a verb is split off ("exported Rolex watches"),
    since a second noun object is the goods given to the first ("sent Kim greetings")."""
    # a model name the tagger took for a pronoun ("Shahed-136") is a modifier like any other
    modifier = token.pos_ in ("NOUN", "ADJ", "PROPN") or (
        token.pos_ == "PRON" and not token.is_alpha)
    if token.i + 1 >= len(token.doc) or not token.whitespace_ or not modifier or \
            any(True for _ in token.rights):
        return None
    nxt = token.doc[token.i + 1]
    if nxt.head.i == token.i:
        return None
    if not alone and nxt.pos_ == "NOUN" and \
            nxt.dep_ in ("conj", "dobj", "nsubj", "npadvmod", "appos"):
        return nxt
    # a plural the tagger read as a verb of its own, right after a brand or a modifier
    # ("exported Rolex watches": "watches" a clause under the verb)
    if nxt.tag_ == "VBZ" and nxt.dep_ in ("ccomp", "conj") and not any(
            c.dep_ in ("nsubj", "nsubjpass", "aux") for c in nxt.children):
        return nxt
    return None


def about_goods(node: Any, is_goods: bool, heads: ItemHeads) -> set[int]:
    """Token indices the item must not read goods from: the prepositional phrases of a head
    noun that is neither goods nor a carrier of goods ("names of warships": the warships
    are what the names are about, not what was given)."""
    if node.pos_ != "NOUN" or is_goods or node.like_num:
        return set()
    if carries_goods(node, heads):  # a container BEFORE goods ("missile model") is not
        return set()  # one before its "of" phrase ("a model of a car")
    return {t.i for p in node.children if p.dep_ == "prep" for t in p.subtree}


def purpose_word(node: Any) -> Any:
    """The noun of a "for" phrase under a goods head ("apparatuses for indoor playgrounds"),
    read as a modifier: the phrase is the same goods as "playground apparatuses"."""
    for prep in node.children:
        if prep.dep_ == "prep" and prep.lemma_.lower() == "for":
            for child in prep.children:
                if child.dep_ == "pobj" and child.pos_ == "NOUN":
                    return child
    return None


def trailing_purpose(head: Any, end: Any) -> Any:
    """A "for" phrase right after the goods noun ``end`` that closes the object's phrase,
    hung on the verb by the parser ("sent apparatuses for indoor playgrounds to ..."): its
    noun, as for purpose_word."""
    last = max(t.i for t in head.subtree)
    if last != end.i or last + 1 >= len(head.doc):
        return None
    prep = head.doc[last + 1]
    if prep.dep_ != "prep" or prep.lemma_.lower() != "for" or prep.head.i != head.head.i:
        return None
    return next((c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "NOUN"), None)


# a money amount as news writes it (events/money.py, data/money.yaml): the small spaCy model
# misses many ("8,000 euros" is a CARDINAL, "$500,000" loses its "$"), and without its
# currency a value cannot be set against a threshold.
def money_in(sent: Any) -> tuple[str | None, frozenset[int]]:
    """The first money amount with its currency in a sentence ("worth $2 million", "valued
    at 8,000 euros") as written, else spaCy's first MONEY entity; and the indices of the
    tokens it covers (a number in it is no count of the goods)."""
    m = find_money(sent.text)
    if m is not None:
        lo, hi = sent.start_char + m.start(), sent.start_char + m.end()
        return m.group(0).strip(), frozenset(t.i for t in sent if lo <= t.idx < hi)
    ent = next((e for e in sent.ents if e.label_ == "MONEY"), None)
    if ent is None:
        return None, frozenset()
    return ent.text, frozenset(t.i for t in ent)


def money_amount(verb: Any, head: Any) -> bool:
    """Whether the phrase a money-moving verb's object heads is itself a sum of money ("paid
    $1.5 million to X", "transferred 700,000 euros"): the money is what moved. A number with
    no currency ("sent 300 to X") is no sum; the verbs are data (money.yaml moving_verbs)."""
    if verb.lemma_.lower() not in money_words().moving_verbs or \
            head.pos_ not in ("NUM", "SYM", "NOUN"):
        return False
    if head.ent_type_ == "MONEY":
        return True
    # the sum must be the phrase's head ("$1.5 million", "700,000 euros"), not a word it
    # describes ("received $250,000 fines": a penalty)
    phrase = head.doc[head.left_edge.i:head.right_edge.i + 1]
    m = find_money(phrase.text)
    at = head.idx - phrase.start_char
    return m is not None and m.start() == 0 and at < m.end()

