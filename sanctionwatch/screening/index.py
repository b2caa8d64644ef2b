"""The in-memory screening index over every loaded list snapshot, built once per process.

Blocking: each name is filed under its tokens, joined neighbouring tokens ('jongun') and
token skeletons ('PLTML'); a query looks up only the names sharing such a key, ranks them by
the rarity of the keys they share (IDF) and runs the full matcher on the few best. No query
compares every name with every entry.
"""

from __future__ import annotations

import gc
import hashlib
import json
import math
import pickle
import sqlite3
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from functools import cache, partial
from pathlib import Path
from typing import Any, NamedTuple, cast

import numpy as np
import numpy.typing as npt
from rapidfuzz import fuzz, process

from sanctionwatch.model import SanctionHit
from sanctionwatch.screening.matcher import (
    DEFAULT_ALGORITHM,
    Algorithm,
    Candidate,
    MatchResult,
    Query,
    get_algorithm,
)
from sanctionwatch.screening.normalize import NameForm, name_form, skeleton
from sanctionwatch.settings import PACKAGE_DATA

SHORTLIST = 256  # names sharing the most key weight, re-ranked by whole-name likeness
CANDIDATES = 6  # names fully compared per query
SMALL_SHORTLIST = 24  # shortlists scored pair by pair rather than by one cdist call
BATCH = 256  # names per batch in bulk screening (see ``ListIndex.screen_many``)
MAX_NAME_CHARS = 500  # longer 'names' are text, not a party's name
BOUND_SLACK = 0.15  # margin under the threshold for the cheap bound on a name's score
MIN_KEY_SHARE = 0.3  # a candidate must share this share of the query's key weight
MAX_KEY_SHARE = 0.05  # keys on more than this share of names are too common to block on


class Record(NamedTuple):
    """One entry as one snapshot lists it."""

    list_id: str
    entry_id: str
    source_id: int
    published: str
    schema: str
    caption: str
    programs: tuple[str, ...]
    listed_on: str | None
    countries: tuple[str, ...]
    birth_dates: tuple[str, ...]
    gender: str | None
    # the first loaded snapshot of this list that has the entry, and the one before it (if
    # any): the entry was listed after ``absent_on`` and by ``listed_by``
    listed_by: str | None = None  # set for every record by _with_windows
    absent_on: str | None = None


class Variant(NamedTuple):
    """One distinct name as the matcher sees it, and the records that bear it."""

    name: str
    schema: str
    surname: str | None
    weak: bool
    rare: bool | None  # is the surname borne by few listed entries?
    records: tuple[int, ...]


@cache
def _territory_names() -> dict[str, str]:
    """Lower-case country names and codes (rigour's territories) -> ISO-style code."""
    from rigour.territories import get_territories

    table: dict[str, str] = {}
    for territory in get_territories():
        code = str(territory.code)
        for label in (territory.name, territory.full_name, territory.alpha3, code,
                      *(territory.other_codes or ())):
            if label:
                table.setdefault(str(label).lower(), code)
    return table


@cache
def country_code(text: str) -> str:
    """'Russia', 'ru', 'Korea, North' -> a territory code; unknown text stays lower-cased."""
    key = " ".join(text.lower().split())
    table = _territory_names()
    if key in table:
        return table[key]
    if "," in key:  # OFAC writes 'Korea, North'
        head, _, tail = key.partition(",")
        flipped = f"{tail.strip()} {head.strip()}"
        if flipped in table:
            return table[flipped]
    return key


def _json_list(text: str) -> list[str]:
    return [] if text == "[]" else list(json.loads(text))


def _word_keys(token: str, following: str | None, skel: str) -> list[str]:
    """Blocking keys of one word: the word, it joined with the next word, its skeleton, its
    first four letters (case endings, late typos)."""
    keys = [token]
    if following is not None:
        keys.append(token + following)
    if len(skel) >= 2:
        keys.append("~" + skel)
    if len(token) >= 5:
        keys.append("^" + token[:4])
    return keys


def _token_keys(form: NameForm) -> list[list[str]]:
    """Blocking keys per name token (see ``_word_keys``)."""
    tokens = form.tokens
    return [_word_keys(token, tokens[i + 1] if i + 1 < len(tokens) else None, skel)
            for i, (token, skel) in enumerate(zip(tokens, form.skeletons, strict=True))]


def _keys(form: NameForm) -> list[str]:
    return list(dict.fromkeys(k for keys in _token_keys(form) for k in keys))


