"""MT801 sentence-fragment: verbless sentences and stranded subordinate clauses.

The word lists come from ``mtcheck.rules.structure_lexicon`` (and, for the lists only this rule reads,
straight from ``data/common/structure.<tgt>.toml``); how a sentence opens and which of its words the
verb test reads from ``mtcheck.rules.fragment_grammar``; where a fragment stands (narrative, dialogue, a
quotation, a reply) from ``mtcheck.rules.fragment_placement``; sentences of connectives only from
``mtcheck.rules.fragment_connectives``; non-finite clauses and never-initial openers from
``mtcheck.rules.fragment_clauses``; the verb test from lemminflect's lexicon via ``mtcheck.lang.verbs``.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterator

from mtcheck.lang.verbs import has_possible_verb
from mtcheck.model import Category, Document, Hit, Paragraph, Sentence, Severity
from mtcheck.rules.base import Context, Rule
from mtcheck.rules.fragment_clauses import clause_fragment, focus_clause, indirect_question, listed, second_phrase
from mtcheck.rules.fragment_connectives import MAX_CONNECTIVE_CHARS, adverb_only, connective_only
from mtcheck.rules.fragment_formulae import MAX_TAUTOLOGY_CHARS
from mtcheck.rules.fragment_grammar import (Extra, extra_lists, long_enough, opening, passive_phrase, subjectless,
                                            verb_test_tokens)
from mtcheck.rules.fragment_placement import (COMMON_VERBS, answers_denial, inside_quotation, narrative,
                                              scene_candidate, scene_placed)
from mtcheck.rules.structure_lexicon import StructureLexicon, lexicon
from mtcheck.text.lazy_regex import lazy_compile

_OPENING_WORD = lazy_compile(r"[^\W\d_]+")
# Numbers with their separators ("20,000"), words (with inner hyphens and apostrophes, as in
# mtcheck.model) and single punctuation marks.
_TOKEN = lazy_compile(r"\d+(?:[.,:/]\d+)*|[^\W_](?:\w|[-'’](?=\w))*|[^\w\s]")
_NO_OPENER = lazy_compile(r"(?!)")
_PARTICIPLE_ENDINGS = ("ed", "en")
_POSSESSIVE_HYPHEN = ("'s-", "’s-")


class SentenceFragment(Rule):
    """Verbless sentences, stranded subordinate clauses and statements without a subject.

    ## What it does
    Flags a sentence with no verb that starts with a subordinator ("Because despite all the talks
    this week.", "Although without result.", also after "For", German "denn": "For despite all the
    talks."), a causal, concessive or other complex preposition of officialese ("Despite all the
    warnings.", "Because of the strike.", "In view of the rising costs.", "Against the background of
    the war.", "According to the ministry.", "Such as the bridge in Dresden."), a long "with"/"without"
    phrase ("Without any result so far."), a preposition made from a participle with three words or
    more after it ("Following months of talks.") or a focusing adverb and a preposition or subordinator
    ("Especially in the east of the country.", "Not least because of the war.", "Especially since the
    costs."); a conjunction with nothing after it ("Because.", "Especially since.", "Especially as.");
    a short sentence that starts with "Although", "Whereas" or "Which" and has no comma, so no room for
    a main clause; and a connective left standing alone, or two of them ("After all.", "Instead.", "By
    the way.", "Overall.", "In this context.", "After all, however."), also one known by its shape
    ("Henceforth.", "Thereupon.", "Hitherto.", "Nowadays.", "But also.", "Nevertheless also.") or a
    time deixis after a preposition ("By now.", "From then on.", "Up to now."); a stance, epistemic,
    evaluative or time sentence adverb standing alone in narrative prose ("Probably.", "Presumably.",
    "Unfortunately.", "Allegedly.", "Of course.", "Actually.", "At last.", "Later.", "Since then.",
    "Until now.", "So far.", "Very probably.", "But unfortunately."), but not as a reply after a
    question, in dialogue, as a comment on a quotation, in a list item, or as the teaser "Until now."
    after a negated past perfect ("No one had ever climbed it. Until now."); a viewpoint, focus or
    discourse adverb standing alone the same way ("Strictly speaking.", "Notably.", "Namely.",
    "Essentially.", "Interestingly enough."), and so any adverb in "-ly" made from an adjective or
    participle ("Annoyingly.", "Unexpectedly.", "Traditionally.", "Officially.", "Weirdly enough.") or a
    hedge ("So to speak.", "As it were.", "Needless to say."), also a lone manner, degree or hedge adverb
    after a statement ("The deal was signed. Secretly.", "Air quality improved. Measurably.", "He is a
    member. Nominally."); a German sentence adverbial rendered word for word ("Seen overall.",
    "Economically seen.", "All the more.", "With certainty.", "Without question.", "In the end effect.",
    "Under all circumstances.", "In the first line.", "From the ground up.", "Black on white.",
    "At the latest now."); a German adverb compound rendered morpheme for morpheme ("Criminal-legally.",
    "Traffic-technically.", "Climate-neutrally.", "Weather-conditioned.", "Time-near.", "Dramaturgically.")
    or a German idiom rendered word for word ("Short and good.", "Said, done.", "How that may also be.",
    "As had.", "To good last.", "At its time.", "Until dato.", "Everything other than.", "After as
    before.", "European-legally.", "Sportingly seen.", "Purely arithmetically.", "Stand now.", "To all
    misfortune.", "To the hearing after.", "Come what wants.", "Not at last."), not "Short and sweet.", "No
    sooner said than done.", "So be it.", "By all appearances.", "Anything but.", "Self-evidently.",
    "Single-handedly.", "Air-conditioned."; a long scene-setting prepositional phrase with no verb, at
    least seven words after the preposition, plain (no comma, colon, dash, bracket or quotation mark) and
    in a paragraph with a sentence that could take it ("In the presence of numerous guests of honour.",
    "After weeks of heavy rainfall in southern Bavaria."); a temporal clause after a focusing word with no
    main clause ("Even before the first votes had been counted.", "Only after the police had arrived.",
    "Long before the crisis began."); an infinitive or perfect-participle clause with no main clause ("To
    strengthen the alliance.", "Having said that the talks would go on."); a sentence that opens with
    "Than", "Whereby" or "Whereupon". Also a
    statement that opens with a finite verb and has no subject ("Is leading in national polls.", "Was
    released on Monday.": German drops a repeated subject after "und"), but not an inverted condition
    ("Had the talks failed, …", "Were it not for …"), nor a colloquial subject drop ("Could be worse.", "Must
    have cost plenty."); "Will", "Can" and "Must" count only before a verb in its base form and after another
    sentence ("Will also meet the president there."). Also a relative clause with "whose" ("Whose party
    had called for his resignation.", not the indirect question "Whose fault it was remains unclear."), a
    verbless phrase after "already" ("Already in 2015.", "As already in 2019.") and a long verbless phrase
    of a past participle and "by" ("Accompanied by loud protests from the opposition benches."). With the
    option ``check_long_verbless``, also long sentences with no verb.

    The verb test uses lemminflect's lexicon and is conservative: any word that can be a verb outside a
    noun phrase counts as one. Only what follows the opener is tested, and inside a noun phrase an
    adjective or participle before a noun is a modifier ("the rising costs", "of growing tensions", "a
    small number of"), an "-ing" form with no object a gerund ("for speeding."), "last" before a time a
    time ("last week"); an "-ing" form with an object stays a possible verb ("without giving reasons").

    Left alone: headings, list items, captions, quotations, questions, exclamations, answers to a
    question (also in the paragraph after it, as in interviews), labels with a colon, credit lines
    ("With material from dpa and AFP.", "With additional reporting by ..."), noun-phrase fragments ("A
    bold move.", "Another defeat.", "Especially families with children.") and the short fragments and
    afterthoughts good journalism uses ("No wonder.", "As usual.", "Not so in Berlin.", "Far from it.",
    "In vain.", "Without a doubt.", "Because of you.", "Given the circumstances.", "With no end in
    sight.", "In the middle of the night.", "At four o'clock in the afternoon.", "Except for the mayor.",
    "With the exception of Bavaria.",
    "For fear of reprisals.", "In the hope of a better life.", "Compared to last year."), replies and
    afterthoughts ("Not yet.", "For now.", "Until then.", "And yet.", "On the contrary.", "Probably
    not.", "Apparently so.", "Perhaps.", "Absolutely.", "Totally.", "In theory.", "Even if it costs him
    the job.", "Especially when it rains.", "Not until the police arrived."), the afterthoughts English
    writes after a statement ("Hardly.", "Mostly.", "Partly.", "Repeatedly.", "Temporarily.", "Briefly.",
    "Technically.", "Literally.", "Yet again."; at the head of a paragraph they lead into, "Slowly. The
    water rose.", they are fragments), a manner or degree adverb as a paragraph of its own, in a phrase
    ("Slowly but steadily.") or in a run of them ("She smiled slightly. Softly. Warmly."), the idioms
    "Without a doubt.", "All the better.", "In a way.", "To some extent.", "From scratch.", a fronted
    phrase whose comma was left out ("In the summer the city plans new cycle paths.", "Only after the
    police had arrived did the crowd disperse."), long
    verbless noun phrases (unless ``check_long_verbless``), infinitives of comment ("To put it
    mildly.", "To be fair.") and short purpose afterthoughts ("To catch up.").

    ## Why it matters
    German MT splits a sentence at "Denn ..." or "Immerhin." and moves the verb into the next sentence,
    or keeps a German sentence adverb ("Stattdessen.", "Trotz allem.", "Wahrscheinlich.", "Leider.",
    "Seitdem.", "Vor allem in den Städten.") or a fronted phrase ("Vor dem Hintergrund des Krieges.") as
    a sentence of its own, leaving a fragment that reads as a glitch.

    ## Example
        It cannot be ruled out. Because despite all the talks this week. No move is foreseeable.
        After all. This is not a breakthrough.

    ## Use instead
        It cannot be ruled out, because despite all the talks this week no move is foreseeable.
        At least, this is not a breakthrough.

    ## Fix safety
    No fix: rejoining the clause needs a rewrite.
    """

    id = "MT801"
    name = "sentence-fragment"
    category = Category.FLUENCY
    severity = Severity.WARNING

    @dataclass(frozen=True)
    class Options:
        # Also flag any verbless sentence of ``long_verbless_words`` or more. Off by default: on human
        # English it finds instructions ("1 g per 250 ml of water or 100 g of soft food.") and noun/verb
        # ambiguities ("The 16-year-old steps into the shoes of ...") as often as lost verbs.
        check_long_verbless: bool = False

    def check(self, doc: Document, ctx: Context) -> Iterator[Hit]:
        lex = lexicon(ctx)
        extra = extra_lists(ctx, lex)
        previous, after_heading = "", False
        for para in doc.paragraphs:
            first_line = para.lines[0].text.lstrip().lower()
            if para.is_heading or lex.list_item.match(first_line) or first_line.startswith(lex.captions):
                previous, after_heading = para.sentences[-1].text if para.sentences else "", True
                continue
            # ``previous`` runs on across paragraphs: an answer may open the paragraph after the question
            # ("Why did you leave?⏎⏎Because of the constant pressure.").
            for sent in para.sentences:
                before, (answers_question, previous) = previous, (previous.endswith("?"), sent.text)
                if not sent.text.endswith(".") or sent.text.endswith("...") or answers_question:
                    continue  # questions, exclamations, "...", and answers ("Why? Because of the war.")
                hit = self._judge(sent, lex, extra, ctx.options, (para, before, after_heading))
                after_heading = False
                if hit and not inside_quotation(para, sent):
                    yield hit

    @staticmethod
    def _judge(sent: Sentence, lex: StructureLexicon, extra: Extra, options: Any,
               place: tuple[Paragraph, str, bool]) -> Hit | None:
        """``place``: the paragraph, the sentence before and whether a heading, list or caption came just
        before (what tells a list item without a bullet from a clause cut off its sentence)."""
        text = sent.text
        first = _OPENING_WORD.match(text)
        word = first.group() if first else ""
        # "Europe-wide."; round 18: a possessive first part, "People's-legally."
        head = text.split(None, 1)[0].rstrip(".,;") if text[len(word):len(word) + 1] == "-" or (
            text[len(word):len(word) + 3] in _POSSESSIVE_HYPHEN) else word
        lists, key = extra.connectives, head.lower()
        if len(text) <= MAX_CONNECTIVE_CHARS and (lists.starts[key] or (len(text) <= lists.max_idiom_chars and (
                key in lists.idiom_only_firsts or text.endswith(lists.postposition_ending)))):  # "As had."
            adverb = adverb_only(text, extra.connectives)
            if adverb and narrative(sent, place[0], place[1], adverb, lex, extra):  # "Probably.", "Since then."
                return Hit(sent.span, f'sentence adverb "{text[:-1]}" stands alone as a sentence; join it to '
                                      f"the sentence it qualifies ('{text[:-1].split(',')[0]}, ...' or '... "
                                      f"{adverb} ...')")
            advice = connective_only(text, extra.connectives)
            if advice and not answers_denial(text, place[1], extra):  # "After all, however.", "By now."
                return Hit(sent.span, f'"{text}" cannot stand alone as an English sentence: {advice}')
        if len(text) <= MAX_TAUTOLOGY_CHARS and (" is " in text or " remains " in text or " stays " in text) and (
                participle := extra.formulae.participle_tautology(text)):  # round 20: "Said is said."
            return Hit(sent.span, f'"{text}" renders a German proverb word for word ("{participle} is '
                                  f'{participle}"); English says "That\'s that." or words it as a clause')
        verb = subjectless(text, extra, place[0].sentences[0] is sent) if word in extra.subjectless_openers else None
        if verb:
            return Hit(sent.span, f'statement opens with "{verb}" and has no subject: a clause cut off from the '
                                  "sentence that names who or what it is about; join it to that sentence")
        if word in extra.clauses.first_words:  # "To strengthen the alliance.", "Than in the previous year."
            problem = clause_fragment(text, extra.clauses, lex.phrase_openers, lex.function_words, COMMON_VERBS)
            if problem and not listed(sent, word, *place):
                return Hit(sent.span, problem)
        scene, lower = False, word.lower()
        rest = None if options.check_long_verbless else extra.openers.get(lower, _NO_OPENER)
        passive = rest is _NO_OPENER and word.endswith(_PARTICIPLE_ENDINGS) and text.startswith(" by ", len(word))
        if rest is _NO_OPENER and not passive:
            return None  # the cheap exit: most sentences open with no subordinator or preposition
        if lower in extra.clauses.focus_leads:  # "Even before the first votes had been counted."
            problem = focus_clause(text, extra.clauses, lex.phrase_openers, lex.function_words)
            if problem and not listed(sent, word, *place) and not extra.connectives.leads(text.lower().split()[1:]):
                return Hit(sent.span, problem)
        if rest is not None and not passive and not rest.match(text, first.end()):
            if (lower not in extra.scene or "," in text or text.count(" ") < extra.min_after_scene
                    or not scene_candidate(sent, place[0], first, extra)):
                return None
            plain = text[:-1].lower().split()  # no punctuation inside: the words
            if (second_phrase(plain[1:], extra.clauses, lex.phrase_openers) or extra.connectives.leads(plain)
                    or not scene_placed(sent, *place[:2])):
                return None  # "In the summer the city plans ...", "In short a house cost ...": a main clause
            scene = True  # "After weeks of heavy rainfall in southern Bavaria."
        tokens = _TOKEN.findall(text)
        words = [t.lower() for t in tokens if t[0].isalnum()]
        if not words:
            return None
        kind, focused, opener, after = opening(words, lex, extra)
        if passive:  # "Accompanied by loud protests from the opposition benches."
            if not passive_phrase(words, sent, *place, extra) or listed(sent, word, *place):
                return None
            kind, opener, after = "participle", " ".join(words[:2]), words[2:]
        if scene and kind is None:
            kind, opener, after = "scene", words[0], words[1:]
        if kind is None and not (options.check_long_verbless and len(words) >= lex.long_verbless):
            return None
        if (kind == "subordinator" and not focused and opener in lex.stranded_openers and "," not in text
                and extra.clauses.min_stranded(words, opener in lex.relative_pronouns, lex.min_stranded)
                <= len(words) <= (lex.max_stranded_relative if opener in lex.relative_pronouns else lex.max_stranded)
                and not text.lower().startswith(lex.stranded_exempt) and not indirect_question(words, extra.clauses)):
            return Hit(sent.span, f'"{opener}" clause stands alone without a main clause; join it to the '
                                  "sentence it belongs to")
        if not COMMON_VERBS.isdisjoint(text.split()):
            return None  # the cheap path: most sentences hold an "is", "has" or "said"
        if kind is not None and not long_enough(kind, focused, opener, after, lex, extra):
            return None
        if has_possible_verb(verb_test_tokens(tokens, kind, len(words) - len(after), lex, extra), lex.phrase_openers,
                             lex.function_words):
            return None
        if ":" in text or f"{' '.join(words)} ".startswith(extra.exempt_openings):
            return None  # a label ("In favour of the motion: 312."), "With no end in sight.", a credit line
        if kind is None:
            return Hit(sent.span, "sentence has no verb; check for a verb lost in translation")
        if kind == "subordinator":
            if not after:
                return Hit(sent.span, f'"{text}" is a conjunction with no clause; join it to the sentence '
                                      "that gives its reason or condition")
            return Hit(sent.span, f'stranded "{opener}" clause with no verb and no main clause; join it to the '
                                  "neighbouring sentence that holds its verb")
        return Hit(sent.span, f'verbless "{opener}" phrase standing alone as a sentence; join it to the '
                              "sentence it belongs to")


RULES = (SentenceFragment,)
