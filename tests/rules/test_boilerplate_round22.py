"""MT201 boilerplate-line, round 22: furniture shapes found in the read material of several writers at once
(``mtcheck.rules.widget_crosswriter``), each written for development in wordings of its own.

Shapes: status messages of the player or the site; credits of data, text and pictures; related-article labels;
alert and notification prompts; the site's disclaimers; subscription offers of a brand or a membership; partner
offers; star ratings; a stream's status; "as of" data stamps; a label with a telephone number; consent and footer
links; speed-camera reports; place selectors with a list; status teasers ("which ... are closed"); calls on an
interface object; German pointers. "<noun phrase> at a glance" stays out: it is an explainer's subhead as often as a
box title (earlier rounds' negatives).

The negatives are news prose and subheads of the same topics, how-to imperatives, and German names and places.
"""
from __future__ import annotations

from tests.conftest import furniture_suite

BODY = [
    "Town hall gets new roof",
    "Göttingen. The renovation of the town hall roof is to begin in May, the city administration announced on "
    "Wednesday. The work is expected to cost 2.3 million euros.",
    "The old roof had been leaking for years, a spokesman said.",
    "Traffic restrictions",
    "During the work, the market square will be partly closed to traffic.",
    "The roof is to be finished by the end of the year.",
]

FURNITURE = [
    # status messages of the player or the site
    "Playback failed. Please try again later.",
    "This audio is not available in your region.",
    "The stream could not be loaded. Error code 5021",
    "Please enable JavaScript to view this content.",
    "You are currently offline.",
    "Your session has expired. Please log in again.",
    "Link copied to clipboard",
    "Forgot your password?",
    "Stay signed in",
    # credits of data, text and pictures
    "Text: Maria Huber, photos: Tobias Lang",
    "Source: Federal Employment Agency, graphic: Lisa Brandt",
    "Data: Eurostat, own calculations",
    "Market data delayed by 20 minutes",
    "Quotes: Xetra, delayed by 15 minutes",
    "Picture rights: Peter Kneffel/dpa",
    "Map: © OpenStreetMap contributors",
    "Chart created with Flourish",
    "With material from the German Press Agency",
    "Translated with DeepL",
    # related-article labels
    "Also interesting: Farmers block motorway near Kassel",
    "This might also interest you: New bridge opens in spring",
    "Other readers were also interested in: Zoo welcomes twin elephants",
    "Reading recommendation: How the city plans to cut traffic",
    "Matching the topic: The history of the old harbour",
    "Most read stories of the week",
    "Most read in the past 7 days",
    # alert and notification prompts
    "Push notifications: the most important news straight to your phone",
    "Turn on push notifications now",
    "Notify me about new episodes",
    "Keep me up to date on this topic",
    "Would you like to be informed about new podcasts? You can turn off the alerts at any time.",
    "You can unsubscribe from the newsletter at any time.",
    # the site's disclaimers
    "This text does not replace professional medical advice.",
    "The information in this article does not substitute for a consultation with a tax adviser.",
    "Prices may have changed in the meantime.",
    "All information without guarantee",
    "No investment advice",
    "Risk warning: leveraged products can lead to a total loss.",
    "*Names changed by the editorial team",
    "Links marked with an asterisk are affiliate links.",
    "Affiliate link: we receive a small commission on purchases.",
    "Trigger warning: this report describes sexual violence.",
    "Gambling can be addictive. Help at www.check-dein-spiel.de",
    # subscription offers of a brand or a membership
    "Continue reading with Kurier Premium",
    "With an NZZ Pro subscription you can read all articles",
    "Become a member now and read all articles without limits",
    "Your benefits: unlimited articles, the e-paper and the podcast app",
    "Unlock article now",
    "Manage your membership",
    "Try Welt+ for 30 days free of charge",
    "Gift the article: the recipient reads it without a subscription",
    "Use ad-free: subscribe to Pur",
    "Accept cookies and continue",
    # partner offers, ratings
    "Deals from our partners",
    "Sponsored content by our advertising partner",
    "Advertorial: a text by our cooperation partner",
    "End of advertisement",
    "Our verdict: 3 out of 5 stars",
    "Book review: four of five stars",
    # a stream's status
    "The live ticker has ended. Thanks for reading.",
    "The livestream begins in 5 minutes.",
    "Council session live: the stream starts at 7 p.m.",
    "Live blog to read again",
    # as-of stamps and telephone labels
    "Figures as of today, 10 a.m.",
    "Standings (as of 9 p.m.)",
    "Prices as of 12.03.2025",
    "Help for people with debt problems: 0800 222 33 44",
    "Reader service: 040 123 456 78 (free of charge)",
    # consent and footer links
    "You can withdraw your consent at any time in the settings.",
    "By registering I accept the privacy policy.",
    "Terms of use",
    "Cookie settings",
    # speed cameras, selectors, status teasers
    "Speed checks today in Munich",
    "Radar traps this week: all locations in the district",
    "Where are speed cameras today: the mobile checks in the region",
    "Select your canton: Bern, Zurich, Lucerne, Basel and Geneva",
    "Mountain roads: which passes are still closed",
    "Public holiday: which supermarkets are open today",
    # calls on an interface object
    "Enlarge graphic",
    "Add to watch list",
    "Save to reading list",
    "Open chart in full screen",
    "Expand fact box",
    "Download source data as an Excel file",
    "Tap on the map to zoom in",
    "Scroll into the chart with two fingers",
    "Press Esc to exit",
    "Move the slider to compare the years",
    "Turn your phone for a better view.",
    "Update manually",
    # German pointers
    "Hier geht es zum Wetter",
    "Hier geht's zur Bildergalerie",
]

