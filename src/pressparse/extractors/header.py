"""Placeholder: replaced by the header extractor."""


def extract(doc, record, options) -> None:
    return None
