"""LNK rules on one article: a French article that triggers each, and one that does not.

The articles are beta.gouv.fr blog posts (fixtures/site/blog, see fixtures/README.md);
where a test changes one, the change is written out here.
"""

from __future__ import annotations

from conftest import problems, read_fixture

FORMER = read_fixture("site/blog/2017-02-27-comment-former-des-intrapreneurs.md")
CONDITIONS = read_fixture("site/blog/2017-03-06-intrapreneur-les-conditions-du-succes.md")
EQUIPES = read_fixture("site/blog/2016-11-28-equipes-autonomes.md")
MES_AIDES = read_fixture("2017-05-03-mes-aides-datascience-public.md")


# --- LNK001 internal links -------------------------------------------------------------

def test_lnk001_article_without_any_link_triggers():
    found = problems("LNK001", EQUIPES, "markdown")
    assert len(found) == 1 and found[0].value == 0 and found[0].threshold == 1


def test_lnk001_root_relative_links_are_internal():
    assert problems("LNK001", CONDITIONS, "markdown") == []  # /2017/02/16/…html, /2017/02/27/…html


def test_lnk001_own_host_counts_as_internal_and_mailto_does_not():
    text = EQUIPES.replace("Une Startup d'État est", "Une [Startup d'État](https://beta.gouv.fr/approche) est")
    assert len(problems("LNK001", text, "markdown")) == 1  # another host by default
    assert problems("LNK001", text, "markdown", site_hosts="beta.gouv.fr") == []
    mail = EQUIPES.replace("Une Startup d'État est", "Une [Startup d'État](mailto:contact@beta.gouv.fr) est")
    assert len(problems("LNK001", mail, "markdown")) == 1


# --- LNK002 outbound links -------------------------------------------------------------

def test_lnk002_only_internal_links_and_mailto_trigger():
    found = problems("LNK002", CONDITIONS, "markdown")  # two internal links and a mailto:
    assert len(found) == 1 and found[0].value == 0


def test_lnk002_link_to_another_host_passes():
    assert problems("LNK002", MES_AIDES, "markdown") == []  # https://agd.data.gouv.fr …


# --- LNK003 competing links --------------------------------------------------------------

def test_lnk003_keyphrase_as_link_text_triggers():
    # « [rôle d’intrapreneur·euse de Startup d'État](/2017/02/16/…) »
    found = problems("LNK003", CONDITIONS, "markdown", keyphrase="startup d'état")
    assert len(found) == 1
    assert found[0].location.line == 7
    assert "/2017/02/16/intrapreneur-startup-d-etat.html" in found[0].message


def test_lnk003_keyphrase_absent_from_link_texts_passes():
    assert problems("LNK003", CONDITIONS, "markdown", keyphrase="conditions du succès") == []


# --- LNK004 links that say nothing ---------------------------------------------------------

def test_lnk004_cliquez_ici_and_ici_trigger():
    # the post's « Un [précédent article](…) » made into « [Cliquez ici](…) »
    text = FORMER.replace("Un [précédent article]", "[Cliquez ici !]").replace(
        "« [prouvé](/startups#consolidation) »", "« prouvé » ([ici](/startups#consolidation))")
    found = problems("LNK004", text, "markdown")
    assert [p.location.line for p in found] == [7, 29]
    assert "Cliquez ici" in found[0].message


def test_lnk004_descriptive_link_text_passes():
    assert problems("LNK004", FORMER, "markdown") == []  # « précédent article », « prouvé »
    # « ici » inside a longer text says where the link leads
    text = FORMER.replace("Un [précédent article]", "Un [article publié ici en février]")
    assert problems("LNK004", text, "markdown") == []


# --- LNK006 anchors in the same article ---------------------------------------------------

def test_lnk006_anchor_no_heading_produces_triggers():
    text = FORMER.replace("## Conclusion", "## Conclusion\n\nVoir [les renforts](#les-renfort).")
    found = problems("LNK006", text, "markdown")
    assert len(found) == 1 and "#les-renfort" in found[0].message


def test_lnk006_heading_ids_of_jekyll_and_hugo_pass():
    # « ## Le dialogue avec ses pairs », « ## Des conditions qui dépendent de sa structure »
    text = FORMER.replace("## Conclusion", "## Conclusion\n\nVoir [les pairs](#le-dialogue-avec-ses-pairs) "
                          "et [le haut](#top).")
    assert problems("LNK006", text, "markdown") == []
    accents = CONDITIONS.replace("## Conclusion", "## Conclusion\n\n[Hugo](#des-conditions-qui-dépendent-de-sa-structure), "
                                 "[kramdown](#des-conditions-qui-dpendent-de-sa-structure), "
                                 "[translittéré](#des-conditions-qui-dependent-de-sa-structure).")
    assert problems("LNK006", accents, "markdown") == []
