"""Subheadings, meta title and meta description proposals (seo_audit/outline)."""

from __future__ import annotations

import pytest

from seo_audit.lang.fr import fold
from seo_audit.measures.serp import pixel_width
from seo_audit.outline import propose
from seo_audit.outline.headings import MAX_CHARS, noun_phrases
from seo_audit.outline.description import clause_cut, points_back, word_cut
from seo_audit.outline.limits import default_limits

from conftest import annotated_from

L = default_limits()  # the shipped rule set's limits, which the proposals must meet


@pytest.fixture(scope="module")
def mission_outline(mission_text):
    annotated = annotated_from(mission_text)
    return annotated, propose(annotated)


def _folded_words(text: str) -> set[str]:
    import re

    return set(re.findall(r"[^\W_]+", fold(text)))


def test_mission_gives_three_to_five_blocks_with_headings(mission_outline):
    _, outline = mission_outline
    assert 3 <= len(outline.blocks) <= 5
    assert not outline.blocks[0].insert  # the introduction keeps no heading
    assert all(b.insert and b.subheading for b in outline.blocks[1:])


def test_subheadings_are_drawn_from_their_own_block(mission_outline):
    _, outline = mission_outline
    for block in outline.blocks:
        text = " ".join(" ".join(p.text.split()) for p in block.segment.blocks)
        for proposal in [block.subheading, *block.alternatives]:
            assert proposal
            # a contiguous stretch of the block, only the first letter raised; « des
            # lignes » may give « Les lignes » (the article the contraction holds)
            stretch = proposal
            for article, contracted in (("Les ", "des "), ("Le ", "du ")):
                if proposal.startswith(article) and contracted + proposal[len(article):] in text:
                    stretch = proposal[len(article):]
            assert stretch[1:] in text, proposal
            assert len(proposal) <= MAX_CHARS


def test_subheadings_are_distinct_and_alternatives_at_most_two(mission_outline):
    _, outline = mission_outline
    headings = [b.subheading.lower() for b in outline.blocks if b.insert]
    assert len(set(headings)) == len(headings)
    assert all(len(b.alternatives) <= 2 for b in outline.blocks)
    assert "Barre haute" not in headings and not any("source link" in h for h in headings)


def test_keyphrase_appears_in_some_inserted_headings(mission_outline):
    _, outline = mission_outline
    inserted = [b for b in outline.blocks if b.insert]
    share = sum(b.has_keyphrase for b in inserted) / len(inserted)
    # where it fits: « Russie » is in one well-formed phrase of the inserted blocks
    # (« Russie si clairement instable » is not a heading), never in three of four
    assert 0.25 <= share <= 0.75
    assert any("Russie" in b.subheading for b in inserted)


def test_noun_phrases_have_nothing_dangling():
    annotated = annotated_from("Titre\n\nLes responsables de l’administration ont parlé avec des "
                               "collègues de la mutinerie avortée du groupe Wagner en Russie.\n")
    phrases = noun_phrases(annotated.block_span(annotated.article.blocks[0]))
    texts = [p.text for p in phrases]
    assert "La mutinerie avortée du groupe Wagner" in texts or "La mutinerie avortée" in texts
    for text in texts:
        last = fold(text.split()[-1])
        assert last not in {"de", "du", "des", "le", "la", "les", "et", "en", "avec"}
        assert fold(text.split()[0]) not in {"de", "du", "des", "en", "avec", "un", "une"}
    assert any("Wagner" in t for t in texts)  # proper nouns keep their capital


