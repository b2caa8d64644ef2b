"""Entity linking inside one document: knowledge-base names, role titles, surnames, and the
names spaCy finds that the knowledge base does not know.

The order matters and each step is one function:
1. knowledge-base names (a PhraseMatcher over every alias; longest match wins; a stuttered
   first name part, "Kim Kim Jong Un", is taken into the mention);
2. role phrases ("the Russian President", "the North Korean leader's sister") resolved to
   the holder on the document's date;
3. surnames alone ("Putin") when the surname belongs to exactly one person the document
   names in full or by title (and to no unknown person it names), or follows a title of
   that person's office ("Prime Minister Modi");
4. spaCy PERSON/ORG/GPE names left over become entities with content ids, unless they look
   like products, events, headline fragments or all-caps teasers.
"""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import Any

from sanctionwatch.annotate.kb import ORG_SCHEMAS, KBEntry, KnowledgeBase
from sanctionwatch.ids import content_id

NER_SCHEMAS = {"PERSON": "Person", "ORG": "Organization", "GPE": "Address"}


@dataclass
class Mention:
    """A linked span in token and character terms, with why it was linked."""

    start: int  # token index
    end: int
    entity_id: str
    how: str  # "name", "role", "surname", "ner"


@functools.lru_cache(maxsize=256)
def _glue_pattern(names: tuple[str, ...]) -> re.Pattern[str]:
    """The glued-name pattern for these names (longest first, as given)."""
    alternation = "|".join(map(re.escape, names))
    return re.compile(r"(?:(?<=[A-Za-z])|(?<=-))(" + alternation + r")"
                      r"|(" + alternation + r")(?=[a-z]{2,})")


# a capitalised word of two or more hyphen-joined capitalised parts ("U.S.-ROK")
JOINT_NAMES = re.compile(r"(?<![\w.-])[A-Z][\w.]*(?:-[A-Z][\w.]*)+")

POSSESSIVES = frozenset({"'s", "\u2019s"})  # the possessive ending, straight or curly

# offices whose holder news names by surname alone ("Putin", "Modi", "Erdogan"), also the
# two cabinet posts whose holders news calls so in foreign news ("Lavrov said", "Shoigu
# visited", "Blinken met")
LEADER_ROLES = frozenset({"head_of_state", "head_of_government", "leader", "monarch",
                          "foreign_minister", "defence_minister"})

def korean_variants(name: str) -> list[str]:
    """Romanised Korean given names are written spaced, hyphenated or joined.

    "Kim Jong Un" -> "Kim Jong-un", "Kim Jong-Un", "Kim Jongun"; "Kim Yo-jong" -> "Kim Yo Jong".
    """
    parts = name.replace("-", " ").split()
    if len(parts) != 3:
        return []
    fam, a, b = parts
    a, b = a.capitalize(), b.lower()
    return [f"{fam} {a} {b.capitalize()}", f"{fam} {a}-{b}", f"{fam} {a}-{b.capitalize()}",
            f"{fam} {a}{b}"]


