#!/usr/bin/env python3
"""Writes district.json: the fictional district 青溪区 for 2025, in format fulian-rules/district@1.

Every place, unit and person here is invented. The district is built so that each of the 38
requirements (revision 2) is met by some subject and failed by another where the kind of subject
allows it; the thirteen requirements with the district federation as their only subject, and FL-2.5a
with the activity centre, fail here and are shown met in the scenario suite. The comments next to
each choice say which requirement it exercises, and the boundaries the catalogue names are here too:
30,001 resident women with 31 executive members, exactly 90 days between two elections, exactly 90
days of research, exactly 30 days of stationed work.

It follows the conventions of the input format: every member of an executive committee, officers
included, has an EXECUTIVE_MEMBER position; an outstanding representative counts only as a woman;
work running over New Year gives the period only its days inside it.

Five DATA findings are deliberate: a new group whose number of women is not recorded, a community
whose residents' committee election is not on record, and three of revision 3 (unknown is not "no"):
a commercial building whose women's work station is not recorded (NOT_RECORDED), a stint of
stationed work recorded with zero days (ZERO_DAYS), and a public-welfare activity recorded against
the district federation instead of its activity centre (WRONG_SUBJECT). A yes/no or list left out is
not recorded (revision 3), so every other one is written out, false and [] included.

Run from anywhere: python3 examples/sample/make_sample.py (the output is deterministic).
"""
import datetime as dt
import json
import random
from pathlib import Path

OUT = Path(__file__).with_name("district.json")
rnd = random.Random(20250101)

SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁"
            "任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")
WOMEN = ("芳 秀英 丽 敏 静 丹 婷 玉兰 桂英 红梅 晓燕 雪 慧 颖 佳 琳 倩 洁 雯 霞 娟 萍 燕 艳 蓉 薇 璐 悦 欣怡 梓涵 "
         "诗涵 雨桐 思琪 晓红 春梅 秋菊 冬梅 海燕 美玲 淑芬 凤英 素珍 晓敏 丽华 文静 雅琴 惠兰 彩霞 月娥 翠萍").split()
MEN = "伟 强 磊 军 勇 杰 涛 斌 超 明 建国 志强 海涛 建华 国庆 卫东 文斌 振华".split()

doc = {
    "format": "fulian-rules/district@1",
    "name": "青溪区妇联 2025 年度改革落实情况（虚构示例）",
    "period": {"start": "2025-01-01", "end": "2025-12-31"},
    "federations": [], "people": [], "womensHomes": [], "units": [], "buildings": [],
    "activityCentres": [], "womensGroups": [], "activities": [], "waivers": [],
}
counter = {"person": 0, "activity": 0}


def name(woman=True):
    return rnd.choice(SURNAMES) + rnd.choice(WOMEN if woman else MEN)


def person(positions, woman=True, **fields):
    """Adds a person holding positions [(federationId, role), ...]; returns the id."""
    counter["person"] += 1
    pid = "p-%04d" % counter["person"]
    record = {"id": pid, "name": name(woman), "gender": "FEMALE" if woman else "MALE"}
    # A yes/no the model records as unknown when left out (revision 3) is written even when false.
    record.update({k: v for k, v in fields.items() if v is not None and (v is not False or k == "substantiveRank")})
    record["positions"] = [{"federationId": f, "role": r} for f, r in positions]
    doc["people"].append(record)
    return pid


def activity(kind, subject, date, days=None):
    counter["activity"] += 1
    record = {"id": "act-%04d" % counter["activity"], "type": kind, "subjectId": subject, "date": str(date)}
    if days is not None:
        record["days"] = days
    doc["activities"].append(record)


def day(text):
    return dt.date.fromisoformat(text)


def spread(total, parts):
    """total days in parts pieces of at least one day each, summing exactly to total."""
    cuts = sorted(rnd.sample(range(1, total), parts - 1)) if parts > 1 else []
    return [b - a for a, b in zip([0] + cuts, cuts + [total])]


