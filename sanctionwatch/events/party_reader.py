"""Parties of an event: the actor and recipient of a verb (:meth:`PartyReader._roles`),
a token read as a party with its state (:meth:`PartyReader._party`, pronouns, story
persons), and the scene rules that place a domestic act's other side.
"""

from __future__ import annotations

from itertools import chain
from typing import Any

from sanctionwatch.annotate import Annotated
from sanctionwatch.events.lexicon import Trigger
from sanctionwatch.events.parties import (
    adjunct_objects,
    agent_destination,
    agent_of,
    attack_agent,
    beneficiary,
    between_sides,
    bound_subject,
    clause_recipient,
    exchange_counterpart,
    foreign_group,
    from_to_recipient,
    goods_destination,
    hyphen_head,
    main_subject_entity,
    member_of_group,
    message_author,
    misparsed_dative,
    misread_subject,
    named_giver,
    names_same_party,
    office_holder,
    others_of,
    pair_anaphor,
    pair_antecedent,
    participle_agent,
    participle_destination,
    reciprocal_counterpart,
    reproach_target,
    shared_object,
    stray_agent,
    swallowed_name,
    titled_name,
    titled_official,
)
from sanctionwatch.events.scenes import (
    act_scene,
    circumstance,
    event_host,
    hosted_guest,
    hosted_occasion,
    hosting_verb,
    names_scene,
    scene_place,
    scene_state,
)
from sanctionwatch.events.sources import reporting_heads
from sanctionwatch.events.states import (
    PARTY_ENTS,
    anaphoric,
    antecedent_state,
    authority_nouns,
    capital_country,
    capital_state,
    country_phrase,
    dateline_state,
    demonym_country,
    described_before,
    earlier_salient,
    epithet_state,
    group_word,
    leader_state,
    mission_owner,
    modifier_country,
    named_owner,
    names_group,
    near_phrase,
    origin_named,
    party_words,
    place_state,
    plural_states,
    state_entity,
    story_state,
    territory_code,
)
from sanctionwatch.events.syntax import (
    OBJECTS,
    QUOTES,
    SUBJECTS,
    _after_dateline,
    _agentless_passive,
    _children,
    _first,
    _from_object,
    _in_clause,
    _inherited_subject,
    _needed_prep_on_object,
    _past_dateline,
    _prep_objects,
    _prep_of,
    _thing,
    _to_object,
    _user_of,
)
from sanctionwatch.events.verb_tests import VerbTests
from sanctionwatch.model import Entity, Item, Party

# speech acts aimed at someone's deed: "a warning over X's remarks" is aimed at X
REPROACH_TYPES = frozenset({"ACCUSE", "THREATEN", "PROTEST", "REJECT"})
# acts aimed at a party through a thing of theirs: "ratified Sweden's bid", "condemned
# Japan's decision", "demanded Israel's withdrawal" (not "released Swift's albums")
AIMED_TYPES = frozenset({"SUPPORT", "ACCUSE", "REJECT", "PROTEST", "THREATEN", "SANCTION",
                         "COERCE", "ASSAULT", "REQUEST"})


