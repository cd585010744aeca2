"""MT201 boilerplate-line, MT202 broken-line, MT203 stray-punctuation-line."""
from __future__ import annotations

import tomllib

import pytest

from mtcheck.fix import apply_edits
from mtcheck.packs import DATA_DIR
from mtcheck.rules.boilerplate_line import BoilerplateLine
from mtcheck.rules.broken_line import BrokenLine
from mtcheck.rules.stray_punctuation_line import StrayPunctuationLine
from tests.conftest import hit_texts, run_rule

PATTERNS = tomllib.loads((DATA_DIR / "common" / "boilerplate.toml").read_text("utf-8"))["pattern"]

BODY = [
    "NATO and Russia talk again",
    "Brussels. NATO Secretary General Jens Stoltenberg faced the press on Wednesday. He spoke of a "
    "“difficult discussion” between the alliance and Russia.",
    "Russia has gathered around 100,000 soldiers on the border with Ukraine. The West fears an invasion, "
    "which Moscow denies.",
    "Moscow is demanding security guarantees from NATO",
    "After the four-hour talks, Stoltenberg said that NATO was sticking to its principles.",
    "Scientist: Moscow and Washington are completely at odds with one another",
    "The influential political scientist Fyodor Lukyanov sees no rapprochement whatsoever.",
    "What happens next",
    "Further talks are planned for Thursday at the OSCE in Vienna. Nobody expects a breakthrough.",
]


def article(*, middle: str | None = None, tail: str | None = None) -> str:
    paragraphs = list(BODY)
    if middle is not None:
        paragraphs.insert(4, middle)
    if tail is not None:
        paragraphs.append(tail)
    return "\n\n".join(paragraphs) + "\n"


# --- MT201 boilerplate-line --------------------------------------------------------------------

@pytest.mark.negative
def test_clean_article_with_real_subheads_is_quiet():
    text = article()
    assert run_rule(BoilerplateLine, text) == []
    assert run_rule(BrokenLine, text) == []
    assert run_rule(StrayPunctuationLine, text) == []


@pytest.mark.positive
@pytest.mark.parametrize("pattern", PATTERNS, ids=[p["id"] for p in PATTERNS])
def test_every_pattern_fires_at_the_tail_of_an_article(pattern):
    text = article(tail=pattern["fires"])
    hits = run_rule(BoilerplateLine, text)
    assert [text[h.span.start:h.span.end] for h in hits] == [pattern["fires"]]


@pytest.mark.negative
@pytest.mark.parametrize("pattern", PATTERNS, ids=[p["id"] for p in PATTERNS])
def test_no_pattern_fires_on_its_passing_example_in_the_body(pattern):
    assert run_rule(BoilerplateLine, article(middle=pattern["passes"])) == []


@pytest.mark.positive
@pytest.mark.parametrize("line", [
    "Top jobs of the day",
    "Read also: Why the talks in Geneva failed",
    "More: Comment: In the Russia dispute we need tough negotiations – and, if necessary, severe sanctions",
    "Read more: The West fears an invasion",
    "Related: NATO rejects Russian demands",
    "See also",
    "Also read",
    "Recommended",
    "Advertisement",
    "ADVERTISEMENT",
    "Share this article",
    "Share on Facebook",
    "Share on Twitter",
    "Click here to subscribe.",
    "Photo: dpa",
    "Image: Reuters",
    "© 2022 Handelsblatt GmbH",
    "(c) dpa",
    "Getty Images",
    "dpa",
    "Reuters",
    "source site-16",
    "Source: site-42",
    "About the author",
    "Follow us on Twitter",
    "We use cookies to give you the best experience.",
    "This article first appeared on Handelsblatt.com.",
    "Copyright 2022 Reuters",
    "All rights reserved.",
    "Listen to this article",
    "Reading time: 3 min",
    "Print",
    "Comments",
    "Loading...",
    "Show more",
    "Sign up for our newsletter",
    "Subscribe",
    "» Read more",
    "- Share on WhatsApp",
])
def test_common_widget_lines_fire(line):
    text = article(tail=line)
    assert hit_texts(BoilerplateLine, text) == [line]


