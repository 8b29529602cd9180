/**
 * The fulian-rules runtime: the fact model, the engine over precompiled rules, reports, bundles and
 * the verifier. A modular host {@code requires io.github.fulianrules;} and puts its dependencies on
 * the module path; {@code internal} is not exported to hosts.
 *
 * <p>Open, for the frameworks that reflect over the fact and report types (Drools, Jackson).
 */
open module io.github.fulianrules {
    requires transitive org.kie.api;
    requires org.drools.base;
    requires org.drools.canonicalmodel;
    requires org.drools.modelcompiler;
    requires com.fasterxml.jackson.annotation;
    requires com.fasterxml.jackson.core;
    requires com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.dataformat.yaml;
    requires com.fasterxml.jackson.datatype.jsr310;
    requires org.yaml.snakeyaml;
    requires org.objectweb.asm;
    requires org.slf4j;

    exports io.github.fulianrules;
    exports io.github.fulianrules.catalogue;
    exports io.github.fulianrules.compare;
    exports io.github.fulianrules.input;
    exports io.github.fulianrules.model;
    exports io.github.fulianrules.report;
    exports io.github.fulianrules.rulesupport;
    exports io.github.fulianrules.verify;
    exports io.github.fulianrules.internal to io.github.fulianrules.authoring, io.github.fulianrules.test,
            io.github.fulianrules.xlsx;

    uses io.github.fulianrules.input.DistrictFormat;
    uses io.github.fulianrules.internal.RuleSetCompiler;
}
