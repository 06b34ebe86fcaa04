"""SITE: what only a tool that reads every article of a site can see.

These rules run in the site pass (`seo_audit.site`), after every file of the batch has
been audited, on the articles' summaries; they find nothing when one article is audited
alone. Their findings belong to a file and a line like any other.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from ..article import Location
from ..site import SiteContext
from ..site.summary import Field
from . import NotApplicable, Finding, Params, Problem, param, quote, rule


@dataclass(frozen=True)
class SharedSuggestionParams(Params):
    min_content_words: int = param(2, "mesuré sur beta.gouv.fr : les suggestions d’un seul mot "
                                      "partagées étaient des mots génériques",
                                   minimum=1)


@dataclass(frozen=True)
class SuggestionParams(Params):
    max_suggestions: int = param(5, "combien de suggestions par article (Yoast Premium en montre "
                                    "une courte liste)",
                                 minimum=1)


@dataclass(frozen=True)
class OrphanParams(Params):
    min_articles: int = param(2, "un article seul ne peut être lié par un autre", minimum=2)


def names(paths: Sequence[str], limit: int = 3) -> str:
    """« a.md, b.md et 3 autres »."""
    shown = ", ".join(paths[:limit])
    rest = len(paths) - limit
    return f"{shown} et {rest} autre{'s' if rest > 1 else ''}" if rest > 0 else shown


def _at(field: Field | None) -> Location | None:
    if field is None:
        return None
    return Location(field.line, field.column, field.line, field.column + len(field.text))


def _head(ctx: SiteContext) -> Location:
    """Where a finding about the whole article goes: its title, else its first line."""
    return _at(ctx.summary.title) or Location(1, 1, 1, 1)


@rule("SITE001", "expression-cle-deja-utilisee",
      "Aucun autre article du lot ne déclare la même expression clé.", scope="site", severity="warning",
      source="Yoast SEO « expression clé déjà utilisée » (orange une fois, rouge au-delà)",
      example="---\ntitle: Composter en appartement\nkeyphrase: compost en appartement\n---\n…\n\n"
              "(et, dans un autre fichier du même dossier : keyphrase: Composts en appartement)\n",
      what="Les expressions clés déclarées dans le front matter (`keyphrase`, `focus_keyphrase`) "
           "se comparent par leurs mots pleins, accents, casse et pluriel mis à part : « Composts "
           "en appartement » vaut « compost en appartement ». Chaque article concerné apprend "
           "lesquels la partagent.",
      why="Deux pages d’un site qui visent la même recherche se partagent clics et liens, et les "
          "moteurs peuvent montrer la plus faible (cannibalisation). Yoast SEO avertit quand une "
          "expression clé a déjà servi.")
def shared_keyphrase(ctx: SiteContext, p: Params) -> Iterator[Finding]:
    """Keyphrases declared in the front matter (`keyphrase`, `focus_keyphrase`) compare
    by their content words, accents, case and plural aside: « Composts en appartement » is
    « compost en appartement ». Each article that shares one is told which others do.

    Why: two pages of a site competing for the same search split its clicks and links,
    and search engines may show the weaker one (keyword cannibalisation). Yoast SEO's
    « previously used keyphrase » check warns when a post's keyphrase was already used.
    """
    declared = ctx.summary.keyphrase
    if declared is None:
        return
    site = ctx.site
    others = [path for path in site.keyphrase_groups.get(_key(declared.text), [])
              if path != ctx.path and site.by_path[path].keyphrase is not None]
    if others:
        yield Problem(f"L’expression clé « {declared.text} » est aussi celle de {names(others)}.",
                      "Donnez à chaque article sa propre expression clé, ou réunissez ces articles "
                      "en un seul et faites des autres des liens vers lui.",
                      _at(declared), declared.text, len(others) + 1, 1)


@rule("SITE002", "expression-suggeree-deja-utilisee",
      "L’expression clé suggérée d’un article n’est pas celle d’un autre article du lot.",
      SharedSuggestionParams, scope="site", severity="info", source="la demande : des suggestions partagées sont une information",
      example="(deux articles sans expression clé déclarée, dont le texte tourne autour de la "
              "même expression : « Startup d’État »)\n",
      what="Quand l’expression clé d’un article est suggérée (aucune déclarée) et égale celle "
           "d’un autre, ou qu’un article déclare une expression que d’autres n’ont qu’en "
           "suggestion : une information, car une suggestion n’est pas un choix de l’auteur.",
      why="Comme SITE001, trouvé avant que l’auteur ait choisi : deux articles sur la même "
          "expression risquent de se la disputer.")
def shared_suggested_keyphrase(ctx: SiteContext, p: SharedSuggestionParams) -> Iterator[Finding]:
    """When an article's keyphrase is suggested from its text (none declared) and equals
    another article's keyphrase (declared or suggested), or when an article declares a
    keyphrase that other articles only have as a suggestion: information, since a
    suggestion is not a choice the author made. Two suggestions alike count only when
    they have at least `min_content_words` content words: on the beta.gouv.fr pages,
    one-word suggestions shared (« entreprises », « projet », « service ») were common
    words, not rival subjects.

    Why: the same as SITE001 (Yoast SEO's « previously used keyphrase »), found before
    the author has chosen: two articles about the same expression may compete for it.
    """
    site = ctx.site
    mine = site.keyphrase_of(ctx.summary)
    if mine is None:
        return
    phrase, suggested = mine
    group = [path for path in site.keyphrase_groups.get(_key(phrase), []) if path != ctx.path]
    if not suggested:  # declared: SITE001 speaks of the others that declare it too
        group = [path for path in group if site.by_path[path].keyphrase is None]
    elif len(_key(phrase).split()) < p.min_content_words:
        # two suggestions of one generic word (« données », « projet ») are no rivalry
        group = [path for path in group if site.by_path[path].keyphrase is not None]
    if not group:
        return
    label = f"L’expression clé suggérée « {phrase} »" if suggested else f"L’expression clé « {phrase} »"
    yield Problem(f"{label} est aussi celle (déclarée ou suggérée) de {names(group)}.",
                  "Choisissez pour chaque article une expression clé qui lui soit propre et déclarez-la "
                  "dans le front matter (keyphrase: …).",
                  _at(ctx.summary.keyphrase) or _head(ctx), phrase, len(group) + 1, 1)


@rule("SITE003", "titre-en-double", "Aucun autre article du lot n’a le même titre.", scope="site",
      severity="warning", source="Google Search Central : un titre unique par page",
      example="---\ntitle: Nos conseils pour trier\n---\n…\n\n(et un autre article du lot intitulé "
              "« Nos conseils pour trier »)\n",
      what="Les titres se comparent casse, accents, espaces et ponctuation finale mis à part.",
      why="Un résultat de recherche montre d’abord le titre ; deux pages au même titre semblent "
          "n’en faire qu’une, et les moteurs peuvent n’en garder qu’une (Google Search Central : "
          "un titre unique par page).")
def duplicate_title(ctx: SiteContext, p: Params) -> Iterator[Finding]:
    """Titles compare with case, accents, spacing and final punctuation aside.

    Why: a search result shows the title first; two pages with the same title look like
    one, and search engines may keep only one of them. Google Search Central: « make sure
    each page on your site has a unique title ».
    """
    others = ctx.site.same("title", ctx.summary)
    if others:
        yield Problem(f"Le même titre est celui de {names(others)}.",
                      "Donnez à chaque article un titre qui dit ce qu’il a de propre.",
                      _at(ctx.summary.title), quote(ctx.summary.title.text), len(others) + 1, 1)


@rule("SITE004", "description-en-double", "Aucun autre article du lot n’a la même meta description.",
      scope="site", severity="warning", source="Google Search Central : une meta description distincte par page",
      example="---\ntitle: Trier le papier\ndescription: Tous nos conseils pour réduire vos déchets.\n---\n…\n\n"
              "(et un autre article du lot avec la même description)\n",
      what="Les meta descriptions se comparent comme les titres (SITE003).",
      why="La description est l’extrait sous le titre d’un résultat ; Google Search Central en "
          "demande une distincte par page.")
def duplicate_description(ctx: SiteContext, p: Params) -> Iterator[Finding]:
    """Meta descriptions compare like titles (SITE003).

    Why: the description is the snippet under the title in a search result; Google
    Search Central asks for a distinct description per page, and Yoast SEO writes one
    per post.
    """
    others = ctx.site.same("description", ctx.summary)
    if others:
        yield Problem(f"La même meta description est celle de {names(others)}.",
                      "Écrivez pour chaque article une description qui résume ce qu’il apporte ; "
                      "« seo-audit outline » en propose une tirée de son texte.",
                      _at(ctx.summary.description), quote(ctx.summary.description.text), len(others) + 1, 1)


@rule("SITE005", "lien-interne-a-ajouter",
      "Un article qui nomme l’expression clé ou le titre d’un autre article du lot y renvoie par un lien.",
      SuggestionParams, scope="site", severity="info",
      source="les suggestions de liens internes de Yoast SEO Premium sont des suggestions",
      example="(« tri-papier.md » a pour expression clé « tri du papier » ; « bureau.md » écrit "
              "« commencez par le tri du papier » sans lien vers lui)\n",
      what="Cherche dans les paragraphes et les éléments de liste de chaque article l’expression "
           "clé déclarée ou le titre d’un autre article, quand l’article ne le lie pas encore. "
           "Une expression d’un seul mot plein, ou partagée par plusieurs articles (SITE001), ne "
           "propose rien. Au plus `max_suggestions` par article, la première mention de chaque "
           "cible, dans l’ordre de lecture.",
      why="Les liens internes répartissent l’autorité d’un site et mènent le lecteur plus loin ; "
          "Yoast SEO Premium en suggère. Ici, ils sont trouvés hors ligne et les mêmes à chaque "
          "passage.")
def link_suggestion(ctx: SiteContext, p: SuggestionParams) -> Iterator[Finding]:
    """Looks in the paragraphs and list items of each article for another article's
    declared keyphrase or its title — the keyphrase matcher's forms and stems, accents,
    case and plural aside — when the article has no link to that other article. A phrase
    of one content word, or one shared by several articles (SITE001, SITE003), proposes
    nothing: it would not say which article to link to. Suggested keyphrases are not
    used: on the beta.gouv.fr pages they were too often a generic phrase of the text
    (« transition écologique » would have been proposed 24 times). At most
    `max_suggestions` per article, the first mention of each target, in reading order.

    Why: internal links spread a site's authority and lead readers on; Yoast SEO Premium
    suggests them (« internal linking suggestions »). Here they are found offline and
    the same on every run.
    """
    for mention in ctx.site.mentions(ctx.summary, p.max_suggestions):
        run = ctx.summary.runs[mention.run]
        line, column = run.position(mention.start)
        what = "l’expression clé" if mention.kind == "keyphrase" else "le titre"
        yield Problem(f"« {run.text[mention.start:mention.end]} » nomme {what} de {mention.target}, "
                      "sans lien vers cet article.",
                      f"Faites de ces mots un lien vers {mention.target}.",
                      Location(line, column, line, column + mention.end - mention.start),
                      quote(run.text[max(mention.start - 60, 0):mention.end + 60]), mention.target)


@rule("SITE006", "article-orphelin", "Au moins un autre article du lot renvoie à chaque article.",
      OrphanParams, scope="site", severity="info",
      source="les « contenus orphelins » de Yoast SEO Premium sont une liste à traiter, pas une "
             "erreur",
      example="(un dossier de 12 articles dont aucun ne contient de lien vers « compost.md »)\n",
      what="Les liens sont résolus comme pour LNK005 (slugs, permaliens, fichiers relatifs) ; "
           "une image n’est pas un lien. Jugé seulement quand le lot compte au moins "
           "`min_articles` articles.",
      why="Une page qu’aucune autre ne lie est difficile à trouver, pour les lecteurs comme pour "
          "les robots qui suivent les liens. Yoast SEO Premium liste les « contenus orphelins ».")
def orphan(ctx: SiteContext, p: OrphanParams) -> Iterator[Finding]:
    """Links are resolved as LNK005 resolves them (slugs, permalinks, relative files);
    an image is not a link. Judged only when the batch holds at least `min_articles`
    articles, since a lone article has no one to be linked from.

    Why: a page no other page links to is hard to find, for readers and for search
    engines that crawl by following links. Yoast SEO Premium lists « orphaned content »
    (posts with no inbound internal link).
    """
    if len(ctx.site.summaries) < p.min_articles:
        raise NotApplicable
    if not ctx.site.inbound.get(ctx.path):
        yield Problem("Aucun autre article du lot ne renvoie à celui-ci.",
                      "Ajoutez un lien vers cet article depuis un article proche (SITE005 en "
                      "propose), ou depuis une page d’accueil de rubrique.",
                      _head(ctx), value=0, threshold=1)


def _key(phrase: str) -> str:
    from ..site import phrase_key

    return phrase_key(phrase)
