"""Cost of marsad's events stage alone on SaudiNewsNet articles after the first 5,000.

    python benchmarks/bench_events.py --articles 300 [--corpus ../shared/data/corpus/saudinewsnet]

Articles are the corpus records after the first 5,000 in file order (the ones the other
benchmarks and the gold sets do not draw from first), shuffled with a fixed seed.  The stages the
events stage requires (tokens, sentences, numbers, dateline, times, entities, quotes) run first and
are not timed; then ``EventsStage.predict`` runs on every document (after one warm-up document,
which loads the lexicons and the KB tables) and is timed on one core.  Prints articles/second,
the share of the upstream pipeline's time, and events per article by type and status.
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
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "eval"))  # the shared corpus reader
from bench_analyze import DEFAULT_CORPUS  # noqa: E402
from selection import records  # noqa: E402


def load_after(corpus: Path, skip: int, limit: int) -> list[str]:
    """Non-empty article texts after the first ``skip`` records, in file order, up to ``limit``."""
    texts: list[str] = []
    for number, _zip, record in records(corpus):
        content = (record.get("content") or "").strip()
        if number >= skip and content:
            texts.append(content)
            if len(texts) >= limit:
                break
    return texts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--articles", type=int, default=300)
    args = parser.parse_args(argv)

    texts = load_after(args.corpus, 5000, 4 * args.articles)
    random.Random(0).shuffle(texts)
    texts = texts[: args.articles]
    if not texts:
        print(f"no articles found under {args.corpus}", file=sys.stderr)
        return 1
    print(f"{len(texts)} SaudiNewsNet articles after the first 5,000, median {statistics.median(map(len, texts)):.0f} chars")

    from marsad.events.stage import EventsStage
    from marsad.model import Document
    from marsad.pipeline import Pipeline

    upstream = Pipeline.from_names(["tokens", "sentences", "numbers", "dateline", "times", "entities", "quotes"])
    upstream.run(Document.from_text(texts[0], published="2015-07-23"))  # warm-up
    start = time.perf_counter()
    docs = [upstream.run(Document.from_text(t, published="2015-07-23")) for t in texts]
    up = time.perf_counter() - start
    print(f"upstream stages (not counted): {len(docs) / up:8.1f} articles/s")
    stage = EventsStage()
    stage.predict(docs[0])  # warm-up: lexicons and KB tables load once
    start = time.perf_counter()
    results = [stage.predict(d)["events"] for d in docs]
    elapsed = time.perf_counter() - start
    events = [e for r in results for e in r]
    print(f"events stage alone  {len(docs) / elapsed:8.1f} articles/s  ({elapsed * 1000 / len(docs):.2f} ms/article, "
          f"{100 * elapsed / (up + elapsed):.1f}% of the pipeline's time)")
    print(f"{len(events)} events ({len(events) / len(docs):.2f}/article), "
          f"{sum(e['background'] for e in events)} background")
    for (etype, status), n in sorted(Counter((e["event_type"], e["status"]) for e in events).items()):
        print(f"  {etype:32s} {status:12s} {n:5d}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
