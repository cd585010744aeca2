"""MT201 boilerplate-line, MT202 broken-line, MT203 stray-punctuation-line."""
from __future__ import annotations

import tomllib

import pytest

from mtcheck.fix import apply_edits
from mtcheck.packs import DATA_DIR
from mtcheck.rules.boilerplate import BoilerplateLine, BrokenLine, StrayPunctuationLine
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
@pytest.mark.parametrize("line", [".", "*", "—", "|", "…", "•", ",", " . ", "-", "»", "::", "?"])
def test_stray_punctuation_line_fires(line):
    text = article(middle=line)
    assert hit_texts(StrayPunctuationLine, text) == [line.strip()]


@pytest.mark.negative
@pytest.mark.parametrize("line", ["***", "* * *", "---", "___", "=====", "1.", "A.", "NATO", "👍", "“Yes.”",
                                  "|---|:---:|", "| --- | --- |"])
def test_stray_punctuation_line_quiet(line):
    assert hit_texts(StrayPunctuationLine, article(middle=line)) == []


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
])
def test_breaks_that_end_no_sentence_are_quiet(middle):
    assert hit_texts(BrokenLine, article(middle=middle)) == []


@pytest.mark.negative
def test_text_that_starts_sentences_in_lower_case_is_not_judged_by_case():
    chat = ("Hello, I ordered a lamp last week.\nthen nothing happened.\nI would appreciate a response\n"
            "yes that is much simpler!\nok well thanks anyway.\nthank you for your support\n")
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
