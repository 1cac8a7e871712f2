"""Image renders bounded in size and in number, on each machine.

Decoding a picture takes memory in proportion to its pixels (3 or 4 bytes each, and the resizing
works on a copy): an 11000 x 11000 PNG, a few kilobytes on the wire, took a render from 660 MB to
2 GB. Two bounds keep renders within what a machine has:

- size: an upload above settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS is refused by Wagtail from its
  header, before it is decoded; Pillow refuses to decode beyond the same bound anywhere else
  (PIL.Image.MAX_IMAGE_PIXELS), and a stored image above it (uploaded before the bound) is not
  rendered at all;
- number: at most settings.IMAGE_RENDER_SLOTS renders at a time on one machine, whatever the
  number of gunicorn workers, threads, task workers and commands. A lock per process would let
  each worker render at once; memory is the machine's, so the slots are file locks (`flock`) in a
  folder of the machine (settings.IMAGE_RENDER_SLOTS_DIR, local disk on purpose: the bound is per
  machine). The kernel releases a lock when its holder dies, so a killed worker never keeps a slot.

A render that finds no free slot within settings.IMAGE_RENDER_WAIT_SECONDS, or whose source is too
large, raises `SourceImageIOError`: Wagtail's image tag then shows its "image not found" rendition
for that request (nothing is stored), rather than an error page.
"""

import contextlib
import fcntl
import os
import time

from django.conf import settings
from wagtail.images.models import SourceImageIOError

POLL_SECONDS = 0.05


class RenderRefused(SourceImageIOError):
    """The render was not done: the machine's render slots were busy, or the image is too large."""


@contextlib.contextmanager
def render_slot():
    """Hold one of the machine's render slots for the duration of the block."""
    folder = settings.IMAGE_RENDER_SLOTS_DIR
    os.makedirs(folder, exist_ok=True)
    slots = max(1, settings.IMAGE_RENDER_SLOTS)
    deadline = time.monotonic() + settings.IMAGE_RENDER_WAIT_SECONDS
    # Start at a different slot in each process, so that waiting renders spread over the slots.
    first = os.getpid() % slots
    while True:
        for offset in range(slots):
            descriptor = os.open(
                os.path.join(folder, f"slot-{(first + offset) % slots}"), os.O_RDWR | os.O_CREAT, 0o600
            )
            try:
                fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                os.close(descriptor)
                continue
            try:
                yield
            finally:
                fcntl.flock(descriptor, fcntl.LOCK_UN)
                os.close(descriptor)
            return
        if time.monotonic() >= deadline:
            raise RenderRefused("every image render slot of this machine is busy")
        time.sleep(POLL_SECONDS)


def bound_image_renders():
    """Every rendition goes through Wagtail's `Filter.run`: bound it there, once, at start-up."""
    from PIL import Image
    from wagtail.images.models import Filter

    Image.MAX_IMAGE_PIXELS = settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS
    original = Filter.run
    if getattr(original, "bounded", False):
        return

    def run(self, image, output, source=None):
        pixels = (image.width or 0) * (image.height or 0)
        if pixels > settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS:
            raise RenderRefused(f"image {image.pk} has {pixels} pixels, above the bound")
        with render_slot():
            return original(self, image, output, source=source)

    run.bounded = True
    Filter.run = run
