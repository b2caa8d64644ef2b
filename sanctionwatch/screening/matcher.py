"""Comparing two names, explained: small signals combined by a named, versioned algorithm.

As in nomenklatura, each signal is one small function that returns its contribution and a
sentence saying why; an algorithm is a named list of weighted signals, so a user can pin
``sw-logic-v1`` while a later version evolves. *Name* signals each propose a score for how
alike the names are (the best one counts); *qualifier* signals then lower it where what else
is known disagrees (country, birth date, gender, entity type).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from typing import cast

from rapidfuzz.distance import Levenshtein

from sanctionwatch.screening.normalize import (
    ORG_SCHEMAS,
    NameForm,
    is_patronymic,
    name_form,
    skeleton,
)

Signal = tuple[float, str | None]


@dataclass(frozen=True)
class Query:
    """What is known about the party being screened."""

    name: str
    schema: str = "Person"
    countries: tuple[str, ...] = ()  # lower-case country names or ISO codes as given
    birth_date: str | None = None  # ISO date or year
    gender: str | None = None  # Male | Female

    @cached_property
    def form(self) -> NameForm:
        """The name's comparable form, kept on the query: every pair compared reads it."""
        return name_form(self.name, self.schema)


@dataclass(frozen=True)
class Candidate:
    """One name of one list entry, with what the list says about the entry."""

    name: str
    schema: str = "Person"
    surname: str | None = None
    countries: tuple[str, ...] = ()
    birth_dates: tuple[str, ...] = ()
    gender: str | None = None
    surname_rare: bool | None = None  # None: unknown (no index to count it in)
    weak_alias: bool = False
    # the name's and the surname's forms as ``name_form`` gives them, when the caller holds
    # them already (the screening index normalises its names once, not once per process)
    prepared: NameForm | None = field(default=None, compare=False, repr=False)
    prepared_surname: tuple[str, ...] | None = field(default=None, compare=False, repr=False)

    @property
    def form(self) -> NameForm:
        return self.prepared if self.prepared is not None else name_form(self.name, self.schema)

    @property
    def surname_tokens(self) -> tuple[str, ...]:
        """The listed surname's tokens (empty when none is listed)."""
        if self.prepared_surname is not None:
            return self.prepared_surname
        return name_form(self.surname, "Person").tokens if self.surname else ()


@dataclass
class MatchResult:
    score: float
    match: bool
    explanation: list[str] = field(default_factory=list)
    algorithm: str = ""

    def to_dict(self) -> dict[str, object]:
        return {"score": round(self.score, 4), "match": self.match,
                "explanation": list(self.explanation), "algorithm": self.algorithm}


# ------------------------------------------------------------------- token comparison

INITIAL_SIM = 0.9  # "V." for "Vladimir": agrees, but says little
SKELETON_SIM = 0.85  # same consonants in another transliteration ("Poutine" / "Putin")
INFLECTED_SIM = 0.9  # a case ending added ('Putinas', 'Vladimirs', 'Putina')
INITIAL_MASS = 1.5  # how much an initial weighs in the name, in characters
MIN_SKELETON_LEV = 0.55  # 'kalugina' / 'khorkina' share consonants, not a name
MIN_TOKEN_SIM = 0.7  # below this two tokens are different words ('un' / 'jung')
MIN_SHORT_TOKEN_SIM = 0.8  # short syllables need more ('jo' / 'jon', 'chun' / 'hun' differ)


def token_similarity(a: str, b: str, *, transliterated: bool = False, person: bool = True,
                     skeletons: bool = True) -> float:
    """How alike two tokens are, in [0, 1] (see ``_token_similarity``)."""
    return _token_similarity(a, b, transliterated, person, skeletons)


