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
