"""MT201 boilerplate-line, round 4: furniture of German news sites as an MT system renders it, told by
its shape: paywall and login prompts put as a question ("Not a subscriber yet? Test now for 1 euro"),
editorial credit lines (a role label and personal names: "Editing: Anna Becker"), article tools ("Send
article as gift"), promotion of the site's own channels ("Our podcast: every morning ..."), and hub or
teaser lines ("Live ticker: all developments of the day", "All news about the war in Ukraine"); and
the headlines, subheads, captions and short lines of news prose that share their words and must stay
quiet.

Each furniture line is put in the body and at the tail of a clean article; each prose line in the
body, after the title and at the tail.
"""
from __future__ import annotations

import pytest

from mtcheck.packs import DATA_DIR
from mtcheck.rules.boilerplate_line import BoilerplateLine
from mtcheck.rules.widget_signals import furniture_kind
from mtcheck.rules.widgets import _load_data
from tests.conftest import article_with, hit_texts, run_rule

BODY = [
    "State election in Saxony: CDU narrowly ahead",
    "Dresden. The CDU has narrowly won the state election in Saxony ahead of the AfD. According to the "
    "preliminary official result, the Christian Democrats received 31.9 percent of the vote.",
    "Turnout was higher than five years ago. The Greens and the SPD lost votes.",
    "How the coalition talks could go",
    "Minister President Michael Kretschmer wants to talk to all democratic parties, he said on Sunday evening.",
    "The new state parliament will meet for the first time at the beginning of October.",
]


def article(line: str, where: str) -> str:
    return article_with(BODY, line, where)


FURNITURE = [
    # paywall and login prompts put as a question
    "You are already a subscriber? Log in here",
    "Not a subscriber yet? Test now for 1 euro",
    "Already registered? Log in",
    "Do you already have an account? Log in here",
    "Already have an account? Sign in",
    "No account yet? Register now for free",
    "Are you already a subscriber? Then log in here.",
    "Not yet a subscriber? Subscribe now",
    "Not registered yet? Register here free of charge",
    "Already a print subscriber? Activate your digital access now",
    "Want to read on? Test for 4 weeks for free",
    "Would you like to read more? Secure full access now",
    "Do you already have a digital subscription? Log in here",
    "Already a customer? Sign in here",
    "You are not yet a subscriber? Secure full access now",
    "Are you already a member? Log in",
    "New here? Register for free",
    "Already subscribed? Log in here",
    "Not a subscriber yet? Read on for 0.99 euros",
    "Forgot your password?",
    # editorial credit lines: a role label and personal names
    "Editing: Anna Becker",
    "Editor: Jan-Philipp Müller",
    "Editors: Anna Becker and Jan Müller",
    "Text: Maria Schmidt",
    "Text and photos: Peter Meier",
    "Collaboration: Lena Weber",
    "Cooperation: Lena Weber, Tim Schulz",
    "Graphics: Julia Wolf",
    "Editorial team: Katrin Schulze, Jonas Fischer",
    "Research: Lea Hoffmann",
    "Reporting: Anna Becker and Jan Müller",
    "Author: Max Mustermann",
    "Authors: Eva von Hagen, Timo Schneider",
    "Illustration: Nina Vogt",
    "Data analysis: Felix Braun",
    "Production: Sarah Klein",
    "Camera: Ole Petersen",
    "Moderation: Jana Richter",
    "Protocol: Anna Becker",
    "Recorded by Anna Becker",
    "Compiled by Jan Müller",
    "The interview was conducted by Katrin Schulze.",
    "Interview conducted by Katrin Schulze and Jan Müller",
    "Additional reporting: Felix Braun",
    "Text: Anna Becker, photos: Jan Müller",
    "Editing and layout: Tim Schulz",
    "Coordination: Miriam Hollstein",
    "Contributors: Anna Becker, Tim Schulz",
    "With material from the news agencies dpa and AFP",
    "Text: dpa, editing: Anna Becker",
    # article tools
    "Send article as gift",
    "Gift article",
    "Give away article",
    "Save article for later",
    "Read later",
    "Print article",
    "Share article",
    "Bookmark article",
    "Remember article",
    "Listen to article",
    "Read article aloud",
    "Have the article read aloud",
    "Send article by e-mail",
    "Copy link to article",
    "Add to watchlist",
    "Add article to reading list",
    "Report an error in the article",
    "Report error",
    "Gift this article to a friend",
    "Download article as PDF",
    "Print version",
    "Comment on the article",
    "Give this article as a gift",
    # promotion of the site's own channels
    "Our podcast: every morning the news of the day in ten minutes",
    "Our newsletter: the most important news of the day in your inbox",
    "Our app: all news at a glance",
    "Our morning briefing: what you need to know today",
    "Our podcast \"Ukraine - the situation\": every Tuesday and Friday",
    "Our newsletter for Hamburg",
    "Our daily news podcast",
    "Our WhatsApp channel: news straight to your phone",
    "Our e-paper: the newspaper as a digital edition",
    "Our weekly newsletter: the best articles of the week",
    "Our podcast for Berlin: every weekday at 6 a.m.",
    "In our podcast: the week in review",
    "Our Instagram account: behind the scenes of the newsroom",
    # hub and teaser lines
    "Overview: all results of the state election",
    "Live ticker: all developments of the day",
    "All news about the war in Ukraine",
    "All news on the Bundesliga",
    "More on the topic",
    "Also interesting:",
    "Read also:",
    "All information about the Bundestag election at a glance",
    "News ticker: all developments in the Ukraine war",
    "Live blog: all the latest news on the Middle East conflict",
    "Dossier: everything about the energy crisis",
    "Special: all articles on the war in Ukraine",
    "All articles on the topic",
    "More news from Hamburg",
    "More from the region",
    "All results and tables of the Bundesliga",
    "Here you can find all the news about the coronavirus",
    "You can find all the news in our live blog",
    "Further news on this topic",
    "Topic page: all articles on climate change",
    "All the latest news on the corona pandemic",
    "At a glance: all the important information on the heating law",
    "More news from politics",
    "All reports on the state election",
    "More on the subject:",
    "Also read:",
]

