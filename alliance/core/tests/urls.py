"""The site's addresses plus a sample protected form, for the core app's browser tests only."""

from django import forms
from django.shortcuts import render
from django.urls import path

from alliance.core.links import link_problem_response
from alliance.core.protection import ProtectionMixin
from alliance.urls import urlpatterns as site_urlpatterns


class SampleForm(ProtectionMixin, forms.Form):
    name = forms.CharField(label="Your name")


def sample_form(request):
    form = SampleForm(request.POST or None)
    sent = request.method == "POST" and form.is_valid()
    return render(request, "core_tests/form.html", {"form": form, "sent": sent})


urlpatterns = [
    path("core-tests/form/", sample_form),
    path("core-tests/link/<str:problem>/", lambda request, problem: link_problem_response(request, problem)),
    *site_urlpatterns,
]
