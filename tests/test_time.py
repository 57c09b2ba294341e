"""The Arabic temporal tagger on short real news sentences: every family, offsets, no false hits.

Snippets are from the seed articles or short excerpts of SaudiNewsNet articles (July-August 2015),
each resolved against its publication date.
"""

import datetime as dt

import pytest

from marsad.time import find_times
from marsad.time.hijri import from_gregorian, to_gregorian
from marsad.time.infer import from_url, infer_published
from marsad.time.resolve import iso_week


def found(text, published, surface=None):
    """The expression whose text is ``surface`` (or the only one), offsets checked."""
    times = find_times(text, published=published)
    for t in times:
        assert text[t.start:t.end] == t.text
    if surface is None:
        assert len(times) == 1, [t.text for t in times]
        return times[0]
    hits = [t for t in times if t.text == surface]
    assert hits, f"{surface!r} not found; got {[t.text for t in times]}"
    start = text.index(surface)
    assert (hits[0].start, hits[0].end) == (start, start + len(surface))
    return hits[0]


def values(text, published):
    return [(t.text, t.value) for t in find_times(text, published=published)]


# --- weekdays ------------------------------------------------------------------------

@pytest.mark.parametrize("text, published, surface, value", [
    # published on a Monday: «الإثنين» is that very day (a wire story reports the same day)
    ("بيروت - دعا تنظيم الدولة الإسلامية الإثنين عناصره في شمال سوريا", "2019-03-18", "الإثنين", "2019-03-18"),
    ("الهجوم المسلّح الذي شنّه أسترالي على مسجدين في مدينة كرايست تشيرش الجمعة", "2019-03-18", "الجمعة", "2019-03-15"),
    ("إطلاق نار عليهم من قبل متطرف يميني، الجمعة الماضية، وأودى بحياة 50 شخصًا", "2019-03-21", "الجمعة الماضية", "2019-03-15"),
    # «الماضي» on the weekday of publication: a week back, never the same day
    ("وكان الاجتماع قد عقد الإثنين الماضي في الرياض", "2019-03-18", "الإثنين الماضي", "2019-03-11"),
    ("انخفض المؤشر منذ يوم الأحد الماضي بشكل تدريجي", "2015-08-02", "يوم الأحد الماضي", "2015-07-26"),
    ("بطولة فرنسا لكرة القدم التي تنطلق يوم الجمعة المقبل", "2015-08-07", "يوم الجمعة المقبل", "2015-08-14"),
    ("يعقد المجلس جلسته الخميس القادم لمناقشة الميزانية", "2015-08-04", "الخميس القادم", "2015-08-06"),
    ("وصل الوفد الثلاثاء الفائت إلى جنيف", "2015-08-06", "الثلاثاء الفائت", "2015-08-04"),
    ("توجه إلى مكة المكرمة، عصر يوم الخميس الماضي، في رحلة عمرة", "2015-07-31", "عصر يوم الخميس الماضي", "2015-07-30"),
    # a future cue in the sentence: the coming one
    ("ومن المقرر أن تعقد القمة السبت في القاهرة", "2015-08-04", "السبت", "2015-08-08"),
])
def test_weekdays(text, published, surface, value):
    assert found(text, published, surface).value == value


def test_weekday_with_diacritics_and_tatweel():
    t = found("قُتل ثلاثة جنود الأَرْبِعَاءَ في هجوم", "2019-03-21")
    assert t.text == "الأَرْبِعَاءَ" and t.value == "2019-03-20"
    t = found("اجتمع المجلس الخميـــس في الرياض", "2019-03-21")
    assert t.text == "الخميـــس" and t.value == "2019-03-21"


# --- day references --------------------------------------------------------------------