def test_a_noun_phrase_keeps_the_noun_its_adjective_agrees_with():
    # the parser hangs « compétentes » on « dialogue »: cut from « instances », the phrase
    # read « Visam : le dialogue social compétentes » as a meta title (beta.gouv.fr's Visam
    # page, read as a user; the sentence here is ours)
    annotated = annotated_from("Titre\n\nChaque projet de décret est soumis pour avis aux instances du "
                               "dialogue social compétentes.\n")
    texts = [p.text for p in noun_phrases(annotated.block_span(annotated.article.blocks[0]))]
    assert "Les instances du dialogue social compétentes" in texts, texts
    assert not any(t.endswith("compétentes") and not t.startswith("Les instances") for t in texts), texts
    # a guard (it passes before the rule too): a phrase whose adjectives agree with one of
    # its nouns stands, whichever noun the parser hangs them on
    annotated = annotated_from("Titre\n\nLe service nourrit les politiques publiques locales des communes rurales.\n")
    texts = [p.text for p in noun_phrases(annotated.block_span(annotated.article.blocks[0]))]
    assert "Les politiques publiques locales des communes rurales" in texts, texts


def test_meta_title_keeps_the_subject_of_the_authors_title(mission_outline):
    _, outline = mission_outline
    title = outline.meta_title
    assert title and L.title_min_chars <= len(title) <= L.title_max_chars
    assert pixel_width(title, L.title_font_px) <= L.title_max_pixels
    # the author's 110-character title shortened by deletion: the back channel, Biden, Russia
    assert title.startswith("Le canal de retour") and "Biden" in title and "Russie" in title
    assert "alors qu" not in title and "intérieur" not in title
    for alternative in outline.meta_title_alternatives:
        assert len(alternative) <= L.title_max_chars and pixel_width(alternative, L.title_font_px) <= L.title_max_pixels


def test_meta_title_uses_only_the_articles_words(mission_outline, mission_text):
    _, outline = mission_outline
    article_words = _folded_words(mission_text)
    for title in [outline.meta_title, *outline.meta_title_alternatives]:
        assert _folded_words(title) <= article_words, title


def test_meta_description_is_whole_sentences_of_120_to_156_characters(mission_outline, mission_text):
    import re

    _, outline = mission_outline
    flat = " ".join(mission_text.split())
    for description in [outline.meta_description, *outline.meta_description_alternatives]:
        assert L.description_min_chars <= len(description) <= L.description_max_chars
        assert description[-1] in ".!?»" and description in flat
        at = flat.index(description)
        assert re.search(r"(^|[.!?»]\s)$", flat[:at]), description  # starts a sentence
        assert not points_back(description)


def test_openers_that_point_back():
    for text in ("Mais maintenant, avec une Russie instable, tout change.", "Et Biden a cherché un accord.",
                 "Tout simplement parce que personne ne l’a demandé.", "En effet, le coût est élevé.",
                 "Or le budget manque.", "Donc nous avons commencé.", "Il a déclaré mardi que tout va bien.",
                 "Ces données sont stockées sur un grand nombre de répertoires.",
                 "Deux mois plus tard, le projet a été abandonné.", "En ce sens, la démarche aide."):
        assert points_back(text), text
    for text in ("Alors que les troupes traversaient Rostov, le département d’État a réagi.",
                 "En 2012, la ville a ouvert un jardin.", "Le département d’État a exhorté le personnel.",
                 "De plusieurs côtés, les critiques arrivent.", "Cette année, la ville ouvre un jardin."):
        assert not points_back(text), text


def test_cuts_at_a_clause_boundary_only():
    sentence = ("Les gestionnaires de plantations qui souhaitent accueillir des jeunes sur leurs chantiers, "
                "partout en France, peuvent déposer leur offre sur la plateforme dès aujourd’hui sans frais.")
    cut = clause_cut(sentence, 156, 60)
    assert cut == "Les gestionnaires de plantations qui souhaitent accueillir des jeunes sur leurs chantiers, " \
                  "partout en France…"
    assert clause_cut("Une phrase sans aucune virgule qui continue longtemps " * 4, 156, 60) is None
    text = "mot " * 60
    assert word_cut(text, 156).endswith("mot…") and len(word_cut(text, 156)) <= 156
    assert word_cut("Court.", 156) == "Court."


def test_short_text_gets_an_outline_without_error():
    annotated = annotated_from("Un titre\n\nUne phrase brève sur la mer.\n")
    outline = propose(annotated)
    assert len(outline.blocks) == 1 and not outline.blocks[0].insert


