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
    compare_samples: int = 0  # 0: sacrebleu's default (10,000 trials for ar, 1,000 resamples for bs)


# --- a back-translation made elsewhere ----------------------------------------------------------------
def _attach_back_translation(units: list[Unit], text: str, lines: bool) -> tuple[list[Unit], list[str], str]:
    """Give each target unit its part of a supplied back-translation; may merge target units."""
    if lines:
        bt_lines = [text[s.start:s.end] for s in line_spans(text)]
        if len(bt_lines) != len(units):
            raise ScoringError(f"the back-translation has {len(bt_lines)} lines but the target has {len(units)}; "
                               "line-aligned files need one segment per line in each")
        return units, bt_lines, "back-translation file: line by line"
    sentences = [s.text for s in segment(text).sentences]
    if len(sentences) == len(units):
        return units, sentences, "back-translation file: sentence by sentence"
    bt_lines = [ln.strip() for ln in NEWLINE.split(text) if ln.strip()]
    if len(bt_lines) == len(units):
        return units, bt_lines, "back-translation file: one target sentence per line"
    # Counts differ: match by names, numbers and shared spellings across the two languages.
    links = align([u.text for u in units], sentences, threshold=0.0)
    merged: list[Unit] = []
    bts: list[str] = []
    for link in links:
        part = " ".join(sentences[link.other[0]:link.other[1]])
        if link.pivot[0] == link.pivot[1]:
            if bts:
                bts[-1] = f"{bts[-1]} {part}"
            continue
        span = span_of(units, link.pivot)
        merged.append(Unit(join(units, link.pivot), span))  # type: ignore[arg-type]
        bts.append(part)
    note = (f"back-translation file: {len(sentences)} sentences matched to {len(units)} target sentences "
            "by alignment (counts differ)")
    return merged, bts, note


# --- scoring -----------------------------------------------------------------------------------------
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


def score_document(
    target: Document,
    *,
    source: Document | None = None,
    references: Sequence[str | Document] = (),
    back_translation: str | None = None,
    translator: Translator | None = None,
    compare: Document | None = None,
    options: ScoreOptions = ScoreOptions(),
    progress: Callable[[int, int], None] | None = None,
) -> DocumentScores:
    """Score ``target`` against references (if any), else by back-translation against ``source``, else by
    round trip through ``translator``. Raises ScoringError for unusable inputs and TranslatorError
    subclasses when the translation service fails (what was translated stays cached)."""
    src_lang = options.source_lang or target.source_lang or "de"
    tgt_lang = options.target_lang or target.target_lang or "en"
    ref_texts = [r.text if isinstance(r, Document) else r for r in references]
    if ref_texts:
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
    if not target.text.strip():
        raise ScoringError(f"{target.path}: no text to score")

    named = [(target.path, target.text), *((getattr(r, "path", f"reference {i + 1}"), t)
                                           for i, (r, t) in enumerate(zip(references, ref_texts)))]
    if comparison == "back-translation":
        named.append((source.path, source.text))  # type: ignore[union-attr]
    if compare is not None:
        named.append((compare.path, compare.text))
    texts = [t for _, t in named] + ([back_translation] if back_translation is not None else [])
    lines = decide_lines(options.segmentation, texts, comparison, named)
    refs = [as_document(r, f"reference {i + 1}", lines) for i, r in enumerate(references)]
    segmentation = "line-aligned" if lines else ("sentences" if comparison == "round-trip" else "sentence-aligned")
    notes: list[str] = []
    units = units_of(target, lines)
    metric_lang = src_lang if comparison == "back-translation" else tgt_lang

    def bts_for(doc_units: list[Unit], text: str | None) -> tuple[list[Unit], list[str]]:
        if text is not None:
            merged, bts, note = _attach_back_translation(doc_units, text, lines)
            notes.append(note)
            return merged, bts
        if translator is None:
            raise ScoringError("--compare with --back-translation FILE needs a --translator to back-translate "
                               "the other target too")
        return doc_units, translator.translate([u.text for u in doc_units], tgt_lang, src_lang, progress)

    comparison_result: Comparison | None = None
    if comparison == "round-trip":
        assert translator is not None
        bts = translator.translate([u.text for u in units], tgt_lang, src_lang, progress)
        rts = translator.translate(bts, src_lang, tgt_lang, progress)
        rows = [Row((i, i + 1), ((i, i + 1),)) for i in range(len(units))]
        pivot_units = units
        hyps = rts
        ref_streams = [[u.text for u in units]]
        extra = {"bts": bts, "rts": rts}
    else:
        if comparison == "back-translation":
            assert source is not None
            pivot_units = units_of(source, lines)
            units, bts = bts_for(units, back_translation)
            others_text = [bts]
            other_refs: list[list[Unit]] = []
        else:
            pivot_units = units_of(refs[0], lines)
            bts = []
            others_text = [[u.text for u in units]]
            other_refs = [units_of(r, lines) for r in refs[1:]]
            others_text += [[u.text for u in r] for r in other_refs]
        pivot_texts = [u.text for u in pivot_units]
        alignments = [trivial(len(pivot_units)) if lines else align(pivot_texts, t, threshold=options.align_threshold)
                      for t in others_text]
        rows = combine(len(pivot_units), alignments)
        if comparison == "back-translation":
            hyps = [join(units, r.others[0], bts) for r in rows]
            ref_streams = [[join(pivot_units, r.pivot) for r in rows]]
        else:
            hyps = [join(units, r.others[0]) for r in rows]
            ref_streams = [[join(pivot_units, r.pivot) for r in rows]]
            ref_streams += [[join(other_refs[k], r.others[k + 1]) for r in rows] for k in range(len(other_refs))]
        extra = {"bts": bts, "alignments": alignments}
        if compare is not None:
            comparison_result = _compare(compare, lines, pivot_units, alignments[0], bts_for, comparison,
                                         other_refs, options, metric_lang, hyps_of=(units, bts))
    if lines:
        notes.insert(0, f"line-aligned: {len(units)} lines in every file, scored line by line without re-splitting")
    elif comparison != "round-trip":
        notes.insert(0, f"split into sentences and aligned: {len(pivot_units)} "
                        f"{'source' if comparison == 'back-translation' else 'reference'} and {len(units)} target units")
    mask = [bool(h.strip()) and any(s[i].strip() for s in ref_streams) for i, h in enumerate(hyps)]
    corpus, segments = score_segments(hyps, ref_streams, options.metrics, metric_lang, mask)
    pairs = _pairs(rows, units, pivot_units, comparison, extra, ref_streams, segments)
    return DocumentScores(
        path=target.path, mode="line-aligned" if lines else comparison, comparison=comparison,
        segmentation=segmentation, source_lang=src_lang, target_lang=tgt_lang, metrics=corpus,
        pairs=tuple(pairs), references=tuple(r.path for r in refs),
        source=source.path if source is not None and comparison == "back-translation" else None,
        translator=translator.label if translator is not None and back_translation is None else None,
        translation=vars(translator.stats).copy() if translator is not None and back_translation is None else None,
        compare=comparison_result, notes=tuple(notes))


