package org.lessonsportal;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lessonsportal.domain.organisation.Member;
import org.lessonsportal.domain.organisation.Organisation;
import org.springframework.data.repository.Repository;

/** The module rules of docs/architecture.md, checked on every build over all four modules' production classes. */
class ModuleArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.lessonsportal");
    }

    @Test
    void domainDependsOnNoOtherModuleNorOnUiWorkflowOrServletClasses() {
        noClasses().that().resideInAPackage("org.lessonsportal.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("org.lessonsportal.workflow..",
                        "org.lessonsportal.identity..", "org.lessonsportal.portal..", "com.vaadin..",
                        "org.camunda..", "jakarta.servlet..")
                .check(classes);
    }

    @Test
    void workflowDependsOnlyOnTheDomain() {
        noClasses().that().resideInAPackage("org.lessonsportal.workflow..")
                .should().dependOnClassesThat().resideInAnyPackage("org.lessonsportal.identity..",
                        "org.lessonsportal.portal..", "com.vaadin..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void identityKnowsNothingOfWorkflowOrViews() {
        noClasses().that().resideInAPackage("org.lessonsportal.identity..")
                .should().dependOnClassesThat().resideInAnyPackage("org.lessonsportal.workflow..",
                        "org.lessonsportal.portal..", "org.camunda..")
                .check(classes);
    }

    @Test
    void viewsCallServicesNeverRepositoriesEntityManagersOrCamunda() {
        noClasses().that().resideInAPackage("org.lessonsportal.portal..")
                .should().dependOnClassesThat().areAssignableTo(Repository.class)
                .orShould().dependOnClassesThat().haveFullyQualifiedName("jakarta.persistence.EntityManager")
                .orShould().dependOnClassesThat().resideInAPackage("org.camunda..")
                .check(classes);
    }

    @Test
    void theKeycloakProviderStandsApart() {
        noClasses().that().resideInAPackage("org.lessonsportal.keycloak..")
                .should().dependOnClassesThat().resideInAnyPackage("org.lessonsportal.domain..",
                        "org.lessonsportal.workflow..", "org.lessonsportal.identity..", "org.lessonsportal.portal..",
                        "org.springframework..")
                .allowEmptyShould(true)
                .check(classes);
        noClasses().that().resideOutsideOfPackage("org.lessonsportal.keycloak..")
                .should().dependOnClassesThat().resideInAnyPackage("org.lessonsportal.keycloak..", "org.keycloak..")
                .check(classes);
    }

    @Test
    void theShellKnowsNoFeature() {
        noClasses().that().resideInAPackage("org.lessonsportal.portal.base..")
                .should().dependOnClassesThat().resideInAnyPackage("org.lessonsportal.workflow..",
                        "org.lessonsportal.domain.search..")
                .orShould().dependOnClassesThat(resideInAPackage("org.lessonsportal.portal..")
                        .and(resideOutsideOfPackage("org.lessonsportal.portal.base..")))
                .check(classes);
    }

    @Test
    void membersAndOrganisationsLeaveTheirFeatureAsRecordsOnly() {
        noClasses().that().resideOutsideOfPackages("org.lessonsportal.domain.organisation..",
                        // the index's document binder reads a lesson's organisation while it indexes the lesson
                        "org.lessonsportal.domain.search..")
                .should().dependOnClassesThat().belongToAnyOf(Member.class, Organisation.class)
                .because("OrganisationService hands out MemberView and OrganisationView, never the entities")
                .check(classes);
    }

    @Test
    void theWorkflowReadsTheDomainThroughItsServices() {
        noClasses().that().resideInAPackage("org.lessonsportal.workflow..")
                .should().dependOnClassesThat().haveFullyQualifiedName("jakarta.persistence.EntityManager")
                .check(classes);
    }

    @Test
    void repositoriesArePackagePrivate() {
        classes().that().areAssignableTo(Repository.class).and().resideInAPackage("org.lessonsportal..")
                .should().notBePublic()
                .check(classes);
    }

    @Test
    void everyRouteSaysWhoMayOpenIt() {
        classes().that().areAnnotatedWith(Route.class)
                .should().beAnnotatedWith(RolesAllowed.class)
                .orShould().beAnnotatedWith(PermitAll.class)
                .orShould().beAnnotatedWith(AnonymousAllowed.class)
                .check(classes);
    }

    @Test
    void noCyclesBetweenFeaturePackages() {
        slices().matching("org.lessonsportal.domain.(*)..").should().beFreeOfCycles().check(classes);
        slices().matching("org.lessonsportal.workflow.(*)..").should().beFreeOfCycles().allowEmptyShould(true)
                .check(classes);
        slices().matching("org.lessonsportal.portal.(*)..").should().beFreeOfCycles().check(classes);
    }
}
