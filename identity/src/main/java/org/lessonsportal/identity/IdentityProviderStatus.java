package org.lessonsportal.identity;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Whether the identity provider answers right now. Checked before sending anyone to sign in, so a person never lands
 * on a browser error page when Keycloak is down. Results are remembered briefly.
 */
@Component
public class IdentityProviderStatus {

    private static final Logger log = LoggerFactory.getLogger(IdentityProviderStatus.class);
    private static final Duration REMEMBER_UP = Duration.ofSeconds(10);
    private static final Duration REMEMBER_DOWN = Duration.ofSeconds(2);

    private final OidcSettings settings;
    private final Clock clock;
    private final HttpClient http;
    private volatile Boolean lastAnswer;
    private volatile Instant checkedAt = Instant.EPOCH;

    IdentityProviderStatus(OidcSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(settings.availabilityTimeout()).build();
    }

    public boolean isAvailable() {
        Boolean answer = lastAnswer;
        Duration remember = Boolean.TRUE.equals(answer) ? REMEMBER_UP : REMEMBER_DOWN;
        if (answer != null && clock.instant().isBefore(checkedAt.plus(remember))) {
            return answer;
        }
        boolean now = check();
        if (!Boolean.valueOf(now).equals(answer)) {
            if (now) {
                log.info("Identity provider {} is available", settings.issuer());
            } else {
                log.warn("Identity provider {} is not answering: sign-in is unavailable", settings.issuer());
            }
        }
        lastAnswer = now;
        checkedAt = clock.instant();
        return now;
    }

    /** Forget the last answer (after a failed sign-in, say). */
    public void forget() {
        lastAnswer = null;
    }

    private boolean check() {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(settings.discoveryUri()))
                    .timeout(settings.availabilityTimeout()).GET().build();
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (Exception e) {
            return false;
        }
    }
}
