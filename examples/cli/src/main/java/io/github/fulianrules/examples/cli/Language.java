package io.github.fulianrules.examples.cli;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * The one language of a run, for everything the tool prints: {@code --lang zh|en} where the command
 * line has it, else the locale's ({@code LC_ALL}, then {@code LANG}: Chinese where it starts with
 * {@code zh}), else English. {@link #of} decides it once, before picocli builds the help; the
 * sentences are those of the bundle {@code Messages} (and the help's, {@code Help}).
 */
enum Language {
    ZH(Locale.CHINESE), EN(Locale.ENGLISH);

    /** The bundle of the sentences the tool prints ({@code {0}} placeholders, {@code ''} for a quote). */
    static final String MESSAGES = "io.github.fulianrules.examples.cli.Messages";
    /** The bundle of the help picocli prints (printf-style: {@code %n}, {@code %%}). */
    static final String HELP = "io.github.fulianrules.examples.cli.Help";

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    /** The language {@code args} ask for with {@code --lang zh|en} (before a {@code --}), else {@code env}'s. */
    static Language of(List<String> args, Map<String, String> env) {
        for (int i = 0; i < args.size() && !args.get(i).equals("--"); i++) {
            String arg = args.get(i);
            String value = arg.startsWith("--lang=") ? arg.substring("--lang=".length())
                    : arg.equals("--lang") && i + 1 < args.size() ? args.get(i + 1) : null;
            for (Language l : values()) {
                if (l.code().equalsIgnoreCase(value)) {
                    return l;
                }
            }
        }
        return ofLocale(env);
    }

    /**
     * The locale's language: {@code LC_ALL}, then {@code LANG}; Chinese where it starts with {@code zh},
     * else English. Where neither is set (Windows sets neither), the JVM's own locale, which follows
     * the system's display language there.
     */
    static Language ofLocale(Map<String, String> env) {
        String locale = env.getOrDefault("LC_ALL", "");
        if (locale.isEmpty()) {
            locale = env.getOrDefault("LANG", "");
        }
        if (locale.isEmpty()) {
            locale = Locale.getDefault().getLanguage();
        }
        return locale.startsWith("zh") ? ZH : EN;
    }

    /** {@code zh} or {@code en}, as the reports take it. */
    String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    Locale locale() {
        return locale;
    }

    /**
     * The sentence {@code key} of the bundle {@code Messages} with {@code args} in its {@code {0}},
     * {@code {1}}…; numbers are put in as digits (no grouping: they are counts, years, lines).
     */
    String say(String key, Object... args) {
        String pattern = ResourceBundle.getBundle(MESSAGES, locale).getString(key);
        Object[] plain = Arrays.stream(args).map(a -> a instanceof Number ? a.toString() : a).toArray();
        return new MessageFormat(pattern, locale).format(plain);
    }
}
