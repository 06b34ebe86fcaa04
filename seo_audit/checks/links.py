"""LNK: links that help readers and search engines move through the site.

A link is *internal* when it points to the same site: a relative URL (`../autre/`,
`/blog/article/`) or an absolute one whose host is in `site_hosts`; *outbound* when it
points to another host. A link to a place in the same page (`#partie`), and `mailto:`,
`tel:` or `javascript:` links, are neither. Images are not links.

LNK005 (broken internal links) runs in the site pass: whether a target exists depends
on the other files, which the per-article cache must not depend on.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from ..article import Link, Location
from ..lang.fr import fold
from ..site.summary import article_anchors
from ..site.urls import NON_PAGE_SCHEMES, split_link
from . import Context, Finding, Params, Problem, param, plural, quote, rule

#: « cliquez ici »: the anchor text says nothing of where the link leads (the issue's
#: « cliquez ici », « ici », « lien », « en savoir plus », and their usual variants).
EMPTY_ANCHORS = ["cliquez ici", "cliquer ici", "clique ici", "ici", "lien", "ce lien", "en savoir plus",
                 "pour en savoir plus", "lire la suite", "la suite", "voir", "voir plus", "voir ici",
                 "plus", "plus d'infos", "plus d'informations", "cet article", "ce site", "là",
                 "click here", "here", "read more", "link", "more"]


HOSTS_SOURCE = ("les noms d’hôte du site, séparés par des espaces ou des virgules : les liens "
                "absolus vers eux sont internes")


def hosts_of(text: str) -> frozenset[str]:
    """« beta.gouv.fr, www.beta.gouv.fr » → {"beta.gouv.fr", "www.beta.gouv.fr"}."""
    return frozenset(h.lower() for h in re.split(r"[\s,;]+", text) if h)


def link_kind(link: Link, hosts: frozenset[str]) -> str:
    """"internal", "outbound", or "other" (same page, mail, telephone, script)."""
    scheme, host, path, _ = split_link(link.href)
    if not link.href.strip() or scheme in NON_PAGE_SCHEMES:
        return "other"
    if scheme or host:
        if scheme not in (None, "http", "https"):
            return "other"
        return "internal" if host in hosts else "outbound"
    return "internal" if path else "other"


@dataclass(frozen=True)
class InternalLinksParams(Params):
    min_links: int = param(1, "Yoast SEO « liens internes » : au moins un", minimum=0)
    site_hosts: str = param("", HOSTS_SOURCE)


@dataclass(frozen=True)
class OutboundLinksParams(Params):
    min_links: int = param(1, "Yoast SEO « liens sortants » : au moins un", minimum=0)
    site_hosts: str = param("", HOSTS_SOURCE)


@dataclass(frozen=True)
class BrokenLinksParams(Params):
    site_hosts: str = param("", HOSTS_SOURCE)


def _where(ctx: Context, link: Link) -> Location:
    line, column = ctx.article.line_column(link.offset)
    return Location(line, column, line, column + max(len(link.text), 1))


def _too_few(ctx: Context, p: InternalLinksParams | OutboundLinksParams, kind: str, words: tuple[str, str],
             advice: str) -> Iterator[Finding]:
    hosts = hosts_of(p.site_hosts)
    found = sum(1 for link in ctx.article.links if link_kind(link, hosts) == kind)
    if found < p.min_links:
        yield Problem(f"{plural(found, *words)} (au moins {p.min_links} attendu"
                      f"{'s' if p.min_links > 1 else ''}).", advice, value=found, threshold=p.min_links)


@rule("LNK001", "liens-internes-absents", "L’article a au moins {min_links} lien(s) vers le même site.",
      InternalLinksParams, severity="warning", source="Yoast SEO « liens internes » : rouge sans aucun",
      example="---\ntitle: Réduire ses déchets au bureau\n---\n\n"
              "Trois gestes suffisent : trier, réutiliser, réparer. Aucun lien vers les autres "
              "articles du site.\n",
      what="Compte les liens internes du corps : adresses relatives (`/blog/tri/`, `../tri/`, "
           "`tri.md`) et absolues vers un hôte listé dans `site_hosts` (par exemple "
           "`\"beta.gouv.fr\"`). Les liens vers la même page (`#partie`) ne comptent pas.",
      why="Les liens internes disent aux moteurs quelles pages d’un site vont ensemble et mènent "
          "le lecteur à la page suivante. La vérification « liens internes » de Yoast SEO est "
          "rouge sans aucun lien ; son seuil est un lien.")
def internal_links(ctx: Context, p: InternalLinksParams) -> Iterator[Finding]:
    """Counts the internal links of the body: relative URLs (`/blog/tri/`, `../tri/`,
    `tri.md`) and absolute ones to a host listed in `site_hosts` (e.g.
    `"beta.gouv.fr"`). Links to the same page (`#partie`) do not count.

    Why: internal links tell search engines which pages of a site belong together and
    lead readers to the next page. Yoast SEO's « internal links » check is red when a
    post has none; its threshold is one link.
    """
    yield from _too_few(ctx, p, "internal", ("lien interne", "liens internes"),
                        "Ajoutez un lien vers un autre article du site qui prolonge le sujet ; "
                        "la règle SITE005 en propose quand un article en mentionne un autre.")


@rule("LNK002", "liens-sortants-absents", "L’article a au moins {min_links} lien(s) vers un autre site.",
      OutboundLinksParams, severity="warning", source="Yoast SEO « liens sortants » : orange sans aucun",
      example="---\ntitle: Réduire ses déchets au bureau\n---\n\n"
              "Selon l’Ademe, un salarié jette 120 kg de papier par an, mais l’article ne renvoie "
              "vers aucune source.\n",
      what="Compte les liens vers d’autres hôtes (`https://www.ademe.fr/…`) ; les hôtes listés "
           "dans `site_hosts` sont ceux du site et comptent comme internes.",
      why="Citer ses sources permet au lecteur de vérifier ce que dit l’article et situe la page "
          "pour les moteurs. La vérification « liens sortants » de Yoast SEO en demande au moins "
          "un.")
def outbound_links(ctx: Context, p: OutboundLinksParams) -> Iterator[Finding]:
    """Counts links to other hosts (`https://www.ademe.fr/…`); hosts listed in
    `site_hosts` are the site's own and count as internal.

    Why: linking to sources lets readers check what the article says and shows search
    engines its context. Yoast SEO's « outbound links » check asks for at least one
    (orange when there is none; red for cornerstone content).
    """
    yield from _too_few(ctx, p, "outbound", ("lien sortant", "liens sortants"),
                        "Citez vos sources par un lien vers la page d’origine (étude, texte de loi, "
                        "article de presse).")


@rule("LNK003", "lien-concurrent", "Aucun lien n’a l’expression clé de l’article pour texte.",
      severity="warning", source="Yoast SEO « liens concurrents » (rouge) : l’expression clé comme texte d’un lien",
      example="---\ntitle: Composter en appartement\nkeyphrase: composter en appartement\n---\n\n"
              "Voir aussi notre guide pour [composter en appartement](https://example.org/guide).\n",
      what="Un lien dont le texte contient l’expression clé de l’article (donnée, ou suggérée), "
           "reconnue comme le font les règles KW (accents, casse, pluriel, élision).",
      why="Un tel lien dit aux moteurs qu’une autre page est celle de cette expression, et "
          "emmène le lecteur loin de la page qui doit se classer : vérification « liens "
          "concurrents » de Yoast SEO (rouge).")
def competing_links(ctx: Context, p: Params) -> Iterator[Finding]:
    """A link whose text contains the article's keyphrase (given, or else suggested),
    matched like the KW rules match it (accents, case, plural, elision).

    Why: such a link tells search engines that another page is the one about this
    keyphrase, and sends readers away from the page meant to rank for it: Yoast SEO's
    « competing links » check (red).
    """
    from .keyphrase import focus

    ctx.require_french()
    found = focus(ctx)
    if found is None or not found.phrase.strip():
        return
    from ..measures.keyphrase import find_in_text

    for link in ctx.article.links:
        if link.text and link_kind(link, frozenset()) != "other" and find_in_text(found.pattern, link.text):
            yield Problem(f"{found.label} sert de texte à un lien vers {quote(link.href, 80)}.",
                          "Gardez l’expression clé pour cette page : donnez au lien un texte qui décrit "
                          "la page visée, sans l’expression clé.",
                          _where(ctx, link), quote(link.text, 120))


@rule("LNK004", "texte-de-lien-vide", "Aucun lien n’a pour seul texte « cliquez ici », « ici », « lien »…",
      severity="warning",
      source="WCAG 2.2, critère 2.4.4 ; guide SEO de Google : pas de « cliquez ici »",
      example="---\ntitle: Réduire ses déchets au bureau\n---\n\n"
              "Le guide de l’Ademe est [ici](https://www.ademe.fr/guide).\n",
      what="Le texte entier d’un lien, casse, accents et ponctuation finale mis à part, est « cliquez "
           "ici », « ici », « lien », « ce lien », « en savoir plus », « lire la suite », « voir "
           "», « plus », « cet article » (ou « click here », « read more »…).",
      why="Un lecteur d’écran énumère les liens d’une page par leur seul texte, et les moteurs y "
          "lisent la description de la cible (WCAG 2.2, critère 2.4.4 ; guide SEO de Google : "
          "éviter « cliquez ici »).")
def empty_anchor_text(ctx: Context, p: Params) -> Iterator[Finding]:
    """The whole text of a link, case, accents and final punctuation aside, is one of
    « cliquez ici », « ici », « lien », « ce lien », « en savoir plus », « lire la suite »,
    « voir », « plus », « cet article » (and « click here », « read more »…).

    Why: a screen reader lists a page's links by their text alone, and search engines
    read it as the description of the target. WCAG 2.2, success criterion 2.4.4 (link
    purpose), and Google's SEO starter guide (« write good link text »: avoid « click
    here »).
    """
    phrases = _EMPTY
    for link in ctx.article.links:
        if link.text and _bare(link.text) in phrases:
            yield Problem(f"Le texte du lien « {quote(link.text, 40)} » ne dit pas où il mène.",
                          "Faites du texte du lien le nom de ce qu’il ouvre : « le guide du tri de "
                          "l’Ademe » plutôt que « cliquez ici ».",
                          _where(ctx, link), quote(link.text, 60))


def _bare(text: str) -> str:
    return " ".join(re.sub(r"[^\w' ]+", " ", fold(text)).split())


_EMPTY = frozenset(_bare(phrase) for phrase in EMPTY_ANCHORS)


@rule("LNK006", "ancre-introuvable", "Chaque lien « #ancre » de l’article mène à un titre qui la produit.",
      severity="warning", source="une ancre cassée laisse le lecteur en haut de la page",
      example="---\ntitle: Réduire ses déchets au bureau\n---\n\n"
              "Voir [plus bas](#reparer).\n\n## Trier\n\nLe papier à part.\n",
      what="Un lien vers un endroit de la même page (`#reparer`) nomme une ancre que la page "
           "possède : l’id que Jekyll (kramdown), Hugo ou GitHub donnent à un titre (« ## "
           "Réparer ses objets » → `#réparer-ses-objets` ou `#reparer-ses-objets`), un `{#id}` "
           "explicite, ou un attribut `id`/`name` du HTML de l’article. `#top` existe toujours.",
      why="Une ancre cassée laisse le lecteur en haut de la page ; aucun éditeur ne les vérifie. "
          "Les ancres d’autres articles sont vérifiées par LNK005.")
def missing_anchor(ctx: Context, p: Params) -> Iterator[Finding]:
    """A link to a place in the same page (`#reparer`) must name an anchor the page has:
    the id that Jekyll (kramdown), Hugo or GitHub give a heading (« ## Réparer ses
    objets » → `#réparer-ses-objets` or `#reparer-ses-objets`), an explicit `{#id}`, or an
    `id`/`name` attribute in the article's HTML. `#top` always exists.

    Why: a broken anchor leaves the reader at the top of the page; no editor checks them.
    Links to anchors of other articles are checked by LNK005.
    """
    anchors: set[str] | None = None
    for link in ctx.article.links:
        scheme, host, path, fragment = split_link(link.href)
        if scheme or host or path or not fragment or fragment == "top":
            continue
        if anchors is None:
            anchors = article_anchors(ctx.article)
        if fragment not in anchors:
            yield Problem(f"L’ancre « #{quote(fragment, 60)} » ne correspond à aucun titre de l’article.",
                          "Corrigez l’ancre d’après le titre visé, ou donnez à ce titre un identifiant "
                          "explicite ({#ancre}).",
                          _where(ctx, link), quote(link.text, 60) if link.text else None)


@rule("LNK005", "lien-interne-casse", "Chaque lien interne mène à un article, un fichier ou une ancre qui existe.",
      BrokenLinksParams, severity="error", scope="site",
      source="un lien cassé est un défaut à corriger avant publication ; aucune extension ne le "
             "vérifie hors ligne",
      example="---\ntitle: Réduire ses déchets au bureau\n---\n\n"
              "Voir notre article sur [le compost](/blog/compost-en-apartement/) (faute de frappe "
              "dans l’adresse).\n",
      what="Vérifié hors ligne, sur tout le lot (`seo-audit check content/`) : chaque lien "
           "relatif et chaque image, et chaque lien absolu vers un hôte de `site_hosts`, est "
           "résolu comme Jekyll et Hugo servent les pages (`/blog/mon-article/` est l’article "
           "dont le slug, le permalien ou le nom de fichier le nomme ; `../autre.md` est un "
           "fichier voisin), puis son `#ancre` parmi les titres de la cible. Rien n’est "
           "téléchargé. Un lien hors de ce que couvre le lot n’est pas jugé : l’outil ne "
           "distingue pas une page absente d’une page qu’on ne lui a pas donnée.",
      why="Un lien cassé perd le lecteur et gaspille le passage des robots ; les extensions "
          "d’éditeur (Yoast SEO compris) ne les vérifient pas avant publication.")
def broken_internal_links(ctx, p: BrokenLinksParams) -> Iterator[Finding]:
    """Checked offline, across the batch (`seo-audit check content/`): each relative link
    and image, and each absolute one to a host in `site_hosts`, is resolved the way
    Jekyll and Hugo serve pages — `/blog/mon-article/` is the article whose slug,
    permalink or file name it names, `../autre.md` is a file next to it — then its
    `#ancre` against the target's headings. Nothing is fetched over the network.

    A link outside what the batch covers (a folder that is neither a section of the
    audited articles nor on disk, e.g. `/contact` when only `blog/` is audited) is not
    judged: the tool cannot tell a missing page from one it was not given.

    Why: a broken link loses the reader and wastes the crawl budget of search engines;
    editor plugins (Yoast SEO included) do not check them before publication.
    """
    for resolution in ctx.site.resolutions[ctx.path]:
        link = resolution.link
        if resolution.status not in ("broken", "anchor"):
            continue
        where = Location(link.line, link.column, link.line, link.column + max(len(link.text), 1))
        what = "L’image" if link.image else "Le lien"
        if resolution.status == "anchor":
            yield Problem(f"{what} {quote(link.href, 80)} vise l’ancre « #{quote(resolution.fragment, 50)} », "
                          f"qu’aucun titre de {resolution.target} ne produit.",
                          "Corrigez l’ancre d’après le titre visé dans l’autre article.",
                          where, quote(link.text, 60) if link.text else None)
        else:
            yield Problem(f"{what} {quote(link.href, 80)} ne mène à aucun article ni fichier du site.",
                          "Corrigez l’adresse (slug, permalink ou chemin du fichier) ou retirez le lien.",
                          where, quote(link.text, 60) if link.text else None)
