"""Meta description proposals: one or two whole sentences of the article.

A search result shows the description alone, so it must stand alone:

- it is made of whole sentences, one or two consecutive ones of one paragraph, of
  `min_chars`–`max_chars` characters (MET002) where such exist;
- its first sentence stands on its own: it does not open on a connector or a pronoun
  that points back to what came before (« Mais », « Donc », « En effet », « Il »…), nor
  on a dateline (« 4 juillet 2012. - Québec - »), and it is a sentence (a verb, a final
  punctuation mark, balanced guillemets), not a caption or a line of debris;
- among those, the best holds the article's keywords (YAKE ranks), the nouns of its
  title and the keyphrase, and comes early (the introduction says what the page is about).

When no pair of whole sentences fits, the single best sentence shorter than
`min_chars` is proposed (a short description beats a cut one), else a longer sentence
cut at a clause boundary (comma, semicolon, colon, dash) with « … », else — so that
every article gets a proposal — its best sentence cut at a word boundary.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..article import AnnotatedArticle
from ..lang.fr import fold
from .limits import Limits
from .meta import Candidate, coverage, keyphrase_position, keyword_weights

ELLIPSIS = "…"
#: What each noun of the author's title found in a sentence adds to its score.
TITLE_WORD = 0.25
#: A sentence from a list item weighs this share of one from a paragraph.
LIST_ITEM = 0.5

#: Openers that point back to the previous sentence: a description must not need it.
BACK_POINTING = frozenset("""
mais et or donc ainsi car puis ensuite cependant pourtant toutefois neanmoins aussi enfin
bref sinon d'ailleurs d'autant cela ceci ca c'est c'etait il elle ils elles celui celle ceux
celles celui-ci celle-ci ceux-ci leur eux voila
""".split())
BACK_POINTING_PHRASES = (
    "en effet", "tout simplement", "parce que", "par consequent", "de plus", "en outre", "c'est pourquoi",
    "par ailleurs", "en revanche", "au contraire", "de meme", "du coup", "quant a", "ce dernier",
    "cette derniere", "ces derniers", "ces dernieres", "a cet egard", "dans ce cas", "dans ce cadre",
    "pour cela", "pour ce faire", "c'est ainsi", "c'est la", "a ce titre", "de ce fait", "en tout cas",
    "apres cela", "suite a cela", "a l'inverse", "n'empeche", "pas seulement", "non seulement",
    "c'est pour cela", "c'est aussi", "c'est donc", "d'autre part", "en somme", "au final",
    "en ce sens", "dans ce sens", "a ce moment", "a cette epoque", "de son cote", "pour sa part",
    "le lendemain", "la veille", "entre-temps", "depuis lors", "a partir de la", "dans la foulee",
    "et puis", "ce n'est pas",
)
_TIME_NOUNS = frozenset("matin soir midi week-end semaine mois annee an ete hiver printemps automne jour "
                        "lundi mardi mercredi jeudi vendredi samedi dimanche".split())
#: « Alors que les troupes… » opens a subordinate clause, not a back reference.
_ALORS_QUE = re.compile(r"^alors\s+qu", re.IGNORECASE)
DATELINE = re.compile(
    r"^\s*(?:\d{1,2}(?:er)?\s+\w+\s+\d{4}|\d{4}-\d{2}-\d{2}|"                # 4 juillet 2012
    r"[A-ZÉÈÀ][\w'’\-]*(?:\s[A-ZÉÈÀ(][\w'’\-)]*){0,3}\s*[-–—]\s)",           # Québec - / PARIS (AFP) -
    re.UNICODE)
_CLAUSE_BREAK = re.compile(r"(?<=\S)(,|;|:|\s[–—-])\s")


def _words(text: str) -> list[str]:
    return re.sub(r"[,;:.!?«»\"“”()\[\]]", " ", fold(text)).split()


def points_back(text: str) -> bool:
    """The sentence opens on a connector or pronoun that needs the previous sentence."""
    if _ALORS_QUE.match(text.strip()):
        return False
    words = _words(text)
    if not words or words[0] in BACK_POINTING:
        return True
    if words[0] == "alors" and (len(words) < 2 or words[1] != "que"):
        return True
    if words[0] in ("ce", "cet", "cette", "ces") and (len(words) < 2 or words[1] not in _TIME_NOUNS):
        return True  # « Ces données sont stockées… »: which data? (« Cette année » stands alone)
    if re.match(r"^(?:\w+ )?(?:jours?|semaines?|mois|ans|annees?|heures?|minutes?) plus (?:tard|tot)\b",
                " ".join(words[:5])):
        return True  # « Deux mois plus tard »
    head = " ".join(words[:4]) + " "
    return any(head.startswith(p + " ") for p in BACK_POINTING_PHRASES)


def is_dateline(text: str) -> bool:
    return bool(DATELINE.match(text))


def _balanced(text: str) -> bool:
    return text.count("«") == text.count("»") and text.count("(") == text.count(")") and text.count('"') % 2 == 0


@dataclass(frozen=True)
class _Sentence:
    text: str
    span: object
    block_order: int
    opener_ok: bool    # may open a description
    whole: bool        # ends as a sentence


def _sentence_ok(text: str, span) -> tuple[bool, bool]:
    """(may open a description, is a whole sentence)."""
    stripped = text.strip()
    whole = stripped[-1:] in ".!?…" or (stripped.endswith("»") and stripped[-2:-1] in ".!?…")
    has_verb = any(t.pos_ in ("VERB", "AUX") for t in span)
    starts = stripped[:1].isupper() or stripped[:1].isdigit() or stripped.startswith("«")
    opener = (whole and has_verb and starts and not points_back(stripped) and not is_dateline(stripped)
              and len(stripped.split()) >= 5)
    return opener, whole and has_verb


def _sentences(annotated: AnnotatedArticle) -> list[list[_Sentence]]:
    """The body's sentences, grouped by paragraph, in reading order."""
    body = [b for b in annotated.article.blocks if b.kind in ("paragraph", "list_item")]
    order = {id(b): i for i, b in enumerate(body)}
    groups: dict[int, list[_Sentence]] = {}
    for sentence in annotated.body_sentences:
        if id(sentence.block) not in order:
            continue
        text = " ".join(sentence.text.replace("\u00ad", "").split())
        if not text:
            continue
        opener, whole = _sentence_ok(text, sentence.span)
        index = order[id(sentence.block)]
        groups.setdefault(index, []).append(_Sentence(text, sentence.span, index, opener, whole))
    return [groups[i] for i in sorted(groups)]


