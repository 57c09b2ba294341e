"""Build eval/quotes/articles.jsonl from the hand annotations below and the SaudiNewsNet zips.

    python eval/quotes/build_gold.py [--corpus ../shared/data/corpus/saudinewsnet] [--show]

The annotations were written by reading each article (see README.md for the guidelines).  Each
line of an article's block is ``quote | kind | cue | speaker [| option ...]``:
    quote    the quoted words exactly as in ``content``; ``HEAD ~~ TAIL`` stands for the span from
             HEAD to the first TAIL after it (long quotes); the first occurrence is used unless
             ``q=N`` (N counted from 0 among the occurrences of the quote / its head)
    kind     d (direct), i (indirect) or m (mixed: reported content with a quoted part)
    cue      the reporting verb / phrase; the occurrence nearest the quote is used, one ending
             before the quote start preferred (else the first one after the quote)
    speaker  the name or role as written; the occurrence nearest the cue outside the quote
             (for a carried speaker, the nearest one before the cue)
Options: ``carried`` (the cue has no subject of its own; the speaker is carried from the previous
attribution and the offsets are those of that mention), ``addr=TEXT`` (addressee as written),
``medium=TEXT`` (بيان، تصريح ... as written), both located nearest the cue.  The build checks
content[start:end] == text for every span and fails loudly otherwise.
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
KINDS = {"d": "direct", "i": "indirect", "m": "mixed"}

ANNOTATIONS: dict[str, str] = {}

# ANNOTATIONS-BEGIN

ANNOTATIONS["snn-05853"] = """
عشرت الحوثيين لجأوا ~~ من أرض المعركة | i | كشفت | مواقع إخبارية يمنية
قياديا حوثيا حاول الهرب ~~ من خلال موكب العرس | i | قالت | مواقع إخبارية يمنية | carried
نقطة تفتيش تابعة للمقاومة ~~ متنزه الشيخ زايد | i | لافتة إلى | مواقع إخبارية يمنية | carried
المفاجأة تمثلت ~~ بعد اشتداد القتال | i | أشارت إلى | مواقع إخبارية يمنية | carried
لجوء المتمردين الحوثيين ~~ عباءات وملابس نسائية | i | أكد | مراقبون يمنيون
المتمردين لم يشاهدوا ~~ ضمن أغراضهم | i | قالوا | رجال المقاومة
"""

ANNOTATIONS["snn-08440"] = """
إن الضربات التي وجهت ~~ قريبة من مدينة الرقة | d | قالت | قوة المهام المشتركة | medium=بيان
كما استهدفت طائرات التحالف ~~ والفلوجة والرمادي | i | أضاف | قوة المهام المشتركة | carried | medium=البيان
"""

ANNOTATIONS["snn-13869"] = """
امطرت القوات الموالية ~~ المدنيين الباقين هناك | d | جاء في | اولي سولفانغ | medium=بيان
في "أكثر الهجمات دموية ~~ بينهم أطفال" | m | أشار | المنظمة | medium=بيان
أنها زارت أربع مناطق ~~ مدافع الهاون وصواريخ | i | أوضحت | المنظمة
على قادة الحوثيين ~~ مجرد الإشراف عليها | d | أضاف | سولفانغ
يشكل المدنيون القسم الأكبر ~~ منذ أربعة أشهر | i | بحسب | الأمم المتحدة
"""

ANNOTATIONS["snn-21925"] = """
المقاومة سيطرت على مركز المحافظة ~~ بشكل كامل | i | قالت | مصادر من المقاومة | medium=لوكالة الأنباء الألمانية
المقاومة بدأت بتمشيط ~~ في مثلث العند | i | أكدت | المصادر
هناك عشرات القتلى ~~ استمرار عمليات التمشيط | i | لفتت إلى | المصادر | carried
مقاتلات التحالف شنت ~~ ومقتل من فيه | i | ذكرت | مصادر محلية
"""

ANNOTATIONS["snn-18585"] = """
الولايات المتحدة قررت السماح ~~ بشار الأسد | i | قال | مسؤولون أمريكيون
الولايات المتحدة ستشن هجمات ~~ أهداف الدولة الإسلامية | i | قال | مسؤولون أمريكيون
لم يتم تقديم دعم ~~ لحمايتهم” | m | قال | اليستير باسكي
الغارات الجوية التي شنتها يوم الجمعة الولايات المتحدة | i | أشار | اليستير باسكي | carried
"""

ANNOTATIONS["snn-05081"] = """
وصول أول طائرة عسكرية ~~ خطوة إيجابية | i | قال | العميد ركن أحمد عسيري | medium=الشرق الأوسط
العمل الإغاثي يتم ~~ يحققها العمل العسكري | i | مؤكدا | العميد ركن أحمد عسيري | carried
الهزائم الأخيرة التي لحقت ~~ الخاضعة لسيطرتهم | i | أكدت | مصادر يمنية عسكرية
بعض قادة الفرق العسكرية ~~ ﺟﺒﻬﺎﺕ ﺍﻟﻘﺘﺎﻝ | i | قالت | المصادر
تواري بعض القيادات ~~ تلقيها أوامر بالفرار | i | كشف | مسؤول يمني بارز | medium=الشرق الأوسط
اختفوا من المدينة ~~ يوم الجمعة المقبل | d | نقل | المتمردين الحوثيين | addr=لمقاتليهم | medium=الرسالة
هذه الرسائل دليلاً ~~ وأتباع صالح | i | عد | المسؤول
"""

ANNOTATIONS["snn-09053"] = """
مقتل 23 عنصرًا ~~ ومدينة الرمادي | i | اعلنت | وزارة الدفاع العراقية
طيران التحالف الدولي وجه ~~ ولغاية أمس الجمعة | d | قال | الناطق باسم الإعلام الحربي
التحالف وجه ضربة جوية ~~ قرب مصفى بيجي | d | أضاف | الناطق باسم الإعلام الحربي | carried
الطيران وجه ضربة أخرى ~~ موضع دفاعي لعناصره | d | مبيِّنًا | الناطق باسم الإعلام الحربي | carried
أسفهم لإخفاقات الجيش العراقي ~~ العام الماضي | i | عبَّر | مسؤولو وزارة الدفاع الامريكية
"""

ANNOTATIONS["snn-12743"] = """
قوات الاحتلال اقتحمت المسجد الأقصى ~~ والأعيرة المطاطية | i | قال | شهود عيان
مواجهات دارت داخل ساحات المسجد ~~ عند المسجد القبلي | i | أفادت | مصادر فلسطينية
رفضها لإقامة المطار في موقعه الحالي | i | أعلنت | وزارة النقل الأردنية
إنشاء مطار «تمناع» ~~ ومتطلبات السلامة العامة | i | أكدت | وزارة النقل الأردنية | carried
"""

ANNOTATIONS["snn-25510"] = """
السودان تابعت بحزن ~~ وتقديمهم للعدالة | d | قال | على الصادق | medium=تصريح
السودان إذ تتقدم ~~ أمنها واستقرارها | d | أضاف | على الصادق | carried
"""

ANNOTATIONS["snn-24975"] = """
تحويل مسار سفن الإغاثة ~~ إنسانية في المحافظة | i | مزاعم | الانقلابيين الحوثيين
انقلاب جماعة الحوثي على الشرعية ~~ التي يقومون بها | i | مؤكدا | صخر الوجيه | carried
الحوثيون وقوات الرئيس المخلوع ~~ الجماعة الحوثية وأنصارها | d | قال | صخر الوجيه | carried | medium=تصريح
السفن الإغاثية كانت ~~ بالاستيلاء عليها | d | أضاف | الوجيه
استمرار عمليات المقاومة الشعبية ~~ ميليشيات جماعة الحوثي | i | أكد | الوجيه
أنها قامت وتقوم ~~ مباغته ضد الحوثيين | i | مشيرا الى | الوجيه | carried
المقاومون لا يزالون ~~ على الهجمات النوعية | d | قائلا | الوجيه | carried
جماعة الحوثي لا تزال تعتقل ~~ في محافظة الحديدة | i | أوضح | الوجيه
إجمالي عدد المعتقلين بالمئة شخص | i | مقدرا | الوجيه | carried
محافظة الحديدة لا توجد ~~ تشهده الحديدة حتى الآن | i | مشيرا الى | الوجيه | carried
"""

ANNOTATIONS["snn-27033"] = """
وقوفهم صفاً واحداً ~~ الفكر الإرهابي الإجرامي | i | أكدوا | عدد من المشايخ | carried
أهمية اللحمة الوطنية لحماية الوطن وأمنه | i | مشددين على | عدد من المشايخ | carried
مرة أخرى تطال يد الإرهاب ~~ إنه سميع مجيب الدعاء | d | جاء نص | عشرين شيخاً | medium=البيان
"""

# An opinion column: the writer's own words and scare quotes («فاشل», «هوجاء»), no quotation.
ANNOTATIONS["snn-12858"] = """
"""

ANNOTATIONS["snn-27666"] = """
رأى في المنام تنزّل ~~ للقتال بجانبه ونصرته | i | قاله | عبدالملك الحوثي
ما رآه الحوثي في المنام ~~ لمهاجمة مليشيات الحوثيين | i | قال | الشيخ القرني
رأى الحوثي خيلاً في المنام ~~ من الموت الزؤام | d | كتب | الشيخ | medium=تويتر
"""

ANNOTATIONS["snn-20774"] = """
الطائرات الأمريكية بدأت ~~ إنجيرليك التركية | i | قال | مولود جاويش أوغلو
سنبدأ معا خلال فترة قريبة مكافحة شاملة ضد داعش | d | مضيفا | مولود جاويش أوغلو | carried
فتح قاعدة إنجيرليك ~~ المبرم مع الولايات المتحدة | d | نقلت | مولود جاويش أوغلو | carried | medium=الأناضول
الأراضي المحررة من داعش ~~ المعتدلة مكانا لها | d | أفاد | الوزير التركي
بلاده ، في حال إقامة ~~ العودة إلى بلادهم | i | موضحا | الوزير التركي | carried
تركيا والولايات المتحدة تقومان ~~ المعارضة السورية المعتدلة | i | تابع قائلا | الوزير التركي | carried
سنبدأ خلال فترة قصيرة جدا ~~ في محاربة داعش | d | مضيفا | الوزير التركي | carried
أهمية الإقدام على خطوات ~~ دون الأسد في سورية | i | أكد على | الوزير التركي | carried
المباحثات في هذا الشأن مستمرة | i | موضحا | الوزير التركي | carried
"""

ANNOTATIONS["snn-26071"] = """
طوارئ مستشفى عسير المركزي ~~ الى 15 حالة | i | أوضح | سعيد النقير
صحة عسير ومنذ تلقي البلاغ ~~ وخاصة الفصائل النادرة | i | مضيفا | سعيد النقير | carried
مسؤولي صحة عسير بقيادة ~~ الطبية اللازمة لهم | i | أكد | سعيد النقير | carried
"""

# An opinion column; only the two utterances in quotation marks by (hypothetical) voices are quotes.
ANNOTATIONS["snn-15882"] = """
يريدون للفواحش أن تشيع في بلاد الحرمين... | d | يصرخ معتلا | صوتا آخر
آه كم أخاف على شبابنا ~~ هذه القنوات اللعينة... | d | يقول | صوتا آخر | medium=واتس
"""

# An opinion column: the writer's own claims (نقول إنهم ...) and scare quotes are not quotes.
ANNOTATIONS["snn-26807"] = """
لا تقوم الساعة ~~ كلهم يزعم أنه رسول الله | d | قال | نبينا محمد
نحن نعلم أن الإيرانيين ~~ يكذبون ما يشاؤون | d | قال | أحد المحللين السياسيين الأمريكيين | addr=لي
صالح «تاج الفساد في اليمن» ~~ إسقاط هذا التاج | m | يقولون | الحوثيون
إننا نفعل ذلك لحماية الرئيس | d | قالوا | الحوثيون | carried
"""

ANNOTATIONS["snn-16440"] = """
قيامه هذا الاسبوع بخطف ~~ للمعارضة المعتدلة | i | يؤكد فيه | جبهة النصرة | medium=شريط فيديو
بالتعاون مع الغرب | d | متهمة | جبهة النصرة | carried
خطفت جبهة النصرة ثمانية ~~ في ريف حلب الشمالي | i | حسبما ذكر | المرصد السوري لحقوق الانسان
وكلاء لتمرير مشاريع ومصالح أميركا في المنطقة | d | متهمة | جبهة النصرة | carried
جُنّد من قبل الاميركيين ~~ التدريب في تركيا | i | قال | احد المختطفين المفترضين | medium=أمام الكاميرا
المتدربين تلقوا بندقية ~~ «لمحاربة النصرة» في سوريا | m | أكّد | احد المختطفين المفترضين | carried
احد عناصر «جبهة النصرة» | i | عرف عن نفسه | رجل ملثم
المجموعة المتطرفة «قامت بقطع ~~ باختطافها للمقاتلين | m | أكّد | رجل ملثم
أنّ تعاونهم مع الغرب واضح | d | مضيفًا | رجل ملثم | carried
المقاتلين ساعدوا طيران ~~ ضرب مواقع للتنظيم | i | مؤكدا | رجل ملثم | carried
هاجمت جبهة النصرة الجمعة ~~ 25 مقاتلا من الطرفين | i | بحسب | المرصد السوري لحقوق الانسان
القتلى هم 18 عنصرًا ~~ الفرقة 30 والمقاتلين الموالين لها | i | قال | المرصد
"""

ANNOTATIONS["snn-10122"] = """
لا يقدم ولا يؤخر شيئا، باعتبار ~~ بجولات سياحية | d | معتبرا | حسن نصر الله | carried
الولايات المتحدة الأميركية ستبقى ~~ وبعد الاتفاق النووي | d | قاله | نصر الله | medium=حفل لحزب الله
الفخر والاعتزاز بأن تعاقبنا ~~ وندافع عن وطننا | d | معربا | نصر الله | carried
هناك «إصرارًا أميركيًا ~~ برجال أعمال لبنانيين | m | ادعى | نصر الله | carried
على الدولة اللبنانية مسؤوليات ~~ وهي لا تفعل ذلك | d | لافتًا إلى | نصر الله | carried
حزب الله يتلقى الدعم المادي من إيران، ~~ ولا مع تلك المؤسسة» | m | التأكيد على | نصر الله
مما «لا شك فيه ~~ الأمن القومي التركي» | m | قال | نصر الله | carried
(داعش) تهدد الأمن القومي التركي | i | يقول | رئيس الوزراء التركي
أكبر أجهزة المخابرات ~~ على الجماعات التكفيرية | d | تابع | نصر الله | carried
ثمة من في لبنان ~~ رأس قائمتها الإرهابية | d | مستهجنًا | نصر الله | carried
التلويح باستقالة الحكومة ~~ وبالتالي إلى المجهول | d | قال | نصر الله | carried | addr=خصوم حزبه
الحل الوحيد أمام القوى السياسية هو الحوار | d | مشددا على | نصر الله | carried
يكون حزب الله قد قاد وساطة لحل الأزمة الحكومية | i | نفى | نصر الله | carried
نحن لسنا وسيطًا ~~ أنتم من يعطل البلاد | d | قائلاً | نصر الله | carried
"""

ANNOTATIONS["snn-17441"] = """
بات من المحتم الآن ~~ لمعاقبة إسرائيل | i | أكدت | القيادة الفلسطينية
تحضير ملف ستقدمه ~~ في حرب غزة الأخيرة | i | أعلنت | السلطة الفلسطينية
انضمام فلسطين إلى محكمة ~~ من خلال ثلاث طرق | i | يؤكد | خبراء القانون
"""

ANNOTATIONS["snn-18000"] = """
أحالت النيابة العامة ~~ (دولة خلافة) إسلامية | i | حسبما أعلن | سالم سعيد كبيش | medium=وكالة الأنباء الإماراتية
هؤلاء الأشخاص (من جنسيات عدة) وبينهم إماراتيون | i | قال | كبيش
أنهم أنشأوا وأسسوا ~~ حياة الأفراد فيها للخطر) | m | مشيراً إلى | كبيش | carried
هؤلاء كانوا يريدون ~~ التكفيرية المتطرفة) | m | أضاف | سالم سعيد كبيش
المتهمين بالانتماء ~~ أغراضهم داخل الدولة) | m | تابع | سالم سعيد كبيش | carried
الجماعة (الإرهابية) كانت ~~ المتفجرات واستعمالها) | m | أوضحت | النيابة العامة الإماراتية
"""

ANNOTATIONS["snn-25187"] = """
مقاتلي المقاومة الشعبية أجبروا ~~ وسط اليمن | i | أكدت | مصادر صحافية في محافظة لحج
معارك عنيفة دارت ~~ مقاتلي الحوثي تجاه تعز | i | قالت | المصادر | medium=وكالة الأنباء الألمانية
طيران التحالف استهدف بغارتين ~~ حيس جنوبي الحديدة | i | قالت | مصادر محلية | medium=وكالة الأنباء الألمانية
مقتل 17 حوثيا ~~ الجثث تحت الأنقاض | i | أشارت | المصادر
"""

ANNOTATIONS["snn-18464"] = """
قتلت ثمانية إسلاميين ~~ في منطقة القوقاز | i | أعلنت | أجهزة الأمن الروسية
القوات الخاصة اشتبكت ~~ تاريخ حصول العملية | i | قالت | اللجنة الوطنية لمكافحة الإرهاب
نتيجة للاشتباك تم القضاء ~~ شرطيين وجرائم أخرى | i | أضافت | اللجنة | medium=بيان
أحد القتلى هو آدم تاجيلوف ~~ في ديسمبر 2014 | i | ذكر | اللجنة | carried | medium=البيان
"""

ANNOTATIONS["snn-10526"] = """
تشكيل حكومة وحدة وطنية فلسطينية | i | دعا | موسى أبو مرزوق
انعكاسات الفشل الداخلي ~~ ومواجهة «العدو» | m | محذرًا من | موسى أبو مرزوق | carried
ندعو إلى اجتماع موازٍ ~~ من المجلس التشريعي | d | قال | أبو مرزوق | medium=فيسبوك
ضرورة حل مشكلة رواتب ~~ الأمنيين والمدنيين» | m | شدد على | أبو مرزوق | carried
لا شك أن فشلنا الداخلي ~~ على مواجهة عدونا | d | أكد | أبو مرزوق
للاجتماع فورًا لدراسة وضعنا ~~ جميع قضايانا العالقة | d | طالب | أبو مرزوق | addr=الإطار القيادي المؤقت لمنظمة التحرير الفلسطينية
ليطرح أبو مازن كل ما يقلقه ~~ انفصال غزة عن الضفة | d | تابع | أبو مرزوق | carried
هذه المخيمات التي تقام ~~ مشروع التحرير القادم» | m | قالت | كتائب القسام | medium=بيان
أكثر من 25 ألف منتسب ~~ مخيمات طلائع التحرير | d | مبيِّنة | كتائب القسام | carried
الهدف من هذه المخيمات العسكرية ~~ في معركة التحرير | d | قالت | القسام
"""

ANNOTATIONS["snn-14463"] = """
3 حوثيين على الأقل قتلوا ~~ الشرية بالمحافظة | i | أوضحت | مصادر يمنية في البيضاء
ارتفع عدد قتلى الحوثين ~~ على محافظة تعز، جنوبي اليمن | i | وفقا | شبكة سكاي نيوز
استعادة السيطرة على العاصمة ~~ أولويات القوات الحكومية | i | أعلن | اللواء محمد المقدشي
قرب دحر الميليشيات المتمردة منها | i | مؤكدا | اللواء محمد المقدشي | carried
التحالف يهدف أولا ~~ انتقالها إلى صنعاء | i | قال فيها | العميد أحمد عسيري
إذا لم يوافق الحوثيون ~~ في إخراجهم بالقوة | i | أضاف | عسيري | medium=مقابلة
"""

# ANNOTATIONS-END


DIAC = re.compile(r"[\u064B-\u0652]+")


def resolve(text: str, s: str) -> str:
    """The spelling of ``s`` in ``text`` when they differ only in the order of stacked diacritics."""
    if not s or s in text:
        return s
    parts, pos = [], 0
    for m in DIAC.finditer(s):
        parts.append(re.escape(s[pos:m.start()]))
        parts.append("[" + re.escape(m.group()) + "]{%d}" % len(m.group()))
        pos = m.end()
    parts.append(re.escape(s[pos:]))
    m = re.search("".join(parts), text)
    return m.group() if m else s


def all_occ(text: str, s: str) -> list[int]:
    s = resolve(text, s)
    out, i = [], text.find(s)
    while i >= 0:
        out.append(i)
        i = text.find(s, i + 1)
    return out


def locate_quote(text: str, spec: str, n: int) -> tuple[int, int]:
    if " ~~ " in spec:
        head, tail = spec.split(" ~~ ")
        occ = all_occ(text, head)
        if len(occ) <= n:
            raise ValueError(f"quote head not found: {head!r}")
        s = occ[n]
        head, tail = resolve(text, head), resolve(text, tail)
        e = text.find(tail, s + len(head))
        if e < 0:
            raise ValueError(f"quote tail not found: {tail!r}")
        return s, e + len(tail)
    occ = all_occ(text, spec)
    if len(occ) <= n:
        raise ValueError(f"quote not found: {spec!r}")
    return occ[n], occ[n] + len(spec)


def locate_cue(text: str, cue: str, qs: int, qe: int) -> int:
    occ = all_occ(text, cue)
    before = [o for o in occ if o + len(cue) <= qs]
    if before:
        return before[-1]
    after = [o for o in occ if o >= qe]
    if after:
        return after[0]
    raise ValueError(f"cue not found outside the quote: {cue!r}")


def locate_near(text: str, s: str, anchor: int, qs: int, qe: int, before: bool = False) -> int:
    occ = [o for o in all_occ(text, s) if o + len(s) <= qs or o >= qe]
    if before:
        occ = [o for o in occ if o < anchor] or occ
    if not occ:
        raise ValueError(f"not found outside the quote: {s!r}")
    return min(occ, key=lambda o: (abs(o - anchor), o > anchor))


def span(text: str, s: str, start: int) -> dict:
    assert text[start:start + len(s)] == s
    return {"text": s, "start": start, "end": start + len(s)}


def annotate(text: str, block: str) -> list[dict]:
    quotes = []
    for line in block.strip().splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        parts = [p.strip() for p in line.split(" | ")]
        qspec, kind, cue, speaker, opts = parts[0], parts[1], parts[2], parts[3], parts[4:]
        n = 0
        extra: dict = {}
        for o in opts:
            if o.startswith("q="):
                n = int(o[2:])
            elif o == "carried":
                extra["carried"] = True
            elif o.startswith("addr="):
                extra["addressee"] = o[5:]
            elif o.startswith("medium="):
                extra["medium"] = o[7:]
            else:
                raise ValueError(f"unknown option {o!r}")
        cue, speaker = resolve(text, cue), resolve(text, speaker)
        for key in ("addressee", "medium"):
            if key in extra:
                extra[key] = resolve(text, extra[key])
        qs, qe = locate_quote(text, qspec, n)
        cs = locate_cue(text, cue, qs, qe)
        ss = locate_near(text, speaker, cs, qs, qe, before=bool(extra.get("carried")))
        q = {"start": qs, "end": qe, "text": text[qs:qe], "kind": KINDS[kind],
             "cue": span(text, cue, cs), "speaker": span(text, speaker, ss)}
        if extra.get("carried"):
            q["speaker"]["carried"] = True
        for key in ("addressee", "medium"):
            if key in extra:
                q[key] = span(text, extra[key], locate_near(text, extra[key], cs, qs, qe))
        assert text[q["start"]:q["end"]] == q["text"]
        quotes.append(q)
    quotes.sort(key=lambda q: q["start"])
    return quotes


def build(corpus: Path, show: bool = False) -> list[dict]:
    recs = {f"snn-{r['index']:05d}": r for r in select(corpus)}
    out = []
    for aid, block in ANNOTATIONS.items():
        rec = recs[aid]
        text = rec["content"]
        quotes = annotate(text, block)
        out.append({"id": aid, "source": rec["source"], "url": rec["url"],
                    "published": rec["date_extracted"], "title": rec["title"], "text": text,
                    "quotes": quotes})
        if show:
            print(f"== {aid} {rec['source']} {len(quotes)} quotes")
            for q in quotes:
                print(f"  [{q['kind'][0]}] {q['speaker']['text']}{' (carried)' if q['speaker'].get('carried') else ''}"
                      f" / {q['cue']['text']}@{q['cue']['start']} -> {q['start']}:{q['end']} {q['text'][:70]}")
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--show", action="store_true")
    args = ap.parse_args()
    arts = build(args.corpus, args.show)
    with OUT.open("w", encoding="utf-8") as f:
        for a in arts:
            f.write(json.dumps(a, ensure_ascii=False) + "\n")
    print(f"{len(arts)} articles, {sum(len(a['quotes']) for a in arts)} quotes -> {OUT}")


if __name__ == "__main__":
    main()
