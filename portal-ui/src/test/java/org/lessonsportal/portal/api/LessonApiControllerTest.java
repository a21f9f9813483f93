package org.lessonsportal.portal.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lessonsportal.domain.lesson.ExchangeSettings;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.util.unit.DataSize;

/** The import endpoint stops reading a body larger than the limit, before the import service sees any of it. */
class LessonApiControllerTest {

    /** No import service: a body over the limit must never reach it. */
    private final LessonApiController controller = new LessonApiController(null,
            new ExchangeSettings(DataSize.ofBytes(1000)));

    private static JwtAuthenticationToken client() {
        Jwt token = Jwt.withTokenValue("token").header("alg", "RS256").claim("azp", "lessons-api-test")
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(60)).build();
        return new JwtAuthenticationToken(token, List.of(new SimpleGrantedAuthority("ROLE_api-import")));
    }

    /** An endless body that counts what was read from it. */
    private static final class Endless extends InputStream {
        long read;

        @Override
        public int read() {
            read++;
            return ' ';
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            java.util.Arrays.fill(buffer, offset, offset + length, (byte) ' ');
            read += length;
            return length;
        }
    }

    @Test
    void aBodyDeclaredLargerThanTheLimitIsRefusedBeforeItIsRead() {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/import");
        request.setContent(new byte[1001]);
        Endless body = new Endless();

        assertThatThrownBy(() -> controller.importLessons(body, request, client()))
                .isInstanceOf(ImportTooLargeException.class)
                .hasMessage("The document is larger than the 1000 bytes the portal accepts, so nothing was imported. Split "
                        + "it into smaller documents and send them one by one.");
        assertThat(body.read).isZero();
    }

    @Test
    void aBodyWithoutALengthIsReadOnlyUntilItPassesTheLimit() {
        Endless body = new Endless();

        assertThatThrownBy(() -> controller.importLessons(body, new MockHttpServletRequest("POST", "/api/import"),
                client())).isInstanceOf(ImportTooLargeException.class);
        assertThat(body.read).isGreaterThan(1000).isLessThanOrEqualTo(1000 + 64 * 1024);
    }

    @Test
    void theClientIsTheTokensAuthorisedPartyWithItsRealmRoles() {
        assertThat(ApiCallers.client(client())).satisfies(c -> {
            assertThat(c.clientId()).isEqualTo("lessons-api-test");
            assertThat(c.roles()).containsExactly("api-import");
        });
    }
}
