package io.github.fulianrules.xlsx;

import io.github.fulianrules.model.Activity;
import io.github.fulianrules.model.ActivityCentre;
import io.github.fulianrules.model.AssessmentPeriod;
import io.github.fulianrules.model.Building;
import io.github.fulianrules.model.DistrictData;
import io.github.fulianrules.model.Federation;
import io.github.fulianrules.model.Person;
import io.github.fulianrules.model.Position;
import io.github.fulianrules.model.Unit;
import io.github.fulianrules.model.Waiver;
import io.github.fulianrules.model.WomensGroup;
import io.github.fulianrules.model.WomensHome;
import java.time.LocalDate;
import java.util.List;

/**
 * The layout of a district workbook: the period sheet and one sheet per kind of record, in the
 * order of the JSON format, each column with its headers, clause and note. This table is the one
 * place that says what a workbook holds; the template, the reader, the writer and the 说明 sheet
 * all follow it. A new field of a record is one {@link Column} line in its sheet, in the order of
 * the record's components (the sheet refuses to load otherwise); a new kind of record is one
 * {@link RecordSheet} in {@link #RECORDS}.
 */
final class Sheets {
    /** The assessment period and the district file's name: one row. */
    record PeriodRow(String name, LocalDate start, LocalDate end) {
        PeriodRow {
            new AssessmentPeriod(start, end);
        }

        AssessmentPeriod period() {
            return new AssessmentPeriod(start, end);
        }
    }

    static final RecordSheet<PeriodRow> PERIOD = new RecordSheet<>("period", "考核期", PeriodRow.class, null, r -> "period",
            col("name", "名称", "name", "", "本台账的名称，如“青溪区妇联 2025 年度”（可空）",
                    "the name of this file, e.g. \"Qingxi district 2025\" (may be empty)"),
            col("start", "开始日期", "start", "", "考核期第一天", "the first day of the period assessed"),
            col("end", "结束日期", "end", "", "考核期最后一天；参数取这一天有效的值",
                    "the last day of the period; parameters in force on that day apply"));

