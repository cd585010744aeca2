"""MT201 boilerplate-line, round 16: local-news furniture a blind set missed, told by its SHAPE.

A blind set written on local-news desks showed the furniture of regional sites: "From the region" boxes and
district selectors, traffic, road-works and speed-camera tickers with their disclaimers, lost-and-found and
office-hours notices, service lines, picture-gallery links and counters, event-calendar prompts, club and
school news boxes, council tickers and announcements as PDF, obituary widgets, family notices, small-ad
prompts, weekly-market boxes, timetable notices, race tickers, result lists for download, finish photos,
recipe, hotel and weather teasers, gauge read-outs, "X in numbers" boxes and German interface labels. The
first line of each kind is the one a blind evaluation missed; the others are variants written for
development.

The negatives are news prose and subheads of the same topics: a council report, a police report, a race
report, an obituary sentence, a timetable change in prose, a weather forecast, quotes with pipes or colons,
subheads like "Traffic chaos in the city centre", German names and places.

Left alone: "Timetable change on 14 December: what changes for bus and train passengers" (English news heads
a service piece "What changes for commuters" too), "Rail replacement traffic: buses instead of trains between
Ulm and Friedrichshafen" (a short news item can carry that head), and "Speed checks today: this is where the
police measure in Mannheim" (the pointer "this is where" before a town's name is prose as often).
"""
from __future__ import annotations

from tests.conftest import furniture_suite

BODY = [
    "Council approves new sports hall",
    "Ravensburg. The municipal council on Tuesday evening approved the construction of a new sports hall "
    "next to the grammar school. The building is to cost around eight million euros.",
    "Mayor Daniel Rapp spoke of a good day for the clubs of the town.",
    "Work to start in spring",
    "Construction is scheduled to begin next spring and to take about two years.",
    "Until then, the clubs will continue to train in the old hall, a spokeswoman said.",
]

FURNITURE = [
    # "From the region" boxes and district selectors
    "From the region: more news from the district of Ravensburg",
    "From the region: more reports from the Lake Constance district",
    "From the district: more news from Biberach and the surrounding area",
    "Choose your district: Biberach | Ravensburg | Sigmaringen | Lake Constance district",
    "Select your region: Ulm | Neu-Ulm | Alb-Donau district",
    "Choose your town: Esslingen | Nürtingen | Kirchheim",
    "Your place is missing? Here you can change your home region.",
    "Your town is missing? Here you can change your region.",
    "Regional news from Bern and the agglomeration",
    "Regional news from Ulm and the surrounding area",
    "Local news from Konstanz and the region",
    # traffic, road works and speed cameras
    "Traffic report: current traffic jams, closures and building sites in the region",
    "Traffic news: current jams and closures in the district",
    "Building sites in the city: here it comes this week to obstructions",
    "Road works in the district: here there are obstructions this week",
    "Speed cameras today: here the police measures in the district of Esslingen",
    "Speed cameras today: here the police measure in the Rhine-Neckar district",
    "All data without guarantee. Mobile speed controls are possible at any time.",
    "All information without guarantee.",
    "All details without guarantee. Changes are possible at any time.",
    # lost and found, office hours, service lines
    "Found objects: these things were handed in at the lost property office this week",
    "Found items: these objects were handed in this week",
    "Lost property office in the town hall, room 012: Monday to Friday 8 to 12 o'clock",
    "Citizens' office in the town hall: Monday to Friday 8 to 12 o'clock",
    "Service phone: 0800 123 45 67 (free of charge from the German fixed net)",
    "Service hotline: 0800 987 65 43 (free of charge from the German landline network)",
    "Our local editorial office is for you there: Monday to Friday from 9 to 17 o'clock",
    "Our editorial office is there for you: Monday to Thursday from 10 to 16 o'clock",
    # picture galleries
    "To the picture gallery (24 pictures)",
    "To the photo gallery (12 photos)",
    "To the picture gallery",
    "Picture 7 of 40 | Photo: reader reporter",
    "Image 3 of 18 | Photo: Anna Huber",
    "Picture 12 of 25 | Photo: private",
    "Anniversary: 125 years of the volunteer fire brigade – the pictures of the celebration",
    "Village festival in Weingarten: the pictures of the weekend",
    # event calendar
    "Enter your event now free of charge in our event calendar",
    "Register your event free of charge in our event calendar",
    "Event tips for the weekend: this is on in the district",
    "Leisure tips for the weekend: this is happening in the region",
    "Events today in your place: concerts, markets, club festivals",
    "Events this weekend in your town: flea markets, concerts, festivals",
    # club and school news
    "Club news: here the clubs of the region report",
    "Club news: here the associations of the district report",
    "Send us your club report with photo – we publish it free of charge.",
    "Send us your report with pictures – we publish it free of charge.",
    "School news from the district: enrolment, school parties, graduations",
    "Church news from the region: services, concerts, parish festivals",
    # council and official announcements
    "The results of the municipal council meeting in the ticker",
    "The decisions of the district council meeting in the live ticker",
    "Official announcements of the municipality as PDF",
    "Official notices of the city as PDF",
    # obituaries, family notices, small ads
    "Light a candle | Write condolence",
    "Light a candle | Write a condolence | Share",
    "Family notices: births, weddings and anniversaries of the week",
    "Family announcements: births, marriages and deaths of the week",
    "Give up a private small ad now – from 9.90 euros",
    "Place a private classified ad now – from 4.90 euros",
    # shopping and markets
    "Buy locally: the retailers of your city at a glance",
    "Shop locally: the shops of your town at a glance",
    "Weekly market: Wednesday and Saturday from 7 to 13 o'clock on the church square",
    "Farmers' market: every Friday from 8 to 12 o'clock on the market square",
    # timetables and rail replacement
    "To the timetable information of the transport association",
    "To the timetable information",
    # races and sport results
    "Stage in the live ticker: kilometre for kilometre to the finish",
    "The race in the live ticker: lap for lap to the finish",
    "The results list of the city run for download: all times, all age classes",
    "The results list of the half marathon for download",
    "Here you find your finish photo – simply enter your start number.",
    "Here you can find your finisher photo – simply enter your bib number.",
    "Motorsport from the region: results of the weekend",
    "Handball from the region: all results of the weekend",
    # recipe, hotel and weather teasers, gauges, numbers
    "Hotel tip of the editorial office: wellness at the lake",
    "Excursion tip of the editorial office: hiking on the Swabian Alb",
    "Recipe from the region: cheese noodles like at grandma",
    "Recipe from the region: apple strudel like at grandma's",
    "Weather in your place: so becomes the weekend",
    "Weather in your town: this is how the weekend will be",
    "Water levels: the current gauge values of the Danube and its tributaries",
    "Water levels: the current gauge readings of the Rhine",
    "The district in numbers: inhabitants, area, municipalities",
    "The town in figures: inhabitants, area, districts",
    # interface German
    "Alle Polizeimeldungen",
    "Alle Vereinsnachrichten",
    "Veranstaltung eintragen",
    "Termin eintragen",
    "Traueranzeige aufgeben",
    "Kleinanzeige aufgeben",
    "Zu den Leserfotos",
    "Zu den Bildergalerien",
    "Blitzer heute",
    "Staumeldungen aktuell",
]

