"""Meta title proposals: the author's title, shortened by deletion when it is too long.

1. **The title fits** (TTL002's characters, TTL003's pixels): it is proposed as it is.
2. **Too long**: it is shortened by deleting words only, keeping its head noun phrase
   and the keyphrase. The deletions, tried in combination: what follows a subordinate
   or relative clause marker (« alors qu’… », « qui… », « , … », « : … » on the longer
   side), a leading prepositional frame (« À l’intérieur du canal… » → « Le canal… »:
   the head is the noun after the frame; a contracted article becomes the article it
   contains), adjectives, and trailing prepositional phrases one by one. Each variant
   must end on a content word; the best keeps the most of the title's content — proper
   nouns first (the subject is usually someone or somewhere), then nouns — and the
   keyphrase.
3. **No title**: the lead's key sentence (the first of the body that says something
   alone) compressed by deletion only (`compress.py`: dateline, time adverbials,
   appositions, relative and subordinate clauses, parentheses and attributions go;
   subject, verb and object stay as written), as a news lead states what its title
   says, alone or after the place the text names most (« Grèce : Antonis Samaras a
   dévoilé la constitution », as news is titled) or the country it names, which heads a
   news title where the text names the city more (« Portugal : les daltoniens… » over a
   text on Porto; `lang.fr.places`), and « Tête : groupe nominal » with a
   noun phrase of the lead after that place or a keyphrase that names something (not
   someone). The candidates are ranked by the F1
   they may expect against an editor's title (`expected_f1`: proper nouns and the words
   the text repeats are a title's, each further word dilutes). Only when no sentence
   compresses within the limits: « Lieu : phrase » (the
   place the text names most), « Keyphrase : phrase », or a phrase alone, each phrase a noun phrase of the text
   (`headings.noun_phrases`) ranked by the article's keywords it holds, the lead first,
   and shorter rather than longer (a dense title shares more with what it names).
"""

from __future__ import annotations

import re

from ..article import AnnotatedArticle
from ..lang.fr import fold
from ..lang.fr.conjunctions import SUBORDINATING
from ..lang.fr.pronouns import POINTING_BACK_MODIFIERS
from ..measures.serp import pixel_width
from .alone import parsed_alone
from .anaphora import DEMONSTRATIVES, demonstrative
from .compress import _is_time, join_tokens, name_number
from .headings import _CONTRACTED, Phrase, lemma_of, noun_phrases, sentence_case
from .product import name_case
from .limits import Limits
from .meta import Candidate, coverage, keyphrase_position, keyword_weights, mission_lemmas
from .visible import visible_text

#: What opens a clause a title's phrase stops before: a subordinating conjunction, a
#: relative pronoun, « car », an infinitive's mark (as written: « où », « après »).
_CLAUSE_MARKS = SUBORDINATING | {"qui", "que", "qu'", "dont", "où", "car", "afin", "pour", "après", "avant"}
#: Without a title: what opening on the place the text names most, and drawing the phrase
#: from the first paragraph (the lead), add to a candidate's score.
PLACE_HEAD = 3.5
LEAD_BONUS = 1.5
KEYPHRASE_HEAD = 2.0
LENGTH_WEIGHT = -1.0   # without a title, denser is better: each extra character costs
_WEIGHT = {"PROPN": 2.0, "NOUN": 1.5, "NUM": 1.0, "ADJ": 0.3, "VERB": 0.8}
#: Prepositions that open a noun's complement (« l'emploi des jeunes », « les personnes en
#: situation de handicap », « habitat à haute densité »), folded: a title that deletes the
#: complement leaves a noun that means little (« favoriser l'emploi », « les personnes »).
COMPLEMENT_PREPOSITIONS = frozenset({"de", "d'", "du", "des", "en", "a", "au", "aux"})


def points_back(tokens) -> bool:
    """A word of the title points back to what a reader of a results page has not read:
    « la réglementation associée » (associated with what?), « ce dispositif », « ledit »."""
    for token in tokens:
        word = fold(token.text)
        if word in POINTING_BACK_MODIFIERS:
            return True
        if token.pos_ == "DET" and word in DEMONSTRATIVES and demonstrative(token.head):
            return True
    return False


def opens_complement(token) -> bool:
    """`token` is the preposition of a noun's (or an adjective's) complement: « des » in
    « l'emploi des jeunes », « en » in « les personnes en situation de handicap ». An « à »
    or « en » phrase with a determiner (« à l'échelle d'une EPCI ») is as often the verb's
    adjunct, whatever the parse says: only a bare one (« à haute densité ») counts."""
    if not (token.pos_ == "ADP" and fold(token.text) in COMPLEMENT_PREPOSITIONS
            and token.head.pos_ in ("NOUN", "PROPN", "NUM", "PRON")   # not « en facilitant… »
            and token.head.head.pos_ in ("NOUN", "PROPN", "ADJ") and token.head.head.i < token.i):
        return False
    if fold(token.text) in ("a", "en"):
        return not any(c.dep_ == "det" for c in token.head.children)
    return True


def loses_complement(kept: list, original: list) -> bool:
    """A kept noun or adjective whose next word in `original` was deleted and opened its
    complement (« Réduction des encombrants en habitat [à haute densité] », « Le journaliste
    Gilles Jacquier aurait été victime [d'une bavure…] »)."""
    kept_ids = {t.i for t in kept}
    position = {t.i: k for k, t in enumerate(original)}
    for token in kept:
        k = position.get(token.i)
        if k is None or token.pos_ not in ("NOUN", "PROPN", "ADJ"):
            continue
        k += 1
        while k < len(original) and original[k].i not in kept_ids and original[k].pos_ == "ADJ":
            k += 1   # « habitat [social collectif à haute densité] »: the adjectives, then the complement
        if k < len(original) and original[k].i not in kept_ids and opens_complement(original[k]):
            return True
    return False


def _phrase_tokens(phrase: Phrase, doc) -> list:
    """The tokens of a phrase of `doc` (`headings.noun_phrases`), from its offset: spaCy's
    `char_span` finds the token by bisection (a linear scan per phrase made the candidates
    quadratic in the article), without a cache kept between calls."""
    span = doc.char_span(phrase.start, phrase.start + 1, alignment_mode="expand")
    if span is None or span.start_char != phrase.start:
        return []
    return list(doc[span.start : span.start + phrase.words])


def names_people(phrase: Phrase, doc) -> bool:
    """The phrase's head names who acts or is served (« les porteurs de projet »,
    « l'Organisation Mondiale de la Santé »), not what the page is about."""
    from ..lang.fr.roles import ROLE_NOUNS
    from .statement import _actor

    tokens = _phrase_tokens(phrase, doc)
    inside = {t.i for t in tokens}
    head = next((t for t in tokens if t.head.i not in inside or t.head == t), None)
    return head is not None and (_actor(head) or lemma_of(head) in ROLE_NOUNS)


def _starts_with_number(phrase: Phrase, doc) -> bool:
    tokens = _phrase_tokens(phrase, doc)
    return bool(tokens) and (tokens[0].like_num or tokens[0].pos_ == "NUM")


