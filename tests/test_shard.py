"""--shard K/N: a stable, complete partition of the files by path hash."""

from __future__ import annotations

import pytest

from seo_audit.cli import main
from seo_audit.engine.parallel import parse_shard, select_shard, shard_key, shard_of

PATHS = [f"content/{section}/article-{n:03d}.md" for section in ("news", "blog", "doc") for n in range(100)]


@pytest.mark.parametrize("count", [1, 2, 3, 4, 7])
def test_shards_partition_the_files(count):
    shards = [select_shard(PATHS, k, count) for k in range(1, count + 1)]
    assert sorted(p for s in shards for p in s) == sorted(PATHS)
    assert sum(len(s) for s in shards) == len(PATHS)
    for shard in shards:  # order kept
        assert shard == [p for p in PATHS if p in set(shard)]
    if count > 1:  # roughly even: no shard with less than half its share
        assert min(len(s) for s in shards) > len(PATHS) / count / 2


def test_shard_is_stable_and_independent_of_the_list():
    # Pinned values: a change here moves files between CI runners.
    assert [shard_of(p, 4) for p in PATHS[:6]] == [1, 1, 3, 1, 4, 4]
    assert select_shard(PATHS[:10], 2, 3) == [p for p in PATHS[:10] if p in select_shard(PATHS, 2, 3)]
    assert shard_of("content/a.md", 3) == shard_of("./content/a.md", 3) == shard_of("content//a.md", 3)
    assert shard_key("./content/../content/a.md") == "content/a.md"


def test_pinned_assignment():
    assert [shard_of(f"a{n}.md", 2) for n in range(8)] == [2, 1, 2, 1, 1, 1, 1, 1]


def test_stdin_stays_in_the_first_shard():
    assert "-" in select_shard(["-", "a.md"], 1, 2)
    assert "-" not in select_shard(["-", "a.md"], 2, 2)


@pytest.mark.parametrize("text", ["0/2", "3/2", "1", "a/b", "1/0", "1/2/3"])
def test_bad_shard_is_a_usage_error(text, capsys):
    with pytest.raises(ValueError):
        parse_shard(text)
    with pytest.raises(SystemExit) as exit_:
        main(["check", "--shard", text, "x.md"])
    assert exit_.value.code == 2


def test_parse_shard():
    assert parse_shard("2/5") == (2, 5)