def work_days(kind, pid, total, year=2025):
    """Research or stationed work of total days in the year, in a few stints."""
    if total == 0:
        return
    stints = spread(total, 3 if total >= 60 else 2 if total >= 20 else 1)
    for i, d in enumerate(stints):
        activity(kind, pid, dt.date(year, 2 + 3 * i, 3 + 7 * i), d)


ALL_HAVES = ["VENUE", "CORE_VOLUNTEERS", "FUNDING", "SERVICE_EQUIPMENT", "STANDING_MECHANISM",
             "SIGNATURE_ACTIVITIES", "RECORDS_LEDGER"]
ALL_SERVICES = ["RIGHTS_PROTECTION", "ENTREPRENEURSHIP_EMPLOYMENT", "FAMILY_BUILDING", "HARDSHIP_ASSISTANCE"]


def home(hid, home_name, federation, missing_haves=(), missing_services=(), demonstration=False,
         platform=("PUBLIC_SERVICE",), platform_year=2025):
    record = {"id": hid, "name": home_name, "federationId": federation,
              "haves": [h for h in ALL_HAVES if h not in missing_haves],
              "services": [s for s in ALL_SERVICES if s not in missing_services]}
    if demonstration:
        record["demonstration"] = True
    doc["womensHomes"].append(record)
    for i, kind in enumerate(platform):  # FL-4.4d
        activity(kind, hid, dt.date(platform_year, 3 + 3 * i, 12 + i))


# ---------------------------------------------------------------- the district federation
D = "qx"
doc["federations"].append({"id": D, "level": "DISTRICT", "name": "青溪区妇联", "parentId": None,
                           "residentWomen": 236500})

# Leadership. Standing members are executive members too; 3 of the 12 standing members are
# outstanding representatives only 2 of the 12 standing members are outstanding representatives
# (16.7% < 20%: FL-2.1c violated, one short).
chair = person([(D, "CHAIR"), (D, "EXECUTIVE_MEMBER"), (D, "STANDING_MEMBER"), (D, "LEADING_CADRE"),
                (D, "CONGRESS_DELEGATE")], rank="DIVISION_CHIEF", substantiveRank=True)
vice = [person([(D, "FULL_TIME_VICE_CHAIR"), (D, "EXECUTIVE_MEMBER"), (D, "STANDING_MEMBER"),
                (D, "LEADING_CADRE"), (D, "CONGRESS_DELEGATE")], rank="DEPUTY_DIVISION_CHIEF", substantiveRank=True)
        for _ in range(2)]
party_member = person([(D, "LEADING_CADRE"), (D, "EXECUTIVE_MEMBER"), (D, "STANDING_MEMBER")],
                      rank="DEPUTY_DIVISION_CHIEF", substantiveRank=True)
# FL-2.4a: 3 part-time vice-chairs where 4 are asked in principle: a violation, waived below.
# FL-2.4b: two are women (met), one is a man (violation).
part_time = [person([(D, "PART_TIME_VICE_CHAIR"), (D, "EXECUTIVE_MEMBER"), (D, "STANDING_MEMBER")],
                    woman=w, outstandingRepresentative=w) for w in (True, True, False)]
for _ in range(5):
    person([(D, "EXECUTIVE_MEMBER"), (D, "STANDING_MEMBER")])
# FL-2.1b: 40 executive members, 14 of them recorded as outstanding (2 vice-chairs + 12); one of those is a
# man, who does not count among the representatives "of working women and intellectual women" (revision 2):
# 13 of 40, 32.5% < 40%, three short.
for i in range(28):
    person([(D, "EXECUTIVE_MEMBER")], woman=i % 9 != 4, outstandingRepresentative=i < 12)

# FL-2.1a: 50 congress delegates (the chair and two vice-chairs among them), 39 outstanding:
# 78%, one short of 80% (the boundary, 40 of 50, is met in the scenarios). FL-2.2a: three delegates without a contact in 2025.
delegates = [chair] + vice
for i in range(47):
    delegates.append(person([(D, "CONGRESS_DELEGATE")], outstandingRepresentative=i < 39))
