"""Keywords: YAKE over the parsed text, then cleaned for French.

How YAKE 0.7 reads French, checked in its source (`yake/data/utils.py`, `core.py`):
it tokenises with segtok's `web_tokenizer`, which keeps an elision glued to its word
(« l’Ukraine », « qu’il », « d’ici » are one token each, and « L’Ukraine » and
« l'Ukraine » two different terms); guillemets « » are words to it (not in
`string.punctuation`), tagged « unusual » and discarded, so they don't break a
candidate the way a comma does; it replaces every newline by a space, so blocks without
final punctuation (titles, headings) run into the next one. Its camelCase arguments
(`dedupLim`, `windowsSize`) are silently ignored since 0.6: only `dedup_lim`,
`dedup_func`, `window_size`, `top`, `n`, `lan` are read.

So YAKE is not fed the raw text but the spaCy tokens of the article, one sentence per
line ending in « . »: elided words are written out in full (« l’ » → « le », a stop
word for YAKE), apostrophes made straight, clitics « -t-il » → « il », and every other
punctuation mark written « , » or « . ». Each YAKE candidate is then found back among
the spaCy tokens (lemmas, parts of speech, entities) and cleaned:

1. dropped when it starts or ends with a function word, an adverb, a verb or an
   auxiliary (« déclaré Ian », « a annoncé »);
2. a candidate inside a named entity becomes the whole entity (« Bremmer » → « Ian
   Bremmer »); one that straddles an entity's edge is dropped;
3. de-duplicated by lemma, keeping the best score (« responsables américains » and
   « responsable américain » are one);
4. written with proper nouns, entities and acronyms in their case, the rest in lower case.

Scores are YAKE's (lower is better); ranks start at 1.
"""

from __future__ import annotations

import re

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Union

from ..lang.fr import ELISIONS, WORD_PART, fold, is_function_word
from ..lang.fr.dates import CALENDAR_WORDS
from ..nlp import ENTITY_CHARS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from ..article import AnnotatedArticle

#: YAKE's n-gram size: keyphrases of up to three words.
NGRAM = 3
#: How many raw YAKE candidates to clean for each keyword wanted (cleaning drops many).
OVERSAMPLE = 4
_SENTENCE_END = {".", "!", "?", "…", "...", "?!", "!?"}
_BAD_EDGE_POS = {"VERB", "AUX", "ADP", "DET", "PRON", "CCONJ", "SCONJ", "PART", "ADV",
                 "PUNCT", "SYM", "INTJ", "SPACE", "X"}
_ENTITY_LABELS = {"PER", "ORG", "LOC", "MISC"}
_MAX_ENTITY_TOKENS = 4
#: YAKE reads at most this many characters of a text (an article, a block): its cost
#: grows with the text and a huge article says what it is about long before its end. The
#: same bound as the part of an article whose entities are known (`nlp.ENTITY_CHARS`):
#: every real article is read whole.
KEYWORD_CHARS = ENTITY_CHARS


@dataclass(frozen=True)
class Keyword:
    text: str      # as shown: proper nouns in their case, the rest in lower case
    score: float   # YAKE's score, lower is better
    rank: int      # 1 = best
    count: int     # occurrences in the text analysed
    lemma: str     # folded lemmas, the key candidates are de-duplicated on


Source = Union["AnnotatedArticle", "Doc", "Span", Sequence["Span"]]


def _spans(source: Source) -> list["Span"]:
    from ..article import AnnotatedArticle

    if isinstance(source, AnnotatedArticle):
        blocks = [b for b in source.blocks if b.kind != "description"]
        return [source.block_span(b) for b in blocks]
    if hasattr(source, "char_span") and hasattr(source, "vocab") and not hasattr(source, "doc"):
        return [source[:]]  # a Doc
    if hasattr(source, "doc"):
        return [source]  # a Span
    return list(source)


def _yake_token(token: "Token") -> str:
    text = token.text.replace("\u00ad", "")
    folded = fold(text)
    if token.is_punct and not WORD_PART.search(folded):
        return "." if text in _SENTENCE_END else ","
    if folded.endswith("'") and folded[:-1] in ELISIONS:
        return ELISIONS[folded[:-1]]
    if text.startswith("-"):
        return folded.split("-")[-1] or ","
    return "".join(text.split()).replace("\u2019", "'").replace("\u02bc", "'")


