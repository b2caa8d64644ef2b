"""Readers of the official list formats, kept in a registry so new formats slot in.

Each reader is registered by name with a ``sniff`` (does this file look like mine?) and a
``read`` (parse and check it, or raise :class:`ListImportError` naming the file and the line
or element). OFAC's advanced XML, the EU FSF XML and the UK list are further readers: add a
function pair and one :func:`register` call; nothing else changes.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from lxml import etree

from sanctionwatch.errors import ListImportError
from sanctionwatch.screening.entries import EntryName, ListEntry, ParsedFile, Supplement


@dataclass(frozen=True)
class Reader:
    name: str
    description: str
    sniff: Callable[[Path, bytes], bool]
    read: Callable[[Path], ParsedFile]


READERS: dict[str, Reader] = {}


def register(reader: Reader) -> None:
    READERS[reader.name] = reader


def reader_for(path: Path, forced: str | None = None) -> Reader:
    """The reader named ``forced``, or the first whose sniff accepts the file's head."""
    if forced is not None:
        if forced not in READERS:
            raise ListImportError(str(path), f"unknown format {forced!r} "
                                  f"(known: {', '.join(sorted(READERS))})")
        return READERS[forced]
    try:
        with path.open("rb") as handle:
            head = handle.read(4096)
    except OSError as exc:
        raise ListImportError(str(path), f"cannot read the file: {exc.strerror or exc}") from exc
    if not head.strip():
        raise ListImportError(str(path), "the file is empty")
    for reader in READERS.values():
        if reader.sniff(path, head):
            return reader
    raise ListImportError(str(path), "unknown list format (expected UN SC consolidated XML, "
                          "OFAC SDN.CSV / ALT.CSV / ADD.CSV or CONS_PRIM.CSV)", "line 1")


# ---------------------------------------------------------------- OFAC legacy CSV family

NULL = "-0-"
SDN_COLUMNS = 12  # ent_num, name, type, programs, title, call_sign, vess_type, tonnage, grt,
# vess_flag, vess_owner, remarks
OFAC_SCHEMA = {"individual": "Person", "vessel": "Vessel", "aircraft": "Airplane",
               "": "Organization"}
_MONTHS = {m: i for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], 1)}
_AKA = re.compile(r"\b([afn])\.k\.a\.,?\s*'([^']+)'", re.IGNORECASE)
_DOB = re.compile(r"\bDOB\s+((?:circa\s+)?(?:\d{1,2}\s+)?(?:[A-Z][a-z]{2}\s+)?\d{4})"
                  r"(?:\s+to\s+(?:\d{1,2}\s+)?(?:[A-Z][a-z]{2}\s+)?\d{4})?")
_NATIONALITY = re.compile(r"\b(?:nationality|citizen)\s+([A-Z][A-Za-z ,.'()-]+?)(?:;|\.$|$)")
_GENDER = re.compile(r"\bGender\s+(Male|Female)\b")
_IDENT = re.compile(r"\b(Passport|National ID No\.|Tax ID No\.|Registration Number|"
                    r"Vessel Registration Identification IMO|IMO|MMSI|SWIFT/BIC|"
                    r"Aircraft Manufacturer's Serial Number \(MSN\))\s+([A-Z0-9][\w/-]*)")


def _text(head: bytes) -> str:
    return head.decode("utf-8", errors="replace")


def _csv_rows(path: Path, columns: int) -> Iterator[tuple[int, list[str]]]:
    """Rows of an OFAC CSV with their line numbers; a row of the wrong width is an error.

    OFAC ends its files with a DOS end-of-file byte (0x1A), which is skipped.
    """
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ListImportError(str(path), f"cannot read the file: {exc.strerror or exc}") from exc
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("cp1252", errors="replace")
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    try:
        for row in reader:
            line = reader.line_num
            if not row or (len(row) == 1 and row[0].strip() in ("", "\x1a")):
                continue
            if len(row) != columns:
                raise ListImportError(str(path), f"expected {columns} columns, found {len(row)} "
                                      "(truncated or not this format?)", f"line {line}")
            if '"' in row[-1] or row[-1].endswith("\n"):
                raise ListImportError(str(path), "unterminated quoted field (truncated file?)",
                                      f"line {line}")
            yield line, [_clean(v) for v in row]
    except csv.Error as exc:
        raise ListImportError(str(path), f"malformed CSV: {exc}",
                              f"line {reader.line_num}") from exc


