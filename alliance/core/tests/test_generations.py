"""Figures cached under generations that database triggers bump: every write path moves them."""

import datetime

import pytest
from django.db import connection, transaction
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext

from alliance.authorities.models import Authority, Country
from alliance.core import generations
from alliance.core.models import Generation
from alliance.declaration.models import DeclarationSettings, Signature, Status
from alliance.participants import counters
from alliance.participants.models import Participation

pytestmark = pytest.mark.django_db


def number(domain):
    return Generation.objects.get(domain=domain).number


@pytest.fixture
def registry():
    country = Country.objects.create(code="AL", name_en="Albania", name_fr="Albanie")
    authority = Authority.objects.create(name="Korçë", country=country, level="local")
    Participation.objects.create(authority=authority, accession_number=1, joined_on=datetime.date(2014, 5, 1))
    return authority


def test_every_domain_has_a_generation_after_migrating():
    assert set(Generation.objects.values_list("domain", flat=True)) == set(generations.DOMAINS)


def test_a_raw_update_that_sends_no_signal_moves_the_registry_generation(registry):
    before = number("registry")
    Participation.objects.update(left_on=datetime.date(2020, 1, 1))
    assert number("registry") == before + 1
    with connection.cursor() as cursor:
        cursor.execute("UPDATE authorities_authority SET population = 5 WHERE id = %s", [registry.pk])
    assert number("registry") == before + 2


def test_the_counter_follows_a_raw_update_and_a_bulk_create_at_once(registry):
    assert counters.participant_count().participants == 1
    Participation.objects.update(left_on=datetime.date(2015, 1, 1))
    assert counters.participant_count().participants == 0
    others = Authority.objects.bulk_create(
        [
            Authority(name=f"Town {n}", slug=f"town-{n}", country=registry.country, level="local")
            for n in range(3)
        ]
    )
    Participation.objects.bulk_create(
        [
            Participation(authority=authority, accession_number=10 + n, joined_on=datetime.date(2016, 1, 1))
            for n, authority in enumerate(others)
        ]
    )
    assert counters.participant_count().participants == 3


def test_a_change_that_rolls_back_leaves_no_figure_behind(registry):
    assert counters.participant_count().participants == 1
    with pytest.raises(RuntimeError), transaction.atomic():
        Participation.objects.update(left_on=datetime.date(2015, 1, 1))
        assert counters.participant_count().participants == 0  # cached under the uncommitted generation
        raise RuntimeError("rolled back")
    assert counters.participant_count().participants == 1
    # The next change reaches the same number as the rolled-back one, never its figure.
    Participation.objects.update(joined_on=datetime.date(2014, 6, 1))
    assert counters.participant_count().participants == 1


def test_only_changes_involving_a_verified_signature_move_the_signatures_generation(registry):
    before = number("signatures")
    signature = Signature.objects.create(
        signer_name="Ana",
        email="ana@example.org",
        authority_name=registry.name,
        country=registry.country,
        level="local",
        status=Status.UNCONFIRMED,
    )
    Signature.objects.filter(pk=signature.pk).update(status=Status.CONFIRMED)
    assert number("signatures") == before
    Signature.objects.filter(pk=signature.pk).update(status=Status.VERIFIED)
    assert number("signatures") == before + 1
    Signature.objects.filter(pk=signature.pk).delete()
    assert number("signatures") == before + 2


def test_the_pause_switch_is_read_anew_after_any_change(registry):
    from alliance.declaration import switches

    assert switches.signing_paused() is False
    DeclarationSettings.objects.create(signing_paused=True)
    assert switches.signing_paused() is True
    DeclarationSettings.objects.update(signing_paused=False)
    assert switches.signing_paused() is False


def test_a_figure_read_again_costs_only_the_generations_query(registry):
    counters.participant_count()
    with CaptureQueriesContext(connection) as context:
        counters.participant_count()
    assert [query["sql"] for query in context.captured_queries] == [
        "SELECT domain, number, nonce FROM core_generation"
    ]


def test_a_request_reads_the_generations_once_and_again_after_writing(registry):
    seen = []

    def view(request):
        seen.append(counters.participant_count().participants)
        seen.append(counters.participant_count().participants)
        Participation.objects.update(left_on=datetime.date(2015, 1, 1))
        seen.append(counters.participant_count().participants)
        return None

    middleware = generations.GenerationsMiddleware(view)
    with CaptureQueriesContext(connection) as context:
        middleware(RequestFactory().get("/"))
    reads = [query for query in context.captured_queries if "core_generation" in query["sql"]]
    assert seen == [1, 1, 0]
    assert len(reads) == 2


def test_a_shared_cache_that_is_down_costs_a_recount_not_an_error(registry, settings):
    from unittest import mock

    from django.core.cache import caches

    with (
        mock.patch.object(caches["default"], "get", side_effect=ConnectionError("down")),
        mock.patch.object(caches["default"], "set", side_effect=ConnectionError("down")),
    ):
        assert counters.participant_count().participants == 1


def test_figures_for_an_emptied_database_are_never_served_to_the_next_one():
    Generation.objects.all().delete()  # as a flush leaves it
    generations.ensure_rows()
    first = generations.version(*generations.DOMAINS)
    Generation.objects.all().delete()
    generations.ensure_rows()
    assert generations.version(*generations.DOMAINS) != first
