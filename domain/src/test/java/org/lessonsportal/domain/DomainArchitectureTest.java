package org.lessonsportal.domain;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Service;

/** The domain module's architecture, checked on every build. */
@AnalyzeClasses(packages = "org.lessonsportal.domain", importOptions = ImportOption.DoNotIncludeTests.class)
class DomainArchitectureTest {

    @ArchTest
    static final ArchRule domainDependsOnNoOuterModuleOrUiOrWorkflowEngine = noClasses()
            .that().resideInAPackage("org.lessonsportal.domain..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.lessonsportal.workflow..", "org.lessonsportal.identity..", "org.lessonsportal.portal..",
                    "com.vaadin..", "org.camunda..", "jakarta.servlet..", "javax.servlet..")
            .as("the domain uses nothing of workflow, identity, portal, Vaadin, Camunda or the servlet API");

    @ArchTest
    static final ArchRule repositoriesArePackagePrivate = classes()
            .that().areAssignableTo(Repository.class)
            .should().notBePublic()
            .as("repositories are package-private: a feature's service is its only door");

    @ArchTest
    static final ArchRule featurePackagesHaveNoCycles = slices()
            .matching("org.lessonsportal.domain.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule servicesArePublicAndNamedSo = classes()
            .that().areAnnotatedWith(Service.class)
            .should().bePublic()
            .andShould().haveSimpleNameEndingWith("Service");

    @ArchTest
    static final ArchRule entitiesHaveNoPublicSetters = methods()
            .that().areDeclaredInClassesThat().areAnnotatedWith(Entity.class)
            .and().haveNameStartingWith("set")
            .should().notBePublic()
            // No entity has a setter at all today; the rule is there for the first one someone adds.
            .allowEmptyShould(true)
            .as("entities change only through package-private methods their service calls");

    @ArchTest
    static final ArchRule theDomainDoesNotReadTheSecurityContext = noClasses()
            .that().resideInAPackage("org.lessonsportal.domain..")
            .should().dependOnClassesThat().haveFullyQualifiedName(
                    "org.springframework.security.core.context.SecurityContextHolder")
            .as("the current user is passed in explicitly as an Actor");

    @ArchTest
    static final ArchRule onlyTheirOwnFeatureQueriesLessonsAndMembers = noClasses()
            .that().resideInAPackage("org.lessonsportal.domain..")
            .and().resideOutsideOfPackages("org.lessonsportal.domain.lesson..",
                    "org.lessonsportal.domain.organisation..")
            // The index's start-up keeps the index's own state table and compares the index with the database.
            .and().doNotHaveSimpleName("SearchIndexStartup")
            .should().callMethod(EntityManager.class, "createQuery", String.class)
            .orShould().callMethod(EntityManager.class, "createQuery", String.class, Class.class)
            .as("lessons are read through LessonService (records) or the search index, members and organisations "
                    + "through OrganisationService: no other feature writes JPQL over their entities");
}
