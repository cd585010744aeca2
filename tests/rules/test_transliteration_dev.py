"""MT403 transliteration on hand-written development sentences: German romanisations of Russian,
Ukrainian, Belarusian, Georgian and Central Asian names left in English news (must fire, with the
English form), and German, Polish, Czech, Serbian and English names that look alike (must stay quiet).
Data in mtcheck/data/de-en/transliteration.toml.

Deliberately not in the tables: "Tatjana", "Jelena", "Natalija", "Marija", "Wera" (German, Serbian
or Croatian given names as well); "Jaroslaw", "Stanislaw", "Pawel" (Polish); "Grigori", "Anatoli",
"Arkadi", "Gennadi" (English writes them so as well: Grigori Perelman, Arkadi Volodos); "Klitschko",
"Deripaska", "Rotenberg", "Netrebko", "Kuleba", "Dnipro", "Luhansk", "Mariupol" (already English).
"""
from __future__ import annotations

import pytest

from mtcheck.rules.transliteration import Transliteration
from tests.conftest import hits_with_suggestions

RULE = Transliteration

FIRES = [
    # given names
    ("Waleri Gerassimow commands the operation.", "Waleri", "Valery"),
    ("Chess champion Garri Kasparow criticised the Kremlin.", "Garri", "Garry"),
    ("Gennadij Sjuganow leads the Communists.", "Gennadij", "Gennady"),
    ("Wladislaw Surkow was an adviser to the president.", "Wladislaw", "Vladislav"),
    ("Iwan Fjodorow was the mayor of Melitopol.", "Iwan", "Ivan"),
    ("Walentin Jumaschew married Yeltsin's daughter.", "Walentin", "Valentin"),
    ("Wassyl Maljuk heads the security service.", "Wassyl", "Vasyl"),
    ("Pawlo Kyrylenko is the governor of Donetsk.", "Pawlo", "Pavlo"),
    ("Jakow Kedmi spoke on Russian television.", "Jakow", "Yakov"),
    ("Timofej Sergejzew wrote the essay.", "Timofej", "Timofei"),
    ("Ramsan Kadyrow posted a video.", "Ramsan", "Ramzan"),
    ("Dschochar Dudajew led Chechnya in the 1990s.", "Dschochar", "Dzhokhar"),
    ("Schamil Bassajew was killed in 2006.", "Schamil", "Shamil"),
    ("Schawkat Mirsijojew won the election.", "Schawkat", "Shavkat"),
    ("Hennadij Truchanow is the mayor of Odesa.", "Hennadij", "Hennadiy"),
    ("Wiktorija Asarenka reached the final.", "Wiktorija", "Viktoria"),
    ("Xenija Sobtschak ran for president.", "Xenija", "Ksenia"),
    ("Nadeschda Tolokonnikowa founded the band.", "Nadeschda", "Nadezhda"),
    ("Jelisaweta Tuktamyschewa won the title.", "Jelisaweta", "Yelizaveta"),
    ("Walerija Sawinych played in Melbourne.", "Walerija", "Valeria"),
    ("Ljubow Sobol was detained again.", "Ljubow", "Lyubov"),
    ("Matwej Safonow made three saves.", "Matwej", "Matvei"),
    # surnames: military, politics, business
    ("General Schamanow heads the defence committee.", "Schamanow", "Shamanov"),
    ("Igor Strelkow was arrested in Moscow.", "Strelkow", "Strelkov"),
    ("Denis Puschilin heads the occupation authority.", "Puschilin", "Pushilin"),
    ("Sergei Aksjonow runs Crimea.", "Aksjonow", "Aksyonov"),
    ("Viktor Medwedtschuk was exchanged.", "Medwedtschuk", "Medvedchuk"),
    ("Rinat Achmetow owns the steel works.", "Achmetow", "Akhmetov"),
    ("Arsen Awakow was interior minister.", "Awakow", "Avakov"),
    ("Olena Selenska visited the hospital.", "Selenska", "Zelenska"),
    ("Julija Swyrydenko presented the budget.", "Swyrydenko", "Svyrydenko"),
    ("Oleksij Danilow chaired the security council.", "Danilow", "Danilov"),
    ("Viktor Wekselberg's yacht was seized.", "Wekselberg", "Vekselberg"),
    ("Alexej Mordaschow lost his yacht.", "Mordaschow", "Mordashov"),
    ("Alexander Gruschko met the envoy.", "Gruschko", "Grushko"),
    ("Wagit Alekperow resigned from Lukoil.", "Alekperow", "Alekperov"),
    ("Juri Kowaltschuk is close to the president.", "Kowaltschuk", "Kovalchuk"),
    ("Boris Nemzow was shot near the Kremlin.", "Nemzow", "Nemtsov"),
    ("Ilya Jaschin was sentenced to eight years.", "Jaschin", "Yashin"),
    ("Wladimir Kara-Mursa was freed in the exchange.", "Kara-Mursa", "Kara-Murza"),
    ("Maria Pewtschich published the film.", "Pewtschich", "Pevchikh"),
    ("Sergei Tichanowski was released.", "Tichanowski", "Tsikhanouski"),
    ("Bidzina Iwanischwili founded Georgian Dream.", "Iwanischwili", "Ivanishvili"),
    ("Irakli Kobachidse is prime minister.", "Kobachidse", "Kobakhidze"),
    ("Salome Surabischwili refused to step down.", "Surabischwili", "Zourabichvili"),
    ("Emomali Rachmon has ruled since 1992.", "Rachmon", "Rahmon"),
    ("Robert Kotscharjan was president of Armenia.", "Kotscharjan", "Kocharyan"),
    ("The Karabach conflict flared up again.", "Karabach", "Karabakh"),
    # sport, culture, history
    ("Elina Switolina won in three sets.", "Switolina", "Svitolina"),
    ("Oleksandr Sintschenko captained the side.", "Sintschenko", "Zinchenko"),
    ("Kamila Walijewa tested positive.", "Walijewa", "Valieva"),
    ("Eteri Tutberidse coaches the skaters.", "Tutberidse", "Tutberidze"),
    ("Jelena Isinbajewa set a world record.", "Isinbajewa", "Isinbayeva"),
    ("Andrei Swjaginzew made the film.", "Swjaginzew", "Zvyagintsev"),
    ("Kirill Serebrennikow staged the opera.", "Serebrennikow", "Serebrennikov"),
    ("The orchestra played Tschaikowsky after the break.", "Tschaikowsky", "Tchaikovsky"),
    ("The choir sang Strawinski and Bach.", "Strawinski", "Stravinsky"),
    ("Leo Tolstoj wrote War and Peace.", "Tolstoj", "Tolstoy"),
    ("Fjodor Dostojewskij was born in Moscow.", "Dostojewskij", "Dostoevsky"),
    ("Leon Trotzki was murdered in Mexico.", "Trotzki", "Trotsky"),
    ("Juri Andropow headed the KGB.", "Andropow", "Andropov"),
    ("Marshal Schukow took Berlin.", "Schukow", "Zhukov"),
    ("Lawrenti Berija ran the secret police.", "Berija", "Beria"),
    ("Walentina Tereschkowa flew into space.", "Tereschkowa", "Tereshkova"),
    ("Dmitri Mendelejew devised the periodic table.", "Mendelejew", "Mendeleev"),
    ("Anna Pawlowa danced the dying swan.", "Pawlowa", "Pavlova"),
    ("Maja Plissezkaja danced at the Bolshoi.", "Plissezkaja", "Plisetskaya"),
    # places
    ("Russian troops shelled Saporoschje again.", "Saporoschje", "Zaporizhzhia"),
    ("Fighting continued near Torezk.", "Torezk", "Toretsk"),
    ("The front line runs through Kurachowe.", "Kurachowe", "Kurakhove"),
    ("Drones hit Noworossijsk overnight.", "Noworossijsk", "Novorossiysk"),
    ("The plane landed in Krasnojarsk.", "Krasnojarsk", "Krasnoyarsk"),
    ("Protests broke out in Machatschkala.", "Machatschkala", "Makhachkala"),
    ("The pipeline runs to Wladikawkas.", "Wladikawkas", "Vladikavkaz"),
    ("Ukrainian troops entered Sudscha.", "Sudscha", "Sudzha"),
    ("Russian troops remain in Zchinwali.", "Zchinwali", "Tskhinvali"),
]

