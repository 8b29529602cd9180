package io.github.fulianrules.authoring;

import io.github.fulianrules.RuleSetException;
import io.github.fulianrules.internal.CatalogueFiles;
import io.github.fulianrules.internal.DrlSource;
import io.github.fulianrules.internal.ModelClasses;
import io.github.fulianrules.internal.RuleBundle;
import io.github.fulianrules.internal.RuleSet;
import io.github.fulianrules.internal.RuleSetCompiler;
import io.github.fulianrules.internal.RuleSetLoader;
import io.github.fulianrules.lint.DeclarationPolicy;
import io.github.fulianrules.lint.Linter;
import io.github.fulianrules.lint.SafetyPolicy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The DRL compiler of rule-set directories: reads an analyst's {@code *.drl}, catalogue,
 * parameter and message files, refuses what breaks the {@link SafetyPolicy} or the
 * {@link DeclarationPolicy}, compiles the rest to the executable model at run time, and has the
 * {@link io.github.fulianrules.verify.RuleVerifier} pass what it compiles to before any is loaded. The runtime finds it through {@link RuleSetCompiler}, so
 * that {@code FulianRules.builder().rulesFrom(dir)} works wherever this artifact is on the class
 * path, and only there.
 */
public final class DrlCompiler implements RuleSetCompiler {
    private static final Logger LOG = LoggerFactory.getLogger(DrlCompiler.class);

    /**
     * Compiles the {@code *.drl} files of {@code dir} with its {@code catalogue.yaml},
     * {@code parameters.yaml} and {@code messages_*.properties}, and verifies what they compile to
     * before loading any of it. Any problem throws a {@link RuleSetException} that lists them all.
     */
    @Override
    public RuleSet compile(Path dir) {
        return compile(dir, (Path) null);
    }

    /**
     * Compiles and checks the rule set of {@code dir} as {@link #compile(Path)} does, then writes it
     * to {@code bundle} as a {@link RuleBundle}; returns the rule set.
     */
    public static RuleSet buildBundle(Path dir, Path bundle) {
        return compile(dir, bundle);
    }

