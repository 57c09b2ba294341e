"""The events layer on real Arabic news sentences: each event type, each status, negation, future
threats, historical background, fatality forms, merging, and the offset invariant.

Sentences are SaudiNewsNet sentences (articles after the first 5,000, not in eval/) or written
in the same wire style; each test asserts what the rules must produce.
"""

from __future__ import annotations

from functools import lru_cache

import pytest

import marsad


@lru_cache(maxsize=None)
def events(text: str, published: str = "2015-07-23") -> tuple[dict, ...]:
    doc = marsad.analyze(text, published=published, id="t")
    doc.check_offsets()
    return tuple(doc.to_dict()["events"])


def one(text: str, published: str = "2015-07-23") -> dict:
    evs = events(text, published)
    assert len(evs) == 1, [(e["sub_event_type"], e["trigger"]["text"]) for e in evs]
    return evs[0]


# -- event types --------------------------------------------------------------------------------
def test_air_strike_with_target_place_and_date():
    e = one("وأشار إلى أن قوات التحالف شنت أمس عدة غارات جوية على مواقع الحوثيين والقوات الموالية لصالح"
            " في مدينة لحج ودمرت آليات تابعة لهم.")
    assert (e["event_type"], e["sub_event_type"]) == ("Explosions/Remote violence", "Air/drone strike")
    assert e["actor2"]["name_en"] == "Houthis" and e["actor2"]["inter"] == 2
    assert e["location"]["name_en"].startswith("Lahij") and e["location"]["country"] == "YE"
    assert (e["date"], e["time_precision"]) == ("2015-07-22", 1)
    assert e["status"] == "actual" and e["rule"] == "events.trigger:air.ghara"


def test_shelling_genitive_agent_and_fatalities():
    e = one("من جهة أخرى قتل 6 من المدنيين وأصيب آخرون، في قصف مدفعي للحوثيين على منطقة دار سعد في عدن جنوبي البلاد.",
            "2015-07-24")
    assert e["sub_event_type"] == "Shelling/artillery/missile attack"
    assert e["actor1"]["name_en"] == "Houthis"
    # Dar Saad, a district of Aden the KB places at Aden's point
    assert e["location"]["name_en"] in ("Dar Saad", "Aden") and e["location"]["country"] == "YE"
    assert abs(e["location"]["lat"] - 12.78) < 0.2 and abs(e["location"]["lon"] - 45.04) < 0.2
    assert e["fatalities"] == 6
    # no date in the sentence: the publication date, at week precision
    assert (e["date"], e["time_precision"], e["evidence"]["date_rule"]) == ("2015-07-24", 2, "date.published")


def test_armed_clash_between_two_sides():
    e = one("وسقط قتيلان في اشتباكات بين الجيش اليمني والحوثيين في مدينة تعز أمس.")
    assert (e["event_type"], e["sub_event_type"]) == ("Battles", "Armed clash")
    assert e["actor1"]["name_en"] == "Military Forces of Yemen" and e["actor1"]["inter"] == 1  # ACLED: the state, not the unit
    assert e["actor2"]["name_en"] == "Houthis"
    assert e["location"]["name_en"] == "Taiz" and e["fatalities"] == 2


def test_clash_with_country_forces_and_singular_fatality():
    e = one("قال مسؤول تركي كبير إن جنديا تركيا قتل وأصيب آخر في اشتباكات مع تنظيم داعش عبر الحدود مع سوريا اليوم الخميس.")
    assert e["sub_event_type"] == "Armed clash" and e["status"] == "actual"
    assert e["actor2"]["name_en"] == "Islamic State"
    assert e["fatalities"] == 1 and e["date"] == "2015-07-23"


def test_non_state_actor_overtakes_territory():
    evs = events("سيطر مسلحو تنظيم داعش أمس على مدينة الرمادي مركز محافظة الأنبار بعد معارك عنيفة مع القوات العراقية.",
                 "2015-05-18")
    e = next(e for e in evs if e["event_type"] == "Battles" and e["sub_event_type"] != "Armed clash")
    assert e["sub_event_type"] == "Non-state actor overtakes territory"
    assert e["actor1"]["name_en"] == "Islamic State" and e["location"]["name_en"] == "Ramadi"
    assert e["date"] == "2015-05-17"


def test_government_regains_territory_by_actor_category():
    evs = events("أعلنت القوات العراقية أمس الثلاثاء استعادة السيطرة على مدينة تكريت من تنظيم داعش بعد معارك استمرت شهرا.",
                 "2015-04-01")
    e = evs[0]
    assert e["sub_event_type"] == "Government regains territory"
    assert e["actor1"]["inter"] == 1 and e["actor2"]["name_en"] == "Islamic State"
    assert e["location"]["name_en"].startswith("Tikr") and e["date"] == "2015-03-31"


def test_suicide_bomb_absorbs_its_explosion_and_skips_the_wounded():
    e = one('واستهدف تفجير انتحاري ألقي باللوم فيه على تنظيم "داعش" مركزا ثقافيا في بلدة سروج يوم الاثنين'
            " وتسبب في مقتل 32 شخصا وإصابة 100.")
    assert e["sub_event_type"] == "Suicide bomb"
    assert e["fatalities"] == 32  # not the 100 wounded
    assert e["date"] == "2015-07-20"


def test_ied_explosion():
    e = one("قُتل أربعة من عناصر القوات المسلحة المصرية بينهم ضابط فيما أصيب ثلاثة آخرون اليوم،"
            " إثر انفجار عبوة ناسفة بمحافظة شمال سيناء.", "2015-07-24")
    assert e["sub_event_type"] == "Remote explosive/landmine/IED" and e["weapon"] == "ied"
    assert e["fatalities"] == 4 and "Sinai" in e["location"]["name_en"]


def test_car_bomb():
    e = one("كما انفجرت سيارة مفخخة في الزعفرانية بجنوب بغداد أمس، ما أدى إلى مقتل أربعة أشخاص وإصابة 10، بحسب المصدر نفسه.")
    assert e["sub_event_type"] == "Remote explosive/landmine/IED" and e["weapon"] == "car_bomb"
    assert e["fatalities"] == 4 and e["location"]["country"] == "IQ"


def test_execution_is_violence_against_civilians():
    e = one("وقال المصدر إن التنظيم أعدم أمس أربعة سائقين رميا بالرصاص في مدينة الشرقاط لقيامهم بنقل مواطنين هاربين.",
            "2015-07-25")
    assert (e["event_type"], e["sub_event_type"]) == ("Violence against civilians", "Attack")
    assert e["fatalities"] == 4 and e["actor2"]["inter"] == 7


def test_death_sentence_is_not_an_execution():
    evs = events("وأصدر قضاء النظام السوري أحكاماً بالإعدام على خمسة أشخاص بتهمة دعم الإرهاب.")
    assert not [e for e in evs if e["event_type"] == "Violence against civilians"]


def test_abduction_by_unidentified_gunmen():
    e = one("اختطف مسلحون مجهولون أمس الأربعاء أربعة عمال إيطاليين في منطقة مليتة غرب طرابلس.")
    assert e["sub_event_type"] == "Abduction/forced disappearance"
    assert e["actor1"]["name_en"] == "Unidentified Armed Group" and e["actor1"]["inter"] == 3
    assert e["location"]["country"] == "LY" and e["date"] == "2015-07-22"


def test_arrests():
    e = one("في غضون ذلك، ألقت المقاومة الشعبية في عدن القبض على عشرات الحوثيين والموالين لصالح بينهم قيادات مدنية وعسكرية بارزة.")
    assert (e["event_type"], e["sub_event_type"]) == ("Strategic developments", "Arrests")
    assert e["actor2"]["name_en"] == "Houthis" and e["location"]["name_en"] == "Aden"


def test_protest():
    e = one("وشهدت مدينة الفلوجة أمس خروج مظاهرة لسكانها المحاصرين تطالب تنظيم داعش بالسماح لهم بترك المدينة قبل دخول القوات العراقية.",
            "2015-07-24")
    assert (e["event_type"], e["sub_event_type"]) == ("Protests", "Peaceful protest")
    assert "Fall" in e["location"]["name_en"] and e["date"] == "2015-07-23"


def test_agreement():
    e = one("وأعلن التحالف العربي هدنة إنسانية لمدة خمسة أيام في اليمن تبدأ منتصف ليل الأحد.", "2015-07-26")
    assert (e["event_type"], e["sub_event_type"]) == ("Strategic developments", "Agreement")
    assert e["location"]["country"] == "YE"


def test_defused_bomb_is_disrupted_weapons_use():
    e = one("وفي أنقرة، أبطل خبراء متفجرات أتراك، أمس، مفعول عبوة ناسفة، كانت موضوعة داخل صندوق قرب مبنى حزب العدالة والتنمية الحاكم.")
    assert (e["event_type"], e["sub_event_type"]) == ("Strategic developments", "Disrupted weapons use")
    assert e["evidence"]["refine"] == "ied.refine0"


# -- statuses -----------------------------------------------------------------------------------
def test_call_verb_makes_called_for():
    e = one("ودعا التنظيم أنصاره في أوروبا إلى شن هجمات بالسيارات المفخخة على المدنيين.")
    assert e["status"] == "called_for" and e["weapon"] == "car_bomb"


def test_the_matter_is_no_order_but_the_call_noun_still_calls():
    # «الأمر» (the matter) is not «أمر» (ordered): the police fired, nobody ordered it
    evs = events("وحاول هاموند دهس شرطيين في مدينة سينيكا أمس، الأمر الذي دفعهم إلى إطلاق النار عليه مرتين.",
                 "2015-08-10")
    assert evs and all(e["status"] != "called_for" for e in evs)
    e = one("وجدد الدعوة إلى شن هجمات على الجنود الأمريكيين في كل مكان.")
    assert e["status"] == "called_for"


def test_a_past_verb_after_its_subject_is_no_command_and_a_necessity_is_a_call():
    # «استكملوا» / «أخذوا» after their subject are past tenses (they completed, they took), not
    # imperatives (complete!, take!), even inside reported speech
    e = one("وقال مصدر: إن المقاومة والجيش استكملوا أمس سيطرتهم على بلدتي الوهط وصبر في محافظة لحج.", "2015-07-27")
    assert e["status"] == "actual"
    e = one("وأضاف أن «المهاجمين أخذوا أجانب رهائن في أحد الفندقين في مدينة سيفاري أمس».", "2015-08-08")
    assert e["status"] == "actual"
    # after an addressee the verb is a command: «يا جنود الخلافة اقتلوا المرتدين وفجروا مقراتهم»
    e = one("وقال المتحدث في التسجيل: «يا جنود الخلافة اقتلوا المرتدين وفجروا مقراتهم في بغداد».")
    assert (e["status"], e["evidence"]["status_rule"]) == ("called_for", "status.imperative")
    # «شدد على ضرورة وقف إطلاق النار»: a call for a ceasefire, not one agreed
    e = one("وشدد المبعوث الأممي على ضرورة وقف إطلاق النار في اليمن.", "2015-08-06")
    assert (e["sub_event_type"], e["status"]) == ("Agreement", "called_for")
    # ... but «ضرورة محاسبة مرتكبي الهجوم» calls for the perpetrators' trial, not for the attack
    evs = events("وشدد الوزير على ضرورة محاسبة مرتكبي الهجوم الإرهابي على المسجد في أبها.", "2015-08-08")
    assert all(e["status"] != "called_for" for e in evs)


def test_results_states_present_passives_and_the_unexpected_are_no_plans():
    # «ما أدى لمقتل 30»: a result, not a purpose
    evs = events("وأضاف أن القوات الأمنية وجهت ضربات صاروخية مكثفة على مواقع يتحصن فيها تنظيم داعش في الرمادي أمس "
                 "ما أدى لمقتل 30 إرهابيا.", "2015-08-03")
    assert evs and all(e["status"] == "actual" for e in evs)
    # «الخاضع لسيطرة قوات النظام»: a state, no takeover planned
    evs = events("وقال المرصد إن 5 أطفال قتلوا أمس جراء سقوط قذيفة صاروخية أطلقتها فصائل إسلامية على منزلهم في حي "
                 "الشهباء الجديدة الخاضع لسيطرة قوات النظام في حلب.", "2015-08-03")
    assert all(e["status"] == "actual" for e in evs)
    assert not any(e["event_type"] == "Battles" for e in evs)  # a district held, no takeover
    # «يتم اعتقاله» is the present passive; «سيتم» would be the future
    evs = events("اعلنت الاجهزة الامنية الاسرائيلية انها اعتقلت الاثنين زعيم مجموعة يهودية متطرفة هو اول شخص يتم "
                 "اعتقاله منذ مقتل طفل فلسطيني حرقا الجمعة في الضفة الغربية.", "2015-08-03")
    assert evs and all(e["status"] == "actual" for e in evs)
    # «تصدوا لهجوم» (repelled an attack), «نتيجة لانفجار» (as a result of an explosion): it happened
    e = one("وذكرت مصادر في المقاومة أنهم تصدوا أمس لهجوم عنيف شنه الحوثيون في جبهة المخدرة شمال غرب مأرب.",
            "2015-08-03")
    assert (e["sub_event_type"], e["status"], e["date"]) == ("Armed clash", "actual", "2015-08-02")
    e = one("وسمع دوي انفجارات قوية في معسكر زنجبار أمس، نتيجة لانفجار الذخائر التي كان المتمردون يخبئونها.",
            "2015-08-03")
    assert e["status"] == "actual"
    # «الهجوم الذي لم يكن متوقعا»: unexpected
    evs = events("وأشارت المصادر إلى أن ميليشيات الانقلابيين في تعز فوجئت أمس بشدة الهجوم الذي لم يكن متوقعا لها، "
                 "حيث أمطرهم الثوار بقذائف الهاون وصواريخ الكاتيوشا.", "2015-08-03")
    assert evs and all(e["status"] == "actual" for e in evs)


def test_denied_involvement_far_threats_and_states_of_war_are_no_denials_threats_or_conditions():
    # «نفى ... علاقتهم بالهجوم»: the part is denied, not the attack
    evs = events("وقال إن مسلحين فجروا أنبوب النفط بين كردستان العراق وتركيا أمس، ونفى دوغان علاقتهم بالهجوم.",
                 "2015-08-03")
    assert evs and all(e["status"] != "denied" for e in evs)
    # a threat noun far before the trigger threatens something else (a threat verb reaches further)
    evs = events("وأضاف أنه على الرغم من التهديدات التي تطلقها القوات العراقية وصواريخ سكود المشاهدة بكثافة في سماء "
                 "المنطقة، فإن مقاتلي التنظيم قصفوا أمس مواقع الجيش في بيجي.", "2015-08-03")
    shelled = [e for e in evs if any(m["text"].startswith("قصف") for m in e["mentions"])]
    assert shelled and shelled[0]["status"] == "actual"
    e = one("وتوعد تنظيم داعش في تسجيل مصور نشر أمس على الإنترنت بشن هجمات انتحارية جديدة في العاصمة بغداد.")
    assert e["status"] == "threatened"
    # «في حالة الاشتباك»: in a state of, not «in case»
    evs = events("وقال إن المقدسيين في حالة الاشتباك الدائم مع الاحتلال في القدس.", "2015-08-03")
    assert all(e["status"] != "hypothetical" for e in evs)


def test_an_attack_a_group_will_go_on_answering_happened():
    evs = events("من جهتها أكدت قوات حماية الشعب أنها ستواصل الرد على الهجوم التركي داخل الأراضي التركية.",
                 "2015-08-03")
    assert all(e["status"] != "threatened" for e in evs)
    e = one("وقال قيادي في الحركة: «سنقصف مواقع الجيش في مدينة تعز خلال الأيام المقبلة».")
    assert e["status"] == "threatened"


