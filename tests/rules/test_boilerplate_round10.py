"""MT201 boilerplate-line, round 10: kinds of site furniture a blind evaluation missed, by kind.

For each kind, the line the evaluation reported (its exact words) and variants written by hand for
development (other sites, wordings, sports and services): live-ticker controls and "+++ 14:32 +++" ticker
lines, match facts, line-ups and event lines (referee, spectators, substitutions, cards), "Next match"
boxes, paywall offers and advantages, registration walls and free-article counters, e-mail confirmation,
third-party-content consent, mobile-version switches, recommendation widgets, traffic radio, ski-lift, snow,
avalanche and water-level reports, comment sorting, results tickers and tables, classifieds and obituary
portals, on-call services, lottery quotas, reader reporters, letters-to-the-editor notes, voting results
by municipality and German credit labels. The negatives are headlines, subheads, news prose and quotes
that share the kinds' words.
"""
from __future__ import annotations

import pytest

from mtcheck.rules.boilerplate_line import BoilerplateLine
from tests.conftest import article_with, furniture_suite, hit_texts, run_rule

BODY = [
    "Flood defences to be strengthened along the river",
    "Dresden. The state government wants to spend 300 million euros on new flood defences over the next "
    "ten years. The environment minister presented the plans on Tuesday.",
    "The dikes along the Elbe and its tributaries are to be raised by up to one metre in places.",
    "Residents remain sceptical",
    "Many residents of the affected districts still remember the floods of 2002 and 2013.",
    "The municipalities are to be involved in the planning from the summer, a spokeswoman said.",
]

FURNITURE = [
    # live-ticker controls and "+++" ticker lines
    "Ticker paused – click here to continue",
    "Live blog paused. Tap here to resume",
    "The ticker has been paused – click to continue updating",
    "Pause ticker",
    "+++ 14:32 +++ The police have cordoned off the area +++",
    "+++ 09:15 +++ Chancellor arrives in Kyiv +++",
    "+++ Update, 18:05: Fire brigade gives the all-clear +++",
    # comment and ticker sorting
    "Newest entries first",
    "Oldest first",
    "Sort by: most popular comments first",
    # match facts, line-ups and event lines
    "Match facts",
    "Match data",
    "Game statistics",
    "Line-ups",
    "FC Bayern: Neuer – Kimmich, Upamecano, de Ligt, Davies – Goretzka, Laimer – Sané, Müller, Musiala – Kane",
    "Substitutions: 46. Müller for Gnabry",
    "Substitutions: 61. Sabitzer for Brandt, 78. Moukoko for Adeyemi",
    "Changes: 70' Wirtz for Hofmann",
    "Yellow cards: Kimmich (34.), Goretzka (71.)",
    "Red card: Hummels (88.)",
    "Bookings: Xhaka, Palacios",
    "Goals: 1:0 Musiala (12.), 2:0 Kane (56., penalty)",
    "Spectators: 75,000 (sold out)",
    "Attendance: 41,200",
    "Spectators: 12.500",
    # "next match" boxes
    "Next match: Saturday, 18:30, away at Union Berlin",
    "Next game: VfB Stuttgart vs. SC Freiburg (Sun, 15:30)",
    "Next home game: 14.05., 20:30 against the Eisbären",
    "Kick-off: Friday, 20:30",
    # paywall offers and advantages
    "Read all articles on the website and in the app – cancellable monthly",
    "All Plus articles on the web and in the app, cancellable at any time",
    "First month for 0.99 euros, then 9.99 euros a month – can be cancelled monthly",
    "Your advantages at a glance",
    "Your benefits as a subscriber",
    "All advantages of the digital subscription",
    # registration walls, free-article counters, e-mail confirmation
    "Register now free of charge and read on",
    "Sign up for free and keep reading",
    "Register free of charge now and read this article",
    "You have 3 free articles left this month.",
    "You have one free article left",
    "You can read 2 more articles for free this month.",
    "Confirm your e-mail address to continue reading.",
    "Please verify your email address to complete your registration",
    "We have sent you a confirmation link by e-mail.",
    # third-party-content consent
    "Contribution of a third-party provider: YouTube",
    "Content from an external provider: Instagram",
    "External content: Datawrapper",
    "Activate Instagram content",
    "Load YouTube video",
    "Show external content",
    "With your consent, data will be transmitted to X.",
    "If you activate the content, personal data will be transferred to YouTube.",
    "By loading the content, you agree that data will be transmitted to third parties.",
    # mobile-version switch
    "Switch to the mobile version",
    "Go to desktop version",
    "View the full site",
    # recommendation widgets
    "Recommended by Outbrain",
    "Sponsored links by Taboola",
    "Around the web",
    "Reading tip from the editorial team",
    "Reading tip: Why the dikes failed in 2002",
    "Editorial recommendations",
    "Recommendations from the editors",
    # traffic radio
    "Traffic radio: the latest reports for the A 9",
    "Traffic news: all current reports for Bavaria",
    "Traffic reports for the A 7",
    "Speed cameras today",
    # ski-lift, snow, avalanche and water-level reports
    "Ski lift status: all lifts in operation",
    "Lift status: 12 of 14 lifts open",
    "Snow depths in the ski areas",
    "Snow report: 80 cm on the mountain, 20 cm in the valley",
    "Current snow depths",
    "Avalanche report for Tyrol",
    "Avalanche bulletin for the Bavarian Alps",
    "Avalanche danger level: 3 (considerable)",
    "Water levels: current readings on the Elbe",
    "Water level: Dresden 4.20 m, falling",
    "Current water levels on the Rhine",
    # results tickers and tables
    "Results ticker: all games, all goals",
    "Live ticker: all games of the 34th matchday",
    "Table of the 2nd Bundesliga",
    "Standings of the Premier League",
    "Premier League table",
    "Results and fixtures of the Bundesliga",
    # classifieds and obituary portals
    "Classifieds: place an ad now",
    "Job market: find the right job in your region",
    "Mourning portal: find death notices",
    "Obituaries: search all death notices from the region",
    "Mourning portal",
    # on-call services and phone numbers
    "Medical on-call service: dial 116 117",
    "Emergency pharmacy service: 0800 00 22 833 (free of charge)",
    "Dental emergency service: call 0180 5 986 700",
    # lottery quotas
    "Lotto 6 from 45: the current quotas",
    "Lotto 6 from 49: numbers and odds",
    "Eurojackpot: the winning numbers of Friday",
    "Lotto numbers: 3, 12, 19, 27, 33, 41",
    # reader reporters
    "Reader reporter: send us your photos",
    "Become a reader reporter",
    "Were you there? Send us your photos and videos via WhatsApp.",
    "Reader photos: show us your pictures of the storm",
    # letters-to-the-editor notes
    "Letters to the editor express the opinion of their authors.",
    "Letters to the editor do not necessarily reflect the opinion of the editorial team.",
    "Reader letters reflect the personal opinion of the writers and not that of the newsroom.",
    "The editorial team reserves the right to shorten letters.",
    "The editors reserve the right to shorten and edit submissions.",
    "Letters may be shortened.",
    # comment replies
    "Show 3 more replies",
    "Show all 12 replies",
    "Hide replies",
    # voting results by municipality
    "Voting results by municipality",
    "Election results by constituency",
    "Turnout by district",
    "Results in your municipality",
    # German credit labels
    "Bildquelle: IMAGO",
    "Bildnachweis: picture alliance/dpa",
    "Symbolbild: IMAGO/Shotshop",
    "Foto: Sebastian Kahnert/dpa",
    "Quelle: dpa",
]