def cut_short(phrase: Phrase, doc) -> bool:
    """A noun phrase of the text that stops before its noun's complement or adjective
    (« l'immersion professionnelle [des personnes…] », « emploi des personnes en situation
    [de handicap] », « des personnes [handicapées] »), or that points back (`points_back`)."""
    tokens = _phrase_tokens(phrase, doc)
    if not tokens:
        return False
    inside = {t.i for t in tokens}
    if points_back(tokens):
        return True
    if any(t.dep_ == "fixed" and t.head.i not in inside for t in tokens):
        return True   # a piece of a fixed expression
    before = doc[tokens[0].i - 1] if tokens[0].i > 0 else None
    if (before is not None and tokens[0].pos_ == "NOUN" and before.pos_ == "ADP"
            and fold(before.text) not in _CONTRACTED   # « des démarches » holds its article
            and before.head.i == tokens[0].i and before.head.head.i not in inside):
        return True   # « œuvre des démarches », a bare noun taken out of « la mise en œuvre »
    if _is_time(next((t for t in tokens if t.head.i not in inside or t.head == t), tokens[0])):
        return True   # « deux ans »: a time, not a subject
    after = doc[tokens[-1].i + 1] if tokens[-1].i + 1 < len(doc) else None
    if after is None:
        return False
    if after.pos_ == "PROPN" and after.head.i in inside:
        return True   # « Plan France [Relance] »: a name cut
    if after.pos_ == "ADJ" and after.dep_ == "amod" and after.head.i in inside:
        return True
    if fold(after.text) == "entre" and after.pos_ == "ADP" and after.head.head.i in inside:
        return True   # « un fossé important [entre les engagements…] »: between what?
    return opens_complement(after) and after.head.head.i in inside


def _fixed_adjective(token) -> bool:
    """An adjective before a noun without a determiner (« à haute densité », « à grande
    vitesse »): the pair is one term, the noun alone says something else."""
    head = token.head
    return (token.pos_ == "ADJ" and token.dep_ == "amod" and token.i < head.i
            and head.pos_ in ("NOUN", "PROPN") and not any(c.dep_ == "det" for c in head.children))


def _names_adjective(token, title: list) -> bool:
    """An adjective of a capitalised noun inside the title is part of a name (« le Parti
    [populaire] », « le Parlement [européen] »): the noun alone names something else."""
    head = token.head
    return (token.dep_ == "amod" and head.text[:1].isupper() and head.pos_ in ("NOUN", "PROPN")
            and bool(title) and head.i != title[0].i)


def fits(text: str, limits: Limits) -> bool:
    return (limits.title_min_chars <= len(text) <= limits.title_max_chars
            and pixel_width(text, limits.title_font_px) <= limits.title_max_pixels)


def _ends_well(tokens: list) -> bool:
    return bool(tokens) and tokens[-1].pos_ in ("NOUN", "PROPN", "ADJ", "NUM", "VERB") and \
        any(t.pos_ in ("NOUN", "PROPN") for t in tokens)


def _clause_cuts(tokens: list) -> list[int]:
    """Indices where a subordinate clause, a relative clause or an apposition starts."""
    cuts = []
    for k, token in enumerate(tokens[1:], 1):
        word = fold(token.text)
        if token.text in (",", "(", "–", "—") or (word in _CLAUSE_MARKS and token.pos_ in ("SCONJ", "PRON", "ADV")):
            cuts.append(k)
        elif token.dep_ in ("mark",) or token.is_sent_start:
            cuts.append(k)
    return cuts


def _frame_end(tokens: list) -> int | None:
    """« À l’intérieur du canal » → the index of « du » (the frame ends before the head)."""
    if not tokens or tokens[0].pos_ != "ADP":
        return None
    for k, token in enumerate(tokens[1:5], 1):
        if token.pos_ == "ADP" and fold(token.text) in ("de", "du", "des", "d'"):
            return k
    return None


def _variants(tokens: list) -> list[list]:
    """Deletion variants of the title's tokens (each keeps the order of the title)."""
    starts: list[tuple[list, str | None]] = [(tokens, None)]
    frame = _frame_end(tokens)
    if frame is not None:
        # the frame is not the subject: a shortened title starts on the head it frames
        rest = tokens[frame + 1:]
        word = fold(tokens[frame].text)
        if word in _CONTRACTED and rest:
            starts = [(rest, _CONTRACTED[word])]   # « du canal » → « le canal »
        elif rest and rest[0].pos_ == "DET":
            starts = [(rest, None)]                 # « de la Russie » → « la Russie »
    found = []
    for base, article in starts:
        if article is not None:
            base = [article] + base
        heads = [base]
        for cut in _clause_cuts(base):
            heads.append(base[:cut])
        if ":" in [getattr(t, "text", t) for t in base]:
            colon = [getattr(t, "text", t) for t in base].index(":")
            after = base[colon + 1:]
            heads.append(after)
            # « [Îles Baléares :] le Parti populaire exclut le député [pour avoir…] »: the
            # statement after the colon, its clause cut too
            heads.extend(after[:cut] for cut in _clause_cuts(after))
        for head in heads:
            found.append(head)
            without_adjectives = [t for t in head if isinstance(t, str) or t.pos_ != "ADJ"
                                  or t.text[:1].isupper() or _fixed_adjective(t) or _names_adjective(t, tokens)]
            found.append(without_adjectives)
            # trailing prepositional phrases, one by one; not after a comma or a colon
            # (« L’intrapreneur, un entrepreneur » would cut an apposition in its middle)
            if any(getattr(t, "text", t) in (",", ":", "(", "–", "—") for t in head) or _clause_cuts(head):
                continue  # and never inside a subordinate clause: it goes whole or not at all
            for shape in (head, without_adjectives):
                current = list(shape)
                for _ in range(3):
                    adps = [k for k, t in enumerate(current) if not isinstance(t, str) and t.pos_ == "ADP" and k > 1]
                    if not adps:
                        break
                    current = current[: adps[-1]]
                    found.append(current)
    return found


def _text(variant: list) -> str:
    if variant and isinstance(variant[0], str):
        article, tokens = variant[0], variant[1:]
        body = join_tokens(tokens)
        return sentence_case(f"{article} {body}") if tokens else ""
    return sentence_case(join_tokens(variant))


