"""Who the story comes from: wire credits, the dateline, and the chain of cited sources.

- **Wire credits** name the agency whose copy the outlet ran: "(Inputs from ANI)",
  "With inputs from PTI", a closing "(AP)" or "- Reuters", "Copyright 2024 The Associated
  Press", or the agency in a dateline ("SEOUL, Feb 20 (Reuters) -").
- **The dateline** opens the first paragraph: place, optional date, optional agency, then a
  dash or colon ("Pyongyang, March 1 (KCNA) --", "WASHINGTON (AP) —", "New Delhi:").
- **Cited sources** are the agencies the story's facts rest on, outermost first: "Yonhap
  News Agency reported, citing Korean Central News Agency (KCNA)" gives Yonhap -> KCNA.
  "citing state media" is resolved to the state agency the text names, when it names one.

Agencies are recognised only through the shared index (``data/news_agencies.yaml``), so
every name comes out canonical.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from sanctionwatch.extract.agencies import AgencyIndex, AgencyMention, default_agencies

_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
          r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
_DATE = rf"{_MONTH}\s+\d{{1,2}}(?:,?\s+\d{{4}})?|\d{{1,2}}\s+{_MONTH}(?:\s+\d{{4}})?"
_PLACE = r"[A-Z][A-Za-z.'’-]+(?:[ ,]+[A-Z][A-Za-z.'’-]+){0,3}"
_DASH = r"(?:--|[-–—:])"
# "SEOUL, Feb 20 (Reuters) -", "Pyongyang, March 1 (KCNA) --", "WASHINGTON (AP) —"
_DATELINE_AGENCY = re.compile(
    rf"^(?:(?P<place>{_PLACE})(?:,\s*(?P<date>{_DATE}))?\s*)?"
    rf"\((?P<agency>[^()]{{2,40}})\)\s*{_DASH}")
# "New Delhi:", "MOSCOW —", "Kyiv, Feb 20 -": a short place, optional date, then the mark
_DATELINE_PLAIN = re.compile(
    rf"^(?P<place>{_PLACE})(?:,\s*(?P<date>{_DATE}))?\s*(?:--|[–—:]|\s-)\s+(?=[A-Z\"“‘'])")
_INPUTS_FROM = re.compile(
    r"(?:\(|^|\b)(?:with\s+)?(?:additional\s+)?inputs?\s+(?:from|by)\s+([^()\n]{2,80}?)"
    r"\s*(?:\)|\.?$)", re.I | re.M)
_TRAILING_CREDIT = re.compile(r"(?:\(([^()]{2,40})\)|[-–—]\s*([^\s()][^()\n]{0,40}?))\s*$")
# a byline: "By The Associated Press", "By Jane Doe | Reuters", "Written by ... , AFP"
_BYLINE = re.compile(r"^\s*(?:by|written by|from|source:?)\s+(.{2,80}?)\s*$", re.I)
# an agency's name closing the story after its last sentence: "... into the US. PTI"
_CLOSING_NAME = re.compile(r"[.!?][\"”’]?\s+([A-Z][\w.-]{1,30})\s*$")
_COPYRIGHT = re.compile(r"(?:©|copyright)\s*(?:\d{4})?\s*(?:by\s+)?([^.\n]{2,50})", re.I)
_CITING = re.compile(r"\b(?:citing|quoting|quoted by|according to|as told by|told|"
                     r"reported by|said in a report by)\b", re.I)
# "<outer> reported, citing <inner>", "<outer>, which quoted <inner>"
_INNER_CITING = re.compile(r"\b(?:citing|quoting|(?:which|that|who)\s+(?:cited|quoted))\b",
                           re.I)
# the other way round: "<inner> said ..., according to <outer>", "<inner>, as quoted by <outer>"
_OUTER_AFTER = re.compile(r"\b(?:according\s+to|(?:as\s+)?(?:quoted|cited)\s+by)\b", re.I)
_STATE_MEDIA = re.compile(r"\b(?:state(?:-run| run|-controlled|-owned)?\s+(?:media|news\s+agency|"
                          r"news|television|TV|broadcaster|newspaper)|official\s+(?:media|news"
                          r"\s+agency))\b", re.I)
_SENTENCES = re.compile(r"[^.!?\n]+(?:[.!?]+[\"'”’]?|$)")
# paragraphs at the end of the story that may carry a credit line
_TAIL_PARAGRAPHS = 3
# a dateline without an agency ("MOSCOW —", "New Delhi:") is believed only at the start
# of a paragraph of prose this long; "The Latest: ..." headings are not datelines
PLAIN_DATELINE_MIN_WORDS = 15
# paragraphs at the start that may open with the dateline (a standfirst may come first)
_HEAD_PARAGRAPHS = 3


@dataclass
class Credits:
    wire: list[str] = field(default_factory=list)
    dateline: str | None = None
    cited_sources: list[str] = field(default_factory=list)


def _agencies_in(text: str, index: AgencyIndex) -> list[str]:
    """Canonical names of the agencies named in a short credit string, in order."""
    out: list[str] = []
    for m in index.find(text):
        if m.agency.canonical not in out:
            out.append(m.agency.canonical)
    return out


def _prose(paragraph: str) -> bool:
    """A paragraph of running text (a dateline without an agency opens one, not a heading)."""
    return (len(paragraph.split()) >= PLAIN_DATELINE_MIN_WORDS
            and paragraph.rstrip()[-1:] in ".!?\"”’")


def story_starts(text: str) -> list[int]:
    """Offsets where a paragraph's story begins after an agency dateline opening it
    ("MOSCOW (Reuters) - Russian firms hired ...", "Pyongyang, May 1 (KCNA) -- Kim Jong Un
    ..."): a parser left to itself reads the dateline's place as the head of the sentence
    and the story's verb as a clause describing it."""
    starts = []
    for para in re.finditer(r"(?:^|\n)[ \t]*", text):
        m = _DATELINE_AGENCY.match(text[para.end():para.end() + 200])
        if m is not None:
            end = para.end() + m.end()
            while end < len(text) and text[end] in " \t":
                end += 1
            if end < len(text) and text[end] not in "\n":
                starts.append(end)
    return starts


def find_dateline(text: str, index: AgencyIndex) -> tuple[str | None, list[str]]:
    """The dateline opening ``text`` and the agency it credits, if any."""
    head = text[:200]
    m = _DATELINE_AGENCY.match(head)
    if m and index.canonical(m.group("agency")):
        agency = index.canonical(m.group("agency"))
        return m.group(0).rstrip("-–—: ").strip(), [agency] if agency else []
    m = _DATELINE_PLAIN.match(head)
    if m is None or not _prose(text):
        return None, []
    place = m.group("place")
    colon = head[m.end("place"):].lstrip().startswith(":")
    if place.isupper() or m.group("date") or (colon and place.count(" ") < 3):
        return m.group(0).rstrip("-–—: ").strip(), []
    return None, []


def find_wire(paragraphs: list[str], extra_lines: list[str], index: AgencyIndex) -> list[str]:
    """Wire credits in the story's closing paragraphs and in credit lines cut from it."""
    wire: list[str] = []

    def add(names: list[str]) -> None:
        for n in names:
            if n not in wire:
                wire.append(n)

    tail = paragraphs[-_TAIL_PARAGRAPHS:] + extra_lines
    for para in tail:
        for m in _INPUTS_FROM.finditer(para):
            add(_agencies_in(m.group(1), index))
        n = _CLOSING_NAME.search(para)
        if n and n.group(1).isupper() and index.canonical(n.group(1)):
            add(_agencies_in(n.group(1), index))
        c = _COPYRIGHT.search(para)
        if c and len(para) < 200:
            add(_agencies_in(c.group(1), index))
    if paragraphs:
        last = paragraphs[-1]
        t = _TRAILING_CREDIT.search(last)
        if t:
            name = (t.group(1) or t.group(2) or "").strip()
            agency = index.canonical(name)
            if agency:
                add([agency])
    for line in extra_lines:
        stripped = line.strip().strip("()[]-–—").strip()
        agency = index.canonical(stripped)
        if agency:
            add([agency])
    return wire


def _attributions(sentence: str, offset: int,
                  mentions: list[AgencyMention]) -> list[tuple[str, str]]:
    """(outer, inner) pairs in one sentence: "<outer> reported, citing <inner>"."""
    pairs: list[tuple[str, str]] = []
    for cm in _INNER_CITING.finditer(sentence):
        pos = offset + cm.start()
        before = [m for m in mentions if offset <= m.start < pos]
        after = [m for m in mentions if pos < m.start < offset + len(sentence)]
        if not before:
            continue
        outer = before[-1].agency.canonical
        state = _STATE_MEDIA.search(sentence, cm.end())
        if after and (state is None or offset + state.start() > after[0].start):
            pairs.append((outer, after[0].agency.canonical))
        elif state is not None and (not after or offset + state.start() < after[0].start):
            pairs.append((outer, "\x00state"))
    for om in _OUTER_AFTER.finditer(sentence):
        pos = offset + om.start()
        before = [m for m in mentions if offset <= m.start < pos]
        after = [m for m in mentions if offset + om.end() <= m.start < offset + len(sentence)]
        if before and after and not _INNER_CITING.search(sentence, 0, om.start()):
            pairs.append((after[0].agency.canonical, before[-1].agency.canonical))
    return pairs


def cited_chain(text: str, wire: list[str], index: AgencyIndex) -> list[str]:
    """The chain of cited sources for the whole story, outermost first."""
    mentions = [m for m in index.find(text) if m.agency.canonical not in wire]
    if not mentions:
        return []
    edges: Counter[tuple[str, str]] = Counter()
    attributed: Counter[str] = Counter()
    for sm in _SENTENCES.finditer(text):
        sentence = sm.group(0)
        in_sentence = [m for m in mentions if sm.start() <= m.start < sm.end()]
        if not in_sentence:
            continue
        if _CITING.search(sentence) or re.search(r"\b(?:reported|said|says|reports)\b", sentence):
            for m in in_sentence:
                attributed[m.agency.canonical] += 1
        for pair in _attributions(sentence, sm.start(), in_sentence):
            edges[pair] += 1
    state_named = Counter(m.agency.canonical for m in mentions if m.agency.state)

    def resolve(inner: str, outer: str) -> str | None:
        if inner != "\x00state":
            return inner
        for name, _n in state_named.most_common():
            if name != outer:
                return name
        return None

    resolved: Counter[tuple[str, str]] = Counter()
    for (outer, inner), n in edges.items():
        target = resolve(inner, outer)
        if target and target != outer:
            resolved[(outer, target)] += n
    if not resolved:
        top = attributed.most_common(1)
        return [top[0][0]] if top else []
    inners = {i for (_o, i) in resolved}
    outers = Counter(o for (o, _i) in resolved.elements())
    roots = ([o for o, _n in outers.most_common() if o not in inners]
             or [outers.most_common(1)[0][0]])
    chain = [roots[0]]
    while True:
        nxt = [(n, i) for (o, i), n in resolved.items() if o == chain[-1] and i not in chain]
        if not nxt:
            break
        chain.append(max(nxt)[1])
    return chain


def _squash(name: str) -> str:
    return re.sub(r"\W+", "", name.casefold())


def is_outlet(agency: str, outlet: str | None, index: AgencyIndex) -> bool:
    """Whether ``agency`` is the site itself ("CNN" on CNN, "Sputnik" on SputnikInt)."""
    if not outlet:
        return False
    site = _squash(outlet)
    found = index.get(agency)
    names = (agency, *(found.aliases if found else ()))
    return any(_squash(n) and (_squash(n) in site or site in _squash(n)) for n in names)


def byline_credits(lines: list[str], index: AgencyIndex, outlet: str | None = None) -> list[str]:
    """Agencies credited in bylines: "By The Associated Press", "By Jane Doe, Reuters".

    The site's own name in its bylines ("By Laura He, CNN Business" on CNN) is its staff,
    not a wire.
    """
    out: list[str] = []
    for line in lines:
        m = _BYLINE.match(line)
        if m:
            out += [a for a in _agencies_in(m.group(1), index)
                    if a not in out and not is_outlet(a, outlet, index)]
    return out


def find_credits(paragraphs: list[str], extra_lines: list[str],
                 index: AgencyIndex | None = None, bylines: Sequence[str] = (),
                 outlet: str | None = None) -> Credits:
    """Wire credits, dateline and cited-source chain of a story given as paragraphs.

    ``extra_lines`` are short lines the cleaner cut around the story (a credit such as
    "(Inputs from ANI)" is a line of its own on many sites); ``bylines`` are the page's
    author field or byline lines ("By The Associated Press").
    """
    index = index or default_agencies()
    text = "\n\n".join(paragraphs)
    dateline: str | None = None
    dateline_wire: list[str] = []
    # the dateline opens the first paragraph of the story, after any standfirst
    for para in paragraphs[:_HEAD_PARAGRAPHS]:
        dateline, dateline_wire = find_dateline(para, index)
        if dateline:
            break
    wire = find_wire(paragraphs, extra_lines, index)
    for w in byline_credits(list(bylines), index, outlet):
        if w not in wire:
            wire.append(w)
    for w in dateline_wire:
        if w not in wire:
            wire.insert(0, w)
    chain = cited_chain(text, wire, index)
    return Credits(wire=wire, dateline=dateline, cited_sources=chain)
