"""KW, TTL004–005, MET003 and IMG rules: each one triggering on a French example, and not."""

from __future__ import annotations

from conftest import problems, report_for

FILLER = ("Le conseil municipal a voté le budget de la ville pour l’année prochaine, "
          "après un long débat sur les écoles et les transports. ")  # 23 words


def body(paragraphs: list[str]) -> str:
    return "\n\n".join(paragraphs)


def md(text: str, title: str = "Un jardin partagé pour le quartier", slug: str = "jardin-partage",
       description: str | None = None, keyphrase: str | None = None) -> str:
    front = [f'title: "{title}"', f"slug: {slug}"]
    if description:
        front.append(f'description: "{description}"')
    if keyphrase:
        front.append(f'keyphrase: "{keyphrase}"')
    return "---\n" + "\n".join(front) + "\n---\n\n" + text + "\n"


# A 230-word article where « jardin partagé » occurs at the start, middle and end.
SPREAD = body([
    "Le jardin partagé du quartier ouvre ses portes samedi. " + FILLER * 2,
    FILLER * 2 + "Les habitants du jardin partagé plantent des tomates.",
    FILLER * 2 + "Chacun peut rejoindre le jardin partagé, même sans expérience.",
    FILLER * 2,
])
KP = "jardin partagé"


def test_kw001_no_keyphrase_gives_a_suggestion(mission_text):
    found = problems("KW001", mission_text)
    assert len(found) == 1 and "suggestion" in found[0].message
    assert found[0].value in found[0].message
    assert problems("KW001", mission_text, keyphrase="Poutine") == []


def test_kw002_first_paragraph():
    assert problems("KW002", md(SPREAD), "markdown", keyphrase=KP) == []
    late = body([FILLER, "Le jardin partagé ouvre samedi."])
    found = problems("KW002", md(late), "markdown", keyphrase=KP)
    assert len(found) == 1 and "premier paragraphe" in found[0].message


def test_kw003_density():
    assert problems("KW003", md(SPREAD), "markdown", keyphrase=KP) == []  # 3 / 230 words
    rare = body([FILLER * 5, "Le jardin partagé ouvre.", FILLER * 5])   # 1 / 234 words
    low = problems("KW003", md(rare), "markdown", keyphrase=KP)
    assert len(low) == 1 and "minimum 0,5 %" in low[0].message
    stuffed = body(["Le jardin partagé, un jardin partagé, le jardin partagé. " * 4 + FILLER * 4])
    high = problems("KW003", md(stuffed), "markdown", keyphrase=KP)
    assert len(high) == 1 and "maximum 3 %" in high[0].message


def test_kw003_counts_word_forms():
    # the plural counts: 2 occurrences in 23 × 4 + 9 = 101 words
    text = body([FILLER * 4 + "Les jardins partagés et le jardin partagé du centre."])
    assert problems("KW003", md(text), "markdown", keyphrase=KP, min_percent=2.0)[0].value == round(
        100 * 2 / 101, 2)


def test_kw004_subheadings():
    def article(headings: list[str]) -> str:
        parts = [SPREAD]
        for heading in headings:
            parts += [f"## {heading}", FILLER]
        return md(body(parts))

    ok = article(["Pourquoi un jardin partagé", "Le calendrier", "Les outils", "Le jardin partagé en hiver"])
    assert problems("KW004", ok, "markdown", keyphrase=KP) == []
    few = problems("KW004", article(["Le calendrier", "Les outils", "Les voisins", "Le jardin partagé"]),
                   "markdown", keyphrase=KP)
    assert len(few) == 1 and "au moins 30 %" in few[0].message
    many = problems("KW004", article(["Jardin partagé : pourquoi", "Le jardin partagé l’été",
                                      "Jardins partagés d’ailleurs", "Le calendrier du jardin partagé"]),
                    "markdown", keyphrase=KP)
    assert len(many) == 1 and "bourrage" in many[0].message


def test_kw005_slug():
    assert problems("KW005", md(SPREAD, slug="jardin-partage-quartier"), "markdown", keyphrase=KP) == []
    found = problems("KW005", md(SPREAD, slug="budget-municipal"), "markdown", keyphrase=KP)
    assert len(found) == 1 and "budget-municipal" in found[0].message
    # elisions spelt out in the slug, function words optional
    enclos = md(SPREAD, slug="amenagement-de-l-enclos")
    assert problems("KW005", enclos, "markdown", keyphrase="aménagement de l’enclos") == []


def test_kw006_spread():
    assert problems("KW006", md(SPREAD), "markdown", keyphrase=KP) == []
    clustered = body(["Le jardin partagé ouvre. Le jardin partagé plaît. " + FILLER, FILLER * 6])
    found = problems("KW006", md(clustered), "markdown", keyphrase=KP)
    assert len(found) == 1 and "le milieu, la fin" in found[0].message


