package org.lessonsportal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.lessonsportal.domain.lesson.ExportScope;
import org.lessonsportal.domain.lesson.LessonDetails;
import org.lessonsportal.domain.lesson.LessonExchangeService;
import org.lessonsportal.domain.lesson.LessonState;
import org.lessonsportal.domain.shared.Actor;
import org.lessonsportal.domain.shared.Roles;
import org.lessonsportal.domain.search.SearchHit;
import org.lessonsportal.domain.search.SearchParameters;
import org.lessonsportal.domain.search.SearchQuery;
import org.lessonsportal.domain.search.SearchService;
import org.lessonsportal.domain.search.SearchSort;
import org.lessonsportal.e2e.support.KeycloakServer;
import org.lessonsportal.e2e.support.PortalWithKeycloak;
import org.lessonsportal.testsupport.LessonTestData;
import org.lessonsportal.workflow.review.ReviewDecision;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The API with real tokens from the real Keycloak: 401 without a token or with a token not meant for the API (a
 * person's), 403 without the role, problem details; imports never change a lesson written in the portal and are
 * recorded under the client's id.
 */
class ApiIT extends PortalWithKeycloak {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static String apiToken;
    private static String userToken;

    @Autowired
    SearchService searchService;

    @Autowired
    ProcessEngine engine;

    @Autowired
    LessonExchangeService exchange;

    @BeforeAll
    static void tokens() {
        apiToken = keycloak().clientCredentials(KeycloakServer.API_CLIENT_ID, KeycloakServer.API_CLIENT_SECRET)
                .accessToken();
        userToken = keycloak().authorizationCodeLogin("alice", "demo").accessToken();
    }

    private static HttpResponse<String> get(String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(portalUrl() + path));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(String path, String token, String body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(portalUrl() + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static String exchangeDocument(String externalId, String title) {
        return """
                {"format": "lessons-exchange/1", "lessons": [{
                  "id": "%s", "title": "%s",
                  "summary": "How a community trust moved district nurses onto one shared record in six months.",
                  "projectType": "electronic-patient-record", "settings": ["community"], "region": "midlands",
                  "organisation": {"odsCode": "ZZ2", "name": "Riverside Community Health NHS Trust"},
                  "startedOn": "2024-02-01", "completedOn": "2024-08-30",
                  "context": "District nurses recorded visits on paper and typed them up later.",
                  "approach": "We rolled out mobile devices team by team, with super-users in each team.",
                  "outcomes": "Records were complete on the day of the visit; typing-up time fell by an hour a day.",
                  "challenges": [{"type": "training-adoption", "description": "Staff were nervous of tablets.",
                                  "resolution": "Super-users ran short drop-in sessions in each base."}],
                  "recommendations": "Start with the team that asks for it; their stories sell it to the rest.",
                  "technologies": ["SystmOne"], "tags": ["mobile working"]}]}
                """.formatted(externalId, title);
    }

    @Test
    void theDescriptionIsPublic() throws Exception {
        HttpResponse<String> response = get("/api/openapi.json", null);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(response.body()).get("openapi").asText()).startsWith("3.1");
    }

    @Test
    void noTokenIs401AsAProblem() throws Exception {
        HttpResponse<String> response = get("/api/lessons/1", null);
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(JSON.readTree(response.body()).get("detail").asText()).contains("bearer token");
        assertThat(get("/api/lessons/1", "not-a-token").statusCode()).isEqualTo(401);
    }

    @Test
    void aPersonsTokenFromSigningInToThePortalIsNotMeantForTheApi() throws Exception {
        for (String token : new String[] {userToken, keycloak().authorizationCodeLogin("adam", "demo")
                .accessToken()}) {
            HttpResponse<String> response = get("/api/lessons?q=fax", token);
            assertThat(response.statusCode()).as(response.body()).isEqualTo(401);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(JSON.readTree(response.body()).get("detail").asText())
                    .startsWith("Your token is not meant for this API");
            assertThat(post("/api/import", token, exchangeDocument("api-it-" + UUID.randomUUID(),
                    "A person's token sends a lesson")).statusCode()).isEqualTo(401);
        }
        assertThat(get("/api/lessons?q=fax", apiToken).statusCode()).as("the API client's token still works")
                .isEqualTo(200);
    }

    @Test
    void anImportNeverOverwritesALessonWrittenInThePortalAndTheTrailNamesTheClient() throws Exception {
        String title = "Paper referrals replaced by e-referrals " + UUID.randomUUID().toString().substring(0, 8);
        LessonDetails written = publishedThroughReview(title);
        ObjectNode copy = exported(written);
        copy.put("title", "Overwritten through the API");
        ((ObjectNode) copy.get("organisation")).put("odsCode", "ZZ2").put("name",
                "Riverside Community Health NHS Trust");
        ObjectNode document = JSON.createObjectNode().put("format", "lessons-exchange/1");
        document.putArray("lessons").add(copy);

        HttpResponse<String> response = post("/api/import", apiToken, document.toString());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode report = JSON.readTree(response.body());
        assertThat(report.get("imported")).isEmpty();
        JsonNode problem = report.get("rejected").get(0).get("problems").get(0);
        assertThat(problem.get("field").asText()).isEqualTo("id");
        assertThat(problem.get("message").asText()).startsWith("This id names a lesson written in this portal. An "
                + "import never changes a lesson written here");
        LessonDetails after = lessonService.get(written.id(), Actor.SYSTEM);
        assertThat(after.content()).isEqualTo(written.content());
        assertThat(after.organisationId()).isEqualTo(written.organisationId());
        assertThat(after.version()).isEqualTo(written.version());

        String externalId = "api-it-" + UUID.randomUUID();
        long imported = JSON.readTree(post("/api/import", apiToken, exchangeDocument(externalId,
                "Shared records for district nurses")).body()).get("imported").get(0).get("lessonId").asLong();
        assertThat(lessonService.auditTrail(imported, Actor.SYSTEM)).singleElement().satisfies(entry -> {
            assertThat(entry.apiClient()).isEqualTo(KeycloakServer.API_CLIENT_ID);
            assertThat(entry.actorId()).isNull();
            assertThat(entry.description()).isEqualTo("Imported from an exchange file sent through the API and "
                    + "published");
        });
    }

    /**
     * A lesson written in the portal and published as people do it: submitted, reviewed by the reviewers the workflow
     * gives it (or, if it finds too few, ones a publisher chooses), approved and published.
     */
    private LessonDetails publishedThroughReview(String title) {
        LessonTestData data = new LessonTestData(organisations, lessonService);
        Actor author = data.member(data.organisation(), Roles.CONTRIBUTOR);
        Actor publisher = data.member(data.organisation(), Roles.CONTRIBUTOR, Roles.PUBLISHER);
        List<Long> spareReviewers = List.of(data.member(data.organisation(), Roles.CONTRIBUTOR, Roles.REVIEWER)
                .memberId(), data.member(data.organisation(), Roles.CONTRIBUTOR, Roles.REVIEWER).memberId());
        LessonDetails draft = lessonService.createDraft(author, LessonTestData.complete(title));
        reviewTasks.submit(draft.id(), author, draft.version());
        List<Task> reviews = awaitTasks(draft.id(), REVIEW_TASK, CHOOSE_REVIEWERS_TASK);
        if (reviews.get(0).getTaskDefinitionKey().equals(CHOOSE_REVIEWERS_TASK)) {
            reviewTasks.assignReviewers(reviews.get(0).getId(), publisher, spareReviewers);
            reviews = awaitTasks(draft.id(), REVIEW_TASK);
        }
        for (Task review : reviews) {
            reviewTasks.completeReview(review.getId(), organisations.actor(Long.valueOf(review.getAssignee())),
                    ReviewDecision.approve("Clear and useful."));
        }
        Task publish = awaitTasks(draft.id(), PUBLISH_TASK).get(0);
        LessonDetails published = reviewTasks.publish(publish.getId(), publisher);
        assertThat(published.state()).isEqualTo(LessonState.PUBLISHED);
        return published;
    }

    /** The review process's user tasks, by their ids in the BPMN model. */
    private static final String REVIEW_TASK = "reviewLesson";
    private static final String CHOOSE_REVIEWERS_TASK = "chooseReviewers";
    private static final String PUBLISH_TASK = "publishLesson";

    /** The lesson's open tasks of the first of these kinds to appear (the engine works in the background). */
    private List<Task> awaitTasks(Long lessonId, String... kinds) {
        long end = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < end) {
            for (String kind : kinds) {
                List<Task> tasks = engine.getTaskService().createTaskQuery()
                        .processInstanceBusinessKey(String.valueOf(lessonId)).taskDefinitionKey(kind).list();
                if (!tasks.isEmpty()) {
                    return tasks;
                }
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("No " + List.of(kinds) + " task for lesson " + lessonId + " after 60 seconds");
    }

    /** The lesson as the portal exports it, with this portal's id for it. */
    private ObjectNode exported(LessonDetails lesson) throws Exception {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        exchange.exportAsSystem(out, ExportScope.organisations(Set.of(lesson.organisationId())));
        for (JsonNode node : JSON.readTree(out.toByteArray()).get("lessons")) {
            if (node.get("title").asText().equals(lesson.content().title())) {
                assertThat(node.get("id").asText()).endsWith("/" + lesson.id());
                return (ObjectNode) node;
            }
        }
        throw new AssertionError("Lesson " + lesson.id() + " was not exported");
    }

    @Test
    void importThenReadTheLessonAndFindItInTheFeed() throws Exception {
        String externalId = "api-it-" + UUID.randomUUID();
        HttpResponse<String> imported = post("/api/import", apiToken,
                exchangeDocument(externalId, "District nurses move to one shared record"));
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        JsonNode report = JSON.readTree(imported.body());
        assertThat(report.get("created").asInt()).isEqualTo(1);
        long id = report.get("imported").get(0).get("lessonId").asLong();

        HttpResponse<String> lesson = get("/api/lessons/" + id, apiToken);
        assertThat(lesson.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(lesson.body());
        assertThat(body.get("id").asLong()).isEqualTo(id);
        assertThat(body.get("externalId").asText()).isEqualTo(externalId);
        assertThat(body.get("organisation").get("odsCode").asText()).isEqualTo("ZZ2");
        assertThat(body.get("challenges").get(0).get("type").asText()).isEqualTo("training-adoption");
        assertThat(body.get("publishedOn").asText()).isNotBlank();
        assertThat(body.get("reuseCount").asLong()).as("nobody reuses a lesson just imported").isZero();
        assertThat(body.has("buildsOn")).isFalse();

        HttpResponse<String> feed = get("/api/lessons/feed.atom", apiToken);
        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.body()).contains("<feed xmlns=\"http://www.w3.org/2005/Atom\"")
                .contains("District nurses move to one shared record");
    }

    @Test
    void importedLessonsAreFoundBySearchAndBySimilarity() throws Exception {
        String externalId = "api-it-" + UUID.randomUUID();
        JsonNode report = JSON.readTree(post("/api/import", apiToken,
                exchangeDocument(externalId, "Community nursing teams go digital on tablets")).body());
        long id = report.get("imported").get(0).get("lessonId").asLong();

        HttpResponse<String> found = get("/api/lessons?q=community%20nursing%20tablets&projectType="
                + "electronic-patient-record&setting=community&region=midlands&size=50", apiToken);
        assertThat(found.statusCode()).as(found.body()).isEqualTo(200);
        JsonNode results = JSON.readTree(found.body());
        assertThat(results.get("total").asLong()).isPositive();
        assertThat(results.get("items").findValues("id")).extracting(JsonNode::asLong).contains(id);
        JsonNode item = results.get("items").get(0);
        assertThat(item.has("score")).isTrue();
        assertThat(item.get("organisation").has("odsCode")).isTrue();
        assertThat(item.get("reuseCount").isIntegralNumber()).isTrue();
        assertThat(results.get("facets").has("projectType")).isTrue();

        HttpResponse<String> similar = get("/api/lessons/similar?size=5&text=" + java.net.URLEncoder.encode(
                "We want our district nurses to record visits on mobile devices instead of paper",
                java.nio.charset.StandardCharsets.UTF_8), apiToken);
        assertThat(similar.statusCode()).as(similar.body()).isEqualTo(200);
        assertThat(JSON.readTree(similar.body()).get("items").findValues("id")).extracting(JsonNode::asLong)
                .contains(id);
    }

    @Test
    void everyFilterOfTheSearchPageWorksThroughTheApiByTheSameNames() throws Exception {
        String marker = "apiit" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String matchingId = "api-it-" + UUID.randomUUID();
        String otherRegionId = "api-it-" + UUID.randomUUID();
        assertThat(post("/api/import", apiToken, exchangeDocument(matchingId, "Tablets for district nurses "
                + marker)).statusCode()).isEqualTo(200);
        assertThat(post("/api/import", apiToken, exchangeDocument(otherRegionId, "Tablets for community teams "
                + marker).replace("\"region\": \"midlands\"", "\"region\": \"london\"")).statusCode())
                .isEqualTo(200);
        // every facet, most with a second value that is an alternative
        SearchQuery query = SearchQuery.builder().text(marker)
                .projectTypes("electronic-patient-record", "paperless").settings("community", "acute")
                .regions("midlands").organisations("ZZ2").challengeTypes("training-adoption", "data-migration")
                .technologies("SystmOne").yearsCompleted(2024, 2023).sort(SearchSort.NEWEST).size(50).build();
        Map<String, List<String>> parameters = SearchParameters.API.encode(query);

        HttpResponse<String> response = get("/api/lessons?" + queryString(parameters), apiToken);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode results = JSON.readTree(response.body());
        List<String> throughTheApi = new ArrayList<>();
        results.get("items").forEach(item -> throughTheApi.add(item.get("externalId").asText()));
        assertThat(throughTheApi).containsExactly(matchingId);
        assertThat(throughTheApi).isEqualTo(throughTheCodec(parameters));
        assertThat(results.get("facets").has("year")).as("facets are keyed by the filters' names").isTrue();
        assertThat(results.get("facets").has("yearCompleted")).isFalse();

        HttpResponse<String> wrongYear = get("/api/lessons?q=" + marker + "&year=last%20year", apiToken);
        assertThat(wrongYear.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(wrongYear.body()).get("detail").asText())
                .isEqualTo("\"last year\" is not a year. Give the year a project was completed in full, such as 2023.");
    }

    /** The lessons a search finds when the same parameters are decoded by the codec and searched in the portal. */
    private List<String> throughTheCodec(Map<String, List<String>> parameters) {
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("api-it", null,
                "ROLE_CONTRIBUTOR"));
        try {
            return searchService.search(SearchParameters.API.decode(parameters)).items().stream()
                    .map(SearchHit::externalId).toList();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static String queryString(Map<String, List<String>> parameters) {
        return parameters.entrySet().stream().flatMap(entry -> entry.getValue().stream()
                .map(value -> entry.getKey() + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8)))
                .collect(Collectors.joining("&"));
    }

    @Test
    void aSearchWidenedToSomeOfTheWordsSaysSoAndWhatEachLessonLacks() throws Exception {
        String marker = "qzapi" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String absent = "qzabsent" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        JsonNode report = JSON.readTree(post("/api/import", apiToken,
                exchangeDocument("api-it-" + UUID.randomUUID(), "Scanning notes at " + marker)).body());
        long id = report.get("imported").get(0).get("lessonId").asLong();

        HttpResponse<String> found = get("/api/lessons?q=" + marker + "%20" + absent, apiToken);

        assertThat(found.statusCode()).as(found.body()).isEqualTo(200);
        JsonNode results = JSON.readTree(found.body());
        assertThat(results.get("someWordsOnly").asBoolean()).isTrue();
        assertThat(results.get("allWordsTotal").asLong()).isZero();
        assertThat(results.get("items")).hasSize(1);
        assertThat(results.get("items").get(0).get("id").asLong()).isEqualTo(id);
        assertThat(results.get("items").get(0).get("missingWords")).extracting(JsonNode::asText)
                .containsExactly(absent);
    }

    @Test
    void badSearchParametersAre400AndOddTextIsNever500() throws Exception {
        for (String query : new String[] {"page=-1", "size=abc", "size=0", "projectType=not-a-type", "sort=sideways",
                "year=1999x", "challengeType=not-a-challenge", "page=two"}) {
            HttpResponse<String> response = get("/api/lessons?" + query, apiToken);
            assertThat(response.statusCode()).as(query + " " + response.body()).isEqualTo(400);
            assertThat(JSON.readTree(response.body()).get("detail").asText()).as(query).isNotBlank();
        }
        assertThat(get("/api/lessons/similar", apiToken).statusCode()).isEqualTo(400);
        String longText = "epr ".repeat(2500);
        for (String text : new String[] {"title:(", "\"unclosed", "🙂 \u200f مرحبا \u200b", longText, "*:*", ""}) {
            HttpResponse<String> response = get("/api/lessons?q=" + java.net.URLEncoder.encode(text,
                    java.nio.charset.StandardCharsets.UTF_8), apiToken);
            assertThat(response.statusCode()).as(text.length() > 50 ? "long text" : text).isEqualTo(200);
        }
    }

    @Test
    void aBadImportIsReportedPerRecordAndAMalformedFileIs400() throws Exception {
        HttpResponse<String> rejected = post("/api/import", apiToken,
                exchangeDocument("api-it-" + UUID.randomUUID(), "Short"));
        assertThat(rejected.statusCode()).isEqualTo(200);
        JsonNode report = JSON.readTree(rejected.body());
        assertThat(report.get("rejected").get(0).get("problems").get(0).get("field").asText()).isEqualTo("title");

        HttpResponse<String> garbage = post("/api/import", apiToken, "this is not json");
        assertThat(garbage.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(garbage.body()).get("detail").asText()).contains("not valid JSON");
    }

    @Test
    void unknownLessonsAre404AndBadIdsAreNever500() throws Exception {
        assertThat(get("/api/lessons/987654321", apiToken).statusCode()).isEqualTo(404);
        HttpResponse<String> letters = get("/api/lessons/abc", apiToken);
        assertThat(letters.statusCode()).isIn(400, 404);
        assertThat(letters.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
    }
}
