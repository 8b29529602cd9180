package io.github.fulianrules.report;

import io.github.fulianrules.model.Level;

/**
 * The words of the rendered reports (kinds, strengths, subject types, levels, yes and no) in
 * Chinese or English, for renderers outside this package such as the report workbook of
 * {@code fulian-rules-xlsx}: every format says "违规" for a violation, whichever writes it.
 *
 * <pre>{@code
 * ReportWords.of("zh").kind(Kind.VIOLATION);   // 违规
 * }</pre>
 */
public final class ReportWords {
    private final Labels labels;

    private ReportWords(Labels labels) {
        this.labels = labels;
    }

    /** The words of {@code lang}: {@code en} for English, Chinese for anything else. */
    public static ReportWords of(String lang) {
        return new ReportWords(Labels.of(lang));
    }

    /** {@code zh} in Chinese, {@code en} in English. */
    public String pick(String zh, String en) {
        return labels.pick(zh, en);
    }

    /** A finding's kind, e.g. 违规 / violation. */
    public String kind(Kind kind) {
        return labels.kind(kind);
    }

    /** A requirement's strength, e.g. 原则上 / in principle. */
    public String strength(Strength strength) {
        return labels.strength(strength);
    }

    /** A subject type such as {@code WOMENS_HOME}, e.g. 妇女之家 / Women's Home; unknown types as they are. */
    public String subjectType(String type) {
        return labels.subjectType(type);
    }

    /** A kind of input record as the accounting names it ({@code womensHomes}), e.g. 妇女之家 / Women's Homes. */
    public String recordKind(String kind) {
        return labels.recordKind(kind);
    }

    /**
     * Why a record of the accounting was rejected, in words: the messages of the data findings
     * that name it ({@link Report#reasonsFor}), or its codes where the report has none of them.
     */
    public String reasons(Report report, Rejection rejected) {
        return labels.reasons(report, rejected);
    }

    /**
     * An issue of the input as a whole ({@link Accounting#otherIssues()}), in words: the messages of
     * its data findings, or its code and subject where the report has none of them.
     */
    public String otherIssue(Report report, String issue) {
        return labels.otherIssue(report, issue);
    }

    /** A scorecard level, e.g. 街道 / sub-district. */
    public String level(Level level) {
        return labels.level(level);
    }

    /** 是 or 否, yes or no. */
    public String yesNo(boolean b) {
        return labels.yesNo(b);
    }
}
