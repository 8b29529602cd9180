package io.github.fulianrules.internal;

import io.github.fulianrules.report.Text;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
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
 * {@code {field}}, {@code {detail}}) are filled from the finding; a detail token {@code X} reads as
 * {@code token.X} where that key exists ({@code token.VENUE=活动场所}), and so does a measured or
 * required value ({@code token.NO=否}). {@code {gap|chair|chairs}} reads as the first form when the
 * value is 1 and the second otherwise, for languages that inflect.
 */
public final class Messages {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z]+)(?:\\|([^|{}]*)\\|([^|{}]*))?}");

    private final Properties zh;
    private final Properties en;

    public Messages(Properties zh, Properties en) {
        this.zh = zh;
        this.en = en;
    }

    /** Reads a properties file as UTF-8, whatever the platform's default charset. */
    public static Properties load(InputStream in) throws IOException {
        Properties p = new Properties();
        try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }

    /** Whether both languages have {@code key}. */
    public boolean has(String key) {
        return zh.containsKey(key) && en.containsKey(key);
    }

    /** The template {@code key} filled with {@code vars}; a missing key reads as the fallback. */
    public Text format(String key, Map<String, String> vars, List<String> details, String fallback) {
        return new Text(fill(zh, key, vars, details, "、", fallback), fill(en, key, vars, details, ", ", fallback));
    }

    private static String fill(Properties lang, String key, Map<String, String> vars, List<String> details,
                               String separator, String fallback) {
        String template = lang.getProperty(key, fallback);
        String detailText = details.stream().map(d -> lang.getProperty("token." + d, d))
                .collect(Collectors.joining(separator));
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String value = "details".equals(name) ? detailText : vars.get(name);
            if (value != null && m.group(2) != null) {
                value = "1".equals(value.strip()) ? m.group(2) : m.group(3);
            } else if (value != null && ("measured".equals(name) || "required".equals(name))) {
                value = lang.getProperty("token." + value, value);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? m.group() : value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
