"""Korean language helpers: the lazy Kiwi analyser and named word lists."""
import re

#: one Hangul syllable
HANGUL = re.compile(r"[가-힣]")