def shortened_titles(span, keyphrase: str | None, limits: Limits) -> list[Candidate]:
    """Deletion-only shortenings of a title that does not fit, best first."""
    tokens = [t for t in span if not t.is_space]
    had_keyphrase = keyphrase_position(span.text, keyphrase) is not None
    scored: dict[str, float] = {}
    for variant in _variants(tokens):
        real = [t for t in variant if not isinstance(t, str)]
        while real and real[-1].pos_ in ("ADP", "DET", "CCONJ", "SCONJ", "PRON", "PUNCT", "AUX", "ADV"):
            real = real[:-1]
        variant = ([variant[0]] if variant and isinstance(variant[0], str) else []) + real
        if not _ends_well(real):
            continue
        if any(t.text in (",", "(", "–", "—") for t in real):
            continue  # a shortened title holds no half apposition (« L’intrapreneur, un entrepreneur »)
        if loses_complement(real, tokens) or points_back(real):
            continue  # « …en habitat [à haute densité] », « la réglementation associée »
        text = _text(variant)
        if not fits(text, limits):
            continue
        scored.setdefault(text, _shortened_value(text, real, keyphrase if had_keyphrase else None, limits))
    for text, real in _compressed_titles(tokens, limits):
        scored.setdefault(text, _shortened_value(text, real, keyphrase if had_keyphrase else None, limits))
    return [Candidate(t, v) for t, v in sorted(scored.items(), key=lambda item: (-item[1], item[0]))]


def _shortened_value(text: str, real: list, keyphrase: str | None, limits: Limits) -> float:
    """What a shortening keeps of the title: proper nouns first, then nouns; the keyphrase
    (given when the title held it)."""
    value = sum(_WEIGHT.get(t.pos_, 0.0) for t in real)
    if keyphrase is not None:
        value += 3.0 if keyphrase_position(text, keyphrase) is not None else -3.0
    value += 0.2 * len(text) / limits.title_max_chars
    return round(value, 6)


def _compressed_titles(tokens: list, limits: Limits) -> list[tuple[str, list]]:
    """A title that is a sentence compressed as a lead is (`compress.py`: appositions,
    adjuncts and clauses go, subject, verb and object stay): « Le journaliste Gilles
    Jacquier aurait été victime d'une bavure [des rebelles syriens] » → « Gilles Jacquier
    aurait été victime d'une bavure »; after « Lieu : », the statement that follows it
    (« Égypte : le parti des Frères musulmans exige les résultats »)."""
    from ..nlp import load
    from .compress import compressions

    # parsed alone: in the article's parse the title's verb may govern the lines after it
    doc = load()(join_tokens(tokens))
    found = [(c.text, list(c.tokens)) for c in compressions(doc[:], limits.title_max_chars)]
    colon = next((t.i for t in doc if t.text == ":"), None)
    if colon is not None and 0 < colon < len(doc) - 1:
        head = list(doc[:colon])
        name = join_tokens(head)
        for compressed in compressions(doc[colon + 1:], limits.title_max_chars - len(name) - 3):
            lowered = _lower_first(join_tokens(compressed.tokens), compressed.tokens[0].pos_ == "PROPN")
            found.append((f"{name} : {lowered}", head + list(compressed.tokens)))
    # a statement has its verb (« Une trentaine de départements français [en vigilance] orange »
    # is a misparse's noun predicate)
    return [(text, real) for text, real in found if fits(text, limits)
            and any(t.pos_ in ("VERB", "AUX") for t in real)]


_ARTICLES = frozenset({"le", "la", "les", "l", "un", "une", "des", "du"})


def _lower_first(text: str, proper: bool = False) -> str:
    """« Le canal de retour » → « le canal de retour » after « Keyphrase : » or « Lieu : »,
    unless the first word is a proper noun (`proper`) or an acronym (it keeps its capital)."""
    first = text.split(" ", 1)[0]
    if fold(first).split("'")[0] in _ARTICLES:
        return text[:1].lower() + text[1:]
    if proper:
        return text
    if len(first) > 1 and first.isupper():
        return text
    return text[:1].lower() + text[1:]


#: Where a mission statement may be shortened: before a preposition or a subordinating
#: word that opens a trailing complement (« … dans le transport routier léger »), or
#: before « et » that joins a second complement (« … de l’impôt [et de la taxe de séjour] »)
#: or a second object (« protéger la ressource halieutique [et l’environnement marin…] »).
_TRAILING = re.compile(r"(?:,\s+|\s+)(?=(?:dans|pour|afin|grâce|auprès|en|par|sur|à|au|aux|avec|entre|de|des|du|d['’]"
                       r"|hors|sans|via|vers|chez|selon|sous|contre"
                       r"|et\s+(?:de|des|du|d['’]|à|au|aux|pour|en|dans|sur|par|le|la|les|l['’]|un|une))\b)",
                       re.IGNORECASE)
_ENDS_BADLY = re.compile(r"(?:\b(?:le|la|les|l|un|une|des|du|de|d|et|ou|à|au|aux|en|par|pour|sur|son|sa|ses|leur|leurs"
                         r"|votre|vos|notre|nos|ce|cet|cette|ces|qui|que|avec|entre|contre|vers|chez|sans|dont|parmi"
                         r"|envers|grâce|auprès|lors|afin|autour|face|près|quant|jusqu|faute)['’]?|[,;:])$", re.IGNORECASE)
#: A cut before « et » keeps a whole complement (« … de l’impôt ») where a later cut may
#: leave a compound noun without its end (« la taxe [de séjour] »): it comes first.
COORDINATION_CUT = 1.0
#: A word that spells its acronym in capitals (« FAciliter le Recouvrement de l’Impôt et de
#: la TAxe de Séjour » for FARITAS): the mission then capitalises for the acronym's sake.
_ACRONYM_SPELLING = re.compile(r"^[A-ZÀ-Ý]{2,}[a-zà-ÿ]")


def _needs_complement(text: str) -> bool:
    """The text ends on a noun that needs its complement (« renforcer la place [des PME] »)."""
    from .compress import RELATIONAL

    last = re.split(r"['’]", fold(text.split()[-1]).strip("'’"))[-1]  # « l'accès » is « accès »
    return last in RELATIONAL or last in ("place", "role", "acces", "prise", "mise", "besoin", "manque", "absence")


#: What deleting the adjectives of a complement's complement costs a mission title.
DEEP_ADJECTIVE_COST = 0.5
_POSSESSIVES = frozenset({"son", "sa", "ses", "leur", "leurs"})
#: What deleting the mission's verb (its object alone after the name) costs.
OBJECT_COST = 0.5


