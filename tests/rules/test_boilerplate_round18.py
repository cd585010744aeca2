"""MT201 boilerplate-line, round 18: national-news furniture a blind set missed, told by its SHAPE.

A blind set on national news (politics, NATO and the war, the economy and markets, courts, migration, health)
showed live-blog controls and notes, special and explainer teasers ("...: all information in our special",
"Map of the war: where ...", "Chronology: how ...", "Explained simply: what ...?"), polls ("Sunday question: if
there were ..."), market widgets and disclaimers, live-ticker teasers with a start time, hotlines and on-call
numbers, editorial notes on unverifiable information, podcast teasers and player consent, gift-article and
metered-paywall prompts, comment moderation and topic-follow prompts. The first line of each kind is the one
a blind evaluation missed; the others are variants written for development.

The negatives are news prose and subheads of the same topics: a market report, a NATO summit subhead, a
sentence quoting a poll, a court report, "Questions remain about the deal.", German names and places.
"""
from __future__ import annotations

from tests.conftest import furniture_suite

BODY = [
    "NATO agrees on new spending target",
    "Brussels. The NATO member states on Wednesday agreed to raise their defence spending to three per cent "
    "of their economic output by 2030. Chancellor Friedrich Merz called the decision historic.",
    "Several eastern European members had pushed for an even higher target, diplomats said.",
    "Doubts in Berlin",
    "The Greens and the Left criticised the plan as unaffordable in the Bundestag on Thursday.",
    "The finance minister said the money would come from a special fund.",
]

FURNITURE = [
    # live-blog controls and notes
    "The events of the previous day you can read here.",
    "The events of Monday you can read here.",
    "What happened yesterday you can read here.",
    "Older entries load",
    "Load older entries",
    "Newer entries load",
    "Sort entries: newest first | oldest first",
    "Sort posts: oldest first | newest first",
    "Pinned by the editorial team",
    "Pinned by the editors",
    "Refresh live blog manually",
    "Update live ticker manually",
    "The live blog is ended. Further information you find in our overview.",
    "The live ticker is ended. All further developments you find in our new live blog.",
    "Liveblog aktualisieren",
    "Liveticker aktualisieren",
    # special and explainer teasers
    "NATO summit: all information in our special",
    "Federal election 2025: all information in our special",
    "War in Ukraine: all news in our special",
    "Map of the war: where the front line runs today",
    "Map of the attacks: where the rockets hit",
    "Interactive map: the situation in the Middle East at a glance",
    "Interactive map: the front lines in Ukraine at a glance",
    "Chronology: how the conflict escalated step by step",
    "Chronology: how the coalition broke apart",
    "Explained simply: what does Article 5 of the NATO treaty regulate?",
    "Explained simply: what is the debt brake?",
    "Questions and answers: what the candidate status for the EU accession means",
    "Questions and answers on the asylum compromise: what applies from now",
    "Questions and answers on the pension package: what changes for pensioners",
    "Questions and answers: who pays for the special fund?",
    # polls
    "Sunday question: if there were a federal election next Sunday …",
    "Sunday question: if there were a state election next Sunday ...",
    "Poll barometer: so the parties currently stand",
    "Poll barometer: so the parties stand in the latest polls",
    "Who would you vote for? Make the Wahl-O-Mat now",
    "Make the Wahl-O-Mat now",
    "Which party suits you? Do the Wahl-O-Mat now",
    # market widgets and disclaimers
    "Stock exchange today: DAX closes in the plus – the market report",
    "Stock exchange today: Wall Street opens weaker – the market report",
    "Share prices in real time: all values of the leading index",
    "Share prices in real time: all values of the MDAX",
    "Depot check: should investors now get in?",
    "Depot check: should shareholders now sell?",
    "No investment advice. Price data delayed by at least 15 minutes.",
    "No investment advice. Prices delayed by 20 minutes.",
    "Market overview: DAX, MDAX, TecDAX and Euro Stoxx 50 in real time",
    "Market overview: DAX, Dow Jones and Nikkei in real time",
    # affiliate notes
    "*This is an affiliate link. If you conclude a contract via it, we receive a commission.",
    "*This is an affiliate link. If you buy via it, we receive a commission.",
    # live-ticker teasers with a start time, live reports
    "Interest decision of the ECB: the press conference live from 14:45",
    "Government statement of the chancellor: the speech live from 9 o'clock",
    "The verdict in the live ticker: the court announces its decision from 10 o'clock",
    "The vote in the live ticker: the Bundestag decides from 11 o'clock",
    "From the court hall: our reporter reports live",
    "From the plenary hall: our correspondent reports live",
    # hotlines and on-call numbers
    "Hotline for questions about the deportation: Mon–Fri from 8 to 16 o'clock",
    "Hotline for questions about the heating law: Mon–Fri from 9 to 18 o'clock",
    "Medical on-call service: in urgent cases dial 116 117",
    "Dental emergency service: in urgent cases dial 0180 5 986 700",
    # editorial notes
    "Note of the editorial team: information from the war zone cannot be checked independently.",
    "Note of the editors: statements of the warring parties cannot be verified independently.",
    # podcasts and player consent
    "The Situation – the foreign policy podcast. New every Friday.",
    "The Morning Briefing – the news podcast. New every weekday.",
    "To listen to the podcast, please agree to the loading of the external player.",
    "To watch the video, please agree to the loading of the external player.",
    # gift articles, paywall counters, unlock prompts
    "This article was given to you as a gift. Test now 4 weeks for 1 euro.",
    "This article was gifted to you. Test now 30 days for free.",
    "Free articles this month: 2 of 3 used",
    "Free articles this month: 1 of 5 read",
    "Unlock now with one click and read on",
    "Unlock now and read on",
    # comment moderation, topic follow and push
    "Comments are activated after examination by the editorial team.",
    "Comments are published after examination by the editorial team.",
    "More on the topic Middle East conflict",
    "More on the topic pension reform",
    "Follow the topic Ukraine and get informed about new articles",
    "Follow the topic migration and get informed about new articles",
    "Push notification for this topic activated",
    "Push notifications for this topic deactivated",
]

