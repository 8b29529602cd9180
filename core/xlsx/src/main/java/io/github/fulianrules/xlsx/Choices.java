package io.github.fulianrules.xlsx;

import io.github.fulianrules.model.ActivityType;
import io.github.fulianrules.model.BasicService;
import io.github.fulianrules.model.Gender;
import io.github.fulianrules.model.GroupSetting;
import io.github.fulianrules.model.Have;
import io.github.fulianrules.model.Level;
import io.github.fulianrules.model.Rank;
import io.github.fulianrules.model.Role;
import io.github.fulianrules.model.UnitType;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The readable labels of the model's enumerated values in a workbook, Chinese and English: what the
 * drop-down lists offer and what a cell may hold. A value is read from its Chinese label, its
 * English label or its name in the model ({@code 主席}, {@code chair}, {@code CHAIR}), English
 * and names in any case. A new value of a model enum needs one line here;
 * {@code ChoicesTest} fails until it has one.
 */
final class Choices {
    private record Label(Enum<?> value, String zh, String en) {
    }

    private static final List<Label> LABELS = List.of(
            label(Level.DISTRICT, "区妇联", "district"),
            label(Level.SUB_DISTRICT, "街道妇联", "sub-district"),
            label(Level.COMMUNITY, "社区妇联", "community"),

            label(Gender.FEMALE, "女", "female"),
            label(Gender.MALE, "男", "male"),

            label(Rank.NONE, "无", "none"),
            label(Rank.SECTION_MEMBER, "科员", "section member"),
            label(Rank.DEPUTY_SECTION_CHIEF, "副科", "deputy section chief"),
            label(Rank.SECTION_CHIEF, "正科", "section chief"),
            label(Rank.DEPUTY_DIVISION_CHIEF, "副处", "deputy division chief"),
            label(Rank.DIVISION_CHIEF, "正处", "division chief"),

            label(Role.CHAIR, "主席", "chair"),
            label(Role.FULL_TIME_VICE_CHAIR, "专职副主席", "full-time vice-chair"),
            label(Role.PART_TIME_VICE_CHAIR, "兼职副主席", "part-time vice-chair"),
            label(Role.EXECUTIVE_MEMBER, "执委", "executive member"),
            label(Role.STANDING_MEMBER, "常委", "standing member"),
            label(Role.CONGRESS_DELEGATE, "妇女代表大会代表", "congress delegate"),
            label(Role.LEADING_CADRE, "区妇联领导干部", "leading cadre"),
            label(Role.OFFICE_CADRE, "区妇联机关干部", "office cadre"),
            label(Role.SOCIAL_WORKER, "专业社会工作者", "social worker"),

            label(Have.VENUE, "活动场所", "venue"),
            label(Have.CORE_VOLUNTEERS, "骨干力量", "core volunteers"),
            label(Have.FUNDING, "经费保障", "funding"),
            label(Have.SERVICE_EQUIPMENT, "服务设备", "service equipment"),
            label(Have.STANDING_MECHANISM, "长效机制", "standing mechanism"),
            label(Have.SIGNATURE_ACTIVITIES, "特色活动", "signature activities"),
            label(Have.RECORDS_LEDGER, "台账资料", "records ledger"),

            label(BasicService.RIGHTS_PROTECTION, "维护权益", "rights protection"),
            label(BasicService.ENTREPRENEURSHIP_EMPLOYMENT, "创业就业", "entrepreneurship and employment"),
            label(BasicService.FAMILY_BUILDING, "家庭建设", "family building"),
            label(BasicService.HARDSHIP_ASSISTANCE, "困难帮扶", "hardship assistance"),

            label(UnitType.PARTY_GOVERNMENT_ORGAN, "党政机关", "party or government organ"),
            label(UnitType.PUBLIC_INSTITUTION, "事业单位", "public institution"),
            label(UnitType.NON_PUBLIC_ENTERPRISE, "非公有制经济组织", "non-public enterprise"),
            label(UnitType.SOCIAL_ORGANIZATION, "社会组织", "social organization"),
            label(UnitType.TECHNOLOGY_PARK, "科技园区", "technology park"),
            label(UnitType.NEW_GROUP, "新群体", "new group"),

            label(GroupSetting.RESIDENTS_GROUP, "居民小组", "residents' group"),
            label(GroupSetting.INTEREST_GROUP, "兴趣小组", "interest group"),

            label(ActivityType.REFORM_REPORT, "向区委汇报改革工作", "reform report"),
            label(ActivityType.TWO_STUDIES_ONE_ACTION, "两学一做学习教育", "two studies, one action"),
            label(ActivityType.THEME_EDUCATION, "不忘初心牢记使命主题教育", "theme education"),
            label(ActivityType.ORGANIZATIONAL_LIFE, "党的组织生活", "organizational life"),
            label(ActivityType.INTEGRITY_BUILDING, "党风廉政建设", "integrity building"),
            label(ActivityType.DELEGATE_CONTACT, "代表联系妇女", "delegate contact"),
            label(ActivityType.EXECUTIVE_TRAINING, "执委培训班", "executive training"),
            label(ActivityType.WORKING_RULES_REVISION, "修订执委会常委会工作规则", "working rules revision"),
            label(ActivityType.PUBLIC_WELFARE, "公益活动", "public welfare"),
            label(ActivityType.GRASSROOTS_RESEARCH, "深入基层调研", "grassroots research"),
            label(ActivityType.STATIONED_WORK, "蹲点", "stationed work"),
            label(ActivityType.CONGRESS, "召开妇女代表大会", "congress"),
            label(ActivityType.ELECTION, "妇联换届", "election"),
            label(ActivityType.RESIDENTS_COMMITTEE_ELECTION, "居委会换届", "residents' committee election"),
            label(ActivityType.DEMOCRATIC_CONSULTATION, "基层民主协商", "democratic consultation"),
            label(ActivityType.PUBLIC_SERVICE, "公共服务", "public service"),
            label(ActivityType.SOCIAL_GOVERNANCE, "社会治理", "social governance"),
            label(ActivityType.THEMED_PUBLICITY, "巾帼心向党主题宣传", "themed publicity"),
            label(ActivityType.STRICT_AND_SOLID_EDUCATION, "三严三实教育", "strict and solid education"),
            label(ActivityType.GRASSROOTS_WOMENS_WORK, "深入基层开展妇女工作", "grassroots women's work"),
            label(ActivityType.HARDSHIP_PAIRING, "同困难家庭结对子", "pairing with a family in hardship"),
            label(ActivityType.FIELD_VISIT, "下基层访妇情办实事", "field visit"));

