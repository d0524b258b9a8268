"""Every compiled pattern of the package runs in linear time, and so does a parse of a long line.

The patterns are collected from all modules (module-level patterns, also inside tuples, lists,
sets and dicts), then each one is searched, matched and full-matched on adversarial texts of
growing length: runs of spaces, tabs, newlines, dots, digits, Hangul, brackets and the symbols
and words the pattern itself is written with. A pattern fails when a text eight times longer
costs much more than eight times as much (a quadratic pattern costs 64 times as much).

A pattern that explodes is stopped early: small sizes come first, each with a time budget,
and `regex` patterns run with a timeout (stdlib `re` has none).
"""
from __future__ import annotations

import gc
import importlib
import itertools
import pkgutil
import re
import time
from collections.abc import Callable, Iterator

import pytest
import regex

import pressparse

#: the two sizes compared (characters); the larger is LARGE / SMALL times the smaller
SMALL, LARGE = 2_000, 16_000
#: sizes tried first, each within EARLY_BUDGET, so that an exploding pattern fails fast
EARLY = (16, 32, 64, 128, 256, 512)
EARLY_BUDGET = 0.25
#: the most a call on SMALL characters may cost (a linear pattern takes well under a millisecond)
SMALL_BUDGET = 0.05
#: LARGE may cost at most this many times SMALL (linear: 8; quadratic: 64) …
MAX_RATIO = 30
#: … unless it is cheap anyway: timer noise and cache effects decide below this
FLOOR = 0.020
#: the timeout of one call of a `regex` pattern
TIMEOUT = 2.0
#: a failing pattern reports this many problems, then the test stops measuring it
MAX_REPORTED = 2
#: the operations tried on every pattern
OPERATIONS = ("search", "match", "fullmatch")

Pattern = re.Pattern | regex.Pattern


def _collect() -> dict[str, Pattern]:
    """Every compiled pattern reachable from a module attribute of pressparse, by a readable name."""
    found: dict[int, tuple[str, Pattern]] = {}

    def visit(name: str, value: object, depth: int) -> None:
        if isinstance(value, (re.Pattern, regex.Pattern)):
            found.setdefault(id(value), (name, value))
        elif depth < 3 and isinstance(value, (list, tuple, set, frozenset)):
            for i, item in enumerate(value):
                visit(f"{name}[{i}]", item, depth + 1)
        elif depth < 3 and isinstance(value, dict):
            for key, item in value.items():
                visit(f"{name}[{key!r}]", item, depth + 1)

    for info in pkgutil.walk_packages(pressparse.__path__, "pressparse."):
        module = importlib.import_module(info.name)
        for attr, value in vars(module).items():
            visit(f"{info.name}.{attr}", value, 0)
    return {name: pattern for name, pattern in found.values()}


PATTERNS = _collect()


