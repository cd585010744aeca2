"""MT201 boilerplate-line, round 15: kinds of site furniture a blind set missed, told by their SHAPE.

Most misses were well-known kinds whose patterns were too narrow: "Read also on this:", "Also interesting
for you:", "This article appeared first in", a newsletter header with a topic ("Newsletter Near East:"),
a confirmation prompt "over the link", the author-page link of a correspondent, two sort orders joined
by "|". New shapes: consent and cancellation notes of a sign-up form; live-blog headers and auto-update
notes; interactive-map, full-screen and graphic-source lines; read-aloud notes with an artificial voice;
download-the-ruling notes and court file numbers; calculator and partner-offer teasers; service labels
("Book tip:", "Event calendar:", "Reading list:", "Explanation video:"); calendar and filter controls;
topic-page and dossier links with their topic; bookmark buttons; series navigation; travel-invitation
disclosures; "Zum ..." links left in German. The first line of each kind is the one a blind evaluation
missed; the others are variants written for development.

The negatives are news prose and headlines with the same words: a registration or a calculator in a
sentence, a live blog reported as news, "What we know" as English prose, a court ruling reported with its
date, invitations and tips in prose, German names and places.

Left alone: "Programme of the Leipzig Book Fair: where which author reads when" (a programme headline; only
its German word order tells it), "What we know – and what not" and "The state of things at 14 o'clock: what
is known so far" (English news uses "What we know so far" as a subhead).
"""
from __future__ import annotations

from tests.conftest import furniture_suite

BODY = [
    "Asylum applications fall for the third month",
    "Berlin. The number of first-time asylum applications fell again in March, the federal office said on "
    "Tuesday. Most applicants came from Syria and Afghanistan.",
    "The interior minister welcomed the figures but warned against drawing early conclusions.",
    "States call for more money",
    "Several federal states demanded more support for housing refugees.",
    "A summit with the chancellor is planned for June, a government spokesman said.",
]

FURNITURE = [
    # correspondent teasers and author pages
    "Our correspondent reports from Nairobi. More texts from Africa you find on our topic page.",
    "More articles from the Middle East you find on our topic page.",
    "Further reports from Asia can be found on our topic page.",
    "All articles of this correspondent | Author follow",
    "All articles of this reporter | Follow author",
    "More articles of the correspondent",
    # newsletter sign-up, consent and confirmation prompts
    "Newsletter Near East: the situation every evening in your mailbox – register now free of charge",
    "Newsletter Ukraine: the most important news every morning in your inbox",
    "Founders' newsletter: the most important financing rounds of the week every Thursday",
    "Sports newsletter: all results of the weekend every Monday",
    "With the registration you agree to the data protection notes. A cancellation is possible at any time.",
    "With your registration you agree to the privacy policy.",
    "A cancellation is possible at any time.",
    "Unsubscribing is possible at any time.",
    "Almost done! Please confirm your registration over the link in the e-mail we have sent you.",
    "Please confirm your registration via the link in the e-mail.",
    "Almost there! Please confirm your subscription using the link we sent you.",
    # "Read also" teasers
    "Read also on this: Floods in the south: thousands evacuated",
    "Read also on the topic: Why the talks in Geneva failed",
    "Also interesting for you:",
    "Also interesting: Why rents keep rising",
    # live-blog headers, auto-update and sort controls
    "Live blog to the war in the Near East: all developments of the day",
    "Live blog on the election in France: all news of the evening",
    "The live blog updates itself automatically. Switch off auto-update",
    "Switch off auto-update",
    "Turn on automatic updates",
    "Newest entries first | Oldest entries first",
    "Newest posts first | Oldest posts first",
    # interactive maps, full-screen prompts, graphic source lines
    "Interactive map: click on a federal state to see the asylum figures.",
    "Interactive graphic: move the mouse over a bar to see the values.",
    "To the full-screen view of the graphic",
    "Show the map in full-screen mode",
    "Source: Federal Office for Migration and Refugees; as of: end of March; graphic: own representation",
    "Source: Federal Statistical Office; as of: 2025",
    "Graphic: own representation",
    # read-aloud notes with an artificial voice
    "Here you can listen to the article (7 minutes). Read by an artificial voice.",
    "Read by an artificial voice.",
    "Here you can listen to the article. Spoken by a synthetic voice.",
    # download-the-ruling notes and file numbers
    "The verdict in the wording: here you can download the decision as PDF.",
    "The ruling in full text: here you can download the judgment as a PDF.",
    "Here you can download the study as PDF.",
    "Judgement of 12 March 2026, file number VIII ZR 45/24",
    "Decision of 4 May 2025, file number 1 BvR 2656/18",
    "File number: 2 StR 123/23",
    # calculator and partner-offer teasers
    "Rent or buy? Our calculator helps you with the decision.",
    "Our calculator shows how much you will get.",
    "Property offers in your region – in cooperation with our partner",
    "Job offers in your region – in cooperation with our partner Stepstone",
    "All car tests at a glance: prices, range, consumption",
    "All product tests at a glance",
    # service labels
    "Book tip of the editorial office: our reviewer recommends this novel",
    "Exhibition tip: until 14 September in the Kunsthalle, Tue–Sun 10–18 o'clock, entrance 12 euros, reduced 8 euros",
    "Tour tip: from the valley station up to the summit cross – 4 hours, 900 metres of altitude",
    "Excursion tip: the five most beautiful lakes in Brandenburg",
    "Event calendar: what goes on this weekend?",
    "Events calendar: concerts, markets and festivals in the region",
    "Reading list: five books for the summer holiday",
    "Mountain weather: the avalanche situation report for the Bavarian Alps",
    "Explanation video: so works the Federal Constitutional Court",
    "Explanatory video: how the electoral system works",
    # tickets, calendars and filters
    "Tickets for the exhibition you receive at the museum cash desk or in the online shop.",
    "Tickets you get at the box office or in our online shop.",
    "Date in the calendar take over",
    "Add date to calendar",
    "All events in your region – filter by date, place and category",
    "Concerts near you: filter by date and location",
    # topic pages and dossiers
    "To the topic page migration",
    "To the topic page: energy transition",
    "All articles to the topic asylum",
    "All articles on the topic of climate change",
    "To the dossier: 75 years Basic Law",
    # bookmarks and series navigation
    "Article remember | Read later",
    "Remember article",
    "Read later",
    "Part 3 of 5 | To part 4 of the series",
    "To part 2 of the series",
    # disclosures and origin notes
    "Our reporter travelled on invitation of the tourism association. This has no influence on the reporting.",
    "The author travelled at the invitation of the airline. This had no influence on the reporting.",
    "This article appeared first in the 'Kleine Zeitung'.",
    "This text appeared first in the Frankfurter Rundschau.",
    # German links
    "Zum Bergwetter",
    "Zum Liveblog",
    "Zur Bildergalerie",
]

