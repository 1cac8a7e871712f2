import sys

from django.conf import settings
from django.contrib.staticfiles import finders
from django.http import Http404, HttpResponse, HttpResponseServerError, JsonResponse
from django.template import loader
from django.templatetags.static import static
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.defaults import page_not_found as django_page_not_found
from django.views.static import serve as static_serve

from alliance.core.health import report as health_report
from alliance.core.http_caching import ICON, cache_for
from alliance.core.middleware import DATABASE_ERRORS, unavailable_response


def page_not_found(request, exception=None):
    """The translated 404 page in the site's layout."""
    return django_page_not_found(request, exception, template_name="404.html")


def server_error(request):
    """A plain page that needs no database and no context: it must work when they fail. A database
    that cannot be reached, found by a middleware outside the views, is the "try again" 503."""
    if isinstance(sys.exc_info()[1], DATABASE_ERRORS):
        return unavailable_response(request)
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
    """Each part of the platform by name, as JSON (see alliance.core.health); 503 when the site
    cannot serve. Never stored by a cache: `never_cache` makes it private and no-store."""
    status, body = health_report()
    response = JsonResponse(body, status=status, json_dumps_params={"indent": 2})
    if status == 503:
        response["Retry-After"] = "5"
    return response


@cache_for(ICON)
def favicon(request):
    """/favicon.ico, which browsers and feed readers ask for at the root whatever the page says."""
    path = finders.find("site/favicon.ico")
    if path is None:
        raise Http404
    # A small file read whole, so that the caching middleware gives it a validator like any page.
    with open(path, "rb") as icon:
        return HttpResponse(icon.read(), content_type="image/x-icon")


# The brand's blue: the browser's bar and an installed site's splash screen.
THEME_COLOUR = "#003d7a"


@cache_for(ICON)
def manifest(request):
    """The web app manifest in the visitor's language: the site on a phone's home screen opens
    on its home page in that language, with the Alliance's name and icons."""
    language = request.LANGUAGE_CODE
    data = {
        "name": str(_("European Alliance of Cities and Regions for Roma Inclusion")),
        "short_name": "Alliance",  # the same word in English and French
        "description": str(
            _(
                "Cities and regions of Council of Europe member states working together for the "
                "inclusion of Roma and Travellers."
            )
        ),
        "lang": language,
        "dir": "ltr",
        "id": f"/{language}/",
        "start_url": f"/{language}/",
        "scope": "/",
        "display": "browser",
        "background_color": "#ffffff",
        "theme_color": THEME_COLOUR,
        "icons": [
            {"src": static("site/icon-192.png"), "sizes": "192x192", "type": "image/png"},
            {"src": static("site/icon-512.png"), "sizes": "512x512", "type": "image/png"},
            {
                "src": static("site/icon-maskable-512.png"),
                "sizes": "512x512",
                "type": "image/png",
                "purpose": "maskable",
            },
            {"src": static("site/favicon.svg"), "sizes": "any", "type": "image/svg+xml"},
        ],
    }
    return JsonResponse(
        data, content_type="application/manifest+json", json_dumps_params={"ensure_ascii": False}
    )
