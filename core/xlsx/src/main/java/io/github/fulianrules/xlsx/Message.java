package io.github.fulianrules.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Properties;

/**
 * A sentence a clerk reads, kept as a key of the workbook messages ({@code messages_en.properties},
 * {@code messages_zh.properties}, one key per message) and its arguments, and put into words when it is
 * read, in Chinese or English. An argument that is itself a {@link Message} or {@link Items} is put
 * into words in the same language; anything else (a value as the file holds it, a header, a number)
 * stands as it is.
 *
 * @param key  the key in the bundle, or {@code null} for a sentence given whole ({@link #literal})
 * @param args the arguments, {@code {0}}, {@code {1}} … in the sentence
 */
record Message(String key, List<Object> args) {
    private static final Properties EN = load("en");
    private static final Properties ZH = load("zh");

    /** A list of values in a message: joined with {@code , } in English and {@code 、} in Chinese. */
    record Items(List<String> items) {
    }

    Message {
        args = List.copyOf(args.stream().map(a -> a == null ? "" : a).toList());
    }

    static Message of(String key, Object... args) {
        Objects.requireNonNull(key, "key");
        return new Message(key, Arrays.asList(args));
    }

    /** A sentence given whole, the same in every language (a host's own words). */
    static Message literal(String text) {
        return new Message(null, List.of(text == null ? "" : text));
    }

    static Items items(List<String> items) {
        return new Items(List.copyOf(items));
    }

    /** Whether {@code locale} asks for Chinese; everything else is English. */
    static boolean chinese(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage());
    }

    /** The sentence in the language of {@code locale} (Chinese for {@code zh}, English otherwise). */
    String in(Locale locale) {
        if (key == null) {
            return (String) args.get(0);
        }
        boolean zh = chinese(locale);
        String pattern = (zh ? ZH : EN).getProperty(key);
        if (pattern == null) {
            throw new IllegalStateException("no workbook message " + key + " in " + (zh ? "Chinese" : "English"));
        }
        StringBuilder s = new StringBuilder(pattern.length() + 32);
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            int close = c == '{' ? pattern.indexOf('}', i) : -1;
            if (close > i + 1 && pattern.substring(i + 1, close).chars().allMatch(Character::isDigit)) {
                s.append(word(args.get(Integer.parseInt(pattern.substring(i + 1, close))), locale, zh));
                i = close;
            } else {
                s.append(c);
            }
        }
        return s.toString();
    }

    private static String word(Object arg, Locale locale, boolean zh) {
        if (arg instanceof Message m) {
            return m.in(locale);
        }
        if (arg instanceof Items list) {
            return String.join(zh ? "、" : ", ", list.items());
        }
        return String.valueOf(arg);
    }

    /** The keys of the bundle in {@code lang} ({@code en} or {@code zh}), for the test that both languages have each. */
    static java.util.Set<String> keys(String lang) {
        return ("zh".equals(lang) ? ZH : EN).stringPropertyNames();
    }

    private static Properties load(String lang) {
        String name = "messages_" + lang + ".properties";
        Properties p = new Properties();
        try (InputStream in = Message.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("no " + name + " beside " + Message.class.getName());
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