def test_kw007_length():
    assert problems("KW007", md(SPREAD), "markdown", keyphrase="jardin partagé de la ville") == []
    long = "grand jardin partagé municipal du centre historique"
    found = problems("KW007", md(SPREAD), "markdown", keyphrase=long)
    assert len(found) == 1 and found[0].value == 6


def test_ttl004_and_ttl005_title():
    assert problems("TTL004", md(SPREAD), "markdown", keyphrase=KP) == []
    assert problems("TTL005", md(SPREAD, title="Jardin partagé : le quartier s’organise"),
                    "markdown", keyphrase=KP) == []
    missing = problems("TTL004", md(SPREAD, title="Le quartier se met au vert cette année"),
                       "markdown", keyphrase=KP)
    assert len(missing) == 1
    late = problems("TTL005", md(SPREAD, title="Le quartier se met au vert avec un jardin partagé"),
                    "markdown", keyphrase=KP)
    assert len(late) == 1 and "seconde moitié" in late[0].message


def test_met003_description():
    good = md(SPREAD, description="Le jardin partagé du quartier ouvre samedi : comment participer.")
    assert problems("MET003", good, "markdown", keyphrase=KP) == []
    bad = md(SPREAD, description="Le quartier ouvre un nouvel espace vert samedi : comment participer.")
    assert len(problems("MET003", bad, "markdown", keyphrase=KP)) == 1


def test_img_rules():
    with_alt = md(SPREAD + "\n\n![Le jardin partagé au printemps](jardin.jpg)")
    without_alt = md(SPREAD + "\n\n![](jardin.jpg)")
    other_alt = md(SPREAD + "\n\n![Des tomates](tomates.jpg)")
    assert problems("IMG001", with_alt, "markdown", keyphrase=KP) == []
    assert len(problems("IMG001", md(SPREAD), "markdown", keyphrase=KP)) == 1
    assert problems("IMG002", with_alt, "markdown", keyphrase=KP) == []
    assert len(problems("IMG002", without_alt, "markdown", keyphrase=KP)) == 1
    assert problems("IMG003", with_alt, "markdown", keyphrase=KP) == []
    assert len(problems("IMG003", other_alt, "markdown", keyphrase=KP)) == 1
    assert problems("IMG001", SPREAD, "text") == []  # a plain-text draft cannot hold images


def test_report_shows_suggestion_then_given_keyphrase(mission_text):
    suggested = report_for(mission_text)
    assert suggested.keyphrase_suggested and suggested.keyphrase
    assert len(suggested.keyphrase_alternatives) == 4 and suggested.keywords
    assert suggested.outcomes["KW001"] == "fail"
    given = report_for(mission_text, keyphrase="Poutine")
    assert given.keyphrase == "Poutine" and not given.keyphrase_suggested
    assert given.keyphrase_alternatives == [] and given.outcomes["KW001"] == "pass"
    assert given.outcomes["TTL004"] == "fail"            # Poutine is not in the title
    assert report_for(mission_text, keyphrase="canal de retour").outcomes["TTL004"] == "pass"


def test_rules_on_a_suggested_keyphrase_are_information_said_once(mission_text):
    report = report_for(mission_text)
    assert report.keyphrase_suggested
    on_guess = [f for f in report.findings if f.code[:2] in ("KW", "TT", "ME", "IM") and f.code != "KW001"
                and "suggérée" in f.message]
    assert on_guess and all(f.severity == "info" for f in on_guess)
    said = [f for f in report.findings if "déclarez-la pour que ces règles comptent" in f.advice]
    assert [f.code for f in said] == ["KW001"]
    assert not any("vous convient" in f.advice for f in report.findings)
    declared = report_for(mission_text, keyphrase="Russie")
    assert any(f.severity == "warning" for f in declared.findings if f.code in ("KW005", "TTL005", "MET003"))


def test_suggestion_follows_the_title_and_the_slug():
    from conftest import annotated_from

    from seo_audit.measures.keywords import suggest_keyphrase

    catchy = ("Le digital bullshit nous guette. Le digital bullshit se cache partout, dit-elle. "
              "Le digital bullshit coûte cher. ")
    text = md(body([
        "Nous avons organisé un hackathon à Paris. " + catchy,
        catchy + "Le hackathon a réuni cinquante personnes.",
        FILLER + catchy,
    ]), title="Notre premier hackathon à Paris", slug="premier-hackathon")
    found = suggest_keyphrase(annotated_from(text, "markdown"))
    assert found.keyphrase is not None and "hackathon" in found.keyphrase.lower()
    assert any("bullshit" in a.lower() for a in found.alternatives)


def test_kw003_never_asks_for_as_many_occurrences_as_there_already_are():
    """0,5 % of 430 words is 2,15: rounding told an article with 2 occurrences to use the
    keyphrase « au moins 2 fois »; it needs 3."""
    from seo_audit.checks.keyphrase import occurrences_needed

    assert occurrences_needed(2, 430, 0.5) == 3
    assert occurrences_needed(0, 400, 0.5) == 2   # exactly 0,5 %
    assert occurrences_needed(1, 100, 0.5) == 2   # 1 % already: never « 1 fois » again
