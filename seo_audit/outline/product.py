"""A product page (beta.gouv.fr's `startups/`: a name as title, the author's `mission:`) and
what its description should say: the product, by name.

Blind panels 7, 8 and 8b rated a page's descriptions the same way every time: a sentence
whose subject is the product and says what it is or does (« Fichiers est la toute
nouvelle application de LaSuite, conçue pour… »), or the name and a specific mission
(« Présence Judiciaire : réduire l'absentéisme des justiciables aux convocations
pénales. »), 2; the mission alone, as a bare infinitive, 1 (« sans sujet ni nom du
service »); a sentence of context that does not speak of the product (« L'électrification
du parc de véhicules légers est une des conditions… », « Près de 4 millions
d'entreprises… »), a detail of the calendar, a draft warning, 0. What names the product is
its name: the title whole, or a part of it set apart (« Portail des arts du cirque -
CNAC »), or a word of it written as a name (an acronym, an inner capital: « PINUM »,
« QualiCharge »); not a common noun of the title (« La politique d'inclusion numérique est
plurielle… » does not name « Mon Inclusion Numérique »)."""

from __future__ import annotations

import re

from ..lang.fr import fold

#: Where a title sets parts apart (« Approbiom - Système national… », « Ma démarche BOSCO
#: (Bourses Scolaires) »).
_PARTS = re.compile(r"\s[-–—:|]\s|[()]")
#: An article opening a name is left out (« L’Annuaire des Entreprises » is named « l'Annuaire
#: des Entreprises » or « cet annuaire des entreprises »), as a whole word: not the « le » of
#: « Les aides de l’Anah » (which left « s aides de l'anah »), « LexImpact » or « le.taxi ».
_ARTICLE = re.compile(r"^(?:(?:le|la|les)\s+|l['’]\s*)")
#: A part shorter than this is no name (« l'app »).
NAME_CHARS = 4
#: A title longer than this is a sentence (« Réduire les pics d’affluence en agence… »), not a name.
NAME_MAX_CHARS = 60

#: A note that the page is a draft (« Le texte ci-dessous est un placeholder brouillon… »,
#: « L'équipe … s'engage à mettre à jour la fiche », « En cours de rédaction. »): raters give
#: it 0, « avertissement de brouillon ».
DRAFT_WARNING = re.compile(r"\b(?:brouillon|placeholder|en cours de (?:redaction|finalisation)|ci-dessous"
                           r"|mettre a jour (?:la|cette) (?:fiche|page)|(?:fiche|page) (?:sera|est) (?:mise a jour"
                           r"|completee))\b")


def is_product_page(article) -> bool:
    """The page has the author's `mission:` and a title short enough to be a name."""
    front = article.front_matter if isinstance(article.front_matter, dict) else {}
    title = article.title
    return (isinstance(front.get("mission"), str) and bool(front["mission"].strip()) and title is not None
            and 0 < len(" ".join(title.text.split())) <= NAME_MAX_CHARS)


def product_names(title: str) -> frozenset[str]:
    """The folded names by which a sentence names the product of the page titled `title`:
    the title whole, its parts set apart by a dash, a colon or brackets, and its words written
    as names (an acronym « CNAC », an inner capital « QualiCharge »), each without a leading
    article, of `NAME_CHARS` characters or more."""
    title = " ".join(title.split())
    found = {title, *(p.strip() for p in _PARTS.split(title))}
    for word in re.findall(r"[\w'’.-]+", title):
        word = re.sub(r"^[cdjlmnst]['’]", "", word, flags=re.IGNORECASE)   # « L’Annuaire »: no inner capital
        letters = [c for c in word if c.isalpha()]
        if len(letters) >= 3 and (all(c.isupper() for c in letters) or any(c.isupper() for c in word[1:])):
            found.add(word)
    names = {_ARTICLE.sub("", fold(n)).strip(" !?.,;") for n in found}
    return frozenset(n for n in names if len(n) >= NAME_CHARS)


def is_draft_warning(text: str) -> bool:
    """The sentence says the page is a draft (`DRAFT_WARNING`)."""
    return bool(DRAFT_WARNING.search(fold(text)))


#: Words before a name that make it a complement, not the subject (« L'indicateur d'impact de
#: Tchap est… », « La proposition de valeur de CadranSolaire est… »).
_COMPLEMENT = frozenset("de d du des a au aux sur pour avec par sans chez dans en".split())
#: A name this far into a sentence is no longer its subject.
SUBJECT_CHARS = 60
#: A negation (« Profilence n'a jamais eu vocation à… ») says what the product is not; « donc »
#: leans on what came before (« Les OPCO ont donc dû adapter… »).
_NOT_STATING = re.compile(r"\b(?:n'|ne\s|jamais\b|donc\b)")


def states_product(text: str, names: frozenset[str]) -> bool:
    """`text` opens on the product as its subject (« Bien plus qu'un annuaire, Dora est un
    service public… », « Le service AERIS est un outil… »): a name within its first
    `SUBJECT_CHARS` characters, not as a complement (`_COMPLEMENT`), and it states rather than
    denies or concludes (`_NOT_STATING`)."""
    folded = fold(text)
    if _NOT_STATING.search(folded):
        return False
    rest = _after_name(folded, names)
    return rest is not None and _says_what(rest)


def names_product(text: str, names: frozenset[str]) -> bool:
    """`text` names the product as its subject, whatever it says of it (« L'Annuaire des
    collectivités est né du constat que… »): a name within its first `SUBJECT_CHARS`
    characters, not as a complement (`_COMPLEMENT`)."""
    return _after_name(fold(text), names) is not None


def _after_name(folded: str, names: frozenset[str]) -> str | None:
    """What follows the first of `names` that opens the folded sentence as its subject, or None."""
    for name in names:
        for found in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", folded[: SUBJECT_CHARS + len(name)]):
            before = re.findall(r"[\w']+", folded[: found.start()])
            if found.start() <= SUBJECT_CHARS and not (before and before[-1].rstrip("'") in _COMPLEMENT):
                return folded[found.end():]
    return None


#: After « est » (« Fichiers est la toute nouvelle application… », « Dora est un service… »),
#: what the product is: a noun phrase. « …est en open source », « …est accessible sous forme
#: de fichiers » say one feature of it.
_KIND = re.compile(r"^[^.;:]{0,40}?\b(?:est|sont|etait)\s+(?!(?:un|une|le|la|les|l'|des|du|aujourd'hui|desormais"
                   r"|actuellement|ainsi|donc|bien|avant tout|d'abord)\b)")


def _says_what(rest: str) -> bool:
    """What follows the product's name does not say a feature with « être » (`_KIND`)."""
    return not _KIND.search(rest)


def name_case(name: str) -> str:
    """A product's name as it opens a title or a description: capitalised when it is all
    lower case (« écol'lieu » → « Écol'lieu »), else as its author styles it: a capital
    inside it (« e-Chauffeur », « iPhone ») or a dot (« cartes.gouv.fr », « data·inclusion »,
    « le.taxi ») is the author's choice, which the title and the description must share."""
    if any(c.isupper() or c in ".·" for c in name):
        return name
    return name[:1].upper() + name[1:]

