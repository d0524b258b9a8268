"""Direct quotations in the body and who said them (fills ``record.quotes``).

1. :mod:`.quote_marks` finds the Korean “…” segments of the body and groups those joined by
   a connective (`”며, “`) into one utterance with its lead and clause.
2. An utterance is speech when a quotative ending follows it (`”라고`, `”며`), when a speaker
   introduces it (`시 관계자는 “…”.`), or when it stands alone and the next paragraph reports
   it (`이같이 말했다`). Quoted terms (`“누리”가`), slogans and headlines are not.
3. :mod:`.quote_speakers` reads the speaker (before, after or next paragraph) and the verb;
   :mod:`.quote_people` resolves back-references; an utterance without a subject continues
   the previous speaker (`또 “…”`, `이어, “…”`).
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import regex

from ...document import Body, Document, Regions
from ...models import Quote, Release, Speaker
from ...options import Options
from .marks import QUOTATIVE_TAIL, Chain, build_chains, find_marks
from .people import people_in, resolve
from .sentences import MAX_SENTENCE, sentence_end, sentence_start
from ...korean import is_syllable
from ...korean.kiwi import get_kiwi
from ...korean.organisations import head_of
from .speakers import ANAPHORA, CATAPHORA, Mention, find_subject, reporting_verb

#: what may follow a quote that ends its sentence without a quotative ending
CLAUSE_END = " \t\n.,"
#: a quotative particle after which the speaker may still come (`”라고 김 장관은 말했다`)
SPEAKER_AFTER = regex.compile(r"\s?(?:(?:이)?라고|고)\s")
#: the first character that is not white space
NON_BLANK = regex.compile(r"\S")
#: a blank line between paragraphs
PARAGRAPH_GAP = regex.compile(r"\n\s*\n")
#: how many characters around a line break are read to tell whether it split a word, and how
#: much likelier (Kiwi's log score) the joined reading must be
WORD_WINDOW, JOIN_MARGIN = 12, 1.0
#: a line break inside a quotation with the white space around it (from where the run starts)
LINE_BREAK = regex.compile(r"(?<!\s)[^\S\n]*+\n\s*+")


@dataclass
class Report:
    """One utterance that is speech: its quotes, who (as written) and the verb."""

    chain: Chain
    mention: Mention | None
    verb: str | None


def extract(doc: Document, record: Release, options: Options, regions: Regions) -> None:
    """Fill ``record.quotes`` with every direct quotation of the body (after the title block,
    outside the header: ``regions``) and its speaker."""
    if not options.quotes:
        return
    text = doc.text
    reports = [r for c in build_chains(text, find_marks(Body(doc, regions))) if (r := _report(text, c))]
    people = cache(lambda: people_in(text, [r.mention for r in reports if r.mention]))  # back-references only
    previous: tuple[Speaker, tuple[int, int]] | None = None
    for rep in reports:
        if rep.mention:
            previous = (resolve(rep.mention, people, previous and previous[0], text), rep.mention.span)
        speaker, span = previous or (Speaker(), None)
        for mark in rep.chain.marks:
            record.quotes.append(Quote(speaker=_unfused(speaker), text=_flat(doc.slice(mark.span)),
                                       verb=rep.verb, span=mark.span, speaker_span=span))


def _unfused(speaker: Speaker) -> Speaker:
    """A copy of ``speaker`` whose position written fused with its organisation is split into the
    two, as the record writes them (`나주시장` → organisation 나주시, position 시장; `보건복지부장관`
    → 보건복지부, 장관), where no other organisation is given."""
    split = None if speaker.organization or not speaker.position else head_of(speaker.position)
    if split is None:
        return speaker.model_copy()
    return speaker.model_copy(update={"organization": split[0], "position": split[1]})


def _report(text: str, chain: Chain) -> Report | None:
    """The utterance as a report, or None when its quotes are terms, titles or slogans."""
    lead = text[chain.lead_start:chain.lead_end]
    clause = text[chain.clause_start:chain.clause_end]
    if not PARAGRAPH_GAP.split(lead)[-1].strip() and not clause.strip(CLAUSE_END):
        return _reported_next(text, chain)  # the quote is a paragraph of its own
    quotative = chain.connected or bool(QUOTATIVE_TAIL.match(clause))
    if not quotative and clause.strip(CLAUSE_END):
        return None  # text goes on after the quote: a term, a name or a headline
    subject = find_subject(lead, chain.lead_start) if lead.strip() else None
    if not quotative:
        return Report(chain, subject, None) if subject else None  # 시 관계자는 “…”.
    if not subject and not any(" " in text[m.start:m.end] for m in chain.marks):
        return None  # a single quoted word before 라고 names a thing (“누리”라고 부른다)
    after = SPEAKER_AFTER.match(clause)  # “…”라고 김 장관은 말했다 (not “…”며 정부는 …)
    if not subject and after:
        subject = find_subject(clause[after.end():], chain.clause_start + after.end())
    return Report(chain, subject, reporting_verb(clause))


def _reported_next(text: str, chain: Chain) -> Report | None:
    """A quote standing alone, reported by the paragraph after it (`… 이같이 말했다`)
    or announced by the sentence before it (`… 다음과 같이 말했다.`)."""
    nonblank = NON_BLANK.search(text, chain.clause_end)
    start = nonblank.start() if nonblank else len(text)
    after = text[start:sentence_end(text, start)]
    window = max(0, chain.lead_start - MAX_SENTENCE)
    before_end = window + len(text[window:chain.lead_start].rstrip())
    before = text[sentence_start(text, max(before_end - 1, 0)):before_end]
    for sentence, at, anaphora in ((after, start, ANAPHORA), (before, before_end - len(before), CATAPHORA)):
        found = anaphora.search(sentence)
        if found:
            subject = find_subject(sentence[:found.start()], at)
            return Report(chain, subject, reporting_verb(sentence[found.end():]))
    return None


def _flat(quoted: str) -> str:
    """The quoted text with its line breaks folded: to nothing where the break split a word
    (`정책지원⏎의`, `현⏎장의`: Kiwi reads the words joined far more likely than apart), else to
    a space."""
    return LINE_BREAK.sub(lambda m: "" if _split_word(quoted, m.start(), m.end()) else " ", quoted)


def _split_word(text: str, start: int, end: int) -> bool:
    """True when the line break at ``start:end`` of ``text`` falls inside a word."""
    before = text[max(0, start - WORD_WINDOW):start].split()
    after = text[end:end + WORD_WINDOW].split()
    if not before or not after or not (is_syllable(before[-1][-1]) and is_syllable(after[0][0])):
        return False
    left, right = before[-1], " ".join(after[:2])
    kiwi = get_kiwi()
    apart = kiwi.analyze(f"{left} {right}", top_n=1)[0][1]
    joined = kiwi.analyze(left + right, top_n=1)[0][1]
    return joined > apart + JOIN_MARGIN
