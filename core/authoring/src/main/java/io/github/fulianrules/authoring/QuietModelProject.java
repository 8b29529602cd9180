package io.github.fulianrules.authoring;

import java.util.function.BiFunction;
import java.util.function.Predicate;
import org.drools.compiler.kie.builder.impl.BuildContext;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.compiler.kie.builder.impl.KieModuleKieProject;
import org.drools.compiler.kproject.models.KieBaseModelImpl;
import org.drools.model.codegen.ExecutableModelProject;
import org.drools.model.codegen.execmodel.CanonicalModelKieProject;
import org.drools.model.codegen.execmodel.ModelBuilderImpl;
import org.drools.model.codegen.execmodel.PackageSources;
import org.kie.api.builder.KieBuilder;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderError;

/**
 * The executable model's project ({@link ExecutableModelProject}), less one log line: Drools logs
 * the errors of DRL that does not compile at ERROR ({@code KieProject - Unable to build
 * KieBaseModel…}) besides returning them. An analyst's mistake is not the host's error: the
 * {@link ModelCompiler} reports every one itself, at its place, and a host's log stays quiet. The
 * errors and everything else the build returns are the same. Used by {@code KieBuilder.buildAll},
 * which reads {@link #SUPPLIER}; not an API.
 */
public final class QuietModelProject implements KieBuilder.ProjectType {
    /** The project for Drools' {@code KieBuilder.buildAll(QuietModelProject.class)}. */
    public static final BiFunction<InternalKieModule, ClassLoader, KieModuleKieProject> SUPPLIER = Project::new;

    private static final String LOGGING_CALLER = "org.drools.compiler.kie.builder.impl.AbstractKieProject";
    private static final String LOGGING_METHOD = "buildKnowledgePackages";

    private QuietModelProject() {
    }

    private static final class Project extends CanonicalModelKieProject {
        Project(InternalKieModule module, ClassLoader loader) {
            super(module, loader);
        }

        /** As the executable model's project makes it, one that tells its errors to all but the method that logs them. */
        @Override
        protected KnowledgeBuilder createKnowledgeBuilder(KieBaseModelImpl kBaseModel, InternalKieModule kModule) {
            if (getInternalKieModule().getKieModuleModel() != kBaseModel.getKModule()) {
                return null;
            }
            Builder builder = new Builder(getBuilderConfiguration(kBaseModel, kModule), kModule);
            modelBuilders.put(kBaseModel.getName(), builder);
            return builder;
        }

        /** The build of the kbase, with its errors among the build's messages, as Drools adds them, without the log line. */
        @Override
        public KnowledgeBuilder buildKnowledgePackages(KieBaseModelImpl kBaseModel, BuildContext context,
                                                       Predicate<String> buildFilter) {
            KnowledgeBuilder built = super.buildKnowledgePackages(kBaseModel, context, buildFilter);
            if (built instanceof Builder builder && builder.hasErrors()) {
                for (KnowledgeBuilderError error : builder.getErrors()) {
                    context.getMessages().addMessage(error).setKieBaseName(kBaseModel.getName());
                }
            }
            return built;
        }
    }

    private static final class Builder extends ModelBuilderImpl<PackageSources> {
        Builder(org.drools.compiler.builder.impl.KnowledgeBuilderConfigurationImpl configuration, InternalKieModule module) {
            super(PackageSources::dumpSources, configuration, module.getReleaseId(), false);
        }

        /** Whether there are errors; {@code false} to the one method that would log them (it adds them to nothing else). */
        @Override
        public boolean hasErrors() {
            return super.hasErrors() && !askedByTheLoggingMethod();
        }

        private static boolean askedByTheLoggingMethod() {
            return StackWalker.getInstance().walk(frames -> frames.skip(2).findFirst()
                    .map(f -> f.getClassName().equals(LOGGING_CALLER) && f.getMethodName().equals(LOGGING_METHOD))
                    .orElse(false));
        }
    }
}
