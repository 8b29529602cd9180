package io.github.fulianrules.spring;

import io.github.fulianrules.input.DistrictReader;
import io.github.fulianrules.model.DistrictData;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractHttpMessageConverter;
import org.springframework.util.ClassUtils;

/**
 * Reads a district ({@code @RequestBody DistrictData}) as {@link DistrictReader} does: JSON
 * (format {@value DistrictReader#FORMAT}), and an Excel workbook when fulian-rules-xlsx is on the
 * class path. A bad district throws {@link io.github.fulianrules.input.InputException}, which
 * {@link FulianRulesProblems} answers with 400 and the place. Errors name the file of the request's
 * {@code Content-Disposition}, else {@value #REQUEST}.
 */
public class DistrictHttpMessageConverter extends AbstractHttpMessageConverter<DistrictData> {
    /** A workbook's media type. */
    public static final MediaType XLSX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    /** How errors name a request body without a file name. */
    public static final String REQUEST = "request";

    public DistrictHttpMessageConverter() {
        super(types().toArray(MediaType[]::new));
    }

    private static List<MediaType> types() {
        List<MediaType> types = new ArrayList<>(List.of(MediaType.APPLICATION_JSON, new MediaType("application", "*+json")));
        if (ClassUtils.isPresent("io.github.fulianrules.xlsx.XlsxFormat", DistrictHttpMessageConverter.class.getClassLoader())) {
            types.add(XLSX);
        }
        return types;
    }

    @Override
    protected boolean supports(Class<?> clazz) {
        return DistrictData.class == clazz;
    }

    @Override
    protected boolean canWrite(MediaType mediaType) {
        return false;
    }

    @Override
    protected DistrictData readInternal(Class<? extends DistrictData> clazz, HttpInputMessage input)
            throws java.io.IOException {
        return DistrictReader.read(input.getBody(), sourceName(input));
    }

    private static String sourceName(HttpInputMessage input) {
        String header = input.getHeaders().getFirst("Content-Disposition");
        if (header != null) {
            try {
                String file = ContentDisposition.parse(header).getFilename();
                if (file != null && !file.isBlank()) {
                    return file;
                }
            } catch (IllegalArgumentException e) {
                // not a Content-Disposition we can read: the request it is
            }
        }
        return REQUEST;
    }

    @Override
    protected void writeInternal(DistrictData data, HttpOutputMessage output) {
        throw new UnsupportedOperationException("districts are read, not written");
    }
}