for i, pid in enumerate(delegates):
    if i in (10, 33):
        continue                                             # no contact at all
    if i == 45:
        activity("DELEGATE_CONTACT", pid, day("2024-12-18"))  # before the period: does not count
        continue
    for k in range(1 + i % 3):
        activity("DELEGATE_CONTACT", pid, dt.date(2025, 2 + 4 * k, 5 + i % 20))

# FL-3.1a: days of grassroots research and women's work of the leading cadres: 90 (exactly three months),
# 96, 75 (short), 105. The first vice-chair's 96 are 80 of research and 16 of a 32-day stint of
# women's work from 2025-12-16, whose other 16 days belong to 2026; the party-group member's 105 are
# 60 of research and 45 of women's work.
for pid, research in zip([chair] + vice + [party_member], (90, 80, 75, 60)):
    work_days("GRASSROOTS_RESEARCH", pid, research)
activity("GRASSROOTS_WOMENS_WORK", vice[0], day("2025-12-16"), 32)
activity("GRASSROOTS_WOMENS_WORK", party_member, day("2025-11-03"), 45)
# FL-3.2a: stationed days of the office cadres; 30 is exactly one month; 18 falls short; the last
# cadre's only stint was in November 2024, outside the period.
# FL-3.2b: each office cadre paired with a family in hardship, from the day given for the days given;
# the seventh has no pairing and the eighth's pairing ended on 2024-12-31: two warnings.
PAIRINGS = [("2024-09-01", 365), ("2025-01-10", 365), ("2024-03-01", 731), ("2025-06-01", 365),
            ("2023-12-01", 400), ("2025-02-15", 365), None, ("2024-01-01", 366)]
office_cadres = []
for i, total in enumerate((30, 34, 41, 45, 31, 38, 18, 0)):
    pid = person([(D, "OFFICE_CADRE")], woman=i != 2, rank="SECTION_MEMBER", substantiveRank=True)
    work_days("STATIONED_WORK", pid, total)
    if i == 7:
        activity("STATIONED_WORK", pid, day("2024-11-04"), 30)
    if PAIRINGS[i]:
        activity("HARDSHIP_PAIRING", pid, day(PAIRINGS[i][0]), PAIRINGS[i][1])
    office_cadres.append(pid)

# Task 1. FL-1.1a: one reform report in 2025 (the other was in December 2024): short of 2.
activity("REFORM_REPORT", D, day("2024-12-20"))
activity("REFORM_REPORT", D, day("2025-07-08"))
# FL-1.2a: three of the four kinds of party activity in 2025; no party-conduct and integrity
# activity was recorded, and one "两学一做" activity is no regular practice (revision 3: fewer than
# partyStudySessionsPerYear): a warning naming both.
activity("TWO_STUDIES_ONE_ACTION", D, day("2025-03-12"))
activity("THEME_EDUCATION", D, day("2025-05-20"))
for month in range(1, 13):
    activity("ORGANIZATIONAL_LIFE", D, dt.date(2025, month, 15))
activity("INTEGRITY_BUILDING", D, day("2024-09-10"))   # the year before: does not count
# FL-2.3a: the last executive training class was in November 2024: a warning for 2025.
# FL-2.3b: the committees' working rules were never revised: a warning.
activity("EXECUTIVE_TRAINING", D, day("2024-11-20"))
# FL-5.1a: the only themed publicity was in November 2024: a warning for 2025.
activity("THEMED_PUBLICITY", D, day("2024-11-08"))
# FL-1.2b: the last cadre education under the "三严三实" was in October 2024: a warning for 2025.
activity("STRICT_AND_SOLID_EDUCATION", D, day("2024-10-15"))
# FL-3.2c: "下基层、访妇情、办实事" five times, but all in the second quarter: a campaign, not yet a
# regular practice (a warning).
for date in ("2025-04-08", "2025-04-22", "2025-05-13", "2025-06-03", "2025-06-24"):
    activity("FIELD_VISIT", D, day(date))