def _clean(value: str) -> str:
    value = value.strip()
    return "" if value == NULL else value


def _ofac_date(text: str) -> str:
    """'07 Oct 1952' -> '1952-10-07', 'Oct 1952' -> '1952-10', '1952' -> '1952'."""
    parts = text.replace("circa", "").split()
    if len(parts) == 3 and parts[1][:3].lower() in _MONTHS:
        return f"{parts[2]}-{_MONTHS[parts[1][:3].lower()]:02d}-{int(parts[0]):02d}"
    if len(parts) == 2 and parts[0][:3].lower() in _MONTHS:
        return f"{parts[1]}-{_MONTHS[parts[0][:3].lower()]:02d}"
    return parts[-1]


def _ofac_name(name: str, schema: str, name_type: str, quality: str) -> EntryName:
    """OFAC writes people as 'SURNAME, Given Names'; the part before the comma is the surname."""
    surname = name.split(",", 1)[0].strip() if schema == "Person" and "," in name else None
    return EntryName(name, name_type, quality, surname)


def _ofac_entry(path: Path, line: int, row: list[str]) -> ListEntry:
    ent_num, name, sdn_type, programs = row[:4]
    remarks = row[11]
    if not ent_num.isdigit():
        raise ListImportError(str(path), f"entry number {ent_num!r} is not a number",
                              f"line {line}")
    if not name:
        raise ListImportError(str(path), "entry without a name", f"line {line}")
    schema = OFAC_SCHEMA.get(sdn_type.lower())
    if schema is None:
        raise ListImportError(str(path), f"unknown entry type {sdn_type!r}", f"line {line}")
    names = [_ofac_name(name, schema, "primary", "strong")]
    for kind, alias in _AKA.findall(remarks):
        names.append(_ofac_name(alias.strip(), schema, f"{kind.lower()}ka", "strong"))
    identifiers = [{"type": t.replace("Vessel Registration Identification ", ""), "value": v}
                   for t, v in _IDENT.findall(remarks)]
    if row[5]:
        identifiers.append({"type": "Call Sign", "value": row[5]})
    return ListEntry(
        entry_id=ent_num, schema=schema, names=names,
        programs=[p.strip(" []") for p in re.split(r"\]\s*\[|;", programs) if p.strip(" []")],
        listed_on=None,
        gender=(_GENDER.search(remarks).group(1) if _GENDER.search(remarks) else None),  # type: ignore[union-attr]
        nationalities=sorted({n.strip() for n in _NATIONALITY.findall(remarks)}),
        birth_dates=[_ofac_date(d) for d in _DOB.findall(remarks)],
        identifiers=identifiers, remarks=remarks or None)


def _read_ofac_main(path: Path, list_id: str, reader: str) -> ParsedFile:
    parsed = ParsedFile(list_id=list_id, kind="list", reader=reader, published=None)
    seen: dict[str, int] = {}
    for line, row in _csv_rows(path, SDN_COLUMNS):
        entry = _ofac_entry(path, line, row)
        if entry.entry_id in seen:
            raise ListImportError(str(path), f"duplicate entry number {entry.entry_id} "
                                  f"(first at line {seen[entry.entry_id]})", f"line {line}")
        seen[entry.entry_id] = line
        parsed.entries.append(entry)
    if not parsed.entries:
        raise ListImportError(str(path), "no entries in the file")
    return parsed


def _first_row(head: bytes) -> list[str]:
    try:
        return next(csv.reader(io.StringIO(_text(head).splitlines()[0] if head else "")))
    except (StopIteration, csv.Error, IndexError):
        return []


def _sniff_sdn(path: Path, head: bytes) -> bool:
    row = _first_row(head)
    return len(row) == SDN_COLUMNS and row[0].strip().isdigit() and "cons" not in path.name.lower()


def _sniff_cons(path: Path, head: bytes) -> bool:
    row = _first_row(head)
    return len(row) == SDN_COLUMNS and row[0].strip().isdigit() and "cons" in path.name.lower()


