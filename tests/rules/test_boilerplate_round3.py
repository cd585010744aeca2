"""MT201 boilerplate-line, round 3: site furniture seen on unseen articles (photographer credits,
consent buttons, subscription offers with prices, service boxes, messenger and podcast prompts,
"Further articles", "Loading ...", "To the start page"), and real article lines that look alike.

Each furniture line is put at the tail of a clean article (where widgets sit); each prose line is
put in the body and must stay quiet.
"""
from __future__ import annotations

import pytest

from mtcheck.rules.boilerplate_line import BoilerplateLine
from tests.conftest import run_rule

BODY = [
    "Flood warning for the Elbe",
    "Dresden. The water level of the Elbe rose to more than six metres on Tuesday. The city opened "
    "two emergency shelters for residents of the lower districts.",
    "Authorities expect the peak on Thursday. Sandbags are being handed out at the fire stations.",
    "What residents should do now",
    "The city advises people to move valuables to upper floors and to follow the radio bulletins.",
    "Schools in the affected districts will stay closed until Friday, the mayor said.",
]


def article(*, middle: str | None = None, tail: str | None = None) -> str:
    paragraphs = list(BODY)
    if middle is not None:
        paragraphs.insert(3, middle)
    if tail is not None:
        paragraphs.append(tail)
    return "\n\n".join(paragraphs) + "\n"


FURNITURE = [
    # photographer and image credits
    "Photographer: Jens Büttner",
    "Photographer: Kay Nietfeld/dpa",
    "Photo: Michael Kappeler/dpa",
    "Photo: Sven Hoppe/dpa",
    "Image: Christophe Gateau/dpa",
    "Image: Reuters/Fabrizio Bensch",
    "Source: picture alliance",
    "Source: picture alliance / dpa | Hannes P Albert",
    "© Marcus Brandt",
    "© dpa",
    "Photo: IMAGO/Political-Moments",
    "Photos: Andreas Arnold/dpa",
    "Photo credit: Patrick Pleul",
    # consent buttons
    "Only allow necessary cookies",
    "Allow only necessary cookies",
    "Accept all",
    "Reject all",
    "Settings",
    "Cookie settings",
    "Accept and close",
    "Agree and continue",
    "Allow all",
    "Allow selection",
    "Save settings",
    "Necessary cookies only",
    # subscription offers with prices
    "Digital access for 2.99 euros per week",
    "Read on for 1 euro",
    "Subscribe now from 9.99 €/month",
    "Read on for only 1 €",
    "Test now for 0.99 euros",
    "All articles for just 1 euro in the first month",
    "Now only 4.99 euros a month",
    "Continue reading for 1 euro",
    "Digital subscription from 9.99 euros per month",
    "First month free, then 9.99 euros per month",
    "Try for 4 weeks for 1 euro",
    # classifieds and service boxes
    "Properties in your area",
    "Real estate in your region",
    "Jobs in your region",
    "Jobs in your area",
    "Weather in Berlin",
    "Traffic news",
    "Deals of the day",
    "Compare prices",
    "Find the best deals",
    "Current offers",
    "Horoscope",
    "Obituaries",
    "Death notices",
    "Classifieds",
    # messenger prompts
    "News on Telegram: join our channel now",
    "Follow us on WhatsApp",
    "Our channel on Instagram",
    "Our WhatsApp channel",
    "Now on WhatsApp: subscribe to our channel",
    "Join our Telegram channel now",
    "Get the news on WhatsApp",
    # podcast and video prompts
    "Listen to the podcast",
    "To the podcast",
    "All episodes of the podcast",
    "Watch the video",
    "To the video",
    "Video: Watch the press conference",
    "Subscribe to our podcast on Spotify",
    # further articles / interested
    "Further articles",
    "Further articles on the topic",
    "More articles",
    "You might also be interested in",
    "You might also be interested in:",
    "This might also interest you",
    "This might also be of interest to you",
    "Also interesting:",
    # loading / start page
    "Loading …",
    "Loading...",
    "Loading",
    "To the start page",
    "To the homepage",
    "Back to the homepage",
]

PROSE = [
    "Photographer Jens Büttner spent three days in the flooded villages.",
    "The photographer said she had never seen the river so high.",
    "Settings for the pumps were changed overnight, the fire brigade said.",
    "Accept all the risks, the mayor told the council, or close the schools.",
    "Digital access for schools has been expanded since the pandemic.",
    "Properties in the area lost a third of their value after the last flood.",
    "Jobs in the region depend on the port and on tourism.",
    "Weather in Berlin was dry and warm throughout the week, forecasters said.",
    "Traffic news from the A4 was dominated by the closure of the bridge.",
    "Compare prices before and after the flood and you see the damage.",
    "Our channel on the river was dredged two years ago, the harbour master said.",
    "Further articles of the treaty deal with flood protection.",
    "Loading the sandbags took the volunteers the whole night.",
    "Source: the state environment agency, which measures the level hourly.",
    "You might also be interested in how the city prepared for the 2002 flood.",
    "Reject all compromises, the opposition demanded in the debate.",
    "Read on for 1 euro? Not in this town, the baker joked.",
    "Follow us on the road to the shelter, a firefighter called to the residents.",
    "Watch the video of the dam break and you understand the fear.",
    # sub-headings that a weather or consumer article may use: left quiet on purpose
    "Weather",
    "Price comparison",
]


@pytest.mark.positive
@pytest.mark.parametrize("line", FURNITURE)
def test_furniture_fires_at_the_tail(line):
    text = article(tail=line)
    hits = run_rule(BoilerplateLine, text)
    assert [text[h.span.start:h.span.end] for h in hits] == [line]


@pytest.mark.negative
@pytest.mark.parametrize("line", PROSE)
def test_prose_in_the_body_is_quiet(line):
    assert run_rule(BoilerplateLine, article(middle=line)) == []


@pytest.mark.negative
def test_clean_article_is_quiet():
    assert run_rule(BoilerplateLine, article()) == []
