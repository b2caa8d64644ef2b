"""``lists update``: fetch the current files from their official publishers, check, import.

Each publisher is a data entry (``screening/publishers.yaml``). A download that fails (no
network, refused, timeout, HTTP error, empty or oversized body) is reported in one clear
line and leaves the loaded lists as they were.
"""

from __future__ import annotations

import sqlite3
import urllib.error
import urllib.request
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sanctionwatch.datafiles import read_yaml
from sanctionwatch.errors import DataFileError, ListImportError
from sanctionwatch.screening.lists import ImportResult, import_file
from sanctionwatch.settings import PACKAGE_DATA

MAX_DOWNLOAD = 300 * 1024 * 1024


@dataclass(frozen=True)
class Publisher:
    name: str
    title: str
    url: str
    format: str
    suffix: str


def publishers(path: Path | None = None) -> list[Publisher]:
    """The publishers' data file, checked."""
    path = path or PACKAGE_DATA / "screening" / "publishers.yaml"
    raw = read_yaml(path)
    if not isinstance(raw, list):
        raise DataFileError(str(path), "expected a list of publishers")
    out = []
    for number, item in enumerate(raw, 1):
        try:
            out.append(Publisher(**{k: str(item[k]) for k in
                                    ("name", "title", "url", "format", "suffix")}))
        except (KeyError, TypeError) as exc:
            raise DataFileError(str(path), f"publisher needs name, title, url, format, suffix: "
                                f"{exc}", f"item {number}") from exc
    return out


def download(publisher: Publisher, folder: Path, timeout: float) -> Path:
    """Fetch one file into ``folder`` (named by publisher and today's date)."""
    folder.mkdir(parents=True, exist_ok=True)
    today = datetime.now(UTC).date().isoformat()
    target = folder / f"{publisher.name}_{today}{publisher.suffix}"
    request = urllib.request.Request(publisher.url, headers={"User-Agent": "sanctionwatch"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            body = response.read(MAX_DOWNLOAD + 1)
    except urllib.error.HTTPError as exc:
        raise ListImportError(publisher.url, f"cannot download {publisher.name}: HTTP "
                              f"{exc.code} {exc.reason}") from exc
    except (urllib.error.URLError, OSError, ValueError) as exc:
        reason = getattr(exc, "reason", exc)
        raise ListImportError(publisher.url, f"cannot download {publisher.name} (no network or "
                              f"publisher unreachable): {reason}") from exc
    if not body:
        raise ListImportError(publisher.url, f"{publisher.name}: the publisher sent an empty file")
    if len(body) > MAX_DOWNLOAD:
        raise ListImportError(publisher.url, f"{publisher.name}: larger than the "
                              f"{MAX_DOWNLOAD // 2**20} MB limit")
    tmp = target.with_suffix(target.suffix + ".part")
    tmp.write_bytes(body)
    tmp.replace(target)
    return target


def update(conn: sqlite3.Connection, folder: Path, *, only: list[str] | None = None,
           urls: dict[str, str] | None = None, timeout: float = 30.0
           ) -> list[ImportResult | ListImportError]:
    """Download and import each publisher's file; one failure does not stop the others.

    The snapshot's date is the one the file states (UN), else the download day (in its name).
    """
    results: list[ImportResult | ListImportError] = []
    for publisher in publishers():
        if only and publisher.name not in only:
            continue
        if urls and publisher.name in urls:
            publisher = Publisher(publisher.name, publisher.title, urls[publisher.name],
                                  publisher.format, publisher.suffix)
        try:
            path = download(publisher, folder, timeout)
            results.append(import_file(conn, path, fmt=publisher.format))
        except ListImportError as exc:
            results.append(exc)
    return results