@pytest.mark.parametrize("text, surface, value, type_", [
    ("أعلنت وزارة الداخلية اليوم عن القبض على خلية إرهابية", "اليوم", "2019-03-21", "date"),
    ("استنفرت أمس فرق الطوارئ والطرق في المنطقة", "أمس", "2019-03-20", "date"),
    ("أعلنت القوات، أول أمس الثلاثاء، سيطرتها على مخيم الباغوز", "أول أمس الثلاثاء", "2019-03-19", "date"),
    ("وكان قد وصل أول من أمس إلى بغداد", "أول من أمس", "2019-03-19", "date"),
    ("حيث يختتم غداً معسكره الإعدادي المقام بالمدينة", "غداً", "2019-03-22", "date"),
    ("تبدأ المحادثات بعد غد في جنيف", "بعد غد", "2019-03-23", "date"),
    ("قتل خمسة أشخاص في غارة جوية الليلة الماضية", "الليلة الماضية", "2019-03-20", "time"),
    ("وقع صباح اليوم حادث تصادم بين سيارتين", "صباح اليوم", "2019-03-21", "time"),
    ("في مقر النادي الذي أقيم مساء أمس بحضور الأعضاء", "مساء أمس", "2019-03-20", "time"),
    ("وصل الوزير بالأمس إلى عمّان", "بالأمس", "2019-03-20", "date"),
    ("قتل خمسة اطفال الليل قبل الماضي اثر سقوط قذيفة صاروخية", "الليل قبل الماضي", "2019-03-19", "time"),
    ("وأدان الليلة قبل الماضية الهجوم على المسجد", "الليلة قبل الماضية", "2019-03-19", "time"),
    ("مرسوم نشرته قبل أمس الجريدة الرسمية", "قبل أمس", "2019-03-19", "date"),
])
def test_day_references(text, surface, value, type_):
    t = found(text, "2019-03-21", surface)
    assert (t.value, t.type) == (value, type_)


@pytest.mark.parametrize("text, surface, value", [
    ("عقد الاجتماع يوم الجمعة قبل الماضي في الرياض", "يوم الجمعة قبل الماضي", "2019-03-08"),
    ("رد الأربعاء ما قبل الماضي على البيان", "الأربعاء ما قبل الماضي", "2019-03-13"),
    ("رد الأربعاء الماضي على البيان", "الأربعاء الماضي", "2019-03-20"),
])
def test_weekday_before_last_is_a_week_before_the_last_one(text, surface, value):
    t = found(text, "2019-03-21", surface)  # a Thursday
    assert t.value == value


def test_year_before_last_with_ma():
    assert found("في العام ما قبل الماضي", "2019-03-21").value == "2017"


def test_day_before_yesterday_with_its_weekday():
    t = found("كان يفترض أن يعود مساء يوم أمس الأول الخميس", "2015-08-08")
    assert (t.text, t.value, t.type) == ("مساء يوم أمس الأول الخميس", "2015-08-06", "time")


def test_yesterday_weekday_date_is_one_expression():
    text = "إنها قد تمكنت من إحكام سيطرتها، أمس الأربعاء 20 مارس الجاري، بعد فرار عناصر «داعش»"
    t = found(text, "2019-03-21")
    assert t.text == "أمس الأربعاء 20 مارس الجاري"
    assert (t.value, t.precision, t.type) == ("2019-03-20", "day", "date")
    assert t.confidence >= 0.95  # three pieces that agree
    assert "conflict" not in t.attrs


def test_pieces_that_disagree_lower_the_confidence():
    t = found("أعلن الجيش أمس الأربعاء 19 مارس الجاري انتهاء العملية", "2019-03-21")
    assert t.value == "2019-03-19"  # the explicit date wins
    assert t.confidence < 0.7 and "conflict" in t.attrs


# --- day + month, months of every system ------------------------------------------------

