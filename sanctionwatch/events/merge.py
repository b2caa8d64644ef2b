"""Restatements to one event: a story tells one act several times (headline, lead, quote),
and conjoined verbs tell one act twice. Drafts are keyed by their parties, scored by how much
they say, and the fuller draft of a restatement keeps the other's missing parties.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from sanctionwatch.annotate import Annotated
from sanctionwatch.events.states import description_head, stands_for_state
from sanctionwatch.model import Event, Party


@dataclass
class _Draft:
    """An event being built, with the tokens it came from (for merging and scoring)."""

    event: Event
    actor_key: str
    recipient_key: str
    # the trigger token and the tokens naming the same act (conjuncts sharing one object,
    # a means "by attacking" under "killing"): one act told by two verbs is one event
    trigger_i: int = -1
    same_act: frozenset[int] = frozenset()
    item_i: int = -1  # the goods' head token: one load told twice in a sentence is one event
    # conjoined verbs on the one object this verb has ("denounces and rejects X"): one
    # utterance, even where the verbs code different speech acts
    shared: frozenset[int] = frozenset()
    # told as one more act of its kind ("They also launched drills", "again fired"): never
    # a restatement of an act told before it
    further: bool = False


def _key(ann: Annotated, party: Party | None) -> str:
    """What makes two tellings' parties one party: ``country|identity``. A party's own
    identity (its entity, else the head word of its description) comes first, so two people
    or bodies of one state ("Corbyn" and "the Conservative Party", both British) stay two;
    a state itself (named, by its capital, or as "we" in its own outlet's copy) is its
    country alone, which :func:`_same_party` lets stand for any party of that state."""
    if party is None:
        return ""
    country = party.country or ""
    entity = ann.entity(party.entity)
    if entity is not None:
        identity = "" if entity.schema == "Country" and country else entity.id
    elif party.entity is not None:  # an id the document does not hold: still an identity
        identity = party.entity
    elif country and not stands_for_state(party.name or ""):
        # "two federal prison officers" and "the officers" are one party, "Noel" another
        identity = "~" + description_head(party.name or "")
    else:
        identity = "" if country else (party.name or "").lower()
    return f"{country}|{identity}"


def _same_party(x: str, y: str) -> bool:
    """Two keys (:func:`_key`) that may name one party: the same identity, or one a state
    and the other a party of that state ("Russia" and "Putin"), or a description and a
    named party of its state ("delegations ... departed" and "Minister X departed"); two
    named parties, or two descriptions in other words, are two."""
    if x == y:
        return True
    cx, _, ix = x.partition("|")
    cy, _, iy = y.partition("|")
    if not cx or cx != cy:
        return False
    if not (ix and iy):
        return True
    return ix.startswith("~") != iy.startswith("~")


def _score(draft: _Draft) -> tuple[int, int]:
    """Better evidence: more facts read (parties, item, HS, day-precise date), then shorter."""
    e = draft.event
    filled = sum(x is not None for x in (e.actor and e.actor.entity,
                                          e.recipient and e.recipient.entity,
                                          e.item, e.item and e.item.hs, e.date))
    filled += 1 if e.date_precision == "day" else 0
    filled += 1 if e.modality == "reported" else 0  # the telling that says whose word it is
    return filled, -len(e.evidence.text)


def _restates(a: _Draft, b: _Draft) -> bool:
    """A vaguer telling of ``b``: same type, no party or item that disagrees, one agreeing."""
    ea, eb = a.event, b.event
    if ea.type != eb.type:
        return False
    if ea.evidence.start != eb.evidence.start and (a.further or b.further or (
            ea.date_precision == eb.date_precision == "day" and ea.date != eb.date)):
        return False  # "They also launched drills on July 2": one more act, not the same
    if (ea.modality in ("denied", "hypothetical")) != (eb.modality in ("denied", "hypothetical")):
        return False
    vague = {"", "other_goods"}
    ca = ea.item.category if ea.item else ""
    cb = eb.item.category if eb.item else ""
    if ca != cb and ca not in vague and cb not in vague:
        return False
    agree = 0
    for x, y in ((a.actor_key, b.actor_key), (a.recipient_key, b.recipient_key)):
        if x and y and not _same_party(x, y):
            return False
        agree += bool(x and y)
    return agree > 0


def _take_missing_parties(keep: _Draft, other: _Draft) -> None:
    """The actor or recipient the kept telling lacks, taken (with its key) from another
    telling of the same act."""
    if keep.event.actor is None and other.event.actor is not None:
        keep.event.actor, keep.actor_key = other.event.actor, other.actor_key
    if keep.event.recipient is None and other.event.recipient is not None:
        keep.event.recipient, keep.recipient_key = other.event.recipient, other.recipient_key


def _one_act(drafts: list[_Draft], speech_types: frozenset[str] = frozenset()) -> list[_Draft]:
    """Drafts of one act told by linked verbs of one sentence (same type and actor) fold
    into the better told one. Two speech acts told by conjoined verbs on one object
    ("denounces and rejects the behaviour of the U.S.") are one utterance: the first verb
    names it."""
    out: list[_Draft] = []
    for draft in drafts:
        twin = next((o for o in out if o.event.evidence.start == draft.event.evidence.start
                     and ((o.event.type == draft.event.type
                           and ((draft.actor_key and o.actor_key == draft.actor_key
                                 and (draft.trigger_i in o.same_act
                                      or o.trigger_i in draft.same_act))
                                or (draft.item_i >= 0 and draft.item_i == o.item_i)))
                          or ({o.event.type, draft.event.type} <= speech_types
                              and o.actor_key == draft.actor_key
                              and (draft.trigger_i in o.shared or o.trigger_i in draft.shared)))),
                    None)
        if twin is None:
            out.append(draft)
            continue
        if twin.event.type != draft.event.type:
            keep, other = (twin, draft) if twin.trigger_i < draft.trigger_i else (draft, twin)
        else:
            keep, other = (draft, twin) if _score(draft) > _score(twin) else (twin, draft)
        keep.same_act = keep.same_act | other.same_act
        # "tractors, provided by the union, were handed over to the farm": each verb
        # names one party of the one transfer
        _take_missing_parties(keep, other)
        out[out.index(twin)] = keep
    return out


def _merge(drafts: list[_Draft], speech_types: frozenset[str] = frozenset()) -> list[Event]:
    """Restatements of one event (same type, parties and item category) become one."""
    groups: dict[tuple[str, ...], list[_Draft]] = {}
    for draft in _one_act(drafts, speech_types):
        e = draft.event
        key = (e.type, draft.actor_key, draft.recipient_key,
               e.item.category if e.item else "", e.modality in ("denied", "hypothetical"),
               # a further act, or one on another day, stands apart (``_restates``)
               e.evidence.start if draft.further else -1,
               e.date if e.date_precision == "day" else "")
        groups.setdefault(tuple(str(k) for k in key), []).append(draft)
    merged: list[list[_Draft]] = []
    for group in sorted(groups.values(), key=lambda g: -max(_score(d) for d in g)[0]):
        # every telling already merged must agree: a description ("two officers") may not
        # bridge two named people it covers ("Noel is charged", "Thomas is charged")
        into = next((m for m in merged if all(_restates(group[0], o) for o in m)), None)
        if into is None:
            merged.append(list(group))
        else:
            into.extend(group)
    events = []
    for group in merged:
        ranked = sorted(group, key=_score, reverse=True)  # stable: the first best leads
        best = ranked[0].event
        for other in ranked[1:]:
            # a restatement told with fewer words may name a party the best telling leaves
            # out ("delegations departed for Russia" / "X departed to attend a forum")
            _take_missing_parties(ranked[0], other)
            if best.mode is None and other.event.mode is not None:  # a trip: a visit
                best.mode = other.event.mode
        if len(group) > 1:
            best.explanation.append(f"merged {len(group)} restatements in the document")
            best.restatements = sorted(
                {(o.event.evidence.start, o.event.evidence.end): o.event.evidence
                 for o in ranked[1:] if o.event.evidence != best.evidence}.values(),
                key=lambda span: span.start)
        events.append(best)
    events.sort(key=lambda e: e.evidence.start)
    for event in events:
        digest = hashlib.sha1(f"{event.evidence.start}:{event.type}:{event.trigger}".encode())
        event.id = "ev-" + digest.hexdigest()[:10]
    return events
