package org.lessonsportal.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The times of the actions done once every simulated person is signed in and busy (after the ramp), for the knee:
 * Gatling's own report covers the whole run, ramp included, where fewer people made each action faster. Prints
 * {@code LOAD} lines and writes them to {@code target/load/} at the end.
 */
final class SteadyState {

    // {action's index in NAMES, milliseconds (-1: no answer), 1 if it worked}
    private static final ConcurrentLinkedQueue<long[]> TIMES = new ConcurrentLinkedQueue<>();
    private static final List<String> NAMES = new CopyOnWriteArrayList<>();
    private static volatile long from = Long.MAX_VALUE;

    private SteadyState() {
    }

    /** Actions from now on count. */
    static void startAt(long epochMillis) {
        from = epochMillis;
    }

    static void record(String action, int millis, boolean ok) {
        if (System.currentTimeMillis() < from) {
            return;
        }
        int index = NAMES.indexOf(action);
        if (index < 0) {
            synchronized (NAMES) {
                index = NAMES.indexOf(action);
                if (index < 0) {
                    NAMES.add(action);
                    index = NAMES.size() - 1;
                }
            }
        }
        TIMES.add(new long[] {index, millis, ok ? 1 : 0});
    }

    /** The summary: per action and for every UI action together, count, failures, p50, p95, p99, max. */
    static String summary(String title, long steadyMillis) {
        Map<String, List<long[]>> byAction = new TreeMap<>();
        for (long[] time : TIMES) {
            byAction.computeIfAbsent(NAMES.get((int) time[0]), name -> new ArrayList<>()).add(time);
            byAction.computeIfAbsent("ALL UI ACTIONS", name -> new ArrayList<>()).add(time);
        }
        StringBuilder out = new StringBuilder("LOAD " + title + "\n");
        out.append(String.format("LOAD %-48s %7s %6s %6s %6s %6s %7s %8s%n", "action", "count", "failed", "p50",
                "p95", "p99", "max", "per s"));
        byAction.forEach((name, times) -> {
            long[] ms = times.stream().filter(time -> time[1] >= 0).mapToLong(time -> time[1]).sorted().toArray();
            long failed = times.stream().filter(time -> time[2] == 0).count();
            out.append(String.format("LOAD %-48s %7d %6d %6d %6d %6d %7d %8.2f%n", name, times.size(), failed,
                    percentile(ms, 50), percentile(ms, 95), percentile(ms, 99), ms.length == 0 ? 0 : ms[ms.length - 1],
                    times.size() * 1000.0 / Math.max(1, steadyMillis)));
        });
        return out.toString();
    }

    static void write(String title, long steadyMillis, Path file) {
        String summary = summary(title, steadyMillis);
        System.out.print(summary);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, summary);
        } catch (IOException e) {
            System.err.println("Could not write " + file + ": " + e.getMessage());
        }
    }

    private static long percentile(long[] sorted, int percent) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }
}
