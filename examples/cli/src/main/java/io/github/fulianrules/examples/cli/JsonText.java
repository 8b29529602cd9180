package io.github.fulianrules.examples.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/** One JSON document written to a string, ending with a line break: the outputs of diff and impact. */
final class JsonText {
    /** What writes the document. */
    interface Body {
        void write(JsonGenerator g) throws IOException;
    }

    private static final JsonFactory JSON = JsonFactory.builder().build();

    private JsonText() {
    }

    /** The document {@code body} writes, pretty-printed or on one line (for JSON lines). */
    static String of(boolean pretty, Body body) {
        StringWriter s = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(s)) {
            if (pretty) {
                g.useDefaultPrettyPrinter();
            }
            body.write(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);   // a StringWriter does not fail
        }
        return s.append('\n').toString();
    }
}
