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

Prints what the site pass adds to the cached run (site / (cached − site): the cached
run includes it; target < 5 %) and to the cold run (target < 2 %), in wall and CPU time
(CPU is steadier on a shared machine); also the site pass over the distinct articles only, where titles and
keyphrases are not all repeated (so that link suggestions have targets to look for).
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import resource
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from common import DEFAULT_CORPUS  # noqa: E402


def run(command: list[str], cwd: Path) -> tuple[float, float]:
    """(wall, CPU) seconds of a whole process: on a machine shared with other work the CPU
    time is the steadier figure."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    result = subprocess.run(command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    elapsed = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if result.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(command[:4])}… failed ({result.returncode}): {result.stderr[-500:]}")
    return elapsed, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def check(paths: list[str], cache: Path) -> list[str]:
    return [sys.executable, "-m", "seo_audit", "check", "--format", "json", "-j", "1", "-q",
            "--cache-dir", str(cache), *paths]


def replicate(originals: list[Path], work: Path, count: int, cache_dir: Path) -> list[str]:
    """Copies of `originals` under work/copyNN/ (relative paths kept) up to `count` files,
    each with the original's cache entry under its own path."""
    from seo_audit.audit import Options
    from seo_audit.engine.cache import ResultCache, report_key
    from seo_audit.ruleset import load_ruleset

    options = Options(ruleset=load_ruleset("default"), keep_text=False)  # as `check --format json`
    configs: dict[int, str] = {}
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
            report = cache.get(report_key(str(original), data, options, configs=configs), keep_text=False)
            if report is None:
                raise SystemExit(f"{original}: not in the cache after the cold run")
            site = dict(report.site or {}, path=str(target))
            cache.put(report_key(str(target), data, options, configs=configs),
                      dataclasses.replace(report, path=str(target), site=site))
            paths.append(str(target))
        copy += 1
    return paths


def site_pass_seconds(paths: list[str], cache_dir: Path, repeat: int) -> tuple[float, float, int]:
    """Median (wall, CPU) seconds of the site pass on the cached reports of `paths`, and
    its findings."""
    from seo_audit.audit import Options
    from seo_audit.engine.cache import ResultCache
    from seo_audit.engine.parallel import audit_paths
    from seo_audit.ruleset import load_ruleset
    from seo_audit.site import site_pass

    options = Options(ruleset=load_ruleset("default"), keep_text=False)  # as `check --format json`
    cache = ResultCache(cache_dir)
    times, cpu, found = [], [], 0
    for _ in range(repeat):
        reports = list(audit_paths(paths, options, jobs=1, cache=cache))
        if cache.misses:
            raise SystemExit(f"{cache.misses} cache misses: the timing would include parsing")
        before = sum(len(r.findings) for r in reports)
        start, start_cpu = time.perf_counter(), time.process_time()
        site_pass(reports, paths, options, cache)
        times.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
        found = sum(len(r.findings) for r in reports) - before
    return statistics.median(times), statistics.median(cpu), found


def decoding_cost(cache_dir: Path, count: int) -> tuple[int, int, float, float]:
    """What the summaries add to reading the cache: mean entry size with and without the
    summary, and the CPU seconds `json.loads` takes for `count` entries each way (best
    of 5). A cached run pays this on top of the site pass itself."""
    import json

    texts, stripped = [], []
    for path in sorted(cache_dir.glob("*/*.json")):
        text = path.read_text(encoding="utf-8")
        if not text.startswith("{"):  # a checksum line, then the entry
            text = text.split("\n", 1)[-1]
        try:
            entry = json.loads(text)
            entry["report"]["site"] = None
        except (ValueError, KeyError, TypeError):
            continue  # not an entry
        texts.append(text)
        stripped.append(json.dumps(entry, ensure_ascii=False))
        if len(texts) == count:
            break

    def best(items: list[str]) -> float:
        times = []
        for _ in range(5):
            start = time.process_time()
            for item in items:
                json.loads(item)
            times.append(time.process_time() - start)
        return min(times)

    return (sum(map(len, texts)) // len(texts), sum(map(len, stripped)) // len(stripped),
            best(texts), best(stripped))


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
        cold, cold_cpu = map(float, (args.work / "cold.txt").read_text().split())
    else:
        cold, cold_cpu = run(check([str(p) for p in originals], cache_dir), ROOT)
        (args.work / "cold.txt").write_text(f"{cold} {cold_cpu}")
    copies = args.work / "site"
    shutil.rmtree(copies, ignore_errors=True)
    paths = replicate(originals, copies, args.files, cache_dir)
    cached_runs = [run(check(paths, cache_dir), ROOT) for _ in range(args.repeat)]
    cached = statistics.median(w for w, _ in cached_runs)
    cached_cpu = statistics.median(c for _, c in cached_runs)
    site, site_cpu, found = site_pass_seconds(paths, cache_dir, args.repeat)
    distinct, distinct_cpu, distinct_found = site_pass_seconds([str(p) for p in originals], cache_dir, args.repeat)
    scale = args.files / len(originals)
    with_site, without_site, decode_with, decode_without = decoding_cost(cache_dir, args.files)
    print(f"articles: {len(originals)} distinct (beta.gouv.fr), repeated to {len(paths)} files")
    print(f"cold run, {len(originals)} articles, whole process: wall {cold:7.1f} s, CPU {cold_cpu:7.1f} s"
          f"  → {args.files} articles ≈ wall {cold * scale:7.1f} s, CPU {cold_cpu * scale:7.1f} s (scaled)")
    print(f"cached run, {len(paths)} files, whole process, site pass included (median): "
          f"wall {cached:6.2f} s, CPU {cached_cpu:6.2f} s")
    print(f"site pass, {len(paths)} files, in process (median): wall {site:6.3f} s, CPU {site_cpu:6.3f} s"
          f"  ({found} site findings)")
    print(f"  added to the cached run (site / (cached − site)): wall {100 * site / (cached - site):5.2f} %, "
          f"CPU {100 * site_cpu / (cached_cpu - site_cpu):5.2f} %  (target < 5 %)")
    print(f"  added to the cold run (scaled):                  wall {100 * site / (cold * scale):5.2f} %, "
          f"CPU {100 * site_cpu / (cold_cpu * scale):5.2f} %  (target < 2 %)")
    extra = decode_with - decode_without
    print(f"cache entries: {with_site} bytes on average, {without_site} without the summary; decoding "
          f"{args.files} costs CPU {decode_with:.3f} s, {decode_without:.3f} s without: the summaries add "
          f"{extra:.3f} s = {100 * extra / (cached_cpu - site_cpu - extra):.2f} % to the cached run")
    print(f"  site pass and summaries together: CPU {100 * (site_cpu + extra) / (cached_cpu - site_cpu - extra):.2f} % "
          "of the cached run without them")
    print(f"site pass, {len(originals)} distinct articles: wall {distinct:6.3f} s, CPU {distinct_cpu:6.3f} s"
          f"  ({distinct_found} site findings; at that rate {args.files} files: CPU "
          f"{distinct_cpu * scale:.3f} s = {100 * distinct_cpu * scale / (cached_cpu - site_cpu):.2f} % "
          "of the cached run)")

if __name__ == "__main__":
    main()
