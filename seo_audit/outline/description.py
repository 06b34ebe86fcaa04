"""Meta description proposals: one or two whole sentences of the article.

A search result shows the description alone, so it must stand alone:

- it is made of whole sentences, one or two consecutive ones of one paragraph, of
  `min_chars`–`max_chars` characters (MET002) where such exist;
- its first sentence stands on its own: it does not open on a connector or a pronoun
  that points back to what came before (« Mais », « Donc », « En effet », « Il »…), nor
  on a dateline (« 4 juillet 2012. - Québec - »), nor is it the writer speaking (« Nous
  ne faisons que… », a user story « En tant que porteur de projet, je… »), and it is a
  sentence (a verb, a final punctuation mark, balanced guillemets; a list item needs a
  finite verb), not a caption or a line of debris;
- a time counted from an event it does not name (« la veille », « le lendemain ») points
  back too; « hier » without a year weighs less; a footnote call (« espagnol[1] ») is
  debris and leaves the text; a fragment on « de » + infinitive (« D'intégrer… », whose
  verb is in the sentence before) opens nothing;
- a second sentence continues the first (not « Par ailleurs », « Enfin », an example, a
  question, the writer speaking, a caption without finite verb);
- among those, the best holds the article's keywords (YAKE ranks), the nouns of its
  title and the keyphrase, names the subject in its own subject (« diagBruit permet… »),
  and comes early (the introduction says what the page is about); a judgement or a hedge
  (« …est probablement la première icône… », « il est clair que… ») is a side detail.

The order, best first: the author's `mission:` of the right length; a sentence (or two)
saying what the subject is; a short `mission:` followed by the body's first sentence, when
the two make 85 % of the minimum to the maximum (the page shows the summary as its
standfirst: the two open it; raters rated every summary usable and the side details chosen
instead 0, panels 6 and 7); whole sentences on the subject; a dated news lead shortened
(as below: the lead says the news, a later sentence its background); nearly long enough
ones (85 % of the minimum); a shorter one (half the minimum or more) saying what the
subject is; where the title is a name, whole sentences that do not hold it; side details
that still share the mission's words, and commentary; the short `mission:`, however short;
side details (no word of the mission, no name); short sentences; a longer sentence
shortened by deleting an incidental segment (an apposition, a trailing participial or
coordinated clause: `shorten.py`), which leaves a whole sentence, or else cut at a clause
boundary (comma, semicolon, colon, dash; never inside an enumeration; keeping a finite
main clause) with « … »; else — so that every article gets a proposal — its best sentence
cut at a word boundary. A news standfirst (a one-sentence paragraph without final
punctuation) counts as a sentence, given a full stop.

A product page (`product.py`: the author's `mission:` under a title that is a name) has its
own order, from panels 7, 8 and 8b: a sentence whose subject is the product, by name, saying
what it is or does; when the summary after the name is shorter than the minimum, a whole
sentence of the right length that opens on the name and a verb in the present (« Medistock
aide les instructeurs ANSM à… », `opens_on_product`); the author's summary after the name (« Pau Partage : lutter contre
l'isolement… »), with the body's first sentence when that sentence is such a statement, or
when a short summary and that sentence share a noun and make the right length together
(`_continued_summary`); then the rest. A sentence of context that does not name the product (« L'électrification du
parc… est une des conditions… ») no longer passes the summary, and a draft warning comes last."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..article import AnnotatedArticle
from ..lang.fr import fold
from ..lang.fr.conjunctions import SUBORDINATING
from ..lang.fr.pronouns import FIRST_PERSON, FIRST_PERSON_POSSESSIVES, SECOND_PERSON, SECOND_PERSON_POSSESSIVES
from ..lang.fr.transitions import back_pointing_openers
from .alone import parsed_alone
from .anaphora import SUBJECT_DEPS, TIME_NOUNS
from .anaphora import refers_back as anaphora_refers_back
from .limits import Limits
from .meta import Candidate, coverage, keyphrase_position, keyword_weights, mission_lemmas
from .headings import text_of
from .visible import INVISIBLE, visible_text

ELLIPSIS = "…"
#: What each noun of the author's title found in a sentence adds to its score.
TITLE_WORD = 0.25
#: A sentence from a list item weighs this share of one from a paragraph.
LIST_ITEM = 0.5
#: What a sentence of the first, second paragraph… is worth against one further on: the
#: introduction says what the page is about, a later paragraph a detail of it.
INTRODUCTION = (2.5, 1.5)
#: The article's first sentence (a lead, an opening definition) weighs this much more.
FIRST_SENTENCE = 1.5
LATER_COST = 0.1
#: A description of the right length that scores under this share of the best candidate
#: (it holds none of the article's keywords, title words, keyphrase) is a side detail: a
#: shorter or clause-cut sentence on the subject comes first.
RELEVANT_SHARE = 0.35
NEAR_SHARE = 0.85
#: A sentence saying what the subject is, this share of the minimum length or more, comes
#: before a sentence of the right length on a side detail; so does the author's `mission:`,
#: whatever its length (a sentence of five words or more: « Réduire les accidents de la
#: route. », 34 characters): raters rated every summary usable and the side details chosen
#: instead 0 (panels 6 and 7), and MET002 then tells the editor to lengthen it.
SHORT_SHARE = 0.5

#: Openers that point back to the previous sentence: a description must not need it
#: (the French connectors and pronouns that do, `lang/fr/transitions.py`).
BACK_POINTING, BACK_POINTING_PHRASES = back_pointing_openers()
#: An example illustrates what was said before (« Appliquons ce principe… », « Par
#: exemple, … »): raters give it 0 as a description, a detail that needs its rule.
_EXAMPLE = re.compile(r"\b(?:par exemple|a titre d'exemple|a titre illustratif|pour illustrer|prenons l'exemple"
                      r"|exemple concret)\b|^(?:exemple|imaginons|prenons|appliquons|considerons|supposons"
                      r"|regardons|voyons|reprenons)\b")
#: « C'est aujourd'hui … qu'une fusée doit… » puts a time first, it points nowhere.
_CLEFT = re.compile(r"^c'est (?:aujourd'hui|demain|hier|ce (?:soir|matin)|cette nuit|en \d{4}|le \d{1,2}) .*\bqu")
#: « Alors que les troupes… » opens a subordinate clause, not a back reference.
_ALORS_QUE = re.compile(r"^alors\s+qu", re.IGNORECASE)
DATELINE = re.compile(
    r"^\s*(?:\d{1,2}(?:er)?\s+\w+\s+\d{4}|\d{4}-\d{2}-\d{2}|"                # 4 juillet 2012
    r"[A-ZÉÈÀ][\w'’\-]*(?:\s[A-ZÉÈÀ(][\w'’\-)]*){0,3}\s*[-–—]\s)",           # Québec - / PARIS (AFP) -
    re.UNICODE)
_CLAUSE_BREAK = re.compile(r"(?<=\S)(,|;|:|\s[–—-])\s")
#: A footnote call (« Le Parti populaire espagnol[1] a exclu… »): not a word, debris on a
#: results page (rated down by the panel); it leaves the description.
FOOTNOTE_CALL = re.compile(r"(?<=[\w.,;»)])\[(?:\d{1,3}|[a-z]|note \d{1,3})\]")
#: A time counted from an event the sentence does not name (« Le Royaume-Uni avait menacé
#: la veille… »): read alone, it points back to that event. Raters give it 0.
RELATIVE_EVENT_TIME = re.compile(r"\b(?:la veille|l'avant-veille|le lendemain|le surlendemain|ce jour-la"
                                 r"|la meme semaine|le meme jour|quelques (?:jours|heures|semaines|mois) "
                                 r"(?:plus tot|plus tard|auparavant|avant))\b")
#: A time counted from the day of publication (« hier », « avant-hier »): a results page does
#: not show that day; unless the sentence dates itself (« hier, jeudi 16 août 2012 ») such a
#: sentence weighs this share.
RELATIVE_DAY = re.compile(r"\b(?:hier|avant-hier|aujourd'hui|demain|apres-demain)\b")
DATED = re.compile(r"\b(?:1[89]|20)\d{2}\b")
RELATIVE_DAY_SHARE = 0.7
#: Words that make a sentence the writer's judgement rather than the news or the service
#: (« Julian Assange est probablement la première icône… », « il est clair que le sommet… »):
#: the panel gives a commentary 0 as a description; it comes after the sentences that state.
COMMENTARY = re.compile(r"\b(?:probablement|sans doute|sans aucun doute|peut-etre|vraisemblablement|certainement"
                        r"|assurement|apparemment|visiblement|il est (?:clair|evident|certain|probable|possible"
                        r"|difficile de dire)|il semble|semble(?:nt|rait|raient)?|a mon avis|selon moi"
                        r"|a nos yeux)\b")


def is_commentary(text: str) -> bool:
    """The sentence judges or hedges (`COMMENTARY`) instead of stating."""
    return bool(COMMENTARY.search(" ".join(_words(text))))


def undated_day(text: str) -> bool:
    """The sentence says « hier », « aujourd'hui »… without a year to anchor it."""
    words = " ".join(_words(text))
    return bool(RELATIVE_DAY.search(words)) and not DATED.search(words)


