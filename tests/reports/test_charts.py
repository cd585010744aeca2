"""Inline SVG charts: deterministic bytes, embeddable, ids unique per chart."""
from __future__ import annotations

import re
from xml.etree import ElementTree as ET

from mtcheck.reporters.charts import bar_chart_svg, bin_counts, histogram_svg

COUNTS = {"accuracy": 3, "fluency": 10, "scrape-residue": 0}


def test_bar_chart_is_byte_identical_and_dateless():
    a = bar_chart_svg(COUNTS, {"accuracy": "#d55e00"}, title="Findings")
    assert a == bar_chart_svg(COUNTS, {"accuracy": "#d55e00"}, title="Findings")
    assert "<?xml" not in a and "DOCTYPE" not in a and "<metadata" not in a and "dc:date" not in a
    root = ET.fromstring(a)
    assert root.tag.endswith("svg") and root.get("viewBox") and root.get("width") is None
    texts = [t.text for t in root.iter() if t.tag.endswith("text")]
    assert {"accuracy", "fluency", "scrape-residue", "3", "10", "0"} <= set(texts)
    assert "#d55e00" in a


def test_ids_are_prefixed_so_charts_can_share_a_page():
    a = bar_chart_svg(COUNTS, {}, title="t", prefix="one")
    b = bar_chart_svg(COUNTS, {}, title="t", prefix="two")
    ids_a, ids_b = set(re.findall(r'id="([^"]+)"', a)), set(re.findall(r'id="([^"]+)"', b))
    assert ids_a and not ids_a & ids_b
    assert all(i.startswith("one-") for i in ids_a)
    for ref in re.findall(r'(?:url\(#|href="#)([^)"]+)', a):
        assert ref in ids_a


def test_histogram_counts_and_threshold_colour():
    svg = histogram_svg([5, 15, 15, 99, 100, 120, -3], title="chrF <x>", xlabel="chrF", threshold=50)
    assert svg == histogram_svg([5, 15, 15, 99, 100, 120, -3], title="chrF <x>", xlabel="chrF", threshold=50)
    assert "<title>chrF &lt;x&gt;</title>" in svg
    assert "#d55e00" in svg and "#0072b2" in svg  # bars below / above the threshold
    ET.fromstring(svg)


def test_empty_inputs_still_render():
    ET.fromstring(bar_chart_svg({}, {}, title="none"))
    ET.fromstring(histogram_svg([], title="none", xlabel="x"))


def test_bin_counts():
    assert bin_counts([0, 9.99, 10, 55, 99, 100, 120, -3], 10, 0, 100) == [3, 1, 0, 0, 0, 1, 0, 0, 0, 3]
    assert bin_counts([], 4, 0, 1) == [0, 0, 0, 0]
