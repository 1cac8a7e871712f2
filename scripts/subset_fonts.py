"""Writes the web fonts of the infographics: WOFF2 subsets of the vendored DejaVu Sans.

The PNG and PDF downloads are drawn with the whole TrueType files (alliance/programmes/fonts/,
which are not static files). A page needs only the letters its infographic can show, in Latin
scripts, so the browser gets a small WOFF2 of them; any other letter falls back to the next font
of the stack (see `unicode-range` in programmes.css).

    .venv/bin/python scripts/subset_fonts.py   # writes alliance/programmes/static/programmes/fonts/
"""

from pathlib import Path

from fontTools import subset

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "alliance" / "programmes" / "fonts"
OUT = ROOT / "alliance" / "programmes" / "static" / "programmes" / "fonts"
# Basic Latin, Latin-1, Latin Extended-A (Central European letters), Romanian's comma letters,
# punctuation (dashes, quotes, no-break spaces), the euro sign and the minus sign: keep the
# same list as `unicode-range` in programmes.css.
UNICODES = "U+0020-007E,U+00A0-017F,U+0218-021B,U+2010-2027,U+202F-203A,U+20AC,U+2212"
FONTS = {"DejaVuSans.ttf": "infographic-sans.woff2", "DejaVuSans-Bold.ttf": "infographic-sans-bold.woff2"}


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    options = subset.Options()
    options.flavor = "woff2"
    options.layout_features = ["kern", "liga"]
    options.name_IDs = ["*"]  # the copyright and licence notices travel with the letters
    options.hinting = False
    for source, target in FONTS.items():
        font = subset.load_font(str(SOURCE / source), options)
        subsetter = subset.Subsetter(options)
        subsetter.populate(unicodes=subset.parse_unicodes(UNICODES))
        subsetter.subset(font)
        subset.save_font(font, str(OUT / target), options)
        print(f"{target}: {(OUT / target).stat().st_size // 1024} kB")


if __name__ == "__main__":
    main()
