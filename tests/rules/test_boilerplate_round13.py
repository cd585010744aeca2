"""MT201 boilerplate-line, round 13: kinds of site furniture a blind set missed, told by their SHAPE.

Kinds: TV-guide and media-library lines (a question answered by a catalogue or a pointer, availability
dates, repeats, ratings); live-ticker self-descriptions; election tools (an input call, a first-person
question under a tool label, a bare graphic teaser); product tests and affiliate lines (the best items "in
the comparison", a link ending in an asterisk, price histories, "how we test"); recalls and warnings;
quiz scores, reader surveys and poll results; consent prompts with button labels; comment moderation;
ad-free subscription offers; recruitment calls; opening hours; picture galleries; recipe fact rows and
nutrition values; benefit and finder teasers; reality-TV teasers; tickers with a measured value; race
tickers "lap for lap", sail weather, free live streams, amateur results; sponsored-content labels;
interface German. The first line of each kind is the one a blind evaluation missed; the others are
variants written for development.

The negatives are what separates a subhead, a headline or news prose from furniture: a sentence with a
verb, a question without a catalogue answer, a topic label with a sentence, a museum's picture gallery,
a referendum result reported in prose, German names, places and brands.
"""
from __future__ import annotations

from tests.conftest import furniture_suite

BODY = [
    "Harbour expansion delayed again",
    "Hamburg. The expansion of the container terminal will be delayed by at least two years, the port "
    "authority announced on Wednesday. Costs have risen to 1.2 billion euros.",
    "The authority blamed supply problems and a shortage of skilled workers for the delay.",
    "Shipping companies react with concern",
    "Several shipping companies said they were considering moving traffic to Rotterdam.",
    "The senate wants to present a revised schedule in the autumn, a spokesman said.",
]

