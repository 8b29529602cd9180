package io.github.fulianrules.spring;

import io.github.fulianrules.catalogue.Catalogue;
import io.github.fulianrules.report.Report;
import io.github.fulianrules.xlsx.ReportWorkbook;
import java.io.IOException;
import java.util.function.Supplier;
import org.springframework.http.HttpOutputMessage;

/** Writes a {@link Report} as the report workbook ({@link ReportWorkbook}), where fulian-rules-xlsx is. */
public class ReportWorkbookHttpMessageConverter extends ReportConverter {
    public ReportWorkbookHttpMessageConverter(Supplier<Catalogue> catalogue) {
        super(catalogue, null, DistrictHttpMessageConverter.XLSX);
    }

    @Override
    protected void writeInternal(Report report, HttpOutputMessage output) throws IOException {
        ReportWorkbook.write(report, catalogue.get(), RequestLanguage.current(), output.getBody());
    }
}
