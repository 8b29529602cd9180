package io.github.fulianrules.xlsx;

import io.github.fulianrules.internal.Sentences;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

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
    private static final Sentences WORDS = Sentences.of(Message.class, "messages");

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
        return Sentences.isChinese(locale);
    }

    /** The sentence in the language of {@code locale} (Chinese for {@code zh}, English otherwise). */
    String in(Locale locale) {
        if (key == null) {
            return (String) args.get(0);
        }
        return WORDS.say(locale, key, args.stream().map(a -> word(a, locale)).toArray());
    }

    private static String word(Object arg, Locale locale) {
        if (arg instanceof Message m) {
            return m.in(locale);
        }
        if (arg instanceof Items list) {
            return String.join(chinese(locale) ? "、" : ", ", list.items());
        }
        return String.valueOf(arg);
    }

    /** The keys of the bundle in {@code lang} ({@code en} or {@code zh}), for the test that both languages have each. */
    static java.util.Set<String> keys(String lang) {
        return WORDS.keys("zh".equals(lang) ? Locale.CHINESE : Locale.ENGLISH);
    }
}
