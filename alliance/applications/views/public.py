"""The public forms: join the Alliance, propose cooperation, write to the secretariat."""

from django.shortcuts import redirect, render
from django.utils.translation import get_language
from django.views.decorators.http import require_http_methods

from alliance.core.protection import rate_limit, render_rate_limited

from .. import services
from ..forms import OBLIGATIONS, ContactForm, CooperationForm, JoinForm


def _language():
    return (get_language() or "en").split("-")[0]


def _form_page(request, form_class, template, scope, save, done_url_name, extra=None):
    context = dict(extra or {})
    if request.method == "POST":
        form = form_class(request.POST, request.FILES)
        context["form"] = form
        if form.is_valid():
            message = rate_limit(request, scope, email=form.cleaned_data.get("email"))
            if message:
                return render_rate_limited(request, template, context, message)
            save(form, _language())
            return redirect(done_url_name)
        return render(request, template, context)
    context["form"] = form_class()
    return render(request, template, context)


@require_http_methods(["GET", "POST"])
def join(request):
    return _form_page(
        request,
        JoinForm,
        "applications/join.html",
        "join",
        services.submit,
        "applications:join_sent",
        {"obligations": OBLIGATIONS},
    )


@require_http_methods(["GET", "POST"])
def cooperate(request):
    return _form_page(
        request,
        CooperationForm,
        "applications/cooperate.html",
        "cooperate",
        services.submit,
        "applications:cooperate_sent",
    )


@require_http_methods(["GET", "POST"])
def contact(request):
    return _form_page(
        request,
        ContactForm,
        "applications/contact.html",
        "contact",
        services.send_contact_message,
        "applications:contact_sent",
    )


def sent(request, kind):
    return render(request, "applications/sent.html", {"kind": kind})