PROSE = [
    # headlines and subheads that share the kinds' words
    "Ticker symbol changed after merger",
    "Match fixing: three players banned",
    "Next match for the coalition",
    "Referee under pressure after penalty decision",
    "Spectators storm the pitch",
    "Substitutions in the cabinet",
    "Traffic radio presenter retires after 30 years",
    "Traffic jams on the A 9 after accident",
    "Snow depths of up to two metres expected in the Alps",
    "Avalanche warning for Tyrol raised to level four",
    "Water levels on the Elbe continue to rise",
    "Lotto jackpot climbs to 45 million euros",
    "Table tennis club celebrates promotion",
    "Results of the study surprise researchers",
    "Mourning in the village after the accident",
    "Recommended by doctors: more exercise for children",
    "Advantages and disadvantages of the heat pump",
    "The benefits of the new law at a glance",
    "Mobile phone networks fail in the storm",
    "Register of lobbyists to be extended",
    "Classifieds revenue falls at regional publishers",
    "Election results: CDU ahead in Saxony",
    "Emergency service overwhelmed on New Year's Eve",
    "Yellow card for the government",
    "Goals: what the coalition wants to achieve by 2030",
    "Line-ups matter less than morale, says coach",
    "Quelle: rise and fall of a mail-order giant",
    "Changes: 2 new ministers join the cabinet",
    "Goals: 3 Key Targets for 2030",
    "Goals: Growth, Jobs and Security",
    "Substitutions: Merz for Scholz",
    "Yellow cards: what the new rules mean",
    "Next match: Bayern vs. Dortmund is the title decider",
    "Kick-off: the season starts on Friday",
    "Start: 1 May, 10:00 at the town hall",
    "Table of the Federal Statistical Office",
    "Traffic radio: the station has 2 million listeners",
    "Speed cameras: the ten most expensive fines",
    "Classifieds: find out why the market collapsed",
    "Job market: find out why unemployment is rising",
    "Obituaries: Helmut Schmidt dies at 96",
    "Avalanche report for Tyrol: danger level 4 declared",
    "Reader photos show the flood",
    "Were you there?",
    # news prose and quotes
    "The referee sent off two players.",
    "Spectators: the stadium was sold out as 75,000 fans watched",
    "Referee: the decision was correct, the DFB said",
    "Substitutions: the coach made three changes at half-time",
    "Next match: the coach wants to rotate his squad",
    "Spectators were asked to leave the stadium after the riot.",
    "The referee, Deniz Aytekin, showed Kimmich the yellow card in the 34th minute.",
    "Attendance at the meeting was low, the organisers said.",
    "The ticker on the stock exchange was paused for ten minutes.",
    "The police have cordoned off the area around the station.",
    "Newest figures show a drop in unemployment.",
    "Water levels: the Rhine has fallen to a record low this summer",
    "The water levels on the Elbe are expected to peak on Thursday.",
    "The avalanche report for Tyrol warned of considerable danger on Sunday.",
    "Snow report: ski resorts in Bavaria expect a bumper season",
    "The contract can be cancelled at any time, the provider said.",
    "Customers can cancel their contract monthly, the consumer centre says.",
    "Readers can register free of charge and read the articles online.",
    "You have three days left to register, the authority warned.",
    "We sent an e-mail to all members, the club said.",
    "Please confirm your attendance by Friday, the mayor wrote.",
    "With your consent, we will publish your name, the journalist told her.",
    "The data will be transmitted to the tax office, the ministry said.",
    "He switched to the mobile version of the app after the update.",
    "The letters express the anger of the residents.",
    "The editorial team reserves the right to publish the findings in full, the chief editor said in a statement on Monday.",
    "Voting results in the municipality were delayed by a power cut.",
    "Election results by district show a clear divide between town and country.",
    "\"Send us your photos,\" the police appealed to witnesses.",
    "\"Next match, we must win,\" said the coach.",
    "The medical on-call service can be reached on 116 117, the association said.",
    "Lotto 6 from 45 is the most popular game in Austria.",
    "The results ticker of the broadcaster crashed during the final.",
    "The table of the 2nd Bundesliga is led by Hamburg.",
    "Reading tips from the editorial team were published in a special issue last year.",
    "Activate Instagram content filters to protect children",
    "Recommended by Outbrain and Taboola, the ads were everywhere",
    "Snow depths in Tyrol reached two metres on Sunday.",
    "Switch to the mobile version of the app, the bank advised.",
    "Letters to the editor express the opinion of their authors, and the editors select them.",
    # names, places, brands
    "Union Berlin beat Werder Bremen 2-0 on Saturday.",
    "Outbrain and Taboola called off their merger.",
    "Instagram content creators earn more than ever.",
    "Deniz Aytekin will referee the cup final.",
    "The Elbe at Dresden reached 6.20 metres.",
]


