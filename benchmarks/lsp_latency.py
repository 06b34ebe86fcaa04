"""Latency and memory of `seo-audit lsp` as an editor feels them.

    python benchmarks/lsp_latency.py [--changes 20] [--edits 200] [--corpus ../shared/corpus] [--resolve]

One server process, driven over stdio with JSON-RPC (seo_audit.lsp.client):

- time to the `initialize` answer, and to the end of the model-load progress;
- after the model is loaded, for the mission's article and for a ~3 000-word article
  (two real beta.gouv pages joined), the time from a `didChange` to the diagnostics of
  that version (debounce included), over `--changes` edits, each a word typed into a
  paragraph and waited for: median, min, max;
- a hover sent while the long article is being analysed: its answer time;
- the code actions on the long article's first line, twice: the first request of a version
  parses the article again and runs the structurer, the second reuses its proposals; with
  `--resolve` the client resolves code actions (as VS Code does): the first list comes
  without the structurer, and the time of resolving one proposal is printed too; then the
  first request of a new version asked after a `PAUSE`-second pause (without `--resolve`,
  the server makes the proposals in that pause);
- the server's CPU time per change (what the figures would be on an idle machine, less
  the 0.3 s debounce: the machine this runs on is often shared);
- the server's resident memory (VmRSS) after 10, 50, 100, 200 and 500 analysed edits (those
  up to `--edits`) of the mission's article, typed character by character (new word forms
  reach spaCy's vocab at every keystroke, the realistic worst case for growth), and the
  median latency of those edits;
- the machine's load average at the start and at the end (the figures mean little on a
  busy machine: say it with them).
"""

from __future__ import annotations

import argparse
import copy
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

from common import DEFAULT_CORPUS, ROOT

sys.path.insert(0, str(ROOT))
from seo_audit.lsp.client import CAPABILITIES, Client  # noqa: E402

#: After how many keystrokes the server's memory is read (those up to --edits).
CHECKPOINTS = (10, 50, 100, 200, 500)
def first_line_actions(client, uri: str) -> list:
    """The quick fixes offered with the cursor on the article's first line."""
    start = {"line": 0, "character": 0}
    return client.request("textDocument/codeAction", {"textDocument": {"uri": uri}, "context": {"diagnostics": []},
                                                      "range": {"start": start, "end": start}}, timeout=120)


#: Seconds a user pauses after the findings before asking for quick fixes.
PAUSE = 8.0

TYPED = ("Pendant ce temps, les diplomates américains ont multiplié les appels discrets vers Moscou "
         "afin de rappeler que Washington ne cherchait ni la chute du régime ni une escalade. ")


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process so far (independent of other load on the machine)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def long_article(corpus: Path) -> str:
    """~3 000 words of real prose: vapp.md (2 554 words) followed by the body of protege-toit.md."""
    first = (corpus / "beta" / "startups" / "vapp.md").read_text(encoding="utf-8")
    second = (corpus / "beta" / "startups" / "protege-toit.md").read_text(encoding="utf-8")
    body = second.split("\n---\n", 1)[1] if second.startswith("---") else second
    paragraphs = [p for p in body.split("\n\n") if p.strip()]
    text = first.rstrip("\n") + "\n"
    while len(text.split()) < 3000 and paragraphs:
        text += "\n" + paragraphs.pop(0).strip() + "\n"
    return text


def edited(text: str, step: int) -> str:
    """The text with `step` words of TYPED typed at the end of its longest paragraph."""
    paragraphs = text.split("\n\n")
    longest = max(range(len(paragraphs)), key=lambda i: len(paragraphs[i]))
    words = TYPED.split()
    addition = " ".join(words[: step % len(words) + 1])
    paragraphs[longest] = paragraphs[longest].rstrip() + " " + addition
    return "\n\n".join(paragraphs)