def test_no_group_claiming_an_attack_is_no_denial_of_it():
    evs = events("وقتل ثلاثة جنود أتراك أمس في هجوم بسيارة مفخخة في محافظة دياربكر. ولم تتبن أي جهة الهجوم، بينما "
                 "هدد حزب العمال الكردستاني بقطع الهدنة.", "2015-08-03")
    assert evs and all(e["status"] == "actual" for e in evs)
    e = one("وقال إن طائرات التحالف تراقب تحركات الحوثي في العاصمة صنعاء أمس دون أي اشتباكات.", "2015-08-03")
    assert e["status"] == "denied"


def test_threat_word_makes_threatened():
    e = one("وتوعد تنظيم داعش في تسجيل مصور بشن هجمات انتحارية جديدة في العاصمة بغداد.")
    assert (e["sub_event_type"], e["status"]) == ("Suicide bomb", "threatened")
    assert e["evidence"]["status_rule"] == "status.threat_word"


def test_future_verb_makes_threatened():
    e = one("وقال قيادي في الحركة: «سنقصف مواقع الجيش في مدينة تعز خلال الأيام المقبلة».")
    assert (e["sub_event_type"], e["status"], e["evidence"]["status_rule"]) == (
        "Shelling/artillery/missile attack", "threatened", "status.future_verb")


def test_denial_of_any_attack():
    e = one("ونفت وزارة الدفاع التركية وقوع أي هجوم على مواقعها قرب بلدة سروج الحدودية.")
    assert e["status"] == "denied" and e["evidence"]["status_cue"]["text"] == "ونفت"


def test_claim_of_responsibility_names_the_perpetrator_of_an_actual_attack():
    e = one("وتبنى التنظيم في بيان نشر على الإنترنت التفجير الانتحاري الذي استهدف مسجدا في مدينة القطيف أمس.")
    assert (e["sub_event_type"], e["status"], e["evidence"]["status_rule"]) == (
        "Suicide bomb", "actual", "status.responsibility")
    assert e["date"] == "2015-07-22"


def test_a_claim_word_makes_claimed():
    e = one("وزعم التنظيم في بيان أن مقاتليه قتلوا عشرين جنديا في هجوم على حاجز للجيش قرب مدينة الرمادي.")
    assert e["status"] == "claimed" and e["evidence"]["status_cue"]["text"] == "وزعم"


def test_the_lead_attack_claimed_by_a_group_is_the_suicide_bombing_told_later():
    es = events("قتل 21 شخصا على الأقل في هجوم تبنته حركة طالبان في مدينة خان آباد شمال أفغانستان. "
                "وقالت وزارة الداخلية في بيانها إن الحادثة وقعت حين فجر انتحاري حزامه الناسف في مدينة خان آباد "
                "مما أدى إلى مقتل أربعة من رجال الشرطة.")
    actual = [e for e in es if not e["background"]]
    assert len(actual) == 1 and actual[0]["sub_event_type"] == "Suicide bomb"
    assert actual[0]["status"] == "actual"


def test_conditional_is_hypothetical():
    e = one("وقال المتحدث إنه إذا وقع هجوم على القوات الأميركية في العراق فإن واشنطن سترد بقوة.")
    assert e["status"] == "hypothetical"


def test_plot_is_planned():
    e = one("وقالت الشرطة إن الخلية كانت تخطط لشن هجوم انتحاري على مسجد في مدينة الدمام.")
    assert (e["sub_event_type"], e["status"]) == ("Suicide bomb", "planned")


def test_complementizer_inna_is_not_a_conditional():
    e = one("وقال المصدر إن التنظيم أعدم أمس أربعة سائقين رميا بالرصاص في مدينة الشرقاط.", "2015-07-25")
    assert e["status"] == "actual"


# -- historical background --------------------------------------------------------------------
def test_since_2014_is_background():
    e = one("وكان تنظيم داعش قد سيطر على مدينة الموصل منذ عام 2014.")
    assert e["background"] is True and e["date"] == "2014"
    assert e["sub_event_type"] == "Non-state actor overtakes territory"


def test_recent_event_is_not_background():
    e = one("سيطر مسلحو تنظيم داعش أمس على مدينة الرمادي.", "2015-05-18")
    assert e["background"] is False


# -- fatalities -------------------------------------------------------------------------------
def test_vague_fatalities_are_a_range():
    e = one("وأسفرت الغارات الجوية على مدينة صعدة أمس عن سقوط عشرات القتلى.")
    assert e["fatalities"] == [10, 99]


def test_fatality_range_kept():
    e = one("وقتل ما بين 10 و15 شخصا في انفجار سيارة مفخخة في مدينة كركوك أمس.")
    assert e["fatalities"] == [10, 15]


def test_singular_fatality():
    e = one("وأعلن الجيش المصري مقتل جندي في هجوم مسلح على نقطة تفتيش في مدينة العريش أمس.")
    assert e["fatalities"] == 1 and e["event_type"] == "Battles"  # a checkpoint attack is a battle


# -- merging, offsets, notes ------------------------------------------------------------------
def test_repeated_mentions_merge_into_one_event():
    text = ("قتل 19 شخصا في تفجير سيارة مفخخة في منطقة البياع في بغداد أمس. "
            "وأوضح المصدر أن تفجير السيارة المفخخة في البياع استهدف سوقا شعبية.")
    evs = [e for e in events(text) if e["event_type"] == "Explosions/Remote violence"]
    assert len(evs) == 1 and len(evs[0]["mentions"]) == 2 and evs[0]["fatalities"] == 19


@pytest.mark.parametrize("text", [
    "وتدكّ هذه القوات الجيب المحاصر بالقذائف والرشاشات بينما تستهدفه طائرات التحالف بالضربات الجوية.",
    "قُتل أربعة من عناصر القوات المسلحة المصرية بينهم ضابط، إثر انفجار عبوة ناسفة بمحافظة شمال سيناء.",
    "«فأحكموا العبوات وانشروا القناصين وأغيروا عليهم بالمفخّخات»، قال المتحدث.",
])
def test_offsets_invariant(text):
    doc = marsad.analyze(text, published="2015-07-23")
    assert doc.events
    for e in doc.to_dict()["events"]:
        for span in [e["trigger"], e["sentence"], *e["mentions"],
                     *(x for x in (e["actor1"], e["actor2"], e["location"]) if x)]:
            assert text[span["start"]:span["end"]] == span["text"]


def test_notes_en_names_the_fields():
    e = one("سيطر مسلحو تنظيم داعش أمس على مدينة الرمادي.", "2015-05-18")
    assert e["notes_en"] == "On 17 May 2015, Islamic State took control of Ramadi (Al Anbar, Iraq)."


def test_empty_and_eventless_text():
    assert events("") == ()
    assert events("ارتفعت أسعار النفط أمس في الأسواق العالمية.") == ()


def test_undated_sentence_takes_the_leads_day_and_plans_take_none():
    text = ("عدن - قتل ثلاثة مسلحين حوثيين أمس الأربعاء في اشتباكات مع المقاومة الشعبية شمال مدينة عدن. "
            "وأضاف المصدر أن طائرات التحالف شنت غارات جوية على مواقع الحوثيين في مدينة لحج. "
            "وقالت الشرطة إن الخلية كانت تخطط لشن هجوم انتحاري على مسجد في مدينة الدمام.")
    evs = {e["sub_event_type"]: e for e in events(text)}
    assert evs["Air/drone strike"]["date"] == "2015-07-22"  # the lead's day, here also the day of the report it goes on with
    assert evs["Air/drone strike"]["evidence"]["date_rule"] in ("date.lead", "date.previous_report")
    assert evs["Suicide bomb"]["status"] == "planned" and evs["Suicide bomb"]["date"] is None


def test_purpose_lam_is_planned():
    evs = events("وأكد أن المقاومة لن تتراجع عن معركتها لتحرير مدينة تعز من المليشيات الحوثية.")
    e = next(e for e in evs if e["event_type"] == "Battles" and e["sub_event_type"] != "Armed clash")
    assert e["sub_event_type"] == "Government regains territory"
    assert (e["status"], e["evidence"]["status_rule"], e["date"]) == ("planned", "status.purpose", None)


def test_an_act_that_is_to_take_place_is_planned():
    """«أن يتم تحرير» (subjunctive: is to take place) and «بعد تحرير» in a clause told in the future
    are not done yet; «قبل أن يتم» and «بعد» in a past clause are no plan."""
    e = one("وتوقع المتحدث باسم الحكومة أن يتم تحرير مدينة الرمادي قريبا.", "2015-08-09")
    assert (e["status"], e["evidence"]["status_rule"]) == ("planned", "status.subjunctive")
    e = one("وقال إن القوات المشتركة ستتوجه إلى قضاء الفلوجة بعد تحرير مدينة الرمادي.", "2015-08-09")
    assert (e["status"], e["evidence"]["status_rule"]) == ("planned", "status.after_in_future")
    e = one("وقال إن القوات المشتركة توجهت إلى قضاء الفلوجة بعد تحرير مدينة الرمادي.", "2015-08-09")
    assert e["status"] == "actual"


def test_bare_generic_trigger_is_not_an_event():
    assert events("وتحدث الوزير عن الهجوم في كلمة ألقاها أمام البرلمان.") == ()
    # with an actor it is one
    assert events("وشن مسلحو تنظيم داعش هجوما على مدينة الرمادي أمس.")


# --- events2: statements about events, partyless agreements, places that are not the event's ---

def test_condemned_generic_attack_is_not_an_event():
    # snn-24374 style: a condemnation names the attack; the report of the attack is elsewhere
    evs = events("وأدان المجلس الهجوم الإرهابي الذي استهدف المصلين، مؤكدا تضامنه مع المملكة.")
    assert not [e for e in evs if e["trigger"]["text"].endswith("الهجوم")]


def test_partyless_agreement_is_not_an_event():
    evs = events("فإنه سيحتفل خلال الأشهر القادمة بالتوصل لاتفاق ولكن هذا الاحتفال ليس بسبب الحقوق النووية.")
    assert not [e for e in evs if e["sub_event_type"] == "Agreement"]


def test_border_partner_country_is_not_the_place():
    # snn-24691: «إقليم فان القريب من الحدود مع إيران» -> Van, not Iran
    evs = events("قالت مصادر أمنية إن جنديين قتلا اليوم الجمعة في هجومين شنهما مقاتلو حزب العمال الكردستاني "
                 "في شرق تركيا. وقتل جندي في إقليم فان القريب من الحدود مع إيران بعد أن ردت قوات الأمن على هجوم شنه "
                 "مقاتلون من حزب العمال الكردستاني على حافلة.", "2015-08-07")
    assert evs and all(e["location"]["country"] != "IR" for e in evs)


def test_entering_needs_an_armed_force():
    assert not events("دخلت مصر على خط انتقاد التصريحات الأخيرة للمرشد الإيراني علي خامنئي.")
    assert not events("وقالت إن الاتصال انقطع معهم بعد فترة وجيزة من دخولهم سوريا من تركيا في العاشر من يوليو.")
    e = one("ودخلت القوات العراقية مدينة الرمادي أمس.")
    assert e["event_type"] == "Battles" and e["actor1"]["category"] == "State forces"


def test_news_agency_is_never_an_actor():
    evs = events("وقالت وكالة أعماق التابعة لتنظيم داعش إن مقاتلي التنظيم هاجموا مواقع للجيش العراقي في الرمادي أمس.")
    for e in evs:
        for a in (e["actor1"], e["actor2"]):
            assert a is None or "Amaq" not in (a.get("name_en") or "")


def test_leader_of_a_coalition_is_not_the_place():
    # snn-10110: «غارات ... التحالف الذي تقوده الولايات المتحدة» is not an event in the United States
    evs = events("ودخلت القوات العراقية جامعة الأنبار في الرمادي. وقال ضابط إن الهجوم تم بدعم جوي من غارات "
                 "التحالف الذي تقوده الولايات المتحدة.", "2015-07-27")
    assert all((e["location"] or {}).get("country") != "US" for e in evs)


def test_protest_without_organisers_has_the_crowd_as_actor1():
    # snn-05184: «محتجون» with no organisation named -> Protesters (United States)
    e = one("وتجمع محتجون أمام مقر الشرطة في مدينة سينسيناتي أمس.", "2015-07-24")
    assert e["event_type"] == "Protests"
    assert e["actor1"]["rule"] == "actor.crowd" and e["actor1"]["category"] == "Protesters"
    assert e["actor1"]["name_en"].startswith("Protesters")


def test_place_after_a_site_noun_is_locative_context():
    # non-gold SaudiNewsNet: «مطار عدن» in the sentence before gives the place of «معارك عنيفة»
    # (the airport itself since the KB has it: curated_sites.jsonl)
    evs = events("وصلت أمس إلى مطار عدن الدولي أول طائرة شحن. وقال الوزير للصحافيين في المطار إن القوات الموالية "
                 "للحكومة استعادته الأسبوع الماضي بعد معارك عنيفة مع المتمردين الحوثيين.")
    clash = [e for e in evs if e["event_type"] == "Battles"]
    assert clash and all(e["location"]["name_en"] == "Aden International Airport" for e in clash), [
        (e["location"] or {}).get("name_en") for e in clash]


def test_a_last_sentence_without_words_is_no_crash():
    """«0\\nؐ»: the second sentence is a lone mark with no word (a Hypothesis find)."""
    doc = marsad.analyze("0\nؐ", published="2019-03-18")
    assert doc.layer("events") == ()


def test_an_event_placed_in_a_country_takes_the_town_the_report_names():
    # ACLED codes the most precise place: «في مدينة مروة شمالي الكاميرون» -> Maroua, not Cameroon
    evs = events("أدانت منظمة التعاون الإسلامي الهجوم الإرهابي الذي وقع الأربعاء الماضي في مدينة مروة شمالي "
                 "الكاميرون، حيث فجرت انتحاريتان نفسيهما، مما أدى إلى مقتل 20 شخصاً.", "2015-07-25")
    bombs = [e for e in evs if e["sub_event_type"] == "Suicide bomb"]
    assert bombs and bombs[0]["location"]["name_en"] == "Maroua"
    assert bombs[0]["location"]["rule"] in ("location.sentence", "location.finer_nearby")
    # the town of the sentence before, in the same country
    evs = events("انتشرت التعزيزات في مدينة الرمادي أمس. وقال مسؤول إن غارات جوية استهدفت مواقع للتنظيم في العراق.",
                 "2015-07-25")
    air = [e for e in evs if e["sub_event_type"] == "Air/drone strike"]
    assert air and air[0]["location"]["name_en"] == "Ramadi" and air[0]["location"]["rule"] == "location.finer_nearby"


def test_the_town_taken_from_the_next_sentence_brings_its_day():
    # the lead's «قال مسعفون أمس» dates the report; the fighting broke out the day before, in Ajdabiya
    evs = events("قال مسعفون أمس إن خمسة أشخاص قتلوا وأصيب 12 خلال اشتباكات في شرق ليبيا بين قوات موالية "
                 "للحكومة المعترف بها دوليا وجماعات مسلحة. واندلع القتال أول من أمس في بلدة أجدابيا قرب ميناء "
                 "البريقة النفطي.", "2015-08-03")
    clash = [e for e in evs if e["sub_event_type"] == "Armed clash"]
    assert clash and clash[0]["location"]["name_en"] == "Ajdabiya"
    assert (clash[0]["date"], clash[0]["evidence"]["date_rule"]) == ("2015-08-01", "date.place_sentence")
    # a day of the announcement gives way to the operation's own day, even two weeks back
    e = one("أعلنت وزارة الدفاع الاميركية، اليوم (الجمعة)، أن قياديا كبيرًا في تنظيم القاعدة قتل مع مسلحين "
            "اثنين آخرين في غارة اميركية استهدفته في افغانستان. واوضحت الوزارة أن العملية التي جرت في 11 "
            "يوليو (تموز) في ولاية باكتيكا، أدت الى مقتل ابو خليل السوداني.", "2015-07-24")
    assert (e["location"]["name_en"], e["date"]) == ("Paktika Province", "2015-07-11")
    # ... but not the day of a recalled event told next to that place
    evs = events("بدأت الغارات التركية الأسبوع الماضي باستهداف مواقع تابعة لتنظيم داعش في سوريا، بعد تفجير "
                 "انتحاري استهدف مدينة سوروج في 20 يوليو (تموز)، أودى بحياة 32 شخصًا. وتزامنت هذه الغارات مع "
                 "ضرب مواقع لحزب العمال الكردستاني في جنوب شرقي تركيا وشمال العراق.", "2015-08-01")
    assert all(e["evidence"]["date_rule"] != "date.place_sentence" for e in evs)


