package org.lessonsportal.portal.lesson.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lessonsportal.domain.lesson.LessonDetails;
import org.lessonsportal.domain.shared.Roles;
import org.lessonsportal.domain.taxonomy.ProjectType;
import org.lessonsportal.identity.TestUsers;
import org.lessonsportal.portal.KaribuTest;
import org.lessonsportal.testsupport.LessonTestData;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.TestSecurityContextHolder;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * {@code /lessons/{id}.pdf} through the portal's real security chain: the same people may have it as may read the
 * lesson's page, only for a published lesson; someone not signed in is sent to sign in.
 */
class LessonPdfAccessTest extends KaribuTest {

    private MockMvc mvc;

    @BeforeEach
    void mockMvc() {
        mvc = MockMvcBuilders.webAppContextSetup((WebApplicationContext) context)
                .apply(SecurityMockMvcConfigurers.springSecurity()).build();
    }

    @Test
    void someoneSignedInFromAnyOrganisationDownloadsAPublishedLesson() throws Exception {
        String title = "Downloadable lesson " + newOdsCode();
        Long id = publishedLesson(title, newOdsCode(), ProjectType.IMAGING);
        Person reader = person("reader", newOdsCode(), Roles.CONTRIBUTOR);

        MockHttpServletResponse response = mvc.perform(get("/lessons/" + id + ".pdf")
                .with(authentication(reader.authentication()))).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).isEqualTo("application/pdf");
        assertThat(response.getHeader(HttpHeaders.CONTENT_DISPOSITION))
                .startsWith("attachment").contains("filename=\"lesson-" + id + "-downloadable-lesson-");
        try (PDDocument pdf = Loader.loadPDF(response.getContentAsByteArray())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains(title, "Three acute sites each ran their own patient administration system.",
                    "Duplicate records.", "Three trial loads.", "http://localhost:", "/lessons/" + id);
        }
    }

    @Test
    void aDraftHasNoPdfNotEvenForItsAuthor() throws Exception {
        Person author = person("author", newOdsCode(), Roles.CONTRIBUTOR);
        LessonDetails draft = lessons.createDraft(author.actor(), LessonTestData.complete("Secret draft"));

        MockHttpServletResponse own = mvc.perform(get("/lessons/" + draft.id() + ".pdf")
                .with(authentication(author.authentication()))).andReturn().getResponse();
        assertThat(own.getStatus()).isEqualTo(404);
        assertThat(own.getContentType()).startsWith("text/html");
        assertThat(own.getContentAsString(StandardCharsets.UTF_8))
                .contains("Only published lessons can be downloaded as a PDF. This lesson is not published yet.")
                .doesNotContain("Secret draft");

        Person stranger = person("stranger", newOdsCode(), Roles.CONTRIBUTOR, Roles.REVIEWER);
        MockHttpServletResponse other = mvc.perform(get("/lessons/" + draft.id() + ".pdf")
                .with(authentication(stranger.authentication()))).andReturn().getResponse();
        assertThat(other.getStatus()).isIn(403, 404);
        assertThat(other.getContentAsString(StandardCharsets.UTF_8)).doesNotContain("Secret draft")
                .contains("No PDF of this lesson");
    }

    @Test
    void anUnknownLessonIsNotFound() throws Exception {
        Person reader = person("reader", newOdsCode(), Roles.CONTRIBUTOR);
        MockHttpServletResponse response = mvc.perform(get("/lessons/999999999.pdf")
                .with(authentication(reader.authentication()))).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(404);
        assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("No PDF of this lesson");
    }

    @Test
    void someoneNotSignedInIsSentToSignInFirst() throws Exception {
        Long id = publishedLesson("Sign in first " + newOdsCode(), newOdsCode(), ProjectType.IMAGING);
        TestUsers.signOut();
        SecurityContextHolder.clearContext();
        TestSecurityContextHolder.clearContext();

        MockHttpServletResponse response = mvc.perform(get("/lessons/" + id + ".pdf")).andReturn().getResponse();

        assertThat(response.getStatus()).isBetween(300, 399);
        assertThat(response.getRedirectedUrl()).contains("sign-in");
        assertThat(response.getContentType()).isNotEqualTo("application/pdf");
    }
}
