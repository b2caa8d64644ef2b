"""Items of an event: the goods phrase under a verb (category, HS code, quantity, value),
goods named by an antecedent ("them"), parts of goods ("parts for drones"), and the goods
tests the type rules lean on (a weapon, forces, military people).
"""

from __future__ import annotations

from typing import Any

from sanctionwatch.annotate import Annotated
from sanctionwatch.events.base import CoderBase
from sanctionwatch.events.items import (
    NOUN_ROLES,
    about_goods,
    goods_chain,
    item_heads,
    money_amount,
    money_in,
    purpose_word,
    trailing_purpose,
)
from sanctionwatch.events.lexicon import Good, Trigger
from sanctionwatch.events.money import money_words
from sanctionwatch.events.syntax import (
    _after_dateline,
    _children,
    _count_words,
    _hyphen_windows,
    _in_clause,
    _modifiers,
    _names,
    _prep_objects,
)
from sanctionwatch.model import Item


class ItemReader(CoderBase):
    """Reads the goods a verb moves; a layer of :class:`~.coder.EventCoder`."""

    def _military_people(self, token: Any) -> bool:
        """Whether a noun names soldiers (the goods vocabulary's military personnel)."""
        return self._names_good(token, frozenset({"military_personnel"}), alone=True)

    def _is_weapon(self, token: Any) -> bool:
        """Whether a word names a weapon in the goods vocabulary, alone or with the words
        before it ("missile", "reconnaissance satellite"; not "helicopter" for "attack
        helicopter")."""
        return self._names_good(token, self.lex.military_categories)

    def _names_good(self, token: Any, categories: frozenset[str], alone: bool = False) -> bool:
        """Whether a word names goods of one of the categories in the goods vocabulary, with
        the words before it where the entry has several; ``alone``: one-word entries only."""
        return any(good.category in categories for good in self._goods_named(token, alone))

    def _goods_named(self, token: Any, alone: bool = False) -> list[Good]:
        """The goods entries a word names together with the words before it ("aircraft
        carrier", not "bulk carrier", for "carrier" after "aircraft"); ``alone``: one-word
        entries only."""
        doc = token.doc
        found = []
        for form in {token.lemma_.lower(), token.lower_}:
            for good in self.lex.goods.get(form, []):
                n = len(good.lemmas)
                if alone and n > 1:
                    continue
                before = [t.lemma_.lower() for t in doc[max(token.i - n + 1, 0):token.i]]
                if list(good.lemmas[:-1]) == before:
                    found.append(good)
        return found

    def _is_force(self, token: Any) -> bool:
        """A weapon or a warship (HS 8906): what a show of force sends ("a U.S. nuclear
        submarine entered Busan", "strategic bombers arrived at Guam")."""
        return any(good.category in self.lex.military_categories or good.hs == "8906"
                   for good in self._goods_named(token))

    def _forces(self, noun: Any) -> bool:
        """Whether a noun names military forces or weapons: a weapon of the goods vocabulary
        ("bombers", "troops") or a military object of a mobilization trigger ("warships",
        "special forces"); not "staff", "nurses" or "riot police"."""
        return self._is_weapon(noun) or any(
            _names(noun, t.objects) for ts in self.lex.triggers.values() for t in ts
            if t.type == "MOBILIZE" and t.objects)

    def _names_weapon(self, noun: Any) -> bool:
        """Whether an event noun names the weapon it is of: a modifier ("a missile test",
        "nuclear tests") or its "of" object ("the launch of a reconnaissance satellite")."""
        words = [*_modifiers(noun),
                 *(w for pobj in _prep_objects(noun, ("of",)) for w in (pobj, *_modifiers(pobj)))]
        return any(self._is_weapon(word) for word in words)

    def _needed_goods(self, verb: Any, obj: Any, ann: Annotated, trigger: Trigger,
                      goods: dict[int, Item | None]) -> bool:
        """Whether an object gives a trigger that needs goods its goods: any goods, or for a
        military act weapons ("fired missiles", not "fired 3,700 workers"; "flew fighter
        jets", not "flew a new jet to Paris"), or an event noun of the trigger's own type."""
        if getattr(self.lex.object_nouns.get(obj.lemma_.lower()), "type", "") == trigger.type:
            return True
        item = self._item_once(verb, obj, ann, goods)
        return item is not None and ("military" not in trigger.context
                                     or item.category in self.lex.military_categories)

    def _item(self, verb: Any, head: Any, ann: Annotated) -> Item | None:
        """The goods phrase under ``head`` with its category, HS, quantity and value."""
        if head is None:
            return None
        heads = item_heads()
        chain = goods_chain(head, heads)
        if head.pos_ == "PRON" and len(chain) == 1:
            # "produced threshers and sent them": the goods named before (but "some of the
            # weapons" names its own)
            head = self._antecedent_goods(head)
            if head is None:
                return None
            chain = []
        text = ann.document.text
        moved = _after_dateline(head)
        if moved.i != head.i or not chain:
            head, chain = moved, goods_chain(moved, heads)
        end = chain[-1]
        dash = max((t.i for t in head.sent if t.i < head.i and t.text in ("--", "—")),
                   default=-1)  # a dateline ("Pyongyang, May 1 (KCNA) --") is no goods
        breach = self.lex.breach.get("nouns", frozenset())
        # "oil in violation of sanctions": the breach phrase is no part of the goods
        cut = {t.i for p in head.subtree if p.dep_ == "prep" and any(
            c.lemma_.lower() in breach for c in p.children) for t in p.subtree}
        # "names of warships", "a model of a car": what a head that is not goods is about
        cut |= about_goods(end, end.lemma_.lower() in self.lex.goods, heads)
        # "seafood worth millions of dollars last year": the time the parser hung on the
        # goods is no part of them
        cut |= {t.i for d in head.subtree if d.dep_ == "npadvmod" and d.ent_type_ in (
            "DATE", "TIME") for t in d.subtree}
        # "perfume worth $500,000 to Russia": the value after the goods is read as the
        # value (its number is no quantity), and what follows it is no part of the goods
        worth = min((d.i for d in head.subtree if d.i > end.i and d.lemma_.lower() == "worth"
                     and d.head.i <= end.i), default=len(head.doc))
        tokens = [t for t in head.subtree if not _in_clause(t, head) and dash < t.i < worth
                  and t.i not in cut
                  and "\n" not in text[min(t.idx, head.idx):max(t.idx, head.idx)]]
        if tokens and end.i == tokens[-1].i + 1:  # the goods noun the parser split off
            tokens.append(end)
        purpose = purpose_word(end) or trailing_purpose(head, end)
        good = self._good(tokens, head, purpose, chain)
        if good is not None and purpose is not None and good.lemmas[:-1] == (
                purpose.lemma_.lower(),) and purpose.i > tokens[-1].i:
            # the "for" phrase read as the goods' modifier is part of the item's words
            tokens = [*tokens, *(t for t in purpose.head.subtree if t.i > tokens[-1].i
                                 and not _in_clause(t, purpose.head.head))]
        if good is None:  # "GBU-39, a guided bomb": a name explained by its apposition
            for appos in _children(head, ("appos",)):
                sub = [t for t in appos.subtree if not _in_clause(t, appos)]
                good = self._good(sub, appos)
                if good is not None:
                    tokens = sorted({*tokens, *sub}, key=lambda t: t.i)
                    break
        money_good = next(iter(self.lex.goods.get("money", [])), None)
        paying = verb.lemma_.lower() in money_words().paying_verbs
        if money_good is not None and (good is None or paying) and money_amount(verb, head):
            good = money_good  # a sum paid or wired is money moved ("paid X $20 million for
            # the shells": the money, not the shells it paid for)
        elif good is not None and money_good is not None and paying and \
                good.category != money_good.category:
            return None  # "paid North Korean workers in cash": the workers are paid
        if good is None:
            return None
        start = tokens[0].idx
        end = tokens[-1].idx + len(tokens[-1].text)
        value, money = money_in(verb.sent)
        quantity = _count_words(tokens, money)  # "EUR 600 worth of perfume": no 600
        return Item(text=ann.document.text[start:end].strip(" ,"), category=good.category,
                    hs=good.hs, quantity=quantity, value=value)

    def _item_once(self, verb: Any, head: Any, ann: Annotated,
                   goods: dict[int, Item | None]) -> Item | None:
        """The item under ``head``, read once per verb: ``goods`` keeps what was read (by
        token index) for the verb's later checks."""
        if head.i not in goods:
            goods[head.i] = self._item(verb, head, ann)
        return goods[head.i]

    def _antecedent_goods(self, pron: Any) -> Any:
        """The last noun before a pronoun in its sentence that names goods."""
        for tok in reversed([t for t in pron.sent if t.i < pron.i]):
            if tok.pos_ == "NOUN" and self._good([tok], tok) is not None:
                return tok
        return None

    def _modifies_other(self, token: Any) -> bool:
        """Whether a word modifies a noun that is neither goods nor a container of goods
        ("oil output", "weapons programme"; but "fuel truck", "missile systems", "arms
        sale" keep their goods)."""
        noun = token.head
        if token.dep_ not in ("compound", "amod", "nmod") or noun.i == token.i or \
                noun.pos_ not in ("NOUN", "PROPN") or noun.pos_ == "PROPN":
            return False
        lemma = noun.lemma_.lower()
        heads = item_heads()
        return not (lemma in self.lex.goods or lemma in heads.containers
                    or lemma in heads.pass_through or lemma in self.lex.event_nouns)

    def _good(self, tokens: list[Any], head: Any, purpose: Any = None,
              chain: list[Any] | None = None) -> Good | None:
        """The longest goods phrase in the item; one on the noun the goods chain ends on
        ("thousands of pieces of apparatuses": apparatuses) wins, then one on the chain's
        other nouns, then one elsewhere. A "for" phrase on that noun reads as a modifier
        ("apparatuses for playgrounds" is "playground apparatuses"). ``chain``: the head's
        goods chain where the caller has walked it already."""
        chain = chain or goods_chain(head, item_heads())
        ranks = {node.i: 2 for node in chain}
        ranks[chain[-1].i] = 3
        lemmas = [_designation(t) or t.lemma_.lower() for t in tokens]
        texts = [t.text.lower() for t in tokens]
        best: tuple[int, int, Good] | None = None
        for j, token in enumerate(tokens):
            if token.pos_ in ("VERB", "AUX") and token.dep_ not in NOUN_ROLES and \
                    token.i != chain[-1].i:
                continue  # "leading officials": a verb form names no goods (not "lead");
                # but an object tagged as a verb is a noun ("exported luxury watches")
            if self._modifies_other(token):
                continue  # "fuel efficiency", "oil output", "arms race": not goods
            on_end = token.i == chain[-1].i
            for_word = (purpose or purpose_word(token)) if on_end else None
            for word in {lemmas[j], texts[j]}:
                for good in self.lex.goods.get(word, []):
                    n = len(good.lemmas)
                    windows = [lemmas[max(j + 1 - n, 0):j], texts[max(j + 1 - n, 0):j],
                               *_hyphen_windows(tokens[:j], n - 1)]
                    if for_word is not None:
                        windows.append([for_word.lemma_.lower()])
                    if list(good.lemmas[:-1]) not in windows:
                        continue
                    rank = ranks.get(token.i, 1) * 100 + n * 10
                    if best is None or rank > best[0] or (rank == best[0] and j > best[1]):
                        best = (rank, j, good)
        if best is None:
            return None
        on_end = tokens[best[1]].i == chain[-1].i
        good = (self._parts_of(best[2], chain[-1], purpose) if on_end else None) or best[2]
        return (self._armed(good, chain[-1]) if on_end else None) or good

    def _armed(self, good: Good, end: Any) -> Good | None:
        """A carrier built or named for war is arms, with the carrier's HS heading:
        "military trucks", "attack helicopters", "armoured cars" (a war word before it), or
        "F-16 jets", "fighter planes" (a weapon naming an aircraft). None otherwise, so "a
        tank truck" stays a truck and "military aid" is not touched here."""
        heads = item_heads()
        if good.category not in heads.war_carriers:
            return None
        for word in (_designation(t) or t.lemma_.lower() for t in end.lefts
                     if t.dep_ in ("amod", "compound", "nmod", "nummod")):
            named = [g for g in self.lex.goods.get(word, []) if len(g.lemmas) == 1]
            weapon = good.category in ("aircraft", "helicopters") and any(
                g.category == "arms" and g.hs in (None, "8802") for g in named)
            if word in heads.war_modifiers or weapon:
                return Good(lemmas=good.lemmas, category="arms", hs=good.hs)
        return None

    def _parts_of(self, good: Good, end: Any, purpose: Any) -> Good | None:
        """Parts named for other goods ("spare parts for MiG fighters", "tank spare parts")
        are of those goods' kind (arms), not machinery: the goods' category, HS left open
        (parts have their own headings). None where ``good`` names no parts or the goods
        they are for are of its own kind."""
        parts = item_heads().parts
        if good.lemmas[-1] not in parts:
            return None
        owners = [purpose or purpose_word(end),
                  *(t for t in end.lefts if t.dep_ in ("compound", "amod", "nmod"))]
        for owner in owners:
            word = owner.lemma_.lower() if owner is not None else ""
            if not word or word in parts or word in good.lemmas:
                continue
            own = [g for g in self.lex.goods.get(good.lemmas[-1], [])
                   if g.lemmas == (word, good.lemmas[-1])]
            if own:  # "spare parts for aircraft": aircraft parts have their heading (8803)
                return own[0]
            named = [g for g in self.lex.goods.get(word, []) if len(g.lemmas) == 1]
            if named and named[0].category != good.category:
                return Good(lemmas=good.lemmas, category=named[0].category, hs=None)
        return None


def _designation(token: Any) -> str | None:
    """A model designation in the plural, as its singular ("F-16s", "KN-23s": f-16, kn-23);
    the tagger leaves such plurals unlemmatised. None for other words."""
    text = str(token.text).lower()
    if "-" in text and len(text) > 2 and text[-1] == "s" and text[-2].isdigit():
        return text[:-1]
    return None

