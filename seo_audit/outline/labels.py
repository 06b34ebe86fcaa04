"""The author's own labels of a block, the first subheading candidates.

Authors of unstructured pages already label their blocks, in three ways: a short
paragraph wholly in bold (« **Simplification & SimpliScore** », « **Les préjudices sont
d'ordre ?** »), a bold lead that opens a paragraph (« **Objectif d'usage à 6 mois :**
Améliorer… »), and the lead-in sentence that ends with « : » before a list (« Certaines
hypothèses terrains à vérifier : »). Each says, in the author's words, what the items that
follow have in common — where a noun phrase of the block's sentences names one item only
(editors: « un seul des N éléments du bloc », « détail secondaire du bloc »).

A label gives its noun phrase as written, cleaned of its final « : » or « ? » and of an
opening quantifier or possessive (« Certaines hypothèses… », « Nos bénéfices »): the whole
label when it has no finite verb (« Hypothèses terrains à vérifier »); else, for a bold
line, its subject (« Les préjudices sont d'ordre ? » → « Les préjudices »), and for a
lead-in the argument that comes last before the colon, which the list spells out (« …
nous ont permis d'identifier 3 freins principaux : »), and first the phrase that counts the
items that follow, whatever its role (« Cette plateforme a trois objectifs principaux : »
over three items: the author's count says it names them all) — never who acts (« le Défenseur des
Droits cherche à : ») nor a circumstance (« Dans un contexte de… »), and never a noun cut
from its complement. Unlike a phrase picked from a sentence, a label may be a lone noun
with its article (« L'objectif ») or alone (« Expérimentation »): the author made it a
heading.

Which label names the block: the one that opens it (its first paragraph); else a label
inside it that is the only one of its kind, unless so late in the block that it names only
its end (`LATE_SHARE`). Several bold lines or bold leads in one block are a parallel series
(« **Pièce justificatives :** », « **Assistant conversationnel :** »): each names one
item, and none is taken — unless they share their head (« Objectif d'usage à 6 mois »,
« Objectif d'impact à 6 mois »), where their common opening words are, when they end on a
noun (« Objectif »). A bold lead of a list item is an item (« **Sociaux** : »), and so is
a numbered line (« 4 . Collaboration et adoption de la méthode : »): never labels; a bold
line that ends a block introduces the next one.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from ..article import AnnotatedArticle, Block
from ..lang.fr import fold
from ..measures.syllables import UNITS
from .segment import LABEL_WORDS, NUMBERED, numbered_heading, pseudo_heading
from .headings import (DEBRIS, OF_CASES, MAX_CHARS, POINTING, TEMPLATE_HEADS, Phrase, lemma_of, malformed, present_participle, sentence_case, sentence_of,
                       text_of, use_case)
from .visible import visible_text

#: Quantifiers that open a lead-in and are left out of its label (« Certaines hypothèses… »).
_QUANTIFIERS = frozenset({"certain", "certaine", "certains", "certaines", "quelques", "plusieurs", "differents",
                          "differentes", "divers", "diverses", "nos", "vos", "ses", "leurs"})
_ARTICLES = frozenset({"le", "la", "les", "l'", "un", "une"})


@dataclass(frozen=True)
class Label:
    phrase: Phrase
    unit: int          # index of its paragraph in the topic block
    kind: str          # "line" (a bold paragraph), "lead" (a bold lead), "lead-in" (before a list)
    head: str          # folded lemma of its head noun


def _words(text: str) -> int:
    return len(re.findall(r"\w+", text))


#: A plain line of at most this many words ending in a colon labels what follows it.
SHORT_LINE_WORDS = 3
#: Heads too vague to name a block even in the author's words (« en 2 temps : »).
_VAGUE_LABEL_HEADS = frozenset({"temps", "fois", "etape", "point", "chose", "cas", "exemple"})


def _second_lead(block: Block, after: int) -> bool:
    """Another bold run followed by a colon after the block's bold lead: the paragraph holds
    two items (« **Accroche du concept** : … **Attentes** : … », lines joined in one paragraph)."""
    return any(a >= after and block.text[b:].lstrip().startswith(":") or
               a >= after and block.text[a:b].rstrip().endswith(":") for a, b in block.strong)


def _section_label(blocks: tuple[Block, ...], unit: int) -> bool:
    """A bold line followed directly by another bold line: a section's label over its
    sub-labels (« **Les problématiques actuelles** », then « **Informations :** »), not an
    item of a series."""
    return (pseudo_heading(blocks[unit]) and unit + 1 < len(blocks) and pseudo_heading(blocks[unit + 1])
            and not (unit > 0 and pseudo_heading(blocks[unit - 1])))


def _raw_labels(blocks: tuple[Block, ...], opens_on_infinitive=lambda block: False) -> list[tuple[int, str, int, int]]:
    """(unit, kind, start, end) of each label in the blocks' texts; a numbered line
    (« 4 . Collaboration et adoption de la méthode : ») is an item of a numbered series."""
    found = []
    for unit, block in enumerate(blocks):
        if block.kind != "paragraph":
            continue
        text = block.text
        numbered = NUMBERED.match(text)
        if numbered and (pseudo_heading(block) or unit == 0) and numbered_heading(blocks, unit):
            # the author's numbered heading over its own items (« 4 . Renforcement du suivi »,
            # « **2# Tester les usages avant de généraliser** »), where the block starts
            found.append((unit, "numbered", numbered.end(), len(text)))
            continue
        if numbered:
            continue
        if pseudo_heading(block):
            if unit > 0 and _section_label(blocks, unit - 1):
                continue  # the sub-label of a section's label names one item of it
            found.append((unit, "section" if _section_label(blocks, unit) else "line", 0, len(text)))
            continue
        lead = block.strong_lead
        after = text[len(lead):].lstrip()
        if lead and _words(lead) <= LABEL_WORDS and (lead.rstrip().endswith(":") or after.startswith(":")):
            if not _second_lead(block, len(lead)):
                found.append((unit, "lead", 0, len(lead)))
            continue  # a second bold lead on a later line: two items (« **Accroche du concept** : … **Attentes** : … »)
        following = blocks[unit + 1] if unit + 1 < len(blocks) else None
        if unit == 0 and following is not None and "\n" not in text.strip() and _words(text) <= SHORT_LINE_WORDS \
                and text.rstrip().endswith(":"):
            # « Contexte: » over its paragraph: a word or two and a colon, a label
            found.append((unit, "line", 0, len(text)))
            continue
        if (unit == 0 and following is not None and following.kind == "list_item" and "\n" not in text.strip()
                and _words(text) <= LABEL_WORDS and not text.rstrip().endswith((".", ":", "!", "?", "…"))):
            # a short plain line over the list it names (« Un outil d'amélioration du travail
            # juridique » then its features): the author's heading without the bold
            found.append((unit, "line", 0, len(text)))
            continue
        if text.rstrip().endswith(":") and following is not None and (
                following.kind == "list_item" or pseudo_heading(following) or following.strong_lead
                or (following.kind == "paragraph" and opens_on_infinitive(following))):
            # a list, or items as bold lines or leads (« Voici les conséquences d'un non
            # archivage : » then « **Information inaccessible** »), or as paragraphs that
            # open on an infinitive (« …se décline en trois axes : » then « Intervenir… »)
            found.append((unit, "lead-in", 0, len(text)))
    return found


def _clean(tokens: list) -> list:
    # « Une plateforme numérique centralisée permettant de : » labels what the platform
    # allows: the noun phrase stays, the participle that announces the list goes
    while tokens and (tokens[-1].is_punct or tokens[-1].is_space or tokens[-1].pos_ in ("ADP", "DET", "CCONJ")
                      or (present_participle(tokens[-1]) and len(tokens) > 1)):
        tokens = tokens[:-1]
    while tokens and (tokens[0].is_punct or tokens[0].is_space or tokens[0].pos_ in ("SYM", "PUNCT")
                      or (tokens[0].pos_ == "X" and not tokens[0].is_alpha)):  # « Problème » may be tagged X
        tokens = tokens[1:]
    if tokens and fold(tokens[0].text) in ("voici", "voila") and len(tokens) > 1:
        tokens = tokens[1:]  # « Voici les conséquences d'un non archivage : »
    if tokens and fold(tokens[0].text) in _QUANTIFIERS and len(tokens) > 1:
        tokens = tokens[1:]  # « Certaines hypothèses terrains à vérifier », « Nos bénéfices » → « Bénéfices »
    return tokens


_CLAUSE_CORE = frozenset({"nsubj", "nsubj:pass", "aux", "aux:pass", "aux:tense", "cop", "expl:subj", "obj"})


def _as_phrase(tokens: list, whole: bool = False, adjective_cut: bool = False,
               infinitive: bool = False) -> Phrase | None:
    """The label's tokens as a heading, when they read as one (the well-formedness checks of
    a sentence's phrases, except the count of content words; an infinitive complement is
    part of a label: « Hypothèses terrains à vérifier »)."""
    if len(tokens) == 1 and tokens[0].pos_ in ("PROPN", "X") and _common_noun(tokens[0].text):
        pass  # « **Problème** », « **Investigation** » tagged a name at the start of a line
    elif not tokens or not any(t.pos_ == "NOUN" or (t.pos_ == "PROPN" and len(tokens) > 1) for t in tokens):
        return None
    if infinitive and _infinitive_heading(tokens):
        pass  # « Tester les usages avant de généraliser »: the author's heading, an action
    elif tokens[0].pos_ in ("ADP", "SCONJ", "CCONJ", "PRON", "ADV", "VERB", "AUX"):
        return None  # « Pour l'usager », « Ce qui a bien fonctionné », « À court terme »
    elif "Part" in tokens[0].morph.get("VerbForm"):
        return None  # « Ouvert actuellement sur les 15 régions »: a participle says of something unnamed
    if tokens[0].pos_ == "DET" and fold(tokens[0].text) not in _ARTICLES:
        return None
    if len(tokens) == 1 and (tokens[0].pos_ not in ("NOUN", "PROPN", "X") or tokens[0].ent_type_ in ("PER", "ORG")
                             or not tokens[0].text[1:].islower()):
        return None  # a name alone (« LIAne ») names no topic; a common noun the entity
        # recogniser takes for a place at the start of a line (« Conséquences : ») does
    if any(fold(t.text) in POINTING for t in tokens):
        return None
    action = infinitive and _infinitive_heading(tokens)
    fault = malformed(tokens[1:] if action else tokens)  # « Tester | les usages… »: a verb and its object
    if fault == "clause" and not any(c.dep_ in _CLAUSE_CORE for t in tokens for c in t.children):
        fault = ""
    if fault == "name cut" and whole or fault == "adjective cut" and adjective_cut:
        fault = ""  # the label is its whole line: no name runs on beyond it
    if fault:
        return None
    doc = tokens[0].doc
    raw = text_of(doc)[tokens[0].idx : tokens[-1].idx + len(tokens[-1].text)]
    text = visible_text(raw)
    # a pair the author wrote with a spaced slash stays whole (« Le binôme intra / coach »)
    if (len(text) > MAX_CHARS or any(c in text.replace(" / ", " ") for c in "«»\"()[]:;/=⇒|") or DEBRIS.search(text)
            or any(ch.isdigit() for ch in text) and not any(t.pos_ == "NUM" and t.dep_ == "nummod" for t in tokens)):
        return None
    content = frozenset(lemma_of(t) for t in tokens if t.pos_ in ("NOUN", "PROPN", "ADJ", "NUM", "VERB")
                        or (t.pos_ == "X" and t.is_alpha))
    return Phrase(sentence_case(text), tuple(lemma_of(t) for t in tokens), content, tokens[0].idx, len(tokens),
                  tokens[0].pos_ == "PROPN")


def _infinitive_heading(tokens: list) -> bool:
    """An infinitive with its object noun (« Tester les usages avant de généraliser »,
    « Faire du site vitrine un levier… »), not a reflexive one, and no finite verb."""
    first = tokens[0]
    return (first.pos_ == "VERB" and "Inf" in first.morph.get("VerbForm")
            and any(c.dep_ == "obj" and c.pos_ in ("NOUN", "PROPN") for c in first.children)
            and not any(c.dep_ == "expl:comp" for c in first.children)
            and not any("Fin" in t.morph.get("VerbForm") for t in tokens))


@functools.lru_cache(maxsize=512)
def _common_noun(word: str) -> bool:
    """A capitalised word alone that is a common noun of the language (« Problème »,
    « Investigation »): the model tags it a noun in lower case, alone, and knows its vector;
    a product's name (« Grist », « LIAne ») is not."""
    from ..nlp import load

    nlp = load()
    lowered = word[:1].lower() + word[1:]
    if not word[1:].islower() or not nlp.vocab.has_vector(lowered):
        return False
    unused = [name for name in ("parser", "lemmatizer", "ner") if name in nlp.pipe_names]
    with nlp.select_pipes(disable=unused):
        doc = nlp(lowered)
    return len(doc) == 1 and doc[0].pos_ == "NOUN"