# FL-2.5a: the activity centre has its positioning but not its structure and duties defined.
doc["activityCentres"].append({"id": "centre-qx", "name": "青溪区妇女儿童活动中心", "federationId": D,
                               "positioningDefined": True, "structureDefined": False})
for date in ("2025-03-08", "2025-06-01", "2025-10-18"):
    activity("PUBLIC_WELFARE", "centre-qx", day(date))

# ---------------------------------------------------------------- sub-district federations
# code, name, resident women, executive members, chair (woman, on the leadership team),
# full-time vice-chair (rank, substantive) or None, part-time vice-chairs, last congress, social workers, home
SUB_DISTRICTS = [
    ("qh", "清河街道", 32000, 36, (True, True), ("SECTION_CHIEF", True), 3, "2022-11-16", 2, "full"),
    # FL-4.1e at the boundary: 30,001 women need ⌈30.001⌉ = 31 members, and it has 31.
    # FL-4.1a: the chair is not on the leadership team; FL-4.1b: 正科 but not substantive.
    ("wj", "望江街道", 30001, 31, (True, False), ("SECTION_CHIEF", False), 2, "2021-03-25", 1, "wj"),
    # A weak one: 40 members for 45,000 women (FL-4.1e), one part-time vice-chair under an
    # expired waiver (FL-4.1c), last congress in 2019 (FL-4.1d), no social worker (FL-4.1g),
    # no Women's Home of its own (FL-4.4a).
    ("dh", "东湖街道", 45000, 40, (True, True), ("SECTION_CHIEF", True), 1, "2019-10-22", 0, None),
    # FL-4.1a: the chair is a man; FL-4.1f: 28 members meet the per-mille floor (25) but not 30.
    ("la", "柳岸街道", 25000, 28, (False, True), ("SECTION_CHIEF", True), 2, "2023-05-10", 1, "la"),
    # FL-4.1e exactly met (38 for 38,000); FL-4.1d: no congress on record.
    ("ty", "桃源街道", 38000, 38, (True, True), ("SECTION_CHIEF", True), 4, None, 2, "full"),
    # FL-4.1b: no full-time vice-chair at all.
    ("yt", "云台街道", 41000, 44, (True, True), None, 3, "2024-09-12", 1, "demo"),
]
COMMUNITIES = {
    "qh": ["清河苑", "杏林", "北门", "河畔"], "wj": ["望江楼", "滨江", "渔光", "临江"],
    "dh": ["东湖苑", "荷花塘", "湖滨", "翠竹"], "la": ["柳岸新村", "春晖", "石桥", "南浦"],
    "ty": ["桃源里", "梨花", "花溪", "竹园"], "yt": ["云台山", "观云", "松涛", "凤鸣"],
}

for code, sd_name, women, executive, (chair_woman, on_team), full_time, part_timers, congress, workers, home_kind \
        in SUB_DISTRICTS:
    sd = "qx-" + code
    doc["federations"].append({"id": sd, "level": "SUB_DISTRICT", "name": sd_name + "妇联", "parentId": D,
                               "residentWomen": women})
    members = 0
    person([(sd, "CHAIR"), (sd, "EXECUTIVE_MEMBER")], woman=chair_woman,
           leadershipTeamOf=sd if on_team else None, rank="DEPUTY_DIVISION_CHIEF", substantiveRank=True)
    members += 1
    if full_time:
        rank, substantive = full_time
        person([(sd, "FULL_TIME_VICE_CHAIR"), (sd, "EXECUTIVE_MEMBER")], rank=rank, substantiveRank=substantive)
        members += 1
    for _ in range(part_timers):
        person([(sd, "PART_TIME_VICE_CHAIR"), (sd, "EXECUTIVE_MEMBER")], outstandingRepresentative=True)
        members += 1
    for i in range(executive - members):
        person([(sd, "EXECUTIVE_MEMBER")], woman=i % 11 != 7)
    for _ in range(workers):
        person([(sd, "SOCIAL_WORKER")])
    if congress:
        activity("CONGRESS", sd, day(congress))
    if home_kind == "full":
        home("home-" + code, sd_name + "妇女之家", sd, platform=("DEMOCRATIC_CONSULTATION", "PUBLIC_SERVICE"))
    elif home_kind == "demo":
        # FL-4.4e: rated a demonstration home once, but the rating lapsed: none in the district now.
        home("home-" + code, sd_name + "妇女之家", sd, demonstration=False,
             platform=("SOCIAL_GOVERNANCE", "PUBLIC_SERVICE", "DEMOCRATIC_CONSULTATION"))
    elif home_kind == "wj":
        home("home-" + code, sd_name + "妇女之家", sd, missing_haves=("CORE_VOLUNTEERS",), platform=())
    elif home_kind == "la":
        home("home-" + code, sd_name + "妇女之家", sd, missing_haves=("FUNDING",),
             missing_services=("RIGHTS_PROTECTION",), platform=("PUBLIC_SERVICE",))

