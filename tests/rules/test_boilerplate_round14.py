"""MT201 boilerplate-line, round 14: kinds of site furniture a blind set missed, told by their SHAPE.

Kinds: consent placeholders of embedded social media and video ("With your consent, external contents are
displayed here ...", "Embedded TikTok video: load content now with one click", "Show this contribution on
Instagram"); print-edition and correction notes; author boxes and follow buttons; affiliate-link
disclaimers; share counters; "More to the topic"; read-aloud buttons with a duration; quiz buttons; tickers
of many kinds ("throw for throw", "leg for leg", a stream "with chat"); comparison and service teasers
(day money, emergency pharmacies, delivery bottlenecks, animal homes, garden calendars, DIY instructions,
rankings, sky events, ISS overflights, "Today in history", "Calendar sheet"); league tables after a match
day; draws; reader-feedback questions; podcast overviews; the pharmacy disclaimer; interface German. The
first line of each kind is the one a blind evaluation missed; the others are variants written for
development.

The negatives are what separates a subhead, a headline or news prose from furniture: a sentence with a
finite verb ("Animal home: the shelter is full"), consent and correction in prose ("We have corrected
course, the chancellor said."), a table or a draw reported as news, the English idioms "More to the
point" and "Follow the money", German names, places and brands.

Left alone: "Starry sky in April: the planets at a glance" (a catalogue "at a glance" under a topic label is
also a subhead, "Election 2026: the parties at a glance"; only word lists would tell them apart).
"""
from __future__ import annotations

from tests.conftest import furniture_suite

BODY = [
    "Dockworkers strike at Germany's largest port",
    "Hamburg. Thousands of dockworkers stopped work on Thursday in a dispute over wages, the union said. "
    "Container ships queued in the Elbe estuary.",
    "The port operators called the strike disproportionate and offered further talks.",
    "Shipping lines reroute cargo",
    "Several shipping lines said they would unload in Rotterdam and Antwerp instead.",
    "Talks are to resume next week, a spokeswoman for the employers said.",
]