# News-site furniture of every kind: video and audio players, galleries and credits, podcasts,
# newsletters and alerts, apps, paywalls, comments, sharing, related and recommended lists, sponsored
# and affiliate notes, corrections, live-blog chrome, timestamps and bylines.
@pytest.mark.positive
@pytest.mark.parametrize("line", [
    'Watch: Scholz arrives in Kyiv',
    'Watch the full video',
    'Watch the latest videos',
    'Watch live',
    'Video: Scenes from the protest',
    'Play',
    'Replay',
    'Now playing',
    'Up next',
    'Duration 2:31',
    'Click to play video',
    'Tap to unmute',
    'Click to expand',
    'Tap to enlarge',
    'Enlarge image',
    'Expand image',
    'Show caption',
    'Hide caption',
    'View full size',
    'Open image in new tab',
    'View gallery',
    'View all 24 photos',
    'Swipe for more photos',
    '1/12',
    'Image 3 of 12',
    'Photo: AP',
    'Photo: Michael Sohn/AP',
    'Photograph: Kay Nietfeld/dpa',
    'Photo by Jane Doe/Reuters',
    'Photos by Kay Nietfeld',
    'Picture: Getty Images',
    'Image: Reuters',
    'Credit: Getty Images',
    'Image caption, Olaf Scholz arrives at the summit in Brussels',
    'Image source, Getty Images',
    'Image copyright EPA',
    'REUTERS/Annegret Hilse',
    'AP Photo/Markus Schreiber',
    '(Photo: dpa)',
    '(Image: Reuters)',
    'Listen to the podcast',
    'Subscribe to our podcast',
    'Listen on Apple Podcasts',
    'Listen and subscribe wherever you get your podcasts',
    'Listen to the latest episode',
    'Podcast: The Briefing',
    'Listen to this article',
    'Listen: The week in politics',
    'Sign up for our daily newsletter',
    'Sign up to our morning briefing',
    'Subscribe to our newsletter',
    'Get our free newsletter',
    'Get breaking news alerts',
    'Sign up for breaking news emails',
    'Get the latest headlines delivered to your inbox',
    'Enter your email address',
    'Email address',
    'Thank you for signing up!',
    'By signing up, you agree to our Terms of Use and Privacy Policy.',
    'Never miss a story',
    'Turn on notifications',
    'Get push notifications',
    'Download our app',
    'Download the app',
    'Get the app',
    'Open in app',
    'Read in app',
    'Download on the App Store',
    'Get it on Google Play',
    'Subscribe now',
    'Subscribe to continue reading',
    'Subscribe to read the full article',
    'Subscribe for unlimited access',
    'Already a subscriber? Sign in',
    'You have reached your limit of free articles',
    "You've read 3 of 5 free articles this month",
    'This article is for subscribers only',
    'Exclusive for subscribers',
    'Unlock this article',
    'Get unlimited access',
    'Only $1 a week for the first year',
    'Then €9.99 per month. Cancel anytime.',
    'Try 30 days for free',
    'Become a subscriber',
    'Support independent journalism',
    'Comments',
    'Show comments (12)',
    'Comments (34)',
    'Join the conversation',
    'Leave a comment',
    'Log in to comment',
    'Have your say',
    'Comments are closed',
    'Share',
    'Share this article',
    'Share on Facebook',
    'Share on X',
    'Share via email',
    'Copy link',
    'Link copied',
    'Print',
    'Print this page',
    'Save article',
    'Save for later',
    'Gift this article',
    'Email this story',
    'Related articles',
    "Related: Germany's coalition in crisis",
    'Related coverage',
    'Read more: Why the coalition collapsed',
    'Read more',
    'Read next',
    'Also read: The end of the debt brake',
    'See also: NATO summit',
    'More on this story',
    'More from Politics',
    'Recommended',
    'Recommended for you',
    'Recommended by our editors',
    'You may also like',
    'You might also be interested in',
    'Most read',
    'Most popular',
    'Trending now',
    'Top stories',
    'Latest news',
    "Editor's picks",
    'Sponsored',
    'Sponsored content',
    'Advertisement',
    'Paid content',
    'Promoted stories',
    'Advertisement - scroll to continue',
    'Story continues below advertisement',
    'Article continues after this advertisement',
    'Report this ad',
    'This article contains affiliate links.',
    'We may earn a commission from links on this page.',
    'Correction: An earlier version of this article misstated the date of the summit.',
    "Editor's note: This story has been updated.",
    'This article has been updated to include comments from the ministry.',
    'Live',
    'Live updates',
    'Key events',
    'Show key events only',
    'Load more posts',
    'Follow our live blog for the latest',
    'All the latest developments in our live blog',
    'Updated at 14:35',
    'Updated 12 minutes ago',
    'Published 3 hours ago',
    'Published: 3 March 2023, 10:15 GMT',
    'Last updated: March 3, 2023 at 10:15 a.m. ET',
    'Mon 3 Mar 2023 12.01 GMT',
    'March 3, 2023, 10:15 AM EST',
    'By Jane Doe',
    'By Jane Doe and John Smith',
    'By JANE DOE, Reuters',
    'By The Associated Press',
    "Written by Mary O'Neill",
    'Reporting by Andreas Rinke; Editing by Alex Richardson',
    'With reporting by Reuters',
    'Additional reporting by AP',
    'Topics: Germany, NATO',
    'Tags: Politics',
    'Follow this topic',
    'Follow us on Twitter',
    'Back to top',
    'Skip to main content',
    'Cookie settings',
    'Accept all cookies',
    'We use cookies to personalise content and ads.',
    'Manage preferences',
    'Reading time: 4 minutes',
    '5 min read',
    'Loading...',
    'Show more',
    'Next article',
    'Previous article',
    'Open the photo gallery',
    'Browse the gallery',
    'In pictures',
    'Feedback',
    'Send feedback to the editorial team',
    'Write to the editors',
    'Letters to the editor',
    'This article appeared in the print edition of Saturday.',
    'E-paper',
    'Take our poll',
    'Vote now',
    'Font size',
    'Dark mode',
    'Join our WhatsApp channel',
    'Follow us on Google News',
    'Download the PDF',
    'More videos',
])
def test_news_site_furniture_fires_in_the_body(line):
    assert hit_texts(BoilerplateLine, article(middle=line)) == [line]


