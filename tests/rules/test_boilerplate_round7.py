"""MT201 boilerplate-line, round 7: site notices that address the reader about the site itself, as an MT
system renders them: consent and privacy notes, forum and comment rules, error reports, ad and print
notes ("You can change your consent at any time in the privacy centre.", "Please observe our forum
rules.", "Did you notice a mistake? Let us know.", "The article continues below the advertisement.",
"From the print edition of 14.03.2024"); data-box read-outs and toggles ("Lotto numbers from Saturday:
3 – 11 – 17 – 24 – 38 – 45, super number 7", "Subtitles on/off"); section labels of ad and classified
pages ("Family advertisements", "Today's brochures", "Job market"). And the prose of news that shares
their words and must stay quiet: appeals quoted in an article ("Please stay at home, the mayor urged."),
"our" of an organisation ("Our forum on climate change drew 500 guests."), ordinary prose with "you",
headlines and subheads.

Each furniture line is put in the body and at the tail of a clean article; each prose line in the
body, after the title and at the tail.
"""
from __future__ import annotations

from tests.conftest import furniture_suite

BODY = [
    "City council approves new tram line",
    "Leipzig. The city council has approved the construction of a new tram line to the south of the city. "
    "The route is to be 6.4 kilometres long and will cost around 180 million euros.",
    "The opposition criticised the costs, but the majority followed the proposal of the administration.",
    "Construction to start in 2026",
    "According to the transport company, construction work is to begin in spring 2026.",
    "The first trams are expected to run in 2029, a spokeswoman said on Wednesday.",
]


NOTICES = [
    # consent, privacy, cookies: the site about its own data handling
    "You can change your consent at any time in the privacy centre.",
    "You can revoke your consent at any time via the privacy settings.",
    "You can withdraw your consent at any time.",
    "Your consent can be revoked at any time.",
    "You can adjust your cookie settings at any time.",
    "We use cookies to improve our website.",
    "We need your consent to display this content.",
    "Please activate JavaScript in your browser.",
    "Please enable cookies in your browser settings.",
    "Your browser does not support this feature.",
    # forum, comments, community rules
    "Please observe our forum rules.",
    "Please note our netiquette.",
    "Please observe our community guidelines.",
    "Please adhere to our comment rules.",
    "Comments are moderated before publication.",
    "The comment function has been deactivated for this article.",
    "Comments on this article are closed.",
    "The comment section is closed.",
    "Discuss with us in the forum.",
    "Share your opinion with us in the comments.",
    # error reports, feedback to the newsroom
    "Did you notice a mistake? Let us know.",
    "Have you found an error? Please let us know.",
    "Found a mistake? Write to us.",
    "Did you find a typo? Let us know.",
    "Spotted an error? Please report it to us.",
    "Report an error",
    "Do you have a question or a suggestion? Write to us.",
    "We look forward to your feedback.",
    "We welcome your feedback.",
    # ads, print edition, the site about its own pages
    "The article continues below the advertisement.",
    "The article continues after the advertisement.",
    "The text continues below the ad.",
    "Continue reading after the advertisement",
    "Read on below the advertisement",
    "From the print edition of 14.03.2024",
    "This article appeared in the print edition of 14 March 2024.",
    "From the print edition",
    "This article first appeared in our print edition.",
    "This article is from our archive.",
    "This article is part of our newsletter.",
    "You are using an ad blocker.",
    "Please deactivate your ad blocker.",
    "Please disable your ad blocker for our site.",
    "Thank you for reading our newsletter.",
    "You are not logged in to your account.",
    "Manage your newsletter subscriptions in your account.",
    # ad and classified section labels
    "Family advertisements",
    "Today's brochures",
    "Job market",
    "Real estate ads",
    "Classified ads",
    "Death notices",
    "Obituaries",
    "Current brochures",
    "Brochures of the week",
    "Job offers in your region",
    "Property market",
    "Car market",
    "Place an advertisement",
    "Private classifieds",
    "Funeral notices",
    # data boxes and toggles
    "Pharmacy emergency service: which pharmacy is open near you today?",
    "Lotto numbers from Saturday: 3 – 11 – 17 – 24 – 38 – 45, super number 7",
    "Lotto numbers: 5 - 12 - 19 - 27 - 33 - 41",
    "Lottery numbers on Wednesday: 2 – 9 – 15 – 22 – 31 – 44, super number 3",
    "Eurojackpot: 4 – 18 – 23 – 37 – 49, Euro numbers 2 – 8",
    "Keno numbers: 1 - 7 - 13 - 22 - 28 - 35 - 40",
    "Subtitles on/off",
    "Sound on/off",
    "Autoplay on/off",
    "Dark mode on/off",
    "Audio description on/off",
]

