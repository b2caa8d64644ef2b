"""Hard-wrapped plain text (wire copy, e-mail, pastes broken at a fixed width) is read as
whole paragraphs: a line that fills the width continues on the next one, so the cleaner
does not drop the lines that happen not to end a sentence."""

from __future__ import annotations

import json
import re
import textwrap
from pathlib import Path
from typing import Any

import pytest

from sanctionwatch.extract import extract
from sanctionwatch.extract.lines import clean_flattened, unwrap, wrap_width
from sanctionwatch.model import RawDocument
from tests.conftest import shared_path


def _words(text: str) -> set[str]:
    return set(re.findall(r"\w+", text))


def _recall(body: str, kept: str) -> float:
    words = _words(body)
    return len(words & _words(kept)) / len(words) if words else 1.0


def _bodies(n: int) -> list[list[str]]:
    """The paragraphs of the first ``n`` real article bodies of the extraction set."""
    truth = json.loads(shared_path("data", "extraction", "aeb", "ground-truth.json")
                       .read_text(encoding="utf-8"))
    out = []
    for value in list(truth.values())[:n]:
        paras = [p.strip() for p in value["articleBody"].split("\n") if p.strip()]
        if paras:
            out.append(paras)
    return out


@pytest.mark.parametrize("width", [72, 95])
def test_wrapped_articles_keep_as_much_as_unwrapped_ones(width: int) -> None:
    """Each real article that reads as prose when written a paragraph a line (tables and
    link lists do not), wrapped at ``width``, loses no more text than that."""
    wrapped_recalls = []
    for paras in _bodies(40):
        body = "\n\n".join(paras)
        flat = _recall(body, clean_flattened(body).text)
        if flat < 0.8:
            continue
        wrapped = "\n\n".join(textwrap.fill(p, width) for p in paras)
        got = _recall(body, clean_flattened(wrapped).text)
        assert got >= flat - 0.02, (paras[0][:60], width, got, flat)
        wrapped_recalls.append(got)
    assert len(wrapped_recalls) >= 20
    assert sum(wrapped_recalls) / len(wrapped_recalls) >= 0.9


def test_paragraphs_without_blank_lines_end_at_their_short_last_line() -> None:
    first = ("The ministry said on Tuesday that the cargo ship had been inspected at the "
             "port and that nothing banned was found aboard it, despite earlier reports.")
    second = ("Officials added that the vessel would be allowed to leave once its papers "
              "were checked by the coast guard, which has held it since the weekend.")
    lines = textwrap.wrap(first, 60) + textwrap.wrap(second, 60)
    assert wrap_width(lines) is not None
    assert unwrap(lines) == [first, second]


def test_a_word_broken_at_its_hyphen_is_joined_without_a_space() -> None:
    lines = ["Monitors said the tanker, which flies no flag, took part in a ship-to-",
             "ship transfer of refined petroleum off the coast, according to the",
             "report released by the panel of experts on Monday in New York City",
             "and confirmed by satellite images of the two vessels side by side",
             "in the East China Sea, where such transfers have been seen before",
             "by monitors."]
    joined = unwrap(lines)
    assert len(joined) == 1 and "ship-to-ship transfer" in joined[0]


def test_flattened_page_is_not_unwrapped(seed_path: Path) -> None:
    lines = seed_path.read_text(encoding="utf-8").splitlines()
    assert wrap_width(lines) is None
    assert unwrap(lines) == lines


def test_wrapped_text_file_is_read_whole(settings: Any) -> None:
    paras = _bodies(40)
    longest = max(paras, key=lambda p: sum(len(x) for x in p))
    body = "\n\n".join(longest)
    raw = "\n\n".join(textwrap.fill(p, 78) for p in longest).encode()
    doc = extract(RawDocument("wrapped.txt", raw), settings)
    assert _recall(body, doc.text) >= 0.9
