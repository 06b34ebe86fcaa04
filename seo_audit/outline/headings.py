"""Proposed subheadings, and the noun-phrase toolkit the meta title shares.

Nothing is written: a subheading is a contiguous stretch of one of the block's
sentences, only trimmed at its edges and given a capital first letter (« des lignes »
may read « Les lignes »: the article the contraction holds).

**Choice** (`choose_headings`): the author's own label of a block comes first — a bold
line, a bold lead, a list's lead-in (`labels.py`, `LABEL_SCORE`); then, as an editor
titles a section with what its key statement is about, candidates are the subjects and objects of the block's sentences taken
whole, by syntactic role (`statement.block_candidates`), ranked by how specific their
words are to the block against the rest of the article, favouring the block's opening
sentences; generic heads, the article's general subject, actors (an office, a person),
anything in brackets, stumps of compound prepositions and idioms are refused. Each
candidate is then parsed alone (`stands_alone`). A phrase whose content lemmas are
within an earlier heading's is skipped, so headings are distinct. Where the focus
keyphrase is in a good enough candidate, it is preferred until `KEYPHRASE_SHARE` of the
inserted headings hold it (KW004 asks for 30–75 % of H2/H3), never beyond
`KEYPHRASE_MAX_SHARE`. Alternatives are offered only when they score nearly as well
(`ALTERNATIVE_SHARE`), are subjects, objects or predicates of the statement, and are
neither actors nor a bare noun-adjective pair: none is better than a bad one.

**Noun phrases** (`noun_phrases`, used by the meta title): from the dependency parse,
each noun with its determiners, adjectives, numerals, name parts and — in a second,
longer variant — its « de »/« à » complements (`nmod` with their preposition, two levels
deep) and a bare participle (« la mutinerie avortée »), kept only when contiguous and
inside one sentence, cleaned at both ends and checked by `malformed`.

**Block keywords** (`block_keywords`, shown with each block): YAKE on the block's own
tokens, each weighted by the share of the article's occurrences that fall in the block,
times its relevance to the article, divided by its YAKE rank in the block.
"""

from __future__ import annotations

import bisect
import math
import re
from dataclasses import dataclass

from ..article import AnnotatedArticle
from ..lang.fr import ELISIONS, fold, is_function_word
from .segment import TopicBlock
from .visible import visible_text

MAX_CHARS = 70
KEYPHRASE_SHARE = 0.34
KEYPHRASE_MAX_SHARE = 0.75
BLOCK_KEYWORDS = 8
MAX_NMOD_DEPTH = 2
ONCE_NAMED = 0.2

_CORE_DEPS = {"det", "amod", "nummod", "flat:name", "flat", "fixed", "compound", "flat:foreign"}
_COMPLEMENT_DEPS = _CORE_DEPS | {"nmod", "case", "advmod"}
_DROP_FIRST_POS = {"ADP", "CCONJ", "SCONJ", "PUNCT", "PRON", "ADV", "AUX", "VERB", "PART"}
_DROP_LAST_POS = {"ADP", "DET", "CCONJ", "SCONJ", "PUNCT", "PRON", "AUX", "PART", "ADV"}
_KEEP_DETERMINERS = {"le", "la", "les", "l'", "l"}
_ARTICLES = frozenset({"le", "la", "les", "l", "un", "une"})
_CONTRACTED = {"du": "le", "des": "les", "au": "le", "aux": "les"}
#: An alternative is offered only when it scores at least this share of the main choice.
ALTERNATIVE_SHARE = 0.85
#: A candidate holding the keyphrase is preferred when it scores at least this share of the best.
KEYPHRASE_FLOOR = 0.6
#: The score of the author's label that names a block (`labels.py`): above any phrase of
#: its sentences, so that it comes first and only other labels can be its alternatives.
LABEL_SCORE = 100.0
#: Candidates of a block checked on their own, best first.
CHECKED = 16


@dataclass(frozen=True)
class Phrase:
    text: str
    lemmas: tuple[str, ...]   # folded lemmas of every word
    content: frozenset[str]   # folded lemmas of the content words
    start: int                # doc character offset, for ordering
    words: int
    proper_first: bool = False  # the first word is a proper noun (keeps its capital)


@dataclass(frozen=True)
class BlockKeyword:
    text: str
    lemma: str
    weight: float


_FACTS_KEY = "seo_audit.outline.facts"


def _facts(doc) -> tuple[list[int], str, dict[int, bool]]:
    """The document's sentence starts and text, computed once and kept on the Doc itself
    (`user_data`, no module state): spaCy rebuilds `doc.text` from every token, and walks
    every sentence before a token for `token.sent`, on each access — which made checking
    candidates quadratic in the article's length. The dict caches `_real_sentence`."""
    cached = doc.user_data.get(_FACTS_KEY)
    if cached is None:
        cached = ([s.start for s in doc.sents], doc.text, {})
        doc.user_data[_FACTS_KEY] = cached
    return cached