@pytest.mark.parametrize("text, published, surface, value", [
    ("ولد في 25 مايو 1981 في الرياض", "2015-08-01", "25 مايو 1981", "1981-05-25"),
    ("عُيّن منذ 5 نوفمبر 2011 في المنصب", "2015-08-01", "5 نوفمبر 2011", "2011-11-05"),
    ("تقام المباراة يوم 12 أغسطس القادم خارج المملكة", "2015-08-07", "12 أغسطس القادم", "2015-08-12"),
    ("وستجرى الانتخابات الرئاسية في 29 فبراير المقبل", "2015-08-04", "29 فبراير المقبل", "2016-02-29"),
    ("تنطلق البطولة في 17 اغسطس الجاري بحسب ما ذكر", "2015-08-07", "17 اغسطس الجاري", "2015-08-17"),
    ("المباراة في الثاني عشر من اغسطس للمرة الأولى", "2015-08-01", "الثاني عشر من اغسطس", "2015-08-12"),
    ("في 2 آذار 1928 نشرت جريدة فلسطين", "2019-03-21", "2 آذار 1928", "1928-03-02"),
    ("وقع الانفجار في 24 تشرين الأول 1922", "2019-03-21", "24 تشرين الأول 1922", "1922-10-24"),
    ("جريدة فلسطين 22 آب 1931", "2019-03-21", "22 آب 1931", "1931-08-22"),
    ("تاريخ الوصول إليها في 24 أكتوبر / تشرين الأول 2008", "2019-03-21", "24 أكتوبر / تشرين الأول 2008", "2008-10-24"),
    ("انطلقت الحملة يوم 5 جانفي 2019 في الجزائر", "2019-03-21", "5 جانفي 2019", "2019-01-05"),
    ("تظاهر الآلاف في 22 فيفري الماضي", "2019-03-21", "22 فيفري الماضي", "2019-02-22"),
    ("صدر القرار في 14 جويلية 2018", "2019-03-21", "14 جويلية 2018", "2018-07-14"),
    ("وقع في 3 أوت 2018 حادث", "2019-03-21", "3 أوت 2018", "2018-08-03"),
    ("الاحتفال في أول أغسطس من كل عام", "2015-07-20", "أول أغسطس", "2015-08-01"),
    ("في العشرين من مارس أعلنت قسد", "2019-03-21", "العشرين من مارس", "2019-03-20"),
])
def test_day_month(text, published, surface, value):
    assert found(text, published, surface).value == value


@pytest.mark.parametrize("text, published, surface, value", [
    # «منذ أيلول/سبتمبر» in March 2019: the September before
    ("هجوماً ضد التنظيم في شرق سوريا منذ أيلول/سبتمبر. وباتت تحاصره", "2019-03-18", "أيلول/سبتمبر", "2018-09"),
    ("اندلعت الاشتباكات في آذار (مارس) الماضي", "2019-04-02", "آذار (مارس) الماضي", "2019-03"),
    ("توفي في أبريل (نيسان) 2013، في مستشفى في كراتشي", "2015-08-01", "أبريل (نيسان) 2013", "2013-04"),
    ("إجراء انتخابات جديدة في شهر نوفمبر (تشرين الثاني) المقبل", "2015-08-01",
     "شهر نوفمبر (تشرين الثاني) المقبل", "2015-11"),
    ("ارتفع إنتاج أوبك في يوليو تموز إلى أعلى مستوياته", "2015-08-03", "يوليو تموز", "2015-07"),
    ("شهدت الأشهر «أغسطس - ديسمبر (كانون الأول) 2014» استقرارا", "2015-08-01", "ديسمبر (كانون الأول) 2014", "2014-12"),
    ("استضافت باكستان في بداية يوليو (تموز)، مفاوضات بين طالبان والحكومة", "2015-08-01",
     "بداية يوليو (تموز)", "2015-07"),
    ("بعد انهيار السوق المالية في نهاية شباط (فبراير) من عام 2006", "2015-08-01",
     "نهاية شباط (فبراير) من عام 2006", "2006-02"),
    ("منذ يناير / كانون الثاني 2016 تتواصل المعارك", "2019-03-21", "يناير / كانون الثاني 2016", "2016-01"),
    ("صدر العدد في حزيران 2004", "2019-03-21", "حزيران 2004", "2004-06"),
    ("قتل في أيار الماضي", "2019-03-21", "أيار الماضي", "2018-05"),
])
def test_months(text, published, surface, value):
    t = found(text, published, surface)
    assert (t.value, t.precision) == (value, "month")


@pytest.mark.parametrize("text, published, value", [
    ("الاجتماع عقد في الشهر الماضي", "2019-03-21", "2019-02"),
    ("ارتفعت الأسعار خلال الشهر الجاري", "2019-03-21", "2019-03"),
    ("تبدأ المرحلة الثانية الشهر المقبل", "2019-12-21", "2020-01"),
    ("في مطلع الشهر الجاري، أعلنت الحكومة الأسترالية", "2015-07-24", "2015-07"),
])
def test_relative_months(text, published, value):
    t = found(text, published)
    assert (t.value, t.precision) == (value, "month")


