"""How every form of the site is written: one field template and one error summary.

`FORM_RENDERER` names `FormRenderer`, so `{{ field.as_field_group }}` (and `{{ form }}`) writes each
field through `core/forms/field.html`: its label, whether it is optional (the one way the site
marks it), its help and its errors under the ids that Django's `aria-describedby` names, and a
note when a chosen file could not be kept. `core/forms/error_summary.html` lists and links every
error of a form, and takes the focus when the page opens.
"""

from django.forms.renderers import DjangoTemplates


class FormRenderer(DjangoTemplates):
    field_template_name = "core/forms/field.html"
