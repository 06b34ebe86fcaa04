"""French function words, folded: what keyword extraction and keyphrase matching leave out.

`FUNCTION_WORDS` is a closed list: articles, prepositions, conjunctions, pronouns,
possessives and demonstratives, negation, the forms of « être » and « avoir », and the
elided forms (« l’ » → « l »). It is deliberately not spaCy's French stop-word list,
which also holds content words that make good keyphrases (« retour », « personne »,
« effet », « nouveau », « gens »…): with spaCy's list, « canal de retour » would lose its
last word. Forms are stored folded (lower case, no accents, straight apostrophe removed).
"""

from __future__ import annotations

#: Elided forms (folded, apostrophe removed) and the word they stand for.
ELISIONS: dict[str, str] = {
    "l": "le", "d": "de", "j": "je", "m": "me", "t": "te", "s": "se", "n": "ne", "c": "ce",
    "qu": "que", "jusqu": "jusque", "lorsqu": "lorsque", "puisqu": "puisque",
    "quoiqu": "quoique", "presqu": "presque", "quelqu": "quelque",
}

_WORDS = """
le la les un une des du au aux de a en dans par pour sur sous avec sans chez entre vers
contre parmi selon depuis pendant avant apres durant malgre hors via envers outre
et ou ni mais donc or car que qui quoi dont ou lorsque puisque quand comme si
ce cet cette ces ceci cela ca celui celle ceux celles
mon ma mes ton ta tes son sa ses notre nos votre vos leur leurs
je tu il elle on nous vous ils elles me te se moi toi soi lui eux y en
ne pas plus point
est sont etait etaient sera seront serait seraient ete etre etant suis es sommes etes fut
a ai as avons avez ont avait avaient aura auront aurait auraient eu avoir ayant
aujourd hui
"""

FUNCTION_WORDS: frozenset[str] = frozenset(_WORDS.split()) | frozenset(ELISIONS) | frozenset(
    ELISIONS.values())


def is_function_word(folded: str) -> bool:
    return folded.strip("'-") in FUNCTION_WORDS
