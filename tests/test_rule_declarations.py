"""One home per rule: its parameters dataclass declares defaults, types, allowed values,
bounds and sources; the rule set, `rules/default.toml`, `seo-audit rule` and SARIF read it."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import pytest

from seo_audit import checks
from seo_audit.audit import audit
from seo_audit.checks import Context, Finding, Params, Problem, all_rules, param, rule
from seo_audit.checks.defaults import default_toml
from seo_audit.errors import ConfigError
from seo_audit.ruledoc import _shown, rule_page
from seo_audit.ruleset import load_ruleset

from conftest import article_from

DEFAULT_TOML = Path(__file__).resolve().parent.parent / "rules" / "default.toml"


def test_default_toml_is_generated_from_the_declarations():
    assert DEFAULT_TOML.read_text(encoding="utf-8") == default_toml(), (
        "rules/default.toml is stale: python -m seo_audit.checks.defaults > rules/default.toml")


def test_default_set_holds_every_declared_default():
    settings = load_ruleset("default").settings
    for code, spec in all_rules().items():
        assert settings[code].severity == spec.severity, code
        assert settings[code].params == spec.defaults, code


@pytest.mark.parametrize("table, message", [
    ("[rules.STR001]\nmax_words = -5\n", "« rules.STR001.max_words » vaut -5 ; attendu : un entier ≥ 0."),
    ("[rules.TYP001]\ngroup = \"bogus\"\n",
     "« rules.TYP001.group » vaut 'bogus' ; valeurs permises : « auto », « article », « paragraph », « none »."),
    ("[rules.TYP001]\ncolon = \"U+9999\"\n",
     "« rules.TYP001.colon » vaut 'U+9999' ; valeurs permises : « U+00A0 », « U+202F »."),
    ("[rules.KW004]\nmax_share = 75\n", "« rules.KW004.max_share » vaut 75 ; attendu : un nombre entre 0 et 1."),
    ("[rules.TYP002]\napostrophe = \"`\"\n", "« rules.TYP002.apostrophe » vaut '`'"),
    ("[rules.LEN001]\nmin_words = 7.5\n", "« rules.LEN001.min_words » doit être un entier, pas 7.5."),
])
def test_out_of_range_or_unknown_values_name_file_key_and_what_is_allowed(tmp_path, table, message):
    path = tmp_path / "maison.toml"
    path.write_text('extends = "default"\n' + table, encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_ruleset(str(path))
    assert str(caught.value) == f"{path} : {message}" or (
        str(caught.value).startswith(f"{path} : ") and message in str(caught.value))


def test_a_project_configuration_is_validated_the_same_way(tmp_path):
    from seo_audit.config import load_config

    path = tmp_path / "seo-audit.toml"
    path.write_text("[rules.STR005]\nmax_words = 0\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"« rules\.STR005\.max_words » vaut 0 ; attendu : un entier ≥ 1"):
        load_config(path)


def test_checks_receive_typed_parameters():
    spec = all_rules()["RDB002"]
    bound = spec.bind(load_ruleset("default").settings["RDB002"].params)
    assert (bound.max_words, bound.max_share) == (20, 25.0)
    assert spec.summary == "Au plus max_share % des phrases dépassent max_words mots."
    assert spec.summary_with({"max_words": 18, "max_share": 30.0}) == \
        "Au plus 30.0 % des phrases dépassent 18 mots."


def test_a_share_reads_as_a_percentage_wherever_a_summary_is_shown():
    """KW004's summary read « dans 0,3 à 0,75 des sous-titres » (the rule set's fractions);
    a reader reads percentages, as the finding itself says them (« 1 sous-titre sur 4 (25 %) »)."""
    spec = all_rules()["KW004"]
    assert spec.specs["min_share"].is_share and not all_rules()["RDB002"].specs["max_share"].is_share
    assert spec.summary_with({"min_share": 0.3, "max_share": 0.75}, _shown) == \
        "L’expression clé figure dans 30 % à 75 % des sous-titres H2/H3."
    assert "au plus 40 % des parties sans elle" in all_rules()["KW006"].summary_with({"max_empty_share": 0.4}, _shown)
    assert "L’expression clé figure dans 30 % à 75 % des sous-titres H2/H3." in rule_page("KW004")


def test_every_shipped_rule_is_documented_in_french_in_its_declaration():
    """`seo-audit rule` speaks French, read from the declarations alone (no second home):
    every shipped rule says what it checks and why, and its sources are the declared ones."""
    rules = all_rules()
    undocumented = [code for code, spec in rules.items() if not (spec.what and spec.why)]
    assert undocumented == []
    text = " ".join(rule_page("MET002").split()).replace("\u00a0", " ")
    assert "Pourquoi Yoast SEO recommande 120 à 156 caractères : plus courte" in text
    assert "min_chars : Yoast SEO, longueur de la meta description" in rule_page("MET002")
    assert "sévérité : la commande demande un titre travaillé" in rule_page("TTL001")


def test_rule_doc_reads_allowed_values_and_sources_from_the_declaration():
    text = rule_page("TYP001")
    assert 'group = "auto"   (« auto », « article », « paragraph », « none »)' in text
    assert "colon : avant « : » : espace insécable (Imprimerie nationale)" in text
    assert "max_words = 300   (un entier ≥ 1)" in rule_page("STR002")


# --- Adding a rule: function + parameters, TOML entry, test; nothing else changes. ------

@dataclass(frozen=True)
class ExclamationsParams(Params):
    max_marks: int = param(1, "house style: one « ! » per article at most", minimum=0)
    count: Literal["paragraphs", "marks"] = param("marks")


def _register_exclamation_rule() -> None:
    @rule("XYZ001", "points-d-exclamation", "Au plus {max_marks} point(s) d’exclamation.",
          ExclamationsParams, severity="warning", source="house style")
    def exclamations(ctx: Context, p: ExclamationsParams) -> Iterator[Finding]:
        """Counts « ! » in paragraphs.

        Why: a calm tone reads as trustworthy."""
        marks = sum(b.text.count("!") for b in ctx.article.paragraphs)
        if marks > p.max_marks:
            yield Problem(f"{marks} points d’exclamation (maximum {p.max_marks}).",
                          "Gardez-en un au plus.", value=marks, threshold=p.max_marks)


def test_a_new_rule_lives_in_three_places_only(tmp_path, monkeypatch):
    monkeypatch.setattr(checks, "REGISTRY", dict(all_rules()))
    _register_exclamation_rule()
    # The TOML entry, as `python -m seo_audit.checks.defaults` writes it into rules/default.toml
    # (here into a copy in tmp, so that the shipped file is untouched).
    generated = default_toml()
    assert '[rules.XYZ001]\nseverity = "warning"     # house style\nmax_marks = 1' in generated
    (tmp_path / "default.toml").write_text(generated, encoding="utf-8")
    ruleset_path = tmp_path / "maison.toml"
    ruleset_path.write_text('extends = "default.toml"\n[rules.STR001]\nseverity = "off"\n', encoding="utf-8")
    ruleset = load_ruleset(str(ruleset_path))
    assert ruleset.settings["XYZ001"].params == {"max_marks": 1, "count": "marks"}
    article = article_from("Quelle journée ! Le soleil brille ! Tout le monde sort.\n")
    report = audit(article, ruleset)
    found = [f for f in report.findings if f.code == "XYZ001"]
    assert [(f.message, f.value, f.threshold) for f in found] == [
        ("2 points d’exclamation (maximum 1).", 2, 1)]
    assert "max_marks : house style: one « ! » per article at most" in rule_page("XYZ001")
    ruleset_path.write_text('extends = "default.toml"\n[rules.XYZ001]\ncount = "mots"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="rules.XYZ001.count"):
        load_ruleset(str(ruleset_path))


def test_a_malformed_declaration_fails_at_import():
    @dataclass(frozen=True)
    class Bad(Params):
        limit: int = param(-1, minimum=0)

    with pytest.raises(TypeError, match="Bad.limit"):
        rule("XYZ999", "x", "x", Bad, severity="warning")
