package io.github.fulianrules.examples.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.fulianrules.examples.generate.DistrictJsonWriter;
import io.github.fulianrules.input.DistrictReader;
import io.github.fulianrules.input.InputException;
import io.github.fulianrules.model.DistrictData;
import io.github.fulianrules.model.Person;
import io.github.fulianrules.model.Position;
import io.github.fulianrules.xlsx.DistrictWorkbook;
import io.github.fulianrules.xlsx.XlsxFormat;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code convert IN OUT}: a district from JSON to an Excel workbook or back, by OUT's extension,
 * without loss: OUT reads as the same records as IN, with the same name. The input is read as
 * strictly as {@code check} reads it.
 */
@Command(name = "convert", mixinStandardHelpOptions = true)
final class ConvertCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "IN", descriptionKey = "in")
    private Path in;

    @Parameters(index = "1", paramLabel = "OUT", descriptionKey = "out")
    private Path out;

    @Override
    public Integer call() throws IOException {
        Language language = Main.language(spec);
        String extension = extension(out);
        if (!extension.equals("json") && !extension.equals("xlsx")) {
            throw new ParameterException(spec.commandLine(), language.say("convert.extension", out));
        }
        DistrictWorkbook.Contents district = isWorkbook(in) ? DistrictWorkbook.readContents(in, language.locale())
                : new DistrictWorkbook.Contents(jsonName(in), DistrictReader.read(in, language.locale()));
        if (extension.equals("xlsx")) {
            ReportOutput.write(out, "output.workbook", o -> DistrictWorkbook.write(district.data(), district.name(), language.name(), o));
        } else {
            nestable(district.data(), in.toString(), language);
            ReportOutput.write(out, "output.json", o -> {
                try (DistrictJsonWriter writer = new DistrictJsonWriter(o)) {
                    writer.write(district.data(), district.name());
                }
            });
        }
        return Main.OK;
    }

    private static String extension(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        return name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    }

    /** Whether {@code file} starts as a workbook; a file that cannot be opened is left to the reader to report. */
    private static boolean isWorkbook(Path file) {
        try (InputStream s = Files.newInputStream(file)) {
            return new XlsxFormat().recognises(s.readNBytes(8));
        } catch (IOException e) {
            return false;
        }
    }

    /** The top-level {@code name} of a JSON district (already read without error), or {@code null}. */
    private static String jsonName(Path file) throws IOException {
        try (JsonParser p = new JsonFactory().createParser(file.toFile())) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                if (field.equals("name")) {
                    return p.getValueAsString();
                }
                p.skipChildren();
            }
            return null;
        }
    }

    /** Refuses a position whose person is not in the district: in JSON a position sits inside its person. */
    private static void nestable(DistrictData d, String source, Language language) {
        Set<String> people = d.people().stream().map(Person::id).collect(Collectors.toSet());
        for (Position p : d.positions()) {
            if (!people.contains(p.personId())) {
                String where = d.locations().getOrDefault(p.key(), source);
                throw new InputException(where, 0, 0, "personId", language.say("convert.notNestable", quote(p.personId())));
            }
        }
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