class PartyReader(VerbTests):
    """Reads who did what to whom; a layer of :class:`~.coder.EventCoder`."""

    def _visitor(self, verb: Any, trigger: Trigger, item: Item | None) -> Any:
        """The person object of a verb whose person reading differs ("received X")."""
        if trigger.person_type is None or item is not None:
            return None
        # "the visiting vice-premier was received by Kim Jong Un": the passive's subject
        obj = _first(_children(verb, ("dobj",))) or (
            _first(_children(verb, ("nsubjpass",))) if agent_of(verb) is not None else None)
        if obj is None or obj.ent_type_ in ("ORG", "GPE", "DATE", "PRODUCT"):
            return None
        head = hyphen_head(obj)  # "the Chinese vice-premier": an office holder
        if obj.ent_type_ == "PERSON" or obj.lemma_.lower() in self.lex.people_nouns or \
                head.lower_ in party_words().office_words:
            return obj
        return None

    def _roles(self, verb: Any, trigger: Trigger,
               light_obj: Any) -> tuple[Any, Any, Any]:
        """(actor, recipient, item) head tokens, following passives and infinitives."""
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
        # "Pyongyang, May 1 (KCNA) -- X received ...": not the dateline's city
        actor = _past_dateline(verb.sent, _first(_children(verb, SUBJECTS)), verb)
        obj = _first(_children(verb, OBJECTS)) or _noun_clause(verb)
        if light_obj is not None:
            obj = None
        if passive:  # "killed in Israeli shelling": Israel
            actor = agent_of(verb) or stray_agent(verb) or attack_agent(verb)
            # "Pyongyang, May 1 (KCNA) -- The museum has been visited": not the dateline
            obj = _past_dateline(verb.sent, _first(_children(verb, ("nsubjpass",))), verb)
        if verb.dep_ == "relcl" and trigger.transfer and not passive and (
                obj is None or obj.tag_ in ("WDT", "WP")) and verb.head.pos_ == "NOUN":
            obj = verb.head  # "the weapons (that) the U.S. provided": the noun is the object
        if verb.dep_ == "acl" and verb.tag_ == "VBN" and obj is None:
            # "weapons supplied by the U.S.": the noun is the object, the agent the actor
            obj = verb.head
            actor = agent_of(verb)
            passive = True
        if actor is None and not passive:
            actor = _inherited_subject(verb) or misread_subject(verb)
        if actor is None and passive:
            # "a basket in the name of X was placed at the statue": X gave it, and the
            # basket is what was given, never the party a wreath-laying is aimed at
            actor = next((g for node in (obj, verb) if node is not None
                          for g in [named_giver(node)] if g is not None), None)
            if actor is not None and not trigger.transfer:
                obj = None
        if actor is not None and actor.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
            actor = verb.head  # "the United States, which accuses him": the antecedent
        if light_obj is not None and not trigger.transfer:  # "conveyed greetings sent by X"
            actor = message_author(light_obj) or actor
        recipient = _first(_children(verb, ("dative",)))
        if recipient is not None and recipient.dep_ == "dative" and recipient.pos_ == "ADP":
            recipient = _first(_children(recipient, ("pobj",)))
        repaired = misparsed_dative(verb, self.lex.people_nouns) \
            if trigger.transfer and not passive and light_obj is None else None
        if repaired is not None:  # "shipped Syria 20 tonnes of diesel"
            recipient, obj = repaired
        item = obj if trigger.transfer else None
        if trigger.person_object and not trigger.transfer and obj is not None:
            recipient = obj  # "denounce X for Y": X is the target, not Y
        preps = {"to", "with", "against", "at", "on", "for", "into"} if not trigger.transfer \
            else {"to", "for", "into"}
        if trigger.needs:
            preps = set(trigger.needs) | {"to", "with", "against"}
            hung = _needed_prep_on_object(verb, trigger.needs, self.lex.place_adverbs)
            if recipient is None and hung is not None:
                recipient = hung  # "discussed trade with Xi": Xi
        if trigger.type in ("COERCE", "SANCTION"):
            preps = preps | {"on"}  # "imposed sanctions on X", "slapped tariffs on X"
        if trigger.inbound:
            preps = {"from"}
        if recipient is None and light_obj is not None and not trigger.transfer:
            # "support for X's bid to deepen ties with the EU": the stance's aim, not a
            # "with" deep in what is supported
            recipient = reproach_target(light_obj, ("for",)) \
                if trigger.type == "SUPPORT" else None
            # "had a talk with X at the hall": the event noun's counterpart, not the place
            recipient = recipient or _to_object(light_obj, ("with",))
            if recipient is None and trigger.type in REPROACH_TYPES:
                recipient = reproach_target(light_obj)  # "a warning over X's backbiting"
            if recipient is None and trigger.type == "SANCTION":  # "recalled its
                recipient = next((o for o in _prep_objects(light_obj, ("from",))
                                  if not _thing(o)), None)  # envoy from X"
            if recipient is None and trigger.type == "COERCE":
                recipient = next((o for o in _prep_objects(light_obj, ("for",))
                                  if o.pos_ == "PROPN" or o.ent_type_ in PARTY_ENTS
                                  or self._is_people(o)), None)  # "a warrant for X"
        from_prep = recipient is None
        for prep in _children(verb, ("prep", "dative")):
            pobj = _first(_children(prep, ("pobj",)))
            if prep.lemma_.lower() == "on" and obj is not None and \
                    trigger.type not in ("COERCE", "SANCTION"):
                continue  # "attend a summit on the unrest in Syria": a topic, no party
            if prep.lemma_.lower() == "for" and pobj is not None and \
                    trigger.type == "REQUEST" and _thing(pobj) and not pobj.ent_type_:
                continue  # "asked for compassion", "called for talks": what is sought
            if pobj is not None and ((pobj.ent_type_ in ("DATE", "TIME") and swallowed_name(
                    pobj) is None) or circumstance(pobj)):
                continue  # "held talks on Friday", "on the occasion of": no party
            if prep.lemma_.lower() in preps and pobj is not None and (recipient is None or (
                    from_prep and _thing(recipient) and not _thing(pobj))):
                recipient = pobj  # "ask for it to friends": a party over a thing
            if trigger.transfer and prep.lemma_.lower() == "with" and item is None:
                item = _first(_children(prep, ("pobj",)))
            if trigger.transfer and prep.lemma_.lower() == "with" and obj is not None:
                recipient, item = obj, _first(_children(prep, ("pobj",)))
        if trigger.transfer and recipient is not None and _prep_of(recipient) == "for":
            # "sent toys for playgrounds to the store": the "to X" the parser hung lower
            recipient = _to_object(recipient) or recipient
        if recipient is None and light_obj is not None:  # "sent a message ... to X"
            recipient = _to_object(light_obj, ("to", "with", "on", "against")
                                   if trigger.type in ("COERCE", "SANCTION") else ("to", "with"))
        if recipient is None and not trigger.inbound:  # "conveyed greetings from A to B"
            recipient = from_to_recipient(verb)
        if recipient is None and light_obj is not None:  # "cooperation between A and B"
            actor, recipient = between_sides(light_obj, actor)
        if recipient is None and not trigger.transfer:  # "met and had a talk with X"
            for conj in _children(verb, ("conj",)):
                for prep in _children(conj, ("prep",)):
                    if prep.lemma_.lower() in ("with", "to"):
                        recipient = recipient or _first(_children(prep, ("pobj",)))
                for conj_obj in _children(conj, OBJECTS):  # (not the verb's own obj)
                    recipient = recipient or _to_object(conj_obj)
        if trigger.inbound and recipient is None and item is not None:
            for goods in (item, *item.conjuncts):  # "a basket and a letter from X"
                for prep in _children(goods, ("prep",)):
                    if prep.lemma_.lower() == "from" and recipient is None:
                        recipient = _first(_children(prep, ("pobj",)))
        if passive and trigger.transfer and recipient is None and item is not None \
                and not trigger.inbound:
            # "its missiles are provided by the U.S.": the goods' holder received them
            recipient = _first(_children(item, ("poss",)))
        if trigger.transfer and not trigger.inbound:
            actor, recipient = self._chained_transfer(verb, passive, actor, recipient, item)
        if trigger.transfer and recipient is None and item is not None \
                and not trigger.inbound:  # "shipped millions of shells to Moscow"
            recipient = goods_destination(item)
        if trigger.transfer and passive and recipient is None and not trigger.inbound:
            recipient = agent_destination(actor)  # "handed over by A to B"
        if trigger.transfer and recipient is None and not trigger.inbound:
            recipient = beneficiary(verb, self.lex.people_nouns) or clause_recipient(verb) \
                or participle_destination(verb)
        if trigger.inbound and trigger.transfer:
            # buyer/receiver is the subject; the seller "from X" becomes the actor later
            return recipient, actor, item
        if recipient is None and (trigger.person_object or not trigger.transfer):
            recipient = obj if obj is not None and obj.pos_ in ("PROPN", "NOUN", "PRON") \
                else None
            if recipient is not None and _thing(recipient):  # "pledged $5m in aid to X"
                recipient = goods_destination(recipient) or recipient
        if recipient is None and obj is None and not trigger.transfer:
            recipient = shared_object(verb)  # "denounces and rejects the move"
        if not trigger.transfer:  # "swapped hostages for commanders held by X": X
            recipient = exchange_counterpart(verb) or recipient
        if recipient is None or (_thing(recipient) and not recipient.ent_type_):
            # "A and B signed the agreement": B
            recipient = reciprocal_counterpart(verb, actor) or recipient
        hosted, guest = hosted_occasion(verb, obj) if trigger.type == "CONSULT" \
            else (False, None)
        if hosted:  # "X hosted a reception for Y": Y comes to X (the visitor acts); for no
            # one named ("Macron hosted a dinner at the Elysee") it is no meeting
            return (guest, actor, item) if guest is not None else (None, None, item)
        if trigger.type == "CONSULT" and hosting_verb(verb) and obj is not None and \
                recipient is not None and recipient.i == obj.i and (
                    obj.pos_ == "PROPN" or self._is_people(obj) or others_of(obj)
                    or hyphen_head(obj).lower_ in party_words().office_words) and \
                not event_host(obj)[0]:
            return obj, actor, item  # "X hosted his Uzbek counterpart": the guest visits X
        aimed = recipient if recipient is not None or obj is None or obj.pos_ != "VERB" \
            else obj  # (the object noun the tagger read as a verb: "ratified X's bid")
        if trigger.type in AIMED_TYPES and not trigger.goods_object and trigger.mode != "visit" \
                and aimed is not None and (aimed.pos_ == "VERB" or _thing(aimed)) and \
                not aimed.ent_type_:
            # "ratified Sweden's NATO bid", "criticised Japan's decision": whose it is
            recipient = named_owner(aimed) or recipient
        if trigger.type == "ASSAULT" and (recipient is None or _unnamed_thing(recipient)):
            recipient = scene_place(verb) or recipient  # "bombed targets in southern
            # Lebanon": the state where the things struck are
        if trigger.type == "PROTEST" and (recipient is None or _thing(recipient)):
            # "protested outside the Japanese embassy against the release": the state the
            # mission stands for, over the deed protested
            recipient = mission_owner(verb) or recipient
        if circumstance(recipient):
            recipient = None  # "on the occasion of ...", "made at the U.S.-Japan summit"
        is_event, host = event_host(recipient) if recipient is None or \
            recipient.lemma_.lower() not in self.lex.people_nouns else (False, None)
        # ("freed two citizens held for three years": people held are detained, no event)
        if is_event:  # "to attend a global IT forum in Moscow": an event is no party, its
            recipient = host  # host place is
        return actor, recipient, item

    def _chained_transfer(self, verb: Any, passive: bool, actor: Any, recipient: Any,
                          item: Any) -> tuple[Any, Any]:
        """Two transfer verbs on one consignment share its parties: "tractors provided by
        the union were handed over to the farm" (the union hands over; the farm is given)."""
        if item is None:
            return actor, recipient
        item = _after_dateline(item)  # "Pyongyang, May 1 -- tractors, provided by X, were ..."
        if passive and actor is None:  # the supplier named on the goods
            for acl in _children(item, ("acl",)):
                if acl.tag_ == "VBN" and acl.i != verb.i and self._transfers(acl):
                    actor = actor or agent_of(acl)
        main = verb.head
        while main.dep_ in ("appos", "conj") and main.head.i != main.i:
            main = main.head  # "Pyongyang, May 1 -- tractors, provided by X, were handed"
        if recipient is None and verb.dep_ == "acl" and item.i == verb.head.i and \
                main.dep_ == "nsubjpass" and self._transfers(main.head):
            # the goods were then given on: the "to X" of the verb they are subject of
            for prep in _children(main.head, ("prep", "dative")):
                if prep.lemma_.lower() == "to" and recipient is None:
                    recipient = _first(_children(prep, ("pobj",)))
        if recipient is None and ((verb.dep_ == "acl" and verb.tag_ == "VBN") or (
                verb.dep_ == "relcl" and item.i == verb.head.i)):
            # "attacked X with arms offered by the U.S.", "... with the arms the U.S. gave"
            recipient = _user_of(verb.head)
        return actor, recipient

    def _domestic(self, ann: Annotated, token: Any, abroad: bool = False) -> bool:
        """Whether a party token may be one of a state outlet's own: a pronoun, or people or
        a body not marked foreign ("the province", "youth workteams"); a named person only
        when named by a bare office title ("Vice Foreign Minister X"; others send gifts from
        abroad); never goods, places or times ("barrels", "the ground").

        ``abroad``: the sentence names another state and the act is no friendly exchange
        (``FRIENDLY_TYPES``). There "it", "he" or "they" are as likely that state's or an
        outsider's ("he should have condemned the ROK military": the UN
        secretary-general), so of the pronouns only "I" and "we" stay the outlet's own.
        (Nouns do stay: "the special envoy met officials of Vietnam".)"""
        if token is None:
            return False
        if token.pos_ == "PRON":  # "their" bound to "many countries": theirs
            if abroad and token.lower_ not in self.lex.first_person:
                return False
            bound = bound_subject(token)
            return bound is None or self._domestic(ann, bound)
        if token.ent_type_ == "PERSON" and not group_word(token, self.lex.people_nouns):
            # a person, not "the ... Department Store" read as one; an official named by a
            # bare title is the outlet's own ("Vice Foreign Minister Kim Jong Gyu"), also
            # where named bare after the title came once ("... Jang Yong Gil signed")
            return titled_official(token) or _titled_before(ann, token)
        if others_of(token):
            return False  # "its allies": another party's counterparts
        # "organs and hospitals": one party (not "on behalf of the Party and the
        # government", a conjunct the parser hung on "behalf")
        members = [token, *token.conjuncts] if token.tag_ == "NNS" else [token]
        if any(foreign_group(m) for m in members) or any(
                plural_states(t) for m in members for t in country_phrase(m)):
            return False  # "many countries and international organizations", "personages
            # of parties in those countries"
        return any(names_group(t, self.lex.people_nouns)
                   or member_of_group(t, self.lex.people_nouns) for t in members)

    def _guest_visits(self, ann: Annotated, verb: Any, light_obj: Any, actor_tok: Any,
                      recipient_tok: Any, actor: Party | None, recipient: Party | None) -> bool:
        """A meeting ("met", "had a talk with") of the state outlet's own party with a
        foreign one, held at home (``parties.hosted_guest``): the guest visits."""
        if actor is None or recipient is None:
            return False
        return hosted_guest(ann, self._home_country(ann), light_obj or verb, actor_tok,
                            recipient_tok, (actor.country, recipient.country))

    def _scene_sides(self, ann: Annotated, verb: Any, etype: str, judicial: bool,
                     actor: Party | None, actor_tok: Any, recipient: Party | None,
                     recipient_tok: Any, explanation: list[str]) -> Party | None:
        """Sides placed by where the act took place, before any outlet's home default: the
        people of a protest (``_protest_scene``) and the police or court of a judicial act
        (``_authority``), with the unplaced people it is done to. Returns the actor (a
        judicial act may gain one no text names)."""
        if etype == "PROTEST" and actor is not None and actor.country is None:
            actor.country = self._protest_scene(ann, verb, actor_tok)
            if actor.country is not None:
                explanation.append(f"a protest held in {actor.country}: its people protest")
        if not judicial:
            return actor
        actor = self._authority(ann, verb, actor, actor_tok, explanation,
                                recipient_tok is not None and _nationality_told(recipient_tok))
        if actor is not None and actor.country and recipient is not None and \
                recipient.country is None and recipient_tok is not None and \
                recipient_tok.pos_ == "NOUN" and self._is_people(recipient_tok) and \
                _agentless_passive(verb) and not _nationality_told(recipient_tok):
            # "two prison officers were charged in Manhattan": people no text places, told
            # as the subject of the charge where they are, are most likely of that state (a
            # named person may be a foreigner held there, so is left alone, and so are
            # people told by a nationality of their own: "Kurdish activists", "Korean
            # residents")
            recipient.country = actor.country
        return actor

    def _authority(self, ann: Annotated, verb: Any, actor: Party | None, actor_tok: Any,
                   explanation: list[str], foreigner: bool) -> Party | None:
        """The state whose police or courts did a judicial act no text names the state of:
        "X was arrested in Berlin", "police arrested X in Berlin" (Germany's); else, where
        the sentence names no place, the dateline's ("WASHINGTON -- two officers were
        charged"; not "WASHINGTON -- a tourist was arrested in Dubai"); else the story's
        state, unless the one acted on is told by a nationality of their own (``foreigner``:
        "An American journalist was arrested" says nothing of by whom). An actor the text
        places, or one that is no authority, stays as it is."""
        if actor is not None and (actor.country or actor_tok is None
                                  or actor_tok.lemma_.lower() not in authority_nouns()
                                  or epithet_state(actor_tok, self._home_country(ann))):
            return actor  # "the puppet police": the outlet's epithet places them
        if actor is None and not _agentless_passive(verb):
            return actor
        code = scene_state(ann, verb) or (None if names_scene(verb) else (
            dateline_state(ann.document.text) or (
                story_state(ann) if self._home_country(ann) is None and not foreigner
                else None)))
        if code is None:
            return actor
        explanation.append(f"a judicial act ('{verb.text}'): {code}'s police or courts")
        if actor is None:
            return Party(entity=None, name=None, country=code)
        actor.country = code
        return actor

    def _protest_scene(self, ann: Annotated, verb: Any, actor_tok: Any) -> str | None:
        """The state of the people of a protest no text places: where it was held ("a rally
        was held in Seoul", "thousands protested in front of the Assembly in Seoul": the
        ROK's, also in another state's outlet), else where the story is told from or set
        (not for a state outlet's copy, whose own people ``_domestic`` reads). A named
        protester ("Greenpeace protested") is left to its own entity."""
        if actor_tok is not None and (actor_tok.pos_ == "PRON" or actor_tok.ent_type_ in (
                "PERSON", "ORG", "NORP", "GPE")):
            return None
        code = scene_state(ann, verb)
        if code is None and actor_tok is not None and actor_tok.i != verb.i:
            code = scene_state(ann, actor_tok)  # "a rally in Seoul was held"
        if code is None and self._home_country(ann) is None:
            code = dateline_state(ann.document.text) or story_state(ann)
        return code

    def _local(self, ann: Annotated, verb: Any, token: Any, home: str) -> str | None:
        """The state of unplaced people or bodies in a state outlet's copy whose act (a
        protest, a charge, a demand: no friendly exchange, where visitors abroad are told)
        took place in another state ("in Seoul, students held a rally", "people in the
        puppet ROK condemn ..."): that state's, not the outlet's own. Never pronouns, named
        people, or the outlet's own marked as such ("our delegate")."""
        if token is None or token.pos_ not in ("NOUN", "NUM") or token.ent_type_ not in (
                "", "CARDINAL") or any(c.dep_ == "poss" for c in token.children) or not (
                    self._is_people(token)  # "hundreds of citizens": citizens
                    or member_of_group(token, self.lex.people_nouns)):
            return None
        code = act_scene(ann, verb)
        return code if code is not None and code != home else None

    def _party(self, ann: Annotated, token: Any) -> Party | None:
        """A party from a head token: its linked entity (or the nearest one) and state."""
        if token is not None and token.ent_type_ in ("DATE", "TIME"):
            token = swallowed_name(token)  # "met with President Assad Tuesday": Assad
        if token is None or token.ent_type_ == "MONEY":
            return None  # "talks on Sept. 17": a date is no party; nor is a price ("sold it
            # for 110 million U.S. dollars": not the U.S.)
        first, token = token, hyphen_head(token)  # "the first vice-president of Iran"
        if token.pos_ == "PRON":
            return self._pronoun(ann, token)
        antecedent = pair_antecedent(token)  # "the latter"
        if antecedent is not None:
            party = self._party(ann, antecedent)
            if party is not None:
                return Party(entity=party.entity, name=f"the {token.text}",
                             country=party.country)
        pair = pair_anaphor(ann, token)
        if pair is not None:
            return pair
        if anaphoric(token):  # "China said the country would ...": the state named before
            state = antecedent_state(ann, token)
            if state is not None:
                return state
        left = min(token.left_edge.idx, first.left_edge.idx)
        right = token.idx + len(token.text)
        for child in token.rights:  # flat names and appositions ("Kim Jong Un, leader")
            if child.dep_ in ("compound", "flat") or (child.dep_ in ("appos", "npadvmod")
                                                      and names_same_party(token, child)):
                right = max(right, child.right_edge.idx + len(child.right_edge.text))
        entity = ann.entity_at(token.idx, token.idx + len(token.text))
        if entity is None:
            found = ann.mentions_in(left, right)
            entity = _best_entity([e for _, e in found])
        if entity is None:  # "the bier of X", "the embassy in Y": the entity inside
            sub = [t for t in token.subtree if not _in_clause(t, token)]
            found = ann.mentions_in(sub[0].idx, sub[-1].idx + len(sub[-1].text))
            near = {t.idx for t in near_phrase(token)}  # not "farms in counties including X"
            own = {t.idx for t in country_phrase(token)}  # "of the Ministry of ... of X"
            entity = _best_entity([e for m, e in found if m.start in near]) or _best_entity(
                [e for m, e in found if e.schema != "Person" and m.start in own])
        name = ann.document.text[left:right]
        capital = capital_state(token) if entity is None else None
        if capital is not None:  # "a forum in Moscow": the state it is the capital of
            seat = state_entity(ann, capital)
            return Party(entity=seat.id if seat is not None else None, name=name,
                         country=capital)
        if entity is None:  # "the embassy in X"; "two Canadians"; "the dealer" (a German one)
            return Party(entity=None, name=name,
                         country=_subtree_country(ann, token) or demonym_country(token)
                         or _people_of(token)
                         or capital_country(token) or modifier_country(token)
                         or place_state(token)
                         or described_before(token, lambda t: _subtree_country(ann, t)
                                             or modifier_country(t))
                         or self._story_person(ann, token, None))
        country = entity.countries[0] if entity.countries else None
        if country is None:  # "Ukhnaa Khurelsukh, president of Mongolia"
            country = _subtree_country(ann, token)
        if country is None and entity.schema not in ("Person", "Organization"):
            country = territory_code(entity.name)  # "Hong Kong": a territory, no state
        return Party(entity=entity.id, name=entity.name,
                     country=country or self._unplaced_state(ann, token, entity))

    def _unplaced_state(self, ann: Annotated, token: Any, entity: Entity) -> str | None:
        """The state of a party the words at hand give none of: for a person, the state an
        apposition gives at another mention ("Ian Hamilton, an expert at the U.K.'s
        University of York ... Hamilton urged") or the delegation they lead ("the Russian
        delegation led by X ... X signed"); else the story's own state."""
        if entity.schema == "Person":
            code = _described_elsewhere(ann, entity) or leader_state(ann, entity)
            if code is not None:
                return code
        return self._story_person(ann, token, entity)

    def _story_person(self, ann: Annotated, token: Any, entity: Entity | None) -> str | None:
        """The story's own state (``parties.story_state``) for a person or people the text
        gives no state of ("Patrick Carlineo, 55", "critics", "two federal prison
        officers"); never for a state outlet's copy (its own people are read by
        ``_domestic``, its foreign guests are not its own), for bodies (an unplaced
        organisation may be international or the story's foreign side) or for people marked
        as others' or foreign."""
        if self._home_country(ann) is not None:
            return None
        if token is not None and origin_named(token):
            return None  # a person told with a place of origin the text does not place is
            # from there, not of the story's state
        if entity is not None:  # not a body: "the Taliban" in a U.S. story is no U.S. one
            person = entity.schema == "Person"
        else:
            person = token.pos_ == "NOUN" and \
                token.lemma_.lower() in self.lex.people_nouns and \
                not others_of(token) and not foreign_group(token) and not any(
                    plural_states(t) for t in country_phrase(token))
        return story_state(ann) if person else None

    def _pronoun(self, ann: Annotated, token: Any) -> Party | None:
        """He/she/they: the subject of the sentence's main clause when it is named before
        and of the right kind (a person for he/she, a state or body for it/they), else the
        last such party named before, in the story."""
        lower = token.text.lower()
        lower = {"its": "it", "their": "they", "his": "he", "my": "i", "our": "we"}.get(
            lower, lower)  # a possessor acts ("its arms sale")
        if lower in ("i", "we", "us", "me"):  # "'I was deported,' said X": the speaker
            # a possessive's apostrophe ("the players' union") opens no quotation
            quoted = any(t.text in QUOTES and t.tag_ != "POS"
                         for t in token.sent if t.i < token.i)
            speaker = next((c for head in reporting_heads(token, token.sent,
                                                          self.mod["reported_verbs"])
                            for c in head.children if c.dep_ == "nsubj"
                            and c.pos_ in ("PROPN", "NOUN")), None) if quoted else None
            said = self._party(ann, speaker) if speaker is not None else None
            return Party(entity=said.entity if said else None, name=token.text,
                         country=said.country if said else None)
        bound = bound_subject(token)  # "many countries ... their willingness"
        if bound is not None:
            party = self._party(ann, bound)
            return Party(entity=party.entity if party else None, name=token.text,
                         country=party.country if party else None)
        if lower not in ("he", "she", "they", "it", "him", "her", "them"):
            return None
        wanted = ("Person",) if lower in ("he", "she", "him", "her") else \
            ("Country", "PublicBody", "Organization")
        aside = adjunct_objects(token)  # "while seeing X off, he": not X
        before = [(m, e) for m, e in ann.mentions_in(token.sent.start_char, token.idx)
                  if m.start not in aside]
        subject = _first(_children(token.head, SUBJECTS))
        if subject is None and token.dep_ in ("dobj", "dative"):
            # "NATO is arming Ukraine and inciting it": an object pronoun is not the
            # subject its verb inherits (that would be "itself")
            subject = _inherited_subject(token.head)
        skip = self._subject_entity(ann, subject) \
            if subject is not None and subject.i != token.i else None
        main = main_subject_entity(ann, token)  # "Putin ..., expressing his willingness"
        for entity in chain([main] if main is not None else [],
                            (e for _, e in reversed(before)), earlier_salient(ann, token)):
            if entity.schema in wanted and (skip is None or entity.id != skip.id):
                return Party(entity=entity.id, name=token.text,  # he is who he names
                             country=entity.countries[0] if entity.countries
                             else self._unplaced_state(ann, token, entity))
        return Party(entity=None, name=token.text, country=None)

    def _subject_entity(self, ann: Annotated, subject: Any) -> Entity | None:
        """The entity a clause's subject names, a pronoun subject resolved first: in "Biden
        met Xi. He warned him." him is not whom he names (that would be "himself")."""
        if subject.pos_ == "PRON" and subject.lower_ in self.lex.personal_pronouns:
            party = self._pronoun(ann, subject)
            return ann.entity(party.entity) if party is not None else None
        return ann.entity_at(subject.idx, subject.idx + len(subject.text))


