"""MT201 boilerplate-line, round 11: generic SHAPES of service boxes, link teasers and reader notices.

Earlier rounds added vocabulary per kind; this round decides by the shape of the line and by how it speaks
to the reader. A "label: teaser" line is a service box when its teaser addresses the reader ("how high will
my pension be?", "write us your opinion"), calls to act ("search, find and place", "switch now and save"),
reads out a count or a price ("312 offers", "from 1.78 euros") or promises a catalogue ("all dates and
routes at a glance", "the results of all municipalities", "in real time", "daily free"); a regular feature
("Recipe of the week: ...", "Dog of the week from ..."); a reader notice without a label ("Did you observe
something? Send us your tip", "Light a candle in the online condolence book"); a row of drawn digits
("Game 77: 3 8 1 0 5 9 2"); interface German ("Wetter für Ihre Region"). The first line of each kind is
the one a blind evaluation missed; the others are variants written for development.

The negatives are what separates a subhead from a service box: a genre label ("Analysis:", "Background:",
"Explainer:"), a topic label with a question to the reader ("Heating law: what applies to me?"), a teaser
with a finite verb ("Job market: unemployment rises to 2.6 million"), news prose and quotes with the kinds'
words, German names, places and brands.
"""
from __future__ import annotations

from tests.conftest import furniture_suite

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
    # a tool's label and a question the reader asks about himself
    "Pension calculator: how high will my pension be?",
    "Gross-net calculator 2024: what remains of my salary?",
    "Parental allowance calculator: how much money will I get?",
    "Tax refund calculator: how much will you get back?",
    "Heating cost check: what will my bill be?",
    # a service label and a question about today
    "Emergency pharmacies: which pharmacy has service today?",
    "Dentists on duty: which practice is open today?",
    "Cinema programme: which films are showing tonight?",
    # a count read-out
    "Apartments for rent in Kassel: 312 offers",
    "Job market: 1,204 open positions in your region",
    "Used cars in Bremen: 2,418 offers",
    "Property market: 87 new listings in your area",
    "Apprenticeships in Hesse: 356 free places",
    # a call to act
    "Mourning ads: search, find and place",
    "Training place exchange: find free apprenticeship places now",
    "Electricity price comparison: switch now and save up to 500 euros",
    "Letters to the editor: write us your opinion",
    "House fair: win a family trip to Europa-Park",
    "Classified ads: sell, buy and swap",
    "Gas tariff comparison: compare now and save",
    "Reader survey: tell us your opinion",
    "Summer competition: win two tickets for the open-air festival",
    # a catalogue promise
    "Carnival trains 2024: all dates and routes at a glance",
    "Christmas markets in the region: all opening times",
    "Popular votes of 9 June: the results of all municipalities",
    "Fire brigade operations: the current alarms in the district",
    "The fishing report: current catch quotas at the lakes",
    "Sudoku, crossword and Swedish puzzle: daily free",
    "Ferry timetable Sylt: departures today",
    "Flea markets in Franconia: all dates at a glance",
    "Local elections 2024: the results of all constituencies",
    "Police reports: the current operations in the city",
    "Brain teasers: free every day",
    "Bus timetable Kiel: departures now",
    "Arrivals and departures at Vienna Airport in real time",
    "Departures at Munich Central Station in real time",
    "Traffic situation on the A 8 in real time",
    # a service label and the reader or the site addressed
    "Horoscope for today: Aries – the stars are on your side",
    "Restaurant test: our tester ate in the Gasthaus Krone",
    "Obituaries: we mourn for",
    "TV programme today: what runs when on which channel",
    "Weekly horoscope: what the stars have in store for you",
    "Hotel test: our reporter spent a night at the Adlon",
    "Radio programme today: what's on when",
    # the site's own voice as a label
    "We congratulate: golden wedding in Oberndorf",
    "We congratulate: 100th birthday in Dorfen",
    "We remember: the deaths of the week",
    # a regular feature
    "Recipe of the week: Swabian cheese spaetzle with roasted onions",
    "Dog of the week from the animal home Graz",
    "Photo of the day: sunrise over the Baltic Sea",
    "Hike of the month: through the Black Forest to the Feldberg",
    "Cat of the week from the Munich animal shelter",
    "Quote of the day",
    # a notice or call to the reader without a label
    "Light a candle in the online condolence book",
    "Read the newspaper now digitally as e-paper",
    "Delivery problem? Report it here online",
    "Did you observe something? Send us your tip",
    "Did you see the accident? Send us your photos",
    "Missing your newspaper? Tell us here",
    "Questions about your subscription? Contact us online",
    "Leave a message in the online condolence book",
    "Read the e-paper now on your tablet",
    # drawn digits and box read-outs
    "Game 77: 3 8 1 0 5 9 2",
    "Super 6: 4 8 2 9 1 5",
    "Avalanche danger level 3 of 5: considerable",
    "Avalanche danger level 2 of 5: moderate",
    "Water level Passau Danube: 7.21 m, tendency falling",
    "Water level Cologne Rhine: 3.12 m, tendency rising",
    "Fuel prices in your surroundings: Super E10 from 1.78 euros",
    "Diesel prices in your vicinity: from 1.65 euros",
    # family notices, puzzle solutions, sponsored content
    "Birth notices from the maternity clinic",
    "Wedding announcements from the registry office",
    "Death notices from the region",
    "The solution of yesterday's riddle",
    "The solution to yesterday's crossword",
    "Sponsored content of our partner",
    "Sponsored content from our partners",
    # interface German
    "Traueranzeigen online aufgeben",
    "Alle Ergebnisse aus den Gemeinden",
    "Wetter für Ihre Region",
    "Stellenanzeigen online aufgeben",
    "Alle Termine aus der Region",
    "Verkehrsmeldungen für Ihre Region",
]

