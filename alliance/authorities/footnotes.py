"""The Council of Europe's footnote on Kosovo*, on every page that names it.

Council of Europe texts write "Kosovo*" and add a footnote referring to UN Security Council
Resolution 1244. Kosovo* appears wherever a country is named (signatories of the record, the
registry, programmes, maps, forms), in templates of many apps; rather than asking each of them to
remember the note, this middleware adds it at the end of the main content of any page whose HTML
names "Kosovo*", in the page's language. Looking for the mark costs one pass over the page.
"""

from django.template import loader

MARK = b"Kosovo*"
FOOTNOTE_ID = b'id="kosovo-footnote"'
MAIN_END = b"</main>"


def needs_footnote(response):
    if response.streaming or not response.get("Content-Type", "").startswith("text/html"):
        return False
    return MARK in response.content and FOOTNOTE_ID not in response.content


class KosovoFootnoteMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if request.path_info.startswith("/admin/") or not needs_footnote(response):
            return response
        content = response.content
        end = content.rfind(MAIN_END)
        if end < 0:
            return response
        # Rendered in the language still active for this request (the page's language).
        footnote = loader.render_to_string("authorities/kosovo_footnote.html").encode(response.charset)
        response.content = content[:end] + footnote + content[end:]
        if response.has_header("Content-Length"):
            response["Content-Length"] = str(len(response.content))
        return response
