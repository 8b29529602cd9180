package io.github.fulianrules.internal;

import io.github.fulianrules.report.ModelLabels;
import io.github.fulianrules.report.Text;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
    /** How many values {@link #word} keeps in words, per language. */
    private static final int WORDS_KEPT = 4096;

    private final Properties zh;
    private final Properties en;
    /** Each template text cut at its placeholders, once: findings fill the same few templates thousands of times. */
    private final Map<String, Template> templates = new ConcurrentHashMap<>();
    /** Values in words, per language, as {@link #word} found them. */
    private final Map<String, String> zhWords = new ConcurrentHashMap<>();
    private final Map<String, String> enWords = new ConcurrentHashMap<>();

    /**
     * A template cut at its placeholders: each {@link Slot} with the text before it, then the text
     * after the last.
     */
    private record Template(String text, List<Slot> slots, String tail) {
        static Template of(String text) {
            List<Slot> slots = new java.util.ArrayList<>();
            Matcher m = PLACEHOLDER.matcher(text);
            int last = 0;
            while (m.find()) {
                slots.add(new Slot(text.substring(last, m.start()), m.group(1), m.group(), m.start(), m.end(),
                        m.group(2), m.group(3)));
                last = m.end();
            }
            return new Template(text, List.copyOf(slots), text.substring(last));
        }
    }

    /**
     * One placeholder of a {@link Template}: the text before it, its name, as written, where it starts
     * and ends, and for {@code {gap|chair|chairs}} the forms for one and for other counts (else null).
     */
    private record Slot(String before, String name, String written, int start, int end, String one, String other) {
    }

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
        return Template.of(template).slots().stream().map(s -> new Placeholder(s.name(), s.written(), s.start())).toList();
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

    /**
     * {@code value} in words in {@code lang}: the rule set's token, else the model's word, else itself;
     * kept for the next message (up to {@link #WORDS_KEPT} values a language), since the same tokens
     * and figures fill thousands of messages.
     */
    private String word(Properties lang, String language, String value) {
        Map<String, String> kept = lang == zh ? zhWords : enWords;
        String word = value == null ? null : kept.get(value);
        if (word == null) {
            String token = lang.getProperty("token." + value);
            word = token != null ? token : ModelLabels.value(value, language);
            if (value != null && word != null && kept.size() < WORDS_KEPT) {
                kept.put(value, word);
            }
        }
        return word;
    }

    /** {@code values} in words in {@code lang}, joined by {@code separator}. */
    private String words(Properties lang, String language, List<String> values, String separator) {
        if (values.size() == 1) {
            return word(lang, language, values.get(0));
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            out.append(i == 0 ? "" : separator).append(word(lang, language, values.get(i)));
        }
        return out.toString();
    }

    private String fieldWord(Properties lang, String language, String field) {
        String own = lang.getProperty("field." + field);
        if (own != null) {
            return own;
        }
        String model = ModelLabels.field(field, language);
        return model.equals(field) ? word(lang, language, field) : model;
    }

    private String fill(Properties lang, String language, String key, Map<String, ?> vars,
                        List<String> details, String separator, String fallback) {
        String text = lang.getProperty(key);
        // The templates of the message files, a bounded set, are kept; a fallback may name its subject.
        Template template = text == null ? Template.of(fallback) : templates.get(text);   // no lock where it is kept
        if (template == null) {
            template = templates.computeIfAbsent(text, Template::of);
        }
        String detailText = null;
        StringBuilder out = new StringBuilder(template.text().length() + 32);
        for (Slot slot : template.slots()) {
            out.append(slot.before());
            String name = slot.name();
            Object raw;
            if ("details".equals(name)) {
                if (detailText == null) {
                    detailText = words(lang, language, details, separator);
                }
                raw = detailText;
            } else {
                raw = vars.get(name);
            }
            String value = raw instanceof Text t ? t.in(language) : raw == null ? null : raw.toString();
            if (value == null) {
                out.append(slot.written());
                continue;
            }
            if (slot.one() != null) {
                value = "1".equals(value.strip()) ? slot.one() : slot.other();
            } else if ("field".equals(name)) {
                value = fieldWord(lang, language, value);
            } else if (!"details".equals(name) && !"subject".equals(name) && !"id".equals(name) && !(raw instanceof Text)) {
                value = word(lang, language, value);
            }
            if ("zh".equals(language) && !"subject".equals(name) && !"id".equals(name)) {
                value = chineseDays(value);
            }
            if ("zh".equals(language)) {
                value = spaced(out.length() == 0 ? -1 : out.charAt(out.length() - 1), value,
                        slot.end() < template.text().length() ? template.text().codePointAt(slot.end()) : -1);
            }
            out.append(value);
        }
        out.append(template.tail());
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

    /**
     * {@code value} with a space where its Latin letters or digits meet Chinese text before or after
     * it ({@code before} and {@code after} the characters around it, -1 for none).
     */
    private static String spaced(int before, String value, int after) {
        if (value.isEmpty()) {
            return value;
        }
        String s = value;
        if (before >= 0 && isLatinOrDigit(s.codePointAt(0)) && isHan(before)) {
            s = " " + s;
        }
        if (after >= 0 && isLatinOrDigit(s.codePointBefore(s.length())) && isHan(after)) {
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
        // The unified ideographs at once (all Han since Unicode 13, Java 17's); nothing below U+2E80 (CJK radicals) is Han.
        return cp >= 0x4E00 && cp <= 0x9FFC || cp >= 0x2E80 && Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }

    private static boolean isLatinOrDigit(int cp) {
        return cp < 128 && Character.isLetterOrDigit(cp) || cp == '%' || cp == '‰';
    }

    private static String capitalized(String text) {
        return !text.isEmpty() && text.charAt(0) >= 'a' && text.charAt(0) <= 'z'
                ? Character.toUpperCase(text.charAt(0)) + text.substring(1) : text;
    }
}
