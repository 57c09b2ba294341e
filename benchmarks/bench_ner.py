"""Throughput and memory of the CRF entity tagger on SaudiNewsNet articles.

Prints the resident memory after loading the shipped model (and its word clusters / gazetteer),
then articles/second of :meth:`CrfTagger.find_entities` on one core (sentences + tokens + features
+ Viterbi + spans) for a cold first sample and for a second, unseen sample (the per-word feature
cache warmed by the first), the entities found per article, and a third unseen sample with
the ``tokens`` and ``sentences`` layers given (as the pipeline's entity stage has them).

    python benchmarks/bench_ner.py --articles 1000 [--corpus ../shared/data/corpus/saudinewsnet]

The corpus is read from the zips in place; no article text is written anywhere.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path

from bench_analyze import load_articles as _load_articles

DEFAULT_CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "corpus" / "saudinewsnet"


def load_articles(corpus: Path, limit: int, skip: int = 0) -> list[str]:
    """Up to ``limit`` non-empty article texts after the first ``skip``, in file order."""
    return _load_articles(corpus, limit + skip)[skip:]


def rss_mb() -> float:
    try:
        with open("/proc/self/status") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--articles", type=int, default=1000)
    args = ap.parse_args(argv)
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
    first = load_articles(args.corpus, args.articles)
    second = load_articles(args.corpus, args.articles, skip=args.articles * 5)
    base = rss_mb()
    t0 = time.perf_counter()
    from marsad.entities.tagger import CrfTagger

    tagger = CrfTagger.load()
    load_s = time.perf_counter() - t0
    print(f"model: {tagger.model_path.name} ({tagger.model_path.stat().st_size / 1e6:.1f} MB), "
          f"config {tagger.meta.get('config')}")
    print(f"load {load_s:.2f}s; RSS after loading {rss_mb():.0f} MB "
          f"(+{rss_mb() - base:.0f} MB over the articles in memory)")
    for label, texts in (("first sample (cold cache)", first), ("second sample (unseen)", second)):
        chars = sum(map(len, texts))
        n_ents = 0
        start = time.perf_counter()
        for text in texts:
            n_ents += len(tagger.find_entities(text))
        dt = time.perf_counter() - start
        print(f"{label:<28} {len(texts) / dt:7.0f} articles/s  ({chars / dt / 1e6:.2f} M chars/s, "
              f"{chars / len(texts):.0f} chars/article, {n_ents / len(texts):.1f} entities/article)")
    from marsad.text.sentences import split_sentences
    from marsad.text.tokenize import tokenize

    third = load_articles(args.corpus, args.articles, skip=args.articles * 10)
    layers = [(t, tokenize(t), split_sentences(t)) for t in third]
    chars = sum(map(len, third))
    start = time.perf_counter()
    for text, toks, sents in layers:
        tagger.find_entities(text, tokens=toks, sentences=sents)
    dt = time.perf_counter() - start
    print(f"{'third (unseen), layers given':<28} {len(third) / dt:7.0f} articles/s  ({chars / dt / 1e6:.2f} M chars/s, "
          f"{chars / len(third):.0f} chars/article; tokens and sentences precomputed, as in the pipeline)")
    cached = len(tagger._engine.rows) if tagger._engine is not None else len(tagger.extractor.cache)
    print(f"RSS at the end {rss_mb():.0f} MB; {cached} words in the feature cache; engine {tagger.engine}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
