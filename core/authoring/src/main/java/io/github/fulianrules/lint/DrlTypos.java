package io.github.fulianrules.lint;

import io.github.fulianrules.internal.DrlSource;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Mistakes of typing in DRL that the compiler reports far from where they are, or as its own
 * internals: a parenthesis never closed (found at the {@code (} that opens it, not at the end of
 * the rule) or closing none, and a full-width character where DRL needs its ASCII twin (Chinese
 * input methods type {@code （：，}). Comments and strings are not looked at: Chinese is welcome there.
 */
final class DrlTypos {
    /** Each full-width character that DRL code may hold by mistake, with its ASCII twin. */
    static final Map<Character, Character> FULL_WIDTH = Map.ofEntries(Map.entry('（', '('), Map.entry('）', ')'),
            Map.entry('：', ':'), Map.entry('，', ','), Map.entry('；', ';'), Map.entry('＝', '='), Map.entry('＞', '>'),
            Map.entry('＜', '<'), Map.entry('“', '"'), Map.entry('”', '"'), Map.entry('【', '['), Map.entry('】', ']'),
            Map.entry('［', '['), Map.entry('］', ']'), Map.entry('｛', '{'), Map.entry('｝', '}'), Map.entry('！', '!'),
            Map.entry('＄', '$'), Map.entry('．', '.'));

    private DrlTypos() {
    }

    /** Every such mistake of {@code source}, each at its character. */
    static List<Problem> check(DrlSource source, Locale locale) {
        String code = SafetyPolicy.blankCommentsAndStrings(source.text());
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < code.length(); i++) {
            Character ascii = FULL_WIDTH.get(code.charAt(i));
            if (ascii != null) {
                problems.add(at(source, i, Words.say(locale, "fullWidth", code.charAt(i),
                        String.format("U+%04X", (int) code.charAt(i)), ascii)));
            }
        }
        List<DrlSource.RuleText> rules = source.rules();
        if (rules.isEmpty()) {
            parentheses(source, code, 0, code.length(), locale, problems);
        }
        for (DrlSource.RuleText rule : rules) {
            parentheses(source, code, rule.offset(), rule.offset() + rule.body().length(), locale, problems);
        }
        return problems;
    }

    /** The parentheses of {@code code} from {@code start} to {@code end} (a rule) that open or close nothing. */
    private static void parentheses(DrlSource source, String code, int start, int end, Locale locale, List<Problem> problems) {
        Deque<Integer> open = new ArrayDeque<>();
        for (int i = start; i < end; i++) {
            char c = code.charAt(i);
            // A full-width one counts too: it is told as such, and its twin then closes nothing for no reason.
            if (c == '(' || c == '（') {
                open.push(i);
            } else if (c == ')' || c == '）') {
                if (open.isEmpty()) {
                    problems.add(at(source, i, Words.say(locale, "unopenedParenthesis")));
                } else {
                    open.pop();
                }
            }
        }
        // The outermost unclosed one is where the mistake is: those inside it closed before the rule ended.
        if (!open.isEmpty()) {
            problems.add(at(source, open.peekLast(), Words.say(locale, "unclosedParenthesis")));
        }
    }

    private static Problem at(DrlSource source, int offset, String message) {
        return new Problem(source.file(), source.lineOf(offset), source.columnOf(offset), message);
    }
}
