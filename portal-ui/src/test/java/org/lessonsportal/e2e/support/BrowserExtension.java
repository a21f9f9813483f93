package org.lessonsportal.e2e.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * Gives each test fresh browsers and closes them when it ends; when a test fails, first saves a screenshot and the
 * page source of each of its browsers under {@code target/e2e/}. Register it with {@code @RegisterExtension}.
 */
public class BrowserExtension implements TestWatcher {

    private final List<Browser> open = new ArrayList<>();

    public Browser newBrowser() {
        Browser browser = Browser.start();
        open.add(browser);
        return browser;
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        String name = context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName();
        for (int i = 0; i < open.size(); i++) {
            open.get(i).saveArtifacts(name + (open.size() > 1 ? "-" + i : ""));
        }
        closeAll();
    }

    @Override
    public void testSuccessful(ExtensionContext context) {
        closeAll();
    }

    @Override
    public void testAborted(ExtensionContext context, Throwable cause) {
        closeAll();
    }

    @Override
    public void testDisabled(ExtensionContext context, Optional<String> reason) {
        closeAll();
    }

    private void closeAll() {
        open.forEach(browser -> {
            try {
                browser.close();
            } catch (RuntimeException ignored) {
                // already gone
            }
        });
        open.clear();
    }
}
