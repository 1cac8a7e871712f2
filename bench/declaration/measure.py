"""List page and counter timings with the volume set loaded (run by volume.sh, in process).

Prints the median and 90th percentile of: the counter (cached, and recomputed after a change), the
Declaration page with its counter, list pages (first, middle, last, filtered, searched), exports'
first rows. Every figure is wall time for the Django request, database queries included.
"""

import random
import statistics
import time

from django.test import Client

from alliance.declaration import counters
from alliance.declaration.models import Signature


def timed(label, func, repeat=25, warm=1):
    for _ in range(warm):
        func()
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        func()
        samples.append((time.perf_counter() - start) * 1000)
    samples.sort()
    median = statistics.median(samples)
    p90 = samples[int(len(samples) * 0.9) - 1]
    print(f"| {label} | {median:.1f} | {p90:.1f} | {len(samples)} |")
    return median


def get(client, url):
    def fetch():
        response = client.get(url)
        assert response.status_code == 200, (url, response.status_code)
        if response.streaming:
            for _ in zip(range(3), response.streaming_content, strict=False):
                pass
            response.close()

    return fetch


def main():
    import os

    print(f"load average at start: {os.getloadavg()}")
    client = Client()
    total = Signature.objects.count()
    public = counters.signatory_count()
    print(f"signatures stored: {total}; public: {public.signatories} from {public.countries} countries\n")
    print("| measure | median ms | p90 ms | runs |")
    print("| --- | --- | --- | --- |")
    timed("counter, cached", counters.signatory_count, repeat=200)

    verified = Signature.objects.public().values_list("pk", flat=True).first()

    def cold_counter():
        # A real change to a verified signature: the database bumps the generation, so the next
        # read counts again, as it would after a moderator's verification.
        Signature.objects.filter(pk=verified).update(status="verified")
        counters.signatory_count()

    timed("counter, recomputed after a change", cold_counter, repeat=7)
    timed(
        "GET /en/declaration/sign/thanks/ (baseline: the layout alone)",
        get(client, "/en/declaration/sign/thanks/"),
    )
    timed("GET /en/declaration/ (page with counter)", get(client, "/en/declaration/"))
    from alliance.declaration.listing import Filters, PublicList

    pages_rng = random.Random(11)
    total_public = counters.signatory_count().signatories

    def list_data():
        start = pages_rng.randrange(0, max(total_public - 50, 1))
        PublicList(Filters())[start : start + 50]

    timed("list data only: 50 rows at a random offset (no page layout)", list_data, repeat=50)
    pages = (public.signatories + 49) // 50
    rng = random.Random(7)
    timed("GET signatories, page 1", get(client, "/en/declaration/signatories/"))
    middle = f"/en/declaration/signatories/?page={pages // 2}"
    timed("GET signatories, middle page", get(client, middle))
    timed("GET signatories, last page", get(client, f"/en/declaration/signatories/?page={pages}"))
    random_pages = iter([rng.randrange(1, pages + 1) for _ in range(60)])
    timed(
        "GET signatories, random pages (cold rows)",
        lambda: get(client, f"/en/declaration/signatories/?page={next(random_pages)}")(),
        repeat=50,
        warm=0,
    )
    from alliance.authorities.models import Country

    fr = Country.objects.get(code="FR").pk
    timed("GET signatories, country=France", get(client, f"/en/declaration/signatories/?country={fr}"))
    timed(
        "GET signatories, country=France, page 100",
        get(client, f"/en/declaration/signatories/?country={fr}&page=100"),
    )
    timed(
        "GET signatories, level=regional (cached counts)",
        get(client, "/en/declaration/signatories/?level=regional"),
    )
    timed("GET signatories, year=2020 (cached counts)", get(client, "/en/declaration/signatories/?year=2020"))
    timed(
        "GET signatories, search 'novak' (cached counts)",
        get(client, "/en/declaration/signatories/?q=novak"),
        repeat=10,
    )
    words = iter(f"zzz{n}" for n in range(100))
    timed(
        "GET signatories, a new search each time (uncached)",
        lambda: get(client, f"/en/declaration/signatories/?q={next(words)}")(),
        repeat=5,
        warm=0,
    )
    timed("GET export.csv, first rows", get(client, "/en/declaration/signatories/export.csv"), repeat=5)


main()