#: Nouns of a lead-in's circumstance that its list spells out (« … ne participent pas au
#: dépistage pour des raisons de praticité : »).
_REASONS = frozenset({"raison", "cause", "motif"})
#: Verbs whose subject is what the list spells out (« La stratégie envisagée se décline en
#: trois axes : », « Le dispositif comprend : »).
_STRUCTURE_VERBS = frozenset({"decliner", "comprendre", "articuler", "composer", "consister", "reposer",
                              "structurer", "diviser", "regrouper", "inclure", "contenir", "organiser"})


def _head(tokens: list) -> str:
    noun = next((t for t in tokens if t.pos_ in ("NOUN", "PROPN")), tokens[0])
    return lemma_of(noun)


_ROLES = ("nsubj", "nsubj:pass", "obj", "obl:arg", "obl", "obl:mod")
#: An adjective's own complement (« difficiles | à anticiper »), which a label cannot keep whole.
_COMPLEMENT_OF_ADJECTIVE = frozenset({"xcomp", "obl", "obl:arg", "advcl", "acl", "ccomp"})


#: Number words a lead-in counts its items with (« trois obstacles principaux : »), « deux »
#: to « dix », spelt as `syllables.UNITS` spells them (« un » is the article more often).
_NUMBER_WORDS = {word: n for n, word in enumerate(UNITS) if 2 <= n <= 10}