    private static RuleSet compile(Path dir, Path bundle) {
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
                throw new RuleSetException("cannot read " + drl + ": " + e.getMessage(), List.of());
            }
        }
        // Every problem of the data files at its place (FILE:LINE:COL: entry), before any compiling.
        RuleSetLoader.dataFiles(dir.toString(), CatalogueFiles.read(dir));
        enforcePolicy(dir.toString(), sources);
        ModelClasses classes = compile(dir, sources).verified(dir.toString(), sources);
        Map<String, byte[]> files = new TreeMap<>();
        for (String name : List.of(CatalogueFiles.CATALOGUE, CatalogueFiles.PARAMETERS, CatalogueFiles.MESSAGES_ZH,
                CatalogueFiles.MESSAGES_EN)) {
            try {
                files.put(name, DrlSource.readInside(dir, name));
            } catch (IOException e) {
                throw new RuleSetException("the catalogue files in " + dir + " cannot be read: " + e.getMessage(), List.of());
            }
        }
        sources.forEach(s -> files.put(s.file().replace('\\', '/'), s.text().getBytes(StandardCharsets.UTF_8)));
        RuleBundle compiled = new RuleBundle(classes, files);
        RuleSet rules = RuleSetLoader.load(dir.toString(), compiled, start);
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
     * Refuses a rule set that breaks the {@link SafetyPolicy} or the {@link DeclarationPolicy}: it
     * is never compiled, let alone evaluated. Early and friendly; the guarantee is the verifier.
     */
    static void enforcePolicy(String name, List<DrlSource> sources) {
        List<String> breaches = sources.stream()
                .flatMap(s -> Stream.concat(SafetyPolicy.check(s).stream(), DeclarationPolicy.check(s).stream()))
                .map(Object::toString).toList();
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
     * Compiles the DRL {@code sources} of {@code dir} to the executable model, without loading any
     * of it: the classes come back as bytes, for the {@link io.github.fulianrules.verify.RuleVerifier}.
     * Throws {@link CompileException} listing every error, each at its line, found in the text where
     * Drools gives none (an unknown field: line -1).
     */
    public static ModelClasses compile(Path dir, List<DrlSource> sources) {
        LastCompile last = lastCompile;
        if (last != null && last.sources().equals(sources)) {
            return last.classes();
        }
        ModelClasses classes = compileAnew(dir, sources);
        lastCompile = new LastCompile(List.copyOf(sources), classes);
        return classes;
    }

    /**
     * The DRL last compiled and what it compiled to: an analyst's {@code lint} then {@code test}, or a
     * reload after an edit of the messages or parameters only, does not compile the same rules again
     * (several seconds each time). One rule set is kept, the last; its classes are verified on each use.
     */
    private record LastCompile(List<DrlSource> sources, ModelClasses classes) {
    }

    private static volatile LastCompile lastCompile;

    /** As {@link #compile}, without keeping the result as the last compile: for DRL compiled for one use. */
    public static ModelClasses compileAnew(Path dir, List<DrlSource> sources) {
        KieServices ks = KieServices.Factory.get();
        // Named by the content: Drools keeps every build in one repository, one module per release.
        ReleaseId releaseId = ks.newReleaseId("io.github.fulianrules.external", "rules-" + contentId(sources), "1.0.0");
        KieFileSystem kfs = ks.newKieFileSystem();
        kfs.generateAndWritePomXML(releaseId);
        for (DrlSource source : sources) {
            // UTF-8 bytes, not a String: a String is decoded with the platform charset and Chinese rules break.
            // In the folder of the package the rules must declare, or Drools warns once per file.
            kfs.write(KFS_FOLDER + source.file().replace('\\', '/'), source.text().getBytes(StandardCharsets.UTF_8));
        }
        KieBuilder builder;
        try {
            builder = ks.newKieBuilder(kfs).buildAll(ExecutableModelProject.class);
        } catch (RuntimeException e) {
            // The generator throws for some DRL it does not support (an inline accumulate): one line, no stack trace.
            throw new CompileException("the rules in " + dir + " do not compile",
                    List.of(new CompileError(null, -1, -1, String.valueOf(e.getMessage()).lines().findFirst().orElse(""))));
        }
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        if (!errors.isEmpty()) {
            throw new CompileException("the rules in " + dir + " do not compile", errors.stream()
                    .map(m -> new CompileError(m.getPath() == null ? null : relativeToRuleSet(m.getPath()),
                            m.getLine(), m.getColumn(), m.getText().strip()))
                    .map(error -> Linter.locate(error, sources))
                    .map(p -> new CompileError(p.file(), p.line(), p.column(), p.message()))
                    .toList());
        }
        InternalKieModule module = (InternalKieModule) builder.getKieModule();
        Map<String, byte[]> classes = new TreeMap<>();
        List<String> models = new ArrayList<>();
        for (String file : module.getFileNames()) {
            if (file.endsWith(".class") && !file.startsWith(PROJECT_MODEL)) {
                classes.put(file, module.getBytes(file));
            } else if (file.endsWith("/" + MODEL_INDEX_FILE)) {
                models.addAll(RuleSetLoader.modelIndex(new String(module.getBytes(file), StandardCharsets.UTF_8)));
            }
        }
        return new ModelClasses(classes, models);
    }

    /** A name for the DRL {@code sources}: the SHA-256 of their names and texts, in hex. */
    private static String contentId(List<DrlSource> sources) {
        Map<String, byte[]> texts = new TreeMap<>();
        sources.forEach(s -> texts.put(s.file(), s.text().getBytes(StandardCharsets.UTF_8)));
        return RuleBundle.hash(texts);
    }

    /** The kie module's own class, which names the release; never loaded, the kbase is built from the models. */
    private static final String PROJECT_MODEL = "org/drools/project/model/";
    /** The name of the executable model's list of model classes in a kie module. */
    private static final String MODEL_INDEX_FILE = "drools-model";

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
