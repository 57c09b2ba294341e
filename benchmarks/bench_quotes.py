"""Cost of marsad's quotes stage alone on SaudiNewsNet articles.

    python benchmarks/bench_quotes.py --articles 300 [--corpus ../shared/data/corpus/saudinewsnet]

Articles are read with bench_analyze's loader (the first 5,000 of the corpus, shuffled with a
fixed seed, the same texts as bench_times.py).  The stages the quotes stage requires (tokens,
sentences, entities) run first and are not timed; then ``QuotesStage.predict`` runs on every
document (after one warm-up document, which loads the lexicon) and is timed on one core.
Prints articles/second, quotes found per article and the share with a speaker / linked entity.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
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
    from marsad.quotes.stage import QuotesStage

    upstream = Pipeline.from_names(["tokens", "sentences", "entities"])
    start = time.perf_counter()
    docs = [upstream.run(Document.from_text(t)) for t in texts]
    print(f"upstream stages (tokens, sentences, entities; not counted): {time.perf_counter() - start:.1f} s")
    stage = QuotesStage()
    stage.predict(docs[0])  # warm-up: the lexicon loads once
    start = time.perf_counter()
    results = [stage.predict(d)["quotes"] for d in docs]
    elapsed = time.perf_counter() - start
    quotes = [q for r in results for q in r]
    with_speaker = sum(q.speaker is not None for q in quotes)
    linked = sum(bool(q.speaker and q.speaker.get("entity")) for q in quotes)
    print(f"quotes stage alone  {len(docs) / elapsed:8.1f} articles/s  ({elapsed * 1000 / len(docs):.2f} ms/article)")
    print(f"{len(quotes)} quotes ({len(quotes) / len(docs):.2f}/article), {with_speaker / max(1, len(quotes)):.0%} "
          f"with a speaker, {linked / max(1, len(quotes)):.0%} linked to an entity")
    return 0


if __name__ == "__main__":
    sys.exit(main())