def _count(token) -> int:
    """The number a numeral says (« 3 », « trois »), 0 when it says none."""
    word = fold(token.text)
    return int(word) if word.isdigit() else _NUMBER_WORDS.get(word, 0)


#: A counted phrase names its list with at least this many content words, the count included:
#: « Deux phases », « Deux catégories » say too little alone (« Trois principes clés »,
#: « 2 axes de travail » do not).
COUNTED_WORDS = 3


def _counted_phrase(tokens: list, items: int, opening: bool = False) -> Phrase | None:
    """The noun phrase of a lead-in that counts the items that follow it (« Le simulateur
    permet d'accéder à 3 niveaux de simulation selon… : » over three bullets, « Trois
    principaux problèmes émergent chez les jeunes : »): the author's count says the phrase
    names every item, the whole list, whatever its role in the sentence; taken whole, or cut
    before a complement (`statement.argument_phrase`). A counted kind or level (« 3 types de
    problème ») names the block only from its `opening` paragraph: after a first paragraph
    that states the block's aim, it names the list, a part of the block."""
    from .statement import _variants, argument_phrase

    if items < 2:
        return None
    inside = {t.i for t in tokens}
    for head in tokens:
        if head.pos_ != "NOUN" or not any(c.dep_ == "nummod" and c.i < head.i and _count(c) == items
                                          for c in head.children):
            continue
        # from its first determiner or numeral on: « (font face à) trois obstacles… »
        start = min(t.i for t in [head, *head.children] if t.i <= head.i and t.dep_ in ("det", "nummod", "amod")
                    or t is head)
        core = [t for t in tokens if start <= t.i <= head.i]
        following = head.doc[head.i + 1] if head.i + 1 < len(head.doc) else None
        # the count and its noun alone when no « de » complement follows (« Trois principaux
        # problèmes | émergent chez les jeunes », parsed as a verbless line)
        bare = [] if following is not None and fold(following.text) in OF_CASES else [core]
        for variant in [*_variants(head), *bare]:
            phrase = argument_phrase([t for t in variant if t.i in inside and t.i >= start], "obl", counted=opening)
            if phrase is not None and len(phrase.content) >= COUNTED_WORDS:
                return phrase
    return None


