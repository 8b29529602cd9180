package io.github.fulianrules.lint;

import io.github.fulianrules.internal.DrlSource;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a rule set may do. Rules judge facts; they do not reach outside the engine. So:
 * <ol>
 *   <li>imports come from the fact model ({@code io.github.fulianrules.model}), the rule-support
 *       types ({@code io.github.fulianrules.rulesupport}) and {@code java.time}, nothing else;</li>
 *   <li>no rule, function or query names the system, the runtime, processes, threads,
 *       reflection, class loading, files or the network;</li>
 *   <li>a consequence only inserts assessments, tallies or data issues: it does not modify,
 *       update or delete the host's facts.</li>
 * </ol>
 * The policy reads the text with comments and string literals blanked out, so that a rule's
 * name or a message may say anything.
 */
public final class SafetyPolicy {
    private static final List<String> ALLOWED_IMPORTS = List.of(
            "io.github.fulianrules.model.", "io.github.fulianrules.rulesupport.", "java.time.");

    private static final Pattern FORBIDDEN = Pattern.compile("\\b(System|Runtime|ProcessBuilder|Process|ProcessHandle"
            + "|Thread|ThreadGroup|ThreadLocal|Executors?|ExecutorService|ForkJoinPool|CompletableFuture|Timer"
            + "|Class|ClassLoader|URLClassLoader|forName|getClass|getClassLoader|newInstance|reflect|Method|Field"
            + "|Constructor|MethodHandles?|VarHandle|Unsafe|invoke|setAccessible|Proxy"
            + "|File|Files|Path|Paths|FileSystems?|FileInputStream|FileOutputStream|FileReader|FileWriter"
            + "|RandomAccessFile|ObjectInputStream|ObjectOutputStream"
            + "|Socket|ServerSocket|DatagramSocket|URL|URI|URLConnection|HttpURLConnection|HttpClient|InetAddress"
            + "|ScriptEngine|ScriptEngineManager|InitialContext|exec|exit|halt|loadLibrary|getRuntime"
            + "|getKieRuntime|getKieBase|kcontext|getEnv|getProperty|setProperty)\\b");
    private static final Pattern QUALIFIED_JAVA = Pattern.compile("\\b(java|javax|jdk|sun|com\\.sun|org\\.kie|org\\.drools)\\.([a-z]+)");
    private static final Pattern IMPORT = Pattern.compile("(?m)^\\s*import\\s+(function\\s+|static\\s+)?([\\w.*]+)");
    private static final Pattern CHANGE = Pattern.compile("\\b(modify|update|delete|retract)\\s*\\(");
    private static final Pattern INSERT = Pattern.compile("\\b(insert|insertLogical)\\s*\\(\\s*([^;]*)");
    private static final Pattern ALLOWED_INSERT = Pattern.compile("(new\\s+(Assessment|Tally|DataIssue)\\s*\\(|Assessment\\s*\\.)[\\s\\S]*");

    private SafetyPolicy() {
    }

    /** Every breach of the policy in {@code source}. */
    public static List<Problem> check(DrlSource source) {
        List<Problem> problems = new ArrayList<>();
        List<DrlSource.RuleText> rules = source.rules();
        String text = blankCommentsAndStrings(source.text());
        Matcher imp = IMPORT.matcher(text);
        while (imp.find()) {
            String name = imp.group(2);
            if (ALLOWED_IMPORTS.stream().noneMatch(name::startsWith)) {
                problems.add(at(source, text, imp.start(2), "import " + name + " is outside the fact model;"
                        + " allowed: " + String.join("*, ", ALLOWED_IMPORTS) + "*"));
            }
        }
        Matcher f = FORBIDDEN.matcher(text);
        while (f.find()) {
            problems.add(at(source, text, f.start(), ruleAt(rules, f.start()) + "calls " + f.group()
                    + ", which rules may not use (system, processes, threads, reflection, class loading, files, network)"));
        }
        Matcher q = QUALIFIED_JAVA.matcher(text);
        while (q.find()) {
            String pkg = q.group(1) + "." + q.group(2);
            if (!pkg.equals("java.time") && !pkg.equals("java.util") && !pkg.equals("java.lang")) {
                problems.add(at(source, text, q.start(), ruleAt(rules, q.start()) + "names " + pkg
                        + ", which rules may not use"));
            }
        }
        Matcher c = CHANGE.matcher(text);
        while (c.find()) {
            problems.add(at(source, text, c.start(), ruleAt(rules, c.start()) + "calls " + c.group(1)
                    + ": a consequence may only insert assessments, tallies or data issues"));
        }
        Matcher ins = INSERT.matcher(text);
        while (ins.find()) {
            if (!ALLOWED_INSERT.matcher(ins.group(2).strip()).matches()) {
                problems.add(at(source, text, ins.start(), ruleAt(rules, ins.start()) + "inserts something other than"
                        + " an Assessment, Tally or DataIssue"));
            }
        }
        problems.sort(java.util.Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
        return problems;
    }

    private static String ruleAt(List<DrlSource.RuleText> rules, int offset) {
        return rules.stream().filter(r -> r.contains(offset)).findFirst()
                .map(r -> "rule \"" + r.name() + "\" ").orElse("");
    }

    private static Problem at(DrlSource source, String text, int offset, String message) {
        int line = source.lineOf(offset);
        int lineStart = text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
        return new Problem(source.file(), line, offset - lineStart + 1, message);
    }

    /** The text with comments and string literals replaced by spaces, line breaks kept. */
    static String blankCommentsAndStrings(String text) {
        StringBuilder out = new StringBuilder(text);
        int i = 0;
        int n = text.length();
        while (i < n) {
            char ch = text.charAt(i);
            if (ch == '/' && i + 1 < n && text.charAt(i + 1) == '/') {
                while (i < n && text.charAt(i) != '\n') {
                    out.setCharAt(i++, ' ');
                }
            } else if (ch == '/' && i + 1 < n && text.charAt(i + 1) == '*') {
                while (i < n && !(text.charAt(i) == '*' && i + 1 < n && text.charAt(i + 1) == '/')) {
                    if (text.charAt(i) != '\n') {
                        out.setCharAt(i, ' ');
                    }
                    i++;
                }
                if (i < n) {
                    out.setCharAt(i++, ' ');
                    out.setCharAt(i++, ' ');
                }
            } else if (ch == '"') {
                i++;
                while (i < n && text.charAt(i) != '"' && text.charAt(i) != '\n') {
                    if (text.charAt(i) == '\\') {
                        out.setCharAt(i++, ' ');
                    }
                    if (i < n) {
                        out.setCharAt(i++, ' ');
                    }
                }
                i++;
            } else {
                i++;
            }
        }
        return out.toString();
    }
}
