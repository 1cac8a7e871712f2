"""An event as schema.org Event data (JSON-LD), for search engines."""

from django import template

from alliance.core.links import absolute_url
from alliance.site.seo import json_ld

register = template.Library()


@register.simple_tag
def event_json_ld(event):
    place = {"@type": "Place", "name": event.place or event.city, "address": {"@type": "PostalAddress"}}
    place["address"]["addressLocality"] = event.city
    if event.country_id:
        place["address"]["addressCountry"] = event.country.code
    data = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": event.title,
        "startDate": event.start_date.isoformat(),
        "endDate": event.last_day.isoformat(),
        "eventStatus": "https://schema.org/EventScheduled",
        "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",
        "location": place,
        "organizer": {"@type": "Organization", "name": str(event.organiser_label)},
        "inLanguage": event.locale.language_code,
        "url": absolute_url(event.get_absolute_url()),
    }
    if event.summary:
        data["description"] = event.summary
    if event.website:
        data["sameAs"] = event.website
    return json_ld(data)
