from django import template
from django.utils.formats import number_format
from django.utils.translation import get_language

register = template.Library()


@register.filter
def euros(amount):
    """A sum in euros as each language writes it: "€12,500" in English, "12 500 €" in French."""
    if amount is None or amount == "":
        return ""
    figure = number_format(amount, decimal_pos=0, force_grouping=True)
    if (get_language() or "en").startswith("fr"):
        return f"{figure}\N{NO-BREAK SPACE}€"
    return f"€{figure}"
