package io.github.fulianrules.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * The words for the fact model's values, fields, kinds of subject and units in the reports' two
 * languages: {@code FEMALE} is 女 / female, {@code residentWomen} is 辖区常住妇女人口 / resident
 * women, {@code SUB_DISTRICT_FEDERATION} is 街道妇联 / sub-district federation. Renderers show these
 * instead of the constants and field names of the input format; anything without a label is shown
 * as it is (a number, a date, an id).
 *
 * <pre>{@code
 * String measured = ModelLabels.value(finding.measured(), "zh");   // "NO" → "否", "3" → "3"
 * }</pre>
 *
 * <p>The words are in {@code labels_zh.properties} and {@code labels_en.properties} next to this
 * class; a rule set's messages may override a value's word with a {@code token.} entry of its own.
 */
public final class ModelLabels {
    private static final Properties ZH = load("labels_zh.properties");
    private static final Properties EN = load("labels_en.properties");

    private ModelLabels() {
    }

    /** The word for a value such as {@code MALE} or {@code ELECTION} in {@code lang}, or the value itself. */
    public static String value(String value, String lang) {
        return value == null ? null : words(lang).getProperty("value." + value, value);
    }

    /** The word for a field of the input format such as {@code residentWomen}, or the field's name. */
    public static String field(String field, String lang) {
        return field == null ? null : words(lang).getProperty("field." + field, field);
    }

    /** The word for a kind of subject such as {@code SUB_DISTRICT_FEDERATION}, or the kind's name. */
    public static String subjectType(String type, String lang) {
        return type == null ? null : words(lang).getProperty("subject." + type, type);
    }

    /**
     * A number with its unit, as a parameter declares the unit ({@code persons}, {@code days},
     * {@code ‰}, …), in words: {@code 30 天} / {@code 30 days}, {@code 1 day}, {@code 40%}; a unit
     * without words after the number as it is, a number without a unit alone.
     */
    public static String quantity(long value, String unit, String lang) {
        if (unit == null || unit.isBlank()) {
            return String.valueOf(value);
        }
        Properties words = words(lang);
        String pattern = value == 1 ? words.getProperty("unit." + unit + ".one", words.getProperty("unit." + unit))
                : words.getProperty("unit." + unit);
        return pattern == null ? value + " " + unit : pattern.replace("{0}", String.valueOf(value));
    }

    private static Properties words(String lang) {
        return "en".equalsIgnoreCase(lang) ? EN : ZH;
    }

    private static Properties load(String name) {
        Properties p = new Properties();
        try (InputStream in = ModelLabels.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the class path");
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
