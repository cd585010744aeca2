"""MT201 boilerplate-line, round 19: a national site's everyday furniture a blind set missed, told by its SHAPE.

A blind set on a national news site's ordinary day (weather, traffic, travel, consumer advice, Panorama, TV,
Bundesliga, cars) showed weather widgets (warning levels, radar, 14-day forecasts, push activation), water
levels, price and travel widgets, product tests and recalls, price notes, driving reports and car configurators,
lottery and crossword teasers, police appeals for witnesses with a number to call, suicide-prevention boxes and
the editors' note on suicide reporting, celebrity tickers, TV ratings, player grades, audio-version notes,
author boxes, editorial-deadline stamps, valuation teasers; and kinds earlier rounds claimed but matched too
literally (readers-also-read, archive teasers, comment counters and flags, registration confirmations,
sponsored-content notes, media-library availability, paywall questions, breaking-news labels, German weather
and traffic links). The first line of each kind is the one a blind evaluation missed; the others are variants
written for development.

The negatives are news prose and subheads of the same topics: a storm report, a recall report, a police
appeal in prose, a match report, a TV review, readers' letters, German names and places.
"""
from __future__ import annotations

from tests.conftest import furniture_suite

BODY = [
    "Storm front sweeps across Germany",
    "Offenbach. A storm front with hurricane-like gusts swept across large parts of Germany on Sunday night. "
    "Trees fell onto tracks and roads, and Deutsche Bahn halted long-distance traffic in the north.",
    "In Lower Saxony, the fire brigades were called out more than 600 times, a spokesman said.",
    "Calmer weather from Tuesday",
    "According to the German Weather Service, the wind will ease from Tuesday, but it will remain cool.",
    "Temperatures will reach a maximum of 12 degrees in the Rhineland.",
]

FURNITURE = [
    # weather widgets
    "Storm warning level 3 of 4: the German Weather Service warns of hurricane-like gusts in your district",
    "Warning level 2 of 4: the DWD warns of black ice in your region",
    "Frost warning level 1 of 4: the German Weather Service warns of frost in your district",
    "Radar film: the precipitation of the last two hours and the coming hour",
    "Rain radar: the precipitation of the next hours in your region",
    "Thunderstorm radar: lightning strikes in real time on the map",
    "Lightning radar: all lightning strikes in real time",
    "The weather for the next 14 days in the overview",
    "The weather for the next 7 days at a glance",
    "Weather warnings for your region: activate push messages now",
    "Storm warnings for your city: activate push notifications now",
    "Water levels in real time: the current values of all measuring points",
    "Pollen count in real time: the current values for your region",
    "Wetterwarnungen aktivieren",
    "Wetter morgen",
    "Wetter heute",
    "Stau-Übersicht",
    "Blitzer-Übersicht",
    # price and travel widgets
    "Heating oil prices today: buy now or better wait?",
    "Petrol prices today: fill up now or better wait?",
    "Travel warnings of the Foreign Office: current information for your holiday destination",
    "Entry requirements: current information for your holiday destination",
    "Departures and arrivals: all flights at Frankfurt airport in real time",
    "Arrivals and departures: all flights at Munich airport in real time",
    # product tests, recalls, price notes, cars
    "Test winner at Stiftung Warentest: these products convinced the testers",
    "Test winner at Öko-Test: these sunscreens convinced the testers",
    "Product recall: the affected batches and best-before dates at a glance",
    "Recall: the affected products and batch numbers at a glance",
    "Recall! Please do not consume this product under any circumstances",
    "Recall! Please do not eat this product under any circumstances",
    "Prices incl. statutory VAT, plus shipping costs",
    "All prices incl. VAT, plus shipping",
    "Driving report: the new electric SUV in the test",
    "Test drive: the new Golf in the test",
    "Car configurator: put together your dream car now",
    "Kitchen planner: put together your dream kitchen now",
    # lottery and puzzles
    "Lotto numbers of Saturday: all figures without guarantee",
    "Eurojackpot numbers of Friday: all figures without guarantee",
    "Crossword puzzle: solve online now free of charge",
    "Sudoku: play online now for free",
    # appeals, prevention boxes, editors' notes
    "Witnesses please report to the criminal police on the telephone number 110.",
    "Witnesses please report to the police in Kassel on the telephone number 0561 9100.",
    "Do you have suicidal thoughts? Help is offered around the clock by the telephone counselling on 0800 111 0 111.",
    "Are you having suicidal thoughts? Help is available around the clock from the telephone counselling on 0800 111 0 222.",
    "Note of the editorial team: we usually do not report on suicides, in order not to encourage imitation.",
    "Note of the editors: we generally do not report on suicides so as not to encourage copycats.",
    # Panorama, TV, sport
    "Stars and celebrities: all news from the jungle camp in the ticker",
    "Royals and stars: all news about the royal family in the ticker",
    "Quota winner of the evening: the Sunday crime thriller clearly ahead",
    "Quota winner of the day: the Tatort clearly ahead",
    "Available in the ARD Mediathek until 14 December",
    "Available in the ZDF Mediathek until 3 January",
    "Grades for the Bayern stars: who convinced, who disappointed",
    "Grades for the BVB players: who convinced and who flopped",
    "Live blog on the storm: all developments in the ticker",
    "Live blog on the Bundesliga: all developments in the ticker",
    # site notices, paywall, account
    "Not a subscriber yet? Secure the introductory offer now",
    "Not yet a subscriber? Secure the trial offer now",
    "Audio version generated automatically – errors in pronunciation are possible",
    "Audio version created automatically - pronunciation errors are possible",
    "12 readers have commented on this article",
    "3 readers have commented on this article",
    "Mark this comment as inappropriate",
    "Report this comment as inappropriate",
    "Readers also read",
    "Users also read",
    "Also on the topic from our archive",
    "More on the topic from our archive",
    "Sponsored content: this article was created in cooperation with our advertising partner.",
    "Sponsored content: this text was produced in cooperation with our advertising partner.",
    "About the author: she has been an editor in the economics department since 2019 and writes about money and consumer topics.",
    "About the author: he has been a sports editor since 2015 and writes about football.",
    "Confirm registration: we have sent you an e-mail.",
    "Confirm subscription: we have sent you an email.",
    "Eilmeldung: Storm front reaches Hamburg",
    "Eilmeldung: Chancellor resigns",
    "Editorial deadline of this article: Friday, 18 o'clock",
    "Editorial deadline of this article: Monday, 9:30",
    "Property valuation: what is your house really worth?",
    "Property valuation: what is your flat really worth?",
]

