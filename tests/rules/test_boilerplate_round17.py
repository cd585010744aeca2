"""MT201 boilerplate-line, round 17: service-desk furniture a blind set missed, told by its SHAPE.

A blind set on weather, health insurance, the Bundestag, tax, customs, strikes, energy prices, universities,
TV, festivals, carnival and winter sport showed the furniture of a national site's service desks: warning-app
and weather read-outs (UV index, ozone, snow heights, lightning map, gauges, heat warnings), comparison,
calculator and guide teasers ("Compare health insurances: which fund ...?", "Calculator: so much does ..."),
live-stream and live-ticker teasers, interactive-graphic and "in the overview" teasers, affiliate
disclaimers, TV and streaming tips, ratings, media-library availability, video-length labels, running orders,
prize draws, box headers ("In brief:", "More from the region: ...") and plus-article upsells. The first line
of each kind is the one a blind evaluation missed; the others are variants written for development.

The negatives are news prose and subheads of the same topics: a weather forecast, a strike report, a TV
review, a Bundestag report, subheads like "Strike hits airports", German names and places.
"""
from __future__ import annotations

from tests.conftest import furniture_suite

BODY = [
    "Storm warning for the Alps",
    "Munich. The German Weather Service on Monday warned of heavy snowfall and gale-force winds in the "
    "Bavarian Alps. Up to 50 centimetres of fresh snow are expected above 1,000 metres.",
    "Several ski lifts in Garmisch-Partenkirchen remained closed, the operator said.",
    "Trains delayed",
    "Deutsche Bahn said regional trains between Munich and Mittenwald would run with delays.",
    "The police urged drivers to stay at home if possible.",
]

FURNITURE = [
    # warning apps and weather read-outs
    "Warning app: official warning of the civil protection for the district of Rosenheim",
    "Warning app: official warning of the fire brigade for the city of Passau",
    "Push message of the warning app: danger through flooding in your location",
    "Push notification of the weather app: danger through thunderstorms in your region",
    "UV index today: 8 – very high. Sun protection is urgently required.",
    "UV index today: 6 – high. Sun protection is required.",
    "Ozone values: information threshold exceeded at 12 measuring stations",
    "Ozone values: alarm threshold exceeded at 3 measuring stations",
    "Snow heights in the ski areas: all lifts, all slopes, all webcams",
    "Snow reports from the ski areas: all lifts, all slopes, all prices",
    "Flood news service: current gauges and reporting levels in the overview",
    "Pollen forecast: current pollen counts for all regions in the overview",
    "Heat warning of the German Weather Service for 14 districts",
    "Storm warning of the German Weather Service for 23 districts",
    "Lightning map: current lightning strikes in real time",
    "Rain radar: current precipitation in real time",
    # comparison, calculator and guide teasers
    "Compare health insurances: which fund raises the additional contribution?",
    "Compare electricity tariffs: which provider is the cheapest?",
    "Our guide: everything you need to know about the care degree",
    "Our guide: everything you need to know about the basic pension",
    "Calculator: so much does a place in the care home cost in your federal state",
    "Calculator: so much does the new heating cost you",
    "Our tax guide for the tax declaration: all deadlines, all tips",
    "Our pension guide for the application: all forms, all deadlines",
    "Travelling with pets: what customs allows – the overview",
    "Shopping abroad: what customs allows – the overview",
    "Your rights as a passenger during strike: so you get your money back",
    "Your rights as a tenant during renovation: so you get your deposit back",
    "Check now: is your connection affected by the warning strike?",
    "Check now: is your flight affected by the strike?",
    "University ranking: the best universities for your study course",
    "Hospital ranking: the best clinics for your operation",
    "Beer price check: so expensive is the litre at the folk festival this year",
    "Petrol price check: so expensive is the litre in your region today",
    # live streams, tickers, overviews
    "Live stream from the investigation committee: the questioning of witnesses from 10 o'clock",
    "Live stream from the Bundestag: the debate on the budget from 9 o'clock",
    "The session week in the Bundestag in the overview: all votes, all speeches",
    "The match day in the overview: all games, all goals",
    "Party conference live: the speech of the chairwoman in full length",
    "Press conference live: the statement of the chancellor in full length",
    "Election result in your constituency: first votes and second votes",
    "Waiting times at the border crossings: live from the federal police",
    "Strike ticker: which trains run today and which not",
    "Strike ticker: which flights take off today and which not",
    "Festival ticker: weather interruption, site evacuated – all information",
    "Rose Monday live: the procession in the livestream from 10:11 o'clock",
    "Carnival live: the parade in the livestream from 11:11 o'clock",
    "Ice hockey live ticker: the game third by third",
    "Basketball live ticker: the game quarter by quarter",
    "Budget explained: where the federal government spends every euro – the interactive graphic",
    "Election explained: where the parties won votes – the interactive map",
    # affiliate disclaimers and prices
    "Electricity price comparison: change now and save up to 400 euros*",
    "Gas tariff comparison: switch now and save up to 300 euros*",
    "*Advertising: we receive a commission if you conclude a contract.",
    "*Advertisement: we receive a commission if you buy via this link.",
    "Gas price today: current price per kilowatt hour in your postcode area",
    "Heating oil price today: current price per 100 litres in your region",
    "Sponsored content – produced by our advertising partner",
    "Sponsored content – created by our advertising partner",
    "Plus article: read further with your subscription for 0.99 euros in the first month",
    "Plus article: read on with your subscription for 1 euro in the first month",
    # TV, streaming, ratings, media library, videos
    "TV tip for this evening: the Sunday crime thriller at 20:15 in the First",
    "TV tip for tonight: the documentary at 21:45 on ZDF",
    "The quotas of the evening: so many watched yesterday",
    "The ratings of the evening: so many watched the final",
    "Streaming tips of the week: these series are new on Netflix and in the media library",
    "Streaming tips of the month: these films are new on Amazon Prime",
    "Available in the media library until 30 days after broadcast",
    "Available in the media library until 7 days after broadcast",
    "Video length: 03:17 minutes | Source: dpa",
    "Video length: 1:45 minutes | Source: Reuters",
    "Video (2:48 min.) – the video starts automatically",
    "Video (0:59 min.) – the video starts automatically",
    "Live on the radio: the opening concert from the festival house",
    "Live on the radio: the final from the Olympic stadium",
    # festivals, carnival, winter sport
    "Running order: who plays when on which stage",
    "Timetable of the festival: who plays when on which stage",
    "Win now 2x2 tickets for the summer festival!",
    "Win now 3x2 tickets for the open air!",
    "Where does the procession go? The route with all closures",
    "Where does the parade go? The route with all street closures",
    "Tent reservation: all festival tents with free places",
    "Table reservation: all beer tents with free places",
    "Ski jumping: the overall World Cup standings after 12 competitions",
    "Biathlon: the overall World Cup standings after 8 races",
    # box headers and German headers
    "In brief:",
    "In short:",
    "The most important in brief",
    "The most important at a glance",
    "Picture 1 of 24: impressions from the Rose Monday procession",
    "Picture 3 of 40: impressions from the carnival parade",
    "More from the region: Flood alarm on the Inn",
    "More from the region: New mayor elected in Wasserburg",
    "Das Wichtigste in Kürze",
    "Kurz notiert",
    "Kurz gemeldet",
]

