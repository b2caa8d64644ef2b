"""Rule-based event coding over spaCy's dependency parse.

For each verb whose lemma is a trigger (data/events/triggers.yaml) the coder reads the
roles from the parse: the subject is the actor (the "by" agent of a passive; "from X" for
inbound verbs such as buy or import), the indirect object or "to X" the recipient, the
direct object the item of a transfer. Parties become entities of the entities stage
(``Annotated.entity_at``/``mentions_in``) with their states. Modality comes from cues on
the verb and the verbs it hangs from, the date from the words under the verb, the sources
from the wire credit, in-sentence agencies and the story's citation chain. Every event
carries an explanation of the rules that produced it.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from functools import lru_cache
from typing import Any

from sanctionwatch.annotate import Annotated
from sanctionwatch.events.dates import parse_published
from sanctionwatch.events.items import of_object
from sanctionwatch.events.lexicon import Lexicon, Trigger, default_lexicon
from sanctionwatch.events.merge import _Draft, _key, _merge
from sanctionwatch.events.money import money_words
from sanctionwatch.events.noun_rules import NounRules
from sanctionwatch.events.parties import bearer, is_party_like, swallowed_name
from sanctionwatch.events.party_reader import (
    _foreign_scene,
    _linked,
    _states_in_view,
    _unlisted_body,
    _writer,
)
from sanctionwatch.events.scenes import on_visit
from sanctionwatch.events.sources import speakers
from sanctionwatch.events.states import (
    epithet_state,
    flag_state,
    judicial_verbs,
    named_owner,
    origin_state,
)
from sanctionwatch.events.syntax import (
    OBJECTS,
    SUBJECTS,
    _after_dateline,
    _agentless_passive,
    _asks_question,
    _children,
    _clause_subject,
    _condition_subject,
    _conditioned_party,
    _describes,
    _done,
    _evaluated,
    _first,
    _from_object,
    _further,
    _goods_before_worth,
    _governing_verb,
    _helped,
    _hyphen_country,
    _jail_term,
    _line_span,
    _names,
    _object_read_as_subject,
    _origin,
    _past_dateline,
    _prep_objects,
    _purpose,
    _purpose_is,
    _same_act,
    _shared_object,
    _state_scene,
    _to_object,
    _verb_misread,
    _wh_question,
)
from sanctionwatch.events.verb_tests import one_side
from sanctionwatch.extract.agencies import default_agencies
from sanctionwatch.model import Event, Item, Party, Span

MAX_SENT_TOKENS = 150  # longer "sentences" are run-on lists or tables: not parsed for events


class EventCoder(NounRules):
    """Holds the lexicons; :meth:`code` is a pure function of one annotated document.

    The verb rules are here; the layers below read items, parties, modality, date and
    sources (see :mod:`.base` for the chain).
    """

    def code(self, annotated: Annotated) -> list[Event]:
        """One event per real-world event in the document, restatements merged."""
        pub = parse_published(annotated.document.published)
        drafts: list[_Draft] = []
        for sent in annotated.doc.sents:
            if len(sent) > MAX_SENT_TOKENS or sent.text.rstrip().endswith("?"):
                continue  # a question asserts nothing (gold clarification 14): "Is China
                # about to send arms?" tells no supply; the act, if real, is told elsewhere
            consumed: set[int] = set()
            for token in sent:
                if token.dep_ == "amod" and "-" in token.text:
                    draft = self._code_supplied(annotated, sent, token, pub)
                    if draft is not None:
                        drafts.append(draft)
                    continue
                if token.lemma_.lower() in self.lex.breach.get(
                        "verbs" if token.pos_ == "VERB" else "nouns", frozenset()):
                    draft = self._code_breach(annotated, sent, token, pub)
                    if draft is not None:
                        drafts.append(draft)
                    continue
                if token.pos_ == "ADJ" and token.lemma_.lower() in self.lex.rebuttal[2]:
                    draft = self._code_rebuttal(annotated, sent, token, pub)
                    if draft is not None:
                        drafts.append(draft)
                    continue
                if token.pos_ == "NOUN" and token.dep_ != "ROOT":
                    draft = self._code_noun(annotated, sent, token, pub)
                    if draft is not None:
                        drafts.append(draft)
                        continue
                if token.i in consumed or token.pos_ not in ("VERB", "AUX", "NOUN"):
                    continue
                if token.pos_ == "NOUN" and token.dep_ != "ROOT" and not _verb_misread(token):
                    continue  # nouns code only as headline roots ("Putin gifts car")
                duty = self._code_duty(annotated, sent, token, pub)
                if duty is not None:
                    drafts.append(duty)
                draft = self._code_verb(annotated, sent, token, pub, consumed)
                if draft is not None:
                    drafts.append(draft)
                    drafts.extend(self._co_givers(annotated, draft))
                    drafts.extend(self._exchanged(annotated, draft))
        return _merge(_gifts_told_elsewhere(drafts), self.lex.speech_types)


    def _code_verb(self, ann: Annotated, sent: Any, verb: Any, pub: date | None,
                   consumed: set[int]) -> _Draft | None:
        """One verb's event, in steps: the trigger it codes as (:meth:`_pick`), whether it
        tells an act at all (:meth:`_act_told`), its roles (:meth:`_roles`) and whether they
        leave an act between parties (:meth:`_parties_act`, :meth:`_someone_met`), the roles
        each kind of trigger reads its own way (:meth:`_reassigned_roles`), then item,
        parties, modality, date and sources. None where a guard keeps the verb out."""
        picked = self._pick(verb)
        if picked is None:
            return None
        if self._unrealised(verb) or verb.dep_ in ("amod", "compound"):
            return None  # "firing drills", "guided bombs": a verb naming a kind, not an act
        trigger, light_obj = picked
        goods: dict[int, Item | None] = {}  # each object's goods, read once
        if not self._act_told(ann, sent, verb, trigger, goods):
            return None
        explanation = [f"trigger '{verb.text}' (lemma {verb.lemma_.lower()}) -> {trigger.type}"]
        if light_obj is not None:
            explanation[0] += f" via its object '{light_obj.text}'"
        actor_tok, recipient_tok, item_tok = self._roles(verb, trigger, light_obj)
        actor_tok = self._counted(actor_tok)  # "thousands of people rallied": the people
        if trigger.transfer and item_tok is None:
            item_tok = _object_read_as_subject(verb) or _goods_before_worth(verb)
        if not self._parties_act(verb, trigger, light_obj, actor_tok, recipient_tok):
            return None
        if trigger.mode == "visit" and recipient_tok is not None and \
                recipient_tok.lemma_.lower() in self.lex.place_nouns:
            owner = _of_party(recipient_tok, self.lex.people_nouns) \
                if recipient_tok.pos_ != "PROPN" else None  # "the Palace of the Sun", "the
            # Arch of Triumph": the "of" phrase is part of the place's name, no owner
            if owner is None or owner.lemma_.lower() in self.lex.place_nouns:
                return None  # "visited the museum", "toured the factory", "the construction
                # site of the dam": a sight, no party
            recipient_tok = owner  # "visited the home of a war veteran": the veteran
        if not self._someone_met(verb, trigger, light_obj, actor_tok, recipient_tok):
            return None
        actor_tok, recipient_tok = self._reassigned_roles(
            ann, verb, trigger, light_obj, actor_tok, recipient_tok, goods)
        relayed = self._relayed(verb) if trigger.type == "REQUEST" else None
        if relayed is not None:  # "asked him to convey his greetings to Putin": the asker
            trigger, content = relayed  # greets Putin through the messenger
            # the one greeted ("to Putin"); else the messenger, who speaks for that side
            recipient_tok = _to_object(content) or _from_object(content.head, ("to",)) \
                or recipient_tok
            explanation.append(f"a {trigger.type} relayed by the one asked to "
                               f"'{content.head.text}' it")
        if trigger.type == "REQUEST" and light_obj is None and _asks_question(
                verb, self.lex.asking_verbs):
            return None  # "asked officials which district it was", "asked if teachers were
            # familiar with it": a question put, no act requested
        if trigger.type == "REQUEST" and recipient_tok is None:
            recipient_tok = _clause_subject(verb, infinitive=False)  # "demanded that X go"
        if trigger.clause_object:  # "wants Trump to lift the tariffs": Trump is asked
            recipient_tok = _clause_subject(verb) or (
                _helped(verb) if trigger.type == "AID" else None)
            if recipient_tok is None:
                return None  # "wants to buy drones": an intent, not a request
            if trigger.type == "AID" and any(self._contest(clause) for clause in _children(
                    verb, ("ccomp", "xcomp"))):
                return None  # "helped Inter Miami win the Leagues Cup": sport
        if trigger.owner_object and light_obj is not None:  # "froze the assets of X"
            recipient_tok = _first(_children(light_obj, ("poss",))) or _from_object(
                light_obj, ("of", "belonging")) or recipient_tok
        if recipient_tok is None and trigger.cameo == "163" and light_obj is not None:
            recipient_tok = self._trade_partner(light_obj)  # "halted imports from Japan"
        if recipient_tok is None and trigger.cameo == "174" and light_obj is not None:
            recipient_tok = light_obj  # "ordered the French ambassador to leave": expelled
        if recipient_tok is None and light_obj is not None:
            # "imposed sanctions on Iran", "raise tariffs on Chinese imports": the target
            recipient_tok = next((_first(_children(p, ("pobj",)))
                                  for p in _children(light_obj, ("prep",))
                                  if p.lemma_.lower() in ("on", "against")), None)
        if trigger.type == "CONCEDE" and "legal" in trigger.context and \
                recipient_tok is not None and \
                not any(self._is_people(t) for t in recipient_tok.subtree):
            # "closed the investigation into the fire": a legal pressure eases on people or
            # bodies, a thing is no party ("into an allegation against Assange" names one)
            recipient_tok = None
        seized = None
        if trigger.goods_object and recipient_tok is not None:
            # "seized a tanker", "snatched oil from a tanker": goods taken are no party; the
            # one they are taken from is
            seized = self._item(verb, recipient_tok, ann)
            if seized is not None:
                recipient_tok = next((_first(_children(p, ("pobj",)))
                                      for p in _children(verb, ("prep",))
                                      if p.lemma_.lower() == "from"), None) or flag_state(
                    recipient_tok) or named_owner(recipient_tok)  # "a Panama-flagged ship"
        noun_actor = light_obj is not None and light_obj.dep_ == "nsubjpass" and \
            actor_tok is None and trigger.cameo != "162"  # "the aid had been paused": the
        # aid names no one who held it back (its giver, "U.S. aid", is read below)
        if light_obj is not None and trigger.cameo == "162" and actor_tok is None and \
                light_obj.dep_ == "nsubjpass":
            actor_tok = _origin(light_obj)
            if recipient_tok is not None and recipient_tok.i == light_obj.i:
                recipient_tok = None
        if noun_actor:  # "a U.S.-Britain summit was held": the event noun names its parties
            if recipient_tok is not None and recipient_tok.i == light_obj.i:
                recipient_tok = None
            actor_tok = light_obj
        if trigger.people_only and not self._is_people(recipient_tok):
            return None
        if trigger.weapon_actor and trigger.type == "MOBILIZE" and self._on_visit(verb):
            return None  # "a Russian frigate entered Wonsan port on a friendship visit": a
            # port call, no show of force
        if trigger.mode == "visit" and trigger.people_actor and actor_tok is not None and \
                self._is_force(actor_tok) and not self._on_visit(verb):
            trigger = self.lex.plain("enter")  # "a U.S. aircraft carrier arrived in
            # Busan": a deployment of force (MOBILIZE), not a visit
            explanation.append(f"'{actor_tok.text}' is a weapon: a deployment")
        if trigger.content_object and verb.lemma_.lower() in self.mod["denied_verbs"] and \
                any(self._spelled_out(o) for o in _children(verb, ("dobj",))):
            return None  # "denied allegations that he sold arms": the act denied is coded
            # (denied), not a rejection of the claim (gold clarification 17)
        if trigger.type == "PROTEST" and light_obj is None and self._shown(verb, trigger):
            return None  # "demonstrated its might in the drills": shown, not protested
        if (trigger.type == "PROTEST" or (trigger.type == "SUPPORT" and trigger.objects)) and any(
                self._contest(v) for v in (verb, *_children(verb, ("xcomp", "advcl")))):
            return None  # "rallied to beat Bautista-Agut in the first match", "the trophy
            # and gold medals were awarded to the footballers": sport, no protest or praise
        if trigger.type == "PROTEST" and recipient_tok is not None and \
                recipient_tok.head.lower_ in ("in", "through", "across", "for") and \
                recipient_tok.head.head.i == verb.i:
            recipient_tok = None  # "rallied in Tbilisi", "marched through the capital": the
            # scene of the protest, not its target ("against X", "outside the embassy")
        if trigger.type == "REQUEST" and verb.dep_ in ("advcl", "xcomp") and any(
                t.type == "PROTEST" for t in self._picked_types(verb.head)):
            return None  # "demonstrated in Tel Aviv, demanding a hostage deal": the
            # protesters' demand is what the protest is about, one act (PROTEST)
        if trigger.type == "PROTEST" and actor_tok is not None and _names(
                actor_tok, self.lex.plain("mobilize").objects):
            return None  # "the People's Liberation Army took to the streets": troops out in
            # force are no demonstrators
        if trigger.weapon_actor and trigger.type == "ASSAULT" and recipient_tok is not None \
                and recipient_tok.lemma_.lower() in ("target", "bullseye"):
            trigger = self.lex.object_nouns["drill"]  # "the shells hit the targets": a
            # firing drill or a test (MOBILIZE), no one attacked
        if trigger.weapon_actor and (actor_tok is None or not self._is_force(actor_tok)):
            return None  # "the delegation entered the hall": no force deployed
        if trigger.people_actor and actor_tok is not None and actor_tok.pos_ != "PRON" and \
                not noun_actor and not self._is_people(actor_tok) and not (
                    trigger.type == "ASSAULT" and self._is_force(actor_tok)):
            # ("Russian missiles struck Kyiv": a weapon strikes for whoever fired it)
            return None  # "a train carrying aid arrived": no one visits
        item = self._item(verb, item_tok, ann) if trigger.transfer else seized
        if item is None and light_obj is not None and trigger.type in ("AID", "COOPERATE") \
                and self._goods_named(light_obj, alone=True):
            item = self._item(verb, light_obj, ann)  # "extended a $4.5 billion loan": the
            # event noun is itself what is given
        if item is not None and item.category == "other_goods" and item_tok is not None \
                and item_tok.lemma_.lower() in self.lex.relief_goods and any(
                    t.lemma_.lower() in self.lex.relief_words for t in verb.subtree):
            # "conveyed the materials to the flood victims": goods of no kind sent for a
            # disaster's victims are relief
            item = Item(text=item.text, category="humanitarian", quantity=item.quantity,
                        value=item.value)
            explanation.append("goods of no named kind sent for a disaster's victims: relief")
        visitor = self._visitor(verb, trigger, item)
        if visitor is not None:  # "Kim Jong Un received Sergei Shoigu": a visit hosted
            trigger = Trigger(lemma=trigger.lemma, type=str(trigger.person_type),
                              cameo=trigger.person_cameo, context=("diplomatic",))
            if recipient_tok is None or recipient_tok.i == visitor.i:
                recipient_tok = actor_tok  # "welcomed the delegation": the host is visited
            actor_tok = visitor
            explanation.append(f"a person received ('{visitor.text}'): {trigger.type}")
        if light_obj is not None and trigger.type == "AID" and recipient_tok is None:
            return None  # "getting more active in rendering assistance": help in general,
            # given to no one named
        if trigger.needs_hs and recipient_tok is None:  # "visited the statues ..., laid
            recipient_tok = self._visited_likeness(verb)  # floral baskets": laid there
        if trigger.needs_hs and (item is None or item.hs not in trigger.needs_hs):
            return None  # "laid pipes", "placed an order": no flowers laid in tribute
        if trigger.needs_hs and _tribute_to_no_one(recipient_tok, self.lex):
            return None  # "laid flowers at the memorial": a tribute at a place
        if trigger.transfer and item is None:
            return None  # "gave a speech", "sent a delegation", "equipped the cadres with
            # ideals": no goods, no transfer (a person received is a visit, coded above)
        if trigger.transfer and item is not None and recipient_tok is None and \
                item_tok is not None and not trigger.inbound:
            # "approved a $95 billion aid package for Ukraine": the goods' named destination
            dest = _from_object(item_tok, ("for", "to"))
            if dest is not None and dest.ent_type_ in ("GPE", "NORP", "ORG", "PERSON"):
                recipient_tok = dest
        if trigger.transfer and trigger.inbound and recipient_tok is None and \
                item is not None and item_tok is not None and _agentless_passive(verb) and \
                _origin(_after_dateline(item_tok)) is not None:
            # "North Korean workers are employed at a Russian shipyard": foreign goods or
            # labour taken in at a place of a named state; that state receives them ("rice
            # was purchased at the Pyongyang market" names no goods from abroad)
            recipient_tok = _state_scene(verb)
        if trigger.transfer and not trigger.inbound and actor_tok is None and \
                item is not None and _agentless_passive(verb):
            source = _from_object(verb)  # "cars were exported from Italy to Russia": Italy
            if source is not None and source.ent_type_ == "GPE":
                actor_tok = source
        if trigger.transfer and item is not None and visitor is None:
            origin = _origin(_after_dateline(item_tok)) if item_tok is not None else None
            if origin is not None and (actor_tok is None or not (
                    actor_tok.pos_ in ("PROPN", "PRON") or actor_tok.ent_type_)):
                # "bought Russian crude", "a tanker carrying Iranian oil": the goods' state
                # supplies them where no state is named as supplier
                actor_tok = origin
                explanation.append(f"'{origin.text}' goods: their state supplies them")
        etype, cameo, mode, context = trigger.type, trigger.cameo, trigger.mode, trigger.context
        if trigger.done_type and item is not None and _done(verb):
            etype, cameo = trigger.done_type, trigger.done_cameo
            if item.category in self.lex.military_categories:
                cameo, context = "072", ("military",)
            explanation.append(f"'{verb.text}' in the perfect or as a participle: done, "
                               f"{etype}")
        taught = self._technical_training(verb, trigger)
        if taught is not None:  # "trained Ethiopian technicians in satellite operation"
            etype, cameo, context, item = "COOPERATE", "061", ("economic",), taught
            explanation.append("a skill taught to civilians: technical cooperation")
        if etype == "COOPERATE" and item is not None and \
                item.category in self.lex.military_categories:
            etype, cameo, context = "AID", "072", ("military",)
            explanation.append(f"{item.category} sold or traded: military aid (PLOVER AID)")
        outer = _promise_head(verb, self.lex)
        if outer is not None and item is not None:
            etype, cameo, context = "AGREE", "033", ("diplomatic",)
            consumed.add(outer.i)
            explanation.append(f"under the promise verb '{outer.text}': AGREE (planned)")
            if actor_tok is None:
                actor_tok = _first(_children(outer, SUBJECTS))
        hostile = self._hostile_content(verb) if etype == "AGREE" else None
        if hostile is not None:  # "vowed to retaliate against the U.S.": a threat
            etype, cameo, mode, context = "THREATEN", "130", None, ()
            consumed.add(hostile.i)
            if recipient_tok is None or recipient_tok.i == hostile.i:
                recipient_tok = _from_object(hostile, ("against", "on", "at")) or _first(
                    _children(hostile, ("dobj",))) if hostile.pos_ in ("VERB", "AUX") \
                    else _from_object(hostile, ("against", "on", "at", "to"))
            explanation.append(f"a promise of '{hostile.text}', a hostile act: a threat")
        actor_tok = _past_dateline(sent, actor_tok, verb)
        moved = _first(_children(verb, ("nsubjpass",)))
        if etype == "MOBILIZE" and actor_tok is None and moved is not None and \
                _agentless_passive(verb) and (moved.pos_ in ("NOUN", "PROPN")) and \
                self._forces(moved):
            # "U.S. strategic bombers were deployed to the peninsula": forces moved are
            # their state's, which mobilizes them; they are no target ("extra staff were
            # deployed to airports" moves no forces)
            actor_tok = moved
            if recipient_tok is not None and recipient_tok.i == moved.i:
                recipient_tok = None
            explanation.append(f"forces mobilized ('{moved.text}'): their side acts")
        if etype == "CONSULT" and on_visit(recipient_tok) and not on_visit(actor_tok):
            actor_tok, recipient_tok = recipient_tok, actor_tok  # PLOVER: the visitor acts
            explanation.append("the one on a visit is the actor of the meeting")
        actor = self._party(ann, actor_tok)
        recipient = self._party(ann, recipient_tok)
        if etype == "CONSULT" and self._guest_visits(ann, verb, light_obj, actor_tok,
                                                     recipient_tok, actor, recipient):
            actor, recipient = recipient, actor
            actor_tok, recipient_tok = recipient_tok, actor_tok
            explanation.append("a foreign guest met at home is the visitor, the actor")
        if actor is None and trigger.transfer and item_tok is not None \
                and item_tok.pos_ != "PRON":  # "Iranian drones were delivered": from Iran
            actor = origin_state(ann, item_tok)
            if actor is not None:
                explanation.append(f"'{actor.name}' goods: supplied from {actor.country}")
        if actor is None and recipient is None and trigger.transfer and item is not None \
                and recipient_tok is None and _agentless_passive(verb):
            home = self._home_country(ann)
            if home:  # "licences for the new houses were handed over", in the state outlet's
                # own copy: a handover at home, from and to its own (unnamed) side
                actor, recipient = Party(country=home), Party(country=home)
                explanation.append("a handover with no one named in the state outlet's own "
                                   "copy: domestic")
        departed = "here" in trigger.needs
        if actor is None and recipient is None:
            return None  # no party at all: "attending the forum" says nothing of who did
        if noun_actor and actor is not None and actor.country is None:
            actor.country = _hyphen_country(light_obj)
        judicial = etype == "COERCE" and verb.lemma_.lower() in judicial_verbs()
        actor = self._scene_sides(ann, verb, etype, judicial, actor, actor_tok, recipient,
                                  recipient_tok, explanation)
        home = self._home_country(ann)
        sides = ((actor, actor_tok), (recipient, recipient_tok))
        for party, tok in sides if not noun_actor else sides[1:]:
            epithet = epithet_state(tok, home) if party is not None and \
                party.country is None and tok is not None and tok.pos_ != "PRON" else None
            if party is not None and epithet is not None:
                if _states_in_view(ann, tok) - {home, epithet}:
                    continue  # KCNA calls Kyiv's side "puppet" too: with another state in
                    # the sentence the epithet places no one, and the party is no domestic one
                party.country = epithet  # "the puppet military", in KCNA's copy: the ROK's
                explanation.append(f"'{party.name}': named so by the state outlet for "
                                   f"{epithet}'s side")
            local = self._local(ann, verb, tok, home) if party is not None and \
                party.country is None and home and etype not in FRIENDLY_TYPES else None
            if party is not None and local is not None:
                party.country = local
                explanation.append(f"'{party.name}': people where the act took place")
            if party is not None and party.country is None and home \
                    and self._domestic(ann, tok, etype not in FRIENDLY_TYPES
                                       and _foreign_scene(ann, tok, home)) \
                    and _unlisted_body(ann, party):
                party.country = home
                explanation.append(f"'{party.name}': a domestic party of the state outlet")
        if actor is None and home and trigger.transfer and recipient is not None and \
                recipient.country == home and _agentless_passive(verb):
            # "the weapons will be transferred to our army": a domestic handover
            actor = Party(entity=None, name=None, country=home)
            explanation.append("goods handed to a domestic party by an unnamed sender: "
                               "the state outlet's own")
        if actor is None and home and recipient is not None and \
                etype in self.lex.threat_types and self._conditional(verb) and \
                _agentless_passive(verb) and "legal" not in trigger.context:
            # (a court's act on a condition, "if convicted, X could be jailed", is no
            # threat by the state the outlet speaks for)
            # "if a war breaks out, the ROK will be wiped off the map", in the state outlet's
            # own voice: the outlet's state threatens (the threat is coded below)
            actor = Party(entity=None, name=None, country=home)
            explanation.append("a coercive act on a condition in the state outlet's own "
                               "voice: its state's")
        if actor is None and home and trigger.future_only and recipient is not None:
            # "the U.S. is bound to bear the responsibility", in the state outlet's own
            # voice: the warning is the outlet's state's
            actor = Party(entity=None, name=None, country=home)
            explanation.append("a warning in the state outlet's own voice: its state's")
        if etype == "AID" and trigger.transfer and self._traded(trigger.lemma, verb, item) and \
                not one_side(actor, recipient, home) and not _to_person(ann, recipient_tok) \
                and (actor_tok is None or self._firm(actor_tok) or any(
                    p is not None and p.country for p in (actor, recipient))):
            # (goods sent to a person, "sent a car to Putin", are his gift, not trade)
            etype, cameo, context = "COOPERATE", "061", ("economic",)
            explanation.append(TRADE_READ)
        if trigger.transfer and self._to_market(recipient_tok) and \
                not _state_side(ann, actor):
            return None  # "Volkswagen delivered vans to fleet customers": a firm's sales
        firm = actor_tok is not None and (actor_tok.ent_type_ == "ORG" or _company(ann, actor))
        if etype in ("AID", "COOPERATE") and recipient_tok is None and firm and \
                not _state_side(ann, actor) and self._plainly_moved(trigger.lemma, verb):
            return None  # "Amazon delivered a record number of parcels": a firm's trade
            # to no one named (a state's shipment, or one to a named recipient, codes)
        if (trigger.transfer and self._share_told(verb)) or self._permit_only(
                trigger, light_obj, item_tok):
            return None  # "imports most of its wheat", "approved export licences": figures
            # and permits, no goods moved (gold guideline 10)
        deal = (etype == "AGREE" and self._deal_to_supply(light_obj)) or (
            trigger.transfer and verb.dep_ in ("acl", "relcl") and self._deal_to_supply(verb.head))
        if deal and not any(_state_side(ann, p) for p in (actor, recipient)):
            return None  # "it struck a deal to supply chips to Apple": firms' business
        if etype == "AGREE" and _company(ann, actor) and (
                recipient is None or recipient.country is None):
            return None  # "Google promised more", "the Apple deals promise to be better": a
            # firm's promise to no one with a state is business copy, no agreement
        if etype in ("COOPERATE", "AGREE") and item is not None and not any(
                p is not None and p.country for p in (actor, recipient)):
            return None  # "dealers sold 17 million cars", "Audi will offer the car in blue":
            # commerce with no state in it
        named = any(t is not None and (t.pos_ == "PROPN" or self._is_people(t))
                    for t in (actor_tok, recipient_tok)) or (
            # "I have been deported", "they were arrested": a person acted on is specific
            trigger.person_object and recipient_tok is not None and
            recipient_tok.lower_ in self.lex.personal_pronouns) or (home is not None and any(
                        p is not None and _unlisted_body(ann, p) for p in (actor, recipient)))
        if not _linked(actor) and not _linked(recipient) and not named and (
                item is None or (actor is None and recipient is None)):
            return None  # neither party is a known entity or state: too vague to code
        modality, why = self._modality(verb, sent)
        if etype == "CONSULT" and self._forecast(verb):
            return None  # "officials are likely to meet", "is expected to attend": a
            # forecast of a meeting, no meeting arranged (gold guideline 5)
        if etype == "CONSULT" and modality == "planned" and verb.lemma_.lower() not in \
                self.mod.get("participation_verbs", frozenset()):
            etype, cameo, mode = "AGREE", "030", None  # "will hold talks", "is to visit": a
            # meeting agreed for later (gold clarification 24)
            explanation.append("a meeting still to come: agreed, not held (AGREE)")
        if etype == "THREATEN" and modality == "hypothetical" and self._conditional(verb):
            # "threatened to close the strait if attacked": the threat is made; only what is
            # threatened waits on the condition (gold guideline 5)
            modality, why = self._threat_modality(verb, sent)
            recipient = recipient or self._party(ann, _condition_subject(
                verb, self.mod.get("condition_marks", frozenset())))  # "threatened to close
            # the strait if the U.S. attacked": the U.S. is warned
        if departed and actor is not None and actor.country == home:
            return None  # "our delegation left here for Russia": the visit is abroad, told
            # by "leave for" where the host is named
        if departed and recipient is None and home:  # "left here": the host's state
            recipient = Party(entity=None, name=None, country=home)
            explanation.append("a guest left the state outlet's country: its state hosted")
        if etype == "AGREE" and item is None and light_obj is not None:
            # "passed a bill on aid of $14 billion to Israel": what is promised
            for prep in [*_children(light_obj, ("prep",)), *_children(verb, ("prep",))]:
                if prep.lemma_.lower() in ("on", "for", "of"):
                    item = item or self._item(verb, _first(_children(prep, ("pobj",))), ann)
        if etype == "COOPERATE" and item is None and modality == "planned":
            etype, cameo = "AGREE", "030"  # "would expand cooperation": intent (CAMEO 030)
            explanation.append("cooperation still to come: an intent to cooperate (AGREE)")
        if hostile is not None and modality in ("planned", "reported"):
            modality, why = "asserted", "a threat made: what is threatened is not coded"
        if etype == "AGREE" and modality in ("asserted", "reported") and \
                not self._settled(verb, light_obj, item):
            modality, why = "planned", "a promise or agreement: not yet done"
        if trigger.transfer and etype in ("AID", "COOPERATE") and modality == "planned":
            etype, cameo = "AGREE", "033"
            explanation.append("a transfer still to come: a promise of it (AGREE)")
        if etype in self.lex.threat_types and modality in ("planned", "hypothetical") and \
                actor is not None and self._conditional(verb) and "legal" not in \
                trigger.context:  # "could be jailed if convicted": a court's act, no threat
            etype, cameo, mode, context = "THREATEN", "130", None, ()
            modality, why = self._threat_modality(verb, sent)
            recipient = recipient or self._party(ann, _condition_subject(
                verb, self.mod.get("condition_marks", frozenset())))  # "if Israel attacks,
            # Tehran would respond": Israel is threatened
            explanation.append("threatened on a condition: THREATEN")
        if trigger.future_only and not trigger.undergoer and recipient is None:
            # "will never tolerate the provocations of the U.S. and will take resolute
            # countermeasures": the doer of the deed answered in the sibling clause
            recipient = self._party(ann, _answered_doer(verb))
        if trigger.future_only and not trigger.undergoer and not _linked(recipient):
            return None  # "pledged to take action against similar strategies": a policy,
            # no party warned
        if trigger.future_only and actor is None:
            # "Israel will pay a heavy price, the Iranian minister said": the speaker warns;
            # "Britain will face the consequences of Brexit": no one does, no threat
            said_by = next(iter(speakers(verb, sent, self.mod["reported_verbs"])), None)
            actor = self._party(ann, said_by[0]) if said_by is not None else None
            if actor is None:
                return None
        if trigger.future_only:  # "will pay a dear price": a warning made now
            if modality not in ("planned", "hypothetical") and not self._deontic(verb):
                return None  # "paid a heavy price", "bears responsibility": no warning
            modality, why = "asserted", "what is to befall the subject: a warning made now"
            warned = _conditioned_party(verb, recipient_tok,
                                        self.mod.get("condition_marks", frozenset()))
            if warned is not None:  # "if the ROK goes on, it will witness our response"
                recipient = self._party(ann, warned) or recipient
        if light_obj is not None and light_obj.i == getattr(_jail_term(verb), "i", -1) and \
                modality in ("asserted", "reported"):
            modality, why = "hypothetical", "a term faced: a possible sentence, not one passed"
        if trigger.clause_object and modality == "hypothetical":
            return None  # "might want Obama to head back": a guessed wish, no demand made
        if (trigger.state_actor or self._state_act(hostile)) and not _state_side(ann, actor):
            return None  # "the teacher punished the pupils", "the boxer vowed to punish his
            # opponent": punishment in the everyday sense, no state's coercion; "SpaceX
            # tested its rocket": a firm's trial, no show of force
        explanation.append(f"modality {modality}: {why}")
        # a trade measure imposed years ago ("banned imports from X in 2017") is in force
        # still: news for as long as goods moved are
        resolved = self._date(verb, sent, pub, modality,
                              goods=item is not None or cameo == "163")
        if resolved is None:
            return None
        start, end = _line_span(ann.document.text, sent, verb)
        text = ann.document.text
        event = Event(
            id="", type=etype, actor=actor, recipient=recipient, modality=modality,
            date=resolved[0], date_precision=resolved[1], sources=self._sources(ann, sent, verb),
            evidence=Span(start, end, text[start:end]), mode=mode, context=list(context),
            cameo=cameo, item=item, trigger=verb.text, explanation=explanation + resolved[2])
        return _Draft(event, _key(ann, actor), _key(ann, recipient), verb.i,
                      _same_act(verb) if not trigger.transfer else frozenset(),
                      _after_dateline(item_tok).i if item is not None and item_tok is not None
                      else -1, _shared_object(verb), _further(verb, self.lex.further_words))


    def _parties_act(self, verb: Any, trigger: Trigger, light_obj: Any, actor_tok: Any,
                     recipient_tok: Any) -> bool:
        """Whether the roles read leave an act between parties: no natural force acting, no
        duty, habit or need stated, no mute speaker, no sum paid to no one, no likeness met."""
        if actor_tok is not None and actor_tok.lemma_.lower() in self.lex.hazard_nouns:
            return False  # "a downpour struck the border": a natural force, no actor
        if actor_tok is None and trigger.type == "ASSAULT" and self._by_hazard(verb):
            return False  # "two people were killed when a truck crashed", "killed in a
            # helicopter crash": an accident or a disaster, no one attacked
        if self._deontic(verb) and not self._inferred(verb) and not trigger.future_only:
            return False  # "they should give them criticism", "should have condemned": a
            # duty or an instruction, not an act reported (nor one that could happen)
        if self._habitual(verb) and not trigger.transfer:
            return False  # "the U.S., which often calls for self-determination", "the
            # authorities often promise improvement": a habit, no datable act; but goods
            # supplied "regularly" are supplies that go on (evidence of a breach)
        if self._needed(verb):
            return False  # "it is necessary to make higher demands on the officials", "it is
            # important for China to impose sanctions": a need stated, not an act reported
        if trigger.goods_object and not _children(verb, ("dobj",)) and any(
                p.lower_ == "with" for p in _children(verb, ("prep",))):
            return False  # "seized with a dream", "seized with fear": gripped, no seizure
        if trigger.type in self.lex.speech_types and self._mute(actor_tok) and (
                light_obj is None or actor_tok.i != light_obj.i):
            return False  # "the present era demands hands-on officials": no one speaks
        if trigger.transfer and recipient_tok is not None and \
                recipient_tok.lower_.endswith(("self", "selves")):
            return False  # "equipping themselves with faith": nothing changes hands
        if recipient_tok is None and light_obj is None and \
                verb.lemma_.lower() in money_words().paying_verbs:
            return False  # "could have to pay $250,000", "paid the price": a sum paid to
            # no one named is a fine or a cost, not money moved between parties
        # "visited the statues of President Kim Il Sung": a tribute paid at a likeness, no
        # one met (the flowers laid there are coded by their own verb)
        return not (trigger.mode == "visit" and recipient_tok is not None
                    and recipient_tok.lemma_.lower() in self.lex.likeness_nouns)

    def _someone_met(self, verb: Any, trigger: Trigger, light_obj: Any, actor_tok: Any,
                     recipient_tok: Any) -> bool:
        """Whether a tribute, greeting or meeting has a party on its other side (not a place
        of the dead, an emblem, an occasion or a sports rival) and a ban is no rule's text."""
        if light_obj is not None and trigger.type == "SUPPORT" and \
                any(t.needs_hs for t in self.lex.triggers.get(verb.lemma_.lower(), [])) and \
                recipient_tok is not None and \
                recipient_tok.lemma_.lower() in self.lex.burial_nouns:
            return False  # "laid a wreath at the cemetery": a tribute at a place, to no one
            # (gold clarification 13); a wreath sent to a funeral stays a condolence
        if light_obj is not None and trigger.type == "SUPPORT" and \
                light_obj.lemma_.lower() in ("tribute", "homage") and self._flowers_laid(verb):
            return False  # "laid floral baskets and paid tribute to them": the flowers are the
            # tribute, one act (coded as the flowers given)
        if light_obj is not None and trigger.type == "SUPPORT" and \
                self._honours_no_one(recipient_tok):
            return False  # "paid high tribute to the national flag": an emblem, no party
        if light_obj is None and self._no_counterpart(verb):
            return False  # "greeted the anniversary", "meet the requirements": no one met
        if trigger.type == "CONSULT" and trigger.person_object and self._contest(verb):
            return False  # "will meet its Brazilian rival in the quarterfinals": sport
        # "the resolution bans exports": what a rule says, not an act
        return not (trigger.type == "COERCE" and actor_tok is not None
                    and actor_tok.lemma_.lower() in self.lex.instrument_nouns)

    def _act_told(self, ann: Annotated, sent: Any, verb: Any, trigger: Trigger,
                  goods: dict[int, Item | None]) -> bool:
        """Whether a trigger verb tells an act at all, before its roles are read: not an
        attribution, a purpose, a description of a noun, a question, a kind or an object
        the trigger needs missing (each guard says what it keeps out)."""
        if verb.lemma_.lower() in self.mod["reported_verbs"] and not _children(verb, OBJECTS) \
                and ((verb.dep_ == "parataxis" and verb.head.i < verb.i)
                     or any(c.dep_ == "ccomp" and c.i < verb.i for c in verb.children)):
            return False  # "..., officials warned": an attribution of what precedes it
        if trigger.needs_object and not _children(
                verb, (*OBJECTS, "nsubjpass", "xcomp", "ccomp", "dative")):
            return False  # "launched upon research projects": no missile, no launch
        if trigger.needs_goods and not any(
                self._needed_goods(verb, obj, ann, trigger, goods)
                for obj in _children(verb, (*OBJECTS, "nsubjpass"))):
            return False  # "launched a campaign": no missile (nor drill), no launch
        if trigger.with_words and not any(t.lemma_.lower() in trigger.with_words
                                          for t in verb.subtree):
            return False  # "will bear responsibility for the delays": no warning
        if trigger.purpose_words and not _purpose_is(verb, trigger.purpose_words):
            return False  # "took to the streets to celebrate the win": no protest
        if trigger.objects and not any(_names(obj, trigger.objects) for obj in [*_children(
                verb, ("dobj", "nsubjpass")), *_prep_objects(verb, trigger.needs)]):
            return False  # "mobilized all forces and means on harvesting": no troops; "lifted
            # the trophy", "signed Mbappe": no measure eased, no document signed
        if trigger.skill and not self._skill_named(verb):
            return False  # "trained skilled workers", "trained the people into heroes": no
            # skill named, no service given
        voiced = self._voiced(verb, trigger)
        if not trigger.transfer and _purpose(verb) and not voiced:
            return False  # "on a visit to Russia to attend a forum": meant, not reported
        if self._noun_content(verb) and not voiced:
            return False  # "a policy for supplying the children", "efforts to send goods":
            # what a noun is for or about, not an act reported
        if not trigger.transfer and _describes(verb, self.lex.time_nouns):
            return False  # "Russian forces attacking from across the border", "the money NASA
            # requested": a clause describing a noun, not the act the sentence reports
        if _wh_question(sent, verb):
            return False  # "Why have some fans boycotted the event?", "What charges does he
            # face?": a question about the act's reason or detail, no act told
        if trigger.transfer and _evaluated(verb):
            return False  # "the bouquets presented to the veterans were an expression of
            # reverence": a transfer named only to be judged is background, not news
        if trigger.inbound and verb.dep_ == "relcl":
            return False  # "the flood victims, who received the aid": a receipt told as
            # background to another act (the giver's act, if any, is told elsewhere)
        # "bombs banned by international law", "resolutions that ban the supply of luxury
        # goods": a description, not an act ("issued a statement warning Seoul": the text
        # warns, an act of its issuer)
        return not (trigger.no_participle and verb.dep_ in ("acl", "relcl")
                    and verb.head.lemma_.lower() not in self.lex.time_nouns and not (
                        verb.tag_ == "VBG" and verb.head.lemma_.lower() in self.lex.voice_nouns))

    def _reassigned_roles(self, ann: Annotated, verb: Any, trigger: Trigger, light_obj: Any,
                          actor_tok: Any, recipient_tok: Any,
                          goods: dict[int, Item | None]) -> tuple[Any, Any]:
        """The actor and recipient after the trigger's own reading of its parse: the
        undergoer's side, an inbound sender, a weapon's target, a measure's target, the
        maker of a content object, a name the parser hung on a date, a writer answered."""
        if trigger.undergoer:  # "he faces charges": charged by someone unnamed
            actor_tok, recipient_tok = None, actor_tok
        if light_obj is not None and verb.lemma_.lower() in self.lex.inbound_light_verbs:
            # "received a message from Putin": Putin sends, the subject receives
            sender = _from_object(verb) or _from_object(light_obj) or bearer(
                light_obj, self.lex.people_nouns)  # "the credentials of the ambassador"
            actor_tok, recipient_tok = sender, actor_tok
        if trigger.needs_goods and not trigger.transfer and recipient_tok is not None and \
                self._item_once(verb, recipient_tok, ann, goods) is not None:
            # "fired two missiles into the sea", "flew bombers near Taiwan": the weapon is
            # what is used, not a party; the target is a "at / on X" where one is named
            recipient_tok = _from_object(verb, ("at", "on", "against", "toward", "towards"))
        if trigger.measure_object:  # "lifted the ban on Iran": Iran gains, not the ban
            obj = _first(_children(verb, OBJECTS))
            if obj is not None and recipient_tok is not None and recipient_tok.i == obj.i:
                recipient_tok = _from_object(obj, ("on", "against", "for"))
        if trigger.content_object and recipient_tok is not None and \
                recipient_tok.dep_ in ("dobj", "nsubjpass") and \
                not self._is_people(recipient_tok):
            # "turned down the proposal from Trump": Trump is rejected; "chanted slogans": none
            recipient_tok = _first(_children(recipient_tok, ("poss",))) or _from_object(
                recipient_tok, ("from", "by"))
        if recipient_tok is not None and recipient_tok.ent_type_ in ("DATE", "TIME"):
            # "severed ties with Israel on Tuesday": a date is no party; the event noun's
            # "with X" / "to X" is, unless the parser hung a name on the date ("met with
            # Bashar Assad Tuesday")
            recipient_tok = swallowed_name(recipient_tok) or (
                _to_object(light_obj) if light_obj is not None else None)
        if trigger.objects and recipient_tok is not None and any(
                t.i == recipient_tok.i for t in _prep_objects(verb, trigger.needs)) and \
                recipient_tok.lemma_.lower() not in self.lex.voice_nouns:
            recipient_tok = None  # "took to the streets": what the verb needs, no party
        if trigger.type == "CONSULT" and light_obj is None and recipient_tok is not None and \
                recipient_tok.lemma_.lower() in self.lex.voice_nouns:
            # "replied to a message sent by X", "to X's letter": the writer is answered
            recipient_tok = _writer(recipient_tok)
        return actor_tok, recipient_tok

    def _code_duty(self, ann: Annotated, sent: Any, verb: Any,
                   pub: date | None) -> _Draft | None:
        """A duty laid on a named party by a speaker ("the minister said Washington should
        withdraw its troops", "the ROK must stop the provocation" in a state outlet's own
        statement): a demand on that party (PLOVER REQUEST), whatever the act demanded (it
        has not happened, so it is not coded). A duty with no one to lay it ("it should
        establish"), on the speaker's own side ("we must"), asked ("why should ...?") or on a
        condition ("if sane, X should") is none."""
        trigger = self.lex.duty
        if trigger is None or verb.pos_ not in ("VERB", "AUX") or not self._deontic(verb) \
                or self._inferred(verb) or sent.text.rstrip().endswith("?") \
                or self._conditional(verb):
            return None
        subject = _first(_children(verb, ("nsubj",)))
        if subject is None or subject.pos_ == "PRON" or verb.lemma_ == "be":
            return None  # "the U.S. should be aware that ...": a stance urged, no act
        if any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children):
            return None  # "Real Madrid should have won": a judgement on the past, no demand
        parties = self._duty_parties(ann, verb, subject)
        if parties is None:
            return None
        actor, recipient, when = parties
        resolved = self._date(when, sent, pub, "asserted")
        if resolved is None:
            return None
        start, end = _line_span(ann.document.text, sent, verb)
        event = Event(
            id="", type=trigger.type, actor=actor, recipient=recipient, modality="asserted",
            date=resolved[0], date_precision=resolved[1], sources=self._sources(ann, sent, verb),
            evidence=Span(start, end, ann.document.text[start:end]), mode=trigger.mode,
            context=list(trigger.context), cameo=trigger.cameo, item=None, trigger=verb.text,
            explanation=[f"'{verb.text}' under a duty modal with a named subject: a demand "
                         f"on it ({trigger.type})", "modality asserted: the demand is made",
                         *resolved[2]])
        return _Draft(event, _key(ann, actor), _key(ann, recipient), verb.i)

    def _duty_parties(self, ann: Annotated, verb: Any,
                      subject: Any) -> tuple[Party, Party, Any] | None:
        """Who lays a duty on whom, and the verb that dates it: the speaker of a reporting
        verb ("the ministry said X should") or, in a state outlet's own statement, its state
        on a foreign party. None for a duty on the speaker's own side ("Xi said China should
        deepen reform", "the KPA should defend the country" in its own state's outlet)."""
        home = self._home_country(ann)
        recipient = self._party(ann, subject)
        if recipient is None or not _linked(recipient):
            return None
        said = verb.head if verb.dep_ == "ccomp" else next(  # "X should ..., experts say"
            (c for c in verb.children if c.dep_ == "parataxis"), None)
        if said is not None and said.lemma_.lower() in self.mod["reported_verbs"]:
            speaker = _first(_children(said, ("nsubj",)))
            if speaker is None or speaker.lower_ in ("we", "us"):
                return None
            actor, when = self._party(ann, speaker), said
            if actor is None or (actor.country is None and (
                    subject.ent_type_ in ("GPE", "NORP") or not (
                        speaker.ent_type_ == "PERSON"
                        or speaker.lower_ in self.lex.personal_pronouns))):
                return None  # "critics said Netflix should", "Xi said China should" (maybe
                # his own): an opinion; a person of a known state, or one named on a body
                # ("he said NASA should drop its programs"), lays a duty
        elif verb.dep_ == "ROOT" and home:
            actor, when = Party(entity=None, name=None, country=home), verb
        else:
            return None
        if actor is None or _key(ann, actor) == _key(ann, recipient):
            return None
        if actor.country == recipient.country and (subject.ent_type_ == "GPE" or home):
            return None
        if when is verb and recipient.country is None:
            return None  # "regional Party organizations should work": the outlet's own side
        return actor, recipient, when

    def _co_givers(self, ann: Annotated, draft: _Draft) -> list[_Draft]:
        """"received floral baskets from the president of Mongolia and members of the
        foundation", "a basket from the Vietnamese ambassador and a basket from the Brazilian
        embassy": one gift (or message) from each further giver of another state, as each
        state's gift is its own act. Givers of one state stay one event (the first named)."""
        event = draft.event
        if draft.trigger_i < 0 or event.actor is None or event.actor.country is None:
            return []
        verb = ann.doc[draft.trigger_i]
        lemma = verb.lemma_.lower()
        if lemma not in self.lex.inbound_light_verbs and not any(
                t.inbound for t in self.lex.triggers.get(lemma, [])):
            return []
        goods = [g for o in _children(verb, ("dobj",)) for g in (o, *o.conjuncts)]
        givers = [g for node in (verb, *goods) for p in _children(node, ("prep",))
                  if p.lower_ == "from" for o in _children(p, ("pobj",))
                  for g in (o, *o.conjuncts)]
        seen = {event.actor.country}
        out = []
        for giver in givers:
            party = self._party(ann, giver)
            if party is None or party.country is None or party.country in seen:
                continue
            seen.add(party.country)
            copy = replace(event, actor=party, explanation=[
                *event.explanation, f"a further giver '{giver.text}' of another state"])
            out.append(_Draft(copy, _key(ann, party), draft.recipient_key, draft.trigger_i))
        return out

    def _exchanged(self, ann: Annotated, draft: _Draft) -> list[_Draft]:
        """"provided Russia with shells in exchange for oil", "in return for food": goods
        given in return move the other way, from the recipient to the supplier, told with
        the same modality, date and sources (a trade; military aid where they are arms)."""
        event = draft.event
        if draft.trigger_i < 0 or event.item is None or event.type not in ("AID", "COOPERATE"):
            return []
        verb = ann.doc[draft.trigger_i]
        for noun in verb.subtree:
            governor = _governing_verb(noun)
            if noun.lower_ not in self.lex.exchange_nouns or noun.dep_ != "pobj" or \
                    noun.head.lower_ != "in" or governor is None or governor.i != verb.i:
                continue
            goods = next((o for p in _children(noun, ("prep",)) if p.lower_ == "for"
                          for o in _children(p, ("pobj",))), None)
            item = self._item(verb, goods, ann) if goods is not None else None
            if goods is None or item is None:
                return []
            military = item.category in self.lex.military_categories
            etype, cameo, context = ("AID", "072", ["military"]) if military else (
                "COOPERATE", "061", ["economic"])
            copy = replace(event, actor=event.recipient, recipient=event.actor, type=etype,
                           cameo=cameo, context=context, mode=None, item=item,
                           trigger=noun.text, restatements=[], explanation=[
                               *event.explanation, f"'{noun.head.text} {noun.text} for "
                               f"{goods.text}': goods given in return by the recipient"])
            return [_Draft(copy, draft.recipient_key, draft.actor_key, noun.i,
                           item_i=goods.i)]
        return []


        # use" on the verb or on the trainees


