"""Cost of marsad's rhetoric and framing stages alone on SaudiNewsNet articles.

    python benchmarks/bench_rhetoric.py --articles 300 [--corpus ../shared/data/corpus/saudinewsnet]

Articles are read with bench_analyze's loader (the first 5,000 of the corpus, shuffled with a
fixed seed, as bench_quotes.py).  The stages they require (tokens, sentences, entities, quotes)
run first and are not timed; then ``RhetoricStage.predict`` and ``FramingStage.predict`` run on
every document (after one warm-up document, which loads the lexicons and the KB registers) and
are timed separately on one core.  Prints articles/second and what was found.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from collections import Counter
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
    from marsad.pipeline import Pipeline
    from marsad.rhetoric.framing import FramingStage
    from marsad.rhetoric.stage import RhetoricStage

    upstream = Pipeline.from_names(["tokens", "sentences", "entities", "quotes"])
    start = time.perf_counter()
    docs = [upstream.run(Document.from_text(t)) for t in texts]
    print(f"upstream stages (tokens, sentences, entities, quotes; not counted): {time.perf_counter() - start:.1f} s")
    for stage in (RhetoricStage(), FramingStage()):
        stage.predict(docs[0])  # warm-up
        start = time.perf_counter()
        results = [stage.predict(d)[stage.name] for d in docs]
        elapsed = time.perf_counter() - start
        n = sum(len(r) for r in results)
        print(f"{stage.name:9} stage alone {len(docs) / elapsed:8.1f} articles/s  ({elapsed * 1000 / len(docs):.2f} ms/article),"
              f" {n} records")
        if stage.name == "rhetoric":
            cats = Counter(c for r in results for rec in r for c in rec["categories"])
            print("          categories:", dict(cats.most_common()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
