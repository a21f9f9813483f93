package org.lessonsportal.domain.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import java.util.function.Function;

/**
 * What to try when a search finds nothing: the words spelled as the lessons spell them, the filters that are enough
 * to drop (one at a time, or else all of them), fewer or more general words. A suggestion that would find nothing
 * either is not made.
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
final class SearchSuggestions {

    /** How many lessons another search would find, widening as the search itself would. */
    @FunctionalInterface
    interface Counter {
        long count(SearchQuery query, QueryText text);
    }

    private final TextQueries textQueries;

    /** @param hasText whether the search has words to match (not only stop words or punctuation) */
    List<Suggestion> of(Function<String, Optional<String>> correction, SearchQuery query, QueryText text,
            boolean hasText, Counter counter) {
        List<Suggestion> suggestions = new ArrayList<>();
        if (hasText) {
            Optional<String> corrected = correction.apply(text.text());
            if (corrected.isPresent() && !corrected.get().equalsIgnoreCase(text.text())) {
                SearchQuery instead = query.withText(corrected.get());
                long count = counter.count(instead, QueryText.of(corrected.get(), SearchQuery.MAX_TEXT_LENGTH));
                if (count > 0) {
                    suggestions.add(new Suggestion(Suggestion.Kind.SPELLING, "Search for “" + corrected.get()
                            + "” instead", instead, count));
                }
            }
        }
        if (query.hasFilters()) {
            // First the filters that are enough to drop one at a time, then, if none is, all of them.
            boolean oneIsEnough = false;
            for (Facet facet : Facet.values()) {
                if (facet.selectedIn(query).isEmpty()) {
                    continue;
                }
                SearchQuery without = query.without(facet);
                long count = counter.count(without, text);
                if (count > 0) {
                    oneIsEnough = true;
                    suggestions.add(new Suggestion(Suggestion.Kind.REMOVE_FILTERS, lessons(count)
                            + " without the “" + facet.label() + "” filter", without, count));
                }
            }
            SearchQuery unfiltered = query.withoutFilters();
            long count = oneIsEnough ? 0 : counter.count(unfiltered, text);
            if (count > 0) {
                suggestions.add(new Suggestion(Suggestion.Kind.REMOVE_FILTERS, lessons(count)
                        + " without any filter", unfiltered, count));
            }
        }
        if (hasText) {
            suggestions.add(new Suggestion(Suggestion.Kind.FEWER_WORDS, textQueries.wordCount(text) > 1
                    ? "Try fewer or more general words, such as the type of project or the name of a system"
                    : "Try a more general word, such as the type of project or the name of a system", null, 0));
        }
        return suggestions;
    }

    private static String lessons(long count) {
        return count == 1 ? "1 lesson matches" : String.format(Locale.UK, "%,d lessons match", count);
    }
}