def _sorted_text(tokens: Sequence[str]) -> str:
    """A name's words sorted and joined. ``fuzz.token_sort_ratio(a, b)`` is ``fuzz.ratio``
    of the two names' sorted texts, so the index sorts each listed name's words once, when
    it is built, rather than rapidfuzz sorting them again for every query that meets it."""
    return " ".join(sorted(tokens))


def _distinct_sorted(ids: npt.NDArray[np.intp]) -> npt.NDArray[np.intp]:
    """``np.unique(ids)`` for a short array, without its general-purpose overhead."""
    ids = ids.copy()
    ids.sort()  # the method: ``np.sort`` adds a Python wrapper around the same copy and sort
    if len(ids) < 2:
        return ids
    keep = np.empty(len(ids), dtype=bool)
    keep[0] = True
    np.not_equal(ids[1:], ids[:-1], out=keep[1:])
    return ids[keep]


def _lists_to_read(touched: list[tuple[npt.NDArray[np.intp], int]], need: float
                   ) -> list[npt.NDArray[np.intp]]:
    """Of the query words' name lists (with each word's letters), those a name covering
    ``need`` letters must be on at least one of: a name reached only by words whose letters
    sum to less than ``need`` cannot cover ``need``. So the longest lists are left unread
    while the letters of the words left out stay under ``need`` (none when ``need`` <= 0);
    their names still count in the work array for the names that are read."""
    read = []
    left_out = 0
    for ids, letters in sorted(touched, key=lambda t: -len(t[0])):
        if left_out + letters < need:
            left_out += letters
        else:
            read.append(ids)
    return read


def _passing(work: npt.NDArray[np.complex64], lists: list[npt.NDArray[np.intp]],
             weight: float, need: float) -> npt.NDArray[np.intp]:
    """The names on ``lists`` (a name once per list and key it is on) whose summed key weight
    in ``work`` reaches ``weight`` and whose covered letters reach ``need``."""
    if not lists:
        return np.empty(0, dtype=np.intp)
    seen = np.concatenate(lists) if len(lists) > 1 else lists[0]
    rows = work[seen]
    keep = rows.real >= weight
    if need > -math.inf:
        keep &= rows.imag >= need
    return seen[keep]


def _cleared(work: npt.NDArray[np.complex64],
             touched: list[tuple[npt.NDArray[np.intp], int]]) -> None:
    """Zero the slots a query wrote, leaving the work array clean for the next query."""
    for ids, _ in touched:
        work[ids] = 0


MEMO_LIMIT = 200_000  # entries per memo before it is emptied
WORD_MEMO_NAMES = 4_000_000  # names held by the word memo (16 bytes each: <= 64 MB)
_MEMOS = ("_work_rows", "_work_best", "_memo_candidates", "_memo_words",
          "_memo_words_held", "_memo_active", "_text_arr")


class _TokenHits(NamedTuple):
    """One query word's blocking contribution (see ``ListIndex._token_hits``)."""

    top: float
    # the names reached by a usable key, a name once per key that holds it (see ``_reached``)
    ids: npt.NDArray[np.intp] | None
    add: npt.NDArray[np.complex64] | None  # per name: best key weight + 1j * word's letters


class _Prepared(NamedTuple):
    """A variant's ``name_form`` (without the name itself) and its surname's tokens, computed
    when the index is built and kept in its cache file, so a new process does not normalise
    every candidate name again."""

    tokens: tuple[str, ...]
    removed: tuple[str, ...]
    skeletons: tuple[str, ...]
    transliterated: bool
    surname: tuple[str, ...]


def _shared(value: object, pool: dict[object, object]) -> object:
    """``value`` with each string, and each tuple of strings, replaced by the first equal one
    met (kept in ``pool``): pickle writes an object once and refers back to it after, so
    the many repeated list names, dates, programmes and name tokens are read once each."""
    if isinstance(value, str) or (isinstance(value, tuple) and all(
            isinstance(v, str) for v in value)):
        if isinstance(value, tuple):
            value = tuple(pool.setdefault(v, v) for v in value)
        return pool.setdefault(value, value)
    return value


# the index's lists of named tuples, kept in the cache file as plain tuples
_PLAIN: dict[str, type[tuple[Any, ...]]] = {"records": Record, "variants": Variant,
                                            "forms": _Prepared}


