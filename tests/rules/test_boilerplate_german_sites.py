"""MT201 boilerplate-line on the furniture of German news sites as machine translation renders it
("Zum Kommentarbereich" → "To the comments", "Symbolbild" → "Symbolic image", "Anzeige" → "Display").

The widget lines sit in a realistic article (a Spiegel/Zeit/tagesschau-style report); the legitimate
lines are subheads, captions with content and sentences that open like a widget."""
from __future__ import annotations

import pytest

from mtcheck.rules.boilerplate_line import BoilerplateLine
from tests.conftest import hit_texts, run_rule

BODY = [
    "Heating law: coalition agrees on compromise",
    "After weeks of dispute, the SPD, Greens and FDP have agreed on the main features of the new "
    "building energy law. Economics Minister Robert Habeck spoke of a “good day for climate protection”.",
    "From 2024, newly installed heating systems are to be operated with at least 65 percent renewable "
    "energy. Municipal heat planning is to take precedence.",
    "Criticism from the opposition",
    "CDU parliamentary group vice-chairman Jens Spahn accused the government of having unsettled "
    "homeowners for months. The Left called the subsidies socially unbalanced.",
    "What the compromise provides",
    "Owners of older buildings will receive a subsidy of up to 70 percent of the costs. Tenants are to "
    "be protected against excessive rent increases.",
    "The Bundestag is to pass the law before the summer break. The Bundesrat still has to approve it.",
]


def article(*, head: str | None = None, middle: str | None = None, tail: str | None = None) -> str:
    paragraphs = list(BODY)
    if middle is not None:
        paragraphs.insert(4, middle)
    if head is not None:
        paragraphs.insert(1, head)
    if tail is not None:
        paragraphs.append(tail)
    return "\n\n".join(paragraphs) + "\n"


def test_clean_article_is_quiet():
    assert run_rule(BoilerplateLine, article()) == []


# Furniture a German news site prints inside the article body (between paragraphs), translated literally.
BODY_WIDGETS = [
    # dossiers, topic pages, breadcrumbs
    "Dossier: Climate change",
    "Dossier: The war in Ukraine",
    "Topic pages",
    "All topics",
    "Topic: Heating law",
    "Home > Politics > Abroad",
    "Homepage > Politics > Germany",
    "You are here: Home > Economy > Energy",
    "Politics > Germany > Heating law",
    # comments and netiquette
    "To the comments",
    "Go to comments",
    "Comments (12)",
    "12 comments",
    "Comment on article",
    "Write comment",
    "Report comment",
    "Please observe our netiquette.",
    "Netiquette",
    "The comment function has been deactivated for this article.",
    # photos
    "Archive photo",
    "Symbolic image",
    "Symbol photo",
    "(Archive image)",
    "Archive photo: The Reichstag building in Berlin",
    "Photo: IMAGO/Future Image",
    "IMAGO/photothek",
    "Photo gallery: The best pictures of the week",
    "To the photo gallery",
    # ads and ad blockers
    "Display",
    "Advertisement -",
    "Advertorial",
    "Please deactivate your ad blocker to continue reading.",
    "We have detected that you are using an ad blocker.",
    "Ad blocker detected",
    "Read more after the ad",
    "Continue reading after the advertisement",
    # navigation, reading tools
    "To the homepage",
    "To the article",
    "To the live ticker",
    "To the video",
    "Back to article",
    "More on the topic",
    "Remember article",
    "Save article",
    "Bookmark article",
    "Gift article",
    "Listen to the article",
    "Listen to article",
    "Reading time: 3 minutes",
    "Status: 12.03.2023, 4:15 p.m.",
    "Last update: 12.03.2023",
    # paywalls
    "Subscribe to SPIEGEL+",
    "Z+ (subscription)",
    "F+ article",
    "SZ Plus",
    "WELTplus",
    "Exclusive for subscribers",
    "Exclusively for subscribers",
    "Already a subscriber? Log in here",
    "Test for 1 euro",
    "Test now for only 1 euro",
    "Read on with SZ Plus",
    # consent and social
    "We use cookies and similar technologies to improve our website.",
    "With your consent, we and our partners use cookies to personalise content.",
    "We need your consent to load the Instagram content.",
    "At this point you will find external content from YouTube.",
    "Share on WhatsApp",
    "Send by e-mail",
    "Copy link",
    "Recommend article",
    # recommendations
    "Recommended by our editors",
    "Also interesting",
    "Most read",
    "Much read",
    "This might also interest you",
    "Reading recommendations",
    "Newsletter: The most important news in the morning",
    "Download the SPIEGEL app now",
    "Activate push notifications",
    # notes
    "Correction note",
    "Transparency note: The author is a member of the SPD.",
    "Disclosure: The author owns shares in the company.",
    "Update: The police have since arrested a suspect.",
    "Sponsored content",
    "Imprint",
    "Data protection",
    "Cancel contracts here",
    # more variants
    "- Display -",
    "Topics A-Z",
    "Live: The latest developments in the heating dispute",
    "Photo series: Floods in Bavaria",
    "To the dossier",
    "Go to the forum",
    "Have the article read aloud",
    "Save article for later",
    "Data protection settings",
    "Test 4 weeks for 1 €",
    "Subscribe to Welt Plus",
    "Continue reading with Z+",
    "In our own interest: We are looking for new colleagues",
    "Update, 4:30 p.m.: Police have closed the motorway.",
    "Much read now",
    "The Newsletter: The most important news of the day",
]

