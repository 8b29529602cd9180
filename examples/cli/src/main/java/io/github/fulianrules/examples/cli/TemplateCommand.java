package io.github.fulianrules.examples.cli;

import io.github.fulianrules.catalogue.Catalogue;
import io.github.fulianrules.xlsx.DistrictWorkbook;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code template --out FILE.xlsx [--lang zh|en] [--rules DIR|FILE.jar]}: the empty district workbook a
 * federation fills in, its notes written from the rules: the requirements that accept waivers are
 * the catalogue's in-principle ones.
 */
@Command(name = "template", mixinStandardHelpOptions = true)
final class TemplateCommand implements Callable<Integer> {
    @Option(names = "--out", required = true, paramLabel = "FILE.xlsx")
    private Path out;

    @Spec
    private CommandSpec spec;

    @Mixin
    private RuleSetOption rules;

    @Override
    public Integer call() {
        Catalogue catalogue = rules.engine().catalogue();
        ReportOutput.write(out, "output.template", o -> DistrictWorkbook.template(catalogue, Main.language(spec).name(), o));
        return Main.OK;
    }
}