def test_a_generic_attack_naming_the_specific_event_of_its_sentence_is_one_event():
    # «الهجوم الإرهابي ... حيث فجرت انتحاريتان نفسيهما»: one suicide bombing, not a clash and a bombing
    evs = events("أدانت منظمة التعاون الإسلامي الهجوم الإرهابي الذي وقع الأربعاء الماضي في مدينة مروة شمالي "
                 "الكاميرون، حيث فجرت انتحاريتان نفسيهما، مما أدى إلى مقتل 20 شخصاً.", "2015-07-25")
    assert [e["sub_event_type"] for e in evs] == ["Suicide bomb"]
    texts = [m["text"] for m in evs[0]["mentions"]]
    assert any("الهجوم" in t for t in texts) and evs[0]["fatalities"] == 20


def test_with_no_place_named_an_arrest_is_placed_in_the_country_of_the_forces_that_made_it():
    # «أعادت السلطات السودانية اعتقال ...» names no place: Sudan, from the state forces' country
    e = one("أعادت السلطات السودانية اعتقال أحد أبرز رموز التيار السلفي مع عدد من تلاميذه.", "2015-08-04")
    assert e["sub_event_type"] == "Arrests"
    assert e["location"]["country"] == "SD" and e["location"]["geo_precision"] == 3
    assert e["location"]["rule"] == "location.actor_country" and e["location"]["start"] is None


def test_a_plan_or_threat_is_dated_only_by_a_future_time_in_its_sentence():
    # «أمس» dates the announcement, not the assault; «غدا» dates the threatened attack
    e = one("وأعلنت المقاومة الشعبية أمس أنها تستعد لاقتحام مدينة تعز خلال الأيام المقبلة.", "2015-08-05")
    assert e["status"] == "planned" and e["date"] is None
    assert e["evidence"]["date_rule"] == "date.none_not_happened"
    e = one("وهدد التنظيم بشن هجوم على مدينة الرمادي غدا.", "2015-08-05")
    assert e["status"] == "threatened" and e["date"] == "2015-08-06"


def test_a_word_with_the_pronoun_ha_is_not_the_trigger_written_with_ta_marbuta():
    # «ومظاهره» (its manifestations) folds like «مظاهرة» (a demonstration)
    assert not events("وتدين المنظمة بقوة جميع أعمال الإرهاب بجميع أشكاله ومظاهره.")
    assert one("وخرجت مظاهرة في مدينة القاهرة أمس.")["event_type"] == "Protests"


def test_police_are_police_forces_of_the_events_country():
    e = one("وأفادت تقارير بأن الشرطة داهمت منازل في عدد من مناطق اسطنبول واعتقلت عشرات المشتبه بهم.", "2015-07-24")
    assert e["sub_event_type"] == "Arrests" and e["actor1"]["name_en"] == "Police Forces of Turkey"


def test_troop_arrivals_and_deployments_are_strategic_developments():
    e = one("وأكد مصدر رئاسي أن قوات إماراتية وصلت إلى مدينة عدن أمس لتأمين المطار.", "2015-08-05")
    assert (e["event_type"], e["sub_event_type"]) == ("Strategic developments", "Other")
    assert e["location"]["name_en"] == "Aden"
    assert not events("وصل الرئيس إلى عدن أمس قادما من الرياض.")
    assert not events("منذ بدء عمليات عاصفة الحزم العسكرية وصولا لعملية السهم الذهبي.")


def test_exchange_of_fire_shelling_verb_and_forced_disappearance():
    assert one("تبادل إطلاق النار بين الجيش والمسلحين في سيناء أمس.")["sub_event_type"] == "Armed clash"
    assert one("ودكت المدفعية السعودية مواقع المتمردين في حرض أمس.")["sub_event_type"] \
        == "Shelling/artillery/missile attack"
    assert not events("تريد أن تكتب شيئًا ولكن لا تستطيع يدك كتابته.")  # «يدك»: your hand
    e = one("وقالت النقابة إن 20 صحفيا مختفٍ قسريًا لدى الحوثيين في صنعاء.")
    assert e["sub_event_type"] == "Abduction/forced disappearance"


def test_a_part_of_a_day_dates_the_event():
    # «ليلة امس» is a time expression of type time whose value is the day before publication
    e = one("قصف طيران التحالف ليلة امس مواقع للحوثيين في صنعاء.", "2015-07-24")
    assert (e["date"], e["time_precision"], e["evidence"]["date_rule"]) == ("2015-07-23", 1, "date.sentence")


def test_fires_accidents_and_matches_are_not_battles():
    assert not events("وتمكنت فرق الدفاع المدني من السيطرة على الحريق في حي العزيزية.")
    assert not events("ونتيجة للسرعة الزائدة فقد قائد المركبة السيطرة على المركبة ما أدى إلى انقلابها.")
    assert not events("فجرى اقتحام المبنى من قبل وحدات الإنقاذ وتم إخلاء السكان.")
    assert not events("بينما تخوض أفضل ثمانية منتخبات مواجهات ثنائية فيما بينها.")
    assert one("وأحكم تنظيم داعش سيطرته على مدينة الرمادي أمس.")["sub_event_type"] == \
        "Non-state actor overtakes territory"


def test_with_no_place_the_article_country_beats_a_place_named_in_passing():
    # a Chinese story naming Spain only in a comparison: the events are in China, not Spain
    evs = events("تدرس كتب التاريخ الصينية أن الفوضى عمت الأرياف الصينية. وأفضت عمليات الاستيلاء على الأراضي "
                 "إلى عدد سكان بحجم إسبانيا ليس لهم أراض. وقال فلاحون صينيون إن مسلحين اختطفوا ثلاثة منهم أمس.",
                 "2015-08-09")
    abd = [e for e in evs if e["sub_event_type"] == "Abduction/forced disappearance"]
    assert abd and abd[0]["location"]["country"] == "CN"
    assert abd[0]["location"]["rule"] == "location.document_country"


def test_demolitions_strikes_and_dual_explosions():
    e = one("وهدمت قوات الاحتلال الإسرائيلي ثلاثة منازل في الخليل أمس.", "2015-08-09")
    assert (e["event_type"], e["sub_event_type"]) == ("Strategic developments", "Looting/property destruction")
    assert not events("وقررت البلدية هدم المباني المخالفة في الحي.")
    assert not events("فإن الحركة أثناء الصيام تقوم بدور تنشيط عمليات الهدم أثناء النهار.")
    assert one("وواصل الأسرى أمس إضرابهم عن الطعام في سجن نفحة.")["event_type"] == "Protests"
    assert one("وقتل 47 شخصا في انفجارين في العراق أمس.")["fatalities"] == 47


def test_a_trigger_the_tokenizer_splits_needs_its_letters_in_the_text():
    # «فجرت» is read ف + «جرت»: «جرت» (took place) alone is no explosion; «وفجرت» still is one
    assert [e["sub_event_type"] for e in events("وقد جرت المداهمات في اسطنبول أمس.")] == ["Arrests"]
    assert one("وفجرت انتحاريتان نفسيهما في السوق أمس.")["sub_event_type"] == "Suicide bomb"
    assert one("فجرت انتحاريتان نفسيهما في السوق أمس.")["sub_event_type"] == "Suicide bomb"


def test_fajr_the_dawn_is_no_detonation():
    evs = events("وقالت الوزارة إن الغارات الجوية التي نفذتها المقاتلات فجر الجمعة أصابت أهدافها في سوريا.")
    assert [e["sub_event_type"] for e in evs] == ["Air/drone strike"]
    assert one("وفجر مسلحون عبوة ناسفة في السوق أمس.")["sub_event_type"] == "Remote explosive/landmine/IED"


def test_an_event_at_a_list_of_places_is_one_event_per_place():
    # ACLED codes one event per location: «في صنعاء ومدينة مأرب» -> two air strikes
    evs = events("قصف طيران التحالف ليلة امس مواقع للحوثيين في صنعاء ومدينة مأرب شرقي اليمن.", "2015-07-24")
    assert [(e["location"]["name_en"], e["location"]["rule"]) for e in evs] == [
        ("Sanaa", "location.sentence"), ("Ma'rib", "location.coordinated")]
    assert {e["date"] for e in evs} == {"2015-07-23"} and len({e["event_id"] for e in evs}) == 2
    evs = events("وشنت الطائرات غارات على حلب، وإدلب، وحماة أمس.")
    assert len(evs) == 3
    # a country after the town is not a list member
    assert len(events("وقصفت الطائرات مواقع في صعدة واليمن أمس.")) == 1


def test_a_bare_reference_with_nothing_of_its_own_is_no_event():
    # no place, actor, date or toll in its sentence: a reference to fighting, not a report
    assert not events("وأدت المواجهات إلى تدهور الأوضاع الإنسانية بشكل كبير.")
    # ... unless it repeats an event the article reports (test_repeated_mentions_merge_into_one_event)


def test_intentions_told_after_the_event_court_sentences_and_detention_centres():
    e = one("كشفت وزيرة الإعلام اليمنية عن مذبحة مروعة، كانت ميليشيات الحوثي تنوي ارتكابها في مدينة تعز.",
            "2015-08-06")
    assert e["status"] == "planned" and e["evidence"]["status_rule"] == "status.planned_after"
    assert not events("وقضت محكمة جنايات القاهرة أمس بإعدام عشرة متهمين في القضية.")
    assert not events("ردت القوات بقصف مدفعي عنيف على مصادر إطلاق النار في مدينة صعدة أمس."
                      )[0]["sub_event_type"] == "Attack"
    assert not events("ووضعت الميليشيات صحفيين في مراكز اعتقال في صنعاء أمس.")


def test_an_attack_on_police_or_soldiers_is_an_armed_clash():
    e = one("أعلنت وزارة الداخلية المصرية اليوم مقتل شرطي وإصابة ثلاثة آخرين في هجوم مسلح على سيارة ترحيلات "
            "على طريق مصر الفيوم الزراعي.", "2015-08-08")
    assert (e["event_type"], e["sub_event_type"]) == ("Battles", "Armed clash")
    assert e["evidence"]["refine"] == "vac.attack.on_security_forces"
    e = one("قتل مسلحون مجهولون خمسة مدنيين في هجوم مسلح على سوق شعبي في مدينة العريش أمس.")
    assert e["event_type"] == "Violence against civilians"


def test_fighting_someone_as_a_policy_is_no_event():
    assert not events("وأشار ممثل الائتلاف في واشنطن إلى أن أولوية واشنطن لم تكن قتال النصرة بل قتال داعش.")
    assert not events("وقال المتحدث إن الاتفاق يختص فقط بقتال تنظيم الدولة الإسلامية في سوريا.")
    e = one("وقتل 12 مسلحا في القتال الذي دار أمس في ريف إدلب بين قوات النظام والمعارضة.")
    assert e["event_type"] == "Battles" and e["fatalities"] == 12


def test_a_day_after_bad_dates_the_other_event_not_this_one():
    # «المداهمات بعد مقتل 32 شخصا في تفجير انتحاري الاثنين»: Monday is the bombing's day
    evs = events("وجاءت المداهمات في اسطنبول بعد مقتل 32 شخصا في تفجير انتحاري الاثنين في بلدة سوروتش.",
                 "2015-07-24")
    raids = [e for e in evs if e["sub_event_type"] == "Arrests"]
    assert raids and raids[0]["date"] != "2015-07-20"


def test_a_previous_sentences_place_must_be_in_the_acting_forces_country():
    evs = events("وقال مسؤول أمريكي في واشنطن إن الاتفاق تم أمس. وقال رئيس الوزراء التركي إن الشرطة التركية اعتقلت "
                 "قرابة 300 شخص في حملات أمس ضد من يشتبه في انتمائهم لداعش.", "2015-07-24")
    arrests = [e for e in evs if e["sub_event_type"] == "Arrests"]
    assert arrests and arrests[0]["location"]["country"] == "TR"


# --- actor1 in other clause shapes -------------------------------------------------------------

def test_resumptive_verb_after_the_trigger_names_the_doer():
    e = one("وقتل جندي تركي في هجوم شنه مقاتلون من حزب العمال الكردستاني على حافلة في ولاية وان شرق تركيا.")
    assert e["actor1"]["name_en"].startswith("Kurdistan Workers") and e["actor1"]["rule"].endswith("+resumptive")


def test_resumptive_verb_with_the_doer_before_it():
    e = one("وقتل شرطيان في انفجار عبوة ناسفة قامت عناصر مسلحة بزرعها بجوار الطريق في مدينة العريش بمحافظة شمال سيناء المصرية.")
    assert e["actor1"]["name_en"] == "Unidentified Armed Group" and e["actor1"]["text"] == "عناصر مسلحة"


def test_partitive_force_with_a_parenthesis_is_the_subject():
    e = one("ونفذت ثلاث مقاتلات (اف-16) من سلاح الجو التركي غارات على مواقع لتنظيم داعش في شمال سوريا.")
    assert e["sub_event_type"] == "Air/drone strike" and e["actor1"]["category"] == "State forces"
    assert "سلاح الجو التركي" in e["actor1"]["text"]


def test_strikes_from_an_actor_name_their_agent():
    strikes = [x for x in events("وتقدمت القوات العراقية في الرمادي بالعراق مدعومة بغارات مكثفة من التحالف الدولي ضد تنظيم داعش.")
               if x["sub_event_type"] == "Air/drone strike"]
    assert strikes and strikes[0]["actor1"]["rule"].endswith("+from") and "التحالف" in strikes[0]["actor1"]["text"]


def test_condemning_country_is_not_the_doer():
    e = one("دان مجلس علماء باكستان التفجير الذي استهدف مسجدا في مدينة أبها بمنطقة عسير السعودية أمس.")
    assert not e.get("actor1") or "Pakistan" not in e["actor1"]["name_en"]
    assert e["location"]["country"] != "Pakistan"


def test_the_killed_policeman_is_not_the_attacker():
    e = one("أعلنت وزارة الداخلية المصرية مقتل شرطي وإصابة ثلاثة آخرين في هجوم مسلح على سيارة شرطة جنوب غربي القاهرة.")
    assert not e.get("actor1") or e["actor1"]["name_en"] != "Police Forces of Egypt"


def test_a_generic_attack_told_again_by_a_specific_sentence_is_one_event():
    text = ("قتل 12 شخصا على الأقل في هجوم استهدف سوقا شعبية في مدينة بعقوبة بمحافظة ديالى العراقية، حسبما أعلن مسؤولون اليوم. "
            "وقالت الشرطة إن الهجوم وقع مساء أمس حين فجر انتحاري حزامه الناسف وسط المتسوقين في بعقوبة.")
    evs = [e for e in events(text, "2015-08-09") if not e["background"]]
    assert len(evs) == 1, [(e["sub_event_type"], e["trigger"]["text"]) for e in evs]
    e = evs[0]
    assert e["sub_event_type"] == "Suicide bomb" and e["date"] == "2015-08-08" and e["fatalities"] == 12
    assert len(e["mentions"]) >= 2