def sentence_of(token):
    """The token's sentence, as `token.sent` gives it (see `_facts`)."""
    doc = token.doc
    starts = _facts(doc)[0]
    k = bisect.bisect_right(starts, token.i) - 1
    return doc[starts[k] : starts[k + 1] if k + 1 < len(starts) else len(doc)]


def text_of(doc) -> str:
    """`doc.text`, built once (see `_facts`)."""
    return _facts(doc)[1]


def lemma_of(token) -> str:
    key = fold(token.text if token.pos_ == "PROPN" else (token.lemma_ or token.text)).strip("'")
    return ELISIONS.get(key, key)


def _contiguous(tokens: list) -> bool:
    return all(b.i == a.i + 1 for a, b in zip(tokens, tokens[1:]))


def _subtree(token, deps: set[str], depth: int = 0) -> list:
    """The token with its children of the given relations, recursively (at most
    `MAX_NMOD_DEPTH` nested complements); a bare participle (« la mutinerie avortée »)
    counts as an adjective."""
    found = [token]
    for child in token.children:
        bare_participle = (child.dep_ == "acl" and child.pos_ in ("VERB", "ADJ")
                           and not list(child.children) and child.i == token.i + 1)
        if (child.dep_ in deps or bare_participle) and not (child.dep_ == "nmod" and depth >= MAX_NMOD_DEPTH):
            found.extend(_subtree(child, deps, depth + (child.dep_ == "nmod")))
    return sorted(found, key=lambda t: t.i)


def _trim(tokens: list) -> list:
    while tokens and (tokens[0].pos_ in _DROP_FIRST_POS
                      or (tokens[0].pos_ == "DET" and fold(tokens[0].text) not in _KEEP_DETERMINERS)):
        tokens = tokens[1:]
    while tokens and tokens[-1].pos_ in _DROP_LAST_POS:
        tokens = tokens[:-1]
    return tokens