def _supplier(ann: Annotated, adj: Any, prefix: str) -> Party | None:
    """The supplier before the hyphen: an entity mention there, else a state name or
    adjective ("U.S.", "Russian") the territory table knows; None for anything else."""
    found = ann.mentions_in(adj.idx, adj.idx + len(prefix))
    entity = _best_entity([e for _, e in found])
    if entity is not None and entity.countries:
        return Party(entity=entity.id, name=entity.name, country=entity.countries[0])
    from rigour.territories import lookup_territory

    territory = lookup_territory(prefix)
    if territory is None or len(territory.code) != 2:
        return None
    return Party(entity=None, name=prefix, country=territory.code)


def _foreign_scene(ann: Annotated, token: Any, home: str | None) -> bool:
    """Whether the sentence of a party names a state other than the outlet's home state
    outside the party's own words."""
    if token is None or home is None:
        return False
    own = {t.idx for t in token.subtree}
    sent = token.sent
    return any(e.schema == "Country" and e.countries and e.countries[0] != home
               and m.start not in own
               for m, e in ann.mentions_in(sent.start_char, sent.end_char))


def _nationality_told(token: Any) -> bool:
    """Whether people are told by a nationality of their own: a nationality word for them
    or before them ("Americans", "Kurdish activists", "a U.S. citizen")."""
    return token.ent_type_ in ("NORP", "GPE") or demonym_country(token) is not None or any(
        c.ent_type_ in ("NORP", "GPE") or demonym_country(c) for c in token.lefts
        if c.dep_ in ("amod", "compound", "nmod"))