def test_a_demonstrative_attack_joins_the_event_told_before():
    text = ("فجر انتحاري سيارة مفخخة قرب مقر للشرطة في مدينة بعقوبة العراقية اليوم مما أدى إلى مقتل سبعة أشخاص. "
            "وتبنى تنظيم داعش هذا الهجوم في بيان نشره على الإنترنت بعد سلسلة هجمات في بغداد أوقعت 30 قتيلا.")
    evs = [e for e in events(text, "2015-08-09") if not e["background"]]
    bomb = next(e for e in evs if e["event_type"] == "Explosions/Remote violence")
    assert any(m["text"] == "الهجوم" for m in bomb["mentions"])


def test_a_cause_after_a_threat_happened():
    text = "وهدد حزب العمال الكردستاني بإنهاء الهدنة إثر الضربات الجوية التي شنها الجيش التركي على معسكراته في شمال العراق أمس."
    strikes = [e for e in events(text, "2015-07-26") if e["sub_event_type"] == "Air/drone strike"]
    assert strikes and strikes[0]["status"] == "actual"


def test_the_speaker_of_a_bare_complement_clause_is_not_the_bomber():
    e = one("وقالت القيادة العسكرية التركية: إن سيارة مفخخة انفجرت عند مرور قافلة للدرك في ولاية ديار بكر جنوب شرق تركيا أمس.",
            "2015-07-26")
    assert e["weapon"] == "car_bomb" and not e.get("actor1")


def test_the_speaker_of_a_pronoun_complement_clause_is_the_doer():
    e = one("وقال الجيش التركي في بيان إنه قصف مواقع لحزب العمال الكردستاني في شمال العراق أمس.", "2015-07-26")
    assert e["actor1"]["rule"] in ("actor.speaker_subject", "actor.entity+subject") and e["actor1"]["text"] == "الجيش التركي"
    assert e["actor2"]["name_en"].startswith("Kurdistan Workers")


def test_sectarian_cleansing_is_not_regaining_territory():
    assert not [e for e in events("وقال المصدر إن هناك عملية تطهير مذهبي تقوم بها ايران وحزب الله في مدينة الزبداني بسوريا.")
                if e["event_type"] == "Battles"]


def test_a_country_adjective_after_the_trigger_names_the_state_forces():
    e = one("وقتل قيادي في تنظيم القاعدة مع مسلحين اثنين في غارة أميركية استهدفته في ولاية باكتيكا بأفغانستان.")
    assert e["sub_event_type"] == "Air/drone strike" and e["actor1"]["name_en"] == "Military Forces of United States"


def test_detention_and_dropped_bombs_are_triggers():
    assert one("واحتجزوا عشرات المشتبه بهم في مدينة زنجبار بمحافظة أبين اليمنية أمس.")["sub_event_type"] == "Arrests"
    e = one("وقال شاهدان إن الطائرة الحربية أسقطت قنبلة في قلب الشارع التجاري لمدينة أريحا بمحافظة إدلب السورية أمس.")
    assert e["sub_event_type"] == "Air/drone strike"


def test_shooting_with_the_shooters_inside_the_phrase():
    e = one("لقي رقيب شرطة مصرعه أمس وأصيب ثلاثة مجندين إثر إطلاق مجهولين النار على قوة أمنية في محافظة الجيزة المصرية.")
    assert e["event_type"] in ("Battles", "Violence against civilians")


def test_places_of_relations_and_speaking_capitals_are_not_event_places():
    evs = events("قتل أربعة جنود أوكرانيين خلال 24 ساعة من المعارك في شرق البلاد الانفصالي الموالي لروسيا كما أعلنت كييف، "
                 "وقال الجيش الأوكراني إن الانفصاليين قصفوا مواقعه في أوكرانيا.", "2015-08-07")
    clash = next(e for e in evs if e["sub_event_type"] == "Armed clash")
    assert clash["location"]["country"] == "UA" and clash["location"]["name_en"] != "Kyiv"


def test_pluperfect_recall_is_background():
    evs = events("وكانت الطائرات التركية قد قصفت مواقع لحزب العمال الكردستاني في شمال العراق.", "2015-07-27")
    assert evs and all(e["background"] and e["evidence"]["background_rule"] == "background.pluperfect" for e in evs)


def test_an_added_item_with_its_own_toll_is_another_event():
    text = ("واستهدف اكثر الهجمات دموية منطقة بغداد الجديدة، حيث ادى تفجير سيارة مفخخة الى مقتل 19 شخصا على "
            "الاقل. كما انفجرت سيارة مفخخة في الزعفرانية بجنوب بغداد، ما ادى الى مقتل اربعة اشخاص على الاقل.")
    bombs = [e for e in events(text, "2015-07-22") if e["event_type"] == "Explosions/Remote violence"]
    assert sorted(e["fatalities"] for e in bombs) == [4, 19]
    # the same bombing told again with the same toll is one event
    text = ("أدى تفجير سيارة مفخخة في بغداد إلى مقتل 19 شخصا. كما أسفر انفجار السيارة المفخخة عن مقتل 19 "
            "شخصا في بغداد.")
    assert len([e for e in events(text, "2015-07-22") if e["event_type"] == "Explosions/Remote violence"]) == 1


def test_an_undated_attack_recalled_as_a_cause_with_a_relative_clause_is_background():
    text = ("وقالت إن هذه العملية هي رد على الهجوم الانتحاري الذي استهدف في سوروتش ناشطين مؤيدين للقضية الكردية "
            "وأسفر عن سقوط 32 قتيلا.")
    bomb = next(e for e in events(text, "2015-07-27") if e["sub_event_type"] == "Suicide bomb")
    assert bomb["background"] and bomb["evidence"]["background_rule"] == "background.recalled"
    # the same attack told as the news, with no recall word, is not
    e = one("استهدف الهجوم الانتحاري الذي نفذه شاب ناشطين مؤيدين للقضية الكردية في سوروتش.", "2015-07-21")
    assert not e["background"]


def test_an_event_recalled_after_bad_days_before_is_background():
    text = ("وقالت الحركة إن هذه العملية رد على الهجوم الانتحاري الذي استهدف ناشطين في بلدة سروج التركية "
            "يوم 20 يوليو وأسفر عن مقتل 32 شخصا.")
    evs = [e for e in events(text, "2015-07-27") if e["event_type"] == "Explosions/Remote violence"]
    assert evs and all(e["background"] for e in evs)


def test_the_cause_of_todays_deaths_is_news():
    e = one("قتل جنديان تركيان وجرح أربعة آخرون مساء السبت إثر تفجير سيارة ملغومة لدى مرور قافلة عسكرية في ولاية ديار بكر.",
            "2015-07-26")
    assert not e["background"] and e["date"] == "2015-07-25"


def test_violence_during_the_night_before_a_named_day():
    evs = events("أعلنت السلطات حالة الطوارئ في فيرجسون بولاية ميزوري الأمريكية يوم الاثنين للحيلولة دون تكرار "
                 "أعمال العنف التي اندلعت أثناء الليل في المدينة.", "2015-08-11")
    riot = next(e for e in evs if e["event_type"] == "Riots")
    assert riot["date"] == "2015-08-09" and riot["evidence"]["date_rule"] == "date.overnight"


def test_gunmen_opening_fire_on_a_wedding_is_violence_against_civilians():
    e = one("قال قائد الشرطة في إقليم بغلان بشمال أفغانستان اليوم إن مسلحين فتحوا النار في حفل زفاف مما أسفر عن مقتل 21 من الضيوف.",
            "2015-07-27")
    assert e["event_type"] == "Violence against civilians" and e["sub_event_type"] == "Attack"


def test_being_subjected_to_fire_is_not_a_plan():
    e = one("ونبأ مقتل 8 أشخاص من بينهم خمسة أطفال في ولاية تكساس الأمريكية إثر تعرضهم لإطلاق نار في منزلهم أمس.", "2015-08-10")
    assert e["status"] == "actual"


def test_a_demand_reaches_only_what_is_demanded():
    evs = events("وفي سينسيناتي، طالب محتجون بنشر صور فيديو حول اعتقال صمويل دوبوسي وهو رجل اسود قتل برصاصة في الرأس "
                 "اطلقها عليه شرطي خلال عملية على احدى الطرق.", "2015-07-31")
    assert evs and not any(e["status"] == "called_for" and e["sub_event_type"] != "Peaceful protest" for e in evs)


def test_counted_soldiers_killed_are_victims_not_doers():
    evs = events("قتل أربعة جنود أوكرانيين خلال 24 ساعة من المعارك في شرق أوكرانيا.", "2015-08-07")
    assert evs and all(not e.get("actor1") or "Ukraine" not in e["actor1"]["name_en"] for e in evs)


def test_the_doer_of_another_event_after_ghadat_is_not_taken():
    evs = events("ويأتي الهجوم بسيارة مفخخة في ولاية ديار بكر غداة شنها الطيران الحربي التركي غارات ضد مواقع تابعة لحزب العمال الكردستاني شمالي العراق.",
                 "2015-07-26")
    bomb = next(e for e in evs if e["event_type"] == "Explosions/Remote violence" and e["sub_event_type"] != "Air/drone strike")
    assert not bomb.get("actor1") or "Turk" not in bomb["actor1"]["name_en"]


def test_a_negated_any_operation_is_denied_and_undated():
    evs = events("وقال مدير مكتب الرئاسة: القوات الإماراتية لم تنفذ أية عملية إنزال بري في مدينة عدن اليمنية.", "2015-08-05")
    landing = [e for e in evs if e["status"] == "denied"]
    assert landing and landing[0]["date"] is None and landing[0]["evidence"]["status_rule"] == "status.negated_any"


def test_a_sentence_going_on_with_a_dated_report_takes_its_day():
    text = ("أفاد مسؤول أمني أمس الإثنين بمقتل 18 من عناصر تنظيم داعش في مدينة بعقوبة شمال شرقي بغداد. "
            "وأشار المسؤولون إلى مقتل 11 مدنيا وإصابة 16 آخرين في انفجار عبوتين ناسفتين في شمالي بعقوبة.")
    ied = next(e for e in events(text, "2015-08-04") if e["sub_event_type"] == "Remote explosive/landmine/IED")
    assert ied["date"] == "2015-08-03" and ied["evidence"]["date_rule"] == "date.previous_report"


def test_an_expected_liberation_is_planned():
    e = one("توقع رئيس إقليم كردستان مسعود بارزاني تحرير بقية مناطق سنجار التي مازالت تحت سيطرة تنظيم داعش قريبا.", "2015-08-04")
    assert e["status"] == "planned" and e["date"] is None


def test_topic_shift_sentences_are_found():
    from marsad.events.lexicon import lexicon
    from marsad.events.stage import _topic_starts
    from marsad.events.view import build_view

    doc = marsad.analyze("قتل خمسة أشخاص في انفجار في مدينة رانشي الهندية. وقال مسؤول إن التحقيق جار. "
                         "من ناحية أخرى، اعتقلت الشرطة 12 شخصا. وفي سياق آخر، تظاهر المئات.", published="2015-08-08", id="t")
    assert _topic_starts(build_view(doc), lexicon()) == [2, 3]


def test_members_of_the_police_attacking_worshippers_is_violence_against_civilians():
    e = one("وتناولت الصحف اعتداء عناصر من شرطة الاحتلال الإسرائيلي على حراس ومصلين في المسجد الأقصى بالقدس أمس.", "2015-08-11")
    assert e["event_type"] == "Violence against civilians" and e["actor1"]["category"] == "State forces"


def test_a_passive_past_in_a_quotation_is_no_imperative():
    e = one("قال المتحدث باسم وزارة الصحة المصرية إن ضابطي شرطة ومدنيا أصيبوا في انفجار وقع اليوم الاثنين أمام محكمة في القاهرة.",
            "2015-08-10")
    assert e["status"] == "actual" and e["date"] == "2015-08-10"


def test_an_undated_opening_sentence_takes_the_next_sentences_day():
    text = ("لقي ضابط شرطة ومجند مصرعهما إثر انفجار عبوة ناسفة في إحدى المدرعات بمدينة العريش المصرية. "
            "وقالت وزارة الداخلية، في بيان، أمس إن عناصر مسلحة زرعت العبوة على جانب الطريق.")
    e = next(x for x in events(text, "2015-08-10") if x["sub_event_type"] == "Remote explosive/landmine/IED")
    assert e["date"] == "2015-08-09"
    assert isinstance(events("انفجرت عبوة ناسفة في مدينة العريش المصرية.", "2015-08-10"), tuple)  # one sentence: no lead beyond it


def test_tolls_over_months_are_not_events():
    text = ("أفاد المرصد السوري لحقوق الانسان بأن طائرات التحالف الدولي قتلت 3042 عنصرا من تنظيم داعش خلال عشرة أشهر. "
            "ولفت إلى مقتل 2927 من التنظيم جراء غارات التحالف الدولي على مقار التنظيم في محافظات حماه وحلب وحمص.")
    assert not [e for e in events(text, "2015-07-23") if not e["background"]]


def test_a_dated_event_inside_a_weeks_summary_stays():
    text = ("وقالت المفوضية إنه خلال الأسابيع القليلة الماضية كانت هناك هجمات مدمرة، حيث سقط في 19 يوليو الماضي 95 قتيلا "
            "بقذائف الهاون في منطقة الغليل بمدينة عدن اليمنية.")
    assert [e for e in events(text, "2015-08-06") if e["event_type"] == "Explosions/Remote violence"]


def test_seizing_a_house_is_property_not_territory():
    e = one("واستولت قوات الاحتلال الإسرائيلي على منزل عائلة فلسطينية في مخيم الفوار جنوب الخليل أمس.", "2015-08-01")
    assert e["sub_event_type"] == "Looting/property destruction"


def test_attacks_in_general_are_no_event():
    assert not [e for e in events("وتصاعدت هجمات حزب العمال الكردستاني على قوات الأمن في جنوب شرق تركيا.", "2015-08-02")
                if e["event_type"] == "Battles" and not e["background"]]


def test_policemen_who_died_or_were_wounded_are_not_the_bombers():
    e = one("لقي ضابط شرطة ومجند من قوات أمن شمال سيناء مصرعهما إثر انفجار عبوة ناسفة في إحدى المدرعات بالعريش أمس.",
            "2015-08-10")
    assert not e.get("actor1") or e["actor1"]["category"] != "State forces"
    e = one("قال المتحدث إن ضابطي شرطة ومدنيا أصيبوا في انفجار وقع اليوم أمام محكمة في شمال شرق القاهرة.", "2015-08-10")
    assert not e.get("actor1") or e["actor1"]["category"] != "State forces"


def test_a_syrian_warplane_is_the_syrian_state():
    e = one("وقال شاهدان إن طائرة حربية سورية ألقت قنبلة على السوق الرئيسي في مدينة أريحا بمحافظة إدلب أمس.", "2015-08-04")
    assert e["actor1"]["name_en"] in ("Military Forces of Syria", "Military Forces of Syrian Arab Republic") or \
        e["actor1"]["category"] == "State forces"


def test_a_lone_generic_attack_reference_is_no_event():
    assert not [e for e in events("وأثار الهجوم موجة من الانتقادات في البرلمان التركي في أنقرة.", "2015-08-02")
                if not e["background"]]


def test_a_charge_in_court_is_no_event():
    assert not [e for e in events("وقررت محكمة جنايات المنيا تأجيل محاكمة 354 متهما في قضية اقتحام قسم شرطة العدوة بمحافظة المنيا.",
                                  "2015-08-05") if not e["background"]]


def test_what_the_news_came_after_is_background_even_days_ago():
    evs = events("قتل جندي في هجوم على حاجز في مدينة ديار بكر أمس. وجاءت المداهمات بعد مقتل 32 شخصا في "
                 "تفجير انتحاري الاثنين في بلدة سروج التركية.", "2015-07-24")
    bomb = next(e for e in evs if e["sub_event_type"] == "Suicide bomb")
    assert bomb["background"] and bomb["evidence"]["background_rule"] == "background.recalled"
    attack = next(e for e in evs if e["sub_event_type"] == "Armed clash")  # «قتل جندي في هجوم»: one attack
    assert "هجوم" in attack["trigger"]["text"] and not attack["background"]