FURNITURE = [
    # TV guide and media library: a question answered by a catalogue or a pointer
    "What runs today on TV? The TV programme of all stations at a glance",
    "What's on TV tonight? All programmes at a glance",
    "Which films run in the cinema? The current cinema programme for your city",
    "Broadcast missed? Here to the media library",
    "Missed the show? Here to the live stream",
    "Malfunction at the Telekom? The current disturbance map for your place",
    "Internet down? The current outage map for your region",
    "In the ZDF media library: available until 14.06.2026",
    "In the ARD media library: available until 3 March 2026",
    "Available in the media library until 30.09.2026",
    "Repetition: Sunday, 11:30 o'clock in the Third",
    "Repeat: Monday, 23:15 on ARD",
    "Rebroadcast: Saturday, 10:05 a.m. on 3sat",
    "Ratings of yesterday: so many spectators switched on",
    "TV ratings of yesterday: so many viewers watched the final",
    "Viewing figures today: this is how many saw the Tatort",
    # live-ticker self-descriptions
    "The live ticker updates itself automatically. Newest entries stand on top.",
    "This live blog is updated continuously.",
    "The ticker refreshes automatically every 60 seconds.",
    "Newest entries at the top",
    # election tools
    "Results of your constituency: enter postcode or place",
    "Your polling station: enter your address",
    "Results from your municipality: simply enter the postcode",
    "Wahl-O-Mat for the Landtag election: which party fits to me?",
    "Election compass for the Bundestag election: which party suits me?",
    "Party quiz: which party is closest to me?",
    "Seat distribution in the new Landtag: the graphic",
    "Seat distribution in the Bundestag: the interactive graphic",
    "Election results by district: the map",
    # product tests and affiliate lines
    "Product test: the best robot vacuum cleaners in the comparison",
    "Electric toothbrushes: the 7 best models in the test",
    "Coffee machines 2026: the best fully automatic machines in comparison",
    "Test winner with the grade \"good\" (1.7) – to the offer*",
    "Currently 20 percent cheaper – to the offer*",
    "Price tip of the editorial team: view offer*",
    "Shop the look: this dress gives it here*",
    "The trainers in the picture are available here*",
    "Price course of the last 90 days",
    "Price history of the last 30 days",
    "Price development over the last 6 months",
    "This is how we test: our test procedure explained",
    "How we test: our criteria at a glance",
    # recalls and warnings
    "Current product recalls and warnings at a glance",
    "All current recalls at a glance",
    "The latest food warnings in the overview",
    "Food warning: please do not eat the product under any circumstances!",
    "Product warning: please do not use the charger any longer!",
    "Recall: please return the product to the shop",
    "Recall: affected customers get the purchase price back also without receipt.",
    "Product recall: customers can return the product even without a receipt.",
    "Recall: the purchase price will be refunded in all branches.",
    # quizzes, surveys and polls
    "Your result: you have answered 7 of 10 questions correctly.",
    "Your score: 8 out of 10 points",
    "You have answered 5 of 12 questions correctly.",
    "Take part in our reader survey and win an e-bike",
    "Join our reader survey now and win a tablet",
    "Participate in our competition and win two tickets",
    "Vote result: 63 % yes, 31 % no, 6 % undecided (1,204 votes)",
    "Poll result: 41 percent yes, 59 percent no",
    "Current result: 72 % yes, 28 % no (3,481 votes)",
    "The survey is not representative.",
    "This poll is not representative.",
    "The vote is not representative",
    # consent prompts with button labels
    "Do you want to receive push notifications from us? Later | Allow",
    "Stay informed with push messages? Not now | Activate",
    "Allow notifications? No thanks | Yes",
    # comment moderation
    "Comments are checked by the editorial team before activation. That can last.",
    "All comments are moderated by our editors before publication.",
    "Comment function deactivated because of numerous rule violations.",
    "The comment function for this article has been deactivated.",
    "Comment section closed because of numerous insults.",
    # ad-free subscription offers
    "Read with advertising or as PUR subscription without advertising tracking for 3.99 euros per month",
    "Continue reading with ads or ad-free for 2.99 euros a month",
    "Use with advertising or subscribe without ads for 1.99 € per month",
    # recruitment
    "Bundeswehr career: now apply as soldier on time",
    "Careers at the police: apply now for training",
    "Deutsche Bahn jobs: apply now as train driver",
    # opening hours of fairs and markets
    "Opening hours of the fair: daily from 9 to 18 o'clock. Entrance only for trade visitors.",
    "Opening times: Monday to Friday from 10 to 20 o'clock",
    "Opening hours of the Christmas market: daily 11 a.m. to 9 p.m.",
    # picture galleries
    "Fashion Week Berlin: the most beautiful looks of the catwalk in the picture gallery",
    "Oktoberfest 2026: the most beautiful dirndls in the photo gallery",
    "Carnival parade: the best costumes in 30 pictures",
    "To the picture gallery: click through 24 pictures",
    "Click through 15 photos",
    "To the photo gallery: the best pictures of the night",
    # recipe fact rows and nutrition values
    "Preparation time: 20 min. | Degree of difficulty: easy | Calories per portion: 480 kcal",
    "Cooking time: 45 minutes | Difficulty: medium | Servings: 4",
    "Working time: 30 min | Level: easy",
    "Nutrition values per 100 g: calorific value 1,046 kJ / 250 kcal",
    "Nutritional values per portion: 520 kcal, 24 g protein, 18 g fat",
    "Per serving: 380 kcal, 12 g fat, 40 g carbohydrates",
    # benefit, search and finder teasers
    "Child benefit 2026: all changes for parents in the overview",
    "Pension increase 2026: all changes for pensioners in the overview",
    "Citizen's income: all new rules in the overview",
    "Kita search: free care places in your city district",
    "Apartment search: free flats in your area",
    "Name finder: the most popular first names of the year",
    "Dog name finder: the most popular dog names of 2026",
    "Star news: the latest gossip from the world of the prominents",
    "Royal news: the latest gossip from the palace",
    "Celebrity ticker: the latest rumours from Hollywood",
    # reality-TV teasers
    "Jungle camp 2026: who must leave the camp today?",
    "Let's Dance 2026: who has to go tonight?",
    "Bachelor 2026: who gets the last rose today?",
    # tickers with a measured value
    "Climate ticker: CO2 concentration in the atmosphere today 425 ppm",
    "Debt clock: 2.4 trillion euros public debt today",
    "Corona ticker: incidence today 45.3",
    # race tickers, regattas, sail weather, live streams, amateur results
    "Formula 1 live ticker: the Grand Prix of Monza lap for lap",
    "Tour de France live ticker: the 12th stage kilometre by kilometre",
    "Champions League live: the final minute by minute",
    "Kiel Week 2026: programme, regattas and fireworks at a glance",
    "Harbour birthday 2026: programme, ships and fireworks at a glance",
    "Sail weather for the western Baltic Sea: wind 4 to 5, gusts 7 Beaufort",
    "Sailing weather for Lake Constance: wind 3 Beaufort from west",
    "Marine weather for the North Sea: wind 5 to 6, gusts 8 Beaufort",
    "Rowing World Cup live stream: free of charge and without registration",
    "Biathlon live stream: free and without registration",
    "Handball World Cup live stream: free of charge and legal",
    "Amateur football: the results of the district league from Sunday",
    "Handball regional league: all results of the weekend",
    "District league: the scores from Saturday",
    # sponsored-content labels
    "Sponsored contribution in cooperation with our partner",
    "Sponsored article in cooperation with our partner",
    "This content is brought to you by:",
    "This article is presented by:",
    "This content is sponsored by Vodafone",
    # interface German
    "Mediathek: Sendung verpasst?",
    "Mediathek: Folge verpasst?",
    "Jetzt abstimmen!",
    "Jetzt mitmachen!",
    "Push-Mitteilungen aktivieren",
    "Push-Benachrichtigungen aktivieren",
    "Alle Ergebnisse der Landtagswahl",
    "Alle Ergebnisse der Bundestagswahl",
]