# exchanges in which a state outlet's "he" is its own leader ("He sent a reply message to
# the president of Laos"); in reproaches, demands and force beside another state, "he" or
# "it" is as often an outsider ("he should have condemned the ROK military")
FRIENDLY_TYPES = frozenset({"SUPPORT", "CONSULT", "AID", "AGREE", "COOPERATE"})
TRADE_READ = "goods of trade moved with no gift or aid named: trade"


def _gifts_told_elsewhere(drafts: list[_Draft]) -> list[_Draft]:
    """A transfer read as trade only for want of a gift word ("North Korea sent a car to
    Russia") is the gift the story tells elsewhere between the same parties with goods of
    the same kind ("Kim Jong Un sent the car to Russia as a gift"): AID, so the two merge."""
    gifts = {_sides(d.event) for d in drafts if d.event.type == "AID"}
    out = []
    for draft in drafts:
        event = draft.event
        if event.type == "COOPERATE" and TRADE_READ in event.explanation and \
                _sides(event) in gifts:
            draft = replace(draft, event=replace(
                event, type="AID", cameo="070", context=[], explanation=[
                    *event.explanation, "the same goods told as a gift elsewhere: AID"]))
        out.append(draft)
    return out


def _promise_head(verb: Any, lex: Lexicon) -> Any:
    """The promise verb ("agreed to supply", "offered to send") a transfer hangs from."""
    if verb.dep_ not in ("xcomp", "acl"):
        return None
    head = verb.head
    if head.lemma_.lower() in lex.modality["planned_verbs"]:
        return head
    for trigger in lex.triggers.get(head.lemma_.lower(), []):
        if trigger.type == "AGREE":
            return head
    return None


