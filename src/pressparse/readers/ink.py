"""Text a reader does not see: written in the colour of what is behind it.

Releases hide text behind a logo or in a header cell in white (`개인정보 보호위원회` in white
over an emblem, a ministry's name left from a template). White text on a dark cell (`붙임 1` on
navy) is seen and kept. The HWPX and HWP readers pass each run's text colour and the fill of
the cell it stands in (None: no fill, the white page).
"""
from __future__ import annotations

#: the least each of red, green and blue has in a colour read as white (paper, or white ink)
WHITE_LEVEL = 0xF0

Colour = tuple[int, int, int]
#: the ground of text outside any cell: the white page
PAGE: Colour | None = None
#: the ground of a drawing's text box, whose fill is not read: its text is taken as seen
UNREAD_GROUND: Colour = (0, 0, 0)


def unseen(ink: Colour | None, background: Colour | None) -> bool:
    """True when text in ``ink`` cannot be seen on ``background`` (None: no fill, white):
    white-ish ink on a white-ish ground. Other pairs are kept, whatever their contrast."""
    return ink is not None and _white(ink) and (background is None or _white(background))


def _white(colour: Colour) -> bool:
    return min(colour) >= WHITE_LEVEL


def from_hex(value: str | None) -> Colour | None:
    """`#RRGGBB` (HWPX) as a colour; None for `none`, a missing or a malformed value."""
    if not value or len(value) != 7 or value[0] != "#":
        return None
    try:
        number = int(value[1:], 16)
    except ValueError:
        return None
    return (number >> 16 & 0xFF, number >> 8 & 0xFF, number & 0xFF)


def from_colorref(value: int) -> Colour:
    """A Windows COLORREF (0x00BBGGRR, HWP 5) as a colour."""
    return (value & 0xFF, value >> 8 & 0xFF, value >> 16 & 0xFF)
