"""Sanctions regimes as data: ``data/regimes/*.yaml``, validated when loaded.

Each file is one regime (UN DPRK, EU Russia, UN Iran...) with its instruments and measures,
written to be read by a sanctions lawyer (see the header of ``un-dprk.yaml``). Loading checks
every reference (instrument keys, ``replaced_by``), every category against
``data/categories.yaml``, every date and every HS range, and a problem is a
:class:`~sanctionwatch.errors.DataFileError` naming the file and the line.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from sanctionwatch.errors import DataFileError
from sanctionwatch.model import PLOVER_TYPES

DIRECTIONS = ("to_target", "from_target", "with_target", "listed_party", "listed_travel")
THRESHOLD_KINDS = ("min_value", "annual_cap")


class _Map(dict[Any, Any]):
    """A YAML mapping that remembers its own line and the line of each value."""

    line: int = 0
    lines: dict[Any, int]


class _Loader(yaml.SafeLoader):
    """Safe YAML loader whose mappings carry line numbers (1-based) for error messages."""


def _construct_map(loader: _Loader, node: yaml.MappingNode) -> _Map:
    mapping = _Map()
    mapping.line = node.start_mark.line + 1
    mapping.lines = {}
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        if key in mapping:
            raise yaml.constructor.ConstructorError(
                None, None, f"duplicate key {key!r}", key_node.start_mark)
        mapping[key] = loader.construct_object(value_node, deep=True)
        mapping.lines[key] = value_node.start_mark.line + 1
    return mapping


def _construct_timestamp(loader: _Loader, node: yaml.ScalarNode) -> Any:
    """A date-looking scalar that is not a real date ("2017-13-45") stays a string, so the
    reader can report it with its line instead of YAML failing without one."""
    try:
        return yaml.constructor.SafeConstructor.construct_yaml_timestamp(loader, node)
    except ValueError:
        return loader.construct_scalar(node)


_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_map)
_Loader.add_constructor("tag:yaml.org,2002:timestamp", _construct_timestamp)


@dataclass(frozen=True)
class HSRange:
    """A Harmonized System code or range: "8703" (a heading), "86-89" (chapters 86 to 89)."""

    low: str
    high: str

    def contains(self, code: str) -> bool:
        """True when ``code`` (digits, any precision at least the range's) lies in the range."""
        digits = "".join(ch for ch in code if ch.isdigit())
        n = len(self.low)
        if len(digits) < n:
            return False
        return self.low <= digits[:n] <= self.high

    def __str__(self) -> str:
        return self.low if self.low == self.high else f"{self.low}-{self.high}"


@dataclass(frozen=True)
class Basis:
    """One legal basis as officially cited: instrument, provision, annex."""

    instrument: str
    provision: str
    annex: str | None = None
    uncertain: bool = False
    note: str | None = None
    # an annex's own goods: cited only when the item's HS code is among them
    hs: tuple[HSRange, ...] = ()
    # a paragraph adding designations: cited only for a party listed on the day it was adopted
    designations: bool = False
    adopted: dt.date | None = None

    @property
    def cite(self) -> str:
        annex = f", {self.annex}" if self.annex else ""
        return f"{self.instrument} {self.provision}{annex}"


@dataclass(frozen=True)
class Threshold:
    kind: str  # min_value | annual_cap
    text: str
    hs: tuple[HSRange, ...] = ()
    currency: str | None = None
    amount: float | None = None
    quantity: float | None = None
    unit: str | None = None


@dataclass(frozen=True)
class Exemption:
    id: str
    text: str
    categories: frozenset[str] = frozenset()
    modes: frozenset[str] = frozenset()
    # words in the event's sentence that place it under the exemption ("medical" for the
    # medical-exchanges exception of UNSCR 2321 OP11): a reader can see the word
    terms: tuple[str, ...] = ()
    # words naming other fields that the exemption does not cover ("IT and medical science")
    unless: tuple[str, ...] = ()


@dataclass(frozen=True)
class ReferenceRates:
    """Fixed conversion rates into a regime's threshold currency, used only to compare a
    reported value with a value threshold. Rates move: the file states the date and the
    source it assumes, and every conversion is written into the finding's explanation."""

    currency: str
    as_of: dt.date
    note: str
    rates: dict[str, float]

    def convert(self, amount: float, currency: str) -> float | None:
        """``amount`` in ``currency`` expressed in the regime's currency (None: no rate)."""
        if currency == self.currency:
            return amount
        rate = self.rates.get(currency)
        return None if rate is None else amount * rate


@dataclass(frozen=True)
class Measure:
    id: str
    regime: str
    basis: Basis
    also: tuple[Basis, ...]
    direction: str
    text: str
    in_force_from: dt.date
    categories: frozenset[str] = frozenset()
    hs: tuple[HSRange, ...] = ()
    contexts: frozenset[str] = frozenset()
    activity_only: bool = False
    # the provision defines its goods by HS codes ("industrial machinery (HS 84 and 85)"): an
    # item whose HS heading is known and outside them is not covered, whatever its category
    hs_defines: bool = False
    # words that name the activity in the event's sentence when event coding gave no context
    # (all-caps terms match as written, others in any case)
    evidence_terms: tuple[str, ...] = ()
    # groups of words that name the activity only together: the sentence must name one word
    # of every group ("joint working group" and "electric power": technical cooperation)
    evidence_all_of: tuple[tuple[str, ...], ...] = ()
    # travel: words naming a place that belongs to another state but stands in the country
    # where it is visited (an embassy): a visit there is no entry into that state
    host_venues: tuple[str, ...] = ()
    # PLOVER types this measure accepts, overriding the regime's defaults (empty: defaults)
    event_types: frozenset[str] = frozenset()
    lapsed_on: dt.date | None = None
    replaced_by: str | None = None
    thresholds: tuple[Threshold, ...] = ()
    exemptions: tuple[Exemption, ...] = ()
    uncertain: bool = False
    disputed: bool = False
    note: str | None = None
    # the category a finding carries when the event names no goods (a joint venture is an
    # investment, 'financial'); None: the first of ``categories``, else 'other_goods'
    finding_category: str | None = None
    # the part of the goods of its kind the measure covers, when news seldom says which
    # ("cylinder capacity over 1,900 cm3"): a finding on it is weaker
    covers_part: str | None = None
    source: str = ""  # "file:line" of the measure, for explanations and errors

    @property
    def bases(self) -> tuple[Basis, ...]:
        return (self.basis, *self.also)


@dataclass(frozen=True)
class Regime:
    id: str
    name: str
    authority: str
    target: str
    version: str
    binds: frozenset[str] | None  # None: every state
    lists: frozenset[str]
    list_programs: frozenset[str]
    transfer_event_types: frozenset[str]
    activity_event_types: frozenset[str]
    exemptions: tuple[Exemption, ...]
    measures: tuple[Measure, ...] = field(default=())
    path: str = ""
    reference_rates: ReferenceRates | None = None

    def measure(self, measure_id: str) -> Measure | None:
        return next((m for m in self.measures if m.id == measure_id), None)


class _Reader:
    """Turns one parsed regime file into :class:`Regime`, raising with file and line."""

    def __init__(self, path: Path, categories: frozenset[str]) -> None:
        self.path = path
        self.categories = categories

    def fail(self, reason: str, line: int | None) -> DataFileError:
        return DataFileError(str(self.path), reason, f"line {line}" if line else None)

    def get(self, m: _Map, key: str, kind: type | tuple[type, ...], required: bool = True,
            default: Any = None) -> Any:
        if key not in m:
            if required:
                raise self.fail(f"missing key {key!r}", m.line)
            return default
        value = m[key]
        if not isinstance(value, kind):
            raise self.fail(f"{key!r} has the wrong type ({type(value).__name__})",
                            m.lines.get(key, m.line))
        return value

    def date(self, m: _Map, key: str, required: bool = True) -> dt.date | None:
        if key not in m or m[key] is None:
            if required:
                raise self.fail(f"missing date {key!r}", m.line)
            return None
        value = m[key]
        if isinstance(value, dt.datetime):
            return value.date()
        if isinstance(value, dt.date):
            return value
        try:
            return dt.date.fromisoformat(str(value))
        except ValueError:
            raise self.fail(f"{key!r} is not a date (YYYY-MM-DD): {value!r}",
                            m.lines.get(key, m.line)) from None

    def strings(self, m: _Map, key: str) -> list[str]:
        value = m.get(key) or []
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise self.fail(f"{key!r} must be a list of strings", m.lines.get(key, m.line))
        return list(value)

    def category_set(self, m: _Map, key: str) -> frozenset[str]:
        values = self.strings(m, key)
        unknown = [v for v in values if v not in self.categories]
        if unknown:
            raise self.fail(f"unknown category {', '.join(map(repr, unknown))} (not in "
                            "categories.yaml)", m.lines.get(key, m.line))
        return frozenset(values)

    def category(self, m: _Map, key: str) -> str | None:
        """One optional category, a key of categories.yaml."""
        value: str | None = self.get(m, key, str, required=False)
        if value is not None and value not in self.categories:
            raise self.fail(f"unknown category {value!r} (not in categories.yaml)",
                            m.lines.get(key, m.line))
        return value

    def hs_ranges(self, m: _Map, key: str) -> tuple[HSRange, ...]:
        out = []
        for raw in m.get(key) or []:
            text = str(raw).strip()
            low, _, high = text.partition("-")
            high = high or low
            ok = (low.isdigit() and high.isdigit() and len(low) == len(high)
                  and len(low) % 2 == 0 and 2 <= len(low) <= 10 and low <= high)
            if not ok:
                raise self.fail(f"bad HS code or range {text!r} in {key!r}",
                                m.lines.get(key, m.line))
            out.append(HSRange(low, high))
        return tuple(out)

    def basis(self, m: _Map, instruments: dict[str, tuple[str, dt.date | None]],
              own_goods: bool = False) -> Basis:
        key = self.get(m, "instrument", str)
        if key not in instruments:
            raise self.fail(f"instrument {key!r} is not declared under 'instruments'",
                            m.lines.get("instrument", m.line))
        provision = self.get(m, "provision", str)
        cite, adopted = instruments[key]
        return Basis(instrument=cite, provision=provision, adopted=adopted,
                     designations=bool(m.get("designations", False)),
                     annex=self.get(m, "annex", str, required=False),
                     uncertain=bool(m.get("uncertain", False)),
                     note=self.get(m, "note", str, required=False),
                     hs=self.hs_ranges(m, "hs") if own_goods else ())

    def exemption(self, m: _Map, default_id: str) -> Exemption:
        return Exemption(id=str(m.get("id", default_id)), text=self.get(m, "text", str),
                         categories=self.category_set(m, "categories"),
                         modes=frozenset(self.strings(m, "modes")),
                         terms=tuple(self.strings(m, "terms")),
                         unless=tuple(self.strings(m, "unless")))

    def reference_rates(self, doc: _Map) -> ReferenceRates | None:
        """The optional `reference_rates` block: {currency, as_of, note, rates: {CUR: x}}."""
        raw = doc.get("reference_rates")
        if raw is None:
            return None
        if not isinstance(raw, _Map):
            raise self.fail("'reference_rates' must be a mapping", doc.lines.get("reference_rates"))
        rates = self.get(raw, "rates", _Map)
        for key, value in rates.items():
            if not isinstance(value, (int, float)) or isinstance(value, bool) or value <= 0:
                raise self.fail(f"rate for {key!r} must be a positive number",
                                rates.lines.get(key, raw.line))
        as_of = self.date(raw, "as_of")
        assert as_of is not None
        return ReferenceRates(currency=self.get(raw, "currency", str), as_of=as_of,
                              note=self.get(raw, "note", str),
                              rates={str(k).upper(): float(v) for k, v in rates.items()})

    def threshold(self, m: _Map) -> Threshold:
        kind = self.get(m, "kind", str)
        if kind not in THRESHOLD_KINDS:
            raise self.fail(f"threshold kind {kind!r} is not one of {THRESHOLD_KINDS}", m.line)
        amount = self.get(m, "amount", (int, float), required=False)
        quantity = self.get(m, "quantity", (int, float), required=False)
        currency = self.get(m, "currency", str, required=False)
        if kind == "min_value" and (amount is None or currency is None):
            raise self.fail("a min_value threshold needs 'amount' and 'currency'", m.line)
        return Threshold(kind=kind, text=self.get(m, "text", str), hs=self.hs_ranges(m, "hs"),
                         currency=currency, amount=amount, quantity=quantity,
                         unit=self.get(m, "unit", str, required=False))

    def measure(self, m: _Map, regime_id: str,
                instruments: dict[str, tuple[str, dt.date | None]]) -> Measure:
        mid = self.get(m, "id", str)
        direction = self.get(m, "direction", str)
        if direction not in DIRECTIONS:
            raise self.fail(f"measure {mid!r}: direction {direction!r} is not one of "
                            f"{DIRECTIONS}", m.lines.get("direction", m.line))
        also = []
        for item in m.get("also") or []:
            if not isinstance(item, _Map):
                raise self.fail(f"measure {mid!r}: 'also' items must be mappings",
                                m.lines.get("also", m.line))
            also.append(self.basis(item, instruments, own_goods=True))
        exemptions = []
        for i, item in enumerate(m.get("exemptions") or []):
            if not isinstance(item, _Map):
                raise self.fail(f"measure {mid!r}: exemptions must be mappings",
                                m.lines.get("exemptions", m.line))
            exemptions.append(self.exemption(item, f"{mid}-{i}"))
        thresholds = []
        for item in m.get("thresholds") or []:
            if not isinstance(item, _Map):
                raise self.fail(f"measure {mid!r}: thresholds must be mappings",
                                m.lines.get("thresholds", m.line))
            thresholds.append(self.threshold(item))
        basis = self.basis(m, instruments)
        if m.get("uncertain") and not m.get("note"):
            raise self.fail(f"measure {mid!r} is marked uncertain without a 'note'", m.line)
        for b in also:
            if b.uncertain and not b.note:
                raise self.fail(f"measure {mid!r}: an uncertain 'also' basis needs a note",
                                m.line)
        in_force = self.date(m, "in_force_from")
        assert in_force is not None
        lapsed = self.date(m, "lapsed_on", required=False)
        if lapsed is not None and lapsed <= in_force:
            raise self.fail(f"measure {mid!r} lapses before it enters into force",
                            m.lines.get("lapsed_on", m.line))
        return Measure(
            id=mid, regime=regime_id, basis=basis, also=tuple(also), direction=direction,
            text=self.get(m, "text", str), in_force_from=in_force, lapsed_on=lapsed,
            categories=self.category_set(m, "categories"), hs=self.hs_ranges(m, "hs"),
            contexts=frozenset(self.strings(m, "contexts")),
            activity_only=bool(m.get("activity_only", False)),
            hs_defines=bool(m.get("hs_defines", False)),
            event_types=self.event_types(m, "event_types"),
            evidence_terms=tuple(self.strings(m, "evidence_terms")),
            evidence_all_of=self.term_groups(m, "evidence_all_of"),
            host_venues=tuple(self.strings(m, "host_venues")),
            replaced_by=self.get(m, "replaced_by", str, required=False),
            thresholds=tuple(thresholds), exemptions=tuple(exemptions),
            uncertain=bool(m.get("uncertain", False)), disputed=bool(m.get("disputed", False)),
            note=self.get(m, "note", str, required=False),
            finding_category=self.category(m, "finding_category"),
            covers_part=self.get(m, "covers_part", str, required=False),
            source=f"{self.path.name}:{m.line}")

    def term_groups(self, m: _Map, key: str) -> tuple[tuple[str, ...], ...]:
        """A list of at least two non-empty lists of words."""
        value = m.get(key) or []
        ok = isinstance(value, list) and len(value) >= 2 and all(
            isinstance(g, list) and g and all(isinstance(w, str) for w in g) for g in value)
        if value and not ok:
            raise self.fail(f"{key!r} must be a list of two or more non-empty lists of "
                            "strings", m.lines.get(key, m.line))
        return tuple(tuple(g) for g in value)

    def event_types(self, m: _Map, key: str) -> frozenset[str]:
        values = self.strings(m, key)
        bad = [v for v in values if v not in PLOVER_TYPES]
        if bad:
            raise self.fail(f"unknown PLOVER event type(s) {bad}", m.lines.get(key, m.line))
        return frozenset(values)

    def regime(self, doc: Any) -> Regime:
        if not isinstance(doc, _Map):
            raise self.fail("a regime file must be a mapping", 1)
        rid = self.get(doc, "id", str)
        instruments: dict[str, tuple[str, dt.date | None]] = {}
        inst = self.get(doc, "instruments", _Map)
        for key, value in inst.items():
            if not isinstance(value, _Map):
                raise self.fail(f"instrument {key!r} must be a mapping", inst.lines[key])
            instruments[str(key)] = (self.get(value, "cite", str), self.date(value, "adopted"))
        exemptions = []
        ex = doc.get("exemptions") or _Map()
        if not isinstance(ex, _Map):
            raise self.fail("'exemptions' must be a mapping", doc.lines.get("exemptions"))
        for key, value in ex.items():
            if not isinstance(value, _Map):
                raise self.fail(f"exemption {key!r} must be a mapping", ex.lines[key])
            exemptions.append(self.exemption(value, str(key)))
        defaults = doc.get("defaults") or _Map()
        if not isinstance(defaults, _Map):
            raise self.fail("'defaults' must be a mapping", doc.lines.get("defaults"))
        binds_raw = doc.get("binds", "all")
        binds = None if binds_raw == "all" else frozenset(self.strings(doc, "binds"))
        raw_measures = self.get(doc, "measures", list)
        measures = []
        for item in raw_measures:
            if not isinstance(item, _Map):
                raise self.fail("each measure must be a mapping", doc.lines.get("measures"))
            measures.append(self.measure(item, rid, instruments))
        self.check_references(measures, raw_measures)
        return Regime(
            id=rid, name=self.get(doc, "name", str), authority=self.get(doc, "authority", str),
            target=self.get(doc, "target", str).lower(), version=self.get(doc, "version", str),
            binds=binds, lists=frozenset(self.strings(doc, "lists")),
            list_programs=frozenset(self.strings(doc, "list_programs")),
            transfer_event_types=self.event_types(defaults, "transfer_event_types"),
            activity_event_types=self.event_types(defaults, "activity_event_types"),
            exemptions=tuple(exemptions), measures=tuple(measures), path=str(self.path),
            reference_rates=self.reference_rates(doc))

    def check_references(self, measures: list[Measure], raw: list[_Map]) -> None:
        seen: dict[str, int] = {}
        for m, r in zip(measures, raw, strict=True):
            if m.id in seen:
                raise self.fail(f"duplicate measure id {m.id!r} (first at line {seen[m.id]})",
                                r.line)
            seen[m.id] = r.line
        for m, r in zip(measures, raw, strict=True):
            if m.replaced_by and m.replaced_by not in seen:
                raise self.fail(f"measure {m.id!r}: replaced_by {m.replaced_by!r} is not a "
                                "measure of this regime", r.lines.get("replaced_by", r.line))


def load_categories(path: Path) -> frozenset[str]:
    """The category vocabulary (keys of ``categories.yaml``)."""
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_Loader)  # a SafeLoader subclass
    except (OSError, yaml.YAMLError) as exc:
        raise DataFileError(str(path), f"cannot read categories: {exc}") from exc
    if not isinstance(data, dict):
        raise DataFileError(str(path), "the category file must be a mapping")
    return frozenset(str(k) for k in data)


def load_regime(path: Path, categories: frozenset[str]) -> Regime:
    """Parse and validate one regime file."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise DataFileError(str(path), f"cannot read: {exc}") from exc
    try:
        doc = yaml.load(text, Loader=_Loader)  # a SafeLoader subclass
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}" if mark is not None else None
        raise DataFileError(str(path), f"invalid YAML: {getattr(exc, 'problem', exc)}",
                            where) from exc
    return _Reader(path, categories).regime(doc)


def load_regimes(data_dir: Path) -> list[Regime]:
    """Every regime under ``data_dir/regimes``, validated against ``data_dir/categories.yaml``."""
    categories = load_categories(data_dir / "categories.yaml")
    folder = data_dir / "regimes"
    paths = sorted(folder.glob("*.yaml"))
    if not paths:
        raise DataFileError(str(folder), "no regime files (*.yaml) found")
    regimes = [load_regime(p, categories) for p in paths]
    ids: dict[str, str] = {}
    for r in regimes:
        if r.id in ids:
            raise DataFileError(r.path, f"regime id {r.id!r} also used by {ids[r.id]}", "line 1")
        ids[r.id] = r.path
    return regimes
