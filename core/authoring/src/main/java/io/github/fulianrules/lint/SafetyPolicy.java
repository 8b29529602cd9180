package io.github.fulianrules.lint;

import io.github.fulianrules.internal.DrlSource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a rule set may do. Rules judge facts; they do not reach outside the engine. So:
 * <ol>
 *   <li>the package is the rules' own ({@code io.github.fulianrules.rules}); imports come from the
 *       fact model ({@code io.github.fulianrules.model}), the rule-support types
 *       ({@code io.github.fulianrules.rulesupport}) and {@code java.time}, nothing else; a class is
 *       named by its full name only from those packages, {@code java.lang} and {@code java.util};</li>
 *   <li>no rule, query or type declaration names the system, the runtime, processes, threads,
 *       reflection, class loading, files or the network, nor the engine behind the rules
 *       ({@code drools}, {@code kcontext});</li>
 *   <li>a consequence only inserts assessments, tallies, data issues and the derived {@code Officer}
 *       and {@code RoleConflict} facts of {@code rulesupport}: it does not modify,
 *       update or delete the host's facts;</li>
 *   <li>a rule set must stop: no functions, no loops, no {@code mvel} dialect.</li>
 * </ol>
 *
 * <p>The policy reads the text with comments and string literals blanked out, so that a rule's
 * name or a message may say anything. Because it reads text, it refuses whatever would make its
 * reading differ from the compiler's: Unicode escapes ({@code \u0053ystem} is {@code System} to
 * Java), text blocks, strings not closed on their line, {@code #} comments, and characters other
 * than ASCII outside strings and comments (Java ignores some of them inside names).
 */
public final class SafetyPolicy {
    private static final List<String> ALLOWED_IMPORTS = List.of(
            "io.github.fulianrules.model.", "io.github.fulianrules.rulesupport.", "java.time.");
    private static final Set<String> ALLOWED_QUALIFIERS = Set.of("io.github.fulianrules.model",
            "io.github.fulianrules.rulesupport", "java.time", "java.time.format", "java.time.temporal", "java.lang",
            "java.util", "java.math");
    private static final Pattern ALLOWED_PACKAGE = Pattern.compile("io\\.github\\.fulianrules\\.rules(\\.\\w+)*");

    private static final Pattern FORBIDDEN = Pattern.compile("\\b(System|Runtime|ProcessBuilder|Process|ProcessHandle"
            + "|Thread|ThreadGroup|ThreadLocal|InheritableThreadLocal|Executors?|ExecutorService|ForkJoinPool"
            + "|CompletableFuture|Timer|synchronized|wait|notify|notifyAll|sleep"
            + "|Class|ClassLoader|URLClassLoader|ClassValue|forName|newInstance|reflect|Method|Field"
            + "|Constructor|MethodHandles?|VarHandle|Unsafe|invoke|setAccessible|Proxy|StackWalker|Module|ModuleLayer"
            + "|SecurityManager|ServiceLoader|ResourceBundle|\\w*[Cc]lass(es)?\\w*|\\w*Resources?\\w*|getModule"
            + "|File|Files|Path|Paths|FileSystems?|FileInputStream|FileOutputStream|FileReader|FileWriter"
            + "|RandomAccessFile|ObjectInputStream|ObjectOutputStream"
            + "|Socket|ServerSocket|DatagramSocket|URL|URI|URLConnection|HttpURLConnection|HttpClient|InetAddress"
            + "|ScriptEngine|ScriptEngineManager|InitialContext|exec|exit|halt|loadLibrary|load|getRuntime"
            + "|getEnv|getenv|getProperty|getProperties|setProperty|getInteger|getLong|getBoolean|setDefault"
            + "|drools|kcontext|getKieRuntime|getKieBase|getKieSession|getWorkingMemory|getEntryPoints?|getAgenda"
            + "|getChannels|channels|getGlobals?|setGlobal|dispose|fireAllRules|fireUntilHalt"
            + "|function|for|while|do)\\b");
    private static final Pattern QUALIFIED_JAVA = Pattern.compile("\\b(java|javax|jdk|sun|com\\s*\\.\\s*sun|org\\s*\\.\\s*kie"
            + "|org\\s*\\.\\s*drools|org\\s*\\.\\s*mvel2)\\s*\\.\\s*([a-z]+)");
    private static final Set<String> DECLARATION_WORDS = Set.of("package", "import", "static", "function", "accumulate");
    private static final Pattern CLASS_LITERAL = Pattern.compile("\\.\\s*class\\b");
    private static final Pattern PACKAGE = Pattern.compile("\\bpackage\\s+([\\w.\\s]+?)\\s*(;|$|\\n)");
    private static final Pattern IMPORT = Pattern.compile("\\bimport\\s+(?:(function|static|accumulate)\\s+)?([\\w.*\\s]+?)\\s*(;|$|\\n)");
    private static final Pattern DIALECT = Pattern.compile("\\bdialect\\b");
    private static final Pattern CHANGE = Pattern.compile("\\b(modify|update|delete|retract)\\b");
    private static final Pattern INSERT = Pattern.compile("\\b(insert|insertLogical)\\b");
    private static final Pattern ALLOWED_INSERT = Pattern.compile(
            "\\s*\\(\\s*(new\\s+(Assessment|Tally|DataIssue|Officer|RoleConflict)|Assessment\\s*\\.\\s*\\w+)\\s*\\(");

    private SafetyPolicy() {
    }

    /** Every breach of the policy in {@code source}, in English. */
    public static List<Problem> check(DrlSource source) {
        return check(source, Locale.ENGLISH);
    }

    /** Every breach of the policy in {@code source}, told in the language of {@code locale}. */
    public static List<Problem> check(DrlSource source, Locale locale) {
        Lexed lexed = lex(source.text(), locale);
        String text = lexed.text();
        Found found = new Found(locale);
        lexed.problems().forEach(p -> found.addTold(p.offset(), p.message()));
        int tooDeep = tooDeep(text);
        if (tooDeep >= 0) {
            // Nothing else reads a text nested this deep: parsers recurse on its depth.
            found.add(tooDeep, "nestsTooDeep", MAX_DEPTH);
            return found.problems(source, text, source.rules());
        }
        Matcher pkg = PACKAGE.matcher(text);
        while (pkg.find()) {
            String name = pkg.group(1).replaceAll("\\s", "");
            if (!ALLOWED_PACKAGE.matcher(name).matches()) {
                found.addPlain(pkg.start(1), "packageNotRules", name);
            }
        }
        Matcher imp = IMPORT.matcher(text);
        while (imp.find()) {
            String name = imp.group(2).replaceAll("\\s", "");
            if ("accumulate".equals(imp.group(1))) {
                found.addPlain(imp.start(), "importAccumulate", name);
            } else if (ALLOWED_IMPORTS.stream().noneMatch(name::startsWith)) {
                found.addPlain(imp.start(2), "importOutside", name, String.join("*, ", ALLOWED_IMPORTS) + "*");
            }
        }
        Matcher f = FORBIDDEN.matcher(text);
        while (f.find()) {
            found.add(f.start(), "forbiddenWord", f.group());
        }
        Matcher cl = CLASS_LITERAL.matcher(text);
        while (cl.find()) {
            found.add(cl.start(), "classLiteral");
        }
        Matcher q = QUALIFIED_JAVA.matcher(text);
        while (q.find()) {
            String pkgName = q.group(1).replaceAll("\\s", "") + "." + q.group(2);
            if (!ALLOWED_QUALIFIERS.contains(pkgName)) {
                found.add(q.start(), "namesPackage", pkgName);
            }
        }
        for (int[] chain : chains(text)) {
            String qualifier = qualifier(text, chain[0], text.substring(chain[0], chain[1]));
            if (qualifier != null && !ALLOWED_QUALIFIERS.contains(qualifier)) {
                found.add(chain[0], "namesClassOf", qualifier);
            }
        }
        Matcher d = DIALECT.matcher(text);
        while (d.find()) {
            int after = d.end();
            while (after < text.length() && Character.isWhitespace(source.text().charAt(after))) {
                after++;
            }
            if (!(source.text().startsWith("\"java\"", after) || source.text().startsWith("'java'", after))) {
                found.add(d.start(), "dialect");
            }
        }
        Matcher c = CHANGE.matcher(text);
        while (c.find()) {
            found.add(c.start(), "changesFact", c.group(1));
        }
        Matcher ins = INSERT.matcher(text);
        while (ins.find()) {
            String argument = text.substring(ins.end(), closingParen(text, ins.end()));
            Matcher allowed = ALLOWED_INSERT.matcher(argument);
            if (!allowed.lookingAt() || !isOneCall(argument, allowed.end() - 1)) {
                found.add(ins.start(), "insertsOther");
            }
        }
        return found.problems(source, text, source.rules());
    }

    /**
     * The package that {@code chain} names a class of ({@code java.util.concurrent} in
     * {@code java.util.concurrent.Executors.newFixedThreadPool}), or {@code null} when it starts
     * with a variable, a field or a class: two or more lower-case names, then a capitalised one
     * (or, all in lower case, every name but the last).
     */
    private static String qualifier(String text, int start, String chain) {
        int before = start - 1;
        while (before >= 0 && Character.isWhitespace(text.charAt(before))) {
            before--;
        }
        if (before >= 0 && text.charAt(before) == '.') {
            return null;
        }
        int word = before;
        while (word >= 0 && Character.isLetter(text.charAt(word))) {
            word--;
        }
        if (DECLARATION_WORDS.contains(text.substring(word + 1, before + 1))) {
            return null;   // package and import lines are checked on their own
        }
        String[] names = chain.replaceAll("\\s", "").split("\\.");
        int lower = 0;
        while (lower < names.length && (Character.isLowerCase(names[lower].charAt(0)) || names[lower].charAt(0) == '_')) {
            lower++;
        }
        if (lower == names.length) {
            lower--;   // all lower case: a package, then a method or field
        }
        if (lower < 2) {
            return null;
        }
        return String.join(".", java.util.Arrays.asList(names).subList(0, lower));
    }

    /** The end of the parenthesised argument list starting at {@code from} (or the end of the statement). */
    private static int closingParen(String text, int from) {
        int depth = 0;
        for (int i = from; i < Math.min(text.length(), from + LONGEST_ARGUMENT); i++) {
            char ch = text.charAt(i);
            if (ch == '(') {
                depth++;
            } else if (ch == ')') {
                depth--;
                if (depth == 0) {
                    return i + 1;
                }
            } else if ((ch == ';' || ch == '}') && depth <= 1) {
                return i;
            } else if (depth == 0 && !Character.isWhitespace(ch)) {
                return i;
            }
        }
        return Math.min(text.length(), from + LONGEST_ARGUMENT);
    }

    /**
     * Whether {@code argument}, {@code (} + a call whose own {@code (} is at {@code open} + {@code )},
     * is that one call and nothing else: {@code (new Tally(...))}, not {@code (new Tally(...) != null ? $p : null)}.
     */
    private static boolean isOneCall(String argument, int open) {
        int depth = 0;
        for (int i = open; i < argument.length(); i++) {
            char ch = argument.charAt(i);
            if (ch == '(') {
                depth++;
            } else if (ch == ')') {
                depth--;
                if (depth == 0) {
                    return argument.substring(i + 1).strip().equals(")");
                }
            }
        }
        return false;
    }

    /** The most problems told of one file: the first, in the order of the text. */
    static final int MAX_PROBLEMS = 100;
    /** How deep brackets (<code>( [ {</code>) may nest in a rule file. */
    public static final int MAX_DEPTH = 64;
    /** How far an inserted argument is looked for: an argument longer than this is not one call. */
    private static final int LONGEST_ARGUMENT = 10_000;

    /**
     * The breaches found, by offset, up to a bound: told as problems once sorted, each with its
     * rule and place, at most {@value #MAX_PROBLEMS} of them, so a file of a million breaches is
     * read once and told in a few lines.
     */
    private static final class Found {
        private final Locale locale;
        private final List<LexProblem> ofRules = new ArrayList<>();
        private final List<LexProblem> plain = new ArrayList<>();

        Found(Locale locale) {
            this.locale = locale;
        }

        /** A breach in a rule, or outside any: the sentence {@code key} with {@code args}. */
        void add(int offset, String key, Object... args) {
            addTold(offset, Words.say(locale, key, args));
        }

        /** A breach in a rule, or outside any, already told. */
        void addTold(int offset, String message) {
            if (ofRules.size() + plain.size() < 10 * MAX_PROBLEMS) {
                ofRules.add(new LexProblem(offset, message));
            }
        }

        /** A breach that is no rule's (the package, an import). */
        void addPlain(int offset, String key, Object... args) {
            if (ofRules.size() + plain.size() < 10 * MAX_PROBLEMS) {
                plain.add(new LexProblem(offset, Words.say(locale, key, args)));
            }
        }

        List<Problem> problems(DrlSource source, String text, List<DrlSource.RuleText> rules) {
            List<LexProblem> all = new ArrayList<>();
            ofRules.forEach(p -> all.add(new LexProblem(p.offset(), ruleAt(rules, p.offset())
                    .map(name -> Words.say(locale, "inRule", name, p.message())).orElse(p.message()))));
            all.addAll(plain);
            return all.stream().sorted(Comparator.comparingInt(LexProblem::offset)).distinct().limit(MAX_PROBLEMS)
                    .map(p -> at(source, text, p.offset(), p.message())).distinct().toList();
        }
    }

    /**
     * Whether brackets nest deeper than {@value #MAX_DEPTH} in {@code source}: then nothing parses
     * or compiles it (parsers recurse on that depth), and {@link #check} tells where.
     */
    public static boolean nestsTooDeep(DrlSource source) {
        return tooDeep(blankCommentsAndStrings(source.text())) >= 0;
    }

    /** Where brackets first nest deeper than {@value #MAX_DEPTH} in {@code text} (blanked), or -1. */
    static int tooDeep(String text) {
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '(' || ch == '[' || ch == '{') {
                if (++depth > MAX_DEPTH) {
                    return i;
                }
            } else if ((ch == ')' || ch == ']' || ch == '}') && depth > 0) {
                depth--;
            }
        }
        return -1;
    }

    /**
     * Names joined by dots ({@code java.io.File}, {@code $p.name}, {@code Role.values}) in
     * {@code text}, each as its start and end: a scan, not a regular expression, which would
     * recurse once per name of a long chain.
     */
    static List<int[]> chains(String text) {
        List<int[]> chains = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            char ch = text.charAt(i);
            if (!isWordPart(ch)) {
                i++;
                continue;
            }
            int start = i;
            boolean identifier = ch == '$' || ch == '_' || Character.isLetter(ch) && ch < 0x80;
            i = wordEnd(text, i);
            if (!identifier) {
                continue;
            }
            int end = i;
            while (true) {
                int k = skipSpace(text, end);
                if (k >= n || text.charAt(k) != '.') {
                    break;
                }
                k = skipSpace(text, k + 1);
                if (k >= n || !(text.charAt(k) == '$' || text.charAt(k) == '_' || Character.isLetter(text.charAt(k))
                        && text.charAt(k) < 0x80)) {
                    break;
                }
                end = wordEnd(text, k);
            }
            if (end > i) {
                chains.add(new int[] {start, end});
                i = end;
            }
        }
        return chains;
    }

    private static boolean isWordPart(char ch) {
        return ch == '$' || ch == '_' || ch < 0x80 && Character.isLetterOrDigit(ch);
    }

    private static int wordEnd(String text, int i) {
        while (i < text.length() && isWordPart(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int skipSpace(String text, int i) {
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static Optional<String> ruleAt(List<DrlSource.RuleText> rules, int offset) {
        return rules.stream().filter(r -> r.contains(offset)).findFirst().map(DrlSource.RuleText::name);
    }

    private static Problem at(DrlSource source, String text, int offset, String message) {
        int line = source.lineOf(offset);
        int lineStart = text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
        return new Problem(source.file(), line, offset - lineStart + 1, message);
    }

    /** The text with comments and string literals replaced by spaces, line breaks kept. */
    static String blankCommentsAndStrings(String text) {
        return lex(text, Locale.ENGLISH).text();
    }

    private record LexProblem(int offset, String message) {
    }

    private record Lexed(String text, List<LexProblem> problems) {
    }

    /**
     * Blanks comments ({@code //} to the end of the line, {@code /* … *}{@code /}) and string
     * literals ({@code "…"}, {@code '…'}), and notes what would make this reading differ from the
     * compiler's.
     */
    /** Adds {@code problem} while there are fewer than the problems a file is told of, ten times over. */
    private static void note(List<LexProblem> problems, LexProblem problem) {
        if (problems.size() < 10 * MAX_PROBLEMS) {
            problems.add(problem);
        }
    }

    private static Lexed lex(String text, Locale locale) {
        StringBuilder out = new StringBuilder(text);
        List<LexProblem> problems = new ArrayList<>();
        int n = text.length();
        for (int k = text.indexOf('\\'); k >= 0 && k + 1 < n; k = text.indexOf('\\', k + 1)) {
            if (text.charAt(k + 1) == 'u') {
                note(problems, new LexProblem(k, Words.say(locale, "unicodeEscape")));
            }
        }
        int i = 0;
        while (i < n) {
            char ch = text.charAt(i);
            if (ch == '/' && i + 1 < n && text.charAt(i + 1) == '/') {
                while (i < n && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
                    out.setCharAt(i++, ' ');
                }
            } else if (ch == '/' && i + 1 < n && text.charAt(i + 1) == '*') {
                while (i < n && !(text.charAt(i) == '*' && i + 1 < n && text.charAt(i + 1) == '/')) {
                    if (text.charAt(i) != '\n' && text.charAt(i) != '\r') {
                        out.setCharAt(i, ' ');
                    }
                    i++;
                }
                if (i < n) {
                    out.setCharAt(i++, ' ');
                    out.setCharAt(i++, ' ');
                }
            } else if (ch == '"' || ch == '\'') {
                if (ch == '"' && text.startsWith("\"\"\"", i)) {
                    note(problems, new LexProblem(i, Words.say(locale, "textBlock")));
                }
                int start = i++;
                while (i < n && text.charAt(i) != ch && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
                    if (text.charAt(i) == '\\') {
                        out.setCharAt(i++, ' ');
                    }
                    if (i < n && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
                        out.setCharAt(i++, ' ');
                    }
                }
                if (i >= n || text.charAt(i) != ch) {
                    note(problems, new LexProblem(start, Words.say(locale, "unclosedString")));
                } else {
                    i++;
                }
            } else if (ch == '#') {
                note(problems, new LexProblem(i, Words.say(locale, "hashComment")));
                i++;
            } else if (ch > 0x7e || (ch < 0x20 && ch != '\n' && ch != '\r' && ch != '\t')) {
                note(problems, new LexProblem(i, Words.say(locale, "notAscii", String.format("%04X", (int) ch))));
                i++;
            } else {
                i++;
            }
        }
        return new Lexed(out.toString(), problems);
    }
}