def test_pluperfect_without_qad_with_a_past_day_is_background():
    evs = events("قتل جندي في هجوم على حاجز في مدينة العريش أمس. وكانت جبهة النصرة خطفت ثمانية عناصر من "
                 "الفرقة 30 مساء الأربعاء قرب مدينة اعزاز في ريف حلب الشمالي.", "2015-08-01")
    abduction = next(e for e in evs if e["sub_event_type"] == "Abduction/forced disappearance")
    assert abduction["background"] and abduction["evidence"]["background_rule"] == "background.pluperfect"


def test_a_mention_placed_only_by_the_articles_first_place_far_away_is_not_coded():
    # the article's first place is three sentences back; the remark names no place of its own
    text = ("قصفت طائرات التحالف مواقع للحوثيين في مدينة صعدة أمس. وقال مسؤول إن الغارات دمرت مخازن أسلحة. "
            "وأضاف أن الوضع الإنساني صعب. ولأنهم بعيدون عن وطنهم، يكونون أشخاصا مجهولين ويمكن التخلص منهم، "
            "مثل الرجال الأربعة الذين حرقوا في فويو.")
    evs = events(text)
    assert not [e for e in evs if e["trigger"]["start"] > text.index("ولأنهم")]
    assert any(e["location"] and e["location"]["name_en"].startswith("Sa") for e in evs)


def test_seizing_persons_is_an_arrest_seizing_weapons_is_not():
    e = one("فيما نجحت قوات الأمن بشمال سيناء في ضبط 25 شخصًا من الهاربين والمطلوبين في حملة أمنية موسعة.")
    assert (e["sub_event_type"], e["location"]["name_en"]) == ("Arrests", "North Sinai Governorate")
    assert not [e for e in events("وتمكنت الشرطة من ضبط كميات من الأسلحة والذخائر في مدينة الإسماعيلية.")
                if e["sub_event_type"] == "Arrests"]


def test_an_interval_after_an_event_makes_it_the_past_of_the_story():
    evs = events("وبعد أربعة أيام على هجوم انتحاري دام استهدف بلدة سروج التركية، شن سلاح الجو التركي اليوم أولى "
                 "غاراته على مواقع لتنظيم داعش في مدينة الرقة.", "2015-07-24")
    bomb = next(e for e in evs if e["sub_event_type"] == "Suicide bomb")
    strike = next(e for e in evs if e["sub_event_type"] == "Air/drone strike")
    assert bomb["background"] and not strike["background"]


def test_a_pluperfect_report_of_todays_arrests_is_news():
    e = one("وكان مكتب رئيس الحكومة قد أعلن أن الشرطة أوقفت 251 شخصًا في حملة أطلقت اليوم في مدينة أنقرة.",
            "2015-07-24")
    assert e["sub_event_type"] == "Arrests" and not e["background"] and e["date"] == "2015-07-24"


def test_the_aim_of_an_attack_does_not_make_the_attack_planned():
    e = one("وكانت القوات الموالية للحكومة قد شنت أمس هجوما واسعا لاستعادة قاعدة العند في محافظة لحج.",
            "2015-08-03")
    assert e["status"] == "actual" and e["event_type"] == "Battles"
    plan = one("وأكد القائد أن القوات تستعد لتحرير مدينة تعز في الأيام المقبلة.")
    assert plan["status"] == "planned"


def test_seizing_cameras_is_looting_not_territory():
    e = one("كما فتشت قوات الاحتلال محلات تجارية في مخيم الفوار جنوباً، واستولت على كاميرات مراقبة.", "2015-08-03")
    assert (e["event_type"], e["sub_event_type"]) == ("Strategic developments", "Looting/property destruction")


def test_ending_a_ceasefire_is_no_agreement_and_the_outlets_footer_is_no_event():
    assert not [e for e in events("وقالت الحركة إن تركيا «أنهت من جانب واحد» وقف إطلاق النار في جنوب شرق البلاد.")
                if e["sub_event_type"] == "Agreement"]
    evs = events("قصفت مقاتلات تركية مواقع لتنظيم داعش في مدينة جرابلس السورية أمس.\n"
                 "رابط الخبر بصحيفة الوئام: تركيا: مقاتلات F16 قصفت مواقع لداعش في سوريا")
    assert len(evs) == 1 and evs[0]["location"]["country"] == "SY"


def test_an_air_strike_by_a_foreign_force_is_not_placed_in_its_country():
    evs = events("أكد البنتاغون أن الولايات المتحدة نفذت أول غارة جوية لها في محافظة حلب السورية. "
                 "وقال المتحدث باسم وزارة الدفاع إن هذه الغارة الأميركية نفذت الجمعة لمؤازرة مقاتلين دربتهم الولايات المتحدة.",
                 "2015-08-03")
    assert evs and all(e["location"]["country"] == "SY" for e in evs), [e["location"] for e in evs]


def test_acts_of_violence_in_a_war_report_are_no_riot_and_a_series_is_no_event():
    evs = events("أفادت مصادر طبية وأمنية عراقية السبت بمقتل ثمانية من عناصر تنظيم داعش وخمسة مدنيين في أعمال عنف "
                 "بمحافظة الأنبار.", "2015-08-02")
    assert not [e for e in evs if e["event_type"] == "Riots"]
    riot = events("أعلنت السلطات حالة الطوارئ في فيرجسون للحيلولة دون تكرار أعمال العنف التي اندلعت خلال الاحتجاجات.")
    assert [e for e in riot if e["event_type"] == "Riots"]
    assert not events("وشهد الأسبوع الماضي مجموعة هجمات ضد القوات الأمنية نسبت إلى المقاتلين الأكراد في جنوب شرق تركيا.")


def test_a_ceasefire_with_a_proclitic_is_no_shooting_and_a_week_of_strikes_is_a_total():
    evs = events("ورغم الاتفاق لوقف إطلاق النار بين السلطات التركية وحزب العمال الكردستاني في تركيا منذ العام 2013.")
    assert not [e for e in evs if e["sub_event_type"] == "Attack"]
    assert not events("أكدت وكالة الأناضول أن نحو 260 مقاتلا من حزب العمال الكردستاني قتلوا خلال أسبوع من الغارات "
                      "الجوية التركية على قواعد للمتمردين في شمال العراق.")


def test_being_subjected_to_shelling_some_words_before_is_no_plan():
    evs = events("وتعرضت المنطقة الزراعية الغنية منذ ذلك الحين لقصف جوي عنيف من جانب القوات الحكومية.", "2015-08-03")
    assert not [e for e in evs if e["status"] == "planned"]


def test_control_as_a_topic_or_a_state_is_no_takeover():
    assert not events("ويضم غرب سوريا المدن السورية الكبرى ومنها دمشق، وتعد السيطرة عليه أمرا حيويًا لاستمرار الاسد في السلطة.")
    assert not events("وأصبحت المدينة تحت سيطرة الحكومة منذ سنوات.")


def test_freeing_hostages_is_no_territory_regained():
    evs = events("أنهت القوات المالية عملية احتجاز رهائن في فندق في مدينة سيفاري بعد تحرير عدد من الرهائن.", "2015-08-09")
    assert evs and not [e for e in evs if e["sub_event_type"] == "Government regains territory"]


def test_an_attack_at_that_time_takes_the_date_of_the_sentence_before():
    evs = events("وتحديدا أواخر أيام عام 2004 حين استهدفت عناصر من «القاعدة» مقر قيادة قوات الطوارئ الخاصة في الرياض. "
                 "حينها، لم يمنع ذلك الهجوم قوات الطوارئ الخاصة من أن تنطلق من معسكراتها لتطهير العاصمة من أفراد «القاعدة».",
                 "2015-08-08")
    assert not [e for e in evs if (e["date"] or "").startswith("2015")]


def test_a_bombing_confessed_in_court_is_a_trial_not_a_new_bombing():
    evs = events("أقرّ متهمون بالتفجير الإرهابي الذي استهدف مسجد الإمام الصادق أمام القضاء الكويتي في أولى جلسات "
                 "المحاكمة أمس، بمسؤوليتهم عن عملية التفجير وإعداد الحزام الناسف.", "2015-08-06")
    assert not [e for e in evs if e["date"] == "2015-08-05"]


def test_a_place_behind_another_event_of_the_sentence_is_that_event_s_place():
    evs = events("قال مكتب رئيس الوزراء ان مقاتلات تركية قصفت مواقع لتنظيم داعش وذكرت وسائل اعلام محلية أن حوالي 5000 "
                 "من افراد الشرطة التركية نفذوا ايضا مداهمات خلال الليل لأكثر من 100 موقع في مدينة اسطنبول.", "2015-07-24")
    strike = next(e for e in evs if e["event_type"] == "Explosions/Remote violence")
    raids = next(e for e in evs if e["sub_event_type"] == "Arrests")
    assert raids["location"]["name_en"] == "Istanbul"
    assert (strike["location"] or {}).get("rule") != "location.sentence"
    # a raid that frames the abduction («خلال عملية مداهمة») does not take its place away
    e = next(e for e in events("خطفت داعش 170 سنيًا خلال عملية مداهمة في مدينة القريتين التي استولوا عليها الأربعاء.", "2015-08-07")
             if e["sub_event_type"] == "Abduction/forced disappearance")
    assert e["location"]["name_en"] == "Al Qaryatayn"


def test_a_related_item_does_not_take_the_lead_s_day():
    evs = events("اندلعت اشتباكات أمس الأحد في المسجد الأقصى في القدس. وفي سياق متصل، اعتقلت قوات الاحتلال الإسرائيلي "
                 "ستة فلسطينيين من محافظة الخليل، جنوب الضفة الغربية.", "2015-08-03")
    arrest = next(e for e in evs if e["sub_event_type"] == "Arrests")
    assert arrest["date"] == "2015-08-03"


def test_detonating_a_suspicious_object_is_disrupted_weapons_use():
    evs = events("فجّرت قوات الاحتلال جسماً مشبوهاً في شارع الشلالة في البلدة القديمة من مدينة الخليل.", "2015-08-03")
    assert [e for e in evs if e["sub_event_type"] == "Disrupted weapons use"]


def test_before_it_is_done_is_no_future():
    e = one("وأضافت أن قوات الاحتلال اقتادت الأسير وهو مقيد ومعصوب العينين إلى النقطة العسكرية على مدخل البلدة، "
            "قبل أن يتم اقتياده فيما بعد لجهة مجهولة.", "2015-08-03")
    assert e["status"] == "actual"


def test_a_street_named_after_a_city_is_no_place_of_that_city():
    e = one("قتل شرطي في انفجار عبوة ناسفة في شارع أسيوط بمدينة العريش أمس.", "2015-08-09")
    assert e["location"]["name_en"] != "Asyut" and e["location"]["lat"] > 30


def test_a_report_goes_on_with_the_day_of_a_report_not_of_another_event():
    evs = events("ووقع تبادل لاطلاق النار عبر الحدود يوم الخميس في نفس المنطقة بين الجيش التركي ومقاتلي داعش. "
                 "وذكرت محطتا (سي إن إن تورك) و(إن تي في) التلفزيونيتان أن شرطة مكافحة الارهاب داهمت اكثر من 100 موقع "
                 "في انحاء اسطنبول.", "2015-07-24")
    raid = next(e for e in evs if e["sub_event_type"] == "Arrests")
    assert raid["evidence"]["date_rule"] != "date.previous_report"


def test_an_army_announcing_militants_killed_is_a_battle():
    e = one('أعلنت القوات المسلحة المصرية أمس الخميس مقتل اثنين من العناصر الإرهابية واستهداف مخزن للمواد المتفجرة '
            'بمنطقة "بلعة" في رفح بشمال سيناء.', "2015-08-07")
    assert e["event_type"] == "Battles" and e["date"] == "2015-08-06" and e["fatalities"] == 2
    assert e["location"]["country"] == "EG"
    # a toll over a month is no event of its own
    assert not [e for e in events("وبلغت حصيلة مقتل المسلحين خلال الشهر الماضي 300 مسلح في المحافظة.", "2015-08-07")
                if e["evidence"]["lexicon_entry"] == "kill.fighters"]


def test_the_newspaper_spoken_to_is_no_place_and_a_name_is_no_threat():
    e = one('وقال القيادي في المقاومة الشعبية علي عيدة ل"الرياض" ان معارك عنيفة جرت امس في لودر.', "2015-08-11")
    assert e["status"] == "actual" and e["location"]["name_en"] == "Lawdar"
    e = one('وقال القيادي في المقاومة الشعبية ل"الرياض" ان معارك عنيفة جرت امس.', "2015-08-11")
    assert (e["location"] or {}).get("name_en") != "Riyadh"


def test_an_anniversary_and_a_clock_time_date_the_event_in_the_past():
    evs = events("وأسقطت طائرة انولا جاي الأمريكية قنبلة ذرية على وسط هيروشيما الساعة 8.15 صباحًا يوم السادس من أغسطس 1945.",
                 "2015-08-07")
    assert evs and all(e["date"] == "1945-08-06" and e["background"] for e in evs)
    evs = events("اجتمعت وفود من مختلف انحاء العالم في هيروشيما الخميس بمناسبة الذكرى السبعين لالقاء اول قنبلة نووية.",
                 "2015-08-07")
    assert all(e["background"] for e in evs)


def test_shooting_in_the_air_is_no_attack():
    assert not events("أطلق رجال الشرطة النار في الهواء لتفريق المتجمعين أمام المبنى.", "2015-08-07")


def test_a_possessed_battle_noun_is_a_campaign():
    assert not events("وقال إن تركيا ستواصل معركتها ضد الإرهاب بكل حزم.", "2015-08-01")
    assert not events("وسننطلق ايضا في معركتنا ضد داعش قريبا.", "2015-08-06")


def test_a_toll_of_fighting_going_on_for_weeks_is_an_aggregate():
    evs = events("وكانت المقاومة قد قالت في بيان رسمي إن نحو 150 حوثيا قتلوا في المعارك المتواصلة منذ أسبوعين، "
                 "في منطقة مشرعة وحدنان.", "2015-08-04")
    assert not [e for e in evs if e["fatalities"] == 150]


def test_opening_fire_with_the_subject_between_verb_and_fire():
    e = one("فتح عناصر من حركة الشباب النار على حافلة في مقديشو أمس.", "2015-07-27")
    assert e["event_type"] == "Violence against civilians" and e["location"]["name_en"] == "Mogadishu"
    evs = events("وقال إن الحكومة أطلقت سراح عشرين سجينا وأطلقت حملة لجمع السلاح.", "2015-07-27")
    assert not [e for e in evs if e["evidence"]["lexicon_entry"] == "vac.attack.open_fire"]


def test_a_purpose_verbal_noun_before_an_event_noun_makes_it_an_aim():
    evs = events("ألقي القبض على ستة من مليشيات الانقلاب أثناء محاولتهم التسلل إلى داخل مدينة الضالع لتنفيذ مجزرة "
                 "بحق الأبرياء أمس.", "2015-08-01")
    assert [e for e in evs if e["sub_event_type"] == "Attack" and e["status"] == "planned"]


def test_the_country_is_no_town_named_al_bilad():
    evs = events("ودعا الرئيس إلى الإسراع في استعادة السيطرة على باقي مدن البلاد من الانقلابيين.", "2015-08-10")
    assert not [e for e in evs if (e["location"] or {}).get("name_en") == "Al Bilād"]


def test_a_pluperfect_with_the_conjunction_written_apart():
    evs = events("قتل جنديان في العريش اليوم. و كانت الطائرات قد قصفت مواقع المسلحين في رفح قبل أسبوعين.", "2015-07-23")
    strike = next(e for e in evs if e["event_type"] == "Explosions/Remote violence")
    assert strike["background"]


