"""The public forms: join the Alliance, propose cooperation, write to the secretariat."""

from django.shortcuts import redirect, render
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_http_methods

from alliance.core.languages import current_language, keep_across_languages, switching_language
from alliance.core.once import AlreadyAccepted, accepted_once, already_accepted, render_already_received
from alliance.core.protection import rate_limit, render_rate_limited, unchecked

from .. import services
from ..forms import OBLIGATIONS, ContactForm, CooperationForm, JoinForm

# What the person already sent, when the same page is sent a second time.
ALREADY_RECEIVED = {
    "join": _(
        "We already have your application. The email with the link to confirm it went to your "
        "address when you first sent it."
    ),
    "cooperate": _(
        "We already have your proposal. The email with the link to confirm it went to your "
        "address when you first sent it."
    ),
    "contact": _(
        "We already have your message. It went to the secretariat, and its copy to your address, "
        "when you first sent it."
    ),
}


def _form_page(request, form_class, template, scope, save, done_url_name, extra=None):
    context = keep_across_languages(extra or {})
    if switching_language(request):
        context["form"] = unchecked(form_class(request.POST, request.FILES))
        return render(request, template, context)
    if request.method == "POST":
        # Cheap refusals first: the client's address is counted before the upload is looked at.
        message = rate_limit(request, scope)
        if message:
            context["form"] = form_class(request.POST, request.FILES)
            return render_rate_limited(request, template, context, message)
        form = form_class(request.POST, request.FILES)
        context["form"] = form
        if already_accepted(form):
            return render_already_received(request, ALREADY_RECEIVED[scope])
        if form.is_valid():
            message = rate_limit(request, scope, email=form.cleaned_data.get("email"), by_address=False)
            if message:
                return render_rate_limited(request, template, context, message)
            try:
                with accepted_once(form, scope, by_content=True):
                    save(form, current_language())
            except AlreadyAccepted:
                return render_already_received(request, ALREADY_RECEIVED[scope])
            return redirect(done_url_name)
        return render(request, template, context, status=400)
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
