"""Demo news in English and French: the index in each language and articles from the public record."""

from io import BytesIO

from django.core.files.images import ImageFile
from wagtail.images.models import Image
from wagtail.models import Locale, Site

from alliance.authorities.models import Authority
from alliance.programmes.models import Programme

from .demo_data import ARTICLES, FRENCH_TAGS, IMAGE_CREDIT, INDEX, SPEAKERS
from .models import NewsArticlePage, NewsIndexPage, Speaker


def load(command):
    english = Locale.objects.get(language_code="en")
    french = Locale.objects.get(language_code="fr")
    # The site's root page: the English home page that the site demo makes (news comes before the
    # site app in the data flow, so it does not import the home page's model).
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    home = site.root_page if site else None
    if home is None:
        return "no home page: the site demo must run first"
    index_en = _index(home, english, french)
    index_fr = index_en.get_translation(french)
    speakers = {
        slug: Speaker.objects.update_or_create(slug=slug, defaults=fields)[0]
        for slug, fields in SPEAKERS.items()
    }
    created = 0
    for row in ARTICLES:
        if NewsArticlePage.objects.child_of(index_en).filter(slug=row["slug"]).exists():
            continue
        _article(index_en, index_fr, row, speakers)
        created += 1
    return f"{created} news articles created in English and French"


def _index(home, english, french):
    index = NewsIndexPage.objects.filter(locale=english).first()
    if index is None:
        index = home.add_child(instance=NewsIndexPage(slug="news", **INDEX["en"]))
        index.save_revision().publish()
    if not index.has_translation(french):
        translated = index.copy_for_translation(french)
        # The French address stays /fr/news/, as the site's addresses promise.
        for name, value in INDEX["fr"].items():
            setattr(translated, name, value)
        translated.save_revision().publish()
    return index


def _article(index_en, index_fr, row, speakers):
    image = _image(*row["image"]) if "image" in row else None
    text = row["en"]
    article = NewsArticlePage(
        slug=row["slug"],
        date=row["date"],
        title=text["title"],
        standfirst=text["standfirst"],
        body=text["body"],
        image=image,
        image_alt=text.get("image_alt", ""),
        image_credit=IMAGE_CREDIT["en"] if image else "",
        kind=row.get("kind", "news"),
        speaker=speakers.get(row.get("speaker")),
    )
    index_en.add_child(instance=article)
    article.tags.set(row.get("tags", []))
    article.authorities.set(Authority.objects.filter(name__in=row.get("authorities", [])))
    article.networks.set(_networks(row.get("networks", [])))
    article.programmes.set(Programme.objects.filter(slug__in=row.get("programmes", [])))
    article.save_revision().publish()

    translated = article.copy_for_translation(index_fr.locale)
    for name, value in row["fr"].items():
        setattr(translated, name, value)
    translated.image_credit = IMAGE_CREDIT["fr"] if image else ""
    translated.tags.set([FRENCH_TAGS[tag] for tag in row.get("tags", [])])
    translated.save_revision().publish()


def _networks(country_codes):
    if not country_codes:
        return []
    from alliance.networks.models import NationalNetwork

    return list(NationalNetwork.objects.filter(country__code__in=country_codes))


def _image(name, colour):
    """A plain illustration drawn here, so the demo needs no photograph and no outside file."""
    title = f"Demo illustration: {name}"
    existing = Image.objects.filter(title=title).first()
    if existing:
        return existing
    from PIL import Image as Canvas
    from PIL import ImageDraw

    canvas = Canvas.new("RGB", (1200, 630), colour)
    draw = ImageDraw.Draw(canvas)
    for number in range(12):
        x = 150 + (number % 6) * 180
        y = 190 + (number // 6) * 250
        radius = 40 + (number * 7) % 30
        draw.ellipse((x - radius, y - radius, x + radius, y + radius), outline="#ffd34d", width=10)
    buffer = BytesIO()
    canvas.save(buffer, "PNG")
    return Image.objects.create(title=title, file=ImageFile(buffer, name=f"demo-{name}.png"))
