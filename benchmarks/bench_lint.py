"""Lint throughput of mtcheck: MB/s, peak memory, start-up time; optionally a profile of the hot spots.

    /tmp/venv/bin/python -m benchmarks.bench_lint [--quick] [--profile] [--mtcheck PATH]

Measures, on the corpus of ``benchmarks/make_corpus.py`` (made first if missing):

* the installed command, ``mtcheck lint benchmarks/corpus --format json -o /dev/null --fail-on never``
  with the issue-2 rules (``--select MT1,MT2,MT3``) and with all rules, on one process and with
  ``--jobs 2``: wall time, MB/s (10^6 bytes of input per second), peak RSS of the largest process
  (``os.wait4``) and of the whole process tree (sampled from /proc);
* the same with ``--target-lang en`` (no per-document language detection), to tell the rules' cost
  from the core's;
* the same in-process through ``mtcheck.engine.lint_paths`` (no start-up, no reporter);
* the wall time of ``mtcheck lint`` on one article, start-up included (best and median of 5);
* the time each rule spends in ``check`` on a sample of the corpus, so a slow rule stands out.

Prints a table and writes ``benchmarks/out/lint.md``. Targets: ≥ 2 MB/s with MT1–MT3, ≥ 1 MB/s with
all rules, peak memory ≤ 300 MB, ``--jobs 2`` faster than one process, one article < 1 s.
"""
from __future__ import annotations

import argparse
import cProfile
import io
import os
import pstats
import statistics
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from benchmarks.make_corpus import CORPUS, corpus_files, make_corpus

OUT = Path(__file__).parent / "out"
DEFAULT_MTCHECK = Path(sys.executable).with_name("mtcheck")
ISSUE2_RULES = "MT1,MT2,MT3"
MIN_FILES = 2000
TARGETS = {"issue2_mbps": 2.0, "all_mbps": 1.0, "peak_mb": 300.0, "one_article_s": 1.0}


@dataclass(frozen=True)
class Run:
    label: str
    seconds: float
    mb: float
    peak_process_mb: float | None = None
    peak_tree_mb: float | None = None
    cpu_seconds: float | None = None  # user + system of the process and its waited-for children

    @property
    def mbps(self) -> float:
        return self.mb / self.seconds


# --- measuring a child process ------------------------------------------------------------------
def _rss_of_tree(root: int) -> int:
    """Resident memory (bytes) of ``root`` and all its descendants, from /proc."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat", "rb") as fh:
                    fields = fh.read().rsplit(b")", 1)[1].split()
                children.setdefault(int(fields[1]), []).append(int(entry))
            except (OSError, IndexError, ValueError):
                continue
    total, stack = 0, [root]
    page = os.sysconf("SC_PAGE_SIZE")
    while stack:
        pid = stack.pop()
        stack.extend(children.get(pid, ()))
        try:
            with open(f"/proc/{pid}/statm") as fh:
                total += int(fh.read().split()[1]) * page
        except (OSError, IndexError, ValueError):
            continue
    return total


def run_command(cmd: list[str], label: str, mb: float) -> Run:
    """Run ``cmd``; wall time, peak RSS of its largest process (wait4) and sampled peak of the tree."""
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak_tree = 0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak_tree
        while not done.is_set():
            peak_tree = max(peak_tree, _rss_of_tree(proc.pid))
            done.wait(0.05)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - started
    done.set()
    sampler.join()
    proc.returncode = os.waitstatus_to_exitcode(status)
    err = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} exited {proc.returncode}: {err[-2000:]}")
    return Run(label, seconds, mb, usage.ru_maxrss / 1024, peak_tree / 2**20, usage.ru_utime + usage.ru_stime)


def lint_command(mtcheck: Path, target: str, select: str | None, jobs: int, english: bool = False) -> list[str]:
    cmd = [str(mtcheck), "lint", target, "--format", "json", "-o", "/dev/null", "--fail-on", "never"]
    if select:
        cmd += ["--select", select]
    if jobs > 1:
        cmd += ["--jobs", str(jobs)]
    if english:
        cmd += ["--target-lang", "en"]  # skips per-document language detection
    return cmd


# --- in-process ---------------------------------------------------------------------------------
def run_in_process(files: list[Path], select: str | None, jobs: int, mb: float, english: bool = False) -> Run:
    from mtcheck.config import Config
    from mtcheck.engine import lint_paths

    config = Config(select=tuple(select.split(",")) if select else ("ALL",), target_lang="en" if english else None)
    started = time.perf_counter()
    lint_paths([str(f) for f in files], config, jobs=jobs)
    label = f"in-process, {select or 'all rules'}, jobs {jobs}" + (", --target-lang en" if english else "")
    return Run(label, time.perf_counter() - started, mb)


def rule_costs(files: list[Path]) -> list[tuple[str, float]]:
    """Seconds each rule's ``check`` takes over ``files`` (plus segmentation and language detection)."""
    from mtcheck.config import Config
    from mtcheck.engine import make_document, select_rules
    from mtcheck.packs import Pack
    from mtcheck.rules.base import Context

    from mtcheck.lang import document_language

    config = Config(target_lang="en")  # detection is timed on its own below
    detection, segmentation = "(core: language detection, mtcheck.lang.document_language)", "(core: read + segment)"
    costs: dict[str, float] = {detection: 0.0, segmentation: 0.0}
    active = select_rules(config)
    for path in files:
        t0 = time.perf_counter()
        text = path.read_text(encoding="utf-8")
        doc = make_document(text, str(path), config)
        t2 = time.perf_counter()
        document_language(doc)  # its token texts stay with the sentences, as in a real run
        costs[segmentation] += t2 - t0
        costs[detection] += time.perf_counter() - t2
        pack, shared = Pack(doc.source_lang, doc.target_lang), {}
        for a in active:
            t0 = time.perf_counter()
            for _ in a.rule().check(doc, Context(a.options, pack, (), shared)):
                pass
            key = f"{a.rule.id} {a.rule.name}"
            costs[key] = costs.get(key, 0.0) + time.perf_counter() - t0
    return sorted(costs.items(), key=lambda kv: -kv[1])


