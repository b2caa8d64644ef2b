"""The screening index's shortcuts give what the plain computation gives, on the real lists.

Bulk screening keeps name forms in the cache file, unions a word's blocking keys without
sorting, scores short shortlists pair by pair and writes a pair's reasons only when they are
wanted; each test below checks one shortcut against the computation it stands for.
"""

from __future__ import annotations

import json
import subprocess
import sys
from itertools import pairwise
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from tests.conftest import ROOT, shared_path


@pytest.fixture(scope="module")
def index(sanctions_home: Path) -> Any:
    from sanctionwatch.screening import load_screener
    from sanctionwatch.settings import load_settings

    loaded = load_screener(load_settings(home=sanctions_home))
    assert loaded is not None
    return loaded


@pytest.fixture(scope="module")
def spellings() -> list[str]:
    """Real names in many scripts (Putin's 80 spellings)."""
    path = shared_path("data", "names", "putin_names.txt")
    return [n.strip() for n in path.read_text(encoding="utf-8").splitlines() if n.strip()]


def test_kept_name_forms_are_what_normalisation_gives(index: Any) -> None:
    """The forms read from the cache file stand in for ``name_form``: they must be equal."""
    from sanctionwatch.screening.normalize import name_form

    for vid in range(0, len(index.variants), 97):
        variant = index.variants[vid]
        cand = index.candidate(vid)
        assert cand.form == name_form(variant.name, variant.schema), variant.name
        surname = name_form(variant.surname, "Person").tokens if variant.surname else ()
        assert cand.surname_tokens == surname, variant.name


