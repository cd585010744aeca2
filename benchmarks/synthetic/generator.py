"""Clean English news articles, generated deterministically from a seed.

The prose lives in ``material/`` (one TOML file per topic plus ``common.toml``): sentence templates
with ``{slots}``. A slot is ``{base}``, ``{base2}`` (a second, different one) or ``{base.attr}``:

* a *person* kind of the topic's cast (``{pol}``, ``{ru2}``): the first mention renders as
  "role First Last", later ones as "Last"; attributes ``last``, ``name``, ``full``, ``role``, ``org``
  and the pronouns ``he``/``his``/``him`` (capitalised ``He``/``His``);
* a *pool* word (``{city}``, ``{club2}``): drawn once per article and then reused, so entities repeat
  the way they do in real articles;
* a *generated* value, fresh at every use: ``num`` (12,400), ``big`` (1.2 million), ``pct`` (2.5),
  ``money`` (€4.5 billion), ``price``, ``date`` (US or UK style, per article), ``time``, ``year``,
  ``small`` (a number word), ``ord`` (an ordinal word), ``month``, ``score``, ``minute``, ``age``.

Per article the generator also picks a *style*: curly or straight quotes, US or UK dates, an optional
English dateline ("BERLIN — ") and, for a few, hard-wrapped paragraphs (as in Markdown sources).
Nothing here is an artefact: this is the clean side of the synthetic evaluation.
"""
from __future__ import annotations

import functools
import random
import re
import textwrap
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

MATERIAL = Path(__file__).parent / "material"
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")
NUMBER_WORDS = ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve")
ORDINALS = ("second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth")
TIMES = ("9 a.m.", "10 a.m.", "11:30 a.m.", "noon", "1 p.m.", "3:30 p.m.", "6 p.m.", "8:30 p.m.")
GENERATED = frozenset({"num", "big", "pct", "money", "price", "date", "time", "year", "small", "ord",
                       "month", "score", "minute", "age"})
SLOT = re.compile(r"\{([A-Za-z_]+?)(\d*)(?:\.([A-Za-z]+))?\}")
RARE_KEEP = 0.2
PRONOUNS = {"m": {"he": "he", "his": "his", "him": "him"}, "f": {"he": "she", "his": "her", "him": "her"}}


@dataclass(frozen=True)
class Person:
    name: str
    last: str
    role: str
    sex: str
    org: str


@dataclass(frozen=True)
class Topic:
    name: str
    cast: dict[str, tuple[Person, ...]]
    pools: dict[str, tuple[str, ...]]
    headlines: tuple[str, ...]
    subheads: tuple[str, ...]
    leads: tuple[str, ...]
    body: tuple[str, ...]
    quotes: tuple[str, ...]


@dataclass(frozen=True)
class Style:
    curly_quotes: bool
    us_dates: bool
    dateline: bool
    wrap_width: int | None


def _read(path: Path) -> dict[str, Any]:
    with path.open("rb") as fh:
        return tomllib.load(fh)


@functools.lru_cache(maxsize=1)
def common() -> dict[str, Any]:
    return _read(MATERIAL / "common.toml")


MATERIAL_SETS = ("artefacts", "heldout", "fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6", "fresh7", "fresh8",
                 "fresh9", "fresh10", "fresh11", "fresh12", "fresh13", "fresh14",
                 "fresh15", "fresh16", "fresh17", "fresh18", "fresh19", "fresh20", "fresh21",
                 "fresh22", "fresh23", "fresh24", "fresh25", "fresh26", "fresh27", "fresh28")


@functools.lru_cache(maxsize=4)
def artefact_material(name: str = "artefacts") -> dict[str, Any]:
    """The injectors' material: ``material/artefacts.toml`` (the development set), ``heldout.toml`` or
    ``fresh.toml`` (items the rules were not written from; missing sections fall back to the development set)."""
    if name not in MATERIAL_SETS:
        raise ValueError(f"unknown material set {name!r} (use {', '.join(MATERIAL_SETS)})")
    data = _read(MATERIAL / "artefacts.toml")
    return data if name == "artefacts" else {**data, **_read(MATERIAL / f"{name}.toml")}


@functools.lru_cache(maxsize=1)
def topics() -> tuple[Topic, ...]:
    out = []
    for path in sorted((MATERIAL / "topics").glob("*.toml")):
        data = _read(path)
        cast = {kind: tuple(Person(p["name"], p.get("last", p["name"].split()[-1]), p.get("role", ""),
                                   p.get("sex", "m"), p.get("org", "")) for p in people)
                for kind, people in data["cast"].items()}
        pools = {k: tuple(v) for k, v in common()["pools"].items()}
        pools.update({k: tuple(v) for k, v in data.get("pools", {}).items()})
        text = data["text"]
        out.append(Topic(data["topic"], cast, pools, *(tuple(text[k]) for k in
                                                       ("headlines", "subheads", "leads", "body", "quotes"))))
    return tuple(out)


def topic_named(name: str) -> Topic:
    for topic in topics():
        if topic.name == name:
            return topic
    raise KeyError(name)


