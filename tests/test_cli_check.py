"""`seo-audit check` as a user runs it: reports, JSON schema, exit codes, bad input."""

from __future__ import annotations

import io
import json
import re
import shutil
import sys

import pytest
from conftest import FIXTURES

from seo_audit.cli import main

MISSION = str(FIXTURES / "biden-canal-retour-russie.txt")
MD = str(FIXTURES / "2017-05-03-mes-aides-datascience-public.md")
HTML = str(FIXTURES / "wikinews-44269.html")


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_mission_report_shows_length_ok_but_no_subheadings_nor_description(capsys):
    code, out, err = run(capsys, "check", MISSION)
    assert code == 1  # error-level findings: no meta description, no subheadings
    assert "774 mots" in out
    assert "MET001" in out and "STR001" in out
    assert "LEN001" not in out  # 774 ≥ 700: passes, so no finding line
    assert "2 erreurs\u00a0: pas de meta description, pas de sous-titres — lancez seo-audit outline" in out
    assert out.index("✖ MET001") < out.index("▲ RDB002") < out.index("ℹ infos")  # worst first
    assert "KW001" in out.split("ℹ infos")[1].splitlines()[0]  # infos share one line by default
    assert "Aucun sous-titre dans un texte de 774 mots" in out
    assert err == ""


def test_json_schema(capsys):
    code, out, _ = run(capsys, "check", MISSION, "--format", "json")
    data = json.loads(out)
    assert data["schema_version"] == "1.2"
    assert data["tool"]["name"] == "seo-audit"
    assert data["summary"]["files"] == 1
    file = data["files"][0]
    assert set(file) == {"path", "error", "title", "keyphrase", "keyphrase_suggested",
                         "keyphrase_alternatives", "keywords", "scores", "metrics", "outcomes", "limits",
                         "findings"}
    assert file["limits"]["STR002"] == {"max_words": 300}
    assert file["metrics"]["words"] == 774
    assert file["outcomes"]["LEN001"] == "pass" and file["outcomes"]["STR001"] == "fail"
    assert 0 <= file["scores"]["seo"] <= 100
    codes = [f["code"] for f in file["findings"]]
    assert "MET001" in codes and "STR001" in codes
    finding = next(f for f in file["findings"] if f["code"] == "TTL002")
    assert finding["line"] == 1 and finding["value"] == 110 and finding["threshold"] == 60
    assert finding["family"] == "TTL" and finding["severity"] == "warning"
    assert set(finding) == {"code", "name", "family", "severity", "message", "advice", "line", "column",
                            "end_line", "end_column", "excerpt", "value", "threshold"}


def test_json_is_byte_identical_across_runs(capsys):
    first = run(capsys, "check", MISSION, MD, "--format", "json")[1]
    second = run(capsys, "check", MISSION, MD, "--format", "json")[1]
    assert first == second


def test_several_files_one_report_each_one_exit_code(capsys):
    code, out, _ = run(capsys, "check", MISSION, MD, HTML, "--format", "json")
    data = json.loads(out)
    assert [f["path"] for f in data["files"]] == [MISSION, MD, HTML]
    assert code == 1


def test_fail_on(capsys, tmp_path):
    path = tmp_path / "article.md"
    shutil.copy(MD, path)
    # the blog post fails MET001, an error: exit 1 unless --fail-on never
    assert run(capsys, "check", str(path), "--fail-on", "never")[0] == 0
    assert run(capsys, "check", str(path))[0] == 1


def test_standard_input(capsys, monkeypatch):
    text = open(MISSION, encoding="utf-8").read()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(text.encode("utf-8"))))
    code, out, err = run(capsys, "check", "-", "--format", "json")
    data = json.loads(out)
    assert data["files"][0]["path"] == "<stdin>"
    assert data["files"][0]["metrics"]["words"] == 774
    assert code == 1


def test_keyphrase_option_is_reported(capsys):
    _, out, _ = run(capsys, "check", MISSION, "--format", "json", "--keyphrase", "canal de retour")
    assert json.loads(out)["files"][0]["keyphrase"] == "canal de retour"


