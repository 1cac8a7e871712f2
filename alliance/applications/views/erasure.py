"""Erasure on request, in the back office: Wagtail's delete screen, doing the services' erasure.

The secretariat (moderators and administrators) erases an application, a cooperation proposal or
a contact message when its sender asks, as the privacy notice promises. The confirmation says what
goes with it; the deletion itself is `services.erase` (files, emails, the personal data of the
history), never a bare `delete()`.
"""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.views.generic import DeleteView

from .. import services


class ErasureView(DeleteView):
    success_message = _("Erased, with its files, its emails and the personal data of its history.")

    @property
    def confirmation_message(self):
        return _(
            "Erase this %(kind)s at its sender's request? Everything it holds goes: its letters, the "
            "emails sent about it and the names and messages in its history. The history keeps only "
            "that it was erased, by you, today. This cannot be undone."
        ) % {"kind": self.object._meta.verbose_name}

    def delete_action(self):
        services.erase(self.object, self.request.user)