class SlotFiller:
    """Fills the slots of one article's templates, remembering who was mentioned and what was drawn."""

    def __init__(self, topic: Topic, rng: random.Random, style: Style) -> None:
        self.topic, self.rng, self.style = topic, rng, style
        self.people: dict[tuple[str, str], Person] = {}
        self.picked: dict[tuple[str, str], str] = {}
        self.mentioned: set[Person] = set()
        self.headline_mode = False  # headlines name people without introducing them

    def fill(self, template: str) -> str:
        return SLOT.sub(self._render, template)

    def person(self, kind: str, index: str = "") -> Person:
        key = (kind, index)
        if key not in self.people:
            taken = {p for (k, _), p in self.people.items() if k == kind}
            choices = [p for p in self.topic.cast[kind] if p not in taken] or list(self.topic.cast[kind])
            self.people[key] = self.rng.choice(choices)
        return self.people[key]

    def pick(self, base: str, index: str = "") -> str:
        key = (base, index)
        if key not in self.picked:
            taken = {v for (b, _), v in self.picked.items() if b == base}
            choices = [v for v in self.topic.pools[base] if v not in taken] or list(self.topic.pools[base])
            self.picked[key] = self.rng.choice(choices)
        return self.picked[key]

    def _render(self, m: re.Match[str]) -> str:
        base, index, attr = m.group(1), m.group(2), m.group(3)
        if base in self.topic.cast:
            return self._person_text(self.person(base, index), attr)
        if base in GENERATED:
            return self.generated(base)
        if base in self.topic.pools:
            return self.pick(base, index)
        raise KeyError(f"unknown slot {m.group()} in topic {self.topic.name}")

    def _person_text(self, p: Person, attr: str | None) -> str:
        if attr and attr.lower() in ("he", "his", "him"):
            word = PRONOUNS[p.sex][attr.lower()]
            return word.capitalize() if attr[0].isupper() else word
        if attr in ("role", "org"):
            return p.role if attr == "role" else p.org
        if self.headline_mode:
            return p.name if attr == "name" else p.last
        first_mention = p not in self.mentioned
        self.mentioned.add(p)
        if attr == "full" or (attr in (None, "last") and first_mention):
            return f"{p.role} {p.name}".strip()
        return p.name if attr == "name" else p.last

    # --- generated values ------------------------------------------------------------------------
    def generated(self, kind: str) -> str:
        rng = self.rng
        if kind == "num":
            r = rng.random()
            if r < 0.3:
                n = rng.choice((1000, 1500, 2000, 5000, 10000, 20000, 25000, 50000, 100000, 150000, 250000))
            elif r < 0.75:
                n = rng.randrange(1100, 99000, 100)
            else:
                n = rng.randrange(100000, 900000, 1000)
            return f"{n:,}"
        if kind == "big":
            return f"{rng.randint(11, 95) / 10:.1f} million" if rng.random() < 0.7 else f"{rng.randint(2, 40)} million"
        if kind == "pct":
            return self._decimal(rng) if rng.random() < 0.55 else str(rng.randint(2, 45))
        if kind == "money":
            return self._money(rng)
        if kind == "price":
            amount = f"{rng.randint(1, 60)}.{rng.choice(('49', '50', '85', '95', '99', '20'))}"
            return rng.choice((f"€{amount}", f"€{amount}", f"{amount} euros", f"${amount}"))
        if kind == "date":
            month, day = rng.choice(MONTHS), rng.randint(1, 28)
            year = f"{rng.randint(2019, 2024)}" if rng.random() < 0.3 else ""
            if self.style.us_dates:
                return f"{month} {day}" + (f", {year}" if year else "")
            return f"{day} {month}" + (f" {year}" if year else "")
        if kind == "time":
            return rng.choice(TIMES)
        if kind == "year":
            return str(rng.randint(2015, 2023))
        if kind == "small":
            return rng.choice(NUMBER_WORDS)
        if kind == "ord":
            return rng.choice(ORDINALS)
        if kind == "month":
            return rng.choice(MONTHS)
        if kind == "score":
            return f"{rng.randint(1, 4)}-{rng.randint(0, 2)}"
        if kind == "minute":
            return str(rng.randint(5, 88))
        if kind == "age":
            return str(rng.randint(19, 34))
        raise KeyError(kind)

    @staticmethod
    def _decimal(rng: random.Random) -> str:
        tenths = rng.randint(2, 99)
        if tenths % 10 == 0:
            tenths += 1
        return f"{tenths / 10:.1f}"

    def _money(self, rng: random.Random) -> str:
        unit = rng.choice(("billion", "million", "million", ""))
        if unit:
            amount = self._decimal(rng) if rng.random() < 0.5 else str(rng.randint(2, 900))
        else:
            amount = f"{rng.randrange(1000, 900000, 500):,}"
        symbol = rng.choice(("€", "€", "€", "$", "£"))
        words = f"{amount} {unit}".strip()
        if symbol == "€" and rng.random() < 0.35:
            return f"{words} euros"
        return f"{symbol}{words}"


