package fi.perhekeskus.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.junit.jupiter.api.Test;

/**
 * The modules and the feature packages keep to their lines: the core knows neither the audit
 * module nor the web; the audit module does not know the web; the core's packages depend on one
 * another without cycles; and no package reads or writes another package's tables, only asks its
 * public API (docs/architecture.md).
 */
class BoundariesTest {

    private static final JavaClasses ALL = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("fi.perhekeskus");

    /** The source of every module's main code, seen from the web module's directory. */
    private static final List<Path> SOURCES = List.of(Path.of("../core/src/main/java"),
            Path.of("../audit/src/main/java"), Path.of("src/main/java"));

    private static final Path CHANGELOG = Path.of("../migrations/src/main/resources/db/changelog");

    /**
     * The tables no JPA entity maps, by the feature package that owns them. Spring Session's are
     * the framework's own: no package of ours touches them.
     */
    private static final Map<String, String> KEPT_WITHOUT_ENTITY = Map.ofEntries(
            Map.entry("access_log", "accesslog"),
            Map.entry("disclosure_log", "accesslog"),
            Map.entry("idempotent_request", "web.commands"),
            Map.entry("sign_in_failure", "web.signin"),
            Map.entry("domain_event_entry", "platform"),
            Map.entry("snapshot_event_entry", "platform"),
            Map.entry("token_entry", "platform"),
            Map.entry("association_value_entry", "platform"),
            Map.entry("saga_entry", "platform"),
            Map.entry("dead_letter_entry", "platform"),
            Map.entry("scheduled_tasks", "platform"),
            Map.entry("professional_aud", "directory"),
            Map.entry("unit_aud", "directory"),
            Map.entry("spring_session", "nobody"),
            Map.entry("spring_session_attributes", "nobody"));

    private static final Pattern NAMED_TABLE =
            Pattern.compile("\\b(?:FROM|JOIN|INTO|UPDATE|TABLE)\\s+(\\w+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern TEXT_BLOCK = Pattern.compile("\"\"\"(.*?)\"\"\"", Pattern.DOTALL);
    private static final Pattern STRING = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");

    @Test
    void theCoreKnowsNeitherTheAuditModuleNorTheWeb() {
        noClasses().that().resideOutsideOfPackages("fi.perhekeskus.audit..", "fi.perhekeskus.web..")
                .should().dependOnClassesThat().resideInAnyPackage("fi.perhekeskus.audit..", "fi.perhekeskus.web..")
                .check(ALL);
    }

    @Test
    void theAuditModuleDoesNotKnowTheWeb() {
        noClasses().that().resideInAPackage("fi.perhekeskus.audit..")
                .should().dependOnClassesThat().resideInAPackage("fi.perhekeskus.web..")
                .check(ALL);
    }

    @Test
    void theCoresPackagesDependOnOneAnotherWithoutCycles() {
        slices().matching("fi.perhekeskus.(*)..").should().beFreeOfCycles()
                .check(ALL.that(JavaClass.Predicates.resideOutsideOfPackages("fi.perhekeskus.audit..",
                        "fi.perhekeskus.web..")));
    }

    @Test
    void everyTableHasAnOwningPackage() {
        assertThat(owners().keySet()).containsAll(createdTables());
    }

    @Test
    void noPackageReadsOrWritesAnotherPackagesTables() {
        Map<String, String> owners = owners();
        var crossings = new TreeSet<String>();
        sources().forEach(source -> {
            String feature = feature(source);
            Matcher named = NAMED_TABLE.matcher(literals(source));
            while (named.find()) {
                String owner = owners.get(named.group(1).toLowerCase());
                if (owner != null && !owner.equals(feature)) {
                    crossings.add(feature + " (" + source.getFileName() + ") uses " + named.group(1) + " of " + owner);
                }
            }
        });
        assertThat(crossings).isEmpty();
    }

    /** Owners by table name and by entity name (JPQL names the entity): the package of the entity. */
    private static Map<String, String> owners() {
        var owners = new HashMap<>(KEPT_WITHOUT_ENTITY);
        ALL.stream().filter(type -> type.isAnnotatedWith(Entity.class)).forEach(entity -> {
            String feature = feature(entity.getPackageName());
            owners.put(entity.getSimpleName().toLowerCase(), feature);
            entity.tryGetAnnotationOfType(Table.class)
                    .ifPresent(table -> owners.put(table.name().toLowerCase(), feature));
        });
        return owners;
    }

    private static Set<String> createdTables() {
        var tables = new TreeSet<String>();
        Pattern created = Pattern.compile("CREATE TABLE (\\w+)", Pattern.CASE_INSENSITIVE);
        try (Stream<Path> files = Files.list(CHANGELOG)) {
            files.filter(file -> file.toString().endsWith(".sql")).forEach(file -> {
                Matcher matcher = created.matcher(read(file));
                while (matcher.find()) {
                    tables.add(matcher.group(1).toLowerCase());
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tables;
    }

    /** {@code caselist} for the core's packages, {@code audit.history} and {@code web.cases} for the modules'. */
    private static String feature(String packageName) {
        String[] parts = packageName.replace("fi.perhekeskus.", "").split("\\.");
        boolean module = parts[0].equals("audit") || parts[0].equals("web");
        return module && parts.length > 1 ? parts[0] + "." + parts[1] : parts[0];
    }

    private static String feature(Path source) {
        for (Path root : SOURCES) {
            if (source.startsWith(root)) {
                return feature(root.relativize(source.getParent()).toString().replace('/', '.'));
            }
        }
        throw new IllegalArgumentException(source.toString());
    }

    private static List<Path> sources() {
        var sources = new ArrayList<Path>();
        for (Path root : SOURCES) {
            try (Stream<Path> files = Files.walk(root)) {
                files.filter(file -> file.toString().endsWith(".java") && !file.endsWith("package-info.java"))
                        .forEach(sources::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        assertThat(sources).as("the sources were found").hasSizeGreaterThan(100);
        return sources;
    }

    /** The text of every string literal and text block of a source file, where SQL and JPQL live. */
    private static String literals(Path source) {
        String code = read(source);
        var text = new StringBuilder();
        Matcher blocks = TEXT_BLOCK.matcher(code);
        while (blocks.find()) {
            text.append(blocks.group(1)).append('\n');
        }
        Matcher strings = STRING.matcher(TEXT_BLOCK.matcher(code).replaceAll(""));
        while (strings.find()) {
            text.append(strings.group(1)).append('\n');
        }
        return text.toString();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
