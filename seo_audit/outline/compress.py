"""A sentence compressed by deletion only: what a news lead says, short enough for a title.

A news article's first sentence usually states what its title says (« Les Talibans ont
attaqué un hôtel à Kaboul »), wrapped in what a title leaves out: a dateline (« 22 juin
2012. - »), time adverbials (« cette nuit », « le 3 juin 2012 », « aujourd’hui »),
appositions, relative and subordinate clauses, parentheticals, attributions (« selon
l’agence »). The compression walks the dependency tree from the main verb and keeps:

- always: the subject, the verb with its auxiliaries, reflexive and negation, its
  object, its clausal complements, and inside each kept phrase its determiners,
  prepositions, numbers and the parts of names;
- never: adverbs, adverbial and relative clauses, appositions, parentheses, anything
  that names a time, loose punctuation;
- at choice: adjectives, noun complements, prepositional complements of the verb
  (places among them), participles and coordinated phrases — every combination whose
  text fits the limit is a variant.

The words kept are the sentence's own, in its order; nothing is rewritten. A sentence
whose subject is a pronoun (« Il a déclaré… ») says nothing alone and gives no variant.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..lang.fr import ELISIONS, fold
from ..lang.fr.dates import CALENDAR_WORDS
from ..lang.fr.pronouns import PERSONAL_SUBJECTS
from ..measures.passive import passive_auxiliary
from .anaphora import demonstrative, refers_back
from .headings import OF_CASES

#: Relations kept whenever their head is kept.
CORE = frozenset({
    "nsubj", "nsubj:pass", "csubj", "obj", "iobj", "xcomp", "ccomp", "aux", "aux:pass", "aux:tense",
    "aux:caus", "cop", "expl", "expl:comp", "expl:pass", "expl:subj", "det", "case", "fixed", "flat",
    "flat:name", "flat:foreign", "compound", "nummod", "obl:arg", "mark", "goeswith", "cc",
})
#: Nouns that need their complement (« en début de séance », « la moitié des postes »).
RELATIONAL = frozenset("""debut fin suite cours milieu partie reste ensemble nombre moitie tiers quart
plupart part cote sein lieu bout fond centaine dizaine millier millions milliers type genre sorte chef""".split())
#: The nouns of prepositional locutions (« en dessous de », « au-delà de », « en raison de »,
#: « à cause de »): one says nothing without the complement its « de » opens.
_LOCUTION_NOUNS = frozenset({"dessous", "dessus", "dela", "au-dela", "au-dessus", "au-dessous", "deca", "raison",
                             "cause"})
#: A noun of action (« la constitution du gouvernement », « la fermeture des maternités »):
#: without what its « de » complement names, it names another thing (« la constitution »)
#: or nothing (« la fermeture »). Not a subject, which names what the news is about
#: (« L'exposition [d'une partie de la collection…] sera exposée au musée »).
_ACTION_NOUN = re.compile(r"(?:[stx]ion|ture)s?$")
#: Pronoun subjects that name no one said before: « Tout n'est pas rose au Forum… ».
STANDALONE_PRONOUNS = frozenset({"tout", "rien", "personne", "chacun", "nul"})
#: Relations kept or left out, each combination a variant.
OPTIONAL = frozenset({"amod", "nmod", "obl", "obl:mod", "obl:agent", "acl", "conj", "nmod:poss"})
#: Negation stays with its verb: deleting it would reverse the sentence.
_NEGATION = frozenset({"ne", "n'", "pas", "plus", "jamais", "guere", "rien", "aucun", "aucune", "point"})
_TIME_WORDS = CALENDAR_WORDS | frozenset("""
matin soir soiree nuit midi apres-midi
veille lendemain aujourd'hui hier demain heure heures minute minutes semaine semaines
week-end mois an ans annee annees jour jours journee depuis utc gmt
""".split())
#: Attribution frames: « selon l’agence », « d’après le ministère ».
_ATTRIBUTION = frozenset({"selon", "d'apres", "apres"})
_BRACKETS = {"(": ")", "[": "]"}
_QUOTES = frozenset({"«", "»", '"', "“", "”"})
#: Partial variants longer than the limit by this many characters are not extended.
_SLACK = 2
#: At most this many variants are kept per subtree (the shortest first): a bound on time.
_MAX_VARIANTS = 160


@dataclass(frozen=True)
class Compression:
    tokens: tuple          # the kept tokens, in the sentence's order
    text: str


def _is_time(token) -> bool:
    """The phrase headed by `token` names a time (« le 3 juin 2012 », « cette nuit », « 7h44 »)."""
    for t in token.subtree:
        word = fold(t.text).strip("'")
        if word in _TIME_WORDS or t.ent_type_ in ("DATE", "TIME"):
            return True
        if t.like_num and re.fullmatch(r"(1[89]|20)\d\d", t.text):
            return True
        if re.fullmatch(r"\d{1,2}h\d{0,2}", t.text):
            return True
    return False


def _attribution(token) -> bool:
    return any(c.dep_ == "case" and fold(c.text) in _ATTRIBUTION for c in token.children)


def _negation(token) -> bool:
    return token.dep_ == "advmod" and fold(token.text) in _NEGATION


def _bracketed(span) -> set[int]:
    """Indices of the tokens between brackets (a parenthetical, whatever the parse says)."""
    inside: set[int] = set()
    depth = 0
    for token in span:
        if token.text in _BRACKETS:
            depth += 1
        if depth:
            inside.add(token.i)
        if token.text in _BRACKETS.values() and depth:
            depth -= 1
    return inside


def _named(token) -> bool:
    """A common noun written with a capital inside the sentence (« le Bureau d'enquêtes et
    d'analyses », « la Confédération générale du travail »): the start of a name, whose
    complements belong to it."""
    return token.pos_ == "NOUN" and token.text[:1].isupper() and not token.is_sent_start and \
        not (token.i > 0 and token.doc[token.i - 1].is_punct and token.doc[token.i - 1].text in ".-–—")


def _kind(child, inside: frozenset = frozenset()) -> str:
    """'core', 'optional' or 'drop' for a dependent whose head is kept."""
    dep = child.dep_
    if dep == "punct" or child.i in inside:
        return "drop"   # loose punctuation, a parenthetical
    if _negation(child):
        return "core"
    first = child.doc[child.left_edge.i]
    if first.text in _BRACKETS or (first.i > 0 and child.doc[first.i - 1].text in _BRACKETS):
        return "drop"   # a parenthetical
    if child.i > child.head.i and first.i > 0 and child.doc[first.i - 1].text == "," and dep != "conj":
        return "drop"   # an incise after a comma (« un hôtel, fréquenté par des touristes »)
    if dep == "conj":
        if child.head.dep_ in _SUBJECTS:
            return "core"   # « Le candidat et l’ex-ministre exigent »: agreement
        if _has_subject(child):
            return "drop"   # a second clause
    if dep == "nmod" and fold(child.head.lemma_) in RELATIONAL:
        return "core"
    if dep in ("nmod", "amod") and child.i > child.head.i and _named(child.head) and (
            dep == "amod" or child.pos_ == "PROPN" or any(c.dep_ == "case" for c in child.children)):
        return "core"   # « les Sables d'Olonne », « le Bureau d'enquêtes », « la Confédération générale »: one name
    if dep in ("obl", "obl:mod") and fold(child.lemma_) in ("suite", "cours", "lieu"):
        return "drop"   # « à la suite de », « au cours de », « au lieu de »
    if dep == "appos":
        # « le banquier Vassilis Rapanos » names its head; « , M. Ayrault, » is an apposition
        before = child.doc[first.i - 1] if first.i > 0 else None
        return "optional" if before is not None and before.text not in ",(–—-" else "drop"
    if dep in ("obl", "obl:mod", "nmod") and demonstrative(child):
        return "drop"
    if dep in ("obl", "obl:mod", "nmod", "acl") and (_is_time(child) or _attribution(child)):
        return "drop"
    if dep == "conj" and child.pos_ not in ("VERB", "AUX") and _is_time(child):
        return "drop"   # « entre [le 13 octobre 2012] et le 20 janvier 2013 »: the second date of a span
    if dep == "acl" and any(c.dep_ in ("nsubj", "nsubj:pass") for c in child.children):
        return "drop"   # a relative clause labelled acl
    if dep == "acl" and "Part" in child.morph.get("VerbForm") and "Pres" in child.morph.get("Tense"):
        return "drop"   # « un postier travaillant sur le site de… »: a relative clause in all but name
    if dep == "obl:arg" and any(c.dep_ == "obj" for c in child.head.children):
        return "optional"   # « remporte [pour la cinquième fois de son histoire] le tournoi »: the object says it
    if dep in CORE:
        return "core"
    if dep in OPTIONAL:
        return "optional"
    return "drop"       # advmod, advcl, acl:relcl, appos, parataxis, dislocated, dep…


def _width(tokens) -> int:
    return sum(len(t.text) + 1 for t in tokens)


def _variants(token, limit: int, inside: frozenset = frozenset()) -> list[tuple]:
    """Token tuples for the subtree of `token` (sorted later), each within `limit` chars."""
    options: list[list[tuple]] = [[(token,)]]
    for child in token.children:
        kind = _kind(child, inside)
        if kind == "drop":
            # a hyphen or apostrophe glued inside a name (« Murtala-Muhammed ») stays
            if child.dep_ == "punct" and not child.whitespace_ and child.i > 0 \
                    and not child.doc[child.i - 1].whitespace_ and child.text in "-–'’":
                options.append([(child,)])
            elif child.dep_ == "punct" and child.text == "," and token.dep_ == "conj" and child.i < token.i:
                options.append([(child,)])   # « X, Y et Z »: the comma of a kept conjunct
            continue
        below = _variants(child, limit, inside)
        if child.dep_ in ("nsubj", "nsubj:pass"):
            # « le chef du gouvernement, M. Ayrault, a prononcé » → « M. Ayrault a prononcé »
            for name in child.children:
                if name.dep_ == "appos" and _names_someone(name) and name.i not in inside:
                    below = below + _variants(name, limit, inside)
        # an adjective left out leaves its noun's determiner if the parse hung it there
        # (« Le crucial poste » → « Le poste »)
        left = tuple(c for c in child.children if c.dep_ == "det") if child.dep_ == "amod" else ()
        acronym = _acronym(child)
        if acronym is not None:
            # « La Confédération générale du travail (CGT) estime… » → « La CGT estime… »
            below = below + [tuple(c for c in child.children if c.dep_ in ("det", "case") and c.i < child.i)
                             + (acronym,)]
        if not below:
            if kind == "core":
                return []
            options.append([left])
            continue
        options.append(([left] if kind == "optional" else []) + below)
    combos: list[tuple] = [()]
    for choice in options:
        grown = []
        for combo in combos:
            for part in choice:
                merged = combo + part
                if _width(merged) <= limit + _SLACK:
                    grown.append(merged)
        if not grown:
            return []
        grown.sort(key=_width)
        combos = grown[:_MAX_VARIANTS]
    return combos


def _names_someone(token) -> bool:
    """A proper noun, or a title before one (« M. Ayrault », « Mme Dridi »: the parse makes
    the title the head and the name its `flat:name`)."""
    return token.pos_ == "PROPN" or any(c.dep_.startswith("flat") and c.pos_ == "PROPN" and c.i > token.i
                                        for c in token.children)


def _acronym(noun):
    """The acronym the text gives a name in brackets right after it (« la Confédération
    générale du travail (CGT) », « le Bureau d'enquêtes et d'analyses (BEA) »), which a
    title may keep for the name: None without one."""
    if noun.pos_ not in ("NOUN", "PROPN") or not noun.text[:1].isupper():
        return None
    doc = noun.doc
    inside = {t.i for t in noun.subtree}
    for token in noun.subtree:
        if token.i > noun.i and token.text == "(" and token.i + 1 < len(doc):
            acronym = doc[token.i + 1]
            if _bracketed_acronym(acronym) and all(i in inside for i in range(noun.i, token.i)):
                return acronym
            return None
    return None


def _bracketed_acronym(token) -> bool:
    """`token` is a word in capitals alone in brackets (« (CGT) »)."""
    doc = token.doc
    return (0 < token.i < len(doc) - 1 and doc[token.i - 1].text == "(" and doc[token.i + 1].text == ")"
            and len(token.text) >= 2 and token.text.isupper() and token.text.isalpha())


_SUBJECTS = ("nsubj", "nsubj:pass", "csubj")


def _has_subject(token) -> bool:
    return any(c.dep_ in _SUBJECTS for c in token.children)


def _root(span):
    """The main verb of the sentence: a clause's head with a subject of its own, not
    introduced by a conjunction (« Que les candidats… » is not a main clause). Of a
    reported statement (« Trois femmes sont mortes, a indiqué la police »), the statement;
    after a subordinate clause the parse took for the root, the clause that follows it."""
    for token in span:
        if not (token.head == token or not (span.start <= token.head.i < span.end)):
            continue
        if token.pos_ not in ("VERB", "AUX", "ADJ", "NOUN", "PROPN"):
            continue
        said = [c for c in token.children if c.dep_ in ("ccomp", "parataxis", "advcl") and c.i < token.i
                and _has_subject(c) and not any(m.dep_ == "mark" for m in c.children)]
        subject_after = all(c.i > token.i for c in token.children if c.dep_ in _SUBJECTS)
        if said and subject_after:
            return said[0]   # « …, a indiqué la préfecture » (the parse may see no subject there)
        if not _has_subject(token) or any(c.dep_ == "mark" for c in token.children):
            # « Pendant qu'à Pékin se tient le congrès…, des centaines de Tibétains
            # manifestent »: the parse made the subordinate clause the root; the main
            # clause is the one after it with a subject of its own and no conjunction
            main = [c for c in token.children if c.dep_ in ("advcl", "parataxis", "conj") and c.i > token.i
                    and c.pos_ in ("VERB", "AUX") and _has_subject(c) and not any(m.dep_ == "mark" for m in c.children)]
            if main:
                return main[0]
            if not _has_subject(token):
                continue
            return None
        return token
    return None


#: What a participle says is in its complement: kept without it, it dangles.
_COMPLEMENTS = frozenset({"obj", "obl", "obl:arg", "obl:mod", "xcomp", "ccomp", "iobj"})


def _of_complement(noun) -> bool:
    """`noun` is a complement opened by « de » (« du gouvernement », « d'une particule »)."""
    return any(c.dep_ == "case" and fold(c.text) in OF_CASES for c in noun.children)


def name_number(token):
    """The number written right after `token`, which names with it (« France 2 »,
    « France 24 »: a channel, not the country), or None."""
    doc = token.doc
    return doc[token.i + 1] if token.i + 1 < len(doc) and doc[token.i + 1].like_num else None


def _well_formed(tokens: list) -> bool:
    """No two phrases glued by the deletions: a noun followed by a determiner (« 2 000
    citoyens les islamistes »), a comma left before a verb, punctuation after a gap, a
    modifier moved next to another noun (« une menuiserie [et une imprimerie dans la
    banlieue très] peuplée »), a conjunct without its conjunction, a participle without
    its complement (« un postier travaillant [sur le site…] ») or a noun without its bare
    participle (« les emplois [menacés] »), a written word or a name
    cut (« les chef[-d'œuvres] », « [Francine Clark] Art Institute »)."""
    kept = {t.i for t in tokens}
    if tokens and tokens[0].pos_ in ("AUX", "VERB"):
        return False    # « A indiqué la préfecture »: an inverted subject, a reporting frame
    for token in tokens:
        if token.dep_ in ("amod", "acl") and token.head.i in kept and token.head.i < token.i:
            between = token.doc[token.head.i + 1 : token.left_edge.i]
            if any(t.pos_ in ("NOUN", "PROPN") and t.i not in kept for t in between):
                return False
        if token.dep_ == "conj" and not any(c.i in kept for c in token.children if c.dep_ in ("cc", "punct")):
            return False
        if token.dep_ == "acl" and token.pos_ == "VERB" and not any(
                c.i in kept for c in token.children if c.dep_ in _COMPLEMENTS):
            if any(c.dep_ in _COMPLEMENTS for c in token.children):
                return False   # « Un postier travaillant [sur le site de…] »: a participle cut from what it says
        if token.pos_ in ("NOUN", "PROPN") and any(
                c.i not in kept and c.pos_ == "VERB" and c.dep_ in ("acl", "amod") and not any(c.children)
                for c in token.children):
            return False   # « le nombre d'emplois [menacés] est de 75 000 »: a bare participle said what befell it
    doc = tokens[0].doc if tokens else None
    for token in tokens:
        if token.pos_ == "NUM" and token.i > 0 and token.i - 1 not in kept and doc[token.i - 1].pos_ == "PROPN":
            return False   # « [France] 2 Gilles Jacquier », first word or not: a name's number without the name
        number = name_number(token)
        if token.pos_ == "PROPN" and number is not None and number.i not in kept and number.head.pos_ == "PROPN":
            return False   # « le journaliste de France [2] »: a name without its number
        after = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if after is not None and not token.whitespace_ and after.i not in kept and after.text not in ",.;:!?…)»" \
                and not after.is_space:
            return False   # « les chef[-d'œuvres] »: a written word cut
        if token.pos_ == "NOUN" and not token.dep_.startswith("nsubj") and _ACTION_NOUN.search(fold(token.text)) and any(
                c.dep_ == "nmod" and c.i > token.i and c.i not in kept and _of_complement(c) for c in token.children):
            return False   # « a dévoilé la constitution [du gouvernement] », « le débat sur la fermeture [des maternités] »
        if fold(token.text) in _LOCUTION_NOUNS and after is not None and after.i not in kept \
                and fold(after.text) in OF_CASES:
            return False   # « n'est pas descendue en dessous [des 23°C] »: below what?
        before = doc[token.i - 1] if token.i > 0 else None
        if token.pos_ in ("PROPN", "X") and token.text[:1].isupper() and before is not None \
                and before.i not in kept and before.pos_ in ("PROPN", "X") and before.text[:1].isupper():
            return False   # « [Sterling & Francine Clark] Art Institute »: the end of a name
    for a, b in zip(tokens, tokens[1:]):
        if b.i != a.i + 1 and any(t.text in (":", ";", ".", "!", "?") and not a.i < t.head.i < b.i
                                  for t in doc[a.i + 1 : b.i]):   # (a colon inside a dropped apposition is gone with it)
            return False   # « épargné [par la vague du chaleur : le nord du pays est en alerte] orange »
        if fold(a.text) in ("le", "la") and b.i != a.i + 1 and re.match(r"[aeiouyhàâéèêëîïôûù]", fold(b.text)):
            return False   # « le [terrible] accident »: the article does not elide to the new neighbour
        if b.dep_ == "appos" and b.i != a.i + 1 and not _bracketed_acronym(b):   # (« la [Confédération…] CGT »)
            return False   # « Le chef [du gouvernement,] M. Ayrault »: an apposition glued across a gap
        if a.pos_ in ("NOUN", "PROPN") and b.pos_ == "DET":
            return False
        if a.text == "," and (b.pos_ in ("VERB", "AUX") or b.i != a.i + 1):
            return False
        if b.is_punct and b.text not in "-–'’" and b.i != a.i + 1:
            return False
    return True


_ELISION = re.compile(r"(?i)^(?:" + "|".join(ELISIONS) + r")['’]$")


def _glued(left, right) -> bool:
    """Two tokens of one written word (« Moody' » « s »), not an elision and its word, nor a
    word and the line break after it (« …le Parlement européen[¶] »: the next paragraph's
    dateline « 4 juillet 2012 » then came along)."""
    return (not left.whitespace_ and not left.is_punct and not right.is_punct
            and not left.is_space and not right.is_space and not _ELISION.match(left.text))


def _whole_words(tokens: list) -> list:
    """The kept tokens with the rest of each written word they belong to, and the rest of
    each name (« Antonis » → « Antonis Samaras »)."""
    kept = {t.i: t for t in tokens}
    doc = tokens[0].doc if tokens else None
    for token in list(tokens):
        if token.pos_ == "PROPN":
            i = token.i
            while i + 1 < len(doc) and doc[i + 1].pos_ == "PROPN" and doc[i].whitespace_:
                i += 1
                kept.setdefault(i, doc[i])
    for token in list(kept.values()):
        i = token.i
        while i + 1 < len(doc) and _glued(doc[i], doc[i + 1]):
            i += 1
            kept.setdefault(i, doc[i])
        i = token.i
        while i > 0 and _glued(doc[i - 1], doc[i]):
            i -= 1
            kept.setdefault(i, doc[i])
    return [kept[i] for i in sorted(kept)]


def _clean(tokens: list) -> list:
    """Without quotes, without a parenthesis left open, not ending on a function word."""
    tokens = _whole_words(tokens)
    kept = [t for t in tokens if t.text not in _QUOTES and t.text not in _BRACKETS
            and t.text not in _BRACKETS.values()]
    while kept and (kept[-1].pos_ in ("ADP", "DET", "CCONJ", "SCONJ", "PUNCT", "AUX", "PRON")
                    and not kept[-1].dep_.startswith("expl")):
        kept = kept[:-1]
    while kept and kept[0].pos_ in ("PUNCT", "CCONJ", "ADV") and not _negation(kept[0]):
        kept = kept[1:]
    return kept


def join_tokens(tokens: list) -> str:
    """The kept tokens as text: their own spacing between neighbours, one space across a gap."""
    out = []
    for k, token in enumerate(tokens):
        out.append(token.text)
        if k + 1 < len(tokens):
            out.append(token.whitespace_ if tokens[k + 1].i == token.i + 1 else " ")
    return " ".join("".join(out).split())


def render(tokens: list) -> str:
    """`join_tokens`, its first letter a capital (a title)."""
    text = join_tokens(tokens)
    return text[:1].upper() + text[1:]


#: Verbs that frame a report (folded lemmas): « Le Figaro annonce que le journaliste aurait
#: été tué » states what the clause after « que » says; the frame is who said it.
REPORTING_VERBS = frozenset("""annoncer affirmer indiquer declarer estimer rapporter assurer
confirmer expliquer preciser souligner ajouter reveler dire ecrire signaler avancer soutenir
pretendre rappeler constater noter juger considerer""".split())


def _missed_subject(root, subjects: list) -> bool:
    """A bare noun before the subject, hung on the verb without a preposition and naming no
    time, is the subject the parse missed: « Environ 2 000 citoyens maliens […], particulièrement
    les islamistes, qui contrôlent le nord […] ont manifesté » is not « les islamistes ont
    manifesté »; the sentence gives no compression rather than a false one."""
    first = min((s.left_edge.i for s in subjects), default=None)
    return first is not None and any(
        c.dep_ in ("obl", "obl:mod") and c.pos_ == "NOUN" and c.i < first
        and not any(g.dep_ == "case" for g in c.children) and not _is_time(c)
        for c in root.children)


def _reported(root):
    """The clause a reporting verb frames (« [Le quotidien annonce que] le journaliste
    aurait été tué »), with a subject of its own after « que »; None otherwise."""
    if root is None or fold(root.lemma_) not in REPORTING_VERBS:
        return None
    for child in root.children:
        if child.dep_ == "ccomp" and child.i > root.i and _has_subject(child) and any(
                m.dep_ == "mark" and fold(m.text) in ("que", "qu'") for m in child.children):
            return child
    return None


#: The characters a passive's auxiliary takes (« a été », « sont »): a compression that
#: long may fit without it (`headline`).
AUXILIARY_ROOM = 7


def headline(compression: Compression) -> Compression | None:
    """The compression as a news title states a passive, without its auxiliary (« Le débat
    sur la fermeture des maternités [est] relancé », « Un postier [a été] retrouvé mort »,
    as the editors write « le nouveau gouvernement de coalition formé », « les résultats du
    BAC 2012 dévoilés »); None unless the auxiliary is a present or a perfect of the
    indicative: a tense or a mood it carries otherwise stays (« aurait été tué », « sera
    exposée », « était exploité »), and so does a negation (« n'est pas épargné »)."""
    tokens = list(compression.tokens)
    kept = {t.i for t in tokens}
    for verb in tokens:
        auxiliaries = [c for c in verb.children if c.dep_ in ("aux:pass", "aux:tense") and c.i in kept]
        if not any(c.dep_ == "aux:pass" for c in auxiliaries):
            continue
        finite = [c for c in auxiliaries if "Fin" in c.morph.get("VerbForm")]
        if len(finite) != 1 or finite[0].morph.get("Mood") != ["Ind"] or finite[0].morph.get("Tense") != ["Pres"]:
            return None
        if not passive_auxiliary(verb, next(c for c in auxiliaries if c.dep_ == "aux:pass")):
            return None  # « se sont rassemblés », « sont arrivés »: without « sont », « se rassemblés »
        if any(_negation(c) and c.i in kept for c in verb.children) or not any(
                c.dep_.startswith("nsubj") and c.i in kept and c.i < verb.i for c in verb.children):
            return None
        rest = [t for t in tokens if t not in auxiliaries]
        return Compression(tuple(rest), render(rest))
    return None


def compressions(span, limit: int) -> list[Compression]:
    """Deletion-only compressions of one sentence within `limit` characters (none when its
    subject is a pronoun or it has no main verb with a subject); a reported statement is
    compressed with its frame and without it (`_reported`)."""
    root = _root(span)
    if root is None:
        return []
    found: dict[str, Compression] = {}
    for head in (root, _reported(root)):
        if head is not None:
            for compression in _compressions(span, head, limit):
                found.setdefault(compression.text, compression)
    return list(found.values())


def _compressions(span, root, limit: int) -> list[Compression]:
    """`compressions` of the clause headed by `root`, without the conjunction that opens it."""
    subjects = [c for c in root.children if c.dep_ in _SUBJECTS]
    if any((s.pos_ == "PRON" and fold(s.text) not in STANDALONE_PRONOUNS) or fold(s.text) in PERSONAL_SUBJECTS
           for s in subjects) or refers_back(root, subjects):
        return []   # « Il a déclaré… », « Cet épisode pourrait durer »: who, which?
    if _missed_subject(root, subjects):
        return []
    # (a demonstrative inside the subject's relative clause, « qui comptait parmi les favoris
    # de cette édition », goes with the clause: each variant is checked for what it keeps)
    found: dict[str, Compression] = {}
    inside = frozenset(_bracketed(span))
    marks = {c.i for c in root.children if c.dep_ == "mark"} if root.dep_ == "ccomp" else set()
    for variant in _variants(root, limit, inside):
        tokens = _clean(sorted((t for t in variant if t.i not in marks), key=lambda t: t.i))
        if not any(t.pos_ in ("NOUN", "PROPN") for t in tokens) or not _well_formed(tokens) \
                or refers_back(root, tokens):
            continue   # « La mairie a ouvert ce jardin »: which?
        text = render(tokens)
        if len(text) <= limit:
            found.setdefault(text, Compression(tuple(tokens), text))
    return list(found.values())
