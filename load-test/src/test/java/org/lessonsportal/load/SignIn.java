package org.lessonsportal.load;

import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.currentLocation;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.http.HttpProtocolBuilder;

/**
 * Signing in as a browser does it: the portal's sign-in address, Keycloak's form (user name and password on one page,
 * or the user name first and then the password, whichever the realm shows), back to the portal with the code, and the
 * portal's page for the signed-in person served. The person's {@code username} and {@code password} come from the
 * session (a feeder of {@link LoadAccounts}).
 */
final class SignIn {

    static final String PORTAL = System.getProperty("load.portal-url", "http://localhost:8080");

    private SignIn() {
    }

    /** A browser on this machine: what it accepts and says it is. */
    static HttpProtocolBuilder browser() {
        return http.baseUrl(PORTAL)
                .acceptHeader("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
                .acceptLanguageHeader("en-GB,en;q=0.9")
                .userAgentHeader("Lessons Portal load test");
    }

    /** The whole sign-in, ending on the portal's home page. */
    static ChainBuilder signIn() {
        return exec(openSignIn(), sendCredentials(), openHome());
    }

    /** Keycloak's sign-in form, its action saved. */
    private static ChainBuilder openSignIn() {
        return exec(http("Keycloak's sign-in form").get("/oauth2/authorization/keycloak")
                .check(status().is(200))
                .check(css("#kc-form-login", "action").saveAs("action")));
    }

    /** The user name (and the password, if the form has it); else the password on the next form. */
    private static ChainBuilder sendCredentials() {
        return exec(http("user name and password").post("#{action}")
                .formParam("username", "#{username}")
                .formParam("password", "#{password}")
                .formParam("credentialId", "")
                .check(status().is(200))
                .check(currentLocation().saveAs("landedOn"))
                .check(css("#kc-form-login", "action").optional().saveAs("action")))
                .doIf(session -> !session.getString("landedOn").startsWith(PORTAL)).then(
                        exec(http("password").post("#{action}")
                                .formParam("password", "#{password}")
                                .formParam("credentialId", "")
                                .check(status().is(200))
                                .check(currentLocation().saveAs("landedOn"))
                                .check(currentLocation().transform(url -> url.startsWith(PORTAL)).is(true))));
    }

    /** The signed-in person's home page, served by the portal (not a way back to the sign-in). */
    private static ChainBuilder openHome() {
        return exec(http("the portal's home page").get("/home")
                .check(status().is(200))
                .check(currentLocation().is(PORTAL + "/home"))
                .check(substring("Vaadin").exists()));
    }
}