def test_relative_weeks_and_years():
    assert found("تراجع المؤشر خلال الأسبوع الماضي", "2019-03-21").value == "2019-W11"
    assert found("بدأ نايمكس هذا الأسبوع مسلسل الهبوط", "2015-08-06").value == iso_week(dt.date(2015, 8, 6))
    assert found("مقارنة بنفس الفترة من العام الماضي", "2015-08-01").value == "2014"
    assert found("خلال الربع الثاني من العام الجاري", "2015-08-01").value == "2015"
    assert found("يتوقع أن يرتفع العجز في السنة المقبلة", "2015-08-01").value == "2016"
    assert found("سجلت الصادرات ارتفاعا للعام قبل الماضي", "2015-08-01").value == "2013"


def test_month_names_that_are_words_need_a_cue():
    # «مارس» the verb, «نيسان» the car maker, «باب» is not «ب» + «آب»
    assert values("مارس الضغط على الحكومة لتغيير موقفها", "2019-03-21") == []
    assert values("اشترى سيارة نيسان جديدة", "2019-03-21") == []
    assert values("الشركات التي دعمت باب رزق جميل", "2015-08-01") == []
    assert found("اندلعت المواجهات في مارس واستمرت", "2019-04-21").value == "2019-03"


# --- years, decades, centuries ---------------------------------------------------------

@pytest.mark.parametrize("text, surface, value", [
    ("بعدما كان يسيطر على مساحات واسعة في سوريا والعراق في العام 2014، إلا أنّ", "العام 2014", "2014"),
    ("اندلعت الثورة عام 2011 في درعا", "عام 2011", "2011"),
    ("تقاتل القوات في المنطقة منذ 2015 دون توقف", "2015", "2015"),
    ("بدأ القتال في المدينة في 2012. وتم صد الهجمات", "2012", "2012"),
    ("مسجلا 76 هدفا منذ انضمامه في 2006.", "2006", "2006"),
    ("في عام 2013م سجلت الشركة 12.5 مليار ريال", "عام 2013م", "2013"),
    ("إصدار الشهادات لسنة 2014 مدى الأزمة", "سنة 2014", "2014"),
    ("مضابط بلدية نابلس عام ( 1948 ) .", "عام ( 1948 )", "1948"),
    ("لعب مع بشيكتاش بين 2010 و2012 بعد أن", "2010", "2010"),
])
def test_years(text, surface, value):
    t = found(text, "2019-03-21", surface)
    assert (t.value, t.precision) == (value, "year")


def test_years_that_are_counts_are_not_years():
    assert values("قتل 2000 مقاتل في المعارك", "2019-03-21") == []
    assert values("ارتفع عدد الزوار إلى نحو 1500 زائر يوميا", "2019-03-21") == [("يوميا", "P1D")]
    assert values("ترتفع عن سطح البحر حوالى 2500م وتكسوها الغابات", "2015-08-01") == []
    assert values("بلغ عدد الضحايا 1987 شخصا", "2019-03-21") == []


def test_hijri_years():
    t = found("ففي عام 1404هـ كان عدد سكان المنطقة", "2015-08-01")
    assert (t.value, t.attrs["calendar"], t.attrs["hijri"]) == ("1984", "hijri", "1404")
    t = found("مضابط بلدية نابلس عام ( 1325 ) هجري", "2019-03-21")
    assert t.attrs["hijri"] == "1325" and t.value == "1907" and t.attrs.get("approximate")


@pytest.mark.parametrize("text, surface, value", [
    ("خطوات طفولتي الصحفية في مطلع الثمانينيات", "مطلع الثمانينيات", "198"),
    ("كما حدث في تسعينيات القرن الماضي", "تسعينيات القرن الماضي", "199"),
    ("انتشرت الظاهرة في الستينات من القرن العشرين", "الستينات من القرن العشرين", "196"),
])
def test_decades(text, surface, value):
    t = found(text, "2019-03-21", surface)
    assert (t.value, t.precision) == (value, "decade")


