package org.lessonsportal.domain.search;

import java.util.ArrayList;
import java.util.List;

/** Reads the highlighter's output (matches between two private-use marks) into {@link Passage} segments. */
final class Highlights {

    static final String START = "\uE000";
    static final String END = "\uE001";

    private Highlights() {
    }

    static Passage passage(String field, String marked) {
        List<Passage.Segment> segments = new ArrayList<>();
        int at = 0;
        while (at < marked.length()) {
            int start = marked.indexOf(START, at);
            if (start < 0) {
                segments.add(new Passage.Segment(marked.substring(at), false));
                break;
            }
            if (start > at) {
                segments.add(new Passage.Segment(marked.substring(at, start), false));
            }
            int end = marked.indexOf(END, start + 1);
            if (end < 0) {
                segments.add(new Passage.Segment(marked.substring(start + 1), true));
                break;
            }
            segments.add(new Passage.Segment(marked.substring(start + 1, end), true));
            at = end + 1;
        }
        return new Passage(field, merge(segments));
    }

    /** Adjacent matches ("electronic" " " "patient") read better as one. */
    private static List<Passage.Segment> merge(List<Passage.Segment> segments) {
        List<Passage.Segment> merged = new ArrayList<>();
        for (Passage.Segment segment : segments) {
            if (segment.text().isEmpty()) {
                continue;
            }
            if (!merged.isEmpty() && merged.get(merged.size() - 1).match() == segment.match()) {
                Passage.Segment last = merged.remove(merged.size() - 1);
                merged.add(new Passage.Segment(last.text() + segment.text(), segment.match()));
            } else {
                merged.add(segment);
            }
        }
        return merged;
    }
}
