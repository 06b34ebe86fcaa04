"""Finding the focus keyphrase in the text, the title, the description, headings, slug and alts.

One matcher for every place, French-aware. The decisions, in order:

- **Units.** Text is cut into word units at spaces, apostrophes and hyphens, whatever
  their spelling: « l’orage », « l'orage » and « l orage » give the same units, as do
  « porte-parole », « porte‑parole » (non-breaking hyphen) and « porte parole », and the
  slug « amenagement-de-l-enclos » gives « amenagement de l enclos ».
- **Word equality.** Two units are the same word when they share a key: the folded form
  (lower case, no accents, « œ » = « oe »), the folded spaCy lemma when the text was
  parsed (article text, title, description, headings, and the keyphrase itself), or a
  light stem (final s/x, then final e, then a doubled n/l/t dropped) for words of four
  letters or more. So « responsables américains » = « responsable américain »,
  « européenne » = « européen », « chevaux » = « cheval » (by lemma), « Élysée » =
  « elysee ». The slug and alt texts are not parsed: they match by form and stem.
- **Function words are optional.** The keyphrase's function words (articles,
  prepositions, conjunctions, pronouns, « être »/« avoir », elided forms; see
  `lang.fr.FUNCTION_WORDS`) need not appear, and up to `MAX_GAP` function words of
  the text may sit between two content words: « canal de retour » matches « canal
  retour », « canaux de retour » and the slug « canal-retour-biden-russie ».
- **Content words are required, in order, with nothing else between them**: « politique
  de défense » does NOT match « politique européenne de défense » (the adjective makes
  it another, narrower subject) nor « défense de la politique ». This is stricter than
  Yoast SEO, which accepts the keyphrase's words anywhere in one sentence; it avoids
  counting sentences that merely mention both words.
- **Punctuation breaks a match**: « canal, de retour » is not an occurrence.
- A keyphrase made only of function words (rare) requires all of its words.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from ..lang.fr import ELISIONS, WORD_PART, fold, is_function_word

if TYPE_CHECKING:
    from spacy.tokens import Span

    from ..article import AnnotatedArticle

#: Function words of the text allowed between two content words of the keyphrase.
MAX_GAP = 3


def stem(folded: str) -> str:
    """A light French stem for plural and feminine: « americaines » → « americain »."""
    word = folded
    if len(word) < 4:
        return word
    if word[-1] in "sx" and len(word) > 4:
        word = word[:-1]
    if word.endswith("e") and len(word) > 3:
        word = word[:-1]
    if len(word) > 3 and word[-1] == word[-2] and word[-1] in "nlt":
        word = word[:-1]
    return word


@dataclass(frozen=True)
class Unit:
    """One word of a text (or a punctuation break), with its character range in that text."""

    keys: frozenset[str]
    function: bool
    start: int
    end: int
    punct: bool = False


def _word_keys(folded: str, lemma: str | None = None) -> frozenset[str]:
    """Forms and lemmas compare with forms and lemmas, stems (marked « ~ ») with stems
    only: « course » (stem « cours ») is not « cours » (stem « cour »)."""
    keys = {folded, "~" + stem(folded)}
    if lemma:
        folded_lemma = fold(lemma).strip("'")
        folded_lemma = ELISIONS.get(folded_lemma, folded_lemma)
        keys |= {folded_lemma, "~" + stem(folded_lemma)}
    return frozenset(keys)


def _plain_units(text: str, base: int = 0) -> list[Unit]:
    units: list[Unit] = []
    folded = fold(text)
    position = 0
    for match in WORD_PART.finditer(folded):
        between = folded[position:match.start()]
        if any(c not in " '-\u00a0\u202f\t\n" for c in between) and units:
            units.append(Unit(frozenset(), False, base + position, base + match.start(), True))
        word = match.group()
        units.append(Unit(_word_keys(word), is_function_word(word), base + match.start(),
                          base + match.end()))
        position = match.end()
    return units


def text_units(text: str) -> list[Unit]:
    """Units of an unparsed text (slug, alt text): forms and stems only.

    `fold` keeps the length of most texts; when it does not (« œ », soft hyphens), the
    offsets are those of the folded text, which only matters for locating a match.
    """
    return _plain_units(text)


#: `Doc.user_data` key of the units already computed for a span of that doc.
_UNITS_KEY = "seo_audit.span_units"


def span_units(span: "Span", base: int | None = None) -> Sequence[Unit]:
    """Units of a parsed span, offsets relative to `base` (default: the span's start).

    Kept in the doc for its life: the same span (a whole paragraph) is searched for every
    candidate keyphrase, and computing its units each time made the suggestion grow with
    the paragraph's length times the number of candidates (13 s on a 250 KB paragraph)."""
    base = span.start_char if base is None else base
    cache = span.doc.user_data.setdefault(_UNITS_KEY, {})
    key = (span.start, span.end, base)
    if key not in cache:
        cache[key] = tuple(_span_units(span, base))
    return cache[key]


def _span_units(span: "Span", base: int) -> list[Unit]:
    units: list[Unit] = []
    for token in span:
        if token.is_space:
            continue
        start = token.idx - base
        if token.is_punct and not WORD_PART.search(token.text):
            if token.text not in ("'", "’", "-"):
                units.append(Unit(frozenset(), False, start, start + len(token), True))
            continue
        folded = fold(token.text)
        parts = list(WORD_PART.finditer(folded))
        if len(parts) == 1 and parts[0].group() == folded.strip("'"):
            word = parts[0].group()
            lemma = None if token.text.startswith("-") else token.lemma_
            units.append(Unit(_word_keys(word, lemma), is_function_word(word), start,
                              start + len(token)))
        else:
            units.extend(_plain_units(token.text, start))
    return units


@dataclass(frozen=True)
class Pattern:
    """A compiled keyphrase: the units to find, content words first-class."""

    phrase: str
    units: tuple[Unit, ...]

    @property
    def required(self) -> tuple[Unit, ...]:
        content = tuple(u for u in self.units if not u.function and not u.punct)
        return content or tuple(u for u in self.units if not u.punct)

    @property
    def content_words(self) -> int:
        return sum(1 for u in self.units if not u.function and not u.punct)


@lru_cache(maxsize=256)
def compile_keyphrase(phrase: str) -> Pattern:
    """Parse the keyphrase with the project's spaCy pipeline (for lemmas) once per phrase."""
    from ..nlp import current

    nlp = current()
    # lemmas need the tagger, not the parser nor the entity recogniser
    doc = nlp(phrase.strip(), disable=[p for p in ("parser", "ner") if p in nlp.pipe_names])
    return Pattern(phrase, tuple(span_units(doc[:], 0)))


def find(pattern: Pattern, units: Sequence[Unit]) -> list[tuple[int, int]]:
    """Non-overlapping occurrences of the pattern: (start, end) character ranges."""
    required = pattern.required
    if not required:
        return []
    found: list[tuple[int, int]] = []
    i = 0
    while i < len(units):
        if units[i].punct or not (units[i].keys & required[0].keys):
            i += 1
            continue
        j, ok = i, True
        for wanted in required[1:]:
            j += 1
            gap = 0
            while j < len(units) and units[j].function and not (units[j].keys & wanted.keys) \
                    and gap < MAX_GAP:
                j += 1
                gap += 1
            if j >= len(units) or units[j].punct or not (units[j].keys & wanted.keys):
                ok = False
                break
        if ok:
            found.append((units[i].start, units[j].end))
            i = j + 1
        else:
            i += 1
    return found


def find_in_text(pattern: Pattern, text: str) -> list[tuple[int, int]]:
    return find(pattern, text_units(text))


def find_in_span(pattern: Pattern, span: "Span", base: int | None = None) -> list[tuple[int, int]]:
    return find(pattern, span_units(span, base))


def block_occurrences(annotated: "AnnotatedArticle", phrase: str) -> dict[int, list[tuple[int, int]]]:
    """Occurrences in each block of the annotated article (title and description included),
    keyed by the block's index in `annotated.blocks`; offsets are in the block's text."""
    pattern = compile_keyphrase(phrase)
    found: dict[int, list[tuple[int, int]]] = {}
    for index, block in enumerate(annotated.blocks):
        start = annotated.block_starts[index]
        span = annotated.doc.char_span(start, start + len(block.text), alignment_mode="expand")
        if span is not None:
            found[index] = find_in_span(pattern, span, start)
    return found