def _sniff_alt(path: Path, head: bytes) -> bool:
    row = _first_row(head)
    return len(row) == 5 and row[0].strip().isdigit() and row[2].strip().lower() in (
        "aka", "fka", "nka")


def _sniff_add(path: Path, head: bytes) -> bool:
    row = _first_row(head)
    return len(row) == 6 and row[0].strip().isdigit() and row[1].strip().isdigit()


def _read_alt(path: Path) -> ParsedFile:
    """ALT.CSV: ent_num, alt_num, alt_type (aka/fka/nka), alt_name, alt_remarks."""
    parsed = ParsedFile(list_id="us-ofac-sdn", kind="aliases", reader="ofac-alt-csv",
                        published=None)
    seen: set[str] = set()
    for line, row in _csv_rows(path, 5):
        ent_num, alt_num, alt_type, alt_name, remarks = row
        if not ent_num.isdigit() or not alt_num.isdigit():
            raise ListImportError(str(path), "entry or alias number is not a number",
                                  f"line {line}")
        if alt_num in seen:
            raise ListImportError(str(path), f"duplicate alias number {alt_num}", f"line {line}")
        seen.add(alt_num)
        if not alt_name:
            raise ListImportError(str(path), "alias without a name", f"line {line}")
        quality = "weak" if "weak" in alt_type.lower() or "weak" in remarks.lower() else "strong"
        parsed.supplements.append(Supplement(ent_num, alt_num, "alias", {
            "name": alt_name, "name_type": alt_type.lower().split()[0], "quality": quality,
            "remarks": remarks}))
    return parsed


def _read_add(path: Path) -> ParsedFile:
    """ADD.CSV: ent_num, add_num, address, city/state/postal code, country, add_remarks."""
    parsed = ParsedFile(list_id="us-ofac-sdn", kind="addresses", reader="ofac-add-csv",
                        published=None)
    seen: set[str] = set()
    for line, row in _csv_rows(path, 6):
        ent_num, add_num, address, city, country, remarks = row
        if not ent_num.isdigit() or not add_num.isdigit():
            raise ListImportError(str(path), "entry or address number is not a number",
                                  f"line {line}")
        if add_num in seen:
            raise ListImportError(str(path), f"duplicate address number {add_num}", f"line {line}")
        seen.add(add_num)
        parsed.supplements.append(Supplement(ent_num, add_num, "address", {
            "address": address, "city": city, "country": country, "remarks": remarks}))
    return parsed


# ---------------------------------------------------------------- UN SC consolidated XML

_XML_LIMIT = 200 * 1024 * 1024


def _sniff_un(path: Path, head: bytes) -> bool:
    return b"<CONSOLIDATED_LIST" in head


def _val(el: etree._Element, tag: str) -> str:
    found = el.find(tag)
    return " ".join((found.text or "").split()) if found is not None else ""


def _un_names(el: etree._Element, person: bool) -> list[EntryName]:
    parts = [_val(el, t) for t in ("FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME")]
    primary = " ".join(p for p in parts if p)
    names = [EntryName(primary, "primary", "strong", None)] if primary else []
    original = _val(el, "NAME_ORIGINAL_SCRIPT")
    if original:
        names.append(EntryName(original, "aka", "strong", None))
    for alias in el.iter("INDIVIDUAL_ALIAS", "ENTITY_ALIAS"):
        name = _val(alias, "ALIAS_NAME")
        if not name:
            continue
        quality = _val(alias, "QUALITY").lower()
        name_type = "fka" if quality.startswith("f.k.a") else "aka"
        names.append(EntryName(name, name_type, "weak" if quality == "low" else "strong", None))
    return names


