package org.lessonsportal.domain.search;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.lessonsportal.domain.shared.DomainException;

/**
 * A search as named parameters, read and written in one place, so the search page's address, the open API and saved
 * searches cannot drift apart: {@code q=fax&projectType=fax-removal&region=london&year=2023&sort=newest&page=2}.
 * <p>
 * The names are the search page's, because addresses people have bookmarked and shared must keep working:
 * {@value #TEXT} for the words, each facet's {@link Facet#parameterName()} for its filter (a filter with several values
 * repeats its name), {@value #SORT} ({@code relevance}, the default, or {@code newest}) and {@value #PAGE}. The API
 * adds {@value #SIZE}. The one difference between the two: the address counts pages from 1, because people read
 * it, while the API has always counted from 0 and programs already rely on that.
 * <p>
 * Reading is strict, so a mistyped filter is explained rather than silently ignored and a search that looks
 * filtered is not secretly unfiltered: a year that is not one, a page that is not a number, an unknown order, and every
 * rule the search itself checks (unknown codes, the page size, how far one can page) give a {@link DomainException}
 * whose message can be shown as it is. Names it does not know are ignored, so other parameters may share the address.
 * The words go through {@link SearchQuery#cleanText}, the search's own cleaner, on the way in and out.
 */
@RequiredArgsConstructor(access = AccessLevel.PRIVATE)
public final class SearchParameters {

    public static final String TEXT = "q";
    public static final String SORT = "sort";
    public static final String PAGE = "page";
    public static final String SIZE = "size";

    /** The open API: pages from 0, {@value #SIZE} from 1 to {@value SearchQuery#MAX_SIZE} (default 20). */
    public static final SearchParameters API = new SearchParameters(0, true, SearchQuery.DEFAULT_SIZE);

    /** Four digits: years in an address or a request are written out in full. */
    private static final Pattern YEAR = Pattern.compile("[1-9][0-9]{3}");
    private static final Pattern WHOLE_NUMBER = Pattern.compile("-?[0-9]+");
    /** More digits than this cannot be a page or a size anyone means; read as "too far". */
    private static final int MAX_DIGITS = 9;

    private final int firstPage;
    private final boolean sizeIsAParameter;
    private final int size;

    /**
     * The search page's address: pages from 1, and the page, not the address, decides how many results a page shows.
     */
    public static SearchParameters forAddresses(int pageSize) {
        return new SearchParameters(1, false, pageSize);
    }

    /** The names that say what a search finds (its words and filters), rather than how the results are shown. */
    public static Set<String> searchNames() {
        Set<String> names = new LinkedHashSet<>();
        names.add(TEXT);
        for (Facet facet : Facet.values()) {
            names.add(facet.parameterName());
        }
        return Collections.unmodifiableSet(names);
    }

    // ------------------------------------------------------------------------------------------------------ reading

    /**
     * The search the parameters describe. Missing parameters mean no words, no filter, best match first, the first
     * page; blank values are left out.
     *
     * @throws DomainException with a plain-English message when a value cannot be used
     */
    public SearchQuery decode(Map<String, ? extends List<String>> parameters) {
        Map<String, ? extends List<String>> given = parameters == null ? Map.of() : parameters;
        SearchQuery.Builder builder = SearchQuery.builder()
                .text(SearchQuery.cleanText(first(given, TEXT), SearchQuery.MAX_TEXT_LENGTH));
        for (Facet facet : Facet.values()) {
            List<String> values = all(given, facet.parameterName());
            if (facet == Facet.YEAR_COMPLETED) {
                values.stream().filter(value -> !YEAR.matcher(value).matches()).findFirst().ifPresent(value -> {
                    throw new DomainException("\"" + shorten(value) + "\" is not a year. Give the year a project "
                            + "was completed in full, such as 2023.");
                });
            }
            builder.filter(facet, values);
        }
        builder.sort(sort(first(given, SORT)));
        builder.page(page(first(given, PAGE)));
        builder.size(sizeIsAParameter ? size(first(given, SIZE)) : size);
        return builder.build().checked();
    }