PROSE = [
    # markets
    "The DAX closed higher on Friday.",
    "Stock exchange in Frankfurt: DAX closes in the plus",
    "Share prices fell sharply in early trading, dealers said.",
    "Investors should now get in, the analyst said.",
    "No investment is too big for the defence industry, the minister said.",
    "The market report of the Bundesbank was published on Monday.",
    # NATO, war, politics
    "NATO summit: leaders agree on new spending target",
    "NATO summit: Trump threatens allies with withdrawal",
    "War in Ukraine: Russia launches new attacks on Kyiv",
    "The map of the war shows where the front line runs today.",
    "Chronology of a crisis",
    "The chronology shows how the conflict escalated step by step.",
    "Questions remain about the deal.",
    "Questions and answers were exchanged for three hours in the committee.",
    "Explained simply, the debt brake limits new borrowing.",
    "The events of the previous day were overshadowed by the attack.",
    "You can read the full text of the treaty on the NATO website.",
    "Pinned down by artillery fire, the soldiers retreated.",
    "The editorial team was pinned down by shelling for hours.",
    # polls
    "In the latest Sunday question, the CDU reached 30 per cent.",
    "If there were a federal election next Sunday, the CDU would get 30 per cent, according to the poll.",
    "Poll: majority of Germans support higher defence spending",
    "The poll barometer of ZDF saw the Greens at 12 per cent.",
    "Who would you vote for? Many voters are still undecided, the pollsters said.",
    # courts, migration, health
    "The court announced its decision on Tuesday.",
    "The verdict is expected from 10 o'clock, a court spokesman said.",
    "From the court hall, the defendant's lawyer called for an acquittal.",
    "The hotline received 4,000 calls in the first week, the ministry said.",
    "In urgent cases, patients should dial 112, the doctors' association said.",
    "Information from the war zone cannot be checked independently.",
    "The comments were published after examination by the lawyers.",
    "More on the topic of migration was not said at the press conference.",
    "Follow the money, the prosecutor told the jury.",
    "The podcast was downloaded 2 million times last year.",
    "The article was given to the prosecutor as evidence.",
    "Free articles of trade were agreed in the treaty.",
    "Unlock the potential of the economy, the minister urged.",
    "The live blog of the Bundestag was ended after the vote.",
    # German names and places
    "Friedrich Merz met Emmanuel Macron in the Élysée Palace.",
    "The Federal Constitutional Court in Karlsruhe ruled on Wednesday.",
]

test_furniture_fires, test_prose_is_quiet, test_clean_article_is_quiet = furniture_suite(BODY, FURNITURE, PROSE)
