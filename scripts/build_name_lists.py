#!/usr/bin/env python
"""Build ``src/marsad/entities/data/ner/names.tsv.gz``: name-context statistics of stems.

Data: the SaudiNewsNet corpus (``../shared/data/corpus/saudinewsnet/*.zip``, CC BY-NC-SA 4.0,
research use).  No article text is shipped: the output holds, for stems seen often enough,
only a few coarse labels saying in which name-like contexts the corpus uses them.

Every article line is split into orthographic words (:func:`marsad.text.tokenize.words`) and
each word analysed as the tagger does (:func:`marsad.entities.features.analyse`: normalized
stem, proclitics, article).  For every stem the script counts its occurrences and how many of
them are in each of these contexts (``T`` a person title such as الرئيس, وزير, الشيخ, اللواء;
``A`` up to three words with the article after it, as in «وزير الخارجية الأمريكي»;
a *bare* word has no article):

* ``p1``: the first bare word after ``T A*`` (باراك in «الرئيس الأمريكي باراك أوباما»);
* ``p2``: the bare word right after a ``p1`` position (أوباما);
* ``bn``: a bare word right before or after بن / ابن / بنت (عبدالله بن عبدالعزيز);
* ``ab``: the word after أبو / أبي / أبا / أم with no article (كنية: أبو بكر);
* ``sp``: the first bare word after a speech verb (قال, أكد, أوضح, ...);
* ``og``: a bare word right after an organisation head (حركة, حزب, تنظيم, جبهة, ...);
* ``lc``: a bare word right after a place head (مدينة, محافظة, ولاية, بلدة, ...);
* with ``--surnames``, ``pa``: a word with the article right after a ``p1`` position or after
  the bare word after a speech verb (surnames: الأسد in «الرئيس السوري بشار الأسد», الجبير in
  «قال عادل الجبير»);
* with ``--org-article``, ``oa``: a word with the article right after an organisation head
  (الشباب in «حركة الشباب»).

A stem seen at least ``--min-count`` times gets the label ``<context><level>`` for each context
whose share of its occurrences reaches a level: ``1`` at least 2 %, ``2`` at least 8 %,
``3`` at least 25 % (e.g. ``p13`` for a stem that is the first word after a person title in a
quarter of its uses: a first name).  The tagger turns the labels into ``n=`` features.
Output: gzip TSV ``stem<TAB>labels`` (comma-separated), sorted; deterministic.

    python scripts/build_name_lists.py [--corpus DIR] [--out FILE] [--cache FILE] [--min-count 3]
                                       [--surnames] [--org-article]
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import time
import zipfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from marsad.entities.features import analyse  # noqa: E402
from marsad.text.tokenize import ARABIC_WORD_RE, words  # noqa: E402

DEFAULT_CORPUS = ROOT.parent / "shared" / "data" / "corpus" / "saudinewsnet"
DEFAULT_OUT = ROOT / "src" / "marsad" / "entities" / "data" / "ner" / "names.tsv.gz"

# normalized (normalize_for_search) stems
TITLES = frozenset("""
رئيس وزير شيخ امير ملك لواء عميد عقيد عماد مقدم رائد نقيب دكتور سيد سيده نائب سفير مستشار
استاذ امام مفتي قائد زعيم مدير مندوب مبعوث داعيه اعلامي كاتب فنان فنانه شاعر لاعب مدرب
مواطن مواطنه طفل طفله شاب شابه شهيد متهم ناشط ناشطه صحفي محامي قاضي مرشد اخ امين وكيل
حاكم محافظ امينه سمو معالي فضيله سماحه جلاله فخامه مهندس ولي عضو مساعد مفوض
""".split())
SPEECH = frozenset("قال اكد اوضح اضاف اشار ذكر صرح اعلن كشف دعا طالب قالت اكدت اوضحت اضافت "
                   "اشارت ذكرت صرحت اعلنت كشفت دعت طالبت يقول يؤكد يري".split())
BIN = frozenset(("بن", "ابن", "بنت"))
ABU = frozenset(("ابو", "ابي", "ابا", "ام"))
ORG_HEADS = frozenset("حركه حزب تنظيم جبهه جماعه جيش ميليشيا مليشيا كتائب كتيبه لواء شركه "
                      "وكاله صحيفه قناه مجموعه منظمه جمعيه ائتلاف تحالف اتحاد مؤسسه بنك "
                      "مصرف جامعه مستشفي".split())
LOC_HEADS = frozenset("مدينه محافظه ولايه بلده قريه منطقه عاصمه اقليم مقاطعه جزيره جزر "
                      "مخيم حي ريف ضاحيه مطار ميناء نهر جبل بحيره".split())
CONTEXTS = ("p1", "p2", "bn", "ab", "sp", "og", "lc")
#: ``--after-first-names`` adds ``fn``: a bare word right after a *first name* (a stem that is
#: ``p1`` in at least a quarter of its, at least 5, uses); measured: no gain (CV F1 0.746 -> 0.744)
FN = "fn"
#: ``--surnames`` adds ``pa``: a word with the article (and no other proclitic) right after a
#: ``p1`` position or after the bare word that follows a speech verb: surnames such as الأسد,
#: البغدادي, الجبير in «الرئيس السوري بشار الأسد», «قال عادل الجبير»
PA = "pa"
#: ``--org-article`` adds ``oa``: a word with the article right after an organisation head
#: (الشباب in «حركة الشباب», النصرة in «جبهة النصرة»)
OA = "oa"
LEVELS = ((0.25, 3), (0.08, 2), (0.02, 1))


def corpus_lines(corpus: Path, cache: Path | None = None) -> list[list[str]]:
    """Per article line, its words as ``<flags><stem>``: flags ``a`` (article) or ``-``, then
    ``p`` (proclitics) or ``-``; non-Arabic tokens as ``--`` + the token (cached if asked)."""
    if cache is not None and cache.exists():
        with open(cache, encoding="utf-8") as fh:
            return [line.split() for line in fh]
    out: list[list[str]] = []
    for zpath in sorted(corpus.glob("*.zip")):
        with zipfile.ZipFile(zpath) as zf:
            for name in sorted(zf.namelist()):
                if not name.endswith(".json"):
                    continue
                for art in json.loads(zf.read(name).decode("utf-8")):
                    for line in (art.get("content") or "").splitlines():
                        sent = []
                        for tok in words(line):
                            t = tok.text
                            if ARABIC_WORD_RE.search(t):
                                _, stem, pcs, has_art = analyse(t)
                                sent.append(("a" if has_art else "-") + ("p" if pcs else "-")
                                            + stem.replace(" ", ""))
                            else:
                                sent.append("--" + ("<num>" if t.isdigit() else t.replace(" ", "")))
                        if len(sent) > 1:
                            out.append(sent)
        print(f"  {zpath.name}: {len(out)} lines", file=sys.stderr)
    if cache is not None:
        cache.parent.mkdir(parents=True, exist_ok=True)
        with open(cache, "w", encoding="utf-8") as fh:
            for s in out:
                fh.write(" ".join(s) + "\n")
    return out


def context_counts(lines: list[list[str]]) -> tuple[Counter, dict[str, Counter]]:
    """Occurrences of each stem, and per context (:data:`CONTEXTS`) its occurrences there."""
    total: Counter = Counter()
    ctx: dict[str, Counter] = {c: Counter() for c in (*CONTEXTS, PA, OA)}
    for sent in lines:
        n = len(sent)
        stems = [w[2:] for w in sent]
        arts = [w[0] == "a" for w in sent]
        bare = [w[0] == "-" for w in sent]
        arabic = [ARABIC_WORD_RE.search(s) is not None for s in stems]
        total.update(s for s, a in zip(stems, arabic) if a)
        for i in range(n):
            s = stems[i]
            if not arabic[i]:
                continue
            if s in TITLES:
                j = i + 1
                while j < n and j <= i + 3 and arts[j] and arabic[j]:
                    j += 1
                if j < n and arabic[j] and bare[j] and sent[j][1] == "-" and stems[j] not in TITLES:
                    ctx["p1"][stems[j]] += 1
                    k = j + 1
                    if k < n and arabic[k] and sent[k][:2] == "--" and stems[k] not in TITLES:
                        ctx["p2"][stems[k]] += 1
                    elif k < n and arabic[k] and sent[k][:2] == "a-" and stems[k] not in TITLES:
                        ctx["pa"][stems[k]] += 1
            elif s in BIN:
                if i > 0 and arabic[i - 1] and sent[i - 1][0] == "-":
                    ctx["bn"][stems[i - 1]] += 1
                if i + 1 < n and arabic[i + 1] and sent[i + 1][:2] == "--":
                    ctx["bn"][stems[i + 1]] += 1
            elif s in ABU and sent[i][0] == "-":
                if i + 1 < n and arabic[i + 1] and sent[i + 1][:2] == "--":
                    ctx["ab"][stems[i + 1]] += 1
            elif s in SPEECH:
                if i + 1 < n and arabic[i + 1] and sent[i + 1][:2] == "--":
                    ctx["sp"][stems[i + 1]] += 1
                    if (i + 2 < n and arabic[i + 2] and sent[i + 2][:2] == "a-"
                            and stems[i + 2] not in TITLES):
                        ctx["pa"][stems[i + 2]] += 1
            if s in ORG_HEADS and i + 1 < n and arabic[i + 1] and sent[i + 1][:2] == "--":
                ctx["og"][stems[i + 1]] += 1
            elif s in ORG_HEADS and i + 1 < n and arabic[i + 1] and sent[i + 1][:2] == "a-":
                ctx["oa"][stems[i + 1]] += 1
            if s in LOC_HEADS and i + 1 < n and arabic[i + 1] and sent[i + 1][:2] == "--":
                ctx["lc"][stems[i + 1]] += 1
    return total, ctx


def after_first_names(lines: list[list[str]], total: Counter, p1: Counter) -> Counter:
    """Occurrences of each stem as a bare word right after a first name (see ``fn``)."""
    first = {s for s, k in p1.items() if total[s] >= 5 and k >= 0.25 * total[s]}
    out: Counter = Counter()
    for sent in lines:
        for i in range(len(sent) - 1):
            if sent[i][2:] in first and sent[i + 1][:2] == "--":
                nxt = sent[i + 1][2:]
                if ARABIC_WORD_RE.search(nxt) and nxt not in TITLES:
                    out[nxt] += 1
    return out


def labels(total: Counter, ctx: dict[str, Counter], min_count: int,
           contexts: tuple[str, ...] = CONTEXTS) -> dict[str, list[str]]:
    """``stem -> labels`` (see the module docstring)."""
    out: dict[str, list[str]] = {}
    for c in contexts:
        for stem, k in ctx[c].items():
            n = total[stem]
            if n < min_count or k < 2:
                continue
            share = k / n
            for thr, level in LEVELS:
                if share >= thr:
                    out.setdefault(stem, []).append(f"{c}{level}")
                    break
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    ap.add_argument("--cache", type=Path, default=None,
                    help="cache the analysed corpus lines here (not shipped)")
    ap.add_argument("--min-count", type=int, default=3)
    ap.add_argument("--after-first-names", action="store_true",
                    help="also the fn context (experiment; not in the shipped file)")
    ap.add_argument("--surnames", action="store_true",
                    help="also the pa context (surnames with the article)")
    ap.add_argument("--org-article", action="store_true",
                    help="also the oa context (a word with the article after an organisation head)")
    args = ap.parse_args(argv)
    t0 = time.time()
    lines = corpus_lines(args.corpus, args.cache)
    print(f"{len(lines)} lines ({time.time() - t0:.0f}s)", file=sys.stderr)
    total, ctx = context_counts(lines)
    contexts = CONTEXTS
    if args.after_first_names:
        ctx[FN] = after_first_names(lines, total, ctx["p1"])
        contexts = (*contexts, FN)
    if args.surnames:
        contexts = (*contexts, PA)
    if args.org_article:
        contexts = (*contexts, OA)
    table = labels(total, ctx, args.min_count, contexts)
    body = "".join(f"{s}\t{','.join(sorted(v))}\n" for s, v in sorted(table.items()))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_bytes(gzip.compress(body.encode("utf-8"), compresslevel=9, mtime=0))
    per = Counter(lab[:2] for v in table.values() for lab in v)
    print(f"wrote {args.out} ({args.out.stat().st_size} bytes, {len(table)} stems; "
          + ", ".join(f"{c} {per[c]}" for c in contexts) + f") in {time.time() - t0:.0f}s",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
