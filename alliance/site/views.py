from django.conf import settings
from django.db import connection
from django.http import HttpResponse, HttpResponseServerError, JsonResponse
from django.template import loader
from django.views.defaults import page_not_found as django_page_not_found
from django.views.static import serve as static_serve


def page_not_found(request, exception=None):
    """The translated 404 page in the site's layout."""
    return django_page_not_found(request, exception, template_name="404.html")


def server_error(request):
    """A plain page that needs no database and no context: it must work when they fail."""
    return HttpResponseServerError(loader.get_template("500.html").render())


def media(request, path):
    """A public upload (an image or its rendition) from the media folder; path tricks get a 404."""
    return static_serve(request, path, document_root=settings.MEDIA_ROOT)


def health(request):
    """For load balancers: answers 200 when the database answers."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except Exception:  # noqa: BLE001 - any database failure means unhealthy
        return HttpResponse("database unavailable", status=503, content_type="text/plain")
    return JsonResponse({"status": "ok"})
