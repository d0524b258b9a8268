"""Placeholder: replaced by the quotes extractor."""


def extract(doc, record, options) -> None:
    return None