PROSE = [
    # appeals quoted in articles
    "Please stay at home, the mayor urged.",
    "\"Please observe the rules,\" the police said.",
    "Please let us know if you see anything suspicious, the police said.",
    "\"Let us know,\" the chancellor told the reporters.",
    "You can change the world, she told the graduates.",
    "\"We welcome your feedback,\" the mayor wrote on Facebook.",
    "The police asked residents to report any mistakes in the list.",
    "\"You can withdraw your application at any time,\" the agency said.",
    # "our" of an organisation, not of a site
    "Our forum on climate change drew 500 guests.",
    "Our rules are clear, the coach said.",
    "Our error was to trust Russia, the minister admitted.",
    "We made a mistake, the minister admitted.",
    "We need your consent, the doctor told the patient.",
    "Our comments were taken out of context, the party said.",
    "We use drones to monitor the border, the army said.",
    "Our print edition will cost 2.50 euros from January, the publisher announced.",
    # ordinary prose with "you" and site nouns
    "If you want to vote by post, you must apply by Friday.",
    "You can get the vaccine at any pharmacy.",
    "The privacy centre of the ministry was closed on Monday.",
    "Data protection officers criticised the new consent rules.",
    "The forum rules were changed after the scandal.",
    "The advertisement caused outrage on social media.",
    "The print edition of the newspaper will be discontinued.",
    "The court ruled that cookies require consent.",
    "Mistakes were made, the minister conceded.",
    "The comments of the chancellor caused outrage.",
    "The newsletter of the party was sent to 20,000 members.",
    "Users can change their settings at any time.",
    "You never know what will happen next.",
    "Anyone who has noticed something should contact the police.",
    # headlines and subheads with site nouns
    "Consent rules: what the new law changes",
    "Family advertisements in the Middle Ages",
    "Brochures, flyers and posters: the election campaign begins",
    "Job market: unemployment rises in Saxony",
    "Real estate market: prices fall for the first time",
    "The job market is changing",
    "Real estate ads are getting more expensive",
    "Advertising ban for sweets",
    "Lotto numbers: how likely is a jackpot?",
    "Lotto jackpot rises to 45 million euros",
    "Pharmacy emergency service overloaded",
    "Print edition of the Süddeutsche to be discontinued",
    "Obituaries for the late pope",
    "Death notices in the Leipziger Volkszeitung are getting more expensive",
    "Property market in crisis",
    "Car market: sales fall by 12 percent",
    # numbers with dashes that are not lotto, and on/off that is prose
    "The vote ended 3 – 2 – 1 in favour of the proposal.",
    "Result: 12 – 7",
    "Opening hours: 9 – 17",
    "On/off switch for the economy",
    "The on/off relationship of the coalition",
    "Subtitles for the deaf: broadcasters promise more",
    "The scores were 3 - 11 - 17 over the three rounds.",
    "Did you notice anything? Police are looking for witnesses",
    "Have you seen this man? Police ask for help",
    "Write to us: readers on the heating law",
    "Your opinion: letters to the editor",
    "Our comment: the forum rules of politics",
    "Your mistake, which you fix and not our household.",
    "I misread your comment.",
    "Our newsletter subscribers",
]


test_notice_fires, test_prose_is_quiet, test_clean_article_is_quiet = furniture_suite(BODY, NOTICES, PROSE)