def _state_side(ann: Annotated, party: Party | None) -> bool:
    """Whether a party can act for a state: it has one, and it is no company (a firm's
    home state does not make its rocket test a show of force)."""
    return party is not None and party.country is not None and not _company(ann, party)


def _company(ann: Annotated, party: Party | None) -> bool:
    """Whether a party is a firm the entities stage knows ("Tesla", "Samsung")."""
    entity = ann.entity(party.entity) if party is not None else None
    return entity is not None and entity.schema == "Company"


@lru_cache(maxsize=1)
def default_coder() -> EventCoder:
    """The coder over the packaged lexicons, built on first use."""
    return EventCoder(default_lexicon(), default_agencies())


def _answered_doer(verb: Any) -> Any:
    """The doer of the deed a coordinated clause of the same subject objects to ("will never
    tolerate the provocations of the U.S. and will take countermeasures": the U.S.), where
    its object names one by "of X" or "X's"; None otherwise."""
    sibling = verb.head if verb.dep_ == "conj" else None
    for obj in _children(sibling, ("dobj",)) if sibling is not None else []:
        doer = _first(_children(obj, ("poss",))) or _from_object(obj, ("of", "by"))
        if doer is not None and (doer.pos_ == "PROPN" or doer.ent_type_ in (
                "GPE", "NORP", "ORG", "PERSON")):
            return doer
    return None