def _sentence(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


def _quote_paragraph(filler: SlotFiller, quotes: list[str], patterns: list[str], rng: random.Random) -> str:
    pattern = patterns.pop()
    kinds = list(filler.topic.cast)
    speaker = "{" + rng.choice(kinds) + rng.choice(("", "", "2")) + "}"
    q1 = quotes.pop()
    q2 = quotes.pop() if "{q2}" in pattern and quotes else None
    if q2 is None:
        pattern = pattern.replace(" “{q2}”", "").replace("“{q2}”", "")
    comma = q1[:-1] + "," if q1.endswith(".") else q1
    text = pattern.replace("{sp}", speaker).replace("{sp.", speaker[:-1] + ".")
    text = text.replace("{q_comma}", comma).replace("{q}", q1).replace("{q2}", q2 or "")
    return _sentence(filler.fill(text))


def _to_straight_quotes(text: str) -> str:
    return text.translate(str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'"}))


def generate_article(seed: int, topic: str | None = None) -> str:
    """One clean article (headline, lead, body paragraphs, subheads), the same for the same seed."""
    rng = random.Random(seed)
    chosen = topic_named(topic) if topic else rng.choice(topics())
    style = Style(curly_quotes=rng.random() < 0.75, us_dates=rng.random() < 0.5,
                  dateline=rng.random() < 0.15, wrap_width=rng.choice((72, 76, 80)) if rng.random() < 0.08 else None)
    filler = SlotFiller(chosen, rng, style)
    body = list(chosen.body)
    rng.shuffle(body)
    # Hard negatives marked "~" (legitimate but unusual: "Wladimir Klitschko", "said that that") are
    # kept with probability RARE_KEEP per article, so they turn up about as often as in real news.
    body = [t.removeprefix("~") for t in body if not t.startswith("~") or rng.random() < RARE_KEEP]
    quotes = list(chosen.quotes)
    rng.shuffle(quotes)
    patterns = list(common()["attribution"]["patterns"])  # no attribution sentence twice in one article
    rng.shuffle(patterns)

    filler.headline_mode = True
    headline = _sentence(filler.fill(rng.choice(chosen.headlines)))
    filler.headline_mode = False
    lead = " ".join(_sentence(filler.fill(t)) for t in (rng.choice(chosen.leads), body.pop()))
    if style.dateline:
        pool = "ua_city" if "ua_city" in chosen.pools else "city"
        place = filler.pick(pool)
        dateline = rng.choice(common()["datelines"]["patterns"]).replace("{CITY}", place.upper())
        lead = filler.fill(dateline) + lead
    paragraphs = [lead]
    for _ in range(rng.randint(9, 15)):
        if quotes and patterns and rng.random() < 0.35:
            para = _quote_paragraph(filler, quotes, patterns, rng)
            if body and rng.random() < 0.5:
                para += " " + _sentence(filler.fill(body.pop()))
        else:
            count = min(len(body), rng.randint(2, 5))
            para = " ".join(_sentence(filler.fill(body.pop())) for _ in range(count))
        if para:
            paragraphs.append(para)
    if rng.random() < 0.15:  # a stylistic fragment, set up by the sentence before it
        setup, fragment = rng.choice(common()["fragments"]["pairs"])
        i = rng.randrange(1, len(paragraphs))
        paragraphs[i] += f" {filler.fill(setup)} {filler.fill(fragment)}"
    if style.wrap_width:
        paragraphs = [textwrap.fill(p, style.wrap_width, break_long_words=False, break_on_hyphens=False)
                      for p in paragraphs]
    subheads = rng.sample(chosen.subheads, k=min(len(chosen.subheads), 1 if len(paragraphs) < 8 else 2))
    for n, sub in enumerate(subheads, start=1):
        at = n * len(paragraphs) // (len(subheads) + 1) + n - 1
        paragraphs.insert(max(2, at), _sentence(filler.fill(sub)))
    text = "\n\n".join([headline, *paragraphs]) + "\n"
    return text if style.curly_quotes else _to_straight_quotes(text)


def generate_articles(count: int, seed: int = 0) -> list[str]:
    """``count`` articles; article ``i`` is ``generate_article(seed * 1_000_003 + i)``."""
    return [generate_article(seed * 1_000_003 + i) for i in range(count)]


def random_headline(rng: random.Random) -> str:
    """A headline from any topic, with its slots filled (for "Read more: …" widgets)."""
    topic = rng.choice(topics())
    return _sentence(SlotFiller(topic, rng, Style(True, True, False, None)).fill(rng.choice(topic.headlines)))


if __name__ == "__main__":  # python -m benchmarks.synthetic.generator [N] [DIR]: write N clean samples
    import sys

    n = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    folder = Path(sys.argv[2]) if len(sys.argv) > 2 else None
    for i, article in enumerate(generate_articles(n)):
        if folder:
            folder.mkdir(parents=True, exist_ok=True)
            (folder / f"clean-{i:04d}.txt").write_text(article, encoding="utf-8")
        else:
            print(article, "\n" + "=" * 80)
