"""German abbreviations of pharmacy packs, horse adverts, units, pay rounds, press furniture and history left in
English text (round 14), for MT503 through ``abbreviation_classes.class_hits``:

- pharmacy packs: tablet and capsule compounds ("10 Filmtbl.", "20 Brausetbl.", "60 Weichkps.": a German
  word before the listed "Tbl."/"Kps."), obligations cut off after "-pfl." ("verschreibungspfl.",
  "apothekenpfl.", "gebührenpfl.": -pflichtig; no English word ends so), and pack units after a number in a
  sentence about medicines ("100 ml Fl.", "1 Msl.", "5 Btl.": Flasche, Messlöffel, Beutel; not "8 fl. oz.");
- riding classes ("Kl. S", "Kl. M*": Klasse) in a sentence about a horse show (English: "class S", "1.45 m");
- units after a number: "per lfm", "25 euros/lfm" (laufender Meter: "running metre"), "4.2 Lj."
  (Lichtjahre), "0.6 AE" (astronomische Einheit: "AU") in a sentence about the sky, "184,000 BRZ"
  (Bruttoraumzahl: "GT") in a sentence about a ship; an insurance excess beside an amount ("300 euros SB",
  "an SB of 150 euros": Selbstbeteiligung) in a sentence about insurance;
- pay scales by their collective agreement ("the TV-L", "the TV-H": Tarifvertrag der Länder, Hessen) in a
  sentence about pay (English names the agreement);
- press furniture: "Akt." before a time or a date (aktualisiert: "Updated"), "Forts." before a page
  (Fortsetzung: "Continued"), "Bildq." (Bildquelle: "Source"), "Vf." in a credit (Verfasser: "author"),
  "Anz." as a label (Anzeige: "Advertisement");
- history: "the NS era", "the NS regime" (nationalsozialistisch: English "Nazi").

(Bodies with a sector context, "the WSA", "the TdL", "the LSB", "the AMG", "EKH", and single listed forms,
"kastr.", "Stm. 1.46 m", "Lfg.", "Tordiff.", are in the pack.)
"""
from __future__ import annotations

import re
from typing import Iterator

from mtcheck.rules.abbreviation_contexts import Contexts, sentence_has
from mtcheck.text.lazy_regex import lazy_compile

_NUMBER = r"\d[\d.,]*"
_MONEY = r"(?:€|euros?|EUR|Euro|francs|CHF)"

# --- pharmacy ------------------------------------------------------------------------------------------------
# (each looked for only where its literal letters are in the text)
_TABLETS = lazy_compile(r"(?<![\w.-])[A-ZÄÖÜ][a-zäöü]{2,12}(?:tbl|kps)\.(?![\w-])")  # "Filmtbl.", "Weichkps."
_OBLIGATION = lazy_compile(r"(?<![\w.-])[a-zäöüß]{3,24}pfl\.(?![\w-])")  # "verschreibungspfl.", "gebührenpfl."
_PACK_UNIT = lazy_compile(rf"(?<![\w.]){_NUMBER}\s?(?:(?:mg|ml|g|l|x)\s)?(Fl|Msl|Btl|Pck)\.(?![\w-]| ?oz\b)")  # not "4 Fl. oz."
_PACK_ENGLISH = {"Fl": "bottle", "Msl": "measuring spoon", "Btl": "sachet(s)", "Pck": "pack(s)"}

# --- riding classes ------------------------------------------------------------------------------------------
_RIDING_CLASS = lazy_compile(r"(?<![\w.])Kl\. ?[EALMS](?:\*{1,3})?(?!\w|\.\s?[A-Z]\.)")