    static final List<RecordSheet<?>> RECORDS = List.of(
            new RecordSheet<>("federations", "组织", Federation.class, DistrictData::federations, Federation::id,
                    col("id", "编号", "id", "", "全区唯一的编号，其他表用它指向本组织", "unique in the district; other sheets refer to it"),
                    col("level", "层级", "level", "", "区妇联、街道妇联或社区妇联", "district, sub-district or community"),
                    col("name", "名称", "name", "", "如“东湖街道妇联”", "e.g. \"Donghu sub-district WF\""),
                    col("parentId", "上级组织", "parent", "", "上一级妇联的编号；区妇联留空",
                            "the id of the federation one level up; empty for the district"),
                    col("residentWomen", "常住妇女人数", "resident women", "二(四)1",
                            "辖区常住妇女人口，用于计算街道执委人数下限", "resident women in the place, for the floor of executive members")),
            new RecordSheet<>("people", "人员", Person.class, DistrictData::people, Person::id,
                    col("id", "编号", "id", "", "全区唯一的编号", "unique in the district"),
                    col("name", "姓名", "name", "", "个人信息：报告中显示姓名和编号，日志中不显示", "personal data: reports show the name and id, logs never"),
                    col("gender", "性别", "gender", "二(二)4", "女或男", "female or male"),
                    col("outstandingRepresentative", "优秀代表", "outstanding representative", "二(二)1",
                            "各族各界、各行各业劳动妇女和知识女性中的优秀代表", "an outstanding representative of working or intellectual women"),
                    col("leadershipTeamOf", "所在党政领导班子", "leadership team of", "二(四)1",
                            "所在同级党政领导班子对应的组织编号，否则留空", "the federation whose party or government leadership team the person sits on"),
                    col("twoCommitteesOf", "所在社区两委", "two committees of", "二(四)2",
                            "所在社区“两委”对应的社区妇联编号，否则留空", "the community federation whose two committees the person sits on"),
                    col("rank", "职级", "rank", "二(四)1", "公务员职级；非公务员选“无”；留空为未登记",
                            "civil-service rank; none if not a civil servant; empty: not recorded"),
                    col("substantiveRank", "实职", "substantive rank", "二(四)1", "职级为实职（非待遇）；留空为未登记",
                            "the rank is a substantive post; empty: not recorded")),
            new RecordSheet<>("positions", "职务", Position.class, DistrictData::positions, Position::key,
                    col("personId", "人员编号", "person", "", "人员表中的编号", "the id of a person in the people sheet"),
                    col("federationId", "组织编号", "federation", "", "任职的组织编号", "the federation the position is in"),
                    col("role", "职务", "role", "二(二)4", "一人多职填多行", "one row per position; a person may hold several")),
            new RecordSheet<>("womensHomes", "妇女之家", WomensHome.class, DistrictData::womensHomes, WomensHome::id,
                    col("id", "编号", "id", "", "全区唯一的编号", "unique in the district"),
                    col("name", "名称", "name", "", "如“东湖妇女之家”", "e.g. \"Donghu Women's Home\""),
                    col("federationId", "所属组织", "federation", "二(四)4", "运行它的街道或社区妇联编号",
                            "the sub-district or community federation that runs it"),
                    col("haves", "七有", "haves", "二(四)4", "每项一列：已落实选“是”，未落实选“否”；全部留空为未登记",
                            "one column each: yes where it is in place, no where not; all empty: not recorded"),
                    col("services", "服务", "services", "二(四)4", "四项基本服务，每项一列：已开展选“是”，未开展选“否”；全部留空为未登记",
                            "the four basic services, one column each: yes where offered, no where not; all empty: not recorded"),
                    col("demonstration", "示范", "demonstration", "二(四)4", "评为示范“妇女之家”", "rated a demonstration Women's Home")),
            new RecordSheet<>("units", "单位", Unit.class, DistrictData::units, Unit::id,
                    col("id", "编号", "id", "", "全区唯一的编号", "unique in the district"),
                    col("name", "名称", "name", "", "单位名称", "the unit's name"),
                    col("type", "类型", "type", "二(四)3", "机关、事业单位为全覆盖，其余为鼓励",
                            "organs and public institutions must have a women's organization, others are encouraged"),
                    col("federationId", "所在组织", "federation", "二(四)3", "单位所在区域的妇联编号", "the federation of the unit's area"),
                    col("women", "妇女人数", "women", "二(四)3", "在单位工作或活动的妇女人数", "women working or active in the unit"),
                    col("womensOrganization", "已建妇女组织", "women's organization", "二(四)3", "已建立妇女组织；留空为未登记",
                            "the unit has a women's organization; empty: not recorded"),
                    col("functionalPartyBranch", "功能型党支部", "functional party branch", "二(一)3", "已建立功能型党支部；留空为未登记",
                            "the unit has a functional party branch; empty: not recorded"),
                    col("guidedByFederation", "妇联指导", "guided by federation", "二(一)3", "妇联指导的社会组织，如女企业家联谊会；留空为未登记",
                            "a social organization under the federation's guidance; empty: not recorded")),
            new RecordSheet<>("buildings", "楼宇", Building.class, DistrictData::buildings, Building::id,
                    col("id", "编号", "id", "", "全区唯一的编号", "unique in the district"),
                    col("name", "名称", "name", "", "商务楼宇名称", "the building's name"),
                    col("federationId", "所在组织", "federation", "二(四)3", "楼宇所在区域的妇联编号", "the federation of the building's area"),
                    col("womensWorkStation", "妇女工作站", "women's work station", "二(四)3", "“五站合一”中建有妇女工作站；留空为未登记",
                            "a women's work station is part of its five-in-one station; empty: not recorded")),
            new RecordSheet<>("activityCentres", "阵地", ActivityCentre.class, DistrictData::activityCentres, ActivityCentre::id,
                    col("id", "编号", "id", "", "全区唯一的编号", "unique in the district"),
                    col("name", "名称", "name", "", "如“青溪区妇女儿童活动中心”", "e.g. \"Qingxi women and children activity centre\""),
                    col("federationId", "所属组织", "federation", "二(二)5", "区妇联编号", "the district federation"),
                    col("positioningDefined", "已明确定位", "positioning defined", "二(二)5", "已明确定位；留空为未登记",
                            "its positioning is defined; empty: not recorded"),
                    col("structureDefined", "已明确内设机构及职责", "structure defined", "二(二)5", "已明确内设机构及职责；留空为未登记",
                            "its internal structure and duties are defined; empty: not recorded")),
            new RecordSheet<>("womensGroups", "妇女小组", WomensGroup.class, DistrictData::womensGroups, WomensGroup::id,
                    col("id", "编号", "id", "", "全区唯一的编号", "unique in the district"),
                    col("federationId", "所属组织", "federation", "二(四)3", "建立它的社区妇联编号", "the community federation"),
                    col("setting", "建在", "setting", "二(四)3", "居民小组或兴趣小组", "a residents' group or an interest group")),
            new RecordSheet<>("activities", "活动", Activity.class, DistrictData::activities, Activity::id,
                    col("id", "编号", "id", "", "全区唯一的编号", "unique in the district"),
                    col("type", "类型", "type", "", "活动类型决定对象的种类和是否填天数：见下方“活动类型”",
                            "the type decides the kind of subject and whether it takes days: see \"activity types\" below"),
                    col("subjectId", "对象编号", "subject", "", "开展活动的组织、人员、妇女之家或阵地的编号",
                            "the federation, person, Women's Home or centre that did it"),
                    col("date", "日期", "date", "", "多日工作填开始日期", "the start date for work of several days"),
                    col("days", "天数", "days", "二(三)1", "调研、蹲点的天数；其他留空", "days of research or stationed work; empty otherwise")),
            new RecordSheet<>("waivers", "豁免", Waiver.class, DistrictData::waivers, Waiver::id,
                    col("id", "编号", "id", "", "全区唯一的编号", "unique in the district"),
                    col("requirementId", "要求编号", "requirement", "", "仅限“原则上”的要求，如 FL-4.1e",
                            "an in-principle requirement only, e.g. FL-4.1e"),
                    col("subjectId", "对象编号", "subject", "", "获豁免的组织或人员编号", "the subject exempted"),
                    col("reason", "理由", "reason", "", "豁免理由", "why"),
                    col("approver", "批准人", "approver", "", "批准单位或人员", "who approved it"),
                    col("validFrom", "生效日期", "valid from", "", "豁免生效的第一天", "the first day it holds"),
                    col("validUntil", "截止日期", "valid until", "", "豁免有效的最后一天", "the last day it holds")));

    /** The sheet explaining the others; ignored when read. */
    static final String NOTES_ZH = "说明";
    static final String NOTES_EN = "notes";
    /** The hidden sheet holding the drop-down lists; ignored when read. */
    static final String CHOICES_ZH = "选项";
    static final String CHOICES_EN = "choices";

    private Sheets() {
    }

    private static Column col(String field, String zh, String en, String clause, String noteZh, String noteEn) {
        return new Column(field, zh, en, clause, noteZh, noteEn);
    }

    /** The period sheet and the record sheets, in workbook order. */
    static List<RecordSheet<?>> all() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(PERIOD), RECORDS.stream()).toList();
    }
}
