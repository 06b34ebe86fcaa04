"""The Dask recipe of docs/scale.md, run as written, on Dask's local synchronous
scheduler: the road past one machine gives the same reports as one process."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import FIXTURES

from seo_audit import audit_many
from seo_audit.render.json import file_dict

dask = pytest.importorskip("dask")

DOC = Path(__file__).resolve().parent.parent / "docs" / "scale.md"


def recipe() -> dict:
    """The ```python block of docs/scale.md that uses Dask, executed."""
    blocks = re.findall(r"```python\n(.*?)```", DOC.read_text(encoding="utf-8"), re.S)
    code = next(b for b in blocks if "dask.bag" in b)
    namespace: dict = {}
    exec(compile(code, str(DOC), "exec"), namespace)
    return namespace


def test_the_dask_recipe_gives_what_audit_many_gives():
    paths = [str(FIXTURES / name) for name in
             ("biden-canal-retour-russie.txt", "wikinews-44269.html", "2017-05-03-mes-aides-datascience-public.md")]
    with dask.config.set(scheduler="synchronous"):
        results = recipe()["audit_with_dask"](paths, partitions=2)
    assert [r["path"] for r in results] == paths
    assert results == [file_dict(report) for report in audit_many(paths)]
    assert all(r["findings"] for r in results)