def _words(text: str) -> list[str]:
    return re.sub(r"[,;:.!?«»\"“”()\[\]]", " ", fold(text.translate(INVISIBLE))).split()


def is_example(text: str) -> bool:
    """The sentence gives an example of what came before (« Par exemple, … »,
    « Appliquons ce principe… »)."""
    return bool(_EXAMPLE.search(" ".join(_words(text))))


def points_back(text: str) -> bool:
    """The sentence opens on a connector or pronoun that needs the previous sentence."""
    if _ALORS_QUE.match(text.strip()):
        return False
    words = _words(text)
    if _CLEFT.match(" ".join(words[:12])):
        return False   # « C'est aujourd'hui, à 18h15 UTC qu'une fusée… »: a cleft, not a reference
    if not words or words[0] in BACK_POINTING:
        return True
    if words[0] == "alors" and (len(words) < 2 or words[1] != "que"):
        return True
    if words[0] in ("ce", "cet", "cette", "ces") and (len(words) < 2 or words[1] not in TIME_NOUNS):
        return True  # « Ces données sont stockées… »: which data? (« Cette année » stands alone)
    if re.match(r"^(?:\w+ )?(?:jours?|semaines?|mois|ans|annees?|heures?|minutes?) plus (?:tard|tot)\b",
                " ".join(words[:5])):
        return True  # « Deux mois plus tard »
    head = " ".join(words[:4]) + " "
    if RELATIVE_EVENT_TIME.search(" ".join(words)):
        return True   # « la veille », « le lendemain »: of what?
    return any(head.startswith(p + " ") for p in BACK_POINTING_PHRASES)


def _main_verb(span):
    """The head of the sentence's main clause. The project's sentences and spaCy's need
    not agree, so heads may lie outside the span: a verb (or a copula's head) among the
    tokens attached outside wins over a noun in apposition (« Sandra, … »)."""
    tops = [t for t in span if not t.is_punct
            and (t.head == t or not (span.start <= t.head.i < span.end))]
    for token in tops:
        if token.pos_ in ("VERB", "AUX") or any(c.dep_ == "cop" for c in token.children):
            return token
    return next((t for t in tops if t.pos_ in ("ADJ", "NOUN", "PROPN")), None)


#: Verbs of a sentence that says what the subject is or does (« Mobilic est la plateforme
#: de… », « La plateforme X permet aux… »): what raters want a description to say.
DEFINING_VERBS = frozenset("""etre permettre proposer offrir aider accompagner simplifier faciliter
viser avoir constituer servir outiller recenser rassembler centraliser lutter""".split())
#: What such a sentence, whose subject names the article's subject, weighs more.
DEFINITION = 2.0
#: What a sentence whose subject names the article's subject weighs more, whatever its verb.
NAMED = 1.5


def _opening_clause(span):
    """(the words before the first finite verb outside guillemets, that verb) when the
    sentence opens on a short phrase and its verb: what a parse broken by a quoted name
    (« Le portail web « Tout est Permis » facilite… ») still shows of subject and verb."""
    depth = 0
    quoted: list[bool] = []  # whether each token before is between guillemets
    for k, token in enumerate(span):
        inside = depth > 0
        depth += (token.text == "«") - (token.text == "»")
        if not depth and token.pos_ in ("VERB", "AUX") and "Fin" in token.morph.get("VerbForm"):
            before = [(t, q) for t, q in zip(span[:k], quoted) if not t.is_punct]
            if 0 < len(before) <= 8 and not any(t.pos_ in ("VERB", "AUX") and t.text not in "«»" and not q
                                                  for t, q in before):
                return " ".join(t.text for t in span[:k]), token
            return None
        quoted.append(inside)
    return None


def _subjects(span, guess: bool) -> list[tuple[str, object]]:
    """(subject's words, its verb) pairs of the sentence's main clause: the short phrase it
    opens on before a finite verb (`_opening_clause`), then each subject of its main verb
    (a copula's head stands for its verb: « X est la plateforme… »). With `guess`, a parse
    that found no subject gives what precedes the verb, if short."""
    pairs: list[tuple[str, object]] = []
    opening = _opening_clause(span)
    if opening is not None:
        # an auxiliary stands for its verb (« L'attaque a fait 14 morts »: faire, not avoir)
        verb = opening[1].head if opening[1].dep_.startswith("aux") else opening[1]
        pairs.append((opening[0], verb))
    root = _main_verb(span)
    if root is None:
        return pairs
    verb = root if root.pos_ in ("VERB", "AUX") else next((c for c in root.children if c.dep_ == "cop"), None)
    # only the subject's words inside the sentence: a parse across the page may hang the title on
    # it (« QualiCharge \n\n L'électrification du parc… » made a context sentence name the product)
    subjects = [" ".join(t.text for t in c.subtree if span.start <= t.i < span.end)
                for c in root.children if c.dep_ in SUBJECT_DEPS]
    subjects = [s for s in subjects if s]
    if not subjects and guess and verb is not None:   # a broken parse: what precedes the verb, if short
        before = [t.text for t in span if t.i < verb.i]
        subjects = [" ".join(before)] if len(before) <= 6 else []
    return pairs + [(text, verb) for text in subjects]


def _named(text: str, names: frozenset[str]) -> bool:
    return any(name in fold(text) for name in names)


def defines(span, names: frozenset[str]) -> bool:
    """The sentence says what the article's subject is or does: its subject holds one of
    `names` (the title's nouns, folded, of four letters or more, or a short title whole)
    and its verb is one of `DEFINING_VERBS` (« demarche.numerique.gouv.fr est une
    application… »)."""
    return bool(names) and any(verb is not None and fold(verb.lemma_) in DEFINING_VERBS and _named(text, names)
                               for text, verb in _subjects(span, guess=True))


def speaks_as_writer(span, name: str | None = None) -> bool:
    """The sentence's subject is the writer (« Nous ne faisons que créer… », « En tant que
    porteur de projet, je ne dispose pas… », « Notre équipe a… », « On a constaté… »): a
    results page does not say who that is, and a user story tells one reader's need, not
    what the page is about. Raters give both 0 as a description. A sentence that opens on the
    page's `name` (its title, folded) is not the writer: « Mon soutien psy assure un
    remboursement… », « Mes Aides permet… » name a product that speaks in the first person."""
    if name and _opens_on(span.text, name):
        return False
    words = [t for t in span if not t.is_punct and not t.is_space]
    if words and fold(words[0].text) in FIRST_PERSON:
        return True
    root = _main_verb(span)
    if root is None:
        return False
    for subject in (c for c in root.children if c.dep_ in SUBJECT_DEPS):
        if fold(subject.text) in FIRST_PERSON or any(
                d.dep_ in ("det", "nmod:poss") and fold(d.text) in FIRST_PERSON_POSSESSIVES
                for d in subject.children):
            return True
    return False