def _token_stream(spans: Sequence["Span"], limit: int | None = None) -> list[tuple[str, "Token | None"]]:
    """The tokens as YAKE will read them, each with its spaCy token (None for added stops),
    up to the token that starts `limit` (default `KEYWORD_CHARS`) characters into the
    spans' text."""
    limit = limit or KEYWORD_CHARS
    stream: list[tuple[str, Token | None]] = []
    read = 0  # characters of the spans before this one
    for span in spans:
        if read >= limit:
            break
        end = span.start_char + limit - read
        read += span.end_char - span.start_char
        for token in span:
            if token.idx >= end:
                break
            if token.is_space:
                continue
            if token.is_sent_start and stream and stream[-1][0] != ".":
                stream.append((".", None))
            word = _yake_token(token)
            if word in ",." and (not stream or stream[-1][0] in ",."):
                continue  # YAKE's sentence splitter wants « mot. Mot », not « mot . , Mot »
            stream.append((word, token))
        if stream and stream[-1][0] != ".":
            stream.append((".", None))
    return stream


def raw_yake(text: str, top: int = 10, n: int = NGRAM) -> list[tuple[str, float]]:
    """Plain YAKE, French stop words, its default de-duplication: the baseline."""
    import yake

    extractor = yake.KeywordExtractor(lan="fr", n=n, dedup_lim=0.9, dedup_func="seqm",
                                      window_size=1, top=top)
    return [(kw, float(score)) for kw, score in extractor.extract_keywords(text)]


def _majority(values: list[str]) -> str:
    return Counter(values).most_common(1)[0][0] if values else ""


def _lemma_key(token: "Token") -> str:
    lemma = fold(token.lemma_ or token.text).replace("\u00ad", "").strip("'")
    return ELISIONS.get(lemma, lemma)


#: `Doc.user_data` key of `_entity_map`'s result for that doc.
_ENTITIES_KEY = "seo_audit.entity_map"


def _entity_map(doc) -> dict:
    """Token index → the entity holding it; built once per doc and kept in it (each
    candidate of each block asks: rebuilt each time, the outline of a long article grew
    with its length times its number of blocks)."""
    found = doc.user_data.get(_ENTITIES_KEY)
    if found is None:
        found = doc.user_data[_ENTITIES_KEY] = {t.i: e for e in doc.ents for t in e}
    return found


def _entity_of(tokens: list["Token"], ents: dict | None = None):
    """The entity wholly containing these tokens, if any (None otherwise); False when the
    tokens straddle an entity's edge. `ents`: `_entity_map` of their doc, built once by
    the caller (built here per call, the cost is quadratic on a long article)."""
    if ents is None:
        ents = _entity_map(tokens[0].doc) if tokens else {}
    touched = {id(ents[t.i]): ents[t.i] for t in tokens if t.i in ents}
    if not touched:
        return None
    if len(touched) > 1:
        return False
    (ent,) = touched.values()
    while len(ent) > 1 and (ent[0].pos_ in ("DET", "ADP") or is_function_word(fold(ent[0].text))):
        ent = ent[1:]  # spaCy's entities may hold the article: « l’OTAN »
    if ent.label_ not in _ENTITY_LABELS or len(ent) > _MAX_ENTITY_TOKENS:
        return None
    if all(ent.start <= t.i < ent.end for t in tokens):
        return ent
    return False


def _display(tokens: Sequence["Token"]) -> str:
    parts = []
    for k, token in enumerate(tokens):
        text = token.text.replace("\u00ad", "")
        proper = (token.pos_ == "PROPN" or token.ent_type_ in _ENTITY_LABELS
                  or (len(text) > 1 and text.isupper()))
        parts.append(text if proper else text.lower())
        if k < len(tokens) - 1:
            parts.append(token.whitespace_)
    return "".join(parts).strip()


class _Stream(list):
    """The token stream, with where each lower-cased word occurs: candidates are looked up
    by their first word instead of scanning the whole text for each of them."""

    def __init__(self, items) -> None:
        super().__init__(items)
        self.lowered = [w.lower() for w, _ in self]
        self.positions: dict[str, list[int]] = {}
        for i, word in enumerate(self.lowered):
            self.positions.setdefault(word, []).append(i)