def _plain_union(index: Any, token: str, following: str | None) -> dict[int, float]:
    """Each name reached by one of the word's usable keys, with its best key's weight."""
    from sanctionwatch.screening.index import _word_keys
    from sanctionwatch.screening.normalize import skeleton

    best: dict[int, float] = {}
    for key in _word_keys(token, following, skeleton(token)):
        if key not in index.postings:
            continue
        start, length, weight = index.postings[key]
        if length > (index.max_df if key[0] not in "~^" else index.max_df // 4):
            continue
        for vid in index.flat[start:start + length].tolist():
            best[vid] = max(best.get(vid, 0.0), float(np.float32(weight)))
    return best


def test_word_union_keeps_each_names_best_key(index: Any, spellings: list[str]) -> None:
    """A word's names come once per key that holds them; added into a per-name array as
    blocking adds them, each name must gain its best key's weight and the word's letters
    once."""
    from sanctionwatch.screening.normalize import name_form

    checked = repeated = 0
    for name in [*spellings, "Kim Jong Un", "Korea Kwangson Banking Corp", "Ivanov Sergei"]:
        tokens = name_form(name).tokens
        for i, token in enumerate(tokens):
            following = tokens[i + 1] if i + 1 < len(tokens) else None
            hits = index._token_hits(token, following)
            plain = _plain_union(index, token, following)
            got: dict[int, float] = {}
            if hits is not None and hits.ids is not None and hits.add is not None:
                work = np.zeros(len(index.variants), dtype=np.complex64)
                work[hits.ids] += hits.add
                reached = np.flatnonzero(work)
                got = dict(zip(reached.tolist(), work[reached].real.tolist(), strict=True))
                letters = len(token) if len(token) > 1 else 0
                assert set(work[reached].imag.tolist()) <= {float(letters)}, token
                repeated += len(hits.ids) - len(reached)
            assert got == plain, token
            checked += len(plain)
    assert checked > 1000  # common words, several keys each: the union was exercised
    assert repeated > 100  # names on several keys of a word were added once


def test_likeness_is_cdists_token_sort_ratio(index: Any, spellings: list[str]) -> None:
    """Re-ranking scores a shortlist by the ratio of sorted texts kept in the index, pair by
    pair when it is short: the very float32 values ``cdist`` gives for the token sort ratio
    of the names as they read."""
    from rapidfuzz import fuzz, process

    from sanctionwatch.screening.index import SMALL_SHORTLIST
    from sanctionwatch.screening.normalize import name_form

    lengths = set()
    for name in [*spellings, *(v.name for v in index.variants[::400])]:
        form = name_form(name)
        for ids in (np.arange(len(index.variants), dtype=np.intp)[len(name) % 97::311],
                    np.asarray(index.candidates(form), dtype=np.intp)):
            if len(ids) < 2:
                continue
            texts = [" ".join(index.forms[vid].tokens) for vid in ids.tolist()]
            bulk = process.cdist([form.text], texts, scorer=fuzz.token_sort_ratio, workers=1)[0]
            assert index._likeness(form.tokens, ids).tobytes() == bulk.tobytes(), name
            lengths.add(len(ids) > SMALL_SHORTLIST)
    assert lengths == {True, False}  # both the pair-by-pair and the cdist path were taken


def test_reasons_written_late_are_the_reasons_written_at_once(index: Any,
                                                              spellings: list[str]) -> None:
    """``compare`` writes the alignment's reason only when a pair is explained; it must be
    the reason ``name_alignment`` gives, and a miss must score as it did explained."""
    from sanctionwatch.screening.matcher import Query, name_alignment, surname_only

    compared = 0
    for name in spellings:
        query = Query(name)
        for vid in index.candidates(query.form):
            cand = index.candidate(vid)
            full = index.algorithm.compare(query, cand, 0.8)
            quick = index.algorithm.compare(query, cand, 0.8, explain_misses=False)
            assert quick.score == full.score or (not quick.match and not full.match)
            score, why = name_alignment(query, cand)
            if score > 0 and score >= surname_only(query, cand)[0]:
                assert full.explanation[0] == why
                compared += 1
    assert compared > 100


def test_screen_file_answers_a_repeated_name_as_a_single_name(index: Any,
                                                             sanctions_home: Path,
                                                             tmp_path: Path) -> None:
    names = ["Vladmir Putin", "Kim Jong Un", "Vladmir Putin", "Ri Sol Ju", "Kim Jong Un"]
    path = tmp_path / "names.txt"
    path.write_text("\n".join(names) + "\n", encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "sanctionwatch", "--home", str(sanctions_home),
                           "screen", "--file", str(path), "--format", "json"],
                          capture_output=True, text=True, cwd=ROOT, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    rows = [json.loads(line) for line in done.stdout.splitlines()]
    assert [r["query"] for r in rows] == names
    for row in rows:
        assert row["hits"] == [h.to_dict() for h in index.screen(row["query"])]
    assert rows[0]["hits"], "Putin's misspelt name finds his entry"


def test_distinct_sorted_is_numpy_unique(index: Any, spellings: list[str]) -> None:
    """Blocking takes the distinct names reached by a query's words with a short-array
    stand-in for ``np.unique``: on the names real queries reach, it must give the same."""
    from sanctionwatch.screening.index import _distinct_sorted
    from sanctionwatch.screening.normalize import name_form

    checked = 0
    for name in [*spellings, "Korea Kwangson Banking Corp", "Ivanov Sergei Petrovich"]:
        tokens = name_form(name).tokens
        reached = [hits.ids for i, token in enumerate(tokens)
                   if (hits := index._token_hits(token, tokens[i + 1] if i + 1 < len(tokens)
                                                 else None)) is not None
                   and hits.ids is not None]
        if not reached:
            continue
        every = np.concatenate(reached)
        got = _distinct_sorted(every)
        assert got.tolist() == np.unique(every).tolist(), name
        checked += len(every) - len(got)
    assert checked > 100  # names reached by several words: duplicates were removed


def test_bulk_screening_leaves_the_collector_as_it_found_it(index: Any) -> None:
    """Batches run with the cyclic collector paused; it must be running again after."""
    import gc

    assert gc.isenabled()
    index.screen_many(["Kim Jong Un", "Vladimir Putin"])
    assert gc.isenabled()


def test_a_pair_no_list_joins_gets_what_its_word_alone_gets(index: Any,
                                                            spellings: list[str]) -> None:
    """A word followed by another that no list writes joined to it ('vladimir putin': no
    'vladimirputin') is blocked by what the word alone gives: it must be what computing the
    pair in full gives."""
    from sanctionwatch.screening.normalize import name_form

    shared = 0
    for name in [*spellings, "Kim Jong Un", "Korea Kwangson Banking Corp"]:
        tokens = name_form(name).tokens
        for token, following in pairwise(tokens):
            quick = index._token_hits(token, following)
            full = index._word_hits(token, following, {})
            if full is None:
                assert quick is None, token
                continue
            assert quick is not None and quick.top == full.top, token
            for got, want in ((quick.ids, full.ids), (quick.add, full.add)):
                assert (got is None) == (want is None), token
                if got is not None and want is not None:
                    assert sorted(got.tolist(), key=str) == sorted(want.tolist(), key=str)
            shared += quick is index._token_hits(token, None)
    assert shared > 50  # the shortcut was taken


def test_the_cache_file_gives_back_the_index_it_was_written_from(index: Any) -> None:
    """The cache file keeps records, variants and forms as plain tuples with equal strings
    shared; read back, they must be the same named tuples, equal field by field."""
    import pickle

    again = pickle.loads(pickle.dumps(index, protocol=pickle.HIGHEST_PROTOCOL))
    for key in ("records", "variants", "forms"):
        before, after = getattr(index, key), getattr(again, key)
        assert after == before, key
        assert {type(row) for row in after} == {type(row) for row in before}, key
        assert after[0]._fields == before[0]._fields, key
    assert again.postings == index.postings
    assert again.flat.dtype == np.intp and np.array_equal(again.flat, index.flat)
    assert again.screen("Kim Jong Un") == index.screen("Kim Jong Un")


def test_no_pair_scores_above_its_bound(index: Any, spellings: list[str]) -> None:
    """Bulk screening passes over a pair whose name signals' bounds stay under the threshold
    (``Algorithm.bound``); no pair may score above its bound, and the bound must pass over
    some real pairs (a one-word name against a longer one) or it is of no use."""
    from sanctionwatch.screening.matcher import Query

    queries = spellings + [v.name for v in index.variants[::200]]
    passed_over = compared = 0
    for name in queries:
        query = Query(name)
        for vid in index.candidates(query.form):
            cand = index.candidate(vid)
            full = index.algorithm.compare(query, cand, 0.8)
            bound = index.algorithm.bound(query, cand)
            assert full.score <= bound + 1e-9, (name, cand.name)
            passed_over += bound < 0.8
            compared += 1
    assert compared > 300 and passed_over > 20


def test_a_one_word_query_against_an_entry_with_no_words_aligns_nothing() -> None:
    from sanctionwatch.screening.matcher import align

    found = align(("kim",), ())  # the one-word path must not take max() of nothing
    assert (found.pairs, found.query_left, found.entry_left) == ([], ["kim"], [])


def test_blocking_lets_through_the_names_whose_plain_sums_pass(index: Any,
                                                               spellings: list[str]) -> None:
    """Blocking adds each query word's names into one array and reads back only the lists a
    passing name must be on. The names it shortlists must be those whose plain per-word sums
    (each word's best key weight, its letters) pass the same bounds: all of them when they
    are few, else as many as it shortlists, all passing."""
    from sanctionwatch.screening.index import (
        BOUND_SLACK,
        CANDIDATES,
        MIN_KEY_SHARE,
        _lists_to_read,
    )
    from sanctionwatch.screening.normalize import name_form

    threshold = 0.8
    compared = unread = 0
    for name in [*spellings, *(v.name for v in index.variants[::150])]:
        tokens = name_form(name).tokens
        weights: dict[int, np.float32] = {}
        covered: dict[int, int] = {}
        total = 0.0
        lists = []
        for i, token in enumerate(tokens):
            following = tokens[i + 1] if i + 1 < len(tokens) else None
            hits = index._token_hits(token, following)
            if hits is None:
                continue
            total += hits.top
            letters = len(token) if len(token) > 1 else 0
            plain = _plain_union(index, token, following)
            for vid, weight in plain.items():
                weights[vid] = np.float32(weights.get(vid, np.float32(0)) + np.float32(weight))
                covered[vid] = covered.get(vid, 0) + letters
            if plain:
                lists.append((np.asarray(list(plain), dtype=np.intp), letters))
        need = (threshold - BOUND_SLACK) * (sum(len(t) for t in tokens if len(t) > 1) or 1)
        passing = {vid for vid, weight in weights.items()
                   if weight >= np.float32(max(MIN_KEY_SHARE * total, 1e-6))
                   and covered[vid] >= need}
        got = index.candidates(name_form(name), threshold)
        if len(passing) <= CANDIDATES:
            assert set(got) == passing, name
        else:
            assert len(got) == CANDIDATES and set(got) <= passing, name
        compared += len(passing)
        unread += len(_lists_to_read(lists, need)) < len(lists)
    assert compared > 200 and unread > 50  # names passed, and lists were left unread