    private static SearchSort sort(String value) {
        String sort = value.strip().toLowerCase(Locale.ROOT);
        if (sort.isEmpty() || sort.equals("relevance")) {
            return SearchSort.RELEVANCE;
        }
        if (sort.equals("newest")) {
            return SearchSort.NEWEST;
        }
        throw new DomainException("Results can be sorted by relevance or newest, not by \"" + shorten(value.strip())
                + "\".");
    }

    private int page(String value) {
        if (value.isBlank()) {
            return 0;
        }
        String page = value.strip();
        if (!WHOLE_NUMBER.matcher(page).matches()) {
            throw new DomainException("The page number must be a whole number, such as " + (firstPage + 1)
                    + ", not \"" + shorten(page) + "\".");
        }
        if (!page.startsWith("-") && page.length() > MAX_DIGITS) {
            // a page far beyond the last is refused by the search's own rule, with its own message
            return SearchQuery.MAX_RESULT_WINDOW;
        }
        if (page.startsWith("-") || Integer.parseInt(page) < firstPage) {
            throw new DomainException(firstPage == 0 ? "The page number cannot be negative."
                    : "Pages are numbered from " + firstPage + ".");
        }
        return Integer.parseInt(page) - firstPage;
    }

    private int size(String value) {
        if (value.isBlank()) {
            return size;
        }
        String asked = value.strip();
        if (!WHOLE_NUMBER.matcher(asked).matches()) {
            throw new DomainException("The number of results per page must be a whole number, such as "
                    + SearchQuery.DEFAULT_SIZE + ", not \"" + shorten(asked) + "\".");
        }
        // out of range is refused by the search's own rule, with its own message
        return asked.length() > MAX_DIGITS ? (asked.startsWith("-") ? 0 : SearchQuery.MAX_SIZE + 1)
                : Integer.parseInt(asked);
    }

    private static String first(Map<String, ? extends List<String>> parameters, String name) {
        List<String> values = parameters.get(name);
        return values == null || values.isEmpty() || values.get(0) == null ? "" : values.get(0);
    }

    private static List<String> all(Map<String, ? extends List<String>> parameters, String name) {
        List<String> values = parameters.get(name);
        return values == null ? new ArrayList<>() : new ArrayList<>(values.stream()
                .filter(value -> value != null && !value.isBlank()).map(String::strip).distinct().toList());
    }

    /** A wrong value as quoted back in a message: never so long that it hides the message. */
    private static String shorten(String value) {
        String clean = SearchQuery.cleanText(value, 40);
        return clean.length() < value.length() ? clean + "…" : clean;
    }

    // ------------------------------------------------------------------------------------------------------ writing

    /**
     * The parameters of a search, in a stable order (words, the filters in {@link Facet} order with their values
     * sorted, order, page, size), leaving out what is as when missing: no words, no filter, best match first, the
     * first page, the usual size.
     */
    public Map<String, List<String>> encode(SearchQuery query) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        String text = SearchQuery.cleanText(query.text(), SearchQuery.MAX_TEXT_LENGTH);
        if (!text.isEmpty()) {
            parameters.put(TEXT, List.of(text));
        }
        parameters.putAll(filters(query));
        if (query.sort() == SearchSort.NEWEST) {
            parameters.put(SORT, List.of("newest"));
        }
        if (query.page() > 0) {
            parameters.put(PAGE, List.of(String.valueOf(query.page() + firstPage)));
        }
        if (sizeIsAParameter && query.size() != size) {
            parameters.put(SIZE, List.of(String.valueOf(query.size())));
        }
        return Collections.unmodifiableMap(parameters);
    }

    /** Only the filters of a search, named and ordered as {@link #encode} names and orders them. */
    public static Map<String, List<String>> filters(SearchQuery query) {
        Map<String, List<String>> filters = new LinkedHashMap<>();
        for (Facet facet : Facet.values()) {
            Comparator<String> order = facet == Facet.YEAR_COMPLETED
                    ? Comparator.comparing(Integer::valueOf) : Comparator.naturalOrder();
            List<String> values = facet.selectedIn(query).stream().sorted(order).toList();
            if (!values.isEmpty()) {
                filters.put(facet.parameterName(), values);
            }
        }
        return Collections.unmodifiableMap(filters);
    }
}
