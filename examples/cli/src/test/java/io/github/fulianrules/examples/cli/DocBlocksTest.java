package io.github.fulianrules.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.fulianrules.input.DistrictReader;
import io.github.fulianrules.testing.DocBlocks;
import io.github.fulianrules.testing.DocBlocks.Block;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Every fenced block of README.md and docs/*.md is either run by a test or says why not: JSON, YAML, XML and
 * properties blocks are parsed here (a district validated against the schema and read; a dependency checked
 * against the modules and version of this build); every other block is named, and the name is used by a test,
 * or is marked {@code <!-- not run: REASON -->}.
 */
class DocBlocksTest {
    private static final Set<String> PARSED_HERE = Set.of("json", "yaml", "xml", "properties");
    private static final List<Block> BLOCKS = DocBlocks.all();

    @Test
    void everyBlockIsRunByATestOrSaysWhyNot() throws IOException {
        String testSources = testSources();
        List<String> unaccounted = BLOCKS.stream()
                .filter(b -> !PARSED_HERE.contains(b.language()))
                .filter(b -> b.id() == null && (b.notRun() == null || b.notRun().isBlank()))
                .map(Block::where).toList();
        List<String> namedButNotRun = BLOCKS.stream()
                .filter(b -> b.id() != null && !testSources.contains("\"" + b.id() + "\""))
                .map(b -> b.where() + " " + b.id()).toList();
        Set<String> seen = new HashSet<>();
        List<String> namedTwice = BLOCKS.stream().map(Block::id).filter(id -> id != null && !seen.add(id)).toList();

        assertThat(BLOCKS).hasSizeGreaterThan(30);
        assertThat(unaccounted).as("blocks neither named nor marked <!-- not run: REASON -->").isEmpty();
        assertThat(namedButNotRun).as("blocks whose name no test uses").isEmpty();
        assertThat(namedTwice).as("names given twice").isEmpty();
    }

    @Test
    void jsonBlocksParseAndADistrictFitsTheSchemaAndReads(@TempDir Path dir) throws IOException {
        ObjectMapper strict = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        Schema schema;
        try (InputStream in = DistrictReader.class.getResourceAsStream("district.schema.json")) {
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
        }
        List<Block> json = blocks("json");
        assertThat(json).isNotEmpty();
        for (Block block : json) {
            JsonNode node = strict.readTree(block.text());
            if (node.has("period")) {
                assertThat(schema.validate(node)).as(block.where()).isEmpty();
                Path file = dir.resolve("district.json");
                Files.writeString(file, block.text(), StandardCharsets.UTF_8);
                assertThat(DistrictReader.read(file).federations()).as(block.where()).isNotEmpty();
            }
        }
    }

    @Test
    void yamlBlocksParse() throws IOException {
        YAMLMapper yaml = new YAMLMapper();
        List<Block> blocks = blocks("yaml");
        assertThat(blocks).hasSizeGreaterThanOrEqualTo(3);
        for (Block block : blocks) {
            assertThat(yaml.readTree(block.text())).as(block.where()).isNotNull();
        }
    }

    @Test
    void propertiesBlocksHoldKeysAndValues() throws IOException {
        List<Block> blocks = blocks("properties");
        assertThat(blocks).isNotEmpty();
        for (Block block : blocks) {
            Properties properties = new Properties();
            properties.load(new StringReader(block.text()));
            assertThat(properties).as(block.where()).isNotEmpty();
            assertThat(properties.values()).as(block.where()).allSatisfy(v -> assertThat(v.toString()).isNotBlank());
        }
    }

    /** A dependency the guides show is a module of this build, at its version. */
    @Test
    void xmlBlocksAreDependenciesOnModulesOfThisBuild() throws Exception {
        Path root = DocBlocks.root();
        Document parent = parse(Files.readString(root.resolve("pom.xml")));
        String version = child(parent.getDocumentElement(), "version");
        Set<String> modules = new TreeSet<>();
        try (Stream<Path> poms = Files.walk(root)) {
            for (Path pom : poms.filter(p -> p.getFileName().toString().equals("pom.xml") && !p.toString().contains("/target/")).toList()) {
                modules.add(child(parse(Files.readString(pom)).getDocumentElement(), "artifactId"));
            }
        }
        List<Block> xml = blocks("xml");
        assertThat(xml).isNotEmpty();
        for (Block block : xml) {
            Element dependency = parse(block.text()).getDocumentElement();
            assertThat(dependency.getTagName()).as(block.where()).isEqualTo("dependency");
            assertThat(child(dependency, "groupId")).as(block.where()).isEqualTo("io.github.fulianrules");
            assertThat(modules).as(block.where()).contains(child(dependency, "artifactId"));
            assertThat(child(dependency, "version")).as(block.where()).isEqualTo(version);
        }
    }

    /** The synopsis of the command line names every command, and only options each command has. */
    @Test
    void theSynopsisNamesEveryCommandWithItsOptions() {
        Map<String, CommandLine> commands = Main.commandLine(Language.EN).getSubcommands();
        Set<String> shown = new TreeSet<>();
        for (String line : DocBlocks.text("cli-synopsis").lines().toList()) {
            List<String> words = List.of(line.split("[\\s\\[\\]|]+"));
            String name = words.get(words.indexOf("examples/cli/target/fulian-rules-cli.jar") + 1);
            assertThat(commands).as(line).containsKey(name);
            CommandSpec spec = commands.get(name).getCommandSpec();
            words.stream().filter(w -> w.startsWith("--"))
                    .forEach(option -> assertThat(spec.findOption(option)).as(name + " " + option).isNotNull());
            shown.add(name);
        }
        assertThat(shown).isEqualTo(new TreeSet<>(commands.keySet()));
    }

    private static List<Block> blocks(String language) {
        return BLOCKS.stream().filter(b -> b.language().equals(language)).toList();
    }

    /** Every test source of the repository, one string. */
    private static String testSources() throws IOException {
        try (Stream<Path> files = Files.walk(DocBlocks.root())) {
            return files.map(p -> p.toString().replace('\\', '/'))
                    .filter(p -> p.contains("/src/test/java/") && !p.contains("/target/") && p.endsWith(".java"))
                    .map(Path::of)
                    .map(p -> {
                        try {
                            return Files.readString(p, StandardCharsets.UTF_8);
                        } catch (IOException e) {
                            throw new IllegalStateException(e);
                        }
                    })
                    .collect(Collectors.joining("\n"));
        }
    }

    private static Document parse(String xml) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new org.xml.sax.InputSource(new StringReader(xml)));
    }

    /** The text of {@code element}'s direct child {@code name}. */
    private static String child(Element element, String name) {
        for (org.w3c.dom.Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                return e.getTextContent().strip();
            }
        }
        throw new IllegalStateException("no <" + name + "> in <" + element.getTagName() + ">");
    }
}
