package io.github.fulianrules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.JarURLConnection;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.URLConnection;
import java.net.URLStreamHandler;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled DRL sources read from a jar inside another jar, as a Spring Boot jar holds its
 * libraries: the URL is {@code jar:nested:…/app.jar/!BOOT-INF/lib/….jar!/…}, which only its own
 * handler can open. Sources, files and lines then agree with a plain host's.
 */
class NestedJarSourcesTest {

    @Test
    void theSourcesOfARulesJarNestedInABootJarAreRead(@TempDir Path dir) throws IOException {
        Path rulesJar = dir.resolve("fulian-rules-drl.jar");
        try (OutputStream file = Files.newOutputStream(rulesJar); JarOutputStream jar = new JarOutputStream(file)) {
            for (String name : new String[] {"b.drl", "a.drl", "notes.txt"}) {
                jar.putNextEntry(new ZipEntry(RuleSetLoader.SOURCE_DIR + name));
                jar.write(("rule of " + name).getBytes(StandardCharsets.UTF_8));
                jar.closeEntry();
            }
        }
        URLStreamHandler nested = new URLStreamHandler() {
            @Override
            protected URLConnection openConnection(URL url) throws MalformedURLException {
                // Spring Boot's own handler knows "nested:"; this test's JVM does not, so the
                // connection is made over the inner jar's plain URL, opened the way Boot's would be.
                return new JarURLConnection(new URL("jar:" + rulesJar.toUri() + "!/")) {
                    @Override
                    public JarFile getJarFile() throws IOException {
                        return new JarFile(rulesJar.toFile());
                    }

                    @Override
                    public void connect() {
                    }
                };
            }
        };
        URL folder = new URL("jar", "", -1, "nested:" + dir + "/app.jar/!BOOT-INF/lib/fulian-rules-drl.jar!/"
                + RuleSetLoader.SOURCE_DIR, nested);
        try (URLClassLoader contents = new URLClassLoader(new URL[] {rulesJar.toUri().toURL()}, null)) {
            ClassLoader bootLoader = new ClassLoader(contents) {
                @Override
                public URL getResource(String name) {
                    return RuleSetLoader.SOURCE_DIR.equals(name) ? folder : super.getResource(name);
                }
            };

            assertThat(RuleSetLoader.bundledSources(bootLoader))
                    .containsExactly(new DrlSource("a.drl", "rule of a.drl"), new DrlSource("b.drl", "rule of b.drl"));
        }
    }
}
