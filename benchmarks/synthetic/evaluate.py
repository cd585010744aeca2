"""Score mtcheck's detectors on synthetic documents: per-detector precision and recall.

A *detector* is an artefact type, the injector that plants it and the rule ids expected to catch it.
For each detector, documents are generated clean and then given 1–N instances of that one artefact;
clean documents are linted as well. Then, per detector:

* recall = planted instances that a finding of the detector's rules overlaps / planted instances;
* precision = findings of its rules that overlap a planted instance of its type / (those + findings
  on text where nothing of any type was planted). A finding that lands on an artefact of *another*
  type (``MT502`` on an injected German date "3. März") is counted apart as *cross* and left out:
  it is neither a miss nor a cry of wolf on clean text.

Everything is deterministic for a given seed.
"""
from __future__ import annotations

import csv
import math
import random
import tempfile
import zlib
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from mtcheck.config import Config
from mtcheck.engine import lint_text
from mtcheck.model import Finding
from mtcheck.rules import ALL_RULES

from benchmarks.synthetic import injectors as inj
from benchmarks.synthetic.generator import artefact_material, generate_article

TARGET = 0.9
EXAMPLES = 6  # misses and false positives kept per detector for the report


@dataclass(frozen=True)
class Detector:
    name: str
    rules: tuple[str, ...]
    inject: inj.Injector
    max_instances: int = 3


DETECTORS: tuple[Detector, ...] = (
    Detector("duplicated-word", ("MT101",), inj.duplicated_word),
    Detector("duplicated-phrase", ("MT102",), inj.duplicated_phrase),
    Detector("repeated-sentence", ("MT103",), inj.repeated_sentence, 2),
    Detector("boilerplate-line", ("MT201",), inj.boilerplate),
    Detector("broken-line", ("MT202",), inj.broken_line),
    Detector("stray-punctuation-line", ("MT203",), inj.stray_punctuation),
    Detector("quote-spacing", ("MT301",), inj.quote_spacing),
    Detector("unbalanced-quotes", ("MT302",), inj.unbalanced_quotes, 2),
    Detector("foreign-quotes", ("MT303",), inj.foreign_quotes),
    Detector("space-before-punctuation", ("MT304",), inj.space_before_punctuation),
    Detector("missing-space-after-punctuation", ("MT305",), inj.missing_space_after_punctuation),
    Detector("doubled-space", ("MT306",), inj.doubled_space),
    Detector("entity-inconsistency", ("MT401",), inj.entity_misspelling, 2),
    Detector("glossary-term", ("MT402",), inj.glossary_variant),
    Detector("transliteration", ("MT403",), inj.transliteration),
    Detector("untranslated-sentence", ("MT501",), inj.untranslated_sentence),
    Detector("untranslated-word", ("MT502",), inj.untranslated_word),
    Detector("untranslated-abbreviation", ("MT503",), inj.german_abbreviation),
    # The two lexicon rules share one pack; which of them an item belongs to is the pack's call.
    Detector("false-friend", ("MT601", "MT602"), inj.false_friend),
    Detector("calque", ("MT602", "MT601"), inj.calque),
    Detector("number-format", ("MT701",), inj.number_format),
    Detector("date-format", ("MT702",), inj.date_format),
    Detector("currency-format", ("MT703",), inj.currency_format),
    Detector("sentence-fragment", ("MT801",), inj.sentence_fragment),
    Detector("run-in-dateline", ("MT802",), inj.run_in_dateline, 1),
    Detector("drop-cap-residue", ("MT803",), inj.drop_cap, 1),
)


@dataclass(frozen=True)
class SyntheticDoc:
    id: str
    kind: str | None  # the detector whose artefact was planted; None for a clean document
    text: str
    instances: tuple[inj.Instance, ...] = ()


@dataclass
class Score:
    detector: Detector
    docs: int = 0
    instances: int = 0
    detected: int = 0
    true_positives: int = 0
    false_positives: int = 0
    cross: int = 0
    misses: list[str] = field(default_factory=list)
    false_alarms: list[str] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.detected / self.instances if self.instances else math.nan

    @property
    def precision(self) -> float:
        flagged = self.true_positives + self.false_positives
        return self.true_positives / flagged if flagged else math.nan

    @property
    def implemented(self) -> bool:
        return any(r.id in self.detector.rules for r in ALL_RULES)

    @property
    def passed(self) -> bool:
        return self.implemented and self.recall >= TARGET and self.precision >= TARGET


