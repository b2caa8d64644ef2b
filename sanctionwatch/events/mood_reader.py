"""Modality, date and sources of an event: the strongest cue on a verb and the verbs it
hangs from, the words that date the act (not those of a clause telling its own time), and
whose word the report rests on.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sanctionwatch.annotate import Annotated
from sanctionwatch.events.dates import ResolvedDate
from sanctionwatch.events.party_reader import PartyReader, _best_entity
from sanctionwatch.events.sources import (
    attributing_heads,
    chain_for,
    ordered,
    speaker_phrase,
    speakers,
)
from sanctionwatch.events.syntax import (
    SUBJECTS,
    _adjunct,
    _children,
    _first,
    _has_aux,
    _levels,
    _means_of,
    _words,
)

# clauses inside a clause that tell their own time: a relative clause describes its noun
# ("Russia, which annexed Crimea in 2014, sent ..."), a complement or aside is another
# statement ("said the deal signed in May ...")
OWN_TIME_CLAUSES = ("relcl", "ccomp", "parataxis")
# links up which an act shares the time of the clause it hangs from: "departed on Monday
# to attend", "met on Monday and signed", "the year 1948 when it recognised"
TIME_SHARING_LINKS = ("conj", "xcomp", "advcl", "relcl", "acl", "attr", "acomp")


class MoodReader(PartyReader):
    """Reads how sure, when and on whose word; a layer of :class:`~.coder.EventCoder`."""

    def _modality(self, verb: Any, sent: Any) -> tuple[str, str]:
        """The strongest cue on the verb, its auxiliaries and its governors."""
        m = self.mod
        means = _means_of(verb)
        if means is not None:  # "we will respond by scattering rubbish": the means is as
            return self._modality(means, sent)  # real as the act it is the means of
        chain = [verb, *verb.ancestors]
        # a conjunct's head is a sibling act ("accused X and warned Y"), not a governor: its
        # own verb cues (accuse, deny, say) do not frame the conjunct, its auxiliaries do
        level = _levels(chain)
        if sent.text.rstrip().endswith("?"):
            return "hypothetical", "a question"
        if self._inferred(verb):
            return "hypothetical", "'must have': inferred, not told as fact"
        backshifted = [c for c in verb.children if c.dep_ == "aux"
                       and c.text.lower() in m.get("reported_future_modals", frozenset())]
        if backshifted and verb.dep_ == "ccomp" and \
                verb.head.lemma_.lower() in m["reported_verbs"] and not any(
                    c.dep_ == "mark" and c.text.lower() in m["hypothetical_marks"]
                    for node in chain for c in node.children):
            if any(c.dep_ == "neg" for c in verb.children):
                return "denied", f"'{backshifted[0].text}' negated: an intention denied"
            return "planned", f"'{backshifted[0].text}' in reported speech: an intention"
        for i, node in enumerate(chain):
            for child in node.children:
                low = child.text.lower()
                if child.dep_ == "mark" and low in m["hypothetical_marks"]:
                    return "hypothetical", f"'{child.text}'"
                if child.dep_ == "aux" and low in m["hypothetical_modals"] and level[i] == 0 \
                        and (i == 0 or not _has_aux(verb)):
                    return "hypothetical", f"modal '{child.text}'"
            if level[i] > 0 and node.pos_ == "NOUN" and node.lemma_.lower() not in \
                    m["planned_verbs"] and any(
                    c.dep_ == "det" and c.lower_ == "no" for c in node.children):
                return "hypothetical", f"'no {node.text}': not established"
            if level[i] > 0 and node.lemma_.lower() in m["denied_verbs"]:
                return "denied", f"under '{node.text}'"
            if i == 0 and self._conditional(node) and not any(
                    c.dep_ == "aux" and c.lower_ in m["planned_modals"] for c in node.children):
                return "hypothetical", "on a condition ('if ...')"
            if i == 1 and self._reputed(node, verb):
                return "alleged", f"'{node.text}' in the passive: others' allegation"
            if i == 0 and any(c.dep_ == "neg" for c in node.children):
                return "denied", "negated"
            if node.lemma_.lower() in m["hypothetical_words"] or \
                    any(c.lemma_.lower() in m["hypothetical_words"] for c in node.children
                        if c.dep_ in ("acomp", "advmod", "attr")):
                return "hypothetical", f"'{node.text}' marks it as unknown or possible"
        for i, node in enumerate(chain):
            lemma = node.lemma_.lower()
            if level[i] > 0 and (lemma in m["alleged_verbs"] or self._accuses(node)):
                return "alleged", f"under '{node.text}'"
            if any(c.text.lower() in m["alleged_words"] for c in node.children):
                return "alleged", "'allegedly'"
            if level[i] == 0 and (i == 0 or not _has_aux(verb)) and any(
                    c.dep_ == "aux" and c.text.lower() in m["planned_modals"]
                    for c in node.children):
                return "planned", "future tense"
            if level[i] > 0 and node.lower_ in m["planned_words"] and \
                    chain[i - 1].dep_ == "xcomp":  # "is going to convene", "is due to sign"
                return "planned", f"'{node.text} to': a plan or schedule"
            if level[i] > 0 and lemma in m["planned_verbs"] and \
                    chain[i - 1].dep_ in ("xcomp", "acl", "ccomp", "pcomp", "pobj"):
                if any(c.dep_ in ("neg", "det") and c.lower_ in m["negations"]
                       for c in node.children):
                    return "denied", f"'no {node.text}': the intention is denied"
                return "planned", f"under '{node.text}'"
        if any(c.lower_ in m.get("reported_words", frozenset()) for c in verb.children):
            return "reported", "'reportedly': on others' word"
        for i, node in enumerate(chain):
            # "Expressing thanks ..., he said": an adjunct of the saying is no part of it
            if i > 0 and _adjunct(chain[i - 1]):
                break
            if level[i] > 0 and node.lemma_.lower() in m["reported_verbs"]:
                return "reported", f"under '{node.text}'"
        attributing = attributing_heads(verb, verb.sent, m["reported_verbs"])
        if attributing:
            return "reported", f"'{attributing[0].text}' attributes the sentence"
        low = sent.text.lower()
        for phrase in self.lex.reported_phrases:
            if phrase in low:
                return "reported", f"'{phrase}'"
        shown = self._documented(verb, sent)
        if shown is not None:
            return "reported", f"'{shown.text}': a document cited as the source"
        return "asserted", "no cue: stated as fact"

    def _threat_modality(self, verb: Any, sent: Any) -> tuple[str, str]:
        """A conditional threat is a threat made (gold guideline 5): asserted, or reported
        where the sentence rests on another's word ("..., an Iranian official said"); the
        speaker who voices his own threat ("Trump said he would raise tariffs if ...") makes
        it, so a verb of saying above it does not make it reported."""
        if any(c.lower_ in self.mod.get("reported_words", frozenset()) for c in verb.children):
            return "reported", "a threat made, 'reportedly'"
        attributing = [*attributing_heads(verb, verb.sent, self.mod["reported_verbs"]), *(
            h for h in verb.ancestors if h.i > verb.i and h.lemma_.lower() in
            self.mod["reported_verbs"])]  # "..., an official said" (parsed as the root)
        if attributing:
            return "reported", (f"a threat made: '{attributing[0].text}' attributes the "
                                "sentence")
        low = sent.text.lower()
        phrase = next((p for p in self.lex.reported_phrases if p in low), None)
        if phrase is not None:
            return "reported", f"a threat made, '{phrase}'"
        return "asserted", "a threat made on a condition: only what is threatened waits on it"

    def _documented(self, verb: Any, sent: Any) -> Any:
        """A document or record cited for the act ("..., satellite imagery showed", "court
        papers show that X paid"): the verb of showing, or None."""
        nouns = self.mod.get("document_nouns", frozenset())
        for head in sent:
            if head.lemma_.lower() not in self.mod.get("document_verbs", frozenset()) or \
                    head.i == verb.i:
                continue
            subject = _first(_children(head, ("nsubj",)))
            if subject is None or subject.lemma_.lower() not in nouns:
                continue
            if head in verb.ancestors or (head.dep_ in ("parataxis", "ROOT") and head.i > verb.i
                                          and verb not in head.subtree) or (
                    head.dep_ == "parataxis" and head.head in (verb, *verb.ancestors)):
                return head
        return None

    def _date(self, verb: Any, sent: Any, pub: date | None, modality: str,
              goods: bool = False) -> tuple[str | None, str | None, list[str]] | None:
        """The date told for the act: in its own clause, else in the clauses it hangs from
        ("departed on Monday to attend", "met on Monday and signed"), else the publication
        month for a past event. None when the sentence dates the act years before the story
        (history told as background, not an event); a transfer of goods stays news for
        longer (``goods_history_years``)."""
        told = modality in ("asserted", "reported", "alleged")
        limit = self.goods_history_years if goods else self.history_years
        for tokens, where in _date_scopes(verb, sent, self.commemorative):
            words = _words(tokens)
            if told and self.history_phrases is not None and \
                    self.history_phrases.search(words.lower()):
                return None  # "in the past, when disasters occurred, they sent": history
            found = self.dates.resolve(words, pub)
            if found is None:
                continue
            if told and found.years_before(pub) > limit:
                return None  # "supported it during the war in 1950": history, not news
            return found.value, found.precision, [f"date from '{found.text}'{where}"]
        if pub is not None and told and verb.tag_ in ("VBD", "VBN"):
            report = self._report_date(verb, pub)
            if report is not None:
                if report.years_before(pub) > limit:
                    return None  # "a panel reported in 2009 that X shipped arms": history
                # the act is older still: no finer than the report's month
                precision = "year" if report.precision == "year" else "month"
                return report.value[:4 if precision == "year" else 7], precision, [
                    f"no date of its own: told by a report dated '{report.text}', so no "
                    f"later than that"]
            return f"{pub.year:04d}-{pub.month:02d}", "month", [
                "no date in the sentence: a past act reported that month"]
        return None, None, []

    def _report_date(self, verb: Any, pub: date) -> ResolvedDate | None:
        """The date of the report an undated act is told by ("a UN panel reported last year
        that tankers delivered"), where it lies before the story's month: the act happened
        by then."""
        head = verb.head
        if verb.dep_ != "ccomp" or head.lemma_.lower() not in self.mod["reported_verbs"]:
            return None
        found = self.dates.resolve(_words(_own_clause(head, -1, verb.i, self.commemorative)),
                                   pub)
        if found is None or found.value[:7] >= f"{pub.year:04d}-{pub.month:02d}":
            return None
        return found

    def _sources(self, ann: Annotated, sent: Any, verb: Any) -> list[str]:
        """Outermost first: the wire credit, then whom the sentence itself names as its
        source (a speaker, an agency), going on along the story's citation chain where
        that source is a link of it; the story's whole chain when the sentence names none."""
        canonical = self.agencies.canonical
        named: list[tuple[str, list[str]]] = []  # (a source, what it cites), canonical names
        for speaker, cited in speakers(verb, sent, self.mod["reported_verbs"]):
            name = self._speaker(ann, speaker)
            if name:  # what it cites is spelled canonically by ``ordered`` below
                named.append((canonical(name) or name,
                              [c for c in (self._speaker(ann, t) for t in cited) if c]))
        if not named:
            named = [(m.agency.canonical, []) for m in
                     self.agencies.find(ann.document.text, sent.start_char, sent.end_char)]
        chain = ordered(list(ann.document.cited_sources), canonical)
        return ordered([*ann.document.wire, *chain_for(named, chain)], canonical)

    def _speaker(self, ann: Annotated, token: Any) -> str | None:
        """A source's name: the entity its head names, an agency named in its phrase, or
        the phrase as written ("a UN panel of experts"); a pronoun only as what it stands
        for."""
        if token.pos_ == "PRON":
            party = self._pronoun(ann, token)
            entity = ann.entity(party.entity) if party is not None else None
            return entity.name if entity is not None else None
        entity = ann.entity_at(token.idx, token.idx + len(token.text))
        if entity is None:  # "the defence minister Shin Won-sik": the person the title heads
            named = [c for c in token.rights if c.dep_ in ("compound", "flat", "appos")]
            entity = _best_entity([e for c in named for _, e in ann.mentions_in(
                c.left_edge.idx, c.right_edge.idx + len(c.right_edge.text))
                if e.schema == "Person"])
        if entity is not None:
            return entity.name
        left = token.left_edge.idx
        right = token.right_edge.idx + len(token.right_edge.text)
        agency = next(iter(self.agencies.find(ann.document.text, left, right)), None)
        return agency.agency.canonical if agency is not None else speaker_phrase(token)


def _date_scopes(verb: Any, sent: Any,
                 commemorative: frozenset[str]) -> list[tuple[list[Any], str]]:
    """The words that may date an act, nearest first: its own clause, then each clause it
    hangs from (a conjunct in the present does not share a past head's time; a relative
    clause shares only a time noun's, "the year 1948 when ...", or its predicate's, "was the
    first to recognise"). A dateline is the story's date, never the act's."""
    dash = next((t.i for t in sent if t.i < verb.i and (t.text in ("--", "—", "–") or (
        t.text == "-" and t.i > 0 and t.nbor(-1).text == ")"))), -1)
    scopes = [(_own_clause(verb, dash, -1, commemorative), "")]
    node = verb
    for _ in range(5):
        head = node.head
        if head.i == node.i or node.dep_ not in TIME_SHARING_LINKS:
            break
        infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children)
        if node.dep_ in ("relcl", "acl") and head.ent_type_ != "DATE" and not infinitive:
            break  # "the city where they met": a place; "the year when": a time; but "was
            # the first to recognise" is the clause's own predicate
        if node.dep_ == "conj" and node.tag_ in ("VBZ", "VBP") and head.tag_ in ("VBD", "VBN"):
            break  # "invaded in 2003 and now sells arms": the present is now, not then
        scopes.append((_own_clause(head, dash, node.i, commemorative),
                       f" (on '{head.text}')"))
        node = head
    return scopes


def _own_clause(head: Any, dash: int, skip: int, commemorative: frozenset[str]) -> list[Any]:
    """A word's subtree without the branch ``skip``, without clauses telling their own time,
    without what an anniversary commemorates and without the dateline, in text order."""
    out: list[Any] = []
    stack = [head]
    while stack:
        tok = stack.pop()
        if tok.i > dash:
            out.append(tok)
        if tok.lemma_.lower() in commemorative and tok.i != head.i:
            continue  # "on the 71st anniversary of the victory in the war"
        for child in tok.children:
            if child.i == skip or child.dep_ in OWN_TIME_CLAUSES or (
                    child.dep_ == "conj" and child.pos_ in ("VERB", "AUX")
                    and any(c.dep_ in SUBJECTS for c in child.children)):
                continue
            stack.append(child)
    return sorted(out, key=lambda t: t.i)
