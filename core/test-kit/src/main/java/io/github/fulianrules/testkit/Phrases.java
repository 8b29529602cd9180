package io.github.fulianrules.testkit;

import io.github.fulianrules.internal.Sentences;
import io.github.fulianrules.report.Finding;
import io.github.fulianrules.rulesupport.Assessment;
import io.github.fulianrules.scenario.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Findings and checks as the test kit's failure messages and the scenario runner's differences name them, in English or Chinese. */
public final class Phrases {
    private static final Sentences WORDS = Sentences.of(Scenario.class, "scenario");

    private Phrases() {
    }

    /**
     * A finding as a phrase, e.g. {@code a VIOLATION of FL-2.4a on d: measured 3, required 4, gap 1}, or
     * {@code a DATA finding EMPTY_BODY on d}.
     */
    public static String finding(Finding f) {
        return finding(f, Locale.ENGLISH);
    }

    /** As {@link #finding(Finding)}, in the language of {@code locale}: {@code 对 d FL-2.4a 的违规：实测 3，要求 4，差距 1}. */
    public static String finding(Finding f, Locale locale) {
        String what = f.code() == null ? WORDS.say(locale, "kind." + f.kind().name(), f.requirementId())
                : WORDS.say(locale, "kind.DATA", f.code());
        String s = WORDS.say(locale, "findingOn", what, f.subjectId());
        List<String> values = new ArrayList<>();
        add(values, locale, "measured", f.measured());
        add(values, locale, "required", f.required());
        if (f.gap() != 0) {
            values.add(WORDS.say(locale, "gap", f.gap()));
        }
        add(values, locale, "details", String.join(",", f.details()));
        if (f.waived()) {
            values.add(WORDS.say(locale, "waived"));
        }
        return values.isEmpty() ? s : WORDS.say(locale, "values", s, String.join(Sentences.isChinese(locale) ? "，" : ", ", values));
    }

    /** A finding's phrase and, on the lines under it, its message in Chinese and in English, indented by {@code indent}. */
    public static String findingWithText(Finding f, String indent) {
        String text = finding(f);
        if (f.message() != null) {
            text += "\n" + indent + "  zh: " + f.message().zh() + "\n" + indent + "  en: " + f.message().en();
        }
        return text;
    }

    /** A check, e.g. {@code d met (measured 4/5, required 80%)}. */
    public static String check(Assessment a) {
        return check(a, Locale.ENGLISH);
    }

    /** As {@link #check(Assessment)}, in the language of {@code locale}: {@code d 达标（实测 4/5，要求 80%）}. */
    public static String check(Assessment a, Locale locale) {
        return WORDS.say(locale, a.met() ? "met" : "notMet", a.subjectId(), a.measured(), a.required());
    }

    private static void add(List<String> values, Locale locale, String name, String value) {
        if (value != null && !value.isEmpty()) {
            values.add(WORDS.say(locale, name, value));
        }
    }

    static String article(String word) {
        return ("AEIOU".indexOf(word.charAt(0)) >= 0 ? "an " : "a ") + word;
    }
}
