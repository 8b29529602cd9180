package io.github.fulianrules.lint;

import io.github.fulianrules.internal.DrlSource;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.OrDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.QueryDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;

/**
 * What a rule-set file may not declare, read by the DRL parser: the declarations that let an
 * analyst write a program rather than rules. No {@code global} (a shared object of the host), no
 * {@code function}, no {@code query}, no {@code declare} of a type, enum, window or entry point, no
 * accumulate or function imports, and no accumulate with its own {@code init/action/result} code.
 * Nor what costs without bound before any rule code runs: more than {@value #MAX_BRANCHES}
 * alternatives, or patterns that join facts with nothing in common ({@link CrossProducts}).
 *
 * <p>An early, friendly check, each refusal at its line: the guarantee is the
 * {@link io.github.fulianrules.verify.RuleVerifier} on what the rules compile to, which refuses the
 * same. A file the parser cannot read is left to the compiler, which says why.
 */
public final class DeclarationPolicy {
    private DeclarationPolicy() {
    }

    /** Every declaration of {@code source} that rules may not make, in English. */
    public static List<Problem> check(DrlSource source) {
        return check(source, Locale.ENGLISH);
    }

    /** Every declaration of {@code source} that rules may not make, told in the language of {@code locale}. */
    public static List<Problem> check(DrlSource source, Locale locale) {
        if (SafetyPolicy.nestsTooDeep(source)) {
            return List.of();   // the parser recurses on the depth; the safety policy tells where it is too deep
        }
        DrlParser parser = new DrlParser();
        PackageDescr pkg;
        try {
            pkg = parser.parse(false, source.text());
        } catch (DroolsParserException | RuntimeException | StackOverflowError e) {
            return List.of();
        }
        if (pkg == null) {
            return List.of();
        }
        List<Problem> problems = new ArrayList<>();
        refuse(source, pkg.getGlobals(), Words.say(locale, "declaresGlobal"), problems);
        refuse(source, pkg.getFunctions(), Words.say(locale, "declaresFunction"), problems);
        refuse(source, pkg.getTypeDeclarations(), Words.say(locale, "declaresType"), problems);
        refuse(source, pkg.getEnumDeclarations(), Words.say(locale, "declaresEnum"), problems);
        refuse(source, pkg.getWindowDeclarations(), Words.say(locale, "declaresWindow"), problems);
        refuse(source, pkg.getEntryPointDeclarations(), Words.say(locale, "declaresEntryPoint"), problems);
        refuse(source, pkg.getFunctionImports(), Words.say(locale, "importsFunction"), problems);
        refuse(source, pkg.getAccumulateImports(), Words.say(locale, "importsAccumulate"), problems);
        for (RuleDescr rule : pkg.getRules()) {
            if (rule instanceof QueryDescr) {
                problems.add(at(source, rule, Words.say(locale, "declaresQuery")));
            } else if (rule.getLhs() != null) {
                accumulates(source, rule, rule.getLhs(), problems, locale);
                long branches = branches(rule.getLhs());
                if (branches > MAX_BRANCHES) {
                    String count = branches == Long.MAX_VALUE ? Words.say(locale, "moreThan", String.valueOf(branches))
                            : String.valueOf(branches);
                    problems.add(at(source, rule, Words.say(locale, "inRule", rule.getName(), Words.say(locale,
                            "tooManyAlternatives", count, MAX_BRANCHES))));
                } else {
                    List<PatternDescr> product = CrossProducts.of(rule);
                    if (!product.isEmpty()) {
                        problems.add(at(source, product.get(1), Words.say(locale, "inRule", rule.getName(), Words.say(locale,
                                "crossProduct", product.stream().map(PatternDescr::getObjectType)
                                        .collect(Collectors.joining(Words.say(locale, "and")))))));
                    }
                }
            }
        }
        problems.sort(Comparator.comparingInt(Problem::line));
        return problems;
    }

    /**
     * The most alternatives one rule may have: the engine turns a rule with {@code or} into one rule
     * per alternative, so eighteen {@code (A or B)} make 262,144 rules before anything is evaluated.
     */
    public static final int MAX_BRANCHES = 64;

    /**
     * How many alternatives {@code descr} has: those of an {@code or} add up, those of the parts of
     * anything else multiply; at most {@link Long#MAX_VALUE}.
     */
    static long branches(BaseDescr descr) {
        if (descr instanceof OrDescr or) {
            long sum = 0;
            for (BaseDescr child : or.getDescrs()) {
                sum = saturated(sum + branches(child));
            }
            return Math.max(sum, 1);
        }
        long product = 1;
        if (descr instanceof ConditionalElementDescr ce) {
            for (BaseDescr child : ce.getDescrs()) {
                long b = branches(child);
                product = product > Long.MAX_VALUE / b ? Long.MAX_VALUE : product * b;
            }
        } else if (descr instanceof PatternDescr pattern && pattern.getSource() instanceof AccumulateDescr acc
                && acc.getInput() != null) {
            product = branches(acc.getInput());
        }
        return product;
    }

    private static long saturated(long sum) {
        return sum < 0 ? Long.MAX_VALUE : sum;
    }

    private static void refuse(DrlSource source, Collection<? extends BaseDescr> found, String message, List<Problem> problems) {
        for (BaseDescr d : found) {
            problems.add(at(source, d, message));
        }
    }

    /** The accumulates of {@code descr} and below that bring their own code. */
    private static void accumulates(DrlSource source, RuleDescr rule, BaseDescr descr, List<Problem> problems,
                                    Locale locale) {
        if (descr instanceof AccumulateDescr acc) {
            if (!acc.isExternalFunction() || acc.getInitCode() != null || acc.getActionCode() != null) {
                problems.add(at(source, acc, Words.say(locale, "inRule", rule.getName(), Words.say(locale, "ownAccumulate"))));
            }
            if (acc.getInput() != null) {
                accumulates(source, rule, acc.getInput(), problems, locale);
            }
        } else if (descr instanceof PatternDescr pattern) {
            if (pattern.getSource() != null) {
                accumulates(source, rule, pattern.getSource(), problems, locale);
            }
        } else if (descr instanceof ConditionalElementDescr ce) {
            for (BaseDescr child : ce.getDescrs()) {
                accumulates(source, rule, child, problems, locale);
            }
        }
    }

    private static Problem at(DrlSource source, BaseDescr d, String message) {
        return new Problem(source.file(), Math.max(d.getLine(), 0), Math.max(d.getColumn(), 0) + 1, message);
    }
}