# bulk screening meets the same token pairs again and again; positional arguments only, as
# the cache builds its key from them (keyword arguments cost a slower key per call)
@lru_cache(maxsize=1 << 18)
def _token_similarity(a: str, b: str, transliterated: bool, person: bool,
                      skeletons: bool) -> float:
    """How alike two tokens are, in [0, 1]: equal, initial, inflected (a person's name with a
    one- or two-letter case ending, as Baltic, Slavic and Indic spellings add), edit distance,
    or the same consonant skeleton. Skeletons are trusted for long, fairly alike tokens of
    like length, or for tokens transliterated from another script (Arabic and Hebrew write
    no vowels: 'bwtn'; Hangul adds some: 'beulladimileu')."""
    if a == b:
        return 1.0
    if len(a) == 1 or len(b) == 1:
        return INITIAL_SIM if a[0] == b[0] else 0.0
    sim = Levenshtein.normalized_similarity(a, b)
    short, long_ = sorted((a, b), key=len)
    if person and len(short) >= 5 and len(long_) - len(short) <= 2 and long_.startswith(short):
        sim = max(sim, INFLECTED_SIM)
    if skeletons and 0.3 <= sim < SKELETON_SIM and len(short) >= 3 and (transliterated or (
            sim >= MIN_SKELETON_LEV and len(short) >= 5 and len(long_) - len(short) <= 2)):
        sa = skeleton(a)
        if len(sa) >= 2 and sa == skeleton(b):
            sim = SKELETON_SIM
    floor = MIN_SHORT_TOKEN_SIM if len(short) <= 5 else MIN_TOKEN_SIM
    return sim if sim >= floor else 0.0


def _joinable(tokens: tuple[str, ...], other: tuple[str, ...]) -> bool:
    """Would ``_merge_joined`` join any neighbours of ``tokens`` (as ``other`` writes them)?
    A plain loop: every compared pair asks this twice, and a generator costs more."""
    for i in range(1, len(tokens)):  # noqa: SIM110 (any() of a generator costs more here)
        if tokens[i - 1] + tokens[i] in other:
            return True
    return False


def _merge_joined(tokens: tuple[str, ...], other: tuple[str, ...]) -> tuple[str, ...]:
    """Join neighbours that the other name writes as one word ('jong un' -> 'jongun')."""
    if not _joinable(tokens, other):
        return tokens  # the usual case: nothing to join
    out: list[str] = []
    index = 0
    while index < len(tokens):
        if index + 1 < len(tokens) and tokens[index] + tokens[index + 1] in other:
            out.append(tokens[index] + tokens[index + 1])
            index += 2
        else:
            out.append(tokens[index])
            index += 1
    return tuple(out)


@dataclass
class Alignment:
    pairs: list[tuple[str, str, float]]
    query_left: list[str]
    entry_left: list[str]


def align(q: tuple[str, ...], e: tuple[str, ...], *, transliterated: bool = False,
          person: bool = True, skeletons: bool = True) -> Alignment:
    """Pair each query token with its most similar entry token, best pairs first, in any order
    (name-part order differs between lists and news: 'KIM, Jong Un' / 'Kim Jong Un')."""
    return Alignment(*_align(q, e, transliterated, person, skeletons))


def _align(q: tuple[str, ...], e: tuple[str, ...], transliterated: bool, person: bool,
           skeletons: bool) -> tuple[list[tuple[str, str, float]], list[str], list[str]]:
    """``align``'s pairs (in the query's order), query tokens left and entry tokens left."""
    if len(q) > 1:  # one word has no neighbour to join
        q = _merge_joined(q, e)
    if len(e) > 1:
        e = _merge_joined(e, q)
    similarity: Callable[[str, str, bool, bool, bool], float] = _token_similarity
    if len(q) == 1:  # one query word: it pairs with its most similar entry word
        return _align_one(q[0], e, [similarity(q[0], b, transliterated, person, skeletons)
                                    for b in e])
    # pairs that agree at all (similarity > 0); the rest never pair
    scored = [(sim, i, j) for i, a in enumerate(q) for j, b in enumerate(e)
              if (sim := similarity(a, b, transliterated, person, skeletons)) > 0.0]
    if not scored:
        return [], list(q), list(e)
    scored.sort(reverse=True)
    used_q: dict[int, tuple[str, str, float]] = {}
    used_e: set[int] = set()
    for sim, i, j in scored:
        if i in used_q or j in used_e:
            continue
        used_q[i] = (q[i], e[j], sim)
        used_e.add(j)
    pairs = [used_q[i] for i in sorted(used_q)]  # in the query's order
    return (pairs, [t for i, t in enumerate(q) if i not in used_q],
            [t for j, t in enumerate(e) if j not in used_e])


