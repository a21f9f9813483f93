package org.lessonsportal.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.lessonsportal.e2e.AccessRoutes.Route;
import org.lessonsportal.e2e.AccessRules.Caller;
import org.lessonsportal.e2e.AccessRules.Expected;
import org.lessonsportal.e2e.AccessRules.Outcome;
import org.lessonsportal.e2e.AccessRules.State;
import org.lessonsportal.e2e.AccessRules.Visibility;
import org.lessonsportal.e2e.support.PortalSession.Answer;

/**
 * The access matrix as text: one table per route (rows callers, columns lesson states, ✓ or ✗ and what the portal
 * answered in each cell), the number of cells, and every cell that does not answer as intended, leaks first. The
 * answers of those cells are kept next to the report, to see what was shown.
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
final class AccessMatrixReport {

    /** One cell: what was expected, what came back, and which lessons the answer shows. */
    record Cell(Route route, Caller caller, State state, String address, Expected expected, Outcome actual,
            int status, boolean showsLesson, List<State> othersShown, Answer answer) {

        static Cell of(Route route, Caller caller, State state, String address, Expected expected, Outcome actual,
                Answer answer, MatrixLessons lessons) {
            String text = answer.everything().toLowerCase(Locale.ROOT);
            boolean shows = state != State.ANY && lessons.markers(state).stream().anyMatch(text::contains);
            List<State> others = new ArrayList<>();
            if (route.perLesson() || state == State.ANY) {
                for (State other : AccessRules.lessonStates()) {
                    if (other != state && !mayAppear(caller, other)
                            && lessons.markers(other).stream().anyMatch(text::contains)) {
                        others.add(other);
                    }
                }
            }
            return new Cell(route, caller, state, address, expected, actual, answer.status(), shows, others, answer);
        }

        private static boolean mayAppear(Caller caller, State state) {
            return AccessRules.maySee(caller, state) || (caller == Caller.API_CLIENT && state == State.PUBLISHED);
        }

        boolean matches() {
            return actual == expected.outcome() && (expected.status() == 0 || status == expected.status())
                    && !(expected.visibility() == Visibility.SHOWN && !showsLesson)
                    && !(expected.visibility() == Visibility.HIDDEN && showsLesson) && othersShown.isEmpty();
        }

        /** More than intended: in where it should not be, or a lesson shown that must not be. */
        boolean leak() {
            return (actual == Outcome.ALLOWED && expected.outcome() != Outcome.ALLOWED)
                    || (expected.visibility() == Visibility.HIDDEN && showsLesson) || !othersShown.isEmpty();
        }

        String mark() {
            String code = switch (actual) {
                case ALLOWED -> showsLesson ? "A+" : "A";
                case NOT_FOUND -> "N";
                case REFUSED -> "R" + (status == 401 || status == 403 ? status : "");
                case ERROR -> "E" + status;
            };
            return (matches() ? "✓ " : leak() ? "✗!" : "✗ ") + code;
        }

        String describe() {
            return String.format("%-34s %-14s %-26s expected %s, got %s (HTTP %d%s)%s%s  [%s]", route.name(),
                    caller.label, state.label, expectedText(), actual, status,
                    showsLesson ? ", shows the lesson" : "",
                    othersShown.isEmpty() ? "" : ", also shows the " + othersShown.stream().map(s -> s.label)
                            .collect(Collectors.joining(", ")) + " lesson(s)",
                    leak() ? "  LEAK" : "", address);
        }

        private String expectedText() {
            String visibility = switch (expected.visibility()) {
                case SHOWN -> " showing the lesson";
                case MAY -> "";
                case HIDDEN -> expected.outcome() == Outcome.ALLOWED ? " without the lesson" : "";
            };
            return expected.outcome() + (expected.status() == 0 ? "" : " " + expected.status()) + visibility;
        }
    }

    private final List<Route> routes;
    private final List<Cell> cells;
    private final MatrixLessons lessons;

    List<Cell> mismatches() {
        return cells.stream().filter(c -> !c.matches())
                .sorted(Comparator.comparing((Cell c) -> !c.leak()).thenComparing(c -> routes.indexOf(c.route()))
                        .thenComparing(Cell::caller).thenComparing(Cell::state))
                .toList();
    }

    String mismatchList() {
        return mismatches().stream().map(Cell::describe).collect(Collectors.joining("\n"));
    }

    /** Writes the report (and the answers of the cells that do not match) and returns the report. */
    String write(Path report, Path answers) {
        StringBuilder out = new StringBuilder();
        out.append("ACCESS MATRIX: every route x every caller x every state of a lesson\n");
        out.append("Lessons (all by alice, Northshire ZZ1): ").append(lessons.ids().entrySet().stream()
                .map(e -> e.getKey().label + " #" + e.getValue()).collect(Collectors.joining(", "))).append('\n');
        out.append("Intended: drafts and lessons withdrawn before submission: the author's organisation only; from "
                + "submission to a decision: author, assigned reviewers (bob, carol), publishers, admins; published and "
                + "archived: every signed-in person (nora, who has no organisation, may read published lessons, search "
                + "and the playbook, nothing else); anonymous: public pages only; API: API clients only, published "
                + "lessons only, anything else 401.\n");
        out.append("Cell: ✓ as intended, ✗ not as intended, ✗! a leak (in where it must not be, or a lesson shown "
                + "that must not be). Answer: A allowed (A+ showing the lesson), N not found, R refused (R401/R403: "
                + "HTTP status; R alone: access-denied page, no-organisation page or sign-in redirect), E error.\n\n");
        for (Route route : routes) {
            List<State> states = route.states().stream().toList();
            out.append(route.name()).append("  (").append(route.kind()).append(route.perLesson()
                    ? ", one request per lesson" : ", one request per caller, checked for every lesson").append(")\n");
            out.append(String.format("  %-15s", ""));
            states.forEach(s -> out.append(String.format("%-14s", shortLabel(s))));
            out.append('\n');
            for (Caller caller : Caller.values()) {
                out.append(String.format("  %-15s", caller.label));
                for (State state : states) {
                    out.append(String.format("%-14s", cells.stream().filter(c -> c.route() == route
                            && c.caller() == caller && c.state() == state).findFirst().map(Cell::mark).orElse("n/a")));
                }
                out.append('\n');
            }
            out.append('\n');
        }
        List<Cell> wrong = mismatches();
        out.append(String.format("%d cells, %d as intended, %d not (%d leaks)%n", cells.size(),
                cells.size() - wrong.size(), wrong.size(), wrong.stream().filter(Cell::leak).count()));
        if (!wrong.isEmpty()) {
            out.append("\nNot as intended:\n").append(mismatchList()).append('\n');
        }
        try {
            Files.createDirectories(report.toAbsolutePath().getParent());
            Files.writeString(report, out, StandardCharsets.UTF_8);
            clear(answers);
            Files.createDirectories(answers);
            int n = 0;
            // ACCESS_MATRIX_ANSWERS=all keeps every cell's answer, e.g. to see what a view sends
            boolean all = "all".equals(System.getenv("ACCESS_MATRIX_ANSWERS"));
            for (Cell cell : all ? cells : wrong) {
                Files.writeString(answers.resolve(String.format("%03d-%s-%s.txt", ++n, cell.caller().name(),
                        cell.route().name().replaceAll("[^A-Za-z0-9]+", "_"))),
                        cell.describe() + "\n\n" + cell.answer().everything(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String shortLabel(State state) {
        return switch (state) {
            case WITHDRAWN_UNSUBMITTED -> "withdrawn*";
            case CHANGES_REQUESTED -> "changes req.";
            default -> state.label;
        };
    }

    private static void clear(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
        }
    }
}
