"""Phone numbers in E.164, by Google's libphonenumber (the `phonenumbers` package)."""
from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=4096)
def e164(phone: str | None) -> str | None:
    """`044-204-7320` → `+82442047320`; None when the number is partial or not valid in Korea."""
    if not phone:
        return None
    import phonenumbers

    try:
        number = phonenumbers.parse(phone, "KR")
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(number):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