def _opens_on(text: str, name: str) -> bool:
    """`text` opens on `name` (folded), whole: « Mon soutien psy assure… » on « mon soutien psy »."""
    folded = " ".join(fold(text).split())
    return folded.startswith(name) and not folded[len(name):len(name) + 1].isalnum()


def names_subject(span, names: frozenset[str]) -> bool:
    """The subject of the sentence's main clause holds one of `names` (the title's nouns,
    folded): the sentence is about what the article is about (« LIAne analyse les
    démarches… »), whatever it says of it."""
    return bool(names) and any(_named(text, names) for text, _ in _subjects(span, guess=False))


def refers_back(span) -> str:
    """Why the sentence needs what came before, from its parse ('' if it stands alone):
    see `anaphora.refers_back` (a pronoun or demonstrative subject, a demonstrative
    phrase anywhere, « d’autres… », a pronoun object). A definite noun named before
    (« le Plan ») is not refused: measured on the dev corpus, it left too many articles
    without a whole sentence of the right length; the introduction's weight keeps such
    sentences back."""
    why = anaphora_refers_back(_main_verb(span), span)
    if why == "pronoun subject" and _CLEFT.match(" ".join(_words(span.text)[:12])):
        return ""   # « C'est aujourd'hui … qu'une fusée… »: « c' » is the cleft's, not a reference
    return why


#: After a name and its dash, an incidental closed by the same dash, the sentence going on in
#: lower case (« Écobalyse — anciennement Wikicarbone — doit permettre… »): an apposition
#: between dashes, not a dateline (« Québec - Le premier ministre… »).
_INCIDENTAL = re.compile(r"[a-zà-ÿ][^.!?:;–—]{0,60}?\s(?P<dash>[–—-])\s+[a-zà-ÿ]")


def is_dateline(text: str) -> bool:
    """The text opens on a date or a place and a dash (`DATELINE`), not on a name followed by an
    incidental between dashes (`_INCIDENTAL`)."""
    found = DATELINE.match(text)
    if not found:
        return False
    dash = found.group(0).rstrip()[-1:]
    between = _INCIDENTAL.match(text, found.end())
    return not (between is not None and between.group("dash") == dash)   # so `dash` is one of « –—- »


def _balanced(text: str) -> bool:
    return text.count("«") == text.count("»") and text.count("(") == text.count(")") and text.count('"') % 2 == 0


@dataclass(frozen=True)
class _Sentence:
    text: str
    span: object
    block_order: int
    opener_ok: bool    # may open a description
    whole: bool        # ends as a sentence
    cuttable: bool = False   # would open one but for a word pointing back, which a cut may drop
    dated: bool = False      # follows a news dateline (« 17 août 2012. - Rafael Correa… »): a lead


def _sentence_ok(text: str, span, in_list: bool = False, name: str | None = None) -> tuple[bool, bool]:
    """(may open a description unless its parse needs the sentences before, `refers_back`;
    is a whole sentence); `in_list`, that it is a list item's; `name`, the page's title folded
    (`speaks_as_writer`)."""
    stripped = text.strip()
    whole = stripped[-1:] in ".!?…" or (stripped.endswith("»") and stripped[-2:-1] in ".!?…")
    has_verb = any(t.pos_ in ("VERB", "AUX") for t in span)
    # a list item with only a participle (« Une solution déconnectée du terrain. ») or an
    # infinitive (« Diminuer de 30 % le taux… ») leans on the list's lead-in (« ANDi n'est
    # pas : »): not an opener. Elsewhere a verb is enough (the tagger misses some finite
    # verbs: « Le jardin … compte quarante parcelles »), unless the sentence opens on an infinitive.
    finite = any("Fin" in t.morph.get("VerbForm") for t in span) or (
        has_verb and not in_list and not (len(span) > 0 and "Inf" in span[0].morph.get("VerbForm")))
    first_word = stripped.split(" ", 1)[0]
    # a name written with an inner capital opens a sentence in lower case (« diagBruit permet… »)
    starts = (stripped[:1].isupper() or stripped[:1].isdigit() or stripped.startswith("«")
              or (first_word[:1].isalpha() and any(c.isupper() for c in first_word[1:])))
    imperative = len(span) > 0 and "Imp" in span[0].morph.get("Mood") and "1" in span[0].morph.get("Person")
    opener = (whole and finite and starts and not points_back(stripped) and not is_dateline(stripped)
              and not is_example(stripped) and not imperative and not infinitive_stump(span)
              and len(stripped.split()) >= 5 and not speaks_as_writer(span, name))
    return opener, whole and has_verb


def infinitive_stump(span) -> bool:
    """The sentence opens on « de » and an infinitive (« D'intégrer l'évaluation
    environnementale… »): the complement of a verb left before it (« EvalPro+ se
    propose : »), a fragment without its lead-in. Raters give it 0."""
    words = [t for t in span if not t.is_space and t.text not in ("«", "»", '"', "*", "-", "–", "—")]
    return (len(words) > 1 and fold(words[0].text).rstrip("'’") in ("de", "d")
            and "Inf" in words[1].morph.get("VerbForm"))


_DASH = re.compile(r"^[-–—]\s+")


def _sentences(annotated: AnnotatedArticle) -> list[list[_Sentence]]:
    """The body's sentences, grouped by paragraph, in reading order. A sentence after a
    dateline starts after its dash (« 22 juin 2012. - Cette nuit, … » → « Cette nuit, … »)."""
    body = [b for b in annotated.article.blocks if b.kind in ("paragraph", "list_item")]
    order = {id(b): i for i, b in enumerate(body)}
    title = annotated.article.title
    name = " ".join(fold(title.text).split()) if title is not None and title.text.strip() else None
    groups: dict[int, list[_Sentence]] = {}
    for sentence in annotated.body_sentences:
        if id(sentence.block) not in order:
            continue
        text = visible_text(FOOTNOTE_CALL.sub("", sentence.text.translate(INVISIBLE)))
        span = sentence.span
        dash = _DASH.match(text)
        if dash:
            text = text[dash.end():]
            span = span[1:] if len(span) > 1 and span[0].is_punct else span
        if not text:
            continue
        index = order[id(sentence.block)]
        if index < STANDFIRST_BLOCKS and is_standfirst(text, span, sentence.block):
            text += "."
        in_list = sentence.block.kind == "list_item"
        free, whole = _sentence_ok(text, span, in_list, name)
        opener = free and not refers_back(span)   # may open once the sentences before are not needed
        cuttable = free
        groups.setdefault(index, []).append(_Sentence(text, span, index, opener, whole, cuttable, bool(dash)))
    return [groups[i] for i in sorted(groups)]


#: A standfirst is looked for among the body's first paragraphs only.
STANDFIRST_BLOCKS = 2


def is_standfirst(text: str, span, block) -> bool:
    """A news standfirst (chapô): a paragraph that is one sentence of eight words or more,
    with a finite verb, and no final punctuation (« Bien qu'ayant été signé secrètement…,
    l'ACTA a été rejeté par le Parlement européen »). It summarises the article; given a
    full stop, it is a whole sentence, as the front matter's `mission:` is. A paragraph that
    ends on a word needing what follows is a list's lead-in (« …, MétierScope vise à » over
    three items), not a sentence: a full stop would publish « vise à. »."""
    words = [t for t in span if not t.is_space]
    return (" ".join(block.text.split()) == text and text[-1:].isalnum() and len(text.split()) >= 8
            and text[:1].isupper() and _balanced(text)
            and bool(words) and words[-1].pos_ not in _NEEDS_MORE
            and any("Fin" in t.morph.get("VerbForm") for t in span))


#: A paragraph that ends on one of these parts of speech goes on after it (a list's lead-in).
_NEEDS_MORE = frozenset({"ADP", "DET", "CCONJ", "SCONJ", "PRON", "AUX"})


def _ink(text: str) -> int:
    """Characters that are not spaces: a position that survives respacing."""
    return sum(1 for c in text if not c.isspace())


