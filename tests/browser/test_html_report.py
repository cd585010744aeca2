"""The HTML report in a real browser: Debian's headless Chromium driven by playwright (never a downloaded browser).

Two pages: the report of seeds/ (plus the hostile-input article) through the real engine, and the
hand-built quality report (every category, overlaps, scores, hostile findings). Screenshots go to
tests/_artifacts/ (git-ignored) for people to look at.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from mtcheck.model import Report
from mtcheck.reporters.html import render_html
from tests.conftest import ROOT
from tests.reports.conftest import HOSTILE_PATH, build_quality_report

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = ROOT / "tests" / "_artifacts"
LAUNCH_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
               "--disable-background-networking", "--disable-component-update", "--disable-sync"]
TRANSPARENT = "rgba(0, 0, 0, 0)"


def seeds_report() -> Report:
    """seeds/*.txt and the hostile article through the real engine (the hand-built report without it)."""
    try:
        from mtcheck.config import Config
        from mtcheck.engine import lint_paths
    except ImportError:
        return build_quality_report()
    paths = [str(p.relative_to(ROOT)) for p in sorted((ROOT / "seeds").glob("*.txt"))]
    return lint_paths([*paths, str(HOSTILE_PATH.relative_to(ROOT))], Config())


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    if not CHROMIUM.exists():
        pytest.skip("Debian's Chromium is not at /usr/bin/chromium (apt-get install chromium)")
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed (pip install playwright)")
    with sync_api.sync_playwright() as p:
        context = p.chromium.launch_persistent_context(
            str(tmp_path_factory.mktemp("chromium-profile")), executable_path=str(CHROMIUM), headless=True,
            args=LAUNCH_ARGS, viewport={"width": 1280, "height": 900})
        yield context
        context.close()


class Loaded:
    """A report page plus what happened while it was open: dialogs, requests, script errors."""

    def __init__(self, context, report: Report, name: str) -> None:
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        self.report = report
        self.path = ARTIFACTS / f"{name}.html"
        self.path.write_text(render_html(report), encoding="utf-8")
        self.dialogs: list[str] = []
        self.requests: list[str] = []
        self.errors: list[str] = []
        self.page = context.new_page()
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.goto(self.path.as_uri())
        self.page.wait_for_load_state("load")

    @property
    def front(self):
        """The page, brought to the front: Chromium throttles animation frames in background tabs."""
        self.page.bring_to_front()
        return self.page


@pytest.fixture(scope="module")
def seeds_page(browser):
    loaded = Loaded(browser, seeds_report(), "seeds-report")
    yield loaded
    _screenshot(loaded, "seeds-report.png")
    loaded.page.close()


@pytest.fixture(scope="module")
def demo_page(browser):
    loaded = Loaded(browser, build_quality_report(), "demo-report")
    yield loaded
    _screenshot(loaded, "demo-report.png")
    loaded.page.close()


def _screenshot(loaded: Loaded, name: str) -> None:
    page = loaded.front
    page.keyboard.press("Escape")  # close any popover
    page.evaluate("window.scrollTo(0, 0)")  # the sticky filter bar sits on top
    page.screenshot(path=str(ARTIFACTS / name), full_page=True)


def _background(page, selector: str) -> str:
    return page.eval_on_selector(selector, "el => getComputedStyle(el).backgroundColor")


@pytest.mark.parametrize("which", ["seeds_page", "demo_page"])
def test_every_finding_is_highlighted_once(which, request):
    loaded = request.getfixturevalue(which)
    findings = loaded.report.findings
    assert findings, "the report has no findings to highlight"
    page = loaded.front
    assert page.locator("mark[data-first]").count() == len(findings)
    keys = page.eval_on_selector_all("mark[data-finding]", "els => [...new Set(els.map(e => e.dataset.finding))]")
    assert len(keys) == len(findings)
    texts = page.eval_on_selector_all("mark[data-first]", "els => els.map(e => e.dataset.rule)")
    assert sorted(texts) == sorted(f.rule for f in findings)
    # every highlight is painted: a category colour behind it
    backgrounds = page.eval_on_selector_all("mark[data-first]:not(.empty):not(.st-dismissed)",
                                            "els => els.map(e => getComputedStyle(e).backgroundColor)")
    assert backgrounds and TRANSPARENT not in backgrounds
    assert not loaded.errors


def test_category_filter_hides_and_shows_highlights(seeds_page):
    page = seeds_page.front
    first = seeds_page.report.findings[0]
    cat = str(first.category)
    mark = f"mark.cat-{cat}[data-first]"
    row = f"tr.finding.cat-{cat}"
    painted = _background(page, mark)
    assert painted != TRANSPARENT and page.locator(row).first.is_visible()
    box = page.locator(f'input[data-filter="cat"][value="{cat}"]')
    box.uncheck()
    assert _background(page, mark) == TRANSPARENT
    assert not page.locator(row).first.is_visible()
    assert "hide-cat-" + cat in page.eval_on_selector("body", "b => b.className")
    box.check()
    assert _background(page, mark) == painted
    assert page.locator(row).first.is_visible()


def test_severity_filter_hides_only_that_severity(demo_page):
    page = demo_page.front
    box = page.locator('input[data-filter="sev"][value="error"]')
    box.uncheck()
    errors = page.eval_on_selector_all("mark.sev-error", "els => els.map(e => getComputedStyle(e).backgroundColor)")
    others = page.eval_on_selector_all("mark.sev-warning[data-first]",
                                       "els => els.map(e => getComputedStyle(e).backgroundColor)")
    assert errors and set(errors) == {TRANSPARENT}
    assert others and TRANSPARENT not in others
    box.check()
    assert TRANSPARENT not in page.eval_on_selector_all(
        "mark.sev-error.st-open[data-first]", "els => els.map(e => getComputedStyle(e).backgroundColor)")


def test_clicking_a_highlight_shows_rule_message_and_suggestion(demo_page):
    page = demo_page.front
    target = next(f for f in demo_page.report.findings if f.suggestion and f.rule == "MT904")
    page.locator('mark[data-first][data-rule="MT904"]').click()
    assert page.locator("#popover").is_visible()
    assert page.locator("#pop-rule").text_content() == target.rule
    assert page.locator("#pop-message").text_content() == target.message
    assert page.locator("#pop-suggestion").text_content() == target.suggestion
    page.keyboard.press("Escape")
    assert not page.locator("#popover").is_visible()


@pytest.mark.parametrize("which", ["seeds_page", "demo_page"])
def test_hostile_article_renders_as_text_and_runs_nothing(which, request):
    loaded = request.getfixturevalue(which)
    page = loaded.front
    hostile = HOSTILE_PATH.read_text(encoding="utf-8")
    texts = page.eval_on_selector_all("div.text", "els => els.map(e => e.textContent)")
    assert any("<script>alert(1)</script>" in t and '"><img src=x onerror=alert(1)>' in t for t in texts)
    assert any(t.replace("\r\n", "\n") == hostile.replace("\r\n", "\n") for t in texts)
    assert page.locator("img").count() == 0 and page.locator("img[onerror]").count() == 0
    assert page.locator("textarea").count() == 0 and page.locator("svg[onload]").count() == 0
    handlers = page.evaluate("""() => [...document.querySelectorAll('*')].flatMap(
        el => [...el.attributes].filter(a => a.name.startsWith('on')).map(a => el.tagName + ' ' + a.name))""")
    assert handlers == []
    assert page.locator("script").count() == 1
    # open every popover in the page: hostile messages and suggestions go in as text too
    for mark in page.locator("mark[data-first]").all()[:40]:
        mark.click(timeout=5000)
        assert page.locator("#popover").is_visible()
        page.keyboard.press("Escape")
    assert loaded.dialogs == []
    assert not loaded.errors
    assert all(url.startswith(("file:", "data:", "about:")) for url in loaded.requests), loaded.requests


def test_report_stays_small(seeds_page):
    # Render time is measured in benchmarks/, not asserted here: timed tests fail on a busy machine.
    assert seeds_page.path.stat().st_size < 500_000
