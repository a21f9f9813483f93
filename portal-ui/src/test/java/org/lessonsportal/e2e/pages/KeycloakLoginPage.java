package org.lessonsportal.e2e.pages;

import org.lessonsportal.e2e.support.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Keycloak's sign-in page, in the portal's login theme (module keycloak-provider). With Organizations on it asks for
 * the username first and the password on a second page; this page object handles both forms. It is also the sign-in
 * page of the {@code cis2-sim} realm, which stands in for NHS CIS2 behind the "NHS Care Identity (smartcard)" button.
 */
public class KeycloakLoginPage {

    private static final By NHS_CARE_IDENTITY = By.id("social-nhs-cis2");
    private static final By NHSMAIL = By.id("social-nhsmail");
    private static final By FEEDBACK = By.cssSelector(".kc-feedback-text");

    private final Browser browser;

    public KeycloakLoginPage(Browser browser) {
        this(browser, By.id("username"));
    }

    private KeycloakLoginPage(Browser browser, By shown) {
        this.browser = browser;
        browser.waitFor(shown);
    }

    /** Opens an authorization request's address (Keycloak's first sign-in page). */
    public static KeycloakLoginPage open(Browser browser, String authorizationUrl) {
        browser.open(authorizationUrl);
        return new KeycloakLoginPage(browser);
    }

    /** Any of Keycloak's pages (the password page, an error, an expired page), once its heading shows. */
    public static KeycloakLoginPage showing(Browser browser) {
        return new KeycloakLoginPage(browser, By.id("kc-page-title"));
    }

    /** The username page's "Continue": on to the password page. */
    public KeycloakLoginPage continueAs(String username) {
        browser.type(By.id("username"), username);
        browser.click(By.id("kc-login"));
        return new KeycloakLoginPage(browser, By.id("password"));
    }

    /** The password page's "Sign in" with a password Keycloak refuses: the same page with the error. */
    public KeycloakLoginPage signInRefused(String password) {
        browser.type(By.id("password"), password);
        browser.click(By.id("kc-login"));
        return new KeycloakLoginPage(browser, FEEDBACK);
    }

    /**
     * Signs in from the username page with details Keycloak refuses, on whichever page it refuses them (a locked
     * account may be refused at the username already): the page with the error.
     */
    public KeycloakLoginPage signInRefused(String username, String password) {
        browser.type(By.id("username"), username);
        browser.click(By.id("kc-login"));
        // the click's page may not have loaded yet: wait for whichever of the two pages comes
        By passwordField = By.id("password");
        if (browser.waitForAny(passwordField, FEEDBACK).equals(passwordField)) {
            return signInRefused(password);
        }
        return new KeycloakLoginPage(browser, FEEDBACK);
    }

    /** Follows a link of the page by its id. */
    public KeycloakLoginPage follow(String linkId) {
        browser.click(By.id(linkId));
        return showing(browser);
    }

    public String title() {
        return browser.driver().getTitle();
    }

    public String heading() {
        return browser.waitFor(By.id("kc-page-title")).getText();
    }

    /** The header's name of the portal. */
    public WebElement portalName() {
        return browser.waitFor(By.id("portal-name"));
    }

    /** The message of the page: the error by the field, or the page's own. */
    public String message() {
        return browser.waitFor(FEEDBACK).getText();
    }

    /** The visible text of the page's panel (header and footer left out). */
    public String text() {
        return browser.waitFor(By.id("main-content")).getText();
    }

    /** Where the page's form posts to (Keycloak's login action with the step's execution). */
    public String formAction() {
        return browser.waitFor(By.id("kc-form-login")).getAttribute("action");
    }

    public PortalPage signInAs(String username, String password) {
        enterCredentials(username, password);
        return new PortalPage(browser);
    }

    public NoOrganisationPage signInWithoutOrganisation(String username, String password) {
        enterCredentials(username, password);
        return new NoOrganisationPage(browser);
    }

    /** "NHS Care Identity (smartcard)": the simulator's sign-in page, where a CIS2 person enters their password. */
    public KeycloakLoginPage chooseNhsCareIdentity() {
        browser.click(NHS_CARE_IDENTITY);
        return new KeycloakLoginPage(browser);
    }

    /** "NHSmail": the simulator's sign-in page, where an NHSmail person enters their address and password. */
    public KeycloakLoginPage chooseNhsmail() {
        browser.click(NHSMAIL);
        return new KeycloakLoginPage(browser);
    }

    /** Signing in when Keycloak is expected to refuse the person with its error page. */
    public KeycloakErrorPage signInEndsOnErrorPage(String username, String password) {
        enterCredentials(username, password);
        return new KeycloakErrorPage(browser);
    }

    private void enterCredentials(String username, String password) {
        browser.type(By.id("username"), username);
        if (browser.isPresent(By.id("password")) && browser.driver().findElement(By.id("password")).isDisplayed()) {
            browser.type(By.id("password"), password);
            browser.click(By.id("kc-login"));
            return;
        }
        browser.click(By.id("kc-login"));
        browser.type(By.id("password"), password);
        browser.click(By.id("kc-login"));
    }

    public String currentUrl() {
        return browser.currentUrl();
    }
}