def _align_one(a: str, e: tuple[str, ...], sims: list[float]
               ) -> tuple[list[tuple[str, str, float]], list[str], list[str]]:
    """``_align`` for a one-word query ``a`` with its similarity to each entry word: the pair
    the general case picks first, the most similar word (the last of equals, as the
    general case sorts (similarity, position) from the highest)."""
    best = max(sims, default=0.0)
    if best <= 0.0:
        return [], [a], list(e)
    j = len(sims) - 1 - sims[::-1].index(best)
    return [(a, e[j], best)], [], [*e[:j], *e[j + 1:]]


# ------------------------------------------------------------------- name signals

EXTRA_LONG_WEIGHT = 0.2  # a list's extra middle name ('Husseini'), once 2+ parts agree
EXTRA_ENTRY_WEIGHT = 0.8  # other entry words the query lacks (a Korean given-name syllable)
PATRONYMIC_WEIGHT = 0.05  # an entry's patronymic the query omits ('Vladimirovich')
SINGLE_WORD_FACTOR = 0.9  # one word agreeing, and not exactly: weak evidence
ORDER_FACTOR = 0.75  # given-name parts in another order ('Chol Min' / 'Min Chol')


def _extra_weight(token: str, full: bool, surname: tuple[str, ...]) -> float:
    """How much an entry word the query lacks counts against the match: a listed surname
    fully, a patronymic hardly, a long middle name little once two parts agree."""
    if token in surname:
        return 1.0
    if full and is_patronymic(token):
        return PATRONYMIC_WEIGHT
    return EXTRA_LONG_WEIGHT if full and len(token) >= 6 else EXTRA_ENTRY_WEIGHT


def _in_order(pairs: list[tuple[str, str, float]], entry: tuple[str, ...]) -> bool:
    """Do the aligned parts keep the entry's order, allowing the surname to move to the other
    end ('KIM, Jong Un' / 'Jong Un Kim')? Checked as a rotation of the sorted positions."""
    if len(pairs) < 3:
        return True  # fewer than three positions are always a rotation of their order
    positions = [entry.index(b) for _, b, _ in pairs if b in entry]
    if len(positions) < 3:
        return True
    ordered = sorted(positions)
    return any(positions == ordered[i:] + ordered[:i] for i in range(len(ordered)))


def _alignment(query: Query, cand: Candidate) -> tuple[float, Callable[[], str] | None]:
    """``name_alignment``'s score, and a function that writes its reason when asked (bulk
    screening never asks for the many pairs that miss)."""
    qf, ef = query.form, cand.form
    if not qf.tokens or not ef.tokens:
        return 0.0, None
    person = query.schema == "Person"
    pairs, query_left, entry_left = _align(
        qf.tokens, ef.tokens, qf.transliterated or ef.transliterated, person,
        len(qf.tokens) > 1 and len(ef.tokens) > 1)
    # each aligned pair weighs its mean length; an initial on either side weighs little.
    # The weights are halves of small whole numbers, so their sum is exact in any order.
    weighted: list[float] = []
    mass = 0.0
    strong = 0
    for a, b, sim in pairs:
        weight = INITIAL_MASS if len(a) == 1 or len(b) == 1 else (len(a) + len(b)) / 2
        weighted.append(sim * weight)
        mass += weight
        strong += sim >= 0.8
    if not person:
        strong = 0
    matched = sum(weighted)
    total = mass + sum([len(t) for t in query_left])
    if entry_left:
        surname = cand.surname_tokens
        total += sum([_extra_weight(t, strong >= 2, surname) * len(t) for t in entry_left])
    score = matched / total if total else 0.0
    single = len(pairs) == 1 and pairs[0][2] < 1.0
    if single:
        score *= SINGLE_WORD_FACTOR
    reordered = person and not _in_order(pairs, ef.tokens)
    if reordered:
        score *= ORDER_FACTOR

    def why() -> str:
        parts = [f"{a}={b}" if s == 1.0 else f"{a}~{b} ({s:.2f})" for a, b, s in pairs]
        text = f"name parts agree: {', '.join(parts) or 'none'}"
        if query_left:
            text += f"; not in the entry: {' '.join(query_left)}"
        if entry_left:
            text += f"; entry adds: {' '.join(entry_left)}"
        if single:
            text += "; a single word, not exactly the same"
        if reordered:
            text += "; name parts in another order"
        return text

    return score, why


