"""IMG: images, their alternative text, and the keyphrase in one of them."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from ..measures.keyphrase import find_in_text
from . import Context, Finding, NotApplicable, Params, Problem, param, plural, quote, rule
from .keyphrase import focus


def _images(ctx: Context):
    if ctx.article.format == "text":
        raise NotApplicable  # a plain-text draft cannot hold images
    return ctx.article.images


@dataclass(frozen=True)
class ImagesPresentParams(Params):
    min_images: int = param(1, "Yoast SEO « images » : au moins une image", minimum=0)


@rule("IMG001", "image-absente", "L’article contient au moins {min_images} image(s).", ImagesPresentParams,
      severity="warning",
      what="Les images Markdown `![alt](src)` et HTML `<img>`. Sans objet pour un brouillon en "
           "texte brut, qui ne peut pas en contenir.",
      why="Les images aèrent le texte et peuvent amener des visiteurs par la recherche d’images ; "
          "Yoast SEO demande au moins une image.")
def images_present(ctx: Context, p: Params) -> Iterator[Finding]:
    """Markdown `![alt](src)` and HTML `<img>`. Not judged on plain-text drafts, which
    cannot hold images.

    Why: images break up a text and can bring visitors from image search; Yoast SEO
    asks for at least one image.
    """
    images = _images(ctx)
    if len(images) < p.min_images:
        yield Problem(f"L’article contient {plural(len(images), 'image')} (minimum {p.min_images}).",
                      "Ajoutez une image utile au propos (schéma, photo, capture), avec un texte alternatif.",
                      value=len(images), threshold=p.min_images)


@rule("IMG002", "image-sans-alt", "Chaque image a un texte alternatif.",
      severity="warning", source="WCAG 1.1.1 et les attributs alt vérifiés par Yoast SEO",
      what="Chaque image a un texte alternatif.",
      why="Le texte alternatif est ce que disent les lecteurs d’écran et ce que les moteurs "
          "lisent d’une image (WCAG 1.1.1 ; Yoast SEO vérifie les attributs alt).")
def images_have_alt(ctx: Context, p: Params) -> Iterator[Finding]:
    """Why: the alternative text is what screen readers say and what search engines
    read of an image (WCAG 1.1.1; Yoast SEO checks image alt attributes)."""
    for image in _images(ctx):
        if not image.alt.strip():
            yield Problem("Image sans texte alternatif.",
                          "Décrivez l’image en quelques mots dans son texte alternatif (alt).",
                          ctx.article.locate_offset(image.offset), quote(image.src, 80))


@rule("IMG003", "expression-cle-alt", "Le texte alternatif d’au moins une image contient l’expression clé.",
      severity="info", source="Yoast SEO « expression clé dans les images » : dans au moins un texte alternatif",
      what="Correspondance comme pour le slug (formes et radicaux, mots-outils facultatifs). "
           "Sans objet sans image ou sans aucun texte alternatif (IMG001, IMG002 le disent).",
      why="Yoast SEO cherche l’expression clé dans les attributs alt : elle rattache les images "
          "au sujet de la page pour la recherche d’images.")
def keyphrase_in_alt(ctx: Context, p: Params) -> Iterator[Finding]:
    """Matched like the slug (forms and stems, function words optional). Not judged
    without images or without any alt text (IMG001, IMG002 say so).

    Why: Yoast SEO checks the keyphrase in image alt attributes: it ties the images to
    the page's subject for image search.
    """
    images = [i for i in _images(ctx) if i.alt.strip()]
    ctx.require_french()
    f = focus(ctx)
    if not images or f is None:
        raise NotApplicable
    if not any(find_in_text(f.pattern, image.alt) for image in images):
        yield Problem(f"{f.label} n’est dans le texte alternatif d’aucune image.",
                      "Décrivez au moins une image avec des mots de l’expression clé, si elle s’y prête.",
                      ctx.article.locate_offset(images[0].offset), quote(images[0].alt, 80), severity=f.severity)
