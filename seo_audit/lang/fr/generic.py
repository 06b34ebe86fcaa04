"""French nouns too generic to be a page's focus keyphrase on their own.

« cas », « entreprises », « service », « projet », « équipe », « personnes »: every page
of a site uses them, none ranks for them, and an editor shown one as « the » keyphrase
learns nothing. A phrase that holds one (« service public de l’emploi », « projet de
loi ») is specific; the word alone is not. Forms are folded singular lemmas (see
`fold`); the list comes from reading the suggestions made on the beta.gouv.fr and
WikiNews-FR dev articles and from the raters' complaints (issue #17).
"""

from __future__ import annotations

GENERIC_NOUNS = frozenset("""
cas entreprise service projet equipe personne gens monde chose fait truc part partie type sorte
genre exemple point niveau question probleme solution outil moyen methode maniere facon
condition besoin objectif resultat information donnee dossier document fichier contenu page
site plateforme application logiciel produit offre usage usager utilisateur public acteur
agent structure organisation dispositif demarche action mission programme plan processus
process systeme etape phase temps annee jour mois semaine fois moment periode debut fin
ville pays region lieu endroit place groupe ensemble nombre reste membre travail activite
idee sujet theme aspect element forme modele image contact vie aide accord visite
impact enjeu difficulte role cadre domaine secteur situation contexte gestion habitant
manque absence
""".split())
#: Adjectives that add nothing specific to a generic noun (« nouveau service », « grand projet »).
VAGUE_ADJECTIVES = frozenset("""
nouveau nouvel nouvelle grand grande petit petite premier premiere dernier derniere autre meme
bon bonne meilleur gros grosse seul seule principal principale certain certaine divers
different differente prochain prochaine general generale important importante face cle cles
""".split())


def is_generic(lemmas: list[str]) -> bool:
    """Folded lemmas (« entreprise », « nouveau service ») that say too little to be a
    keyphrase: every content word a generic noun or a vague adjective, one noun at least."""
    from .stop_words import is_function_word

    content = [w for w in lemmas if not is_function_word(w)]
    nouns = [w for w in content if w in GENERIC_NOUNS or w.rstrip("sx") in GENERIC_NOUNS]
    return bool(nouns) and all(w in nouns or w in VAGUE_ADJECTIVES for w in content)
