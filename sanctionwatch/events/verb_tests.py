"""Type rules over one verb: which trigger it codes as (:meth:`VerbTests._pick`, light
verbs and particles included) and the guards that keep a trigger from coding (an
unrealised or conditional act, a contest, a hazard, a tribute to no one, a voiced threat).
"""

from __future__ import annotations

from typing import Any

from sanctionwatch.events.item_reader import ItemReader
from sanctionwatch.events.items import of_object
from sanctionwatch.events.lexicon import Trigger
from sanctionwatch.events.parties import reciprocal_counterpart
from sanctionwatch.events.syntax import (
    OBJECTS,
    SUBJECTS,
    _adverb_preps,
    _children,
    _clause_subject,
    _first,
    _from_object,
    _jail_term,
    _light_objects,
    _means_of,
    _modifiers,
    _needed_prep_on_object,
    _origin,
    _prep_objects,
)
from sanctionwatch.model import Item, Party


class VerbTests(ItemReader):
    """The trigger of a verb and the guards on it; a layer of :class:`~.coder.EventCoder`."""

    def _pick(self, verb: Any) -> tuple[Trigger, Any] | None:
        """The trigger a verb codes as, with the object that decided it (light verbs)."""
        # particles and prepositions ("leave for", "hand over"), not an infinitive's "to"
        child_lemmas = {c.lemma_.lower() for c in verb.children
                        if c.dep_ not in ("aux", "auxpass", "mark")}
        child_lemmas |= _adverb_preps(verb, self.lex.place_adverbs)  # "left here for Russia"
        light = _light_objects(verb)
        direct = [of_object(o) or o if o.pos_ == "NUM" else o for o in _children(verb, OBJECTS)]
        for obj in [*light, *(o for o in direct if o not in light)]:
            # "severed ties", "froze the assets"; "halted imports of seafood": the object
            # itself where its goods stand for it elsewhere; "closed two of its crossings"
            paired = self.lex.verb_objects.get(f"{verb.lemma_.lower()} {obj.lemma_.lower()}")
            if paired is not None and (not paired.needs or child_lemmas & set(paired.needs) or any(
                    t.dep_ == "prep" and t.lower_ in paired.needs for t in obj.subtree)) and \
                    not child_lemmas & set(paired.not_with):  # "dismissed the charges as lies"
                return paired, obj  # "sent balloons into the South" (needs "into")
        observer = verb.lemma_.lower() in self.lex.observer_verbs
        if verb.lemma_.lower() in self.lex.undergoer_verbs:
            jail = _jail_term(verb)
            noun = self.lex.object_nouns.get("sentence")
            if jail is not None and noun is not None:  # "faces 10 years in prison": the
                return noun, jail  # subject undergoes a sentence (COERCE)
        if verb.lemma_.lower() in self.lex.light_verbs or observer:
            for obj in _light_objects(verb):
                lemma = obj.lemma_.lower()
                words = [f"{c.lemma_.lower()} {lemma}" for c in _modifiers(obj)]
                for word in (*words, lemma):
                    noun = self.lex.object_nouns.get(word)
                    if noun is not None and (not noun.undergoer or verb.lemma_.lower()
                                             in self.lex.undergoer_verbs) and (
                            not noun.light_verbs or verb.lemma_.lower() in noun.light_verbs
                    ) and (not noun.needs_goods or self._names_weapon(obj)) and (
                            not observer or noun.type == "MOBILIZE"):
                        return noun, obj
        for trigger in self.lex.triggers.get(verb.lemma_.lower(), []):
            if trigger.needs and not child_lemmas & set(trigger.needs) and \
                    _needed_prep_on_object(verb, trigger.needs,
                                           self.lex.place_adverbs) is None and not (
                        trigger.needs_hs and self._visited_likeness(verb) is not None) and not (
                        "with" in trigger.needs and reciprocal_counterpart(
                            verb, _first(_children(verb, SUBJECTS))) is not None):
                continue  # but "discussed trade with Xi" (the parser hung "with" on the
                # object) and "Putin and Xi discussed trade" (each the other's counterpart)
            if trigger.particle and not any(c.dep_ == "prt" and c.lower_ in trigger.needs
                                            for c in verb.children):
                continue  # "taking the lead in the drive": an idiom's "in", no "take in"
            if any(c.dep_ == "prt" and c.lower_ in trigger.not_with for c in verb.children):
                continue  # "will never give up its nuclear weapons": abandon, not give
            if trigger.not_with and any(
                    g.dep_ == "neg" and g.lower_ in trigger.not_with
                    for c in (verb, *verb.children) for g in c.children):
                continue  # "pleaded not guilty": the plea of guilt negated
            return trigger, None
        return None

    def _hostile_content(self, verb: Any) -> Any:
        """What a vow promises when it is a hostile act ("vowed to retaliate", "vowed a
        merciless retaliation", "swore revenge"): a coercive or violent act (PLOVER
        THREATEN: a vow of harm is a threat), else None."""
        if verb.lemma_.lower() not in self.lex.threat_promise_verbs:
            return None  # "pledged to expel the exiles" commits to third parties (the act
            # is coded); "vowed to retaliate" is said against the one to suffer it
        for clause in _children(verb, ("xcomp",)):
            picked = self._pick(clause)
            if picked is not None and picked[0].type in self.lex.threat_types:
                return clause
        for obj in _children(verb, ("dobj",)):
            noun = self.lex.object_nouns.get(obj.lemma_.lower())
            if noun is not None and noun.type in self.lex.threat_types:
                return obj
        return None

    def _deontic(self, verb: Any) -> bool:
        """A modal of duty on the verb ("should", "must", "ought to")."""
        return any(c.dep_ == "aux" and c.lower_ in self.mod.get("deontic_modals", frozenset())
                   for c in verb.children)

    def _habitual(self, verb: Any) -> bool:
        """A verb in the simple present with an adverb of frequency ("often calls for",
        "usually imposes", "the more frequently they stage drills"): what someone does as a
        rule, not an act done at a time."""
        words = self.mod.get("habitual_adverbs", frozenset())
        return verb.tag_ in ("VBZ", "VBP") and not any(
            c.dep_ in ("aux", "auxpass") for c in verb.children) and any(
            c.dep_ == "advmod" and c.lower_ in words for c in verb.children)

    def _needed(self, verb: Any) -> bool:
        """An act in the infinitive of an impersonal "it is necessary / important / possible
        to ..." (also with "for X to"): what is needed or possible, not what was done."""
        node = verb
        while node.dep_ == "conj" and node.head.i != node.i:
            node = node.head  # "it is necessary to discuss with them and help them"
        if node.dep_ not in ("xcomp", "advcl", "ccomp") or not any(
                c.dep_ == "aux" and c.lower_ == "to" for c in node.children):
            return False
        head = node.head  # "is" (the adjective its acomp), or the adjective itself
        copula = head.head if head.pos_ == "ADJ" and head.dep_ == "acomp" else head
        words = self.mod.get("norm_adjectives", frozenset())
        return any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in copula.children) \
            and any(c.dep_ == "acomp" and c.lemma_.lower() in words for c in copula.children)

    def _inferred(self, verb: Any) -> bool:
        """"must have supplied": an inference that the act happened, not a duty."""
        auxes = [c.lower_ for c in verb.children if c.dep_ == "aux"]
        return verb.tag_ == "VBN" and "have" in auxes and any(
            a in self.mod.get("inference_modals", frozenset()) for a in auxes)

    def _reputed(self, node: Any, below: Any) -> bool:
        """A passive belief governing the act's own infinitive ("Russia is believed to have
        supplied"): whose belief is not said, but the act is told as having happened. A
        belief in a plan ("is believed to be preparing to send") stays unknown."""
        return node.lemma_.lower() in self.mod.get("alleged_passives", frozenset()) and \
            below.dep_ == "xcomp" and any(c.dep_ == "auxpass" for c in node.children)

    def _accuses(self, verb: Any) -> bool:
        """Whether a verb is an accusation trigger ("decried X for supplying"): what it
        governs is alleged."""
        return verb.pos_ in ("VERB", "AUX") and any(
            t.type == "ACCUSE" and not t.context for t in self.lex.triggers.get(
                verb.lemma_.lower(), []))

    def _noun_content(self, verb: Any) -> bool:
        """An act named as what a noun is for or about: an infinitive or gerund under a noun
        ("a new policy for supplying the children", "made efforts to send goods", "the honour
        of receiving the message"). The noun's clause is no report that the act happened; a
        promise noun ("willingness to provide") is a promise, coded by the transfer."""
        node = verb
        while node.dep_ == "conj" and node.head.i != node.i:
            node = node.head  # "the work to remodel the factory and equip it"
        head = node.head
        infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children)
        effort = self._effort_object(head) if infinitive and node.dep_ in (
            "advcl", "xcomp") else None
        if node.dep_ == "acl" and infinitive:
            noun = head
        elif effort is not None:  # "stepped up the work to supply materials": the parser
            noun = effort  # hangs the work's aim on the verb; it is the work's, not an act
        elif node.dep_ == "pcomp" and head.dep_ == "prep":
            noun = head.head
        else:
            return False
        lemma = noun.lemma_.lower()
        return noun.pos_ == "NOUN" and lemma not in self.mod["planned_verbs"] and \
            lemma not in self.mod.get("factive_nouns", frozenset())

    def _skill_named(self, verb: Any) -> bool:
        """Whether a training names its trainees and the skill taught: "in / on X" (not a
        place: "trained in Pyongyang") or "to <do X>" (not "to be", "to become")."""
        trainees = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
        if not trainees:
            return False  # "the fighters are training to increase their preparedness"
        if any(self._military_people(t) for t in trainees):
            return True  # "trained North Korean soldiers", "has trained 30,000 Ukrainian
            # troops": training soldiers is a military service whatever the skill
        for prep in [c for t in (verb, *trainees) for c in t.children if c.dep_ == "prep"]:
            if prep.lemma_.lower() not in ("in", "on"):
                continue
            field = _first(_children(prep, ("pobj",)))
            if field is not None and field.pos_ == "NOUN" and not field.ent_type_ and \
                    field.lemma_.lower() not in self.lex.place_nouns:
                return True
        return any(c.dep_ in ("xcomp", "acl") and c.lemma_.lower() not in ("be", "become")
                   and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                   for t in (verb, *trainees) for c in t.children)  # the parser hangs "to

    def _effort_object(self, verb: Any) -> Any:
        """The effort a verb's object or passive subject names ("stepped up the work",
        "exerted efforts", "the foundation has been laid"), whose aim an infinitive after it
        states, or None."""
        words = self.mod.get("effort_nouns", frozenset())
        return next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")
                     and c.pos_ == "NOUN" and c.lemma_.lower() in words), None)

    def _voiced(self, verb: Any, trigger: Trigger) -> bool:
        """A speech act a text performs for whoever issued it: "issued a statement to
        condemn the ROK", "sent a letter to thank the donors" (the infinitive under the
        text noun is what the text does, not only what it is for)."""
        head = verb.head
        return trigger.type in self.lex.speech_types and verb.dep_ == "acl" and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) and \
            head.lemma_.lower() in self.lex.voice_nouns and head.dep_ in ("dobj", "nsubjpass") \
            and head.head.pos_ in ("VERB", "AUX")

    def _mute(self, actor: Any) -> bool:
        """An actor that cannot speak: an abstraction news personifies ("the present era
        demands"), not a named entity."""
        return actor is not None and actor.pos_ == "NOUN" and not actor.ent_type_ and \
            actor.lemma_.lower() in self.lex.abstract_nouns

    def _no_counterpart(self, verb: Any) -> bool:
        """Whether the object of a meeting, greeting or attending verb is an occasion marked
        ("greeted the founding anniversary", "attended the ceremony") or an abstraction ("meet
        the requirements"): no one met."""
        if verb.lemma_.lower() not in self.lex.counterpart_verbs:
            return False
        obj = _first(_children(verb, ("dobj", "nsubjpass")))  # "was attended by"
        received = _from_object(verb, ("with",)) if obj is None else None
        if received is not None and received.lemma_.lower() in self.lex.reception_nouns:
            return True  # "the reform met with strong opposition": a reception, no meeting
        if obj is None or obj.pos_ not in ("NOUN", "PROPN") or \
                obj.ent_type_ not in ("", "DATE", "EVENT"):
            return False
        lemma = obj.lemma_.lower()
        if obj.pos_ == "PROPN":  # "greeted the Youth Day", "International Day of Older
            return lemma in self.lex.occasion_nouns  # Persons": a named occasion
        return lemma in self.lex.abstract_nouns or lemma in self.lex.occasion_nouns

    def _visited_likeness(self, verb: Any) -> Any:
        """The statue or portrait a coordinated visit went to ("visited the statues on
        Mansu Hill, laid floral baskets"): where flowers laid with no place of their own
        were laid, or None."""
        head = verb.head if verb.dep_ == "conj" else None
        while head is not None and head.lemma_.lower() not in ("visit", "tour"):
            head = head.head if head.dep_ == "conj" and head.head.i != head.i else None
        if head is None:
            return None
        return next((o for o in _children(head, ("dobj",))
                     if o.lemma_.lower() in self.lex.likeness_nouns), None)

    def _flowers_laid(self, verb: Any) -> bool:
        """Whether a verb coordinated with this one lays or places flowers ("laid floral
        baskets and paid tribute to them")."""
        node = verb
        while node.dep_ == "conj" and node.head.i != node.i:
            node = node.head
        siblings = [node, *(t for t in node.subtree if t.dep_ == "conj" and t.pos_ == "VERB")]
        return any(t.i != verb.i and any(tr.needs_hs for tr in self.lex.triggers.get(
            t.lemma_.lower(), [])) and any(
                g.hs in tr.needs_hs for o in _children(t, ("dobj",))
                for g in self._goods_named(o)
                for tr in self.lex.triggers.get(t.lemma_.lower(), [])) for t in siblings)

    def _honours_no_one(self, recipient: Any) -> bool:
        """Whether a tribute, homage or greeting goes to an emblem or an occasion ("paid
        tribute to the national flag", "paid homage to the colours", "to the 70-odd years of
        the motherland"), not to a party."""
        return recipient is not None and recipient.pos_ == "NOUN" and \
            not recipient.ent_type_ and recipient.lemma_.lower() in (
                self.lex.emblem_nouns | self.lex.occasion_nouns)

    def _relayed(self, verb: Any) -> tuple[Trigger, Any] | None:
        """A request whose content is a message to pass on ("asked the ambassador to convey
        his warm greetings to Kim Jong Un"): diplomatic practice sends greetings through the
        one asked, so the act is the greeting (SUPPORT), not a request. The trigger of the
        greeting and its object noun."""
        for clause in _children(verb, ("xcomp", "ccomp")):
            picked = self._pick(clause)
            if picked is not None and picked[1] is not None and picked[0].type == "SUPPORT":
                return picked
        return None

    def _by_hazard(self, verb: Any) -> bool:
        """Whether an agentless harm is told as caused by an accident: the verb's "in /
        during X" or its "when" clause names a crash, a flood... that no weapon made ("killed
        in a helicopter crash", not "when a Russian drone crashed into the block")."""
        accidents = self.lex.accident_nouns
        causes = [p for c in _children(verb, ("prep",))
                  if c.lower_ in ("in", "during", "after", "by")
                  for p in _children(c, ("pobj",))]
        for clause in _children(verb, ("advcl",)):
            causes += [clause, *_children(clause, ("nsubj",))]
        return any(c.lemma_.lower() in accidents for c in causes) and \
            not any(self._is_weapon(c) or any(self._is_weapon(m) for m in c.lefts)
                    for c in causes)

    def _contest(self, verb: Any) -> bool:
        """Whether a meeting is a sporting contest: its object or its "in X" is a rival, a
        final, a match ("met Japan in the final"; "the trophy and medals were awarded")."""
        words = self.lex.contest_words
        objects = [c for o in _children(verb, (*OBJECTS, "nsubjpass"))
                   for c in (o, *o.conjuncts, *o.lefts)]
        places = [p for c in _children(verb, ("prep",)) if c.lower_ in ("in", "at")
                  for p in _children(c, ("pobj",))]
        return any(t.lemma_.lower() in words for t in (*objects, *places))

    def _counted(self, token: Any) -> Any:
        """The people a count names ("thousands of people", "tens of thousands of
        Israelis"): they act, not the number; any other token as it is."""
        node = token
        while node is not None and (node.ent_type_ == "CARDINAL" or node.like_num):
            node = _from_object(node, ("of",))
            if node is not None and self._is_people(node):
                return node
        return token

    def _picked_types(self, verb: Any) -> list[Trigger]:
        """The trigger a verb codes as, as a list (empty when it codes as none)."""
        picked = self._pick(verb)
        return [picked[0]] if picked is not None else []

    def _settled(self, verb: Any, light_obj: Any, item: Any) -> bool:
        """An agreement reached on something ("have agreed on the text of a treaty",
        "settled on an arrangement"): done, told as it is; a promise of an act ("agreed to
        supply", "agreed that it would") or of goods is still to come (planned)."""
        return light_obj is None and item is None and not _children(
            verb, ("xcomp", "ccomp")) and any(
                o.ent_type_ not in ("DATE", "TIME") for p in _children(verb, ("prep",))
                if p.lower_ in ("on", "upon") for o in _children(p, ("pobj",)))
        # ("agreed on Monday" is a date, not what is agreed)

    def _spelled_out(self, claim: Any) -> bool:
        """Whether a claim noun spells out what it claims ("allegations that he sold arms",
        "accusations of brutality"), so that the act itself can be coded."""
        return any(c.dep_ in ("acl", "relcl", "ccomp") or (
            c.dep_ == "prep" and c.lower_ in ("of", "about", "that")) for c in claim.children)

    def _shown(self, verb: Any, trigger: Trigger) -> bool:
        """A protest verb that can also mean showing ("demonstrated its might in the drills",
        "demonstrated that the missile works") with what is shown as its object: no protest.
        Protest verbs that take a target as object ("protested the ruling") are not asked."""
        return bool(trigger.needs) and bool(_children(verb, ("dobj", "ccomp")))

    def _forecast(self, verb: Any) -> bool:
        """A verb told as the writer's forecast ("are likely to meet", "is expected to
        attend"): the verb in the infinitive under a forecast word, or under a verb with one
        as its complement."""
        words = self.mod.get("forecast_words", frozenset())
        node = verb
        while node.dep_ == "xcomp" and node.head.i != node.i:
            node = node.head
            if node.lemma_.lower() in words or any(
                    c.dep_ == "acomp" and c.lemma_.lower() in words for c in node.children):
                return True
        return False

    def _conditional(self, verb: Any) -> bool:
        """Whether a verb carries a condition clause ("... if no deal is reached"), or the
        act it is the means of does ("if X, we will respond by striking Y")."""
        means = _means_of(verb)
        if means is not None:
            return self._conditional(means)
        marks = self.mod.get("condition_marks", frozenset())
        return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in marks
                                             for m in c.children) for c in verb.children)

    def _unrealised(self, verb: Any) -> bool:
        """An act that is only the content of a request, threat or permission ("urged Iran to
        withdraw", "threatened to impose tariffs", "allowed Kyiv to strike") or the topic of a
        discussion ("the question of lifting sanctions"): the governing verb is the event (or
        none is), the act itself has not happened."""
        if any(c.dep_ == "mark" and c.lower_ in self.mod.get("condition_marks", frozenset())
               for c in verb.children):
            return True  # "if no deal is reached": a condition, not an event
        if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and \
                verb.head.head.lemma_.lower() in self.mod.get("topic_nouns", frozenset()):
            return True  # "talks on the issue of lifting restrictions": a topic, not an act
        if verb.dep_ == "pcomp" and verb.head.lower_ == "from" and \
                verb.head.head.lemma_.lower() in self.lex.prevention_verbs:
            return True  # "stopped the suspect from stealing": kept from happening
        if verb.dep_ == "ccomp" and verb.head.i != verb.i:
            picked = self._pick(verb.head)
            kind = picked[0].type if picked is not None else None
            if kind == "REQUEST":  # "demanded that Tokyo withdraw the claim"
                return True
            subject = _first(_children(verb, SUBJECTS))
            if kind == "THREATEN" and subject is not None and subject.pos_ == "PRON" and any(
                    c.dep_ == "aux" and c.lower_ in self.irrealis_modals
                    for c in verb.children):
                return True  # "warned that it would impose sanctions"
        node = verb  # "urged Iran to stop buying oil": the content may lie two verbs down
        for _ in range(3):
            infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children)
            if not (node.dep_ in ("xcomp", "conj") or (node.dep_ == "ccomp" and infinitive)) \
                    or node.head.i == node.i:
                return False  # "allow China to buy" is parsed either way
            head = node.head
            if node.dep_ != "conj":  # a conjunct shares its head's standing
                if head.lemma_.lower() in self.mod.get("permission_verbs", frozenset()):
                    return True
                picked = self._pick(head)
                if picked is not None and picked[0].clause_object and \
                        _clause_subject(head) is None:
                    return False  # "wants to attack": the subject's own intent
                if picked is not None and picked[0].type in self.lex.content_types:
                    return True
            node = head
        return False

    def _restricted(self, noun: Any) -> bool:
        """Whether an event noun is what a ban or sanction restricts ("banned exports of
        coal", "a ban on the sale of arms", "sanctions on oil exports") or what is only
        planned or permitted ("approved the sale of helicopters")."""
        words = self.mod.get("restriction_words", frozenset())
        head = noun.head
        if noun.dep_ in ("dobj", "nsubjpass") and head.lemma_.lower() in words:
            return True
        if noun.dep_ == "dobj" and head.lemma_.lower() in self.unfulfilled_verbs:
            return True  # "approved the sale of 36 helicopters": not yet sold
        return noun.dep_ == "pobj" and head.dep_ == "prep" and \
            head.head.lemma_.lower() in words

    def _transfers(self, verb: Any) -> bool:
        """Whether a verb is a transfer trigger (give, supply, hand over, ...)."""
        return any(t.transfer for t in self.lex.triggers.get(verb.lemma_.lower(), []))

    def _state_act(self, token: Any) -> bool:
        """Whether a promised hostile act ("vowed to punish") is one only a state does."""
        if token is None:
            return False
        picked = self._pick(token) if token.pos_ in ("VERB", "AUX") else None
        trigger = picked[0] if picked is not None else self.lex.object_nouns.get(
            token.lemma_.lower())
        return trigger is not None and trigger.state_actor

    def _on_visit(self, verb: Any) -> bool:
        """Whether the verb's purpose is a visit ("arrived for a port call", "entered the
        port on a goodwill visit"): a visit noun (an object noun of mode visit) under its
        "for" or "on"."""
        for prep in _children(verb, ("prep",)):
            if prep.lemma_.lower() not in ("for", "on"):
                continue
            for obj in _children(prep, ("pobj",)):
                lemma = obj.lemma_.lower()
                words = [f"{c.lemma_.lower()} {lemma}" for c in obj.lefts if c.dep_ == "compound"]
                if any(getattr(self.lex.object_nouns.get(w), "mode", None) == "visit"
                       for w in (*words, lemma)):
                    return True
        return False

    def _traded(self, lemma: str, verb: Any, item: Item | None) -> bool:
        """Whether a plain transfer verb ("shipped", "delivered", "sent") moves goods of a
        trade category (fuel, crude, vehicles, workers, technology) with nothing under it
        calling them a gift or aid: what moves so between states is trade (gold guideline
        2: COOPERATE), where "sent diesel as aid", arms, floral baskets or relief stay AID.
        ``lemma`` is the trigger's verb (an event noun's: "shipment" is "ship")."""
        return item is not None and item.category in self.lex.trade_categories and \
            self._plainly_moved(lemma, verb)

    def _plainly_moved(self, lemma: str, verb: Any) -> bool:
        """A plain transfer verb with no gift or aid word under it ("shipped", not "sent as
        a gift", "delivered aid")."""
        return lemma in self.lex.plain_transfer_verbs and not any(
            t.lemma_.lower() in self.lex.gift_words for t in verb.subtree)

    def _to_market(self, recipient: Any) -> bool:
        """Whether goods go to the market ("to customers", "to fleet buyers in Germany"):
        a firm's sales, with no party on the other side (gold guideline 10). One buyer
        ("to a buyer in Moscow") is a party."""
        return recipient is not None and recipient.pos_ == "NOUN" and recipient.tag_ == "NNS" and \
            recipient.lemma_.lower() in self.lex.market_nouns


    def _trade_partner(self, flow: Any) -> Any:
        """The other state of a trade flow a measure restricts: "imports from Japan",
        "exports to Russia", "imports of Japanese seafood" (the goods' state), or None."""
        if flow is None or flow.lemma_.lower() not in self.lex.event_nouns:
            return None
        goods = of_object(flow)
        return _from_object(flow, ("from", "to")) or (
            _origin(goods) if goods is not None else None)


    def _figure(self, flow: Any) -> bool:
        """A trade flow noun told as a figure that moves ("grain exports reached 8 million
        tonnes", "exports rose 30 percent"): statistics (gold guideline 10)."""
        return flow.dep_ in ("nsubj", "nsubjpass") and \
            flow.head.lemma_.lower() in self.lex.figure_verbs

    def _share_told(self, verb: Any) -> bool:
        """A share of a trade in the simple present ("Egypt imports most of its wheat",
        "supplies 40 percent of Europe's gas"): how trade stands, no act (guideline 10)."""
        return verb.tag_ in ("VBZ", "VBP") and not any(
            c.dep_ in ("aux", "auxpass") for c in verb.children) and any(
            o.lemma_.lower() in self.lex.share_words and of_object(o) is not None
            for o in _children(verb, ("dobj",)))

    def _permit_only(self, trigger: Trigger, light_obj: Any, item_tok: Any) -> bool:
        """A decision that only permits goods to move later: "approved arms export
        licences", "passed a bill that allows the export of arms" (gold guideline 10)."""
        if trigger.type != "AGREE":
            return False
        if item_tok is not None and item_tok.lemma_.lower() in self.lex.permit_nouns:
            return True
        allows = self.mod.get("permission_verbs", frozenset())
        return light_obj is not None and any(
            c.dep_ in ("relcl", "acl") and c.lemma_.lower() in allows
            for c in light_obj.children)

    def _deal_to_supply(self, light_obj: Any) -> bool:
        """Whether a deal's content is a transfer ("struck a deal to supply chips to Apple")."""
        return light_obj is not None and any(
            c.dep_ in ("relcl", "acl") and self._transfers(c) for c in light_obj.children)


    def _technical_training(self, verb: Any, trigger: Trigger) -> Item | None:
        """Training of people who are no soldiers in a skill ("trained Ethiopian technicians
        in satellite operation"): technical cooperation (gold guideline 2: COOPERATE), its
        item the skill taught. Training soldiers is military aid (PLOVER AID: personnel)."""
        if not trigger.skill:
            return None
        trainees = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
        if not trainees or any(self._military_people(t) or self._is_weapon(t)
                               for t in verb.subtree):
            return None  # soldiers training or trained, or arms in the skill ("officers
            # trained crews to operate air defence radars"): military aid
        field = next((o for t in (verb, *trainees) for o in _prep_objects(t, ("in", "on"))
                      if o.pos_ == "NOUN" and not o.ent_type_), None)
        text = " ".join(t.text for t in field.subtree) if field is not None else verb.text
        return Item(text=text, category="sci_tech_cooperation")


    def _firm(self, token: Any) -> bool:
        """A firm: an organisation's name, a common noun for one ("the company"), or "it"
        where no state is named (the firm of business copy)."""
        return token is not None and (token.ent_type_ == "ORG" or token.lower_ == "it" or (
            token.pos_ == "NOUN" and token.lemma_.lower() in self.lex.firm_nouns))


def one_side(actor: Party | None, recipient: Party | None, home: str | None) -> bool:
    """Whether a transfer stays within one state: both sides of one country, or the one
    side known of the state outlet's own ("the province sent threshers to farms"), where
    goods handed on are a domestic gift (gold guideline 2), not trade."""
    countries = {p.country for p in (actor, recipient) if p is not None and p.country}
    return len(countries) == 1 and (
        all(p is not None and p.country for p in (actor, recipient)) or countries == {home})
