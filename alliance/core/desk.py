"""The secretariat's desk: what awaits the signed-in user, at the top of the back office's dashboard.

Each app says what it has waiting through the "register_desk_item" hook: a function taking the
request and returning a DeskItem, or None when the user may not act on that kind of thing (so
nobody is shown work that is not theirs):

    @hooks.register("register_desk_item")
    def signatures_to_verify(request):
        if not is_moderator(request.user):
            return None
        return DeskItem(_("Signatures to verify"), Signature.objects.filter(...).count(), url, order=20)
"""

from dataclasses import dataclass

from wagtail import hooks
from wagtail.admin.ui.components import Component


@dataclass(frozen=True)
class DeskItem:
    label: str
    count: int
    url: str
    order: int = 100


def items_for(request):
    found = (item_for(request) for item_for in hooks.get_hooks("register_desk_item"))
    return sorted(
        (item for item in found if item is not None), key=lambda item: (item.order, str(item.label))
    )


class DeskPanel(Component):
    name = "secretariat_desk"
    template_name = "core/admin/desk_panel.html"
    order = 50  # Above Wagtail's own panels: this is what the secretariat comes for.

    def __init__(self, items):
        self.items = items

    def get_context_data(self, parent_context):
        return {"items": self.items, "waiting": sum(item.count for item in self.items)}
