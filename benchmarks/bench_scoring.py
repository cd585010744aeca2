"""Back-translation speed: a 200-sentence article through the loopback LibreTranslate server at 50 ms a request.

    /tmp/venv/bin/python -m benchmarks.bench_scoring [--sentences 200] [--latency 0.05] [--repeat 3]

Measures, with the default translator settings (8 requests in flight, the libre rate limit, 10 s timeout):

* **cold**: ``score_document`` in back-translation mode with an empty cache: every sentence goes to the
  server (``translate`` is also timed on its own, from the first progress report to the last);
* **warm**: the same article scored again by a new translator on the same cache file: no request at all;
* **command**: ``mtcheck score … --offline`` on the warm cache, start-up included (one process).

The article is generated (German sentences from wordfreq's vocabulary, an English target whose
back-translations are the German sentences with small changes, one omission, one addition, one merge),
so nothing depends on network or on research data. Targets: cold < 4 s, warm < 1 s. Prints a table and
writes ``benchmarks/out/scoring.md``.
"""
from __future__ import annotations

import argparse
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from mtcheck.scoring import ScoreOptions, TranslationCache, Translator, TranslatorSettings, score_document
from mtcheck.text.segment import segment
from tests.scoring.libre_server import LibreServer

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "benchmarks" / "out" / "scoring.md"


def make_article(n: int, seed: int = 7) -> tuple[str, str, dict[str, str]]:
    """(German source, English target, English sentence → German back-translation), n target sentences."""
    from wordfreq import top_n_list

    rng = random.Random(seed)
    de = [w for w in top_n_list("de", 4000) if w.isalpha()]
    en = [w for w in top_n_list("en", 4000) if w.isalpha()]
    source, target, bt = [], [], {}
    i = -1
    while len(target) < n:
        i += 1
        words = [rng.choice(de) for _ in range(rng.randint(10, 28))]
        # fixed last words: a random one could be an abbreviation ("no.", "ca.") that does not end a sentence
        german = " ".join(words).capitalize() + " heute."
        english = f"Sentence {i} says " + " ".join(rng.choice(en) for _ in range(len(words))) + " today."
        back = words[:]
        back[rng.randrange(len(back))] = rng.choice(de)  # an imperfect back-translation
        if i == 60:
            source.append(german)  # omitted in the translation
            continue
        if i == 120:
            target.append(english)  # added by the translation
            bt[english] = " ".join(rng.choice(de) for _ in range(12)).capitalize() + " heute."
            continue
        if i == 150:  # two source sentences translated as one
            second = " ".join(rng.choice(de) for _ in range(10)).capitalize() + " heute."
            source.extend([german, second])
            target.append(english)
            bt[english] = " ".join(back).capitalize() + " heute, " + second[0].lower() + second[1:]
            continue
        source.append(german)
        target.append(english)
        bt[english] = " ".join(back).capitalize() + " heute."

    def paragraphs(sentences: list[str]) -> str:
        return "\n\n".join(" ".join(sentences[k:k + 8]) for k in range(0, len(sentences), 8)) + "\n"
    return paragraphs(source), paragraphs(target), bt


def run(sentences: int, latency: float, repeat: int) -> list[tuple[str, str, str]]:
    source_text, target_text, bt = make_article(sentences)
    target = segment(target_text, "bench.en.txt", source_lang="de", target_lang="en")
    source = segment(source_text, "bench.src.de.txt")
    assert len(target.sentences) == sentences, len(target.sentences)
    cold, translate_only, warm, requests = [], [], [], []
    with LibreServer(bt, latency=latency) as srv, tempfile.TemporaryDirectory() as tmp:
        for r in range(repeat):
            cache_path = Path(tmp) / f"cache{r}.sqlite3"
            settings = TranslatorSettings("libre", url=srv.url)  # the defaults, as `mtcheck score` uses them
            srv.reset_counts()
            marks: list[float] = []
            with TranslationCache(cache_path) as cache:
                start = time.perf_counter()
                scores = score_document(target, source=source, translator=Translator(settings, cache=cache),
                                        options=ScoreOptions(), progress=lambda d, t: marks.append(time.perf_counter()))
                cold.append(time.perf_counter() - start)
                translate_only.append(marks[-1] - start)
                requests.append(srv.count)
                inflight = srv.max_in_flight
            srv.reset_counts()
            with TranslationCache(cache_path) as cache:
                start = time.perf_counter()
                again = score_document(target, source=source, translator=Translator(settings, cache=cache))
                warm.append(time.perf_counter() - start)
            assert srv.count == 0 and again.metrics == scores.metrics
        src_file, tgt_file = Path(tmp) / "bench.src.de.txt", Path(tmp) / "bench.en.txt"
        src_file.write_text(source_text, encoding="utf-8")
        tgt_file.write_text(target_text, encoding="utf-8")
        exe = Path(sys.executable).with_name("mtcheck")
        start = time.perf_counter()
        proc = subprocess.run([str(exe), "score", str(tgt_file), "--source", str(src_file), "--translator", "libre",
                               "--translator-url", srv.url, "--cache", str(Path(tmp) / "cache0.sqlite3"),
                               "--offline", "--format", "json", "-o", str(Path(tmp) / "out.json")],
                              capture_output=True, text=True)
        command = time.perf_counter() - start
        assert proc.returncode in (0, 1), proc.stderr
    omissions, additions = len(scores.omissions), len(scores.additions)
    merges = sum(p.link == "2-1" for p in scores.pairs)

    def fmt(values: list[float]) -> str:
        return f"{min(values):.2f} s (median {statistics.median(values):.2f} s)"

    return [
        ("article", f"{sentences} target sentences, {len(source.sentences)} source sentences",
         f"found {omissions} omission, {additions} addition, {merges} merge; {len(scores.pairs)} aligned units"),
        ("server latency", f"{latency * 1000:.0f} ms a request", f"default settings: {inflight} requests in flight"),
        ("cold: back-translation only", fmt(translate_only), "target < 4 s"),
        ("cold: score_document", fmt(cold), f"{requests[0]} requests"),
        ("warm: score_document from the cache", fmt(warm), "0 requests; target < 1 s"),
        ("warm: `mtcheck score --offline` command", f"{command:.2f} s", "start-up and JSON output included"),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sentences", type=int, default=200)
    parser.add_argument("--latency", type=float, default=0.05)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    rows = run(args.sentences, args.latency, args.repeat)
    width = max(len(r[0]) for r in rows)
    lines = [f"{name:{width}}  {value}  {note}" for name, value, note in rows]
    print("\n".join(lines))
    OUT.parent.mkdir(parents=True, exist_ok=True)
    table = ["| measurement | value | note |", "|---|---|---|", *(f"| {a} | {b} | {c} |" for a, b, c in rows)]
    OUT.write_text("# Scoring benchmark\n\n" + "\n".join(table) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