def test_century():
    t = found("مبادئ النازية خلال القرن العشرين", "2015-08-01")
    assert (t.value, t.precision) == ("19", "century")


# --- relative offsets and durations --------------------------------------------------------

@pytest.mark.parametrize("text, surface, value, precision", [
    ("قتل ثلاثة عناصر قبل ثلاثة أيام في كمين", "قبل ثلاثة أيام", "2019-03-18", "day"),
    ("قطعت الطريق منذ أسبوعين", "منذ أسبوعين", "2019-W10", "week"),
    ("منذ خمسة أشهر انتهت حالة الكر والفر", "منذ خمسة أشهر", "2018-10", "month"),
    ("منذ بدء الحرب الأهلية قبل أربع سنوات.", "قبل أربع سنوات", "2015", "year"),
    ("عين مديرا منذ عامين تقريبا", "منذ عامين", "2017", "year"),
    ("تعرض للإصابة قبل اسبوعين وتضاربت الانباء", "قبل اسبوعين", "2019-W10", "week"),
    ("بعد ثلاثة أيام يقام السوبر السعودي", "بعد ثلاثة أيام", "2019-03-24", "day"),
    ("غادر إلى بلده قبل خمسة أشهـر وترك ابنته", "قبل خمسة أشهـر", "2018-10", "month"),
    ("جثث ملقاة منذ أكثر من عشرة أيام دون أن", "منذ أكثر من عشرة أيام", "2019-03-11", "day"),
    ("أعلن ذلك قبل يومين", "قبل يومين", "2019-03-19", "day"),
    ("قتل منذ ٣ أيام", "منذ ٣ أيام", "2019-03-18", "day"),
])
def test_relative_offsets(text, surface, value, precision):
    t = found(text, "2019-03-21", surface)
    assert (t.type, t.value, t.precision) == ("date", value, precision)
    assert t.attrs["duration"].startswith("P")


def test_offset_from_another_event_is_a_duration():
    t = found("اعتقل بعد ثلاثة أيام من الهجوم", "2019-03-21")
    assert (t.type, t.value, t.attrs["anchor"]) == ("duration", "P3D", "event")


@pytest.mark.parametrize("text, value", [
    ("لإقامة معسكر إعدادي لمدة 18 يوما", "P18D"),
    ("سيوقع عقدا لمدة أربعة أعوام مقابل 11 مليون يورو", "P4Y"),
    ("خطة مدتها خمس سنوات لمقاومة رسالة داعش", "P5Y"),
    ("غاب يومين عن التدريبات", "P2D"),
    ("استمرت المفاوضات شهرين كاملين", "P2M"),
    ("قضى أكثر من عامين وليا للعهد", "P2Y"),
    ("استمر نحو ساعتين فقط", "PT2H"),
    ("حكم عليه بالسجن خمسة وعشرين عاما", "P25Y"),
    ("اشتباكات دامت لعدة أيام", "PXD"),
])
def test_durations(text, value):
    t = found(text, "2019-03-21")
    assert (t.type, t.value) == ("duration", value)


def test_plural_periods():
    assert found("وأكدت الأشهر الخمسة الماضية أن الوحدة", "2015-08-01").value == "P5M"
    assert found("أودت بحياة 500 شخص في العامين الماضيين", "2015-08-01").value == "P2Y"
    assert found("ابتعثت خلال السنوات الماضية عددا من موظفيها", "2015-08-01").value == "PXY"


def test_ages_are_not_durations():
    text = "قتل خلاله خمسين مصلّياً تتراوح أعمارهم بين ثلاث سنوات و77 عاماً، في مجزرة"
    assert values(text, "2019-03-18") == []
    assert values("توفي البالغ من العمر 45 عاما", "2019-03-18") == []


def test_sets():
    assert found("يرتفع عدد الركاب سنوياً إلى أكثر من 35 مليون", "2015-08-01").value == "P1Y"
    assert found("يقوم يومياً بتفقد قوات الشرطة", "2015-08-01").value == "P1D"
    t = found("تقام السوق كل جمعة في الساحة", "2015-08-01")
    assert (t.type, t.value) == ("set", "XXXX-WXX-5")


