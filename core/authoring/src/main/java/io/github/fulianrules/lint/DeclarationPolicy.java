package io.github.fulianrules.lint;

import io.github.fulianrules.internal.DrlSource;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
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

    /** Every declaration of {@code source} that rules may not make. */
    public static List<Problem> check(DrlSource source) {
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
        refuse(source, pkg.getGlobals(), "declares a global, which rules may not use: a rule reads facts, not the host's objects", problems);
        refuse(source, pkg.getFunctions(), "declares a function, which rules may not do", problems);
        refuse(source, pkg.getTypeDeclarations(), "declares a type, which rules may not do: rules use the fact model", problems);
        refuse(source, pkg.getEnumDeclarations(), "declares an enum, which rules may not do: rules use the fact model", problems);
        refuse(source, pkg.getWindowDeclarations(), "declares a window, which rules may not do", problems);
        refuse(source, pkg.getEntryPointDeclarations(), "declares an entry point, which rules may not do", problems);
        refuse(source, pkg.getFunctionImports(), "imports a function, which rules may not do", problems);
        refuse(source, pkg.getAccumulateImports(), "imports an accumulate function, which rules may not do", problems);
        for (RuleDescr rule : pkg.getRules()) {
            if (rule instanceof QueryDescr) {
                problems.add(at(source, rule, "declares a query, which rules may not do"));
            } else if (rule.getLhs() != null) {
                accumulates(source, rule, rule.getLhs(), problems);
                long branches = branches(rule.getLhs());
                if (branches > MAX_BRANCHES) {
                    problems.add(at(source, rule, "rule \"" + rule.getName() + "\" has " + (branches == Long.MAX_VALUE
                            ? "more than " + Long.MAX_VALUE : branches) + " alternatives (each or doubles them), more than "
                            + MAX_BRANCHES + ": the engine builds every one when the rules load; split the rule"));
                } else {
                    List<PatternDescr> product = CrossProducts.of(rule);
                    if (!product.isEmpty()) {
                        problems.add(at(source, product.get(1), "rule \"" + rule.getName() + "\" joins "
                                + product.stream().map(PatternDescr::getObjectType).collect(Collectors.joining(" and "))
                                + " with nothing in common: the engine would build every combination of them, as many as"
                                + " the district's facts to the power of the patterns; relate each pattern to another"
                                + " (e.g. federationId == $id) or compare it with a value"));
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
    private static void accumulates(DrlSource source, RuleDescr rule, BaseDescr descr, List<Problem> problems) {
        if (descr instanceof AccumulateDescr acc) {
            if (!acc.isExternalFunction() || acc.getInitCode() != null || acc.getActionCode() != null) {
                problems.add(at(source, acc, "rule \"" + rule.getName() + "\" writes an accumulate with its own"
                        + " init/action/result code, which rules may not do: use count, sum, min, max, average,"
                        + " collectList or collectSet"));
            }
            if (acc.getInput() != null) {
                accumulates(source, rule, acc.getInput(), problems);
            }
        } else if (descr instanceof PatternDescr pattern) {
            if (pattern.getSource() != null) {
                accumulates(source, rule, pattern.getSource(), problems);
            }
        } else if (descr instanceof ConditionalElementDescr ce) {
            for (BaseDescr child : ce.getDescrs()) {
                accumulates(source, rule, child, problems);
            }
        }
    }

    private static Problem at(DrlSource source, BaseDescr d, String message) {
        return new Problem(source.file(), Math.max(d.getLine(), 0), Math.max(d.getColumn(), 0) + 1, message);
    }
}
