"""Events told by a noun or an adjective rather than a verb: "the delivery of missiles",
"a visit by", a breach ("violation of the sanctions"), a rebuttal, goods "supplied by".
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sanctionwatch.annotate import Annotated
from sanctionwatch.events.lexicon import Trigger
from sanctionwatch.events.merge import _Draft, _key
from sanctionwatch.events.mood_reader import MoodReader
from sanctionwatch.events.parties import between_sides
from sanctionwatch.events.party_reader import _linked, _supplier
from sanctionwatch.events.scenes import visit_order
from sanctionwatch.events.syntax import (
    SUBJECTS,
    _children,
    _first,
    _from_object,
    _line_span,
    _origin,
    _prep_objects,
    _user_of,
)
from sanctionwatch.events.verb_tests import one_side
from sanctionwatch.model import Event, Item, Span

UNKNOWN_SUPPLIER = "?supplier"


class NounRules(MoodReader):
    """Codes events from nouns and adjectives; a layer of :class:`~.coder.EventCoder`."""

    def _code_noun(self, ann: Annotated, sent: Any, noun: Any,
                   pub: date | None) -> _Draft | None:
        """An event noun: "its arms sale to Japan", "there were talks between X and Y"."""
        lemma = noun.lemma_.lower()
        manner = self.lex.object_nouns.get(lemma)
        if manner is not None and manner.type in self.lex.in_noun_types and \
                noun.dep_ == "pobj" and noun.head.lower_ == "in" and \
                noun.head.head.pos_ in ("VERB", "AUX"):
            # "issued a statement in denunciation of the drills": the subject denounced them
            actor = _first(_children(noun.head.head, SUBJECTS))
            target = _from_object(noun, ("of", "against"))
            return self._noun_draft(ann, sent, noun, pub, manner, actor, target, None)
        if lemma in self.lex.existential_nouns and noun.head.lemma_ == "be" and any(
                c.dep_ == "expl" for c in noun.head.children):
            between = [p for p in _children(noun, ("prep",)) if p.lemma_.lower() == "between"]
            first = _first(_children(between[0], ("pobj",))) if between else None
            if first is None:
                return None
            second = _first(_children(first, ("conj",)))
            first, second = visit_order(ann, noun, first, second)  # the visitor acts
            trigger = self.lex.object_nouns.get(lemma) or self.lex.object_nouns.get("talk")
            if trigger is None:
                return None
            return self._noun_draft(ann, sent, noun, pub, trigger, first, second, None)
        if manner is not None and noun.dep_ == "nsubj" and \
                noun.head.lemma_.lower() in self.lex.occurrence_verbs and \
                manner.type in self.lex.occurrence_types:
            return self._code_occurrence(ann, sent, noun, pub, manner)
        if lemma in self.lex.visit_nouns:
            return self._code_visit(ann, sent, noun, pub)
        verb = self.lex.event_nouns.get(lemma)
        if verb is None:
            return None
        trigger = self.lex.triggers[verb][0]
        actor = _first(_children(noun, ("poss",)))
        if actor is None:  # "U.S. exports to China", "Russian arms deliveries"
            actor = next((c for c in noun.lefts if c.dep_ in ("compound", "amod", "nmod")
                          and c.ent_type_ in ("GPE", "NORP", "ORG")), None)
        recipient = item_tok = source = None
        for prep in _children(noun, ("prep",)):
            pobj = _first(_children(prep, ("pobj",)))
            low = prep.lemma_.lower()
            if low == "to" and recipient is None:
                recipient = pobj
            elif low == "of" and item_tok is None:
                item_tok = pobj
            elif low == "by" and actor is None:
                actor = pobj
            elif low == "from" and source is None:
                source = pobj
        if trigger.inbound:  # "its order of 30 jets from Boeing": the possessor buys
            actor, recipient = source, actor
        elif actor is None:  # "exports of textiles from North Korea"
            actor = source
        if self._restricted(noun):
            return None  # "banned exports of coal", "sanctions on oil exports": none happened
        if recipient is None and self._figure(noun):
            return None  # "grain exports reached 8 million tonnes": a figure, no act
        if recipient is None and noun.dep_ == "dobj":  # "expanded its arms sale to Japan"
            for prep in _children(noun.head, ("prep", "dative")):
                if prep.lemma_.lower() == "to" and prep.i > noun.i:
                    recipient = _first(_children(prep, ("pobj",)))
        item = self._item(noun, item_tok, ann) if item_tok is not None else None
        if item is None:  # "arms sale", "agricultural exports": the words before the noun
            compounds = [c for c in noun.lefts if c.dep_ in ("compound", "amod")
                         and c.i != (actor.i if actor is not None else -1)]
            good = self._good(compounds, compounds[-1]) if compounds else None
            if good is None and compounds:  # "agricultural exports": a phrase with the noun
                whole = self._good([*compounds, noun], noun)
                good = whole if whole is not None and len(whole.lemmas) > 1 else None
                compounds = [*compounds, noun] if good is not None else compounds
            if good is not None:
                text = " ".join(c.text for c in compounds)
                item = Item(text=text, category=good.category, hs=good.hs)
        if item is not None and actor is None and item_tok is not None:
            actor = _origin(item_tok)  # "shipments of North Korean coal"
        if item is None or (actor is None and recipient is None):
            return None
        return self._noun_draft(ann, sent, noun, pub, trigger, actor, recipient, item)

    def _code_occurrence(self, ann: Annotated, sent: Any, noun: Any, pub: date | None,
                         trigger: Trigger) -> _Draft | None:
        """An event noun told as taking its course ("protests erupted in Tehran", "the talks
        between Russia and China ended on Tuesday", "the drills began"): the event happened.
        Its sides are the noun's: "between A and B", the possessor or "by X", "of X", a
        party-like modifier ("U.S.-ROK drills"), "with X"; a protest with none named is
        its place's ("in Tehran")."""
        if (trigger.needs_goods and not self._names_weapon(noun)) or trigger.light_verbs:
            return None  # "the test began": no weapon, no test; "the strike began": a labour
            # strike as likely as an attack
        first, second = between_sides(noun, None)
        actor = first or _first(_children(noun, ("poss",))) or _from_object(
            noun, ("by", "of")) or next((c for c in noun.lefts if c.dep_ in (
                "compound", "amod", "nmod") and c.ent_type_ in ("GPE", "NORP", "ORG")), None)
        recipient = second or _from_object(noun, ("with", "against", "on"))
        if actor is None and trigger.type == "PROTEST":
            actor = next((p for t in (noun, noun.head) for p in _prep_objects(t, ("in",))
                          if p.ent_type_ == "GPE"), None)
        if actor is not None and actor.i == noun.i:
            return None
        return self._noun_draft(ann, sent, noun, pub, trigger, actor, recipient, None)

    def _code_visit(self, ann: Annotated, sent: Any, noun: Any,
                    pub: date | None) -> _Draft | None:
        """"Putin's visit to Pyongyang", "the trip by the delegation to Moscow": the
        visitor (possessor or "by X") visits the "to X" (PLOVER CONSULT, mode visit)."""
        visitor = _first(_children(noun, ("poss",))) or _from_object(noun, ("by",))
        host = _from_object(noun, ("to",))
        trigger = self.lex.object_nouns.get("visit")
        if visitor is None or host is None or trigger is None or self._restricted(noun) \
                or host.ent_type_ != "GPE":
            return None  # a visit to a state; "his visit to the spaceport" is a place
        return self._noun_draft(ann, sent, noun, pub, trigger, visitor, host, None)

    def _noun_draft(self, ann: Annotated, sent: Any, noun: Any, pub: date | None,
                    trigger: Trigger, actor_tok: Any, recipient_tok: Any,
                    item: Item | None) -> _Draft | None:
        """The event of an event noun, with modality and date read from its clause."""
        actor = self._party(ann, actor_tok)
        recipient = self._party(ann, recipient_tok)
        if not _linked(actor) and not _linked(recipient):
            return None
        etype, cameo, context = trigger.type, trigger.cameo, trigger.context
        if etype in ("AID", "COOPERATE") and item is not None and \
                item.category in self.lex.military_categories:
            etype, cameo, context = "AID", "072", ("military",)
        if etype == "AID" and self._traded(trigger.lemma, noun, item) and \
                not one_side(actor, recipient, self._home_country(ann)):
            etype, cameo, context = "COOPERATE", "061", ("economic",)  # "a shipment of fuel"
        modality, why = self._modality(noun, sent)
        resolved = self._date(noun.head, sent, pub, modality, goods=item is not None)
        if resolved is None:
            return None
        start, end = _line_span(ann.document.text, sent, noun)
        event = Event(
            id="", type=etype, actor=actor, recipient=recipient, modality=modality,
            date=resolved[0], date_precision=resolved[1], sources=self._sources(ann, sent, noun),
            evidence=Span(start, end, ann.document.text[start:end]), mode=trigger.mode,
            context=list(context), cameo=cameo, item=item, trigger=noun.text,
            explanation=[f"event noun '{noun.text}' -> {etype}",
                         f"modality {modality}: {why}", *resolved[2]])
        return _Draft(event, _key(ann, actor), _key(ann, recipient))

    def _code_breach(self, ann: Annotated, sent: Any, word: Any,
                     pub: date | None) -> _Draft | None:
        """"X has appeared in Maybach limousines, violating sanctions": goods a party has or
        uses in breach of sanctions were supplied to it by someone (supplier unknown)."""
        breached = [t for t in word.subtree if t.lemma_.lower() in self.lex.breach["objects"]]
        if not breached:
            return None
        host = word.head
        if word.pos_ == "NOUN":  # "in violation of sanctions": the verb the "in" hangs from
            while host.pos_ not in ("VERB", "AUX") and host.head.i != host.i:
                host = host.head
        if host.i == word.i or host.pos_ not in ("VERB", "AUX"):
            return None
        picked = self._pick(host)
        if picked is not None and picked[0].transfer:
            return None  # "supplied oil in violation of sanctions": the verb codes the supply
        holder = _first(_children(host, SUBJECTS))
        if holder is None or not (holder.pos_ == "PROPN" or self._is_people(holder)):
            return None  # "the gift could be in violation of ...": no one holds goods
        skip = {t.i for t in word.subtree} | {t.i for t in holder.subtree}
        item = None
        for token in host.subtree:
            if token.i not in skip and token.pos_ == "NOUN" and \
                    self._good([token], token) is not None:  # the goods noun itself
                item = self._item(host, token, ann)
                if item is not None:
                    break
        if item is None:
            return None
        recipient = self._party(ann, holder)
        modality, why = self._modality(host, sent)
        resolved = self._date(host, sent, pub, modality, goods=True)
        if resolved is None:
            return None
        start, end = _line_span(ann.document.text, sent, word)
        event = Event(
            id="", type="AID", actor=None, recipient=recipient, modality=modality,
            date=resolved[0], date_precision=resolved[1], sources=self._sources(ann, sent, host),
            evidence=Span(start, end, ann.document.text[start:end]), mode=None,
            context=[], cameo="070", item=item, trigger=word.text,
            explanation=[f"'{word.text}' {breached[0].text}: goods held in breach were "
                         "supplied by someone (supplier unknown) -> AID",
                         f"modality {modality}: {why}", *resolved[2]])
        # an unknown supplier is not an unnamed one: never merged into a named supplier's
        # transfer to the same party (other goods, another source)
        return _Draft(event, UNKNOWN_SUPPLIER, _key(ann, recipient))

    def _code_rebuttal(self, ann: Annotated, sent: Any, word: Any,
                       pub: date | None) -> _Draft | None:
        """"told reporters the ministry's allegations are false", "called the claims
        baseless": the speaker rejects the claim and whoever made it (PLOVER REJECT)."""
        verb_name, claims, _ = self.lex.rebuttal
        head = word.head
        if word.dep_ == "acomp" and head.lemma_ == "be":  # "... said the claim is false"
            claim = _first(_children(head, ("nsubj",)))
            speaker = head.head if head.dep_ == "ccomp" else None
            if speaker is not None and speaker.lemma_.lower() not in self.mod["reported_verbs"]:
                speaker = None
        elif word.dep_ in ("oprd", "acomp") and head.pos_ == "VERB":  # "called X baseless"
            claim, speaker = _first(_children(head, ("dobj",))), head
        else:
            return None
        if claim is None or speaker is None or claim.lemma_.lower() not in claims or any(
                c.dep_ == "neg" for c in (*head.children, *speaker.children)):
            return None  # "said the report was not false": no rebuttal
        actor = _first(_children(speaker, SUBJECTS))
        owner = _first(_children(claim, ("poss",))) or _from_object(claim, ("of", "by"))
        trigger = self.lex.triggers[verb_name][0]
        return self._noun_draft(ann, sent, speaker, pub, trigger, actor, owner, None)

    def _code_supplied(self, ann: Annotated, sent: Any, adj: Any,
                       pub: date | None) -> _Draft | None:
        """"U.S.-supplied missiles": the supplier before the hyphen, the goods the noun, the
        user of the goods (subject of the verb they hang from) the recipient."""
        prefix, _, participle = adj.text.rpartition("-")
        verb = self.lex.supplied_adjectives.get(participle.lower())
        if verb is None or not prefix:
            return None
        trigger = self.lex.triggers[verb][0]
        item = self._item(adj, adj.head, ann)
        if item is None:
            return None
        item.text = " ".join(item.text.replace(adj.text, "", 1).split())  # the goods alone
        actor = _supplier(ann, adj, prefix)
        if actor is None:
            return None
        recipient = self._party(ann, _user_of(adj.head))
        etype = trigger.done_type or trigger.type
        cameo = trigger.done_cameo or trigger.cameo
        context = trigger.context
        if etype in ("AID", "COOPERATE") and item.category in self.lex.military_categories:
            etype, cameo, context = "AID", "072", ("military",)
        start, end = _line_span(ann.document.text, sent, adj)
        event = Event(
            id="", type=etype, actor=actor, recipient=recipient, modality="asserted",
            date=None, date_precision=None, sources=self._sources(ann, sent, adj),
            evidence=Span(start, end, ann.document.text[start:end]), mode=trigger.mode,
            context=list(context), cameo=cameo, item=item, trigger=adj.text,
            explanation=[f"'{adj.text}': a supply by '{prefix}' presupposed -> {etype}",
                         "modality asserted: the supply is taken as given, not claimed"])
        return _Draft(event, _key(ann, actor), _key(ann, recipient))
