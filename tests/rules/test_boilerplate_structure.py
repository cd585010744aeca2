"""MT201 boilerplate-line: the generic furniture signals (``mtcheck.rules.widget_signals``) on site
furniture no widget pattern names (timestamps and status notes, reading times, player and page controls,
social counters and display modes, service widgets and finders, calls to action, channel promotion,
source notes, help numbers, registration prompts, interface language left in German), and the subheads, short sentences and captions that
share their words and must stay quiet.

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
    "Coalition agrees on relief package",
    "Berlin. The governing coalition agreed on Thursday night on a second relief package worth "
    "15 billion euros. Households with low incomes are to receive a one-off payment.",
    "The finance minister said the package was affordable. The opposition criticised it as too small.",
    "What the package contains",
    "Commuters will get a higher allowance, and the tax on fuel will be cut for three months.",
    "The Bundestag is expected to vote on the bill before the summer break, a spokesman said.",
]


def article(line: str, where: str) -> str:
    return article_with(BODY, line, where)


SIGNALS = _load_data(DATA_DIR, "en").signals

FURNITURE = {
    "timestamp": [
        "Last edited at 09:15",
        "Changed on 12 March 2022 at 16:40",
        "Last change: 14.01.2022, 08:12",
        "First published 3 hours ago",
        "Published yesterday at 18:30",
        "Updated today, 10:05 a.m.",
        "As of: 5 minutes ago",
        "Modified: 2 days ago",
        "Created on 03.02.2022 | Changed on 04.02.2022",
        "Updated just now",
        "Last revised on 7 June 2022 at 11:03",
        "First posted Tuesday, 09:12",
        "Article status: 05.11.2022, 09:12",
        "Page status: 03.03.2023",
        "Status of the article: 07.07.2022",
    ],
    "reading-time": [
        "3 minutes reading time",
        "Reading time approx. 4 minutes",
        "Listening time 12 minutes",
        "2 min listening time",
    ],
    "control": [
        "Unmute sound",
        "Subtitles: off",
        "Exit full screen",
        "Playback speed: 1.5x",
        "Quality: HD",
        "Next picture",
        "Previous image",
        "Report comment",
        "Sort by: oldest",
        "Settings for this video",
        "Headphones recommended",
        "You are not logged in",
        "Your session has expired",
        "The video will start in 5 seconds",
        "Log in to reply",
        "Cookie preferences",
        "Start the video now",
        "Recommend (3)",
        "Likes (1204)",
        "Replies (7)",
        "Switch to dark mode",
        "Night mode: off",
        "High-contrast mode",
        "Light mode",
    ],
    "service": [
        "Weather today in Munich: 21 degrees, sunny",
        "Your weather: 8 degrees and rain",
        "Fuel prices today: Diesel 1.79 euros, E10 1.82 euros",
        "Current petrol prices in your region",
        "Traffic: 12 km of congestion on the A8",
        "Your daily horoscope: Aries",
        "Lottery numbers: 3, 12, 19, 27, 33, 41",
        "DAX 15,432.10 +0.3%",
        "Pollen count in your region: high",
        "Temperatures in your city today: 14 degrees",
        "Find the nearest doctor on duty",
        "Dental emergency service: find a dentist on duty near you",
        "Locate the closest on-call practice",
        "On-call pharmacies near you",
    ],
    "call-to-action": [
        "Tap to turn on sound",
        "Press the button to start the audio",
        "Watch the whole press conference in the video",
        "Get breaking news as a push notification",
        "Hear the whole interview in our podcast",
        "Swipe to see more photos",
    ],
    "channel-promo": [
        "Now in the app: all news at a glance",
        "Now also available as a podcast",
        "New on our podcast: the week in review",
    ],
    "source-note": [
        "Sources used: dpa, Reuters, own research",
        "Source: Reuters",
        "Sources: AFP, dpa, Bloomberg",
        "With material from the agencies",
        "With information from dpa and KNA",
        "With reporting by AP",
        "Used sources: own research",
        "Source: dpa/tmn",
    ],
    "helpline": [
        "Victims' helpline: 0800 116 016",
        "Counselling hotline for young people: 116 111",
        "Fire brigade and rescue service emergency number: 112",
        "Telephone helpline for seniors: 0800 470 80 90",
        "Medical on-call service: 116 117",
        "Poison control centre: 030 19240",
        "Emergency numbers: 110 and 112",
        "Addiction hotline: +49 221 8923 1 (free)",
    ],
    "account-prompt": [
        "Thanks for subscribing! Please check your inbox.",
        "Please confirm your registration via the link in the e-mail.",
        "You have successfully registered.",
        "Thank you for registering. You will receive an e-mail shortly.",
        "Almost done! Please confirm your subscription.",
        "We have sent you a confirmation e-mail.",
    ],
    "german-ui": [
        "Kommentare laden",
        "Alle Bilder anzeigen",
        "Seite drucken",
        "Zur Startseite",
        "Jetzt kostenlos registrieren",
        "Mehr Nachrichten",
        "Artikel vorlesen",
        "Video abspielen",
        "Weitere Artikel zum Thema",
        "Newsletter bestellen",
        "Fenster schließen",
    ],
}
FURNITURE_LINES = [(kind, line) for kind, lines in FURNITURE.items() for line in lines]

PROSE = [
    # subheads that share the furniture's words
    "Scholz under pressure",
    "What happens next",
    "The new law at a glance",
    "Weather service warns of storms",
    "Fuel prices hit record high",
    "Traffic chaos on the A7",
    "A video that went viral",
    "Lottery winner remains anonymous",
    "Privacy concerns over new app",
    "Login data of millions stolen",
    "Published under pressure",
    "Changed times",
    "Last hope for the coalition",
    "Full screen time for children?",
    "Swipe right: how dating apps changed love",
    "Log in, pay, leave: how the new parking app works",
    "The weather in Berlin",
    "The weather on Sunday",
    "Mute protest in front of the chancellery",
    "Next stop: Brussels",
    "Quality over quantity",
    "Settings for the new heating law",
    "Press the reset button",
    "Turn the page",
    "Stop and search",
    "Open questions remain",
    "Reply from Moscow",
    "Share of women in parliament",
    "Speed limit on the motorway",
    "Volume of exports",
    "Stream of refugees",
    "Register now for the marathon",
    "Sign language interpreters",
    "Log in problems at the tax office",
    "Updated forecast: growth of 3.6 percent",
    "Status: unclear",
    "Source of the leak remains unclear",
    "Sources in the ministry",
    "Sources of income",
    "Source: Federal Statistical Office",
    "Material damage in the millions",
    "Material for the trial",
    "With support from the EU",
    "Status report on climate change",
    "Status quo in Berlin",
    "Article 5 of the NATO treaty",
    "Help for the flood victims",
    "Helpline staff overwhelmed",
    "Crisis hotline: how it works",
    "Emergency call from the cockpit",
    "Emergency number 112 to be extended",
    "Emergency calls: 2,000 in one night",
    "Hotline launched: 2019",
    "Number of victims: 112",
    "Where to find the cheapest pharmacy",
    "Find the nearest exit",
    "Pharmacies on strike in Bavaria",
    "Like a prayer",
    "Like (and unlike) his predecessor",
    "Reading between the lines",
    "Dark mode for the economy",
    "Dark days for the SPD",
    "Night mode in the city",
    "Thank you, Angela",
    "Thank you for your patience",
    "Registration opens on Monday",
    "Confirmed: Scholz will travel to Kyiv",
    "Der Artikel",
    "Mehr Demokratie wagen",
    "Wir schaffen das",
    "Deutsche Welle",
    "Alternative für Deutschland",
    "Frankfurter Allgemeine Zeitung",
    "Weiter so",
    # short sentences and labelled facts
    "The video was shot at 14:32.",
    "The update was published two hours ago.",
    "Press play, she said.",
    "It was 14 degrees and cloudy in Berlin.",
    "The DAX rose 0.3 percent to 15,432 points.",
    "The lottery numbers were drawn on Saturday evening.",
    "Last changed in 2019, the law is now outdated.",
    "First published in 1949, the newspaper is the oldest in the region.",
    "As of Monday, masks are mandatory.",
    "Two hours later, the police arrived.",
    "Temperature: 38.5 degrees",
    "Turnout: 76 percent",
    "Price: 49 euros a month",
    "Turn off the lights, says the energy minister.",
    "Sources say the deal is close.",
    "The helpline for victims was set up in 2019.",
    "Please confirm the figures, the minister asked.",
    "Thank you for everything, he said.",
    "Watch the video of the dam break and you understand the fear.",
    # captions and datelines
    "Olaf Scholz at the press conference in Berlin on Tuesday.",
    "A picture from better days: Merkel and Putin in 2019",
    "Munich, 14 January",
    "\"Subscribe to nothing, believe nobody,\" he wrote.",
]


@pytest.mark.positive
@pytest.mark.parametrize("kind,line", FURNITURE_LINES, ids=[line for _, line in FURNITURE_LINES])
def test_signal_names_the_kind(kind, line):
    assert furniture_kind(line, SIGNALS) == kind


@pytest.mark.positive
@pytest.mark.parametrize("where", ["middle", "tail"])
@pytest.mark.parametrize("kind,line", FURNITURE_LINES, ids=[line for _, line in FURNITURE_LINES])
def test_furniture_fires(kind, line, where):
    text = article(line, where)
    assert hit_texts(BoilerplateLine, text) == [line]


@pytest.mark.negative
@pytest.mark.parametrize("where", ["middle", "head", "tail"])
@pytest.mark.parametrize("line", PROSE)
def test_prose_is_quiet(line, where):
    assert run_rule(BoilerplateLine, article(line, where)) == []


@pytest.mark.negative
def test_a_call_to_action_in_a_prose_paragraph_is_quiet():
    text = article("Tap to turn on sound. The minister then left the room without answering questions "
                   "about the relief package.", "middle")
    assert run_rule(BoilerplateLine, text) == []


@pytest.mark.negative
def test_a_finished_call_to_action_in_the_body_is_quiet_but_fires_at_the_tail():
    line = "Open the app and allow push notifications."
    more = "\n\nThe states must still approve the package.\n\nThe unions welcomed the agreement.\n"
    assert run_rule(BoilerplateLine, article(line, "middle") + more) == []
    text = article(line, "tail")
    assert hit_texts(BoilerplateLine, text) == [line]


@pytest.mark.negative
def test_signals_skip_a_prose_paragraph_wrapped_into_short_lines():
    wrapped = "Tap the screen to show the controls\nand the machine, the engineers said, will do the rest\nof the work."
    assert run_rule(BoilerplateLine, article(wrapped, "middle")) == []


@pytest.mark.positive
def test_a_block_of_player_controls_fires_as_one_block():
    block = "Unmute sound\nExit full screen\nSubtitles: off"
    text = article(block, "middle")
    assert hit_texts(BoilerplateLine, text) == [block]