@pytest.mark.positive
@pytest.mark.parametrize("block", [
    "Subscribe now and read on\nfor just 1 euro in the first month.",
    "Find your next job now and\nget new offers by email.",
    "Sign up for our newsletter\nand get the news in your inbox every morning.",
])
def test_two_line_widgets_form_one_finding(block):
    assert hit_texts(BoilerplateLine, article(middle=block)) == [block]


# One-line paragraphs of prose that open like furniture.
@pytest.mark.negative
@pytest.mark.parametrize("paragraph", [
    'Watch the skies, the astronomers advised.',
    'Watch the video of the arrest, and you see the problem.',
    'See the report for details on the budget.',
    'Play resumed after a short break.',
    'Now playing in cinemas across Germany is a film about the war.',
    'Up next for the coalition is the budget fight.',
    'Click to see what happens next has become a business model.',
    'Scroll to the end of the report and you find the real numbers.',
    'Image caption competitions are popular on social media.',
    'Photo by photo, the archive is being digitised.',
    'Photographs by Kay Nietfeld were shown in the exhibition.',
    "By Jane Doe's own account, the meeting was tense.",
    'By Monday, the talks had collapsed.',
    'By 2030, Germany wants to be climate neutral.',
    'By the end of the year, prices had doubled.',
    'By Friday Berlin and Paris had agreed.',
    'Written by hand, the letter was found in the archive.',
    'Listen to the people, the chancellor said.',
    'Listen to the podcast host and you hear frustration.',
    'Subscribe to the idea of a European army, and you face resistance.',
    'Sign up for the scheme is voluntary.',
    'Sign up for breaking news alerts was the most clicked link, the study found.',
    'Get the message out, the party chairman told members.',
    'Get breaking news right, the editors demand.',
    'Enter your details in the form, the agency said.',
    'Email addresses of 3,000 officials were leaked.',
    'Thank you for your service, the president told the soldiers.',
    'Download the app, the health ministry urged citizens.',
    'Get the app working was the first priority, the developer said.',
    'Open in April, the museum attracted 100,000 visitors.',
    'Subscribe now, pay later: that is the new model of the streaming giants.',
    'You have read the statement, the minister said to reporters.',
    'You have reached the end of the line, the judge told the defendant.',
    'Unlimited access to the archives was granted to historians.',
    'Only €1 per month is charged for the service, the company said.',
    'For 100 euros a month, families can rent a flat in the village.',
    'Then €9.99 per month was the price, critics complained.',
    'Comments by the minister caused outrage.',
    'Have your say on the plans at the town hall on Monday.',
    'Join the debate on the future of Europe, the president urged.',
    'Share prices fell by 4 percent.',
    'Share this with your family, the doctor advised.',
    'Print media reported nothing of the talks.',
    'Copy link ports are rare in modern laptops.',
    'Save to my list, she typed, and closed the app.',
    'Related to this is the question of sanctions.',
    'Related: the ministry did not say.',
    'Read more books, the minister told pupils.',
    "Read next week's edition for the full story.",
    'Recommended by the committee, the bill passed easily.',
    'Recommended reading for the summer includes three novels.',
    'Most read of all German authors is Goethe.',
    'Trending now on social media is a video of the chancellor.',
    'Top stories in the tabloids focused on the scandal.',
    'Latest news from the front was grim.',
    'Sponsored by the state, the programme ran for ten years.',
    'Supported by the Greens, the bill passed.',
    'In partnership with France, Germany will build a tank.',
    'Powered by coal, the plant produced 2 gigawatts.',
    'Brought to you by the same people who built the airport, the project is late.',
    'Advertisement revenues fell by a third.',
    'Story continues to unfold in Kyiv, officials said.',
    'Report this to the police, the mayor urged.',
    'We may earn more this year, the company said.',
    'If you buy a car this year, you pay more tax.',
    'Prices may vary from region to region, the agency said.',
    'Corrections to the budget were made in March.',
    'Clarification is needed, the court ruled.',
    'An earlier version of the law was rejected in 2019.',
    'This article of the constitution has been changed twice.',
    'Live from Berlin, the chancellor addressed the nation.',
    'Live updates on the talks were not provided.',
    'Key events of the war are summarised below.',
    'Load more trucks, the general ordered.',
    'Filter by filter, the engineers cleaned the water.',
    'Follow the money, the investigators said.',
    'All developments in the region are watched closely.',
    'Follow the latest developments in Ukraine with us.',
    'Updated guidance was published on Monday.',
    'Updated at 14:35, the forecast predicted rain.',
    'Published in 1999, the book became a bestseller.',
    '12 minutes ago the talks were still going.',
    'Two days ago the minister resigned.',
    'March 3, 2023 was the day the talks began.',
    'Mon 3 Mar was a busy day.',
    'At 14:35 the first shots were fired.',
    'Topics: security, energy and migration dominated the agenda.',
    "Tags on the bags showed the owners' names.",
    'Follow this rule and you will be fine.',
    'Back to the drawing board, the engineers said.',
    'Cookie makers saw sales rise.',
    'Accept all the conditions and you get the money.',
    'Manage expectations, the coach warned.',
    'Reading time for pupils has fallen.',
    'Loading the ships took three days.',
    'Show more patience, the bishop urged.',
    'Next year the alliance meets in Madrid.',
    'Feedback from readers has been overwhelming.',
    'Letters to the editor poured in after the report.',
    'Write to the editors of the local paper if you disagree, the mayor said.',
    'In pictures released by the army, the damage is clear.',
    'Open the gallery doors at ten, the curator said.',
    'Vote now or lose your voice, the campaign urged.',
    'Take our advice and leave early, police said.',
    'Text size matters, the designers argued.',
    'Dark mode settings drain less battery, a study found.',
    'Join our party, the leader told voters.',
    'Download the file and open it, the hackers wrote.',
    'More videos of the attack emerged on Monday.',
    'E-paper sales rose by 12 percent.',
    'Tap water in Berlin is safe to drink.',
    'Swipe cards were introduced in 2010.',
    'View from the top: the summit is in sight.',
    'Image source of the problem is unclear.',
    'REUTERS reported the talks had stalled.',
    'AP/Reuters reports said the talks stalled.',
    '(Photos of the meeting were not released.)',
    '1/3 of voters are undecided.',
])
def test_prose_that_opens_like_furniture_is_quiet(paragraph):
    assert run_rule(BoilerplateLine, article(middle=paragraph)) == []
    assert run_rule(BoilerplateLine, article(tail=paragraph)) == []