def _states_in_view(ann: Annotated, token: Any) -> set[str]:
    """The states the sentence of a token names (its places, bodies and people)."""
    sent = token.sent
    return {e.countries[0] for _, e in ann.mentions_in(sent.start_char, sent.end_char)
            if e.countries}


def _titled_before(ann: Annotated, token: Any) -> bool:
    """Whether the person a bare name names was named with a bare office title at another
    mention ("Vice-Minister of IT Industry Jang Yong Gil ... Jang Yong Gil signed"): news
    gives the title once. The titled mention may have been read as a longer name
    ("Industry Jang Yong Gil"), so a name ending in this one's counts as the same person."""
    entity = ann.entity_at(token.idx, token.idx + len(token.text)) or _best_entity(
        [e for _, e in ann.mentions_in(token.left_edge.idx, token.idx + len(token.text))])
    return entity is not None and entity.schema == "Person" and _titled(ann, entity)


def _titled(ann: Annotated, entity: Entity) -> bool:
    """Whether any mention of a person (or of the same name told with a title) carries a
    bare office title, in its words or in its parse (``parties.titled_official``)."""
    if titled_name(ann.document.text, entity):
        return True
    for mention in entity.mentions:
        span = ann.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is not None and titled_official(span.root):
            return True
    return False


def _unlisted_body(ann: Annotated, party: Party) -> bool:
    """A party with no entity, or a body the knowledge base does not list (a university,
    a farm, a union): in a state outlet's own copy such bodies are that state's. Unlisted
    persons are not assumed domestic (foreign senders of letters and gifts), except those
    named with a bare office title (``parties.titled_official``)."""
    entity = ann.entity(party.entity)
    return entity is None or (entity.kb_id is None and (
        entity.schema != "Person" or _titled(ann, entity)))


