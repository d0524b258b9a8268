"""Imported by the forkserver of ``convert``'s worker pool, and only there: builds Kiwi once, so
that every worker forked from the server starts with the model already in (shared) memory.

This is the one module that does slow work when imported (about a second and 0.3–0.5 GB);
nothing else imports it. See :class:`pressparse.parallel.WorkerPool`. A failure here must not
take the server down (only ImportError is forgiven there): each worker then builds its own.
"""
try:
    from .korean.kiwi import get_kiwi
    from .pipeline import parse

    get_kiwi()
    parse("보도자료\n\n제목\n\n□ 본문 “인용입니다”라고 말했다. 핵심 임무(미션)")  # warm the extractors too
except Exception:  # pragma: no cover - a broken model install: the workers report it per document
    pass
