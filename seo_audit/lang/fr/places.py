"""French names of the world's states (folded, without their article).

A news title opens on the country its story happens in (« Nigeria : crash d'un avion… »,
« Portugal : un alphabet des couleurs… »), where the text names the city more often
(« Lagos », « Porto ») and the country once. Sovereign states as French writes them
(ISO 3166 French short names, usual forms), and the few places French news titles treat
as one (« Québec », « Tibet », « Palestine »…).
"""

from __future__ import annotations

COUNTRIES = frozenset("""
afghanistan afrique-du-sud albanie algerie allemagne andorre angola arabie-saoudite argentine
armenie australie autriche azerbaidjan bahamas bahrein bangladesh barbade belgique belize benin
bhoutan bielorussie birmanie bolivie bosnie-herzegovine botswana bresil brunei bulgarie
burkina-faso burundi cambodge cameroun canada cap-vert centrafrique chili chine chypre colombie
comores congo coree-du-nord coree-du-sud costa-rica cote-d'ivoire croatie cuba danemark djibouti
dominique egypte emirats-arabes-unis equateur erythree espagne estonie eswatini etats-unis ethiopie
fidji finlande france gabon gambie georgie ghana grece grenade guatemala guinee guinee-bissau
guinee-equatoriale guyana haiti honduras hongrie inde indonesie irak iran irlande islande israel
italie jamaique japon jordanie kazakhstan kenya kirghizistan kiribati kosovo koweit laos lesotho
lettonie liban liberia libye liechtenstein lituanie luxembourg macedoine madagascar malaisie
malawi maldives mali malte maroc maurice mauritanie mexique micronesie moldavie monaco mongolie
montenegro mozambique namibie nauru nepal nicaragua niger nigeria norvege nouvelle-zelande oman
ouganda ouzbekistan pakistan palaos palestine panama papouasie-nouvelle-guinee paraguay pays-bas
perou philippines pologne portugal qatar republique-tcheque roumanie royaume-uni russie rwanda
salvador samoa senegal serbie seychelles sierra-leone singapour slovaquie slovenie somalie soudan
soudan-du-sud sri-lanka suede suisse suriname syrie tadjikistan tanzanie tchad thailande
timor-oriental togo tonga trinite-et-tobago tunisie turkmenistan turquie tuvalu ukraine uruguay
vanuatu vatican venezuela vietnam yemen zambie zimbabwe
quebec tibet taiwan hong-kong groenland ecosse angleterre irlande-du-nord pays-de-galles
""".split())


def country_key(text: str) -> str:
    """The key of a place's name in `COUNTRIES`: folded, words joined by hyphens
    (« Arabie saoudite », « États Unis » → « arabie-saoudite », « etats-unis »)."""
    from .folding import fold

    return "-".join(fold(text).split())