@pytest.mark.negative
def test_a_line_that_continues_the_sentence_above_is_no_widget():
    text = article(middle="Jenny Erpenbeck won the International Booker Prize in 2024 for her novel “Kairos”,\n"
                          "translated by Michael Hofmann.")
    assert run_rule(BoilerplateLine, text) == []


@pytest.mark.negative
@pytest.mark.parametrize("paragraph", [
    "More than 100,000 soldiers have gathered at the border, the ministry said.",
    "Reuters reported on Monday that the talks had stalled.",
    "Photographers waited outside NATO headquarters for hours.",
    "Read the statement carefully and you see no concession, diplomats said.",
    "Print media in Russia reported nothing of the talks.",
    "Comments by the minister caused outrage in Kyiv.",
    "Subscribers to the agency's service were informed first.",
    "Copyright law was not on the agenda.",
    "Related talks on arms control are planned for February.",
    "Recommended measures include tougher sanctions.",
    "Share prices in Moscow fell by 4 percent.",
    "Sources in Kyiv said the talks would resume.",
    "Click by click, the website collected data.",
    "Jobs of the day labourers are at risk, the union warned.",
    "Loading the ships took three days.",
    "Show of force: Russia moves tanks to the border",
    "Advertising bans for tobacco were tightened.",
])
def test_prose_that_looks_like_widgets_is_quiet(paragraph):
    assert run_rule(BoilerplateLine, article(middle=paragraph)) == []


