package org.lessonsportal.e2e.pages;

import org.lessonsportal.e2e.support.Browser;
import org.openqa.selenium.By;

/**
 * Keycloak's sign-in page. With Organizations on it asks for the username first and the password on a second page;
 * this page object handles both forms. It is also the sign-in page of the {@code cis2-sim} realm, which stands in for
 * NHS CIS2 behind the "NHS Care Identity (smartcard)" button.
 */
public class KeycloakLoginPage {

    private static final By NHS_CARE_IDENTITY = By.id("social-nhs-cis2");

    private final Browser browser;

    public KeycloakLoginPage(Browser browser) {
        this.browser = browser;
        browser.waitFor(By.id("username"));
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

    /** Signing in when Keycloak is expected to refuse the person with its error page. */
    public KeycloakErrorPage signInRefused(String username, String password) {
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