def _family(prefix: str, unit: str, suffix: str = "") -> Callable[[int], str]:
    """Texts of about ``n`` characters: ``unit`` repeated between ``prefix`` and ``suffix``."""
    return lambda n: prefix + unit * max(1, n // len(unit)) + suffix


#: texts every pattern is tried on
FAMILIES: dict[str, Callable[[int], str]] = {
    "spaces<": _family("", " ", "<"),
    "spaces": _family("", " "),
    "tabs x": _family("", "\t", "x"),
    "newlines x": _family("", "\n", "x"),
    "space newline": _family("", " \n"),
    "brackets": _family("", "("),
    "bracket space": _family("", "( "),
    "closing": _family("", ")"),
    "square": _family("", "["),
    "angle": _family("", "<"),
    "hangul": _family("", "가"),
    "hangul space": _family("", "가 "),
    "hangul space colon": _family("", "가 ", ":"),
    "words (": _family("", "가나다 ", "("),
    "hangul bracket": _family("", "가("),
    "hangul dot": _family("", "가·"),
    "hangul comma": _family("", "가, "),
    "hangul digit": _family("", "가1 "),
    "hangul colon": _family("", "가 : "),
    "space hangul": _family(" ", " 가"),
    "dots": _family("", "."),
    "dot space": _family("", ". "),
    "digits": _family("", "1"),
    "zeros colon": _family("", "0", ":"),
    "digit space": _family("", "1 "),
    "digit dot": _family("", "1."),
    "digit colon": _family("", "1:"),
    "digit dash": _family("", "1-", "x"),
    "latin": _family("", "a", "!"),
    "latin space": _family("", "a "),
    "latin dash": _family("", "a-", "!"),
    "dotted": _family("", "a.a"),
    "dashes": _family("", "- "),
    "stars": _family("", "*"),
    "quotes": _family("", '"'),
    "curly quotes": _family("", "“"),
    "hangul newline": _family("", "가 ", "\n<"),
}


def _own_families(pattern: Pattern) -> dict[str, Callable[[int], str]]:
    """Texts made of what the pattern is written with: its symbols, and its Hangul words with spaces."""
    source = pattern.pattern if isinstance(pattern.pattern, str) else pattern.pattern.decode("latin-1")
    symbols = [c for c in dict.fromkeys(source)
               if not c.isascii() and not c.isalnum() and not c.isspace()][:12]
    words = list(dict.fromkeys(regex.findall(r"[가-힣]{2,}", source)))[:6]
    out: dict[str, Callable[[int], str]] = {}
    for c in symbols:
        out[f"{c}*n"] = _family("", c, "\n<")
        out[f"'{c} '*n"] = _family("", c + " ", "\n<")
        out[f"{c} spaces"] = _family(c, " ", "<")
    for word in words:
        out[f"'{word} '*n"] = _family("", word + " ", "\n<")
        out[f"{word}*n"] = _family("", word, "\n<")
        out[f"{word} spaces"] = _family(word, " ", "<")
    return out


def _cost(pattern: Pattern, operation: str, text: str | bytes) -> float:
    """CPU seconds of one call; a `regex` call that times out costs infinity."""
    method = getattr(pattern, operation)
    start = time.process_time()
    try:
        if isinstance(pattern, regex.Pattern):
            method(text, timeout=TIMEOUT)
        else:
            method(text)
    except TimeoutError:
        return float("inf")
    return time.process_time() - start


def _least_cost(pattern: Pattern, operation: str, text: str | bytes, tries: int = 2) -> float:
    return min(_cost(pattern, operation, text) for _ in range(tries))


def _problems(pattern: Pattern, families: dict[str, Callable[[int], str]]) -> Iterator[str]:
    """What grows faster than linearly, one line per (family, operation)."""
    encode = isinstance(pattern.pattern, bytes)
    for family, make in families.items():
        texts = {n: make(n) for n in (*EARLY, SMALL, LARGE)}
        if encode:
            texts = {n: t.encode() for n, t in texts.items()}
        for operation in OPERATIONS:
            problem = _growth(pattern, operation, texts)
            if problem:
                yield f"{operation} on {family!r}: {problem}"
                break


def _growth(pattern: Pattern, operation: str, texts: dict) -> str | None:
    """Why the cost of ``operation`` grows faster than linearly over ``texts`` (by size), or None."""
    for n in EARLY:
        if _cost(pattern, operation, texts[n]) > EARLY_BUDGET:
            if _least_cost(pattern, operation, texts[n]) > EARLY_BUDGET:
                return f"{n} characters cost over {EARLY_BUDGET} s"
    small = _cost(pattern, operation, texts[SMALL])
    if small > SMALL_BUDGET:
        small = _least_cost(pattern, operation, texts[SMALL])
        if small > SMALL_BUDGET:
            return f"{SMALL} characters cost {small:.3f} s"
    large = _cost(pattern, operation, texts[LARGE])
    if large > FLOOR and large > MAX_RATIO * small:
        if large > 3 * MAX_RATIO * small + 1.0:  # far beyond noise: no need to measure again
            return f"{SMALL} characters cost {small * 1000:.2f} ms, {LARGE} cost {large * 1000:.2f} ms"
        small = _least_cost(pattern, operation, texts[SMALL])
        large = _least_cost(pattern, operation, texts[LARGE])
        if large > FLOOR and large > MAX_RATIO * small:
            return f"{SMALL} characters cost {small * 1000:.2f} ms, {LARGE} cost {large * 1000:.2f} ms"
    return None


def test_patterns_are_collected():
    names = set(PATTERNS)
    assert len(PATTERNS) > 100
    for expected in ("KEY_VALUE", "KEY_ALONE", "TIME", "PHONE", "LEAD_SUBJECT", "NUMBERED_LEVELS[0][0]"):
        assert any(name.endswith("." + expected) for name in names), expected


@pytest.mark.parametrize("name", sorted(PATTERNS))
def test_pattern_is_linear(name):
    pattern = PATTERNS[name]
    families = {**FAMILIES, **_own_families(pattern)}
    enabled = gc.isenabled()
    gc.disable()
    try:
        problems = list(itertools.islice(_problems(pattern, families), MAX_REPORTED))
    finally:
        if enabled:
            gc.enable()
    assert not problems, f"{name} /{pattern.pattern!r}/ grows faster than linear:\n" + "\n".join(problems)


def _parse_cpu(text: str, **options) -> float:
    start = time.process_time()
    pressparse.parse(text, **options)
    return time.process_time() - start


@pytest.mark.parametrize("text", [
    " " * 100 + "<",  # 10-13 s of CPU while the overview patterns tried every split of the spaces
    " " * 10_000 + "<",
    "ㅇ 일 시 :" + " " * 900 + "<\n" + "“가 나(다)”라고 말했다. " * 500,
], ids=["100 spaces", "10,000 spaces", "long lines"])
def test_parse_of_a_long_line_is_fast(text):
    pressparse.parse("보도자료\n관계부처 합동\n“시범 운영(파일럿)을 시작합니다”라고 말했다.")  # builds Kiwi first
    assert _parse_cpu(text, quotes=False, glosses=False) < 1.0
    assert _parse_cpu(text) < 1.0