@pytest.mark.parametrize("name, content, problem", [
    ("absent.md", None, "fichier introuvable"),
    ("vide.md", b"", "le fichier est vide"),
    ("blancs.txt", b"  \n\n \t\n", "le fichier est vide"),
    ("image.md", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "fichier binaire"),
    ("latin1.txt", "Un été à la mer.\n".encode("latin-1"), "texte mal encodé"),
    ("casse.md", b"---\ntitle: [oops\n---\nTexte.\n", "front matter YAML invalide"),
    ("notes.docx", b"PK\x03\x04", "extension inconnue"),
])
def test_bad_input_one_sentence_exit_2_batch_goes_on(capsys, tmp_path, name, content, problem):
    bad = tmp_path / name
    if content is not None:
        bad.write_bytes(content)
    code, out, err = run(capsys, "check", str(bad), MISSION, "--format", "json")
    assert code == 2
    lines = err.strip().splitlines()
    assert len(lines) == 1 and problem in lines[0] and str(bad) in lines[0]
    assert "Traceback" not in err
    data = json.loads(out)
    assert data["files"][0]["error"] is not None
    assert data["files"][1]["metrics"]["words"] == 774  # the rest of the batch was audited
    assert data["summary"]["input_errors"] == 1


def test_utf8_bom_and_utf16_are_read(capsys, tmp_path):
    text = open(MISSION, encoding="utf-8").read()
    (tmp_path / "bom.txt").write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    (tmp_path / "utf16.txt").write_bytes(text.encode("utf-16"))
    _, out, err = run(capsys, "check", str(tmp_path / "bom.txt"), str(tmp_path / "utf16.txt"), "--format", "json")
    assert err == ""
    assert [f["metrics"]["words"] for f in json.loads(out)["files"]] == [774, 774]


def test_input_files_are_never_modified(capsys, tmp_path):
    path = tmp_path / "article.md"
    shutil.copy(MD, path)
    before = path.read_bytes()
    run(capsys, "check", str(path), "--format", "json")
    assert path.read_bytes() == before


def test_output_file_written(capsys, tmp_path):
    target = tmp_path / "rapport.json"
    code, out, _ = run(capsys, "check", MISSION, "--format", "json", "--output", str(target))
    assert out == ""
    assert json.loads(target.read_text(encoding="utf-8"))["files"][0]["metrics"]["words"] == 774


def test_bad_rule_set_is_exit_2(capsys, tmp_path):
    rules = tmp_path / "r.toml"
    rules.write_text('extends = "default"\n[rules.LEN001]\nmin_words = "beaucoup"\n', encoding="utf-8")
    code, _, err = run(capsys, "check", MISSION, "--rules", str(rules))
    assert code == 2 and "rules.LEN001.min_words" in err and str(rules) in err


def test_usage_error_is_exit_2(capsys):
    with pytest.raises(SystemExit) as caught:
        main(["check"])
    assert caught.value.code == 2


def test_rule_documentation(capsys):
    code, out, _ = run(capsys, "rule", "len001")
    assert code == 0 and "LEN001" in out and "700" in out
    code, out, _ = run(capsys, "rules")
    assert "STR005" in out and "TTL003" in out
    assert run(capsys, "rule", "ZZZ001")[0] == 2


def test_python_m_entry_point():
    import subprocess

    result = subprocess.run([sys.executable, "-m", "seo_audit", "--version"], capture_output=True, text=True)
    assert result.returncode == 0 and result.stdout.startswith("seo-audit ")


def test_help_is_in_french(capsys):
    with pytest.raises(SystemExit):
        main(["check", "--help"])
    out = capsys.readouterr().out
    assert "afficher cette aide et quitter" in out and "options" in out
    assert "show this help message" not in out


def test_usage_errors_are_in_french(capsys):
    with pytest.raises(SystemExit) as caught:
        main(["check", "x.md", "--format", "pdf"])
    err = capsys.readouterr().err
    assert caught.value.code == 2
    assert "erreur : option --format/-f: choix invalide : 'pdf'" in err and "error:" not in err


