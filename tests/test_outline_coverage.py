"""Main subheadings that name the whole block (seo_audit/outline/statement.py `Reach`,
`vague_topic`; seo_audit/outline/labels.py): the three reasons the session-5 editor panel
gave for a 0 — a detail (one list item, one late sentence), a vague phrase that would fit
any block, a label that names one item of a series — on the beta.gouv.fr pages the panel
rated (fixtures/heads/, see fixtures/README.md). Each test also asserts what the same
text must still yield, so that it cannot pass by refusing everything.
"""

from __future__ import annotations

import pytest

from seo_audit.nlp import annotate
from seo_audit.outline import propose
from seo_audit.outline.labels import block_labels
from seo_audit.outline.statement import GENERIC_HEADS, Keyness, Reach, block_candidates, vague_topic
from seo_audit.readers import read_path

from conftest import BEFORE_LAYOUT, FIXTURES, annotated_from, heads_page
from test_outline_labels import _labels, _run


@pytest.fixture(scope="module")
def pages():
    return {name: heads_page(name)
            for name in ("api-apprentissage", "evalpro", "cas-par-4", "mission-transition", "monitorfish", "gap")}


def test_a_bold_line_over_a_bold_line_is_a_section_label(pages):
    # « **Les problématiques actuelles** » then « **Informations :** » and its bullets: the
    # section's label and a sub-label, not a series of two items
    found = _labels(pages["cas-par-4"], "Les problématiques actuelles", "Ils ne savent pas")
    assert found == ["Les problématiques actuelles"]


def test_a_bold_line_before_prose_stays_a_label(pages):
    found = _labels(pages["cas-par-4"], "Le formulaire cas par cas", "Le formulaire Cerfa")
    assert found == ["Le formulaire cas par cas"]


def test_a_paragraph_of_two_bold_leads_is_a_series(pages):
    # « **Accroche du concept** : 51 dossiers… » and « **Attentes** : … » on the next line of
    # the same paragraph: two items, neither names the block
    found = _labels(pages["evalpro"], "La stratégie envisagée", "un second MVP")
    assert "Accroche du concept" not in found, found


def test_a_single_bold_lead_is_still_a_label():
    annotated = annotated_from("# Jardin\n\nLe jardin ouvre ses portes.\n\n**Objectif d'usage à 6 mois :** "
                               "accueillir cent familles du quartier chaque semaine.\n", "markdown")
    assert [lb.phrase.text for lb in block_labels(annotated, tuple(annotated.article.blocks[1:]))] == [
        "Objectif d'usage à 6 mois"]


def test_an_evaluative_head_with_a_ranking_adjective_is_vague():
    subject = frozenset({"api", "apprentissage"})
    assert vague_topic(frozenset({"premier", "impact"}), "impact", subject)       # « Un premier impact »
    assert vague_topic(frozenset({"impact", "supplementaire"}), "impact", subject)
    assert vague_topic(frozenset({"utilite", "api", "apprentissage"}), "utilite", subject)
    assert "objectif" in GENERIC_HEADS and vague_topic(frozenset({"objectif"}), "objectif", subject)
    assert not vague_topic(frozenset({"impact", "sonore"}), "impact", subject)     # « L'impact sonore »
    assert not vague_topic(frozenset({"taux", "abandon", "projet"}), "taux", subject)


def test_lead_ins_naming_a_vague_impact_are_not_headings(pages):
    # « L'API Apprentissage aura un premier impact si… : », « …un impact avéré si… : », « …un
    # impact supplémentaire si… : »: lead-ins whose object says nothing of the block
    outline = propose(pages["api-apprentissage"])
    headings = [b.subheading for b in outline.blocks if b.insert]
    assert len(headings) >= 3 and all(headings), headings
    assert not any(h.startswith(("Un premier impact", "Un impact")) for h in headings), headings
    assert "L'utilité de l'API Apprentissage" not in headings, headings


