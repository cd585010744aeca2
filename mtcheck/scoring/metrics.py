"""sacrebleu, used as its maintainers intend, with every score carrying its signature.

Traps this module exists to avoid: references are a *list of streams* (``[refs_a, refs_b]``, each as long
as the hypotheses), not a list of per-sentence lists; ``BLEU()`` defaults to ``effective_order=False``,
right for a corpus and wrong for one sentence (sentence BLEU needs ``effective_order=True``); sentence
BLEU is a poor sentence metric anyway, so chrF++ is the sentence-level default.

Segment statistics are extracted once per metric and serve both the corpus score and every sentence
score (this is what sacrebleu's own significance tests do), which halves the cost of TER.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Sequence

FAMILIES = ("chrf", "chrf++", "bleu", "ter")  # what --metrics may name; all by default

# BLEU's tokenizer by language: 13a suits space-separated scripts; Chinese has its own; for Japanese,
# Korean and Thai (no spaces, no MeCab here) characters are the honest unit.
_TOKENIZERS = {"zh": "zh", "ja": "char", "ko": "char", "th": "char", "my": "char", "km": "char", "lo": "char"}


@dataclass(frozen=True)
class MetricScore:
    """One corpus score: ``name`` as sacrebleu prints it (``BLEU``, ``chrF2``, ``chrF2++``, ``TER``)."""

    name: str
    score: float
    signature: str

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "score": round(self.score, 2), "signature": self.signature}


@dataclass(frozen=True)
class SegmentScores:
    chrf: float | None = None  # chrF++ (sacrebleu ``CHRF(word_order=2)``)
    bleu: float | None = None  # sentence BLEU, effective order
    ter: float | None = None


def parse_families(text: str | Sequence[str]) -> tuple[str, ...]:
    """``"bleu,chrF"`` → ``("chrf", "bleu")`` in canonical order; ValueError names an unknown metric.

    ``chrf`` is chrF (character n-grams), ``chrf++`` is chrF++ (plus word uni- and bigrams): the sentence
    scores that the low-similarity rule reads are chrF++, so without it that rule stays silent.
    """
    items = text.split(",") if isinstance(text, str) else list(text)
    wanted = {i.strip().lower() for i in items if i.strip()}
    unknown = sorted(wanted - set(FAMILIES))
    if unknown or not wanted:
        raise ValueError(f"unknown metric {', '.join(unknown) or '(none)'} (use chrf, chrf++, bleu, ter)")
    return tuple(f for f in FAMILIES if f in wanted)


def _tokenizer(lang: str | None) -> str:
    return _TOKENIZERS.get((lang or "").split("-")[0].lower(), "13a")


def _metrics(families: Sequence[str], lang: str | None) -> dict[str, Any]:
    """Corpus metric objects keyed by role; sentence metrics reuse their statistics."""
    from sacrebleu.metrics import BLEU, CHRF, TER

    tok = _tokenizer(lang)
    out: dict[str, Any] = {}
    if "bleu" in families:
        out["bleu"] = BLEU(tokenize=tok)
        out["sentence_bleu"] = BLEU(tokenize=tok, effective_order=True)
    if "chrf" in families:
        out["chrf"] = CHRF()
    if "chrf++" in families:
        out["chrf++"] = CHRF(word_order=2)
    if "ter" in families:
        out["ter"] = TER(asian_support=tok != "13a")
    return out


# The prepared references of the last scoring, one set per metric and signature: scoring several systems
# against the same references (a test set) prepares them once. Keeping only the last set bounds memory.
_LAST_REFERENCES: dict[tuple[str, str], tuple[list[list[str]], Any]] = {}


def _prepared(key: str, tok: str, metric: Any, streams: list[list[str]]) -> Any:
    """``metric`` (or an earlier one of the same kind) with ``streams`` cached as its references."""
    slot = (key, tok)
    cached = _LAST_REFERENCES.get(slot)
    if cached is not None and cached[0] == streams:
        return cached[1]
    metric._ref_cache = metric._cache_references(streams)
    _LAST_REFERENCES[slot] = (streams, metric)
    return metric


def score_segments(hyps: Sequence[str], ref_streams: Sequence[Sequence[str]], families: Sequence[str] = FAMILIES,
                   lang: str | None = None, sentence_mask: Sequence[bool] | None = None,
                   ) -> tuple[tuple[MetricScore, ...], list[SegmentScores]]:
    """Corpus scores (BLEU, chrF2, chrF2++, TER, as requested) and per-segment chrF++, BLEU and TER.

    ``ref_streams`` is a list of streams, each parallel to ``hyps`` (an empty string is "no reference
    here", as in sacrebleu). Segments whose mask is False get no sentence scores (omissions, additions).
    """
    hyps = list(hyps)
    streams = [list(s) for s in ref_streams]
    if not streams or any(len(s) != len(hyps) for s in streams):
        raise ValueError("every reference stream must have one segment per hypothesis")
    mask = list(sentence_mask) if sentence_mask is not None else [True] * len(hyps)
    metrics = _metrics(families, lang)
    corpus: list[MetricScore] = []
    per_segment: dict[str, list[float | None]] = {}

    def run(key: str, sentence_key: str | None = None, sentence_metric: Any = None) -> None:
        metric = _prepared(key, _tokenizer(lang), metrics[key], streams)
        stats = metric._extract_corpus_statistics(hyps, None)
        score = metric._aggregate_and_compute(stats)
        corpus.append(MetricScore(score.name, float(score.score), str(metric.get_signature())))
        if sentence_key:
            scorer = sentence_metric or metric
            per_segment[sentence_key] = [
                float(scorer._aggregate_and_compute([row]).score) if keep else None
                for row, keep in zip(stats, mask)]

    if "bleu" in metrics:
        run("bleu", "bleu", metrics["sentence_bleu"])
    if "chrf" in metrics:
        run("chrf")
    if "chrf++" in metrics:
        run("chrf++", "chrf")
    if "ter" in metrics:
        run("ter", "ter")
    segments = [SegmentScores(*(per_segment.get(k, [None] * len(hyps))[i] for k in ("chrf", "bleu", "ter")))
                for i in range(len(hyps))]
    return tuple(corpus), segments


@dataclass(frozen=True)
class PairedResult:
    """One metric of a paired significance test: baseline (the scored target) against the other system."""

    name: str
    baseline: float
    other: float
    p_value: float | None
    signature: str
    baseline_ci: float | None = None
    other_ci: float | None = None

    @property
    def delta(self) -> float:
        return self.other - self.baseline

    def to_json(self) -> dict[str, Any]:
        def r(x: float | None, n: int = 2) -> float | None:
            return None if x is None else round(x, n)

        return {"name": self.name, "baseline": r(self.baseline), "other": r(self.other), "delta": r(self.delta),
                "p_value": r(self.p_value, 4), "baseline_ci": r(self.baseline_ci), "other_ci": r(self.other_ci),
                "signature": self.signature}


def _float(value: Any) -> float | None:
    return None if value is None else float(value)  # sacrebleu hands back numpy scalars


def paired_test(baseline: Sequence[str], other: Sequence[str], ref_streams: Sequence[Sequence[str]],
                families: Sequence[str] = ("chrf", "chrf++", "bleu"), lang: str | None = None, test_type: str = "bs",
                n_samples: int = 0) -> tuple[PairedResult, ...]:
    """sacrebleu's paired test (bootstrap resampling ``bs`` or approximate randomization ``ar``) of two systems."""
    from sacrebleu.significance import PairedTest

    metrics = _metrics(families, lang)
    chosen = {k: metrics[k] for k in ("bleu", "chrf", "chrf++", "ter") if k in metrics}
    test = PairedTest([("baseline", list(baseline)), ("other", list(other))], chosen,
                      [list(s) for s in ref_streams], test_type=test_type, n_samples=n_samples,
                      n_ar_confidence=0 if test_type == "ar" else -1)
    signatures, scores = test()
    results = []
    for name, (base, oth) in ((k, v) for k, v in scores.items() if k != "System"):
        results.append(PairedResult(name, float(base.score), float(oth.score),
                                    None if oth.p_value is None else float(oth.p_value),
                                    str(signatures[name]), _float(base.ci), _float(oth.ci)))
    return tuple(results)
