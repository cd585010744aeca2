"""MT201 boilerplate-line, round 23: shapes that recur across the read material of several writers
(``mtcheck.rules.widget_crosswriter``), each written for development in wordings of its own.

Shapes: a test teaser ("<label>: <things> in the (everyday|big|weekly) check/comparison"); a ranking box ("<list label>:
the top 10|most popular|best ... of the week"); a programme box ("TV tip: ...", "Next performances: ..."); a fact
box's label with a bare list of lower-case items ("Analyst ratings: buy, hold, sell"); a bar of short controls or
links joined by pipes (two parts only when one is a call on the site); a classified or offer box ("Job offers: cook (m/f/d) in Ulm", "Reader trip: with us to
..."). "<noun phrase> at a glance" and "<Label>: what/why ..." still stay out: they are subheads of
real articles as often as box titles.

The negatives are news prose and subheads of the same topics, lists of names, and pipes inside sentences.
"""
from __future__ import annotations

from tests.conftest import furniture_suite

BODY = [
    "Bridge reopens after repairs",
    "Kassel. The Fulda bridge reopened to traffic on Thursday after eight months of repairs, the city said.",
    "The work cost 4.1 million euros, slightly more than planned.",
    "Cyclists",
    "A separate cycle lane is to follow next year, a spokeswoman said.",
    "The council will discuss the plans in June.",
]

FURNITURE = [
    # a test teaser
    "Practical test: e-bikes from the discounters in the everyday check",
    "Family cars: the cheapest models in the big comparison",
    "Heat pumps: five devices in the check",
    "Mortgage rates: the banks of the region in the monthly comparison",
    "Health insurers: supplementary contributions in the annual comparison",
    # a ranking box
    "Charts: the top 20 of the week",
    "Photo of the day: the most beautiful reader pictures of the day",
    "Scorer table: the best goalscorers of the district league",
    "Bestsellers: the most read non-fiction books of the month",
    "Hit list: the most played songs of the week",
    # a programme box
    "TV tip: the documentary about the flood on Wednesday at 22:15 on NDR",
    "Radio tip: the interview in full on Sunday morning",
    "Viewing note: the programme starts 15 minutes later today.",
    "Next episode: Friday at 6 p.m.",
    "Next screenings: 3, 4 and 9 May",
    "Podcast tip: the whole conversation in our app",
    # a fact box's bare list
    "Ingredients: flour, butter, eggs, sugar",
    "Equipment: helmet, headlamp, gloves and rope",
    "Results: win, draw, loss",
    "Columns: rank, club, matches, goal difference, points",
    "Sections: news, sport, culture, weather",
    # a classified or offer box
    "Job offers: nurse (m/f/d) in the district hospital",
    "Properties: houses and plots for sale in the district",
    "Apartments: rent a flat in Dresden now",
    "Reader tours: with us to the Baltic Sea in September",
    "Coupon codes: discount on shoes and fashion",
    "Last-minute offers: cheap flights from Hanover",
    # a bar of controls or links joined by pipes
    "Print | Share | Bookmark",
    "Contact | Newsletter | Advertise",
    "Show answers | Hide answers",
    "Sort comments: best | newest | oldest",
    "Follow us: Facebook | Instagram | YouTube",
]

PROSE = [
    # news prose and subheads of the same topics
    "The new model was put to the test in the Alps.",
    "Police carried out a check on the motorway near Kassel.",
    "The comparison with last year is sobering, the mayor said.",
    "In the comparison of the federal states, Bavaria comes first.",
    "Test results: what the inspectors found in the kitchens",
    "The best players of the week were honoured on Sunday.",
    "Analysis: the biggest problem of the coalition",
    "Football: the best goals of the season",
    "Scholz | The chancellor under pressure",
    "Migration | What the new law changes",
    "It was the hottest day of the year so far.",
    "She was named the best player of the season.",
    "Next step: the council must approve the budget.",
    "The TV tip came from a viewer in Hamburg.",
    "Note: the figures are provisional.",
    "Background: why the farmers are angry",
    "Weather: storms expected on Sunday",
    "Real estate: prices keep rising in Munich",
    "Jobs: the carmaker wants to save 2,000 jobs by 2027",
    "Flats: cheap housing remains scarce in the city",
    "Reader trip to Alsace cancelled after bus accident",
    "Job offers in the region rose by four percent.",
    # lists of names, lists in sentences
    "Guests: Olaf Scholz, Markus Söder, Ricarda Lang",
    "Goals: Müller, Kane, Sané",
    "Squad: Neuer, Kimmich, Musiala and Kane",
    "Be patient: listen, wait, and try again.",
    "He packed everything: tent, stove, maps, food.",
    "The choice was simple: stay, fight or leave.",
    "The three pillars: education, housing, and jobs",
    # pipes and German names
    "He drew a line | and left.",
    "Haus der Kunst",
    "Kassel-Wilhelmshöhe",
]

test_furniture_fires, test_prose_is_quiet, test_clean_article_is_quiet = furniture_suite(BODY, FURNITURE, PROSE)