def test_a_phrase_named_once_in_a_long_block_is_a_detail():
    # one bullet of four (« Les scripts de contrôle-validation de données ») names a detail
    # when nothing of it recurs: `Reach.coverage` refuses it; the phrase the block's
    # sentences keep naming reaches most of the block, and is what the block proposes
    intro = ("Le compost collectif du quartier réduit les déchets des habitants. Les habitants du quartier "
             "trient leurs déchets chaque semaine.")
    block = ("Le broyage des branches occupe les bénévoles tout l'hiver. Le broyage des branches produit un "
             "paillage apprécié. Les bénévoles louent un broyeur pour le broyage des branches. "
             "La mairie prête une remorque verte pour transporter les sacs lourds.")
    annotated = annotated_from(f"Le compost\n\n{intro}\n\n{block}\n")
    spans = [[annotated.block_span(b)] for b in annotated.article.blocks if b.kind == "paragraph"]
    sentences = [list(s) for s in spans[1][0].sents]
    reach = Reach.of(sentences)
    remorque = next(s for s in sentences if "remorque" in s[0].sent.text)
    detail = [t for t in remorque if t.text in ("une", "remorque", "verte")]
    topic = [t for t in sentences[0] if t.text in ("Le", "broyage", "des", "branches")]
    # the last sentence is a detail sentence; the same phrase in an opening one is kept
    assert reach.coverage(detail, "remorque", {"remorque", "vert"}, detail=True) is None
    assert reach.coverage(detail, "remorque", {"remorque", "vert"}, detail=False) is not None
    assert reach.coverage(topic, "broyage", {"broyage", "branche"}, detail=False) > 0.6
    found = [c.phrase.text for c in block_candidates(Keyness.of(spans), 1, spans[1])]
    assert found and found[0] == "Le broyage des branches", found


def test_an_action_noun_keeps_the_complement_the_parse_cut_off(pages):
    # « L'absence de détection systématique et automatisée des infractions… »: the parser hangs
    # « des infractions » on the participle, and « L'absence de détection systématique »
    # reads amputated (détection de quoi ?); a phrase that is whole is still proposed
    from seo_audit.outline.statement import _complement_left_out

    annotated = annotated_from("Titre\n\nL’absence de détection systématique et automatisée des infractions "
                               "commises génère de nombreux angles morts de surveillance.\n")
    tokens = [t for t in annotated.doc if not t.is_space]
    first = next(k for k, t in enumerate(tokens) if t.text.startswith("L"))
    tokens = tokens[first:]
    stump = tokens[:5]
    assert [t.text for t in stump][-1] == "systématique"
    assert _complement_left_out(stump)
    angles = [t for t in tokens if t.text in ("angles", "morts", "de", "surveillance")
              and t.i > tokens[9].i]
    assert not _complement_left_out(angles)


def test_reach_counts_the_share_of_the_block_a_word_family_reaches():
    annotated = annotated_from("Titre\n\nLa fiabilisation des données avance. Les agents doivent fiabiliser les "
                               "fichiers. La mairie publie un rapport annuel.\n")
    sentences = [[t for t in s] for s in annotated.block_span(annotated.article.blocks[0]).sents]
    reach = Reach.of(sentences)
    share, hits = reach.share({"fiabil"})   # « fiabilisation », « fiabiliser »
    assert hits == 2 and 0.5 < share < 0.8


def _headings(annotated, settings=None) -> dict[int, str]:
    return {b.start_line: b.subheading for b in propose(annotated, settings=settings).blocks if b.insert}


def test_a_lead_in_before_bold_lines_labels_them(pages):
    # « Voici les conséquences d'un non archivage : » then « **Information inaccessible** »,
    # « **Défaut de conformité réglementaire** »…: the lead-in names the series, one item does
    # not (the panel rated « La perte de documents » 1: « il faudrait Les conséquences d'un
    # non-archivage »)
    assert _labels(pages["gap"], "Si la mise en place", "Information inaccessible") == ["Les conséquences d’un non archivage"]
    assert _headings(pages["gap"])[35] == "Les conséquences d’un non archivage"