# ---------------------------------------------------------------- community federations
EXECUTIVES = [16, 15, 18, 12, 17, 15, 14, 16, 18, 13, 15, 17, 16, 12, 15, 18, 17, 14, 16, 15, 13, 18, 16, 17]
FEW_VICE_CHAIRS = {3: 1, 9: 1, 13: 0, 20: 1}           # FL-4.2c: fewer than 2
CHAIR_FAILS = {5: "not on the two committees", 17: "a man", 22: "vacant"}  # FL-4.2b
NO_GROUPS = {2, 10, 16}                                 # FL-4.3c
NO_HOME = {4, 15}
MISSING_HAVES = {1: ("FUNDING",), 6: ("SERVICE_EQUIPMENT", "RECORDS_LEDGER"), 12: ("STANDING_MECHANISM",),
                 18: ("SIGNATURE_ACTIVITIES",)}
MISSING_SERVICES = {1: ("ENTREPRENEURSHIP_EMPLOYMENT",), 8: ("ENTREPRENEURSHIP_EMPLOYMENT",),
                    13: ("FAMILY_BUILDING", "HARDSHIP_ASSISTANCE"), 20: ("ENTREPRENEURSHIP_EMPLOYMENT",)}
NO_PLATFORM = {3, 9, 20}
PLATFORM_LAST_YEAR = {23}                               # FL-4.4d: only in 2024

index = 0
for code, *_ in SUB_DISTRICTS:
    for j, community_name in enumerate(COMMUNITIES[code]):
        k = index
        cf = "qx-%s-%02d" % (code, j + 1)
        doc["federations"].append({"id": cf, "level": "COMMUNITY", "name": community_name + "社区妇联",
                                   "parentId": "qx-" + code, "residentWomen": 2400 + 137 * k})
        members = 0
        fail = CHAIR_FAILS.get(k)
        if fail != "vacant":
            person([(cf, "CHAIR"), (cf, "EXECUTIVE_MEMBER")], woman=fail != "a man",
                   twoCommitteesOf=None if fail == "not on the two committees" else cf)
            members += 1
        for v in range(FEW_VICE_CHAIRS.get(k, 2 + k % 2)):
            person([(cf, "PART_TIME_VICE_CHAIR"), (cf, "EXECUTIVE_MEMBER")], twoCommitteesOf=cf if v == 0 else None)
            members += 1
        for i in range(EXECUTIVES[k] - members):
            person([(cf, "EXECUTIVE_MEMBER")], woman=(i + k) % 13 != 5)
        # FL-4.2a: the residents' committees were elected in spring 2021; the federation with them,
        # except: 90 days later (k=7, met at the boundary), 91 days later (k=14), in 2023 (k=19);
        # k=21 has no residents' committee election on record (a DATA finding).
        committee = dt.date(2021, 4, 10) + dt.timedelta(days=3 * k)
        own = committee + dt.timedelta(days={7: 90, 14: 91}.get(k, k % 4))
        if k == 19:
            own = day("2023-03-15")
        activity("ELECTION", cf, own)
        if k != 21:
            activity("RESIDENTS_COMMITTEE_ELECTION", cf, committee)
        if k not in NO_GROUPS:
            for g in range(1 + k % 3):
                doc["womensGroups"].append({"id": "grp-%s-%02d-%d" % (code, j + 1, g + 1), "federationId": cf,
                                            "setting": "INTEREST_GROUP" if g % 2 else "RESIDENTS_GROUP"})
        if k not in NO_HOME:
            platform = () if k in NO_PLATFORM else (("PUBLIC_SERVICE", "DEMOCRATIC_CONSULTATION", "SOCIAL_GOVERNANCE")
                                                   [: 1 + k % 3])
            home("home-%s-%02d" % (code, j + 1), community_name + "社区妇女之家", cf,
                 missing_haves=MISSING_HAVES.get(k, ()), missing_services=MISSING_SERVICES.get(k, ()),
                 demonstration=False, platform=platform, platform_year=2024 if k in PLATFORM_LAST_YEAR else 2025)
        index += 1