# Left alone: "Flight cancellations today: arrivals and departures at Frankfurt Airport" (a board's label with a
# list of two nouns and a place; a news subhead reads the same: "Strikes today: trains and buses at a standstill").

PROSE = [
    # weather
    "UV levels will be very high on Tuesday, forecasters said.",
    "The German Weather Service issued a heat warning for 14 districts on Monday.",
    "Ozone values exceeded the information threshold at 12 measuring stations, the agency said.",
    "Snow heights of up to two metres were measured on the Zugspitze.",
    "The warning app sent a message to millions of phones at 11 o'clock.",
    "Heat wave grips southern Germany",
    "Lightning strikes a church in Rosenheim",
    # insurance, tax, customs, prices
    "Health insurers raise additional contributions",
    "Compare that with last year, when the fund raised its contribution by 0.3 points.",
    "Everything you need to know about the care reform is in the bill, the minister said.",
    "The calculator used by the ministry was wrong, the auditors found.",
    "Customs officers found 20 kilograms of cocaine at the border crossing.",
    "Gas prices today are lower than a year ago, the comparison portal said.",
    "We receive a commission on every contract, the broker admitted in court.",
    # Bundestag, strikes
    "The Bundestag debated the budget for nine hours on Thursday.",
    "Strike hits airports",
    "Strike: which trains will run is still unclear",
    "The union said the strike would last until Friday morning.",
    "Flight cancellations at Frankfurt Airport affected 40,000 passengers.",
    "Passengers can claim their money back, the consumer centre said.",
    "The party conference elected a new chairwoman.",
    # TV, festivals
    "The Sunday crime thriller drew 9.1 million viewers, the broadcaster said.",
    "The ratings were the best of the year for the First.",
    "The festival was interrupted by a thunderstorm on Saturday evening.",
    "In brief, the government has no plan.",
    "The most important thing is that nobody was hurt.",
    "More from the region than ever before came to the procession.",
    "The procession route goes through the old town.",
    "Win or lose, the team will be in the play-offs.",
    "Live on the radio, the concert sounded even better.",
    "The overall World Cup standings after 12 competitions show Kraft in the lead.",
    "Video shows police officers hitting a protester",
    # label-and-teaser news: a sentence after a ticker's name, a catalogue that is a clause, "so" that is prose
    "Strike ticker: the union calls off the walkout",
    "Ukraine live: Russia launches new attacks on Kyiv",
    "Budget talks: all parties agree, all doubts remain",
    "The result: so many people lost their homes",
    "Fans can win 2x2 tickets for the final, the club said.",
    "Heat warning for 14 districts",
    "More from the region was not possible, the mayor said.",
    "Biathlon: the overall World Cup standings after 8 races show Kraft in the lead.",
    # German names and places
    "Markus Söder visited the Oktoberfest in Munich on Saturday.",
    "The Allgäu Festival in Kempten drew 30,000 visitors.",
]

test_furniture_fires, test_prose_is_quiet, test_clean_article_is_quiet = furniture_suite(BODY, FURNITURE, PROSE)
