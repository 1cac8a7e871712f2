"""Apps import one another down the data flow only: an app imports the apps before it in
`DATA_FLOW`, never one after it, so no two apps depend on each other (the README's "Architecture").

An earlier app that must show something of a later one owns a registry the later app fills from its
`AppConfig.ready()` (README, "The registries").
Tests and migrations may import anything.
"""

import ast
from pathlib import Path

from django.conf import settings

APPS_DIR = Path(settings.BASE_DIR, "alliance")
DATA_FLOW = [
    "core",
    "site",
    "authorities",
    "participants",
    "declaration",
    "programmes",
    "networks",
    "events",
    "focalpoints",
    "practices",
    "library",
    "prizes",
    "news",
    "applications",
    "actionplans",
    "subscriptions",
    "opendata",
    "embed",
    "portal",
]


def apps_imported(path, package):
    """The apps of the project that the module at `path` (in `package`) imports."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            modules = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:  # relative: resolved against the module's own package
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                modules = [".".join([*base, node.module] if node.module else base)]
            else:
                modules = [node.module]
        else:
            continue
        for module in modules:
            parts = module.split(".")
            if parts[0] == "alliance" and len(parts) > 1 and parts[1] in DATA_FLOW:
                found.add(parts[1])
    return found


def imports_against_the_flow():
    against = []
    for path in sorted(APPS_DIR.glob("*/**/*.py")):
        relative = path.relative_to(APPS_DIR)
        app = relative.parts[0]
        if "tests" in relative.parts or "migrations" in relative.parts:
            continue
        package = ".".join(["alliance", *relative.parent.parts])
        for other in apps_imported(path, package):
            if DATA_FLOW.index(other) > DATA_FLOW.index(app):
                against.append(f"{relative} imports {other}")
    return against


def test_every_app_has_its_place_in_the_data_flow():
    apps = {path.parent.name for path in APPS_DIR.glob("*/apps.py")}
    assert apps == set(DATA_FLOW)
    installed = [name.split(".")[1] for name in settings.INSTALLED_APPS if name.startswith("alliance.")]
    assert sorted(installed) == sorted(DATA_FLOW)


def test_apps_import_only_the_apps_before_them():
    assert imports_against_the_flow() == []


def test_the_check_sees_an_import_against_the_flow(tmp_path):
    module = tmp_path / "module.py"
    module.write_text("from alliance.news.models import NewsIndexPage\nfrom ..core import links\n")
    assert apps_imported(module, "alliance.site.templatetags") == {"news", "site"}