@dataclass
class Evaluation:
    scores: dict[str, Score]
    clean_findings: Counter  # rule id -> findings on clean documents
    stray_findings: Counter  # rule id -> findings on injected documents outside every planted span
    clean_docs: int
    injected_docs: int
    clean_examples: dict[str, list[str]]
    material: str = "artefacts"


def _seed(*parts: object) -> int:
    return zlib.crc32(":".join(map(str, parts)).encode())


def build_documents(docs_per_detector: int, clean_docs: int, seed: int = 0,
                    detectors: tuple[Detector, ...] = DETECTORS, material: str = "artefacts") -> list[SyntheticDoc]:
    """Injected documents for each detector (new clean articles are drawn until a site exists)."""
    with inj.material_set(material):
        return _build(docs_per_detector, clean_docs, seed, detectors)


def _build(docs_per_detector: int, clean_docs: int, seed: int, detectors: tuple[Detector, ...]) -> list[SyntheticDoc]:
    docs = []
    for det in detectors:
        made = attempt = 0
        while made < docs_per_detector and attempt < docs_per_detector * 30:
            base = _seed(seed, det.name, attempt)
            attempt += 1
            rng = random.Random(base ^ 0x5EED)
            result = det.inject(generate_article(base), rng, rng.randint(1, det.max_instances))
            if result and result.instances:
                docs.append(SyntheticDoc(f"{det.name}-{made:03d}", det.name, result.text, result.instances))
                made += 1
    for i in range(clean_docs):
        docs.append(SyntheticDoc(f"clean-{i:03d}", None, generate_article(_seed(seed, "clean", i))))
    return docs