def _alignment_bound(query: Query, cand: Candidate) -> float:
    """An upper bound on ``name_alignment``'s score from the names' token lengths alone, so
    that bulk screening passes over pairs that cannot reach the threshold without aligning
    them (most are a one-word name against a longer one).

    It holds because: a pair of tokens agrees at most fully, so the matched mass is at most
    the pairs' mass; at most as many pairs form as the shorter name has tokens; a pair weighs
    at most the mean of its tokens' lengths, each counted as at least two letters (a pair with
    an initial weighs 1.5); the tokens left over count in the total with at least the fewest
    letters (query), or the fewest letters times the lightest extra weight any entry word
    can have (entry: a patronymic's once two pairs can form, else an unlisted word's); and
    the single-word and order factors only lower the score. When neighbouring words could
    be joined ('jong un' / 'jongun'), the token counts are not those aligned: no bound (1.0).
    """
    q, e = query.form.tokens, cand.form.tokens
    n, m = len(q), len(e)
    if not n or not m:
        return 0.0
    if n == m:
        return 1.0  # as many tokens each side: every one may pair
    if n > m:  # the query's m longest tokens may pair, every entry token may
        lengths = sorted(map(len, q))
        paired, left = lengths[n - m:], lengths[:n - m]
        mass = _letters(paired) + _letters(list(map(len, e)))
        rest = float(sum(left))
    else:  # every query token may pair, the entry's n longest tokens may
        lengths = sorted(map(len, e))
        paired, left = lengths[m - n:], lengths[:m - n]
        mass = _letters(list(map(len, q))) + _letters(paired)
        lightest = PATRONYMIC_WEIGHT if n >= 2 and query.schema == "Person" else \
            EXTRA_ENTRY_WEIGHT
        rest = lightest * sum(left)
    if _joinable(q, e) or _joinable(e, q):
        return 1.0  # joined words would change the token counts
    return mass / 2 / (mass / 2 + rest)


def _letters(lengths: list[int]) -> int:
    """Letters of tokens of these lengths, a one-letter token (an initial) counted as two."""
    return sum(lengths) + lengths.count(1)


def name_alignment(query: Query, cand: Candidate) -> Signal:
    """Share of the names' letters that align token to token (typos and transliteration
    variants count in part). Query words the entry lacks count fully against; entry words the
    query lacks count less once two parts agree (lists add middle names and patronymics),
    except the listed surname."""
    score, why = _alignment(query, cand)
    return score, None if why is None else why()


SURNAME_ONLY = 0.7
SURNAME_RARE_BONUS = 0.15


def _lone_surname(query: Query, cand: Candidate) -> str | None:
    """The listed one-word surname ``surname_only`` weighs the query's one word against, or
    None when that signal does not apply to the pair."""
    qt = query.form.tokens
    if (cand.schema != "Person" or query.schema != "Person" or len(qt) != 1 or len(qt[0]) < 4
            or not cand.surname):
        return None
    surname = cand.surname_tokens
    if len(surname) != 1:
        return None
    if not query.form.removed:
        return None  # a bare word is too often someone else; a title makes it a reference
    return surname[0]


