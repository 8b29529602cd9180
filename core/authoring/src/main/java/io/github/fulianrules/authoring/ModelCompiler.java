package io.github.fulianrules.authoring;

import io.github.fulianrules.RuleSetException;
import io.github.fulianrules.internal.DrlSource;
import io.github.fulianrules.internal.ModelClasses;
import io.github.fulianrules.internal.RuleBundle;
import io.github.fulianrules.internal.RuleSetLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;

/**
 * Compiles DRL to the executable model, without loading any of it: the classes come back as bytes,
 * for the {@link io.github.fulianrules.verify.RuleVerifier}. Each compile error is as Drools gives
 * it ({@link io.github.fulianrules.lint.Linter} places it in the analyst's text). What reads a rule-set directory and decides whether it may
 * load is {@link DrlCompiler}; this class knows nothing of the checks.
 */
public final class ModelCompiler {
    private ModelCompiler() {
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
     * Drools gives none (an unknown field: line -1). The same texts compiled in an earlier run come
     * from the {@link CompileCache} when one is configured, unverified like all that this returns.
     */
    public static ModelClasses compile(Path dir, List<DrlSource> sources) {
        LastCompile last = lastCompile;
        if (last != null && last.sources().equals(sources)) {
            return last.classes();
        }
        Optional<CompileCache> cache = CompileCache.configured();
        ModelClasses classes = cache.flatMap(c -> c.load(sources)).orElse(null);
        if (classes == null) {
            classes = compileAnew(dir, sources);
            ModelClasses compiled = classes;
            cache.ifPresent(c -> c.store(sources, compiled));
        }
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

    /** Forgets the last compile, as a new JVM would not know it: for the tests of the {@link CompileCache}. */
    static void forgetLastCompile() {
        lastCompile = null;
    }

    private static final AtomicLong COMPILATIONS = new AtomicLong();

    /** How many times DRL was compiled in this JVM: what an edit of data files only must not add to. */
    public static long compilations() {
        return COMPILATIONS.get();
    }

    /** As {@link #compile}, without keeping the result as the last compile: for DRL compiled for one use. */
    public static ModelClasses compileAnew(Path dir, List<DrlSource> sources) {
        COMPILATIONS.incrementAndGet();
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
            builder = ks.newKieBuilder(kfs).buildAll(QuietModelProject.class);   // its errors are told here, not logged
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
}
