package io.github.fulianrules.examples.cli;

import io.github.fulianrules.catalogue.Catalogue;
import io.github.fulianrules.xlsx.DistrictWorkbook;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code template --out FILE.xlsx [--lang zh|en] [--rules DIR|FILE.jar]}: the empty district workbook a
 * federation fills in, its notes written from the rules: the requirements that accept waivers are
 * the catalogue's in-principle ones.
 */
@Command(name = "template", mixinStandardHelpOptions = true,
        description = "Writes the Excel workbook a district federation fills in: one sheet per kind of record, "
                + "a notes sheet explaining each column with its clause, each activity type's subject and days, and the "
                + "requirements that accept waivers (from the rules' catalogue); drop-down lists, date columns, frozen headers.")
final class TemplateCommand implements Callable<Integer> {
    @Option(names = "--out", required = true, paramLabel = "FILE.xlsx", description = "the workbook to write (replaced atomically)")
    private Path out;

    @Option(names = "--lang", defaultValue = "zh", paramLabel = "zh|en",
            description = "language of sheet names, headers and drop-down lists (default zh)")
    private CheckCommand.Lang lang;

    @Mixin
    private RuleSetOption rules;

    @Override
    public Integer call() {
        Catalogue catalogue = rules.engine().catalogue();
        ReportOutput.write(out, "the template", o -> DistrictWorkbook.template(catalogue, lang.name(), o));
        return Main.OK;
    }
}