def test_an_event_in_a_relative_clause_days_back_describes_a_thing():
    evs = events("استمر انقطاع الاتصالات لليوم الثالث بعد قصف وحدة الاتصالات في مبنى الاتصالات الذي سيطرت عليه المقاومة "
                 "قبل يومين في مدينة تعز.", "2015-07-23")
    took = next(e for e in evs if e["event_type"] == "Battles")
    assert took["background"] and took["evidence"]["background_rule"] == "background.relative"


def test_their_father_is_no_raid():
    assert not events("ينتظر أبناء أحد المسؤولين كشف مدى تورط ثلاثة مقيمين في وفاة والدهم المريض بالقلب في جدة.",
                      "2015-08-06")


def test_a_crowd_gathering_is_a_protest():
    e = one("وتجمع العشرات صباح الاحد أمام بوابات المسجد الاقصى وهم يحملون صور الطفل.", "2015-08-03")
    assert e["sub_event_type"] == "Peaceful protest" and e["date"] == "2015-08-02"
    assert not events("وقصفت الطائرات نقطة تجمع للمسلحين.", "2015-08-03") or all(
        e["event_type"] != "Protests" for e in events("وقصفت الطائرات نقطة تجمع للمسلحين.", "2015-08-03"))


def test_clashes_with_stone_throwing_protesters_are_a_riot():
    e = one("اندلعت اشتباكات أمس في المسجد الأقصى بين الشرطة الإسرائيلية وشبان ملثمين قاموا برشق الحجارة.", "2015-08-03")
    assert e["event_type"] == "Riots" and e["sub_event_type"] == "Violent demonstration"


def test_angry_football_fans_clashing_with_the_police_are_a_riot():
    evs = events("ألقت الشرطة المصرية القبض على 8 من جماهير نادي الزمالك الغاضبين بعد الاشتباك مع الأمن ومحاولتهم "
                 "الاعتداء على نادي الزمالك بمنطقة ميت عقبة بالجيزة عقب نهاية مباراة الفريق بالخسارة أمام غريمه "
                 "الأهلي.", "2015-07-24")
    assert any(e["event_type"] == "Riots" and "الاشتباك" in e["trigger"]["text"] for e in evs)
    assert not any(e["event_type"] == "Battles" and "الاشتباك" in e["trigger"]["text"] for e in evs)


def test_a_gunman_carrying_a_suicide_belt_is_no_bombing():
    evs = events("واضاف المصدر العسكري ان \"قتيلين وثلاثة جرحى في صفوف القوات المسلحة المالية سقطوا\" كما تم "
                 "\"قتل\" مسلح كان يحمل حزاما ناسفا في مدينة سيفاري.", "2015-08-07")
    assert not any(e["sub_event_type"] == "Suicide bomb" for e in evs)
    # the bomber who wore one and blew himself up is still a suicide bombing
    evs = events("وفجر انتحاري كان يرتدي حزاما ناسفا نفسه أمس داخل مسجد في مدينة أبها.", "2015-08-07")
    assert [e["sub_event_type"] for e in evs] == ["Suicide bomb"]


def test_hit_and_run_fighting_is_a_clash():
    e = one("وقال المتحدث إن جبهة صرواح شهدت أمس كرا وفرا بين المقاومة الشعبية والحوثيين.", "2015-08-03")
    assert (e["sub_event_type"], e["trigger"]["text"], e["date"]) == ("Armed clash", "كرا وفرا", "2015-08-02")


def test_a_foiled_bombing_is_disrupted_weapons_use_that_happened():
    e = one("وأحبطت قوات الأمن أمس محاولة لتفجير سيارة مفخخة في مدينة العريش.", "2015-08-03")
    assert (e["event_type"], e["sub_event_type"]) == ("Strategic developments", "Disrupted weapons use")
    assert (e["status"], e["evidence"]["status_rule"], e["date"]) == ("actual", "status.thwarted", "2015-08-02")
    e = one("وأفاد المصدر أن المقاومة الشعبية في تعز أحبطت أمس محاولات حوثية لتفجير منزلين في مديرية مشرعة وحدنان.",
            "2015-08-07")
    # the district (geoBoundaries, through its Latin name), not the city named before it
    assert e["sub_event_type"] == "Disrupted weapons use" and e["location"]["name_en"] == "Mashr'ah Wa Hadnan"
    # a bomb that went off is still an explosion
    e = one("وقتل خمسة جنود أمس في انفجار عبوة ناسفة في مدينة العريش.", "2015-08-03")
    assert e["sub_event_type"] == "Remote explosive/landmine/IED" and e["status"] == "actual"


def test_people_found_killed_are_an_attack():
    # police found dead: an attack on state forces, a battle in ACLED's taxonomy
    e = one("وأفادت تقارير بأنه تم العثور أمس على ضابطي شرطة مقتولين في إقليم شانلي أورفا.", "2015-08-03")
    assert (e["sub_event_type"], e["trigger"]["text"]) == ("Armed clash", "مقتولين")
    e = one("وعثر أمس على رجل مقتولا في منزله بمدينة الموصل.", "2015-08-03")
    assert (e["event_type"], e["location"]["name_en"]) == ("Violence against civilians", "Mosul")


def test_the_battlefields_are_no_battle():
    # «ميادين القتال», «جبهات القتال»: places of war in general, not a fight
    evs = events("وأكد الأهالي أن الحوثيين غرروا بأبنائهم ودفعوا بهم إلى ميادين القتال دون علم أهاليهم في محافظة ذمار.",
                 "2015-08-06")
    assert not any(e["trigger"]["text"] == "القتال" for e in evs)
    e = one("واندلع القتال أمس في مدينة أجدابيا قرب ميناء البريقة النفطي.", "2015-08-03")
    assert (e["sub_event_type"], e["date"]) == ("Armed clash", "2015-08-02")


def test_security_forces_detonating_bombs_is_disrupted_weapons_use():
    e = one("كما تمكنت قوات الأمن المصرية من تفجير 7 عبوات ناسفة جنوب الشيخ زويد أمس، خلال الحملة الأمنية.",
            "2015-08-10")
    assert (e["sub_event_type"], e["status"]) == ("Disrupted weapons use", "actual")
    # gunmen who managed to set off a car bomb bombed
    e = one("وتمكن المسلحون أمس من تفجير سيارة مفخخة قرب مقر للشرطة في بغداد.", "2015-08-10")
    assert e["event_type"] == "Explosions/Remote violence"


def test_an_explosion_at_a_site_is_the_bombing_told_later_in_its_city():
    evs = events(" كابل 25 شوال 1436 هـ الموافق 10 أغسطس 2015 م واس\n قتل أربعة أشخاص على الأقل وأصيب عشرة آخرون "
                 "بجروح في تفجير وقع اليوم على طريق مطار كابل الدولي .\n وأكد قائد الشرطة القضائية في العاصمة "
                 "الأفغانية كابل فريدون عبيدي مقتل الأشخاص الأربعة وإصابة العشرة الآخرون بجروح في هذه عملية انتحارية "
                 "استخدمت فيها سيارة مفخخة .\n من جهة أخرى أعلنت حركة \"طالبان\" الأفغانية مسؤوليتها عن هذا التفجير .",
                 "2015-08-10")
    assert [e["sub_event_type"] for e in evs] == ["Suicide bomb"]
    assert evs[0]["actor1"]["name_en"] == "Taliban" and evs[0]["fatalities"] == 4


def test_a_car_bomb_merged_with_an_explosion_is_not_absorbed_by_another_bombing():
    evs = events("قال شهود إن انفجارا ثالثا هز وسط كابل أمس. ولقي 20 من طلاب أكاديمية الشرطة في كابل أمس حتفهم في تفجير "
                 "انتحاري خارج أكاديمية شرطة كابل. وقتل 15 شخصًا على الأقل في انفجار سيارة مفخخة في العاصمة الأفغانية "
                 "كابل، صباح أمس.", "2015-08-08")
    tolls = sorted(e["fatalities"] for e in evs if e["event_type"] == "Explosions/Remote violence" and e["fatalities"])
    assert tolls == [15, 20]


def test_an_outlet_named_after_a_place_is_no_place():
    e = one("قالت شبكة شام إن قوات النظام حاولت فجر الاحد التقدم وسط قصف عنيف بصواريخ أرض أرض.", "2015-08-10")
    assert (e["location"] or {}).get("name_en") != "Levant"


def test_confronting_as_a_mission_is_no_clash():
    assert not events("أعلن الجيش النيجيري تعيين الجنرال إيليا أباه قائدًا للقوة العسكرية الإقليمية المكلفة التصدي لمتمردي "
                      "«بوكو حرام».", "2015-07-31")
    assert not events("ويبدو أن الحكومة اتخذت هذا القرار لسببين، أولهما القضاء على الميليشيات الحوثية في الحديدة.",
                      "2015-08-06")


def test_tahrir_square_and_liberation_fronts_are_no_territory_regained():
    evs = events("وخرج الآلاف في تظاهرة حاشدة في ساحة التحرير وسط بغداد أمس.", "2015-08-03")
    assert [e["event_type"] for e in evs] == ["Protests"]
    assert not events("وقال المتحدث باسم جبهة التحرير الوطني إن الحزب سيشارك في الانتخابات.", "2015-08-03")


def test_an_event_followed_by_clashes_in_one_phrase_keeps_the_place():
    evs = events("وأوضح مصدر أمني يمني أن هجوما بسيارتين مفخختين تبعه اشتباكات بالأسلحة الرشاشة، استهدف نقطة عسكرية "
                 "تابعة للواء 135 بحضرموت.", "2015-08-01")
    assert [e for e in evs if e["sub_event_type"] == "Remote explosive/landmine/IED"]


def test_a_trend_of_violence_is_no_event():
    assert not events("وسجلت أعمال العنف ارتفاعا كبيرا هذا العام في معظم أنحاء أفغانستان.", "2015-07-27")


def test_a_pluperfect_attack_with_its_own_day_is_not_merged_into_the_lead_clash():
    evs = events("لقي 13 عنصراً من المتمردين الحوثيين مصرعهم في اشتباكات بمدينة تعز. و كان 5 من الحوثيين قتلوا "
                 "صباح الأربعاء في هجوم على حاجز عسكري لهم شرق مدينة تعز.", "2015-07-23")
    clashes = sorted(e["date"] for e in evs if e["sub_event_type"] == "Armed clash")
    assert clashes == ["2015-07-22", "2015-07-23"]


def test_a_place_name_that_begins_with_lam_is_no_dative():
    """«ليجي» (Lice) is a name, not لـ + «يجي»: the car bomb is placed there, not in Diyarbakır, whose
    governor's office reports it."""
    e = one("وقال مكتب محافظ دياربكر في بيان أن سيارة مفخخة انفجرت في منطقة ليجي عند مرور الجنود في وقت "
            "متأخر من السبت.", "2015-07-26")
    assert e["location"]["name_en"] == "Lice" and e["location"]["country"] == "TR"
    assert e["date"] == "2015-07-25"


def test_an_earlier_exchange_of_fire_behind_a_recall_word_takes_the_place_after_it():
    evs = events("قصفت دبابات تركية الخميس مواقع لتنظيم داعش في سوريا بعد إطلاق نيران منها في وقت سابق أدى إلى "
                 "مقتل جندي تركي في كيليس (جنوب).", "2015-07-23")
    by_type = {e["sub_event_type"]: e for e in evs}
    assert by_type["Shelling/artillery/missile attack"]["location"]["name_en"] == "Syria"
    assert by_type["Armed clash"]["location"]["name_en"] == "Kilis"


def test_a_place_of_a_recalled_attack_is_not_the_next_killing_s():
    evs = events("وبعد يومين على الهجوم الذي أوقع 32 قتيلا ومئة جريح في سروج (جنوب) تبنت الحركة الكردية قتل "
                 "شرطيين تركيين وعثر عليهما مقتولين برصاصة في الرأس صباحا في بلدة تركية أخرى.", "2015-07-23")
    killing = [e for e in evs if not e["background"]]
    assert killing and all((e["location"] or {}).get("name_en") != "Suruç" for e in killing)


def test_an_armed_confrontation_in_the_singular_is_a_clash():
    e = one("قتل ثلاثة مسلحين في مواجهة مسلحة مع قوات الأمن في مدينة العريش أمس.", "2015-08-10")
    assert e["sub_event_type"] == "Armed clash" and e["location"]["name_en"] == "Arīsh"
    assert e["date"] == "2015-08-09"


def test_a_story_opened_by_a_topic_shift_takes_the_day_its_next_sentence_gives():
    evs = events("قتل شرطيان في هجوم مسلح في جنوب شرق تركيا اليوم. وفي سياق متصل أبطل خبراء متفجرات أتراك مفعول "
                 "عبوة ناسفة قرب مبنى الحزب الحاكم في العاصمة التركية أنقرة. وقام المواطنون أمس بإبلاغ الشرطة عقب "
                 "اشتباههم في صندوق قرب مبنى الحزب.", "2015-07-23")
    defused = [e for e in evs if e["sub_event_type"] == "Disrupted weapons use"]
    assert defused and defused[0]["date"] == "2015-07-22" and defused[0]["location"]["name_en"] == "Ankara"


def test_holding_hostages_is_an_abduction_not_an_arrest():
    evs = events("واقتحم مسلحون مركزاً للشرطة في ولاية البنجاب بشمال الهند، ما أسفر عن مقتل شخصين واحتجاز عدد غير "
                 "معروف من الرهائن.", "2015-07-27")
    kinds = {e["sub_event_type"] for e in evs}
    assert "Arrests" not in kinds and "Abduction/forced disappearance" in kinds


def test_a_liberation_movement_s_name_is_no_territory_regained():
    assert not events("ويتولى عرمان منصب الأمين العام للحركة الشعبية لتحرير السودان-شمال التي تمارس أنشطتها في "
                      "ولاية النيل الأزرق.", "2015-08-03")
    assert not events("وقال المتحدث باسم الجبهة الشعبية لتحرير الأحواز إن الحوار فشل.", "2015-08-03")


def test_a_night_coordinated_with_yesterday_morning_is_yesterday_s_night():
    e = one("وكثفت طائرات التحالف العسكري من غاراتها ليلًا وصباح أمس ضد مواقع المتمردين في قاعدة العند الجوية.",
            "2015-08-02")
    assert e["date"] == "2015-08-01"


def test_a_security_operation_with_a_toll_is_a_clash_and_a_destroyed_car_bomb_no_explosion():
    evs = events("لقي 22 مسلحاً من تنظيم داعش مصرعهم في عملية أمنية نفذتها قوات عراقية مشتركة استهدفت تجمعات التنظيم "
                 "في القاطع الشمالي لمدينة الرمادي اليوم. وأبان المصدر أن العملية أسفرت كذلك عن تدمير ست عجلات "
                 "وسيارة مفخخة.", "2015-08-09")
    kinds = [e["sub_event_type"] for e in evs]
    assert "Armed clash" in kinds and "Remote explosive/landmine/IED" not in kinds


def test_a_place_before_haythu_is_where_its_clause_happened():
    evs = events("وكثفت طائرات التحالف من غاراتها أمس ضد مواقع المتمردين في قاعدة العند الجوية، وفي محافظة لحج، فضلًا "
                 "عن تعز (جنوب غرب)، حيث قتل 47 متمردًا في معارك عنيفة، حسبما نقلت مصادر عسكرية.", "2015-08-02")
    clash = next(e for e in evs if e["sub_event_type"] == "Armed clash")
    assert clash["location"]["name_en"] == "Taiz"


def test_a_day_after_a_reporting_verb_and_its_long_subject_dates_the_report():
    e = one("قتل 25 مقاتلاً من المعارضة السورية خلال محاولة هجوم فاشلة على قاعدة عسكرية في محافظة حلب، حسبما "
            "أفاد المرصد السوري لحقوق الإنسان يوم أمس السبت.", "2015-08-02")
    assert e["evidence"]["date_rule"] == "date.report"


