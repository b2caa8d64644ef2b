"""Shared state of the event coder: the lexicons, the date resolver, and the history and
modality settings read once from them, plus the two small readings every layer uses (the
story's home country, whether a word names people).

The coder is a linear chain of layers, each using only itself and the layers below it:
:class:`CoderBase` -> :class:`~.item_reader.ItemReader` -> :class:`~.verb_tests.VerbTests`
-> :class:`~.party_reader.PartyReader` -> :class:`~.mood_reader.MoodReader` ->
:class:`~.noun_rules.NounRules` -> :class:`~.coder.EventCoder`.
"""

from __future__ import annotations

import re
from typing import Any

from sanctionwatch.annotate import Annotated
from sanctionwatch.events.dates import DateResolver
from sanctionwatch.events.lexicon import Lexicon
from sanctionwatch.events.parties import anaphoric_noun
from sanctionwatch.extract.agencies import AgencyIndex


class CoderBase:
    """The lexicons and the settings read from them; no document state."""

    def __init__(self, lexicon: Lexicon, agencies: AgencyIndex) -> None:
        self.lex = lexicon
        self.agencies = agencies
        self.dates = DateResolver(lexicon.dates)
        # what an anniversary commemorates dates nothing; acts dated this many years before
        # the story are history
        self.commemorative = frozenset(str(w) for w in lexicon.dates.get("commemorative_nouns")
                                       or [])
        self.history_years = int(lexicon.dates.get("history_years", 0) or 0)
        self.goods_history_years = int(lexicon.dates.get("goods_history_years", 0)
                                       or self.history_years)
        self.history_phrases = _history_pattern(
            str(p).lower() for p in lexicon.dates.get("history_phrases") or [])
        self.mod = lexicon.modality
        # "would / will impose" in a threat's content; verbs whose object is not yet done
        self.irrealis_modals = self.mod["planned_modals"] | self.mod["hypothetical_modals"]
        self.unfulfilled_verbs = self.mod["planned_verbs"] | self.mod.get(
            "permission_verbs", frozenset()) | {"approve"}
        from rigour.territories import lookup_territory

        lookup_territory("")  # the territory table loads once here, not inside a document

    def _home_country(self, ann: Annotated) -> str | None:
        """The state of a state news agency whose own copy this is (KCNA -> kp): the
        provinces, ministries, "we" and "I" of its stories are that state's."""
        for name in ann.document.wire:
            agency = self.agencies.get(name)
            if agency is not None and agency.state and agency.country:
                return agency.country.lower()
        return None

    def _is_people(self, token: Any) -> bool:
        """A named person or group, a noun for people ("the prisoners") or a state's
        government ("held by the Afghan government")."""
        if token is None:
            return False
        return token.ent_type_ in ("PERSON", "NORP", "ORG", "GPE") or \
            token.lemma_.lower() in self.lex.people_nouns or anaphoric_noun(token)


def _history_pattern(phrases: Any) -> re.Pattern[str] | None:
    """The history phrases as whole phrases: "in the past" but not "in the past week" or
    "in the past 24 hours", "long ago" but not "not long ago"."""
    alts = "|".join(re.escape(p) for p in phrases)
    if not alts:
        return None
    return re.compile(rf"(?<!\bnot )\b(?:{alts})\b(?!\s+(?:few|several|\d|one|two|three|"
                      r"week|month|year|day|hour|decade|century|centuries))")
