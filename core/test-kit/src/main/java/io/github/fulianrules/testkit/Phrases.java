package io.github.fulianrules.testkit;

import io.github.fulianrules.report.Finding;
import io.github.fulianrules.rulesupport.Assessment;
import java.util.ArrayList;
import java.util.List;

/** Findings and checks as the test kit's failure messages and the scenario runner's differences name them. */
public final class Phrases {
    private Phrases() {
    }

    /**
     * A finding as a phrase, e.g. {@code a VIOLATION of FL-2.4a on d: measured 3, required 4, gap 1}, or
     * {@code a DATA finding EMPTY_BODY on d}.
     */
    public static String finding(Finding f) {
        StringBuilder s = new StringBuilder(f.code() == null ? article(f.kind().name()) + " of " + f.requirementId()
                : "a DATA finding " + f.code());
        s.append(" on ").append(f.subjectId());
        List<String> values = new ArrayList<>();
        add(values, "measured", f.measured());
        add(values, "required", f.required());
        if (f.gap() != 0) {
            values.add("gap " + f.gap());
        }
        add(values, "details", String.join(",", f.details()));
        if (f.waived()) {
            values.add("waived");
        }
        return values.isEmpty() ? s.toString() : s.append(": ").append(String.join(", ", values)).toString();
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
        return a.subjectId() + (a.met() ? " met" : " not met") + " (measured " + a.measured() + ", required " + a.required() + ")";
    }

    private static void add(List<String> values, String name, String value) {
        if (value != null && !value.isEmpty()) {
            values.add(name + " " + value);
        }
    }

    static String article(String word) {
        return ("AEIOU".indexOf(word.charAt(0)) >= 0 ? "an " : "a ") + word;
    }
}