def test_a_lead_in_before_paragraphs_of_infinitives_labels_them(pages):
    # « La stratégie envisagée se décline en trois axes : » then « Intervenir… », « Initier… »:
    # the subject of « se décliner » is what the items share
    found = _labels(pages["evalpro"], "La stratégie envisagée", "Initier une offre")
    assert found and found[0].startswith("La stratégie"), found
    # a lead-in's subject that only acts is still no label (« Le bénéficiaire … pourra : »)
    annotated = annotated_from("# Jardin\n\nLe jardin ouvre ses portes.\n\nLe jardinier bénévole pourra :\n\n"
                               "Arroser les parcelles du quartier.\n\nRécolter les légumes mûrs.\n", "markdown")
    assert [lb.phrase.text for lb in block_labels(annotated, tuple(annotated.article.blocks[1:]))] == []


def test_examples_of_use_cases_label_the_cases(pages):
    # « Exemples de cas d'usage : » and its two bullets: the cases are the block's topic, one
    # bullet's « donnée RNCP » is a detail (the panel's 0 for a phrase of one bullet)
    assert _labels(pages["api-apprentissage"], "Exemples de cas", "Un service qui") == ["Cas d’usage"]


def test_a_passive_lead_in_names_what_its_list_spells_out():
    annotated = annotated_from("# Inspection\n\nL'inspection conseille le Gouvernement.\n\n"
                               "Cinq besoins principaux ont été identifiés :\n\n- La recherche documentaire ;\n"
                               "- L'appui aux missions support.\n", "markdown")
    assert [lb.phrase.text for lb in block_labels(annotated, tuple(annotated.article.blocks[1:]))] == [
        "Cinq besoins principaux"]


def test_a_studys_title_in_quotes_and_a_bare_judgement_are_not_headings(pages):
    # « Selon l'étude « Les Dirigeants de PME-ETI face à l'urgence climatique » de Bpifrance,
    # 80 % des dirigeants … ont conscience de l'urgence climatique »: the study's title is a
    # name; « L'urgence climatique », a judgement with only an adjective, was the panel's 0
    # (« vague, vaudrait pour tout l'article »)
    heading = _headings(pages["mission-transition"], BEFORE_LAYOUT)[37]
    assert heading and "urgence" not in heading.lower() and "Dirigeants de PME-ETI" not in heading, heading


def test_what_a_negated_verb_denies_is_no_heading_and_a_demonstrative_gets_its_article(pages):
    # « …ne permet pas de garder la trace d'informations-clés » is what the block says is missing;
    # « De ce manque de vision globale découle… » names the block's problem: « Le manque de
    # vision globale »; « L'absence de détection systématique » (de quoi ?) was the panel's 0
    # (the block that opens on « L’absence de détection… » and holds « De ce manque… »)
    heading = _headings(pages["monitorfish"])[36]
    assert heading == "Le manque de vision globale", heading
    found = [c.phrase.text for c in _block_candidates(pages["monitorfish"], 36)]
    assert not any(t.startswith(("La trace", "Garder la trace", "L’absence de détection")) for t in found), found


def test_a_manner_adverbial_is_the_verbs():
    annotated = annotated_from("Titre\n\nLe jardin partagé accueille les habitants chaque samedi.\n\n"
                               "Grâce au courriel, nous pourrons simplifier le processus de différentes manières. "
                               "Le processus d'inscription des familles devient plus rapide.\n")
    spans = [[annotated.block_span(b)] for b in annotated.article.blocks if b.kind == "paragraph"]
    found = [c.phrase.text for c in block_candidates(Keyness.of(spans), len(spans) - 1, spans[-1])]
    assert "Le processus d'inscription des familles" in found, found
    assert not any("manières" in t for t in found), found


def _block_candidates(annotated, line: int) -> list:
    from seo_audit.outline.segment import segment

    segments = segment(annotated)
    spans = [[annotated.block_span(b) for b in s.blocks] for s in segments]
    keyness = Keyness.of(spans)
    index = next(i for i, s in enumerate(segments) if annotated.article.locate(s.blocks[0]).line == line)
    return block_candidates(keyness, index, spans[index], [b.kind for b in segments[index].blocks])


