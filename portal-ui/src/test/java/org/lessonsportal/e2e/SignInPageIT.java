package org.lessonsportal.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lessonsportal.e2e.pages.KeycloakLoginPage;
import org.lessonsportal.e2e.support.Axe;
import org.lessonsportal.e2e.support.Browser;
import org.lessonsportal.e2e.support.BrowserExtension;
import org.lessonsportal.e2e.support.KeycloakAdmin;
import org.lessonsportal.e2e.support.KeycloakServer;
import org.lessonsportal.e2e.support.KeycloakServer.LoginRefusedException;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * The sign-in pages in the portal's login theme (module keycloak-provider, theme {@code lessons-demo} in the demo
 * realm), in a real browser at the real Keycloak: the portal's header and page titles, plain-English errors, the NHS
 * identity providers before the demo's form, and axe-core with no violation at 1280 and 360 px. The portal itself is
 * not needed: the pages are opened with the portal's own authorization request.
 */
class SignInPageIT {

    private static final int[] WIDTHS = {1280, 360};
    private static final String PORTAL_NAME = "Lessons Portal";

    private static KeycloakServer keycloak;

    @RegisterExtension
    final BrowserExtension browsers = new BrowserExtension();

    @BeforeAll
    static void startKeycloak() {
        keycloak = KeycloakServer.shared(KeycloakServer.portalPortForThisJvm());
    }

    @Test
    void theUsernamePageThePasswordPageAndAWrongPasswordInThePortalsLook() {
        Browser browser = browsers.newBrowser();
        for (int width : WIDTHS) {
            browser.driver().manage().window().setSize(new Dimension(width, 900));
            KeycloakLoginPage login = KeycloakLoginPage.open(browser, authorizationUrl());
            assertThat(login.title()).isEqualTo("Sign in - Lessons Portal");
            assertThat(login.heading()).isEqualTo("Sign in");
            assertThat(login.portalName().getText()).isEqualTo(PORTAL_NAME);
            assertThat(login.portalName().getAttribute("href")).isEqualTo(keycloak.portalUrl() + "/");
            assertThat(backgroundOf(browser, ".portal-header")).as("the portal's NHS blue header")
                    .contains("0, 94, 184");
            assertThat(login.text()).contains("Demo account", "Username or email address");
            assertThat(browser.driver().findElement(By.id("footer-accessibility")).getAttribute("href"))
                    .isEqualTo(keycloak.portalUrl() + "/accessibility");
            Axe.check(browser, "sign-in-username-" + width);
            browser.screenshot("sign-in-username-" + width);

            KeycloakLoginPage password = login.continueAs("rita");
            assertThat(password.title()).isEqualTo("Enter your password - Lessons Portal");
            assertThat(password.heading()).isEqualTo("Enter your password");
            assertThat(password.text()).contains("Signing in as rita", "Use a different account");
            Axe.check(browser, "sign-in-password-" + width);

            KeycloakLoginPage refused = password.signInRefused("not-rita's-password");
            assertThat(refused.message()).isEqualTo("The password is not right. Check it and try again.");
            assertThat(refused.title()).isEqualTo("Error: Enter your password - Lessons Portal");
            Axe.check(browser, "sign-in-wrong-password-" + width);
            browser.screenshot("sign-in-wrong-password-" + width);
        }
    }

    @Test
    void goingBackToAStepAlreadyDoneSaysThePageHasExpiredAndHowToCarryOn() {
        Browser browser = browsers.newBrowser();
        KeycloakLoginPage login = KeycloakLoginPage.open(browser, authorizationUrl());
        // the username step's address without its one-time code: what the browser's Back button asks for again
        String usernameStep = login.formAction().replaceAll("session_code=[^&]*&?", "");
        login.continueAs("rita");

        browser.open(usernameStep);
        KeycloakLoginPage expired = KeycloakLoginPage.showing(browser);
        assertThat(expired.heading()).isEqualTo("This page has expired");
        assertThat(expired.title()).isEqualTo("This page has expired - Lessons Portal");
        assertThat(expired.text()).contains("Carry on signing in", "Start signing in again").doesNotContain("Click here");
        for (int width : WIDTHS) {
            browser.driver().manage().window().setSize(new Dimension(width, 900));
            Axe.check(browser, "sign-in-page-expired-" + width);
            browser.screenshot("sign-in-page-expired-" + width);
        }

        KeycloakLoginPage carriedOn = expired.follow("loginContinueLink");
        assertThat(carriedOn.heading()).as("back where rita was").isEqualTo("Enter your password");
    }