def enumeration_commas(span) -> set[int]:
    """Where the commas of an enumeration are in `span` (`_ink` of the text before each):
    the phrase after such a comma, up to the next comma or the end, is short, has a noun
    and no verb (« …ainsi que les États-Unis, le Japon, le Canada… »). A description cut
    there stops mid-list, which raters give 0; a comma before a clause (« …, et leur taux
    de chômage est de 19 % ») is a clause boundary. Read from the tags, not the tree: the
    parse of a long list is loose (items hang as appositions, adjuncts, conjuncts)."""
    tokens = list(span)
    stops = (",", ";", ":", ".", "!", "?", "…")

    def listed(item) -> bool:
        return (0 < len(item) <= ENUMERATION_ITEM and any(t.pos_ in ("NOUN", "PROPN", "NUM") for t in item)
                and not any(t.pos_ in ("VERB", "AUX") for t in item))

    commas = [k for k, t in enumerate(tokens) if t.text == ","]
    found = set()
    for n, k in enumerate(commas):
        after = []
        for t in tokens[k + 1:]:
            if t.text in stops:
                break
            after.append(t)
        end = k + 1 + len(after)
        start = max((j for j in range(k) if tokens[j].text in stops), default=-1) + 1
        before = tokens[start:k]
        # a list has two items at least: the phrase before this comma is one too, or another
        # comma follows (« …d'accorder l'asile politique, au fondateur de WikiLeaks » is no list)
        if listed(after) and (listed(before) or (end < len(tokens) and tokens[end].text == ",")):
            found.add(_ink(text_of(span.doc)[span.start_char : tokens[k].idx]))
    return found


#: An enumeration's item is at most this many tokens (« ainsi que les États-Unis »).
ENUMERATION_ITEM = 8


def clause_cut(text: str, limit: int, floor: int, span=None) -> str | None:
    """`text` cut after its last clause boundary that leaves `floor`–`limit` characters
    with « … », or None. Never inside guillemets or brackets, nor, given the sentence's
    parse `span`, inside an enumeration (`enumeration_commas`)."""
    best = None
    inside_list = enumeration_commas(span) if span is not None else set()
    for match in _CLAUSE_BREAK.finditer(text):
        head = text[: match.start()].rstrip(" ,;:–—-")
        if len(head) + len(ELLIPSIS) > limit:
            break
        if match.group(1) == "," and _ink(text[: match.start()]) in inside_list:
            continue
        if len(head) >= floor and _balanced(head):
            best = head + ELLIPSIS
    return best


def _keeps_main_clause(cut: str, span) -> bool:
    """A clause cut keeps the sentence's main verb (« Afin de pouvoir tenir ses
    engagements…» has none: it is the subordinate clause alone)."""
    root = _main_verb(span)
    if root is None or root.pos_ not in ("VERB", "AUX", "ADJ"):
        return False
    before = len(text_of(span.doc)[span.start_char : root.idx].split())
    if before >= len(cut.rstrip(ELLIPSIS).split()):
        return False
    # the parse of a long sentence may take a subordinate verb for the main one: what is kept
    # holds a finite verb (« Pour lutter contre le non-recours aux aides, la DINUM et… » has
    # none), and after an opening subordinate clause, a comma and a finite verb past it
    # (« Alors que les troupes de Prigozhin traversaient Rostov… » is that clause alone)
    kept = _kept(cut, span)
    return any("Fin" in t.morph.get("VerbForm") for t in kept) and not _subordinate_alone(kept)


#: Words that open a subordinate clause when they open a sentence.
SUBORDINATORS = SUBORDINATING | {"quoique", "quoiqu'"}


def _kept(cut: str, span) -> list:
    """The tokens of `span` that a clause cut keeps."""
    kept_ink = _ink(cut.rstrip(ELLIPSIS))
    return [t for t in span if _ink(text_of(span.doc)[span.start_char : t.idx]) < kept_ink]


def _cut_refers_back(cut: str, span) -> bool:
    """What a clause cut keeps of `span` needs what came before (`anaphora.refers_back` on
    the kept words only)."""
    return bool(anaphora_refers_back(_main_verb(span), _kept(cut, span)))


def deletion(span, limit: int, floor: int, options: list | None = None) -> str | None:
    """The sentence of `span` made to fit `limit` by deleting an incidental segment
    (`shorten.deletions`): a whole sentence is left, which raters prefer to a clause cut
    with « … » (both « … » cuts of the session-6 panel were rated 0). What is kept holds a
    finite verb, does not point back and is not a dateline; None when nothing fits.
    `options`: `shorten.deletions(span, limit, 0)`, when the caller tries several floors."""
    from .shorten import deletions

    for text, kept in deletions(span, limit, floor) if options is None else options:
        if len(text) < floor:
            continue
        text = visible_text(FOOTNOTE_CALL.sub("", text.translate(INVISIBLE)))
        if (_balanced(text) and len(text) <= limit and any("Fin" in t.morph.get("VerbForm") for t in kept)
                and not anaphora_refers_back(_main_verb(span), kept) and not points_back(text)
                and not is_dateline(text) and not _subordinate_alone(kept)):
            return text
    return None


def _subordinate_alone(kept: list) -> bool:
    """What a deletion keeps opens on a subordinate clause and has no finite verb after its
    comma: the main clause went (« Alors que les troupes de Prigozhin traversaient Rostov… »
    without « …, le département d'État a exhorté… »), which a broken parse allows."""
    words = [t for t in kept if not t.is_punct]
    if not words or not (words[0].pos_ == "SCONJ" or fold(words[0].text) in SUBORDINATORS):
        return False
    comma = next((k for k, t in enumerate(kept) if t.text == ","), None)
    return comma is None or not any("Fin" in t.morph.get("VerbForm") for t in kept[comma:])


def word_cut(text: str, limit: int) -> str:
    """The last resort: `text` cut at a word boundary so that it fits with « … »."""
    if len(text) <= limit:
        return text
    room = text[: limit - len(ELLIPSIS) + 1]
    space = room.rfind(" ")
    head = room[:space] if space > 0 else room[: limit - len(ELLIPSIS)]
    return head.rstrip(" ,;:–—-«\u00a0\u202f") + ELLIPSIS


def _front_mission(article) -> str | None:
    """The front matter's `mission:` as visible text, a final full stop added where it has none."""
    mission = article.front_matter.get("mission") if isinstance(article.front_matter, dict) else None
    if not isinstance(mission, str):
        return None
    text = visible_text(mission).rstrip(" ,;:")
    if not text:
        return None
    if text[:1].islower() and not text[1:2].isupper():
        text = text[:1].upper() + text[1:]   # « mettre à disposition des enseignants… » opens the summary
    return text if text[-1] in ".!?…" else text + "."


def mission_sentence(annotated: AnnotatedArticle, low: int, high: int) -> str | None:
    """beta.gouv.fr's front matter `mission:` as a description: the author's own
    one-sentence summary of the page (« Recenser, mettre en visibilité et faciliter la
    prescription de services d’insertion… »), when it is a sentence (a verb, five words,
    a capital, nothing pointing back) of `low`–`high` characters once a final full stop
    is added where it has none. None otherwise (« Programme national d’investigation »)."""
    text = _front_mission(annotated.article)
    if text is None:
        return None
    if not (low <= len(text) <= high and len(text.split()) >= 5 and text[:1].isupper() and _balanced(text)
            and not points_back(text) and not is_example(text)):
        return None
    doc = parsed_alone(annotated, text)
    # a summary of two sentences may point from its second to its first (« Favoriser les échanges
    # … de données entre le ministère et les écoles. Structurer… le réemploi de ces données. »):
    # only its first sentence must stand alone
    first = next(doc.sents, doc[:])
    if not any(t.pos_ in ("VERB", "AUX") for t in doc) or refers_back(first) or speaks_as_writer(first):
        return None
    return text


def author_summary(annotated: AnnotatedArticle, high: int) -> str | None:
    """The author's `mission:` as a description whatever its length (« Recruter simplement
    des agents civils sous contrat. »), once per article: offered beside a proposal of the
    right length on a side detail, which raters rated 0 where they rated every summary
    usable (panels 6 and 7)."""
    return annotated.derived(f"outline.author_summary.{high}", lambda a: mission_sentence(a, 1, high))


