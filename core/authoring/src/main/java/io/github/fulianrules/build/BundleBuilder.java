package io.github.fulianrules.build;

import io.github.fulianrules.authoring.DrlCompiler;
import io.github.fulianrules.internal.RuleBundle;
import io.github.fulianrules.internal.RuleSet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.jar.JarFile;

/**
 * Builds a rule bundle: compiles a rule-set directory once, checks it as a load would (the text
 * and declaration policies, the verifier on its classes, the catalogue), and writes a jar that a
 * host loads without compiling, with {@code FulianRules.builder().rulesFrom(jar)}.
 *
 * <pre>{@code
 * BundleBuilder.Built built = BundleBuilder.build(Path.of("my-rules"), Path.of("my-rules.jar"));
 * System.out.println(built.rules() + " rules, SHA-256 " + built.sha256());
 * }</pre>
 */
public final class BundleBuilder {
    private BundleBuilder() {
    }

    /**
     * What {@link #build} wrote.
     *
     * @param bundle the jar
     * @param rules  how many rules it holds
     * @param sha256 the SHA-256 of its content, as its manifest says
     */
    public record Built(Path bundle, int rules, String sha256) {
    }

    /** Builds the rule set of {@code dir} into {@code jar}; throws {@link io.github.fulianrules.RuleSetException} naming every problem. */
    public static Built build(Path dir, Path jar) {
        RuleSet rules = DrlCompiler.buildBundle(dir, jar);
        return new Built(jar, rules.rules().size(), sha256(jar));
    }

    private static String sha256(Path jar) {
        try (JarFile file = new JarFile(jar.toFile(), false)) {
            return file.getManifest().getMainAttributes().getValue(RuleBundle.CONTENT_HASH);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
