package io.github.fulianrules.authoring;

import io.github.fulianrules.RuleSetException;
import io.github.fulianrules.internal.DrlSource;
import io.github.fulianrules.internal.ModelClasses;
import io.github.fulianrules.internal.RuleBundle;
import io.github.fulianrules.internal.RuleSet;
import io.github.fulianrules.internal.RuleSetCompiler;
import io.github.fulianrules.internal.RuleSetLoader;
import io.github.fulianrules.lint.Linter;
import io.github.fulianrules.lint.Problem;
import io.github.fulianrules.lint.RuleSetDirectory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.kie.api.KieBase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads rule-set directories: reads an analyst's {@code *.drl}, catalogue, parameter and message
 * files once, has {@link Linter} check them (the policies, the catalogue, the messages, the
 * compilation and the {@link io.github.fulianrules.verify.RuleVerifier}), and loads the classes
 * those very texts compiled to only when lint finds nothing: one definition of a valid rule set for
 * {@code lint}, {@code build}, {@code --rules DIR} and {@code FulianRules.builder().rulesFrom(dir)}.
 * The runtime finds it through {@link RuleSetCompiler}, wherever this artifact is on the class path.
 */
public final class DrlCompiler implements RuleSetCompiler {
    private static final Logger LOG = LoggerFactory.getLogger(DrlCompiler.class);

    /**
     * Loads the rule set of {@code dir} once {@link Linter} finds no problem in it; otherwise throws
     * a {@link RuleSetException} listing each problem as lint prints it ({@code DIR/FILE:LINE:COL message}).
     */
    @Override
    public RuleSet compile(Path dir) {
        return compile(dir, null);
    }

    /**
     * Checks and loads the rule set of {@code dir} as {@link #compile(Path)} does, then writes it to
     * {@code bundle} as a {@link RuleBundle}; returns the rule set.
     */
    public static RuleSet buildBundle(Path dir, Path bundle) {
        return compile(dir, bundle);
    }

    private static RuleSet compile(Path dir, Path bundle) {
        long start = System.nanoTime();
        RuleSetDirectory read = RuleSetDirectory.read(dir);
        Linter.Linted linted = Linter.check(read);
        if (!linted.problems().isEmpty()) {
            throw refusal(dir, linted.problems());
        }
        Map<String, byte[]> files = new TreeMap<>(read.files());
        for (DrlSource s : read.sources()) {
            files.put(s.file().replace('\\', '/'), s.text().getBytes(StandardCharsets.UTF_8));
        }
        RuleBundle compiled = new RuleBundle(linted.classes(), files);
        RuleSet rules = RuleSetLoader.checked(dir.toString(), kieBase(dir, linted.classes()), read.data().catalogue(),
                read.data().messages(), read.sources(), start);
        if (bundle != null) {
            try {
                String hash = compiled.write(bundle);
                LOG.info("Wrote the rule bundle {} (SHA-256 {})", bundle, hash);
            } catch (IOException e) {
                throw new RuleSetException("cannot write the bundle " + bundle + ": " + e.getMessage(), List.of());
            }
        }
        return rules;
    }

    /**
     * The kbase of {@code classes}: the last one built when they are the classes last compiled, as
     * after an edit of the parameters or messages only, which are data the rules read as facts.
     */
    private static KieBase kieBase(Path dir, ModelClasses classes) {
        LastKieBase last = lastKieBase;
        if (last != null && last.classes() == classes) {
            return last.kieBase();
        }
        KieBase kieBase = classes.kieBase(dir.toString());
        lastKieBase = new LastKieBase(classes, kieBase);
        return kieBase;
    }

    private record LastKieBase(ModelClasses classes, KieBase kieBase) {
    }

    private static volatile LastKieBase lastKieBase;

    /** The refusal of the rule set in {@code dir}, with each of lint's {@code problems} as lint prints it. */
    static RuleSetException refusal(Path dir, List<Problem> problems) {
        return new RuleSetException("the rule set " + dir + " has " + problems.size()
                + " problem(s), as lint lists them; nothing is loaded",
                problems.stream().map(p -> p.in(dir)).toList());
    }
}