def test_quiet_error_line_names_the_file_once(capsys, tmp_path):
    missing = str(tmp_path / "absent.md")
    code, out, _ = run(capsys, "check", missing, "--quiet")
    line = next(l for l in out.splitlines() if "erreur de lecture" in l)
    assert code == 2 and line.count(missing) == 1 and line.endswith("fichier introuvable.")


def test_verbose_shows_every_occurrence_and_the_default_only_the_first(capsys):
    default = run(capsys, "check", MISSION, "--no-cache")[1]
    verbose = run(capsys, "check", MISSION, "--no-cache", "--verbose")[1]
    assert "… et 16 autres (--verbose pour tout voir)" in default  # 18 long sentences, 2 shown
    assert verbose.count(" mots «") >= 18 and "… et 16 autres" not in verbose
    assert len(default.splitlines()) < len(verbose.splitlines())
    assert "ℹ KW001" in verbose


def test_summary_counts_a_share_once_not_its_evidence(capsys):
    """RDB002 lists 18 long sentences and RDB003 7 passive ones as evidence of one share over
    its maximum each: the last line counts each rule once. Counted by hand on the mission
    article: 9 warning rows, plus LNG002's and TYP005's second, distinct problem = 11 (it
    said 36)."""
    out = run(capsys, "check", MISSION, "--no-cache")[1]
    rows = [line for line in out.splitlines() if re.match(r"▲ [A-Z]{3}\d{3} ", line)]
    assert len(rows) == 9 and any(row.startswith("▲ RDB002 ") for row in rows)
    assert out.strip().splitlines()[-1] == "1 fichier : ✖ 2 erreurs, ▲ 11 avertissements, ℹ 2 infos"


def test_json_summary_counts_findings_as_listed_and_problems_as_the_terminal(capsys):
    """JSON's summary agrees with both views of the mission article: `findings` counts the
    36 warnings its `files[].findings` lists, `problems` the 11 warnings of the terminal's
    last line; `-q` lists and counts 36.

    The 36, counted by hand on fixtures/biden-canal-retour-russie.txt (words split at spaces,
    an elided word one word, as RDB002 counts): of its 28 sentences (27 of the body, where
    « réponse. » ends line 9 alone, plus its title or « Source link -57 », both short),
    18 have more than 20 words — the shortest of them « Mais les responsables américains
    soupçonnent… » (line 13), « A court terme, il est clair… » (line 23) and « C’est toujours
    une barre haute… » (line 25) have 23 each, the longest of the 10 others « Si le groupe
    Wagner est mis à l’écart… » 19 —: RDB002's share plus 18 sentences = 19. Passives: « a
    été fait » (l. 3), « sont utilisés » (5), « serait servi » (7), « a été affaibli » (13),
    « a été prise » (15), « est mis » (19), « sera dévoilé » (23), 7 (« a été le premier »,
    « s’est passé » are none): RDB003's share plus 7 = 8. Line 25 has two English findings
    (the bracketed « for Ukraine’s potential NATO membership » and « [NATO] ») and a « « »
    never closed (« « Mais cela aidera. »), line 27 a publishing tool's « Source link -57 »:
    LNG002 2, TYP005 2. One each: no internal link (LNK001), no outbound link (LNK002),
    Flesch (RDB001), title over 60 characters (TTL002) and 600 px (TTL003). 19 + 8 + 2 + 2 +
    5 = 36; the terminal counts RDB002, RDB003 once each: 1 + 1 + 2 + 2 + 5 = 11."""
    data = json.loads(run(capsys, "check", MISSION, "--no-cache", "--format", "json")[1])
    listed = [f["severity"] for f in data["files"][0]["findings"]]
    assert data["summary"]["findings"] == {"error": 2, "warning": 36, "info": 2}
    assert listed.count("warning") == 36 and listed.count("error") == 2
    assert data["summary"]["problems"] == {"error": 2, "warning": 11, "info": 2}
    quiet = run(capsys, "check", MISSION, "--no-cache", "-q")[1].strip().splitlines()
    assert sum(" [avertissement] " in line for line in quiet) == 36
    assert quiet[-1] == "1 fichier : 2 erreurs, 36 avertissements, 2 infos"


