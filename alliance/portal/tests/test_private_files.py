"""Every file kept in private storage can be edited around: with every file field of every row
filled, every edit page of the members' area and the back office answers, shows the file's name,
and never asks the storage for a public address.

The test finds the models, the file fields and the pages by itself, so a new file field or a new
edit page is covered without being named here."""

import itertools
import re

import pytest
from django.apps import apps
from django.core.exceptions import FieldDoesNotExist
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.db import models
from django.forms import modelform_factory
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from alliance.applications.storage import PrivateFileField, PrivateFileInput, PrivateStorage
from alliance.applications.tests.conftest import TINY_PDF
from alliance.focalpoints.tests.conftest import make_focal_point

pytestmark = pytest.mark.django_db

# A page that edits, reviews or shows one row to those who may change it.
EDIT_PAGE = re.compile(r"(^|[_:])(edit|edit_report|new_report|review|inspect)$")


@pytest.fixture(autouse=True)
def private_root(settings, tmp_path):
    settings.PRIVATE_STORAGE_ROOT = tmp_path / "private"


def file_fields():
    for model in apps.get_models():
        for field in model._meta.get_fields():
            if isinstance(field, models.FileField):
                yield model, field


def private_file_fields():
    return [(model, field) for model, field in file_fields() if isinstance(field.storage, PrivateStorage)]


def edit_routes(resolver=None, namespace=""):
    """(URL name, parameter name) of every page that takes one row's number and edits or reviews it."""
    for pattern in (resolver or get_resolver()).url_patterns:
        if isinstance(pattern, URLResolver):
            inner = namespace + (f"{pattern.namespace}:" if pattern.namespace else "")
            yield from edit_routes(pattern, inner)
        elif isinstance(pattern, URLPattern) and pattern.name and EDIT_PAGE.search(pattern.name):
            converters = pattern.pattern.converters
            if len(converters) == 1:
                yield namespace + pattern.name, next(iter(converters))


def test_every_private_file_field_offers_a_checked_download_and_no_address():
    fields = private_file_fields()
    assert len(fields) >= 3, "the join letter, the supplement's letter and the plan's decision at least"
    for model, field in fields:
        assert isinstance(field, PrivateFileField), f"{model.__name__}.{field.name} is a plain FileField"
        assert field.download_view, f"{model.__name__}.{field.name} names no download view"
        reverse(field.download_view, args=[1])
        assert isinstance(field.formfield().widget, PrivateFileInput)


def test_a_model_form_shows_a_private_file_by_name_with_its_checked_link():
    for model, field in private_file_fields():
        instance = model(pk=7)
        setattr(instance, field.name, "some/folder/decision-3f2a.pdf")
        form = modelform_factory(model, fields=[field.name])(instance=instance)
        html = str(form[field.name])
        assert "decision-3f2a.pdf" in html
        assert f'href="{reverse(field.download_view, args=[7])}"' in html
        assert "some/folder" not in html


@pytest.fixture
def demo_with_every_file(django_user_model):
    """The demo site, with a PDF in every private file field of every row, and a focal point for
    every authority that owns such a row. (Images and documents keep the demo's own files.)"""
    call_command("load_demo", verbosity=0)
    owners, filled = set(), {}
    for model, field in private_file_fields():
        rows = list(model._default_manager.all())
        filled[model] = rows
        for row in rows:
            getattr(row, field.name).save(f"{field.name}-{row.pk}.pdf", ContentFile(TINY_PDF), save=False)
            model._default_manager.filter(pk=row.pk).update(**{field.name: getattr(row, field.name).name})
            if isinstance(getattr(row, "authority", None), models.Model):
                owners.add(row.authority)
    focal_points = [
        make_focal_point(django_user_model, owner, f"focal-{owner.pk}@example.org") for owner in owners
    ]
    return filled, focal_points


def statuses_of(model):
    try:
        return [value for value, _label in model._meta.get_field("status").choices]
    except FieldDoesNotExist:
        return [None]


def rows_in_every_status(rows):
    """One row of the model in each status it knows (each row as it is when it has no status)."""
    if not rows:
        return
    model = type(rows[0])
    statuses = statuses_of(model)
    if statuses == [None]:
        yield from rows
        return
    row = rows[0]
    for status in statuses:
        model._default_manager.filter(pk=row.pk).update(status=status)
        row.refresh_from_db()
        yield row


def test_every_edit_page_answers_with_every_file_field_filled(demo_with_every_file, administrator):
    filled, focal_points = demo_with_every_file
    routes = sorted(set(edit_routes()))
    assert "actionplans:edit" in {name for name, _ in routes}
    assert "actionplans_admin:edit" in {name for name, _ in routes}
    for model, rows in filled.items():
        assert rows, f"the demo has no {model.__name__} to fill: add one so its pages are covered"
    secretariat = Client()
    secretariat.force_login(administrator)
    members = {}
    for focal_point in focal_points:
        members[focal_point.authority_id] = Client()
        members[focal_point.authority_id].force_login(focal_point.user)
    failures, shown = [], 0
    for rows in filled.values():
        for row in rows_in_every_status(rows):
            visitors = [secretariat]
            if getattr(row, "authority_id", None) in members:
                visitors.append(members[row.authority_id])
            for (name, _parameter), client in itertools.product(routes, visitors):
                url = reverse(name, args=[row.pk])
                response = client.get(url)
                if response.status_code >= 500:
                    failures.append((url, getattr(row, "status", None), response.status_code))
                elif response.status_code == 200 and 'type="file"' in response.text:
                    text = response.text
                    shown += any(
                        f"{field.name}-{row.pk}.pdf" in text
                        for m, field in private_file_fields()
                        if m is type(row)
                    )
                    assert "/media/actionplans/" not in text and "/media/applications/" not in text
    assert failures == []
    assert shown, "no edit page showed a filled file: the walk covered nothing"