# --- units -----------------------------------------------------------------------------------------------------
_RUNNING_METRE = lazy_compile(r"(?:(?<=\d )|(?<=\d)|(?<=per )|(?<=/))lfm(?![\w-])")
_LIGHT_YEARS = lazy_compile(r"(?<=\d )(?:(?:million|billion|thousand|Mio\.|Mrd\.) )?(Lj)\.")
_AU = lazy_compile(r"(?<=\d )AE(?![\w-])")
_GROSS_TONNAGE = lazy_compile(r"(?<=\d )BRZ(?![\w-])")
_EXCESS = lazy_compile(rf"{_NUMBER}\s?{_MONEY}\s(SB)(?![\w-])|(?<![\w-])(SB):?\s(?:of\s)?(?:{_MONEY}\s?)?\d")

# --- pay scales ------------------------------------------------------------------------------------------------
_PAY_SCALE = lazy_compile(r"(?<![\w-])TV-(?:L|H|V|N|ÖD|Ärzte|Forst|Hessen|TgDRV)(?![\w-])")

# --- press furniture -----------------------------------------------------------------------------------------
_UPDATED = lazy_compile(r"(?<![\w.])Akt\.(?=:? ?(?:\d{1,2}[:.]\d\d(?!\d)|\d{1,2}\.\d{1,2}\.))")
_CONTINUED = lazy_compile(r"(?:^|(?<=[\n(\[])|(?<=[–—|:] ))Forts\.(?= (?:on|from|see) (?:page|p\.)|"
                          r" (?:S\.|p\.|page) ?\d| folgt\b)", re.MULTILINE)
_PICTURE_SOURCE = lazy_compile(r"(?<![\w.])Bildq(?:u)?\.(?=:| [A-Za-z])")
_AUTHOR = lazy_compile(r"(?:(?<=: )Vf\.(?= unknown| unbekannt|$|[,;|])|(?<![\w.])Vf\.(?=:))", re.MULTILINE)
_ADVERT = lazy_compile(r"(?:(?<=\()Anz\.(?=\))|(?<=marked )Anz\.|(?<=labelled )Anz\.|(?<=labeled )Anz\.|"
                       r"(?<=tagged )Anz\.|(?:^|(?<=\n))Anz\.(?=\s|$))", re.MULTILINE)

# --- history -----------------------------------------------------------------------------------------------------
_NAZI = lazy_compile(r"(?<![\w.-])NS(?:-| )(?=(?:era|regime|dictatorship|period|past|crimes?|victims?|perpetrators?"
                     r"|propaganda|rule|ideology|forced labour|forced labor|documentation|persecution|injustice"
                     r"|leadership|terror)\b)")


# The dotted cuts the branches below look for as literals: one scan, from the literal full stop, tells whether the
# text holds any of them (most texts hold none), cheaper than an ``in`` test each; the branches keep their own tests.
_DOTTED_CUTS = ("tbl.", "kps.", "pfl.", "Fl.", "Msl.", "Btl.", "Pck.", "Kl.", "Lj.", "Akt.", "Forts.", "Vf.", "Anz.")
_ANY_DOTTED_CUT = lazy_compile(r"\.(?:" + "|".join(f"(?<={re.escape(cut)})" for cut in _DOTTED_CUTS) + ")")


