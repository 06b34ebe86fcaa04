"""Subheading candidates by syntactic role: the subjects and objects of a block's key statements.

An editor titles a section with what its key statement is about. Filtering fragments
out of every noun phrase of the block (`headings.noun_phrases`) lets through the
stumps a preposition or an idiom leaves (« Travers l'exécution », « Le marbre »), and
phrases that a bad parse glued together. Here a candidate is instead a whole argument
of a sentence's main verb (`arguments`) — its subject or its object, a predicate noun
with its complement (« … est la méconnaissance des ordres de grandeur »), the root of a
verbless line — as a complete noun phrase: the head noun with its determiner,
adjectives, name parts and « de »/« à » complements, cut only where a clause, a
relative clause, an apposition or a parenthesis begins, or before a complement
(`_variants`). Such a phrase cannot lose its head (« Les élus sur les carences… » where
« signalements » was dropped). Obliques after one simple preposition, and other noun
phrases of the sentence, come after them (`_ROLE_BONUS`).

**Keyness.** Each content lemma of a block gets a weight for that block: the log of how
much more often it occurs there than its share of the article predicts (its *lift*),
times 1 + log of its occurrences in the block. A word running evenly through the article
weighs nothing or less; a word that is this block's own weighs most.

**Score.** The phrase's keyness (its head counting most), its sentence's weight (the
summed positive keyness of its content lemmas), the sentence's place (the opening ones
state the point, late ones add detail), the role, the head's repetitions in the block,
a noun with its complement over a noun and an adjective alone (editors read « La
croissance anticipée » as vague), an action noun over an actor (« La direction des
services judiciaires » names the source, not the point).

**Refusals.** Beyond `headings.malformed` (glued phrases, hanging verb, vague or
pointing words, cut names…): anything inside brackets or parentheses, or inside the
quotation a paragraph opens with (an epigraph); a verb's oblique read as its object's
complement (« Les porteurs de projet sur les risques », from « alerter … sur »); a phrase
ending on a participle that needs its complement (« la réglementation associée »); a noun
run cut where the parse broke (« … et modèles | ML fine-tuned »); a phrase right
after a preposition or « fois » (a misparsed stump: « une fois le compte créé »); the
object of a compound preposition or the noun of an idiom (« à l'échelle du réseau »,
« mettre à la disposition de »); a verb's object the parser hung on the noun before it;
a word cut at either end, a name or a coordination cut; a phrase whose head is a
generic noun (`GENERIC_HEADS`) or one of the article's most frequent nouns across
blocks, unless a complement is specific to the block; a phrase with no word specific
to the block.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass

from ..lang.fr import fold
from ..lang.fr.conjunctions import SUBORDINATING
from ..lang.fr.dates import CALENDAR_UNITS
from ..lang.fr.pronouns import NEEDING_COMPLEMENT, POINTING_BACK_MODIFIERS, SECOND_PERSON, SECOND_PERSON_POSSESSIVES
from .headings import (_CONTRACTED, OF_CASES, _DROP_FIRST_POS, _DROP_LAST_POS, DEBRIS, MAX_CHARS, STUMP_NOUNS, VAGUE_HEADS, Phrase, _agreement_broken, _contiguous,
                       _real_sentence, lemma_of, malformed, sentence_case, sentence_of,
                       text_of)
from .anaphora import DEMONSTRATIVES
from .visible import visible_text

CONTENT_POS = frozenset({"NOUN", "PROPN", "ADJ", "VERB", "NUM"})
#: Dependents kept inside an argument (a complete noun phrase).
_PHRASE_DEPS = frozenset({"det", "amod", "nummod", "flat:name", "flat", "fixed", "compound", "flat:foreign",
                          "nmod", "case", "conj", "cc"})
#: Relations of a sentence's main verb whose dependent names what the sentence is about.
ARGUMENT_DEPS = ("nsubj", "nsubj:pass", "obj")
MAX_NMOD_DEPTH = 2
MAX_WORDS = 9
#: A coordination the author wrote is one phrase (« la lecture et le contrôle de conformité
#: des pièces jointes »): it often names several items of its block, where each member names
#: one, and a member alone is refused as cut (`argument_phrase`). It may run longer, still
#: within `headings.MAX_CHARS`.
MAX_COORDINATED_WORDS = 12
#: Head nouns that name an actor, a thing or an action in general: « Les acteurs du
#: dispositif », « Les administrations partenaires », « Tous les services ».
GENERIC_HEADS = frozenset("""
acteur personne gens chose monde ensemble dispositif administration structure organisme partenaire
service outil projet demarche solution probleme objectif besoin utilisateur usager agent equipe
produit travail sujet domaine information donnee systeme plateforme action activite mission idee
""".split())
#: How many of the article's most frequent nouns count as its general subject.
ARTICLE_SUBJECT_NOUNS = 3
#: A lemma is specific to a block when its keyness reaches this.
SPECIFIC = 0.4
OPENING_BONUS = (1.2, 0.6, 0.3)
LATE_STEP, LATE_MAX = 0.08, 0.6
#: A noun with its complement names a topic (« Les motivations de Poutine »); a noun and an
#: adjective alone, unless both belong to the block (« La carte interactive »), read as
#: vague to editors (« La croissance anticipée », « Les problèmes récurrents »).
COMPLEMENT_BONUS, BARE_PAIR_PENALTY = 0.4, 0.8
#: A head the block repeats is what the block is about (« la carte interactive » twice).
CENTRALITY = 0.6
#: A bullet of a block that has prose names one item, not the block; an indefinite opener
#: (« Un rapport de… ») reads as the start of a sentence.
LIST_ITEM_PENALTY, INDEFINITE_PENALTY = 0.8, 0.4
#: In a list of at least this many items, a phrase of one item names that item, not the
#: block (« Un gain de temps », « 50 couples Instructeurs-bailleurs »: one objective of three).
LIST_MIN_ITEMS = 3
#: Nouns of idioms beyond `headings.STUMP_NOUNS` (« mettre à la disposition de », « sous la
#: forme de », « jouer le rôle de »).
IDIOM_NOUNS = frozenset({"disposition", "forme", "role", "rang", "ordre", "echelle", "biais", "lumiere", "image",
                         "initiative", "exception", "hauteur", "instar", "appui", "benefice",
                         # and heads too vague to name a section (« Un domaine d'examen »)
                         "domaine", "sujet", "theme", "volet", "aspect", "enjeu", "piste", "version",
                         "lecon", "chose", "idee", "dosage",
                         # « dans un premier temps », « en même temps »: a moment, no topic
                         "temps"})


#: Heads that name what the block counts when its opening sentence's subject is their
#: number with their complement: « Deux versions du catalogue coexistent : » (then one item
#: per version), though « Une version publique » alone is one of them.
COUNTED_HEADS = frozenset({"version", "volet", "piste", "aspect", "enjeu", "theme", "domaine"})


@dataclass(frozen=True)
class Candidate:
    phrase: Phrase
    score: float
    head: str            # folded lemma of the head noun
    sentence: int        # index of its sentence in the block
    role: str = "nsubj"  # its relation to the statement (`arguments`), « np » for any other phrase
    actor: bool = False  # its head names who acts, not what happens
    bare: bool = False   # a noun and an adjective alone, no complement


def content_lemmas(span) -> list[str]:
    return [lemma_of(t) for t in span
            if t.pos_ in CONTENT_POS and not t.is_stop and len(t.text) > 1
            and (t.is_alpha or t.pos_ == "NUM" or t.text.replace("-", "").isalpha())]


@dataclass
class Keyness:
    """Per-block keyness of lemmas (see module doc), and the article's general subject."""

    blocks: list[Counter]
    total: Counter
    subject_nouns: frozenset[str]
    #: Word families (`family`) of the author's title: the product's name, the article's subject.
    title: frozenset[str] = frozenset()

    def __post_init__(self) -> None:
        self._sizes = [sum(b.values()) or 1 for b in self.blocks]
        self._all = sum(self.total.values()) or 1

    @classmethod
    def of(cls, spans_per_block: list[list], general: frozenset[str] = frozenset(),
           title: frozenset[str] = frozenset()) -> "Keyness":
        blocks = [Counter(w for span in spans for w in content_lemmas(span)) for spans in spans_per_block]
        total = sum(blocks, Counter())
        nouns: Counter = Counter()
        for spans in spans_per_block:
            for span in spans:
                nouns.update(lemma_of(t) for t in span if t.pos_ in ("NOUN", "PROPN") and not t.is_stop)
        spread = {w: sum(1 for b in blocks if w in b) for w in nouns}
        spread_nouns = [w for w, _ in nouns.most_common() if spread.get(w, 0) >= max(2, len(blocks) // 2)]
        # the nouns of the title and the keyphrase name the article's subject too, when the
        # article uses them in more than one block
        named = {w for w in general if spread.get(w, 0) >= 2}
        return cls(blocks, total, frozenset(spread_nouns[:ARTICLE_SUBJECT_NOUNS]) | named, title)

    def weight(self, block: int, lemma: str) -> float:
        here = self.blocks[block].get(lemma, 0)
        if not here:
            return -0.5
        lift = (here / self.total[lemma]) / (self._sizes[block] / self._all)
        if len(self.blocks) == 1:
            lift = 1.0 + here / 4  # one block: frequency alone
        return math.log(lift) * (1 + math.log(here))


def _inside_brackets(tokens: list) -> bool:
    """The phrase sits inside parentheses or brackets of its sentence or paragraph, or in a paragraph that
    opens on a quotation, inside that quotation: an epigraph, an aside (« « Le pitch est la
    pratique fondamentale de l'entrepreneur » — Guy Kawasaki »); a quotation after its
    attribution may be the point of a news report."""
    first = tokens[0]
    sent = sentence_of(first)
    source = text_of(first.doc)
    paragraph = source[source.rfind("\n\n", 0, first.idx) + 1 : first.idx]  # blocks are joined by blank lines
    for before in (source[sent.start_char : first.idx], paragraph):  # the parser may open a sentence at « ( »
        if before.count("(") > before.count(")") or before.count("[") > before.count("]"):
            return True
    if paragraph.count("«") > paragraph.count("»"):
        # a short verbless quotation is a name, the title of a study (« Les Dirigeants de
        # PME-ETI face à l'urgence climatique »), not what the block says; a quoted statement
        # may be a news report's point
        opening = first.idx - (len(paragraph) - paragraph.rfind("«"))
        closing = source.find("»", first.idx)
        quoted = [t for t in sent if opening < t.idx < closing] if closing >= 0 else []
        if quoted and len(quoted) <= 12 and not any("Fin" in t.morph.get("VerbForm") for t in quoted):
            return True
    return paragraph.lstrip(" \t\n>").startswith("«") and "»" not in paragraph  # in the opening quotation


def _argument_tokens(head, max_depth: int, depth: int = 0) -> list:
    """The head with its phrase dependents, recursively; a bare participle right after
    its noun counts as an adjective (« la mutinerie avortée »)."""
    found = [head]
    for child in head.children:
        bare_participle = (child.dep_ == "acl" and child.pos_ in ("VERB", "ADJ") and not list(child.children)
                           and child.i == head.i + 1)
        bare = (child.dep_ == "nmod" and child.pos_ == "NOUN" and not any(c.dep_ == "det" for c in child.children)
                and (any(c.dep_ == "case" and fold(c.text) in ("de", "d'") for c in child.children)
                     or (child.i == head.i + 1 and not any(c.dep_ == "case" for c in child.children))))
        if child.dep_ == "nmod" and depth >= max_depth and not bare:
            continue  # a bare complement is part of the name (« l'octroi de mer », « groupe de travail »)
        if child.dep_ == "conj" and child.pos_ not in ("NOUN", "PROPN", "ADJ"):
            continue
        if child.dep_ == "acl" and _short_participle(child, head):
            found.extend(sorted(child.subtree, key=lambda t: t.i))
            continue
        if child.dep_ in _PHRASE_DEPS or bare_participle:
            if child.dep_ == "nmod" and _parenthesised(child):
                continue
            found.extend(_argument_tokens(child, max_depth, depth + (child.dep_ == "nmod")))
    return sorted(found, key=lambda t: t.i)


#: A past participle that follows its noun keeps a complement of at most this many words
#: (« les pièces jointes associées aux commandes », « la note obtenue à l'index »): the
#: phrase without it reads amputated.
PARTICIPLE_COMPLEMENT_WORDS = 4
_PARTICIPLE_DEPS = frozenset({"case", "det", "obl", "obl:arg", "obl:mod", "obl:agent", "nmod", "amod", "flat:name"})


def _short_participle(child, head) -> bool:
    if child.pos_ not in ("VERB", "ADJ") or "Part" not in child.morph.get("VerbForm") or child.i < head.i:
        return False
    if "Past" not in child.morph.get("Tense") and child.pos_ == "VERB":
        return False
    between = head.doc[head.i + 1 : child.i]
    if any(t.pos_ not in ("ADJ",) for t in between):
        return False  # right after its noun or its adjectives
    rest = [t for t in child.subtree if t.i != child.i]
    return (0 < len(rest) <= PARTICIPLE_COMPLEMENT_WORDS and all(t.dep_ in _PARTICIPLE_DEPS for t in rest)
            and all(t.i > child.i for t in rest) and any(t.dep_ == "case" for t in rest))


def _parenthesised(token) -> bool:
    left = token.doc[token.left_edge.i - 1] if token.left_edge.i > 0 else None
    return left is not None and left.text in ("(", "[")


def _variants(head) -> list[list]:
    """The argument whole, then cut before each of its complements, longest first: each cut
    is a complete noun phrase (« la distribution des semences | à travers l'exécution… »).
    The whole is first cut to its contiguous stretch around the head: a gap means a clause
    or an apposition intervened, and what lies beyond it is dropped."""
    tokens = _argument_tokens(head, MAX_NMOD_DEPTH)
    at = tokens.index(head)
    start, end = at, at
    while start > 0 and tokens[start - 1].i == tokens[start].i - 1:
        start -= 1
    while end + 1 < len(tokens) and tokens[end + 1].i == tokens[end].i + 1:
        end += 1
    stretch = tokens[start : end + 1]
    out = [stretch]
    for k in range(len(stretch) - 1, stretch.index(head), -1):
        token = stretch[k]
        opens_complement = (token.dep_ in ("case", "cc") and token.head.dep_ in ("nmod", "conj")
                            and token.head.left_edge.i == token.i)
        of = fold(token.text) in ("de", "d'", "des", "du")
        bare = (fold(token.text) in ("de", "d'") and not any(c.dep_ in ("det", "conj") for c in token.head.children))
        if (opens_complement and not (of and token.head.head == head) and not _amputates(stretch, k)
                and not bare):  # « des plans | de contrôle »: a bare complement is part of the name
            # (a coordinated one may go: « un projet | d'aménagement ou de construction »)
            # the head's own « de » complement stays (« une véritable guerre | des talents »)
            out.append(stretch[:k])
    return out


#: Nouns that say little without their « de » complement, beyond the action nouns
#: `_action` recognises by their ending (« Les dossiers de demandes | d'autorisations »,
#: « Un fossé | entre… », « L'accès | aux données »).
RELATIONAL_NOUNS = frozenset("""
demande absence manque acces perte fosse recours respect defaut part source suite usage suivi
""".split())


def _amputates(stretch: list, k: int) -> bool:
    """Cutting `stretch` before its k-th token separates an action noun from its « de »
    complement (« L'absence de détection | des infractions »: détection de quoi ?)."""
    kept = {t.i for t in stretch[:k]}
    return any(t.pos_ == "NOUN" and (_action(t) or lemma_of(t) in RELATIONAL_NOUNS) and any(
        c.dep_ == "nmod" and c.i not in kept and c.i > t.i
        and any(x.dep_ == "case" and fold(x.text) in ("de", "d'", "des", "du") for x in c.children)
        for c in t.children) for t in stretch[:k])


#: A verb's `mark` that makes its clause a circumstance: a subordinating conjunction, those
#: of « bien que », « même si », « parce que », « afin de », and an infinitive's (« pour »,
#: « sans », « avant de », « après », « dès »). « puisqu' » has never been in it (not tried).
_SUBORDINATE_MARKS = (SUBORDINATING - {"puisqu'"}) | frozenset({"bien", "meme", "parce", "afin", "pour", "avant",
                                                                "apres", "des", "sans"})


def _subordinate(verb) -> bool:
    """A clause opened by « si », « alors que », « lorsque »…: a circumstance, not the statement."""
    return any(c.dep_ == "mark" and fold(c.text) in _SUBORDINATE_MARKS for c in verb.children)


def _predicates(roots: list) -> list:
    """The main verbs: each root, the verbs coordinated with it, its infinitive complements
    (« Recruter un duo… », « amène … à envisager la possibilité… »); a root in a
    subordinate clause (a misparse: « Alors que les troupes… traversaient ») hands over
    to the main clause it governs."""
    found = []
    queue = list(roots)
    while queue:
        token = queue.pop(0)
        if token in found:
            continue
        if _subordinate(token):
            queue.extend(c for c in token.children if c.dep_ in ("advcl", "conj") and c.pos_ in ("VERB", "AUX"))
            continue
        found.append(token)
        queue.extend(c for c in token.children if c.dep_ in ("conj", "xcomp") and c.pos_ in ("VERB", "AUX"))
    return found


def statements(span) -> list[tuple[list, list]]:
    """The span's sentences as (tokens, roots), cut to the span: the parser sometimes runs a
    sentence across two paragraphs, and each part then has its own roots."""
    out = []
    seen = set()
    for sent in span.sents:
        start, end = max(sent.start, span.start), min(sent.end, span.end)
        if (start, end) in seen or end <= start:
            continue
        seen.add((start, end))
        tokens = [t for t in span.doc[start:end] if not t.is_space]
        inside = {t.i for t in tokens}
        roots = [t for t in tokens if t.head.i == t.i or t.head.i not in inside]
        roots = [t for t in roots if t.pos_ in ("VERB", "AUX", "NOUN", "PROPN", "ADJ", "ADV")]
        if tokens:
            out.append((tokens, roots))
    return out


#: Simple prepositions whose object may name a topic (« avec les dirigeants de l'OTAN »);
#: « en » and compound prepositions mostly open idioms (« en pure perte », « à travers »).
OBLIQUE_CASES = frozenset({"dans", "sur", "avec", "pour", "vers", "contre", "chez", "entre", "aupres", "de", "d'",
                           "du", "des", "a", "au", "aux", "par"})


def _oblique(child) -> bool:
    """An oblique whose noun phrase may stand alone: one simple preposition, a determiner,
    a head that is no body of a compound preposition (« dans le cadre de »)."""
    cases = [c for c in child.children if c.dep_ == "case"]
    if len(cases) != 1 or fold(cases[0].text) not in OBLIQUE_CASES or cases[0].i > child.i:
        return False
    if any(c.dep_ == "fixed" for c in cases[0].children):
        return False
    head = lemma_of(child)
    if head in STUMP_NOUNS or head in VAGUE_HEADS or head in IDIOM_NOUNS:
        return False
    if fold(cases[0].text) in ("a", "au", "aux") and any(
            c.dep_ == "nmod" and any(fold(x.text) in OF_CASES for x in c.children if x.dep_ == "case")
            for c in child.children):
        return False  # « à l'échelle du réseau », « à la demande du ministre »: a compound preposition
    # a bare noun after « de » may start a heading when complements follow it
    # (« une démarche de dématérialisation de la procédure d'indemnisation »)
    bare_with_complement = (fold(cases[0].text) in ("de", "d'")
                            and any(c.dep_ in ("nmod", "amod") and c.i > child.i for c in child.children))
    return (child.pos_ == "PROPN" or any(c.dep_ == "det" for c in child.children)
            or fold(cases[0].text) in _CONTRACTED or bare_with_complement)


def _oblique_or_bare(token) -> bool:
    parent = token.head
    if token.dep_ == "nmod" and parent.pos_ in ("NOUN", "PROPN") and lemma_of(parent) not in GENERIC_HEADS:
        return False  # the complement without its head: « Les élus sur les carences… » from « les
        # signalements des élus sur les carences… »; a light head may go (« une démarche de
        # dématérialisation de la procédure »)
    if any(c.dep_ == "case" for c in token.children):
        return _oblique(token)
    return any(c.dep_ == "det" for c in token.children) and lemma_of(token) not in STUMP_NOUNS | VAGUE_HEADS


def arguments(roots: list) -> list[tuple[object, str]]:
    """(head token, role) of the subjects and objects of the main verbs; a verbless line
    (a list item, a lead-in « Divergence sur la vision : ») gives its root noun; obliques
    with a simple preposition come last (role « obl »)."""
    out = []
    for predicate in _predicates(roots):
        if predicate.pos_ in ("NOUN", "PROPN") and predicate in roots:
            subject = next((c for c in predicate.children if c.dep_.startswith("nsubj")), None)
            copula = any(c.dep_ == "cop" for c in predicate.children)
            if subject is None and not copula:
                out.append((predicate, "root"))
            elif (copula and (subject is None or subject.pos_ in ("NOUN", "PROPN"))
                  and any(c.dep_ == "nmod" for c in predicate.children)):
                # « Une des incompréhensions est la méconnaissance des ordres de grandeur… »: the
                # predicate names the point; after « c'est » it only describes (« une barre haute »)
                out.append((predicate, "pred"))
        for child in predicate.children:
            if child.pos_ not in ("NOUN", "PROPN"):
                continue
            role = ""
            if child.dep_ in ARGUMENT_DEPS:
                role = child.dep_.split(":")[0]
            elif child.dep_.startswith("obl") and _oblique(child):
                role = "obl"
            if role:
                out.append((child, role))
                # coordinated phrases share the role (« avec une Russie instable, … et la
                # réunion annuelle des dirigeants de l'OTAN »)
                for c in child.children:
                    if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN"):
                        if not any(x.dep_ == "case" for x in c.children):
                            out.append((c, "conj"))
                        elif _oblique(c):
                            out.append((c, "obl"))
    return out


_ROLE_BONUS = {"nsubj": 0.4, "obj": 0.25, "root": 0.2, "pred": 0.3, "obl": -0.3, "conj": -0.2, "np": -0.6}


def _stump_before(tokens: list, role: str) -> bool:
    """Right after a preposition (the parse took an oblique for an argument) or after
    « fois » (« une fois le compte créé »); an oblique's own preposition is expected."""
    first = tokens[0]
    if first.i <= sentence_of(first).start:
        return False
    before = first.doc[first.i - 1]
    if fold(before.text) == "fois":
        return True
    if role in ("obl", "np") and before.pos_ == "ADP":
        return before.dep_ != "case" or before.head.i not in {t.i for t in tokens}
    if (before.text.lower() == "a" and before.pos_ in ("AUX", "VERB")
            and any(c.dep_.startswith("nsubj") for c in before.children)):
        # the verb « a » with its subject (« Cette plateforme a | trois objectifs »), not « à »
        # unaccented (« confronter la plateforme a | la réalité de l'usage »)
        return False
    return before.pos_ == "ADP" or fold(before.text) in ("d'", "de", "a", "en", "par")


def _object_glued(tokens: list) -> bool:
    """A « des »/« du » complement inside the phrase while the verb that governs it has no
    object: the parser most likely hung the verb's object on the noun before it (« proposent
    aux jardiniers | des scénarios réalistes », « les professionnels du terrain | des scénarios »)."""
    inside = {t.i for t in tokens}
    head = next((t for t in tokens if t.head.i not in inside or t.head.i == t.i), tokens[0])
    verb = head.head
    while verb.pos_ in ("NOUN", "PROPN", "PRON") and verb.head.i != verb.i:
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX") or any(c.dep_ in ("obj", "ccomp", "xcomp") for c in verb.children):
        return False
    if verb.i > head.i:
        return False  # a subject before its verb holds no object of it (« La présence des encombrants est… »)
    return any(c.dep_ == "case" and fold(c.text) in ("des", "du") and c.head.i in inside and c.head.i != head.i
               for t in tokens for c in t.children if c.i in inside)


def _inside_a_name(tokens: list) -> bool:
    """The phrase continues a capitalised name begun before it (« Direction … de l'Équipement
    et de l'Aménagement d'Ile de France »)."""
    first = next((t for t in tokens if t.pos_ in ("NOUN", "PROPN")), None)
    if first is None or not first.text[:1].isupper() or first.is_sent_start:
        return False
    k = tokens[0].i - 1
    doc = tokens[0].doc
    while k >= 0 and fold(doc[k].text) in ("de", "d'", "du", "des", "l'", "la", "le", "les", "et"):
        k -= 1
    return k >= 0 and k < tokens[0].i - 1 and doc[k].text[:1].isupper() and doc[k].is_alpha and not doc[k].is_sent_start


def _word_cap(tokens: list) -> int:
    """`MAX_COORDINATED_WORDS` for a phrase that holds a coordination of common nouns whole,
    else `MAX_WORDS`: the parts of a name (« le ministère de l'Intérieur et des Outre-mer »)
    name no topic."""
    inside = {t.i for t in tokens}
    coordinated = any(t.dep_ == "conj" and t.pos_ == "NOUN" and not t.text[:1].isupper() and t.head.i in inside
                      and t.head.pos_ == "NOUN"
                      and any(c.dep_ == "cc" and c.i in inside for c in t.children) for t in tokens)
    return MAX_COORDINATED_WORDS if coordinated else MAX_WORDS


def _complements_coordinated(conj) -> bool:
    """« les objectifs d'usage et d'impact »: the parser hung the second « de » complement
    on the noun, not on the first complement; the noun has that first complement, with the
    same preposition, between itself and the coordination, so nothing is lost. Only after a
    definite article: the author names a known topic, not one item among others."""
    case = next((c for c in conj.children if c.dep_ == "case"), None)
    if case is None or fold(case.text) not in OF_CASES or conj.pos_ != "NOUN" or conj.text[:1].isupper():
        return False  # a name's parts (« le ministère de l'Intérieur et de l'ATE ») name an actor
    if not any(c.dep_ == "det" and fold(c.text) in ("le", "la", "les", "l'") for c in conj.head.children):
        return False  # « Un gain de temps et de fiabilité »: one benefit of a series, as rated (0)
    return any(c.dep_ == "nmod" and conj.head.i < c.i < conj.i
               and any(x.dep_ == "case" and fold(x.text) in OF_CASES for x in c.children)
               for c in conj.head.children)


def argument_phrase(tokens: list, role: str = "nsubj", demonstrative_ok: bool = False,
                    counted: bool = False) -> Phrase | None:
    """A candidate from an argument's tokens, or None when it is no publishable heading.
    With `demonstrative_ok`, a demonstrative noun phrase with its complement is taken with
    the definite article (« ce manque de vision globale » → « Le manque de vision globale »).
    With `counted` (a lead-in's count of its items, `labels._counted_phrase`), a head that
    names a kind or a level is no vague head when its « de » complement is in the phrase
    (« 3 niveaux de simulation », « 3 types de problème »)."""
    while tokens and tokens[0].pos_ in _DROP_FIRST_POS and not (
            fold(tokens[0].text) in ("de", "d'") and len(tokens) > 1 and tokens[1].pos_ == "ADJ"):
        tokens = tokens[1:]  # « De nombreux calculateurs » keeps its plural indefinite
    while tokens and tokens[-1].pos_ in _DROP_LAST_POS:
        tokens = tokens[:-1]
    if not tokens or len(tokens) > _word_cap(tokens) or sentence_of(tokens[0]).start != sentence_of(tokens[-1]).start:
        return None
    if not _contiguous(tokens) or not _real_sentence(sentence_of(tokens[0])):
        return None
    if any(not t.is_punct and not any(ch.isalnum() for ch in t.text) for t in tokens):
        return None  # a symbol the parser took for a word (« ✅ Simplifier et gain de temps… »)
    # « (De) ce manque de vision globale » names what an earlier sentence told: with its
    # complement, the definite article makes it a heading (« Le manque de vision globale »)
    demonstrative = (demonstrative_ok and len(tokens) > 2 and tokens[0].pos_ == "DET" and fold(tokens[0].text) in DEMONSTRATIVES
                     and any(t.dep_ == "nmod" and t.head.i == tokens[1].i for t in tokens))
    fault = malformed(tokens[1:] if demonstrative else tokens)
    if counted and fault == "vague head" and any(t.dep_ == "nmod" and t.head in tokens for t in tokens):
        fault = malformed(tokens, vague_heads=False)
    if role == "pred" and fault == "clause":
        fault = ""  # its subject and copula are outside the phrase
    if _stump_before(tokens, role) or _inside_brackets(tokens) or fault or _agreement_broken(tokens):
        return None
    content = [t for t in tokens if t.pos_ in CONTENT_POS]
    if len(content) < 2 or not any(t.pos_ == "NOUN" for t in tokens):
        return None  # a lone noun (« Le marbre », « Suite ») or a bare name names no topic
    if any(t.pos_ == "ADV" for t in tokens):
        return None
    doc = tokens[0].doc
    source = text_of(doc)
    raw = source[tokens[0].idx : tokens[-1].idx + len(tokens[-1].text)]
    text = visible_text(raw)
    if len(text) > MAX_CHARS or any(c in text for c in "«»\"()[]:;/=⇒") or DEBRIS.search(text):
        return None
    if demonstrative:
        rest = text[len(tokens[0].text):].lstrip()
        word, initial = fold(tokens[0].text), fold(rest[:1])
        if word == "cette" and initial == "h":
            return None  # « cette hausse » (la) or « cette hypothèse » (l'): no guess
        # « ce » is masculine before a consonant or an aspirated h (« ce handicap »: le),
        # « cet » before a vowel or a silent h
        article = {"ces": "les ", "ce": "le ", "cet": "l'"}.get(word) or ("l'" if initial in "aeiouy" else "la ")
        text = article + rest
    before_char = source[tokens[0].idx - 1 : tokens[0].idx] if tokens[0].idx else ""
    if before_char and (before_char.isalnum() or before_char in "/-_@.'’"):
        return None  # a word cut on the left (« LLM/RAG | s sur une infrastructure »)
    if len(tokens[0].text) < 2 and tokens[0].is_alpha and fold(tokens[0].text) not in ("a", "l"):
        return None
    nxt = doc[tokens[-1].i + 1] if tokens[-1].i + 1 < len(doc) else None
    if nxt is not None and tokens[-1].pos_ == "PROPN" and nxt.text[:1].isupper() and nxt.is_alpha:
        return None  # a name cut (« 3 agences France | Travail »)
    if (nxt is not None and nxt.pos_ == "PROPN" and tokens[-1].pos_ == "NOUN"
            and source[tokens[-1].idx + len(tokens[-1].text) : nxt.idx] == " "):
        return None  # the name that follows belongs to it (« un outil via le logiciel | Access »)
    if (nxt is not None and nxt.head.i in {t.i for t in tokens} and nxt.pos_ in ("NOUN", "PROPN", "ADJ", "NUM")
            and nxt.dep_ != "conj"):
        return None  # a noun or adjective of the phrase left out (« la relation | usager »)
    if (nxt is not None and nxt.pos_ in ("NOUN", "X") and nxt.head.i == nxt.i and tokens[-1].pos_ == "NOUN"
            and source[tokens[-1].idx + len(tokens[-1].text) : nxt.idx] == " "):
        return None  # a noun run cut where the parse broke (« … et modèles | ML fine-tuned »)
    last_noun = tokens[-1]
    if (last_noun.pos_ == "NOUN" and last_noun.dep_ == "nmod" and not any(c.dep_ == "det" for c in last_noun.children)
            and any(c.dep_ == "case" and fold(c.text) not in ("de", "d'", "du", "des", "a", "au", "aux", "en")
                    for c in last_noun.children)
            and any(c.dep_ == "nmod" and c.i > last_noun.i for c in last_noun.children)):
        return None  # a bare noun cut from its complement (« Le rapport entre nombre | d'arrivées… »)
    if tokens[0].pos_ == "ADJ":
        # « (l'un de) gros recruteurs du numérique », « (un) meilleur pilotage de la
        # construction »: a bare adjective start reads cut
        return None
    if (nxt is not None and fold(nxt.text) in ("de", "d'") and tokens[-1].text[:1].isupper()
            and not tokens[-1].is_sent_start
            and nxt.i + 1 < len(doc) and doc[nxt.i + 1].text[:1].isupper()):
        return None  # a name cut (« l'impact d'une Promotion | de Profil »)
    if _inside_a_name(tokens):
        return None
    after = source[tokens[-1].idx + len(tokens[-1].text) : tokens[-1].idx + len(tokens[-1].text) + 1]
    if after and not after.isspace() and after not in ",.;:!?)»…":
        return None  # a word cut at « / » or « - » (« Un duo entrepreneur/investisseur »)
    end = tokens[-1].idx + len(tokens[-1].text)
    if source[end : end + 3].lstrip(" ").startswith(("/", "&", "+")):
        return None  # a pair cut at a spaced slash (« Le binôme intra | / coach »)
    inside = {t.i for t in tokens}
    last = tokens[-1]
    if last.pos_ in ("ADJ", "VERB") and any(c.i > last.i and c.i not in inside and c.dep_ != "punct"
                                             for c in last.children):
        return None  # an adjective without its complement (« Un réseau d'experts capables | de… »)
    following = doc[last.i + 1] if last.i + 1 < len(doc) else None
    if last.pos_ == "ADJ" and following is not None and fold(following.text) in ("de", "d'", "a", "au", "aux"):
        return None  # the same when the parser hung the complement elsewhere
    if any(fold(a.text) == "en" and b.pos_ == "NOUN" for a, b in zip(tokens, tokens[1:])):
        return None  # « en collaboration », « en charge de… »: an idiom, mostly cut
    if fold(tokens[0].text) in ("de", "d'") and not (len(tokens) > 1 and tokens[1].pos_ == "ADJ"):
        return None  # « De suite positive »; « De nouveaux liens » is a plural indefinite
    if fold(last.text) in STUMP_NOUNS | IDIOM_NOUNS and len(tokens) > 1 and tokens[-2].pos_ in ("ADP", "DET"):
        return None  # « Une obligation de déclaration au titre | de l'impôt »
    if "‘" in text or re.search(r"’(?!\w)|(?<!\w)’", text):
        return None  # a quotation mark, not an apostrophe
    if last.pos_ == "NUM" and len(tokens) > 1 and tokens[-2].pos_ in ("NOUN", "PROPN"):
        return None  # « Étape 1 », « Phase 2 »: a label, not a topic
    if _object_glued(tokens):
        return None
    if _complement_left_out(tokens):
        return None  # « L'absence de détection systématique | et automatisée des infractions »
    if any(t.dep_ == "nmod" and lemma_of(t) in _MANNER for t in tokens[1:]):
        return None  # « (simplifier) le processus de différentes manières »: the verb's adverbial
    if fold(tokens[-1].text) in _RELATIVE_PARTICIPLES:
        return None  # « La complexité de la réglementation associée » (associée à quoi ?)
    if (last.pos_ in ("VERB", "ADJ") and "Part" in last.morph.get("VerbForm") and nxt is not None
            and nxt.pos_ == "ADP" and nxt.i < sentence_of(last).end and fold(nxt.text) in _PARTICIPLE_CASES):
        return None  # « La note obtenue » cut from « la note obtenue à l'index »
    top = next((t for t in tokens if t.head.i not in inside or t.head.i == t.i), tokens[0])
    if role != "obj" and _verb_oblique(top, tokens):
        return None  # a verb's oblique read as the complement (the caller keeps an « obj »'s clause)
    for t in tokens:
        if t.dep_ == "conj" and t.head.i in inside and any(c.dep_ == "case" and c.i in inside for c in t.children) \
                and not any(c.dep_ == "case" and c.i in inside for c in t.head.children) \
                and not _complements_coordinated(t):
            return None  # « L'entrée et du séjour des étrangers »: the first member lost its « de »
    if any(c.dep_ == "conj" and c.pos_ != "VERB" and c.i not in inside for t in tokens for c in t.children):
        # one member of a coordination (« Divergence d'attentes entre DNSP | et la DINUM »,
        # « Un processus à la fois chronophage | , inefficace et mal adapté »)
        return None
    if any(fold(a.text) == "a" and fold(b.text) == "la" and fold(c.text) == "fois"
           for a, b, c in zip(tokens, tokens[1:], tokens[2:])):
        return None  # « à la fois X et Y » announces a coordination
    if last.dep_ == "conj" and any(c.i > last.i and c.i not in inside and c.dep_ in ("nmod", "amod", "acl")
                                   for c in last.children):
        return None  # a coordinated member without its complement (« … et mesures | d'adaptation »)
    if (nxt is not None and nxt.pos_ in ("ADJ", "VERB") and "Part" in nxt.morph.get("VerbForm")
            and nxt.i < sentence_of(last).end and not any(c.dep_ != "punct" for c in nxt.children)):
        return None  # a bare participle left out (« le retour à l'emploi des profils | promus »)
    for t in tokens:
        if (t.pos_ == "NOUN" and t.dep_ == "nmod" and not any(c.dep_ == "det" for c in t.children)
                and any(c.dep_ == "case" and fold(c.text) == "pour" for c in t.children)):
            return None  # « pour » and a bare noun: an infinitive misread (« … nécessaires pour avori »)
    if any(ch.isdigit() for ch in text) and not any(t.pos_ == "NUM" and t.dep_ == "nummod" for t in tokens):
        return None  # « Phase 1 », dates and codes
    first = fold(tokens[0].text)
    before = doc[tokens[0].i - 1] if tokens[0].i > 0 else None
    if (role in ("obl", "np") and before is not None and fold(before.text) in _CONTRACTED
            and before.head.i == tokens[0].i or (before is not None and before.head in tokens
                                                  and fold(before.text) in _CONTRACTED)):
        # « l'une des motivations de Poutine » → « Les motivations de Poutine »: the article
        # the contraction holds
        text = _CONTRACTED[fold(before.text)] + " " + text
    elif first in ("des", "du") and tokens[0].pos_ == "DET" and len(tokens) > 1:
        # « s'inquiéter des prétendues lignes rouges » → « Les prétendues lignes rouges »: the
        # article the contraction holds (and a plural indefinite reads the same as a heading)
        text = ("les " if first == "des" else "le ") + text[len(tokens[0].text):].lstrip()
    lemmas = tuple(lemma_of(t) for t in tokens)
    content_set = frozenset(lemma_of(t) for t in content)
    proper = tokens[0].pos_ == "PROPN"
    return Phrase(sentence_case(text), lemmas, content_set, tokens[0].idx, len(tokens), proper)


#: Prepositions that open a participle's complement (« obtenue à l'index », « proposée par »):
#: `OBLIQUE_CASES` and « en » (« proposée en ligne »), which opens idioms as an oblique but
#: a complement after a participle. « contre » has never been in it (not tried).
_PARTICIPLE_CASES = (OBLIQUE_CASES | {"en"}) - {"contre"}


#: Nouns of a manner adverbial (« de différentes manières », « d'une autre façon »), the verb's.
_MANNER = frozenset({"maniere", "facon", "sorte", "mode"})


#: Heads that measure time (« Les 6 mois », « Une année »).
DURATIONS = CALENDAR_UNITS | {"periode", "duree"}
#: Heads that place a story in time and name no topic, whatever follows them.
TIME_POINTS = frozenset("lendemain veille matin soir matinee soiree nuit apres-midi midi aube".split())


def _complement_left_out(tokens: list) -> bool:
    """The phrase's last noun is an action noun (« détection », « absence ») without a « de »
    complement inside the phrase, and the text goes on with one, after at most a
    coordinated adjective or participle (« … systématique et automatisée des infractions »):
    the parse cut the noun from what it acts on, and the heading reads amputated."""
    nouns = [t for t in tokens if t.pos_ == "NOUN"]
    if not nouns or not _action(nouns[-1]):
        return False
    noun = nouns[-1]
    inside = {t.i for t in tokens}
    if any(c.dep_ == "nmod" and c.i > noun.i and c.i in inside for c in noun.children):
        return False
    doc = tokens[0].doc
    k = tokens[-1].i + 1
    end = sentence_of(tokens[-1]).end
    while k < end and (doc[k].pos_ in ("CCONJ", "ADJ") or (doc[k].pos_ == "VERB" and "Part" in doc[k].morph.get("VerbForm"))):
        k += 1
    return k < end and k > tokens[-1].i + 1 and fold(doc[k].text) in ("de", "d'", "des", "du")


#: Participles that end a phrase only with their complement, told earlier in the sentence:
#: « la réglementation associée », « les acteurs concernés » point to what the heading omits.
_RELATIVE_PARTICIPLES = POINTING_BACK_MODIFIERS | NEEDING_COMPLEMENT
#: Heads that name who acts (an office, a person), not what the block is about: editors
#: read « La direction des services judiciaires » or « L'Observatoire du Travail
#: Dissimulé » as the source, not the point.
ACTOR_HEADS = frozenset("""
direction ministere ministre bureau agence association observatoire prefecture police gendarmerie
equipe president presidente secretaire responsable directeur directrice dirigeant collegue analyste
porte-parole service administration collectivite commune departement region etat gouvernement
conseil commission comite institut office autorite chambre union federation syndicat entreprise
societe cabinet groupe chef assemblee parlement senat cour tribunal juridiction inspection
""".split())
_ACTOR, _ACTION = -1.2, 0.3


def _actor(head) -> bool:
    return lemma_of(head) in ACTOR_HEADS or head.ent_type_ in ("PER", "ORG")


def _action(head) -> bool:
    """A deverbal or abstract noun (« la dématérialisation », « le déploiement »,
    « la possibilité »): it names what happens, the usual point of a section."""
    word = fold(head.lemma_ or head.text)
    return head.pos_ == "NOUN" and word.endswith(("tion", "sion", "ment", "age", "ite", "ance", "ence", "ure"))


_AGAINST_VERBS = frozenset({"remplacer", "eviter", "supprimer", "abandonner", "arreter", "eliminer"})
_AGAINST_CASES = frozenset({"sans", "contrairement", "plutot", "lieu"})


def _argued_against(head) -> bool:
    """The phrase is what its sentence denies or replaces: the object of a negated verb or of
    « remplacer », « éviter »…, or after « sans », « au lieu de », « plutôt que »,
    « contrairement à »."""
    if any(fold(c.text) in _AGAINST_CASES or any(fold(x.text) in _AGAINST_CASES for x in c.children)
           for c in head.children if c.dep_ in ("case", "mark")):
        return True
    verb = head.head
    while verb.pos_ in ("NOUN", "PROPN", "PRON") and verb.head.i != verb.i:
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    while True:
        negated = any(fold(c.text) in ("pas", "jamais", "aucun", "aucune", "guere", "ni") for c in verb.children)
        if negated or fold(verb.lemma_) in _AGAINST_VERBS:
            return True
        if verb.dep_ != "xcomp" or verb.head.i == verb.i or verb.head.pos_ not in ("VERB", "AUX"):
            return False
        verb = verb.head  # « (ne permet pas de) garder la trace d'informations-clés »


def _button(tokens: list) -> bool:
    """A short paragraph without final punctuation that opens on an infinitive or an
    imperative: a button or a call to action (« Demander un accès au service »,
    « Contactez-nous »), not a statement. (A list item may be such a line and still a
    statement: « Tester le concept sur le terrain ».)"""
    words = [t for t in tokens if not t.is_punct and not t.is_space and t.pos_ not in ("PUNCT", "SYM")]
    if not words or len(words) > 6 or tokens[-1].text in (".", "!", "?", "…", "»"):
        return False
    forms = set(words[0].morph.get("VerbForm")) | set(words[0].morph.get("Mood"))
    return words[0].pos_ == "VERB" and bool(forms & {"Inf", "Imp"})


#: How much a phrase gains from the share of its block that mentions its words (`Reach`).
COVERAGE = 1.5
#: In a block of at least this many sentences, a phrase none of whose words recurs in
#: another sentence names one detail, and loses COVERAGE × ONCE_PENALTY (« Les scripts de contrôle-validation de données »,
#: one item of four; « Les solutions numériques existantes », one reason of several).
ONCE_MIN_SENTENCES = 4
ONCE_PENALTY = 1.5
#: Head nouns that judge or rank rather than name (« Un premier impact », « L'utilité de
#: l'API », « L'urgence climatique »): a heading needs a topic beside them.
EVALUATIVE_HEADS = frozenset("""
impact utilite urgence importance interet necessite avantage valeur pertinence efficacite succes
reussite benefice apport plus-value portee ampleur gravite priorite enjeu defi gain retour effet
influence role poids
""".split())
#: Adjectives that rank or judge without naming anything (« premier », « supplémentaire »,
#: « avéré »): with an evaluative head they leave the heading empty.
VAGUE_ADJECTIVES = frozenset("""
premier premiere second seconde deuxieme troisieme dernier derniere supplementaire avere averer reel
reelle veritable important importante majeur majeure principal principale grand grande fort forte
nouveau nouvelle double triple certain certaine vrai vraie bon bonne meilleur meilleure
global globale general generale particulier particuliere simple immediat immediate significatif
significative significatifs significatives considerable positif positive concret concrete direct directe
clair claire
""".split())


def family(lemma: str) -> str:
    """A lemma's word family, roughly: its first six letters when it is longer
    (« fiabilisation », « fiabiliser »; « détection », « détecter »; « abandon »,
    « abandonner »), so that a block that names its topic with a verb reaches it too."""
    return lemma[:6] if len(lemma) > 6 else lemma


@dataclass
class Reach:
    """Which word families each sentence of a block mentions, and its length in words:
    how much of the block a phrase's words reach (editors: a heading names what the whole
    block is about, not one item or one late sentence)."""

    families: list[set[str]]
    words: list[int]

    @classmethod
    def of(cls, sentences: list[list]) -> "Reach":
        return cls([{family(w) for w in content_lemmas(tokens)} for tokens in sentences],
                   [max(sum(1 for t in tokens if not t.is_punct and not t.is_space), 1) for tokens in sentences])

    def share(self, families: set[str]) -> tuple[float, int]:
        """The share of the block's words in sentences naming one of `families`, and how
        many sentences do."""
        hit = [k for k, found in enumerate(self.families) if found & families]
        return sum(self.words[k] for k in hit) / (sum(self.words) or 1), len(hit)

    def coverage(self, tokens: list, head: str, specific: set[str], detail: bool) -> float | None:
        """How much of the block the phrase reaches: its head's family counts most, its other
        words specific to the block less (the article's general subject reaches every block).
        None when the phrase sits in a `detail` sentence (a list item, the late half of the
        block) and nothing of it recurs beyond that sentence, in a block long enough to have
        several points."""
        own = {family(lemma_of(t)) for t in tokens if lemma_of(t) in specific}
        head_share, _ = self.share({family(head)})
        any_share, any_hits = self.share(own | {family(head)})
        if detail and len(self.families) >= ONCE_MIN_SENTENCES and any_hits <= 1:
            return None
        return 0.6 * head_share + 0.4 * any_share


def names_the_article(content: frozenset[str], title: frozenset[str]) -> bool:
    """Every word of the phrase that is not generic is a word of the title: the product's name
    or the article's subject (« Dépenses Éclairées », « Le service Dora »), which editors read
    as vague, true of every block."""
    own = {family(w) for w in content - GENERIC_HEADS - VAGUE_ADJECTIVES}
    return bool(title) and own <= title


def vague_topic(content: frozenset[str], head: str, general: frozenset[str]) -> bool:
    """The phrase judges or ranks without naming a topic: an evaluative head (« impact »,
    « utilité ») whose other words are only vague adjectives or the article's general
    subject (« Un premier impact », « L'utilité de l'API Apprentissage »), and the same of a
    generic head (« Objectif », « Un double objectif », « L'objectif de Mission Transition »)."""
    rest = content - {head} - VAGUE_ADJECTIVES - general
    return head in EVALUATIVE_HEADS | GENERIC_HEADS and not rest


def _credit(tokens: list) -> bool:
    """A line that opens on a person's name followed by a dash or a colon: a credit (a team
    member, a sponsor and their titles), not a statement of the block."""
    words = [t for t in tokens if not t.is_space]
    k = 0
    while k < len(words) and (words[k].pos_ == "PROPN" or words[k].ent_type_ == "PER"
                              or (k and fold(words[k].text) == "et")):
        k += 1
    return (k >= 2 and k < len(words) and words[k].text in ("-", "–", "—", ":")
            and any(t.ent_type_ == "PER" or t.text.isupper() for t in words[:k]))


#: Words that address the reader (« Vous souhaitez vous inscrire ? », « votre structure »).
_SECOND_PERSON = SECOND_PERSON | SECOND_PERSON_POSSESSIVES | frozenset({"te", "t'"})


def _addresses_reader(span) -> bool:
    return any(fold(t.text) in _SECOND_PERSON for t in span)


def _question(tokens: list) -> bool:
    """The sentence ends on a question mark."""
    last = next((t for t in reversed(tokens) if not t.is_space), None)
    return last is not None and last.text.endswith("?")


def sentence_weight(keyness: Keyness, block: int, tokens: list) -> float:
    lemmas = set(content_lemmas(tokens))
    if not lemmas:
        return 0.0
    return sum(max(keyness.weight(block, w), 0.0) for w in lemmas) / math.sqrt(len(lemmas))


def block_candidates(keyness: Keyness, block: int, spans: list, kinds: list[str] | None = None) -> list[Candidate]:
    """Every publishable argument of the block's sentences, best first. `kinds` are the
    spans' block kinds: when the block has prose, a list item's phrase names one bullet,
    not the block (`LIST_ITEM_PENALTY`); a short paragraph that is a button is no statement
    (`_button`)."""
    kinds = kinds or ["paragraph"] * len(spans)
    has_prose = "paragraph" in kinds
    sentences, in_list = [], []
    for span, kind in zip(spans, kinds):
        to_reader = _addresses_reader(span)
        for statement in statements(span):
            if kind == "paragraph" and _button(statement[0]):
                continue
            if to_reader and _question(statement[0]):
                continue  # « Vous souhaitez… ? Obtenir des renseignements sur la plateforme ? »: a call to action
            if _credit(statement[0]):
                continue  # « Christophe Soulard et Rémy Heitz - Chefs de la Cour de cassation… »
            sentences.append(statement)
            in_list.append(kind == "list_item")
    items = [set(content_lemmas(tokens)) for (tokens, _), listed in zip(sentences, in_list) if listed]
    weights = [sentence_weight(keyness, block, tokens) for tokens, _ in sentences]
    reach = Reach.of([tokens for tokens, _ in sentences])
    top = max(weights, default=0.0) or 1.0
    found: dict[str, Candidate] = {}
    for index, ((sentence, roots), weight) in enumerate(zip(sentences, weights)):
        # an author states a section's point early; a late sentence mostly adds detail
        opening = OPENING_BONUS[index] if index < len(OPENING_BONUS) else -min(LATE_STEP * index, LATE_MAX)
        heads = arguments(roots)
        taken = {h.i for h, _ in heads}
        # any other noun phrase of the sentence that stands alone after a simple
        # preposition, or with none (an apposition, a coordination), ranks after them
        # the object of an infinitive that opens its line or follows « de », « pour », « à »
        # (« permet de découvrir la nomenclature… »): its clause may name the block's aim
        clause_only = {t.i for t in sentence if t.dep_ == "obj" and t.pos_ in ("NOUN", "PROPN")
                       and t.i not in taken and _infinitive_head(t.head)}
        heads += [(t, "obj") for t in sentence if t.i in clause_only]
        taken = {h.i for h, _ in heads}
        heads += [(t, "np") for t in sentence if t.pos_ == "NOUN" and t.i not in taken
                  and t.dep_ in ("nmod", "obl", "obl:arg", "obl:mod", "appos", "conj") and _oblique_or_bare(t)]
        for head, role in heads:
            for cut, tokens in enumerate(_variants(head)):
                phrase = argument_phrase(tokens, role, demonstrative_ok=True)
                if phrase is None:
                    continue
                head_lemma = lemma_of(head)
                counted = (head_lemma in COUNTED_HEADS and index == 0 and role == "nsubj"
                           and tokens[0].pos_ == "NUM" and any(t.dep_ == "nmod" and t.head.i == head.i for t in tokens))
                if (head_lemma in STUMP_NOUNS or head_lemma in VAGUE_HEADS or head_lemma in IDIOM_NOUNS) and not counted:
                    continue  # « La suite », « Le cadre du plan », « Le reste du message »
                if head_lemma in DURATIONS and not any(t.dep_ == "nmod" and t.head.i == head.i for t in tokens):
                    continue  # « Les 6 mois »: a duration names no topic without what it is of
                if head_lemma in TIME_POINTS:
                    continue  # « Le lendemain matin » (panel 10: 0, 0, « simple repère temporel »)
                keys = {w: keyness.weight(block, w) for w in phrase.content}
                others = [k for w, k in keys.items() if w != head_lemma]
                nouns = {lemma_of(t) for t in tokens if t.pos_ in ("NOUN", "PROPN") and t.i != head.i}
                general = head_lemma in GENERIC_HEADS or head_lemma in keyness.subject_nouns
                rescue = [keys.get(w, -1.0) for w in nouns
                          if w not in GENERIC_HEADS and w not in keyness.subject_nouns]
                if general and max(rescue, default=-1.0) < SPECIFIC:
                    continue  # « Les acteurs du dispositif », the article's subject again
                if max(keys.values()) < SPECIFIC:
                    continue  # nothing in it belongs to this block
                head_key = keys.get(head_lemma, 0.0) * (0.5 if general else 1.5)
                own = (head_key + sum(max(k, -0.5) for k in others)) / math.sqrt(len(keys))
                shape = 0.3 if 2 <= phrase.words <= 7 else 0.0
                bare = not any(t.dep_ == "case" for t in tokens) and len(keys) == 2 and not phrase.proper_first
                if bare and index > 1 and keyness.blocks[block][head_lemma] < 2:
                    continue  # « Un réveil difficile », « Une étude statistique »: a passing remark
                if any(t.dep_ == "case" for t in tokens):
                    shape += COMPLEMENT_BONUS  # « La répartition du support dans l'équipe »
                elif len(keys) == 2 and not phrase.proper_first and (
                        min(keys.values()) < 2 * SPECIFIC or keyness.blocks[block][head_lemma] < 2):
                    shape -= BARE_PAIR_PENALTY  # « Une visibilité renforcée », « La croissance anticipée »
                if role in ("root", "pred") and tokens[0].pos_ != "DET" and not phrase.proper_first:
                    continue  # a list label (« Volet quantitatif », « Mise à jour de l'état des lieux »)
                if tokens[0].pos_ == "NUM" and len(keys) < 3 and not counted:
                    continue  # « 11 entretiens », « Dix mille fois »: a figure without its object
                if role == "np" and not (tokens[0].pos_ == "DET" or phrase.proper_first) and len(keys) < 3:
                    continue  # a bare noun needs its complements to read as a heading
                if (in_list[index] and len(items) >= LIST_MIN_ITEMS
                        and sum(1 for item in items if head_lemma in item) < 2):
                    continue  # one bullet of a list names one item, not the block (« Un gain de temps »)
                if vague_topic(phrase.content, head_lemma, keyness.subject_nouns):
                    continue  # « Un premier impact », « L'utilité de l'API Apprentissage »
                if names_the_article(phrase.content, keyness.title):
                    continue  # « Dépenses Éclairées » on the page of Dépenses Éclairées
                if head_lemma in EVALUATIVE_HEADS and not any(
                        t.pos_ in ("NOUN", "PROPN") and t.i != head.i for t in tokens):
                    continue  # « L'urgence climatique »: a judgement needs what it bears on
                specific = {w for w, k in keys.items() if k >= SPECIFIC and w not in keyness.subject_nouns
                            and w not in VAGUE_ADJECTIVES}
                late = index >= max(3, len(sentences) / 2)
                covered = reach.coverage(tokens, head_lemma, specific, in_list[index] or late)
                # named once in a long block: one item, one late sentence; last resort only
                covered = -ONCE_PENALTY if covered is None else covered
                kind = _ACTOR if _actor(head) else _ACTION if _action(head) else 0.0
                indefinite = fold(tokens[0].text) in ("un", "une", "des", "de", "d'")
                if _argued_against(head):
                    continue  # « (rappeler plutôt que) les réponses par mail », « (remplacer) la donnée brute »
                definite = 0.2 if fold(tokens[0].text) in ("le", "la", "les", "l'") or phrase.proper_first else 0.0
                # a complement dropped to fit loses what the author said (« d'une Russie post-Poutine »)
                score = (own + 0.6 * weight / top + opening + _ROLE_BONUS.get(role, 0.0) + shape + definite
                         - 0.4 * cut + kind + CENTRALITY * math.log(max(keyness.blocks[block][head_lemma], 1))
                         - LIST_ITEM_PENALTY * in_list[index] * has_prose - INDEFINITE_PENALTY * indefinite
                         + COVERAGE * covered)
                if head.i in clause_only and (cut or lemma_of(tokens[-1]) in VAGUE_HEADS):
                    continue  # a clause whose object lost its complement (« Piloter les tensions sur l'ensemble »)
                clause = _action_clause(head, tokens, phrase) if role == "obj" else None
                adjunct = any(c.dep_ == "case" and fold(c.text) not in OF_CASES
                              for t in tokens if t.dep_ == "nmod" and t.head.i == head.i for c in t.children)
                if clause is not None:
                    # « (nous a permis de) tester le concept sur le terrain »: when the object has
                    # a complement the verb may govern (« sur le terrain »), the object alone
                    # reads cut (« Le concept sur le terrain »); else the noun phrase is the
                    # usual heading and the clause comes after it
                    found.setdefault(clause.text.lower(), Candidate(
                        clause, score - (0 if adjunct else CLAUSE_OBJECT_PENALTY / 2), head_lemma, index, "obj"))
                    if adjunct:
                        score -= CLAUSE_OBJECT_PENALTY
                if head.i in clause_only:
                    continue  # only its clause: the object alone is amputated (« Les besoins d'embauche »)
                if role == "obj" and clause is None and _object_of_noun_infinitive(head):
                    continue  # « (Difficulté à trouver rapidement) la bonne ressource »: amputated
                if role == "obj" and _verb_oblique(head, tokens):
                    continue  # « (d'alerter) les porteurs de projet sur les risques »: the verb's oblique
                key = phrase.text.lower()
                if key not in found or found[key].score < score:
                    found[key] = Candidate(phrase, score, head_lemma, index, role, kind == _ACTOR, bare)
    return sorted(found.values(), key=lambda c: (-c.score, c.phrase.start))


#: Prepositions that open a verb's oblique more often than a noun's complement (« alerter
#: quelqu'un sur… », « intégrer le bruit dans… »; « une victoire pour… » is the noun's).
_VERB_CASES = frozenset({"sur", "avec", "contre", "vers", "dans", "chez", "aupres", "depuis"})


#: Verbs whose clause says nothing by itself (« Avoir des besoins », « Laisser le conseiller »).
_LIGHT_VERBS = frozenset({"avoir", "etre", "faire", "laisser", "pouvoir", "devoir", "vouloir", "aller",
                          "venir", "savoir", "sembler", "rester", "permettre", "falloir", "dire", "comporter",
                          "tenir", "prendre"})


def _infinitive_head(verb) -> bool:
    """An infinitive outside the main predicates: a goal (« permet de découvrir… »), a
    purpose (« pour cibler… »), a line that opens on it (« - Piloter leur budget… »)."""
    return (verb.pos_ == "VERB" and "Inf" in verb.morph.get("VerbForm") and lemma_of(verb) not in _LIGHT_VERBS
            and verb.dep_ in ("xcomp", "acl", "advcl", "ccomp", "conj", "ROOT", "dep"))


def _verb_oblique(head, tokens: list) -> bool:
    """A verb's object that holds a complement opened by « sur », « avec », « pour »…: the
    parser most likely hung the verb's oblique on the object, and the phrase reads as the
    object followed by a fragment (« Les porteurs de projet sur les risques acoustiques »,
    from « d'alerter les porteurs de projet sur les risques acoustiques »)."""
    verb = head.head
    if head.dep_ != "obj" or verb.pos_ != "VERB":
        return False
    return any(c.dep_ == "case" and fold(c.text) in _VERB_CASES
               for t in tokens if t.dep_ == "nmod" and t.head.i == head.i and t.i > head.i for c in t.children)


def _object_of_noun_infinitive(head) -> bool:
    """The object of an infinitive that completes a noun or an adjective (« Difficulté à
    trouver rapidement la bonne ressource », « capable de certifier les compétences »): the
    object alone drops what the line is about, and editors read it as amputated."""
    verb = head.head
    if verb.pos_ != "VERB" or "Inf" not in verb.morph.get("VerbForm") or verb.dep_ not in ("xcomp", "acl"):
        return False
    # only after its « à » or « de » and inside the noun's sentence: the parser also hangs a
    # list item's infinitive on the noun of the line before (« …les leviers suivants : -
    # Favoriser l'adoption… »), whose object is the item's topic
    marked = any(c.dep_ == "mark" and fold(c.text) in ("a", "de", "d'") and c.i == verb.i - 1 for c in verb.children)
    owner = verb.head
    return (marked and owner.pos_ in ("NOUN", "ADJ", "PROPN") and owner.i < verb.i
            and sentence_of(owner).start == sentence_of(verb).start
            and not any(t.text == "\n" or "\n" in t.text for t in owner.doc[owner.i : verb.i]))


#: How much an object loses to the infinitive clause it is the object of.
CLAUSE_OBJECT_PENALTY = 1.0
_CLAUSE_OPENERS = frozenset({"de", "d'", "pour", "a", "afin"})


def _action_clause(head, tokens: list, phrase: Phrase) -> Phrase | None:
    """The short infinitive clause the object `tokens` completes, when the infinitive opens its
    line or follows « de », « pour », « à » (« Tester le concept sur le terrain », from « nous
    a permis de tester le concept sur le terrain »); None otherwise."""
    verb = head.head
    if (verb.pos_ != "VERB" or "Inf" not in verb.morph.get("VerbForm") or verb.i != tokens[0].i - 1
            or head.dep_ != "obj" or any(c.dep_ in ("aux", "aux:pass", "expl:comp", "obj") and c.i != head.i
                                         and c.i < verb.i for c in verb.children)):
        return None
    doc = head.doc
    sentence = sentence_of(verb)
    first = next((t for t in sentence if not t.is_punct and not t.is_space and t.pos_ not in ("SYM", "X")), None)
    before = doc[verb.i - 1] if verb.i > sentence.start else None
    if not (first is not None and first.i == verb.i or (before is not None and fold(before.text) in _CLAUSE_OPENERS)):
        return None
    if any(c.dep_ == "expl:comp" or (c.pos_ == "PRON" and c.i < verb.i) for c in verb.children):
        return None  # « se donner des objectifs »: a reflexive verb reads oddly alone
    source = text_of(doc)
    raw = source[verb.idx : tokens[-1].idx + len(tokens[-1].text)]
    text = visible_text(raw)
    if len(text) > MAX_CHARS:
        return None
    return Phrase(sentence_case(text), (lemma_of(verb), *phrase.lemmas), phrase.content | {lemma_of(verb)},
                  verb.idx, phrase.words + 1, False)
