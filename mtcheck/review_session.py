"""The interactive review session: an editor decides on each finding of one article in the terminal.

Each finding shows with its paragraph (the span highlighted), rule, message and suggestion; ``?`` shows
the rule's documentation. Keys: [a]ccept the suggestion or fix (the article is rewritten atomically and
linted again, so later offsets are right), [d]ismiss as a false alarm, [c]onfirm as a real problem,
[e]dit the sentence by hand, [s]kip, [u]ndo the last step (restoring the article after an accept or
edit), [q]uit. Every decision is saved at once to the review file (:mod:`mtcheck.review`), so a review
can stop and resume; decided findings are not asked again.

Linting is injected (``lint(path) -> FileResult``; the CLI passes ``mtcheck.engine.lint_file`` with the
configuration), which keeps this module free of engine and config imports. Article text is only ever
printed as rich ``Text``, never as markup, so "[bold]" in an article is shown as typed.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from mtcheck.model import FileResult, Finding
from mtcheck.review import (
    Decision, DecisionStore, accept_edits, apply_edits_to_text, atomic_write_bytes, encode_like, sentence_span,
    suggestion_choices,
)
from mtcheck.review_terminal import Terminal


ACTIONS = "[a]ccept  [d]ismiss  [c]onfirm  [e]dit  [s]kip  [u]ndo  [?] rule docs  [q]uit"
_QUIT_KEYS = ("q", "\x04", "\x03")  # q, Ctrl-D, Ctrl-C
_CATEGORY_STYLE = {"accuracy": "red3", "fluency": "dodger_blue2", "terminology": "orchid", "style": "green4",
                   "locale-convention": "dark_orange", "scrape-residue": "grey50"}
_CONTEXT_CHARS = 360  # of paragraph shown either side of the span


@dataclass
class _Step:
    """One undoable action: the decision it replaced and the article's bytes before it, if it edited."""

    fingerprint: str
    previous: Decision | None
    file_before: bytes | None = None
    skip: bool = False


