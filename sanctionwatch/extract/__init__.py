"""Stage ``extract``: from raw bytes to the article itself with what is needed to cite it.

Public face: :func:`extract` (raises :class:`~sanctionwatch.errors.InputError` subclasses
for input that holds no usable article).
"""

from __future__ import annotations

from sanctionwatch.extract.core import extract

__all__ = ["extract"]