# ---------------------------------------------------------------- units, buildings
UNITS = [
    # FL-4.3a: organs and public institutions must all have a women's organization; three do not.
    ("区教育局", "PARTY_GOVERNMENT_ORGAN", D, 186, True),
    ("区卫生健康委员会", "PARTY_GOVERNMENT_ORGAN", D, 74, True),
    ("区司法局", "PARTY_GOVERNMENT_ORGAN", D, 41, False),
    ("区退役军人事务局", "PARTY_GOVERNMENT_ORGAN", D, 12, False),
    ("清河街道办事处", "PARTY_GOVERNMENT_ORGAN", "qx-qh", 38, True),
    ("青溪区人民医院", "PUBLIC_INSTITUTION", D, 980, True),
    ("青溪第一中学", "PUBLIC_INSTITUTION", "qx-wj", 142, True),
    ("青溪区图书馆", "PUBLIC_INSTITUTION", "qx-dh", 35, False),
    ("青溪区文化馆", "PUBLIC_INSTITUTION", "qx-ty", 29, True),
    ("青溪区疾病预防控制中心", "PUBLIC_INSTITUTION", D, 88, True),
    # FL-4.3b: the new fields are encouraged to found one where at least 10 women are.
    ("青溪纺织有限公司", "NON_PUBLIC_ENTERPRISE", "qx-la", 320, True),
    ("云台电子科技有限公司", "NON_PUBLIC_ENTERPRISE", "qx-yt", 85, False),
    ("望江物流有限公司", "NON_PUBLIC_ENTERPRISE", "qx-wj", 6, False),       # fewer than 10: not assessed
    ("柳岸餐饮管理有限公司", "NON_PUBLIC_ENTERPRISE", "qx-la", 10, False),  # exactly 10: recommended
    ("东湖医药连锁有限公司", "NON_PUBLIC_ENTERPRISE", "qx-dh", 48, True),
    ("青溪区女企业家联谊会", "SOCIAL_ORGANIZATION", D, 46, True),
    ("青溪区巧娘手工艺发展促进会", "SOCIAL_ORGANIZATION", D, 120, True),
    ("青溪区家庭教育促进会", "SOCIAL_ORGANIZATION", D, 27, True),
    ("东湖社区志愿者协会", "SOCIAL_ORGANIZATION", "qx-dh", 30, False),
    ("青溪科技园", "TECHNOLOGY_PARK", "qx-qh", 1200, True),
    ("桃源文化创意产业园", "TECHNOLOGY_PARK", "qx-ty", 260, False),
    ("云台广场舞队", "NEW_GROUP", "qx-yt", 40, True),
    ("青溪区女性网约车司机群体", "NEW_GROUP", D, 25, False),
    ("青溪区自由职业者联谊群", "NEW_GROUP", D, None, False),                 # women not recorded: DATA
]
# FL-1.3a: social organizations under the federation's guidance; the 巧娘 association has no branch yet.
GUIDED = {"青溪区女企业家联谊会": True, "青溪区巧娘手工艺发展促进会": False, "青溪区家庭教育促进会": True}
for i, (unit_name, kind, federation, women, organization) in enumerate(UNITS, 1):
    record = {"id": "unit-%02d" % i, "name": unit_name, "type": kind, "federationId": federation, "women": women,
              "womensOrganization": organization}
    if unit_name in GUIDED:
        record["guidedByFederation"] = True
        record["functionalPartyBranch"] = GUIDED[unit_name]
    elif kind == "SOCIAL_ORGANIZATION":
        record["guidedByFederation"] = False
    doc["units"].append(record)