def _one_line(text: str, limit: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _default_rule_doc(rule_id: str) -> str | None:
    from mtcheck.rules import find_rule

    rule = find_rule(rule_id)
    return rule.documentation() if rule else None


class ReviewSession:
    """Walk an editor through the undecided findings of one article."""

    def __init__(self, article: str | Path, lint: Callable[[str], FileResult], *, terminal: Terminal | None = None,
                 rule_doc: Callable[[str], str | None] = _default_rule_doc) -> None:
        self.path = Path(article)
        self.lint = lint
        self.term = terminal or Terminal()
        self.console = self.term.console
        self.rule_doc = rule_doc
        self.store = DecisionStore(self.path)
        self.skipped: set[str] = set()
        self.undo_stack: list[_Step] = []
        self.focus: str | None = None
        self.result: FileResult = lint(str(self.path))

    # --- the loop ---
    def pending(self) -> list[Finding]:
        """Undecided, unskipped findings in text order (an undone one first)."""
        todo = [f for f in self.result.findings
                if f.fingerprint not in self.store and f.fingerprint not in self.skipped]
        todo.sort(key=lambda f: (f.fingerprint != self.focus, f.span.start, f.span.end, f.rule))
        return todo

    def run(self) -> dict[str, int]:
        """Review until every finding is decided or skipped, or the editor quits. Returns status counts."""
        try:
            while True:
                todo = self.pending()
                if not todo:
                    self._say("Every finding of this article has been decided." if not self.skipped else
                              f"Done for now: {len(self.skipped)} skipped finding(s) will be asked again next time.")
                    break
                self.focus = None
                if self._handle(todo[0], len(todo)) == "quit":
                    break
        except KeyboardInterrupt:
            self.console.print()
        counts: dict[str, int] = {}
        for d in self.store.all():
            counts[d.status] = counts.get(d.status, 0) + 1
        left = sum(1 for f in self.result.findings if f.fingerprint not in self.store)
        if counts:
            summary = ", ".join(f"{n} {s}" for s, n in sorted(counts.items()))
            self._say(f"Saved to {self.store.path.name}: {summary}; {left} finding(s) undecided.")
        else:
            self._say(f"No decisions recorded; {left} finding(s) undecided.")
        return {**counts, "undecided": left}

    def _handle(self, f: Finding, left: int) -> str:
        self._show(f, left)
        while True:
            key = self.term.key(f"{ACTIONS} › ")
            if key in _QUIT_KEYS:
                return "quit"
            if key in ("?", "h"):
                self._show_doc(f)
                continue
            if key == "d":
                return self._decide(f, "dismissed")
            if key == "c":
                return self._decide(f, "confirmed")
            if key == "s":
                self.skipped.add(f.fingerprint)
                self.undo_stack.append(_Step(f.fingerprint, None, skip=True))
                return "next"
            if key == "u":
                if self._undo():
                    return "next"
                continue
            if key == "a" and self._accept(f):
                return "next"
            if key == "e" and self._edit(f):
                return "next"
            if key not in ("a", "e"):
                self._say(f"Unknown key {key!r}.", style="yellow")

    # --- actions ---
    def _decide(self, f: Finding, status: str, note: str = "", file_before: bytes | None = None) -> str:
        self.undo_stack.append(_Step(f.fingerprint, self.store.get(f.fingerprint), file_before))
        self.store.put(Decision(f.fingerprint, f.rule, status, f.text, note))
        return "next"

    def _read_article(self) -> tuple[bytes, str, str] | None:
        """The article's bytes, text and encoding, or None (re-linted) if it changed since the last lint."""
        from mtcheck.text.read import decode

        raw = self.path.read_bytes()
        decoded = decode(raw, str(self.path))
        if decoded.text != self.result.text:
            self._say("The article changed on disk; findings were re-read.", style="yellow")
            self._relint()
            return None
        return raw, decoded.text, decoded.encoding

    def _write_article(self, f: Finding, raw: bytes, encoding: str, new_text: str, status: str, note: str) -> None:
        atomic_write_bytes(self.path, encode_like(raw, new_text, encoding))
        self._decide(f, status, note, file_before=raw)
        self._relint()

    def _accept(self, f: Finding) -> bool:
        """Apply the rule's fix, else the suggestion; anything but a safe fix is previewed and confirmed."""
        has_fix = bool(f.fix and f.fix.edits)
        choices = suggestion_choices(f.suggestion)
        if not has_fix and not choices:
            self._say("This finding has no suggestion to accept: [e]dit the sentence, or [c]onfirm it.", style="yellow")
            return False
        choice = None
        if not has_fix:
            if len(choices) > 1:
                for i, c in enumerate(choices, 1):
                    self.console.print(self._text(f"  {i}. ", c))
                key = self.term.key(f"Which one? [1-{len(choices)}, other key cancels] › ")
                if not (key.isdigit() and 1 <= int(key) <= len(choices)):
                    return False
                choices = [choices[int(key) - 1]]
            choice = choices[0]
        article = self._read_article()
        if article is None:
            return True
        raw, text, encoding = article
        edits = accept_edits(f, choice)
        new_text = apply_edits_to_text(text, edits)
        # report the change over the finding's span too: "Brussels With" → "Brussels — With", not " " → " — "
        start = min([f.span.start] + [e.span.start for e in edits])
        end = max([f.span.end] + [e.span.end for e in edits])
        before, after = text[start:end], new_text[start:end + len(new_text) - len(text)]
        if not (has_fix and f.fix.safe):  # advice or an unsafe fix, not an edit the rule vouches for: preview
            span = sentence_span(text, f)
            preview = new_text[span.start:span.end + len(new_text) - len(text)]
            self.console.print(self._text("Result: ", preview))
            if self.term.key("Write this? [y/n] › ") != "y":
                self._say("Nothing changed.")
                return False
        self._write_article(f, raw, encoding, new_text, "accepted", f"→ {after}" if after else "deleted")
        self.console.print(self._text(f"Replaced “{_one_line(before)}” with “{_one_line(after)}”." if after
                                      else f"Deleted “{_one_line(before)}”."), style="green")
        return True

    def _edit(self, f: Finding) -> bool:
        article = self._read_article()
        if article is None:
            return True
        raw, text, encoding = article
        span = sentence_span(text, f)
        current = text[span.start:span.end]
        self.console.print(self._text("Sentence: ", current))
        new = self.term.line("Replacement (empty line cancels): ", prefill=current)
        if not new or new == current:
            self._say("Nothing changed.")
            return False
        self._write_article(f, raw, encoding, text[:span.start] + new + text[span.end:], "edited", f"→ {new}")
        self._say("Sentence replaced.", style="green")
        return True

    def _undo(self) -> bool:
        if not self.undo_stack:
            self._say("Nothing to undo in this session.", style="yellow")
            return False
        step = self.undo_stack.pop()
        if step.skip:
            self.skipped.discard(step.fingerprint)
        else:
            if step.file_before is not None:
                atomic_write_bytes(self.path, step.file_before)
            if step.previous is None:
                self.store.remove(step.fingerprint)
            else:
                self.store.put(step.previous)
            if step.file_before is not None:
                self._relint()
        self.focus = step.fingerprint
        self._say("Undone.", style="green")
        return True

    def _relint(self) -> None:
        """Lint again after an edit, carrying decisions over to findings whose fingerprint the edit changed."""
        before = self.result
        self.result = self.lint(str(self.path))
        now = {f.fingerprint for f in self.result.findings}
        orphans = [d for d in self.store.all() if d.fingerprint not in now and d.status in ("dismissed", "confirmed")]
        was = {f.fingerprint for f in before.findings}
        fresh = [f for f in self.result.findings if f.fingerprint not in was and f.fingerprint not in self.store]
        for d in orphans:  # same rule, same flagged text, one candidate: the sentence around it was edited
            matches = [f for f in fresh if f.rule == d.rule and f.text.lower() == d.text.lower()]
            if len(matches) == 1:
                self.store.remove(d.fingerprint)
                self.store.put(Decision(matches[0].fingerprint, d.rule, d.status, matches[0].text, d.note))
                fresh.remove(matches[0])

    # --- display ---
    def _say(self, message: str, style: str = "") -> None:
        from rich.text import Text

        self.console.print(Text(message, style=style))

    @staticmethod
    def _text(*parts: str):
        from rich.text import Text

        return Text("".join(parts))

    def _show(self, f: Finding, left: int) -> None:
        from rich.text import Text

        from mtcheck.text.segment import segment

        colour = _CATEGORY_STYLE.get(str(f.category), "white")
        self.console.print()
        self.console.rule(Text(f"{self.path.name}:{f.line}:{f.column} · {left} left", style="dim"))
        head = Text()
        head.append(f"{f.rule} {f.name}", style=f"bold {colour}")
        head.append(f"  {f.category} · {f.severity}", style="dim")
        self.console.print(head)
        text = self.result.text
        para = segment(text).paragraph_at(f.span.start)
        lo, hi = (para.span.start, para.span.end) if para else (f.span.start, f.span.end)
        lo, hi = max(lo, f.span.start - _CONTEXT_CHARS), min(max(hi, f.span.end), f.span.end + _CONTEXT_CHARS)
        snippet = Text("…" if lo > (para.span.start if para else lo) else "")
        snippet.append(text[lo:f.span.start])
        snippet.append(text[f.span.start:f.span.end] or "‸", style=f"bold reverse {colour}")
        snippet.append(text[f.span.end:hi])
        if para and hi < para.span.end:
            snippet.append("…")
        self.console.print(snippet)
        self.console.print(Text(f.message, style="bold"))
        if f.suggestion:
            self.console.print(Text("Suggestion: ", style="green").append(f.suggestion, style="bold green"))
        if f.fix and f.fix.edits:
            self.console.print(Text(f"Fix ({'safe' if f.fix.safe else 'check it'}): {f.fix.description or 'edit'}",
                                    style="dim"))

    def _show_doc(self, f: Finding) -> None:
        from rich.markdown import Markdown

        doc = self.rule_doc(f.rule)
        if not doc:
            self._say(f"No documentation for {f.rule}.", style="yellow")
            return
        self.console.print(Markdown(doc))