    @Test
    void nhsIdentityProvidersComeFirstWithPlainWordsAndTheDemoFormAfterThem() {
        KeycloakAdmin admin = new KeycloakAdmin(keycloak);
        List<String> added = new ArrayList<>();
        try {
            // added for this test unless the realm has them already (the brokers of issue 15)
            if (admin.addIdentityProvider("nhs-cis2", "NHS Care Identity (smartcard)")) {
                added.add("nhs-cis2");
            }
            if (admin.addIdentityProvider("nhsmail", "NHSmail")) {
                added.add("nhsmail");
            }
            Browser browser = browsers.newBrowser();
            for (int width : WIDTHS) {
                browser.driver().manage().window().setSize(new Dimension(width, 900));
                KeycloakLoginPage login = KeycloakLoginPage.open(browser, authorizationUrl());
                WebElement cis2 = browser.waitFor(By.id("social-nhs-cis2"));
                WebElement nhsmail = browser.waitFor(By.id("social-nhsmail"));
                assertThat(cis2.getText()).isEqualTo("NHS Care Identity (smartcard)");
                assertThat(nhsmail.getText()).isEqualTo("NHSmail");
                assertThat(browser.driver().findElement(By.id("social-nhs-cis2-hint")).getText())
                        .isEqualTo("With your smartcard, Windows Hello or a security key.");
                assertThat(cis2.getAttribute("aria-describedby")).isEqualTo("social-nhs-cis2-hint");
                assertThat(login.text()).contains("Use your NHS account", "Demo account");
                assertThat(before(browser, "social-nhs-cis2", "kc-form-login"))
                        .as("the NHS accounts come before the demo's form").isTrue();
                Axe.check(browser, "sign-in-with-nhs-accounts-" + width);
                browser.screenshot("sign-in-with-nhs-accounts-" + width);
            }
        } finally {
            added.forEach(admin::removeIdentityProvider);
        }
    }

    @Test
    void anAccountLockedAfterTooManyTriesIsToldSo() {
        KeycloakAdmin admin = new KeycloakAdmin(keycloak);
        String username = "locked-" + UUID.randomUUID().toString().substring(0, 8);
        admin.addUser(username, "right-password");
        try {
            String locked = "This account is locked for a few minutes after too many tries to sign in. Wait, then "
                    + "try again.";
            // brute-force detection: ten failures, or two within a second, lock the account for a minute
            for (int attempt = 0; attempt < 10; attempt++) {
                String message = refusal(username, "wrong-password");
                if (message.equals(locked)) {
                    break;
                }
                assertThat(message).contains("is not right");
            }

            Browser browser = browsers.newBrowser();
            KeycloakLoginPage refused = KeycloakLoginPage.open(browser, authorizationUrl())
                    .signInRefused(username, "right-password");
            assertThat(refused.message()).as("even the right password, while locked").isEqualTo(locked);
            Axe.check(browser, "sign-in-locked");
        } finally {
            admin.removeUser(username);
        }
    }

    private static String refusal(String username, String password) {
        List<String> message = new ArrayList<>();
        assertThatThrownBy(() -> keycloak.authorizationCodeLogin(username, password))
                .isInstanceOfSatisfying(LoginRefusedException.class, e -> message.add(e.pageMessage()));
        return message.get(0);
    }

    /** The portal's own authorization request, as its "Sign in" sends it (the code is never used). */
    private static String authorizationUrl() {
        return keycloak.authorizationEndpoint() + "?response_type=code&client_id=" + KeycloakServer.PORTAL_CLIENT_ID
                + "&scope=" + encode(KeycloakServer.PORTAL_SCOPES) + "&state=" + UUID.randomUUID()
                + "&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM&code_challenge_method=S256"
                + "&redirect_uri=" + encode(keycloak.portalRedirectUri());
    }

    private static String backgroundOf(Browser browser, String selector) {
        return browser.driver().findElement(By.cssSelector(selector)).getCssValue("background-color");
    }

    private static boolean before(Browser browser, String firstId, String secondId) {
        return Boolean.TRUE.equals(((JavascriptExecutor) browser.driver()).executeScript(
                "return !!(document.getElementById(arguments[0]).compareDocumentPosition("
                        + "document.getElementById(arguments[1])) & Node.DOCUMENT_POSITION_FOLLOWING);",
                firstId, secondId));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
