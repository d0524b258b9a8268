"""Placeholder: replaced by the title extractor."""


def extract(doc, record, options) -> None:
    return None
