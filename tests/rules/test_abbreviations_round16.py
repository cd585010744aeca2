"""MT503 untranslated-abbreviation, round 16: local-news shorthand by its shape and kind, with English that
looks alike (must stay quiet).

1. Road classes with their number in a sentence about roads or traffic ("the St 2045", "the K 7312", "the L
   1100": Staats-, Kreis-, Landesstraße); not "the Airbus A 380", "a K 9 unit", "the L 1011 TriStar".
2. Police-report shorthand ("the VU", "RiFa Munich", "the FS was confiscated"), rescue bodies and control
   centres ("the BRK", "the RLS"), fire-brigade ranks before a name ("OBI Franz Leitner").
3. Civic ranks and titles cut off before a name ("Ortsvorst. Klaus Berger", "BezHpt. Maria Gruber", "Altbgm.
   Georg Huber", "Kfz-Mstr. Josef Huber"); not "Gov. Gavin Newsom", "Sen. Bernie Sanders", "Msgr. ...".
4. School types before a place ("the MS Wolnzach", "the NMS in Gmunden", "the HAK Steyr"); not "the MS
   Europa" (a ship), MS the disease.
5. Youth and sport clubs before a German place ("the RSC Kempten", "the LAC Quelle Fürth"), the youth ring
   ("the KJR"), motorsport bodies and series ("the DMSB", "the DRM", "the ORM", "the AvD", "the Swiss TCS"),
   transport associations ("the VVS"), trade shorthand ("the SHK trade", "Hzg.", "Ü/F"); not PSV Eindhoven,
   the RSC at Stratford, Tata's TCS, digital rights management (DRM).

Written by hand for development; no evaluation material was read other than the list of fresh21's misses
(the first item of each kind).
"""
from __future__ import annotations

import pytest

from mtcheck.rules.untranslated_abbreviation import UntranslatedAbbreviation
from tests.conftest import hit_texts

FIRES = [
    # 1. road classes
    ("The accident happened on the St 2045 between Moosburg and Freising.", "St 2045"),
    ("The K 7312 will be closed for resurfacing until Friday.", "K 7312"),
    ("The road works on the L 1100 will last until autumn.", "L 1100"),
    ("A lorry overturned on the St 2580 near Landshut, and the road was closed for hours.", "St 2580"),
    ("Traffic is being diverted via the K 645 while the bridge is repaired.", "K 645"),
    ("The driver left the L 523 in a bend and hit a tree.", "L 523"),
    # 2. police reports, rescue bodies, fire-brigade ranks
    ("The VU happened shortly after 7 a.m.", "VU"),
    ("The lorry overturned on the motorway, RiFa Munich.", "RiFa"),
    ("The FS was confiscated on the spot.", "FS"),
    ("Police said the VU was caused by a driver who ran a red light.", "VU"),
    ("Tailbacks of six kilometres formed on the A 8, RiFa Salzburg.", "RiFa"),
    ("The 24-year-old had been drinking; officers seized his FS.", "FS"),
    ("The BRK set up a first-aid post at the festival.", "BRK"),
    ("The operation was coordinated by the RLS in Regensburg.", "RLS"),
    ("Volunteers of the BRK treated 40 patients at the concert.", "BRK"),
    ("The RLS alerted three ambulances and the emergency doctor.", "RLS"),
    ("OBI Franz Leitner led the operation of the fire brigade.", "OBI"),
    ("The fire brigade's commander, OBI Markus Stadler, praised the volunteers.", "OBI"),
    # 3. ranks and titles cut off before a name
    ("The ceremony was led by Ortsvorst. Klaus Berger.", "Ortsvorst."),
    ("BezHpt. Maria Gruber visited the flooded villages.", "BezHpt."),
    ("Altbgm. Georg Huber, who led the town for 24 years, died at 86.", "Altbgm."),
    ("Huber car workshop, Kfz-Mstr. Josef Huber.", "Kfz-Mstr."),
    ("The wreath was laid by Ortsvors. Anton Mayr and the mayor.", "Ortsvors."),
    ("Bäckerei Lang, Bäckermstr. Stefan Lang, has closed after 80 years.", "Bäckermstr."),
    ("Vizebgm. Helga Moser opened the new playground.", "Vizebgm."),
    ("The award went to Elektromstr. Peter Kurz.", "Elektromstr."),
    # 4. school types before a place
    ("Pupils of the MS Wolnzach will get a new gym.", "MS"),
    ("The NMS in Gmunden is to be extended.", "NMS"),
    ("Students of the HAK Steyr founded a small company.", "HAK"),
    ("The HTL Mödling is celebrating its 150th anniversary.", "HTL"),
    ("Teachers at the MS Pfaffenhofen complain about the lack of space.", "MS"),
    ("The BORG in Bad Ischl has 300 pupils.", "BORG"),
    # 5. clubs, motorsport, transport, trades
    ("The KJR organised a summer camp for 120 children.", "KJR"),
    ("The race is organised by the RSC Kempten.", "RSC"),
    ("The winner ran for the LAC Quelle Fürth.", "LAC"),
    ("The RSV Irschenberg celebrated its 100th anniversary with a race.", "RSV"),
    ("The rally is organised by the MSC Oberland.", "MSC"),
    ("The runners of the TSV Penzberg won three medals.", "TSV"),
    ("The club's youngest member, of the RSC Wiesbaden, won the junior race.", "RSC"),
    ("The KJR runs the youth centre and the holiday programme for young people.", "KJR"),
    ("The DMSB has approved the new rally route.", "DMSB"),
    ("The rally counts towards the DRM for the first time.", "DRM"),
    ("The Austrian driver leads the ORM after three rounds.", "ORM"),
    ("The DMSB suspended the driver's racing licence for six months.", "DMSB"),
    ("He won the DRM title twice with his Škoda rally car.", "DRM"),
    ("The AvD organises the vintage car rally at the Nürburgring.", "AvD"),
    ("The Swiss TCS expects heavy traffic at the Gotthard.", "TCS"),
    ("The TCS advises motorists to avoid the A2 at the weekend.", "TCS"),
    ("The VVS is raising fares by five percent.", "VVS"),
    ("The MVV will run extra trains for the Oktoberfest.", "MVV"),
    ("The VVS zone map will change for bus and S-Bahn passengers.", "VVS"),
    ("The SHK trade is looking for 60,000 skilled workers.", "SHK"),
    ("Müller Hzg. & Sanitär, your heating partner since 1962.", "Hzg."),
    ("Double room with breakfast (Ü/F) from 89 euros.", "Ü/F"),
    ("Apprentices in the SHK trade install heat pumps and bathrooms.", "SHK"),
    ("Single room Ü/F 65 euros per night.", "Ü/F"),
    ("Bauer Hzg. und Lüftung is looking for two installers.", "Hzg."),
]

