"""MT201 boilerplate-line, round 20: a regional daily's furniture a blind set missed, told by its KIND and SHAPE.

A blind set on a German regional daily's ordinary day showed the reader's municipality and district selectors
and local overviews, obituary and condolence portals, event calendars, classified ads (private ads, deadlines,
contact ads, property market, flea markets, animal-shelter protégés), on-call doctors and emergency pharmacies,
subscription and paywall offers, local newsletters and their privacy note, app-only content, WhatsApp channels
and push activation, letters to the editor, comment opening hours and login prompts, district teasers ("Current
from the region"), blue-light tickers and maps, construction-site radar and school-bus overviews, election
checks, live tickers and player votes, season-ticket sales, club calendars, reader-reporter calls, columnist and
archive teasers, picture galleries, the holiday delivery service and German interface lines. The first line of
each kind is the one a blind evaluation missed; the others are variants written for development.

The negatives are news prose and subheads of the same topics: an animal-shelter report, subscribers' complaints,
police and Landtag reports, a mayor's appeal, snow and accident subheads, an obituary headline, German places.
"""
from __future__ import annotations

from tests.conftest import furniture_suite

BODY = [
    "Council approves new sports hall",
    "Wetzlar. The town council approved the construction of a new sports hall in the district of Niedergirmes on "
    "Thursday evening. The hall is to cost 8.5 million euros and be finished in 2027.",
    "The clubs had been calling for a new hall for years, the mayor said.",
    "Criticism from the opposition",
    "The opposition criticised the costs and called for a cheaper solution.",
    "Construction is to begin in the spring.",
]

FURNITURE = [
    # municipality and district selectors, local overviews
    "News from your place of residence: select your municipality now",
    "News from your town: choose your municipality here",
    "Select your district: news from Lahn-Dill, Gießen and Wetterau",
    "Choose your region: news from Fulda, Vogelsberg and Main-Kinzig",
    "All news from the district at a glance – sorted by place",
    "All reports from the region at a glance – sorted by municipality",
    # obituary and condolence portals
    "Search death notices: find obituaries and condolences",
    "Search obituaries: find death notices and memorial pages",
    "Light a memorial candle now",
    "Light a candle for the deceased now",
    "Light a virtual candle online.",
    "Condolence book: leave a message for the relatives",
    "Online condolence book: write a few words to the bereaved",
    "Anniversary of death: commemorate your loved ones with an ad",
    "Anniversary of death: remember your loved ones with an advertisement",
    "Obituary notices of today's edition",
    "Death notices from today's edition",
    # event calendars
    "Enter your event free of charge now",
    "Submit your event now free of charge",
    "Event calendar: enter your dates for free",
    # classified ads
    "Classified ads: buy, sell, give away",
    "Small ads: buy, sell, swap",
    "Place a private ad now – the first one is free",
    "Place your classified ad online now",
    "Your ad in the Saturday edition: deadline is Thursday at 12 o'clock",
    "Your ad in the weekend edition: closing date is Wednesday at 10 a.m.",
    "Heart to heart: contact ads from the region",
    "Lonely hearts: contact ads from your district",
    "Real estate market: flats and houses in your district",
    "Property market: houses and flats in the region",
    "Flea market dates in the region",
    "Flea market dates in the district",
    "Animals looking for a home: the protégés of the animal shelter",
    "Pets looking for a new home: the animals of the shelter",
    # service boxes
    "On-call doctors and emergency pharmacies at the weekend",
    "Emergency pharmacies and on-call doctors today",
    "Emergency pharmacies in the district at the weekend",
    # subscription and paywall
    "You already have a subscription? Log in here",
    "Already have a subscription? Log in here",
    "Read {n} articles per month free of charge – just register",
    "Read 5 articles per month free of charge – just register",
    "Read 10 articles a month for free – simply register",
    "Unlock this article now: the first month for only 1 euro",
    "Read this article now: the first month for just 99 cents",
    "The first four weeks cost nothing – then 12.99 euros monthly",
    "The first month costs nothing – then 9.99 euros per month",
    "Switch from print to digital now and save",
    "Switch from paper to e-paper now and save",
    "Already a newspaper subscriber? Then the digital access is included for you",
    "Already a print subscriber? Then digital access is included for you",
    # local newsletters and their privacy note
    "Good morning, district! The newsletter of the local editorial office",
    "Good morning, Wetterau! The newsletter from your local newsroom",
    "The week in the district: our review every Saturday by e-mail",
    "The week in the region: our summary every Friday by e-mail",
    "Your e-mail address will only be used to send the newsletter. Unsubscribing is possible at any time.",
    "We use your e-mail address only to send the newsletter. You can unsubscribe at any time.",
    # app-only content
    "This content is only available in the app",
    "This article is only available in our app",
    "This content is available exclusively in the app",
    "This video is only available in our news app.",
    # WhatsApp channels and push activation
    "Local news now also on WhatsApp: follow our channel",
    "News from the region now on WhatsApp: follow our channel",
    "Police reports from your district directly to your smartphone: activate push messages",
    "Breaking news from your town straight to your mobile phone: activate push notifications",
    # letters to the editor
    "Write a reader's letter to the local editorial office",
    "Write a letter to the editor",
    "Send a reader's letter to the editorial office",
    # comment hours and login prompts
    "Comments are activated from 7 a.m. to 10 p.m.",
    "Commenting is possible from 6 a.m. to 11 p.m.",
    "Comment now – you must be logged in to do so",
    "Comment now – you need to be logged in for this",
    # district teasers
    "Currently much read in the district",
    "Currently most read in the region",
    "Also interesting from your district",
    "Also interesting from your region",
    "Current from the region",
    "Current from the district",
    # blue light
    "Blue light ticker: police and fire brigade operations in the region",
    "Blue light ticker: police reports from the district",
    "Fire brigade operations in the district: the blue light map",
    "Police operations in the region: the blue light map",
    # construction radar, traffic, school buses
    "Construction site radar: where it gets tight on the roads this week",
    "Roadworks radar: where it gets tight this week",
    "Accident on the B 27: current traffic situation",
    "Traffic jam on the A 5: the current traffic situation",
    "Snow chaos in the district: which school buses are not running",
    "Black ice in the region: which school buses are not running today",
    "Lessons cancelled because of snow: the current overview of all schools",
    "Lessons cancelled because of storm: the current overview of all schools",
    # election checks
    "Ask the candidates: our election check for the district",
    "Compare the candidates: our election check for your constituency",
    # live tickers and votes
    "Live ticker from the plenary hall: the Landtag debate in the ticker",
    "Live ticker from the town hall: the council meeting in the ticker",
    "Trade fair ticker: the news from the exhibition halls",
    "Carnival ticker: the news from the parade",
    "Handball: the match in the live ticker with statistics",
    "Football: the derby in the live ticker with line-ups",
    "Basketball live: the playoff game in the ticker",
    "Ice hockey live: the derby in the ticker",
    "Vote now: who was your best player?",
    "Vote now: who was the man of the match?",
    # season tickets
    "Season tickets for the new season: sale starts on Monday",
    "Tickets for the home game: advance sale starts on Friday",
    # club calendars
    "Association life: the dates of the clubs in the district",
    "Club life: the dates of the associations in the region",
    # reader reporters
    "Reader reporter: have you observed something? Send us your photos",
    "Reader reporter: did you see something? Send us your pictures",
    # columnist and archive teasers
    "Our columnist writes every Saturday about life in the district",
    "Our columnist writes every Friday about life in the city",
    "From the archive: that's what the district looked like 50 years ago",
    "From the archive: this is what the market square looked like 100 years ago",
    # galleries and portraits
    "Abitur results: the best graduates from the district",
    "Graduation: the best graduates from the region",
    "The first-graders of the primary school in pictures",
    "The new first-graders of the district in pictures",
    "Company portraits: employers in the region introduce themselves",
    "Employer portraits: companies from the district introduce themselves",
    # holiday delivery
    "Holiday service: have your newspaper sent to your holiday address",
    "Holiday service: have your newspaper forwarded to your holiday destination",
    # German interface lines
    "Leserbrief schreiben",
    "Zur Startseite der Lokalausgabe",
    "Gemeinde wählen",
    "Traueranzeige aufgeben",
    "Veranstaltung eintragen",
    "Landkreis auswählen",
    "Zur Übersicht der Lokalnachrichten",
]

