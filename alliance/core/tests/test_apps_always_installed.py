"""Every app is always installed: no app looks another up at run time or pretends it may be missing."""

import re
from pathlib import Path

from django.conf import settings

APPS_DIR = Path(settings.BASE_DIR, "alliance")
OPTIONAL_APP_IDIOMS = re.compile(
    r"apps\.is_installed\(|apps\.get_model\(|import_module\(|inspect\.signature\(|except ImportError"
)


def app_modules():
    for path in sorted(APPS_DIR.glob("*/**/*.py")):
        relative = path.relative_to(APPS_DIR)
        if "tests" in relative.parts or "migrations" in relative.parts:
            continue
        yield relative, path.read_text(encoding="utf-8")


def test_no_app_treats_another_as_optional():
    found = [
        f"{relative}: {match.group(0)}"
        for relative, source in app_modules()
        for match in OPTIONAL_APP_IDIOMS.finditer(source)
    ]
    assert found == []
