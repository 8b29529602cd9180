package io.github.fulianrules.spring;

import io.github.fulianrules.catalogue.Catalogue;
import io.github.fulianrules.report.Report;
import io.github.fulianrules.report.ReportCsv;
import io.github.fulianrules.report.ReportHtml;
import io.github.fulianrules.report.ReportJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;

/**
 * Writes a {@link Report} as the library writes it, never as a JSON mapper would see the record:
 * {@code application/json} as {@link ReportJson} (the default), {@code text/html} as
 * {@link ReportHtml}, {@code text/csv} as {@link ReportCsv#findings}, the words in the request's
 * language (English when asked for, Chinese otherwise: {@code RequestLanguage}).
 */
public class ReportHttpMessageConverter extends ReportConverter {
    /** The findings table's media type. */
    public static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    /** With {@code catalogue}, the requirements' titles the HTML report shows. */
    public ReportHttpMessageConverter(Supplier<Catalogue> catalogue) {
        super(catalogue, StandardCharsets.UTF_8, MediaType.APPLICATION_JSON, MediaType.TEXT_HTML, CSV);
    }

    @Override
    protected void writeInternal(Report report, HttpOutputMessage output) throws IOException {
        MediaType type = output.getHeaders().getContentType();
        String text;
        if (type != null && type.isCompatibleWith(MediaType.TEXT_HTML)) {
            text = ReportHtml.toHtml(report, catalogue.get(), RequestLanguage.current());
        } else if (type != null && type.isCompatibleWith(CSV)) {
            text = ReportCsv.findings(report, RequestLanguage.current());
        } else {
            text = ReportJson.toJson(report);
        }
        output.getBody().write(text.getBytes(StandardCharsets.UTF_8));
    }
}
