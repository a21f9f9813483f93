package org.lessonsportal.workflow;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;

/** The module rules of docs/architecture.md that concern the workflow, checked here too so this module's build sees them. */
class WorkflowArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.lessonsportal.workflow");
    }

    @Test
    void theWorkflowDependsOnlyOnTheDomain() {
        noClasses().that().resideInAPackage("org.lessonsportal.workflow..")
                .should().dependOnClassesThat().resideInAnyPackage("org.lessonsportal.identity..",
                        "org.lessonsportal.portal..", "com.vaadin..", "jakarta.servlet..")
                .check(classes);
    }

    @Test
    void noCyclesBetweenWorkflowFeatures() {
        slices().matching("org.lessonsportal.workflow.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void notificationsKnowNothingOfTheEngine() {
        noClasses().that().resideInAPackage("org.lessonsportal.workflow.notification..")
                .should().dependOnClassesThat().resideInAnyPackage("org.camunda..")
                .check(classes);
    }

    @Test
    void repositoriesArePackagePrivate() {
        classes().that().areAssignableTo(Repository.class).should().notBePublic().check(classes);
    }
}
