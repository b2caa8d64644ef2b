"""The shapes that flow between stages and out of the system.

They mirror ``../shared/contract/analysis.schema.json`` (schema_version 1). Every class has
``to_dict()`` giving exactly the contract's JSON; fields that only flow between stages are
kept out of it (marked below). Offsets are Unicode code points into ``Document.text``, end
exclusive.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sanctionwatch import SCHEMA_VERSION

PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
MODALITIES = ("asserted", "reported", "alleged", "denied", "hypothetical", "planned")
FINDING_STATUSES = ("potential_violation", "confirmed", "dismissed")


@dataclass(frozen=True)
class RawDocument:
    """Bytes as read, with where they came from. Produced by ``read``."""

    source: str  # path, URL, '-' or 'archive::member'
    data: bytes
    url: str | None = None
    media_type: str | None = None  # "text/html" or "text/plain" when the reader knows
    # date known from the container (a seed header, a WARC/feed record), ISO 8601
    published: str | None = None


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass
class Document:
    """The article itself. Produced by ``extract``."""

    id: str
    source: str
    text: str
    title: str | None = None
    published: str | None = None
    outlet: str | None = None
    language: str | None = None
    url: str | None = None
    wire: list[str] = field(default_factory=list)
    # chain of cited sources for the whole story, outermost first, e.g.
    # ["Yonhap News Agency", "KCNA"] (the wire credit is in ``wire``); kept for events
    cited_sources: list[str] = field(default_factory=list)
    # dateline place and date when the text opens with one ("SEOUL, Feb 20 (Reuters) -")
    dateline: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "source": self.source,
            "url": self.url,
            "title": self.title,
            "published": self.published,
            "outlet": self.outlet,
            "language": self.language,
            "wire": list(self.wire),
            "cited_sources": list(self.cited_sources),
            "dateline": self.dateline,
            "text": self.text,
        }


@dataclass
class SanctionHit:
    """One list entry an entity matched, with the match explained."""

    list_id: str  # e.g. "un-sc", "us-ofac-sdn" (the contract's "list")
    entry_id: str
    name: str
    score: float
    programs: list[str] = field(default_factory=list)
    listed_on: str | None = None
    explanation: list[str] = field(default_factory=list)
    # what the loaded snapshots prove when the list gives no listing date: on the list by
    # ``listed_by`` (the first snapshot that has the entry) and not yet on ``absent_on``
    # (the snapshot before it, if one is loaded)
    listed_by: str | None = None
    absent_on: str | None = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "list": self.list_id,
            "entry_id": self.entry_id,
            "name": self.name,
            "programs": list(self.programs),
            "listed_on": self.listed_on,
            "score": round(self.score, 4),
            "explanation": list(self.explanation),
        }
        if self.listed_by is not None:
            out["listed_by"] = self.listed_by
        if self.absent_on is not None:
            out["absent_on"] = self.absent_on
        return out


@dataclass
class Entity:
    """A party named in a document, linked to a stable id."""

    id: str
    name: str
    schema: str  # FollowTheMoney schema: Person, Organization, Company, PublicBody, Vessel, Country
    countries: list[str] = field(default_factory=list)
    mentions: list[Span] = field(default_factory=list)
    sanctions: list[SanctionHit] = field(default_factory=list)
    # between stages only: the knowledge-base record's extra facts (position, aliases...)
    kb_id: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "schema": self.schema,
            "countries": list(self.countries),
            "mentions": [m.to_dict() for m in self.mentions],
            "sanctions": [s.to_dict() for s in self.sanctions],
        }


@dataclass
class Party:
    entity: str | None = None  # id of an entity in this document
    name: str | None = None
    country: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"entity": self.entity, "name": self.name, "country": self.country}


@dataclass
class Item:
    """What was transferred, for transfers of goods or services."""

    text: str
    category: str
    hs: str | None = None
    quantity: str | None = None
    value: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "category": self.category, "hs": self.hs,
                "quantity": self.quantity, "value": self.value}


@dataclass
class Event:
    id: str
    type: str  # one of PLOVER_TYPES
    actor: Party | None
    recipient: Party | None
    modality: str  # one of MODALITIES
    date: str | None
    sources: list[str]
    evidence: Span
    mode: str | None = None
    context: list[str] = field(default_factory=list)
    cameo: str | None = None
    item: Item | None = None
    # between stages and in output: precision of ``date`` (day, month, year, decade...)
    date_precision: str | None = None
    # between stages only: the trigger word/phrase and a short account of how it was coded
    trigger: str | None = None
    explanation: list[str] = field(default_factory=list)
    # the other sentences of the document that tell the same event (merged into this one)
    restatements: list[Span] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "type": self.type,
            "mode": self.mode,
            "context": list(self.context),
            "cameo": self.cameo,
            "actor": self.actor.to_dict() if self.actor else None,
            "recipient": self.recipient.to_dict() if self.recipient else None,
            "item": self.item.to_dict() if self.item else None,
            "date": self.date,
            "date_precision": self.date_precision,
            "modality": self.modality,
            "sources": list(self.sources),
            "evidence": self.evidence.to_dict(),
            "restatements": [span.to_dict() for span in self.restatements],
            "trigger": self.trigger,
        }


@dataclass
class LegalBasis:
    instrument: str  # "UNSCR 2397 (2017)"
    provision: str  # "OP7"
    in_force_from: str | None = None
    measure: str | None = None  # id of the measure in the regime file
    text: str | None = None  # the provision in one line

    def to_dict(self) -> dict[str, Any]:
        return {"instrument": self.instrument, "provision": self.provision,
                "in_force_from": self.in_force_from, "measure": self.measure,
                "text": self.text}


@dataclass
class Finding:
    id: str
    event: str
    regime: str
    legal_basis: list[LegalBasis]
    category: str
    supplier_country: str | None
    recipient_country: str | None
    confidence: float
    explanation: list[str]
    status: str = "potential_violation"

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "event": self.event,
            "regime": self.regime,
            "legal_basis": [b.to_dict() for b in self.legal_basis],
            "category": self.category,
            "supplier_country": self.supplier_country,
            "recipient_country": self.recipient_country,
            "status": self.status,
            "confidence": round(self.confidence, 3),
            "explanation": list(self.explanation),
        }


@dataclass
class Analysis:
    document: Document
    entities: list[Entity] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema_version": SCHEMA_VERSION,
            "document": self.document.to_dict(),
            "entities": [e.to_dict() for e in self.entities],
            "events": [e.to_dict() for e in self.events],
            "findings": [f.to_dict() for f in self.findings],
        }


def failure_dict(source: str, error: str) -> dict[str, Any]:
    """The contract's object for an input that could not be analysed."""
    return {"schema_version": SCHEMA_VERSION, "source": source, "error": error}
