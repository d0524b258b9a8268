"""Placeholder: replaced by the outline extractor."""


def extract(doc, record, options) -> None:
    return None
