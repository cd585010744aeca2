"""MT201 boilerplate-line, round 9: the furniture of German, Austrian and Swiss news sites, by kind.

Written by hand for development (no evaluation material read): e-paper, app, podcast, newsletter and
push prompts, gallery and video-player text, photo and agency credits, author boxes, correction notes,
regional navigation, "more on the topic" teasers, live-ticker controls, comment and sharing widgets,
ad labels, paywall and consent prompts, horoscope, weather, traffic, sport-table and result widgets,
quiz and poll widgets, event listings, classifieds, counters, read-aloud players, broadcasters'
programme notes and service boxes. The negatives are subheads, headlines and short sentences of news
prose that share the widgets' words.
"""
from __future__ import annotations

from tests.conftest import furniture_suite

BODY = [
    "Council approves new tram line for Freiburg",
    "Freiburg. The municipal council has approved the construction of a new tram line to the "
    "western districts. The decision on Thursday evening was taken by a large majority.",
    "The line is to run for six kilometres and connect around 20,000 residents to the city centre.",
    "Construction to start in 2026",
    "According to the transport company, construction work is due to begin in spring 2026.",
    "The costs are estimated at around 90 million euros, most of which is to be borne by the state.",
]

FURNITURE = [
    # e-paper, app, podcast, newsletter, push
    "Read the e-paper now",
    "E-paper: today's edition as a PDF",
    "Download our news app for free now",
    "Listen to the episode on Spotify, Apple Podcasts or wherever you get your podcasts.",
    "Subscribe to our morning briefing newsletter",
    "The most important news of the day by e-mail",
    "Activate push notifications",
    "Get notified about new articles on this topic",
    "Follow topic",
    "Add to my topics",
    # galleries, video players
    "Picture gallery: 12 photos",
    "Image 3 of 15",
    "To the picture gallery",
    "Video duration: 01:34 min",
    "The video could not be loaded.",
    "Play video",
    # credits
    "Photo: Marijan Murat/dpa",
    "Image: picture alliance / dpa | Kay Nietfeld",
    "© dpa-infocom, dpa:230514-99-12345/3",
    "With material from dpa and AFP",
    # author boxes, corrections
    "More articles by this author",
    "Show all articles by Julia Weber",
    "Correction note: In an earlier version of this article, we wrote that the line would cost 60 million euros. "
    "We have corrected the error.",
    # regional navigation
    "Home > Region > Freiburg > City",
    "Select your region",
    "News from your district",
    # teasers
    "More on the topic",
    "You might also be interested in",
    "Also interesting:",
    # live ticker controls
    "Refresh ticker",
    "Show newest entries",
    "Show older posts",
    "This article is being updated continuously.",
    # comments, sharing
    "Comments (23)",
    "Write a comment",
    "The comment function for this article has been closed.",
    "To comment, you must be logged in.",
    "Share on Facebook",
    "Copy link",
    "Send via WhatsApp",
    # ads
    "Advertisement",
    "Sponsored content",
    "This article contains affiliate links.",
    "Read more after the ad",
    # paywall, consent
    "Already a subscriber? Log in here",
    "Unlock this article now",
    "Recommended editorial content",
    "At this point you will find external content from YouTube that complements the article.",
    "I agree to external content being displayed to me.",
    # horoscopes, weather, traffic
    "Aries (21.03. - 20.04.)",
    "Horoscope for today: Taurus",
    "Today: 18°C, partly cloudy",
    "Precipitation probability: 30 percent",
    "Sunrise: 05:34",
    "A5 Karlsruhe towards Basel: 5 km traffic jam",
    "Traffic reports for Baden-Württemberg",
    # sport tables, results
    "Pl. Team Matches Goals Pts.",
    "Matchday 28",
    "Results and table",
    "Show all matches",
    # quiz, poll
    "Vote now!",
    "What do you think? Vote in our poll",
    "Question 3 of 10",
    "Show result",
    # events, classifieds
    "Admission: 12 euros, reduced 8 euros",
    "Tickets: from 19 euros at all advance booking offices",
    "Place an ad",
    "Find death notices",
    # counters, timestamps
    "4,512 views",
    "Reading time: 4 minutes",
    "Published on 14.05.2023 at 10:32",
    # read-aloud, article tools
    "Listen to article",
    "This article was read aloud by an artificial voice.",
    "Save article",
    "Font size",
    # tips, contact, service boxes
    "Do you have a tip for us? Write to us on WhatsApp.",
    "Contact the editorial team",
    "Telephone counselling can be reached free of charge around the clock on 0800 111 0 111.",
    # broadcasters
    "This topic in the programme: Bayern 2, radioWelt, 14.05.2023, 08:00",
    "Available in the media library until 14.06.2023",
    "Broadcast: Hessenschau, 19:30",
    # navigation
    "Back to top",
    "To the homepage",
    # stock widget
    "DAX 15,432.12 +0.45%",
]