class ListIndex:
    """Every name of every loaded snapshot, filed for blocking; implements ``Screener``."""

    def __init__(self, records: list[Record], names: dict[tuple[str, str, str | None, bool],
                 list[int]], sources: dict[str, list[tuple[str, int]]], threshold: float,
                 algorithm: str = DEFAULT_ALGORITHM) -> None:
        self.records = records
        self.sources = sources  # list_id -> [(published, source_id)] oldest first
        self.threshold = threshold
        self.algorithm: Algorithm = get_algorithm(algorithm)
        self.surname_counts = self._surname_counts(names)
        self.variants: list[Variant] = []
        self.sorted_texts: list[str] = []  # each variant's words sorted, for re-ranking
        self.forms: list[_Prepared] = []  # each variant's name and surname forms, kept
        postings: dict[str, list[int]] = defaultdict(list)
        for (name, schema, surname, weak), recs in names.items():
            form = name_form(name, schema)
            if not form.tokens:
                continue
            rare = None
            tokens: tuple[str, ...] = ()
            if surname:
                tokens = name_form(surname, "Person").tokens
                rare = len(tokens) == 1 and self.surname_counts.get(tokens[0], 0) <= 2
            for key in _keys(form):
                postings[key].append(len(self.variants))
            self.variants.append(Variant(name, schema, surname, weak, rare, tuple(recs)))
            self.sorted_texts.append(_sorted_text(form.tokens))
            self.forms.append(_Prepared(form.tokens, form.removed, form.skeletons,
                                        form.transliterated, tokens))
        n = max(1, len(self.variants))
        self.max_df = max(50, int(n * MAX_KEY_SHARE))
        # one flat array and (start, length, idf) per key: quick to build, pickle and load
        self.postings: dict[str, tuple[int, int, float]] = {}
        flat: list[int] = []
        for key, ids in postings.items():
            self.postings[key] = (len(flat), len(ids), math.log(1 + n / len(ids)))
            flat.extend(ids)
        self.flat: npt.NDArray[np.intp] = np.asarray(flat, dtype=np.intp)

    def _work(self) -> npt.NDArray[np.complex64]:
        """A zeroed work array, one slot per name: key weight shared with the query (real
        part) and query letters covered (imaginary part). Two float32 sums kept as one
        complex64 so each query word costs one scatter, not two; complex addition adds the
        parts apart, so the sums are the same float32 sums. Reused across queries: each
        query touches only its names' slots and zeroes them again."""
        return cast("npt.NDArray[np.complex64]", self._scratch("_work_rows", np.complex64))

    def _best(self) -> npt.NDArray[np.complex64]:
        """A zeroed work array: a word's best key weight (real part) and letters (imaginary
        part) per name, while its keys are read (see ``_reached``)."""
        return cast("npt.NDArray[np.complex64]", self._scratch("_work_best", np.complex64))

    def _scratch(self, name: str, dtype: type[Any]) -> npt.NDArray[Any]:
        """A zeroed per-name array made on first use and kept in the instance (left out of
        the pickled index by ``__getstate__``)."""
        array: npt.NDArray[Any] | None = self.__dict__.get(name)
        if array is None:
            array = np.zeros(len(self.variants), dtype=dtype)
            self.__dict__[name] = array
        return array

    def _text_array(self) -> npt.NDArray[np.object_]:
        """The variants' sorted texts as an array, to pick a shortlist's in one step."""
        texts: npt.NDArray[np.object_] | None = self.__dict__.get("_text_arr")
        if texts is None:
            texts = np.empty(len(self.sorted_texts), dtype=object)
            texts[:] = self.sorted_texts
            self.__dict__["_text_arr"] = texts
        return texts

    def __getstate__(self) -> dict[str, object]:
        state = dict(self.__dict__)
        for key in _MEMOS:  # work arrays and memos are rebuilt on use, not cached to disk
            state.pop(key, None)
        # name ids fit in 32 bits on disk; in memory they are numpy's index type (``intp``),
        # as indexing with any other type converts the indices on every use
        state["flat"] = self.flat.astype(np.int32)
        pool: dict[object, object] = {}
        for key in _PLAIN:  # see ``__setstate__``
            state[key] = [tuple(_shared(value, pool) for value in row) for row in state[key]]
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        """Read back from the cache file. Records, variants and forms are written there as
        plain tuples, equal strings shared (``_shared``), and made named tuples again here,
        in C (``tuple.__new__``): unpickling a named tuple calls its Python ``__new__`` once
        per row, which made reading the cache (a new process's start-up) much slower."""
        for key, kind in _PLAIN.items():
            state[key] = list(map(partial(tuple.__new__, kind), state[key]))
        state["flat"] = state["flat"].astype(np.intp)  # see ``__getstate__``
        self.__dict__.update(state)

    def _memo(self, key: str) -> dict[object, object]:
        """A per-process memo kept on the index (bulk runs meet the same words and names
        again and again); emptied when it grows past ``MEMO_LIMIT`` to bound memory."""
        memo: dict[object, object] | None = self.__dict__.get(key)
        if memo is None or len(memo) > MEMO_LIMIT:
            memo = {}
            self.__dict__[key] = memo
        return memo

    def candidate(self, vid: int) -> Candidate:
        """The matcher's view of a variant, with what its records say about the entry
        (built once per variant and process: it depends only on the index)."""
        memo = self._memo("_memo_candidates")
        found = memo.get(vid)
        if found is not None:
            return found  # type: ignore[return-value]
        variant = self.variants[vid]
        first = self.records[variant.records[0]]
        countries = sorted({c for r in variant.records for c in self.records[r].countries})
        prep = self.forms[vid]
        form = NameForm(variant.name, prep.tokens, prep.removed, prep.skeletons,
                        prep.transliterated)
        cand = Candidate(variant.name, variant.schema, variant.surname, tuple(countries),
                         first.birth_dates, first.gender, variant.rare, variant.weak,
                         prepared=form, prepared_surname=prep.surname)
        memo[vid] = cand
        return cand

    def _token_hits(self, token: str, following: str | None) -> _TokenHits | None:
        """What one query word (and the word after it) contributes to blocking: the rarest
        weight of its keys found (for the query's total), and the names it reaches with each
        name's best usable key weight and the word's letters. Depends only on the two words,
        so it is computed once per distinct pair; and when no list writes the two as one
        word (the usual case), it is what the word alone gives, computed once per word."""
        memo = self._memo("_memo_words")
        cache_key = (token, following)
        if cache_key in memo:
            return memo[cache_key]  # type: ignore[return-value]
        if following is not None and token + following not in self.postings:
            hits = self._token_hits(token, None)  # the same keys found, so the same hits
        else:
            hits = self._word_hits(token, following, memo)
        memo[cache_key] = hits
        return hits

    def _word_hits(self, token: str, following: str | None, memo: dict[object, object]
                   ) -> _TokenHits | None:
        """``_token_hits`` computed (``memo`` is emptied when the names it holds grow past
        ``WORD_MEMO_NAMES``)."""
        keys = _word_keys(token, following, skeleton(token))
        found = [(k, self.postings[k]) for k in keys if k in self.postings]
        hits: _TokenHits | None = None
        if found:
            top = max(p[2] for _, p in found)
            usable = [p for k, p in found
                      if p[1] <= (self.max_df if k[0] not in "~^" else self.max_df // 4)]
            ids: npt.NDArray[np.intp] | None = None
            add: npt.NDArray[np.complex64] | None = None
            if usable:  # a word counts once, by its best key, for each name
                ids, add = self._reached(usable, len(token) if len(token) > 1 else 0)
            hits = _TokenHits(top, ids, add)
            held = self.__dict__.get("_memo_words_held", 0) + (0 if ids is None else len(ids))
            if held > WORD_MEMO_NAMES:  # bound the memory: start afresh
                memo.clear()
                held = 0
            self.__dict__["_memo_words_held"] = held
        return hits

    def _reached(self, usable: list[tuple[int, int, float]], letters: int
                 ) -> tuple[npt.NDArray[np.intp], npt.NDArray[np.complex64]]:
        """The names on any of a word's usable keys (start, length, weight), each with the
        best weight of those keys that hold it plus ``letters`` times 1j.

        Keys are written into a scratch array lightest first, so the heaviest is left, and
        every name is read back from it. A name on several keys (the word itself, its
        skeleton, its first letters) is listed once per key, not made distinct: each of its
        copies carries the same value, and adding ``add`` into a per-name array with
        ``work[ids] += add`` reads every copy before writing any, so the name gains the
        value once. Making the names distinct would cost more than the copies it saves."""
        best = self._best()
        parts = []
        for start, length, weight in sorted(usable, key=lambda p: p[2]):  # heaviest last
            part = self.flat[start:start + length]
            best[part] = complex(weight, letters)
            parts.append(part)
        ids = parts[0] if len(parts) == 1 else np.concatenate(parts)
        add = best[ids]
        best[ids] = 0
        return ids, add

    @staticmethod
    def _surname_counts(names: dict[tuple[str, str, str | None, bool], list[int]]
                        ) -> dict[str, int]:
        """How many distinct entries bear each one-word listed surname."""
        bearers: dict[str, set[int]] = defaultdict(set)
        for (_, _, surname, _), recs in names.items():
            if surname:
                tokens = name_form(surname, "Person").tokens
                if len(tokens) == 1:
                    bearers[tokens[0]].update(recs)
        return {s: len(r) for s, r in bearers.items()}

    # ------------------------------------------------------------------ as of a date

    def active_sources(self, as_of: str | None) -> dict[int, str | None]:
        """Snapshots in force on ``as_of``: source id -> None (all its entries) or a date
        (only entries whose listing date is known and on or before it)."""
        active: dict[int, str | None] = {}
        for snapshots in self.sources.values():
            if as_of is None:
                active[snapshots[-1][1]] = None
                continue
            before = [sid for date, sid in snapshots if date <= as_of]
            after = [sid for date, sid in snapshots if date > as_of]
            if before:
                active[before[-1]] = None
            if after:
                active[after[0]] = as_of
        return active

    @staticmethod
    def _standing(record: Record, active: dict[int, str | None]) -> str | None:
        """Is the entry in force on the cut-off date of its snapshot? "listed" when the
        files prove it (a listing date on or before it, or an earlier snapshot that has it),
        "uncertain" when they cannot tell (no listing date, and the snapshot before that
        date, if one is loaded, lacks it), None when it is out (listed later, or not yet
        listed on a snapshot of the date or after it). An uncertain entry is shown, marked:
        a screener that hid it would miss a party that may well have been listed."""
        if record.source_id not in active:
            return None
        cutoff = active[record.source_id]
        if cutoff is None:
            return "listed"
        if record.listed_on is not None:
            return "listed" if record.listed_on <= cutoff else None
        if record.listed_by is not None and record.listed_by <= cutoff:
            return "listed"
        if record.absent_on is not None and record.absent_on >= cutoff:
            return None
        return "uncertain"

    # ------------------------------------------------------------------ queries

    def candidates(self, form: NameForm, threshold: float = 0.0) -> list[int]:
        """Variant ids sharing the most (rarest) keys with the query: the blocking step.

        With a ``threshold``, names that share keys with too few of the query's letters to
        reach it are dropped before the matcher runs (a query word that shares no key with a
        name is taken as unmatched; the bound keeps a margin for typos that share none).
        """
        work = self._work()
        words = self._memo("_memo_words")  # read here once, not per word
        touched: list[tuple[npt.NDArray[np.intp], int]] = []  # (names, the word's letters)
        total = 0.0
        tokens = form.tokens
        letters = sum(len(t) for t in tokens if len(t) > 1) or 1
        for i, token in enumerate(tokens):
            pair = (token, tokens[i + 1] if i + 1 < len(tokens) else None)
            hits = (cast("_TokenHits | None", words[pair]) if pair in words
                    else self._token_hits(*pair))
            if hits is None:
                continue
            total += hits.top
            if hits.ids is not None and hits.add is not None:
                work[hits.ids] += hits.add
                touched.append((hits.ids, len(token) if len(token) > 1 else 0))
        if total <= 0 or not touched:
            return []
        need = (threshold - BOUND_SLACK) * letters if threshold > 0 else -math.inf
        picked = _passing(work, _lists_to_read(touched, need),
                          max(MIN_KEY_SHARE * total, 1e-6), need)
        if len(picked) <= 1:  # nothing to rank (the usual case)
            _cleared(work, touched)
            return [int(picked[0])] if len(picked) else []
        top = _distinct_sorted(picked)
        kept = work[top].real
        _cleared(work, touched)
        if len(top) == 1:
            return [int(top[0])]
        if len(top) > SHORTLIST:
            chosen = np.argpartition(-kept, SHORTLIST - 1)[:SHORTLIST]
            top, kept = top[chosen], kept[chosen]
        # re-rank the shortlist by how alike the whole names read (names tied on keys differ)
        combined = kept / total + self._likeness(form.tokens, top) / 100
        order = (-combined).argsort(kind="stable")[:CANDIDATES]
        return cast("list[int]", top[order].tolist())

    def _likeness(self, tokens: Sequence[str], ids: npt.NDArray[np.intp]
                  ) -> npt.NDArray[np.float32]:
        """How alike the name of ``tokens`` and each name in ``ids`` read (token sort ratio,
        0-100, taken as the ratio of the sorted texts: see ``_sorted_text``), as float32 as
        rapidfuzz's ``cdist`` gives it; a short list is scored one by one, which skips
        ``cdist``'s set-up cost and gives the very same values."""
        text = _sorted_text(tokens)
        texts = self._text_array()[ids].tolist()
        if len(texts) <= SMALL_SHORTLIST:
            return np.array([fuzz.ratio(text, other) for other in texts], dtype=np.float32)
        scores = process.cdist([text], texts, scorer=fuzz.ratio, workers=1)
        return cast("npt.NDArray[np.float32]", scores[0])

    def screen(self, name: str, schema: str = "Person", *, as_of: str | None = None,
               countries: Sequence[str] = (), limit: int = 5, birth_date: str | None = None,
               gender: str | None = None, threshold: float | None = None) -> list[SanctionHit]:
        """Entries matching ``name`` at or above the threshold, best first, explained."""
        return self.screen_many([name], schema, as_of=as_of, countries=countries, limit=limit,
                                birth_date=birth_date, gender=gender, threshold=threshold)[0]

    def screen_many(self, names: Iterable[str], schema: str = "Person", *,
                    as_of: str | None = None, countries: Sequence[str] = (), limit: int = 5,
                    birth_date: str | None = None, gender: str | None = None,
                    threshold: float | None = None) -> list[list[SanctionHit]]:
        """Screen many names; a name seen before in the run is answered from the first.

        Names are taken in batches, each in three passes (blocking for every name, then the
        matcher for every candidate pair, then the hits): each pass's code and tables stay
        in the processor's caches, which interleaving them name by name would evict. Every
        name's answer is what screening it alone gives."""
        cut = self.threshold if threshold is None else threshold
        codes = tuple(country_code(c) for c in countries if c.strip())
        active = self._active(as_of)
        done: dict[str, list[SanctionHit]] = {}
        order = list(names)
        todo = list(dict.fromkeys(order))
        for start in range(0, len(todo), BATCH):
            batch = todo[start:start + BATCH]
            with _collector_paused():  # see ``_screen_batch``
                done.update(self._screen_batch(batch, schema, codes, birth_date, gender,
                                               cut, active, limit))
        return [done[name] for name in order]

    def _screen_batch(self, batch: list[str], schema: str, codes: tuple[str, ...],
                      birth_date: str | None, gender: str | None, cut: float,
                      active: dict[int, str | None], limit: int
                      ) -> Iterator[tuple[str, list[SanctionHit]]]:
        """Each name of the batch with its hits. Run with the cyclic garbage collector
        paused: the batch makes many short-lived objects (forms, alignments, memo entries),
        none of them in a cycle, and every collection they set off would walk the index's
        few hundred thousand long-lived objects too, for nothing (a tenth of the time)."""
        queries = [self._query(name, schema, codes, birth_date, gender) for name in batch]
        shortlists = [self.candidates(q.form, cut) if q is not None else [] for q in queries]
        scored = [self._scored(q, vids, cut) if q is not None else []
                  for q, vids in zip(queries, shortlists, strict=True)]
        for name, found in zip(batch, scored, strict=True):
            yield name, self._hits(found, active, limit)

    def _active(self, as_of: str | None) -> dict[int, str | None]:
        """Snapshots in force on ``as_of`` (the same for every name: kept per process)."""
        memo = self._memo("_memo_active")
        active = cast("dict[int, str | None] | None", memo.get(as_of))
        if active is None:
            active = memo[as_of] = self.active_sources(as_of)
        return active

    @staticmethod
    def _query(name: str, schema: str, countries: tuple[str, ...], birth_date: str | None,
               gender: str | None) -> Query | None:
        """The query for ``name``, or None when there is nothing to screen."""
        if len(name) > MAX_NAME_CHARS:
            return None  # untrusted text: no party's name is this long; never parse it whole
        query = Query(name, schema, countries, birth_date, gender)
        return query if query.form.tokens else None

    def _scored(self, query: Query, vids: list[int], cut: float
                ) -> list[tuple[int, MatchResult]]:
        """The shortlisted names that match at or above ``cut``, in shortlist order."""
        out = []
        for vid in vids:
            result = self.algorithm.compare(query, self.candidate(vid), cut, explain_misses=False)
            if result.score >= cut:
                out.append((vid, result))
        return out

    def _hits(self, scored: list[tuple[int, MatchResult]], active: dict[int, str | None],
              limit: int) -> list[SanctionHit]:
        """The entries in force behind the matching names, best first, each once."""
        best: dict[tuple[str, str], SanctionHit] = {}
        for vid, result in scored:
            variant = self.variants[vid]
            for rid in variant.records:
                record = self.records[rid]
                standing = self._standing(record, active)
                if standing is None:
                    continue
                key = (record.list_id, record.entry_id)
                if key in best and best[key].score >= result.score:
                    continue
                best[key] = SanctionHit(
                    list_id=record.list_id, entry_id=record.entry_id, name=record.caption,
                    score=result.score, programs=list(record.programs),
                    listed_on=record.listed_on, explanation=[
                        f"matched {'alias' if variant.name != record.caption else 'name'}"
                        f" {variant.name!r} ({self.algorithm.name})",
                        *result.explanation,
                        f"listed in the {record.list_id} snapshot of {record.published}",
                        *_listing_window(record, standing, active[record.source_id])],
                    **_window_fields(record))
        hits = sorted(best.values(), key=lambda h: (-h.score, h.list_id, h.entry_id))
        return hits[:limit]

    @property
    def entry_count(self) -> int:
        return len({(r.list_id, r.entry_id) for r in self.records})


def build_index(conn: sqlite3.Connection, threshold: float,
                algorithm: str = DEFAULT_ALGORITHM) -> ListIndex | None:
    """Read every loaded snapshot (and the alias/address files that attach to them) into an
    index; None if no list is loaded."""
    with _collector_paused():
        return _build_index(conn, threshold, algorithm)


def _build_index(conn: sqlite3.Connection, threshold: float, algorithm: str
                 ) -> ListIndex | None:
    sources: dict[str, list[tuple[str, int]]] = defaultdict(list)
    for sid, list_id, published in conn.execute(
            "SELECT id, list_id, published FROM sources WHERE kind='list' ORDER BY published, id"):
        sources[list_id].append((published, sid))
    if not sources:
        return None
    extra_names, extra_countries = _supplements(conn)
    records: list[Record] = []
    by_key: dict[tuple[int, str], int] = {}
    for (sid, entry_id, schema, caption, programs, listed_on, gender, nationalities,
         births, list_id, published) in conn.execute(
            "SELECT e.source_id, e.entry_id, e.schema, e.caption, e.programs, e.listed_on, "
            "e.gender, e.nationalities, e.birth_dates, s.list_id, s.published FROM entries e "
            "JOIN sources s ON s.id = e.source_id"):
        countries = {country_code(c) for c in _json_list(nationalities)}
        countries |= extra_countries.get((list_id, entry_id), set())
        by_key[(sid, entry_id)] = len(records)
        records.append(Record(list_id, entry_id, sid, published, schema, caption,
                              tuple(_json_list(programs)), listed_on, tuple(sorted(countries)),
                              tuple(_json_list(births)), gender))
    records = _with_windows(records, sources)
    names: dict[tuple[str, str, str | None, bool], list[int]] = defaultdict(list)
    for sid, entry_id, name, name_type, quality, surname in conn.execute(
            "SELECT source_id, entry_id, name, name_type, quality, surname FROM entry_names"):
        rid = by_key[(sid, entry_id)]
        schema = records[rid].schema
        names[(name, schema, surname, is_weak(name, schema, name_type, quality))].append(rid)
    for rid, record in enumerate(records):
        for name, quality in extra_names.get((record.list_id, record.entry_id), ()):
            surname = name.split(",", 1)[0].strip() if record.schema == "Person" and \
                "," in name else None
            weak = is_weak(name, record.schema, "aka", quality)
            names[(name, record.schema, surname, weak)].append(rid)
    return ListIndex(records, names, dict(sources), threshold, algorithm)


def _with_windows(records: list[Record], sources: dict[str, list[tuple[str, int]]]
                  ) -> list[Record]:
    """Each record with the window its listing falls in, read off the loaded snapshots of
    its list: the first snapshot that has the entry (listed by then) and the one before it
    (not yet listed then). Lists without listing dates (OFAC's legacy CSV) get their only
    dating this way: LLC AURUS is on the 2024-05-03 SDN snapshot, not on the 2024-02-20 one."""
    first: dict[tuple[str, str], str] = {}
    for r in records:
        key = (r.list_id, r.entry_id)
        if key not in first or r.published < first[key]:
            first[key] = r.published
    out = []
    for r in records:
        listed_by = first[(r.list_id, r.entry_id)]
        earlier = [date for date, _ in sources.get(r.list_id, ()) if date < listed_by]
        out.append(r._replace(listed_by=listed_by, absent_on=earlier[-1] if earlier else None))
    return out


def _listing_window(record: Record, standing: str, as_of: str | None) -> list[str]:
    """The explanation of a listing known only from snapshots (no listing date given)."""
    if record.listed_on is not None:
        return []
    seen = f"on the {record.list_id} snapshot of {record.listed_by}"
    if record.absent_on is not None:
        seen += f", not on that of {record.absent_on}"
    if standing == "uncertain":
        return [f"{seen}: whether it was listed on {as_of} is not known from the loaded files"]
    return [seen] if record.absent_on is not None else []


def _window_fields(record: Record) -> dict[str, str | None]:
    """``listed_by``/``absent_on`` of a hit, where the list gives no listing date."""
    if record.listed_on is not None:
        return {}
    return {"listed_by": record.listed_by, "absent_on": record.absent_on}


def is_weak(name: str, schema: str, name_type: str, quality: str) -> bool:
    """Is this alias too broad to match on alone? What the list marks weak (UN 'Low'), and
    what OFAC's own guidance calls weak though its legacy files do not mark it: a one-word
    alias of a person (a nickname: 'Tom', 'Oscar') or an acronym of three letters or fewer."""
    if quality == "weak":
        return True
    if name_type == "primary":
        return False
    words = name_form(name, schema).tokens
    return len(words) == 1 and (schema == "Person" or len(words[0]) <= 3)


def _supplements(conn: sqlite3.Connection) -> tuple[dict[tuple[str, str], list[tuple[str, str]]],
                                                    dict[tuple[str, str], set[str]]]:
    names: dict[tuple[str, str], list[tuple[str, str]]] = defaultdict(list)
    countries: dict[tuple[str, str], set[str]] = defaultdict(set)
    for list_id, entry_id, kind, data in conn.execute(
            "SELECT list_id, entry_id, kind, data FROM supplements"):
        value = json.loads(data)
        if kind == "alias":
            names[(list_id, entry_id)].append((value["name"], value.get("quality", "strong")))
        elif kind == "address" and value.get("country"):
            countries[(list_id, entry_id)].add(country_code(value["country"]))
    return names, countries


INDEX_FORMAT = 8  # bump when ListIndex's shape changes, so old cache files are ignored
_NORMALISATION_FILES = ("titles.txt", "company_types.txt", "patronymic_suffixes.txt")


def _normalisation_signature() -> str:
    """What the cached name forms depend on besides the list files: the normalisation code,
    its word files and the libraries it calls. Part of the cache key, so that a change to
    any of them means a rebuild, never a score from stale forms."""
    from importlib.metadata import PackageNotFoundError, version

    digest = hashlib.sha256()
    for path in (Path(__file__).with_name("normalize.py"),
                 *(PACKAGE_DATA / "screening" / name for name in _NORMALISATION_FILES)):
        try:
            digest.update(path.read_bytes())
        except OSError:
            digest.update(b"?")  # normalisation will fail with a clear error of its own
    for package in ("rigour", "pyicu"):
        try:
            digest.update(version(package).encode())
        except PackageNotFoundError:
            digest.update(b"-")
    return digest.hexdigest()


def cached_index(conn: sqlite3.Connection, home: Path, threshold: float,
                 algorithm: str = DEFAULT_ALGORITHM) -> ListIndex | None:
    """The index for the loaded files, read from a cache file in ``home`` written by an earlier
    build over the very same files (keyed by their sha256), else built and cached.

    The cache is our own file in the user's own folder; any error reading it means a rebuild.
    """
    signature = ",".join(f"{i}:{h}" for i, h in conn.execute(
        "SELECT id, sha256 FROM sources ORDER BY id"))
    if not signature:
        return None
    digest = hashlib.sha256(f"{INDEX_FORMAT}|{_normalisation_signature()}|{signature}"
                            .encode()).hexdigest()[:16]
    path = home / f"screening-index-{digest}.pickle"
    if path.exists():
        try:
            index = _read_cache(path)
            if isinstance(index, ListIndex):
                index.threshold = threshold
                index.algorithm = get_algorithm(algorithm)
                return _kept_out_of_collections(index)
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, TypeError):
            pass
    index = build_index(conn, threshold, algorithm)
    if index is not None:
        _write_cache(home, path, index)
        _kept_out_of_collections(index)
    return index


def _kept_out_of_collections(index: ListIndex) -> ListIndex:
    """The index, its objects (and every other object alive now) moved out of the cyclic
    garbage collector's sight (``gc.freeze``): they live as long as the process, and each
    full collection would otherwise walk all of them again. Nothing leaks: the index holds
    no reference cycles, so reference counting frees it when it is dropped."""
    gc.freeze()
    return index


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while the index is built or read: that makes a
    few hundred thousand long-lived objects, none of them garbage, and the collections their
    count sets off would take about as long as the work itself."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _read_cache(path: Path) -> object:
    """The pickled index (see ``_collector_paused``)."""
    with _collector_paused(), path.open("rb") as handle:
        return pickle.load(handle)


def _write_cache(home: Path, path: Path, index: ListIndex) -> None:
    """Write atomically and drop caches of files no longer loaded; a failure costs only speed."""
    try:
        for old in home.glob("screening-index-*.pickle"):
            old.unlink(missing_ok=True)
        tmp = path.with_suffix(".tmp")
        with tmp.open("wb") as handle:
            pickle.dump(index, handle, protocol=pickle.HIGHEST_PROTOCOL)
        tmp.replace(path)
    except OSError:
        pass
