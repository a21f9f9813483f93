package org.lessonsportal.e2e.support;

import com.deque.html.axecore.args.AxeRunOnlyOptions;
import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Runs axe-core on the page a browser shows, for WCAG 2.0/2.1/2.2 A and AA, and fails on any violation. Each run is
 * recorded in {@code target/e2e/axe-results.txt} (page, violations, rules passed, how long the check took).
 */
public final class Axe {

    public static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    private static boolean started;

    private Axe() {
    }

    /** Checks the page; on a violation, saves its screenshot and source and throws, listing every problem. */
    public static void check(Browser browser, String page) {
        browser.waitForVaadin();
        long began = System.nanoTime();
        Results results = new AxeBuilder().withOptions(options()).setLegacyMode(true).analyze(browser.driver());
        List<Rule> violations = results.getViolations();
        record(page, results, (System.nanoTime() - began) / 1_000_000);
        if (results.isErrored()) {
            throw new AssertionError("axe could not check " + page + ": " + results.getErrorMessage());
        }
        if (!violations.isEmpty()) {
            browser.saveArtifacts("axe-" + page);
            throw new AssertionError("Accessibility problems on " + page + ":\n" + describe(violations));
        }
    }

    /**
     * The WCAG rules only; every node only for violations (passed and to-review rules come back with one example
     * node each, which is all the record uses); the portal's pages have no frames, so axe runs in the page itself
     * ("legacy mode") instead of opening a blank tab to combine the results of frames. Measured on the lessons page,
     * eight checks each way alternately on a busy machine: median 2.6 s a check before, 1.5 s after.
     */
    private static AxeRunOptions options() {
        AxeRunOnlyOptions only = new AxeRunOnlyOptions();
        only.setType("tag");
        only.setValues(WCAG_TAGS);
        AxeRunOptions options = new AxeRunOptions();
        options.setRunOnly(only);
        options.setResultTypes(List.of("violations"));
        options.setIFrames(false);
        return options;
    }

    private static String describe(List<Rule> violations) {
        return violations.stream().map(rule -> "- " + rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp()
                + "\n" + rule.getNodes().stream().map(Axe::node).collect(Collectors.joining("\n")))
                .collect(Collectors.joining("\n"));
    }

    private static String node(CheckedNode node) {
        return "    at " + node.getTarget() + ": " + node.getHtml() + "\n      " + summary(node);
    }

    private static String summary(CheckedNode node) {
        StringBuilder text = new StringBuilder();
        if (node.getAny() != null) {
            node.getAny().forEach(c -> text.append(c.getMessage()).append("; "));
        }
        if (node.getAll() != null) {
            node.getAll().forEach(c -> text.append(c.getMessage()).append("; "));
        }
        if (node.getNone() != null) {
            node.getNone().forEach(c -> text.append(c.getMessage()).append("; "));
        }
        return text.toString();
    }

    private static void record(String page, Results results, long millis) {
        try {
            Path dir = Path.of(System.getProperty("e2e.artifacts", "target/e2e"));
            Files.createDirectories(dir);
            Path file = dir.resolve("axe-results.txt");
            synchronized (Axe.class) {
                if (!started) {
                    Files.deleteIfExists(file);
                    started = true;
                }
            }
            String line = page + ": " + results.getViolations().size() + " violations, " + results.getPasses().size()
                    + " rules passed, " + results.getIncomplete().size() + " to review by hand ("
                    + results.getIncomplete().stream().map(Rule::getId).collect(Collectors.joining(", ")) + "), "
                    + millis + " ms\n";
            Files.writeString(file, line, StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            System.err.println("Could not record the axe results of " + page + ": " + e);
        }
    }
}