def _label_phrase(tokens: list, kind: str, items: int = 0, opening: bool = False) -> Phrase | None:
    """The label's noun phrase: the whole label when it has no finite verb, else the phrase
    that counts the `items` a lead-in announces (`_counted_phrase`), else its subject,
    an object or an oblique taken whole (`statement.argument_phrase`), or a noun with its
    article alone when only adjectives follow it (« à des pics difficiles à anticiper » →
    « Les pics ») — never a noun cut from its complement."""
    from .statement import _variants, argument_phrase

    tokens = _clean(tokens)
    if not tokens:
        return None
    if len(tokens) > 2 and fold(tokens[0].text) in ("exemple", "exemples") and fold(tokens[1].text) in ("de", "d'"):
        tokens = tokens[2:]  # « Exemples de cas d'usage : » announces cases of use
    counted = _counted_phrase(tokens, items, opening) if kind == "lead-in" else None
    if counted is not None:
        return counted
    if not any("Fin" in t.morph.get("VerbForm") for t in tokens):
        # a verbless lead-in is its whole line up to the colon (« Conséquences : »): no name
        # runs on beyond it
        return _as_phrase(tokens, whole=True, infinitive=kind in ("line", "section", "numbered"))
    inside = {t.i for t in tokens}
    from .statement import _actor, _subordinate

    roles = _ROLES[:4] if kind == "lead-in" else _ROLES  # « Dans un contexte de… » is a circumstance
    main_verbs = [t for t in tokens if "Fin" in t.morph.get("VerbForm") and not _subordinate(t)
                  and not _subordinate(t.head)]  # not « alors que la collecte a lieu »
    if not all(fold(t.lemma_) == "etre" for t in main_verbs):
        # « Le bénéficiaire du R.S.A pourra : », « La plateforme permet de… : »: the list says
        # what the subject does, the subject is not what the items share (« L'objectif est de : »,
        # « Les préjudices sont d'ordre ? » name it)
        # — but a passive's subject is what the list spells out (« Cinq besoins principaux ont
        # été identifiés : »)
        roles = tuple(r for r in roles if not r.startswith("nsubj") or r == "nsubj:pass"
                      or any(fold(t.lemma_) in _STRUCTURE_VERBS for t in main_verbs))
    heads = [t for t in tokens if t.pos_ == "NOUN" and (t.dep_ in roles or (
                 kind == "lead-in" and t.dep_.startswith("obl") and lemma_of(t) in _REASONS))
             and not _subordinate(t.head)
             and not _actor(t)]  # not « alors que la collecte… », not « le Défenseur des Droits »
    if kind == "lead-in":
        # the list spells out what comes last before the colon (« … ont permis d'identifier
        # 3 freins principaux : », « … est soumise à des pics difficiles à anticiper : »)
        heads.sort(key=lambda t: -t.i)
    else:
        heads.sort(key=lambda t: _ROLES.index(t.dep_))  # « Les préjudices sont d'ordre ? »
    for head in heads:
        whole = [t for t in _variants(head)[0] if t.i in inside]
        phrase = argument_phrase(whole, head.dep_.split(":")[0])
        if phrase is None and len(whole) == 1 and lemma_of(head) in TEMPLATE_HEADS:
            phrase = _as_phrase(whole)  # « (Ses) objectifs sont de : » → « Objectifs »
        if phrase is not None:
            return phrase
        at = whole.index(head)
        core = whole[: at + 1]
        rest = whole[at + 1 :]
        if (len(core) == 2 and core[0].pos_ == "DET" and fold(core[0].text) in _ARTICLES | {"des", "du"}
                and all(t.dep_ != "nmod" and t.dep_ != "case" for t in rest)):
            # an adjective that points (« les technologies suivantes ») or governs its own
            # complement (« des pics difficiles à anticiper ») may be left out
            cut_ok = bool(rest) and (fold(rest[0].text) in POINTING or any(
                c.i > rest[0].i and c.dep_ in _COMPLEMENT_OF_ADJECTIVE for c in rest[0].children))
            phrase = _as_phrase(core, adjective_cut=cut_ok)
            if phrase is not None and fold(core[0].text) in ("des", "du"):
                # « à des pics » → « Les pics »: the article the contraction holds
                word = "Les" if fold(core[0].text) == "des" else "Le"
                phrase = Phrase(word + phrase.text[len(core[0].text):], phrase.lemmas, phrase.content,
                                phrase.start, phrase.words, False)
            if phrase is not None:
                return phrase
    return None