# Match officials: alone, "Referee: Felix Zwayer (Berlin)" may label prose (round 4 keeps it quiet); beside
# other match facts, in the same paragraph or the next, it is part of the box.
OFFICIALS = [
    "Referee: Deniz Aytekin (Oberasbach)",
    "Referee: Felix Zwayer",
    "Assistant referees: Christian Dietz, Mark Borsch",
    "Video assistant referee: Bastian Dankert (Rostock)",
]
FACTS_BESIDE = ["Spectators: 75,000 (sold out)", "Yellow cards: Kimmich (34.), Goretzka (71.)", "Match facts"]


test_furniture_fires, test_prose_is_quiet, test_clean_article_is_quiet = furniture_suite(BODY, FURNITURE, PROSE)


def article(line: str, where: str) -> str:
    return article_with(BODY, line, where)


@pytest.mark.positive
@pytest.mark.parametrize("beside", FACTS_BESIDE)
@pytest.mark.parametrize("line", OFFICIALS)
def test_officials_fire_in_a_match_facts_box(line, beside):
    for where in ("middle", "tail"):
        same_paragraph = article(f"{beside}\n{line}", where)
        assert "".join(hit_texts(BoilerplateLine, same_paragraph)) .endswith(line)
        own_paragraph = article(f"{line}\n\n{beside}", where)
        assert line in hit_texts(BoilerplateLine, own_paragraph)
    chain = article(f"{beside}\n\nReferee: Felix Zwayer\n\n{line}", "tail")
    assert line in hit_texts(BoilerplateLine, chain)


@pytest.mark.negative
@pytest.mark.parametrize("where", ["middle", "head", "tail"])
@pytest.mark.parametrize("line", OFFICIALS)
def test_officials_alone_are_quiet(line, where):
    assert run_rule(BoilerplateLine, article(line, where)) == []