# Furniture at the end of an article (credits, notes, footers).
TAIL_WIDGETS = [
    "This article first appeared in the Tagesspiegel.",
    "The article first appeared in the print edition of the Süddeutsche Zeitung.",
    "This article is part of our series “The Energy Transition”.",
    "With material from dpa",
    "With material from dpa and AFP",
    "Source: dpa",
    "Sources: dpa, AFP",
    "Live ticker",
    "Imprint | Data protection | Contact",
    "Correction note: In an earlier version of this article, the subsidy was given as 50 percent.",
]


@pytest.mark.positive
@pytest.mark.parametrize("line", BODY_WIDGETS)
def test_german_site_furniture_fires_in_the_body(line):
    assert hit_texts(BoilerplateLine, article(middle=line)) == [line]


@pytest.mark.positive
@pytest.mark.parametrize("line", TAIL_WIDGETS)
def test_german_site_furniture_fires_at_the_tail(line):
    assert hit_texts(BoilerplateLine, article(tail=line)) == [line]


@pytest.mark.positive
@pytest.mark.parametrize("line", ["Symbolic image", "Archive photo: Olaf Scholz in the Bundestag", "Reading time: 4 min",
                                  "Listen to the article", "Z+ (subscription)"])
def test_german_site_furniture_fires_under_the_headline(line):
    assert hit_texts(BoilerplateLine, article(head=line)) == [line]