PASSES = [
    # German names and words
    "Richard Wagner's operas were performed in Bayreuth.",
    "Walter Steinmeier met Jens Spahn in Berlin.",
    "Olaf Scholz and Martin Schulz spoke in the Bundestag.",
    "Wolfgang Schäuble was finance minister.",
    "Jürgen Klopp coaches Liverpool.",
    "Joachim Löw won the World Cup in 2014.",
    "Peter Tschentscher is the mayor of Hamburg.",
    "Michael Kretschmer governs Saxony.",
    "Dietmar Woidke governs Brandenburg.",
    "Kai Wegner is the mayor of Berlin.",
    "Sascha Lobo writes a column for Der Spiegel.",
    "Natascha Kampusch wrote a book.",
    "Tatjana Maria reached the semi-final at Wimbledon.",
    "Jelena Dokic was a tennis player.",
    "Katja Kipping left the party.",
    "Wladimir Klitschko visited the front.",
    "Vitali Klitschko is the mayor of Kyiv.",
    "Wladimir Kaminer read from his new book.",
    "Swetlana Geier translated Dostoevsky into German.",
    "The Hamburg senator Andreas Dressel spoke.",
    # Polish, Czech, Serbian, Croatian
    "Jaroslaw Kaczynski leads the Law and Justice party.",
    "Jarosław Kaczyński met the president.",
    "Wojciech Szczesny saved a penalty.",
    "Robert Lewandowski scored twice.",
    "Lech Walesa founded Solidarity.",
    "Stanislaw Lem wrote science fiction.",
    "Pawel Pawlikowski directed the film.",
    "Wladyslaw Kosiniak-Kamysz is defence minister.",
    "Wroclaw hosted the summit.",
    "Vaclav Havel was president of Czechoslovakia.",
    "Novak Djokovic won the title.",
    "Aleksandar Vucic spoke in Belgrade.",
    "Natalija Micunovic sang at the festival.",
    "Marija Pejcinovic Buric leads the Council of Europe.",
    # English spellings (already correct)
    "Vladimir Putin met Sergei Lavrov in Moscow.",
    "Volodymyr Zelensky addressed parliament.",
    "Dmitry Peskov spoke to reporters.",
    "Valery Gerasimov commands the operation.",
    "Yevgeny Prigozhin died in a plane crash.",
    "Garry Kasparov criticised the Kremlin.",
    "Tatiana Golikova is deputy prime minister.",
    "Ksenia Sobchak ran for president.",
    "Ramzan Kadyrov posted a video.",
    "Shavkat Mirziyoyev won the election.",
    "Elina Svitolina won in three sets.",
    "Oleg Deripaska owns the aluminium company.",
    "Anna Netrebko sang at the Met.",
    "Dmytro Kuleba was foreign minister.",
    "Drones hit Dnipro and Luhansk overnight.",
    "The siege of Mariupol lasted months.",
    "Grigori Perelman proved the conjecture.",
    "Arkadi Volodos played Schubert.",
    "The Romanov dynasty ruled Russia.",
    "Arkady Rotenberg built the bridge.",
    "The Molotov cocktail was thrown at the police.",
    "Leo Tolstoy wrote War and Peace.",
    # English words and places
    "The Tambov region lies south of Moscow.",
    "Walter White is a fictional character.",
    "Glasgow and Moscow are far apart.",
    "Washington warned Tehran.",
    "The jury in Chicago deliberated for days.",
    "The Baltic states joined Nato in 2004.",
    "The warship sank in the Black Sea.",
]


@pytest.mark.parametrize("text, flagged, suggestion", FIRES)
def test_fires(text, flagged, suggestion):
    assert (flagged, suggestion) in hits_with_suggestions(RULE, text)


@pytest.mark.parametrize("text", PASSES)
def test_passes(text):
    assert hits_with_suggestions(RULE, text) == []


def test_dev_set_is_large_enough():
    assert len(FIRES) >= 60 and len(PASSES) >= 60
