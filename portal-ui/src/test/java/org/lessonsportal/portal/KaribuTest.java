package org.lessonsportal.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import kotlin.jvm.functions.Function0;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.lessonsportal.domain.lesson.ImportProgress;
import org.lessonsportal.domain.lesson.ImportReport;
import org.lessonsportal.domain.lesson.LessonExchangeService;
import org.lessonsportal.domain.lesson.LessonService;
import org.lessonsportal.domain.organisation.OrganisationService;
import org.lessonsportal.domain.shared.Actor;
import org.lessonsportal.domain.taxonomy.ProjectType;
import org.lessonsportal.domain.taxonomy.Region;
import org.lessonsportal.domain.taxonomy.Setting;
import org.lessonsportal.identity.CurrentUser;
import org.lessonsportal.identity.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Browserless view tests: the whole application context (services, security, workflow engine, an in-memory
 * database) with Vaadin faked by Karibu-Testing. {@link #signIn} signs a person in as a real sign-in would (member
 * and organisation provisioned) and tells Vaadin's route security who they are.
 */
@SpringBootTest
public abstract class KaribuTest {

    private static final Routes ROUTES = discoverRoutes();
    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    protected ApplicationContext context;
    @Autowired
    protected OrganisationService organisations;
    @Autowired
    protected LessonService lessons;
    @Autowired
    protected LessonExchangeService exchange;

    /** Someone provisioned for a test, to sign in as (again) later, with the organisation they signed in with. */
    protected record Person(CurrentUser user, String odsCode, Authentication authentication, Set<String> roles) {

        public Actor actor() {
            return user.actor();
        }

        public Long id() {
            return user.memberId();
        }
    }

    /**
     * Karibu's own discovery finds the error views but, with the ClassGraph version it brings, not the
     * {@code @Route} views; Spring's scanner finds those.
     */
    private static Routes discoverRoutes() {
        Routes routes = new Routes().autoDiscoverViews("org.lessonsportal");
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        for (BeanDefinition candidate : scanner.findCandidateComponents("org.lessonsportal")) {
            try {
                routes.getRoutes().add(Class.forName(candidate.getBeanClassName()).asSubclass(Component.class));
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        return routes;
    }

    @BeforeEach
    void startVaadin() {
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(ROUTES, context, uiFactory));
    }

    @AfterEach
    void stopVaadin() {
        TestUsers.signOut();
        MockVaadin.tearDown();
    }

    /** A new organisation's code, e.g. "T1A2B3C". */
    protected static String newOdsCode() {
        return "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 6).toUpperCase(Locale.ROOT);
    }

    /** Provisions someone (as their first sign-in would) without opening a page as them. */
    protected Person person(String username, String odsCode, String... roles) {
        CurrentUser user = TestUsers.signIn(organisations, username, "Test " + username, odsCode,
                odsCode == null ? null : "Test organisation " + odsCode, roles);
        return new Person(user, odsCode, SecurityContextHolder.getContext().getAuthentication(), Set.of(roles));
    }

    /** Signs someone new in and opens a fresh browser tab (UI) for them. */
    protected Person signIn(String username, String odsCode, String... roles) {
        Person person = person(username, odsCode, roles);
        actAs(person);
        return person;
    }

    /** Continues as someone provisioned earlier, in a fresh browser tab (UI). */
    protected void actAs(Person person) {
        MockVaadin.tearDown();
        startVaadin();
        SecurityContext security = SecurityContextHolder.createEmptyContext();
        security.setAuthentication(person.authentication());
        SecurityContextHolder.setContext(security);
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(person.authentication());
        request.setUserInRole((principal, role) -> person.roles().contains(role));
    }

    /** Opens an address, with its query string if it has one ({@code lessons/new?buildsOn=4}). */
    protected static void navigate(String path) {
        int query = path.indexOf('?');
        if (query < 0) {
            UI.getCurrent().navigate(path);
        } else {
            UI.getCurrent().navigate(path.substring(0, query), QueryParameters.fromString(path.substring(query + 1)));
        }
    }

    /** Waits (running the UI's queued pushes) until the condition holds, or fails after 20 seconds. */
    protected static void await(String what, BooleanSupplier condition) {
        await(what, Duration.ofSeconds(20), condition);
    }

    /** Waits (running the UI's queued pushes) until the condition holds, or fails after {@code patience}. */
    protected static void await(String what, Duration patience, BooleanSupplier condition) {
        Instant end = Instant.now().plus(patience);
        while (true) {
            MockVaadin.runUIQueue();
            if (condition.getAsBoolean()) {
                return;
            }
            if (Instant.now().isAfter(end)) {
                throw new AssertionError("Timed out waiting until " + what);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted waiting until " + what);
            }
        }
    }

    /** Publishes a lesson by importing it (no review process), as a lesson from another portal would arrive. */
    protected Long publishedLesson(String title, String odsCode, ProjectType type, Setting setting, Region region) {
        return publishAll(exchangeLesson(title, odsCode, type, setting, region)).get(0);
    }

    /** Publishes a lesson of an acute trust in London, as most tests need one. */
    protected Long publishedLesson(String title, String odsCode, ProjectType type) {
        return publishedLesson(title, odsCode, type, Setting.ACUTE, Region.LONDON);
    }

    /**
     * Publishes these lessons by importing them in one file (no review process), as lessons from another portal
     * would arrive, and returns their ids in the file's order; a rejected lesson fails the test.
     */
    protected List<Long> publishAll(ObjectNode... lessons) {
        ImportReport report = exchange.importAsSystem(new ByteArrayResource(exchangeFile(lessons)),
                ImportProgress.none());
        assertThat(report.rejected()).as("test lessons rejected").isEmpty();
        return report.imported().stream().map(ImportReport.Imported::lessonId).toList();
    }

    /** One lesson in the {@code lessons-exchange/1} format. */
    protected static ObjectNode exchangeLesson(String title, String odsCode, ProjectType type, Setting setting,
            Region region) {
        ObjectNode node = JSON.createObjectNode();
        node.put("title", title);
        node.put("summary", "How three sites moved to one electronic patient record in a weekend.");
        node.put("projectType", type.code());
        node.putArray("settings").add(setting.code());
        node.put("region", region.code());
        node.putObject("organisation").put("odsCode", odsCode).put("name", "Test organisation " + odsCode);
        node.put("completedOn", "2023-03-31");
        node.put("context", "Three acute sites each ran their own patient administration system.");
        node.put("approach", "A single big-bang cutover with floor walkers on every ward.");
        node.put("outcomes", "All sites went live in one weekend.");
        node.putArray("challenges").addObject().put("type", "data-migration")
                .put("description", "Duplicate records.").put("resolution", "Three trial loads.");
        node.put("recommendations", "Plan trial loads early.");
        return node;
    }

    protected static byte[] exchangeFile(ObjectNode... lessons) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", "lessons-exchange/1");
        ArrayNode list = root.putArray("lessons");
        for (ObjectNode lesson : lessons) {
            list.add(lesson);
        }
        try {
            return JSON.writeValueAsBytes(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
