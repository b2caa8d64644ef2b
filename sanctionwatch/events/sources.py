"""Whose word an event rests on, read from the sentence that tells it.

A story's citation chain (``Document.cited_sources``, found by the extract stage) belongs
to the sentences that carry no attribution of their own. A sentence that names its speaker
("..., South Korea's defence minister said", "according to the UN panel", "as told by
Yonhap") rests on that speaker, not on whatever agency another paragraph quoted; the
chain goes on only where the speaker is one of its links ("Yonhap reported, citing state
media": Yonhap, then the state media the story's chain names).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

# the phrase naming an unlinked speaker is cut to this many words ("a senior official
# of the ministry who spoke on condition of anonymity": the head and its near words)
MAX_SPEAKER_WORDS = 8


def attributing_heads(verb: Any, sent: Any, reported_verbs: frozenset[str]) -> list[Any]:
    """Main-clause reporting verbs after ``verb`` that attribute its sentence ("Y supplied
    Z, X said"), in text order; not a subjectless participle that elaborates in the actor's
    own voice ("..., saying the hostages had suffered")."""
    return [head for head in sent if head.lemma_.lower() in reported_verbs and head.dep_ in (
        "ROOT", "parataxis", "advcl") and head.i > verb.i and verb not in head.subtree
        and not elaboration(head)]


def elaboration(head: Any) -> bool:
    """"..., saying the hostages had suffered": a subjectless participle adjunct elaborates
    its main clause in the actor's own voice; it attributes nothing to another source."""
    return head.dep_ == "advcl" and head.tag_ == "VBG" and not any(
        c.dep_ in ("nsubj", "csubj") for c in head.children)


def reporting_heads(verb: Any, sent: Any, reported_verbs: frozenset[str]) -> list[Any]:
    """The reporting verbs that frame ``verb``: the ones it hangs from ("X said that Y
    supplied"), then a main-clause one that follows it ("Y supplied Z, X said")."""
    heads = [node for node in verb.ancestors if node.lemma_.lower() in reported_verbs]
    return heads + [h for h in attributing_heads(verb, sent, reported_verbs)
                    if h not in heads]


def speakers(verb: Any, sent: Any,
             reported_verbs: frozenset[str]) -> list[tuple[Any, list[Any]]]:
    """Who the sentence says the act rests on, outermost first, each with what it cites:
    the subject of a framing reporting verb or the agent of a passive one ("as told by X"),
    with the object of its "citing"/"quoting" clause ("X reported, citing state media"),
    and the object of "according to"."""
    found: list[tuple[Any, list[Any]]] = []
    for head in reporting_heads(verb, sent, reported_verbs):
        cited = [obj for clause in head.children if clause.dep_ == "advcl"
                 and clause.lemma_.lower() in ("cite", "quote")
                 for obj in clause.children if obj.dep_ == "dobj"]
        found += [(speaker, cited) for speaker in _speaker_of(head)]
    for token in sent:
        if token.lower_ == "according":
            found += [(obj, []) for prep in token.children if prep.lower_ == "to"
                      for obj in prep.children if obj.dep_ == "pobj"]
    unique: dict[int, tuple[Any, list[Any]]] = {}
    for speaker, cited in found:
        unique.setdefault(speaker.i, (speaker, cited))
    return list(unique.values())


def _speaker_of(head: Any) -> list[Any]:
    subjects = [c for c in head.children if c.dep_ == "nsubj"]
    if subjects:
        return subjects
    return [obj for agent in head.children if agent.dep_ == "agent"
            for obj in agent.children if obj.dep_ == "pobj"]


def speaker_phrase(token: Any) -> str:
    """An unlinked speaker as written: the noun phrase, without its clauses."""
    words = [t for t in token.subtree if not _in_speaker_clause(t, token)]
    if len(words) > MAX_SPEAKER_WORDS:
        words = [t for t in words if t.i <= token.i][-MAX_SPEAKER_WORDS:]
    return "".join(t.text_with_ws for t in words).strip(" ,")


def _in_speaker_clause(token: Any, head: Any) -> bool:
    node = token
    while node.i != head.i:
        if node.dep_ in ("relcl", "acl", "advcl", "appos", "punct", "cc", "conj"):
            return True
        node = node.head
    return False


def chain_for(own: list[tuple[str, list[str]]], chain: list[str]) -> Iterator[str]:
    """The sentence's own sources, each followed by the links of the story's chain that it
    cites in turn (or, off the chain, by what the sentence says it cites); the whole chain
    when the sentence names no source."""
    if not own:
        yield from chain
        return
    for name, cited in own:
        yield name
        yield from chain[chain.index(name) + 1:] if name in chain else cited


def ordered(names: list[str], canonical: Callable[[str], str | None]) -> list[str]:
    """Names in their canonical spelling, each once, first telling first."""
    out: list[str] = []
    for name in names:
        name = canonical(name) or name
        if name and name not in out:
            out.append(name)
    return out
