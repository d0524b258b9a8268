"""Placeholder: replaced by the glosses extractor."""


def extract(doc, record, options) -> None:
    return None
