package io.github.fulianrules.input;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;

/**
 * The sentences of input errors in Chinese and English, from {@code messages_zh.properties} and
 * {@code messages_en.properties} next to this class: Chinese for a locale whose language is
 * {@code zh}, English otherwise. The words of the format itself (field names, enum constants,
 * {@code true}, {@code null}) stay as the file must have them.
 */
final class InputMessages {
    static final InputMessages EN = new InputMessages(load("messages_en.properties"));
    static final InputMessages ZH = new InputMessages(load("messages_zh.properties"));

    private final Properties words;

    private InputMessages(Properties words) {
        this.words = words;
    }

    /** The sentences for {@code locale}: Chinese for {@code zh}, English for anything else or {@code null}. */
    static InputMessages of(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage()) ? ZH : EN;
    }

    /** The sentence {@code key} with {@code {0}}, {@code {1}}, … replaced by {@code args} as they are. */
    String text(String key, Object... args) {
        String pattern = words.getProperty(key);
        if (pattern == null) {
            throw new IllegalStateException("no input message " + key);
        }
        if (args.length == 0) {
            return pattern;
        }
        StringBuilder s = new StringBuilder(pattern.length() + 32);
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            int close = c == '{' ? pattern.indexOf('}', i) : -1;
            if (close == i + 2 && Character.isDigit(pattern.charAt(i + 1)) && pattern.charAt(i + 1) - '0' < args.length) {
                s.append(args[pattern.charAt(i + 1) - '0']);
                i = close + 1;
            } else {
                s.append(c);
                i++;
            }
        }
        return s.toString();
    }

    /** The keys, for tests. */
    java.util.Set<String> keys() {
        return words.stringPropertyNames();
    }

    private static Properties load(String name) {
        Properties p = new Properties();
        try (InputStream in = InputMessages.class.getResourceAsStream(name)) {
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