def _occurrences(stream: _Stream, words: list[str]) -> list[list["Token"]]:
    found = []
    size = len(words)
    for i in stream.positions.get(words[0], ()) if words else ():
        if stream.lowered[i:i + size] == words and all(t is not None for _, t in stream[i:i + size]):
            found.append([t for _, t in stream[i:i + size]])  # type: ignore[misc]
    return found


def _loose_determiner(tokens: list["Token"]) -> bool:
    """A determiner inside a candidate that no preposition introduces: « OTAN ce week-end »
    strings two phrases together, while « politique de la ville » is one noun phrase."""
    return any(t.pos_ == "DET" and tokens[k - 1].pos_ != "ADP" for k, t in enumerate(tokens) if k)


def _clean(candidate: str, stream, memo_entities: dict) -> tuple[str, str, int] | None:
    """(display text, lemma key, count) of a cleaned candidate, or None when dropped."""
    words = candidate.replace("\u2019", "'").lower().split()
    occurrences = _occurrences(stream, words)
    if not occurrences:
        return None
    first_pos = _majority([o[0].pos_ for o in occurrences])
    last_pos = _majority([o[-1].pos_ for o in occurrences])
    if first_pos in _BAD_EDGE_POS or last_pos in _BAD_EDGE_POS:
        return None
    if is_function_word(fold(words[0])) or is_function_word(fold(words[-1])):
        return None
    if len(words) == 1 and first_pos in ("NUM", "ADJ"):
        return None  # « petit », « américains », « 2012 » say nothing on their own
    if any(_loose_determiner(o) for o in occurrences[:1]):
        return None
    ents = _entity_map(occurrences[0][0].doc)
    entities = [_entity_of(o, ents) for o in occurrences]
    if sum(1 for e in entities if e is False) > len(entities) / 2:
        return None
    whole = [e for e in entities if e]
    if len(whole) > len(entities) / 2:
        ent = whole[0]
        if len(ent) > len(words):
            tokens = list(ent)
            key = " ".join(_lemma_key(t) for t in tokens)
            count = memo_entities.get(key)
            if count is None:
                count = memo_entities[key] = len(_occurrences(
                    stream, [_yake_token(t).lower() for t in tokens]))
            return _display(tokens), key, max(count, 1)
    best = next((o for o in occurrences if not o[0].is_sent_start), occurrences[0])
    return _display(best), " ".join(_lemma_key(t) for t in best), len(occurrences)


def extract_keywords(source: Source, top: int = 10, n: int = NGRAM) -> list[Keyword]:
    """The `top` best keywords of an annotated article, a Doc, a Span or a list of Spans.

    For an article, the title and the body are read (not the meta description, which is
    written for search engines and would echo the keyphrase)."""
    spans = _spans(source)
    stream = _Stream(_token_stream(spans))
    text = "".join(w if w in ",." else " " + w for w, _ in stream).strip()
    if not any(t is not None for _, t in stream):
        return []
    kept: dict[str, tuple[str, float, int]] = {}
    entity_counts: dict[str, int] = {}
    for candidate, score in raw_yake(text, top=max(top * OVERSAMPLE, 20), n=n):
        cleaned = _clean(candidate, stream, entity_counts)
        if cleaned is None:
            continue
        display, key, count = cleaned
        if "\n" in display:
            continue   # a candidate across two blocks (« Mobilic\n\nPour »)
        if key not in kept or score < kept[key][1]:
            kept[key] = (display, score, count)
    ranked = sorted(kept.items(), key=lambda item: (item[1][1], item[0]))[:top]
    return [Keyword(display, round(score, 6), rank, count, key)
            for rank, (key, (display, score, count)) in enumerate(ranked, 1)]


def article_keywords(annotated: "AnnotatedArticle") -> list[Keyword]:
    """The article's ten best keywords (memoised per article through `Context.measure`)."""
    return extract_keywords(annotated, top=10)


@dataclass(frozen=True)
class Suggestion:
    keyphrase: str | None
    alternatives: tuple[str, ...]
    keywords: tuple[Keyword, ...]


#: A suggested keyphrase must occur at least this often in the text.
MIN_SUGGESTION_COUNT = 2