def _pairs(rows: list[Row], units: list[Unit], pivot_units: list[Unit], comparison: str, extra: dict,
           ref_streams: list[list[str]], segments: list) -> list[AlignedPair]:
    pairs: list[AlignedPair] = []
    alignments = extra.get("alignments")
    sims = {(link.pivot, link.other): link.similarity for link in alignments[0]} if alignments else {}
    last_target: Span | None = None
    pending_omissions: list[int] = []
    for i, (row, seg) in enumerate(zip(rows, segments)):
        t_rng = row.others[0]
        t_span = span_of(units, t_rng)
        t_text = join(units, t_rng) if t_span else None
        if comparison == "round-trip":
            pair = AlignedPair("1-1", "match", target=t_text, target_span=t_span, anchor=t_span,
                               back_translation=extra["bts"][i], round_trip=extra["rts"][i],
                               chrf=seg.chrf, bleu=seg.bleu, ter=seg.ter)
        else:
            p_span = span_of(pivot_units, row.pivot)
            p_text = join(pivot_units, row.pivot) if p_span else None
            n_pivot, n_target = row.pivot[1] - row.pivot[0], t_rng[1] - t_rng[0]
            if n_target == 0:
                kind = "omission" if n_pivot else "match"  # (a row only a second reference has)
            elif n_pivot == 0 and not any(s[i].strip() for s in ref_streams[1:]):
                kind = "addition"  # (another reference with text here would make it a match)
            else:
                kind = "match"
            is_bt = comparison == "back-translation"
            pair = AlignedPair(
                f"{n_pivot}-{n_target}", kind, source=p_text if is_bt else None, source_span=p_span if is_bt else None,
                target=t_text, target_span=t_span, anchor=t_span or last_target,
                back_translation=join(units, t_rng, extra["bts"]) if is_bt and t_span else None,
                references=() if is_bt else tuple(s[i] for s in ref_streams),
                chrf=seg.chrf, bleu=seg.bleu, ter=seg.ter, similarity=sims.get((row.pivot, t_rng)))
            if t_span is None and last_target is None:
                pending_omissions.append(len(pairs))  # nothing before it: anchor on the next target text
        if t_span is not None:
            last_target = t_span
            for j in pending_omissions:
                pairs[j] = _with_anchor(pairs[j], t_span)
            pending_omissions.clear()
        pairs.append(pair)
    return pairs


def _with_anchor(pair: AlignedPair, anchor: Span) -> AlignedPair:
    return replace(pair, anchor=anchor)


def _compare(other_doc: Document, lines: bool, pivot_units: list[Unit], main_links: list[Link], bts_for,
             comparison: str, other_refs: list[list[Unit]], options: ScoreOptions, lang: str,
             hyps_of: tuple[list[Unit], list[str]]) -> Comparison:
    """Both translations projected onto rows they agree on, then sacrebleu's paired test."""
    main_units, main_bts = hyps_of
    other_units = units_of(other_doc, lines)
    pivot_texts = [u.text for u in pivot_units]
    if comparison == "back-translation":
        other_units, other_texts = bts_for(other_units, None)
        main_texts = main_bts
    else:
        other_texts = [u.text for u in other_units]
        main_texts = [u.text for u in main_units]
    other_links = trivial(len(pivot_units)) if lines else align(pivot_texts, other_texts,
                                                                 threshold=options.align_threshold)
    ref_links = [trivial(len(pivot_units)) if lines else align(pivot_texts, [u.text for u in r],
                                                                threshold=options.align_threshold)
                 for r in other_refs]
    rows = combine(len(pivot_units), [main_links, other_links, *ref_links])
    baseline = [" ".join(main_texts[r.others[0][0]:r.others[0][1]]) for r in rows]
    other = [" ".join(other_texts[r.others[1][0]:r.others[1][1]]) for r in rows]
    streams = [[join(pivot_units, r.pivot) for r in rows]]
    streams += [[join(other_refs[k], r.others[k + 2]) for r in rows] for k in range(len(other_refs))]
    results = paired_test(baseline, other, streams, options.metrics, lang, options.compare_test,
                          options.compare_samples)
    return Comparison(other_doc.path, options.compare_test, results, len(rows))
