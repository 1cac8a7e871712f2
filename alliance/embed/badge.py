"""The geometry of the SVG badge: a box sized to its lines of text.

Browsers show an SVG given to <img> without its fonts being known in advance, so each line is given
a `textLength` that makes it exactly as wide as the box allows, whatever font the reader's system has.
"""

FONT_SIZE = 14
CHARACTER_WIDTH = 7.6  # about the average advance of a sans-serif font at 14 px
LINE_HEIGHT = 20
PADDING = 12
MARK_WIDTH = 28  # the coloured band on the left, the Alliance's mark
MAX_CHARACTERS = 200


def badge_svg(lines):
    """The template context of the badge for these lines (the first one is the headline)."""
    lines = [line[:MAX_CHARACTERS] for line in lines]
    text_width = max(round(len(line) * CHARACTER_WIDTH) for line in lines)
    width = MARK_WIDTH + PADDING * 2 + text_width
    height = PADDING * 2 + LINE_HEIGHT * len(lines)
    return {
        "width": width,
        "height": height,
        "mark_width": MARK_WIDTH,
        "mark_center": MARK_WIDTH // 2 + 1,
        "mark_middle": height // 2,
        "lines": [
            {
                "text": line,
                "x": MARK_WIDTH + PADDING,
                "y": PADDING + LINE_HEIGHT * index + FONT_SIZE,
                "length": round(len(line) * CHARACTER_WIDTH),
                "bold": index == 0,
            }
            for index, line in enumerate(lines)
        ],
        "font_size": FONT_SIZE,
    }