def clause_cut(text: str, limit: int, floor: int) -> str | None:
    """`text` cut after its last clause boundary that leaves `floor`–`limit` characters
    with « … », or None. Never inside guillemets or brackets."""
    best = None
    for match in _CLAUSE_BREAK.finditer(text):
        head = text[: match.start()].rstrip(" ,;:–—-")
        if len(head) + len(ELLIPSIS) > limit:
            break
        if len(head) >= floor and _balanced(head):
            best = head + ELLIPSIS
    return best


def word_cut(text: str, limit: int) -> str:
    """The last resort: `text` cut at a word boundary so that it fits with « … »."""
    if len(text) <= limit:
        return text
    room = text[: limit - len(ELLIPSIS) + 1]
    space = room.rfind(" ")
    head = room[:space] if space > 0 else room[: limit - len(ELLIPSIS)]
    return head.rstrip(" ,;:–—-«\u00a0\u202f") + ELLIPSIS


def description_candidates(annotated: AnnotatedArticle, keyphrase: str | None, keywords,
                           limits: Limits) -> list[Candidate]:
    """Proposals, best first; never empty for an article with any sentence."""
    low, high = limits.description_min_chars, limits.description_max_chars
    weights = keyword_weights(keywords)
    groups = _sentences(annotated)
    body = [b for b in annotated.article.blocks if b.kind in ("paragraph", "list_item")]
    kinds = {i: b.kind for i, b in enumerate(body)}

    from .headings import lemma_of

    title = annotated.article.title
    title_words = frozenset(lemma_of(t) for t in annotated.block_span(title)
                            if t.pos_ in ("NOUN", "PROPN")) if title is not None else frozenset()

    def score(text: str, spans: list, block_order: int) -> float:
        lemmas = tuple(lemma_of(t) for span in spans for t in span if not t.is_punct)
        value = coverage(lemmas, weights)
        value += TITLE_WORD * len(title_words.intersection(lemmas))  # the author's subject
        if keyphrase_position(text, keyphrase) is not None:
            value = 2.0 * value + 1.0
        if block_order < 2:
            value *= 1.5
        if text.startswith("«"):
            value *= 0.8
        if kinds.get(block_order) == "list_item":
            value *= LIST_ITEM  # an item of a list leans on the list's lead-in
        return round(value, 6)

    tiers: list[dict[str, float]] = [{}, {}, {}, {}]
    for group in groups:
        for i, first in enumerate(group):
            if not first.opener_ok:
                continue
            runs = [(first.text, [first.span])]
            if i + 1 < len(group) and group[i + 1].whole:
                runs.append((f"{first.text} {group[i + 1].text}", [first.span, group[i + 1].span]))
            for text, spans in runs:
                if not _balanced(text):
                    continue
                value = score(text, spans, first.block_order)
                if low <= len(text) <= high:
                    tiers[0].setdefault(text, value)
                elif len(text) < low and len(spans) == 1:
                    # a short whole sentence: the longer the better, up to `low`
                    tiers[1].setdefault(text, value * len(text) / low)
            if len(first.text) > high:
                cut = clause_cut(first.text, high, low * 2 // 3)
                if cut:
                    tiers[2].setdefault(cut, score(cut, [first.span], first.block_order))
    for group in groups:  # nothing stands alone: the best sentence, however it opens
        for sentence in group:
            if sentence.whole:
                text = sentence.text if len(sentence.text) <= high else (
                    clause_cut(sentence.text, high, low // 2) or word_cut(sentence.text, high))
                tiers[3].setdefault(text, score(text, [sentence.span], sentence.block_order))
    if not any(tiers) and groups:
        first = groups[0][0]
        tiers[3][word_cut(first.text, high)] = 0.0
    ranked: list[Candidate] = []
    seen: set[str] = set()
    for level, tier in enumerate(tiers):
        for text, value in sorted(tier.items(), key=lambda item: (-item[1], item[0])):
            if text not in seen:
                seen.add(text)
                ranked.append(Candidate(text, value, level))
    return ranked