def summary_phrase(article, high: int) -> str | None:
    """The author's `mission:` as written, a final full stop added, when it can follow the
    page's name (`named`): five words or more, a capital, nothing pointing back, no reader
    addressed (« Accompagner vos usagers… »: whose?), up to `high` characters. Unlike
    `mission_sentence`, a noun phrase is kept (« La plateforme des données de recharge et des
    certificats TIRUERT électrique »): after the name, it says what the product is."""
    text = _front_mission(article)
    if text is None:
        return None
    words = _words(text)
    if (len(words) < 5 or len(text) > high or not text[:1].isupper() or not _balanced(text) or points_back(text)
            or is_example(text) or addresses_reader(text)):
        return None
    return text


def _nameable(doc) -> bool:
    """The summary parsed in `doc` says what is done, or what the thing is, without saying by
    what: it opens on an infinitive (« Réduire l'absentéisme… ») or is a noun phrase (« La
    plateforme des données… », « Le portail qui accompagne… »), so the name may precede it."""
    first = next((t for t in doc if not t.is_punct), None)
    if first is None:
        return False
    if first.pos_ in ("VERB", "AUX") and "Inf" in first.morph.get("VerbForm"):
        return True
    root = next(doc.sents).root
    return root.pos_ in ("NOUN", "PROPN") and not any(c.dep_ in SUBJECT_DEPS or c.dep_ == "cop"
                                                       for c in root.children)


def named(annotated: AnnotatedArticle, text: str, summary: str | None, limits: Limits) -> str:
    """`text`, a description that opens on the author's `summary`, after the page's name when
    the summary opens on an infinitive or is a noun phrase (`_nameable`) and does not hold the
    name, as the page shows them: « Filière Sport : animer les acteurs de la filière
    économique du sport. », « QualiCharge : la plateforme des données de recharge… ». The bare
    infinitive says what is done, not by what: panels 8 and 8b rated it 1, « sans sujet ni nom
    du service », and the name with a specific mission 2 (« Présence Judiciaire : réduire
    l'absentéisme des justiciables aux convocations pénales. »). The name is the title of a
    product page (`product.is_product_page`: up to 60 characters). `text` as it is when the
    name does not fit."""
    from .product import is_product_page, name_case

    title = annotated.article.title
    name = " ".join(title.text.split()) if title is not None else ""
    if not summary or not text.startswith(summary) or not is_product_page(annotated.article) \
            or fold(name) in fold(summary) or not _balanced(name):
        return text
    head = summary[:1].lower() + summary[1:] if not summary[1:2].isupper() else summary
    name = as_written(annotated, name)
    name = name_case(name)
    result = f"{name.rstrip(' :')} : {head}{text[len(summary):]}"
    if len(result) > limits.description_max_chars:
        return text
    return result if _nameable(parsed_alone(annotated, summary)) else text  # as `mission_sentence` parsed it


def _name_key(word: str) -> str:
    """A name's letters, folded, doubled letters made single: « écol'lieu », « L'Écolieu »,
    « Ecolieu » have one key, « ecolieu »."""
    return re.sub(r"(\w)\1+", r"\1", re.sub(r"[\W_]", "", fold(word)))


def _capitals(word: str) -> bool:
    return all(c.isupper() for c in word if c.isalpha())


def as_written(annotated: AnnotatedArticle, name: str) -> str:
    """The page's name of one word (its title) as the body writes it most often, when the two
    differ only in case, accents, punctuation or a doubled letter, and the body writes it so more
    often than as the title does: the title « écol'lieu » is « Écolieu » in the text (« L’Écolieu
    est un espace ancré… »), « Boursoloco » is « BoursOloco », « Ecobalyse » is « Écobalyse ».
    An elided article before it (« L’ ») is left out; a name in capitals throughout stays so, and
    one that is not does not become so (« MANO », « Delphes » are the title's choice).
    Counted once per article and name: the description and the meta title (twice) ask."""
    if not name or " " in name:
        return name
    return annotated.derived(f"outline.as_written.{name}", lambda a: _as_written(a, name))


def _as_written(annotated: AnnotatedArticle, name: str) -> str:
    key = _name_key(name)
    found: dict[str, int] = {}
    for block in annotated.article.paragraphs:
        for word in re.findall(r"[\w'’·.-]+", block.text):
            word = re.sub(r"^[lLdD]['’]", "", word).rstrip(".-")
            if not name[-1:] in "'’":
                word = word.rstrip("'’")
            # capitals throughout or not stay the title's choice (« MANO », « Delphes »)
            if _name_key(word) == key and word[:1].isalpha() and _capitals(word) == _capitals(name):
                found[word] = found.get(word, 0) + 1
    best = max(sorted(found), key=found.get, default=name)
    return best if found.get(best, 0) > found.get(name, 0) else name   # as often as the title: the title


#: A sentence about the page itself (« Le texte ci-dessous est un placeholder… »): no summary.
_ON_THE_PAGE = re.compile(r"\bci-(?:dessous|dessus|apres)\b|\bplaceholder\b")


def mission_pair(mission: str | None, groups: list[list[_Sentence]], low: int, high: int) -> str | None:
    """The author's `mission:` (shorter than `low`) followed by the body's first sentence,
    when that sentence stands alone, continues the summary (`continues`), is not about the
    page itself, and the two make `low`–`high` characters (the caller passes 85 % of the
    minimum as `low`: « Soutenir les agents qui assurent la sécurité aérienne. En France, le
    trafic aérien a augmenté de 5,8% en 2018. », 110, says what the page is about where the
    sentence of the right length is a side detail). The first sentence may be the page's
    question, unless it addresses the reader: after the summary it states the problem the
    page answers (« Aider les collectivités à se saisir de leur trajectoire carbone. Le bilan
    carbone des collectivités est une obligation mais après ? »). None otherwise."""
    if mission is None or not groups or len(mission) >= low:
        return None
    first = groups[0][0]
    if (_ON_THE_PAGE.search(fold(first.text)) or not (first.opener_ok and first.whole)
            or not continues(first.text, first.span, question=True)):
        return None
    text = f"{mission} {first.text}"
    return text if low <= len(text) <= high and _balanced(text) else None


#: Openers of a second sentence that add a new point, an item or an example to what came
#: before the pair (« Par ailleurs », « Enfin », « Par exemple »): the pair is two halves of
#: different things, not one statement and its continuation.
PAIR_BREAKERS = frozenset("""par ailleurs|en outre|de plus|d'autre part|d'un autre cote|enfin|ensuite|puis
|d'abord|premierement|deuxiemement|troisiemement|egalement|autre|autres|d'autres|quoiqu'il en soit|quoi qu'il en soit
|ce n'est pas tout|plus largement|plus generalement|en parallele|parallelement|pour finir|au-dela""".replace("\n", "").split("|"))


