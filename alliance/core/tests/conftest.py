"""Fixtures of the core app's tests: sample email templates."""

from pathlib import Path

import pytest

TEMPLATES_DIR = Path(__file__).resolve().parent / "templates"


@pytest.fixture
def sample_templates(settings):
    """Adds alliance/core/tests/templates (a sample email, a sample form page) to the template dirs."""
    engines = [dict(engine) for engine in settings.TEMPLATES]
    engines[0]["DIRS"] = [TEMPLATES_DIR, *engines[0]["DIRS"]]
    settings.TEMPLATES = engines
    return TEMPLATES_DIR