def _tribute_to_no_one(recipient: Any, lex: Lexicon) -> bool:
    """Flowers laid at a place that is no one's likeness and names no one ("at the
    memorial", "at the school"), or at nothing: given to no one. "Before the statue of X",
    "at the statues" (the leaders'), "to the soldiers" keep their recipient."""
    if recipient is None:
        return True
    lemma = recipient.lemma_.lower()
    return (lemma in lex.place_nouns and lemma not in lex.likeness_nouns
            and _of_party(recipient, lex.people_nouns) is None)


def _of_party(place: Any, people_nouns: frozenset[str]) -> Any:
    """The person or party a place is of ("the home of a war veteran", "the embassy of
    Russia"), if its "of" phrase names one."""
    owner = of_object(place)
    if owner is not None and (owner.ent_type_ in ("PERSON", "GPE", "NORP", "ORG")
                              or is_party_like(owner, people_nouns)):
        return owner
    return None


def _sides(event: Event) -> tuple[str | None, str | None, str | None]:
    """A transfer's states and goods category (a leader's act is his state's)."""
    return (event.actor.country if event.actor else None,
            event.recipient.country if event.recipient else None,
            event.item.category if event.item else None)


def _to_person(ann: Annotated, token: Any) -> bool:
    """Whether a token names a person of the entities stage (not a place the tagger took
    for one: "Bandar Abbas")."""
    if token is None or token.ent_type_ != "PERSON":
        return False
    entity = ann.entity_at(token.idx, token.idx + len(token))
    return entity is not None and entity.schema == "Person"
