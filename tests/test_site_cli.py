"""`seo-audit check FOLDER`: the site findings are the same whether the files come from
the cache or are parsed, and whatever the shard (three beta.gouv.fr posts, fixtures/site)."""

from __future__ import annotations

import json
import shutil

from conftest import FIXTURES

from seo_audit.cli import main

SITE_CODES = ("SITE", "LNK005")


def site_findings(output: str) -> dict[str, list[tuple]]:
    data = json.loads(output)
    return {f["path"].rsplit("/", 1)[-1]: [(x["code"], x["line"], x["column"], x["message"])
                                          for x in f["findings"] if x["code"].startswith(SITE_CODES)]
            for f in data["files"]}


def test_cache_and_shards_do_not_change_site_findings(tmp_path, capsys):
    site = tmp_path / "blog"
    shutil.copytree(FIXTURES / "site" / "blog", site)
    # a keyphrase declared twice (SITE001) and a mention to suggest (SITE005)
    for name, line in (("2017-02-27-comment-former-des-intrapreneurs.md", "keyphrase: intrapreneur de Startup d'État"),
                       ("2017-03-06-intrapreneur-les-conditions-du-succes.md", "keyphrase: intrapreneurs de startup d’État"),
                       ("2016-11-28-equipes-autonomes.md", "keyphrase: équipe autonome")):
        path = site / name
        path.write_text(path.read_text(encoding="utf-8").replace("---\n", f"---\n{line}\n", 1), encoding="utf-8")
    cache = str(tmp_path / "cache")
    common = ["check", str(site), "--format", "json", "-j", "1", "--cache-dir", cache]

    main(common)
    cold = capsys.readouterr().out
    main(common)
    cached = capsys.readouterr().out
    assert cached == cold  # byte for byte, site findings included
    whole = site_findings(cold)
    assert {code for found in whole.values() for code, *_ in found} >= {"SITE001", "SITE005", "SITE006", "LNK005"}

    sharded: dict[str, list[tuple]] = {}
    for k in (1, 2):
        main(["check", str(site), "--format", "json", "-j", "1", "--no-cache", "--shard", f"{k}/2"])
        part = site_findings(capsys.readouterr().out)
        assert not set(part) & set(sharded)
        sharded.update(part)
    assert sharded == whole
