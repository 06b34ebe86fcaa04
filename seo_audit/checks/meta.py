"""MET: the meta description, the snippet shown under the title in search results."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from . import Context, Finding, NotApplicable, Params, Problem, param, plural, quote, rule


@dataclass(frozen=True)
class DescriptionLengthParams(Params):
    min_chars: int = param(120, "Yoast SEO, longueur de la meta description", minimum=0)
    max_chars: int = param(156, minimum=1)


@rule("MET001", "meta-description-absente", "L’article a une meta description.",
      severity="error", source="Yoast SEO : l’absence de meta description est un problème (rouge)",
      example="---\ntitle: Réduire ses déchets au bureau\n---\n\nPas de champ « description » dans le front matter.\n",
      what="Lue dans le front matter (`description`, `meta_description`, `excerpt` ou `summary`) "
           "ou dans `<meta name=\"description\">`. Un brouillon en texte brut n’en a pas.",
      why="Sans elle, les moteurs choisissent un fragment de la page, souvent mal venu. Yoast "
          "SEO signale l’absence de meta description comme un problème.")
def description_present(ctx: Context, p: Params) -> Iterator[Finding]:
    """Read from the front matter (`description`, `meta_description`, `excerpt` or
    `summary`) or from `<meta name="description">`. A plain-text draft has none.

    Why: without one, search engines pick a fragment of the page, often a poor one.
    Yoast SEO marks a missing meta description as a problem.
    """
    if ctx.article.description is None:
        where = {"markdown": "un champ « description » dans le front matter",
                 "html": "une balise <meta name=\"description\" content=\"…\">",
                 "text": "une meta description (convertissez le texte en Markdown avec un "
                         "front matter « description: … »)"}[ctx.article.format]
        yield Problem("L’article n’a pas de meta description.",
                      f"Ajoutez {where} de {ctx.param('MET002', 'min_chars')} à "
                      f"{ctx.param('MET002', 'max_chars')} caractères qui résume l’article.")


@rule("MET002", "longueur-meta-description",
      "La meta description a entre {min_chars} et {max_chars} caractères.", DescriptionLengthParams,
      severity="warning",
      example="---\ntitle: Réduire ses déchets au bureau\ndescription: Nos conseils.\n---\n\n"
              "Une meta description de 13 caractères.\n",
      what="La meta description compte entre `min_chars` et `max_chars` caractères.",
      why="Yoast SEO recommande 120 à 156 caractères : plus courte, elle gaspille l’extrait ; "
          "plus longue, elle est coupée par des points de suspension.")
def description_length(ctx: Context, p: Params) -> Iterator[Finding]:
    """Why: Yoast SEO recommends 120 to 156 characters: shorter wastes the snippet, longer
    is cut with an ellipsis."""
    description = ctx.article.description
    if description is None:
        raise NotApplicable
    length = len(description.text)
    if length < p.min_chars:
        yield Problem(f"Meta description trop courte : {plural(length, 'caractère')} "
                      f"(minimum {p.min_chars}).",
                      "Complétez-la : le sujet, ce que le lecteur y trouvera, l’expression clé.",
                      ctx.locate(description), quote(description.text), length, p.min_chars)
    elif length > p.max_chars:
        yield Problem(f"Meta description trop longue : {plural(length, 'caractère')} "
                      f"(maximum {p.max_chars}).",
                      "Raccourcissez-la : les moteurs coupent la fin.",
                      ctx.locate(description), quote(description.text), length, p.max_chars)
