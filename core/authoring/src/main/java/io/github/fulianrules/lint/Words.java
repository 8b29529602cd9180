package io.github.fulianrules.lint;

import io.github.fulianrules.internal.Sentences;
import java.util.Locale;

/** What lint says of an analyst's mistake, from {@code Words_zh.properties} and {@code Words_en.properties}: Chinese where asked, else English. */
final class Words {
    static final Sentences SENTENCES = Sentences.of(Words.class, "Words");

    private Words() {
    }

    /** The sentence {@code key} in {@code locale}'s language, with {@code args} filled in. */
    static String say(Locale locale, String key, Object... args) {
        return SENTENCES.say(locale, key, args);
    }
}