PROSE = [
    # questions and catalogues in headlines and subheads
    "What runs on TV tonight? The networks are fighting for viewers",
    "Broadcast missed? The network apologised for the outage",
    "Internet down? Thousands of customers were affected on Monday",
    "Who is affected? The ministry did not say",
    "Heating law: what applies to me?",
    "Election 2026: the parties at a glance",
    "The new law at a glance",
    "Goals, chances, tears: the match in pictures",
    "The starting grid for the race on Sunday was decided in a thrilling qualifying.",
    # media library and broadcast prose
    "The film is available in the media library until June.",
    "The documentary will be repeated on Sunday at 11:30.",
    "Ratings: the final drew 12 million viewers",
    "Ratings fell sharply yesterday, the broadcaster said.",
    "Repeat offenders face tougher penalties",
    # tickers, updates and comments as news
    "The page updates automatically when new data arrives, the developers explained.",
    "The comment function was deactivated after hundreds of insults, the newspaper said.",
    "Comments by the mayor caused outrage.",
    "The comments were checked by the editorial team, the broadcaster said.",
    "Live ticker ends after twelve hours",
    "Step by step: how the coalition wants to cut taxes",
    "The Grand Prix of Monza lap for lap was a thriller.",
    # tests, prices, recalls as news
    "Product test: the new iPhone disappoints in the battery check",
    "The best players in the league",
    "Test winner Stiftung Warentest criticises manufacturers",
    "Price development: inflation falls to 2.1 percent",
    "The price course of the last 90 days shows a clear trend.",
    "Recall: the carmaker calls back 100,000 vehicles",
    "Recall: Volkswagen is recalling 40,000 cars because of faulty brakes",
    "Food warning for salami from Bavaria",
    "Please do not eat the mushrooms, the authority warned.",
    "How we tested the new law",
    # polls and surveys as news
    "The result: 52 percent yes, 48 percent no",
    "Referendum: 52 percent yes, 48 percent no",
    "In the referendum, 63 % voted yes and 31 % no.",
    "The survey is representative of the population, the institute said.",
    "The survey was conducted among 1,000 people.",
    "Seven of ten questions concerned the budget.",
    "Take part in the debate, the minister urged.",
    "Take part in our democracy",
    # subscription, jobs, hours, galleries, recipes
    "Readers can choose to read with advertising or pay 3.99 euros per month for a subscription, the publisher said.",
    "The Bundeswehr wants to recruit 20,000 new soldiers.",
    "Apply now or wait? What experts advise",
    "The fair is open daily from 9 a.m. to 6 p.m., the organisers said.",
    "Opening hours: the shops may open longer",
    "Rembrandt's works are on display in the picture gallery.",
    "The pictures in the gallery were damaged in the fire.",
    "The dish has 480 kcal per portion.",
    "Preparation time for the summit was short.",
    "Child benefit 2026: parents get 10 euros more",
    "Name finder: the parents chose Emma",
    "The latest gossip from the palace amused the royals.",
    "Who must leave the camp today?",
    "Jungle camp: Tim Mälzer has to leave the camp",
    "Climate ticker: the CO2 concentration rises to a new record",
    "Kiel Week 2026: the fireworks are cancelled",
    "Sail weather: regatta postponed because of storm",
    "Wind 4 to 5 made the race difficult.",
    "Amateur football: the referee was attacked",
    "The results of the district league from Sunday surprised everyone.",
    "The content is brought to you by the same team that made the film.",
    "In cooperation with our partner countries, the ministry launched the programme.",
    # quotes
    "\"Later | Allow\" is all the prompt says, the tester complained.",
    "\"The survey is not representative,\" the minister said.",
    # German names, places and brands
    "Kiel celebrates the sailors",
    "Mediathek of ZDF reaches record",
    "Alle Achtung, says the coach",
    "Jetzt or never for the Greens",
    "Bad Tölz celebrates its spa anniversary",
    "Spielberg returns to Berlin",
]

test_furniture_fires, test_prose_is_quiet, test_clean_article_is_quiet = furniture_suite(BODY, FURNITURE, PROSE)
