"""Names to comparable forms: one script (ASCII), lower case, titles and legal forms set apart.

Lists and news write one name in many scripts and spellings. Every name, on a list or in a
query, goes through the same steps so that the matcher compares like with like:
transliterate (ICU ``Any-Latin; Latin-ASCII``: Cyrillic, Hangul, Arabic, Chinese...), fold
case and punctuation, drop honorifics and titles (people) or legal-form words (companies),
and derive a consonant *skeleton* per token that survives transliteration differences.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from sanctionwatch.errors import DataFileError
from sanctionwatch.settings import PACKAGE_DATA

PERSON_SCHEMAS = frozenset({"Person"})
ORG_SCHEMAS = frozenset({"Organization", "Company", "LegalEntity", "PublicBody"})

_POSSESSIVE = re.compile(r"['’]s\b")  # "Putin's", "’s Air Force": not part of the name
_APOSTROPHES = re.compile(r"['’ʼ`´‘]")
_NON_ALNUM = re.compile(r"[^a-z0-9]+")
# spellings of one sound across transliteration systems, longest first
# (Hungarian writes Cyrillic d' as 'gy' and ch as 'cs'; Greek writes d as 'nt', b as 'mp')
_DIGRAPHS = (("tsch", "S"), ("dzh", "S"), ("sch", "S"), ("tch", "S"), ("tsh", "S"), ("ch", "S"),
             ("sh", "S"), ("zh", "S"), ("cz", "S"), ("sz", "S"), ("cs", "S"), ("ts", "S"),
             ("tz", "S"), ("th", "T"), ("ph", "P"), ("kh", "K"), ("gh", "K"), ("ck", "K"),
             ("dj", "S"), ("dz", "T"), ("gy", "T"), ("nt", "T"), ("mp", "P"))
_VOWELS = frozenset("aeiouy")
_TS_VOWEL = re.compile(r"ts(?=[aeiouy])")
# a Korean personal name: a one-syllable surname and a one- to three-syllable given name,
# set apart so the surname stands alone as lists write it ('김정은' -> '김 정은')
_HANGUL_NAME = re.compile(r"(?<![\uac00-\ud7a3])([\uac00-\ud7a3])([\uac00-\ud7a3]{1,3})"
                          r"(?![\uac00-\ud7a3])")
_RR_INITIALS = {"g": "k", "b": "p", "d": "t"}
# letters of Urdu and Persian that ICU's Arabic-Latin leaves as they are
_EXTRA_LETTERS = str.maketrans({"ٹ": "t", "ڈ": "d", "ڑ": "r", "ں": "n", "ے": "e", "ہ": "h",
                                "ھ": "h", "ۃ": "h", "ۓ": "e", "ګ": "g", "ځ": "z", "څ": "s",
                                "・": " ", "·": " ", "‧": " ",
                                # Cyrillic as English-language lists romanise it (BGN/PCGN),
                                # not ICU's ISO 9 (c, č, š, ž that lose their marks)
                                "ж": "zh", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
                                "щ": "shch", "й": "y", "ю": "yu", "я": "ya", "ъ": "", "ь": "",
                                "ў": "w", "є": "ye", "ї": "yi"})
_CLASSES = {**dict.fromkeys("bpfv", "P"), **dict.fromkeys("td", "T"),
            **dict.fromkeys("kgcqx", "K"), **dict.fromkeys("szjS", "S"),
            **dict.fromkeys("lr", "L"), "m": "M", "n": "N", "P": "P", "T": "T", "K": "K"}


@dataclass(frozen=True)
class NameForm:
    """A name ready to compare: core tokens, what was set apart, and token skeletons."""

    original: str
    tokens: tuple[str, ...]
    removed: tuple[str, ...]  # titles or legal-form words taken out of ``tokens``
    skeletons: tuple[str, ...]
    transliterated: bool = False  # written in another script than Latin

    @property
    def text(self) -> str:
        return " ".join(self.tokens)


@cache
def _transliterator() -> Any:
    import icu  # type: ignore[import-untyped]  # pyicu ships no stubs; loaded on first use

    return icu.Transliterator.createInstance("Any-Latin; Latin-ASCII")


def _word_file(name: str) -> frozenset[str]:
    path = Path(PACKAGE_DATA) / "screening" / name
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise DataFileError(str(path), f"cannot read: {exc}") from exc
    words = set()
    for number, line in enumerate(lines, 1):
        word = line.split("#", 1)[0].strip()
        if not word:
            continue
        if not re.fullmatch(r"[a-z0-9]+", word):
            raise DataFileError(str(path), f"{word!r} is not one lower-case ASCII word",
                                f"line {number}")
        words.add(word)
    return frozenset(words)


@cache
def titles() -> frozenset[str]:
    """Honorifics and titles (data file ``screening/titles.txt``)."""
    return _word_file("titles.txt")


@cache
def patronymic_suffixes() -> tuple[str, ...]:
    """Endings of patronymics (``screening/patronymic_suffixes.txt``)."""
    return tuple(sorted(_word_file("patronymic_suffixes.txt"), key=len, reverse=True))


def is_patronymic(token: str) -> bool:
    """'vladimirovich' is a patronymic; 'ivanov' is not."""
    return len(token) > 6 and token.endswith(patronymic_suffixes())


@cache
def company_types() -> frozenset[str]:
    """Legal-form words (``screening/company_types.txt``) plus those rigour knows."""
    return _word_file("company_types.txt")


def to_ascii(text: str) -> str:
    """Any script to lower-case ASCII words separated by single spaces."""
    if not text.isascii():
        korean = bool(_HANGUL_NAME.search(text))
        if korean:
            text = _HANGUL_NAME.sub(lambda m: f"{m.group(1)} {m.group(2)}", text)
        text = _transliterator().transliterate(text.lower().translate(_EXTRA_LETTERS))
        if korean:
            text = _as_lists_romanise_korean(text)
    text = _APOSTROPHES.sub("", _POSSESSIVE.sub(" ", text.lower()))
    return _NON_ALNUM.sub(" ", text).strip()


def _as_lists_romanise_korean(text: str) -> str:
    """ICU writes Hangul in the Revised Romanisation ('gim jeongeun'); lists and news about
    North Korea use McCune-Reischauer-like spellings ('Kim Jong Un'): initial g/b/d as k/p/t,
    'eo' and 'eu' as 'o' and 'u'."""
    words = []
    for word in text.split():
        word = word.replace("eo", "o").replace("eu", "u")
        words.append(_RR_INITIALS.get(word[0], word[0]) + word[1:] if word else word)
    return " ".join(words)


@lru_cache(maxsize=200_000)
def skeleton(token: str) -> str:
    """The token's consonant classes ('vladimir', 'fladmyr', 'wldymyr' -> 'PLTML').

    Vowels, and h and y, are dropped, and so is w except first or between vowels (scripts
    without vowel letters, such as Arabic and Hebrew, write vowels as w/y or not at all);
    letters that transliteration systems swap (b/p/f/v, t/d, k/g/c, s/z/j, l/r) share a
    class; doubled letters count once.
    """
    text = _TS_VOWEL.sub("T", token)  # 'Putsin' (Belarusian) / 'Putin'; word-final ts is ch
    for spelling, sound in _DIGRAPHS:
        if spelling in text:
            text = text.replace(spelling, sound)
    out: list[str] = []
    previous: str | None = None
    for index, char in enumerate(text):
        cls = _CLASSES.get(char)
        if char == "w" and (index == 0 or (text[index - 1] in _VOWELS and
                                           text[index + 1:index + 2] in _VOWELS)):
            cls = "P"  # 'wladimir', 'vladimirowitsch': a consonant; 'bwtn': a vowel
        elif char == "u" and index == 0 and text[1:2] not in _VOWELS:
            cls = "P"  # East Slavic initial u/v alternate ('Uladzimir' / 'Vladimir')
        if cls is not None and cls != previous:
            out.append(cls)
        previous = cls  # a vowel between two like consonants keeps both ('potanin': PTNN)
    return "".join(out)


def _strip(tokens: list[str], words: frozenset[str]) -> tuple[list[str], list[str]]:
    """Tokens without ``words``, and the words taken out; never empties a name."""
    kept = [t for t in tokens if t not in words]
    if not kept:
        return tokens, []
    return kept, [t for t in tokens if t in words]


@lru_cache(maxsize=100_000)
def name_form(name: str, schema: str = "Person") -> NameForm:
    """The comparable form of ``name`` read as a ``schema`` (Person drops titles; companies
    drop legal forms; vessels and others keep every word)."""
    tokens = _unstutter(to_ascii(name).split())
    removed: list[str] = []
    if schema in PERSON_SCHEMAS:
        tokens, removed = _strip(tokens, titles())
    elif schema in ORG_SCHEMAS:
        core, removed = _strip(_org_types_replaced(tokens), company_types())
        if removed:
            tokens = core  # else the name is only legal-form words ('EV'): keep it as written
    transliterated = not name.isascii() and any(ord(c) > 0x24F and c.isalpha() for c in name)
    return NameForm(name, tuple(tokens), tuple(removed), tuple(skeleton(t) for t in tokens),
                    transliterated)


def _unstutter(tokens: list[str]) -> list[str]:
    """'Kim Kim Jong Un' -> 'Kim Jong Un': a word repeated at once is a typing or
    extraction stutter, not a second name part."""
    return [t for i, t in enumerate(tokens)
            if i == 0 or t != tokens[i - 1] or len(t) == 1]  # 'V. V. Putin' keeps both


def _org_types_replaced(tokens: list[str]) -> list[str]:
    """Long legal forms to their short compare form ('limited liability company' -> 'llc')."""
    from rigour.names import replace_org_types_compare

    text = " ".join(tokens)
    replaced = replace_org_types_compare(text, generic=True)
    return str(replaced).split() if replaced else tokens