class Linker:
    """Holds the matchers built from one knowledge base for one spaCy vocabulary."""

    # rapidfuzz ratio (0-100) from which a PERSON name is taken as a misspelt KB name: one
    # wrong, missing or swapped letter in a name of ten or more letters
    FUZZY_CUTOFF = 90.0

    def __init__(self, nlp: Any, kb: KnowledgeBase) -> None:
        from spacy.matcher import PhraseMatcher

        self.kb = kb
        self.names = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.titles = PhraseMatcher(nlp.vocab, attr="LOWER")
        self._ids: dict[int, set[str]] = {}
        for alias, ids in self._surface_forms().items():
            key = nlp.vocab.strings.add(alias)
            self._ids[key] = ids
            self.names.add(alias, [nlp.make_doc(alias)])
        for role in kb.roles:
            self.titles.add(role.role, [nlp.make_doc(t) for t in role.titles])
        self._state_forms = frozenset(
            alias for alias, ids in self._surface_forms().items()
            if any(self.kb.entries[i].schema == "Country" for i in ids))
        self._kb_surnames = self._unique_kb_surnames()
        self._kb_family_names = self._unique_kb_family_names()
        self._western_ids = {
            alias: e.id for e in kb.entries.values()
            if e.schema == "Person" and not set(e.countries) & kb.family_name_first
            for alias in (e.name, *e.aliases) if " " in alias}
        self._western_names = list(self._western_ids)
        self._person_forms = {
            alias: next(iter(ids)) for alias, ids in self._surface_forms().items()
            if len(ids) == 1 and " " in alias
            and self.kb.entries[next(iter(ids))].schema == "Person"}
        self._glue_names = sorted(self._person_forms, key=len, reverse=True)
        # words that may stand before a name in what spaCy tags PERSON ("Sen.", "Minister")
        self._name_titles = kb.honorifics | kb.office_words

    def _surface_forms(self) -> dict[str, set[str]]:
        forms: dict[str, set[str]] = defaultdict(set)
        for alias, ids in self.kb.alias_index().items():
            alias = re.sub(r"^the\s+", "", alias, flags=re.I)
            variants = {alias, alias.replace("'", "\u2019")}  # typographic apostrophe
            if alias.islower() is False and alias.upper() != alias:
                variants.add(alias.upper())  # all-caps headlines
            for eid in ids:
                entry = self.kb.entries[eid]
                if entry.schema == "Person" and set(entry.countries) & {"kp", "kr"}:
                    variants.update(korean_variants(alias))
            for v in variants:
                forms[v] |= ids
        return forms

    def _unique_kb_surnames(self) -> dict[str, str]:
        """Western-order surnames that only one knowledge-base person has. Not the name of
        a state ("Montenegro" is Portugal's prime minister and a state; "Philippe of
        Belgium"), and not the last word of a spelling whose first word is the person's
        name used alone ("Abiy Ahmed": "Ahmed" alone is anyone)."""
        owners: dict[str, set[str]] = defaultdict(set)
        for e in self.kb.entries.values():
            if e.schema != "Person" or set(e.countries) & self.kb.family_name_first:
                continue
            if e.surname and e.surname.isalpha():  # a surname the file gives ("Abiy")
                owners[e.surname].add(e.id)
            # the surname as each spelling writes it ("Zelensky", "Zelenskyy", "Zelenskiy")
            for alias in (e.name, *e.aliases):
                parts = alias.split()
                if len(parts) > 1 and parts[-1][:1].isupper() and parts[-1].isalpha() and \
                        parts[-2].lower() != "of" and parts[0] != e.surname:
                    owners[parts[-1]].add(e.id)
        return {s: next(iter(ids)) for s, ids in owners.items()
                if len(ids) == 1 and len(s) >= 4 and s not in self._state_forms}

    def _unique_kb_family_names(self) -> dict[str, str]:
        """Family names written first ("Xi" of Xi Jinping) that only one knowledge-base
        person has; used only after a title ("President Xi")."""
        owners: dict[str, set[str]] = defaultdict(set)
        for e in self.kb.entries.values():
            if e.schema == "Person" and set(e.countries) & self.kb.family_name_first:
                parts = e.name.split()
                if len(parts) > 1 and parts[0].isalpha():
                    owners[parts[0]].add(e.id)
        return {s: next(iter(ids)) for s, ids in owners.items() if len(ids) == 1}

    # --- step 1: knowledge-base names -------------------------------------------------

    def name_mentions(self, doc: Any) -> list[tuple[int, int, set[str]]]:
        """Longest non-overlapping alias matches, each with the ids it may mean."""
        found = [(s, e, self._ids[k]) for k, s, e in self.names(doc)]
        found.sort(key=lambda m: (-(m[1] - m[0]), m[0]))
        taken: set[int] = set()
        out = []
        for s, e, ids in found:
            if taken.isdisjoint(range(s, e)):
                taken.update(range(s, e))
                out.append((self._stutter(doc, s, e, taken), e, ids))
        return sorted(out, key=lambda m: m[0])

    @staticmethod
    def _stutter(doc: Any, s: int, e: int, taken: set[int]) -> int:
        """Take a repeated first name part into the mention ("Kim Kim Jong Un")."""
        if e - s >= 2 and s > 0 and (s - 1) not in taken and doc[s - 1].text == doc[s].text:
            taken.add(s - 1)
            return s - 1
        return s

    def split_places(self, doc: Any, raw: list[tuple[int, int, set[str]]]
                     ) -> tuple[list[tuple[int, int, set[str]]], list[tuple[int, int]]]:
        """Set apart capitals named as mere places (a dateline, part of an airport's name).

        Only a capital standing for its government is a mention of the state; the places
        are returned so that nothing else claims their tokens either.
        """
        keep, places = [], []
        for m in raw:
            if self._capital_as_place(doc, *m):
                places.append((m[0], m[1]))
            else:
                keep.append(m)
        return keep, places

    def resolve_ambiguous(self, raw: list[tuple[int, int, set[str]]]) -> list[Mention]:
        """An alias with several meanings takes the one already linked elsewhere, if any."""
        sure = {next(iter(ids)) for _, _, ids in raw if len(ids) == 1}
        out = []
        for s, e, ids in raw:
            pick = ids if len(ids) == 1 else ids & sure
            if len(pick) == 1:
                out.append(Mention(s, e, next(iter(pick)), "name"))
        return out

    def _capital_as_place(self, doc: Any, s: int, e: int, ids: set[str]) -> bool:
        text = doc[s:e].text.casefold()
        if not any(text == c.casefold() for i in ids for c in self.kb.entries[i].capitals):
            return False
        if s > 1 and doc[s - 1].lower_ == "in" and (
                doc[s - 2].lemma_.lower() in self.kb.seat_words
                or doc[s - 2].lower_ in self.kb.seat_words):
            return False  # "the mood in Beijing", "officials in Moscow": the government
        if s > 0 and doc[s - 1].lower_ in self.kb.locative_words | self.kb.place_words:
            return True  # "talks held in Pyongyang", "the capital Kabul": where, not who
        if self._destination(doc[e - 1]):
            return True  # "a trip to Beijing", "visited Moscow", "in Kremlin, Moscow"
        nxt = doc[e] if e < len(doc) else None
        line_start = s == 0 or doc[s].is_sent_start or "\n" in doc[s - 1].text_with_ws
        if nxt is not None and nxt.text in {",", "(", ":", "-", "\u2013", "\u2014"} and line_start:
            return True  # dateline: "Pyongyang, July 23 (KCNA) --", "New Delhi:"
        if nxt is not None and nxt.text[:1].isupper() and nxt.pos_ == "PROPN" and (
                doc[s].ent_type_ in {"FAC", "ORG", "LOC", "EVENT"}):
            return True  # part of a longer proper name: "Pyongyang International Airport"
        if nxt is not None and nxt.text == "-" and e + 1 < len(doc) and \
                doc[e + 1].lower_ in self.kb.place_words:
            return True  # "a Washington-based expert": where, not who
        return nxt is not None and nxt.lower_ in self.kb.place_words

    def _destination(self, tok: Any) -> bool:
        """The word is where someone goes or is: object of a motion word or of a locative
        preposition, or in apposition to such a place."""
        for _ in range(2):
            if tok.dep_ == "pobj" and tok.head.dep_ == "prep":
                prep = tok.head
                if prep.lower_ in self.kb.locative_words or \
                        prep.head.lemma_.lower() in self.kb.motion_words:
                    return True
            if tok.dep_ == "dobj" and tok.head.lemma_.lower() in self.kb.motion_words:
                return True
            if tok.dep_ not in {"appos", "conj", "npadvmod"} or tok.head.i == tok.i:
                return False
            tok = tok.head
        return False

    # --- step 2: role phrases ---------------------------------------------------------

    def role_mentions(self, doc: Any, mentions: list[Mention], date: str | None,
                      also: Iterable[str] = ()) -> list[Mention]:
        """Role titles tied to a state ("Russian President") become mentions of the holder.

        Where a name follows the title ("Russian President Vladimir Putin") the name carries
        the link and the state word is folded into that mention's title, not kept apart.
        """
        by_end = {m.end: m for m in mentions}
        by_start = {m.start: m for m in mentions}
        linked_ids = [m.entity_id for m in mentions] + list(also)
        states_in_doc = {c for eid in linked_ids for c in self.kb.entries[eid].countries}
        titles = sorted(self.titles(doc), key=lambda t: (t[1], -(t[2] - t[1])))
        dropped: set[int] = set()
        added: list[Mention] = []
        seen_starts: set[int] = set()
        for key, ts, te in titles:
            if ts in seen_starts:
                continue
            seen_starts.add(ts)
            role = doc.vocab.strings[key]
            state = self._state_before(doc, ts, by_end)
            follows = by_start.get(te)
            named = (follows is not None
                     and self.kb.entries[follows.entity_id].schema == "Person") or (
                te < len(doc) and doc[te].ent_type_ == "PERSON" and doc[te].ent_iob_ == "B")
            if named:  # "German President Richard von Weizsaecker": the name carries it
                if state is not None and state.end == ts:
                    dropped.add(id(state))
                # a possessive ("South Korea's defence minister Shin Won-sik") names the
                # state as a noun of its own: it stays a mention of the state
                continue
            end = te
            if state is None and ts > 0 and doc[ts - 1].lower_ == "the":
                # "the President of Nicaragua": the state after the title (not in an
                # apposition, "Xi Jinping, president of China", where the name carries it)
                state = self._state_after(doc, te, by_start)
                end = state.end if state is not None else te
            start = min(state.start, ts) if state else ts
            country = self.kb.entries[state.entity_id].countries[0] if state else None
            if state is None and not (ts > 0 and doc[ts - 1].lower_ == "the"):
                continue
            if state is None and te < len(doc) and doc[te].lower_ == "of":
                continue  # "the president of the Federal Reserve Bank": not a state's
            # what the title can refer back to: a holder named before it, or a state
            # named earlier in its own sentence ("In the DPRK the head of state ...")
            sent = doc[ts].sent.start
            before = [m for m in [*mentions, *added] if m.end <= start and (
                m.start >= sent or self.kb.entries[m.entity_id].schema == "Person")
                ] if country is None else []
            # bare surnames before the title ("Trump said"), not words of longer names
            surnames = [t.text for t in doc[:ts] if t.text[:1].isupper() and not
                        self._inside_name(t, set())] if country is None else []
            holder = self._holder(role, country, date, states_in_doc, before, surnames)
            if holder is None or any(m.start < te and ts < m.end and m is not state
                                     for m in mentions):
                continue
            if state is not None:
                dropped.add(id(state))
            added.append(Mention(start, end, holder.id, "role"))
        return [m for m in mentions if id(m) not in dropped] + added

    def fold_title_states(self, doc: Any, mentions: list[Mention]
                          ) -> tuple[list[Mention], list[tuple[int, int]]]:
        """A state adjective or name opening a title before a person's name ("US Trade
        Representative Robert Lighthizer", "Chinese vice-premier Liu He") is part of the
        title, as in "Russian President Vladimir Putin": the mention is dropped (and its
        tokens returned, so spaCy's place name there does not come back as an entity). The
        person still acts for the state (``person_country`` reads the title). A possessive
        ("South Korea's Trade Minister ...") names the state as a noun and stays."""
        starts = {m.start for m in mentions
                  if self.kb.entries[m.entity_id].schema == "Person"}
        keep, folded = [], []
        for m in mentions:
            if self.kb.entries[m.entity_id].schema == "Country" and \
                    self._opens_title(doc, m.end, starts):
                folded.append((m.start, m.end))
            else:
                keep.append(m)
        return keep, folded

    def _opens_title(self, doc: Any, i: int, person_starts: set[int]) -> bool:
        """Title words with an office word among them from ``i`` up to a person's name."""
        office = False
        for j in range(i, min(len(doc), i + 5)):
            tok = doc[j]
            if j > i and (j in person_starts or (tok.ent_type_ == "PERSON"
                                                 and tok.ent_iob_ == "B")):
                return office
            if not (tok.lower_ in self.kb.office_words or tok.text == "-" or (
                    tok.is_alpha and tok.text[:1].isupper() and tok.ent_type_ != "PERSON")):
                return False
            office = office or tok.lower_ in self.kb.office_words
        return False

    def _state_after(self, doc: Any, te: int, by_start: dict[int, Mention]) -> Mention | None:
        """The state named just after a title ("President of Nicaragua", "minister of
        Foreign Affairs of the Russian Federation")."""
        i = te
        if i >= len(doc) or doc[i].lower_ != "of":
            return None
        i += 1 + (i + 1 < len(doc) and doc[i + 1].lower_ == "the")
        m = by_start.get(i)
        if m is not None and self.kb.entries[m.entity_id].schema == "Country":
            return m
        return None

    def _state_before(self, doc: Any, ts: int, by_end: dict[int, Mention]) -> Mention | None:
        """The state named just before a title ("Russian", "Russia's", "North Korea's")."""
        for end in (ts, ts - 1):
            m = by_end.get(end)
            if m is None:
                continue
            if end == ts - 1 and doc[end].lower_ not in {"'s", "’s"}:
                continue
            if self.kb.entries[m.entity_id].schema == "Country":
                return m
        return None

    def _holder(self, role: str, country: str | None, date: str | None,
                states_in_doc: set[str], before: Sequence[Mention] = (),
                surnames: Sequence[str] = ()) -> KBEntry | None:
        """The one holder of ``role``; with no state named, among the story's states.

        Where two story states have a holder ("the president" in a US-China story), the
        title means the holder the text has talked about most so far (mentions and bare
        surnames before it, ``surnames`` being the capitalised words before the title),
        the nearer one on a tie. A story that talks about no present holder but names a
        past one means him ("the President" in a story on Kim Il Sung). Else the holder
        for a state named earlier in the title's sentence; else no one: truly ambiguous.
        """
        holders = self.kb.holders(role, country, date)
        if country is None:  # "the leader's sister": only among the states in the story,
            # or a holder the story names by surname ("Trump said ... the president")
            holders = [h for h in holders if set(h.countries) & states_in_doc
                       or (h.surname and h.surname in surnames)]
        unique = {h.id: h for h in holders}
        if country is not None or not unique:
            return next(iter(unique.values())) if len(unique) == 1 else None
        talk = self._talked_about(unique, before, surnames)
        if talk:
            ranked = sorted(talk.items(), key=lambda kv: kv[1], reverse=True)
            if len(ranked) == 1 or ranked[0][1] != ranked[1][1]:
                return unique[ranked[0][0]]
            return None
        former = {e.id: e for m in before for e in [self.kb.entries[m.entity_id]]
                  if e.id not in unique and any(p.role == role and p.country in states_in_doc
                                                for p in e.positions)}
        if len(former) == 1:
            return next(iter(former.values()))
        if len(unique) == 1:
            return next(iter(unique.values()))
        for m in sorted(before, key=lambda m: -m.start):
            if self.kb.entries[m.entity_id].schema == "Country":
                near = set(self.kb.entries[m.entity_id].countries)
                picked = [h for h in unique.values() if set(h.countries) & near]
                if picked:
                    return picked[0] if len(picked) == 1 else None
        return None

    @staticmethod
    def _talked_about(holders: dict[str, KBEntry], before: Sequence[Mention],
                      surnames: Sequence[str]) -> dict[str, tuple[int, int]]:
        """For each holder the text names before a title: (times named, last position)."""
        talk: dict[str, tuple[int, int]] = {}
        for h in holders.values():
            named = [m.start for m in before if m.entity_id == h.id]
            count = len(named) + sum(1 for w in surnames if w == h.surname)
            if count:
                talk[h.id] = (count, max(named, default=-1))
        return talk

    # --- step 2b: misspelt names -------------------------------------------------------

    def fuzzy_mentions(self, doc: Any, mentions: list[Mention]) -> list[Mention]:
        """A spaCy PERSON name one typo away from a knowledge-base spelling ("Vladimr Putin").

        Only names written given-name-first are compared: in romanised Korean or Chinese
        names one letter often separates two different people ("Kim Chol Sam", "Kim Chol
        Su"), so those are linked only as spelt in the knowledge base.
        """
        from rapidfuzz import fuzz, process

        taken = {i for m in mentions for i in range(m.start, m.end)}
        out = []
        for ent in doc.ents:
            span = _trim(ent) if ent.label_ == "PERSON" else None
            if span is None or len(span) < 2 or not taken.isdisjoint(range(span.start, span.end)):
                continue
            best = process.extractOne(span.text, self._western_names, scorer=fuzz.ratio,
                                      score_cutoff=self.FUZZY_CUTOFF)
            if best is not None and len(span.text) >= 8:
                out.append(Mention(span.start, span.end, self._western_ids[best[0]], "fuzzy"))
        return mentions + out

    # --- step 3: surnames -------------------------------------------------------------

    def surname_mentions(self, doc: Any, mentions: list[Mention],
                         also: Iterable[str] = (), date: str | None = None) -> list[Mention]:
        """A surname alone means the one person named in full (or by a title) in the same
        document who has it ("Putin" -> Vladimir Putin).

        News introduces people by full name, so a bare surname is only read as a person the
        document has named: never from the knowledge base alone, where "Singh" or "Hunt"
        would take the one KB holder of a name many people have. A family name shared by
        two people of the story ("Kim" with Kim Jong Un and Kim Yo-jong, or with a Kim the
        KB does not know) links neither. A person whose surname is among the commonest of
        his country (``bare_surname: false`` in the KB) is taken alone only after his full
        name. Without a full name, only a title of the person's own office links the surname
        ("Prime Minister Modi", "President Xi"), or a government named after its leader
        ("the Biden administration").
        """
        taken = {i for m in mentions for i in range(m.start, m.end)}
        free = [tok for tok in doc if tok.i not in taken and tok.text[:1].isupper()
                and not self._inside_name(tok, taken) and not _in_longer_org(tok)]
        # a title or an eponym names the person as a full name does ("President Trump")
        titled = {te: doc.vocab.strings[key] for key, _, te in self.titles(doc)}
        out = []
        for tok in free:
            found = self._titled_surname(doc, tok, titled, date) or self._eponym(tok)
            if found is not None:
                out.append(Mention(tok.i, tok.i + 1, found, "surname"))
        first: dict[str, int] = {}
        for m in [*mentions, *out]:
            first[m.entity_id] = min(first.get(m.entity_id, m.start), m.start)
        for eid in also:  # glued names: where they are is not known here, so "before"
            first.setdefault(eid, -1)
        owners: dict[str, set[str]] = defaultdict(set)
        for eid in first:
            entry = self.kb.entries[eid]
            if entry.schema == "Person" and entry.surname:
                owners[entry.surname].add(entry.id)
        strangers = self._unknown_surnames(doc, taken)
        done = {m.start for m in out}
        for tok in free:
            ids = owners.get(tok.text)
            if tok.i in done or tok.text in strangers:
                continue
            if ids is None:  # "Putin said" in a story that never gives his full name
                leader = self._leader_surname(tok, date)
                if leader is not None:
                    out.append(Mention(tok.i, tok.i + 1, leader, "surname"))
                continue
            if len(ids) != 1:
                continue
            eid = next(iter(ids))
            if self.kb.entries[eid].bare_surname or first[eid] < tok.i:
                out.append(Mention(tok.i, tok.i + 1, eid, "surname"))
        return mentions + out

    def _leader_surname(self, tok: Any, date: str | None) -> str | None:
        """A sitting head of state or government is named by surname alone, even in a
        story that never gives the full name ("Putin gifts Kim a car", "Erdogan said"):
        news does so for leaders only. The surname must be the only one of its kind in the
        KB and not among the commonest of the country (``bare_surname``), the word a proper
        noun (spaCy may take it for a place: "Erdogan said" opening a sentence), and the
        person in office on the date.
        """
        if tok.pos_ != "PROPN" or tok.ent_type_ in ("DATE", "TIME", "MONEY", "CARDINAL"):
            return None
        eid = self._kb_surnames.get(tok.text)
        if eid is None:
            return None
        entry = self.kb.entries[eid]
        in_office = any(p.role in LEADER_ROLES and p.holds_on(date) for p in entry.positions)
        return eid if entry.bare_surname and in_office else None

    def _unknown_surnames(self, doc: Any, taken: set[int]) -> set[str]:
        """Last and first words of the full names of people the KB does not know: a bare
        "Singh" in a story naming Rajnath Singh (KB) and Manmohan Singh (not) is neither."""
        out: set[str] = set()
        for ent in doc.ents:
            span = _trim(ent) if ent.label_ == "PERSON" else None
            if span is None or not taken.isdisjoint(range(span.start, span.end)):
                continue
            span = self._person_core(self._given_name_before(span, taken))
            if span is None:
                continue
            words = [t for t in span if t.is_alpha]
            # "Putin's Gift Violation" (a headline read as a name) is no one
            if len(words) > 1 and all(t.is_alpha or t.text == "-" for t in span) and \
                    self.is_party_name(span, "Person"):
                out.update({words[0].text, words[-1].text})
        return out

    def _titled_surname(self, doc: Any, tok: Any, titled: dict[int, str],
                        date: str | None) -> str | None:
        """The person a title names with his surname: "Prime Minister Modi" (a role title:
        the one holder of that role on the date with that surname, whatever his state),
        "President Xi", "Chairman Kim" (an office word: the one KB person with that name).
        Not when a given name follows ("Chairman Kim Tok Hun" is someone else)."""
        if tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ == "PROPN" and \
                doc[tok.i + 1].text[:1].isupper():
            return None
        role = titled.get(tok.i)
        if role is not None:
            holders = {h.id for h in self.kb.holders(role, None, date) if h.surname == tok.text}
            if len(holders) == 1:
                return next(iter(holders))
        if tok.i == 0 or not (doc[tok.i - 1].lower_ in self.kb.office_words
                              and doc[tok.i - 1].text[:1].isupper()):
            return None
        eid = self._kb_family_names.get(tok.text) or self._kb_surnames.get(tok.text)
        if eid is None or not self.kb.entries[eid].bare_surname:
            return None
        return eid

    def _eponym(self, tok: Any) -> str | None:
        """A surname naming a government after its leader ("the Biden administration", "the
        Zelenskiy puppet regime", "the regime of Zelenskiy"): context enough to mean the
        one knowledge-base office holder with that surname."""
        doc = tok.doc
        eid = self._kb_surnames.get(tok.text)
        # "the Biden administration", "the Zelenskiy puppet regime": a lower-case word may
        # stand between
        nxt = doc[tok.i + 1:tok.i + 3]
        named = any(t.lower_ in self.kb.eponym_words and (k == 0 or nxt[0].is_lower)
                    for k, t in enumerate(nxt)) or (
            tok.i >= 2 and doc[tok.i - 1].lower_ == "of"
            and doc[tok.i - 2].lower_ in self.kb.eponym_words)  # "the regime of Zelenskiy"
        if eid is None or not named:
            return None
        entry = self.kb.entries[eid]
        return eid if entry.positions and entry.bare_surname else None

    def _inside_name(self, tok: Any, taken: set[int]) -> bool:
        """The word is part of someone else's full name ("Kim" in "Kim Jae Ryong"). A
        capitalised word opening the sentence is a given name too ("Manmohan Singh met"),
        unless spaCy read it as another kind of name (a place: "Moscow Putin ...")."""
        doc = tok.doc
        for n in (tok.i - 1, tok.i + 1):
            if 0 <= n < len(doc) and n not in taken:
                other = doc[n]
                if (other.pos_ == "PROPN" and other.is_title
                        and other.lower_ not in self.kb.office_words
                        and not (n < tok.i and other.is_sent_start
                                 and other.ent_type_ not in {"", "PERSON"})):
                    return True
        return False

    def _in_context(self, entity_id: str, mentions: list[Mention]) -> bool:
        """The story names the entity's state (or the entity acts for none): the evidence a
        bare surname or a short acronym needs before it is taken to mean a KB entry."""
        countries = set(self.kb.entries[entity_id].countries)
        if not countries:
            return True
        return any(set(self.kb.entries[m.entity_id].countries) & countries for m in mentions
                   if m.entity_id != entity_id)

    def drop_acronyms_out_of_context(self, doc: Any, mentions: list[Mention]) -> list[Mention]:
        """A short all-caps alias of a state's body ("RGB", "KPA") counts only in a story that
        names that state: elsewhere the letters usually mean something else. An acronym the
        knowledge base marks as this body's alone the world over ("NASA", "FBI": the file's
        ``acronym_alone``) needs no such context."""
        out = []
        for m in mentions:
            text = doc[m.start:m.end].text
            entry = self.kb.entries[m.entity_id]
            short = text.isupper() and len(text) <= 5 and entry.schema != "Country" \
                and not entry.acronym_alone
            if short and not self._in_context(m.entity_id, mentions):
                continue
            out.append(m)
        return out

    def drop_lone_aliases(self, doc: Any, mentions: list[Mention]) -> list[Mention]:
        """A one-word alias that a sanctions list gives a body ("Unsan" for Korea Ryonha
        Machinery Joint Venture Corporation, also a county) counts only in a story that
        names the body by a longer form too: alone the word mostly means something else.
        Hand-kept aliases ("Yonhap", "Rostec") are the names news uses and stay; acronyms
        have a rule of their own (``drop_acronyms_out_of_context``)."""
        longer = {m.entity_id for m in mentions if m.end - m.start > 1}
        out = []
        for m in mentions:
            entry = self.kb.entries[m.entity_id]
            text = doc[m.start:m.end].text
            lone = (m.end - m.start == 1 and entry.listed and entry.schema != "Person"
                    and not text.isupper() and text != entry.name)
            if lone and m.entity_id not in longer:
                continue
            out.append(m)
        return out

    # --- step 3b: names glued to a neighbouring word -------------------------------------

    def _glued(self, text: str) -> Iterator[re.Match[str]]:
        """Matches of KB person names glued on the left to a letter or "-", or on the right
        to lower-case letters. The pattern holds only the names that occur in this text (one
        alternation of every alias, tried at every character, cost more than the parse)."""
        present = tuple(name for name in self._glue_names if name in text)
        if not present:
            return iter(())
        return _glue_pattern(present).finditer(text)

    def glued_mentions(self, text: str, taken: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
        """Full person names run into the next or previous word by lost whitespace.

        Scraped copy often reads "Kim Jong Unexpressed" or "ComradeKim Jong Un"; the tokenizer
        then hides the name. Only multi-word knowledge-base person names are looked for, as
        character spans, and only where no other mention already covers the text.
        """
        out = []
        for m in self._glued(text):
            group = 1 if m.group(1) else 2
            start, end = m.start(group), m.end(group)
            if any(s < end and start < e for s, e in taken):
                continue
            eid = self._person_forms.get(m.group(group))
            if eid is not None:
                out.append((start, end, eid))
                taken.append((start, end))
        return out

    def glue_points(self, text: str) -> list[int]:
        """Character offsets where lost whitespace ran a knowledge-base person name into a
        neighbouring word ("ComradeKim Jong Unreceived": before "Kim", after "Un").

        The parser can then see the name and the verb as tokens of their own; the text and
        its offsets are unchanged. Only multi-word KB person names are looked for, so
        "iPhone", "McDonald" or "YouTube" are never split.
        """
        points: set[int] = set()
        for m in self._glued(text):
            group = 1 if m.group(1) else 2
            start, end = m.start(group), m.end(group)
            if start > 0 and not text[start - 1].isspace():
                points.add(start)
            if end < len(text) and text[end].isalpha():
                points.add(end)
        return sorted(points)

    def joint_state_points(self, text: str) -> list[int]:
        """Character offsets around the hyphens of states named jointly ("the U.S.-ROK
        drills", "U.S.-Japan-ROK cooperation"): the tokenizer keeps such a word whole (a
        hyphen after a full stop is no infix to it), which hides every state in it, so the
        first-named member cannot act for the pair. Only words whose every part is a state
        name of the knowledge base are cut ("U.S.-led" and "Al-Qaeda" are not)."""
        points: list[int] = []
        for m in JOINT_NAMES.finditer(text):
            parts = m.group().split("-")
            if parts[-1] not in self._state_forms and parts[-1].endswith("."):
                parts[-1] = parts[-1][:-1]  # the sentence's full stop: "... the U.S.-ROK."
            if not all(part in self._state_forms for part in parts):
                continue
            at = m.start()
            for part in parts[:-1]:
                at += len(part)
                points += [at, at + 1]
                at += 1
        return points

    # --- step 4: names the knowledge base does not know -------------------------------

    def ner_entities(self, doc: Any, mentions: list[Mention],
                     places: Iterable[tuple[int, int]] = ()) -> list[tuple[Any, str]]:
        """spaCy names outside every linked mention and place that pass the party filters."""
        taken = {i for m in mentions for i in range(m.start, m.end)}
        taken.update(i for s, e in places for i in range(s, e))
        out = []
        for ent in doc.ents:
            schema = NER_SCHEMAS.get(ent.label_)
            if ent.text in self.kb.subdivisions:  # a known place whatever the tagger says
                schema = "Address"  # ("to Nampo" tagged ORG, "Bandar Abbas" PERSON)
            if schema is None:
                continue
            ent = _trim(ent)
            if ent is not None and schema == "Person":  # "Jeff Bezos's Blue Origin" read as
                ent = self._person_core(ent)  # one name: the person is the part before 's
            if ent is None or not taken.isdisjoint(range(ent.start, ent.end)):
                continue
            if schema == "Person":
                ent = self._person_core(self._given_name_before(ent, taken))
            if ent is None or not self.is_party_name(ent, schema):
                continue
            out.append((ent, schema))
        return out

    def _person_core(self, span: Any) -> Any | None:
        """The name itself out of what spaCy tagged PERSON: honorifics and titles before it
        off ("Sen. Ted Cruz", "Gov. Eric Holcomb", "Administrator Jim Bridenstine"), and
        cut at a possessive or a line break inside ("Jeff Bezos's Blue Origin" is Jeff
        Bezos; a name never runs over a line end)."""
        doc = span.doc
        start, end = span.start, span.end
        for i in range(start, end):
            if doc[i].lower_ in POSSESSIVES or doc[i].is_space or (
                    "\n" in doc[i].whitespace_):
                end = i + (not doc[i].is_space and doc[i].lower_ not in POSSESSIVES)
                break
        while end - start > 1 and (doc[start].lower_.rstrip(".") in self._name_titles
                                   or doc[start].text == "."):
            start += 1
        return doc[start:end] if end > start else None

    def _given_name_before(self, span: Any, taken: set[int]) -> Any:
        """Take in a capitalised given name spaCy left out ("Adolf" before "Hitler")."""
        doc = span.doc
        start = span.start
        while start > 0 and start - 1 not in taken:
            prev = doc[start - 1]
            if not (prev.pos_ == "PROPN" and prev.is_title and not prev.ent_type_
                    and prev.lower_ not in self.kb.office_words) or start - 1 < span.sent.start:
                break
            start -= 1
        return doc[start:span.end]

    def state_bodies(self, doc: Any, mentions: list[Mention]
                     ) -> tuple[list[tuple[Any, str]], list[Mention]]:
        """Organisation names built on a state's name are that state's bodies.

        "the Supreme Prosecutor's Office of the Russian Federation" is a party of its own
        acting for Russia, not a mention of Russia: the body is kept (with the state's
        code) and the state mention inside it is dropped. A name that adds only generic
        words to the state ("Government of the DPRK") stays a mention of the state.
        """
        bodies, inner = [], set()
        for ent in doc.ents:
            if ent.label_ != "ORG":
                continue
            span = _trim(ent)
            if span is None:
                continue
            states = [m for m in mentions if span.start <= m.start and m.end <= span.end
                      and self.kb.entries[m.entity_id].schema == "Country"]
            others = [m for m in mentions if m.start < span.end and span.start < m.end
                      and m not in states]
            rest = [t for t in span if t.is_alpha and not any(
                m.start <= t.i < m.end for m in states)]
            if len(states) != 1 or others or not rest or all(
                    t.lower_ in self.kb.generic_words for t in rest):
                continue
            if not self.is_party_name(span, "Organization"):
                continue
            country = self.kb.entries[states[0].entity_id].countries[0]
            bodies.append((span, country))
            inner.add(id(states[0]))
        return bodies, [m for m in mentions if id(m) not in inner]

    def person_country(self, span: Any, mentions: list[Mention],
                       bodies: Sequence[tuple[Any, str]] = ()) -> str | None:
        """The state an unknown person acts for, read from the title around the name.

        Before the name: "Russian ambassador Alexandr Matsegora", "DPRK Vice-Minister Kim";
        after it, in the apposition up to the next comma: "Fayssal Mekdad, minister of
        Foreign Affairs and Expatriates of Syria", or a state's body there ("vice-minister of
        Industry and Trade of the Russian Federation": ``bodies``, each with its state).
        """
        doc = span.doc
        states = {m.end: m for m in mentions
                  if self.kb.entries[m.entity_id].schema == "Country"}
        for gap in range(0, 5):
            m = states.get(span.start - gap)
            if m is not None and all(self._title_word(doc[i])
                                     for i in range(m.end, span.start)):
                return self.kb.entries[m.entity_id].countries[0]
        folded = self._state_in_title(doc, span.start) or self._place_in_title(
            doc, span.start) or self._body_in_title(doc, span.start, mentions)
        if folded is not None:
            return folded
        end = span.end
        if end < len(doc) and doc[end].text == ",":
            stop = end + 1
            while stop < min(len(doc), end + 20) and doc[stop].text not in {",", ".", ";"}:
                stop += 1
            window = range(end + 1, stop)
            if any(doc[i].lower_ in self.kb.office_words for i in window):
                # not the state an envoy is sent to ("X, the special envoy to Ukraine",
                # "ambassador in Moscow"): he acts for the state that sent him
                inside = [m for m in mentions if m.start in window and m.end <= stop
                          and self.kb.entries[m.entity_id].schema == "Country"
                          and not _destination_state(doc, m.start)]
                if inside:
                    return self.kb.entries[inside[0].entity_id].countries[0]
                for body, country in bodies:
                    if body.start in window and body.end <= stop:
                        return country
                return self._place_in(doc[end + 1:stop])  # "Eric Holcomb, governor of Indiana"
        return None

    def _place_in(self, words: Any) -> str | None:
        """The state of the first province, state or port named among ``words``."""
        return next((code for tok in words if (code := self._place_starting(
            words.doc, tok.i, words.end)) is not None), None)

    def _place_starting(self, doc: Any, start: int, limit: int) -> str | None:
        """The state of the longest place name (``kb.subdivisions``: provinces, states,
        ports) opening ``doc[start:limit]``."""
        for n in (3, 2, 1):  # "Bandar Abbas", "Jebel Ali": place names are short
            if start + n <= limit and (code := self.kb.subdivisions.get(
                    doc[start:start + n].text)) is not None:
                return code
        return None

    def _state_in_title(self, doc: Any, start: int) -> str | None:
        """The state named in a title just before a name, where the title was folded into
        the name ("Pakistani Foreign Minister Ishaq Dar": no mention of Pakistan is kept, as
        the name carries the title, but the person still acts for Pakistan)."""
        best: tuple[int, str] | None = None
        for key, _, e in self.names(doc[max(0, start - 6):start]):
            entries = [self.kb.entries[i] for i in self._ids.get(key, set())]
            if len(entries) != 1 or entries[0].schema != "Country" or \
                    not entries[0].countries or e == start:
                continue
            title = range(e, start)
            if all(self._title_word(doc[i]) for i in title) and any(
                    doc[i].lower_ in self.kb.office_words for i in title) and (
                    best is None or e > best[0]):
                best = (e, entries[0].countries[0])
        return best[1] if best else None

    def org_country(self, span: Any, mentions: list[Mention]) -> str | None:
        """The state a body belongs to: "<Office> of the Russian Federation", "Russian <Body>"."""
        doc = span.doc
        i = span.end
        if i < len(doc) and doc[i].lower_ == "of":
            i += 1 + (i + 1 < len(doc) and doc[i + 1].lower_ == "the")
            for m in mentions:
                if m.start == i and self.kb.entries[m.entity_id].schema == "Country":
                    return self.kb.entries[m.entity_id].countries[0]
        for m in mentions:
            if m.end == span.start and self.kb.entries[m.entity_id].schema == "Country":
                return self.kb.entries[m.entity_id].countries[0]
        return self._place_body(span)

    def _place_body(self, span: Any) -> str | None:
        """The state of a body named after a place in it (``kb.subdivisions``: provinces,
        states, ports): "the Texas Department of Public Safety", "University of California",
        "Bank of England", "Haeju Farm Machine Factory". A sub-national body acts for the
        state the place lies in (GOLD convention: "the state's Department of Social
        Services" is us). The place must leave words of the body's own on the other side."""
        doc = span.doc
        code = self._place_starting(doc, span.start, span.end - 1)  # opening the name
        if code is not None:
            return code
        of = next((t.i for t in span if t.lower_ == "of" and t.i > span.start), None)
        if of is not None:  # "... of <place>" closing the name, or just after it
            tail = doc[of + 1 + (doc[of + 1].lower_ == "the"):span.end]
            return self.kb.subdivisions.get(tail.text) if len(tail) else None
        if span.end + 1 < len(doc) and doc[span.end].lower_ == "of":
            return self._place_starting(doc, span.end + 1, len(doc))
        return None

    def _body_in_title(self, doc: Any, start: int, mentions: list[Mention]) -> str | None:
        """The state of a firm or body the knowledge base knows, named in a title just
        before a person's name ("SoftBank CEO Masayoshi Son", "Gazprom chief Alexei
        Miller"): its people act for the state the firm or body is of."""
        for m in mentions:
            entry = self.kb.entries[m.entity_id]
            if entry.schema not in ORG_SCHEMAS or not entry.countries or \
                    not 0 < start - m.end <= 3:
                continue
            title = doc[m.end:start]
            if any(t.lower_ in self.kb.business_titles for t in title) and all(
                    t.lower_ in self.kb.business_titles or self._title_word(t) for t in title):
                return entry.countries[0]
        return None

    def _place_in_title(self, doc: Any, start: int) -> str | None:
        """The state of a province or state opening a title just before a name ("Indiana
        Gov. Eric Holcomb", "Gujarat Chief Minister Bhupendra Patel", "California Sen.
        Kamala Harris"): a sub-national office acts for the state the place lies in."""
        for stop in range(start, max(0, start - 4), -1):  # title words between place and name
            words = doc[stop:start]
            if stop < start and not all(self._title_word(t) or t.lower_.rstrip(".") in
                                        self._name_titles for t in words):
                break
            if stop < start and any(t.lower_.rstrip(".") in self._name_titles for t in words):
                for n in (3, 2, 1):
                    if stop - n >= 0 and (code := self.kb.subdivisions.get(
                            doc[stop - n:stop].text)) is not None:
                        return code
        return None

    def _title_word(self, tok: Any) -> bool:
        """A word of a title before a name; the possessive of the state that starts the
        title counts too ("South Korea's Unification Minister Kim Yung-ho")."""
        return (tok.lower_ in self.kb.office_words or tok.text == "-"
                or (tok.is_alpha and tok.text[:1].isupper())
                or (tok.lower_ in POSSESSIVES and tok.i > 0
                    and tok.nbor(-1).ent_type_ == "GPE"))

    def is_party_name(self, span: Any, schema: str = "Organization") -> bool:
        """False for products, events, headline fragments, all-caps teasers and non-names."""
        words = [t for t in span if t.is_alpha]
        # every content word capitalised, except a hyphenated continuation ("Lee Min-ho")
        if not words or not all(t.text[:1].isupper() for t in words
                                if not t.is_stop and not _hyphen_continuation(t)
                                and t.lower_ not in self.kb.name_particles):
            return False
        if span.text.isupper() and len(span.text) > 4:  # an all-caps teaser, not an acronym
            return False
        things = self.kb.product_words | self.kb.event_words | self.kb.place_words
        after = span.doc[span.end].lower_ if span.end < len(span.doc) else ""
        if {t.lower_ for t in span} & things or after in things:
            return False
        if _phrase_head(span).lower_ in things:  # "Eurasia IT forum", "Aurus Senat limousine"
            return False
        before = span.doc[span.start - 1].text if span.start > 0 else ""
        if before in self.kb.makers or any(span.text.startswith(m) for m in self.kb.makers):
            return False  # "Aurus ...", "Toyota Land Cruiser": a maker's product
        if all(t.lower_ in self.kb.generic_words for t in words):
            return False  # "Central Committee", "Foreign Ministry": a body, but which one?
        if schema != "Person" and after in self.kb.portfolio_titles and \
                span.doc[span.end].text[:1].isupper():
            return False  # "Unification Minister", "Trade Secretary": a portfolio in a title
        if schema == "Person" and not self._plausible_person(span, after):
            return False
        return not _headline_like(_line(span))

    def _plausible_person(self, span: Any, after: str) -> bool:
        """A person's name: not a facility ("Jungdok Kindergarten") and, if one word, the
        surname of a person named in full elsewhere in the document (news introduces people
        by full name; a lone capitalised word tagged PERSON is mostly a place or a brand)."""
        if {t.lower_ for t in span} & self.kb.facility_words or after in self.kb.facility_words:
            return False
        if any(ch.isdigit() for ch in span.text):
            return False  # "Jarry 6-4": a score or a code, not a name
        # a hyphenated word is one word ("Phothae-dong"), however spaCy tokenised it
        if len([t for t in span if t.is_alpha and not _hyphen_continuation(t)]) > 1:
            return True
        word = span.text
        return any(ent.label_ == "PERSON" and len(ent) > 1 and ent[-1].text == word
                   for ent in span.doc.ents)


def _destination_state(doc: Any, i: int) -> bool:
    """The state named at token ``i`` is where someone is sent or posted ("envoy to
    Ukraine", "ambassador to the DPRK", "ambassador in Moscow"), not whom he acts for."""
    before = i - 1 - (i > 1 and doc[i - 1].lower_ == "the")
    return before >= 0 and doc[before].lower_ in {"to", "in"}


def _in_longer_org(tok: Any) -> bool:
    """The word is part of an organisation's name ("the Trump Organization"); a surname
    that alone is tagged ORG ("the Zelenskiy regime") is still the person's."""
    if tok.ent_type_ != "ORG":
        return False
    return any(ent.start <= tok.i < ent.end and len(ent) > 1 for ent in tok.doc.ents)


def _hyphen_continuation(tok: Any) -> bool:
    """True for "ho" in "Min-ho": the part after a hyphen written without spaces."""
    return tok.i >= 2 and tok.nbor(-1).text == "-" and not tok.nbor(-1).whitespace_ \
        and not tok.nbor(-2).whitespace_


def _trim(span: Any) -> Any | None:
    """Drop a leading determiner and trailing possessive from a spaCy name."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and (doc[start].lower_ in {"the", "a", "an"} or doc[start].is_punct):
        start += 1
    while end > start and (doc[end - 1].lower_ in {"'s", "’s", "of", "the", "and", "for"}
                           or doc[end - 1].is_punct):
        end -= 1
    if start >= end:
        return None
    return doc[start:end]


def _phrase_head(span: Any) -> Any:
    """The noun a name modifies: follow compound/modifier arcs up from the name's root."""
    tok = span.root
    for _ in range(4):
        if tok.dep_ not in {"compound", "nmod", "amod", "nummod"} or tok.head.i == tok.i:
            break
        tok = tok.head
    return tok


def _line(span: Any) -> Any:
    """The span's sentence cut at line breaks: a headline has a line of its own even where
    the parser ran it into the next sentence."""
    sent = span.sent
    doc = span.doc
    start, end = span.start, span.end
    while start > sent.start and "\n" not in doc[start - 1].text_with_ws:
        start -= 1
    while end < sent.end and "\n" not in doc[end - 1].text_with_ws:
        end += 1
    return doc[start:end]


def _headline_like(sent: Any) -> bool:
    """A sentence in Title Case (most content words capitalised) is a headline or teaser.

    Names are capitalised in any sentence, so only words outside spaCy's names count, and
    the sentence's first word (capitalised anyway) is left out.
    """
    words = [t for t in sent if t.is_alpha and not t.is_stop and len(t) > 2
             and t.i != sent.start and not t.is_space]
    content = [t for t in words if not t.ent_type_]
    if len(content) < 3:
        # nearly all of it read as names: a headline when long and all capitalised
        return len(words) >= 6 and all(t.text[:1].isupper() for t in words)
    capital = sum(1 for t in content if t.text[:1].isupper())
    return capital / len(content) >= 0.8


def group_ner(names: Iterable[tuple[Any, str]]) -> dict[tuple[str, str], list[Any]]:
    """Unlinked names grouped into entities: same text, or a person's last name alone.

    spaCy's small model often tags a surname standing alone as an organisation ("Vindman
    testified", "Neumann stepped down"): a one-word organisation name that is the last name
    of exactly one person the document names in full is that person too."""
    groups: dict[tuple[str, str], list[Any]] = defaultdict(list)
    for span, schema in names:
        groups[(schema, " ".join(span.text.split()))].append(span)
    persons = [k for k in groups if k[0] == "Person" and " " in k[1]]
    for key in [k for k in groups if k[0] in ("Person", "Organization") and " " not in k[1]
                and (k[0] == "Person" or (k[1].isalpha() and not k[1].isupper()))]:
        full = [p for p in persons if p[1].split()[-1] == key[1]]
        if len(full) == 1:
            groups[full[0]].extend(groups.pop(key))
    return groups


def ner_id(schema: str, name: str) -> str:
    """A stable id for a name the knowledge base does not know."""
    return content_id("ent", schema, name.casefold(), length=16)


def split_at(doc: Any, points: list[int]) -> None:
    """Split the tokens of an unparsed ``doc`` at character offsets inside them (glued
    words); the text is unchanged, each piece becomes a token for the parser."""
    cuts: dict[int, list[int]] = defaultdict(list)
    for point in points:
        token = next((t for t in doc if t.idx < point < t.idx + len(t.text)), None)
        if token is not None:
            cuts[token.i].append(point - token.idx)
    with doc.retokenize() as retokenizer:
        for i, offsets in cuts.items():
            token = doc[i]
            edges = [0, *sorted(set(offsets)), len(token.text)]
            orths = [token.text[a:b] for a, b in pairwise(edges)]
            retokenizer.split(token, orths, heads=[(token, j) for j in range(len(orths))])
