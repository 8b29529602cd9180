package io.github.fulianrules.lint;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** What lint says of an analyst's mistake, from the message bundle of a language: English unless Chinese is asked for. */
final class Words {
    private static final String BUNDLE = "io.github.fulianrules.lint.Words";

    private Words() {
    }

    /** The sentence {@code key} in {@code locale}'s language, with {@code args} filled in. */
    static String say(Locale locale, String key, Object... args) {
        // No fallback to the JVM's default locale: what lint says does not depend on the machine.
        ResourceBundle words = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new MessageFormat(words.getString(key), locale).format(args);
    }
}