PROSE = [
    # the same topics in news prose and subheads
    "The video was not available to the court, the judge said.",
    "Playback of the tape revealed a second voice.",
    "The minister said she had forgotten her password.",
    "Text messages, photos and videos were found on his phone.",
    "Source: a senior official close to the talks",
    "The data were delayed by weeks, auditors found.",
    "With material from the archive, the museum rebuilt the room.",
    "Also: the mayor resigned on Friday.",
    "Most read books of the year were thrillers, the association said.",
    "The station was notified about the breaking news at noon.",
    "Keep me out of this, the coach said.",
    "The new drug does not replace surgery, doctors warned.",
    "Prices have changed since the war began.",
    "Some names have been changed.",
    "The risk of a recession remains high.",
    "Members can read all the documents, the union said.",
    "Unlock the potential of the region, the minister urged.",
    "The subscription costs rose for the third year.",
    "Your benefits: what the pension reform changes in January",
    "He took in the situation at a glance.",
    "Opening hours of the Christmas markets at a glance",
    "At a glance, the plan looks simple.",
    "Partner offers help to flood victims in the valley",
    "The hotel has four of five stars, the guide says.",
    "The stream starts in the mountains and flows into the Danube.",
    "The broadcast has ended the careers of two presenters.",
    "As of today, the law applies to all companies.",
    "Data as of 2021 show a steep decline.",
    "The score was 0 to 1 at half-time.",
    "Speed cameras now catch more drivers than ever",
    "Choose your battles wisely",
    "Analysis: which parties gain from the reform",
    "Background: what we know about the attack",
    "Lockdown rules: which measures apply from Monday",
    # how-to prose and imperatives of other kinds
    "Set the table and serve the soup hot.",
    "Open the window to let fresh air in.",
    "Close the border, the protesters demanded.",
    "Add the flour and stir well.",
    "Enter the dragon",
    "Save the children",
    "Turn your back on the past",
    "Press freedom is under threat",
    # German names and places
    "Haus der Geschichte",
    "Hier und Jetzt",
    "Deutsche Telekom",
]

test_furniture_fires, test_prose_is_quiet, test_clean_article_is_quiet = furniture_suite(BODY, FURNITURE, PROSE)
