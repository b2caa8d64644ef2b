"""Stage ``read``: turn what the user named (paths, directories, '-', .gz) into raw documents.

Public face: :func:`read_inputs`. It yields a :class:`RawDocument` per document, or an
:class:`InputError` for an input that cannot be read, and never raises for bad input.
"""

from __future__ import annotations

from sanctionwatch.read.files import read_inputs

__all__ = ["read_inputs"]