def block_labels(annotated: AnnotatedArticle, blocks: tuple[Block, ...], neighbours: int = 0) -> list[Label]:
    """The labels that name this topic block, best first (see the module's docstring).
    `neighbours` counts the bold lines that label a list in the adjacent blocks of the same
    section: with two or more there, a bold line inside this block (not opening it) is one
    of a series the segmenter spread over blocks (« **Simplification & SimpliScore** », then
    « **Pièce justificatives :** », « **Assistant conversationnel :** »…), an item."""
    labels = []
    def opens_on_infinitive(block: Block) -> bool:
        words = [t for t in annotated.block_span(block) if t.is_alpha][:2]
        # « Intervenir en conseil… », « D'intégrer l'évaluation… »
        words = words[1:] if words and fold(words[0].text) in ("de", "d") else words
        return bool(words) and words[0].pos_ == "VERB" and "Inf" in words[0].morph.get("VerbForm")

    for unit, kind, start, end in _raw_labels(blocks, opens_on_infinitive):
        if kind == "line" and unit == len(blocks) - 1 and len(blocks) > 1:
            continue  # a bold line that ends the block introduces the next one
        if kind == "line" and unit > 0 and neighbours >= 2:
            continue
        block = blocks[unit]
        base = annotated.block_starts[annotated.index_of(block)]
        span = annotated.doc.char_span(base + start, base + end, alignment_mode="expand")
        if span is None:
            continue
        tokens = [t for t in span if not t.is_space]
        if kind == "lead-in":  # its last sentence, the one that announces the list
            last = sentence_of(tokens[-1]).start if tokens else 0
            tokens = [t for t in tokens if t.i >= last]
        phrase = _label_phrase(tokens, kind, _items_after(blocks, unit), unit == 0)
        vague = phrase is not None and _head([t for t in tokens if t.idx >= phrase.start] or tokens) in _VAGUE_LABEL_HEADS
        if vague and use_case(phrase.text):
            vague = False
        if phrase is not None and not _late(blocks, unit) and not vague:
            labels.append(Label(phrase, unit, kind, _head([t for t in tokens if t.idx >= phrase.start] or tokens)))
    return _choose(labels)


