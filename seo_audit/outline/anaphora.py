"""What in a sentence points back to the sentences before it, from its parse.

A meta description and a meta title are read alone, on a results page: a sentence whose
subject is a pronoun (« Depuis 2015, il dirige… »), or that holds a demonstrative phrase
anywhere (« L’intérêt pour ces bases de données… », « …la promotion de cette typologie
de profils »), says nothing to a reader who has not read what came before. One check
serves both: `description.py` asks it of a whole sentence, `compress.py` of the words a
compression keeps.
"""

from __future__ import annotations

from ..lang.fr import fold
from ..lang.fr.dates import CALENDAR_UNITS, WEEKDAYS
from ..lang.fr.pronouns import BACK_POINTING_SUBJECTS, SUCH
DEMONSTRATIVES = frozenset({"ce", "cet", "cette", "ces"})
#: « Cette année », « ce matin » name the present, not what was said before.
TIME_NOUNS = CALENDAR_UNITS | frozenset("""matin matinee apres-midi soir soiree nuit journee saison rentree midi
week-end ete hiver printemps automne siecle""".split()) | frozenset(WEEKDAYS)
#: « Cet article présente… », « ce guide »: the page itself, which the reader has in hand.
SELF_NOUNS = frozenset("article billet page site guide tutoriel".split())
SUBJECT_DEPS = ("nsubj", "nsubj:pass", "csubj")   # not expl:subj: « il est clair que » is impersonal


def demonstrative(token) -> bool:
    """`token` is a noun determined by « ce, cet, cette, ces » that points back (« ces
    données »), not a time (« cette année ») nor the page itself (« cet article »)."""
    return (any(c.dep_ == "det" and fold(c.text) in DEMONSTRATIVES for c in token.children)
            and fold(token.lemma_) not in TIME_NOUNS and fold(token.text) not in TIME_NOUNS
            and fold(token.lemma_) not in SELF_NOUNS)


def refers_back(root, tokens) -> str:
    """Why `tokens` (a sentence, or what is kept of it) need what came before, given the
    head of their main clause `root` ('' if they stand alone): a pronoun subject, a
    demonstrative subject, « d’autres… » as subject, a pronoun object before the verb
    (« Sandra me le confirme »), or a demonstrative phrase anywhere (« L’intérêt pour ces
    bases de données », « la promotion de cette typologie de profils »), or « tel » that
    compares with what was said (« avec un tel coach », « de tels canaux »; « des outils
    tels que… » compares with what follows and stands alone)."""
    if root is None:
        return ""
    kept = {t.i for t in tokens}
    for subject in (c for c in root.children if c.dep_ in SUBJECT_DEPS and c.i in kept):
        if subject.pos_ == "PRON" and fold(subject.text) in BACK_POINTING_SUBJECTS:
            return "pronoun subject"
        if demonstrative(subject):
            return "demonstrative subject"
        dets = [fold(c.text) for c in subject.children if c.dep_ == "det"]
        if any(d in ("autre", "autres", "d'autres") for d in dets) or any(
                fold(c.text) in ("autre", "autres") and c.dep_ == "amod" for c in subject.children):
            return "« autres » subject"
    for child in root.children:
        if child.dep_ in ("obj", "iobj") and child.pos_ == "PRON" and child.i < root.i and child.i in kept \
                and fold(child.text) in ("le", "la", "les", "l'", "lui", "leur"):
            return "pronoun object"   # « Sandra me le confirme »: confirms what?
    for token in tokens:
        if token.pos_ in ("NOUN", "PROPN", "ADJ") and demonstrative(token) and any(
                c.i in kept for c in token.children if c.dep_ == "det"):
            return "demonstrative phrase"
        if fold(token.text) in SUCH and token.head.i in kept and token.head.pos_ in ("NOUN", "PROPN") \
                and not (token.i + 1 < len(token.doc) and fold(token.doc[token.i + 1].text) in ("que", "qu'")):
            return "« tel » phrase"
    return ""
