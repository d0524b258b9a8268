"""Korean language helpers: the lazy Kiwi analyser and named word lists."""
import re

#: one Hangul syllable
HANGUL = re.compile(r"[가-힣]")


def is_syllable(ch: str) -> bool:
    """True when ``ch`` is one Hangul syllable (가–힣), as :data:`HANGUL` matches."""
    return "가" <= ch <= "힣"


def letters(text: str | None) -> str:
    """The letters and digits of ``text`` alone: how two spellings of one title are compared
    (spaces, quotation marks and brackets set apart)."""
    return "".join(ch for ch in text or "" if ch.isalnum())