def surname_only(query: Query, cand: Candidate) -> Signal:
    """A title and a lone surname ('President Putin', 'Präsident Putin'), as news name a known
    official, naming a person whose listed surname it is: weak evidence, made stronger only
    when few listed people bear that surname."""
    surname = _lone_surname(query, cand)
    if surname is None:
        return 0.0, None
    qt = query.form.tokens
    sim = token_similarity(qt[0], surname, skeletons=query.form.transliterated)
    if sim < 0.8:
        return 0.0, None
    score = SURNAME_ONLY * min(1.0, sim / SKELETON_SIM)
    why = f"only a surname given: {qt[0]} ~ listed surname {surname} ({sim:.2f})"
    if cand.surname_rare:
        score += SURNAME_RARE_BONUS * min(1.0, sim / SKELETON_SIM)
        why += "; few listed people bear it"
    elif cand.surname_rare is None:
        why += "; how many listed people bear it is unknown here"
    return score, why


def _surname_only_bound(query: Query, cand: Candidate) -> float:
    """The most ``surname_only`` can give the pair: nothing when it does not apply, else its
    score for an exact surname that few bear."""
    return 0.0 if _lone_surname(query, cand) is None else SURNAME_ONLY + SURNAME_RARE_BONUS


# ------------------------------------------------------------------- qualifiers


_SCHEMA_GROUPS = (("Person",), tuple(ORG_SCHEMAS), ("Vessel",), ("Airplane",))


def _schema_group(schema: str) -> int:
    """Which kind of party a schema names (person, organisation, vessel, aircraft), or -1."""
    return next((i for i, g in enumerate(_SCHEMA_GROUPS) if schema in g), -1)


def schema_mismatch(query: Query, cand: Candidate) -> Signal:
    """A person is not a company or a ship: a name shared across types is likely not one party."""
    if query.schema in ("Thing", "") or _schema_group(query.schema) == _schema_group(cand.schema):
        return 0.0, None
    return -1.0, f"entity type differs: {query.schema} vs listed {cand.schema}"


def country_mismatch(query: Query, cand: Candidate) -> Signal:
    """Countries known on both sides and none shared."""
    if not query.countries or not cand.countries:
        return 0.0, None
    mine = {c.lower() for c in query.countries}
    theirs = {c.lower() for c in cand.countries}
    if mine & theirs:
        return 0.0, f"country agrees: {', '.join(sorted(mine & theirs))}"
    return -1.0, f"country differs: {', '.join(sorted(mine))} vs listed {', '.join(sorted(theirs))}"


def birth_date_mismatch(query: Query, cand: Candidate) -> Signal:
    """Birth years known on both sides and none within a year of each other."""
    if not query.birth_date or not cand.birth_dates or query.schema != "Person":
        return 0.0, None
    try:
        year = int(query.birth_date[:4])
        listed = [int(d[:4]) for d in cand.birth_dates if d[:4].isdigit()]
    except ValueError:
        return 0.0, None
    if not listed:
        return 0.0, None
    if any(abs(year - y) <= 1 for y in listed):
        return 0.0, f"birth year agrees: {year}"
    return -1.0, f"birth year differs: {year} vs listed {', '.join(map(str, sorted(listed)))}"


def gender_mismatch(query: Query, cand: Candidate) -> Signal:
    """Gender known on both sides and different."""
    if not query.gender or not cand.gender or query.gender.lower() == cand.gender.lower():
        return 0.0, None
    return -1.0, f"gender differs: {query.gender} vs listed {cand.gender}"


def weak_alias(query: Query, cand: Candidate) -> Signal:
    """The list itself calls this alias weak (low quality): alone it is not enough for a
    match (OFAC and the UN advise against screening on weak aliases alone)."""
    return (-1.0, "matched a weak alias (the list rates it low quality)") if cand.weak_alias \
        else (0.0, None)


