package io.github.fulianrules.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;

/**
 * The sentences of one message bundle, in Chinese and in English: {@code BASE_zh.properties} and
 * {@code BASE_en.properties} beside a class, read as UTF-8, one key per sentence. {@code {0}} to
 * {@code {9}} are replaced by the arguments as they are (a number without grouping: line 1234, not
 * 1,234); every other character, a brace or a quote, stands for itself. Chinese is said where the
 * locale's language is Chinese, English otherwise: never the machine's default.
 *
 * <pre>{@code
 * Sentences words = Sentences.of(LocatedYaml.class, "yaml");
 * words.say(Locale.CHINESE, "fileEmpty");   // 文件是空的
 * }</pre>
 */
public final class Sentences {
    private final String base;
    private final Properties zh;
    private final Properties en;

    private Sentences(String base, Properties zh, Properties en) {
        this.base = base;
        this.zh = zh;
        this.en = en;
    }

    /** The bundle {@code base} in the package of {@code anchor}. */
    public static Sentences of(Class<?> anchor, String base) {
        return new Sentences(base, load(anchor, base + "_zh.properties"), load(anchor, base + "_en.properties"));
    }

    private static Properties load(Class<?> anchor, String name) {
        Properties words = new Properties();
        try (InputStream in = anchor.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name + " beside " + anchor.getName());
            }
            words.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }

    /** The sentence {@code key} in the language of {@code locale}, with {@code args} filled in. */
    public String say(Locale locale, String key, Object... args) {
        String pattern = (isChinese(locale) ? zh : en).getProperty(key);
        if (pattern == null) {
            throw new IllegalArgumentException("no sentence " + key + " in " + base);
        }
        if (args.length == 0) {
            return pattern;
        }
        StringBuilder s = new StringBuilder(pattern.length() + 32);
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            int arg = c == '{' && i + 2 < pattern.length() && pattern.charAt(i + 2) == '}' ? pattern.charAt(i + 1) - '0' : -1;
            if (arg >= 0 && arg < args.length && arg <= 9) {
                s.append(args[arg]);
                i += 2;
            } else {
                s.append(c);
            }
        }
        return s.toString();
    }

    /** Whether the language of {@code locale} has the sentence {@code key}. */
    public boolean has(Locale locale, String key) {
        return (isChinese(locale) ? zh : en).containsKey(key);
    }

    /** The keys of the language of {@code locale}: a test compares both languages' keys. */
    public Set<String> keys(Locale locale) {
        return (isChinese(locale) ? zh : en).stringPropertyNames();
    }

    /** Whether {@code locale} asks for Chinese. */
    public static boolean isChinese(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage());
    }
}