@pytest.mark.negative
def test_structural_pattern_needs_the_line_to_stand_alone():
    # A "More: ..." line that runs on into the next line is part of a sentence, not a teaser.
    text = article(tail="More: the alliance said that it\nwould keep its door open to new members.")
    assert run_rule(BoilerplateLine, text) == []


@pytest.mark.negative
def test_structural_pattern_in_a_long_punctuated_body_paragraph_is_quiet():
    long_line = ("Photo: the minister, who had travelled overnight from Kyiv, arrived at NATO headquarters "
                 "in Brussels shortly before the talks began on Wednesday morning.")
    assert run_rule(BoilerplateLine, article(middle=long_line)) == []


@pytest.mark.positive
def test_consecutive_widget_lines_form_one_finding_and_fix_removes_the_paragraph():
    text = article(middle="Find the best jobs now and\nbe notified by email.")
    (hit,) = run_rule(BoilerplateLine, text)
    assert text[hit.span.start:hit.span.end] == "Find the best jobs now and\nbe notified by email."
    assert hit.fix.safe
    assert apply_edits(text, list(hit.fix.edits)) == article()


@pytest.mark.positive
def test_short_lines_under_a_list_header_join_its_block():
    block = "Related articles\nWhy the talks in Geneva failed\nWhat Putin really wants"
    text = article(tail=block)
    assert hit_texts(BoilerplateLine, text) == [block]


@pytest.mark.negative
def test_prose_below_a_list_header_is_not_swallowed():
    text = article(tail="Most read\nThe talks in Geneva failed because neither side moved an inch on substance.")
    assert hit_texts(BoilerplateLine, text) == ["Most read"]


