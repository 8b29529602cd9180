package io.github.fulianrules.authoring;

import io.github.fulianrules.RuleSetException;
import io.github.fulianrules.catalogue.Catalogue;
import io.github.fulianrules.internal.CatalogueFiles;
import io.github.fulianrules.internal.DrlSource;
import io.github.fulianrules.internal.Messages;
import io.github.fulianrules.internal.RuleSet;
import io.github.fulianrules.internal.RuleSetCompiler;
import io.github.fulianrules.internal.RuleSetLoader;
import io.github.fulianrules.lint.Linter;
import io.github.fulianrules.lint.SafetyPolicy;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.runtime.KieContainer;

/**
 * The DRL compiler of rule-set directories: reads an analyst's {@code *.drl}, catalogue,
 * parameter and message files, refuses what breaks the {@link SafetyPolicy}, and compiles the rest
 * to the executable model at run time. The runtime finds it through {@link RuleSetCompiler}, so
 * that {@code FulianRules.builder().rulesFrom(dir)} works wherever this artifact is on the class
 * path, and only there.
 */
public final class DrlCompiler implements RuleSetCompiler {

    /**
     * Compiles the {@code *.drl} files of {@code dir} with its {@code catalogue.yaml},
     * {@code parameters.yaml} and {@code messages_*.properties}. Any problem throws a
     * {@link RuleSetException} that lists them all.
     */
    @Override
    public RuleSet compile(Path dir) {
        long start = System.nanoTime();
        if (!Files.isDirectory(dir)) {
            throw new RuleSetException("not a directory: " + dir, List.of());
        }
        List<Path> drls = drlFiles(dir);
        if (drls.isEmpty()) {
            throw new RuleSetException("no .drl files in " + dir, List.of());
        }
        List<DrlSource> sources = new ArrayList<>();
        for (Path drl : drls) {
            try {
                sources.add(DrlSource.read(dir, drl));
            } catch (IOException e) {
                throw new RuleSetException("cannot read " + drl, List.of(e.toString()));
            }
        }
        enforcePolicy(dir.toString(), sources);
        KieBase kieBase = compile(dir, sources);
        Catalogue catalogue;
        Messages messages;
        try (InputStream cat = Files.newInputStream(dir.resolve(CatalogueFiles.CATALOGUE));
             InputStream par = Files.newInputStream(dir.resolve(CatalogueFiles.PARAMETERS));
             InputStream zh = Files.newInputStream(dir.resolve(CatalogueFiles.MESSAGES_ZH));
             InputStream en = Files.newInputStream(dir.resolve(CatalogueFiles.MESSAGES_EN))) {
            catalogue = CatalogueFiles.catalogue(cat, par);
            messages = new Messages(Messages.load(zh), Messages.load(en));
        } catch (IOException e) {
            throw new RuleSetException("the catalogue files in " + dir + " cannot be read", List.of(e.toString()));
        }
        return RuleSetLoader.checked(dir.toString(), kieBase, catalogue, messages, sources, start);
    }

    /** Refuses a rule set that breaks the {@link SafetyPolicy}: it is never compiled, let alone evaluated. */
    static void enforcePolicy(String name, List<DrlSource> sources) {
        List<String> breaches = sources.stream().flatMap(s -> SafetyPolicy.check(s).stream()).map(Object::toString).toList();
        if (!breaches.isEmpty()) {
            throw new RuleSetException("the rules of " + name + " break the safety policy", breaches);
        }
    }

    /**
     * A compile error as Drools reports it.
     *
     * @param file   the file, relative to the rule set, or {@code null}
     * @param line   the line, or -1 when Drools gives none
     * @param column the column, or -1
     * @param text   Drools' message
     */
    public record CompileError(String file, int line, int column, String text) {
    }

    /** A rule set that does not compile, with each error as Drools gives it. */
    public static final class CompileException extends RuleSetException {
        private final transient List<CompileError> errors;

        CompileException(String summary, List<CompileError> errors) {
            super(summary, errors.stream().map(e -> e.file() + ":" + e.line() + ":" + e.column() + " " + e.text()).toList());
            this.errors = List.copyOf(errors);
        }
    }

    /** The compile errors behind {@code e}, or none when it is another problem. */
    public static List<CompileError> lastErrors(RuleSetException e) {
        return e instanceof CompileException c ? c.errors : List.of(new CompileError(null, -1, -1, e.getMessage()));
    }

    /**
     * Compiles the DRL {@code sources} of {@code dir} to the executable model; throws
     * {@link CompileException} listing every error, each at its line, found in the text where
     * Drools gives none (an unknown field: line -1).
     */
    public static KieBase compile(Path dir, List<DrlSource> sources) {
        KieServices ks = KieServices.Factory.get();
        // Drools keeps every build in one repository: each build gets its own release.
        ReleaseId releaseId = ks.newReleaseId("io.github.fulianrules.external", "rules-" + UUID.randomUUID(), "1.0.0");
        KieFileSystem kfs = ks.newKieFileSystem();
        kfs.generateAndWritePomXML(releaseId);
        for (DrlSource source : sources) {
            // UTF-8 bytes, not a String: a String is decoded with the platform charset and Chinese rules break.
            // In the folder of the package the rules must declare, or Drools warns once per file.
            kfs.write(KFS_FOLDER + source.file().replace('\\', '/'), source.text().getBytes(StandardCharsets.UTF_8));
        }
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll(ExecutableModelProject.class);
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        if (!errors.isEmpty()) {
            throw new CompileException("the rules in " + dir + " do not compile", errors.stream()
                    .map(m -> new CompileError(m.getPath() == null ? null : relativeToRuleSet(m.getPath()),
                            m.getLine(), m.getColumn(), m.getText().strip()))
                    .map(error -> Linter.locate(error, sources))
                    .map(p -> new CompileError(p.file(), p.line(), p.column(), p.message()))
                    .toList());
        }
        KieContainer container = ks.newKieContainer(releaseId);
        return container.getKieBase();
    }

    /** Where {@link #compile} puts a rule set's files in the build's file system. */
    private static final String KFS_FOLDER = "src/main/resources/" + RuleSetLoader.RESOURCE_DIR;

    /** A path Drools reports, as the analyst knows it: relative to the rule-set directory. */
    private static String relativeToRuleSet(String path) {
        String relative = path.startsWith("src/main/resources/") ? path.substring("src/main/resources/".length()) : path;
        return relative.startsWith(RuleSetLoader.RESOURCE_DIR) ? relative.substring(RuleSetLoader.RESOURCE_DIR.length()) : relative;
    }

    /** The {@code .drl} files under {@code dir}, in name order. */
    public static List<Path> drlFiles(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".drl")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