def continues(text: str, span, question: bool = False) -> bool:
    """`text` may follow the sentence before it in a description of two sentences: it is
    not an item of a sequence, an addition or an example (`PAIR_BREAKERS`, « Par exemple »),
    nor the writer speaking, nor a question (with `question`, one that does not address the
    reader may: see `mission_pair`), nor a dateline, and it has a finite verb (not a caption:
    « Service numérique sponsorisé par le ministère de la Culture. »)."""
    if not any("Fin" in t.morph.get("VerbForm") for t in span):
        return False
    words = _words(text)
    head = " ".join(words[:5]) + " "
    if any(head.startswith(b + " ") for b in PAIR_BREAKERS) or re.match(r"^\d+\s*[/.)-]", text.strip()):
        return False
    asks = text.rstrip(" »").endswith("?")
    if asks and (not question or addresses_reader(text)):
        return False   # « Vous êtes intéressé(e) par notre projet ? » is a call, not the page's subject
    return not (is_example(text) or is_dateline(text)
                or (not text.startswith("«") and speaks_as_writer(span)))



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
    names = frozenset(fold(t.text) for t in annotated.block_span(title)
                      if t.pos_ in ("NOUN", "PROPN") and len(t.text) >= 4) if title is not None else frozenset()
    # a title too short to stand alone is a name (« Tout est permis »): the name whole, whatever its words
    name = fold(" ".join(title.text.split())) if title is not None and len(title.text) < limits.title_min_chars else None
    if name:
        names |= {name}
    from .product import is_draft_warning, is_product_page, product_names

    # on a product page, what names the product is its name, not a common noun of its title
    # (« La politique d'inclusion numérique est plurielle… » is not about « Mon Inclusion Numérique »)
    product = is_product_page(annotated.article)
    if product:
        names = product_names(title.text)

    def score(text: str, spans: list, block_order: int) -> float:
        lemmas = tuple(lemma_of(t) for span in spans for t in span if not t.is_punct)
        held[text] = frozenset(lemmas)
        value = coverage(lemmas, weights)
        value += TITLE_WORD * len(title_words.intersection(lemmas))  # the author's subject
        if keyphrase_position(text, keyphrase) is not None:
            value = 2.0 * value + 1.0
        value *= INTRODUCTION[block_order] if block_order < len(INTRODUCTION) else (
            1.0 / (1.0 + LATER_COST * (block_order - len(INTRODUCTION))))
        if lead is not None and spans[0] is lead:
            value *= FIRST_SENTENCE
        if defines(spans[0], names):
            value = DEFINITION * (value + 1.0)
            defining.add(text)
        elif names_subject(spans[0], names):
            value = NAMED * (value + 0.5)
        if text.startswith("«"):
            value *= 0.8
        if undated_day(text):
            value *= RELATIVE_DAY_SHARE
        if is_commentary(spans[0].text):
            commentary.add(text)
        if kinds.get(block_order) == "list_item":
            value *= LIST_ITEM  # an item of a list leans on the list's lead-in
        return round(value, 6)

    defining: set[str] = set()
    commentary: set[str] = set()
    # the lead of a news article (after its dateline) says the news: cut at a clause boundary,
    # it still beats a side detail or a commentary (« Julian Assange est probablement… »)
    lead_cuts: set[str] = set()
    held: dict[str, frozenset[str]] = {}
    lead = next((s.span for g in groups for s in g if len(s.text.split()) >= 5 and not is_dateline(s.text)), None)
    tiers: list[dict[str, float]] = [{}, {}, {}, {}]
    cut_scores: list[float] = []
    deleted: dict[int, list] = {}

    def deleted_to(sentence: _Sentence, floor: int) -> str | None:
        """`deletion` of a long sentence: its deletions are found once, though a sentence is
        tried twice (as a candidate, then as the last resort, with a lower floor)."""
        from .shorten import deletions

        if id(sentence) not in deleted:
            deleted[id(sentence)] = deletions(sentence.span, high, 0)
        return deletion(sentence.span, high, floor, deleted[id(sentence)])

    def shorten(sentence: _Sentence, cut: str | None) -> None:
        """A long sentence as a candidate: shortened by deletion, else its clause `cut`."""
        if cut:
            cut_scores.append(score(cut, [sentence.span], sentence.block_order))
        text = deleted_to(sentence, low * 2 // 3) or cut
        if text:
            tiers[2].setdefault(text, score(text, [sentence.span], sentence.block_order))
            if sentence.span is lead and sentence.dated:
                lead_cuts.add(text)

    for group in groups:
        for i, first in enumerate(group):
            if not first.opener_ok:
                if first.cuttable and len(first.text) > high:
                    # the word pointing back may lie in what a cut drops (« Un responsable… a
                    # confirmé le backchanneling avec Moscou…, soulignant que de tels canaux… »)
                    cut = clause_cut(first.text, high, low * 2 // 3, first.span)
                    if cut and not (_keeps_main_clause(cut, first.span) and not _cut_refers_back(cut, first.span)):
                        cut = None
                    shorten(first, cut)
                continue
            runs = [(first.text, [first.span])]
            after = group[i + 1] if i + 1 < len(group) else None
            if after is not None and after.whole and continues(after.text, after.span):
                runs.append((f"{first.text} {after.text}", [first.span, after.span]))
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
                cut = clause_cut(first.text, high, low * 2 // 3, first.span)
                shorten(first, cut if cut and _keeps_main_clause(cut, first.span) else None)
    for group in groups:  # nothing stands alone: the best sentence, however it opens
        for sentence in group:
            if sentence.whole:
                text = sentence.text if len(sentence.text) <= high else (
                    deleted_to(sentence, low // 2)
                    or clause_cut(sentence.text, high, low // 2, sentence.span) or word_cut(sentence.text, high))
                tiers[3].setdefault(text, score(text, [sentence.span], sentence.block_order))
    if not any(tiers) and groups:
        first = groups[0][0]
        tiers[3][word_cut(first.text, high)] = 0.0
    # a sentence on a side detail (it holds little of the article's keywords, title words
    # and keyphrase) gives way to a whole sentence on the subject of at least
    # `NEAR_SHARE` of the minimum length; it still beats a short or cut one
    # (a sentence shortened by deletion keeps more of the article's words than the clause cut
    # it replaces: the cut's score still sets the bar, as before deletions were tried)
    best = max((v for tier in tiers[:2] for v in tier.values()), default=0.0)
    best = max([best, *cut_scores])
    aside = {t: v for t, v in tiers[0].items() if v < RELEVANT_SHARE * best}
    near = {t: v for t, v in tiers[1].items() if v >= RELEVANT_SHARE * best and len(t) >= NEAR_SHARE * low}
    # a sentence that says what the subject is or does (« Mobilic est la plateforme… »),
    # long enough or nearly, comes first: it is what a description should say
    said = {t: v for t, v in [*tiers[0].items(), *tiers[1].items()]
            if t in defining and len(t) >= NEAR_SHARE * low}
    first = {t: v for t, v in tiers[0].items() if t not in aside and t not in said}
    near = {t: v for t, v in near.items() if t not in said}
    aside = {t: v for t, v in aside.items() if t not in said}
    # the author's own summary (`mission:`) comes first, unless it lacks the keyphrase that
    # a sentence saying what the subject is holds (MET003 asks for the keyphrase)
    # the author's summary, parsed once: its length alone decides its tier
    summary_text = author_summary(annotated, high)
    mission = summary_text if summary_text and len(summary_text) >= int(NEAR_SHARE * low) else None
    if mission is not None and keyphrase_position(mission, keyphrase) is None and any(
            low <= len(t) <= high and keyphrase_position(t, keyphrase) is not None for t in said):
        mission = None
    # shorter, but on the subject: a sentence that says what it is or does (« Le portail web
    # « Tout est Permis » facilite l’accès au permis de conduire. »), and the author's own
    # summary after the nearly long enough ones, come before a sentence on a side detail
    said_short = {t: v for t, v in tiers[1].items()
                  if t in defining and t not in said and len(t) >= SHORT_SHARE * low}
    short_mission = None if mission or not summary_text else summary_text
    # a summary too short alone, followed by the body's first sentence (« Déclarer des marchandises
    # achetées à l'étranger… Déclare Douane est un service à destination de… »): two consecutive
    # sentences of the page as it shows, the summary being its standfirst
    pair = None if mission else mission_pair(summary_text, groups, int(NEAR_SHARE * low), high)
    # where the title is a name, a sentence that does not hold it (a hook on the problem: « Sans
    # permis pas de travail… ») comes after a shorter one that says what the named thing is
    unnamed = {t: v for t, v in first.items() if name and name not in fold(t)}
    first = {t: v for t, v in first.items() if t not in unnamed}
    # a judgement or a hedge (« Julian Assange est probablement la première icône… ») does not
    # state the news or the service: it goes with the side details
    judged = {t: v for tier in (said, first, near, unnamed) for t, v in tier.items() if t in commentary}
    said, first, near, unnamed = ({t: v for t, v in tier.items() if t not in judged}
                                  for tier in (said, first, near, unnamed))
    said_short = {t: v for t, v in said_short.items() if t not in commentary}
    aside = {t: v for t, v in aside.items() if t not in commentary}
    judged.update({t: v for t, v in tiers[0].items() if t in commentary and t not in said_short})
    # a sentence that shares no word with the author's own summary (`mission:`) and does not
    # name the subject is a side detail (« Le partenariat avec beta.gouv a été arrêté fin juin
    # 2024… »): the summary, though short, comes first
    summary = mission_lemmas(annotated) if short_mission or pair else frozenset()

    def off(tier: dict[str, float]) -> dict[str, float]:
        return {t: v for t, v in tier.items()
                if summary and not summary & held.get(t, frozenset()) and not (name and name in fold(t))}

    detail = {t: v for tier in (first, unnamed, near, aside) for t, v in off(tier).items()}
    first, unnamed, near, aside = ({t: v for t, v in tier.items() if t not in detail}
                                   for tier in (first, unnamed, near, aside))
    # and a sentence of the right length on a side detail that still shares the summary's
    # words comes before it (the summary is short: MET002 asks for 120 characters)
    # a dated news lead, shortened, says the news: it comes before a nearly long enough sentence,
    # a side detail or a commentary (« La traque du boson de Higgs a démarré en 2010… » is background)
    news_lead = {t: v for t, v in tiers[2].items()
                      if t in lead_cuts and v >= RELEVANT_SHARE * best and t not in commentary}
    # a sentence saying what the subject is, shortened by deletion (« FPEP Mailbot est une Startup
    # d'État conçue pour améliorer les démarches administratives pour les étrangers en France. »),
    # comes before a shorter one and before a side detail
    said_deleted = {t: v for t, v in tiers[2].items()
                    if t in defining and not t.endswith(ELLIPSIS) and len(t) >= NEAR_SHARE * low}
    right = tiers[0]   # whole sentences (or two) of the right length that stand alone
    tiers = [{mission: 0.0} if mission else {}, said, {pair: 0.0} if pair else {}, first, news_lead, near, said_deleted,
             said_short, unnamed, aside, judged, {short_mission: 0.0} if short_mission else {}, detail,
             {t: v for t, v in tiers[1].items() if t not in near and t not in said and t not in said_short},
             tiers[2], tiers[3]]
    if product:
        tiers = _product_order(annotated, tiers, said, said_deleted, said_short, summary_text, groups, names, limits,
                               {t: v for t, v in right.items() if t not in commentary})
    ranked: list[Candidate] = []
    seen: set[str] = set()
    if product:   # a note that the page is a draft goes last (« Le texte ci-dessous est un placeholder… »)
        tiers = [{t: v for t, v in tier.items() if not is_draft_warning(t)} for tier in tiers] + [
            {t: v for tier in tiers for t, v in tier.items() if is_draft_warning(t)}]
    for level, tier in enumerate(tiers):
        for text, value in sorted(tier.items(), key=lambda item: (-item[1], item[0])):
            if text not in seen:
                seen.add(text)
                ranked.append(Candidate(text, value, level))
    return ranked


def _product_order(annotated: AnnotatedArticle, tiers: list[dict[str, float]], said: dict[str, float],
                   said_deleted: dict[str, float], said_short: dict[str, float], summary: str | None,
                   groups: list[list[_Sentence]], names: frozenset[str], limits: Limits,
                   right: dict[str, float]) -> list[dict[str, float]]:
    """The tiers of a product page (`product.py`), best first: a sentence whose subject is the
    product and says what it is or does (`said`, shortened by deletion, shorter); then the
    author's `mission:` after the product's name (« Pau Partage : lutter contre l'isolement
    des personnes âgées… », rated 2 by both raters of panel 8b where the bare mission got 1),
    followed by the body's first sentence when that sentence names the product and the two
    fit; then the bare mission; then the rest as ranked, where a sentence that neither names
    the product nor says what it does (« L'électrification du parc… est une des conditions… »,
    « Près de 4 millions d'entreprises… »: 0 in panels 7, 8, 8b) no longer passes the summary."""
    from .product import states_product

    high, low = limits.description_max_chars, limits.description_min_chars
    title = annotated.article.title
    phrase = summary or summary_phrase(annotated.article, high)
    if phrase and (addresses_reader(phrase) or _imperative(annotated, phrase)):
        phrase = None   # « Accompagner vos usagers… », « Créez un site… »: the reader, not the product
    # what opens on the product as its subject and says what it is or does, without « votre »
    # left unresolved (« Dora est un outil mis à votre disposition… »: « vos » got 0, panel 7)
    said, said_deleted, said_short = ({t: v for t, v in tier.items() if states_product(t, names)
                                       and not addresses_reader(t)} for tier in (said, said_deleted, said_short))
    pairs: dict[str, float] = {}
    continued: dict[str, float] = {}
    mission: dict[str, float] = {}
    if phrase:
        alone = named(annotated, phrase, phrase, limits)
        first = groups[0][0] if groups else None
        # the body's first sentence, on the product, continues the summary as the page shows it
        if (first is not None and first.opener_ok and first.whole and continues(first.text, first.span)
                and (first.text in said or first.text in said_short) and not _ON_THE_PAGE.search(fold(first.text))):
            for head in (alone, phrase):
                if len(head) < low and len(f"{head} {first.text}") <= high:
                    pairs[f"{head} {first.text}"] = 0.0
                    break
        elif first is not None and len(alone) < low:
            continued = _continued_summary(annotated, alone, phrase, first, names, int(NEAR_SHARE * low), high)
        mission[alone] = 0.0   # the bare summary only where the name does not fit
    shortened = _named_shortened(annotated, limits)
    if shortened:
        mission = {shortened: 1.0, **mission}
    # a whole sentence (or two) of the right length whose subject is the product, whatever its
    # verb (« Écobalyse — anciennement Wikicarbone — doit permettre aux fabricants de comprendre
    # et de calculer l’impact des biens… »), comes before the author's summary when that is short
    spans = {s.text: s.span for group in groups for s in group}
    stated = {t: v for t, v in right.items() if t not in said and title is not None and not addresses_reader(t)
              and opens_on_product(_first_span(t, spans), title.text)}
    if any(len(t) >= low for t in mission):
        return [said, pairs, said_short, mission, stated, said_deleted, *tiers]
    # a sentence shortened by deletion may drop what mattered (« …un site public et gratuit, qui
    # permet au citoyen… de calculer son empreinte climat… »): after the author's summary
    return [said, stated, pairs, said_short, continued, mission, said_deleted, *tiers]


def _continued_summary(annotated: AnnotatedArticle, alone: str, phrase: str, first: _Sentence,
                       names: frozenset[str], low: int, high: int) -> dict[str, float]:
    """The author's short summary after the product's name (`alone`), followed by the body's
    first sentence when that sentence goes on with the summary's subject, sharing a noun or an
    adjective with it (« Saisissez au vol ! : soutenir les agents qui assurent la sécurité
    aérienne. En France, le trafic aérien a augmenté de 5,8% en 2018. »). The page shows the
    summary as its standfirst, so the two are consecutive sentences of the page, and together
    they reach the length MET002 asks for (the issue's « one or two consecutive sentences,
    120–156 characters »). Where the name does not fit, the bare summary (`phrase`) is followed
    by a first sentence that names the product (« Offrir une page web à chaque commune de
    France. L'Annuaire des collectivités est né du constat que… »): the pair always names the
    product (a summary the name cannot precede, « Créez un site aux standards de l'État. », gets
    none). Not a first sentence that shares no word with the summary (« Profilence, c'est né
    d'un décalage assez frappant sur le terrain. »; a status « Faute de financement pérenne, le
    développement du produit est suspendu… »), a question, a call to the reader, a page note or
    a judgement. {text: 0.0}, empty when no pair makes `low`–`high` characters."""
    from .headings import lemma_of
    from .product import names_product

    text = first.text
    if not (first.opener_ok and first.whole and continues(text, first.span)) or addresses_reader(text) \
            or _ON_THE_PAGE.search(fold(text)) or is_commentary(text) or not _balanced(text):
        return {}
    if not mission_lemmas(annotated) & {lemma_of(t) for t in first.span if t.pos_ in ("NOUN", "PROPN", "ADJ")}:
        return {}
    named_it = names_product(text, names)
    # the pair names the product: in its head (the name before the summary) or its second sentence
    heads = [h for h in dict.fromkeys((alone, phrase)) if h != phrase or named_it]
    for head in heads:
        pair = f"{head} {text}"
        if low <= len(pair) <= high:
            return {pair: 0.0}
    return {}


def _first_span(text: str, spans: dict[str, object]):
    """The parse of the first sentence of `text`, one sentence or two of `spans` joined."""
    return spans.get(text) or next((span for first, span in spans.items() if text.startswith(first + " ")), None)


#: An incidental between dashes after a product's name is at most this many tokens.
INCIDENTAL_TOKENS = 8


def opens_on_product(span, title: str) -> bool:
    """The sentence opens on the product's name, the page's title whole (after an article at
    most), followed by a verb in the present indicative, active (« A-JUST aide les équipes de
    direction des tribunaux… », « OuFAalim’ fluidifie le processus d’habilitation… »): it says
    what the product does. Not a history (« Megalodon a été initié suite à… »), a conditional
    (« …Cons’eau accompagnerait… »), a framing (« La Suite territoriale s’inscrit dans… »), nor a
    sentence that opens on a date or its context (« Lancée en 2020, l'API Engagement a émergé… »)."""
    if span is None:
        return False
    name = re.sub(r"\W", "", fold(" ".join(title.split())))
    tokens = [t for t in span if not t.is_space]
    # the name, after an article or opening on its own (« Mon soutien psy assure… »)
    for k in ([1, 0] if tokens and tokens[0].pos_ == "DET" else [0]):
        joined = ""
        while k < len(tokens) and len(joined) < len(name):
            joined += re.sub(r"\W", "", fold(tokens[k].text))
            k += 1
        if joined == name:
            break
    while k < len(tokens) and tokens[k].text in ("’", "'"):
        k += 1   # « OuFAalim’ » is parsed as a name and a quote
    if k < len(tokens) and tokens[k].text in ("–", "—"):
        # an incidental between dashes (« Écobalyse — anciennement Wikicarbone — doit permettre… »)
        close = next((j for j in range(k + 1, min(k + 1 + INCIDENTAL_TOKENS, len(tokens)))
                      if tokens[j].text == tokens[k].text), None)
        k = close + 1 if close is not None else k
    if not name or joined != name or k + 1 >= len(tokens):
        return False
    verb, after = tokens[k], tokens[k + 1]
    if fold(verb.text) + "r" in DEFINING_VERBS:
        return True   # « A-JUST aide les équipes… »: the tagger took « aide » for a noun
    if not (verb.pos_ in ("VERB", "AUX") and "Ind" in verb.morph.get("Mood") and "Pres" in verb.morph.get("Tense")):
        return False
    if fold(verb.lemma_) == "etre":   # what it is: « GPS est une expérimentation… », not « …est lauréate du… »
        return after.pos_ == "DET"
    return not (verb.pos_ == "AUX" and "Part" in after.morph.get("VerbForm"))


#: A purpose clause that ends a summary (« …de la Cour d'appel de Paris afin de raccourcir les
#: délais… »): the summary without it still says what the product does.
#: So does a gerund set apart by a comma (« …aux EnR électriques, en facilitant le parcours… »),
#: and a final parenthesis (« …du foncier agricole sous exploité (friches agricoles) »).
_PURPOSE = re.compile(r",?\s(?:afin d(?:e\s|['’])|pour\s(?=\w+(?:er|ir|re)\b)|de (?:mani[eè]re|fa[cç]on) [aà]\s)"
                      r"|,\s(?:tout\s)?en\s\w+ant\b|\s\([^()]*\)\.?$", re.IGNORECASE)
#: A shortened summary keeps at least this many words.
SHORTENED_WORDS = 6


def _named_shortened(annotated: AnnotatedArticle, limits: Limits) -> str | None:
    """The author's `mission:` of one sentence, too long to follow the page's name (« Accélérer
    le traitement des dossiers au parquet des juridictions relevant de la Cour d'appel de Paris
    afin de raccourcir les délais de procédure et optimiser le temps de travail des
    magistrats. », 193 characters), without a trailing purpose clause, gerund, parenthesis,
    relative or coordinated infinitive clause (`_PURPOSE`, `_clause_starts`: « Être un outil
    central des dispositifs de soutien aux EnR électriques[, en facilitant…] »), the longest
    that fits; then after the name. A summary too long even alone, shortened, is returned
    without the name when the name does not fit: it still beats a sentence of context. Raters gave the bare infinitive 1,
    « sans sujet ni nom du service », and the name with a specific mission 2 (panels 8, 8b).
    The general deletions (`shorten.py`) are not tried: on summaries they broke series
    (« …les aides humaines[, matérielles et financières…] », « faciliter…, fiabiliser…[ et
    assurer…] »). None when the summary fits whole or nothing shorter fits."""
    from .product import is_product_page

    title = annotated.article.title
    text = _front_mission(annotated.article)
    if text is None or title is None or not is_product_page(annotated.article):
        return None
    name = " ".join(title.text.split())
    room = limits.description_max_chars - len(name) - len(" : ")
    high = limits.description_max_chars
    if (len(text) <= room or addresses_reader(text) or points_back(text) or re.search(r"[.!?…]\s", text)
            or not text[:1].isupper() or not _nameable(parsed_alone(annotated, text))):
        return None
    cuts = sorted({m.start() for m in _PURPOSE.finditer(text)} | _clause_starts(parsed_alone(annotated, text)),
                  reverse=True)
    shorts = [s for s in (_TRAILING.sub("", text[:k]) + "." for k in cuts)
              if len(_words(s)) >= SHORTENED_WORDS and _balanced(s)]
    for short in shorts:
        if len(short) <= room and fold(name) not in fold(text):
            result = named(annotated, short, short, limits)
            if result != short:
                return result
    if len(text) > high:   # no room for the name: the summary alone, shortened, still beats context
        return next((s for s in shorts if len(s) <= high), None)
    return None


#: What a cut must not leave at the end: punctuation, a coordinator, « tout » (of « tout en »).
_TRAILING = re.compile(r"(?:[\s,;:]|\b(?:et|ou|mais|tout|ainsi)\b)+$", re.IGNORECASE)


def _clause_starts(doc) -> set[int]:
    """Where a summary's trailing clauses start (character offsets in its text): a comma before
    a coordinated infinitive (« Faciliter l’identification des organismes…[, fiabiliser la
    relation UAI/SIRET…] »), a relative clause (« …un parcours éclairé et sécurisant[ qui prend
    en compte…] »), a gerund (« Optimiser l’intermédiation…[ en fiabilisant les profils…] »)."""
    starts: set[int] = set()
    tokens = list(doc)
    for k, token in enumerate(tokens):
        after = tokens[k + 1] if k + 1 < len(tokens) else None
        if token.text == "," and after is not None:
            verb = tokens[k + 2] if after.lower_ in ("et", "ou") and k + 2 < len(tokens) else after
            if "Inf" in verb.morph.get("VerbForm"):
                starts.add(token.idx)
        elif (token.lower_ == "qui" and token.head.dep_ == "acl:relcl" and k > 0
              and token.head.head.pos_ != "PRON"):   # not after « ceux », which needs it
            starts.add(token.idx)
        elif (token.lower_ == "en" and after is not None and "Part" in after.morph.get("VerbForm")
              and "Pres" in after.morph.get("Tense") and k > 0):
            starts.add(token.idx)
    return starts


def _imperative(annotated: AnnotatedArticle, text: str) -> bool:
    """`text` opens on an imperative (« Créez un site aux standards de l'État. »)."""
    first = next((t for t in parsed_alone(annotated, text) if not t.is_punct), None)
    return first is not None and ("Imp" in first.morph.get("Mood") or "2" in first.morph.get("Person"))


def addresses_reader(text: str) -> bool:
    """The text speaks to its reader (« vous », « votre », « vos »…)."""
    words = _words(text)
    return bool(SECOND_PERSON.intersection(words) or SECOND_PERSON_POSSESSIVES.intersection(words))