def test_a_nationwide_campaign_and_its_raids_in_one_city_are_two_events():
    evs = events("اعلن مكتب رئيس الحكومة التركية ان الشرطة اوقفت 251 شخصا في اطار حملة استهدفت افرادا يشتبه في "
                 "انتمائهم الى تنظيم داعش اطلقت الجمعة في كل انحاء البلاد. وافادت تقارير ان الشرطة داهمت منازل في "
                 "عدد من مناطق اسطنبول بحثا عن اعضاء في التنظيم المتطرف.", "2015-07-25")
    places = sorted(e["location"]["name_en"] for e in evs if e["sub_event_type"] == "Arrests")
    assert places == ["Istanbul", "Turkey"]


def test_a_strike_placed_by_the_previous_sentence_far_away_is_not_merged_into_another_town_s():
    evs = events("قصف طيران التحالف منزل قائد عسكري حوثي في مدينة عتق بمحافظة شبوة أمس. وفي مأرب قتل ثمانية حوثيين "
                 "في مواجهات مع المقاومة الشعبية. وفي السياق نفسه، قصف طيران التحالف مواقع الحوثيين في الجفينة.",
                 "2015-07-26")
    places = sorted(e["location"]["name_en"] for e in evs if e["sub_event_type"] == "Air/drone strike")
    assert places == ["Ataq", "Ma'rib"]


def test_the_previous_sentence_lends_its_finer_place():
    evs = events("وحمل المسؤول حزب العمال الكردستاني مسؤولية الهجوم الانتحاري الذي استهدف ليلا مركز شرطة في حي سلطان "
                 "بيلي على الضفة الاسيوية للبوسفور في اسطنبول. ولاحقا وقعت مواجهات بين المهاجمين والشرطة استمرت طوال "
                 "الليل.", "2015-08-10")
    clash = next(e for e in evs if e["sub_event_type"] == "Armed clash")
    assert clash["location"]["name_en"] == "Sultanbeyli"


def test_a_town_far_from_the_event_is_a_landmark_not_its_place():
    text = ("وأفاد حاكم ولاية لوغار حليم فداي، بأنّ انتحاريا فجّر شاحنته المفخخة أمام مركز للشرطة في بولي علم"
            " عاصمة الولاية الواقعة على مسافة مائة كلم جنوب كابول.")
    e = marsad.analyze(text, published="2015-08-06").to_dict()["events"][0]
    assert e["sub_event_type"] == "Suicide bomb" and e["location"]["name_en"] == "Logar Province"
    near = "قتل خمسة جنود في هجوم على حاجز للجيش على بعد 10 كيلومترات شمال بغداد."
    assert marsad.analyze(near, published="2015-08-06").to_dict()["events"][0]["location"]["name_en"] == "Baghdad"


def test_a_storming_suicide_bomber_is_one_suicide_bombing():
    text = ("وفي وقت مبكر من اليوم الاحد، اقتحم انتحاري بجرار مفخخ بطنين من المتفجرات مساء مركزا للدرك"
            " في محيط مدينة دوغوبيازيد في شرق البلاد بالقرب من الحدود الايرانية.")
    evs = marsad.analyze(text, published="2015-08-02").to_dict()["events"]
    assert [e["sub_event_type"] for e in evs] == ["Suicide bomb"]


@pytest.mark.parametrize("text, toll", [
    ("قتل جندي تركي وجرح سبعة آخرون عندما انفجر لغم ارضي في مدينة مديات.", 1),  # «وجرح سبعة»: wounded
    ("أعلنت سلطات دياربكر مقتل جنديين تركيين وجرح أربعة آخرين، أمس، في انفجار سيارة مفخخة.", 2),
    ("سقوط ضحايا مدنيين جراء الغارات التركية في العراق، اذ اكدت مصادر كردية مقتل عشرة مدنيين السبت.", 10),
])
def test_fatalities_skip_the_wounded_and_read_duals_and_plurals(text, toll):
    e = marsad.analyze(text, published="2015-08-02").to_dict()["events"][0]
    assert e["fatalities"] == toll


def test_a_pronoun_and_a_rank_call_back_the_event_told_before():
    text = ("واقتحم انتحاري بسيارة مفخخة مركزا للدرك في مدينة دوغوبيازيد شرق تركيا اليوم الاحد."
            " وهو اول هجوم من هذا النوع منذ سقوط الهدنة بين المتمردين الاكراد والجيش التركي قبل عشرة ايام.")
    evs = marsad.analyze(text, published="2015-08-02").to_dict()["events"]
    assert [e["sub_event_type"] for e in evs] == ["Suicide bomb"] and evs[0]["date"] == "2015-08-02"


def test_a_borrowed_place_in_another_country_is_not_the_same_place():
    from marsad.events.merge import _place_compatible
    iraq = {"entity": "Q796", "country": "IQ", "geo_precision": 3, "lat": 33.0, "lon": 44.0,
            "name_en": "Iraq", "country_name": "Iraq", "rule": "location.sentence"}
    town = {"entity": "gn:1", "country": "TR", "geo_precision": 1, "lat": 39.55, "lon": 44.08,
            "name_en": "Doğubayazıt", "rule": "location.previous_sentence"}
    assert not _place_compatible(iraq, town) and not _place_compatible(town, iraq)
    assert _place_compatible(iraq, dict(town, country="IQ", lat=36.3, lon=43.1))


def test_a_toll_between_two_days_is_an_aggregate_not_an_event():
    text = ("وبين الأول من يناير (كانون الثاني) و30 يونيو (حزيران) قتل 1592 شخصا وأصيب 3329 في أعمال العنف،"
            " على ما أعلنت بعثة الأمم المتحدة في أفغانستان.")
    assert marsad.analyze(text, published="2015-08-07").to_dict()["events"] == []


def test_an_event_told_over_two_days_is_no_aggregate():
    # «between Monday and today»: one abduction over two days, dated by its first day
    text = "خطفت جبهة النصرة بين يوم الاثنين واليوم (الثلاثاء) خمسة مقاتلين على الأقل من الفرقة 30 في مدينة إدلب."
    (e,) = marsad.analyze(text, published="2015-08-04").to_dict()["events"]
    assert (e["sub_event_type"], e["date"], e["location"]["name_en"]) == (
        "Abduction/forced disappearance", "2015-08-03", "Idlib")


def test_a_measure_and_a_place_named_martyr_are_no_toll():
    text = ("أسفر هجوم بشاحنة مفخخة في حي سكني في كابل عن سقوط ثمانية قتلى على الأقل صباح اليوم."
            " وأحدث الانفجار حفرة هائلة يبلغ عمقها نحو عشرة أمتار في حي شهيد، الواقع شرق العاصمة الأفغانية.")
    evs = marsad.analyze(text, published="2015-08-07").to_dict()["events"]
    assert [e["fatalities"] for e in evs] == [8]


def test_a_town_the_target_came_from_is_not_where_the_strike_hit():
    text = ("وأوضح المسؤول أن «الغارة دمرت سيارة تابعة لعناصر القاعدة قادمة من مدينة المكلا التي يسيطرون"
            " عليها عند وصولها إلى وادي ضيقة بلدة المحفد محافظة أبين».")
    e = marsad.analyze(text, published="2015-07-31").to_dict()["events"][0]
    assert e["location"]["name_en"] != "Mukalla" and e["location"]["country"] == "YE"
    near = "وقتل ثلاثة جنود في هجوم بالقرب من مدينة الرمادي غرب بغداد."
    assert marsad.analyze(near, published="2015-07-31").to_dict()["events"][0]["location"]["name_en"] == "Ramadi"


def test_a_drone_strike_and_the_strike_told_after_it_are_one_event():
    text = ("أفاد مسؤول حكومي بأن خمسة عناصر مفترضين من تنظيم القاعدة قتلوا أمس في غارة لطائرة بدون طيار"
            " يرجح أنها أمريكية فوق جنوب اليمن. وأوضح المسؤول أن «الغارة دمرت سيارة تابعة لعناصر القاعدة"
            " قادمة من مدينة المكلا التي يسيطرون عليها عند وصولها إلى وادي ضيقة بلدة المحفد محافظة أبين».")
    evs = marsad.analyze(text, published="2015-07-31").to_dict()["events"]
    assert len(evs) == 1 and evs[0]["location"]["name_en"] != "Mukalla"


def test_an_outlets_tag_line_is_no_event():
    text = ("أعربت الجمهورية العراقية عن استنكارها للتفجير الإرهابي الذي استهدف مسجد قوات الطوارئ بمنطقة عسير.\n"
            "سمات التفجير الإرهابي العراق مسجد قوات الطوارئ بمنطقة عسير وزارة الخارجية العراقية")
    evs = marsad.analyze(text, published="2015-08-09").to_dict()["events"]
    assert all((e["actor1"] or {}).get("name_en") != "Military Forces of Iraq" for e in evs)
    assert all(not e["sentence"]["text"].startswith("سمات") for e in evs)


def test_a_region_named_after_a_town_only_says_where_the_town_is():
    doc = marsad.analyze("وخلال الاشتباكات التي دارت مع عناصر الفرقة 30 في أطراف مدينة اعزاز بريف حلب الشمالي"
                         " أمس الأول، قتل 25 من مقاتلي جبهة النصرة.", published="2015-08-03", id="t")
    [e] = [e for e in doc.to_dict()["events"] if e["sub_event_type"] == "Armed clash"]
    assert e["location"]["name_en"] == "I‘zāz" and e["date"] == "2015-08-01"


def test_a_relational_adjective_of_a_trigger_word_is_no_event():
    for text in ("ولم يجتمع الثلاثي الهجومي للريال في الملعب خلال فترة الإعداد إلا نادرا.",
                 "يشار إلى أن هؤلاء الجنود يعملون هناك على نظام الدفاع الصاروخي باتريوت في تركيا."):
        doc = marsad.analyze(text, published="2015-08-10", id="t")
        assert doc.to_dict()["events"] == [], text


def test_fighting_that_goes_on_is_dated_by_publication_not_by_the_lead():
    text = ("تمكنت المقاومة الشعبية والجيش أمس الأحد من السيطرة على بلدتين في محافظة لحج جنوبي اليمن."
            " وبيّن المصدر أن مليشيا الحوثي تقوم بقصف منازل المواطنين في دار سعد بمدينة عدن.")
    doc = marsad.analyze(text, published="2015-07-27", id="t")
    [e] = [e for e in doc.to_dict()["events"] if e["sub_event_type"] == "Shelling/artillery/missile attack"]
    assert e["date"] == "2015-07-27" and e["evidence"]["date_rule"] == "date.published"


def test_a_failed_takeover_is_no_ground_taken():
    doc = marsad.analyze("وتمكنت المقاومة والجيش الأسبوع الماضي من تحرير مدينة عدن، بعد معارك عنيفة لأكثر من ثلاثة"
                         " أشهر أخفق فيها الحوثيون وصالح من السيطرة على المدينة.", published="2015-07-27", id="t")
    subs = [e["sub_event_type"] for e in doc.to_dict()["events"]]
    assert "Government regains territory" in subs and "Non-state actor overtakes territory" not in subs


def test_a_land_word_with_a_country_adjective_is_that_country():
    # «في الأراضي السورية»: the strike is in Syria, not in the United States that carried it out
    e = one("أكد البنتاغون الاثنين أن الولايات المتحدة نفذت أول غارة جوية لها في الأراضي السورية «للدفاع» "
            "عن مجموعة من المقاتلين المعارضين.", "2015-08-04")
    assert (e["location"]["name_en"], e["location"]["rule"], e["location"]["text"]) == \
        ("Syria", "location.territory", "الأراضي السورية")
    e = one("وقصفت المقاتلات التركية مواقع لحزب العمال داخل الأراضي العراقية أمس.", "2015-07-26")
    assert e["location"]["country"] == "IQ" and e["location"]["geo_precision"] == 3
    # a town of that country named in the sentence stays the place
    e = one("وقصفت الطائرات مواقع لداعش في بلدة تل أبيض داخل الأراضي السورية.", "2015-07-26")
    assert e["location"]["name_en"] == "Tall Abyaḑ"


def test_the_leads_event_day_dates_an_undated_incident_not_the_day_of_the_report():
    text = ("أكدت مساء أمس الأربعاء سفارة المملكة لدى الأردن أنه لا صحة لما يتم تداوله عن مقتل مواطن سعودي "
            "في منطقة إربد شمال الأردن يوم أمس الأول. "
            "وأوضح المتحدث باسم مديرية الأمن العام أن الحادثة وقعت على طريق زراعي في إربد، وأن المغدور تلقى "
            "عدة طعنات بأداة حادة.")
    e = next(e for e in events(text, "2015-08-06") if e["trigger"]["text"] == "طعنات")
    assert e["event_type"] == "Violence against civilians"
    assert e["date"] == "2015-08-04"  # «يوم أمس الأول», the day of the killing, not the embassy's Wednesday


def test_killing_civilians_soldiers_and_police_is_an_event_but_a_road_accident_is_not():
    e = one("وقالت مصادر طبية أمس الأربعاء إن القوات الأفريقية قتلت المدنيين في مدينة مركة الساحلية جنوب الصومال.")
    assert (e["event_type"], e["sub_event_type"]) == ("Violence against civilians", "Attack")
    assert e["location"]["country"] == "SO" and e["date"] == "2015-07-22"
    e = one("وتبنت الحركة الانفصالية الكردية قتل شرطيين في مدينة ديار بكر على الحدود مع سوريا.")
    assert e["event_type"] == "Battles" and e["actor2"] is None or "Police" not in (e["actor1"] or {}).get("name_en", "")
    e = one("أعلنت وزارة الداخلية المصرية مقتل شرطي في مدينة العريش.")
    assert e["event_type"] == "Battles" and e["actor1"] is None  # the ministry lost him; it did not kill him
    assert events("ولقي جنديان مصرعهما في حادث مروري على الطريق الدولي قرب مدينة العريش.") == ()


def test_places_subjected_to_shelling_far_before_it_were_shelled_not_aimed_at():
    text = ("من جهة أخرى تعرضت مناطق في قريتي الحلوة والروضة في ناحية ربيعة، بريف اللاذقية الشمالي، لقصف جوي، "
            "ومعلومات عن خسائر بشرية.")
    e = one(text, "2015-08-11")
    assert (e["sub_event_type"], e["status"]) == ("Air/drone strike", "actual")
    evs = events("وتعرضت المدينة لقصف عنيف، وأعلنت القوات استعدادها لاقتحام المدينة.", "2015-08-11")
    assert {e["status"] for e in evs if e["trigger"]["text"] == "لاقتحام"} <= {"planned"}


def test_until_after_midnight_dates_the_fighting_it_ends():
    e = one("فيما استمرت الاشتباكات العنيفة إلى ما بعد منتصف ليل امس بين الفرقة الرابعة وحزب الله في مدينة الزبداني.",
            "2015-08-11")
    assert (e["date"], e["evidence"]["date_rule"]) == ("2015-08-10", "date.sentence")


def test_each_item_of_a_run_on_roundup_is_its_own_event():
    text = ("تستمر الاشتباكات العنيفة بين قوات النظام والفصائل المعارضة في محيط بلدة المنصورة بسهل الغاب في ريف "
            "حماة الشمالي الغربي، وسط استمرار القصف المتبادل بين الطرفين، ومعلومات عن خسائر بشرية في صفوف الطرفين، "
            "في حين ألقى الطيران المروحي برميلين متفجرين على مناطق في مدينة حلب، "
            "بينما قصف الطيران المروحي بالبراميل المتفجرة أماكن في مدينة إدلب، "
            "كما تعرضت أماكن في مدينة درعا لقصف جوي، ما أدى لسقوط عدد من الجرحى.")
    strikes = [e for e in events(text, "2015-08-09") if e["sub_event_type"] == "Air/drone strike"]
    assert sorted(e["location"]["name_en"] for e in strikes) == ["Aleppo", "Dar‘ā", "Idlib"]
    for e in strikes:
        assert text[e["sentence"]["start"]:e["sentence"]["end"]] == e["sentence"]["text"]


