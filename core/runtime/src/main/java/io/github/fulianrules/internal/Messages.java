package io.github.fulianrules.internal;

import io.github.fulianrules.report.ModelLabels;
import io.github.fulianrules.report.Text;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Message and remedy templates in zh-CN and en, keyed by requirement ID: {@code FL-2.4a.message},
 * {@code FL-2.4a.remedy}, {@code DATA.UNKNOWN_REFERENCE.message}. Placeholders in braces
 * ({@code {measured}}, {@code {required}}, {@code {gap}}, {@code {details}}, {@code {subject}},
 * {@code {field}}, {@code {detail}}, a parameter's name, …) are filled from the finding.
 *
 * <p>Values are shown in words, never as the constants of the input format: a value {@code X}
 * (a detail token, a measured or required value, a detail) reads as the rule set's
 * {@code token.X} where that key exists ({@code token.PUBLIC_WELFARE=本期公益活动}), else as the
 * model's word for it ({@link ModelLabels}: {@code NO} is 否); a {@code {field}} reads as the
 * rule set's {@code field.X} or the model's word for the field. {@code {subject}} and {@code {id}}
 * are shown as given. {@code {gap|chair|chairs}} reads as the first form when the value is 1 and the
 * second otherwise, for languages that inflect.
 *
 * <p>In Chinese a space separates a filled-in value from the text around it where Latin letters or
 * digits meet Chinese characters ("区妇联 d", "3 名"); an English text starts with a capital letter.
 */
public final class Messages {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z]+)(?:\\|([^|{}]*)\\|([^|{}]*))?}");
    /** A day as the input writes it, 2018-03-05; in Chinese text it reads 2018年3月5日 (Revision 3). */
    private static final Pattern ISO_DAY = Pattern.compile("(?<![0-9])([0-9]{4})-([0-9]{2})-([0-9]{2})(?![0-9])");

    private final Properties zh;
    private final Properties en;

    public Messages(Properties zh, Properties en) {
        this.zh = zh;
        this.en = en;
    }

    /**
     * A placeholder of a template, e.g. {@code {gap|chair|chairs}}.
     *
     * @param name   the value it is filled with, e.g. {@code gap}
     * @param text   as written
     * @param offset where it starts in the template
     */
    public record Placeholder(String name, String text, int offset) {
    }

    /** The placeholders of {@code template}, in order. */
    public static List<Placeholder> placeholders(String template) {
        List<Placeholder> found = new java.util.ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(template);
        while (m.find()) {
            found.add(new Placeholder(m.group(1), m.group(), m.start()));
        }
        return found;
    }

    /** Whether both languages have {@code key}. */
    public boolean has(String key) {
        return zh.containsKey(key) && en.containsKey(key);
    }

    /**
     * The template {@code key} filled with {@code vars}; a missing key reads as the fallback. A
     * variable's value is a {@link String}, the same in both languages, or a {@link Text}.
     */
    public Text format(String key, Map<String, ?> vars, List<String> details, String fallback) {
        return new Text(fill(zh, "zh", key, vars, details, "、", fallback),
                fill(en, "en", key, vars, details, ", ", fallback));
    }

    /** {@code value} in words in {@code lang}: the rule set's token, else the model's word, else itself. */
    private static String word(Properties lang, String language, String value) {
        String token = lang.getProperty("token." + value);
        return token != null ? token : ModelLabels.value(value, language);
    }

    private static String fieldWord(Properties lang, String language, String field) {
        String own = lang.getProperty("field." + field);
        if (own != null) {
            return own;
        }
        String model = ModelLabels.field(field, language);
        return model.equals(field) ? word(lang, language, field) : model;
    }

    private static String fill(Properties lang, String language, String key, Map<String, ?> vars,
                               List<String> details, String separator, String fallback) {
        String template = lang.getProperty(key, fallback);
        String detailText = details.stream().map(d -> word(lang, language, d)).collect(Collectors.joining(separator));
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        int last = 0;
        while (m.find()) {
            out.append(template, last, m.start());
            last = m.end();
            String name = m.group(1);
            Object raw = "details".equals(name) ? detailText : vars.get(name);
            String value = raw instanceof Text t ? t.in(language) : raw == null ? null : raw.toString();
            if (value == null) {
                out.append(m.group());
                continue;
            }
            if (m.group(2) != null) {
                value = "1".equals(value.strip()) ? m.group(2) : m.group(3);
            } else if ("field".equals(name)) {
                value = fieldWord(lang, language, value);
            } else if (!"details".equals(name) && !"subject".equals(name) && !"id".equals(name) && !(raw instanceof Text)) {
                value = word(lang, language, value);
            }
            if ("zh".equals(language) && !"subject".equals(name) && !"id".equals(name)) {
                value = chineseDays(value);
            }
            if ("zh".equals(language)) {
                String next = template.substring(last);
                value = spaced(out.length() == 0 ? "" : out.substring(out.length() - 1), value, next);
            }
            out.append(value);
        }
        out.append(template, last, template.length());
        return "en".equals(language) ? capitalized(out.toString()) : out.toString();
    }

    /** {@code text} with its days written the Chinese way, 2018年3月5日, and a range of two days as 甲至乙. */
    static String chineseDays(String text) {
        if (text.indexOf('-') < 0) {
            return text.replace("日..", "日至");
        }
        Matcher m = ISO_DAY.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, m.group(1) + "年" + Integer.parseInt(m.group(2)) + "月" + Integer.parseInt(m.group(3)) + "日");
        }
        m.appendTail(out);
        return out.toString().replace("日..", "日至");
    }

    /** {@code value} with a space where its Latin letters or digits meet Chinese text before or after it. */
    private static String spaced(String before, String value, String after) {
        if (value.isEmpty()) {
            return value;
        }
        String s = value;
        if (!before.isEmpty() && isHan(before.codePointAt(0)) && isLatinOrDigit(s.codePointAt(0))) {
            s = " " + s;
        }
        if (!after.isEmpty() && isLatinOrDigit(s.codePointBefore(s.length())) && isHan(after.codePointAt(0))) {
            s = s + " ";
        }
        return s;
    }

    /** {@code a} then {@code b}, with a space where Latin letters or digits meet Chinese text. */
    static String joinZh(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) {
            return a + b;
        }
        int end = a.codePointBefore(a.length());
        int start = b.codePointAt(0);
        boolean space = isHan(end) && isLatinOrDigit(start) || isLatinOrDigit(end) && isHan(start);
        return space ? a + " " + b : a + b;
    }

    private static boolean isHan(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }

    private static boolean isLatinOrDigit(int cp) {
        return cp < 128 && Character.isLetterOrDigit(cp) || cp == '%' || cp == '‰';
    }

    private static String capitalized(String text) {
        return !text.isEmpty() && text.charAt(0) >= 'a' && text.charAt(0) <= 'z'
                ? Character.toUpperCase(text.charAt(0)) + text.substring(1) : text;
    }
}
