package fi.perhekeskus.plan;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.serialization.Revision;
import org.junit.jupiter.api.Test;

/** The plan is pure domain: no Spring, no persistence, no read side, nothing of the platform. */
class ArchitectureTest {

    private static final JavaClasses PLAN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("fi.perhekeskus.plan");

    @Test
    void planKnowsNoSpringPersistenceOrPlatform() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework..", "jakarta.persistence..", "org.hibernate..", "fi.perhekeskus.platform..")
                .check(PLAN);
    }

    @Test
    void theAggregateNeverAsksTheReadSide() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.axonframework.queryhandling..")
                .check(PLAN);
    }

    @Test
    void messagesCarryNoFrameworkTypesBeyondTheirAnnotations() {
        classes().that().resideInAPackage("fi.perhekeskus.plan.api")
                .should().onlyDependOnClassesThat(resideInAnyPackage("java..", "fi.perhekeskus.plan.api")
                        .or(belongToAnyOf(Revision.class, TargetAggregateIdentifier.class)))
                .check(PLAN);
    }
}
