"""One error hierarchy for the whole project.

Two levels, as nomenklatura has them: an :class:`ItemError` means one input (a document, a
list row, a regime file) could not be used and the run goes on with the rest; a
:class:`FatalError` means the run as a whole cannot go on (bad settings, no model).
Every error names what it is about (``subject``) and why (``reason``), so the one-line
message printed to the user is always "subject: reason".
"""

from __future__ import annotations


class SanctionWatchError(Exception):
    """Base of every error this package raises on purpose."""

    def __init__(self, subject: str, reason: str) -> None:
        self.subject = subject
        self.reason = reason
        super().__init__(f"{subject}: {reason}")


class ItemError(SanctionWatchError):
    """One item failed; the run goes on with the others."""


class FatalError(SanctionWatchError):
    """The run cannot go on."""


class InputError(ItemError):
    """An input document could not be read or analysed (missing, empty, binary, too big...)."""


class ExtractionError(InputError):
    """The document was read but no article could be extracted from it."""


class ListImportError(ItemError):
    """A sanctions list file is malformed, truncated, of unknown format or inconsistent.

    ``location`` names the line or element where the problem was found, when known.
    """

    def __init__(self, subject: str, reason: str, location: str | None = None) -> None:
        self.location = location
        where = f" (at {location})" if location else ""
        super().__init__(subject, f"{reason}{where}")


class DataFileError(FatalError):
    """A packaged or user data file (regime, knowledge base, vocabulary) is invalid.

    ``location`` names the line (or key path) of the problem.
    """

    def __init__(self, subject: str, reason: str, location: str | None = None) -> None:
        self.location = location
        where = f" (at {location})" if location else ""
        super().__init__(subject, f"{reason}{where}")


class ConfigError(FatalError):
    """Settings are invalid or a required resource (model, database) is unavailable."""
