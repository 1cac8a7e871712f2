"""Schemathesis, with every one of its checks, against the API served live on a free port: the
answers match the OpenAPI schema (statuses, content types, shapes, bounds), valid input is
accepted, invalid input refused, and nothing ever fails on the server."""

import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import call_command

SCHEMATHESIS = Path(sys.executable).parent / "schemathesis"


@pytest.fixture
def live_api(live_site):
    call_command("load_demo", verbosity=0)
    return live_site


def test_schemathesis_with_all_checks_finds_no_failure(live_api, tmp_path):
    command = [
        str(SCHEMATHESIS),
        "run",
        f"{live_api}/api/v1/openapi.json",
        "--url",
        live_api,
        "--checks",
        "all",
        "--max-examples",
        "15",
        "--seed",
        "2026",
        "--workers",
        "1",
        "--generation-database",
        "none",
        "--request-timeout",
        "30",
        "--report-dir",
        str(tmp_path),
        "--no-color",
    ]
    result = subprocess.run(command, capture_output=True, text=True, timeout=1200, cwd=tmp_path)
    assert result.returncode == 0, result.stdout[-8000:] + result.stderr[-2000:]
    assert "No issues found" in result.stdout or "passed" in result.stdout
