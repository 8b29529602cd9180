package io.github.fulianrules.report;

/**
 * A text in the two languages of the reports.
 *
 * @param zh simplified Chinese (zh-CN)
 * @param en English
 */
public record Text(String zh, String en) {
    /** The text in {@code lang} ({@code "zh"} or {@code "en"}); Chinese for anything else. */
    public String in(String lang) {
        return "en".equalsIgnoreCase(lang) ? en : zh;
    }
}
