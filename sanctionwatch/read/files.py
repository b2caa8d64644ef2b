"""Readers for local inputs: files, directories (recursively), gzip, stdin.

Every input gives a :class:`RawDocument` or an :class:`InputError` naming it and saying
why; nothing here raises for bad input. Sizes are checked before reading where the size
is known (``stat``), and reads stop one byte past the limit otherwise (stdin, gzip), so a
huge or decompressing-bomb input never fills memory.
"""

from __future__ import annotations

import gzip
import io
import stat
import sys
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Protocol

from sanctionwatch.errors import InputError
from sanctionwatch.model import RawDocument
from sanctionwatch.settings import Settings

HTML_SUFFIXES = {".html", ".htm", ".xhtml", ".shtml", ".php", ".asp", ".aspx"}
TEXT_SUFFIXES = {".txt", ".text"}


def media_type(name: str) -> str | None:
    """The media type a file's name declares (inner name for ``.gz``), if it declares one."""
    suffixes = [s.lower() for s in Path(name).suffixes if s.lower() != ".gz"]
    if suffixes and suffixes[-1] in HTML_SUFFIXES:
        return "text/html"
    if suffixes and suffixes[-1] in TEXT_SUFFIXES:
        return "text/plain"
    return None


class Readable(Protocol):
    def read(self, n: int = -1, /) -> bytes: ...


def read_limited(source: str, stream: Readable, limit: int) -> bytes:
    """Read at most ``limit`` bytes; more than that is an :class:`InputError`."""
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise InputError(source, f"larger than the limit of {limit:,} bytes "
                                 "(setting max_input_bytes)")
    return data


def read_file(path: Path, settings: Settings) -> RawDocument:
    """One file (gzip-compressed if it ends in ``.gz``) as a raw document."""
    source = str(path)
    limit = settings.max_input_bytes
    try:
        info = path.stat()
        if stat.S_ISDIR(info.st_mode):
            raise InputError(source, "is a directory")
        if not stat.S_ISREG(info.st_mode):
            raise InputError(source, "not a regular file")
        gz = path.suffix.lower() == ".gz"
        if not gz and info.st_size > limit:
            raise InputError(source, f"larger than the limit of {limit:,} bytes "
                                     f"({info.st_size:,} bytes; setting max_input_bytes)")
        with path.open("rb") as fh:
            if gz:
                with gzip.GzipFile(fileobj=fh) as gzfh:
                    data = read_limited(source, gzfh, limit)
            else:
                data = read_limited(source, fh, limit)
    except FileNotFoundError:
        raise InputError(source, "no such file or directory") from None
    except PermissionError:
        raise InputError(source, "permission denied") from None
    except (gzip.BadGzipFile, EOFError, zlib.error) as exc:
        raise InputError(source, f"not a valid gzip file ({exc})") from None
    except OSError as exc:
        raise InputError(source, f"cannot read: {exc.strerror or exc}") from None
    return RawDocument(source=source, data=data, media_type=media_type(path.name))


def directory_files(path: Path) -> list[Path]:
    """Regular files under ``path``, recursively, in name order, hidden ones skipped."""
    out = []
    for p in sorted(path.rglob("*")):
        rel = p.relative_to(path).parts
        if any(part.startswith(".") for part in rel):
            continue
        if p.is_file():
            out.append(p)
    return out


def read_stdin(settings: Settings) -> RawDocument:
    data = read_limited("-", sys.stdin.buffer, settings.max_input_bytes)
    if data[:2] == b"\x1f\x8b":  # gzip magic: `zcat` not needed
        try:
            data = read_limited("-", gzip.GzipFile(fileobj=io.BytesIO(data)),
                                settings.max_input_bytes)
        except (gzip.BadGzipFile, EOFError, zlib.error) as exc:
            raise InputError("-", f"not a valid gzip stream ({exc})") from None
    return RawDocument(source="-", data=data)


def read_inputs(inputs: Iterable[str], settings: Settings) -> Iterator[RawDocument | InputError]:
    """Yield raw documents (or the error for each input that cannot be read), in order.

    ``-`` is stdin; a directory yields every regular file under it (recursively).
    """
    for name in inputs:
        if name == "-":
            try:
                yield read_stdin(settings)
            except InputError as exc:
                yield exc
            continue
        path = Path(name)
        if path.is_dir():
            files = directory_files(path)
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