# --- Hijri -----------------------------------------------------------------------------

def test_hijri_full_date():
    t = found("أقيمت الصلاة في 15 رمضان 1436 هـ في المسجد الحرام", "2015-08-01")
    assert (t.text, t.value, t.precision) == ("15 رمضان 1436 هـ", "2015-07-02", "day")
    assert t.attrs["calendar"] == "hijri" and t.attrs["hijri"] == "1436-09-15"


def test_hijri_with_gregorian_gloss():
    text = "جدة 25 شوال 1436هـ الموافق 10 اغسطس 2015م واس"
    assert values(text, "2015-08-10") == [("25 شوال 1436هـ", "2015-08-10"), ("10 اغسطس 2015م", "2015-08-10")]
    t = found("ولد في الخامس من شوال 1354- 31 ديسمبر 1935 في الرياض", "2015-08-01", "الخامس من شوال 1354")
    assert t.value == "1935-12-31"


def test_hijri_month_without_year():
    t = found("تبدأ الإجازة مطلع محرم", "2019-03-18")
    # 1 Muharram 1440 = 2018-09-11, the most recent Muharram before March 2019
    assert (t.value, t.precision, t.attrs["hijri"], t.attrs["part"]) == ("2018-09", "month", "1440-01", "start")
    assert t.attrs["range"][0] == "2018-09-11"
    t = found("يتوقع تضاعف أعداد المعتمرين في شهر رمضان المقبل", "2019-03-18")
    assert t.attrs["hijri"] == "1440-09" and t.value == "2019-05"
    t = found("من 15 ذي القعدة وحتى نهاية الموسم لخدمة الحجاج", "2015-08-01")
    assert t.value == "2015-08-30"  # the coming Hajj season, not last year's


def test_hijri_conversion_helpers():
    assert to_gregorian(1436, 9, 15) == (dt.date(2015, 7, 2), False)
    assert from_gregorian(dt.date(2019, 3, 18)) == (1440, 7, 11)
    assert to_gregorian(1325, 1, 1)[1] is True  # before Umm al-Qura tables: tabular, approximate


def test_ramadan_as_a_name_is_not_a_month():
    assert values("قال رمضان عبد الله إن الوضع صعب", "2019-03-18") == []


# --- numeric dates, digits ---------------------------------------------------------------

@pytest.mark.parametrize("text, surface, value", [
    ("صدر البيان بتاريخ 20/3/2019 عن القيادة", "20/3/2019", "2019-03-20"),
    ("نشر في 2019-03-20 على الموقع", "2019-03-20", "2019-03-20"),
    ("بتاريخ ( 26 / 4 / 1948 ) .", "26 / 4 / 1948", "1948-04-26"),
    ("صدر القرار في ٢٠/٣/٢٠١٩ عن المجلس", "٢٠/٣/٢٠١٩", "2019-03-20"),
    ("وقعت الحادثة يوم الثلاثاء الموافق 5/8/2008 في المدينة", "يوم الثلاثاء الموافق 5/8/2008", "2008-08-05"),
    ("رسالة بتاريخ ( 4 / 22 / 1948 )", "4 / 22 / 1948", "1948-04-22"),
    ("في ٢٥ مارس ٢٠١٩ أعلنت", "٢٥ مارس ٢٠١٩", "2019-03-25"),
])
def test_numeric_dates(text, surface, value):
    assert found(text, "2019-03-21", surface).value == value


def test_month_glossed_by_its_date_is_one_expression():
    t = found("جريدة فلسطين / شباط ( 28 / 2 / 1945 ) .", "2019-03-21")
    assert t.text == "شباط ( 28 / 2 / 1945" and t.value == "1945-02-28"


