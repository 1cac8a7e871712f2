"""A walk of every public address of the site, for the tests that guard the rules holding everywhere:
no personal data in any public output, no error page, valid HTML.

It starts from the home pages, the exports, the feeds and the open-data API, follows every link on
the site (not the back office), and keeps the body of each page it reached.
"""

import io
import re
from collections import Counter, deque
from urllib.parse import urldefrag, urlsplit

from django.apps import apps
from django.db import models

from alliance.core.exports import XLSX_TYPE

START = [
    "/en/",
    "/fr/",
    "/en/open-data/",
    "/en/participants/export.csv",
    "/en/participants/export.xlsx",
    "/en/participants/export.json",
    "/en/participants/export.geojson",
    "/en/participants/history/participations.csv",
    "/en/declaration/signatories/export.csv",
    "/en/declaration/signatories/export.xlsx",
    "/en/declaration/signatories/export.json",
    "/en/events/export.json",
    "/en/practices/export.json",
    "/en/texts/export.json",
    "/en/programmes/export.json",
    "/en/action-plans/plans.json",
    "/en/action-plans/measures.json",
    "/en/action-plans/reports.json",
    "/en/news/feed/rss/",
    "/en/news/feed/atom/",
    "/fr/news/feed/rss/",
    "/en/events/feed.ics",
    "/api/v1/openapi.json",
    "/api/v1/counters",
    "/api/v1/countries",
    "/api/v1/participants?per_page=200",
    "/api/v1/declaration/counters",
    "/api/v1/declaration/signatories?per_page=200",
    "/api/v1/",
    "/api/v1/datapackage.json",
    "/api/v1/catalog.jsonld",
    "/api/v1/participants/history?per_page=200",
    "/api/v1/events?per_page=200",
    "/api/v1/practices?per_page=200",
    "/api/v1/texts?per_page=200",
    "/api/v1/programmes/participations?per_page=200",
    "/api/v1/action-plans?per_page=200",
    "/api/v1/action-plans/measures?per_page=200",
    "/api/v1/action-plans/reports?per_page=200",
    "/api/v1/networks?per_page=200",
    "/api/v1/networks/members?per_page=200",
    "/api/v1/prize/editions?per_page=200",
    "/api/v1/prize/winners?per_page=200",
    "/api/v1/programmes/figures?per_page=200",
    "/en/open-data/?on=2015-12-31",
]
NOT_PUBLIC = ("/admin/", "/documents/", "/static/", "/media/", "/django-admin/")
HREF = re.compile(r"""href=["']([^"'#][^"']*)["']""")
MAX_QUERIES_PER_PATH = 3

# Personal data: values of these kinds of fields, in any model of the project, must never be public.
PERSONAL_FIELD_NAMES = re.compile(r"(^|_)(email|phone|telephone|ip|ip_address|mobile)($|_)")
# Contact details the secretariat publishes on purpose.
PUBLISHED_ON_PURPOSE = {("site", "secretariatcontact")}


def personal_values():
    """Every email address, telephone number and IP address stored in the database."""
    found = set()
    for model in apps.get_models():
        if (model._meta.app_label, model._meta.model_name) in PUBLISHED_ON_PURPOSE:
            continue
        fields = [
            field.attname
            for field in model._meta.concrete_fields
            if isinstance(field, models.EmailField | models.GenericIPAddressField)
            or (isinstance(field, models.CharField) and PERSONAL_FIELD_NAMES.search(field.name))
        ]
        if not fields:
            continue
        for row in model._default_manager.values_list(*fields):
            found.update(str(value).strip() for value in row if value and len(str(value).strip()) >= 6)
    return found


def _text(response, content_type):
    """What a reader of the answer gets: the text of a page or a file, the cells of a spreadsheet."""
    body = response.getvalue() if response.streaming else response.content
    if content_type.startswith(XLSX_TYPE):
        from openpyxl import load_workbook

        sheet = load_workbook(io.BytesIO(body), read_only=True).active
        return "\n".join(",".join(str(cell) for cell in row if cell is not None) for row in sheet.values)
    return body.decode("utf-8", "replace")


def walk(client, start=START, limit=800):
    """{url: (status, content_type, text)} for every public address reachable from `start`."""
    seen, pages = set(), {}
    queries = Counter()
    queue = deque(start)
    while queue and len(pages) < limit:
        url = queue.popleft()
        if url in seen:
            continue
        seen.add(url)
        response = client.get(url, follow=True)
        content_type = response.get("Content-Type", "")
        text = _text(response, content_type)
        pages[url] = (response.status_code, content_type, text)
        if "html" not in content_type:
            continue
        for link in HREF.findall(text):
            link = urldefrag(link.replace("&amp;", "&"))[0]
            parts = urlsplit(link)
            if (
                parts.scheme
                or parts.netloc
                or not parts.path.startswith("/")
                or parts.path.startswith(NOT_PUBLIC)
            ):
                continue
            if parts.query:
                if queries[parts.path] >= MAX_QUERIES_PER_PATH:
                    continue
                queries[parts.path] += 1
            if link not in seen:
                queue.append(link)
    return pages