#: What each of the author's signals is worth when ordering the suggestions (Yoast users
#: put the keyphrase in the title, the slug, the first heading and the introduction),
#: and what each rank lower in YAKE's order costs.
SIGNAL_WEIGHTS = {"title": 2.0, "slug": 1.5, "first heading": 1.0, "introduction": 0.5}
RANK_COST = 0.4
#: Only this many of the best keywords may be lifted by the author's signals.
SIGNAL_DEPTH = 10


def _author_signals(annotated: "AnnotatedArticle") -> list[tuple[str, object]]:
    """(signal, span or text) for the title, slug, first heading and first paragraph."""
    article = annotated.article
    found: list[tuple[str, object]] = []
    if article.title is not None:
        found.append(("title", annotated.block_span(article.title)))
    if article.slug:
        found.append(("slug", article.slug))
    heading = next((b for b in article.blocks if b.kind == "heading"
                    and (article.title is None or b.text != article.title.text)), None)
    if heading is not None:
        found.append(("first heading", annotated.block_span(heading)))
    intro = next((b for b in article.blocks if b.kind in ("paragraph", "list_item")), None)
    if intro is not None:
        found.append(("introduction", annotated.block_span(intro)))
    return found


def suggest_keyphrase(annotated: "AnnotatedArticle") -> Suggestion:
    """The focus keyphrase to suggest when none is given, and four alternatives: the best
    cleaned keywords that occur at least twice (the rest only if too few do), skipping
    one whose words all belong to a better one; then the author's own signals reorder
    the `SIGNAL_DEPTH` best: a keyword in the title, the slug, the first heading or the
    introduction earns `SIGNAL_WEIGHTS`, and each rank below the first costs `RANK_COST`
    (« hackathon », in the title and the slug, beats a catchy phrase of the body)."""
    from .keyphrase import compile_keyphrase, find_in_span, find_in_text

    keywords = article_keywords(annotated)
    # a date (« juin », « lundi ») is never what a page should rank for
    keywords_kept = [k for k in keywords if not set(fold(k.text).split()) <= CALENDAR_WORDS]
    frequent = [k for k in keywords_kept if k.count >= MIN_SUGGESTION_COUNT]
    ordered = frequent + [k for k in keywords_kept if k.count < MIN_SUGGESTION_COUNT]
    chosen: list[Keyword] = []
    for keyword in ordered:
        words = set(keyword.lemma.split())
        # « responsables » adds nothing after « responsables américains »
        if any(words <= set(k.lemma.split()) for k in chosen):
            continue
        chosen.append(keyword)
    signals = _author_signals(annotated)
    if signals and chosen:
        def weight(index: int) -> float:
            pattern = compile_keyphrase(chosen[index].text)
            total = 0.0
            for name, where in signals:
                hit = find_in_text(pattern, where) if isinstance(where, str) else find_in_span(pattern, where)
                total += SIGNAL_WEIGHTS[name] if hit else 0.0
            return total - RANK_COST * index

        depth = min(SIGNAL_DEPTH, len(chosen))
        order = sorted(range(depth), key=lambda i: (-weight(i), i))
        chosen = [chosen[i] for i in order] + chosen[depth:]
    # a lone generic noun (« cas », « entreprises », « service ») is no page's keyphrase
    # judged as the article writes it: « Problème », capital in YAKE's display, is written
    # « problème » in the sentences
    written = [_as_written(k.text, annotated) for k in chosen]
    texts = [_as_in_title(w, annotated) for k, w in zip(chosen, written) if not _generic(k, w)]
    name = _product_name(texts[0], annotated) if texts else None
    if name is not None:
        words = set(WORD_PART.findall(fold(name)))   # « route » adds nothing to « Accidents de la route »
        texts = [name] + [t for t in texts[1:] if not set(WORD_PART.findall(fold(t))) <= words]
    return Suggestion(texts[0] if texts else None, tuple(texts[1:5]), tuple(keywords))


#: A token that is an address (« contact@partaj.beta.gouv.fr », « mano.sesan.fr/stats »): its
#: words are spelt as addresses are, in lower case.
_ADDRESS = re.compile(r"[@/]|\w\.\w")