def test_clock_times():
    t = found("يبدأ العرض الثاني في الساعة 11 مساء في خيمة السيرك", "2015-08-01")
    assert (t.type, t.value, t.precision) == ("time", "T23:00", "hour")
    t = found("وقع الانفجار في الساعة التاسعة مساء أمس قرب السوق", "2019-03-21")
    assert (t.text, t.value) == ("الساعة التاسعة مساء أمس", "2019-03-20T21:00")
    t = found("تلقى المكتب عند الساعة 18.02 بالتوقيت المحلي بلاغا", "2015-08-01")
    assert t.value == "T18:02" and t.attrs["timezone"] == "local"


# --- no false hits -------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "قال الشيخ عبدالله السبت إن القرار صائب",             # a family name
    "وأكد محمد الخميس أن الفريق جاهز",                    # a family name
    "ألقى خطبة الجمعة في المسجد الكبير",                  # the Friday sermon, not a date
    "وقال إن الاثنين المقبوض عليهما اعترفا بالتهريب",      # «the two», not Monday
    "اتفق البلدان الاثنان على التعاون بين الاثنين",        # «the two»
    "احتفلت المملكة باليوم الوطني في الرياض",              # National Day
    "وفي اليوم التالي عاد الوفد إلى بغداد",                 # the next day (of the story)
    "قتل 50 شخصا وأصيب 120 آخرون في الانفجار",             # casualty counts
    "احتلت الفرقة المركز الثالث في البطولة الثانية",         # ordinals
    "غدا الوضع أكثر تعقيدا في المدينة",                     # the verb «غدا» (became)
    "فاز الفريق على مانشستر يونايتد 2 - صفر على ملعبه",    # a score, not 2 Safar
    "نقلت صحيفة «اليوم» عن مصادر مطلعة",                   # the newspaper
    "وصل عدد المقاتلين إلى 2015 مقاتلا",                   # a count in year range
])
def test_no_false_hits(text):
    assert values(text, "2019-03-21") == []


def test_text_without_dates():
    text = ("وتدكّ هذه القوات الجيب المحاصر بالقذائف والرشاشات بينما تستهدفه طائرات التحالف "
            "بالضربات الجوية. وقال المهاجر مخاطباً الولايات المتحدة ودول التحالف")
    assert find_times(text, published="2019-03-18") == []
    assert find_times("", published="2019-03-18") == []


# --- no anchor, inference --------------------------------------------------------------

def test_without_publication_date_relative_values_are_none():
    times = find_times("أعلن الجيش أمس سيطرته، وكان ذلك في العام 2014")
    assert [(t.text, t.value) for t in times] == [("أمس", None), ("العام 2014", "2014")]
    assert times[0].attrs["unresolved"]


def test_infer_from_url_header_and_latest_date():
    assert from_url("https://example.com/news/2019/03/20/baghouz") == (dt.date(2019, 3, 20), "2019/03/20")
    assert from_url("https://example.com/a/20190320-isis.html")[0] == dt.date(2019, 3, 20)
    inf = infer_published("الأربعاء 20 مارس 2019\nأعلنت قسد أمس السيطرة على الباغوز")
    assert (inf.date, inf.rule) == (dt.date(2019, 3, 20), "header")
    body = "بيروت - قالت مصادر " + "إن المعارك مستمرة في المنطقة. " * 20
    inf = infer_published(body + "وكان الهجوم بدأ في 9 فبراير 2019، ثم توقف في 3 مارس 2019 لأسباب إنسانية.")
    assert (inf.date, inf.rule) == (dt.date(2019, 3, 3), "latest_date")
    assert infer_published("لا تاريخ هنا") is None


def test_wojood_style_spacing_and_event_years():
    text = "بيان سياسي خلال الانتفاضة الأولى 1987 صادر عن حركة حماس"
    assert values(text, "2019-03-21") == [("1987", "1987")]
    assert values("من ( 1348هجري ) ( 1930 ) .", "2019-03-21") == [("1348هجري", "1929"), ("1930", "1930")]
    assert values("قطعة أرض مساحتها 1000 م مربع", "2019-03-21") == []
    assert values("ممارسات الاحتلال بعد عقد اتفاقية أوسلو", "2019-03-21") == []  # «عقد» = holding
    assert values("قال منسق الطوارئ في إب إن الوضع صعب", "2019-03-21") == []  # Ibb, not August