def trade_hits(text: str, source: str | None, contexts: Contexts) -> Iterator[tuple[int, int, str]]:
    """(start, end, message) of each abbreviation of the kinds above in ``text``; ``contexts``: the pack's
    sentence contexts ("medicines", "horse_show", "sky", "ship", "insurance", "pay")."""
    if source != "de":
        return
    cuts = _ANY_DOTTED_CUT.search(text) is not None
    if cuts and ("tbl." in text or "kps." in text):
        for m in _TABLETS.finditer(text):
            yield (m.start(), m.end(), f'German pharmacy abbreviation "{m.group()}" (Filmtabletten, Kapseln): '
                   'English "film-coated tablets", "capsules"')
    if cuts and "pfl." in text:
        for m in _OBLIGATION.finditer(text):
            yield (m.start(), m.end(), f'German abbreviation "{m.group()}" (...pflichtig): English "subject to ...", '
                   '"prescription-only", "pharmacy-only"')
    if cuts and ("Fl." in text or "Msl." in text or "Btl." in text or "Pck." in text):
        for m in _PACK_UNIT.finditer(text):
            if sentence_has(text, m.start(), m.end(), contexts["medicines"]):
                unit = m.group(1)
                yield (m.start(1), m.end(1) + 1, f'German pack abbreviation "{unit}.": English "{_PACK_ENGLISH[unit]}"')
    if cuts and "Kl." in text:
        for m in _RIDING_CLASS.finditer(text):
            if sentence_has(text, m.start(), m.end(), contexts["horse_show"]):
                yield (m.start(), m.end(), f'German riding class "{m.group()}" (Klasse): English "class" '
                       '(or the height of the fences)')
    yield from _units(text, contexts, cuts)
    if "TV-" in text:
        for m in _PAY_SCALE.finditer(text):
            if sentence_has(text, m.start(), m.end(), contexts["pay"]):
                yield (m.start(), m.end(), f'German collective agreement "{m.group()}" (Tarifvertrag): English '
                       '"the public-sector pay agreement of the states"')
    yield from _furniture(text, cuts)
    if "NS" in text:
        for m in _NAZI.finditer(text):
            yield (m.start(), m.start() + 2, 'German "NS" (nationalsozialistisch): English "Nazi"')


def _units(text: str, contexts: Contexts, cuts: bool) -> Iterator[tuple[int, int, str]]:
    """``cuts``: whether the text holds any of ``_DOTTED_CUTS``."""
    if "lfm" in text:
        for m in _RUNNING_METRE.finditer(text):
            yield (m.start(), m.end(), 'German unit "lfm" (laufender Meter): English "running metre"')
    if cuts and "Lj." in text:
        for m in _LIGHT_YEARS.finditer(text):
            yield (m.start(1), m.end(1) + 1, 'German unit "Lj." (Lichtjahre): English "light years"')
    if " AE" in text:
        for m in _AU.finditer(text):
            if sentence_has(text, m.start(), m.end(), contexts["sky"]):
                yield (m.start(), m.end(), 'German unit "AE" (astronomische Einheit): English "AU"')
    if " BRZ" in text:
        for m in _GROSS_TONNAGE.finditer(text):
            if sentence_has(text, m.start(), m.end(), contexts["ship"]):
                yield (m.start(), m.end(), 'German unit "BRZ" (Bruttoraumzahl): English "GT" (gross tonnage)')
    if "SB" in text:
        for m in _EXCESS.finditer(text):
            group = 1 if m.group(1) else 2
            if sentence_has(text, m.start(group), m.end(group), contexts["insurance"]):
                yield (m.start(group), m.end(group), 'German insurance shorthand "SB" (Selbstbeteiligung): '
                       'English "excess", "deductible"')


def _furniture(text: str, cuts: bool) -> Iterator[tuple[int, int, str]]:
    """``cuts``: whether the text holds any of ``_DOTTED_CUTS``."""
    if cuts and "Akt." in text:
        for m in _UPDATED.finditer(text):
            yield (m.start(), m.end(), 'German press note "Akt." (aktualisiert): English "Updated"')
    if cuts and "Forts." in text:
        for m in _CONTINUED.finditer(text):
            yield (m.start(), m.end(), 'German press note "Forts." (Fortsetzung): English "Continued"')
    if "Bildq" in text:
        for m in _PICTURE_SOURCE.finditer(text):
            yield (m.start(), m.end(), f'German credit "{m.group()}" (Bildquelle): English "Photo", "Source"')
    if cuts and "Vf." in text:
        for m in _AUTHOR.finditer(text):
            yield (m.start(), m.end(), 'German credit "Vf." (Verfasser): English "author"')
    if cuts and "Anz." in text:
        for m in _ADVERT.finditer(text):
            yield (m.start(), m.end(), 'German label "Anz." (Anzeige): English "Advertisement", "Sponsored"')
