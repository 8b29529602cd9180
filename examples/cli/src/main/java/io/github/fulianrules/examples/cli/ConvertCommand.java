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
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code convert IN OUT}: a district from JSON to an Excel workbook or back, by OUT's extension,
 * without loss: OUT reads as the same records as IN, with the same name. The input is read as
 * strictly as {@code check} reads it.
 */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = "Converts a district between JSON (.json) and an Excel workbook (.xlsx), either way, without loss: "
                + "OUT reads as the same records as IN.")
final class ConvertCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "IN", description = "the district: JSON or an Excel workbook")
    private Path in;

    @Parameters(index = "1", paramLabel = "OUT", description = "the file to write, .json or .xlsx (replaced atomically)")
    private Path out;

    @Option(names = "--lang", defaultValue = "zh", paramLabel = "zh|en",
            description = "language of a workbook written: sheet names, headers, labels (default zh)")
    private CheckCommand.Lang lang;

    @Override
    public Integer call() throws IOException {
        String extension = extension(out);
        if (!extension.equals("json") && !extension.equals("xlsx")) {
            throw new ParameterException(spec.commandLine(), "OUT must end in .json or .xlsx: " + out);
        }
        // A workbook's problems in the words of the locale (LC_ALL, then LANG): --lang is the written workbook's.
        Locale words = LintCommand.language(null, System.getenv()).equals("zh") ? Locale.CHINESE : Locale.ENGLISH;
        DistrictWorkbook.Contents district = isWorkbook(in) ? DistrictWorkbook.readContents(in, words)
                : new DistrictWorkbook.Contents(jsonName(in), DistrictReader.read(in));
        if (extension.equals("xlsx")) {
            ReportOutput.write(out, "the workbook", o -> DistrictWorkbook.write(district.data(), district.name(), lang.name(), o));
        } else {
            nestable(district.data(), in.toString());
            ReportOutput.write(out, "the JSON", o -> {
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
    private static void nestable(DistrictData d, String source) {
        Set<String> people = d.people().stream().map(Person::id).collect(Collectors.toSet());
        for (Position p : d.positions()) {
            if (!people.contains(p.personId())) {
                String where = d.locations().getOrDefault(p.key(), source);
                throw new InputException(where, 0, 0, "personId", "no person " + quote(p.personId())
                        + " in the district: in JSON a position sits inside its person, so this one cannot be converted");
            }
        }
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