PROSE = [
    # subheads and headlines with a genre label
    "Analysis: what the vote means for Merkel",
    "Background: the dispute over Nord Stream 2",
    "Reaction: Opposition calls for inquiry",
    "Timeline: the key dates",
    "Q&A: what you need to know about the heating law",
    "Explainer: how high will my pension be?",
    "Comment: Stop the madness now",
    "Opinion: save the planet, switch now",
    "Interview: our reporter met the chancellor",
    "Portrait: our man in Washington",
    # subheads and headlines without a label, or with a question
    "Who is affected?",
    "What happens next",
    "Key dates at a glance",
    "The most important questions and answers at a glance",
    "The benefits of the new law at a glance",
    "Heating law: what applies to me?",
    "Tax reform: what does it mean for you?",
    "Pensions: how high will my pension be in 2040?",
    "Energy prices: what it means for your wallet",
    "Strike at the airport: which flights are cancelled today?",
    "Traffic: what you need to know about the A 7 closure",
    # topic labels with a teaser that is a sentence, or no service shape
    "Housing market: rents rise by 5 percent",
    "Job market: unemployment rises to 2.6 million",
    "Price comparison: discounters cheaper than supermarkets",
    "Stress test: all banks pass",
    "Brexit: all options on the table",
    "Coalition talks: all eyes on the FDP",
    "Ukraine: the current situation",
    "Climate report: the current figures are alarming",
    "Christmas markets: visitor numbers fall",
    "Mourning ads: a look at a dying business",
    "Fire brigade operations: firefighters rescue two children",
    "Obituaries: Queen Elizabeth II dies at 96",
    "Restaurant test: the Michelin guide awards three stars",
    "Apartments in Berlin: 312 euros more rent",
    "Earthquake in Turkey: 312 dead",
    "Siemens: 1,200 jobs to go",
    "Layoffs: 1,204 positions cut in the region",
    "Recipe for disaster: how the coalition failed",
    "Question of the day remains unanswered",
    "Order of the day: Bundestag debates budget",
    "We demand: more money for schools",
    "Did you know? The Rhine is 1,233 kilometres long",
    "Election night: the results in detail",
    "Lotto jackpot: 45 million euros in the pot",
    # news prose and quotes
    "The job market has 1,204 open positions in the region, the agency said.",
    "Readers can light a candle in the online condolence book.",
    "Light a candle for the victims, the bishop urged.",
    "Read the newspaper, the minister advised.",
    "Send us your recipes, the jury urged readers.",
    "We congratulate the winners, the mayor said.",
    "\"Switch now and save,\" the advert promised.",
    "\"Did you see something? Call us,\" the police said.",
    "The pension calculator shows how high the pension will be.",
    "Our tester ate in the Gasthaus Krone, the magazine wrote.",
    "The results of all municipalities were published on Monday evening.",
    "The solution of the dispute is not in sight.",
    "Birth rates in Saxony fell again last year.",
    "The dog of the week was adopted within two days, the shelter said.",
    # names, places, brands
    "Gasthaus Krone wins award",
    "Europa-Park opens new ride",
    "Oberndorf celebrates 800 years",
    "Vienna Airport reports record passenger numbers",
    "Sylt ferry cancelled because of storm",
]

test_furniture_fires, test_prose_is_quiet, test_clean_article_is_quiet = furniture_suite(BODY, FURNITURE, PROSE)
