"""French nouns that name people by their role (folded singular lemmas).

A page's title names what it is about; « DiagBruit : les porteurs de projet » names whom
it serves, which editors read as a side of the subject, not the subject (as they read
« La direction des services judiciaires » as the source of a section, not its point).
Drawn from the beta.gouv.fr dev pages' proposals (issue #17).
"""

from __future__ import annotations

ROLE_NOUNS = frozenset("""
porteur habitant usager utilisateur citoyen beneficiaire demandeur instructeur elu candidat
riverain professionnel acteur partenaire createur fondateur auteur redacteur lecteur
famille mandataire particulier parent agent
""".split())