def typed(text: str, keystrokes: int) -> str:
    """The text with the first `keystrokes` characters of TYPED (repeated) typed in."""
    paragraphs = text.split("\n\n")
    longest = max(range(len(paragraphs)), key=lambda i: len(paragraphs[i]))
    source = TYPED * (keystrokes // len(TYPED) + 1)
    paragraphs[longest] = paragraphs[longest].rstrip() + " " + source[:keystrokes]
    return "\n\n".join(paragraphs)


class Session:
    def __init__(self, client: Client, uri: str) -> None:
        self.client, self.uri, self.version = client, uri, 1

        self.cpu: list[float] = []

    def change(self, text: str) -> float:
        """Seconds from the didChange to the diagnostics of that version (the server's CPU
        time for it is kept in `cpu`)."""
        self.version += 1
        mark = len(self.client.notifications)
        pid = self.client.process.pid
        cpu = cpu_seconds(pid)
        start = time.monotonic()
        self.client.change(self.uri, text, self.version)
        message = self.client.diagnostics(self.uri, self.version, after=mark, timeout=120)
        self.cpu.append(cpu_seconds(pid) - cpu)
        return message["_received"] - start


def figures(label: str, seconds: list[float]) -> str:
    return (f"{label:<46} median {statistics.median(seconds):.3f} s  "
            f"(min {min(seconds):.3f}, max {max(seconds):.3f}, n={len(seconds)})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--changes", type=int, default=20)
    parser.add_argument("--edits", type=int, default=200)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--resolve", action="store_true",
                        help="the client resolves code actions (codeAction/resolve with edit)")
    args = parser.parse_args()
    capabilities = copy.deepcopy(CAPABILITIES)
    if args.resolve:
        capabilities["textDocument"]["codeAction"].update(resolveSupport={"properties": ["edit"]},
                                                          dataSupport=True)

    mission = (args.corpus / "mission" / "biden-canal-retour-russie.txt").read_text(encoding="utf-8")
    long_text = long_article(args.corpus)
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        start = time.monotonic()
        client = Client(cwd=folder)
        client.initialize(root, capabilities=capabilities)
        print(f"load average at the start: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
        print(f"initialize answered after {time.monotonic() - start:.2f} s (process start included)")
        client.wait_for(lambda m: m.get("method") == "$/progress" and m["params"]["value"]["kind"] == "end",
                        timeout=300)
        print(f"model loaded after {time.monotonic() - start:.2f} s; server RSS {rss_mb(client.process.pid):.0f} MB")
        try:
            results = []
            for name, text, language in (("mission.txt", mission, "plaintext"), ("long.md", long_text, "markdown")):
                uri = (root / name).as_uri()
                (root / name).write_text(text, encoding="utf-8")
                mark = len(client.notifications)
                opened = time.monotonic()
                client.open(uri, text, language)
                client.diagnostics(uri, 1, after=mark, timeout=300)
                words = len(text.split())
                print(f"{name}: {words} words, first diagnostics {time.monotonic() - opened:.2f} s after didOpen")
                session = Session(client, uri)
                session.change(edited(text, 0))  # warm-up, not counted
                seconds = [session.change(edited(text, step)) for step in range(1, args.changes + 1)]
                results.append(figures(f"{name} ({words} words), didChange → diagnostics", seconds))
                results.append(figures(f"{name}, server CPU per change", session.cpu[1:]))
                if name == "long.md":
                    session.version += 1
                    client.change(uri, edited(text, 99), session.version)
                    time.sleep(0.45)  # past the debounce: the analysis is running
                    asked = time.monotonic()
                    client.request("textDocument/hover", {"textDocument": {"uri": uri},
                                                          "position": {"line": 0, "character": 0}})
                    results.append(f"hover answered during a long analysis in {time.monotonic() - asked:.3f} s")
                    client.diagnostics(uri, session.version, timeout=120)
                    # the first quick fixes of a version parse the article again for the outline
                    for attempt in ("first", "second"):
                        asked = time.monotonic()
                        actions = first_line_actions(client, uri)
                        results.append(f"code actions on line 1 ({len(actions or [])}), {attempt} request: "
                                       f"{time.monotonic() - asked:.3f} s")
                        deferred = [a for a in actions or [] if "edit" not in a]
                        if deferred:
                            asked = time.monotonic()
                            client.request("codeAction/resolve", deferred[0], timeout=120)
                            results.append(f"  resolving « {deferred[0]['title'][:50]}… »: "
                                           f"{time.monotonic() - asked:.3f} s")
                    # a user who pauses before asking: without resolve, the proposals are made
                    # in the pause (server.OUTLINE_IDLE_SECONDS after the findings)
                    session.version += 1
                    client.change(uri, edited(text, 98), session.version)
                    client.diagnostics(uri, session.version, timeout=120)
                    time.sleep(PAUSE)
                    asked = time.monotonic()
                    actions = first_line_actions(client, uri)
                    results.append(f"code actions on line 1 ({len(actions or [])}), first request after a "
                                   f"{PAUSE:.0f} s pause: {time.monotonic() - asked:.3f} s")
            for line in results:
                print(line)

            uri = (root / "mission.txt").as_uri()
            session = Session(client, uri)
            session.version = 1000
            checkpoints = sorted({n for n in CHECKPOINTS if n <= args.edits} | {args.edits})
            memory: dict[int, float] = {}
            typing: list[float] = []
            for keystroke in range(1, args.edits + 1):
                typing.append(session.change(typed(mission, keystroke)))
                if keystroke in checkpoints:
                    memory[keystroke] = rss_mb(client.process.pid)
            print(figures(f"mission.txt, {args.edits} keystrokes, didChange → diagnostics", typing))
            print("server RSS after " + ", ".join(f"{n} edits {mb:.0f} MB" for n, mb in memory.items())
                  + f" ({memory[args.edits] - memory[min(memory)]:+.0f} MB from {min(memory)} to {args.edits})")
            print(f"load average at the end: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
        finally:
            client.close()


if __name__ == "__main__":
    main()
