"""Derive knowledge-base entries from the UN Security Council consolidated list.

``python -m sanctionwatch.annotate.kb_build [UN_XML] [--out PATH] [--programme DPRK]``

The list names people and bodies that sanctions news talks about; taking their names,
aliases, nationalities and positions lets the linker recognise them. Only derived facts are
written (names, aliases, country codes, the listed position), each entry citing its list
entry as ``source``; the list file itself stays in ``../shared``. Only the programmes asked
for are kept (DPRK by default), so the derived file stays small.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

import yaml
from lxml import etree

from sanctionwatch.errors import DataFileError
from sanctionwatch.settings import PACKAGE_DATA

DEFAULT_OUT = PACKAGE_DATA / "kb" / "listed.yaml"
UN_FILE = "un_sc_consolidated_2020-12-01.xml"
HEADER = (
    "# DERIVED FILE: written by `python -m sanctionwatch.annotate.kb_build` from the UN Security\n"
    "# Council consolidated list; do not edit by hand. Names, aliases, nationalities and listed\n"
    "# positions of the entries of the programmes named below, each citing its list entry.\n")


def default_un_file() -> Path:
    """The UN list in ``../shared/data/sanctions`` (or under ``SANCTIONWATCH_SHARED``)."""
    root = Path(__file__).resolve().parents[2]
    shared = Path(os.environ.get("SANCTIONWATCH_SHARED", root.parent / "shared"))
    return shared / "data" / "sanctions" / UN_FILE


def _text(el: Any, path: str) -> str:
    found = el.find(path)
    return " ".join((found.text or "").split()) if found is not None else ""


def _country(name: str) -> str | None:
    """ISO alpha-2 for a nationality as the UN list writes it."""
    from rigour.territories import lookup_territory

    territory = lookup_territory(name) if name else None
    return territory.code if territory is not None else None


def _clean_alias(value: str) -> str:
    """Quotes off; all-caps names in title case (acronyms kept); too-short acronyms dropped.

    A three-letter acronym ("MID", "DCB") would match unrelated all-caps words in news.
    """
    value = value.strip('"\u201c\u201d ')
    if len(value) < 4:
        return ""
    if value.isupper() and " " in value:
        value = value.title()
    return value


def _name(el: Any) -> str:
    parts = [_text(el, tag) for tag in ("FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME")]
    return " ".join(p for p in parts if p).title()


def _entry(el: Any, schema: str, source_label: str) -> dict[str, Any] | None:
    name = _name(el)
    ref = _text(el, "REFERENCE_NUMBER")
    if not name or not ref:
        return None
    alias_tag = "INDIVIDUAL_ALIAS" if schema == "Person" else "ENTITY_ALIAS"
    aliases = []
    for alias in el.findall(alias_tag):
        value = _clean_alias(_text(alias, "ALIAS_NAME"))
        if value and _text(alias, "QUALITY") in ("Good", "a.k.a.", "") and value.title() != name:
            aliases.append(value if schema != "Person" else value.title())
    countries = [c for c in (_country(_text(n, ".")) for n in el.findall("NATIONALITY/VALUE"))
                 if c]
    entry: dict[str, Any] = {"name": name, "schema": schema,
                             "countries": sorted(set(countries)) or (
                                 ["kp"] if ref.startswith("KP") else []),
                             "aliases": sorted(set(aliases))}
    position = _text(el, "DESIGNATION/VALUE")
    if position:
        entry["position"] = position
    entry["source"] = f"{source_label}, {ref}"
    return entry


def build(un_xml: Path, programmes: tuple[str, ...] = ("DPRK",)) -> list[dict[str, Any]]:
    """The derived entries for the listed programmes, in list order."""
    try:
        tree = etree.parse(str(un_xml), etree.XMLParser(resolve_entities=False, no_network=True,
                                                        huge_tree=False))
    except (OSError, etree.XMLSyntaxError) as exc:
        raise DataFileError(str(un_xml), f"cannot read the UN list: {exc}") from exc
    root = tree.getroot()
    label = f"UN SC consolidated list ({root.get('dateGenerated', '')[:10] or un_xml.name})"
    out = []
    for tag, schema in (("INDIVIDUALS/INDIVIDUAL", "Person"), ("ENTITIES/ENTITY", "Organization")):
        for el in root.findall(tag):
            if _text(el, "UN_LIST_TYPE") not in programmes:
                continue
            entry = _entry(el, schema, label)
            if entry is not None:
                out.append(entry)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("un_xml", nargs="?", type=Path, default=None)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--programme", action="append", default=None,
                        help="UN_LIST_TYPE to keep (repeatable; default DPRK)")
    args = parser.parse_args(argv)
    source = args.un_xml or default_un_file()
    try:
        entries = build(source, tuple(args.programme or ["DPRK"]))
    except DataFileError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    text = HEADER + f"# programmes: {', '.join(args.programme or ['DPRK'])}\n" + yaml.safe_dump(
        entries, sort_keys=False, allow_unicode=True, width=100)
    args.out.write_text(text, encoding="utf-8")
    print(f"{len(entries)} entries written to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