def sentence_case(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


#: « de » and its contractions: the preposition of a noun's complement (« le régime de Poutine »).
OF_CASES = frozenset({"de", "d'", "du", "des"})

#: Nouns that, after « à », « au », « en », « par »…, are the body of a compound
#: preposition or adverb (« à travers », « au cours de », « par la suite », « au sein
#: de »): a phrase starting on one is a stump.
STUMP_NOUNS = frozenset("""
travers cours sein lieu cause face instar issue suite egard fonction niveau terme profit aide
interieur exterieur milieu fin debut long bout titre sujet place partir raison moyen faveur depit
grace vue proximite occasion cadre coeur centre detriment regard base hauteur mesure maniere facon
part ailleurs fois lors compte travers depart dela dessus dessous devant derriere tete peine moment cote
""".split())
#: Lines that a scraper or a CMS left in the text, never headings.
DEBRIS = re.compile(r"source\s*link|\bpartager\b|\bshare\b|\btweet|lire la suite|lire aussi|"
                    r"\bpubli[ée]e? le\b|©|\bcrédits? photo|-\d+\b", re.IGNORECASE)


_CLAUSE_DEPS = frozenset({"nsubj", "nsubj:pass", "obj", "iobj", "aux", "aux:pass", "aux:tense", "cop",
                           "csubj", "ccomp", "xcomp", "expl:subj", "expl:pass"})


#: Head nouns that name a quantity, a part or a manner, not a topic: « Partie des porteurs
#: de projets », « Type de projet », « Le reste du message », « Kilomètres de Fukushima ».
VAGUE_HEADS = frozenset("""
partie type sorte genre reste ensemble nombre majorite plupart moitie totalite serie kilometre
metre heure fois cas facon maniere exemple niveau chose fait aspect element point profil
question tiers quart dizaine centaine millier millier pourcentage part forme
""".split())
#: Words that point to something the heading alone does not name.
POINTING = frozenset("""suivant suivante suivants suivantes precedent precedente precedents
precedentes meme memes autre autres tel telle tels telles certain certaine certains certaines
son sa ses leur leurs notre nos votre vos mon ma mes ton ta tes quel quelle quels quelles
comme ci-dessus ci-dessous aujourd'hui hier demain ce cet cette ces""".split())
#: Nouns that end a phrase inside an idiom (« mise en place », « prise en charge »).
IDIOM_HEADS = frozenset({"mise", "prise", "remise", "misé"})


#: « Cas d'usage », « cas d'utilisation »: a compound, a topic, where « cas » alone is vague.
_USE_CASE = re.compile(r"cas d['’]u(sage|tilisation)")


def use_case(text: str) -> bool:
    """`text` opens on « cas d'usage » or « cas d'utilisation » (however its apostrophe is
    spaced): the one exception to « cas » as a vague head, for headings and labels alike."""
    return bool(_USE_CASE.match(fold(text).replace(" '", "'").replace("' ", "'")))


def _vague(tokens: list, vague_heads: bool = True) -> str:
    """Why a phrase names no topic of its own ("" when it does); without `vague_heads`, a
    head of `VAGUE_HEADS` passes (its caller knows what it counts)."""
    words = [fold(t.text) for t in tokens]
    if any(w in POINTING for w in words) or any(t.pos_ == "PRON" for t in tokens):
        return "pointing"  # « Le profil suivant », « L’ambition de leur projet », « Quels services »
    head = next((t for t in tokens if t.pos_ in ("NOUN", "PROPN")), None)
    if vague_heads and head is not None and fold(head.lemma_ or head.text) in VAGUE_HEADS | {"kilometres", "heures"} and not (
            fold(head.text) == "cas" and use_case(" ".join(words[words.index("cas"):]))):
        return "vague head"  # but « Cas d'usage » is a compound, a topic
    if "%" in "".join(words) or tokens[0].text[:1] in "+-":
        return "figure"  # « +24 % entreprises »
    if words[0] == "chaque":
        return "distributive"  # « Chaque brique du service »: one of several, said of each, no topic
    if fold(tokens[0].text) in STUMP_NOUNS and len(tokens) > 1 and tokens[1].pos_ == "ADP":
        return "stump"  # « Grâce à la Bonne Boite », « Face à… », « Suite à… »
    if tokens[-1].text.endswith(("'", "’")) or fold(tokens[-1].text) in IDIOM_HEADS:
        return "cut"  # « Le leader de la Startup d’État c’ », « … de mise »
    first = tokens[0]
    before = first.doc[first.i - 1] if first.i > sentence_of(first).start else None
    if before is not None and before.head.i in {t.i for t in tokens} and before.dep_ in ("nummod", "amod"):
        return "left cut"  # « (1 750) kilomètres de Fukushima »
    return ""


def _cuts_a_name(tokens: list) -> bool:
    """The phrase starts or ends inside a named entity (or a proper noun run)."""
    doc = tokens[0].doc
    first, last = tokens[0], tokens[-1]
    if last.ent_iob_ in ("B", "I") and last.i + 1 < len(doc) and doc[last.i + 1].ent_iob_ == "I":
        return True
    if first.ent_iob_ == "I":
        return True
    after = doc[last.i + 1] if last.i + 1 < len(doc) else None
    return (after is not None and last.pos_ == "PROPN" and after.head.i == last.i
            and after.dep_ in ("flat:name", "flat", "nmod") and after.text[:1].isupper()) or (
        after is not None and last.pos_ == "PROPN" and fold(after.text) in ("d'", "de")
        and last.i + 2 < len(doc) and doc[last.i + 2].pos_ == "PROPN" and doc[last.i + 2].text[:1].isupper())


def _agreement_broken(tokens: list) -> bool:
    """An adjective that disagrees in number with its noun, inside the phrase."""
    inside = {t.i for t in tokens}
    for token in tokens:
        if token.pos_ == "ADJ" and token.dep_ == "amod" and token.head.i in inside:
            a, b = token.morph.get("Number"), token.head.morph.get("Number")
            if a and b and a != b:
                return True
    return False


def _orphan_adjective(tokens: list) -> bool:
    """An adjective no noun of the phrase agrees with in number: cut from the noun it
    qualifies (« le dialogue social compétentes », from « les instances du dialogue social
    compétentes »). Unlike `_agreement_broken`, any noun of the phrase may be its own: the
    parser often hangs an adjective on the wrong one (« la base de nombreuses politiques
    publiques »). The tagger also takes such an adjective for a noun complement with neither
    preposition nor determiner, right after another adjective."""
    def adjective(t) -> bool:
        return (t.pos_ == "ADJ" and t.dep_ in ("amod", "nmod")) or (
            t.pos_ == "NOUN" and t.dep_ == "nmod" and t.i > tokens[0].i and t.doc[t.i - 1].pos_ == "ADJ"
            and not any(c.dep_ in ("case", "det") for c in t.children))

    for token in tokens:
        number = token.morph.get("Number")
        if not number or not adjective(token):
            continue
        nouns = [t.morph.get("Number") for t in tokens
                 if t.pos_ in ("NOUN", "PROPN") and t is not token and t.morph.get("Number")]
        if nouns and number not in nouns:
            return True
    return False


def is_stump(tokens: list) -> bool:
    """The phrase starts inside a compound preposition (« Travers l’exécution »)."""
    first = tokens[0]
    doc = first.doc
    noun = next((t for t in tokens[:3] if t.pos_ in ("NOUN", "PROPN", "ADV", "ADJ")), None)
    if noun is None:
        return False
    if any(t.dep_ == "fixed" and t.head.i < first.i for t in tokens):
        return True
    before = [doc[k] for k in range(max(first.i - 2, sentence_of(first).start), first.i)]
    after_preposition = bool(before) and (before[-1].pos_ == "ADP" or (
        len(before) == 2 and before[0].pos_ == "ADP" and before[1].pos_ == "DET"))
    return after_preposition and fold(noun.text) in STUMP_NOUNS


def present_participle(token) -> bool:
    """« permettant », « visant »: a verb form that needs what follows it."""
    return token.pos_ in ("VERB", "AUX") and "Part" in token.morph.get("VerbForm") and "Pres" in token.morph.get("Tense")


def malformed(tokens: list, vague_heads: bool = True) -> str:
    """Why a candidate is not a well-formed heading in its context ("" when it is); see
    `_vague` for `vague_heads`."""
    if any("Fin" in t.morph.get("VerbForm") for t in tokens):
        return "finite verb"
    for previous, token in zip(tokens, tokens[1:]):
        # a determiner inside a phrase follows a preposition or « et »: « le message
        # d’erreur », « les écoles et les transports »; « Exemple la diffusion » is glued
        if token.pos_ == "DET" and previous.pos_ not in ("ADP", "CCONJ"):
            return "glued phrases"
    last = tokens[-1]
    if last.i + 1 < sentence_of(last).end and last.pos_ in ("ADJ", "VERB"):
        following = last.doc[last.i + 1]
        if following.pos_ in ("DET", "PRON") and following.dep_ not in ("det",) or \
                (following.pos_ == "DET" and following.head.i > last.i):
            return "verb left hanging"  # « Les jeux de la Francophonie fixe | les… »
    if present_participle(last):
        return "participle left hanging"  # « Une plateforme numérique centralisée permettant » (de quoi ?)
    if _agreement_broken(tokens):
        return "agreement"
    vague = _vague(tokens, vague_heads)
    if vague:
        return vague
    if any(c.dep_ in _CLAUSE_DEPS for t in tokens for c in t.children):
        return "clause"  # a word of the phrase has a subject, an object or an auxiliary
    if _cuts_a_name(tokens):
        return "name cut"  # « Série sur l’intrapreneur de Startup » (d’État)
    if last.dep_ in ("amod", "advmod", "flat", "fixed", "compound") and any(
            c.i > last.i and not c.is_space for c in last.children):
        return "modifier cut"  # « Nouvelle expertise hyper » (pointue)
    if any(c.dep_ == "amod" and c.i == last.i + 1 and "Fin" not in c.morph.get("VerbForm") for c in last.children):
        # (a finite verb the parser took for an adjective is the sentence's verb: « Trois
        # principaux problèmes | émergent chez les jeunes »)
        return "adjective cut"  # « Comptes … à intervalles » (réguliers)
    if is_stump(tokens):
        return "stump"
    return ""


def _real_sentence(sent) -> bool:
    """A sentence with a verb or a final punctuation mark, or of six words at least: not a
    stray line (« Source link -57 », a byline, a share button). Decided once per sentence:
    every candidate asks it, and a sentence may be a whole table (quadratic otherwise)."""
    known = _facts(sent.doc)[2]
    real = known.get(sent.start)
    if real is None:
        words = [t for t in sent if not t.is_punct and not t.is_space]
        real = (any(t.pos_ in ("VERB", "AUX") for t in sent) or sent.text.rstrip()[-1:] in ".!?…»"
                or len(words) >= 6)
        known[sent.start] = real
    return real


def _phrase(tokens: list) -> Phrase | None:
    tokens = _trim(tokens)
    if not tokens or not any(t.pos_ in ("NOUN", "PROPN") for t in tokens):
        return None
    if len(tokens) == 1 and (len(tokens[0].text) < 3 or not tokens[0].is_alpha):
        return None
    if sentence_of(tokens[0]).start != sentence_of(tokens[-1]).start:
        return None
    if not _real_sentence(sentence_of(tokens[0])) or malformed(tokens) or _orphan_adjective(tokens):
        return None
    content_words = [t for t in tokens if t.pos_ in ("NOUN", "PROPN", "ADJ", "NUM", "VERB")]
    if len(content_words) < 2 or not any(t.pos_ == "NOUN" for t in tokens):
        return None  # a lone noun (« Suite », « Le marbre ») or a bare name names no topic
    if any(t.pos_ == "ADV" for t in tokens):
        return None  # « Russie si clairement instable »: a predicate, not a name
    if any(c.dep_ == "cop" for t in tokens if t.pos_ == "NOUN" for c in t.children):
        return None  # « (c’est) une barre haute »: a predicate nominal describes, names nothing
    doc = tokens[0].doc
    raw = text_of(doc)[tokens[0].idx : tokens[-1].idx + len(tokens[-1].text)]
    text = visible_text(raw)
    if len(text) > MAX_CHARS or any(c in text for c in "«»\"()[]") or DEBRIS.search(text):
        return None
    lemmas = tuple(lemma_of(t) for t in tokens)
    content = frozenset(lemma_of(t) for t in tokens if t.pos_ in ("NOUN", "PROPN", "ADJ", "NUM", "VERB"))
    proper = tokens[0].pos_ == "PROPN" or (tokens[0].ent_type_ != "" and tokens[0].text[:1].isupper()
                                            and not tokens[0].is_sent_start)
    before = doc[tokens[0].i - 1] if tokens[0].i > sentence_of(tokens[0]).start else None
    if (before is not None and fold(before.text) in _CONTRACTED and before.head.i in {t.i for t in tokens}
            and "Def" in before.morph.get("Definite") and not proper):
        # « des prétendues lignes rouges » → « Les prétendues lignes rouges »: the article
        # the contraction holds, rather than a bare noun
        text = f"{_CONTRACTED[fold(before.text)]} {text}"
    return Phrase(sentence_case(text), lemmas, content, tokens[0].idx, len(tokens), proper)


def stands_alone(texts: list[str]) -> dict[str, bool]:
    """Each candidate parsed on its own, as an editor reads a heading: a noun, no finite
    verb, no determiner glued after a noun, nothing trailing. Read as written and with
    its first letter lowered (the tagger of a few words alone hangs on that capital): a
    noun in either reading is enough, but a finite verb or a fault in either rejects it
    (« Le bon problème cristallise », tagged an adjective in its sentence)."""
    from ..nlp import load

    nlp = load()
    lowered = [t[:1].lower() + t[1:] if not t[1:2].isupper() else t for t in texts]
    found = {}
    # only tags and morphology are read: the parser, the lemmatizer and the entity
    # recogniser would cost most of the time and change nothing here
    unused = [name for name in ("parser", "lemmatizer", "ner") if name in nlp.pipe_names]
    with nlp.select_pipes(disable=unused):
        docs = list(nlp.pipe(texts + lowered))
    for text, doc, low in zip(texts, docs[: len(texts)], docs[len(texts) :]):
        readings = [[t for t in d if not t.is_space and not t.is_punct] for d in (doc, low)]
        found[text] = (any(any(t.pos_ in ("NOUN", "PROPN") for t in r) for r in readings)
                       and all(r and not _alone_fault(r) for r in readings))
    return found


def _alone_fault(tokens: list) -> bool:
    if any("Fin" in t.morph.get("VerbForm") for t in tokens):
        return True
    for a, b, c in zip(tokens, tokens[1:], tokens[2:]):
        if a.pos_ in ("NOUN", "PROPN") and b.pos_ == "DET" and c.pos_ in ("NOUN", "PROPN", "ADJ"):
            return True
    return tokens[-1].pos_ in ("ADP", "DET", "CCONJ", "SCONJ", "PRON")


def noun_phrases(span) -> list[Phrase]:
    """Candidate headings of a span: each noun's core phrase and its phrase with complements."""
    seen: dict[str, Phrase] = {}
    for token in span:
        if token.pos_ not in ("NOUN", "PROPN") or token.dep_ in ("flat:name", "flat", "fixed"):
            continue
        for deps in (_CORE_DEPS, _COMPLEMENT_DEPS):
            tokens = [t for t in _subtree(token, deps) if span.start <= t.i < span.end]
            if not _contiguous(tokens):
                continue
            phrase = _phrase(tokens)
            if phrase is not None and phrase.text.lower() not in seen:
                seen[phrase.text.lower()] = phrase
    return sorted(seen.values(), key=lambda p: p.start)


def block_keywords(annotated: AnnotatedArticle, spans: list, article_counts: dict[str, int]) -> list[BlockKeyword]:
    """The block's keywords, best first, weighted against the article (see module doc)."""
    from ..measures.keywords import extract_keywords

    keywords = extract_keywords(spans, top=BLOCK_KEYWORDS)
    ranked = []
    for keyword in keywords:
        total = max(article_counts.get(keyword.lemma, keyword.count), keyword.count, 1)
        share = keyword.count / total
        relevance = 1 + math.log(total)
        if total == 1 and all(w[:1].isupper() for w in keyword.text.split()):
            relevance *= ONCE_NAMED  # a name cited once (a source, a byline): rarely the subject
        ranked.append(BlockKeyword(keyword.text, keyword.lemma, share * relevance / keyword.rank))
    ranked.sort(key=lambda k: -k.weight)
    return ranked


def lemma_counts(annotated: AnnotatedArticle) -> dict[str, int]:
    """Occurrences of every 1–3 word lemma sequence of the body, for weighting keywords."""
    counts: dict[str, int] = {}
    for block in annotated.article.blocks:
        tokens = [t for t in annotated.block_span(block) if not t.is_space and not t.is_punct]
        keys = [lemma_of(t) for t in tokens]
        for n in (1, 2, 3):
            for i in range(len(keys) - n + 1):
                key = " ".join(keys[i : i + n])
                counts[key] = counts.get(key, 0) + 1
    return counts


@dataclass
class HeadingChoice:
    subheading: str | None
    alternatives: list[str]
    keywords: list[BlockKeyword]
    has_keyphrase: bool
    #: No statement of the block gave a heading: `subheading` is only a lead for the editor
    #: (`_fallback`), never inserted. Editors rated such phrases usable 3 times in 20 (burned
    #: panels 5–9), against 25 in 67 for the headings drawn from the block's statements.
    to_write: bool = False


def _fallback(keyness, index: int, spans: list, used_content: list[frozenset[str]]):
    """A block the segmenter cut must get a heading, or its section may outrun STR002: when
    no statement argument passes, the block's best noun phrase that passes the same checks
    as an argument (`statement.argument_phrase`) and opens on an article — a noun phrase
    cut out of a sentence by `noun_phrases` read « Décision autonome », « Influence
    significative sur l'impact d'une Promotion » — ranked by its words' keyness in the
    block and parsed alone."""
    from .statement import GENERIC_HEADS, Candidate, _credit, _variants, argument_phrase, names_the_article, vague_topic

    general = keyness.subject_nouns | GENERIC_HEADS
    spans = [span for span in spans if not _credit(list(span))]  # a team member's or sponsor's titles
    phrases = [p for span in spans for t in span if t.pos_ == "NOUN" for v in _variants(t)
               for p in (argument_phrase(v, "np"),)
               if p is not None and p.content and not any(p.content <= used for used in used_content)
               and not vague_topic(p.content, lemma_of(t), keyness.subject_nouns)  # « Un retour immédiat »
               and (p.proper_first or fold(p.text.split()[0]).split("'")[0] in _ARTICLES)
               and not p.content <= general and not names_the_article(p.content, keyness.title)]  # « Une Startup d'État » names the whole article  # « Charge des contentieux » reads cut
    scored = sorted(phrases, key=lambda p: (-sum(keyness.weight(index, w) for w in p.content)
                                            / math.sqrt(len(p.content)), p.start))[:CHECKED]
    alone = stands_alone(list(dict.fromkeys(p.text for p in scored)))
    best = next((p for p in scored if alone.get(p.text)), None)
    return Candidate(best, 0.0, "", 0, "np") if best is not None else None


def name_alone(phrase: Phrase) -> bool:
    """The phrase is a name and nothing else (« France Travail », « Dépenses Éclairées »): every
    word capitalised. Editors read a name alone as vague — it says who, not what the block
    is about (both rated 0 by both raters of panels 7 and 9)."""
    words = [w for w in re.split(r"[\s'’]+", phrase.text) if w]
    content = [w for w in words if not is_function_word(fold(w))]  # « de », « l' » (« Agence de l'Eau »)
    # one word is no evidence: a label's first letter is upper case anyway (« Contexte »)
    return phrase.proper_first and len(content) >= 2 and all(w[:1].isupper() or w[:1].isdigit() for w in content)


def _named_subject(annotated: AnnotatedArticle, keyphrase: str | None) -> frozenset[str]:
    """The nouns of the author's title and of the keyphrase: the article's own subject."""
    from .alone import parsed_alone

    texts = [keyphrase or ""]
    if annotated.article.title is not None:
        texts.append(annotated.article.title.text)
    return frozenset(lemma_of(t) for text in texts for t in parsed_alone(annotated, text)
                     if t.pos_ in ("NOUN", "PROPN") and not t.is_stop)


def _title_families(annotated: AnnotatedArticle) -> frozenset[str]:
    """The word families of the author's title's words (`statement.family`), by lemma and as
    written: a title parsed alone is often tagged wrong (« Éclairées » as X)."""
    from .alone import parsed_alone
    from .statement import family

    if annotated.article.title is None:
        return frozenset()
    words = [t for t in parsed_alone(annotated, annotated.article.title.text) if t.is_alpha and not t.is_stop and len(t.text) > 1]
    return frozenset(family(w) for t in words for w in (lemma_of(t), fold(t.text)))


def _bold_lines_around(segments: list[TopicBlock], index: int) -> int:
    """The author's bold lines that label a list (« **Pièce justificatives :** » and its
    bullet) in the blocks before and after this one, in the same section: items of a series
    the segmenter spread over blocks (`labels.block_labels`). Bold lines followed by prose
    are sub-headings of their own, no series."""
    from .segment import pseudo_heading

    around = []
    if index > 0 and not segments[index].starts_section:
        around.append(segments[index - 1])
    if index + 1 < len(segments) and not segments[index + 1].starts_section:
        around.append(segments[index + 1])
    return sum(pseudo_heading(a) and b.kind == "list_item" for seg in around
               for a, b in zip(seg.blocks, seg.blocks[1:]))


def _continues_series(segments: list[TopicBlock], index: int) -> bool:
    """The block opens on a bold item (a bold line or a bold lead) of a series that a lead-in
    of the previous block announced (« Voici les conséquences d'un non archivage : » then
    « **Information inaccessible** » …, the segmenter cutting before « **Création d'un arriéré
    très coûteux** »): the items go under the heading the lead-in gives, not a new one."""
    from .segment import pseudo_heading

    def bold(block) -> bool:
        return block.kind == "paragraph" and (pseudo_heading(block) or bool(block.strong_lead))

    segment = segments[index]
    if index == 0 or segment.starts_section or not bold(segment.blocks[0]):
        return False
    previous = segments[index - 1].blocks
    return any(a.kind == "paragraph" and a.text.rstrip().endswith(":") and bold(b) and not bold(a)
               for a, b in zip(previous, previous[1:])) and bold(previous[-1])


def _promoted_line(segment: TopicBlock, best) -> str:
    """The text of the block's opening bold line when the chosen subheading is that line, its
    words as written (a final colon goes with the bold), so that `emit.label_line` finds the
    line and the emitted article does not say it twice (« ## Les problématiques actuelles »
    over « **Les problématiques actuelles** »). "" otherwise."""
    from .segment import pseudo_heading

    first = segment.blocks[0]
    if best is None or best.role != "label" or best.sentence != 0 or not pseudo_heading(first):
        return ""
    line = " ".join(first.text.split()).rstrip(" :\u00a0")
    # only when the label is the whole line: « Les préjudices », the subject of « **Les
    # préjudices sont d'ordre ?** », stays a heading of its own above it
    return line if fold(line) == fold(best.phrase.text) else ""


#: The template headings of a project page (« **Problème** », « **Solution** »): alone, a
#: generic noun; as the bold line that opens its block, the author's heading of it. Not
#: `segment.SECTION_NAMES`, on purpose: those are whole label lines (plurals, « Contexte »,
#: « Budget »…) that tell the segmenter a section opens; these are lemmas a one-word label
#: may be a heading as (« Besoin » is no section name); each added word would make headings
#: no panel has rated.
TEMPLATE_HEADS = frozenset({"probleme", "solution", "objectif", "besoin"})


def _template_heading(label) -> bool:
    # a series of bold leads that share their head (« **Objectif d'usage à 6 mois :** … »,
    # « **Objectif d'impact à 6 mois :** … ») gives that head, a template heading too
    # and a lead-in's subject alone (« Ses objectifs sont de : » → « Objectifs »)
    return (label.unit == 0 and label.phrase.words == 1 and label.head in TEMPLATE_HEADS
            and label.kind in ("line", "section", "lead", "lead-in"))


#: An inner lead-in's label scores this share of the opening subject it yields to; a lead-in
#: is inner from this paragraph of its block on (« Plusieurs axes d'amélioration … » then
#: « Trois pistes de solutions ont été abordées : » names the block's list, its point).
INNER_LEAD_IN_SHARE, INNER_UNIT = 0.7, 3


def _after_opening_subject(labels: list, stated: list) -> list:
    """A list's lead-in deep inside the block names that list (« …en suivant l'évolution de la
    solution : » at its sixth paragraph), not the block, when the block opens on a statement
    whose subject names it (« Des vidéos explicatives tutorielles … donneront à voir… »): the
    opening subject comes first, the inner lead-in after it."""
    from dataclasses import replace

    opening = next((c for c in stated if c.sentence == 0 and c.role == "nsubj"), None)
    # a template heading (« **Problème** ») over a statement whose subject names the topic
    # (« Toutefois, la rédaction des PV … requiert… ») is vaguer than that subject
    topic = next((c for c in stated if c.sentence <= 1 and c.role == "nsubj"), None)
    yields = {"inner lead-in": opening, "template": topic}
    # below the share that makes an alternative: the label names only its list, or nothing
    return [replace(c, role="label", score=yields[c.role].score * INNER_LEAD_IN_SHARE - 0.01 * k)
            if yields.get(c.role) is not None else replace(c, role="label") for k, c in enumerate(labels)]


def choose_headings(annotated: AnnotatedArticle, segments: list[TopicBlock], needs_heading: list[bool],
                    keyphrase: str | None) -> list[HeadingChoice]:
    """One subheading per block and at most two alternatives as good, distinct across blocks.

    Candidates are the subjects and objects of each block's key statements
    (`statement.block_candidates`), ranked by how specific to the block their words are;
    each is parsed alone before it is offered (`stands_alone`). Where the focus keyphrase
    is in a candidate, that candidate is preferred until `KEYPHRASE_SHARE` of the inserted
    headings hold it, never beyond `KEYPHRASE_MAX_SHARE`."""
    from .labels import block_labels
    from .statement import DURATIONS, GENERIC_HEADS, Candidate, Keyness, block_candidates, names_the_article, vague_topic

    counts = lemma_counts(annotated)
    spans_per_block = [[annotated.block_span(b) for b in s.blocks] for s in segments]
    keyness = Keyness.of(spans_per_block, _named_subject(annotated, keyphrase), _title_families(annotated))
    pattern = None
    if keyphrase:
        from ..measures.keyphrase import compile_keyphrase

        pattern = compile_keyphrase(keyphrase)

    def holds_keyphrase(phrase: Phrase) -> bool:
        from ..measures.keyphrase import find_in_text

        return pattern is not None and bool(find_in_text(pattern, phrase.text))

    wanted = math.ceil(KEYPHRASE_SHARE * sum(needs_heading))
    ceiling = math.floor(KEYPHRASE_MAX_SHARE * sum(needs_heading))
    with_keyphrase = 0
    used_content: list[frozenset[str]] = []
    choices: list[HeadingChoice] = []
    for index, (spans, needed) in enumerate(zip(spans_per_block, needs_heading)):
        keywords = block_keywords(annotated, spans, counts)
        if _continues_series(segments, index):
            # items 4 and 5 of a series the previous block announced: its heading holds them
            choices.append(HeadingChoice(None, [], keywords, False))
            continue
        kinds = [b.kind for b in segments[index].blocks]
        labels = [Candidate(label.phrase, LABEL_SCORE - k, label.head, label.unit,
                            "template" if _template_heading(label) else "label" if label.kind != "lead-in"
                            or label.unit < INNER_UNIT else "inner lead-in")
                  for k, label in enumerate(block_labels(annotated, segments[index].blocks,
                                                         _bold_lines_around(segments, index)))
                  if (not vague_topic(label.phrase.content, label.head, keyness.subject_nouns)
                      or (label.phrase.words == 1 and label.head not in GENERIC_HEADS)
                      or _template_heading(label))
                  and not (label.head in DURATIONS and len(label.phrase.content) <= 2)
                  and not (names_the_article(label.phrase.content, keyness.title) and not _template_heading(label))]  # « Les 6 mois (à venir) »  # « Bénéfices » as
        # the author wrote it names what follows; « Objectif » alone, or « Un premier impact », not
        stated = block_candidates(keyness, index, spans, kinds)
        labels = _after_opening_subject(labels, stated)
        candidates = [c for c in sorted(labels + stated, key=lambda c: -c.score)
                      if not name_alone(c.phrase) and c.phrase.content not in used_content
                      and not any(c.phrase.content <= used for used in used_content)]
        checked = candidates[:CHECKED] + [c for c in candidates[CHECKED:] if holds_keyphrase(c.phrase)][:CHECKED // 2]
        alone = stands_alone(list(dict.fromkeys(c.phrase.text for c in checked)))
        ranked = [c for c in checked if alone.get(c.phrase.text)]
        best = ranked[0] if ranked else None
        to_write = False
        if best is None and needed:
            best = _fallback(keyness, index, spans, used_content)
            to_write = True
        if needed and with_keyphrase < min(wanted, ceiling):
            holding = [c for c in ranked if holds_keyphrase(c.phrase)]
            if holding and holding[0].score >= KEYPHRASE_FLOOR * best.score and best.role != "label":
                best = holding[0]
        if (best is not None and needed and with_keyphrase >= ceiling and holds_keyphrase(best.phrase)
                and best.role != "label"):
            best = next((c for c in ranked if not holds_keyphrase(c.phrase)), best)
        alternatives: list[str] = []
        if best is not None:
            kept = [best.phrase.content]
            for candidate in ranked:
                if (candidate is best or candidate.score < ALTERNATIVE_SHARE * best.score or candidate.actor
                        or candidate.bare or candidate.role not in ("nsubj", "obj", "pred", "conj", "label")):
                    continue
                if any(candidate.phrase.content <= k or k <= candidate.phrase.content for k in kept):
                    continue  # a shorter or longer form of a phrase already offered
                alternatives.append(candidate.phrase.text)
                kept.append(candidate.phrase.content)
                if len(alternatives) == 2:
                    break
        has_keyphrase = False
        if best is not None and not to_write:
            used_content.append(best.phrase.content)
            has_keyphrase = holds_keyphrase(best.phrase)
            if has_keyphrase and needed:
                with_keyphrase += 1
        text = (None if to_write else _promoted_line(segments[index], best)) or (best.phrase.text if best else None)
        choices.append(HeadingChoice(text, alternatives, keywords, has_keyphrase, to_write))
    return choices