@pytest.mark.positive
def test_widget_line_inside_a_paragraph_fix_deletes_only_that_line():
    text = "NATO met Russia.\nAdvertisement\nThe talks ended.\n"
    (hit,) = run_rule(BoilerplateLine, text)
    assert apply_edits(text, list(hit.fix.edits)) == "NATO met Russia.\nThe talks ended.\n"


@pytest.mark.positive
def test_seed_style_tail_is_found():
    text = article(tail="More: Comment: We need tough negotiations\n\n.\nsource site-16")
    assert hit_texts(BoilerplateLine, text) == ["More: Comment: We need tough negotiations", "source site-16"]
    assert hit_texts(StrayPunctuationLine, text) == ["."]


# --- MT203 stray-punctuation-line --------------------------------------------------------------

@pytest.mark.positive
@pytest.mark.parametrize("line", [".", "*", "—", "|", "…", "•", ",", " . ", "-", "»", "::", "?", "■", "▶",
                                  "◆", "►", "⏵", "→", "✓", "+++", ">>", "„", "#", "~", "=", "_", "¦",
                                  "📷", "🔍", "✉ 🔗", "ⓘ",  # interface icons and enclosed letters
                                  "📹", "🖼️", "📊", "📢", "🔴", "✅", "⬇️", "🧭",  # emoji of objects and signs
                                  "🇬🇧", "🇺🇦 🇦🇹"])  # flags: a site's language or edition switch
def test_stray_punctuation_line_fires(line):
    text = article(middle=line)
    assert hit_texts(StrayPunctuationLine, text) == [line.strip()]


@pytest.mark.negative
@pytest.mark.parametrize("line", ["***", "* * *", "---", "___", "=====", "• • •", "⁂", "1.", "A.", "NATO", "👍", "😂", "❤️",
                                  "❤", "🙏🙏", "🎉", "💯", "🔥", "👏", "🤝", "🥳", "🏆", "🧡", "🧐",  # reactions
                                  "“Yes.”", "|---|:---:|", "| --- | --- |", "★★★★☆", "[…]", "(...)",
                                  "• 12 new stops", "— Are you coming?"])
def test_stray_punctuation_line_quiet(line):
    assert hit_texts(StrayPunctuationLine, article(middle=line)) == []


@pytest.mark.positive
@pytest.mark.parametrize("text, line", [
    ("***\n\nNATO and Russia talk again\n\nThe talks ended.\n", "***"),  # at the top
    ("NATO and Russia talk again\n\n* * *\n\nThe talks ended.\n", "* * *"),  # under the headline
    ("The talks ended.\n\nBoth sides left.\n\n---\n", "---"),  # at the end
    ("The talks ended.\n***\nBoth sides left.\n\nNobody expects a breakthrough.\n", "***"),  # glued
    ("The talks ended in Geneva on Monday.\n---\n\nBoth sides left.\n", "---"),  # glued under a sentence
])
def test_section_break_out_of_place_fires(text, line):
    assert hit_texts(StrayPunctuationLine, text) == [line]


@pytest.mark.negative
@pytest.mark.parametrize("text", [
    "NATO and Russia talk again\n==========================\n\nThe talks ended.\n",  # setext heading
    "The talks ended.\n\nWhat happens next?\n------------------\n\nBoth sides left.\n",
    "---\ntitle: NATO talks\ndate: 2022-01-12\n---\n\nThe talks ended.\n",  # front matter
    "Install it:\n\n```\npip install mtcheck\n```\n\nThen run it.\n",  # a code fence
    "The code:\n\n```\nif ok {\n    run()\n}\n```\n\nThat is all.\n",  # code between fences
    "He wrote:\n\n> We will rebuild the bridge.\n>\n> It will take time.\n\nWork starts in May.\n",
    "The talks ended.\n====================\n",  # a typed-out rule is layout wherever it stands
])
def test_markdown_structure_and_rules_quiet(text):
    assert hit_texts(StrayPunctuationLine, text) == []