def _linked(party: Party | None) -> bool:
    return party is not None and (party.entity is not None or party.country is not None)


def _subtree_country(ann: Annotated, token: Any) -> str | None:
    """The state named inside a description ("delegations led by North Korean officials",
    "minister of External Economic Relations of the DPRK"), read in its own words only
    (``parties.country_phrase``)."""
    words = country_phrase(token)
    starts = {t.idx for t in words}
    found = [pair for pair in ann.mentions_in(words[0].idx, words[-1].idx + len(words[-1].text))
             if pair[0].start in starts]
    # an apposition places a person by the state it names ("president of Mongolia"), or
    # by the state body the knowledge base knows that they hold an office of ("secretary
    # of the WPK Central Committee"); not by other people or unknown bodies in it
    # ("director of the Kim Il Sung Foundation"), nor by a title in a list of others
    bodies = []
    for c in token.rights:
        if c.dep_ == "appos" and names_same_party(token, c):
            lo, hi = c.left_edge.idx, c.right_edge.idx + len(c.right_edge.text)
            # not a further apposition hung on this one: in "the secretary of X, the Y
            # Party, the secretary of Z, the Communist Party of Spain" each is another one
            others = {t.idx for a in c.children if a.dep_ == "appos" for t in a.subtree}
            found += [(m, e) for m, e in ann.mentions_in(lo, hi)
                      if e.schema == "Country" and m.start not in others]
            if office_holder(c):
                bodies += [(m, e) for m, e in ann.mentions_in(lo, hi) if e.kb_id is not None
                           and e.schema in ("PublicBody", "Organization")
                           and m.start not in others]
    countries = [e.countries[0] for _, e in found + bodies if e.countries]
    return countries[0] if countries else None


