"""Generate the lint-throughput corpus: article-sized files from the synthetic generator.

    /tmp/venv/bin/python -m benchmarks.make_corpus [--count 2900] [--seed 2024] [--out benchmarks/corpus]

About half of the articles get one to three kinds of artefact planted (by the synthetic evaluation's
injectors), so the rules have real work to do. Deterministic for a seed. The corpus folder is
gitignored; files this script wrote before (``article-*.txt``) are replaced.
"""
from __future__ import annotations

import argparse
import random
from dataclasses import dataclass
from pathlib import Path

from benchmarks.synthetic.evaluate import DETECTORS
from benchmarks.synthetic.generator import generate_article

CORPUS = Path(__file__).parent / "corpus"
DEFAULT_COUNT = 2900  # ≈ 3.5 kB per article: ≈ 10 MB
INJECTED_SHARE = 0.5


@dataclass(frozen=True)
class CorpusStats:
    files: int
    bytes: int
    injected: int


def make_corpus(out: Path = CORPUS, count: int = DEFAULT_COUNT, seed: int = 2024) -> CorpusStats:
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("article-*.txt"):
        old.unlink()
    total = injected = 0
    for i in range(count):
        rng = random.Random(seed * 1_000_003 + i)
        text = generate_article(rng.randrange(2**32))
        if rng.random() < INJECTED_SHARE:
            for detector in rng.sample(DETECTORS, rng.randint(1, 3)):
                result = detector.inject(text, rng, rng.randint(1, detector.max_instances))
                text = result.text if result else text
            injected += 1
        data = text.encode("utf-8")
        (out / f"article-{i:05d}.txt").write_bytes(data)
        total += len(data)
    return CorpusStats(count, total, injected)


def corpus_files(folder: Path = CORPUS) -> list[Path]:
    return sorted(folder.glob("article-*.txt"))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--count", type=int, default=DEFAULT_COUNT)
    parser.add_argument("--seed", type=int, default=2024)
    parser.add_argument("--out", type=Path, default=CORPUS)
    args = parser.parse_args(argv)
    stats = make_corpus(args.out, args.count, args.seed)
    print(f"{stats.files} files, {stats.bytes / 1e6:.1f} MB ({stats.injected} with artefacts) in {args.out}")


if __name__ == "__main__":
    main()