def _mission_objects(doc) -> list[tuple[int, str | None]]:
    """Where the mission's main noun phrase starts, and the article to put before it: the
    object of its verb (« Automatiser [le traitement des pièces justificatives…] »,
    « Faciliter et sécuriser [les communications…] ») or its last conjunct (« Simplifier
    la rédaction et [la transmission des PVs…] »: a first conjunct shares the last one's
    complement). A contracted article becomes the article it holds (« des PVs » →
    « les PVs »). The phrase runs on to the mission's end, cut like the mission."""
    root = next((t for t in doc if t.head == t), None)
    if root is None or root.pos_ != "VERB":
        return []
    verbs = [root] + [c for c in root.children if c.dep_ == "conj" and c.pos_ == "VERB"]
    found = []
    for verb in verbs:
        for obj in (c for c in verb.children if c.dep_ == "obj" and c.pos_ in ("NOUN", "PROPN")):
            last = max((c for c in obj.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")),
                       key=lambda c: c.i, default=None)
            for head in (obj, last) if last is not None else (obj,):
                start = _phrase_start(doc, head)
                if start is not None:
                    found.append(start)
    return found


#: What a noun phrase nested in the mission costs after the name (« [Piloter … la bonne
#: continuité des] rendez-vous des bénéficiaires du RSA »), tried only when neither the
#: verb nor its object fits: above the mission alone, which raters found without the
#: product's name.
NESTED_COST = 2.5
#: What cutting the complement of a noun closed by its adjective costs: tried last, when
#: neither the mission, its object, nor a complement inside it fits after the name.
TERM_CUT_COST = 10.0
_CLITICS = frozenset({"le", "la", "les", "l'", "lui", "leur", "en", "y"})
#: What deleting a verb's coordinated twin costs (« Outiller [et accompagner] les agents
#: publics »): the first verb shares the object, and the name then has room.
TWIN_VERB_COST = 0.3


def _phrase_start(doc, head) -> tuple[int, str | None] | None:
    """Where the noun phrase of `head` starts, and the article to put before it when its
    preposition holds one (« des PVs » → « les PVs »); None without a determiner of its
    own (« la rédaction et [transmission] ») or with a possessive (« leur utilisation »:
    of what?)."""
    if any(d.dep_ in ("det", "nmod:poss") and fold(d.text) in _POSSESSIVES for d in head.children):
        return None
    first = head.left_edge
    article = None
    while first.i < head.i and first.pos_ in ("CCONJ", "PUNCT", "ADP"):
        article = _CONTRACTED.get(fold(first.text))
        first = doc[first.i + 1]
    if first.pos_ != "DET" and article is None:
        return None
    return first.idx, article if first.pos_ != "DET" else None


def _nested_phrases(doc, taken: set[int]) -> list[tuple[int, str | None, int]]:
    """The complements of a noun inside the mission that are not its object (`taken`: their
    starts), each with its determiner (« [Référencer l'intégralité] des adresses du territoire
    français » → « les adresses du territoire français »), run on to the mission's end and
    cut like it. Not whom the product serves (« les acteurs publics »: `names_people`), not
    an indefinite (« des messageries complètes »: which?); once cut, it must say more than
    the name (`_says_more`)."""
    from ..lang.fr.roles import ROLE_NOUNS
    from .statement import _actor

    found = []
    for token in doc:
        if token.pos_ != "NOUN" or token.dep_ != "nmod" or _is_time(token) \
                or _actor(token) or lemma_of(token) in ROLE_NOUNS:
            continue
        start = _phrase_start(doc, token)
        if start is None or start[0] in taken:
            continue
        first = next(t for t in doc if t.idx == start[0])
        if start[1] is None and fold(first.text) in ("des", "un", "une"):
            continue
        edge = token.right_edge
        found.append((*start, edge.idx + len(edge.text)))
    return found


def _wants_complement(adjective) -> bool:
    """A participle or a superlative asks for its complement (« les jeunes les plus éloignés
    [de l'emploi] », « dédiés [aux…] »): the noun it closes is no term without it."""
    return adjective.text.lower().endswith(("é", "és", "ée", "ées")) or any(
        c.dep_ == "advmod" and fold(c.text) in ("plus", "moins") for c in adjective.children)


def _then_if_none(first, then, found: list):
    """The items of `first`, then those of `then` if `found` is still empty."""
    yield from first
    if not found:
        yield from then


def _says_more(doc, start: int, end: int, name: str) -> bool:
    """Two content words at least between `start` and `end` that the name does not hold."""
    named = {fold(w).rstrip("s") for w in re.findall(r"\w+", name)}
    return len({lemma_of(t).rstrip("s") for t in doc if start <= t.idx < end
                and t.pos_ in ("NOUN", "PROPN", "ADJ") and not t.is_stop} - named) >= 2


def _twin_of_first(token) -> bool:
    """`token` is coordinated with the mission's first word and ends as an infinitive does
    (« outiller et [accompagner] », « evaluer et [conseiller] »): its twin verb, whatever its
    tag (the tagger reads « conseiller » as a noun too)."""
    return token.dep_ == "conj" and token.head.i == 0 and fold(token.text).endswith(("er", "ir", "re"))


def _twin_verb(doc) -> tuple[int, str] | None:
    """« Outiller et accompagner les agents publics… »: the first verb shares the object of
    its coordinated twin, so the twin may go (« outiller les agents publics… »): where the
    rest starts, and the first verb."""
    if len(doc) < 4 or doc[0].head != doc[0] or fold(doc[1].text) != "et" or not _twin_of_first(doc[2]):
        return None
    if doc[3].pos_ == "ADP":
        return None  # « évaluer et conseiller | sur les risques »: the preposition is the twin's
    # own (« conseiller sur »), and « Kelrisks : evaluer sur les risques… » reads wrong
    return doc[3].idx, doc[0].text


def _without_deep_adjectives(doc) -> str:
    """The text of `doc` without the adjectives that follow a noun two complements deep
    or more (« agent intelligent de simplification des démarches [numériques] »): the
    further from the head, the less a modifier carries of the subject; the head's own
    adjectives (« l'immersion professionnelle ») and a noun's first complement's (« les
    personnes handicapées ») stay, and so does a fixed pair (« à haute densité »)."""
    def nominal_ancestors(token) -> int:
        count = 0
        while token.head != token:
            token = token.head
            count += token.pos_ in ("NOUN", "PROPN", "ADJ")
        return count

    dropped = {t.i for t in doc if t.pos_ == "ADJ" and t.dep_ == "amod" and t.i > t.head.i
               and t.head.pos_ in ("NOUN", "PROPN") and nominal_ancestors(t.head) >= 2}
    return "".join(t.text_with_ws for t in doc if t.i not in dropped).strip()


def _whole_before_and(conjunction, last) -> bool:
    """The phrase before « et » is whole, so the mission may stop there: it ends on its own
    adjective (« protéger la ressource halieutique [et l'environnement marin] ») or on its
    own complement (« … des effets des inondations [et …] »); not on a noun whose complement
    the second conjunct shares (« simplifier la rédaction [et la transmission des PVs] »,
    « faciliter la gestion [et le suivi des interventions] »), nor inside « entre A et B »."""
    if last is None or any(fold(c.text) == "entre" for c in conjunction.head.head.children if c.dep_ == "case"):
        return False
    # a complement with its own article (« dans l'identification [et le développement de
    # filières] ») may be the one sharing: only a bare or contracted one (« des inondations ») is whole
    return last.pos_ == "ADJ" or (last.dep_ == "nmod" and last.i < conjunction.i and last.head.i < last.i
                                  and not any(c.dep_ == "det" for c in last.children))


def _indefinite(noun) -> bool:
    """A noun's complement with an indefinite article (« l'accès à des données [de
    l'apprentissage…] »): it promises no known referent, and the noun it completes says
    what the mission is about, so it stands without its own complement, where « l'immersion
    des personnes [en situation de handicap] » (« des » = « de les ») and the object itself
    (« réserver une parcelle [de jardin partagé] ») do not, nor a singular (« la rédaction
    d'un cahier [des clauses techniques…] »)."""
    return noun.dep_ == "nmod" and any(
        c.dep_ == "det" and c.pos_ == "DET" and fold(c.text) == "des" for c in noun.children)


#: A mission alone, without the name it would follow (« Faciliter la transition écologique
#: des PME-ETI » where « Mission Transition Ecologique : » leaves no room): below any
#: « Nom : mission », above the phrases of the text, which raters found a detail.
MISSION_ALONE_COST = 5.0


def mission_titles(annotated: AnnotatedArticle, keyphrase: str | None, limits: Limits) -> list[Candidate]:
    """« Nom : mission » for a title too short to stand alone (« Mobilic ») whose front
    matter states what it is for (beta.gouv.fr's `mission:`, the author's own words),
    shortened by dropping trailing complements until it fits (« Mobilic : lutter contre
    le travail dissimulé [dans le transport routier léger] »); the mission alone when no
    « Nom : mission » fits (`MISSION_ALONE_COST`). Longest first."""
    article = annotated.article
    mission = article.front_matter.get("mission") if isinstance(article.front_matter, dict) else None
    if article.title is None or not isinstance(mission, str):
        return []
    from .description import as_written

    name = as_written(annotated, " ".join(article.title.text.split()))   # « Écobalyse », not « Ecobalyse »
    # its first sentence (« Évaluer ses droits à 28 aides sociales[. En moins de 7 minutes] »)
    mission = re.split(r"(?<=[.!?])\s+(?=[A-ZÀ-Ý])", visible_text(mission).strip(), maxsplit=1)[0].rstrip(" .;")
    words = mission.split(" ")
    if sum(1 for w in words if _ACRONYM_SPELLING.match(w)) >= 2:
        # capitals that spell the acronym are not the words' own: « faciliter le recouvrement »
        mission = " ".join(w if w.isupper() else w.lower() for w in words)
    if len(name) >= limits.title_min_chars or not mission or len(mission.split()) < 2:
        return []
    doc = parsed_alone(annotated, mission)
    # never cut a noun's complement (« faciliter l'immersion des personnes [en situation de
    # handicap] » leaves « des personnes » meaning little): only a verb's adjunct or a
    # coordinated complement goes
    cuts = []
    term_cuts = []   # before the complement of a noun closed by its adjective (`TERM_CUT_COST`)
    for match in _TRAILING.finditer(mission):
        at = match.end()
        token = next((t for t in doc if t.idx >= at), None)
        last = next((t for t in reversed(doc) if t.idx < match.start()), None)
        if token is not None and opens_complement(token) and not _indefinite(token.head.head):
            if last is not None and last.pos_ == "ADJ" and last.dep_ == "amod" and last.head.pos_ == "NOUN" \
                    and last.head.i == token.head.head.i and not _wants_complement(last):
                term_cuts.append(match.start())
            continue
        if token is not None and token.dep_ == "mark" and fold(token.text) in ("de", "d'", "a") \
                and token.head.head.i < token.i:
            continue   # nor a verb's infinitive complement (« permettre aux collectivités [de …] »)
        if token is not None and token.pos_ == "CCONJ" and token.i + 1 < len(doc) and doc[token.i + 1].pos_ == "DET" \
                and not _whole_before_and(token, last):
            continue   # « simplifier la rédaction [et la transmission des PVs] »: the first shares the complement
        if last is not None and last.pos_ in ("VERB", "AUX") and "Part" in last.morph.get("VerbForm") \
                and ("Pres" in last.morph.get("Tense") or fold(last.text).endswith("ant")):
            continue   # « IA générative permettant [aux gestionnaires…] »: a present participle needs its complement
        cuts.append(match.start())
    def last_verb(end: int) -> bool:
        last = next((t for t in reversed(doc) if t.idx < end and not t.is_punct), None)
        # (or the mission's twin verb, « evaluer et conseiller [sur les risques…] »)
        return last is not None and (bool({"Inf", "Fin"} & set(last.morph.get("VerbForm")))
                                     or (_twin_of_first(last) and doc[0].pos_ == "VERB"))

    def amputated(start: int, end: int) -> bool:
        """A kept verb whose object was cut (« proposer aux femmes enceintes [… un
        parcours] »), or a pronoun that stands for what was said before (« le passage à
        l'action pour [la] réduire »)."""
        kept = [t for t in doc if start <= t.idx < end]
        if any(t.dep_ in ("obj", "iobj") and fold(t.text) in _CLITICS and t.head.pos_ == "VERB" and t.i < t.head.i
               for t in kept):
            return True
        return any(t.pos_ == "VERB" and any(c.dep_ in ("obj", "xcomp", "ccomp") for c in t.children)
                   and not any(c.dep_ in ("obj", "xcomp", "ccomp") and c.idx < end for c in t.children)
                   for t in kept)

    found = []
    alone: list[Candidate] = []
    # « [Automatiser] le traitement des pièces justificatives [pour accélérer…] »: the
    # object names what the product handles, when the verb leaves no room for it
    objects = _mission_objects(doc)
    starts = [(0, None, 0.0, len(mission))] + [(at, article, OBJECT_COST, len(mission)) for at, article in objects]
    twin = _twin_verb(doc)
    if twin is not None:
        starts.append((twin[0], twin[1], TWIN_VERB_COST, len(mission)))
    # only when neither the verb nor its object leaves room after the name
    nested = [(at, article, NESTED_COST, stop) for at, article, stop in _nested_phrases(doc, {at for at, _ in objects})]
    # then, only when nothing else fits, a noun closed by its adjective may lose its complement
    # (« Visam : fluidifier le dialogue social [de la « Direction des ressources humaines »…] »)
    terms = [(at, article, cost + TERM_CUT_COST, stop) for at, article, cost, stop in starts] if term_cuts else []
    lighter = _without_deep_adjectives(doc)
    if lighter != mission:
        # « agent intelligent de simplification des démarches [numériques] »: the adjective
        # of a complement's complement goes before any complement does
        text = f"{name_case(name)} : {_lower_first(lighter)}"
        if fits(text, limits) and not _needs_complement(lighter):
            value = MISSION_TIER + len(lighter) / limits.title_max_chars - DEEP_ADJECTIVE_COST
            if keyphrase_position(text, keyphrase) is not None:
                value += KEYPHRASE_HEAD
            found.append(Candidate(text, round(value, 6)))
    for start, article, cost, stop in _then_if_none(starts, _then_if_none(nested, terms, found), found):
        allowed = cuts + term_cuts if cost >= TERM_CUT_COST else cuts
        for end in sorted({stop, *(c for c in allowed if start < c < stop)}, reverse=True):
            head = ((article + " ") if article else "") + mission[start:end].rstrip(" ,")
            if len(head.split()) < 2 or _ENDS_BADLY.search(head) or _needs_complement(head):
                continue
            if cost >= NESTED_COST and not _says_more(doc, start, end, name):
                continue   # « la donnée », « le statut étudiant entrepreneur » after « Étudiant entrepreneur »
            if end < len(mission) and (last_verb(end) or ("," in head and mission[end:].lstrip(" ,").startswith("et "))):
                continue   # « permettre aux contribuables d'estimer [leurs impôts] », « tutelle, curatelle [et …] »
            if amputated(start, end):
                continue
            # the name said again after it (« Accidents de la route : réduire les accidents de
            # la route »): the mission alone already names it
            repeated = fold(name) in fold(head)
            text = sentence_case(head) if repeated else f"{name_case(name)} : {_lower_first(head)}"
            if fits(text, limits):
                value = MISSION_TIER - cost + len(head) / limits.title_max_chars
                if mission[end:].lstrip(" ,").lower().startswith("et "):
                    value += COORDINATION_CUT
                if keyphrase_position(text, keyphrase) is not None:
                    value += KEYPHRASE_HEAD
                found.append(Candidate(text, round(value, 6)))
            elif start == 0 and cost < TERM_CUT_COST and doc[0].pos_ != "PRON" and fits(sentence_case(head), limits):
                alone.append(Candidate(sentence_case(head), round(
                    MISSION_TIER - MISSION_ALONE_COST + len(head) / limits.title_max_chars, 6)))
    return sorted(found or alone, key=lambda c: (-c.score, c.text))


def _main_place(annotated: AnnotatedArticle) -> str | None:
    """The place the text names most (`_lead_places`): « Nigeria : … » is how news is titled."""
    places = _lead_places(annotated)
    return join_tokens(places[0]) if places else None


#: Without a title that fits: what sharing a content word with the author's own summary
#: (front matter `mission:`) adds to a phrase of the text (« DiagBruit : … » on noise and
#: planning, not on the World Health Organization the introduction cites).
MISSION_WORD = 3.0
#: What a phrase whose head names people (`names_people`) costs: whom a page serves, or
#: who is quoted, is not what it is about.
PEOPLE_COST = 1.5


def built_titles(annotated: AnnotatedArticle, keyphrase: str | None, keywords,
                 limits: Limits) -> list[Candidate]:
    """Without a usable title: phrases of the text, alone or after « Keyphrase : »."""
    article = annotated.article
    weights = keyword_weights(keywords)
    body = [b for b in article.blocks if b.kind != "heading"]
    phrases: list[tuple[Phrase, int]] = []
    for order, block in enumerate(body):
        phrases += [(p, order) for p in noun_phrases(annotated.block_span(block))
                    if not cut_short(p, annotated.doc)]
    people = {p.text for p, _ in phrases if names_people(p, annotated.doc)}
    texts: dict[str, tuple[tuple[str, ...], int]] = {}
    # a title too short to stand alone (« Boursoloco ») still names the page: it leads;
    # only a text without any title opens on its place, as news does
    short_title = " ".join(article.title.text.split()) if article.title is not None else None
    if short_title and len(short_title) >= limits.title_min_chars:
        short_title = None  # a long title was shortened by deletion instead
    if short_title:
        from .description import as_written

        short_title = as_written(annotated, short_title)   # as the body writes it, as the description does
    place = _main_place(annotated) if article.title is None else None
    # a lone common noun (« cas », « démarches ») says too little to open a title
    named = keyphrase if keyphrase and (len(keyphrase.split()) > 1 or keyphrase[:1].isupper()) else None
    heads = [h for h in (short_title, place, named) if h]
    if short_title:
        # after a product's name, a figure is a detail (« SRDT IA : 1,25 millions de
        # questions »); in news it may be the point (« 7,2 milliards d'euros supplémentaires »)
        phrases = [(p, o) for p, o in phrases if not (p.text[:1].isdigit() or _starts_with_number(p, annotated.doc))]
    for phrase, order in phrases:
        texts.setdefault(phrase.text, (phrase.lemmas, order))
        for head in heads:
            if keyphrase_position(phrase.text, head) is None:
                combined = f"{name_case(head.strip())} : {_lower_first(phrase.text, phrase.proper_first)}"
                texts.setdefault(combined, (phrase.lemmas + tuple(fold(head).split()), order))
                if phrase.text in people:
                    people.add(combined)
    summary = mission_lemmas(annotated)
    scored = []
    for text, (lemmas, order) in texts.items():
        if not fits(text, limits):
            continue
        position = keyphrase_position(text, keyphrase)
        value = 0.0
        if short_title and text.startswith(f"{name_case(short_title)} : "):
            value += PLACE_HEAD + KEYPHRASE_HEAD
        if position is not None:
            value += KEYPHRASE_HEAD + (1.0 - position)
        elif place and text.startswith(f"{place} : "):
            value += PLACE_HEAD
        value += coverage(lemmas, weights)
        value += LENGTH_WEIGHT * len(text) / limits.title_max_chars
        value += LEAD_BONUS if order == 0 else 0.0
        value += MISSION_WORD if summary.intersection(lemmas) else 0.0
        value -= PEOPLE_COST if text in people else 0.0
        scored.append(Candidate(text, round(value, 6)))
    scored.sort(key=lambda c: (-c.score, c.text))
    return scored


#: A compressed lead: the tier that puts it above the fallbacks, how many lead sentences
#: are compressed, and what each sentence later than the first costs (in expected F1).
LEAD_SENTENCES = 3
LEAD_TIER = 50.0
MISSION_TIER = 60.0
LEAD_ORDER_COST = 0.05
#: How likely a content word of the lead is to be in the title an editor would write:
#: sigmoid(logit), the logit by part of speech, plus the log of how often the article uses
#: the word's lemma, plus a bonus when the lead's first sentence holds it. A logistic
#: regression on the 36 dev WikiNews-FR articles against their real titles (proper nouns
#: and words the text repeats are the title's; verbs and adjectives seldom are).
_LEMMA_LOGIT = {"NOUN": -2.2, "PROPN": -1.0, "ADJ": -1.9, "VERB": -1.4, "NUM": -0.9}
_FREQUENCY_LOGIT = 0.45
_FIRST_SENTENCE_LOGIT = 0.55
#: Content words in a news title, on average (WikiNews-FR dev): the F1 a candidate may
#: expect is 2·Σp / (its content words + this).
TITLE_WORDS = 5.7
#: « Lieu : énoncé » is how news is titled: the places the text names most are tried as
#: the head of the lead's compression.
LEAD_PLACES = 3
#: What a place moved before the statement costs: where it says no more than the statement
#: as written (« Kaboul : les Talibans ont attaqué un hôtel » against « Les Talibans ont
#: attaqué un hôtel à Kaboul »), the words stay in the article's order.
MOVED_COST = 0.01
#: What a « Tête : groupe nominal » title costs next to a compressed statement (in expected
#: F1): a statement says what happened, a phrase only what it was about.
HEADED_PHRASE_COST = 0.06
#: What opening on the country the text names (`_lead_country`) adds to a compressed statement.
COUNTRY_HEAD = 0.1
_CONTENT_POS = frozenset(_LEMMA_LOGIT)
_LOCATIVE = frozenset({"en", "dans", "vers", "sur", "pour", "de", "d'", "a"})


def _content_lemmas(tokens) -> dict[str, str]:
    """The content words' lemmas of `tokens`, each with its part of speech (first seen)."""
    found: dict[str, str] = {}
    for token in tokens:
        if token.pos_ in _CONTENT_POS and not token.is_stop and not token.is_punct:
            found.setdefault(lemma_of(token), token.pos_)
    return found


def expected_f1(tokens, counts, first: set[str]) -> float:
    """The content-word F1 a title of `tokens` may expect against the title an editor would
    write (`_LEMMA_LOGIT`): words the article repeats and its first sentence holds count,
    each further word dilutes. `counts`: the article's content lemmas and their counts."""
    import math

    words = _content_lemmas(tokens)
    if not words:
        return 0.0
    total = 0.0
    for lemma, pos in words.items():
        logit = (_LEMMA_LOGIT[pos] + _FREQUENCY_LOGIT * math.log(max(counts.get(lemma, 1), 1))
                 + (_FIRST_SENTENCE_LOGIT if lemma in first else 0.0))
        total += 1.0 / (1.0 + math.exp(-logit))
    return 2.0 * total / (len(words) + TITLE_WORDS)


def _named_places(doc) -> list[list]:
    """Each place the text names (LOC, GPE), as its tokens without the article or
    preposition the entity may hold (« l'Espagne » → « Espagne »), in the text's order;
    not a word without a capital (« État »), nor a channel (`_channel`)."""
    found = []
    for entity in doc.ents:
        if entity.label_ not in ("LOC", "GPE"):
            continue
        words = [t for t in entity if not t.is_space]
        while words and words[0].pos_ in ("DET", "ADP"):
            words = words[1:]
        if words and words[0].text[:1].isupper() and not _channel(words):
            found.append(words)
    return found


def _lead_places(annotated: AnnotatedArticle) -> list[list]:
    """The places the text names most (`_named_places`), twice at least, most named first:
    a place named once is a detail (« le Bengale » of a comparison, « Noyal-sur-Vilaine »
    where the postman worked)."""
    from collections import Counter

    counts: Counter = Counter()
    tokens: dict[str, list] = {}
    bare: set[str] = set()
    for words in _named_places(annotated.doc):
        if words[0].pos_ != "PROPN":
            continue
        text = join_tokens(words)
        counts[text] += 1
        tokens.setdefault(text, words)
        before = annotated.doc[words[0].i - 1] if words[0].i > 0 else None
        if before is None or not (before.pos_ == "DET" and before.head.i == words[0].i) or \
                (before.i > 0 and fold(annotated.doc[before.i - 1].text) in _LOCATIVE):
            bare.add(text)
    # « la Polonaise Agnieszka », « les Tibétains »: a people, always with its article; a
    # place is named bare (« à Kaboul », « Pékin a… ») or after « en », « dans l’ »… once at least
    return [tokens[text] for text, count in counts.most_common() if count >= 2 and text in bare][:LEAD_PLACES]


def _channel(words: list) -> bool:
    """A place's name followed by a number names a channel (`compress.name_number`)."""
    return name_number(words[-1]) is not None


def _lead_paragraphs(annotated: AnnotatedArticle) -> list:
    """The lead: the body's first two paragraphs, where a news story says what happened."""
    return [b for b in annotated.article.blocks if b.kind == "paragraph"][:2]


def _named_countries(doc) -> list[tuple[str, list]]:
    """The countries the text names (`_named_places` in `lang.fr.places.COUNTRIES`), each
    as its key and tokens, in the text's order."""
    from ..lang.fr.places import COUNTRIES, country_key

    return [(key, words) for words in _named_places(doc)
            if (key := country_key(join_tokens(words))) in COUNTRIES]


def _lead_country(annotated: AnnotatedArticle, named: list[tuple[str, list]] | None = None) -> list:
    """The country the lead (the first two paragraphs) names first, else the one the text
    names most (`_named_countries`), as its tokens; [] when it names none. A news title
    opens on the country the story happens in (« Nigeria : … », « Afghanistan : … ») where
    the text names the city more often (« Lagos », « Kaboul »), and the lead says which:
    « la correspondante de France 24 en Egypte » is Égypte's news, though the text names
    France three times after (the embassy, the repatriation). `named`: `_named_countries`,
    when the caller has it."""
    from collections import Counter

    named = _named_countries(annotated.doc) if named is None else named
    if not named:
        return []
    lead = [annotated.block_span(b) for b in _lead_paragraphs(annotated)]
    for _, words in named:
        if any(span.start <= words[0].i < span.end for span in lead):
            return words
    counts = Counter(key for key, _ in named)
    return next(words for key, words in named if key == counts.most_common(1)[0][0])


def _lead_sentences(annotated: AnnotatedArticle) -> list:
    """The first sentences of the body's first two paragraphs (the lead), datelines aside."""
    from .description import is_dateline

    wanted = {id(b) for b in _lead_paragraphs(annotated)}
    found = []
    for sentence in annotated.body_sentences:
        if id(sentence.block) not in wanted:
            continue
        text = " ".join(sentence.text.split())
        if len(text.split()) < 5 or (is_dateline(text) and len(text.split()) < 6):
            continue
        found.append(sentence)
        if len(found) == LEAD_SENTENCES:
            break
    return found


def _keyphrase_tokens(annotated: AnnotatedArticle, keyphrase: str | None) -> list:
    """The first occurrence of a keyphrase that names something (« Fondation Wikimedia »,
    « Higgs »: a capital) in the text, as tokens; [] otherwise, and for a person's name:
    « Philippe Varin : le directoire de PSA » reads as what he said or did, which the
    phrase after it seldom is."""
    if not keyphrase or not keyphrase[:1].isupper():
        return []
    words = [fold(w) for w in keyphrase.split()]
    doc = annotated.doc
    for token in doc:
        if fold(token.text) == words[0] and token.i + len(words) <= len(doc) and \
                [fold(t.text) for t in doc[token.i : token.i + len(words)]] == words:
            found = list(doc[token.i : token.i + len(words)])
            return [] if any(t.ent_type_ == "PER" for t in found) else found
    return []


def lead_titles(annotated: AnnotatedArticle, keyphrase: str | None, keywords,
                limits: Limits) -> list[Candidate]:
    """The lead's key sentence compressed by deletion (`compress.py`), alone or after the
    place the text names (« Afghanistan : les Talibans ont attaqué un hôtel à Kaboul »),
    and « Tête : groupe nominal » with a noun phrase of the lead after that place or after
    a keyphrase that names (« Serena Williams : le tournoi de Wimbledon »), ranked by the
    F1 each may expect against an editor's title (`expected_f1`), best first."""
    from collections import Counter

    from ..lang.fr.places import country_key
    from .compress import AUXILIARY_ROOM, compressions

    sentences = _lead_sentences(annotated)
    if not sentences:
        return []
    counts = Counter(lemma_of(t) for t in annotated.doc
                     if t.pos_ in _CONTENT_POS and not t.is_stop and not t.is_punct)
    first = {lemma_of(t) for t in sentences[0].span}
    places = _lead_places(annotated)
    named_countries = _named_countries(annotated.doc)
    country = _lead_country(annotated, named_countries)
    country_name = country_key(join_tokens(country)) if country else None
    # each country's token with its key: « États-Unis » and « Etats Unis » are one country
    countries = {t.i: key for key, words in named_countries for t in words}

    def is_country(head: list) -> bool:
        # by its key: a country named twice is among `places` too, as other tokens
        return bool(head) and country_key(join_tokens(head)) == country_name

    if country and not any(is_country(p) for p in places):
        places = [country] + places
    scored: dict[str, float] = {}

    def add(text: str, tokens: list, cost: float) -> None:
        if fits(text, limits):
            value = expected_f1(tokens, counts, first) - cost
            scored.setdefault(text, round(LEAD_TIER + value, 6))

    for order, sentence in enumerate(sentences):
        heads: list[list] = [[]] + places
        for head in heads:
            name = join_tokens(head) if head else ""
            room = limits.title_max_chars - (len(name) + 3 if name else 0)
            for found, extra in _with_headlines(compressions(sentence.span, room + AUXILIARY_ROOM), room):
                if name and (fold(name) in fold(found.text) or not is_country(head) and any(
                        fold(join_tokens(p)) in fold(found.text) for p in places)
                        or any(countries.get(t.i) == country_key(name) for t in found.tokens)):
                    continue   # « Kaboul : … un hôtel à Kaboul », « Acadie : … débute à Lorient »,
                    # « États-Unis : le président des Etats Unis »
                if name and any(countries.get(t.i, country_name) != country_name for t in found.tokens):
                    continue   # « Belgique : le Luxembourg n'est pas épargné »: another country's news
                lowered = _lower_first(join_tokens(found.tokens), found.tokens[0].pos_ == "PROPN")
                text = f"{name} : {lowered}" if name else found.text
                add(text, list(head) + list(found.tokens), LEAD_ORDER_COST * order + extra
                    + (MOVED_COST - (COUNTRY_HEAD if is_country(head) else 0.0) if name else 0.0))
    named = _keyphrase_tokens(annotated, keyphrase)
    heads = places + ([named] if named else [])
    for order, block in enumerate(_lead_paragraphs(annotated)):
        for phrase in noun_phrases(annotated.block_span(block)):
            if cut_short(phrase, annotated.doc) or _starts_with_number(phrase, annotated.doc):
                continue
            tokens = _phrase_tokens(phrase, annotated.doc)
            if _circumstance(tokens):
                continue
            for head in heads:
                name = join_tokens(head)
                if fold(name) in fold(phrase.text) or fold(phrase.text) in fold(name) or any(
                        countries.get(t.i) == country_key(name) for t in tokens):
                    continue   # « États-Unis : le président des Etats Unis »
                add(f"{name} : {_lower_first(phrase.text, phrase.proper_first)}", list(head) + tokens,
                    HEADED_PHRASE_COST + LEAD_ORDER_COST * order)
    return [Candidate(t, v) for t, v in sorted(scored.items(), key=lambda item: (-item[1], item[0]))]


#: What a passive stated without its auxiliary (`compress.headline`) costs next to the
#: sentences as written: it is tried only where the auxiliary leaves no room.
HEADLINE_COST = 0.005


def _with_headlines(found: list, room: int) -> list[tuple]:
    """The compressions within `room` characters, each with its cost, then, for those too
    long, their passives stated without the auxiliary (`compress.headline`) when that fits
    (`HEADLINE_COST`): where the sentence as written fits, it is said as written."""
    from .compress import headline

    plain = [(c, 0.0) for c in found if len(c.text) <= room]
    shorter = [(h, HEADLINE_COST) for c in found
               if len(c.text) > room and (h := headline(c)) is not None and len(h.text) <= room]
    return plain + shorter


#: The first word of a conjunction that opens the setting of a statement (folded): time,
#: cause, concession, condition.
_SETTING_MARKS = SUBORDINATING | {"pendant", "bien", "tant", "depuis", "parce", "s'", "quoique", "quoiqu'", "meme"}


def _circumstance(tokens: list) -> bool:
    """The phrase is inside an adverbial clause (« Pendant qu'à Pékin se tient [le 18e congrès
    du Parti communiste chinois], des centaines de Tibétains manifestent »): the setting of
    the news, not the news."""
    inside = {t.i for t in tokens}
    head = next((t for t in tokens if t.head.i not in inside or t.head == t), None)
    while head is not None:
        # its clause opens on a conjunction of time, cause or concession (« pendant que »,
        # « alors que », « bien que »; the parse may make that clause the root), not on the
        # « que » of what is said nor on a purpose (« Pour pouvoir trouver les 7,2 milliards… »)
        if head.pos_ in ("VERB", "AUX") and any(c.dep_ == "mark" and c.i < head.i and fold(c.text) in _SETTING_MARKS
                                                  for c in head.children):
            return True
        if head.head == head:
            return False
        head = head.head
    return False


def title_candidates(annotated: AnnotatedArticle, keyphrase: str | None, keywords,
                     limits: Limits) -> list[Candidate]:
    """The author's title when it fits, else its deletions, else phrases of the text."""
    article = annotated.article
    found: list[Candidate] = []
    if article.title is not None:
        title = " ".join(article.title.text.split())
        if fits(title, limits):
            found.append(Candidate(title, 100.0))
        else:
            found += shortened_titles(annotated.block_span(article.title), keyphrase, limits)
            found += mission_titles(annotated, keyphrase, limits)
    else:
        found += _unslashed(lead_titles(annotated, keyphrase, keywords, limits))
    if len(found) < 3:
        found += _unslashed(built_titles(annotated, keyphrase, keywords, limits))
    unique: dict[str, Candidate] = {}
    for candidate in found:
        if not _DANGLING.search(candidate.text):
            unique.setdefault(fold(candidate.text), candidate)
    return list(unique.values())


#: A title never ends on a dash: what followed it was cut (« Chatbot RH Marine- CIPAL
#: Socrate », a link's text, gave « Usine à chatbots : chatbot RH Marine- »).
_DANGLING = re.compile(r"[-–—]\s*$")
#: Two words joined by a slash in the body are a list's shorthand (« des vidéos de
#: présentation des métiers/témoignages »): a phrase of the body holding one is no title. The
#: author's title and `mission:` keep theirs (« …la relation jeunes/armées »).
_SLASHED = re.compile(r"[^\W\d_]/[^\W\d_]")


def _unslashed(candidates: list[Candidate]) -> list[Candidate]:
    """The candidates made of the body's phrases, without a slash between words (`_SLASHED`)."""
    return [c for c in candidates if not _SLASHED.search(c.text)]
