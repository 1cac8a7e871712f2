"""The programmes on the home page, each with what the Alliance's cities do in it."""

from .models import Programme


def programmes(request):
    found = list(Programme.objects.all())
    if not found:
        return None
    return {"order": 30, "template": "programmes/home_section.html", "context": {"programmes": found}}
