package io.github.fulianrules.examples.boot;

import io.github.fulianrules.FulianRulesException;
import io.github.fulianrules.input.DistrictReader;
import io.github.fulianrules.input.InputException;
import io.github.fulianrules.report.Report;
import io.github.fulianrules.report.ReportHtml;
import io.github.fulianrules.spring.DistrictHttpMessageConverter;
import io.github.fulianrules.spring.FulianRulesService;
import io.github.fulianrules.spring.ReportHttpMessageConverter;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The page a clerk uses: {@code /} to choose a district file (JSON or workbook), {@code /check}
 * to read its report with links to download it as a workbook, CSV or JSON; a file that cannot be
 * read comes back on the form with its problem at its place. Chinese, or English with {@code ?lang=en}.
 */
@Controller
class UploadPage {
    /** The downloads: extension, media type. */
    private static final Map<String, MediaType> DOWNLOADS = Map.of(
            "xlsx", DistrictHttpMessageConverter.XLSX,
            "csv", ReportHttpMessageConverter.CSV,
            "json", MediaType.APPLICATION_JSON);
    private static final MediaType HTML = new MediaType("text", "html", java.nio.charset.StandardCharsets.UTF_8);

    private final FulianRulesService rules;
    private final RecentReports reports;
    private final MessageSource messages;

    UploadPage(FulianRulesService rules, RecentReports reports, MessageSource messages) {
        this.rules = rules;
        this.reports = reports;
        this.messages = messages;
    }

    @GetMapping("/")
    ResponseEntity<String> form(@RequestParam(name = "lang", defaultValue = "zh") String lang) {
        return page(HttpStatus.OK, lang, List.of());
    }

    @PostMapping(path = "/check", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<String> check(@RequestParam("district") MultipartFile file,
                                 @RequestParam(name = "lang", defaultValue = "zh") String lang) throws IOException {
        String language = language(lang);
        Report report;
        try {
            report = rules.evaluate(DistrictReader.read(file.getBytes(), file.getOriginalFilename()));
        } catch (InputException e) {
            return page(HttpStatus.BAD_REQUEST, language, List.of(e.getMessage()));
        } catch (FulianRulesException e) {
            return page(HttpStatus.UNPROCESSABLE_ENTITY, language, List.of(e.getMessage()));
        }
        String id = reports.keep(report);
        String html = ReportHtml.toHtml(report, rules.engine().catalogue(), language);
        StringBuilder nav = new StringBuilder("<nav id=\"downloads\" style=\"padding:8px 16px\">")
                .append(esc(text(language, "downloads"))).append(' ');
        for (String ext : List.of("xlsx", "csv", "json")) {
            nav.append("<a class=\"download\" href=\"/reports/").append(id).append('.').append(ext)
                    .append("?lang=").append(language).append("\">").append(esc(text(language, "download." + ext)))
                    .append("</a> ");
        }
        nav.append("<a href=\"/?lang=").append(language).append("\">").append(esc(text(language, "again"))).append("</a></nav>\n");
        html = html.replaceFirst("<body>\n", "<body>\n" + java.util.regex.Matcher.quoteReplacement(nav.toString()));
        return ResponseEntity.ok().contentType(HTML).body(html);
    }

    /** A kept report as a workbook, CSV or JSON; the words in the language of {@code ?lang=} (the starter's converters). */
    @GetMapping("/reports/{id}.{ext}")
    ResponseEntity<Report> download(@PathVariable("id") String id, @PathVariable("ext") String ext) {
        MediaType type = DOWNLOADS.get(ext);
        return reports.get(id).filter(r -> type != null)
                .map(report -> ResponseEntity.ok().contentType(type)
                        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                                .filename("report-" + report.districtId() + "." + ext, java.nio.charset.StandardCharsets.UTF_8)
                                .build().toString())
                        .body(report))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    private ResponseEntity<String> page(HttpStatus status, String lang, List<String> errors) {
        String language = language(lang);
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"")
                .append("en".equals(language) ? "en" : "zh-CN").append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
                .append(esc(text(language, "title"))).append("</title>\n<style>\n").append(ReportHtml.styleSheet())
                .append("</style>\n</head>\n<body>\n<header><h1>").append(esc(text(language, "title")))
                .append("</h1><p>").append(esc(text(language, "intro"))).append("</p></header>\n<main>\n");
        if (!errors.isEmpty()) {
            html.append("<section id=\"errors\"><h2>").append(esc(text(language, "errors"))).append("</h2>\n<ul>\n");
            errors.forEach(e -> html.append("<li class=\"error\"><code>").append(esc(e)).append("</code></li>\n"));
            html.append("</ul></section>\n");
        }
        html.append("<form id=\"upload\" method=\"post\" action=\"/check?lang=").append(language)
                .append("\" enctype=\"multipart/form-data\">\n<label>").append(esc(text(language, "file")))
                .append(" <input type=\"file\" name=\"district\" accept=\".json,.jsonl,.xlsx\" required></label>\n")
                .append("<button type=\"submit\">").append(esc(text(language, "check"))).append("</button>\n</form>\n")
                .append("<p>").append(esc(text(language, "api"))).append(" <code>POST /api/check</code></p>\n")
                .append("<p><a href=\"/?lang=").append("en".equals(language) ? "zh\">中文" : "en\">English")
                .append("</a></p>\n</main>\n</body>\n</html>\n");
        return ResponseEntity.status(status).contentType(HTML).body(html.toString());
    }

    private String text(String language, String key) {
        return messages.getMessage(key, null, "en".equals(language) ? Locale.ENGLISH : Locale.ROOT);
    }

    private static String language(String lang) {
        return "en".equals(lang) ? "en" : "zh";
    }

    private static String esc(String s) {
        return ReportHtml.escape(s);
    }
}
