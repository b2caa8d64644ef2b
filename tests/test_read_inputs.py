"""The read stage: files, directories, gzip, limits; every bad input is an error, not a raise."""

from __future__ import annotations

import dataclasses
import gzip
import os
from pathlib import Path
from typing import Any

import pytest

from sanctionwatch.errors import InputError
from sanctionwatch.model import RawDocument
from sanctionwatch.read import read_inputs


def _read(settings: Any, *inputs: str) -> list[RawDocument | InputError]:
    return list(read_inputs(inputs, settings))


def test_directory_is_read_recursively_in_order_and_hidden_files_skipped(
        tmp_path: Path, settings: Any) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "two.html").write_bytes(b"<p>two</p>")
    (tmp_path / "a.txt").write_bytes(b"one")
    (tmp_path / ".hidden.txt").write_bytes(b"secret")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "config").write_bytes(b"x")
    out = _read(settings, str(tmp_path))
    assert [o.source for o in out] == [str(tmp_path / "a.txt"), str(tmp_path / "b" / "two.html")]
    assert [o.media_type for o in out if isinstance(o, RawDocument)] == [
        "text/plain", "text/html"]


def test_gzip_is_decompressed_and_typed_by_inner_name(tmp_path: Path, settings: Any) -> None:
    page = tmp_path / "page.html.gz"
    page.write_bytes(gzip.compress(b"<html><p>hello</p></html>"))
    (doc,) = _read(settings, str(page))
    assert isinstance(doc, RawDocument)
    assert doc.data == b"<html><p>hello</p></html>" and doc.media_type == "text/html"


def test_broken_gzip_missing_path_and_empty_directory_are_errors(
        tmp_path: Path, settings: Any) -> None:
    bad = tmp_path / "bad.txt.gz"
    bad.write_bytes(b"this is not gzip at all")
    empty_dir = tmp_path / "nothing"
    empty_dir.mkdir()
    missing = tmp_path / "missing.txt"
    out = _read(settings, str(bad), str(missing), str(empty_dir))
    assert all(isinstance(o, InputError) for o in out)
    reasons = {o.subject: o.reason for o in out if isinstance(o, InputError)}
    assert "gzip" in reasons[str(bad)]
    assert "no such file" in reasons[str(missing)]
    assert "no files" in reasons[str(empty_dir)]


def test_size_limit_refuses_before_reading_and_bounds_gzip_bombs(
        tmp_path: Path, settings: Any) -> None:
    small = dataclasses.replace(settings, max_input_bytes=1000)
    big = tmp_path / "big.txt"
    big.write_bytes(b"a" * 1001)
    bomb = tmp_path / "bomb.txt.gz"
    bomb.write_bytes(gzip.compress(b"a" * 1_000_000))
    ok = tmp_path / "ok.txt"
    ok.write_bytes(b"a" * 1000)
    out = _read(small, str(big), str(bomb), str(ok))
    assert isinstance(out[0], InputError) and "limit" in out[0].reason
    assert isinstance(out[1], InputError) and "limit" in out[1].reason
    assert isinstance(out[2], RawDocument)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_non_regular_file_is_refused(tmp_path: Path, settings: Any) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    (err,) = _read(settings, str(fifo))
    assert isinstance(err, InputError) and "regular" in err.reason


def test_stdin_plain_and_gzip(monkeypatch: pytest.MonkeyPatch, settings: Any) -> None:
    import io
    import sys

    for payload in (b"date 2024-02-20 Home\n\nStory.", gzip.compress(b"date 2024-02-20 Home")):
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(payload)))
        (doc,) = _read(settings, "-")
        assert isinstance(doc, RawDocument) and doc.source == "-"
        assert doc.data.startswith(b"date 2024-02-20 Home")