@pytest.mark.positive
def test_stray_line_span_leaves_out_invisible_characters():
    text = article(middle="\u200b\u00a0■ ")
    assert hit_texts(StrayPunctuationLine, text) == ["■"]


@pytest.mark.positive
def test_section_breaks_fire_when_not_allowed():
    assert hit_texts(StrayPunctuationLine, article(middle="* * *"), allow_section_breaks=False) == ["* * *"]


@pytest.mark.positive
def test_stray_punctuation_fix_deletes_the_line():
    text = "The talks ended.\n.\nsource site-16"
    (hit,) = run_rule(StrayPunctuationLine, text)
    assert hit.fix.safe
    assert apply_edits(text, list(hit.fix.edits)) == "The talks ended.\nsource site-16"


# --- MT202 broken-line -------------------------------------------------------------------------

@pytest.mark.positive
@pytest.mark.parametrize("block, flagged", [
    ("The talks between Russia and\nNATO will continue on Thursday.", "The talks between Russia and"),
    ("Stoltenberg spoke of the\ndifficult discussion.", "Stoltenberg spoke of the"),
    ("The West fears an invasion of\nUkraine.", "The West fears an invasion of"),
    ("Moscow wants guarantees from\nthe alliance.", "Moscow wants guarantees from"),
    ("Nord Stream 2 is a\nprestige project.", "Nord Stream 2 is a"),
    ("Sanctions could be imposed because\nthe troops stay.", "Sanctions could be imposed because"),
])
def test_broken_line_fires(block, flagged):
    assert hit_texts(BrokenLine, article(middle=block)) == [flagged]


@pytest.mark.positive
@pytest.mark.parametrize("block, flagged", [
    # the next line starts in lower case or with a number that continues the sentence
    ("The team plans\nto repeat the study with a larger group.", "The team plans"),
    ("The vote is set for May\nand the result is open.", "The vote is set for May"),
    ("The alliance admitted Plan A\nhad failed.", "The alliance admitted Plan A"),
    ("The 50+1 rule ensures that members\nkeep control of the clubs.", "The 50+1 rule ensures that members"),
    ("He called it “a disaster”\nand left the room.", "He called it “a disaster”"),
    ("The transfer window closes on\n12 January 2023.", "The transfer window closes on"),
    ("Measles is spreading again. The institute recorded\n15,100 cases last year.",
     "Measles is spreading again. The institute recorded"),
    # a capitalised next line after a finished sentence and three words of an unfinished one
    ("Measles is spreading again. The Robert Koch\nInstitute recorded more cases.",
     "Measles is spreading again. The Robert Koch"),
    # a paragraph of prose (it ends a sentence) in an article whose headings stand apart
    ("Former president Viktor\nYanukovych fled to Russia in 2014.", "Former president Viktor"),
    ("Robert Lewandowski, who scored\n344 goals for Bayern, now plays for Barcelona.",
     "Robert Lewandowski, who scored"),
])
def test_broken_line_before_the_rest_of_its_sentence_fires(block, flagged):
    assert hit_texts(BrokenLine, article(middle=block)) == [flagged]


@pytest.mark.positive
@pytest.mark.parametrize("middle, flagged", [
    ("The government wants to raise this figure to 3.5\n\npercent by 2025.",
     "The government wants to raise this figure to 3.5"),
    ("Hospitals have long complained. The staff shortage is\n\nworse than ever, the union said.",
     "Hospitals have long complained. The staff shortage is"),
    ("Prices rose again in March. The European Central\n\nBank raised its key rate.",
     "Prices rose again in March. The European Central"),
])
def test_paragraph_break_mid_sentence_fires(middle, flagged):
    (hit,) = run_rule(BrokenLine, article(middle=middle))
    text = article(middle=middle)
    assert text[hit.span.start:hit.span.end] == flagged and hit.message.startswith("paragraph breaks off")