def glossary_entries(material: str = "artefacts") -> tuple:
    """The material's newsroom glossary, written as CSV and read back through mtcheck's own loader."""
    from mtcheck.glossary import load_glossary

    if not artefact_material(material)["glossary"]["entries"]:
        return ()  # a set without glossary terms: nothing is planted, and the rules get no glossary
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "glossary.csv"
        with path.open("w", encoding="utf-8", newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow(["term", "variants", "note"])
            for term, variants in artefact_material(material)["glossary"]["entries"]:
                writer.writerow([term, "|".join(variants), "house style"])
        return load_glossary(path)


def _overlaps(f: Finding, spans: inj.Instance) -> bool:
    start, end = f.span.start, max(f.span.end, f.span.start + 1)
    return any(start < e and s < end for s, e in spans)


def _context(text: str, start: int, end: int, width: int = 45) -> str:
    left = text[max(0, start - width):start]
    right = text[end:end + width]
    return (left + "«" + text[start:end] + "»" + right).replace("\n", "⏎")


def evaluate(docs_per_detector: int = 12, clean_docs: int = 60, seed: int = 0,
             detectors: tuple[Detector, ...] = DETECTORS, material: str = "artefacts") -> Evaluation:
    """Lint injected and clean documents; ``material`` picks the injectors' item lists (see generator)."""
    docs = build_documents(docs_per_detector, clean_docs, seed, detectors, material)
    config = Config(select=("ALL",), source_lang="de", target_lang="en")
    glossary = glossary_entries(material)
    scores = {d.name: Score(d) for d in detectors}
    clean_findings: Counter = Counter()
    stray_findings: Counter = Counter()
    clean_examples: dict[str, list[str]] = defaultdict(list)
    for doc in docs:
        findings = lint_text(doc.text, f"{doc.id}.txt", config, glossary=glossary).findings
        all_gold = [s for inst in doc.instances for s in inst]
        for f in findings:
            if doc.kind is None:
                clean_findings[f.rule] += 1
                if len(clean_examples[f.rule]) < EXAMPLES:
                    clean_examples[f.rule].append(f"{doc.id}: {_context(doc.text, *f.span)}")
            elif not _overlaps(f, tuple(all_gold)):
                stray_findings[f.rule] += 1
        for det in detectors:
            _score(scores[det.name], doc, [f for f in findings if f.rule in det.rules])
    injected = sum(1 for d in docs if d.kind)
    return Evaluation(scores, clean_findings, stray_findings, len(docs) - injected, injected, dict(clean_examples),
                      material)


def _score(score: Score, doc: SyntheticDoc, findings: list[Finding]) -> None:
    own = doc.kind == score.detector.name
    gold = tuple(s for inst in doc.instances for s in inst)
    if own:
        score.docs += 1
        for inst in doc.instances:
            score.instances += 1
            if any(_overlaps(f, inst) for f in findings):
                score.detected += 1
            elif len(score.misses) < EXAMPLES:
                score.misses.append(f"{doc.id}: {_context(doc.text, inst[-1][0], inst[-1][1])}")
    for f in findings:
        if own and _overlaps(f, gold):
            score.true_positives += 1
        elif doc.kind is not None and _overlaps(f, gold):
            score.cross += 1
        else:
            score.false_positives += 1
            if len(score.false_alarms) < EXAMPLES:
                score.false_alarms.append(f"{doc.id} [{f.rule}]: {_context(doc.text, *f.span)}")


# --- reporting ----------------------------------------------------------------------------------
def _fmt(x: float) -> str:
    return "n/a" if math.isnan(x) else f"{x:.2f}"


def status(score: Score) -> str:
    if not score.implemented:
        return "NO RULE"
    return "ok" if score.passed else "BELOW 0.9"


def table_rows(ev: Evaluation) -> list[list[str]]:
    rows = []
    for s in ev.scores.values():
        rows.append([s.detector.name, "/".join(s.detector.rules), str(s.docs), str(s.instances), str(s.detected),
                     _fmt(s.recall), str(s.true_positives), str(s.false_positives), str(s.cross),
                     _fmt(s.precision), status(s)])
    return rows


HEADER = ["detector", "rules", "docs", "planted", "found", "recall", "TP", "FP", "cross", "precision", "status"]


def markdown(ev: Evaluation, title: str = "Synthetic evaluation") -> str:
    lines = [f"# {title}", "",
             f"{ev.injected_docs} injected documents (one artefact type each, material `{ev.material}`) and "
             f"{ev.clean_docs} clean documents; target ≥ {TARGET} precision and recall per detector.", "",
             "| " + " | ".join(HEADER) + " |", "|" + "---|" * len(HEADER)]
    lines += ["| " + " | ".join(r) + " |" for r in table_rows(ev)]
    lines += ["", "## Findings on clean documents, per rule", "",
              "| rule | on clean docs | on injected docs, off every planted span |", "|---|---|---|"]
    for rule in ALL_RULES:
        lines.append(f"| {rule.id} {rule.name} | {ev.clean_findings.get(rule.id, 0)} | {ev.stray_findings.get(rule.id, 0)} |")
    failing = [s for s in ev.scores.values() if not s.passed]
    if failing:
        lines += ["", "## Detectors below target", ""]
        for s in failing:
            lines += [f"### {s.detector.name} ({'/'.join(s.detector.rules)}): {status(s)}, "
                      f"recall {_fmt(s.recall)}, precision {_fmt(s.precision)}", ""]
            if s.misses:
                lines += ["Missed:", ""] + [f"- `{m}`" for m in s.misses] + [""]
            if s.false_alarms:
                lines += ["False positives:", ""] + [f"- `{m}`" for m in s.false_alarms] + [""]
    noisy = {r: ex for r, ex in ev.clean_examples.items() if ex}
    if noisy:
        lines += ["", "## Examples of findings on clean documents", ""]
        for rule, examples in sorted(noisy.items()):
            lines += [f"- **{rule}**"] + [f"  - `{e}`" for e in examples]
    return "\n".join(lines) + "\n"


def plain_table(ev: Evaluation) -> str:
    rows = [HEADER] + table_rows(ev)
    widths = [max(len(r[i]) for r in rows) for i in range(len(HEADER))]
    return "\n".join("  ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip() for r in rows)
