"""MT201 boilerplate-line, round 12: kinds of site furniture a blind set missed, told by their SHAPE.

Kinds: paywall and comment prompts; stock-market boxes and disclaimers; cinema and ticket listings (a row of
show times, box-office notes); calls to open an account and secure a bonus; police press-office lines and
witness appeals read out with a telephone number; weather, UV, storm-warning and bio-weather read-outs; a
question followed by a catalogue promise ("When do ...? All dates in the overview"); service finders and
tools under a label with a question; price read-outs; recurring columns; polls with their answers; medal
tables; live tickers "in real time"; interface German. The first line of each kind is the one a blind
evaluation missed; the others are variants written for development.

The negatives are what separates a subhead, a headline or news prose from furniture: "Police appeal for
witnesses after the robbery" as a headline, "Witnesses are asked to contact the police." as a sentence,
questions without answers, weather headlines with a verb, German names, places and brands.
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
    # paywall and comment prompts
    "This article is reserved for our subscribers.",
    "This content is available only to our Plus subscribers.",
    "This article is reserved for our digital subscribers",
    "Only registered users can comment. Register now free of charge",
    "Only logged-in users can comment.",
    "Only registered readers may write comments. Log in here",
    "Comments (12) | Write comment",
    "Comments (3) | Write a comment",
    "7 comments | Show comments",
    # stock-market boxes and disclaimers
    "All course data delayed by at least 15 minutes. No investment recommendation.",
    "All prices delayed by 15 minutes.",
    "Share prices delayed by at least 20 minutes. No investment advice.",
    "Open a securities depot now free of charge and secure 50 euros start credit",
    "Open a custody account now and secure 100 euros bonus",
    "Open a current account now free of charge and get 75 euros credit",
    "Winners and losers of the day: the tops and flops in the DAX",
    "Winners and losers of the week: the tops and flops in the MDax",
    "Share search: enter name, WKN or ISIN",
    "Fund finder: enter name or ISIN",
    "Alle Aktienkurse in Echtzeit",
    "Alle Devisenkurse in Echtzeit",
    # cinema and ticket listings
    "Playing times today: 17:15 | 20:00 | 22:45",
    "Show times tomorrow: 14:30 | 17:00 | 20:15",
    "Screenings: 16:45, 19:30, 22:00",
    "Film start of the week: our critique in 60 seconds",
    "Series of the week: our tip for the weekend",
    "Tickets available at all known advance sale points",
    "Remaining tickets at the evening box office from 19 o'clock",
    "Tickets are available at the box office and at all advance booking offices",
    "Remaining tickets at the box office from 7 p.m.",
    "Event tips for the weekend: what is going on in the region",
    "Event tips for today: what's on in the city",
    "Zum Kinoprogramm",
    "Zur Bildergalerie",
    # date teasers: a question, then a catalogue promise
    "When do the autumn holidays begin in Bavaria? All dates in the overview",
    "When are the next bank holidays? All dates at a glance",
    "Where are the Christmas markets? All locations in the overview",
    "Ferientermine 2025 im Überblick",
    "Brückentage 2025 im Überblick",
    "The exam tasks of the central Abitur for download",
    "All exam papers of the last years for download",
    "The complete timetable as PDF for download",
    # traffic and police boxes
    "Attention, ghost driver on the A7 between Hamburg and Flensburg!",
    "Caution, wrong-way driver on the A 3 between Würzburg and Aschaffenburg!",
    "Attention: traffic jam on the A8 near Stuttgart",
    "Flash appliances today: here the police measure",
    "Speed cameras today: here the police check",
    "Construction sites on the motorways: all blockings at a glance",
    "Road works in Hanover: all closures at a glance",
    "The police press office informs:",
    "The press office of the fire brigade reports:",
    "Police press office Munich informs:",
    "Witnesses are requested to report to the police station Bad Tölz under telephone 08041/7610.",
    "Witnesses are asked to contact the police in Rosenheim on telephone 08031/2000.",
    "Anyone who can provide information is asked to call the criminal police on 0221/229-0.",
    "Blue light ticker: all police and rescue service reports from the district",
    "Police ticker: all reports from the region",
    # weather read-outs
    "Bio weather: burden for heart-circulation patients",
    "Bio weather today: strain for people with low blood pressure",
    "Storm warning for the district of Ravensburg: warning level orange",
    "Storm warning for the district of Göppingen: warning level red",
    "Weather in Linz: today 23°, tomorrow 25°, chance of rain 40 %",
    "Weather in Kiel: today 14°, tomorrow 16°, chance of rain 80 %",
    "UV index today: very high – sun protection absolutely necessary",
    "UV index tomorrow: high – avoid the midday sun",
    "Water temperatures at the Baltic Sea beaches",
    "Water temperatures at the Bavarian lakes",
    "Travel weather for the Canaries: 24 degrees and sunshine",
    "Travel weather for Mallorca: 28 degrees and sunny",
    # price read-outs and alarms
    "Grain prices at the commodity exchange: wheat 221 euros per tonne",
    "Metal prices at the stock exchange: copper 8,400 dollars per tonne",
    "Heating oil prices today: 100 litres cost 98.40 euros",
    "Wood pellet prices today: 1 tonne costs 310 euros",
    "Heating oil price alarm: be informed by e-mail when the price falls",
    "Fuel price alert: get notified when diesel gets cheaper",
    # service finders and listings
    "Used car exchange: over 40,000 vehicles in your region",
    "Job exchange: more than 3,000 vacancies in your region",
    "Doctor search: which practices still take new patients?",
    "Dentist search: which practices are open on Saturday?",
    "Divine service times on Sunday: all parishes at a glance",
    "Wine festival calendar 2025: all wine festivals in the Palatinate and Rheinhessen",
    "Concert calendar 2025: all concerts in Upper Franconia",
    "Asparagus yards in the region: opening times and prices",
    "Farm shops in the region: opening times and addresses",
    "Podcast \"The situation in the morning\": the new episode is online",
    "Podcast \"Rhine Talk\": the latest episode is online",
    "Newsletter: the new issue is out",
    # recurring columns
    "Word to Sunday: thoughts of Pastor Meier",
    "Thought for Sunday: a sermon by Deacon Weber",
    # sports boxes
    "Tennis live ticker: Zverev against Sinner – the state of play in real time",
    "Bundesliga live ticker: all games in real time",
    "Medal mirror: Germany on place 7",
    "Medal table: Germany in 5th place",
    "Time schedule of the Athletics World Championships: when do the Germans start?",
    "Schedule of the Winter Olympics: when do the Germans compete?",
    # polls
    "Vote now: Should the G9 come back? Yes | No | Don't know",
    "Poll: Should the speed limit come? Yes / No / Undecided",
    "Your opinion: Is the new cycle path a good idea? Yes | No",
    # interface German
    "Jetzt weiterlesen mit SZ Plus",
    "Jetzt weiterlesen mit Welt Plus",
    "Hier weiterlesen mit Ihrem Abo",
]

PROSE = [
    # police headlines and news prose with the kinds' words
    "Police appeal for witnesses after the robbery",
    "Witnesses are asked to contact the police.",
    "Witnesses are asked to contact the police, a spokesman said on Monday.",
    "The police are looking for witnesses who saw the accident on the A7.",
    "The police press office said the man was arrested on Sunday.",
    "A spokesman for the police press office confirmed the arrest.",
    "Attention turned to the A7 motorway after the crash.",
    "Attention, please: the minister is speaking",
    "Wrong-way driver causes fatal crash on the A7",
    # paywall and comments in prose
    "Only registered users can vote in the internal party election.",
    "Comments by the minister caused outrage in the opposition.",
    "The article was reserved for subscribers for a week, the publisher said.",
    # markets
    "Winners and losers of the election: what the result means",
    "Share prices fell by 3 percent on Monday.",
    "The data was delayed by several days, the agency said.",
    "Open a new chapter: the club's plans for the season",
    "Open the doors now, the protesters demanded.",
    "Share search for a new chief executive drags on",
    # weather and prices as news
    "Weather: storms cause chaos in the north",
    "Storm warning for the North Sea coast",
    "Heatwave in Spain: 44 degrees in Seville",
    "Heating oil prices rise to record high",
    "Grain prices: wheat becomes more expensive after the harvest",
    "Water temperatures in the Baltic Sea are rising faster than expected.",
    "UV index: why the sun is more dangerous in spring",
    # questions without a catalogue promise, and subheads
    "When do the autumn holidays begin? Parents are confused",
    "Who is affected?",
    "When will the talks resume?",
    "Search for MH370: where is the plane?",
    "Timetable of the talks: when will the coalition be formed?",
    "All dates at a glance",
    "Brexit: all options on the table",
    "Stress test: all banks pass",
    "Construction sites: the city plans new closures",
    "Medal hopes: Germany wants to win gold",
    "Germany finished in seventh place in the medal table.",
    "The Germans start on Friday, the team said.",
    "Tickets for the concert sold out within minutes",
    "Tickets are available from next Monday, the organisers said.",
    "Car test: the new VW Passat in the everyday check",
    "Church exit: how it works and what it costs",
    "The new episode is online, the broadcaster said.",
    "Vote now or lose your say, the campaign warned.",
    "Should the G9 come back? Parents are divided",
    "The word of the day was patience.",
    "Word to the wise: read the small print",
    "Live ticker ends after twelve hours",
    # quotes
    "\"Attention, ghost driver!\" the radio warned.",
    "\"Only registered users can comment,\" the editor explained.",
    # German names, places and brands
    "Bad Tölz celebrates its spa anniversary",
    "Ravensburg wins the regional derby",
    "Zum Goldenen Hirschen wins award",
    "Jetzt or never for the Greens",
    "Spielberg returns to Berlin",
    "Alle Achtung, says the coach",
]

test_furniture_fires, test_prose_is_quiet, test_clean_article_is_quiet = furniture_suite(BODY, FURNITURE, PROSE)
