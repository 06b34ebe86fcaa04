"""What the site pass (SITE rules, LNK005, the HTML site view) adds to a run (issue 20).

    python benchmarks/site.py [--corpus ../shared/corpus] [--files 1000] [--repeat 3]
                              [--work /tmp/seo-site-bench] [--keep-cold]

1. Cold: `seo-audit check beta/ --format json -j 1` on the beta.gouv.fr articles, as a
   whole process with an empty cache (this fills the cache). Its time, scaled to
   `--files` articles (× files / articles), stands for a cold run on them: the model
   load is scaled too, which slightly flatters the cold run (say so when reporting).
2. The articles are repeated under `copyNN/` folders up to `--files` files, byte for
   byte; each copy's cache entry is the original's report with its path changed — what
   the audit would produce, since a report depends on the file's bytes and name only.
3. Cached: `seo-audit check <the copies> --format json -j 1`, whole process, every file
   a cache hit (median of `--repeat`).
4. The site pass alone, in this process, on the reports of that cached run (median of
   `--repeat`): `site_pass` over every article's summary, rules and site view.

Prints the site pass as a share of the cached run (target < 5 %) and of the cold run
(target < 2 %); also the site pass over the distinct articles only, where titles and
keyphrases are not all repeated (so that link suggestions have targets to look for).
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
DEFAULT_CORPUS = ROOT.parent.parent / "shared" / "corpus"


def run(command: list[str], cwd: Path) -> float:
    start = time.perf_counter()
    result = subprocess.run(command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    elapsed = time.perf_counter() - start
    if result.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(command[:4])}… failed ({result.returncode}): {result.stderr[-500:]}")
    return elapsed


def check(paths: list[str], cache: Path) -> list[str]:
    return [sys.executable, "-m", "seo_audit", "check", "--format", "json", "-j", "1", "-q",
            "--cache-dir", str(cache), *paths]


def replicate(originals: list[Path], work: Path, count: int, cache_dir: Path) -> list[str]:
    """Copies of `originals` under work/copyNN/ (relative paths kept) up to `count` files,
    each with the original's cache entry under its own path."""
    from seo_audit.audit import Options
    from seo_audit.cache import ResultCache, code_fingerprint, config_fingerprint, entry_key
    from seo_audit.ruleset import load_ruleset

    options = Options(ruleset=load_ruleset("default"))
    config = config_fingerprint(options.ruleset, None, options.max_bytes)
    code = code_fingerprint()
    cache = ResultCache(cache_dir)
    base = Path(os.path.commonpath([str(p.parent) for p in originals]))
    paths: list[str] = []
    copy = 0
    while len(paths) < count:
        for original in originals:
            if len(paths) == count:
                break
            relative = original.relative_to(base)
            target = work / f"copy{copy:02d}" / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(original, target)
            data = original.read_bytes()
            report = cache.get(entry_key(str(original), data, config, code))
            if report is None:
                raise SystemExit(f"{original}: not in the cache after the cold run")
            site = dict(report.site or {}, path=str(target))
            cache.put(entry_key(str(target), data, config, code),
                      dataclasses.replace(report, path=str(target), site=site))
            paths.append(str(target))
        copy += 1
    return paths


def site_pass_seconds(paths: list[str], cache_dir: Path, repeat: int) -> tuple[float, int]:
    """Median seconds of the site pass on the cached reports of `paths`, and its findings."""
    from seo_audit.audit import Options
    from seo_audit.cache import ResultCache
    from seo_audit.parallel import audit_paths
    from seo_audit.ruleset import load_ruleset
    from seo_audit.site import site_pass

    options = Options(ruleset=load_ruleset("default"))
    cache = ResultCache(cache_dir)
    times, found = [], 0
    for _ in range(repeat):
        reports = list(audit_paths(paths, options, jobs=1, cache=cache))
        for report in reports:
            report.document = None
        if cache.misses:
            raise SystemExit(f"{cache.misses} cache misses: the timing would include parsing")
        before = sum(len(r.findings) for r in reports)
        start = time.perf_counter()
        site_pass(reports, paths, options, cache)
        times.append(time.perf_counter() - start)
        found = sum(len(r.findings) for r in reports) - before
    return statistics.median(times), found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--files", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--work", type=Path, default=Path("/tmp/seo-site-bench"))
    parser.add_argument("--keep-cold", action="store_true",
                        help="reuse the cache of a previous run (skip the cold run)")
    args = parser.parse_args()
    beta = (args.corpus / "beta").resolve()
    originals = sorted(p for p in beta.rglob("*.md"))
    cache_dir = args.work / "cache"
    if not args.keep_cold:
        shutil.rmtree(args.work, ignore_errors=True)
    args.work.mkdir(parents=True, exist_ok=True)
    if args.keep_cold and (args.work / "cold.txt").exists():
        cold = float((args.work / "cold.txt").read_text())
    else:
        cold = run(check([str(p) for p in originals], cache_dir), ROOT)
        (args.work / "cold.txt").write_text(str(cold))
    copies = args.work / "site"
    shutil.rmtree(copies, ignore_errors=True)
    paths = replicate(originals, copies, args.files, cache_dir)
    cached = statistics.median(run(check(paths, cache_dir), ROOT) for _ in range(args.repeat))
    site, found = site_pass_seconds(paths, cache_dir, args.repeat)
    distinct, distinct_found = site_pass_seconds([str(p) for p in originals], cache_dir, args.repeat)
    cold_scaled = cold * args.files / len(originals)
    print(f"articles: {len(originals)} distinct (beta.gouv.fr), repeated to {len(paths)} files")
    print(f"cold run, {len(originals)} articles, whole process:      {cold:8.1f} s"
          f"  → {args.files} articles ≈ {cold_scaled:8.1f} s (scaled)")
    print(f"cached run, {len(paths)} files, whole process (median):   {cached:8.2f} s")
    print(f"site pass, {len(paths)} files, in process (median):       {site:8.3f} s"
          f"  ({found} site findings)")
    print(f"  share of the cached run: {100 * site / cached:5.2f} %  (target < 5 %)")
    print(f"  share of the cold run:   {100 * site / cold_scaled:5.2f} %  (target < 2 %)")
    print(f"site pass, {len(originals)} distinct articles:                {distinct:8.3f} s"
          f"  ({distinct_found} site findings; ≈ {distinct * args.files / len(originals):.3f} s per "
          f"{args.files} at that rate)")


if __name__ == "__main__":
    main()
