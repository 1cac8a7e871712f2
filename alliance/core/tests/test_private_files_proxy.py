"""Behind nginx too, a document is served only by the app's permission-checked view: the media
folder's address gives no document, private or public."""

import pytest
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction

from .test_caching_proxy import app_node, fetch, nginx, proxy  # noqa: F401 - the proxy's fixtures

pytestmark = pytest.mark.django_db(transaction=True)

MINUTES = b"%PDF-1.4 minutes of the working group"


@pytest.fixture
def private_document(settings, tmp_path, app_node):  # noqa: F811
    settings.MEDIA_ROOT = tmp_path / "media"
    collection = Collection.get_first_root_node().add_child(name="Working group")
    CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=CollectionViewRestriction.LOGIN
    )
    document = get_document_model()(title="Minutes", collection=collection)
    document.file.save("minutes.pdf", ContentFile(MINUTES), save=False)
    document.save()
    return document


def test_behind_the_proxy_a_private_document_is_reached_only_through_the_sign_in(proxy, private_document):  # noqa: F811
    for _visit in range(2):  # the second time from the proxy's cache, if it kept anything
        direct = fetch(f"{proxy}/media/{private_document.file.name}")
        assert direct.status_code == 404 and MINUTES not in direct.content
        served = fetch(f"{proxy}{private_document.url}")
        assert served.status_code == 302 and served.headers["Location"].startswith("/admin/login/")
        assert MINUTES not in served.content
