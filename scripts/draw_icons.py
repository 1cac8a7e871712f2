"""Draws the site's icons from the brand mark (a blue disc with a gold ring), so that no icon is
fetched from elsewhere: favicon.ico (16, 32 and 48 px), the 180 px apple-touch icon and the
1200 x 630 card that link previews show (Open Graph), with the Alliance's name in both languages,
and the web app manifest's icons (192 and 512 px, and a 512 px "maskable" one whose disc keeps
inside the safe zone that phones crop to a circle or a rounded square).

    .venv/bin/python scripts/draw_icons.py    # writes alliance/site/static/site/
"""

from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

BLUE = (0, 61, 122, 255)
GOLD = (255, 211, 77, 255)
ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "alliance" / "site" / "static" / "site"
FONT = ROOT / "alliance" / "programmes" / "fonts" / "DejaVuSans-Bold.ttf"
NAMES = [
    ["European Alliance of Cities", "and Regions for Roma Inclusion"],
    ["Alliance européenne des villes et des", "régions pour l'inclusion des Roms"],
]
SCALE = 8  # drawn large, then reduced, for smooth edges


def mark(size, background=None):
    big = size * SCALE
    image = Image.new("RGBA", (big, big), background or (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    inset = 0 if background is None else big * 0.1
    draw.ellipse((inset, inset, big - inset, big - inset), fill=BLUE)
    ring = (big - 2 * inset) * 0.2
    draw.ellipse((inset + ring, inset + ring, big - inset - ring, big - inset - ring), fill=GOLD)
    hole = ring + (big - 2 * inset) * 0.09
    draw.ellipse((inset + hole, inset + hole, big - inset - hole, big - inset - hole), fill=BLUE)
    return image.resize((size, size), Image.Resampling.LANCZOS)


def maskable(size):
    """The disc on a full white square, within the middle 80% that every mask keeps."""
    square = Image.new("RGB", (size, size), "white")
    disc = mark(round(size * 0.7))
    offset = (size - disc.width) // 2
    square.paste(disc, (offset, offset), disc)
    return square


def share_card():
    card = Image.new("RGB", (1200, 630), BLUE[:3])
    draw = ImageDraw.Draw(card)
    draw.ellipse((60, 195, 300, 435), fill="white")
    disc = mark(220)
    card.paste(disc, (70, 205), disc)
    large, small = ImageFont.truetype(str(FONT), 44), ImageFont.truetype(str(FONT), 28)
    y = 170
    for line in NAMES[0]:
        draw.text((340, y), line, font=large, fill="white")
        y += 60
    y += 40
    for line in NAMES[1]:
        draw.text((340, y), line, font=small, fill=GOLD[:3])
        y += 42
    draw.rectangle((0, 600, 1200, 630), fill=GOLD[:3])
    return card


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    mark(48).save(OUT / "favicon.ico", sizes=[(16, 16), (32, 32), (48, 48)])
    # iOS fills transparency with black: the touch icon gets a white square behind the disc.
    mark(180, background=(255, 255, 255, 255)).convert("RGB").save(
        OUT / "apple-touch-icon.png", optimize=True
    )
    share_card().save(OUT / "share-card.png", optimize=True)
    for size in (192, 512):
        mark(size, background=(255, 255, 255, 255)).convert("RGB").save(
            OUT / f"icon-{size}.png", optimize=True
        )
    maskable(512).save(OUT / "icon-maskable-512.png", optimize=True)
    print(f"icons written to {OUT}")


if __name__ == "__main__":
    main()
