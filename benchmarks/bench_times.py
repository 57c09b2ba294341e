"""marsad's time stage vs ``dateparser.search_dates(languages=['ar'])`` on the same SaudiNewsNet articles.

Prints, for each, articles/second on one core and how many expressions it found, and the speed
ratio (the bar: marsad >= 20x faster).

    python benchmarks/bench_times.py --articles 300 [--corpus ../shared/data/corpus/saudinewsnet]

Articles are read with bench_analyze's loader (from the zips in place) and shuffled with a fixed
seed; both systems get the same texts.  marsad runs the ``times`` stage alone (``predict`` on a
document with a publication date, so no inference), after one warm-up article (compiling the
grammar is not timed; it is printed).
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
import warnings
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_analyze import DEFAULT_CORPUS, load_articles  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--articles", type=int, default=300)
    args = parser.parse_args(argv)

    texts = load_articles(args.corpus, 5000)
    random.Random(0).shuffle(texts)
    texts = texts[: args.articles]
    if not texts:
        print(f"no articles found under {args.corpus}", file=sys.stderr)
        return 1
    print(f"{len(texts)} SaudiNewsNet articles, median {statistics.median(map(len, texts)):.0f} chars")

    from marsad.model import Document
    from marsad.time.stage import TimesStage

    start = time.perf_counter()
    stage = TimesStage()
    stage.predict(Document.from_text("أمس الأربعاء 20 مارس الجاري", published="2019-03-21"))
    print(f"marsad: grammar compiled and lexicon loaded in {time.perf_counter() - start:.2f} s")
    docs = [Document.from_text(t, published="2015-08-01") for t in texts]
    start = time.perf_counter()
    m_found = sum(len(stage.predict(d)["times"]) for d in docs)
    m_rate = len(docs) / (time.perf_counter() - start)
    print(f"marsad times stage        {m_rate:8.1f} articles/s   {m_found:5d} expressions "
          f"({m_found / len(docs):.1f}/article)")

    import datetime as dt

    from dateparser.search import search_dates

    base = dt.datetime(2015, 8, 1)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        search_dates("أمس الأربعاء 20 مارس", languages=["ar"])  # load its data before timing
        start = time.perf_counter()
        d_found = 0
        for t in texts:
            d_found += len(search_dates(t, languages=["ar"], settings={"RELATIVE_BASE": base}) or [])
        d_rate = len(texts) / (time.perf_counter() - start)
    print(f"dateparser.search_dates   {d_rate:8.1f} articles/s   {d_found:5d} expressions "
          f"({d_found / len(texts):.1f}/article)")
    ratio = m_rate / d_rate
    print(f"marsad is {ratio:.0f}x faster (bar: >= 20x): {'met' if ratio >= 20 else 'NOT met'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
