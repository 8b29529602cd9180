package io.github.fulianrules.examples.cli;

import io.github.fulianrules.xlsx.DistrictWorkbook;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code template --out FILE.xlsx [--lang zh|en]}: the empty district workbook a federation fills in. */
@Command(name = "template", mixinStandardHelpOptions = true,
        description = "Writes the Excel workbook a district federation fills in: one sheet per kind of record, "
                + "a notes sheet explaining each column with its clause, drop-down lists, date columns, frozen headers.")
final class TemplateCommand implements Callable<Integer> {
    @Option(names = "--out", required = true, paramLabel = "FILE.xlsx", description = "the workbook to write (replaced atomically)")
    private Path out;

    @Option(names = "--lang", defaultValue = "zh", paramLabel = "zh|en",
            description = "language of sheet names, headers and drop-down lists (default zh)")
    private CheckCommand.Lang lang;

    @Override
    public Integer call() {
        ReportOutput.write(out, "the template", o -> DistrictWorkbook.template(lang.name(), o));
        return Main.OK;
    }
}