def _un_entry(path: Path, el: etree._Element) -> ListEntry:
    person = el.tag == "INDIVIDUAL"
    entry_id = _val(el, "REFERENCE_NUMBER") or _val(el, "DATAID")
    where = f"<{el.tag}> at line {el.sourceline}"
    if not entry_id:
        raise ListImportError(str(path), "entry without REFERENCE_NUMBER or DATAID", where)
    names = _un_names(el, person)
    if not names:
        raise ListImportError(str(path), f"entry {entry_id} has no name", where)
    births: list[str] = []
    for dob in el.iter("INDIVIDUAL_DATE_OF_BIRTH"):
        value = _val(dob, "DATE")[:10] or _val(dob, "YEAR") or _val(dob, "FROM_YEAR")
        if value:
            births.append(value)
    gender = _val(el, "GENDER").capitalize() or None
    documents = [{"type": _val(d, "TYPE_OF_DOCUMENT") or "Document", "value": _val(d, "NUMBER")}
                 for d in el.iter("INDIVIDUAL_DOCUMENT") if _val(d, "NUMBER")]
    nationalities = [" ".join((v.text or "").split()) for n in el.iter("NATIONALITY")
                     for v in n.iter("VALUE") if (v.text or "").strip()]
    if not person:
        nationalities += [_val(a, "COUNTRY") for a in el.iter("ENTITY_ADDRESS")
                          if _val(a, "COUNTRY")]
    return ListEntry(
        entry_id=entry_id, schema="Person" if person else "Organization", names=names,
        programs=[_val(el, "UN_LIST_TYPE")] if _val(el, "UN_LIST_TYPE") else [],
        listed_on=_val(el, "LISTED_ON")[:10] or None,
        gender=gender if gender in ("Male", "Female") else None,
        nationalities=sorted(set(nationalities)), birth_dates=births, identifiers=documents,
        remarks=_val(el, "COMMENTS1") or None)


def _read_un(path: Path) -> ParsedFile:
    try:
        if path.stat().st_size > _XML_LIMIT:
            raise ListImportError(str(path), "file larger than the 200 MB limit for list XML")
        parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
        root = etree.parse(str(path), parser).getroot()
    except etree.XMLSyntaxError as exc:
        line = exc.lineno if hasattr(exc, "lineno") else None
        raise ListImportError(str(path), f"malformed XML: {exc.msg}",
                              f"line {line}" if line else None) from exc
    except OSError as exc:
        raise ListImportError(str(path), f"cannot read the file: {exc}") from exc
    if root.tag != "CONSOLIDATED_LIST":
        raise ListImportError(str(path), f"root element is <{root.tag}>, not <CONSOLIDATED_LIST>",
                              f"line {root.sourceline}")
    generated = root.get("dateGenerated", "")
    parsed = ParsedFile(list_id="un-sc", kind="list", reader="un-sc-xml",
                        published=generated[:10] or None)
    seen: dict[str, int | None] = {}
    for el in root.iter("INDIVIDUAL", "ENTITY"):
        entry = _un_entry(path, el)
        if entry.entry_id in seen:
            raise ListImportError(str(path), f"duplicate entry {entry.entry_id} (first at line "
                                  f"{seen[entry.entry_id]})", f"<{el.tag}> at line {el.sourceline}")
        seen[entry.entry_id] = el.sourceline
        parsed.entries.append(entry)
    if not parsed.entries:
        raise ListImportError(str(path), "no INDIVIDUAL or ENTITY elements in the file")
    return parsed


register(Reader("un-sc-xml", "UN Security Council consolidated list (XML, sc-sanctions.xsd)",
                _sniff_un, _read_un))
register(Reader("ofac-alt-csv", "OFAC ALT.CSV aliases of SDN entries", _sniff_alt, _read_alt))
register(Reader("ofac-add-csv", "OFAC ADD.CSV addresses of SDN entries", _sniff_add, _read_add))
register(Reader("ofac-cons-csv", "OFAC consolidated non-SDN list (CONS_PRIM.CSV)", _sniff_cons,
                lambda p: _read_ofac_main(p, "us-ofac-cons", "ofac-cons-csv")))
register(Reader("ofac-sdn-csv", "OFAC SDN list (legacy SDN.CSV)", _sniff_sdn,
                lambda p: _read_ofac_main(p, "us-ofac-sdn", "ofac-sdn-csv")))


_NAME_DATE = re.compile(r"(\d{4})-(\d{2})(?:-(\d{2}))?")


def date_from_filename(path: Path) -> str | None:
    """'ofac_sdn_2024-02-20.csv' -> '2024-02-20'; 'cons_2025-08.csv' -> '2025-08-01'."""
    found = _NAME_DATE.findall(path.name)
    if not found:
        return None
    year, month, day = found[-1]
    try:
        return datetime(int(year), int(month), int(day or 1)).date().isoformat()
    except ValueError:
        return None