FURNITURE = [
    # consent placeholders of embedded social media and video
    "With your consent, external contents are displayed here. Personal data may be transmitted to third "
    "platforms.",
    "With your consent, external content is shown here. Personal data can be transferred to third parties.",
    "With your consent, content from YouTube is displayed here.",
    "Show this contribution on Instagram\nA contribution shared by PDC Europe (@pdc_europe)",
    "View this post on Instagram",
    "A post shared by FC Bayern Munich (@fcbayern)",
    "Embedded TikTok video: load content now with one click",
    "Embedded Instagram post: load content with one click",
    "Embedded YouTube video: show content now",
    "To the YouTube video: by clicking you agree to the transmission of your data to Google.",
    "To the Instagram post: by clicking you consent to the transfer of your data to Meta.",
    "By clicking you agree to the transmission of your data to X.",
    # print edition and correction notes
    "From the print edition: Hamburger Abendblatt, page 12, economy part",
    "From the print edition: Süddeutsche Zeitung, 4 May 2026, page 3",
    "From the printed edition: Der Tagesspiegel, 12.03.2026",
    "We have corrected a mistake in the third paragraph and ask for your understanding.",
    "We have corrected an error in the headline and apologise for the mistake.",
    "We have corrected the passage and ask you to excuse the error.",
    # author boxes and follow buttons
    "About the author: Lena Brandt writes since 2019 for the economy editorial office about banks and "
    "insurances.",
    "About the author: Tom Weber has been an editor in the sports department since 2015.",
    "About the author: Jana Klein reports for the politics desk from Berlin.",
    "More articles of this author | Follow author",
    "More articles by this author | Follow",
    "All articles of the author | Follow author",
    "Follow author",
    # affiliate-link disclaimers
    "Links marked with * are so-called affiliate links. If you buy over such a link, we receive a small "
    "commission. The price for you remains the same.",
    "Links marked with an asterisk are affiliate links.",
    "The links marked with * are so-called affiliate links.",
    "The price for you remains the same.",
    "The price does not change for you.",
    # share counters
    "Article share: 312 times shared",
    "Share article: 1,204 times shared",
    "Shared 87 times",
    # "More to the topic"
    "More to the topic",
    "More on the topic of the handball EM",
    "More to the topic of the port strike",
    "More to the topic: energy transition",
    # read-aloud buttons with a duration
    "Hear article · 6 Min.",
    "Listen to article · 4 min",
    "Read article aloud · 3 minutes",
    "Hear article (5 min.)",
    # quiz buttons
    "Repeat quiz | Share result with friends",
    "Restart quiz | Share result",
    "Play again | Share result with friends",
    # tickers
    "Port ticker: ship arrivals and departures in Hamburg live",
    "Traffic ticker: jams, closures and roadworks in the region live",
    "Strike ticker: which trains and flights fall out today?",
    "Weather ticker: which regions are hit by the storm today?",
    "Handball EM live ticker: Germany against Denmark throw for throw",
    "Darts World Cup live ticker: the final leg for leg",
    "Leg for leg: the final in the live ticker",
    "Throw for throw: the derby in the live ticker",
    "Set for set: the final in the live ticker",
    "Esports live: the final in the stream – with chat",
    "Gaming live: the tournament in the stream with chat",
    "Volleyball live: sets, points and results of the game day",
    "Table tennis live: sets, points and results of the match day",
    # comparison and service teasers
    "Day money comparison: these banks pay currently the highest interests",
    "Fixed deposit comparison: these banks currently pay the most interest",
    "Electricity comparison: these providers are currently the cheapest",
    "Pharmacy emergency service today: which pharmacy has opened?",
    "Emergency pharmacy: which pharmacy is open tonight?",
    "Delivery bottlenecks: these medicaments are currently not available",
    "Supply shortages: these medicines are currently missing",
    "For risks and side effects read the package leaflet and ask your doctor or pharmacist.",
    "For risks and side effects, read the package insert and ask your doctor or pharmacist.",
    "Animal home: these dogs wait for a new family",
    "Animal shelter: these cats are looking for a home",
    "Garden calendar: what is to do in the garden in March?",
    "Garden calendar: what to do in the garden in April",
    "Do-it-yourself instruction: so you lay laminate yourself – step for step",
    "DIY instructions: so you tile your bathroom yourself – step by step",
    "Instructions: so you bleed your radiator yourself",
    "The ranking of the influencers: who has the most followers?",
    "The ranking of the richest Germans: who has the most money?",
    "Sky spectacle this night: where you see the Perseids best",
    "Sky spectacle tonight: where you can see the northern lights best",
    "ISS overflight: when the space station is visible above your place",
    "ISS sightings: when you can see the space station from your city",
    "Today in history: what happened on 9 November?",
    "Today in history: what happened on 3 October 1990",
    "Calendar sheet: this happened on this day",
    "Calendar sheet: what happened on 12 May?",
    # tables after a match day, draws
    "Basketball Bundesliga: the table after the 20th match day",
    "2. Bundesliga: the table after the 12th matchday",
    "Ice hockey DEL: the table after the 30th game day",
    "Snooker: the drawing of the German Masters in Berlin",
    "DFB Cup: the drawing of the second round",
    # reader feedback
    "Your opinion is asked: how did you like the article?",
    "Your opinion is asked: how do you like our new website?",
    "How did you like the article?",
    # podcast overviews
    "To the overview of all episodes of the podcast",
    "To the overview of all episodes",
    "To the overview of all parts of the series",
    # interface German
    "Externer Inhalt",
    "Externe Inhalte",
    "Mehr zum Thema Hafen",
    "Mehr zum Thema Energiewende",
    "Jetzt Quiz starten",
    "Jetzt Podcast hören",
]

