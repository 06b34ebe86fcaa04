"""Thresholds configured for a rule reach every figure that depends on them, not only the
rule: the report's summary (RDB002's long sentence) and the French gate (LNG001)."""

from __future__ import annotations

from seo_audit.audit import Options, evaluate
from seo_audit.ruleset import load_ruleset

from conftest import annotated_from

# 4 sentences: 25, 12, 7 and 5 words (counted by hand).
TEXT = ("Le canal de communication entre Washington et Moscou est resté ouvert pendant toute "
        "la durée de la crise, selon plusieurs responsables américains interrogés cette semaine. "
        "Les deux capitales échangent des messages par des intermédiaires discrets et sûrs. "
        "Personne ne confirme officiellement ces échanges réguliers. "
        "Le Kremlin dément toute négociation.\n")

ENGLISH = ("Inside the back channel\n\n"
           "Everything was done to make sure that Russia did not see the American hand in all of "
           "this, said the president of the Eurasia Group, who was the first to write about it.\n\n"
           "A senior administration official confirmed the backchanneling with Moscow, noting that "
           "such open channels are regularly used when officials have messages to pass along.\n")


def _ruleset(tmp_path, table: str):
    path = tmp_path / "maison.toml"
    path.write_text('extends = "default"\n' + table, encoding="utf-8")
    return load_ruleset(str(path))


def test_the_summary_counts_long_sentences_by_rdb002s_threshold(tmp_path):
    annotated = annotated_from(TEXT)
    default = evaluate(annotated, Options(ruleset=load_ruleset("default")))
    assert default.metrics["long_sentence_share"] == 25.0  # 1 of 4 over 20 words
    strict = evaluate(annotated, Options(ruleset=_ruleset(tmp_path, "[rules.RDB002]\nmax_words = 10\n")))
    assert strict.metrics["long_sentence_share"] == 50.0  # 25 and 12 words


def test_the_french_gate_is_lng001s_parameter(tmp_path):
    annotated = annotated_from(ENGLISH)
    default = evaluate(annotated, Options(ruleset=load_ruleset("default")))
    assert default.outcomes["RDB002"] == "skip" and default.outcomes["LNG001"] == "fail"
    lenient = evaluate(annotated, Options(ruleset=_ruleset(tmp_path, "[rules.LNG001]\nmin_french_share = 0.0\n")))
    assert lenient.outcomes["LNG001"] == "pass" and lenient.outcomes["RDB002"] != "skip"


def test_ruleset_param_reads_the_set_then_the_declaration(tmp_path):
    ruleset = _ruleset(tmp_path, "[rules.STR002]\nmax_words = 250\n")
    assert ruleset.param("STR002", "max_words") == 250
    assert ruleset.param("TTL002", "max_chars") == 60
    ruleset.settings.pop("TTL002")
    assert ruleset.param("TTL002", "max_chars") == 60