# Legitimate lines: subheads, captions with content, prose that opens like a widget.
LEGITIMATE = [
    "More than 300 people attended the funeral in Hamburg.",
    "To the surprise of many, the chancellor stayed silent.",
    "To the comments of the minister, the opposition responded sharply.",
    "Comments by the minister angered the opposition.",
    "Comments from Brussels",
    "The archive photo shows the chancellor in 1990.",
    "Archive photos show the minister as a young man.",
    "Display screens in the station showed delays of up to two hours.",
    "Display of power in the Baltic",
    "Displays of solidarity were seen across the country.",
    "Symbolic images of the fall of the Wall went around the world.",
    "Symbolic image of a turning point",
    "Topic of the day: the budget dispute dominated the Bundestag.",
    "Topics such as pensions and migration were left out.",
    "Dossiers on the minister were leaked to the press.",
    "Home to three million people, Berlin is the largest city in Germany.",
    "Netiquette rules for politicians were discussed at the conference.",
    "Please observe the rules, the police urged visitors.",
    "We have detected traces of the virus in wastewater, the institute said.",
    "Ad blockers cost publishers millions every year, the association said.",
    "Read more books, the minister told pupils.",
    "More on the topic of pensions was not said.",
    "Remember Article 5 of the NATO treaty, Stoltenberg said.",
    "Save the article for later, the teacher told her pupils, and closed the book.",
    "Listen to the article's author and you hear frustration.",
    "Reading time for children has halved in ten years.",
    "Imprint of a shoe was found at the scene.",
    "Data protection officials criticised the app.",
    "Data protection concerns",
    "Live in the shadow of the war",
    "Live ticker operators earn little, the study found.",
    "This article of the Basic Law has been changed twice.",
    "The article, which first appeared in a local paper, sparked a debate.",
    "With material from the archives, the historians reconstructed the events.",
    "Sources close to the government confirmed the plan.",
    "Source of the trouble",
    "Home of the future",
    "Photo galleries attract many readers, studies show.",
    "To the homepage of the ministry, the hackers added a message.",
    "Subscribe to the idea of a European army and you face resistance.",
    "Subscribers to Bild Plus rose by ten percent.",
    "Canal+ bought the broadcasting rights for the league.",
    "Plus, the government plans to raise the child benefit.",
    "Exclusive talks between the two sides began on Monday.",
    "Already a subscriber for ten years, Müller cancelled his subscription.",
    "Test for the coalition",
    "Tests for one euro each are available in pharmacies.",
    "We use coal and gas to bridge the gap, the minister said.",
    "With your consent, the doctor said, we can start the treatment tomorrow.",
    "Share of renewables rises to 50 percent",
    "Send the troops, the general demanded.",
    "Recommended by the WHO, the vaccine is now available in pharmacies.",
    "Also interesting is the question of who will pay.",
    "Most read newspaper in Germany is still Bild.",
    "Newsletter publishers are struggling with new data rules.",
    "Correction of the figures was necessary, the office said.",
    "Corrections to the budget were made in March.",
    "Transparency is important, the minister said.",
    "Disclosure of the documents was ordered by the court.",
    "Updates to the tax software are expected in spring.",
    "Update for the heating law",
    "Sponsored content is increasingly common, the study found.",
    "Advertorials must be labelled as advertising, the court ruled.",
    "Status of the negotiations",
    "Last update of the software was in 2019, the company admitted.",
    "Criticism from the opposition",
    "Firefighters at the scene of the fire in Hamburg on Tuesday.",
    "Chancellor Olaf Scholz (SPD) at the press conference in Berlin.",
    "Politics and business must work together, the president said.",
    "Also read by many teenagers are comics and manga.",
    "To the video of the attack, the police said nothing.",
    "Go to the polls, the bishops urged believers.",
    "Write the comment in German, the teacher said.",
    "Gift articles are taxed at a lower rate.",
    "Much read, little understood: the constitution turns 75",
    "This might also interest investors who fear inflation.",
    "Please deactivate the alarm before entering, the sign says.",
    "In our own interest, we have to act now, the mayor said.",
    "Live: that is what the fans wanted, and they got it.",
    "Photo series like this one are rare in German museums.",
    "To the dossier of the secret service, the minister added nothing.",
    "Data protection settings on smartphones are often too lax, experts warn.",
    "Subscribe to the Welt Plus model and you pay 10 euros a month, the publisher said.",
    "Test results for the new vaccine are expected on Friday.",
    "The interview took place in Berlin.",
    "Update on the state of the negotiations",
    "Correction of the tax rate",
]


@pytest.mark.negative
@pytest.mark.parametrize("line", LEGITIMATE)
def test_legitimate_lines_are_quiet(line):
    assert run_rule(BoilerplateLine, article(middle=line)) == []
    assert run_rule(BoilerplateLine, article(tail=line)) == []
