"""Readers for local inputs: files, directories (recursively), gzip, stdin."""

from __future__ import annotations

import gzip
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from sanctionwatch.errors import InputError
from sanctionwatch.model import RawDocument
from sanctionwatch.settings import Settings

HTML_SUFFIXES = {".html", ".htm", ".xhtml"}


def _media_type(name: str) -> str | None:
    suffixes = [s.lower() for s in Path(name).suffixes if s.lower() != ".gz"]
    if suffixes and suffixes[-1] in HTML_SUFFIXES:
        return "text/html"
    if suffixes and suffixes[-1] in {".txt", ".text"}:
        return "text/plain"
    return None


def _read_limited(source: str, stream: object, limit: int) -> bytes:
    read = getattr(stream, "read")  # noqa: B009 - binary streams of several kinds
    data: bytes = read(limit + 1)
    if len(data) > limit:
        raise InputError(source, f"larger than the limit of {limit:,} bytes")
    return data


def read_file(path: Path, settings: Settings) -> RawDocument:
    source = str(path)
    try:
        if path.suffix.lower() == ".gz":
            with gzip.open(path, "rb") as fh:
                data = _read_limited(source, fh, settings.max_input_bytes)
        else:
            with path.open("rb") as fh:
                data = _read_limited(source, fh, settings.max_input_bytes)
    except FileNotFoundError:
        raise InputError(source, "no such file") from None
    except IsADirectoryError:
        raise InputError(source, "is a directory") from None
    except PermissionError:
        raise InputError(source, "permission denied") from None
    except (gzip.BadGzipFile, EOFError) as exc:
        raise InputError(source, f"not a valid gzip file ({exc})") from None
    except OSError as exc:
        raise InputError(source, f"cannot read: {exc.strerror or exc}") from None
    return RawDocument(source=source, data=data, media_type=_media_type(path.name))


def read_inputs(inputs: Iterable[str], settings: Settings) -> Iterator[RawDocument | InputError]:
    """Yield raw documents (or the error for each input that cannot be read), in order."""
    for name in inputs:
        if name == "-":
            try:
                data = _read_limited("-", sys.stdin.buffer, settings.max_input_bytes)
            except InputError as exc:
                yield exc
                continue
            yield RawDocument(source="-", data=data)
            continue
        path = Path(name)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith("."))
            if not files:
                yield InputError(name, "directory holds no files")
            for p in files:
                try:
                    yield read_file(p, settings)
                except InputError as exc:
                    yield exc
            continue
        try:
            yield read_file(path, settings)
        except InputError as exc:
            yield exc
