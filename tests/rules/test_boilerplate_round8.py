"""MT201 boilerplate-line, round 8: service boxes that tease instead of reading out, star ratings, and
"always"/"never" toggles of embedded content.

A blind evaluation (fresh13) found service boxes whose read-out is a teaser clause ("Fuel prices: where
filling up is cheapest today"), a pollen box with a degree adverb ("birch pollen strongly in the air"), a
star-rating widget and "Always show content". By kind:

* a box label of a service domain, a colon, then a question word ("where", "how", "when", "what",
  "which", "who"; not "why", which opens news) and a clause with a present-time or reader-facing word;
* degree adverbs of a load in a box's read-out ("strongly", "moderately", "slightly");
* star ratings: a rating label with "N out of N stars" or a count of ratings, or a reader's, user's or
  customer's rating; a critic's verdict ("Rating: 8/10") stays content;
* "always" and "never" in an interface line ("Always show content", "Never show external content").

Sentences of news that share these words stay quiet, as do headlines with "why" and full sentences.
Written by hand for development; the fresh13 lines themselves are not copied.
"""
from __future__ import annotations

from tests.conftest import furniture_suite

BODY = [
    "Storm damages roofs in the Allgäu",
    "Kempten. A heavy storm has damaged dozens of roofs in the Allgäu on Tuesday night. "
    "The fire brigade was called out more than 140 times, a spokesman said.",
    "Several roads had to be closed because of fallen trees, and two people were slightly injured.",
    "Clean-up to take days",
    "According to the district office, the clean-up work will take until the end of the week.",
    "The damage is estimated at several million euros, the insurers said on Wednesday.",
]

FURNITURE = [
    # service boxes teasing their read-out
    "Fuel prices: where diesel is cheapest near you",
    "Petrol prices: which stations are cheapest today",
    "Weather: how warm it will get this weekend",
    "Traffic: where the motorways are jammed right now",
    "Speed cameras: where the police are checking today",
    "Pharmacies: which pharmacy is on duty today",
    "Flea markets: where you can go bargain hunting this weekend",
    "Pollen: what allergy sufferers need to know today",
    # degree adverbs in a read-out
    "Pollen count: grass pollen moderately in the air",
    "Pollen: hazel slightly, alder strongly",
    # star ratings
    "Rating: 4.2 out of 5 stars",
    "Rating: 3 of 5 stars (128 ratings)",
    "Average rating: 4.7/5",
    "Reader rating: 4 out of 5",
    "4.5 out of 5 stars",
    # always / never toggles
    "Always show content",
    "Always show external content",
    "Never show external content",
]

PROSE = [
    "Fuel prices: why diesel is dearer than petrol",
    "Weather: how the storm caught forecasters out.",
    "Fuel prices rose again today, where diesel is concerned.",
    "Traffic: where the new bypass will run, the council decided on Monday.",
    "Rating: 8/10",
    "Critics gave the opera a rating of 4 out of 5 stars, the theatre said.",
    "The hotel has a rating of 4.5 out of 5 stars on travel portals.",
    "Pollen is strongly in the air this week, doctors warn.",
    "Always show respect for the emergency services, the mayor urged.",
    "Never show weakness, the coach told his players.",
    "Speed cameras: the police will check at 40 locations today.",
]


test_furniture_fires, test_prose_is_quiet, test_clean_article_is_quiet = furniture_suite(BODY, FURNITURE, PROSE)