PASSES = [
    # 1. road-class look-alikes
    "The Airbus A 380 landed at Frankfurt after a delay.",
    "A K 9 unit searched the car for drugs.",
    "The L 1011 TriStar was Lockheed's last airliner.",
    "The St 1234 was a rare stamp auctioned in London.",
    "Traffic on the M25 was slow after an accident near junction 10.",
    "The accident happened on the B 12 near Kempten.",  # a federal road: English news writes "the B12"
    "Room K 204 is on the second floor.",
    # 2. police and rescue look-alikes
    "The VU meter showed the signal was too loud.",
    "She studied at VU Amsterdam.",
    "The FS Class 390 trains run between Rome and Milan.",
    "The FS reported a rise in passengers last year.",
    "BRK shares rose after Buffett's letter.",
    "The RLS Society funds research into restless legs syndrome.",
    "OBI opened a new DIY store in Kempten.",
    "The police seized the OBI van.",
    # 3. English titles before a name
    "Gov. Gavin Newsom signed the bill.",
    "Sen. Bernie Sanders spoke at the rally.",
    "Msgr. John Kelly celebrated Mass.",
    "Cllr. Sarah Jones chaired the meeting.",
    "Supt. Mark Evans led the inquiry.",
    "Capt. James Cook sailed to Australia.",
    "Rev. Martin Luther King Jr. gave the speech.",
    "The motion was put forward by Rep. Alexandria Ocasio-Cortez.",
    "It was written by Prof. Anna Schmidt and Dr. Paul Weber.",
    "He met with Insp. Daniel Hart and Det. Lisa Brown.",
    "The bill was signed by Pres. Joe Biden.",
    # 4. school-type look-alikes
    "The MS Europa docked in Hamburg with 400 passengers.",
    "She was diagnosed with MS at the age of 30.",
    "The MS Society funds research into the disease.",
    "Patients with MS in Berlin get a new clinic.",
    "The NMS Amsterdam exhibits old ships.",
    # 5. clubs and bodies
    "PSV Eindhoven beat Ajax 2-0.",
    "The RSC Stratford staged a new Hamlet.",
    "The RSC season opens with Macbeth.",
    "TCS reported strong quarterly revenue from its IT services.",
    "The DRM on the e-books stops readers copying them.",
    "The ORM maps database tables to objects.",
    "The VVS diamonds were sold at auction.",
    "The SHK 2 plug fits most sockets.",
    "The LAC Galaxy signed a new striker.",
    "The NYC Marathon drew 50,000 runners.",
    "The AFC Wimbledon fans celebrated the win.",
    "The SSC Napoli won the title.",
    # German names and places
    "The club from Kempten won the race in Irschenberg.",
    "Franz Leitner and Maria Gruber live in Gmunden.",
]


@pytest.mark.parametrize(("text", "form"), FIRES)
def test_fires(text, form):
    assert form in hit_texts(UntranslatedAbbreviation, text, source="de")


@pytest.mark.parametrize("text", PASSES)
def test_passes(text):
    assert hit_texts(UntranslatedAbbreviation, text, source="de") == []


EXPLAINED = [
    "The TSV Neustadt sports club celebrated its anniversary with a race.",
    "The RSC Kempten cycling club organised the race.",
    "The HAK Steyr business school has 600 students.",
    "The VRR transport association will raise fares.",
    "Volunteers of the Bavarian Red Cross (BRK) treated 40 patients.",
    "The German Motor Sport Federation (DMSB) approved the rally route.",
]


@pytest.mark.parametrize("text", EXPLAINED)
def test_explained_stays_quiet(text):
    assert hit_texts(UntranslatedAbbreviation, text, source="de") == []