PROSE = [
    # region, districts, councils
    "From the region, the council expects more money for schools.",
    "The district of Ravensburg is the second largest in the state.",
    "The results of the council meeting surprised many residents.",
    "The council voted 21 to 6 for the new budget, the mayor said.",
    "Regional news outlets were the first to report the closure.",
    "Council approves new sports hall",
    # traffic, police
    "Traffic chaos in the city centre",
    "Speed cameras caught more than 300 drivers in the district last week, police said.",
    "The police report: a 34-year-old driver lost control of his car on the B30.",
    "Police said the driver was uninjured.",
    "Road works on the B30 will last until October, the authority said.",
    "All data were provided without guarantee by the operator, the court found.",
    "Lost property: the office in the town hall has received more than 400 umbrellas this year.",
    # galleries, events, clubs
    "The picture shows the mayor at the opening of the exhibition.",
    "The event drew more than 2,000 visitors to the church square.",
    "The club celebrated its 125th anniversary with a parade.",
    "Anniversary of the fire brigade: 125 years of helping",
    "Club life in the village is thriving again after the pandemic.",
    # obituary, family, ads
    "He died on Sunday at the age of 84, his family said.",
    "Mourners lit candles in front of the town hall.",
    "The family asked for donations to the hospice instead of flowers.",
    # markets, timetables
    "The weekly market will move to the church square from March.",
    "From 14 December, the buses will run every 15 minutes to the station.",
    "Buses will replace trains between Ulm and Friedrichshafen until Friday, Deutsche Bahn said.",
    "Timetable change: commuters face longer journeys",
    # races, sport
    "Anna Huber won the city run in 38 minutes, ahead of Lisa Maier.",
    "The stage ended in a sprint finish in Friedrichshafen.",
    "Results: Huber first, Maier second | Schmid third",
    # weather, gauges, numbers
    "The weekend will be sunny with temperatures of up to 28 degrees, the weather service said.",
    "The Danube gauge at Ulm rose to 4.20 metres on Monday.",
    "The district in numbers is small, but its economy is strong.",
    "\"We choose: Biberach | Ravensburg\" was the slogan of the campaign.",
    "Recipe for disaster: how the budget talks failed",
    # label-and-teaser prose: names in a list, a "here" that is prose, formats and tickers in a sentence
    "Today in London: Sound Image, Hyperdub Tour, Andrew Zukerman, Holy Mountain",
    "Warning: here comes the storm",
    "The report is available for download.",
    "The results list for download is delayed",
    "Opening hours: the museum will stay closed on Monday.",
    "Fans followed the game in the live ticker and on the radio.",
    "Light and shadow | a review",
    # German names and places
    "Frank-Walter Steinmeier visited Weingarten on Monday.",
    "The Bodensee-Oberschwaben transport association raised its fares.",
]

test_furniture_fires, test_prose_is_quiet, test_clean_article_is_quiet = furniture_suite(BODY, FURNITURE, PROSE)
