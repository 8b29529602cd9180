package io.github.fulianrules.spring;

import io.github.fulianrules.catalogue.Catalogue;
import io.github.fulianrules.report.Report;
import io.github.fulianrules.xlsx.ReportWorkbook;
import java.io.IOException;
import java.util.function.Supplier;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.converter.AbstractHttpMessageConverter;

/** Writes a {@link Report} as the report workbook ({@link ReportWorkbook}), where fulian-rules-xlsx is. */
public class ReportWorkbookHttpMessageConverter extends AbstractHttpMessageConverter<Report> {
    private final Supplier<Catalogue> catalogue;

    public ReportWorkbookHttpMessageConverter(Supplier<Catalogue> catalogue) {
        super(DistrictHttpMessageConverter.XLSX);
        this.catalogue = catalogue;
    }

    @Override
    protected boolean supports(Class<?> clazz) {
        return Report.class.isAssignableFrom(clazz);
    }

    @Override
    protected boolean canRead(org.springframework.http.MediaType mediaType) {
        return false;
    }

    @Override
    protected Report readInternal(Class<? extends Report> clazz, HttpInputMessage input) {
        throw new UnsupportedOperationException("reports are written, not read");
    }

    @Override
    protected void writeInternal(Report report, HttpOutputMessage output) throws IOException {
        ReportWorkbook.write(report, catalogue.get(), RequestLanguage.current(), output.getBody());
    }
}