PROSE = [
    # the same topics in news prose
    "The animal shelter is looking for homes for 40 cats.",
    "Subscribers complained about the price rise.",
    "Police reported three accidents in the district.",
    "The Landtag debated the budget on Thursday.",
    "Vote now, the mayor urged residents.",
    "Light a candle for peace, the pastor asked the congregation.",
    "Condolences poured in from across the region.",
    "Schools in the district remain closed on Monday because of snow.",
    "The school buses were not running on Tuesday.",
    "The candidates answered questions from readers at the town hall.",
    "The first-graders were welcomed at the primary school on Saturday.",
    "Comments on the plan can be submitted until Friday.",
    "Write to the council, the citizens' initiative urges.",
    "Classified documents were found in the office.",
    "The newsletter reached 20,000 readers, the publisher said.",
    "Residents can select their municipality's waste collection dates online.",
    "Our columnist was wrong about the bypass.",
    "The district is currently much discussed.",
    "The fire brigade was called out 40 times in the district at the weekend.",
    "The trade fair drew 30,000 visitors to the exhibition halls.",
    "Tickets for the home game sold out within an hour.",
    # subheads and quotes of a normal article
    "Snow chaos on the roads",
    "A candle for the victims",
    "Obituary: Helmut Weber dies at 84",
    "Accident on the B 27: driver seriously injured",
    "Fire brigade: blaze in barn causes damage of 200,000 euros",
    "Season tickets: club raises prices by ten percent",
    "Handball: HSG Wetzlar wins derby against Melsungen",
    "Real estate market: prices in the district rise again",
    "Trade fair: exhibitors report record demand",
    "Flea market in Gießen draws thousands of visitors",
    "Abitur: more pupils than ever passed with top marks",
    "From the archive of the town, the historian recovered old maps.",
    "Current from the mayor's office came a clear statement.",
    "Election check",
    "Blue light in the night",
    "\"Light a candle for him,\" his daughter said.",
    "Peace plan: the road map",
    "He was clear: the newsletter for members would be scrapped.",
    "New appointments in the district",
    "Find a place",
    "Investors: buy or sell?",
    "From the archive: how the town hall was built",
    "Tickets sold out: fans disappointed",
    "Already a year ago, the council had warned of the costs.",
    "Our columnist writes about the bypass today.",
    "Place names in the district are often misspelt.",
    "The district in numbers",
    "Write a letter, the mayor advised, and the ministry will answer.",
    "Comments are welcome, the mayor said.",
    # German names and places
    "Lahn-Dill-Kreis",
    "Hüttenberg-Rechtenbach",
    "Gießener Allgemeine",
    "Bad Nauheim",
    "Friedberger Straße",
]

test_furniture_fires, test_prose_is_quiet, test_clean_article_is_quiet = furniture_suite(BODY, FURNITURE, PROSE)