PROSE = [
    # subheads and headlines
    "Traffic chaos in the city centre",
    "Comments from the opposition",
    "Vote in the Bundestag postponed",
    "More money for schools",
    "Results of the study surprise researchers",
    "Photos show extent of the damage",
    "The table leaders stumble in Bochum",
    "Horoscope app fined for data breach",
    "Weather service warns of storms",
    "A new chapter for the region",
    "Matchday of surprises",
    "Follow the money",
    "Back to the roots",
    "Share prices fall sharply",
    "Subscribers leave the broadcaster",
    # short sentences of prose with furniture words
    "The app was downloaded by two million users within a week.",
    "Readers can vote for their favourite bakery until Friday.",
    "The poll shows 64 percent support for the project.",
    "Photos from the scene show several burnt-out cars.",
    "The newsletter had been sent to 40,000 recipients, the company said.",
    "The video was shared thousands of times on social media.",
    "Bayern Munich beat Borussia Dortmund 2-1 on Saturday.",
    "On matchday 28, Freiburg travel to Leipzig.",
    "The comments of the mayor caused outrage in the council.",
    "Tickets for the concert sold out within minutes.",
    "The ad was withdrawn after complaints from viewers.",
    "Admission to the museum will be free on Sunday.",
    "The police have set up a hotline for witnesses.",
    "Anyone with information should contact the police in Freiburg.",
    "The broadcast was watched by 5.2 million viewers.",
    "The e-paper edition has 12,000 subscribers, the publisher said.",
    "The DAX closed 0.5 percent higher on Friday.",
    "Temperatures will reach 18 degrees on Sunday, the weather service said.",
    "There was a five-kilometre traffic jam on the A5 near Karlsruhe.",
    "The gallery is showing 40 works by Paula Modersohn-Becker.",
    "The author Julia Franck read from her new novel.",
    "Correction of the budget is unavoidable, the finance minister said.",
    "The region is waiting for the decision.",
    "More than 300 people attended the meeting.",
    "Please stay at home, the mayor urged residents.",
    # quotes with furniture words
    "\"Share the burden fairly,\" the union demanded.",
    "\"We will not give up,\" said Anna Schneider.",
    "\"Vote for change,\" the candidate told her supporters.",
    "\"Read the contract first,\" the consumer advice centre advises.",
    "\"This is a question of trust,\" said Markus Söder.",
    # names, places, brands
    "Deutsche Bahn wants to modernise 1,800 stations.",
    "Spotify reported a rise in subscribers in the second quarter.",
    "The Zugspitze was closed to visitors on Tuesday.",
    "Siemens Energy expects a loss again this year.",
    "The WhatsApp group had more than 200 members.",
    "In Basel, the Rhine reached a record temperature.",
    "In Graz, the ÖVP and the Greens are negotiating.",
    "Zurich's city council approved the budget.",
    # prose that reads like a service line
    "Sunrise over the Alps drew hundreds of hikers.",
    "The quiz show host announced his retirement.",
    "Question time in parliament was heated.",
    "The results will be published next week.",
    "Reading time in schools is to be increased.",
    "The death notices of the victims were published on Monday.",
    "The station was closed for two hours.",
    # lines that share the shape or words of the widgets above
    "Wind: the new turbines produce 30 percent more power",
    "Today: 18 degrees and a record for October",
    "Matchday 28: Bayern stumble in Bochum",
    "Results and tables of the study were published in the journal.",
    "A5: traffic jam after accident near Karlsruhe",
    "Admission: free for children under 12, the organisers said.",
    "Tickets: the club has sold out its allocation for the final",
    "Repeat: the minister said on Monday at 10:00 that he would resign",
    "To vote, you must be registered in the electoral roll.",
    "To comment on the case, the ministry needs more time.",
    "The video could not be verified independently.",
    "The list is updated regularly by the health ministry.",
    "More to follow on the budget in the autumn, the chancellor said.",
    "Choose your words carefully, the judge warned.",
    "Leo (12) and his sister Mia (9) were rescued by the fire brigade.",
    "Cancer (2019 to 2023): survival rates improve",
    "Question 3 of the referendum concerns the pension age.",
    "Show results, not promises, the opposition demanded.",
    "The hotline is available around the clock on 0800 123 456, the police said.",
    "Witnesses can contact the police around the clock on 0761 882-0.",
    "Available until 14 June, the tickets cost 25 euros.",
    "The most important news of the day was the resignation.",
    "Team Germany won gold silver bronze",
    "Get notified when the parcel arrives, the app promises.",
    "Telephone counselling services report record demand",
    "The most important news by e-mail: a new service from the city",
    "Your district: how the new tax affects homeowners",
    "Precipitation: the wettest spring since 1881",
    "Humidity and heat: doctors warn of health risks",
    "The programme on 14 May: Beethoven, Brahms and Schubert",
    "4,512 voters signed the petition.",
    "1,200 comments on the proposal were received by the ministry.",
    "Do you have a tip for saving energy? Experts explain.",
    "The podcast is available now and has been downloaded 10,000 times.",
    "Aries Group reported higher sales.",
]


test_furniture_fires, test_prose_is_quiet, test_clean_article_is_quiet = furniture_suite(BODY, FURNITURE, PROSE)