    /** The words of a yes/no cell: 是 and 否 first, as the drop-down offers them. */
    static final List<String> YES_NO_ZH = List.of("是", "否");
    static final List<String> YES_NO_EN = List.of("yes", "no");

    private static final Map<Enum<?>, Label> BY_VALUE = new HashMap<>();
    private static final Map<Class<?>, Map<String, Enum<?>>> BY_TEXT = new HashMap<>();

    static {
        for (Label l : LABELS) {
            BY_VALUE.put(l.value(), l);
            Map<String, Enum<?>> texts = BY_TEXT.computeIfAbsent(l.value().getDeclaringClass(), k -> new HashMap<>());
            for (String text : List.of(l.zh(), l.en(), l.value().name())) {
                Enum<?> before = texts.put(key(text), l.value());
                if (before != null && before != l.value()) {
                    throw new IllegalStateException("label " + text + " of " + l.value() + " is also " + before);
                }
            }
        }
    }

    private Choices() {
    }

    private static Label label(Enum<?> value, String zh, String en) {
        return new Label(value, zh, en);
    }

    /** Whether {@code value} has labels. */
    static boolean labelled(Enum<?> value) {
        return BY_VALUE.containsKey(value);
    }

    /** The label of {@code value} in {@code english} or Chinese. */
    static String label(Enum<?> value, boolean english) {
        Label l = BY_VALUE.get(value);
        if (l == null) {
            throw new IllegalStateException("no workbook label for " + value.getDeclaringClass().getSimpleName()
                    + "." + value.name() + ": add one in Choices");
        }
        return english ? l.en() : l.zh();
    }

    /** The labels of every value of {@code type}, in declaration order. */
    static List<String> labels(Class<?> type, boolean english) {
        return Arrays.stream(type.getEnumConstants()).map(v -> label((Enum<?>) v, english)).toList();
    }

    /** The value of {@code type} that {@code text} names by label or name, ignoring case and edge spaces. */
    static Optional<Enum<?>> parse(Class<?> type, String text) {
        return Optional.ofNullable(BY_TEXT.getOrDefault(type, Map.of()).get(key(text)));
    }

    /** {@code true} for 是, yes, true (any case), {@code false} for 否, no, false; empty for anything else. */
    static Optional<Boolean> yesNo(String text) {
        return switch (key(text)) {
            case "是", "yes", "true" -> Optional.of(Boolean.TRUE);
            case "否", "no", "false" -> Optional.of(Boolean.FALSE);
            default -> Optional.empty();
        };
    }

    private static String key(String text) {
        return text.strip().toLowerCase(Locale.ROOT);
    }
}