def test_a_place_measured_from_is_not_the_events_place_and_a_foreign_g_may_be_jim():
    # «لوجار» is «لوغار» (Logar); «جنوب كابول» says where Logar is
    e = one("قتل ستة أشخاص أمس في عملية انتحارية نفذتها طالبان واستهدفت مركزا للشرطة في بولي علم عاصمة ولاية "
            "لوجار جنوب كابول.", "2015-08-07")
    assert (e["sub_event_type"], e["location"]["name_en"], e["date"]) == ("Suicide bomb", "Logar Province", "2015-08-06")
    e = one("قتل خمسة أشخاص في انفجار عبوة ناسفة في جنوب كابول أمس.", "2015-08-07")
    assert e["location"]["name_en"] == "Kabul"  # «في جنوب كابول»: in Kabul's south


def test_the_verb_of_catching_with_its_subject_before_ala_is_an_arrest():
    e = one("واستنادا إلى معلومات استخبارية قبضت القوات الأمنية على 76 عنصرا من التنظيم أثناء محاولتهم الهرب من "
            "الفلوجة.", "2015-08-06")
    assert (e["sub_event_type"], e["location"]["name_en"]) == ("Arrests", "Al Fallūjah")
    # a grip tightened on a city is no arrest
    assert not any(e["sub_event_type"] == "Arrests" for e in events(
        "وأحكمت المقاومة الشعبية قبضتها تماما على عدن بدخولها القصر الجمهوري.", "2015-08-06"))


def test_a_place_measured_from_after_a_comma_is_not_the_events_place():
    # «وفي محافظة الضالع، شمال عدن»: al-Dhale lies north of Aden
    e = one("وفي محافظة الضالع، شمال عدن، أعلن المتحدث باسم القوات الموالية ناصر الشعيبي مقتل أربعة متمردين في "
            "كمين.", "2015-07-27")
    assert (e["event_type"], e["location"]["name_en"]) == ("Battles", "Dhale Governorate")


def test_an_attack_by_a_warplane_is_an_air_strike_placed_by_the_town_it_points_back_to():
    text = ("واندلع القتال أول أمس السبت في بلدة أجدابيا قرب ميناء البريقة النفطي وهاجمت طائرة حربية مواقع "
            "يشتبه في أنها تابعة للمسلحين جنوبي البلدة.")
    strike = next(e for e in events(text, "2015-08-03") if e["event_type"] == "Explosions/Remote violence")
    assert strike["sub_event_type"] == "Air/drone strike" and strike["date"] == "2015-08-01"
    assert strike["location"]["name_en"] == "Ajdabiya" and strike["location"]["rule"] == "location.town_anaphor"
    e = one("وقالت المصادر إن هجوما جويا استهدف مواقع المسلحين في مدينة درنة أمس.", "2015-08-03")
    assert (e["sub_event_type"], e["location"]["name_en"]) == ("Air/drone strike", "Darnah")


def test_that_area_after_the_trigger_is_the_place_last_named():
    # «ويقصف اللواء المتمركز في تلك المنطقة»: the place named before, not another sentence's
    text = ("وفي محافظة أبين أبلغ مصدر قبلي أن معارك عنيفة تدور في منطقة الكود، حيث تتقدم المقاومة بغطاء جوي "
            "كثيف من قوات التحالف العربي نحو محطة باشافعي، حيث يجري الطيران تمشيط الخط الساحلي ويقصف اللواء "
            "المتمركز في تلك المنطقة.")
    strike = next(e for e in events(text, "2015-08-07") if e["event_type"] == "Explosions/Remote violence")
    assert strike["sub_event_type"] == "Air/drone strike" and strike["location"]["name_en"] == "Abyan Governorate"
    assert strike["location"]["rule"] == "location.area_anaphor"
    # «المنطقة» with no demonstrative points back to nothing
    e = one("وقتل ثلاثة مسلحين في اشتباكات مع الجيش في المنطقة الشرقية من محافظة درنة أمس.", "2015-08-03")
    assert e["evidence"]["location_rule"] != "location.area_anaphor"


def test_a_definite_town_noun_with_no_town_named_after_it_places_nothing():
    e = one("وقتل ثلاثة مسلحين في اشتباكات مع الجيش داخل المدينة أمس في محافظة درنة.", "2015-08-03")
    assert e["evidence"]["location_rule"] != "location.town_anaphor"


def test_dawn_before_a_day_reference_is_no_detonation():
    evs = events("وقتل 13 من عناصر التمرد أثناء محاولتهم التسلل صوب المناطق القروية في محافظة الضالع فجر أول من أمس.",
                 "2015-08-04")
    assert [e["event_type"] for e in evs] == ["Battles"] and evs[0]["date"] == "2015-08-02"


def test_state_forces_arrest_at_home_not_where_the_suspect_sent_fighters():
    e = one("أوقفت المديرية العامة للأمن العام اللبناني (ع.ك) لانتمائه إلى تنظيم جبهة النصرة ونقل الأموال "
            "والمقاتلين إلى سوريا للقتال لصالح التنظيم.", "2015-08-08")
    assert e["sub_event_type"] == "Arrests" and e["location"]["country"] == "LB"
    assert e["location"]["rule"] == "location.actor_country"


def test_a_gunshot_is_an_attack_and_the_one_subjected_to_it_is_its_target():
    e = one("وقتل شاب بطلق ناري في حي الشيخ مقصود بمدينة حلب أمس.", "2015-08-11")
    assert (e["event_type"], e["sub_event_type"], e["date"]) == ("Violence against civilians", "Attack", "2015-08-10")
    e = one("أصيب أحد أفراد دوريات الأمن بالرياض إثر تعرضه لطلق ناري أطلقه قائد مركبة في شارع التخصصي.", "2015-07-24")
    assert e["event_type"] == "Battles" and e["actor1"] is None and e["actor2"]["inter"] == 1
    assert events("وأطلق المحتفلون أعيرة نارية في الهواء ابتهاجا بالفوز.", "2015-07-24") == ()


def test_bombs_an_aircraft_drops_are_an_air_strike():
    evs = marsad.analyze("وألقت طائرات النظام الحربية قنابل على بلدة أريحا في ريف إدلب.",
                         published="2015-08-03").to_dict()["events"]
    (e,) = evs
    assert (e["sub_event_type"], e["weapon"], e["location"]["name_en"]) == ("Air/drone strike", "air", "Arīḩā")
    assert e["actor1"]["name_en"] == "Military Forces of Syria"
    # a bomb planted by the road stays an explosive device
    (e,) = marsad.analyze("وانفجرت قنبلة زرعت على جانب الطريق قرب دورية للجيش في الرمادي.",
                          published="2015-08-03").to_dict()["events"]
    assert e["sub_event_type"] == "Remote explosive/landmine/IED"


def test_a_date_set_off_by_commas_dates_the_sentence_not_a_relative_clause_far_after():
    # «، أمس،» is an adverbial of the sentence; «منذ الأسبوع الماضي» belongs to the rebels' resumption
    e = one("قتل 3 من أفراد الشرطة التركية ومدني، أمس، في هجوم في جنوب شرق تركيا تم نسبه إلى المتمردين"
            " الأكراد الذين استأنفوا منذ الأسبوع الماضي عملياتهم ضد السلطات.", "2015-08-06")
    assert e["date"] == "2015-08-05" and e["time_precision"] == 1


def test_what_help_is_sent_for_is_planned_not_done():
    e = one("وقال إن المقاومة تحتاج إلى غطاء جوي من قبل قوات التحالف ليساعدها في اقتحام مطار تعز.", "2015-08-03")
    assert e["status"] == "planned" and e["date"] is None
    e = one("وأرسلت الحكومة تعزيزات لمساعدة الجيش في استعادة مدينة الرمادي.", "2015-08-03")
    assert e["status"] == "planned"
    # help given for an act that happened
    e = one("وساعدت الطائرات الجيش في استعادة مدينة الرمادي أمس.", "2015-08-03")
    assert e["status"] == "actual" and e["date"] == "2015-08-02"


def test_bombings_someone_is_accused_of_planning_are_planned():
    e = one("حاولت امرأة التخلص من زوج ابنتها بتقديم بلاغ لرئيس مباحث مركز قليوب، تتهمه فيه بالتخطيط للقيام"
            " بتفجيرات يوم 6 بالشهر الجاري.", "2015-08-06")
    assert e["status"] == "planned" and e["date"] is None
    e = one("وقال إن الجماعة جاءت للقيام بتفجيرات في المدينة.", "2015-08-06")
    assert e["status"] == "planned"


def test_a_town_refines_a_countryside_side_only_on_that_side():
    """A town said in the sentence names where in «ريف دمشق الغربي» the shelling was only if it lies
    west of Damascus (Zabadani), not Harasta, east of it, whose explosion the sentence also tells."""
    from marsad.events.merge import _refines

    west = {"entity": "cur:rif-dimashq#W", "lat": 33.57175, "lon": 36.2408, "geo_precision": 2}
    harasta = {"lat": 33.5586, "lon": 36.365, "geo_precision": 1}
    zabadani = {"lat": 33.7247, "lon": 36.1003, "geo_precision": 1}
    assert not _refines(harasta, west) and _refines(zabadani, west)
    evs = events("قضى رجل من مدينة حرستا اثر انفجار في مستودع للمحروقات في حرستا بالغوطة الشرقية، بينما "
                 "قصفت قوات النظام مناطق في بلدة بيت جن بريف دمشق الغربي، دون أنباء عن إصابات.", "2015-07-24")
    shelling = next(e for e in evs if e["sub_event_type"] == "Shelling/artillery/missile attack")
    assert shelling["location"]["name_en"] == "western Rif Dimashq"


def test_a_speaker_s_university_is_no_event_place():
    evs = events("أقدمت قوات حوثية على اعتقال عدد من كبار ضباط الحرس الجمهوري في اليمن. وقال أستاذ العلوم "
                 "السياسية بجامعة تعز صالح اليافعي إن الخلافات تتزايد.", "2015-08-08")
    arrest = next(e for e in evs if e["sub_event_type"] == "Arrests")
    assert arrest["location"]["name_en"] != "Taiz"


def test_a_sentence_that_gives_the_news_its_context_tells_background():
    evs = events("اصيب عشرة من رجال الشرطة في تفجيرين ليلة الجمعة في جنوب شرق تركيا. تأتي هذه الحوادث وسط موجة "
                 "عنف حيث قتل 32 شخصًا يوم الاثنين الماضي جراء تفجير انتحاري وقع في مدينة سوروتش.", "2015-07-26")
    bomb = next(e for e in evs if e["sub_event_type"] == "Suicide bomb")
    assert bomb["background"] and bomb["evidence"]["background_rule"] == "background.context"
    assert not next(e for e in evs if e["sub_event_type"] != "Suicide bomb")["background"]


def test_a_recalled_event_named_again_without_a_day_is_the_same_background_event():
    evs = events("وفي الثاني من آب/اغسطس 2014 خطف مسلحون قدموا من سورية عددا من عناصر الجيش اللبناني في بلدة "
                 "عرسال. وقتل الخاطفون اربعة من الرهائن في بلدة عرسال ولا يزالون يحتفظون ب25 منهم.", "2015-07-25")
    abductions = [e for e in evs if e["sub_event_type"] == "Abduction/forced disappearance"]
    assert len(abductions) == 1 and abductions[0]["background"] and abductions[0]["date"].startswith("2014")


def test_any_attack_is_no_event_unless_denied():
    """«أي» right before the trigger: any attack, none that took place (rule status.any; the stage
    keeps no such mention), while a negated one stays a denial."""
    for text in ("وقال الغامدي إن رجال حرس الحدود قادرون على صد أي اعتداء على المملكة.",
                 "وقال المتحدث إن الجيش قادر على صد أي هجوم على مدينة تعز."):
        doc = marsad.analyze(text, published="2015-07-24", id="t")
        assert doc.to_dict()["events"] == [], text
    doc = marsad.analyze("ونفى الجيش وقوع أي هجوم على مدينة تعز.", published="2015-07-24", id="t")
    assert [e["status"] for e in doc.to_dict()["events"]] == ["denied"]


def test_no_truth_denies_only_its_own_clause():
    """«لا صحة» denies what follows it in its clause; a trigger after a comma and a new claim is not denied."""
    text = ("وقال إن عدن أصبحت محررة ولا صحة لوجود بقايا للحوثي والزيارة دليل على ذلك، والتأكيد أن عملية"
            " تحرير عدن انتهت وبدأت عملية تحرير لحج.")
    assert "denied" not in [e["status"] for e in events(text, "2015-08-06")]
    evs = events("وقال المتحدث: لا صحة لما تردد عن قصف الطائرات لمدينة تعز.", "2015-08-06")
    assert [e["status"] for e in evs] == ["denied"]


def test_a_generic_attack_dated_apart_from_a_specific_one_is_its_own_event():
    text = ("شهدت مدينة مروة أقصى شمال الكاميرون هجوما جديدا مساء السبت نفذته فتاة في حوالى الثانية عشرة"
            " من العمر واسفر عن سقوط عشرين قتيلا وهو يحمل بصمات جماعة بوكو حرام الاسلامية النيجيرية، بعد"
            " تفجيرين انتحاريين وقعا الاربعاء.")
    dates = sorted((e["date"], e["trigger"]["text"]) for e in events(text, "2015-07-26"))
    assert dates == [("2015-07-22", "تفجيرين انتحاريين"), ("2015-07-25", "هجوما")]


def test_an_actual_event_takes_no_day_still_ahead():
    """A later day in the sentence dates another act («الاحتفالات المقررة غدا»), not a raid that took
    place; a planned act keeps its day ahead."""
    e = one("شنت قوات الأمن المصرية حملة دهم لأحياء عدة في مدينة العريش في إطار تأمين احتفالات قناة"
            " السويس الجديدة المقررة غدا.", "2015-08-06")
    assert e["status"] == "actual" and e["date"] == "2015-08-06"
    from marsad.events.dates import begins_after
    import datetime as dt
    day = dt.date(2015, 7, 24)
    assert [begins_after(v, day) for v in ("2015-W29", "2015-W31", "2015-07-25", "2015-08", "2015")] \
        == [False, True, True, True, False]


def test_a_similar_or_another_attack_is_a_further_event():
    text = ("وأفاد مصدر أمني عراقي بمصرع شخص وإصابة سبعة آخرين بانفجار عبوة ناسفة، قرب مرآب للسيارات في منطقة"
            " الحسينية شمال شرقي بغداد. وأضاف المصدر: كما قتل شخص وأصيب خمسة آخرون بتفجير مماثل في منطقة"
            " الطوبجي، شمال غربي بغداد.")
    ieds = [e for e in events(text, "2015-08-11") if e["sub_event_type"] == "Remote explosive/landmine/IED"]
    assert len(ieds) == 2
    from marsad.events.stage import _another
    from marsad.events.view import build_view
    from marsad.pipeline import Pipeline
    from marsad.model import Document
    doc = Pipeline.from_names(["tokens", "sentences", "entities", "times", "quotes"]).run(
        Document.from_text("أقدم الحزب على تفجير آخر نفق يربط المدينة. ووقع هجوم آخر في المدينة."))
    view = build_view(doc)
    at = {s: i for i, s in enumerate(view.stems)}
    assert not _another(view, at["تفجير"] + 1, len(view.stems))  # «آخر نفق»: the last tunnel
    assert _another(view, at["هجوم"] + 1, len(view.stems))


def test_clashes_with_both_sides_and_civilians_hit_stay_clashes():
    e = one("وفي محافظتي لحج وأبين، قتل 9 من مسلحي الحوثيين و6 من مقاتلي المقاومة، إضافة إلى عشرات الجرحى من"
            " الطرفين والمدنيين، خلال 24 ساعة من الاشتباكات.", "2015-08-03")
    assert e["sub_event_type"] == "Armed clash"
