"""The flattened-text cleaner, on the seed page and on a page of another shape."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sanctionwatch.extract import extract
from sanctionwatch.extract.lines import clean_flattened, find_outlet, find_title
from sanctionwatch.model import RawDocument


def _seed_paragraphs(seed_path: Path) -> list[str]:
    """The seed's story paragraphs: its lines of more than 50 words, minus the footer."""
    lines = [ln.strip() for ln in seed_path.read_text(encoding="utf-8").splitlines()]
    return [ln for ln in lines if len(ln.split()) > 50]


def test_seed_keeps_every_story_paragraph_and_drops_the_furniture(
        seed_path: Path, settings: Any) -> None:
    doc = extract(RawDocument(str(seed_path), seed_path.read_bytes()), settings)
    paragraphs = _seed_paragraphs(seed_path)
    assert len(paragraphs) == 4
    for para in paragraphs:
        assert para in doc.text
    kept = doc.text.splitlines()
    for furniture in ("Home", "News", "Trending Now", "You may like to read",
                      "Vladmir Putin with Kim Jong Un (Reuters)", "(Inputs from ANI)"):
        assert furniture not in kept
    assert "like us on Facebook" not in doc.text
    assert doc.title is not None and doc.title not in doc.text  # headline echo dropped
    assert not doc.text.startswith("date ")


def test_seed_metadata(seed_path: Path, settings: Any) -> None:
    doc = extract(RawDocument(str(seed_path), seed_path.read_bytes()), settings)
    assert doc.published == "2024-02-20"
    assert doc.outlet == "India.com"
    assert doc.language == "en"
    assert doc.title and doc.title.startswith("‘Special Bond’ Between Kim Jong Un")
    assert doc.wire == ["ANI"]
    assert doc.cited_sources == ["Yonhap News Agency", "KCNA"]


# A page of another shape: title line with the site after a bar, a menu, a byline with a
# date, a story with a subheading, a caption, a related-stories list and a legal footer.
OTHER_PAGE = """Ministers agree new export controls on drone parts | The Harbour Post

Skip to content
World
Business
Politics
Sport

Ministers agree new export controls on drone parts

By Jane Doe | Published: 14 March 2023

Trade ministers from eleven countries agreed on Tuesday to tighten controls on the export \
of engines and navigation chips that have turned up in drones used against civilian targets.

The agreement, reached after two days of talks in Geneva, obliges each government to \
license sales of the listed parts and to share the names of refused buyers within a month.

Officials said the list would be reviewed every six months, and that exporters who ship \
through third countries would face the same penalties as direct sellers.

What happens next

National regulators have ninety days to publish the licensing rules, and industry groups \
said they expected to be consulted on the technical annex before it takes effect.

A drone engine on display at a trade fair (Photo: Reuters)

Related stories
Court hears appeal in shipping case
Oil prices rise on supply fears
New rules for crypto exchanges

Follow us on Twitter and subscribe to our newsletter.
© 2023 Harbour Post Media Ltd. All rights reserved.
"""


def test_other_page_shape() -> None:
    cleaned = clean_flattened(OTHER_PAGE)
    text = cleaned.text
    assert text.startswith("Trade ministers from eleven countries")
    assert text.endswith("before it takes effect.")
    assert "What happens next" in text  # a subheading between paragraphs stays
    for furniture in ("Skip to content", "Related stories", "Oil prices rise", "By Jane Doe",
                      "trade fair", "Follow us", "All rights reserved"):
        assert furniture not in text
    title = find_title(cleaned)
    assert title == "Ministers agree new export controls on drone parts"
    assert find_outlet(cleaned, title) == "The Harbour Post"


def test_other_page_date_from_byline(settings: Any) -> None:
    doc = extract(RawDocument("page.txt", OTHER_PAGE.encode("utf-8")), settings)
    assert doc.published == "2023-03-14"


def test_why_is_given_for_every_line() -> None:
    cleaned = clean_flattened(OTHER_PAGE)
    assert all(ln.kind in {"good", "near", "bad"} and ln.why for ln in cleaned.lines)


def test_text_of_short_sentences_is_kept(settings: Any) -> None:
    note = ("Menu\nLogin\n\nRussia delivered two trucks to the port.\n"
            "The trucks carried generators.\nThe shipment left on Monday.\n")
    doc = extract(RawDocument("note.txt", note.encode()), settings)
    assert doc.text.split("\n\n") == ["Russia delivered two trucks to the port.",
                                      "The trucks carried generators.",
                                      "The shipment left on Monday."]