def test_the_last_resort_heading_is_not_a_vague_judgement():
    # « Pour l'usager : un retour immédiat sur ses pièces », « Pour l'instructeur : un gain de
    # temps… » (fixtures/labels/document-ia.md): no argument passes, and the fallback's « Un
    # retour immédiat », one item and a judgement, was rated 0; none is better than a bad one
    from conftest import FIXTURES

    outline = propose(annotate(read_path(str(FIXTURES / "labels" / "document-ia.md"))))
    headings = {b.start_line: b.subheading for b in outline.blocks}
    assert headings[47] is None and not any(b.insert for b in outline.blocks if b.start_line == 47)
    assert headings[63] == "Les fonctionnalités"  # the lead-in of the next block still names it


def test_a_template_label_heads_its_block_a_lone_label_of_the_author_kept():
    # « **Objectif d'usage à 6 mois :** … » and « **Objectif d'impact à 6 mois :** … » share
    # « Objectif », the template heading of the block that opens on them (fixtures/labels/
    # li-ane.md): a phrase of the block instead (« La lecture et le contrôle de conformité »)
    # was rated 0 by both raters of the session-4 panel, « détail » and « amputé »;
    # « Nos bénéfices : » over three bullets gives « Bénéfices », the author's word for what
    # follows (fixtures/beta-startup-diagbruit.md, the block that opens on it)
    from conftest import FIXTURES

    liane = propose(annotate(read_path(str(FIXTURES / "labels" / "li-ane.md"))))
    assert next(b for b in liane.blocks if b.start_line == 64).subheading == "Objectif"
    diagbruit = propose(annotate(read_path(str(FIXTURES / "beta-startup-diagbruit.md"))))
    assert {b.start_line: b.subheading for b in diagbruit.blocks}[71] == "Bénéfices"


def test_a_credit_line_is_no_statement_of_its_block():
    # « Christophe Soulard et Rémy Heitz - Chefs de la Cour de cassation et présidents des
    # formations du Conseil supérieur de la magistrature, Sponsors de Fondation » (beta.gouv.fr,
    # « Fondation »): a sponsor's titles, where « Les formations du Conseil supérieur de la
    # magistrature » was offered as the block's heading
    from seo_audit.outline.statement import _credit

    def tokens(text: str) -> list:
        annotated = annotated_from(f"Titre\n\n{text}\n")
        return list(annotated.block_span(annotated.article.blocks[-1]))

    assert _credit(tokens("Christophe Soulard et Rémy Heitz - Chefs de la Cour de cassation et présidents des "
                          "formations du Conseil supérieur de la magistrature, Sponsors de Fondation"))
    assert _credit(tokens("Valérie AGLIETTI : Chargée de mission prévention et promotion de la santé."))
    assert not _credit(tokens("Démarche Numérique permet la digitalisation de démarches administratives."))
    assert not _credit(tokens("Le Conseil supérieur de la magistrature traite 1 500 dossiers par an."))


def test_the_reasons_a_lead_in_announces_label_its_list():
    annotated = annotated_from("# Dépistage\n\nLe dépistage du cancer est organisé pour toutes les femmes.\n\n"
                               "Mais certaines femmes ne participent pas au dépistage pour des raisons de praticité :\n\n"
                               "- Courrier non reçu car l'adresse postale est obsolète\n"
                               "- Difficultés pour se rendre dans un centre de radiologie\n", "markdown")
    assert [lb.phrase.text for lb in block_labels(annotated, tuple(annotated.article.blocks[1:]))] == [
        "Les raisons de praticité"]


def test_items_of_a_series_the_previous_block_announced_get_no_heading_of_their_own(pages):
    # « Voici les conséquences d'un non archivage : » then five bold items; the segmenter cuts
    # before the fourth (« **Création d'un arriéré très coûteux** », « **Pertes de temps** »):
    # « Une perte de temps », the last item, was the panel's 0 (« ne couvre que le dernier point »)
    outline = propose(pages["gap"])
    blocks = {b.start_line: b for b in outline.blocks}
    assert blocks[35].insert and blocks[35].subheading == "Les conséquences d’un non archivage"
    assert not blocks[47].insert and blocks[47].subheading is None


