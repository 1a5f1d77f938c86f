package hu.insurer.lifeaccess;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Repository;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The layering of docs/architecture.md ("Building blocks"): the process glue depends on the domain, never the
 * reverse; the domain knows nothing of Camunda; packages, sub-packages included, do not depend on each other in a
 * circle; delegates call services, not the database.
 */
class ArchitectureTest {

    private static final String[] DOMAIN = {"..customer..", "..portalaccess..", "..demo..", "..eligibility..",
            "..casefile..", "..securitycode..", "..sending..", "..sms..", "..requestform.."};

    private static final Path SOURCES = Path.of("src/main/java/hu/insurer/lifeaccess");
    private static final Pattern OWN_IMPORT = Pattern.compile(
            "^import (?:static )?hu\\.insurer\\.lifeaccess\\.((?:[a-z]\\w*\\.)*[a-z]\\w*)\\.[A-Z]", Pattern.MULTILINE);

    // Imported once for all rules (JUnit makes an instance per test).
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("hu.insurer.lifeaccess");

    @Test
    void noPackageCycles() {
        slices().matching("hu.insurer.lifeaccess.(**)").should().beFreeOfCycles().check(CLASSES);
    }

    /** The compiler copies constants into the classes that use them, so only the sources show such a dependency. */
    @Test
    void noPackageCyclesThroughConstants() {
        Map<String, Set<String>> imports = packageImports();
        for (String start : imports.keySet()) {
            assertThat(pathBack(imports, start)).as("a cycle of imports through %s", start).isEmpty();
        }
    }

    @Test
    void theDomainDoesNotKnowTheProcessGlueOrTheEngine() {
        noClasses().that().resideInAnyPackage(DOMAIN)
                .should().dependOnClassesThat().resideInAnyPackage("..process..", "org.camunda..")
                .check(CLASSES);
    }

    @Test
    void delegatesCallServicesNotTheDatabase() {
        noClasses().that().implement(JavaDelegate.class)
                .should().dependOnClassesThat().areAnnotatedWith(Repository.class)
                .orShould().dependOnClassesThat().resideInAnyPackage("org.springframework.jdbc..", "java.sql..")
                .check(CLASSES);
    }

    /** Each package (relative to hu.insurer.lifeaccess) and the other packages its sources import from. */
    private static Map<String, Set<String>> packageImports() {
        Map<String, Set<String>> imports = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                String pkg = SOURCES.relativize(file.getParent()).toString().replace('/', '.');
                Set<String> used = imports.computeIfAbsent(pkg, key -> new TreeSet<>());
                Matcher matcher = OWN_IMPORT.matcher(Files.readString(file));
                while (matcher.find()) {
                    if (!matcher.group(1).equals(pkg)) {
                        used.add(matcher.group(1));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return imports;
    }

    /** The packages of a way of imports from {@code start} back to itself; empty when there is none. */
    private static List<String> pathBack(Map<String, Set<String>> imports, String start) {
        List<List<String>> ways = new ArrayList<>(List.of(List.of(start)));
        Set<String> seen = new HashSet<>();
        while (!ways.isEmpty()) {
            List<String> way = ways.remove(0);
            for (String next : imports.getOrDefault(way.get(way.size() - 1), Set.of())) {
                List<String> longer = new ArrayList<>(way);
                longer.add(next);
                if (next.equals(start)) {
                    return longer;
                }
                if (seen.add(next)) {
                    ways.add(longer);
                }
            }
        }
        return List.of();
    }
}