def _as_written_at(text: str, spans: Sequence["Span"]) -> list[tuple[str, bool, bool]]:
    """(the words as written, whether they open a sentence, whether they start in an address)
    at each occurrence of the keyphrase `text` in the spans, in reading order, found as
    `keyphrase.find_in_span` finds them (accents, case, hyphens and elisions aside: « État »
    inside « Data-État » is one)."""
    from .keyphrase import compile_keyphrase, find_in_span

    pattern = compile_keyphrase(text)
    found = []
    for span in spans:
        for start, end in find_in_span(pattern, span):   # span offsets, as the signals ask: units made once
            start, end = start + span.start_char, end + span.start_char
            # only the token where it starts is looked at: a whole long paragraph per keyword
            # made the outline of an 80 000-character sentence slower
            around = span.doc.char_span(start, end, alignment_mode="expand")
            first = around[0] if around is not None and len(around) else None
            address = first is not None and (first.like_url or first.like_email or bool(_ADDRESS.search(first.text)))
            opening = first is not None and first.idx == start and first.is_sent_start
            found.append((" ".join(span.doc.text[start:end].split()), bool(opening), address))
    return found


def _as_written(text: str, annotated: "AnnotatedArticle") -> str:
    """The keyword as the article writes it most often, when that differs from `text` only
    by accents and capitals: data.etat writes « l'Etat » 4 times and « État » 7 (« l’État »,
    « Data-État »), and YAKE, to which the two spellings are two words, scored « Etat » best.
    A sentence's first word (a capital by position) and a word in capitals (emphasis:
    « DATA-ETAT ») count only when nothing else does; a tie goes to the accented spelling,
    French typography's (« État »), then to the first met."""
    key = " ".join(fold(text).split())
    # an address is spelt as addresses are, in lower case: not the keyword's spelling
    forms = [(w, opening) for w, opening, address in _as_written_at(text, _spans(annotated))
             if fold(w) == key and not address]
    plain = [w for w, opening in forms if not opening and not w.isupper()] or [w for w, _ in forms]
    if not plain:
        return text
    counts = Counter(plain)
    return max(counts, key=lambda w: (counts[w], sum(1 for c in w if ord(c) > 127), -plain.index(w)))


def _product_name(text: str, annotated: "AnnotatedArticle") -> str | None:
    """On a product page (`outline.product.is_product_page`: a name as title, the author's
    `mission:`), the product's name when the suggestion `text` is one word of it and the body
    names the product at least `MIN_SUGGESTION_COUNT` times: « État », the most frequent word
    of data.etat, is half of what the page is about; « Data-État », its title and the name its
    body uses six times, is what its readers search for."""
    from ..outline.product import is_product_page, product_names
    from .keyphrase import compile_keyphrase

    article = annotated.article
    if article.title is None or not is_product_page(article) or compile_keyphrase(text).content_words != 1:
        return None
    title = " ".join(article.title.text.split())
    word = fold(text)
    body = [annotated.block_span(b) for b in article.blocks]
    folded = fold(title)
    for name in sorted(product_names(title), key=len):
        name = name.strip("'")   # « OuFaAlim' »
        at = folded.find(name)
        if at < 0 or (at and folded[at - 1].isalnum()) or name == word or word not in WORD_PART.findall(name):
            continue   # not found whole in the title
        written = title[at:at + len(name)]
        if fold(written) == name and len(_as_written_at(written, body)) >= MIN_SUGGESTION_COUNT:
            return written
    return None


def _as_in_title(text: str, annotated: "AnnotatedArticle") -> str:
    """A keyword written in capitals in a heading (« KELRISKS : Evaluez… ») is shown as the
    title writes it (« Kelrisks »): capitals are emphasis there, not the name's spelling."""
    title = annotated.article.title
    if not text.isupper() or title is None:
        return text
    found = re.search(r"(?<!\w)" + re.escape(text) + r"(?!\w)", title.text, re.IGNORECASE)
    return found.group(0) if found else text


def _generic(keyword: Keyword, written: str) -> bool:
    """A generic noun alone or with a vague adjective (« cas », « nouveau service »), not
    a proper noun or an acronym, which name something (« Aides » for Mes Aides, « API »), as
    the article writes it (`written`)."""
    from ..lang.fr.generic import is_generic

    if written[:1].isupper():
        return False
    return is_generic(keyword.lemma.split())
