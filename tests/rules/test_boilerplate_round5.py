"""MT201 boilerplate-line, round 5: furniture of German news sites as an MT system renders it, told by
its shape: service and data boxes (a service label, with a read-out, a time or a reader-facing word:
"Pollen count today: high birch pollen load", "Water levels: Rhine at Cologne 4.20 m", "Cinema
programme"), calls to watch or hear a broadcast ("Watch the debate in the Bundestag live here from
9 a.m.", "Live from 8 p.m. on ZDF and in the stream", "The press conference in full length"), and
desk or office credit lines ("From our Berlin office", "Report from the ARD capital studio"); and the
headlines, subheads, captions and short lines of news prose that share their words and must stay
quiet ("Weather warning for the Alps lifted", "Live from the front: a reporter's diary").

A correspondent credit ("From our correspondent in Brussels") stays quiet: round 4 decided that "Our
correspondent in Kyiv" and "From our correspondent in Kyiv" are content (a dateline a translator keeps).

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
    "Heavy storms expected in the west",
    "Cologne. The German Weather Service expects heavy thunderstorms in North Rhine-Westphalia on "
    "Thursday afternoon. Gusts of up to 100 kilometres per hour are possible.",
    "Several open-air concerts have been cancelled. The fire brigades are on standby.",
    "How to prepare",
    "The authorities advise residents to secure garden furniture and to avoid forests.",
    "The storm front is expected to move east on Friday, a meteorologist said.",
]


def article(line: str, where: str) -> str:
    return article_with(BODY, line, where)


SERVICE = [
    # "<service label>: <read-out>"
    "Event calendar: what's on at the weekend",
    "Pollen count today: high birch pollen load",
    "Weather warning: thunderstorms with heavy rain",
    "Traffic: 12 km of queues on the A3",
    "Water levels: Rhine at Cologne 4.20 m",
    "Water level of the Rhine at Cologne: 3.85 metres",
    "Water level Kaub: 1.12 m",
    "Pollen forecast: grasses moderate, birch low",
    "Fuel prices in Berlin: E10 at 1.79 euros",
    "Weather for Hamburg: 14 degrees, light rain",
    "Today's weather: sunny, up to 25 degrees",
    "Storm warning: gusts of up to 100 km/h",
    "UV index today: 7 (high)",
    "Air quality today: good",
    "Snow report: 80 cm on the Zugspitze",
    "Water temperature: Baltic Sea 18 degrees",
    "Sunrise today: 6:12 a.m.",
    "Gold price today: 1,850 euros per ounce",
    "Exchange rate: 1 euro = 1.08 dollars",
    "Heating oil price today: 98.50 euros per 100 litres",
    "Eurojackpot numbers: 5, 12, 23, 34, 45",
    "Incidence today: 312.4",
    "Weather warning level 2: heavy rain",
    "Traffic jams: 8 km between Bremen and Hamburg",
    "Avalanche warning level: 3 of 5",
    # a service label with a time, a place or a reader-facing word
    "Petrol prices today",
    "Current fuel prices",
    "Cinema programme",
    "Cinema programme for Leipzig",
    "TV programme today",
    "Pharmacy emergency service",
    "Emergency pharmacy service in Stuttgart",
    "Pharmacies on duty today",
    "Lottery numbers",
    "Lotto numbers from Saturday",
    "Current traffic reports for Bavaria",
    "Events today in Munich",
    "Event calendar",
    "Rain radar for Berlin",
    "Weather radar",
    "Current water levels",
    "Bathing water temperatures today",
    "Heating oil prices today",
    "Speed cameras today in Dortmund",
    "Waste collection calendar",
    "Event tips for the weekend",
    "Current weather warnings",
    "Weather in your region: 12 degrees, overcast",
    "Pollen forecast for tomorrow: grasses high",
    "Water level Cologne: 2.95 m (falling)",
    "Ski report: 120 cm of snow on the Feldberg",
    "Current traffic jams on the A1",
    "Cinema programme this week",
    "Pharmacies on duty in Cologne",
    "Event calendar for Hamburg",
    "Flea markets this weekend",
    "TV programme tonight",
    "Rain radar",
    "Current pollen count",
    "Weather warning level 3: storm gusts",
]

BROADCAST = [
    "Watch the debate in the Bundestag live here from 9 a.m.",
    "Live from 8 p.m. on ZDF and in the stream",
    "The press conference in full length",
    "Listen to the podcast episode here",
    "Watch the press conference live here",
    "The speech in full",
    "Watch the livestream here",
    "Live on ARD from 8.15 p.m.",
    "The match live on Sky and DAZN",
    "Watch the whole programme in the ARD media library",
    "The full interview as a video",
    "Listen to the whole episode on Spotify",
    "Here you can watch the press conference in full",
    "The press conference to watch again",
    "Live on phoenix from 9 a.m.",
    "Follow the press conference live here from 11 a.m.",
    "You can watch the match live on ZDF from 8.45 p.m.",
    "Hear the full podcast episode here",
    "The government statement in full length",
    "The debate to watch",
    "The interview to listen to",
    "Watch the game live on ARD",
    "Live at 8.15 p.m. on Das Erste",
    "Here you can follow the debate live",
    "The complete speech as a video",
    "Watch the funeral service live here from 11 a.m.",
    "Listen to the interview here",
    "The Chancellor's speech in full",
    "Scholz's speech in full length",
    "Live on ZDF from 8.15 p.m.",
    "Live in the stream from 10 a.m.",
    "The press conference as a livestream",
    "The entire press conference to watch again",
    "Here you can watch the livestream",
    "The ZDF broadcast in the media library",
]

DESK = [
    "From our Berlin office",
    "By our Washington bureau",
    "Report from the ARD capital studio",
    "From the ARD capital studio",
    "From the ZDF studio in Brussels",
    "By our Munich editorial office",
    "From the editorial office in Frankfurt",
    "By our Brussels office",
    "From our political editorial team",
    "From the Hamburg newsroom",
    "From the ARD studio in Moscow",
    "A report from the ARD studio in Tel Aviv",
    "By our business desk",
    "From our correspondents' office in Brussels",
    "Report by the BR regional studio in Nuremberg",
    "From the dpa newsroom",
    "By our editorial team",
    "From the WDR studio in Düsseldorf",
    "From our London bureau",
    "From the ARD studio Moscow",
    "Report from the ZDF capital studio",
]

FURNITURE = SERVICE + BROADCAST + DESK

PROSE = [
    # service words in headlines and subheads (a verb or a topic)
    "Weather warning for the Alps lifted",
    "Weather warning: why the storm was underestimated",
    "Storm warning: ferries to Sylt cancelled",
    "Traffic chaos after the accident on the A3",
    "Traffic: the government wants to ban cars from city centres",
    "Pollen season starts early this year",
    "Pollen count: why allergies are getting worse",
    "Water levels on the Rhine fall to record low",
    "Water levels: shipping on the Rhine restricted",
    "Petrol prices rise again",
    "Petrol prices: ADAC criticises the oil companies",
    "Cinema programme cut because of strike",
    "Lottery numbers spark conspiracy theories",
    "Lottery numbers: jackpot climbs to 45 million euros",
    "Event calendar in trouble after budget cuts",
    "Events at the weekend: Christmas markets open",
    "Pharmacy emergency services under pressure",
    "Pharmacy emergency service: a night with the pharmacist on duty",
    "Storm warning for the North Sea coast",
    "Heavy rain and thunderstorms expected on Sunday",
    "Thunderstorms with heavy rain",
    "Weather",
    "The weather on Sunday",
    "Traffic jam on the A3 near Würzburg.",
    "The Rhine at Cologne on Tuesday: the water level is at 4.20 metres.",
    "Snow report from the Alps: a winter without snow",
    "Exchange rate: the euro is getting weaker",
    "Fuel prices: the tank discount is over",
    "Incidence rises again",
    "Water level of the Elbe: the peak is expected on Thursday",
    "Cinema: the best films of the month",
    "Speed cameras: the city wants to install more",
    # broadcast words in headlines and prose
    "Live from the front: a reporter's diary",
    "Live on stage: the band's farewell tour",
    "Live from Kyiv: how the city lives with the war",
    "The press conference in Brussels ended without a statement.",
    "The speech in full was published on the chancellery website.",
    "Watch out for the wolves",
    "Listen to the scientists",
    "Watch the video of the dam break and you understand the fear.",
    "The debate in the Bundestag",
    "The debate about nuclear power",
    "The match live on TV was watched by 12 million people.",
    "Live coverage of the war is dangerous",
    "In full length: the chancellor spoke for two hours.",
    "Follow the money",
    "Here you can see the damage",
    "The interview to the end: what Scholz really said",
    "Watch the skies: meteor shower tonight",
    "Live and let die",
    "Listen to the people",
    "Hear, hear!",
    "The full interview will be published on Sunday.",
    "ZDF broadcast the match live.",
    # desk and office words in headlines and prose
    "From our point of view, the plan fails.",
    "From our history: the founding of the city",
    "By our standards, the result is a disaster.",
    "Report from Kyiv",
    "Report from the front",
    "From Berlin to Brussels: the long road of the heating law",
    "From the Bundestag: debate on the budget",
    "Berlin office of the EU Commission closes",
    "Washington bureau chief leaves the paper",
    "The ARD capital studio moves to a new building",
    "From our correspondent in Kyiv",
    "From our correspondent in Brussels",
    "From our own correspondent",
    "From the office to the home office",
    "From the studio to the stage: an actor's career",
    "By our calculation, the state owes two billion euros.",
    "From the Chancellery",
    "From the editorial office of a small newspaper: a visit",
    "Studio fire in Babelsberg",
    "From the archive: how Berlin celebrated the fall of the wall",
    "Weather warning for Bavaria",
    "Weather warnings for the whole country",
    "Heat warning: older people at risk",
    "Heat warning in Berlin",
    "Snow chaos: 30 cm of fresh snow in the Harz",
    "Flood alert on the Elbe",
    "Air quality in Stuttgart",
    "Fine dust: limit exceeded again",
    "Exchange rate of the euro falls",
    "Gold price at record high",
    "Lotto: 45 million euros in the jackpot",
    "Train traffic: strikes from Wednesday",
    "Rain radar shows heavy showers",
    "Cinema programme: Barbie and Oppenheimer",
    "TV programme: the best films at Christmas",
    "Events at the weekend",
    "Speed cameras in Dortmund",
    "Water temperature rises to 24 degrees",
    "Heating oil becomes cheaper",
    "Water levels",
    "Petrol prices",
    "Storm warning",
    "Follow the money: how the mafia launders cash in Germany",
    "Listen to the experts here, says the minister.",
    "Live from Berlin: the election night",
    "Live in Berlin",
    "Live on air, the presenter collapsed.",
    "Live streaming is booming",
    "Live on TV: a nation watches",
    "Hear the voices of the victims",
    "Follow the rules",
    "Streaming services raise prices",
    "The speech that changed Germany",
    "The interview with Olaf Scholz",
    "The debate here is heated",
    "The press conference in full swing",
    "The report in full was never published.",
    "The documentary on ARD",
    "The documentary on ZDF caused a stir.",
    "Here you can watch the sunset",
    "Here you can follow the path of the storm",
    "Watch it live",
    "Relive the final",
    "The final is live on ZDF",
    "The speech in full: read what the president said",
    "Merkel's speech in the Bundestag",
    "Steinmeier's speech in Yad Vashem",
    "The press conference here in Berlin was short.",
    "The match on Saturday at 3.30 p.m.",
    "Live from London",
    "Live in Cologne: Rammstein",
    "From our perspective",
    "From our side, everything is ready.",
    "From our reporters on the ground",
    "From the desk of the chancellor",
    "From the newsroom to the courtroom",
    "From the office of the Federal President",
    "By the office",
    "From the office",
    "From the Berlin office of Amnesty International",
    "By our own efforts",
    "From our Berlin correspondent",
    "Report from the studio",
    "Report by the Court of Auditors",
    "From our office in Kyiv we could hear the sirens.",
    "From our Berlin office, the view of the Reichstag is beautiful.",
    "By our Washington bureau chief",
    "From the Washington bureau of the New York Times",
    "Report from the Bundestag office",
    "From the Foreign Office",
    "From the Federal Foreign Office in Berlin",
    "From the Chancellor's Office",
    "From the BND office in Pullach",
    "From the desk",
    # a call's words before a colon, a news clause after it
    "Watch the video of the attack: police release footage",
    "Turn on the sound: the orchestra plays again",
    "Watch the video: the drone flies over the flooded village",
    # captions and one-line paragraphs
    "Firefighters clear a fallen tree in Cologne on Thursday.",
    "The storm front moved east on Friday.",
    "A man walks through the rain in Düsseldorf.",
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


SIGNALS = _load_data(DATA_DIR, "en").signals

KINDS = {
    "service": ["Pollen count today: high birch pollen load", "Cinema programme", "Water levels: Rhine at Cologne 4.20 m",
                "Event calendar: what's on at the weekend"],
    "broadcast": ["Watch the debate in the Bundestag live here from 9 a.m.", "Live from 8 p.m. on ZDF and in the stream",
                  "The press conference in full length"],
    "desk-credit": ["From our Berlin office", "Report from the ARD capital studio", "By our Washington bureau"],
}
KIND_LINES = [(kind, line) for kind, lines in KINDS.items() for line in lines]


@pytest.mark.positive
@pytest.mark.parametrize("kind,line", KIND_LINES, ids=[line for _, line in KIND_LINES])
def test_signal_names_the_kind(kind, line):
    assert furniture_kind(line, SIGNALS) == kind
