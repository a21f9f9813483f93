package org.lessonsportal.keycloak;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The login themes in this jar as Keycloak reads them: declared in {@code META-INF/keycloak-themes.json}, each
 * extending the right parent, every message the templates ask for written, and no message that Keycloak's
 * {@link java.text.MessageFormat} would spoil (a lone apostrophe is dropped, with the rest of the sentence up to the
 * next one taken literally).
 */
class LoginThemeTest {

    private static final String LESSONS = "theme/lessons/login/";
    private static final String DEMO = "theme/lessons-demo/login/";
    private static final List<String> LESSONS_TEMPLATES =
            List.of("template.ftl", "login-username.ftl", "login.ftl", "social-providers.ftl", "login-page-expired.ftl");
    /** {@code msg("lessons…")}: the messages the portal's templates add to Keycloak's. */
    private static final Pattern OWN_MESSAGE = Pattern.compile("msg\\(\"(lessons[A-Za-z]*)\"");

    @Test
    void bothThemesAreDeclaredForTheLoginPages() {
        String declared = read("META-INF/keycloak-themes.json").replaceAll("\\s", "");

        assertThat(declared).contains("{\"name\":\"lessons\",\"types\":[\"login\"]}")
                .contains("{\"name\":\"lessons-demo\",\"types\":[\"login\"]}");
    }

    @Test
    void theDemoThemeExtendsThePortalsWhichExtendsKeycloaksV2() {
        assertThat(properties(LESSONS + "theme.properties")).containsEntry("parent", "keycloak.v2")
                .containsEntry("darkMode", "false").containsEntry("styles", "css/lessons.css");
        assertThat(properties(DEMO + "theme.properties")).containsEntry("parent", "lessons");
        assertThat(getClass().getClassLoader().getResource(LESSONS + "resources/css/lessons.css")).isNotNull();
    }

    @Test
    void everyMessageTheTemplatesAddIsWritten() {
        Properties messages = properties(LESSONS + "messages/messages_en.properties");
        Set<String> used = new TreeSet<>();
        for (String template : LESSONS_TEMPLATES) {
            Matcher m = OWN_MESSAGE.matcher(read(LESSONS + template));
            while (m.find()) {
                used.add(m.group(1));
            }
        }

        assertThat(used).contains("lessonsPasswordTitle", "lessonsBrokersTitle", "lessonsSkipLink");
        assertThat(messages.stringPropertyNames()).containsAll(used);
    }

    @Test
    void theDemoOnlyRelabelsTheUsernameForm() {
        Properties demo = properties(DEMO + "messages/messages_en.properties");

        assertThat(demo.getProperty("lessonsPasswordTitle")).isEqualTo("Demo account");
        assertThat(properties(LESSONS + "messages/messages_en.properties").stringPropertyNames())
                .containsAll(demo.stringPropertyNames());
    }

    @Test
    void noMessageHasALoneApostrophe() {
        for (String file : List.of(LESSONS + "messages/messages_en.properties", DEMO + "messages/messages_en.properties")) {
            Properties messages = properties(file);
            for (String key : messages.stringPropertyNames()) {
                assertThat(messages.getProperty(key).replace("''", ""))
                        .as("%s in %s: write ’ (\\u2019) or '' for an apostrophe", key, file)
                        .doesNotContain("'");
            }
        }
    }

    @Test
    void errorsArePlainEnglish() {
        Properties messages = properties(LESSONS + "messages/messages_en.properties");

        assertThat(messages.getProperty("invalidPasswordMessage")).isEqualTo("The password is not right. Check it and try again.");
        assertThat(messages.getProperty("accountTemporarilyDisabledMessage")).contains("locked");
        assertThat(messages.getProperty("lessonsFooterText")).contains("each other\u2019s");
        for (String key : List.of("invalidUserMessage", "invalidPasswordMessage", "expiredCodeMessage",
                "expiredActionTokenNoSessionMessage", "cookieNotFoundMessage", "pageExpiredTitle", "errorTitle")) {
            assertThat(messages.getProperty(key)).as(key).doesNotContainIgnoringCase("invalid")
                    .doesNotContainIgnoringCase("login").doesNotContain("...");
        }
    }

    private Properties properties(String resource) {
        Properties properties = new Properties();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    private String read(String resource) {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