def _items_after(blocks: tuple[Block, ...], unit: int) -> int:
    """How many list items follow the paragraph at `unit`, at the level of the first one
    (sub-items are parts of an item)."""
    following = [b for b in blocks[unit + 1 :]]
    if not following or following[0].kind != "list_item":
        return 0
    level = following[0].level
    count = 0
    for block in following:
        if block.kind != "list_item":
            break
        count += block.level == level
    return count


#: A label followed by less than this share of its block's words names the block's end.
LATE_SHARE = 0.25


def _late(blocks: tuple[Block, ...], unit: int) -> bool:
    """The label comes so late in the block that it names only its end (a segment the
    segmenter did not cut there)."""
    words = [_words(b.text) for b in blocks]
    return sum(words[unit:]) < LATE_SHARE * sum(words)


def _choose(labels: list[Label]) -> list[Label]:
    """The opening label first; of the others, those that are the only one of their kind; a
    series of bold labels with one head gives its common opening words (module doc)."""
    out: list[Label] = []
    for kind in ("line", "lead"):
        series = [label for label in labels if label.kind == kind]
        if len(series) < 2:
            continue
        heads = {label.head for label in series}
        common = _common_opening(series) if len(heads) == 1 else None
        labels = [label for label in labels if label.kind != kind]
        if common is not None:
            labels.append(common)
    opening = [label for label in labels if label.unit == 0]
    out.extend(opening)
    out.extend(label for label in sorted(labels, key=lambda lb: lb.unit) if label not in opening)
    return out


def _common_opening(series: list[Label]) -> Label | None:
    """The words the labels of a series open with, when they end on a noun; else the first
    label when it opens the block, else nothing."""
    texts = [label.phrase.text.split() for label in series]
    n = 0
    while all(len(t) > n and t[n] == texts[0][n] for t in texts):
        n += 1
    first = series[0]
    if n == len(texts[0]) or n == 0:
        return first if first.unit == 0 and n else None
    words = texts[0][:n]
    while words and fold(words[-1]).rstrip("'’") in ("de", "d", "du", "des", "a", "au", "aux", "en", "et", "pour"):
        words = words[:-1]
    if not words:
        return None
    text = " ".join(words)
    if lemma_of_word(words[-1]) != first.head:
        return None
    lemmas = first.phrase.lemmas[: len(words)]
    return Label(Phrase(text, lemmas, frozenset({first.head}), first.phrase.start, len(words), first.phrase.proper_first),
                 first.unit, first.kind, first.head)


def lemma_of_word(word: str) -> str:
    """A folded word as the lemma of a singular head (enough to compare with `Label.head`)."""
    return fold(word).strip("'’")