PROSE = [
    # questions and answers in headlines and prose
    "Already a candidate? Scholz keeps his options open",
    "Not a subscriber, but a fan: why young people read newspapers again",
    "Already vaccinated? Then the new rules hardly affect you",
    "No account, no money: how the new basic income works",
    "Already a member of the party? Not yet, says the candidate.",
    "Forgot your umbrella? The weather will stay dry.",
    "Not yet registered to vote? The deadline is Friday.",
    "New here? The city welcomes 3,000 refugees a month",
    "Already tested? Then you may enter the restaurant.",
    "Do you already have a heat pump? Apply for the subsidy now",
    "Want to read on? The second part follows tomorrow.",
    "Is the subscription model dead?",
    # role labels and names in content
    "Editor: a profession in crisis",
    "Text: the full statement of the chancellor",
    "Collaboration: the key to success",
    "Research: coffee protects the heart",
    "Chancellor: Olaf Scholz",
    "Referee: Felix Zwayer (Berlin)",
    "Coach: Julian Nagelsmann",
    "Defence Minister: Boris Pistorius",
    "Author Juli Zeh at a reading in Berlin",
    "Editor-in-chief Anna Becker resigns",
    "Editors demand more protection",
    "Text messages from the chancellor",
    "The editor, Anna Becker, was not available for comment.",
    "Reporting on the war is dangerous",
    "Production halted at VW plant in Zwickau",
    "Camera catches speeding minister",
    "Protocol of a disaster",
    "Recorded by a dashcam: the accident on the A9",
    "Compiled by the Federal Statistical Office, the figures show a decline.",
    "Translation errors in the coalition agreement",
    "Cooperation with China: chance or risk?",
    "Moderation: a virtue in politics",
    "Research: Germany lags behind",
    "Production: Volkswagen Zwickau",
    "Host: Saudi Arabia",
    "Hosted by Saudi Arabia",
    "Editorial: Merkel's Legacy",
    "Data: Robert Koch Institute",
    "The interview was conducted in Berlin.",
    # article words in headlines
    "Gift of life: a kidney from her brother",
    "Save the date",
    "Print media in crisis",
    "Share of renewables rises to 50 percent",
    "Remember Srebrenica",
    "Report on the state of the nation",
    "Listen to the scientists",
    "Copy of the contract leaked",
    "Article 13: what the copyright reform means",
    "A gift for the chancellor",
    "The article was printed on Monday.",
    "Save energy, save money",
    "Print run halved",
    "Report errors to the tax office in good time",
    # possessive "our" in headlines, opinion labels and prose
    "Our view: the coalition must act now",
    "Our country needs reforms",
    "Our podcast host was born in Kyiv.",
    "Our correspondent in Kyiv",
    "Our reporter in Washington: a city divided",
    "Our democracy is under threat",
    "Our neighbours: Poland and the Czech Republic",
    "Our planet: the oceans are getting warmer",
    "Our comment: a bad compromise",
    "Our channel to Moscow remains open, the diplomat said.",
    "Our app generation has forgotten how to wait",
    # "all", "overview", "more" in headlines and prose
    "All news is local",
    "All eyes on Karlsruhe",
    "All results point to a recession",
    "Overview of the talks",
    "An overview of the new rules",
    "Overview: what changes in January",
    "All quiet on the western front",
    "More on that later",
    "All in all, a successful summit",
    "All news about the war is bad news, the general said.",
    "All information on the victims has been released.",
    "All reports on the accident were wrong",
    "Scholz: all options remain on the table",
    "Habeck: all gas storage facilities are full",
    "Overview: all nuclear power plants are now off the grid",
    "More news, less noise: how the radio station won listeners",
    "Everything about my mother",
    "More from Kyiv than from Moscow",
    "Live ticker becomes a lifeline for families",
    "The most important questions and answers",
    # more hard negatives: account questions, labels with places and title case, tool verbs in headlines
    "Already a superpower? China's rise in numbers",
    "Not a member yet? Why Sweden waits for NATO",
    "Already a member? Then you know the problem",
    "No access? Then call the hotline",
    "Still a customer? Switch now and save 200 euros",
    "Want to read more? Here you go",
    "Report a problem",
    "Host: United Arab Emirates",
    "Our app generation",
    "Our newsletter subscribers",
    "Our show must go on",
    "Our Berlin correspondent",
    "More reports of attacks on refugees",
    "More data from the Robert Koch Institute",
    "Further from home",
    "All eyes on Karlsruhe",
    "All reports of abuse investigated",
    "Focus: all eyes on the Fed",
    "Here you can find all the information you need",
    "All data from the survey is anonymous",
    "All videos of the attack were deleted",
    "Text: Basic Law",
    "Author: unknown",
    "Editor: Chancellor Scholz",
    "Questions: What happens now?",
    "Research: Max Planck Institute for Physics",
    "Cooperation: Germany and France",
    "Collaboration: Berlin and Paris",
    "Reporting: Kyiv and Moscow",
    "Design: Bauhaus Dessau",
    "Sound: Silence",
    "Music: Beethoven and Brahms",
    "Host country: Qatar",
    "Coordination: Federal Chancellery",
    "Responsible: the Interior Ministry",
    "Cut: Interest Rates",
    "Voice: Bundestag",
    "Protocol: Red Carpet",
    "All in all a good day",
    "Everything about my mother",
    "Our Merkel years",
    "Our Europe",
    "In our country: poverty rises",
    "On our doorstep: wolves return to Brandenburg",
    "From our correspondent in Kyiv",
    "Send in the troops",
    "Save the children",
    "Give away the money",
    "Read the fine print",
    "Print money",
    "Note the difference",
    "Mark my words",
    "Listen to the people",
    "Keep the change",
    "Share the burden",
    "Copy the Danes",
    "Report from Kyiv",
    # captions and one-line paragraphs
    "Michael Kretschmer (CDU) on election night in Dresden.",
    "Anna Becker, 34, has been a member of the state parliament since 2019.",
    "The results are expected in the early evening.",
]


