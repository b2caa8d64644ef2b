"""Stage ``annotate``: spaCy parse, entities linked to the knowledge base, list screening.

Public face: :class:`Annotator` (holds the loaded pipeline and knowledge base) and
:class:`Annotated` (what later stages read: the document, its spaCy ``Doc``, its entities).
"""

from __future__ import annotations

from sanctionwatch.annotate.core import Annotated, Annotator, load_nlp

__all__ = ["Annotated", "Annotator", "load_nlp"]