def test_a_common_noun_the_tagger_took_for_a_name_is_a_label(pages):
    # « **Communication** » over its bullets: the entity recogniser tags the lone word MISC, but
    # it is a common noun (a name such as « LIAne » stays refused by its capitals)
    assert _labels(pages["cas-par-4"], "Communication", "Il n'y a pas") == ["Communication"]


@pytest.mark.parametrize("sentence, expected", [
    ("De ce manque de vision globale découle une difficulté du terrain.", "Le manque de vision globale"),
    ("De cet oubli des règles de pêche découle une difficulté du terrain.", "L'oubli des règles de pêche"),
    ("De cette absence de suivi des plans découle une difficulté du terrain.", "L'absence de suivi des plans"),
    ("Ces retards de paiement des aides pèsent sur le terrain.", "Les retards de paiement des aides"),
])
def test_a_demonstrative_takes_the_article_its_gender_and_number_ask(sentence, expected):
    intro = "Le port de pêche accueille les chalutiers. Les chalutiers débarquent le poisson chaque matin."
    annotated = annotated_from(f"Le port\n\n{intro}\n\n{sentence} Le terrain attend une réponse rapide.\n")
    spans = [[annotated.block_span(b)] for b in annotated.article.blocks if b.kind == "paragraph"]
    found = [c.phrase.text for c in block_candidates(Keyness.of(spans), 1, spans[1])]
    assert expected in found, found


def test_an_influence_with_a_ranking_adjective_is_vague():
    # « … ont une influence significative » (a session-3 panel page) was proposed for a block
    # about what brings jobseekers back to work
    assert vague_topic(frozenset({"influence", "significatif"}), "influence", frozenset())
    assert not vague_topic(frozenset({"influence", "lobby", "europeen"}), "influence", frozenset())


def test_a_duration_alone_is_no_heading():
    # « … on peut définir intelligemment les 6 mois à venir en se posant les questions
    # suivantes : » (a beta.gouv.fr blog post, session-3 panel): « Les 6 mois » names no topic
    from seo_audit.outline.headings import choose_headings
    from seo_audit.outline.segment import segment

    text = ("# Objectifs\n\nLe sponsor rencontre l'intrapreneur deux fois par an pour décider de la suite.\n\n"
            "Sur chacun des axes produit, marché et diffusion, on peut définir intelligemment les 6 mois à venir "
            "en se posant les questions suivantes :\n\n- Quelles étapes intermédiaires astucieuses viser ?\n"
            "- Quels signaux de diffusion suivre chaque semaine ?\n")
    annotated = annotated_from(text, "markdown")
    segments = segment(annotated)
    choices = choose_headings(annotated, segments, [True] * len(segments), None)
    assert all(c.subheading != "Les 6 mois" for c in choices), [c.subheading for c in choices]
    labels = block_labels(annotated, tuple(annotated.article.blocks[1:]))
    assert [lb.phrase.text for lb in labels] == ["Les 6 mois"]  # the label exists, and is refused as a heading


def test_a_question_put_to_the_reader_is_a_call_to_action_not_a_heading():
    """« Vous souhaitez vous inscrire sur DomiFa ? Obtenir des renseignements sur la
    plateforme ? » (beta.gouv.fr, domifa.md) gave the heading « Obtenir des renseignements
    sur la plateforme »; the same question asked of no one stays a statement's source."""
    intro = ("DomiFa est une plateforme en ligne qui permet de sécuriser et optimiser la gestion des "
             "domiciliations administratives.")

    def found(block: str) -> list[str]:
        annotated = annotated_from(f"DomiFa\n\n{intro}\n\n{block}\n")
        spans = [[annotated.block_span(b)] for b in annotated.article.blocks if b.kind == "paragraph"]
        return [c.phrase.text for c in block_candidates(Keyness.of(spans), len(spans) - 1, spans[-1])]

    to_reader = found("Vous souhaitez vous inscrire sur DomiFa ? Obtenir des renseignements sur la plateforme ?")
    assert not any("renseignements" in t for t in to_reader), to_reader
    asked = found("Les structures souhaitent s’inscrire sur DomiFa. Obtenir des renseignements sur la plateforme ?")
    assert any("renseignements" in t for t in asked), asked
