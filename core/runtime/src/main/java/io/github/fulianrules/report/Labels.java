package io.github.fulianrules.report;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The words of the rendered reports, in Chinese and English. */
final class Labels {
    private final boolean en;

    private Labels(boolean en) {
        this.en = en;
    }

    /** The labels of {@code lang}: {@code en} for English, Chinese for anything else. */
    static Labels of(String lang) {
        return new Labels("en".equalsIgnoreCase(lang));
    }

    boolean english() {
        return en;
    }

    String lang() {
        return en ? "en" : "zh";
    }

    String pick(String zh, String english) {
        return en ? english : zh;
    }

    String kind(Kind k) {
        if (k == null) {
            return "";
        }
        return switch (k) {
            case VIOLATION -> pick("违规", "violation");
            case WARNING -> pick("警告", "warning");
            case RECOMMENDATION -> pick("建议", "recommendation");
            case DATA -> pick("数据问题", "data issue");
        };
    }

    String strength(Strength s) {
        if (s == null) {
            return "";
        }
        return switch (s) {
            case MUST -> pick("必须", "must");
            case IN_PRINCIPLE -> pick("原则上", "in principle");
            case SHOULD -> pick("一般要求", "should");
            case ENCOURAGED -> pick("鼓励", "encouraged");
            case DATA -> pick("数据", "data");
        };
    }

    String subjectType(String type) {
        return type == null ? "" : ModelLabels.subjectType(type, lang());
    }

    private static final Map<String, String[]> RECORD_KINDS = Map.of(
            "federations", new String[] {"妇联组织", "federations"},
            "people", new String[] {"人员", "people"},
            "positions", new String[] {"职务", "positions"},
            "womensHomes", new String[] {"妇女之家", "Women's Homes"},
            "units", new String[] {"单位", "units"},
            "buildings", new String[] {"商务楼宇", "buildings"},
            "activityCentres", new String[] {"活动中心", "activity centres"},
            "womensGroups", new String[] {"妇女小组", "women's groups"},
            "activities", new String[] {"活动记录", "activities"},
            "waivers", new String[] {"豁免", "waivers"});

    String recordKind(String kind) {
        String[] words = RECORD_KINDS.get(kind);
        return words == null ? kind : words[en ? 1 : 0];
    }

    /** Why {@code rejected} was rejected: the messages of its data findings, or its codes where the report has none. */
    String reasons(Report report, Rejection rejected) {
        return messages(report.reasonsFor(rejected), String.join(", ", rejected.codes()));
    }

    /** An issue of the input as a whole: the messages of its data findings, or its code and subject. */
    String otherIssue(Report report, String issue) {
        return messages(report.reasonsFor(issue), issue);
    }

    private String messages(List<Finding> findings, String otherwise) {
        if (findings.isEmpty()) {
            return otherwise;
        }
        return findings.stream().map(f -> f.message() == null ? f.code() : f.message().in(lang()))
                .collect(Collectors.joining(pick("；", "; ")));
    }

    String level(io.github.fulianrules.model.Level level) {
        return switch (level) {
            case DISTRICT -> pick("全区", "district");
            case SUB_DISTRICT -> pick("街道", "sub-district");
            case COMMUNITY -> pick("社区", "community");
        };
    }

    String yesNo(boolean b) {
        return b ? pick("是", "yes") : pick("否", "no");
    }

    /** A rate as {@code 87.5%}, or a dash when nothing was checked. */
    static String rate(Double percent) {
        return percent == null ? "—" : String.format(java.util.Locale.ROOT, "%.1f%%", percent);
    }
}