def _described_elsewhere(ann: Annotated, entity: Entity) -> str | None:
    """The state a description beside another mention of a party gives it: news places a
    person once, at first mention, and names them bare after."""
    for mention in entity.mentions:
        span = ann.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        # "Hong Kong Chief Executive Carrie Lam ... Lam said": the territory named before
        # the title at the first mention
        code = (_subtree_country(ann, span.root) or modifier_country(span.root)) \
            if span is not None else None
        if code is not None:
            return code
    return None


def _best_entity(entities: list[Entity]) -> Entity | None:
    order = {"Person": 0, "PublicBody": 1, "Organization": 1, "Company": 1, "Vessel": 2,
             "Country": 3}
    ranked = sorted(entities, key=lambda e: order.get(e.schema, 4))
    return ranked[0] if ranked else None


def _writer(text: Any) -> Any:
    """Who wrote a message or letter: its possessor ("Putin's letter"), its "from X", or
    the agent of the participle describing it ("a message sent by X"); None if not told."""
    of = _prep_objects(text, ("of",))  # "a message of sympathy sent by X"
    return _first(_children(text, ("poss",))) or _from_object(text) or participle_agent(
        (text, *of))


def _noun_clause(verb: Any) -> Any:
    """A bare noun the parser hung on a verb as its clause ("ratified Sweden's NATO
    membership bid" read as "ratified [that] bid", the noun at times tagged a verb): a
    clause has a subject, an auxiliary or a marker, and a verb has no possessor, so a
    noun (or a "verb" with a possessor) with none of these is the verb's object."""
    return next((c for c in verb.children if c.dep_ == "ccomp" and (
        c.pos_ == "NOUN" or (c.pos_ == "VERB" and any(g.dep_ == "poss" for g in c.children)))
        and not any(g.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "cop", "mark")
                    for g in c.children)), None)


def _unnamed_thing(token: Any) -> bool:
    """A thing that names no party in its own words ("targets", "the release of
    Fukushima water"; not "Hezbollah targets" nor "the Japanese embassy")."""
    return _thing(token) and not any(
        t.pos_ == "PROPN" or t.ent_type_ in PARTY_ENTS for t in token.subtree)


def _people_of(token: Any) -> str | None:
    """The state of people counted or grouped by their nationality ("dozens of
    Palestinians", "a group of Americans"): the nationality in the head's "of" phrase."""
    return next((code for p in token.children if p.dep_ == "prep" and p.lower_ == "of"
                 for o in p.children if o.dep_ == "pobj"
                 for code in [demonym_country(o)] if code is not None), None)
