"""MT201 boilerplate-line: a line left by a scraper or site widget ("Top jobs of the day").

Widget detection lives in ``mtcheck.rules.widgets``, shared with MT202.
"""
from __future__ import annotations

from typing import Iterator

from mtcheck.model import Category, Document, Fix, Hit, Severity, Span
from mtcheck.rules.base import Context, Rule
from mtcheck.rules.widgets import content_span, delete_lines, widget_blocks


class BoilerplateLine(Rule):
    """A line left by a scraper or site widget ("Top jobs of the day", "Read more: ...").

    ## What it does
    Matches every line against the widget patterns in ``data/common/boilerplate.toml`` (video and
    podcast players, galleries, photo credits and captions, newsletter, alert and app prompts,
    paywalls and prices, comment and share buttons, "Read also:" teasers, related, recommended and
    most-read lists, sponsored and affiliate notes, corrections, live-blog controls, timestamps,
    bylines, cookie notices, copyright footers, the site's notes on its gender language or its machine
    translation ("For reasons of readability, we use the generic masculine.", "This article was machine
    translated from German."), "source site-16" markers ...). Patterns that could
    also open a real sentence need structural support: the line stands alone (a line below it in
    lower case must be widget text too, as in "Subscribe now and read on⏎for just 1 euro a month")
    and is short, unpunctuated, or near the head or tail of the article, and it does not end on a
    clause after a comma ("Download the app, the ministry urged."). Short lines listed under a
    widget header ("Related articles") join its block. Furniture no pattern knows is found by generic
    signals (``mtcheck.rules.widget_signals``): a short stand-alone line made only of the words of
    a timestamp ("Last changed at 14:32"), a reading time, a player or page control ("Subtitles:
    off", "Exit full screen"), a service widget or data box ("Your weather: 8 degrees and rain",
    "Pollen count today: high birch pollen load"), a call to act on an interface object ("Tap to turn
    on sound"), a call to watch or hear a broadcast ("Watch the debate live here from 9 a.m.") or a
    desk credit ("From our Berlin office"), interface language left in German ("Nachrichten aus Ihrer
    Region"), a notice of the site to its reader about the site itself ("You can change your consent at any
    time in the privacy centre.", "Did you notice a mistake? Let us know."), a read-out of drawn numbers or a
    toggle ("Lotto numbers: 5 - 12 - 19 - 27 - 33 - 41", "Subtitles on/off"); by the shape of editorial furniture (``mtcheck.rules.widget_editorial``): a paywall prompt
    put as a question ("Not a subscriber yet? Test now for 1 euro"), a credit of role labels and names
    ("Editing: Anna Becker"), a genre byline ("A comment by Jan Schneider"), an article tool ("Send
    article as gift"), the site's own channel ("Our podcast: every morning ..."), a hub link ("Live
    ticker: all developments of the day", "All news about ..."); or by the shape of a list
    (``mtcheck.rules.widget_lists``): a tag, topic or search list ("Trending topics: traffic light
    coalition | Ukraine | Bundesliga", "Ukraine | Russia | NATO"), a live-ticker event ("Yellow card:
    Kimmich (34.)", "45.+2: Half-time"); or by how a service line speaks to the reader
    (``mtcheck.rules.widget_teasers``, ``widget_readouts``, ``widget_services``, ``widget_guides``): a
    service label with the reader's own question, a count of listings, a call to act or a catalogue promise
    ("Pension calculator: how high will my pension be?", "Job market: 1,204 open positions in your region",
    "Christmas markets: all opening times"), a read-out ("Playing times today: 17:15 | 20:00", "UV index
    today: very high"), a question answered by a pointer ("Broadcast missed? Here to the media library"),
    button labels ("Later | Allow"), a guide teaser ("Handball live ticker: Germany against Denmark throw for
    throw"). Subheads carry topical words and stay quiet; so do sentences with a list ("The talks covered
    energy, migration and defence."), a genre with a topic ("A comment on the budget") and a topic label
    with a sentence ("Job market: unemployment rises to 2.6 million"); service titles stay quiet in the
    article's first paragraph, where they may be the page's own title.

    ## Why it matters
    Widget text is not part of the article; left in a translation it confuses readers and wastes
    post-editing time.

    ## Example
        Top jobs of the day

        Find the best jobs now and
        be notified by email.

    ## Use instead
        (the lines deleted)

    ## Fix safety
    Safe: the fix deletes the line(s) with their line breaks (a whole paragraph with the blank
    lines after it).
    """

    id = "MT201"
    name = "boilerplate-line"
    category = Category.SCRAPE
    severity = Severity.ERROR
    target_languages = frozenset({"en"})

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        for block in widget_blocks(doc, ctx):
            first, last = block.lines[0], block.lines[-1]
            span = Span(content_span(first).start, content_span(last).end)
            yield Hit(span, f"scraped widget text: {block.pattern.description}",
                      fix=Fix((delete_lines(doc, block.paragraph, first, last),), True,
                              "delete the widget line" + ("s" if len(block.lines) > 1 else "")))


RULES = (BoilerplateLine,)
