"""TTL: the title shown in search results (SEO title, or the document title)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from ..measures.serp import pixel_width
from . import Context, Finding, NotApplicable, Params, Problem, param, plural, quote, rule


@dataclass(frozen=True)
class TitleLengthParams(Params):
    min_chars: int = param(30, "Yoast SEO, longueur du titre, exprimée en caractères", minimum=0)
    max_chars: int = param(60, minimum=1)


@dataclass(frozen=True)
class TitleWidthParams(Params):
    max_pixels: int = param(600, "Yoast SEO / Google : largeur du titre d’un résultat", minimum=1)
    font_px: float = param(20.0, "Google affiche les titres des résultats en Arial 20 px", minimum=1)


def _title(ctx: Context):
    if ctx.article.title is None:
        raise NotApplicable
    return ctx.article.title


@rule("TTL001", "titre-absent", "L’article a un titre.",
      severity="error", source="la commande demande un titre travaillé",
      example="---\ndescription: Un article sans titre.\n---\n\nLe texte commence ici, sans titre ni # H1.\n",
      what="Le titre vient du front matter (`seo_title`, `meta_title` ou `title`), de la balise "
           "HTML `<title>`, du premier `# H1` d’un fichier Markdown, ou de la première ligne "
           "courte sans ponctuation finale d’un fichier texte.",
      why="Le titre est la première chose que lit l’internaute et le signal le plus fort de la "
          "page.")
def title_present(ctx: Context, p: Params) -> Iterator[Finding]:
    """The title comes from the front matter (`seo_title`, `meta_title` or `title`), the
    HTML `<title>`, the first `# H1` of a Markdown file, or the first short line of a
    text file when it has no final punctuation.

    Why: the title is the first thing a searcher reads and the strongest on-page signal.
    """
    if ctx.article.title is None:
        where = {"markdown": "un champ « title » dans le front matter",
                 "html": "une balise <title>",
                 "text": "une première ligne courte, sans point final"}[ctx.article.format]
        yield Problem("L’article n’a pas de titre.", f"Ajoutez {where}.")


@rule("TTL002", "longueur-titre", "Le titre a entre {min_chars} et {max_chars} caractères.",
      TitleLengthParams, severity="warning",
      example="---\ntitle: Nos conseils\n---\n\nUn titre de 12 caractères ne dit pas de quoi parle l’article.\n",
      what="Le titre compte entre `min_chars` et `max_chars` caractères.",
      why="Sous 30 caractères, le titre gaspille la place qu’un résultat de recherche lui donne ; "
          "au-delà de 60, il est le plus souvent coupé. Yoast SEO emploie les mêmes bornes (en "
          "pixels : voir TTL003).")
def title_length(ctx: Context, p: Params) -> Iterator[Finding]:
    """Why: a title under 30 characters wastes the space a search result gives it; over
    60 it is usually cut off. Yoast SEO uses the same bounds (in pixels; see TTL003)."""
    title = _title(ctx)
    length = len(title.text)
    if length < p.min_chars:
        yield Problem(f"Titre trop court : {plural(length, 'caractère')} (minimum {p.min_chars}).",
                      "Précisez le sujet dans le titre, avec l’expression clé au début.",
                      ctx.locate(title), quote(title.text), length, p.min_chars)
    elif length > p.max_chars:
        yield Problem(f"Titre trop long : {plural(length, 'caractère')} (maximum {p.max_chars}).",
                      "Raccourcissez le titre : gardez l’expression clé et l’information essentielle "
                      "au début.", ctx.locate(title), quote(title.text), length, p.max_chars)


@rule("TTL003", "largeur-titre", "Le titre tient dans la largeur d’un résultat de recherche.",
      TitleWidthParams, severity="warning",
      example="---\ntitle: LE GUIDE COMPLET DES MARCHÉS PUBLICS NUMÉRIQUES EN FRANCE\n---\n\n"
              "56 caractères, mais en capitales : environ 700 px de large.\n",
      what="Estime la largeur du titre en Arial à la taille des résultats de recherche, d’après "
           "les chasses de la police (à quelques pixels près de ce qu’affiche un navigateur).",
      why="Google coupe les titres plus larges qu’environ 600 px, quel que soit leur nombre de "
          "caractères : « Mmmm » est plus large que « iiii ». Yoast SEO mesure la largeur du "
          "titre avec 600 px.")
def title_width(ctx: Context, p: Params) -> Iterator[Finding]:
    """Estimates the title's width in Arial at the search-result font size, from the
    font's advance widths (an estimate within a few pixels of a browser's).

    Why: Google cuts titles wider than about 600 px, whatever their character count:
    « Mmmm » is wider than « iiii ». Yoast SEO's title-width check uses 600 px.
    """
    title = _title(ctx)
    width = round(pixel_width(title.text, p.font_px))
    if width > p.max_pixels:
        yield Problem(f"Le titre fait environ {width} px de large ; les moteurs de recherche "
                      f"le coupent au-delà de {p.max_pixels} px.",
                      "Raccourcissez le titre pour qu’il s’affiche en entier.",
                      ctx.locate(title), quote(title.text), width, p.max_pixels)
