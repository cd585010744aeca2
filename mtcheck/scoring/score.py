"""Score one translated document: by back-translation, by round trip, or against references.

The pipeline: cut every text into units (lines when all files are line-aligned, otherwise sentences),
get back-translations where needed (a :class:`~mtcheck.scoring.translate.Translator`, or a file made by a
human back-translator), align each text to a *pivot* (the source, or the first reference) with
:func:`~mtcheck.scoring.align.align`, merge the alignments into rows that every text agrees on, and score
the rows with sacrebleu (:mod:`mtcheck.scoring.metrics`).
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Callable, Sequence

from mtcheck.model import Document, Span
from mtcheck.scoring.align import THRESHOLD, Link, align
from mtcheck.scoring.metrics import FAMILIES, paired_test, score_segments
from mtcheck.scoring.results import AlignedPair, Comparison, DocumentScores
from mtcheck.scoring.translate import Translator
from mtcheck.scoring.units import (NEWLINE, Row, Unit, as_document, combine, is_line_aligned, join, line_spans,
                                   span_of, trivial, units_of)
from mtcheck.text.segment import segment

Progress = Callable[[int, int], None]


class ScoringError(Exception):
    """The inputs cannot be scored as asked (nothing to compare, line counts differ …): exit code 2."""


@dataclass(frozen=True)
class ScoreOptions:
    metrics: tuple[str, ...] = FAMILIES  # chrf, chrf++, bleu, ter (see metrics.parse_families)
    segmentation: str = "auto"  # auto | lines | sentences
    source_lang: str | None = None  # default: the target document's source_lang, else "de"
    target_lang: str | None = None  # default: the target document's target_lang, else "en"
    align_threshold: float = THRESHOLD
    compare_test: str = "bs"  # sacrebleu paired test: bs (paired bootstrap) or ar (approximate randomization)
    compare_samples: int = 0  # 0: sacrebleu's default (1,000 resamples for bs, 10,000 trials for ar)


@dataclass
class _Side:
    """A text aligned to the pivot: its units and what is compared with the pivot (back-translations,
    or the unit texts themselves)."""

    units: list[Unit]
    texts: list[str]


# --- what to compare, how to cut -----------------------------------------------------------------------
def _comparison(source: Document | None, references: Sequence, back_translation: str | None,
                translator: Translator | None, compare: Document | None) -> str:
    if references:
        comparison = "reference"
    elif source is not None:
        if back_translation is None and translator is None:
            raise ScoringError("scoring against the source needs a translator (--translator) or a "
                               "back-translation (--back-translation FILE)")
        comparison = "back-translation"
    elif back_translation is not None:
        raise ScoringError("a back-translation is compared with the source article: give --source")
    elif translator is not None:
        comparison = "round-trip"
    else:
        raise ScoringError("nothing to score against: give --reference, or --source with a translator or "
                           "--back-translation, or a --translator for a round trip")
    if compare is not None and comparison == "round-trip":
        raise ScoringError("--compare needs a common yardstick: give --reference or --source")
    return comparison


def decide_lines(segmentation: str, texts: Sequence[str], comparison: str,
                 named: Sequence[tuple[str, str]] = ()) -> bool:
    """Line by line (True) or split into sentences and aligned (False)? ``segmentation``: auto|lines|sentences."""
    if segmentation == "sentences":
        return False
    if segmentation == "lines":
        counts = {name: len(line_spans(text)) for name, text in named}
        if comparison != "round-trip" and len(set(counts.values())) > 1:
            detail = ", ".join(f"{p}: {n}" for p, n in counts.items())
            raise ScoringError(f"line-aligned scoring needs the same number of lines in every file ({detail})")
        return True
    if segmentation != "auto":
        raise ScoringError(f"unknown segmentation {segmentation!r} (use auto, lines or sentences)")
    return comparison != "round-trip" and is_line_aligned(texts)


# --- a back-translation made elsewhere ----------------------------------------------------------------
def _attach_back_translation(units: list[Unit], text: str, lines: bool) -> tuple[_Side, str]:
    """Give each target unit its part of a supplied back-translation; may merge target units."""
    if lines:
        bt_lines = [text[s.start:s.end] for s in line_spans(text)]
        if len(bt_lines) != len(units):
            raise ScoringError(f"the back-translation has {len(bt_lines)} lines but the target has {len(units)}; "
                               "line-aligned files need one segment per line in each")
        return _Side(units, bt_lines), "back-translation file: line by line"
    sentences = [s.text for s in segment(text).sentences]
    if len(sentences) == len(units):
        return _Side(units, sentences), "back-translation file: sentence by sentence"
    bt_lines = [ln.strip() for ln in NEWLINE.split(text) if ln.strip()]
    if len(bt_lines) == len(units):
        return _Side(units, bt_lines), "back-translation file: one target sentence per line"
    # Counts differ: match by length and by what two languages share (names, numbers, cognates).
    links = align([u.text for u in units], sentences, threshold=0.0, min_containment=0.0)
    merged: list[Unit] = []
    bts: list[str] = []
    carry = ""  # back-translated text with no target sentence of its own joins a neighbour
    for link in links:
        part = " ".join(sentences[link.other[0]:link.other[1]])
        if link.pivot[0] == link.pivot[1]:
            if bts:
                bts[-1] = f"{bts[-1]} {part}"
            else:
                carry = f"{carry} {part}".strip()
            continue
        merged.append(Unit(join(units, link.pivot), span_of(units, link.pivot)))  # type: ignore[arg-type]
        bts.append(f"{carry} {part}".strip())
        carry = ""
    note = (f"back-translation file: {len(sentences)} sentences matched to {len(units)} target sentences "
            "by alignment (counts differ)")
    return _Side(merged, bts), note


# --- scoring -----------------------------------------------------------------------------------------
def score_document(
    target: Document,
    *,
    source: Document | None = None,
    references: Sequence[str | Document] = (),
    back_translation: str | None = None,
    translator: Translator | None = None,
    compare: Document | None = None,
    options: ScoreOptions = ScoreOptions(),
    progress: Progress | None = None,
) -> DocumentScores:
    """Score ``target`` against references (if any), else by back-translation against ``source``, else by
    round trip through ``translator``. Raises ScoringError for unusable inputs and TranslatorError
    subclasses when the translation service fails (what was translated stays cached)."""
    comparison = _comparison(source, references, back_translation, translator, compare)
    if not target.text.strip():
        raise ScoringError(f"{target.path}: no text to score")
    src_lang = options.source_lang or target.source_lang or "de"
    tgt_lang = options.target_lang or target.target_lang or "en"
    named = [(target.path, target.text)]
    named += [(getattr(r, "path", f"reference {i + 1}"), getattr(r, "text", r)) for i, r in enumerate(references)]
    named += [(d.path, d.text) for d in (source if comparison == "back-translation" else None, compare) if d]
    texts = [t for _, t in named] + ([back_translation] if back_translation is not None else [])
    lines = decide_lines(options.segmentation, texts, comparison, named)
    refs = [as_document(r, f"reference {i + 1}", lines) for i, r in enumerate(references)]
    stats_before = vars(translator.stats).copy() if translator is not None else {}
    notes: list[str] = []

    def back_translated(doc: Document, supplied: str | None) -> _Side:
        units = units_of(doc, lines)
        if supplied is not None:
            side, note = _attach_back_translation(units, supplied, lines)
            notes.append(note)
            return side
        if translator is None:
            raise ScoringError("--compare with --back-translation FILE needs a --translator to back-translate "
                               "the other target too")
        return _Side(units, translator.translate([u.text for u in units], tgt_lang, src_lang, progress))

    def plain(doc: Document) -> _Side:
        units = units_of(doc, lines)
        return _Side(units, [u.text for u in units])

    def aligned(pivot: list[Unit], side: _Side) -> list[Link]:
        if lines:
            return trivial(len(pivot))
        return align([u.text for u in pivot], side.texts, threshold=options.align_threshold)

    round_trips: list[str] = []
    comparison_result: Comparison | None = None
    if comparison == "round-trip":
        assert translator is not None
        side = back_translated(target, None)
        round_trips = translator.translate(side.texts, src_lang, tgt_lang, progress)
        pivot = side.units
        links = [trivial(len(pivot))]
        rows = combine(len(pivot), links)
        hyps = round_trips
        ref_streams = [[u.text for u in pivot]]
    else:
        if comparison == "back-translation":
            pivot = units_of(source, lines)  # type: ignore[arg-type]
            sides = [back_translated(target, back_translation)]
        else:
            pivot = units_of(refs[0], lines)
            sides = [plain(target), *(plain(r) for r in refs[1:])]
        links = [aligned(pivot, s) for s in sides]
        rows = combine(len(pivot), links)
        side = sides[0]
        hyps = [join(side.units, r.others[0], side.texts) for r in rows]
        ref_streams = [[join(pivot, r.pivot) for r in rows]]
        ref_streams += [[join(s.units, r.others[k]) for r in rows] for k, s in enumerate(sides[1:], start=1)]
        if compare is not None:
            other = back_translated(compare, None) if comparison == "back-translation" else plain(compare)
            comparison_result = _compare(compare.path, pivot, sides, links, other, aligned(pivot, other), options,
                                         src_lang if comparison == "back-translation" else tgt_lang)
    if lines:
        notes.insert(0, f"line-aligned: {len(side.units)} lines in every file, scored line by line without "
                        "re-splitting")
    elif comparison != "round-trip":
        what = "source" if comparison == "back-translation" else "reference"
        notes.insert(0, f"split into sentences and aligned: {len(pivot)} {what} and {len(side.units)} target units")
    if "chrf++" not in options.metrics:
        notes.append("no chrF++ asked for: sentences get no chrF++, so no low-similarity findings (MT901)")
    mask = [bool(h.strip()) and any(s[i].strip() for s in ref_streams) for i, h in enumerate(hyps)]
    metric_lang = src_lang if comparison == "back-translation" else tgt_lang
    corpus, segments = score_segments(hyps, ref_streams, options.metrics, metric_lang, mask)
    pairs = _pairs(rows, side, pivot, comparison, links[0], round_trips, ref_streams, segments)
    used_service = translator is not None and (back_translation is None or compare is not None)
    return DocumentScores(
        path=target.path, mode="line-aligned" if lines else comparison, comparison=comparison,
        segmentation="line-aligned" if lines else "sentences" if comparison == "round-trip" else "sentence-aligned",
        source_lang=src_lang, target_lang=tgt_lang, metrics=corpus, pairs=tuple(pairs),
        references=tuple(r.path for r in refs),
        source=source.path if source is not None and comparison == "back-translation" else None,
        translator=translator.label if used_service else None,  # type: ignore[union-attr]
        translation={k: v - stats_before[k] for k, v in vars(translator.stats).items()} if used_service else None,
        compare=comparison_result, notes=tuple(notes))


def _pairs(rows: list[Row], side: _Side, pivot: list[Unit], comparison: str, links: list[Link],
           round_trips: list[str], ref_streams: list[list[str]], segments: list) -> list[AlignedPair]:
    """One AlignedPair per row; an omission is anchored on the target text before it (else after it)."""
    sims = {(link.pivot, link.other): link.similarity for link in links}
    is_bt = comparison == "back-translation"
    pairs: list[AlignedPair] = []
    last_target: Span | None = None
    unanchored: list[int] = []
    for i, (row, seg) in enumerate(zip(rows, segments)):
        t_rng = row.others[0]
        t_span = span_of(side.units, t_rng)
        t_text = join(side.units, t_rng) if t_span else None
        scores = {"chrf": seg.chrf, "bleu": seg.bleu, "ter": seg.ter}
        if comparison == "round-trip":
            pair = AlignedPair("1-1", "match", target=t_text, target_span=t_span, anchor=t_span,
                               back_translation=side.texts[i], round_trip=round_trips[i], **scores)
        else:
            p_span = span_of(pivot, row.pivot)
            n_pivot, n_target = row.pivot[1] - row.pivot[0], t_rng[1] - t_rng[0]
            if n_target == 0:
                kind = "omission" if n_pivot else "match"  # (a row that only a second reference has)
            elif n_pivot == 0 and not any(s[i].strip() for s in ref_streams[1:]):
                kind = "addition"  # (another reference with text here makes it a match)
            else:
                kind = "match"
            pair = AlignedPair(
                f"{n_pivot}-{n_target}", kind,
                source=join(pivot, row.pivot) if is_bt and p_span else None, source_span=p_span if is_bt else None,
                target=t_text, target_span=t_span, anchor=t_span or last_target,
                back_translation=join(side.units, t_rng, side.texts) if is_bt and t_span else None,
                references=() if is_bt else tuple(s[i] for s in ref_streams),
                similarity=sims.get((row.pivot, t_rng)), **scores)
            if pair.anchor is None:
                unanchored.append(len(pairs))
        if t_span is not None:
            last_target = t_span
            for j in unanchored:
                pairs[j] = replace(pairs[j], anchor=t_span)
            unanchored.clear()
        pairs.append(pair)
    return pairs


def _compare(other_path: str, pivot: list[Unit], sides: list[_Side], links: list[list[Link]], other: _Side,
             other_links: list[Link], options: ScoreOptions, lang: str) -> Comparison:
    """Both translations projected onto rows that every alignment agrees on, then sacrebleu's paired test."""
    rows = combine(len(pivot), [links[0], other_links, *links[1:]])
    baseline = [join(sides[0].units, r.others[0], sides[0].texts) for r in rows]
    challenger = [join(other.units, r.others[1], other.texts) for r in rows]
    streams = [[join(pivot, r.pivot) for r in rows]]
    streams += [[join(s.units, r.others[k + 1]) for r in rows] for k, s in enumerate(sides[1:], start=1)]
    results = paired_test(baseline, challenger, streams, options.metrics, lang, options.compare_test,
                          options.compare_samples)
    return Comparison(other_path, options.compare_test, results, len(rows))
