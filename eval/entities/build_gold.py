"""Build eval/entities/articles.jsonl from the hand annotations below and the SaudiNewsNet zips.

    python eval/entities/build_gold.py [--corpus ../shared/data/corpus/saudinewsnet] [--show]

The annotations were written by reading each article (see README.md for the guidelines).  Each
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
site (base, airport, feature).  ``--show`` prints every mention with its context for review.
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

ANNOTATIONS["snn-26270"] = """
الدالوة | LOC | al-Dalwah
القديح | LOC | al-Qudaih
العنود | LOC | al-Anoud (Dammam)
قوات الطوارئ | ORG | Saudi Special Emergency Forces
عسير | LOC | Asir
الدولة الإسلامية | ORG | Islamic State
العراق | LOC | Iraq
سوريا | LOC | Syria
بغداد | LOC | Baghdad
داعش | ORG | Islamic State
"""

ANNOTATIONS["snn-13798"] = """
المقاومة الشعبية | ORG | Popular Resistance (Yemen)
جماعة الحوثي | ORG | Houthis
الحوثيين | ORG | Houthis | drop=4
أبين | LOC | Abyan
ابين | LOC | Abyan
علي صالح | PER | Ali Abdullah Saleh
صالح | PER | Ali Abdullah Saleh
لودر | LOC | Lawdar
يسوف | LOC | Jabal Yasuf
مثلث الكهرباء | LOC | al-Kahraba triangle (Lawdar)
قوات التحالف | ORG | Saudi-led coalition
تنظيم القاعدة | ORG | al-Qaeda
القاعدة | ORG | al-Qaeda
اليمن | LOC | Yemen
المكلا | LOC | Mukalla
وادي ضيقة | LOC | Wadi Dayqa
المحفد | LOC | al-Mahfad
ابو احمد الكازمي | PER | Abu Ahmad al-Kazimi
الولايات المتحدة | LOC | United States | actor=0
عبدربه منصور هادي | PER | Abd Rabbuh Mansur Hadi
"""

ANNOTATIONS["snn-14461"] = """
الشرطة الروسية | ORG | Russian police
داعش | ORG | Islamic State
الشيشان | LOC | Chechnya
شمال القوقاز | LOC | North Caucasus
تليغراف | ORG | The Telegraph
لايف نيوز | ORG | LifeNews
سوريا | LOC | Syria
روسيا | LOC | Russia
الشرطة الشيشانية | ORG | Chechen police
فاليري زولوتاريف | PER | Valery Zolotarev
مركز مكافحة التطرف | ORG | Center for Countering Extremism (Chechnya)
موسكوفسكي كومسوموليتس | ORG | Moskovsky Komsomolets
الوئام | ORG | Al-Weeam
"""

ANNOTATIONS["snn-10422"] = """
داعش | ORG | Islamic State
وزارة الداخلية | ORG | Saudi Ministry of Interior
المباحث العامة | ORG | General Investigation Directorate (Saudi Arabia)
بلاد الحرمين | LOC | Saudi Arabia
"""

ANNOTATIONS["snn-29776"] = """
الفلبين | LOC | Philippines
جماعة أبو سياف | ORG | Abu Sayyaf
أبو سياف | ORG | Abu Sayyaf
ألان أروجادو | PER | Alan Arrojado
أروجادو | PER | Alan Arrojado
تنظيم القاعدة | ORG | al-Qaeda
باتيكول | LOC | Patikul
جولو | LOC | Jolo
"""

ANNOTATIONS["snn-05275"] = """
المرصد السوري لحقوق الإنسان | ORG | Syrian Observatory for Human Rights
سوريا | LOC | Syria | drop=0
النظام السوري | ORG | Syrian government
قصر البريج | LOC | Qasr al-Burayj
حلب | LOC | Aleppo
تنظيم داعش | ORG | Islamic State
اتحاد جمعيات الصحافيين الإسبان | ORG | Federation of Spanish Journalists' Associations
سورية | LOC | Syria
إلسا جونزاليس | PER | Elsa Gonzalez
جونزاليس | PER | Elsa Gonzalez
وكالة الأنباء الفرنسية | ORG | Agence France-Presse
تي في آي 24 ساعة | ORG | TVE 24h
وزارة الخارجية الإسبانية | ORG | Spanish Ministry of Foreign Affairs
تركيا | LOC | Turkey
أنطونيو بامبليجا | PER | Antonio Pampliega
خوسيه مانويل لوبيز | PER | Jose Manuel Lopez
انخيل ساستري | PER | Angel Sastre
إي بي سي | ORG | ABC (Spanish newspaper)
لاراسون | ORG | La Razon
كواترو | ORG | Cuatro
أوندا سيرو | ORG | Onda Cero
"""

ANNOTATIONS["snn-25167"] = """
وزارة الدفاع | ORG | Malian Ministry of Defence
مالي | LOC | Mali
دياران كونيه | PER | Diarran Kone
أوكرانيا | LOC | Ukraine | actor=0
روسيا | LOC | Russia | actor=0
موسكو | LOC | Moscow
يو تي إير | ORG | UTair
جنوب أفريقيا | LOC | South Africa
فرنسا | LOC | France
الأمم المتحدة | ORG | United Nations
سيفاري | LOC | Sevare
باماكو | LOC | Bamako
مينوسما | ORG | MINUSMA
تنظيم القاعدة | ORG | al-Qaeda
الصحراء | LOC | Sahara
"""

ANNOTATIONS["snn-18543"] = """
المقاومة الشعبية | ORG | Popular Resistance (Yemen)
المقاومة الشعبيــة | ORG | Popular Resistance (Yemen)
قاعدة العند | LOC | al-Anad Air Base
قاعدة العنـد | LOC | al-Anad Air Base
اليمن | LOC | Yemen
الحوثيين | ORG | Houthis
الحوثي | ORG | Houthis
صالح | PER | Ali Abdullah Saleh
التحالف | ORG | Saudi-led coalition
لحج | LOC | Lahij
عدن | LOC | Aden
اللواء الأول حزم | ORG | 1st Hazm Brigade
فضل حسن | PER | Fadl Hasan
سيلة المخراج | LOC | Saylat al-Makhraj
ردفان | LOC | Radfan
المثلث | LOC | al-Muthallath (Lahij)
الوئام | ORG | Al-Weeam
"""

ANNOTATIONS["snn-20430"] = """
عين اليوم | ORG | Ain Alyoum
جدة | LOC | Jeddah
عسير | LOC | Asir
فيصل بن خالد | PER | Faisal bin Khalid bin Abdulaziz
قوة الطوارئ | ORG | Saudi Special Emergency Forces
"""

ANNOTATIONS["snn-18528"] = """
المحكمة الجزائية المتخصصة | ORG | Specialized Criminal Court
جدة | LOC | Jeddah
سورية | LOC | Syria
تركيا | LOC | Turkey
داعش | ORG | Islamic State
تنظيم داعش | ORG | Islamic State
المملكة | LOC | Saudi Arabia
الوئام | ORG | Al-Weeam
"""

ANNOTATIONS["snn-15843"] = """
تنظيم داعش | ORG | Islamic State
داعش | ORG | Islamic State
الدواعش | ORG | Islamic State
الأنبار | LOC | Anbar
الفلوجة | LOC | Fallujah
هيت | LOC | Hit
القائم | LOC | al-Qaim
الشرطة الاتحادية العراقية | ORG | Iraqi Federal Police
الشرطة الاتحادية | ORG | Iraqi Federal Police
الرمادي | LOC | Ramadi
رائد شاكر جودت | PER | Raed Shaker Jawdat
حصيبة الشرقية | LOC | Husaybah al-Sharqiyah
كربلاء | LOC | Karbala
عبدالمهدي الكربلائي | PER | Abdul Mahdi al-Karbalai
الكربلائي | PER | Abdul Mahdi al-Karbalai
الحكومة العراقية | ORG | Iraqi government
العراق | LOC | Iraq
"""

ANNOTATIONS["snn-10631"] = """
مكة المكرمة | LOC | Mecca
المدينة المنورة | LOC | Medina
داعش | ORG | Islamic State
الحوثي | ORG | Houthis
محمد أحمد الناشري | PER | Muhammad Ahmad al-Nashiri (author)
"""

ANNOTATIONS["snn-18190"] = """
حزب العمال الكردستاني | ORG | Kurdistan Workers' Party
الحزب الكردستاني | ORG | Kurdistan Workers' Party
الدرك التركي | ORG | Turkish Gendarmerie
دوغوبيازيت | LOC | Dogubayazit
زركال | LOC | Zarkel
العراق | LOC | Iraq
كوموش خانة | LOC | Gumushane
البحر الأسود | LOC | Black Sea
"""

ANNOTATIONS["snn-27803"] = """
الهيئة الخيرية الأردنية الهاشمية | ORG | Jordan Hashemite Charity Organization
القوات المسلحة الأردنية | ORG | Jordan Armed Forces
مطار ماركا العسكري | LOC | Marka military airport
عمان | LOC | Amman
سلاح الجو الملكي | ORG | Royal Jordanian Air Force
أيمن المفلح | PER | Ayman al-Muflih
مطار عدن الدولي | LOC | Aden International Airport
عدن | LOC | Aden
الحكومة اليمنية | ORG | Yemeni government
اليمن | LOC | Yemen
مركز إدارة الأزمات | ORG | Crisis Management Center (Jordan Armed Forces)
محمد ارشيد المواجدة | PER | Muhammad Irshid al-Mawajdeh
الأردن | LOC | Jordan
نبيل كليب | PER | Nabil Kulaib
هيئة الإغاثة اليمنية | ORG | Yemeni Relief Commission
محمد ذنيبات | PER | Muhammad Thneibat
عبد ربه منصور هادي | PER | Abd Rabbuh Mansur Hadi
الحوثيين | ORG | Houthis
إيران | LOC | Iran | actor=0
الخليج | LOC | Persian Gulf
"""

ANNOTATIONS["snn-17733"] = """
كردستان العراق | LOC | Iraqi Kurdistan
حكومة اقليم كردستان | ORG | Kurdistan Regional Government
مسعود بارزاني | PER | Masoud Barzani
بارزاني | PER | Masoud Barzani
داعش | ORG | Islamic State
دهوك | LOC | Duhok
سنجار | LOC | Sinjar
بابا شيخ | PER | Baba Sheikh (Khurto Hajji Ismail)
قوات البشمركة | ORG | Peshmerga
نينوى | LOC | Nineveh
الامم المتحدة | ORG | United Nations
التحالف الدولي | ORG | US-led coalition
الولايات المتحدة | LOC | United States | actor=0
تنظيم الدولة | ORG | Islamic State
العراق | LOC | Iraq
"""

ANNOTATIONS["snn-19549"] = """
النظام السوري | ORG | Syrian government
أريحا | LOC | Ariha
سوريا | LOC | Syria
المرصد السوري لحقوق الانسان | ORG | Syrian Observatory for Human Rights
رامي عبدالرحمن | PER | Rami Abdulrahman
ادلب | LOC | Idlib
"""

ANNOTATIONS["snn-29777"] = """
مصر | LOC | Egypt
إبراهيم محلب | PER | Ibrahim Mahlab
محلب | PER | Ibrahim Mahlab
نبيل زكي | PER | Nabil Zaki
حزب التجمع | ORG | Tagammu Party
قناة السويس | LOC | Suez Canal
مدحت الزاهد | PER | Medhat al-Zahed
حزب التحالف الشعبى | ORG | Socialist Popular Alliance Party
شهاب وجيه | PER | Shehab Wagih
حزب المصريين الأحرار | ORG | Free Egyptians Party
عبد الفتاح السيسي | PER | Abdel Fattah el-Sisi
أمين راضي | PER | Amin Radi
حزب المؤتمر | ORG | Conference Party (Egypt)
إسماعيل أبو حديد | PER | Ismail Abu Hadid
حزب النور | ORG | Nour Party
تنظيم بيت المقدس | ORG | Ansar Bait al-Maqdis
التومة | LOC | al-Tuma
الشيخ زويد | LOC | Sheikh Zuweid
شمال سيناء | LOC | North Sinai
"""

ANNOTATIONS["snn-14874"] = """
الشرطة التركية | ORG | Turkish police
تركيا | LOC | Turkey
تشينار | LOC | Cinar
الأناضول | ORG | Anadolu Agency
دوغان | ORG | Dogan News Agency
حزب العمال الكردستاني | ORG | Kurdistan Workers' Party
سوروتش | LOC | Suruc
تنظيم داعش | ORG | Islamic State
جزرة | LOC | Cizre
"""

ANNOTATIONS["snn-08514"] = """
اليمن اليوم | ORG | Yemen Today (TV channel)
اليمن | LOC | Yemen
علي عبد الله صلاح | PER | Ali Abdullah Saleh
قاعدة العند | LOC | al-Anad Air Base
لحج | LOC | Lahij
عبد القادر العمودي | PER | Abdulqader al-Amoudi
المدينة الخضراء | LOC | al-Madinah al-Khadra (Aden)
الفيصل | LOC | al-Faisal (Aden)
دار سعد | LOC | Dar Saad
مطار عدن الدولي | LOC | Aden International Airport
عدن | LOC | Aden
جماعة الحوثي | ORG | Houthis
الحراك الجنوبي | ORG | Southern Movement
عبد ربه منصور هادي | PER | Abd Rabbuh Mansur Hadi
هادي | PER | Abd Rabbuh Mansur Hadi
علي العماد | PER | Ali al-Imad
الضالع | LOC | Dhale
المقاومة الشعبية | ORG | Popular Resistance (Yemen)
رأفت الصباغ | PER | Raafat al-Sabbagh
مركز الملك سلمان للإغاثة والأعمال الإنسانية | ORG | King Salman Humanitarian Aid and Relief Centre
اللجنة العليا للإغاثة | ORG | Higher Relief Committee (Yemen)
الحكومة الشرعية اليمنية | ORG | Yemeni government
وحي أمان | PER | Wahi Aman
"""

ANNOTATIONS["snn-18015"] = """
أغري | LOC | Agri
تركيا | LOC | Turkey | actor=2
حزب العمال الكردستاني | ORG | Kurdistan Workers' Party
دوجو بايزيد | LOC | Dogubayazit
إيران | LOC | Iran
ماردين | LOC | Mardin
أنقرة | LOC | Ankara | actor=0,1,2
العراق | LOC | Iraq
أحمد داود أوغلو | PER | Ahmet Davutoglu
التحالف | ORG | US-led coalition
الولايات المتحدة | LOC | United States | actor=1
تنظيم داعش | ORG | Islamic State
حلف شمال الأطلسي | ORG | NATO
رجب طيب اردوغان | PER | Recep Tayyip Erdogan
اردوغان | PER | Recep Tayyip Erdogan
سوريا | LOC | Syria
تنظيم الدولة الاسلامية | ORG | Islamic State
"""

# lat, lon, kind (None: not confident enough to give coordinates)
PLACES: dict[str, tuple[float | None, float | None, str]] = {
    "al-Dalwah": (25.42, 49.70, "city"),
    "al-Qudaih": (26.58, 50.00, "city"),
    "al-Anoud (Dammam)": (26.42, 50.09, "city"),
    "Asir": (18.22, 42.50, "region"),
    "Iraq": (33.0, 44.0, "country"),
    "Syria": (35.0, 38.0, "country"),
    "Baghdad": (33.34, 44.40, "city"),
    "Abyan": (13.13, 45.38, "region"),
    "Lawdar": (13.88, 45.87, "city"),
    "Jabal Yasuf": (None, None, "site"),
    "al-Kahraba triangle (Lawdar)": (None, None, "site"),
    "Yemen": (15.5, 47.5, "country"),
    "Mukalla": (14.54, 49.13, "city"),
    "Wadi Dayqa": (None, None, "site"),
    "al-Mahfad": (None, None, "city"),
    "United States": (39.76, -98.5, "country"),
    "Chechnya": (43.32, 45.69, "region"),
    "North Caucasus": (None, None, "region"),
    "Russia": (60.0, 100.0, "country"),
    "Saudi Arabia": (25.0, 45.0, "country"),
    "Philippines": (13.0, 122.0, "country"),
    "Patikul": (6.07, 121.10, "city"),
    "Jolo": (6.05, 121.00, "site"),
    "Qasr al-Burayj": (None, None, "city"),
    "Aleppo": (36.20, 37.16, "city"),
    "Turkey": (39.0, 35.0, "country"),
    "Mali": (17.0, -4.0, "country"),
    "Ukraine": (49.0, 32.0, "country"),
    "Moscow": (55.76, 37.62, "city"),
    "South Africa": (-29.0, 24.0, "country"),
    "France": (46.0, 2.0, "country"),
    "Sevare": (14.53, -4.10, "city"),
    "Bamako": (12.65, -8.00, "city"),
    "Sahara": (None, None, "region"),
    "al-Anad Air Base": (13.18, 44.77, "site"),
    "Lahij": (13.06, 44.88, "region"),
    "Aden": (12.78, 45.04, "city"),
    "Saylat al-Makhraj": (None, None, "site"),
    "Radfan": (None, None, "region"),
    "al-Muthallath (Lahij)": (None, None, "site"),
    "Jeddah": (21.54, 39.17, "city"),
    "Anbar": (33.42, 43.30, "region"),
    "Fallujah": (33.35, 43.78, "city"),
    "Hit": (33.64, 42.83, "city"),
    "al-Qaim": (34.37, 41.09, "city"),
    "Ramadi": (33.42, 43.30, "city"),
    "Husaybah al-Sharqiyah": (33.42, 43.40, "city"),
    "Karbala": (32.62, 44.02, "city"),
    "Mecca": (21.42, 39.83, "city"),
    "Medina": (24.47, 39.61, "city"),
    "Dogubayazit": (39.55, 44.08, "city"),
    "Zarkel": (None, None, "city"),
    "Gumushane": (40.46, 39.48, "region"),
    "Black Sea": (None, None, "site"),
    "Marka military airport": (31.97, 35.99, "site"),
    "Amman": (31.95, 35.93, "city"),
    "Aden International Airport": (12.83, 45.03, "site"),
    "Jordan": (31.0, 36.0, "country"),
    "Iran": (32.0, 53.0, "country"),
    "Persian Gulf": (None, None, "region"),
    "Iraqi Kurdistan": (36.19, 44.01, "region"),
    "Duhok": (36.87, 42.99, "city"),
    "Sinjar": (36.32, 41.87, "city"),
    "Nineveh": (36.34, 43.13, "region"),
    "Ariha": (35.81, 36.61, "city"),
    "Idlib": (35.93, 36.63, "region"),
    "Egypt": (27.0, 30.0, "country"),
    "Suez Canal": (None, None, "site"),
    "al-Tuma": (None, None, "city"),
    "Sheikh Zuweid": (31.21, 34.11, "city"),
    "North Sinai": (31.13, 33.80, "region"),
    "Cinar": (37.72, 40.41, "city"),
    "Suruc": (36.98, 38.42, "city"),
    "Cizre": (37.33, 42.19, "city"),
    "al-Madinah al-Khadra (Aden)": (12.83, 44.99, "city"),
    "al-Faisal (Aden)": (None, None, "city"),
    "Dar Saad": (12.88, 44.99, "city"),
    "Dhale": (13.70, 44.73, "city"),
    "Agri": (39.72, 43.05, "region"),
    "Mardin": (37.31, 40.74, "region"),
    "Ankara": (39.93, 32.86, "city"),
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