PROSE = [
    # weather and traffic
    "The German Weather Service warns of hurricane-like gusts in the district of Harz.",
    "Storm warning: DWD expects hurricane-like gusts on the coast",
    "The radar showed heavy rain over the Rhineland on Sunday evening.",
    "The weather for the next days remains changeable, a meteorologist said.",
    "Water levels on the Rhine fell again on Monday.",
    "Heating oil prices rose by 4 per cent in November.",
    "Heating oil prices today: consumers pay more than a year ago",
    "The Foreign Office issued a travel warning for the region on Friday.",
    "All flights at Frankfurt airport were cancelled on Sunday morning.",
    # consumer, recall, cars
    "Stiftung Warentest tested 20 sunscreens, and only three convinced the testers.",
    "Product recall: supermarket chain withdraws cheese over listeria",
    "The manufacturer recalled the product after salmonella were found.",
    "Prices rose sharply in the second quarter, the statistics office said.",
    "The new electric SUV will cost 45,000 euros, the company said.",
    "The car is put together in the plant in Zwickau.",
    # police, prevention
    "Police are appealing for witnesses.",
    "Witnesses reported a loud bang shortly after midnight.",
    "The police asked witnesses to come forward.",
    "Anyone with information is asked to call police on 101.",
    "Witnesses are asked to contact the police in Kassel on 0561 9100.",
    "Do you have any idea how many people called 112 last year?",
    "We do not report on rumours, the editor-in-chief said.",
    "Travel warnings: Foreign Office advises against trips to the region",
    "Test winner: cheap sunscreen beats brand products",
    "The new Golf in the test drove 600 kilometres on one tank.",
    "All flights were cancelled in real time, passengers complained.",
    "Prices include VAT in Germany, the court ruled.",
    "Wetter is the German word for weather.",
    "He had talked about suicidal thoughts for months, his sister said.",
    "The editorial team decided not to report on the details of the case.",
    # Panorama, TV, sport
    "Readers wrote in to complain.",
    "Readers also criticised the decision in letters to the editor.",
    "The Sunday crime thriller was watched by 9.1 million viewers.",
    "Stars and celebrities gathered in the jungle camp in Australia.",
    "The Bayern stars disappointed in the second half.",
    "The players were given grades by the coach in the dressing room.",
    "The crossword puzzle was invented in 1913.",
    "The lotto numbers were drawn on Saturday evening in Saarbrücken.",
    "The author has been an editor since 2019.",
    "The property was valued at 2 million euros.",
    "Eilmeldung is the German word for a breaking-news alert.",
    "The deadline for the application is Friday, 18 o'clock.",
    "Many subscribers cancelled their contracts, the publisher said.",
    "We have sent you an e-mail, the company wrote to customers.",
    # German names and places
    "Markus Söder visited the flood area near Passau on Monday.",
    "The Frankfurt airport operator Fraport reported record passenger numbers.",
]

test_furniture_fires, test_prose_is_quiet, test_clean_article_is_quiet = furniture_suite(BODY, FURNITURE, PROSE)
