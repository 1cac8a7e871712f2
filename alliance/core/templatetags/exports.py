"""`{% export_links dataset querystring %}`: the links to every file of a list, with the page's filters."""

from django import template
from django.urls import reverse

register = template.Library()

LABELS = {"csv": "CSV", "xlsx": "XLSX", "json": "JSON", "geojson": "GeoJSON"}


@register.inclusion_tag("core/export_links.html")
def export_links(dataset, querystring="", label=""):
    suffix = f"?{querystring}" if querystring else ""
    links = [
        {"label": LABELS[extension], "url": reverse(dataset.url_name(extension, namespaced=True)) + suffix}
        for extension in dataset.formats
    ]
    return {"links": links, "label": label}