# FL-4.3d: commercial buildings with and without a women's work station in the five-in-one station.
for i, (building, federation, station) in enumerate([
        ("青溪国际大厦", "qx-qh", True), ("清河时代广场", "qx-qh", True), ("望江财富中心", "qx-wj", False),
        ("东湖金融港", "qx-dh", True), ("桃源商务广场", "qx-ty", False), ("云台科创大厦", "qx-yt", True)], 1):
    doc["buildings"].append({"id": "bld-%02d" % i, "name": building, "federationId": federation,
                             "womensWorkStation": station})
# Revision 3, NOT_RECORDED: a building whose women's work station is not recorded: FL-4.3d is left to the
# data finding, neither met nor a warning.
doc["buildings"].append({"id": "bld-07", "name": "柳岸中心大厦", "federationId": "qx-la"})

# ---------------------------------------------------------------- revision 3's deliberate data findings
# (last, so that the other records keep their ids)
# ZERO_DAYS: a stint recorded with 0 days; the second office cadre's 34 known days meet the floor anyway.
activity("STATIONED_WORK", office_cadres[1], day("2025-09-15"), 0)
# WRONG_SUBJECT: a public-welfare activity recorded against the district federation, not its centre. It
# counts nowhere; the centre's own three decide FL-2.5a anyway.
activity("PUBLIC_WELFARE", D, day("2025-09-20"))

# ---------------------------------------------------------------- waivers
doc["waivers"] = [
    # Valid on the period's last day: FL-2.4a is reported, marked waived.
    {"id": "wvr-2025-01", "requirementId": "FL-2.4a", "subjectId": D,
     "reason": "区妇联将于2026年换届，届时增补兼职副主席至4人；过渡期内保留现有3人",
     "approver": "中共青溪区委组织部", "validFrom": "2025-03-01", "validUntil": "2026-06-30"},
    # Expired before the period's end: FL-4.1c of 东湖街道 stays an open violation.
    {"id": "wvr-2024-03", "requirementId": "FL-4.1c", "subjectId": "qx-dh",
     "reason": "兼职副主席人选调整中", "approver": "中共青溪区委组织部",
     "validFrom": "2024-03-01", "validUntil": "2025-06-30"},
]


def dump(document):
    """One record per line, so that a finding's location names the record's own line."""
    def one(value):
        return json.dumps(value, ensure_ascii=False, separators=(", ", ": "))
    lines = ["{"]
    items = list(document.items())
    for i, (key, value) in enumerate(items):
        comma = "," if i < len(items) - 1 else ""
        if isinstance(value, list) and value:
            lines.append('  "%s": [' % key)
            lines += ["    " + one(r) + ("," if j < len(value) - 1 else "") for j, r in enumerate(value)]
            lines.append("  ]" + comma)
        else:
            lines.append('  "%s": %s%s' % (key, one(value), comma))
    lines.append("}")
    return "\n".join(lines) + "\n"


OUT.write_text(dump(doc), encoding="utf-8")
try:  # Optional check against the JSON Schema of the format, where the jsonschema package is installed.
    import jsonschema
    schema_path = Path(__file__).resolve().parents[2] / "core/runtime/src/main/resources/io/github/fulianrules/input/district.schema.json"
    jsonschema.Draft202012Validator(json.loads(schema_path.read_text(encoding="utf-8"))).validate(doc)
    print("valid against", schema_path.name)
except ImportError:
    pass
print("wrote %s: %d people, %d activities" % (OUT, len(doc["people"]), len(doc["activities"])))
