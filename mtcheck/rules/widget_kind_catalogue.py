"""What MT201 calls each kind of site furniture in a finding, and where in an article a kind may stand: the
catalogue :mod:`mtcheck.rules.widgets` reads for the kinds :mod:`mtcheck.rules.widget_signals` tells."""
from __future__ import annotations

# Kinds whose lines may also be a sentence of a service text ("Open the app and allow notifications."):
# a finished sentence counts only near the head or the tail of the article.
OPEN_KINDS = frozenset({"control", "call-to-action", "channel-promo"})
# Kinds whose lines may also be the title of a page of their own (a hub page "All news about the war in
# Ukraine", a podcast page "Our podcast: ...", a service page "Pension calculator: ...", a feature "Recipe of the
# week: ..."): the article's first paragraph stays quiet.
TITLE_KINDS = frozenset({"hub-teaser", "own-channel", "service-teaser", "feature"})

# What each signal reports (the finding's message names the kind of furniture).
DESCRIPTIONS = {
    "timestamp": "Publication or update note (a label with a time only)",
    "reading-time": "Reading- or listening-time note",
    "control": "Player, gallery, comment or page control",
    "service": "Service or data box (weather, pollen, water levels, fuel prices, traffic, cinema or event listings, "
               "lottery, stock ticker)",
    "call-to-action": "Call to act on an interface object (\"Tap to ...\", \"Press play ...\")",
    "channel-promo": "Promotion of the site's own app, podcast or newsletter",
    "source-note": "Source or credit note (\"With material from dpa\", \"Sources: own research\")",
    "helpline": "Help or service telephone number",
    "account-prompt": "Registration or confirmation prompt (\"Please confirm your e-mail address\")",
    "german-ui": "Site furniture left in German (\"Artikel teilen\", \"Mehr zum Thema\")",
    "paywall-question": "Paywall or login prompt put as a question (\"Not a subscriber yet? Test now for 1 euro\")",
    "credit": "Editorial credit line (\"Editing: Anna Becker\", \"Text and photos: ...\")",
    "article-tool": "Article tool (\"Send article as gift\", \"Read article aloud\", \"Save for later\")",
    "own-channel": "Promotion of the site's own channel (\"Our podcast: ...\", \"Our newsletter for Hamburg\")",
    "hub-teaser": "Hub or teaser link (\"Live ticker: all developments of the day\", \"All news about ...\")",
    "broadcast": "Call to watch or hear a broadcast "
                 "(\"Watch the debate live here from 9 a.m.\", \"The speech in full\")",
    "desk-credit": "Desk or office credit line (\"From our Berlin office\", \"Report from the ARD capital studio\")",
    "byline": "Genre byline (\"A comment by Jan Schneider\", \"An analysis by ...\")",
    "tag-list": "Tag, topic or search list (\"Trending topics: Ukraine | Bundesliga\", \"More on: CDU, Bundestag\")",
    "ticker-event": "Live-ticker event line (\"Yellow card: Kimmich (34.)\", \"45.+2: Half-time\")",
    "service-teaser": "Service box or teaser link addressed to the reader (\"Pension calculator: how high will my "
                      "pension be?\", \"Job market: 1,204 open positions in your region\", \"Mourning ads: search, "
                      "find and place\", \"Christmas markets: all opening times\")",
    "feature": "Regular feature of the site (\"Recipe of the week: ...\", \"Photo of the day\")",
    "site-notice": "Site notice to the reader about the site itself (\"You can change your consent at any time in "
                   "the privacy centre.\", \"Please observe our forum rules.\", \"Found a mistake? Let us know.\")",
}
