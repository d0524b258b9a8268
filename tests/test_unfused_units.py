"""Department names whose units a conversion ran together are spaced again (from the dev-md
gold: kordoc's Markdown of 중소벤처기업부 and 건강보험심사평가원 releases)."""
from __future__ import annotations

import time

import pytest

from pressparse.extractors.header.contacts import unfused_units


@pytest.mark.parametrize("fused, spaced", [
    ("상생협력정책실불공정거래개선과", "상생협력정책실 불공정거래개선과"),
    ("약제관리실약제기준부", "약제관리실 약제기준부"),
    ("고객홍보실홍보부", "고객홍보실 홍보부"),
    # one unit: nothing to cut (a word across the cut, a lower unit too short, no upper unit)
    ("안전실태점검과", "안전실태점검과"),
    ("일반행정정책관실", "일반행정정책관실"),
    ("국민통합과", "국민통합과"),
    ("혁신기획과", "혁신기획과"),
])
def test_unfused_units(fused, spaced):
    assert unfused_units(fused) == spaced


def test_a_long_run_of_unit_names_is_no_fused_name_and_costs_no_time():
    """A cell of thousands of unit names run together (a damaged or hostile file) is left as it
    is at once: each cut was once checked by Kiwi over the whole name (quadratic, a fuzz hang)."""
    name = "정책기획실" * 4_000 + "혁신과"
    start = time.process_time()
    assert unfused_units(name) == name
    assert time.process_time() - start < 1.0
