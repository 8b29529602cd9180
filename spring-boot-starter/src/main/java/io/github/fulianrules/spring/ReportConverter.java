package io.github.fulianrules.spring;

import io.github.fulianrules.catalogue.Catalogue;
import io.github.fulianrules.report.Report;
import java.nio.charset.Charset;
import java.util.function.Supplier;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractHttpMessageConverter;

/** What the report's converters share: they write a {@link Report} in one of its forms and read none. */
abstract class ReportConverter extends AbstractHttpMessageConverter<Report> {
    /** The catalogue of the rules now served: the requirements' titles a report shows. */
    protected final Supplier<Catalogue> catalogue;

    ReportConverter(Supplier<Catalogue> catalogue, Charset charset, MediaType... types) {
        super(charset, types);
        this.catalogue = catalogue;
    }

    @Override
    protected boolean supports(Class<?> clazz) {
        return Report.class.isAssignableFrom(clazz);
    }

    @Override
    protected boolean canRead(MediaType mediaType) {
        return false;
    }

    @Override
    protected Report readInternal(Class<? extends Report> clazz, HttpInputMessage input) {
        throw new UnsupportedOperationException("reports are written, not read");
    }
}
