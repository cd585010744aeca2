"""MT201 boilerplate-line, round 21: furniture shapes that recur across sites and writers
(``mtcheck.rules.widget_recurring``), each written for development in wordings of its own.

Shapes: paywall offers ("read with or without advertising", a price per month), subscription labels, the reader's
free or gift articles; the site's notes about the article itself (age, first publication, languages, read-out
voice); polls; comment moderation and posting counts; third-party content and consent; reader-reporter calls;
navigation to an interface object; service boxes told by their head noun (calculator, comparison, calendar) or
their promise of "the current values"; durations and agency credits; short interface lines left in German.

The negatives are news prose and subheads of the same topics, and German names and places.
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
    # paywall and subscription offers
    "Read without ads with the Premium subscription",
    "Continue reading with Plus",
    "Read this article now for 2 euros",
    "Read on without tracking for 3.99 euros a month",
    "Annual subscription: the first three months for 1 euro, then 9.90 euros",
    "Just 2.49 euros a month instead of 7.99 euros",
    "Take out a digital subscription now",
    "You have 3 free articles left this month",
    "Your free trial ends in 5 days.",
    # the site's notes about the article itself
    "Please note: this article is more than two years old.",
    "This article was originally published in January 2021.",
    "This article is also available in English and Italian.",
    "Listen to this article: 4 minutes",
    "Text read aloud by a synthetic voice",
    "Let this article be read aloud",
    # polls
    "Reader poll: Do you think the new bridge is worth the money?",
    "Take part in our reader poll now",
    "Vote counted! Thank you for your participation.",
    "The poll has ended.",
    # comment moderation and counts
    "Comments are closed.",
    "Your posting will be checked before it is published.",
    "Report offensive posting",
    "Show 12 more postings",
    "Our guidelines for comments",
    # third-party content and consent
    "Content from an external platform",
    "Personal data may be transferred to third parties.",
    "Withdraw consent",
    "YouTube content",
    # reader reporters
    "Send us your pictures and tips via WhatsApp",
    "Become a reader reporter: send us your story",
    # navigation
    "Back to the home page",
    "To the live ticker",
    "To the media library",
    # service boxes by head noun and current values
    "Pension calculator: how much will you get?",
    "Electricity price comparison: find the cheapest tariff",
    "School holiday calendar: when the holidays start in every state",
    "Air quality in the city: the current readings at all stations",
    "Ferry connections: all current closures",
    # durations and agency credits
    "Podcast duration: 24 min.",
    "Running time: 90 minutes",
    "ab/dpa/Reuters",
    "tagesschau.de, kfe/AFP",
    # interface lines left in German
    "Artikel drucken",
    "Kommentar schreiben",
    "Nach oben scrollen",
    "Alle Einstellungen speichern",
]

PROSE = [
    # the same topics in news prose
    "The newspaper lost 3,000 subscribers last year, the publisher said.",
    "Read the statement in full",
    "Readers can comment on the plans until Friday.",
    "The survey was conducted among 1,000 residents.",
    "Survey: majority backs a speed limit",
    "The poll closed at 6 p.m. and the results are expected tonight.",
    "Comments by the mayor drew criticism from the opposition.",
    "The tickets cost 12 euros a month for pupils.",
    "The content of the report was not made public.",
    "Analysis: which parties gain from the reform",
    "Background: what we know about the attack",
    "Weather: storms expected in the south",
    "The current situation remains tense, police said.",
    "Ceasefire: the current situation in the north",
    "To the surprise of many, the mayor resigned.",
    "Back to the drawing board",
    "The calculator was used to check the sums.",
    "Send us your view, the mayor told residents.",
    # subheads and quotes of a normal article
    "A long road ahead",
    "This article was written by two reporters who visited the site.",
    "The presumption of innocence applies.",
    # German names and places
    "Haus der Kunst",
    "Bayern München",
    "Frankfurter Allgemeine Zeitung",
    "Deutsche Bahn",
    "Am Ende des Tages",
    "Wir schaffen das",
    "Garden calendar of the monks: a find in the archive",
    "Price comparison: discounters cheaper than supermarkets",
]

test_furniture_fires, test_prose_is_quiet, test_clean_article_is_quiet = furniture_suite(BODY, FURNITURE, PROSE)
