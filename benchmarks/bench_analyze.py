"""Throughput and peak memory of marsad on a sample of SaudiNewsNet articles.

Prints articles/second (and characters/second) on one core for
  1. the text layer alone: normalize + tokenize (with clitics) + sentences + numbers, each article
     through all four in turn, on articles it has not seen (after a warm-up sample), then each
     function alone on a third sample,
  2. the entity stage alone (documents given their tokens and sentences), on a cold sample and
     on an unseen one,
  3. the default pipeline through ``marsad.analyze`` (all registered default stages) on a fourth
     sample none of the above has seen (first pass; the best pass re-reads it),
  4. ``marsad.analyze_many`` with ``--jobs`` worker processes on that sample (if --jobs > 1),
and the peak resident memory of this process (ru_maxrss).

    python benchmarks/bench_analyze.py --articles 2000 [--corpus ../shared/data/corpus/saudinewsnet] [--jobs 2]

The corpus is read from the zips in place; no article text is written anywhere.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import statistics
import sys
import time
import zipfile
from pathlib import Path

#: documents per batch in the batch figure: ``analyze_many``'s default chunk size
BATCH = 16

DEFAULT_CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "corpus" / "saudinewsnet"


def load_articles(corpus: Path, limit: int) -> list[str]:
    """Up to ``limit`` non-empty article texts from the SaudiNewsNet zips, in file order."""
    texts: list[str] = []
    for path in sorted(corpus.glob("*.zip")):
        with zipfile.ZipFile(path) as archive:
            for member in archive.namelist():
                if not member.endswith(".json"):
                    continue
                for record in json.loads(archive.read(member)):
                    content = (record.get("content") or "").strip()
                    if content:
                        texts.append(content)
                        if len(texts) >= limit:
                            return texts
    return texts


def timed(label: str, texts: list[str], func, *, repeat: int = 3) -> float:
    """Run ``func`` over every text ``repeat`` times; print the first and the best pass; return the first."""
    rates = []
    for _ in range(repeat):
        start = time.perf_counter()
        for text in texts:
            func(text)
        rates.append(len(texts) / (time.perf_counter() - start))
    first, best = rates[0], max(rates)
    chars = sum(map(len, texts))
    print(f"{label:<44} {first:7.0f} articles/s first pass, {best:7.0f} best"
          f"  ({first * chars / len(texts) / 1e6:5.2f} M chars/s)")
    return first


def current_rss_mb() -> float:
    """Resident memory of this process now, in MB (Linux /proc)."""
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * resource.getpagesize() / 2**20


def entities_stage(warmup: list[str], texts: list[str]) -> None:
    """Time the entity stage alone (gazetteer + tagger + linking + geocoding) on documents that
    already carry their tokens and sentences, as in the pipeline."""
    from marsad.model import Document
    from marsad.pipeline import Pipeline

    before = current_rss_mb()
    start = time.perf_counter()
    stage = Pipeline.from_names(["tokens", "sentences", "entities"]).stages[-1]
    text_stages = Pipeline.from_names(["tokens", "sentences"])
    stage(text_stages.run(Document.from_text("بيروت - قال المتحدث باسم قوات سوريا الديمقراطية")))
    print(f"{'entity stage: load KB, gazetteer index, tagger':<44} {time.perf_counter() - start:7.1f} s, "
          f"RSS {current_rss_mb():.0f} MB after loading (+{current_rss_mb() - before:.0f} MB)")

    def rate(sample: list[str], batch: int) -> tuple[float, float]:
        """Articles/second of the stage alone (and entities per article), each batch's tokens and
        sentences computed right before it, as ``Pipeline.run_many`` does (not timed)."""
        elapsed, found = 0.0, 0
        for i in range(0, len(sample), batch):
            docs = [text_stages.run(Document.from_text(t)) for t in sample[i:i + batch]]
            start = time.perf_counter()
            if batch == 1:
                found += len(stage(docs[0]).entities)
            else:
                found += sum(len(stage.set_annotations(d, r).entities)
                             for d, r in zip(docs, stage.predict_many(docs)))
            elapsed += time.perf_counter() - start
        return len(sample) / elapsed, found / len(sample)

    for label, sample in (("entity stage, first sample (cold caches)", warmup),
                          ("entity stage, unseen sample (steady state)", texts[:len(texts) // 2])):
        per_second, per_article = rate(sample, 1)
        print(f"{label:<44} {per_second:7.0f} articles/s  ({per_article:.1f} entities/article), "
              "one document per call")
    # the batch path (``Pipeline.run_many``, what ``analyze_many`` and ``marsad analyze`` use):
    # the tagger decodes a batch's documents together (the same records as one at a time)
    per_second, per_article = rate(texts[len(texts) // 2:], BATCH)
    print(f"{'entity stage, unseen sample, batches of ' + str(BATCH):<44} {per_second:7.0f} articles/s  "
          f"({per_article:.1f} entities/article)")
    print(f"  target >= 100 articles/s (one core, unseen articles, batches): "
          f"{'met' if per_second >= 100 else 'NOT met'}")


def long_run(texts: list[str], *, block: int = 1000) -> None:
    """The entity stage over ``texts`` (articles none of the samples above had) in batches of
    :data:`BATCH`, continuing the process's run (its per-type caches have seen the warm-up and unseen
    samples), each batch's tokens and sentences computed right before it, untimed: its rate per
    ``block`` articles as the caches fill (they are emptied when full)."""
    from marsad.model import Document
    from marsad.pipeline import Pipeline

    stage = Pipeline.from_names(["tokens", "sentences", "entities"]).stages[-1]
    text_stages = Pipeline.from_names(["tokens", "sentences"])
    print(f"entity stage, the run continued over {len(texts)} new articles (batches of {BATCH}), "
          f"articles/s per block of about {block}:")
    elapsed, count, done, rates = 0.0, 0, 0, []
    for i in range(0, len(texts), BATCH):
        docs = [text_stages.run(Document.from_text(t)) for t in texts[i:i + BATCH]]
        start = time.perf_counter()
        stage.predict_many(docs)
        elapsed += time.perf_counter() - start
        count += len(docs)
        done += len(docs)
        if count >= block or done == len(texts):
            rates.append(f"{count / elapsed:.0f} (to {done})")
            elapsed, count = 0.0, 0
    print("  " + ", ".join(rates))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--long-run", type=int, default=0, metavar="N",
                        help="also run the entity stage over N fresh articles in one continuous run "
                             "(batches of 16) and print its rate per 1,000 articles: the caches of a "
                             "long run (word blocks, clitic and gazetteer readings) filling up")
    args = parser.parse_args(argv)

    import marsad
    from marsad.text.normalize import normalize
    from marsad.text.numbers import find_numbers
    from marsad.text.sentences import split_sentences
    from marsad.text.tokenize import tokenize

    both = load_articles(args.corpus, 4 * args.articles)
    random.Random(0).shuffle(both)  # all samples from the same mix of outlets and lengths
    n = args.articles
    warmup, unseen, texts, fresh = both[:n], both[n:2 * n], both[2 * n:3 * n], both[3 * n:]
    if not texts:
        print(f"no articles found under {args.corpus}", file=sys.stderr)
        return 1
    lengths = [len(t) for t in texts]
    print(f"marsad {marsad.__version__}; {len(texts)} SaudiNewsNet articles, "
          f"median {statistics.median(lengths):.0f} chars, mean {statistics.mean(lengths):.0f} chars; "
          f"python {sys.version.split()[0]}")

    def text_layer(text: str) -> None:
        normalize(text)
        tokenize(text)
        split_sentences(text)
        find_numbers(text)

    start = time.perf_counter()
    for text in warmup:
        text_layer(text)
    cold = len(warmup) / (time.perf_counter() - start)
    mean_warmup = statistics.mean(len(t) for t in warmup)
    print(f"{'text layer, fresh process (cold caches)':<44} {cold:7.0f} articles/s "
          f"({cold * mean_warmup / 1e6:5.2f} M chars/s) on a first sample, mean {mean_warmup:.0f} chars")
    print("the tokenizer caches clitic analyses per word type: the figures below are on unseen")
    print("samples after the first (a long run's steady state)")
    start = time.perf_counter()
    for text in unseen:
        text_layer(text)
    rate = len(unseen) / (time.perf_counter() - start)
    print(f"{'text layer (all four), one core, unseen':<44} {rate:7.0f} articles/s "
          f"({rate * statistics.mean(map(len, unseen)) / 1e6:5.2f} M chars/s), each article through all four")
    print(f"  target >= 500 articles/s (unseen articles, one pass): {'met' if rate >= 500 else 'NOT met'}")
    print("each function alone over a third sample, first pass (unseen) and best pass:")
    timed("  normalize", texts, normalize, repeat=args.repeat)
    timed("  tokenize (clitics)", texts, tokenize, repeat=args.repeat)
    timed("  split_sentences", texts, split_sentences, repeat=args.repeat)
    timed("  find_numbers", texts, find_numbers, repeat=args.repeat)
    entities_stage(warmup, texts)
    if args.long_run:
        long_run(load_articles(args.corpus, 4 * args.articles + args.long_run)[4 * args.articles:])
    marsad.analyze(texts[0])  # build the default pipeline before timing
    timed("marsad.analyze (default pipeline), one core", fresh, marsad.analyze, repeat=args.repeat)
    if args.jobs > 1:
        start = time.perf_counter()
        count = sum(1 for _ in marsad.analyze_many(fresh, jobs=args.jobs))
        elapsed = time.perf_counter() - start
        print(f"{f'analyze_many, {args.jobs} worker processes':<44} {count / elapsed:9.0f} articles/s "
              f"(incl. worker start-up)")
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak resident memory of this process: {peak_mb:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
