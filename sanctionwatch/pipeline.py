"""The per-document pipeline: read -> extract -> annotate -> code events -> apply rules.

:class:`Pipeline` holds the loaded resources (spaCy, knowledge base, lists, regimes), loaded
on first use, never at import. :meth:`Pipeline.analyze` is a pure function of one raw
document, so the same code runs in a CLI loop or inside a distributed engine.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from sanctionwatch.annotate import Annotator
from sanctionwatch.errors import ItemError
from sanctionwatch.events import code_events
from sanctionwatch.extract import extract
from sanctionwatch.model import Analysis, Document, RawDocument
from sanctionwatch.read import read_inputs
from sanctionwatch.rules import RuleEngine
from sanctionwatch.screening import Screener, load_screener
from sanctionwatch.settings import Settings


@dataclass
class Outcome:
    """One input's result: an analysis, or the error that stopped it."""

    source: str
    analysis: Analysis | None = None
    error: ItemError | None = None


class Pipeline:
    def __init__(self, settings: Settings, *, screening: bool = True,
                 published: str | None = None) -> None:
        self.settings = settings
        self._screening = screening
        # the publication date of documents that state none (plain text, stdin): relative
        # dates ("on Tuesday", "last year") resolve against it and lists are screened as of it
        self._published = published
        self._annotator: Annotator | None = None
        self._rules: RuleEngine | None = None

    @property
    def annotator(self) -> Annotator:
        if self._annotator is None:
            screener: Screener | None = (
                load_screener(self.settings) if self._screening else None)
            self._annotator = Annotator(self.settings, screener)
        return self._annotator

    @property
    def rules(self) -> RuleEngine:
        if self._rules is None:
            self._rules = RuleEngine(self.settings)
        return self._rules

    def document(self, raw: RawDocument) -> Document:
        """The extracted article, dated by the fallback date when it states none."""
        document = extract(raw, self.settings)
        if document.published is None and self._published is not None:
            document.published = self._published
        return document

    def analyze(self, raw: RawDocument) -> Analysis:
        """Analyse one raw document; raises :class:`ItemError` for bad input."""
        document = self.document(raw)
        if document.language is not None and \
                document.language not in self.settings.coded_languages:
            return Analysis(document=document, entities=[], events=[], findings=[])
        annotated = self.annotator.annotate(document)
        events = code_events(annotated)
        findings = self.rules.apply(annotated, events)
        return Analysis(document=document, entities=annotated.entities, events=events,
                        findings=findings)

    def run(self, inputs: Iterable[str]) -> Iterator[Outcome]:
        """Analyse every input; bad inputs give an :class:`Outcome` with an error."""
        for item in read_inputs(inputs, self.settings):
            if isinstance(item, ItemError):
                yield Outcome(source=item.subject, error=item)
                continue
            try:
                yield Outcome(source=item.source, analysis=self.analyze(item))
            except ItemError as exc:
                yield Outcome(source=item.source, error=exc)
