"""Reading the project's data files (knowledge base, lexicons, vocabularies, regimes).

One reader, so every invalid data file fails the same way: a :class:`DataFileError` naming
the file and, for a syntax error, the line.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from sanctionwatch.errors import DataFileError


def read_yaml(path: Path) -> Any:
    """Parse one YAML data file (safe loader); unreadable or invalid -> DataFileError."""
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise DataFileError(str(path), f"cannot read: {exc.strerror or exc}") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}" if mark is not None else None
        raise DataFileError(str(path), f"invalid YAML: {exc}", where) from None


def read_mapping(path: Path) -> dict[str, Any]:
    """A data file whose top level is a mapping; anything else is a DataFileError."""
    data = read_yaml(path)
    if not isinstance(data, dict):
        raise DataFileError(str(path), "expected a mapping", "top")
    return data


def word_list(data: dict[str, Any], key: str, path: Path) -> list[str]:
    """``data[key]`` as lower-cased words; missing, not a list, or holding anything but
    non-empty strings is a DataFileError naming the key."""
    values = data.get(key)
    if not isinstance(values, list) or not all(isinstance(v, str) and v.strip()
                                               for v in values):
        raise DataFileError(str(path), "expected a list of words", key)
    return [v.strip().lower() for v in values]