def test_vague_and_partial_periods():
    assert found("أفضل فرصة ظهرت منذ سنوات لدفع الصراع", "2019-03-21").value == "PXY"
    t = found("قبل نهاية العام ، سيحتاج عدد أكبر", "2019-03-21")
    assert (t.text, t.value, t.attrs["part"]) == ("نهاية العام", "2019", "end")
    assert found("سياسة الجزائر خلال العقد القادم", "2019-03-21").value == "202"
    assert values("استطلاع الرأي العام في البلاد", "2019-03-21") == []


def test_weekday_wins_over_a_day_reference_that_disagrees():
    # crawled/dated Friday, written on Thursday: «اليوم الخميس» is the Thursday
    t = found("تعقد وكالة ناسا اليوم الخميس مؤتمرا صحفيا", "2015-07-24")
    assert (t.text, t.value) == ("اليوم الخميس", "2015-07-23")
    assert "2015-07-23" in t.attrs["anchor"]  # the article is read from the reporter's day
    # ... and so is the rest of the article: its bare «أمس» is Wednesday, «يوم أمس الأول» Tuesday
    ts = find_times("أكدت مساء أمس الأربعاء سفارة خادم الحرمين الشريفين لدى الأردن بأنه لا صحة لما يتم تداوله "
                    "عن مقتل مواطن سعودي في منطقة إربد يوم أمس الأول. وقال مصدر أمس إن الجاني اعتقل.",
                    published="2015-08-07")
    assert [(t.text, t.value) for t in ts] == [("مساء أمس الأربعاء", "2015-08-05"), ("يوم أمس الأول", "2015-08-04"),
                                               ("أمس", "2015-08-05")]
    # one weekday that fits the publication date keeps it: no reporter's day is inferred
    ts = find_times("قال أمس الخميس إن الهجوم وقع اليوم الخميس", published="2015-07-24")
    assert all("anchor" not in t.attrs for t in ts)


def test_a_range_start_without_a_year_is_not_after_its_end():
    t = found("وبين الأول من يناير (كانون الثاني) و30 يونيو (حزيران) قتل 1592 شخصا", "2015-08-07",
              "الأول من يناير (كانون الثاني)")
    assert t.value == "2015-01-01"
    assert found("في الأول من يناير المقبل", "2015-08-07").value == "2016-01-01"


def test_the_midnight_of_a_weekday_night_opens_the_next_day():
    (t,) = find_times("تعرضت بعد منتصف ليل الاحد- الاثنين مناطق في مدينة داريا لقصف.", published="2015-08-11")
    assert (t.text, t.value, t.attrs["until_weekday"]) == ("منتصف ليل الاحد- الاثنين", "2015-08-10", 1)
    (t,) = find_times("قصفت الطائرات ليل الأحد - الاثنين مدينة داريا.", published="2015-08-11")
    assert t.value == "2015-08-09"  # the night of Sunday: Sunday's date


def test_a_day_and_month_naming_a_place_is_no_time():
    """«قصر 22 مايو» (Aden's presidential palace), «شارع ٢٦ سبتمبر» (a Taiz street), «مدينة 6 أكتوبر»:
    names; a day and month elsewhere, or with its year after «ثورة», stay times."""
    pub = "2015-07-27"
    assert find_times("واستعادت القوات قصر 22 مايو الرئاسي في عدن.", published=pub) == []
    assert find_times("وتدور اشتباكات عنيفة في عقبة شارع ٢٦ سبتمبر وسط مدينة تعز.", published=pub) == []
    assert find_times("افتتح المصنع في مدينة 6 أكتوبر.", published=pub) == []
    assert [t.value for t in find_times("وقع الهجوم في 22 مايو الماضي.", published=pub)] == ["2015-05-22"]
    assert [t.value for t in find_times("عقب ثورة 30 يونيو 2013.", published=pub)] == ["2013-06-30"]
    # the day written in words («حي واحد حزيران» in Kirkuk, the 1 June quarter): a name too
    assert find_times("قتل شخص في هجوم قرب حي واحد حزيران جنوبي مدينة كركوك.", published=pub) == []
    assert [t.value for t in find_times("وصلوا في حزيران الماضي.", published=pub)] == ["2015-06"]
