package io.github.fulianrules.examples.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.fulianrules.FulianRules;
import io.github.fulianrules.input.DistrictReader;
import io.github.fulianrules.input.InputException;
import io.github.fulianrules.report.Report;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;

/**
 * The upload page in a real headless Chromium, driven as a clerk would (choose the file, press the
 * button) over the DevTools protocol: the sample workbook's report renders with its findings and
 * downloads, a broken workbook comes back with its problem at its cell. A screenshot of the report
 * goes to {@code target/upload-page.png}, the sign that this test ran. Runs in the {@code browser}
 * profile, active where {@code /usr/bin/chromium} exists.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class UploadPageBrowserIT {
    private static final Path CHROMIUM = Path.of(System.getProperty("chromium", "/usr/bin/chromium"));
    private static final Path SCREENSHOT = Path.of("target", "upload-page.png");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    Environment environment;
    @TempDir
    Path dir;
    Process chromium;
    DevTools page;
    String base;

    @BeforeEach
    void openThePage() throws Exception {
        base = "http://localhost:" + environment.getRequiredProperty("local.server.port");
        chromium = new ProcessBuilder(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--remote-debugging-port=0", "--remote-allow-origins=*", "--window-size=1280,2000",
                "--user-data-dir=" + dir.resolve("profile"), base + "/").redirectErrorStream(true).start();
        String endpoint = null;
        BufferedReader err = new BufferedReader(new InputStreamReader(chromium.getInputStream(), StandardCharsets.UTF_8));
        for (String line; endpoint == null && (line = err.readLine()) != null; ) {
            int at = line.indexOf("ws://");
            if (line.startsWith("DevTools listening on") && at >= 0) {
                endpoint = line.substring(at);
            }
        }
        assertThat(endpoint).as("Chromium's DevTools address").isNotNull();
        Thread drain = new Thread(() -> err.lines().forEach(l -> { }), "chromium output");   // Chromium never blocks on it
        drain.setDaemon(true);
        drain.start();
        URI browser = URI.create(endpoint);
        String list = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://" + browser.getAuthority() + "/json/list")).build(), HttpResponse.BodyHandlers.ofString()).body();
        String pageSocket = null;
        for (JsonNode target : JSON.readTree(list)) {
            if ("page".equals(target.path("type").asText())) {
                pageSocket = target.path("webSocketDebuggerUrl").asText();
            }
        }
        assertThat(pageSocket).as("the page's DevTools socket").isNotNull();
        page = new DevTools(pageSocket);
    }

    @AfterEach
    void close() throws Exception {
        if (page != null) {
            page.close();
        }
        // Chromium's helpers (renderers, the zygote, the crash handler) outlive its main process for a
        // moment and go on writing into the profile, whose temporary directory JUnit then finds not
        // empty: the whole tree is ended, and waited for, before the directory is removed.
        List<ProcessHandle> tree = Stream.concat(Stream.of(chromium.toHandle()), chromium.toHandle().descendants()).toList();
        tree.forEach(ProcessHandle::destroy);
        for (ProcessHandle process : tree) {
            try {
                process.onExit().get(30, TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                process.destroyForcibly();
                process.onExit().get(30, TimeUnit.SECONDS);
            }
        }
    }

    @Test
    void theSampleWorkbookUploadedRendersItsReport() throws Exception {
        Path sample = Path.of("..", "sample", "district.xlsx").toAbsolutePath().normalize();
        Report expected = FulianRules.bundled().evaluate(DistrictReader.read(Files.readAllBytes(sample), "district.xlsx"));

        String html = upload(sample);

        assertThat(page.eval("location.pathname")).isEqualTo("/check");
        assertThat(html).as("the report was rendered").contains("<svg class=\"chart\" id=\"chart-requirements\"");
        assertThat(Integer.parseInt(page.eval("document.querySelectorAll('li.finding').length")))
                .isEqualTo(expected.findings().size());
        assertThat(page.eval("document.querySelector('#open-violations .value').textContent.trim()"))
                .isEqualTo(Integer.toString(expected.summary().openViolations()));
        assertThat(page.eval("Array.from(document.querySelectorAll('#downloads a.download')).map(a => a.textContent).join(',')"))
                .isEqualTo("工作簿,CSV,JSON");
        JsonNode shot = page.call("Page.captureScreenshot", Map.of("format", "png"));
        Files.write(SCREENSHOT, Base64.getDecoder().decode(shot.path("data").asText()));
        assertThat(Files.size(SCREENSHOT)).as("a real picture, not a blank page").isGreaterThan(20_000);
    }

    @Test
    void aBrokenWorkbookComesBackWithItsProblemAtItsCell() throws Exception {
        Path broken = dir.resolve("broken.xlsx");
        Files.write(broken, brokenWorkbook());
        InputException expected = catchThrowableOfType(InputException.class,
                () -> DistrictReader.read(Files.readAllBytes(broken), "broken.xlsx"));

        upload(broken);

        assertThat(page.eval("document.title")).isEqualTo("妇联改革落实检查");
        assertThat(page.eval("Array.from(document.querySelectorAll('#errors li.error')).map(e => e.textContent).join('\\n')"))
                .isEqualTo(expected.getMessage()).startsWith("broken.xlsx!人员!B2");
        assertThat(page.eval("String(!!document.getElementById('upload'))")).as("the form, to try again").isEqualTo("true");
    }

    /** A workbook whose 人员 sheet has 对 where 是 or 否 belongs, in cell B2. */
    private static byte[] brokenWorkbook() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook wb = new Workbook(out, "test", "1.0");
        Worksheet period = wb.newWorksheet("考核期");
        List<Object> header = List.of("名称", "开始日期", "结束日期");
        for (int c = 0; c < header.size(); c++) {
            period.value(0, c, (String) header.get(c));
        }
        period.value(1, 0, "测试区 2025");
        period.value(1, 1, LocalDate.of(2025, 1, 1));
        period.value(1, 2, LocalDate.of(2025, 12, 31));
        Worksheet people = wb.newWorksheet("人员");
        people.value(0, 0, "编号");
        people.value(0, 1, "优秀代表");
        people.value(1, 0, "p1");
        people.value(1, 1, "对");
        wb.finish();
        return out.toByteArray();
    }

    /** Chooses {@code file} in the form, submits it as the button would, and returns the page that comes back. */
    private String upload(Path file) throws Exception {
        page.waitFor("document.readyState === 'complete' && !!document.getElementById('upload')");
        JsonNode root = page.call("DOM.getDocument", Map.of("depth", 0)).path("root");
        int input = page.call("DOM.querySelector", Map.of("nodeId", root.path("nodeId").asInt(),
                "selector", "input[name=district]")).path("nodeId").asInt();
        page.call("DOM.setFileInputFiles", Map.of("nodeId", input, "files", List.of(file.toAbsolutePath().toString())));
        page.eval("document.querySelector('#upload button').click(), 'clicked'");
        page.waitFor("location.pathname === '/check' && document.readyState === 'complete'");
        return page.eval("document.documentElement.outerHTML");
    }

    /** One page's DevTools protocol: a call waits for its answer. */
    static final class DevTools implements AutoCloseable {
        private final AtomicInteger ids = new AtomicInteger();
        private final Map<Integer, CompletableFuture<JsonNode>> answers = new ConcurrentHashMap<>();
        private final WebSocket socket;

        DevTools(String url) throws Exception {
            socket = HttpClient.newHttpClient().newWebSocketBuilder().buildAsync(URI.create(url), new WebSocket.Listener() {
                private final StringBuilder text = new StringBuilder();

                @Override
                public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                    text.append(data);
                    if (last) {
                        try {
                            JsonNode message = JSON.readTree(text.toString());
                            CompletableFuture<JsonNode> answer = message.has("id") ? answers.remove(message.path("id").asInt()) : null;
                            if (answer != null) {
                                answer.complete(message);
                            }
                        } catch (java.io.IOException e) {
                            answers.values().forEach(a -> a.completeExceptionally(e));
                        }
                        text.setLength(0);
                    }
                    webSocket.request(1);
                    return null;
                }
            }).get(30, TimeUnit.SECONDS);
        }

        JsonNode call(String method, Map<String, Object> params) throws Exception {
            int id = ids.incrementAndGet();
            CompletableFuture<JsonNode> answer = new CompletableFuture<>();
            answers.put(id, answer);
            ObjectNode message = JSON.createObjectNode().put("id", id).put("method", method);
            message.set("params", JSON.valueToTree(params));
            socket.sendText(JSON.writeValueAsString(message), true).get(30, TimeUnit.SECONDS);
            JsonNode reply = answer.get(120, TimeUnit.SECONDS);
            assertThat(reply.has("error")).as(method + ": " + reply.path("error")).isFalse();
            return reply.path("result");
        }

        /** The value of {@code expression} in the page, as text. */
        String eval(String expression) throws Exception {
            JsonNode result = call("Runtime.evaluate", Map.of("expression", expression, "returnByValue", true)).path("result");
            return result.path("value").asText();
        }

        /** Waits, up to two minutes, until {@code condition} holds in the page (through a navigation). */
        void waitFor(String condition) throws Exception {
            long deadline = System.currentTimeMillis() + 120_000;
            while (System.currentTimeMillis() < deadline) {
                JsonNode result = call("Runtime.evaluate", Map.of("expression", "String(" + condition + ")", "returnByValue", true));
                if ("true".equals(result.path("result").path("value").asText())) {
                    return;
                }
                Thread.sleep(200);
            }
            throw new AssertionError("not in two minutes: " + condition);
        }

        @Override
        public void close() {
            socket.abort();
        }
    }
}
