"""French subject pronouns, by what a reader needs to know who they are.

A meta title or description is read alone on a results page. A third-person pronoun
(« il », « cela », « celle-ci ») stands for something said before; a first-person one
(« je », « nous », « on ») for the writer, whom the reader of a results page has not
met (« Nous ne faisons que créer… », « En tant que porteur de projet, je… »); « tu » and
« vous » address the reader (a hook, not a statement); a relative pronoun needs its
antecedent. Folded forms (see `fold`).
"""

from __future__ import annotations

#: Subjects that stand for something said before.
BACK_POINTING_SUBJECTS = frozenset("""il elle ils elles ce c' cela ca ceci celui celle ceux celles celui-ci
celle-ci ceux-ci celles-ci celui-la celle-la lui eux""".split())
#: The writer: who « nous » are is said elsewhere, if at all.
FIRST_PERSON = frozenset({"je", "j'", "nous", "on"})
#: First-person possessives (« Notre équipe a… », « nos bénéfices »): whose?
FIRST_PERSON_POSSESSIVES = frozenset({"mon", "ma", "mes", "notre", "nos"})
#: The reader addressed.
SECOND_PERSON = frozenset({"tu", "vous"})
#: The reader's possessives (« votre projet »).
SECOND_PERSON_POSSESSIVES = frozenset({"ton", "ta", "tes", "votre", "vos"})
RELATIVE = frozenset({"qui", "dont", "lequel"})
#: Subjects that say nothing alone in a title beyond those that point back.
PERSONAL_SUBJECTS = FIRST_PERSON | SECOND_PERSON | RELATIVE

#: « un tel coach », « de tels canaux », « ledit contrat »: such as was said before.
SUCH = frozenset("tel telle tels telles ledit ladite lesdits lesdites susdit susdite precite precitee".split())
#: Participles and adjectives that point back to what was named before (« la
#: réglementation associée »: associated with what?), in a title as much as in a sentence.
POINTING_BACK_MODIFIERS = SUCH | frozenset("""
associe associee associes associees concerne concernee concernes concernees correspondant
correspondante correspondants correspondantes susmentionne susmentionnee susmentionnes
susmentionnees precites precitees susvise susvisee susvises susvisees
""".split())
#: Participles that end a phrase only with their complement (« les risques liés [au bruit] »):
#: fine inside a title, a stump at the end of a heading.
NEEDING_COMPLEMENT = frozenset("""
lie liee lies liees dedie dediee dedies dediees afferent afferente afferents afferentes
""".split())
