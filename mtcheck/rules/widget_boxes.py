"""Furniture that counts only inside a box of its kind, for MT201: a pattern whose id ends in ``IN_BOX``
is reported only beside a block of its family (same paragraph, consecutive lines, or the edge lines of a
neighbouring paragraph). Kept apart from ``widgets`` so that the block scan stays readable.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mtcheck.rules.widgets import WidgetBlock

# A pattern whose id ends in IN_BOX is furniture only inside a box of its family: beside a block of a
# pattern whose id starts with one of the family's prefixes (same paragraph, consecutive lines, or the
# edge lines of a neighbouring paragraph). "Referee: Felix Zwayer (Berlin)" alone may label prose; next to
# "Spectators: 75,000 (sold out)" it is a match-facts box. The family is the id's first word.
IN_BOX = "-in-box"
_BOX_FAMILIES = {"match": ("match-", "sport-", "signal-ticker-event")}


def boxed(blocks: list["WidgetBlock"]) -> list["WidgetBlock"]:
    """``blocks`` without the in-box blocks that stand beside no block of their family."""
    kept = [not b.pattern.id.endswith(IN_BOX) for b in blocks]
    changed = True
    while changed:
        changed = False
        for i, block in enumerate(blocks):
            if kept[i]:
                continue
            family = block.pattern.id.split("-", 1)[0]
            prefixes = _BOX_FAMILIES.get(family, (family + "-",))
            for j in (i - 1, i + 1):
                if 0 <= j < len(blocks) and kept[j] and blocks[j].pattern.id.startswith(prefixes) and (
                        _adjacent(blocks[min(i, j)], blocks[max(i, j)])):
                    kept[i] = changed = True
                    break
    return [b for b, keep in zip(blocks, kept) if keep]


def _adjacent(first: "WidgetBlock", second: "WidgetBlock") -> bool:
    if first.paragraph is second.paragraph:
        return first.lines[-1].number + 1 == second.lines[0].number
    return (second.paragraph.index == first.paragraph.index + 1 and first.lines[-1] is first.paragraph.lines[-1]
            and second.lines[0] is second.paragraph.lines[0])
