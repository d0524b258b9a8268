"""Re-choosing a particle after the word before it changes (공동연수(워크숍)을 → 공동연수를).

Kiwi's tokens say what follows a word (particle, copula, suffix, noun); ``Kiwi.join`` on the
minimal pair (the new word + the particle morphemes) realises the particle for the new
final sound, including ㄹ + 으로 → 로 and the copula contraction 이었 → 였.
"""
from __future__ import annotations

from collections.abc import Sequence

from .kiwi import get_kiwi

#: Kiwi tag prefixes of particles (조사): JKS, JKC, JKO, JKB, JKG, JKV, JX, JC
PARTICLE_PREFIX = "J"
#: Kiwi tag of the copula 이다, whose 이 drops after a vowel (였다, 라는)
COPULA_TAG = "VCP"
#: Kiwi tag prefix of endings that travel with the copula (었, 다, 라는, 며)
ENDING_PREFIX = "E"
#: closing quotation marks that may stand between ')' and the particle: 공동연수(워크숍)’을
CLOSING_QUOTES = frozenset("’”'\"」』｣》〉")


def takes_particle(tag: str) -> bool:
    """True when a token with this tag attaches to the word before and depends on its sound."""
    return tag.startswith(PARTICLE_PREFIX) or tag == COPULA_TAG


def rechoose(word: str, morphs: Sequence[tuple[str, str]]) -> str | None:
    """The surface of ``morphs`` (particle or copula + endings) after ``word``.

    Returns None when Kiwi's join does not keep ``word`` intact (nothing safe to splice).
    """
    last = word.split()[-1] if word.split() else word
    joined = get_kiwi().join([(last, "NNG"), *morphs])
    return joined[len(last):] if joined.startswith(last) else None