PROSE = [
    # registration, consent, confirmation in prose
    "With the registration of new voters, the electoral roll grew by 4 percent.",
    "The registration is possible at any time, the authority said.",
    "Cancellation is possible at any time, the airline told passengers.",
    "Please confirm your attendance by Friday, the invitation said.",
    "The newsletter of the ministry was sent to 10,000 households.",
    "Newsletter publishers are struggling with new data rules.",
    # reading, live blogs, updates
    "Read also the minutes, the judge told the lawyers.",
    "Also interesting is the role of the unions.",
    "The live blog was followed by millions of readers.",
    "The software updates itself automatically, the company said.",
    "Newest models first went on sale in Japan.",
    # maps, graphics, sources, voices
    "The interactive map shows where the floods hit hardest.",
    "Sources close to the government said the talks had failed.",
    "The graphic designer was honoured in Milan.",
    "Read by millions, the blog became a political force.",
    "An artificial voice read out the verdict in the app, which critics called undignified.",
    "What we know about the attack",
    "What we know so far",
    # rulings, numbers
    "The judgment of 12 March was overturned by the Federal Court of Justice.",
    "Here you can see the damage the storm caused, the mayor said.",
    "Part 3 of the plan foresees new taxes.",
    # calculators, offers, tips, events
    "Our calculations show that rents will rise further, the institute said.",
    "The calculator was invented in the 17th century.",
    "The offers in the region were cheaper than in Munich, the study found.",
    "All car tests showed the same defect, the inspectors said.",
    "A tip from a neighbour led the police to the suspect.",
    "Tickets for the final sold out within minutes.",
    "The event calendar of the city is full this summer.",
    "Reading lists in schools are to be revised.",
    "Mountain rescuers saved two hikers on the Zugspitze.",
    "Filter by date was not possible in the old app, users complained.",
    # topic pages, dossiers, series, bookmarks
    "To the topic of migration, the minister said nothing.",
    "To the dossier, the committee added three new chapters.",
    "All articles of the constitution apply, the court said.",
    "Remember the Alamo",
    "Read later chapters of the report for details.",
    # invitations, origins, German names
    "Our reporter travelled to Kyiv by train.",
    "The minister travelled at the invitation of the Chinese government.",
    "This has no influence on the interest rate, the bank said.",
    "This article of the treaty appeared first in 1957.",
    "Zum Beispiel, as Germans say, is a common phrase.",
    "The restaurant Zum Goldenen Hirsch reopened on Friday.",
    "Bergwetter",
]

test_furniture_fires, test_prose_is_quiet, test_clean_article_is_quiet = furniture_suite(BODY, FURNITURE, PROSE)
