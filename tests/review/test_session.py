"""The review session driven by a scripted terminal, with the deterministic test linter."""
from __future__ import annotations

import codecs
import os
import stat

from mtcheck.review import load_decisions, read_review_file
from mtcheck.review_session import ReviewSession
from tests.review.conftest import ARTICLE, Script, fake_lint


def _session(article, *answers, **kw):
    script = Script(*answers)
    return ReviewSession(article, fake_lint, terminal=script.terminal, **kw), script


def _statuses(article) -> list[tuple[str, str]]:
    return [(d.text, d.status) for d in read_review_file(str(article) + ".review.tsv")]


def test_accept_safe_fix_edits_the_article_and_relints(article):
    session, script = _session(article, "a", "a", "q")
    session.run()
    text = article.read_text(encoding="utf-8")
    # "now, now" → "now"; then the next finding ("Lawrow", no fix) is previewed: "a" then "q" is not "y"
    assert "answers now,” the" in text and "Lawrow" in text
    assert _statuses(article) == [("now, now", "accepted")]
    assert "Result: Foreign minister Sergej Lavrov said the the talks were useful." in script.screen
    assert "Nothing changed." in script.screen
    # offsets were refreshed after the edit: the remaining findings point at their text
    for f in session.result.findings:
        assert session.result.text[f.span.start:f.span.end] == f.text


def test_suggestion_without_fix_is_written_after_confirmation(article):
    _session(article, "s", "a", "y", "q")[0].run()
    assert "Sergej Lavrov said" in article.read_text(encoding="utf-8")
    assert _statuses(article) == [("Lawrow", "accepted")]
    assert read_review_file(str(article) + ".review.tsv")[0].note == "→ Lavrov"


def test_alternatives_are_offered_as_choices(article):
    # skip the three findings before "since years", then pick the second alternative
    session, script = _session(article, "s", "s", "s", "a", "2", "y", "q")
    session.run()
    assert "rejects an invasion for many years." in article.read_text(encoding="utf-8")
    assert "1. for years" in script.screen and "2. for many years" in script.screen


def test_dismiss_confirm_skip_then_resume_asks_only_undecided(article):
    before = article.read_bytes()
    _session(article, "d", "c", "s", "q")[0].run()
    assert article.read_bytes() == before
    assert _statuses(article) == [("now, now", "dismissed"), ("Lawrow", "confirmed")]
    session, script = _session(article, "d", "d", "d")
    counts = session.run()
    assert 'duplicated word "now"' not in script.screen  # decided last time: not asked again
    assert script.screen.index('duplicated word "the"') < script.screen.index("since years")  # the skipped one
    assert "Every finding of this article has been decided." in script.screen
    assert counts == {"confirmed": 1, "dismissed": 4, "undecided": 0}
    assert set(load_decisions(article).values()) == {"dismissed", "confirmed"}


def test_undo_restores_the_article_and_the_decision(article):
    os.chmod(article, 0o640)
    before = article.read_bytes()
    session, script = _session(article, "a", "u", "d", "u", "u", "q")
    session.run()
    assert article.read_bytes() == before  # the accept was undone byte for byte
    assert stat.S_IMODE(article.stat().st_mode) == 0o640
    assert not (article.parent / (article.name + ".review.tsv")).exists()
    assert script.screen.count("Undone.") == 2 and "Nothing to undo in this session." in script.screen
    assert script.screen.count('duplicated word "now"') == 3  # shown, shown again after undo, again


def test_edit_the_sentence_by_hand(article):
    _session(article, "e", "We need answers now.", "q")[0].run()
    text = article.read_text(encoding="utf-8")
    assert "The delegations met on Tuesday. We need answers now.\nForeign" in text
    decision = read_review_file(str(article) + ".review.tsv")[0]
    assert (decision.status, decision.note) == ("edited", "→ We need answers now.")


def test_empty_edit_changes_nothing(article):
    before = article.read_bytes()
    session, script = _session(article, "e", "", "q")
    session.run()
    assert article.read_bytes() == before and "Nothing changed." in script.screen


def test_decisions_in_an_edited_sentence_are_carried_over(article):
    # "the the" is dismissed; accepting "Lawrow" → "Lavrov" later rewrites the same sentence, which changes
    # the fingerprint of "the the": the dismissal must follow it
    _session(article, "s", "s", "d", "q")[0].run()
    session, script = _session(article, "s", "a", "y", "q")
    session.run()
    assert "Sergej Lavrov said the the talks" in article.read_text(encoding="utf-8")
    assert 'duplicated word "the"' not in script.screen
    assert {d.text: d.status for d in read_review_file(str(article) + ".review.tsv")} == {
        "the the": "dismissed", "Lawrow": "accepted"}
    the_the = next(f for f in fake_lint(str(article)).findings if f.text == "the the")
    assert load_decisions(article)[the_the.fingerprint] == "dismissed"


def test_article_changed_on_disk_is_relinted_not_overwritten(article):
    session, script = _session(article, "a", "q")
    article.write_text("Completely new text, now now.\n", encoding="utf-8")
    session.run()
    assert article.read_text(encoding="utf-8") == "Completely new text, now now.\n"
    assert "The article changed on disk" in script.screen


def test_encoding_and_line_endings_survive_an_accept(tmp_path):
    path = tmp_path / "bom.txt"
    path.write_bytes(codecs.BOM_UTF8 + ARTICLE.replace("\n", "\r\n").encode("utf-8"))
    _session(path, "a", "q")[0].run()
    raw = path.read_bytes()
    assert raw.startswith(codecs.BOM_UTF8) and b"answers now,\xe2\x80\x9d the" in raw
    assert raw.count(b"\r\n") == ARTICLE.count("\n") and b"\n" not in raw.replace(b"\r\n", b"")


def test_article_text_is_never_read_as_markup(tmp_path):
    path = tmp_path / "m.txt"
    path.write_text("[bold red]Look[/bold red] at this this.\n", encoding="utf-8")
    session, script = _session(path, "q")
    session.run()
    assert "[bold red]Look[/bold red] at this this." in script.screen


def test_documentation_on_request(article):
    docs = lambda rule: f"# {rule} docs\n\n## What it does\nFlags."  # noqa: E731
    session, script = _session(article, "?", "h", "q", rule_doc=docs)
    session.run()
    assert script.screen.count("MT902 docs") == 2 and "What it does" in script.screen


def test_unknown_keys_and_end_of_input(article):
    session, script = _session(article, "x")  # then end of input: quits, saving nothing
    counts = session.run()
    assert "Unknown key 'x'." in script.screen and counts == {"undecided": 5}
