package io.github.fulianrules.internal;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.github.fulianrules.catalogue.Catalogue;
import io.github.fulianrules.catalogue.Parameter;
import io.github.fulianrules.catalogue.Requirement;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * Reads a rule set's data files: {@code catalogue.yaml} (the requirements) and
 * {@code parameters.yaml} (dated parameter values citing their clauses).
 */
public final class CatalogueFiles {
    /** The requirement catalogue's file name within a rule set. */
    public static final String CATALOGUE = "catalogue.yaml";
    /** The parameter file's name within a rule set. */
    public static final String PARAMETERS = "parameters.yaml";
    /** Chinese messages. */
    public static final String MESSAGES_ZH = "messages_zh.properties";
    /** English messages. */
    public static final String MESSAGES_EN = "messages_en.properties";

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .registerModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private CatalogueFiles() {
    }

    record RequirementFile(List<Requirement> requirements) {
    }

    record ParameterFile(List<Parameter> parameters) {
    }

    public static List<Requirement> readRequirements(InputStream in) throws IOException {
        return YAML.readValue(in, RequirementFile.class).requirements();
    }

    public static List<Parameter> readParameters(InputStream in) throws IOException {
        return YAML.readValue(in, ParameterFile.class).parameters();
    }

    public static Catalogue catalogue(InputStream requirements, InputStream parameters) throws IOException {
        List<Requirement> read = readRequirements(requirements);
        if (read == null || read.stream().anyMatch(r -> r == null || r.id() == null)) {
            throw new IOException(CATALOGUE + ": every entry of 'requirements' needs an 'id'");
        }
        return new Catalogue(read, readParameters(parameters));
    }
}
