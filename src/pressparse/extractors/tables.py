"""Placeholder: replaced by the tables extractor."""


def extract(doc, record, options) -> None:
    return None
