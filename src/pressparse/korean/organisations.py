"""Telling an organisation's name (행정안전부, 금융감독원) from a unit inside one (혁신기획과)."""
from __future__ import annotations

from .header_words import MINISTRIES, ORGANISATION_ENDINGS, UNIT_ENDINGS


def is_organisation(word: str) -> bool:
    """True for a ministry, agency, public body or local government; False for its units."""
    if word in MINISTRIES:
        return True
    if len(word) < 3:
        return False
    if word.endswith(("위원회", "청")):
        return True
    if UNIT_ENDINGS.search(word):
        return False
    return bool(ORGANISATION_ENDINGS.search(word))