@pytest.mark.positive
def test_paragraph_break_in_a_hard_wrapped_document_fires():
    wrapped = ("NATO Secretary General Jens Stoltenberg appeared in front of the\n"
               "press on Wednesday. He reported on a difficult discussion between the\n"
               "alliance and Russia, on a decisive moment for European security and\n"
               "on significant differences. Hospitals in Germany have\n\n"
               "long complained about a shortage of staff, he added.\n\n"
               "Russia has gathered around 100,000 soldiers on the border with\n"
               "Ukraine. The West fears an invasion, which the government in Moscow\n"
               "denies.\n")
    assert hit_texts(BrokenLine, wrapped) == ["on significant differences. Hospitals in Germany have"]


@pytest.mark.negative
@pytest.mark.parametrize("middle", [
    "Key figures\n\n15,100 cases of measles were recorded last year.",  # a heading above a number
    "Brussels responds\n\nvon der Leyen said the EU would act.",  # a name particle
    "Apple’s new phone\n\niPhone sales rose 5 percent in March.",  # a brand with an inner capital
    "Sources\n\nwww.nato.int has the full statement.",  # a web address
    "Olaf Scholz\nRobert Habeck\nChristian Lindner",  # a list of names
    "Steps to take\n1. Open the box\n2. Remove the lamp.",  # a numbered list
    "Good morning,\nmy order from March has not arrived.",  # a salutation
    "The ministers met in Brussels.\nThey agreed on nothing.\nThe talks go on.",  # one sentence per line
    "Fees | 2022 | 2023\n15 | 20 | 25",  # a table
    "## Configuration\n\nmtcheck reads its settings from pyproject.toml.",  # a Markdown heading
])
def test_breaks_that_end_no_sentence_are_quiet(middle):
    assert hit_texts(BrokenLine, article(middle=middle)) == []


@pytest.mark.negative
@pytest.mark.parametrize("chat", [
    "Hello, I ordered a lamp last week.\nthen nothing happened.\nI would appreciate a response\n"
    "yes that is much simpler!\nok well thanks anyway.\nthank you for your support\n",
    "Did the lamp arrive?\nno, not yet!\nok, I will wait.\nI would appreciate a response\nyes that is much simpler\n",
])
def test_text_that_starts_sentences_in_lower_case_is_not_judged_by_case(chat):
    assert hit_texts(BrokenLine, chat) == []


@pytest.mark.positive
def test_broken_short_paragraph_fires_and_join_fix_is_unsafe():
    text = article(middle="The talks between Russia and\n\nNATO will continue on Thursday.")
    (hit,) = run_rule(BrokenLine, text)
    assert text[hit.span.start:hit.span.end] == "The talks between Russia and"
    assert not hit.fix.safe
    assert "Russia and NATO will continue" in apply_edits(text, list(hit.fix.edits))


@pytest.mark.negative
@pytest.mark.parametrize("block", [
    "Address:\nNATO headquarters\nBoulevard Léopold III\nBrussels",
    "“We will see,” he said, “what we will see.”\nNobody knew.",
    "Nobody knew what it was about\n",
    "Nobody could say how long it would take or whether it would last, though\n",
    "Talks will continue, the spokesman said, for a while\n",
])
def test_broken_line_quiet(block):
    assert hit_texts(BrokenLine, article(middle=block)) == []


@pytest.mark.negative
def test_hard_wrapped_document_is_not_reported():
    wrapped = ("NATO Secretary General Jens Stoltenberg appeared in front of the\n"
               "press on Wednesday. He reported on a difficult discussion between the\n"
               "alliance and Russia, on a decisive moment for European security and\n"
               "on significant differences. It will not be easy to bridge these\n"
               "differences, he warned.\n\n"
               "Russia has gathered around 100,000 soldiers on the border with\n"
               "Ukraine. The West fears an invasion, which the government in Moscow\n"
               "denies.\n")
    assert run_rule(BrokenLine, wrapped) == []


@pytest.mark.negative
def test_widget_lines_are_not_reported_twice():
    text = article(middle="Top jobs of the day\n\nFind the best jobs now and\nbe notified by email.")
    assert run_rule(BrokenLine, text) == []
    assert len(run_rule(BoilerplateLine, text)) == 2
