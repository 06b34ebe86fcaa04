"""French transition words (mots de liaison, connecteurs logiques), in the style of
spaCy's language data: plain strings, one entry per line.

Compiled for seo-audit from the usual French grammar lists of connecteurs (addition,
opposition, cause, consequence, illustration, time and order, conclusion), cross-checked
with the categories of Yoast SEO's French list. « et », « ou », « si », « quand » are
left out: they are in almost every sentence and would make the measure meaningless.
Matching is case-insensitive, on word boundaries, with straight or typographic
apostrophes; an entry ending in « que » or « si » also matches its elided form
(« lorsqu'il », « même s'il ») (see measures/transitions.py).

Checked against Yoast SEO on 40 real pages (issue #18): « lorsque », « plutôt que »,
« dès que », « selon que », « de façon à », « en général », « au fur et à mesure que » are
real connectors we lacked; « selon » + noun (« selon l'Insee »), « en tant que » (« en
tant que médecin ») and « de plus en plus » are not connectors and stay out.
"""

TRANSITION_WORDS = """
ainsi
alors
aussi
bref
car
cependant
certes
d'abord
d'ailleurs
d'autre part
davantage
désormais
donc
dorénavant
effectivement
également
enfin
ensuite
entre-temps
finalement
mais
malgré
néanmoins
notamment
or
pourtant
premièrement
deuxièmement
troisièmement
dernièrement
puis
puisque
quoique
toutefois
autrement dit
à cause de
à condition que
à l'inverse
à présent
à savoir
à vrai dire
afin de
afin que
ainsi que
alors que
après cela
après quoi
au contraire
au final
au lieu de
au même titre
avant tout
bien que
c'est-à-dire
c'est pourquoi
cela dit
ceci dit
compte tenu de
contrairement à
dans ce cas
dans l'ensemble
de ce fait
de fait
de la même façon
de la même manière
de même
de plus
de sorte que
de toute façon
dès lors
du coup
du reste
en bref
en conclusion
en conséquence
en d'autres termes
en définitive
en dépit de
en effet
en fait
en outre
en particulier
en premier lieu
en second lieu
en dernier lieu
en raison de
en réalité
en résumé
en revanche
en somme
en tout cas
en même temps
étant donné que
grâce à
même si
non seulement
par ailleurs
par conséquent
par contre
par exemple
par la suite
parce que
pendant ce temps
pour commencer
pour conclure
pour finir
pour que
pour résumer
quoi qu'il en soit
si bien que
somme toute
tandis que
tout d'abord
tout de même
toutefois
toujours est-il que
vu que
lorsque
plutôt que
dès que
selon que
de façon à
en général
au fur et à mesure que
"""

#: Entries that are transitions only in some parts of speech: the parse tells
#: « or » the conjunction from « l'or » the metal, « car » from « le car », « puis » the
#: adverb from « je puis », « bref » the adverb from « un bref discours ».
EXCLUDED_POS: dict[str, frozenset[str]] = {
    "or": frozenset({"NOUN", "PROPN", "ADJ"}),
    "car": frozenset({"NOUN", "PROPN"}),
    "puis": frozenset({"VERB", "AUX"}),
    "bref": frozenset({"ADJ", "NOUN"}),
    "malgré": frozenset(),
    "alors": frozenset(),
}

#: Entries that are not transitions when the next word is one of these parts of speech:
#: « alors » is a temporal adverb inside a noun phrase (« alors étudiante, elle… »,
#: « il était alors ministre »), a connector elsewhere (« Alors, … », « alors le maire… »).
EXCLUDED_NEXT_POS: dict[str, frozenset[str]] = {
    "alors": frozenset({"NOUN", "ADJ", "PROPN"}),
}

#: Entries that are not transitions right after this (a regular expression on the text
#: before them): « le public d'alors ».
EXCLUDED_BEFORE: dict[str, str] = {
    "alors": r"\bd['\u2019\u02bc]$",
}

#: Entries that must be followed by one of these to be transitions: « De plus, … » but not
#: « de plus en plus », « de plus de 300 », « un jour de plus ».
REQUIRED_NEXT: dict[str, str] = {
    "de plus": r"\s*,",
    "du coup": r"\s*,",
}

#: Two-part connectors counted when both parts occur in the sentence, in this order.
PAIRS: tuple[tuple[str, str], ...] = (
    ("d'une part", "d'autre part"),
    ("soit", "soit"),
    ("tantôt", "tantôt"),
)

#: Transition words that may open a sentence read alone (a meta description): a
#: subordinating connector opens its own clause (« Afin de… », « Bien que… »,
#: « Lorsque… »), an ordinal opens a sequence (« Tout d'abord »), a time stands alone
#: (« Désormais »). Every other entry points back to what was said before.
OPENS_ALONE = frozenset("""
à cause de|à condition que|à présent|afin de|afin que|ainsi que|alors|alors que|au fur et à mesure que|
au lieu de|avant tout|bien que|compte tenu de|contrairement à|d'abord|dans l'ensemble|davantage|
de façon à|dernièrement|dès que|désormais|dorénavant|en dépit de|en général|en premier lieu|
en raison de|étant donné que|grâce à|lorsque|malgré|même si|plutôt que|pour commencer|pour que|
premièrement|puisque|quoique|selon que|tandis que|tout d'abord|vu que
""".replace("\n", "").split("|"))

#: Openers that point back and are not transition words: pronouns and demonstratives
#: (« Cela… », « Ce dernier… »), a time counted from what was told (« Le lendemain »),
#: a stance taken on it (« Pour sa part »), an announcement (« Rappelons… »).
BACK_POINTING_OPENERS = """
et
sinon
d'autant
cela
ceci
ça
c'est
c'était
il
elle
ils
elles
celui
celle
ceux
celles
celui-ci
celle-ci
ceux-ci
leur
eux
voilà
rappelons
notons
précisons
soulignons
tout simplement
ce dernier
cette dernière
ces derniers
ces dernières
à cet égard
dans ce cadre
pour cela
pour ce faire
c'est ainsi
c'est là
à ce titre
suite à cela
n'empêche
pas seulement
c'est pour cela
c'est aussi
c'est donc
en ce sens
dans ce sens
à ce moment
à cette époque
de son côté
pour sa part
le lendemain
la veille
depuis lors
à partir de là
dans la foulée
et puis
ce n'est pas
pour autant
pour preuve
en pratique
quant à
plus largement
plus généralement
plus globalement
"""


def back_pointing_openers() -> tuple[frozenset[str], tuple[str, ...]]:
    """(single words, phrases), folded: what a sentence read alone must not open on —
    the transition words that are not in `OPENS_ALONE`, and `BACK_POINTING_OPENERS`."""
    from .folding import fold

    entries = [e for e in TRANSITION_WORDS.split("\n") if e and e not in OPENS_ALONE]
    entries += [e for e in BACK_POINTING_OPENERS.split("\n") if e]
    folded = sorted({fold(e) for e in entries})
    return frozenset(e for e in folded if " " not in e), tuple(e for e in folded if " " in e)
