"""Property-based fuzzing of parse(): whatever the input, a valid record and spans inside its text.

Three kinds of input (strategies in tests/fuzz_support.py): random bytes, text built from pieces
of Korean releases (as str and as bytes in several encodings), and the bundled samples with
mutated bytes. For every example parse() must return a Release whose JSON validates against
schemas/release.schema.json and whose spans all lie within ``0..len(record.text)``.

The runs are derandomised (a fixed seed, no example database), so CI sees the same examples on
every run; ``PRESSPARSE_FUZZ_SCALE=4 pytest tests/test_fuzz.py`` multiplies the example counts
(and draws new examples from a random seed when ``PRESSPARSE_FUZZ_SEED=random``).
For a long run with time and memory bounds per example: ``python benchmarks/fuzz.py --minutes 60``.
"""
from __future__ import annotations

import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fuzz_support import (
    BINARY_KINDS,
    HTML_KINDS,
    TEXT_KINDS,
    check_record,
    mutated_samples,
    parse_and_check,
    random_bytes,
    release_inputs,
    release_texts,
    schema_validator,
)

import pressparse

SCALE = float(os.environ.get("PRESSPARSE_FUZZ_SCALE", "1"))
DERANDOMIZE = os.environ.get("PRESSPARSE_FUZZ_SEED", "fixed") != "random"
#: a parse taking longer than this fails the example instead of hanging the suite
TIMEOUT = 10.0

FAST = {"quotes": False, "glosses": False}


def fuzz_settings(examples: int) -> settings:
    return settings(
        max_examples=max(1, int(examples * SCALE)),
        deadline=None,
        derandomize=DERANDOMIZE,
        database=None,
        print_blob=True,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.large_base_example],
    )


def test_schema_is_valid_draft_2020_12_and_a_plain_record_validates():
    check_record(pressparse.Release())
    assert schema_validator().schema["$schema"].endswith("2020-12/schema")


@fuzz_settings(300)
@given(random_bytes())
def test_random_bytes(data):
    parse_and_check(data, timeout=TIMEOUT, **FAST)


@fuzz_settings(300)
@given(release_inputs())
def test_release_fragments(data):
    parse_and_check(data, timeout=TIMEOUT, **FAST)


@fuzz_settings(150)
@given(st.text(st.characters(codec=None), max_size=300))
def test_any_str(text):
    parse_and_check(text, timeout=TIMEOUT, **FAST)


@fuzz_settings(60)
@given(release_texts(max_pieces=25), st.sampled_from(("korean", "loanword", "both", "none")), st.booleans())
def test_release_fragments_every_extractor(text, normalize, as_bytes):
    data = text.encode("utf-8", errors="surrogatepass") if as_bytes else text
    parse_and_check(data, timeout=TIMEOUT, quotes=True, glosses=True, normalize=normalize)


@fuzz_settings(200)
@given(mutated_samples(TEXT_KINDS))
def test_mutated_text_samples(sample):
    _, data = sample
    parse_and_check(data, timeout=TIMEOUT, **FAST)


# A page whose first bytes no longer say HTML is read as plain text: 200 kB of indented markup.
@fuzz_settings(30)
@given(mutated_samples(HTML_KINDS))
def test_mutated_html_samples(sample):
    _, data = sample
    parse_and_check(data, timeout=TIMEOUT, **FAST)


@fuzz_settings(40)
@given(mutated_samples(BINARY_KINDS))
def test_mutated_hwpx_hwp_pdf_samples(sample):
    _, data = sample
    parse_and_check(data, timeout=TIMEOUT, **FAST)


@fuzz_settings(25)
@given(mutated_samples(TEXT_KINDS + BINARY_KINDS))
def test_mutated_samples_every_extractor(sample):
    _, data = sample
    parse_and_check(data, timeout=TIMEOUT)