def _proposals(text: str) -> list[str]:
    annotated = annotated_from(text)
    return [p.text for b in annotated.article.blocks for p in noun_phrases(annotated.block_span(b))]


def test_no_stump_no_idiom_fragment_no_lone_noun_no_debris():
    found = _proposals("Un titre\n\n"
                       "La ville finance le projet à travers l’exécution du budget municipal. "
                       "Cette règle est désormais inscrite dans le marbre. "
                       "Par la suite, la mairie publiera les comptes du jardin partagé.\n\n"
                       "Source link -57\n")
    assert found and "La mairie" not in found
    for text in found:
        assert not text.startswith("Travers"), text
        assert text not in ("Le marbre", "Marbre", "Suite", "La suite"), text
        assert "Source link" not in text
    assert any("budget municipal" in t for t in found)


def test_no_glued_phrases_no_hanging_verb():
    found = _proposals("Un titre\n\n"
                       "Exemple la diffusion territoriale des aides sociales en France reste inégale.\n")
    assert found
    for text in found:
        assert not text.startswith("Exemple la"), text


def test_short_article_still_gets_a_description():
    annotated = annotated_from("Un titre\n\nLe jardin partagé ouvre samedi. Venez nombreux.\n")
    outline = propose(annotated)
    assert outline.meta_description and outline.meta_description.startswith("Le jardin partagé ouvre samedi.")


def test_a_title_that_fits_is_kept():
    annotated = annotated_from("Le jardin partagé du quartier ouvre ses portes\n\n"
                               "Le jardin partagé du quartier ouvre ses portes samedi à tous les habitants. "
                               "Chacun peut y planter des tomates et des fleurs.\n")
    assert propose(annotated).meta_title == "Le jardin partagé du quartier ouvre ses portes"


def test_a_title_too_short_still_leads_the_meta_title():
    text = ("---\ntitle: Boursoloco\n---\n\n"
            + "Boursoloco aide les porteurs de projets de la ville à trouver un local commercial vacant. " * 2
            + "\n\nLes porteurs de projets déposent leur demande en ligne et la mairie répond en une semaine.\n")
    outline = propose(annotated_from(text, "markdown"))
    assert outline.meta_title and outline.meta_title.startswith("Boursoloco : ")
    assert L.title_min_chars <= len(outline.meta_title) <= L.title_max_chars


def test_no_vague_pointing_or_cut_phrases():
    found = _proposals("Un titre\n\n"
                       "Une partie des porteurs de projets attend le profil suivant depuis des mois. "
                       "Grâce à la plateforme régionale, leur demande arrive à 1 750 kilomètres de Paris. "
                       "La mise en place du guichet unique a pris deux ans.\n")
    assert found
    for text in found:
        assert not text.startswith(("Partie", "Grâce", "Kilomètres", "Le profil suivant")), text
        assert not text.endswith(("mise", "c’")), text
        assert "leur" not in text.split(), text


def test_shortened_title_drops_a_subordinate_clause_whole(tmp_path, mission_text, capsys):
    import json

    from seo_audit.cli import main

    draft = tmp_path / "brouillon.txt"
    draft.write_text(mission_text, encoding="utf-8")
    (tmp_path / "seo-audit.toml").write_text("[rules.TTL002]\nmax_chars = 120\n", encoding="utf-8")
    assert main(["outline", str(draft), "--format", "json"]) == 0
    title = json.loads(capsys.readouterr().out)["meta_title"]["text"]
    assert "alors qu" not in title or title.endswith("se déroulait"), title


def test_sentence_of_and_text_of_agree_with_spacy():
    """The cached sentence and text used by the candidate checks are spaCy's own."""
    from seo_audit.outline.headings import sentence_of, text_of

    annotated = annotated_from("Le jardin partagé\n\nLes habitants cultivent des légumes. "
                               "Le samedi, ils arrosent les parcelles du quartier. Puis ils partent.\n")
    doc = annotated.doc
    assert text_of(doc) == doc.text
    assert len(list(doc.sents)) >= 3
    for token in doc:
        assert (sentence_of(token).start, sentence_of(token).end) == (token.sent.start, token.sent.end)