def test_rule_documentation_and_list_are_in_french(capsys):
    """`seo-audit rule CODE` and `seo-audit rules` speak French throughout: no English
    function word in any rule's page (RDB003's explanation used to be English)."""
    from seo_audit.checks import all_rules
    from seo_audit.ruledoc import rule_page

    english = re.compile(r"\b(the|is|of|and|when|which|with|are)\b")
    for code in all_rules():
        page = re.sub(r"«[^»]*»|`[^`]*`|\"[^\"]*\"", "", rule_page(code))  # quoted words may be English
        assert not english.search(page.split("Exemple qui la déclenche")[0]), (code, english.findall(page))
    code, out, _ = run(capsys, "rules")
    assert code == 0 and "avert." in out and "warning" not in out
    assert "Au plus 10 % des phrases sont à la voix passive." in out  # values, not parameter names
    code, out, _ = run(capsys, "rule", "RDB003")
    assert "Une phrase est au passif" in out and "avertissement (warning)" in out


def test_publishing_debris_is_reported_by_default(capsys):
    """TYP005 is on by default (measured quiet on clean human prose, see README): the
    mission article's « Source link -57 » and its unclosed « are reported without
    --rules typographie; the house-style rules (TYP001, TYP002) stay opt-in."""
    data = json.loads(run(capsys, "check", MISSION, "--format", "json", "--no-cache")[1])
    typ = [f for f in data["files"][0]["findings"] if f["code"].startswith("TYP")]
    assert {f["code"] for f in typ} == {"TYP005"}
    assert any("Source link -57" in f["message"] for f in typ)
    assert any(f["message"].startswith("« « » ouvert et jamais fermé") for f in typ)


def test_met001_advice_quotes_met002_lengths_in_force(tmp_path, capsys):
    """A missing description is asked for at the lengths MET002 judges, as configured."""
    article = tmp_path / "article.md"
    article.write_text("---\ntitle: Le jardin partagé du quartier ouvre samedi\n---\n\n"
                       "Le jardin partagé du quartier ouvre ses portes samedi à tous les habitants.\n",
                       encoding="utf-8")
    (tmp_path / "seo-audit.toml").write_text("[rules.MET002]\nmin_chars = 70\nmax_chars = 160\n",
                                             encoding="utf-8")
    main(["check", str(article), "--format", "json", "--no-cache"])
    findings = json.loads(capsys.readouterr().out)["files"][0]["findings"]
    advice = next(f["advice"] for f in findings if f["code"] == "MET001")
    assert "de 70 à 160 caractères" in advice


def test_a_bad_byte_is_placed_at_the_line_and_column_an_editor_shows(capsys, tmp_path):
    # « Thé » is valid UTF-8 (é in two bytes); the Latin-1 « é » after it is the fifth
    # character of line 3: T, h, é, space, then the bad byte (counted by hand)
    bad = tmp_path / "melange.txt"
    bad.write_bytes("Titre\n\nThé ".encode("utf-8") + "été\n".encode("latin-1"))
    code, _, err = run(capsys, "check", str(bad), "--format", "json")
    assert code == 2
    assert "octet invalide en UTF-8 à la ligne 3, colonne 5 ;" in err, err


def test_a_bad_code_unit_in_utf16_is_placed_by_characters_not_bytes(capsys, tmp_path):
    # UTF-16-LE with its BOM: « Ċ » (U+010A) is the bytes 0A 01, a 0x0A that is no line
    # break; line 3 holds T, h, é, space, x, then a lone low surrogate (00 DC): column 6,
    # counted by hand (bytes gave line 4 and a misaligned column)
    bad = tmp_path / "utf16.txt"
    bad.write_bytes(b"\xff\xfe" + "Ċa\n\nThé x".encode("utf-16-le") + b"\x00\xdc" + "y\n".encode("utf-16-le"))
    code, _, err = run(capsys, "check", str(bad), "--format", "json")
    assert code == 2
    assert "octet invalide en UTF-16 à la ligne 3, colonne 6 ;" in err, err