@pytest.mark.positive
@pytest.mark.parametrize("where", ["middle", "tail"])
@pytest.mark.parametrize("line", FURNITURE)
def test_furniture_fires(line, where):
    text = article(line, where)
    assert hit_texts(BoilerplateLine, text) == [line]


@pytest.mark.negative
@pytest.mark.parametrize("where", ["middle", "head", "tail"])
@pytest.mark.parametrize("line", PROSE)
def test_prose_is_quiet(line, where):
    assert run_rule(BoilerplateLine, article(line, where)) == []


@pytest.mark.negative
def test_clean_article_is_quiet():
    assert run_rule(BoilerplateLine, article("The CDU wants to govern again.", "middle")) == []


SIGNALS = _load_data(DATA_DIR, "en").signals

KINDS = {
    "paywall-question": ["Not a subscriber yet? Test now for 1 euro", "Do you already have an account? Log in here",
                         "Would you like to read more? Secure full access now"],
    "credit": ["Editing: Anna Becker", "Text: dpa, editing: Anna Becker", "Recorded by Anna Becker",
               "Editors: Anna Becker and Jan Müller"],
    "article-tool": ["Send article as gift", "Read article aloud", "Download article as PDF", "Print version"],
    "own-channel": ["Our podcast: every morning the news of the day in ten minutes", "Our newsletter for Hamburg",
                    "Our Instagram account: behind the scenes of the newsroom"],
    "hub-teaser": ["Overview: all results of the state election", "All news about the war in Ukraine",
                   "More news from Hamburg", "Here you can find all the news about the coronavirus"],
}
KIND_LINES = [(kind, line) for kind, lines in KINDS.items() for line in lines]


@pytest.mark.positive
@pytest.mark.parametrize("kind,line", KIND_LINES, ids=[line for _, line in KIND_LINES])
def test_signal_names_the_kind(kind, line):
    assert furniture_kind(line, SIGNALS) == kind


@pytest.mark.negative
@pytest.mark.parametrize("line", ["All news about the war in Ukraine", "Our podcast: the week in review"])
def test_a_hub_or_channel_page_title_is_quiet(line):
    text = "\n\n".join([line] + BODY[1:]) + "\n"
    assert run_rule(BoilerplateLine, text) == []


@pytest.mark.positive
def test_a_credit_block_fires_as_one_block():
    block = "Text: Maria Schmidt\nPhotos: Jan Müller\nEditing: Anna Becker"
    text = article(block, "tail")
    assert hit_texts(BoilerplateLine, text) == [block]
