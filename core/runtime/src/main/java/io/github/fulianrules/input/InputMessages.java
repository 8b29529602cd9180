package io.github.fulianrules.input;

import io.github.fulianrules.internal.Sentences;
import java.util.Locale;
import java.util.Set;

/**
 * The sentences of input errors in Chinese and English, from {@code messages_zh.properties} and
 * {@code messages_en.properties} next to this class: Chinese for a locale whose language is
 * {@code zh}, English otherwise. The words of the format itself (field names, enum constants,
 * {@code true}, {@code null}) stay as the file must have them.
 */
final class InputMessages {
    private static final Sentences SENTENCES = Sentences.of(InputMessages.class, "messages");
    static final InputMessages EN = new InputMessages(Locale.ENGLISH);
    static final InputMessages ZH = new InputMessages(Locale.CHINESE);

    private final Locale locale;

    private InputMessages(Locale locale) {
        this.locale = locale;
    }

    /** The sentences for {@code locale}: Chinese for {@code zh}, English for anything else or {@code null}. */
    static InputMessages of(Locale locale) {
        return Sentences.isChinese(locale) ? ZH : EN;
    }

    /** The sentence {@code key} with {@code {0}}, {@code {1}}, … replaced by {@code args} as they are. */
    String text(String key, Object... args) {
        return SENTENCES.say(locale, key, args);
    }

    /** The keys, for tests. */
    Set<String> keys() {
        return SENTENCES.keys(locale);
    }
}
