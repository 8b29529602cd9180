package io.github.fulianrules.examples.cli;

import io.github.fulianrules.xlsx.DistrictWorkbook;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code template --out FILE.xlsx [--lang zh|en]}: the empty district workbook a federation fills in. */
@Command(name = "template", mixinStandardHelpOptions = true)
final class TemplateCommand implements Callable<Integer> {
    @Option(names = "--out", required = true, paramLabel = "FILE.xlsx")
    private Path out;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        ReportOutput.write(out, "output.template", o -> DistrictWorkbook.template(Main.language(spec).name(), o));
        return Main.OK;
    }
}
