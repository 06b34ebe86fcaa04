"""What the meta title and description proposals share: candidates and their scoring.

The proposals themselves are in `title.py` (the author's title, shortened by deletion
only) and `description.py` (whole sentences of the article); both take their limits
from the resolved rule set (`limits.py`).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Candidate:
    text: str
    score: float
    tier: int = 0   # 0: what the rules ask for; higher: a fallback (shorter, cut)


def keyword_weights(keywords) -> dict[str, float]:
    """The article's keywords by lemma, weighted by the inverse of their YAKE rank."""
    return {k.lemma: 1.0 / k.rank for k in keywords}


def coverage(lemmas: tuple[str, ...], weights: dict[str, float]) -> float:
    """Summed weight of the keywords whose lemmas occur, in order, in `lemmas`."""
    total = 0.0
    for key, weight in weights.items():
        parts = tuple(key.split())
        n = len(parts)
        if any(lemmas[i : i + n] == parts for i in range(len(lemmas) - n + 1)):
            total += weight
    return total


def keyphrase_position(text: str, keyphrase: str | None) -> float | None:
    """Where the keyphrase starts, as a share of the text's length (None: absent)."""
    if not keyphrase:
        return None
    from ..measures.keyphrase import compile_keyphrase, find_in_text

    found = find_in_text(compile_keyphrase(keyphrase), text)
    return found[0][0] / max(len(text), 1) if found else None


def mission_lemmas(annotated) -> frozenset[str]:
    """Folded lemmas of the content words of the front matter's `mission:` (beta.gouv.fr),
    the author's own one-line summary: what the page is about, in the author's words.
    Parsed once per article: the description and the meta title both read it."""
    return annotated.derived("outline.mission_lemmas", _mission_lemmas)


def _mission_lemmas(annotated) -> frozenset[str]:
    article = annotated.article
    mission = article.front_matter.get("mission") if isinstance(article.front_matter, dict) else None
    if not isinstance(mission, str) or not mission.strip():
        return frozenset()
    from .alone import parsed_alone
    from .headings import lemma_of

    return frozenset(lemma_of(t) for t in parsed_alone(annotated, " ".join(mission.split()))
                     if t.pos_ in ("NOUN", "PROPN", "ADJ", "VERB") and not t.is_stop)