PROSE = [
    # consent, embeds and posts in prose
    "With your consent, the doctors could operate, the surgeon told the family.",
    "With your consent, I would like to read the letter aloud.",
    "External contents of the report were not disclosed.",
    "Show this to your friends, she said.",
    "The post was shared by thousands of users within an hour.",
    "Embedded journalists reported from the front line.",
    "By clicking on the link, users were taken to a fake bank website, the police said.",
    "The transmission of data to Google is at the centre of the case.",
    # print edition, corrections, authors
    "From the print edition to the app: how newspapers change",
    "Print edition sales fell by eight percent last year.",
    "We have corrected course, the chancellor said.",
    "We have corrected the figures, the statistics office said.",
    "About the author of the letter, little is known.",
    "Follow the money",
    "Follow the leader",
    "More articles of faith were debated at the synod.",
    # affiliate links, prices, shares
    "The price remains the same for customers who booked early, the airline said.",
    "The price for you remains the same, the salesman promised.",
    "Shares of the carmaker fell 3 percent.",
    "The video was shared 87 times before it was deleted.",
    # "More to the topic" and reading
    "More to the point, the deal collapsed.",
    "More on that later.",
    "Hear, hear!",
    "Listen to the experts",
    # quizzes and tickers as news
    "Quiz night at the town hall",
    "Repeat offenders face tougher penalties",
    "Strike: which trains run today? The railway is still negotiating",
    "Strike: trains and flights cancelled across Germany",
    "Leg for leg, the runners fought their way up the hill.",
    "Throw for throw, the two darts players matched each other.",
    "Germany against Denmark: the final is sold out",
    "The esports final was streamed live with a chat.",
    "Volleyball: Germany wins the European Championship",
    # comparison and service subjects in headlines and prose
    "Day money: the ECB raises interest rates again",
    "These banks pay the highest interest, a study found.",
    "Delivery bottlenecks: pharmacies sound the alarm",
    "Delivery bottlenecks hit the car industry",
    "Risks and side effects of the new drug",
    "Patients should ask their doctor or pharmacist, the agency said.",
    "Animal home: the shelter is full",
    "These dogs wait for a new family, the shelter manager said.",
    "Garden calendar of the monks: a find in the archive",
    "The ranking of the universities was published on Tuesday.",
    "The ranking: Munich ahead of Berlin",
    "Sky spectacle: thousands watch the northern lights",
    "ISS: astronauts return to Earth",
    "When the space station is visible, amateur astronomers gather on the hill.",
    "Today in history, the wall fell, the president recalled.",
    "What happened on 9 November?",
    "The table after the 20th match day shows Bayern on top.",
    "Bundesliga: Bayern lead the table after the 20th match day",
    "The draw for the second round takes place on Sunday.",
    "Champions League: Bayern face Real Madrid in the draw",
    "Your opinion is important to us, the mayor told residents.",
    "How did you like living in Berlin?",
    "The overview of all episodes shows a decline in listeners.",
    "To the overview of the talks, see page 4.",
    # guide, ticker and list shapes with a statement
    "Flood: these families have lost their home",
    "Tennis live: Zverev through to the final",
    "Champions League live: Bayern beat Real 2-1",
    "Bridge collapse: where the damage is worst",
    "Heating law: how to apply for the subsidy",
    "Snooker: Trump wins the German Masters in Berlin",
    "Garden: what is to be done about slugs?",
    "Berlin: where the wall once stood",
    "More to the story than meets the eye",
    "Bundesliga: these players are currently injured",
    "Poll: these parties would currently enter parliament",
    "Read the article aloud to your children, the teacher advised.",
    "With your consent, the content is displayed in the museum, the curator said.",
    "Snooker: the drawing power of Ronnie O'Sullivan",
    "We have corrected our forecast and now expect growth of 1.2 percent.",
    "More on the topic of refugees was said by the chancellor.",
    "Links marked with an asterisk are explained in the glossary.",
    # German names, places and brands
    "Externsteine attract thousands of visitors",
    "Mehr Demokratie wagen",
    "Jetzt or never for the Greens",
    "Hafen City University opens new campus",
    "The Hafen district is changing fast",
    "Kiel celebrates the sailors",
]

test_furniture_fires, test_prose_is_quiet, test_clean_article_is_quiet = furniture_suite(BODY, FURNITURE, PROSE)
