package hu.insurer.lifeaccess;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Repository;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The layering of docs/architecture.md ("Building blocks"): the process glue depends on the domain, never the
 * reverse; the domain knows nothing of Camunda; packages do not depend on each other in a circle; delegates call
 * services, not the database.
 */
class ArchitectureTest {

    private static final String[] DOMAIN = {"..customer..", "..eligibility..", "..casefile..", "..securitycode..",
            "..sms..", "..requestform.."};

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("hu.insurer.lifeaccess");

    @Test
    void noPackageCycles() {
        slices().matching("hu.insurer.lifeaccess.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void theDomainDoesNotKnowTheProcessGlueOrTheEngine() {
        noClasses().that().resideInAnyPackage(DOMAIN)
                .should().dependOnClassesThat().resideInAnyPackage("..process..", "org.camunda..")
                .check(classes);
    }

    @Test
    void delegatesCallServicesNotTheDatabase() {
        noClasses().that().implement(JavaDelegate.class)
                .should().dependOnClassesThat().areAnnotatedWith(Repository.class)
                .orShould().dependOnClassesThat().resideInAnyPackage("org.springframework.jdbc..", "java.sql..")
                .check(classes);
    }
}
