from django.conf import settings
from django.contrib.staticfiles import finders
from django.db import connection
from django.http import Http404, HttpResponse, HttpResponseServerError, JsonResponse
from django.template import loader
from django.views.decorators.cache import never_cache
from django.views.defaults import page_not_found as django_page_not_found
from django.views.static import serve as static_serve

from alliance.core.http_caching import ICON, cache_for


def page_not_found(request, exception=None):
    """The translated 404 page in the site's layout."""
    return django_page_not_found(request, exception, template_name="404.html")


def server_error(request):
    """A plain page that needs no database and no context: it must work when they fail."""
    return HttpResponseServerError(loader.get_template("500.html").render())


# No file the site stores has a longer name; the file system refuses longer ones with an error.
MEDIA_PATH_MAX = 1024
MEDIA_NAME_MAX = 255


# The folders of the media folder that hold public files: Wagtail's images, their renditions and the
# back office's avatars. Documents live there too (Wagtail's storage), but a document is served only
# by Wagtail's view, /documents/<id>/<name>, which checks its collection's privacy first.
PUBLIC_MEDIA_FOLDERS = ("original_images/", "images/", "avatar_images/")


def media(request, path):
    """A public upload (an image or its rendition) from the media folder.

    Any address that cannot name a stored public file gets a 404: a document or anything outside
    the public folders, path tricks, names longer than the file system allows (it answers them with
    an error, not with "no such file"), NUL bytes.
    """
    if (
        not path.startswith(PUBLIC_MEDIA_FOLDERS)
        or ".." in path.split("/")
        or len(path) > MEDIA_PATH_MAX
        or "\x00" in path
        or any(len(part) > MEDIA_NAME_MAX for part in path.split("/"))
    ):
        raise Http404("No such file")
    try:
        return static_serve(request, path, document_root=settings.MEDIA_ROOT)
    except (OSError, ValueError) as error:
        raise Http404("No such file") from error


@never_cache
def health(request):
    """For load balancers: answers 200 when the database answers (never from a cache)."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except Exception:  # noqa: BLE001 - any database failure means unhealthy
        return HttpResponse("database unavailable", status=503, content_type="text/plain")
    return JsonResponse({"status": "ok"})


@cache_for(ICON)
def favicon(request):
    """/favicon.ico, which browsers and feed readers ask for at the root whatever the page says."""
    path = finders.find("site/favicon.ico")
    if path is None:
        raise Http404
    # A small file read whole, so that the caching middleware gives it a validator like any page.
    with open(path, "rb") as icon:
        return HttpResponse(icon.read(), content_type="image/x-icon")