def profile(files: list[Path], select: str | None, top: int = 30) -> str:
    from mtcheck.config import Config
    from mtcheck.engine import lint_paths

    config = Config(select=tuple(select.split(",")) if select else ("ALL",))
    profiler = cProfile.Profile()
    profiler.enable()
    lint_paths([str(f) for f in files], config, jobs=1)
    profiler.disable()
    OUT.mkdir(parents=True, exist_ok=True)
    profiler.dump_stats(OUT / "lint.prof")
    buf = io.StringIO()
    pstats.Stats(profiler, stream=buf).sort_stats("tottime").print_stats(top)
    return buf.getvalue()


# --- report -------------------------------------------------------------------------------------
def _mb(x: float | None) -> str:
    return "–" if x is None else f"{x:.0f}"


def report(runs: list[Run], single: list[float], costs: list[tuple[str, float]], sample_mb: float,
           files: int, mb: float) -> str:
    def find(label: str) -> Run:
        return next(r for r in runs if r.label == label)

    checks = []
    i1, i2 = find(f"CLI, {ISSUE2_RULES}, jobs 1"), find(f"CLI, {ISSUE2_RULES}, jobs 2")
    a1, a2 = find("CLI, all rules, jobs 1"), find("CLI, all rules, jobs 2")
    peak = max(r.peak_tree_mb or 0 for r in runs if r.label.startswith("CLI, all rules, jobs 1"))
    checks.append((f"MT1–MT3 throughput ≥ {TARGETS['issue2_mbps']} MB/s (one process)", f"{i1.mbps:.2f} MB/s",
                   i1.mbps >= TARGETS["issue2_mbps"]))
    checks.append((f"all rules throughput ≥ {TARGETS['all_mbps']} MB/s (one process)", f"{a1.mbps:.2f} MB/s",
                   a1.mbps >= TARGETS["all_mbps"]))
    checks.append((f"peak memory ≤ {TARGETS['peak_mb']:.0f} MB (one process)", f"{peak:.0f} MB", peak <= TARGETS["peak_mb"]))
    checks.append(("--jobs 2 faster than one process (all rules)", f"{a1.seconds / a2.seconds:.2f}×",
                   a2.seconds < a1.seconds))
    checks.append(("--jobs 2 faster than one process (MT1–MT3)", f"{i1.seconds / i2.seconds:.2f}×",
                   i2.seconds < i1.seconds))
    checks.append((f"one article < {TARGETS['one_article_s']} s (start-up included)", f"{min(single):.2f} s",
                   min(single) < TARGETS["one_article_s"]))

    lines = ["# Lint throughput", "",
             f"Corpus: {files} files, {mb:.1f} MB (generated by `benchmarks/make_corpus.py`). "
             f"Machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} at the end "
             "(other work on the machine slows every row alike). MB = 10^6 bytes of input.", "",
             "| target | measured | met |", "|---|---|---|"]
    lines += [f"| {t} | {m} | {'yes' if ok else '**no**'} |" for t, m, ok in checks]
    lines += ["", "| run | seconds | MB/s | CPU seconds | peak RSS, largest process (MB) | peak RSS, process tree (MB) |",
              "|---|---|---|---|---|---|"]
    lines += [f"| {r.label} | {r.seconds:.1f} | {r.mbps:.2f} | {_mb(r.cpu_seconds)} | {_mb(r.peak_process_mb)} | "
              f"{_mb(r.peak_tree_mb)} |" for r in runs]
    lines += ["", "CPU seconds near the wall time for a `--jobs 2` run mean the second core was busy with other work."]
    lines += ["", f"`mtcheck lint` on one article (start-up included): best {min(single):.2f} s, "
                  f"median {statistics.median(single):.2f} s over {len(single)} runs.", "",
              f"## Time per rule (in-process, all rules, {sample_mb:.1f} MB sample)", "",
              "| rule | seconds | MB/s alone | share |", "|---|---|---|---|"]
    total = sum(s for _, s in costs)
    lines += [f"| {name} | {s:.2f} | {sample_mb / s if s else float('inf'):.1f} | {100 * s / total:.0f}% |"
              for name, s in costs]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="use 400 files instead of the whole corpus")
    parser.add_argument("--profile", action="store_true", help="also cProfile an in-process run (all rules)")
    parser.add_argument("--mtcheck", type=Path, default=DEFAULT_MTCHECK, help="the mtcheck command to time")
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--output", type=Path, default=OUT / "lint.md")
    args = parser.parse_args(argv)

    if len(corpus_files(args.corpus)) < MIN_FILES:
        print("making the corpus …", flush=True)
        make_corpus(args.corpus)
    files = corpus_files(args.corpus)
    target = str(args.corpus)
    if args.quick:
        files = files[:400]
        target = str(OUT / "quick-corpus")
        Path(target).mkdir(parents=True, exist_ok=True)
        for old in Path(target).glob("*.txt"):
            old.unlink()
        for f in files:
            (Path(target) / f.name).write_bytes(f.read_bytes())
    mb = sum(f.stat().st_size for f in files) / 1e6
    print(f"{len(files)} files, {mb:.1f} MB", flush=True)

    runs = []
    for select in (ISSUE2_RULES, None):
        for jobs in (1, 2):
            label = f"CLI, {select or 'all rules'}, jobs {jobs}"
            runs.append(run_command(lint_command(args.mtcheck, target, select, jobs), label, mb))
            print(f"{label}: {runs[-1].seconds:.1f} s, {runs[-1].mbps:.2f} MB/s, "
                  f"peak {runs[-1].peak_tree_mb:.0f} MB", flush=True)
    for select in (ISSUE2_RULES, None):  # the same without language detection: what the rules cost
        label = f"CLI, {select or 'all rules'}, jobs 1, --target-lang en"
        runs.append(run_command(lint_command(args.mtcheck, target, select, 1, english=True), label, mb))
        print(f"{label}: {runs[-1].seconds:.1f} s, {runs[-1].mbps:.2f} MB/s", flush=True)
    for select in (ISSUE2_RULES, None):
        for english in (False, True):
            runs.append(run_in_process(files, select, 1, mb, english))
            print(f"{runs[-1].label}: {runs[-1].seconds:.1f} s, {runs[-1].mbps:.2f} MB/s", flush=True)

    one = files[len(files) // 2]
    single = [run_command(lint_command(args.mtcheck, str(one), None, 1), "one", 0).seconds for _ in range(5)]
    sample = files[: max(1, len(files) // 10)]
    costs = rule_costs(sample)
    sample_mb = sum(f.stat().st_size for f in sample) / 1e6

    text = report(runs, single, costs, sample_mb, len(files), mb)
    if args.profile:
        text += "\n## Profile (in-process, all rules, tottime)\n\n```\n" + profile(sample, None) + "```\n"
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(text, encoding="utf-8")
    print()
    print(text)
    print(f"written to {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