# ------------------------------------------------------------------- algorithms

SignalFn = Callable[[Query, Candidate], Signal]


@dataclass(frozen=True)
class Algorithm:
    """A named, versioned list of weighted signals."""

    name: str
    name_signals: Sequence[tuple[SignalFn, float]]
    qualifiers: Sequence[tuple[SignalFn, float]]

    def compare(self, query: Query, cand: Candidate, threshold: float, *,
                explain_misses: bool = True) -> MatchResult:
        """Score and explain one pair. Qualifiers only lower a score, so with
        ``explain_misses=False`` a pair whose best name signal is already under the threshold
        is returned at once as no match, scored by that name signal (an upper bound) and
        without reasons: bulk screening reports only matches, and skips their cost. Such a
        pair is not even scored when the name signals' bounds (``BOUNDS``) stay under the
        threshold: it is scored by the highest bound."""
        if not explain_misses:
            bound = self.bound(query, cand, threshold - BOUND_MARGIN)
            if bound < threshold - BOUND_MARGIN:
                return MatchResult(bound, False, [], self.name)
        best, reasons = 0.0, cast("list[str]", [])
        explain: Callable[[], str | None] | None = None
        for fn, weight in self.name_signals:
            if fn in DEFERRED:  # its reason is written below, if the pair is explained
                value, writer = DEFERRED[fn](query, cand)
                if value * weight > best:
                    best, reasons, explain = value * weight, [], writer
                continue
            value, why = fn(query, cand)
            if value * weight > best:
                best, reasons, explain = value * weight, [why] if why else [], None
        if not explain_misses and best < threshold:
            return MatchResult(best, False, [], self.name)
        if explain is not None:
            why = explain()
            reasons = [why] if why else []
        score = best
        for fn, weight in self.qualifiers:
            value, why = fn(query, cand)
            if why:
                score += value * weight
                reasons.append(why + (f" ({value * weight:+.2f})" if value else ""))
        score = min(1.0, max(0.0, score))
        return MatchResult(score, score >= threshold, reasons, self.name)


    def bound(self, query: Query, cand: Candidate, enough: float = math.inf) -> float:
        """The most the pair's best weighted name signal can be (infinite when a signal has
        no bound in ``BOUNDS``); with ``enough``, the first bound reaching it is returned."""
        bound = 0.0
        for fn, weight in self.name_signals:
            limit = BOUNDS.get(fn)
            if limit is None:
                return math.inf
            bound = max(bound, limit(query, cand) * weight)
            if bound >= enough:
                break
        return bound


BOUND_MARGIN = 1e-9  # a pair is passed over only when its bound is under the threshold by this
# upper bounds on name signals' scores, from what is cheap to read off the pair
BOUNDS: dict[SignalFn, Callable[[Query, Candidate], float]] = {
    name_alignment: _alignment_bound, surname_only: _surname_only_bound}
# name signals whose reason can be written after the score, only when it is wanted
DEFERRED: dict[SignalFn, Callable[[Query, Candidate], tuple[float, Callable[[], str] | None]]] = {
    name_alignment: _alignment}

ALGORITHMS: dict[str, Algorithm] = {
    "sw-logic-v1": Algorithm(
        "sw-logic-v1",
        name_signals=[(name_alignment, 1.0), (surname_only, 1.0)],
        qualifiers=[(schema_mismatch, 0.2), (country_mismatch, 0.1),
                    (birth_date_mismatch, 0.15), (gender_mismatch, 0.15), (weak_alias, 0.25)]),
}
DEFAULT_ALGORITHM = "sw-logic-v1"


def get_algorithm(name: str = DEFAULT_ALGORITHM) -> Algorithm:
    if name not in ALGORITHMS:
        raise KeyError(f"unknown matching algorithm {name!r} (known: {', '.join(ALGORITHMS)})")
    return ALGORITHMS[name]
