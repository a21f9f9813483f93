package org.lessonsportal.workflow.follow;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.lessonsportal.domain.search.Facet;
import org.lessonsportal.domain.search.SearchParameters;
import org.lessonsportal.domain.search.SearchQuery;
import org.lessonsportal.domain.shared.DomainException;
import org.lessonsportal.domain.shared.FieldError;
import org.lessonsportal.domain.shared.ValidationException;
import org.lessonsportal.domain.taxonomy.ChallengeType;
import org.lessonsportal.domain.taxonomy.Labelled;
import org.lessonsportal.domain.taxonomy.ProjectType;
import org.lessonsportal.domain.taxonomy.Region;
import org.lessonsportal.domain.taxonomy.Setting;

/**
 * A saved search as stored: its words (cleaned, at most {@value SearchQuery#MAX_TEXT_LENGTH} characters, as the search
 * uses them) and its filters as a small JSON object named like the search page's address ({@code {"projectType":
 * ["fax-removal"],"year":[2023]}}), written and read through {@link SearchParameters}, the same code as the address;
 * and the key that tells two follows of the same thing apart from different ones.
 */
final class SavedSearches {

    static final int NAME_MAX = 100;
    static final int FILTERS_MAX = 8000;
    static final int MAX_FILTER_VALUES = 50;
    private static final int VALUE_MAX = 100;
    /** Field key of problems with the search itself (rather than its name). */
    static final String SEARCH = "search";
    static final String NAME = "name";

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private SavedSearches() {
    }

    // -------------------------------------------------------------------------------------------------- cleaning

    /**
     * The search as it is saved: words cleaned and cut, filters checked (known codes, at most
     * {@value #MAX_FILTER_VALUES} values each), first page, best match first.
     *
     * @throws ValidationException (field {@value #SEARCH}) when a code is unknown, there are too many filters, or the
     *                             search has neither words nor filters
     */
    static SearchQuery normalise(SearchQuery query) {
        if (query == null) {
            throw problem(SEARCH, "Say what to search for before following a search");
        }
        List<FieldError> errors = new ArrayList<>();
        SearchQuery cleaned = SearchQuery.builder()
                .text(clean(query.text(), SearchQuery.MAX_TEXT_LENGTH))
                .projectTypes(codes(query.projectTypes(), ProjectType.class, "type of project", errors))
                .settings(codes(query.settings(), Setting.class, "care setting", errors))
                .regions(codes(query.regions(), Region.class, "region", errors))
                .organisations(values(query.organisations(), v -> v.toUpperCase(Locale.ROOT)))
                .challengeTypes(codes(query.challengeTypes(), ChallengeType.class, "type of challenge", errors))
                .technologies(values(query.technologies(), Function.identity()))
                .yearsCompleted(query.yearsCompleted())
                .build();
        for (Facet facet : Facet.values()) {
            if (facet.selectedIn(cleaned).size() > MAX_FILTER_VALUES) {
                errors.add(new FieldError(SEARCH, "Choose at most " + MAX_FILTER_VALUES + " values for "
                        + facet.label().toLowerCase(Locale.UK) + " to follow this search"));
            }
        }
        if (errors.isEmpty() && cleaned.text().isEmpty() && !cleaned.hasFilters()) {
            errors.add(new FieldError(SEARCH, "Add words or filters to the search before following it. To hear "
                    + "about every new lesson of a type of project, follow the type instead"));
        }
        if (errors.isEmpty() && filtersJson(cleaned) != null && filtersJson(cleaned).length() > FILTERS_MAX) {
            errors.add(new FieldError(SEARCH, "This search has too many filters to follow. Remove some filters "
                    + "and try again"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return cleaned;
    }

    /** A name for a saved search: cleaned and at most {@value #NAME_MAX} characters; empty if nothing is left. */
    static String name(String raw) {
        return clean(raw, NAME_MAX);
    }

    /** A name to offer for a search: its words, or else its filters' names. */
    static String suggestedName(SearchQuery query) {
        String text = clean(query.text(), NAME_MAX);
        if (!text.isEmpty()) {
            return text;
        }
        List<String> labels = new ArrayList<>();
        for (Facet facet : Facet.values()) {
            facet.selectedIn(query).stream().sorted().map(facet::labelOf).forEach(labels::add);
        }
        return clean(String.join(", ", labels), NAME_MAX);
    }

    private static <E extends Enum<E> & Labelled> Set<String> codes(Set<String> codes, Class<E> type, String name,
            List<FieldError> errors) {
        Set<String> known = new LinkedHashSet<>();
        for (String code : codes) {
            String cleaned = clean(code, VALUE_MAX);
            if (Labelled.find(type, cleaned).isPresent()) {
                known.add(cleaned);
            } else {
                errors.add(new FieldError(SEARCH, "There is no " + name + " “" + cleaned + "”"));
            }
        }
        return known;
    }

    private static Set<String> values(Set<String> values, Function<String, String> form) {
        Set<String> cleaned = new LinkedHashSet<>();
        for (String value : values) {
            String text = clean(value, VALUE_MAX);
            if (!text.isEmpty()) {
                cleaned.add(form.apply(text));
            }
        }
        return cleaned;
    }

    /** Text typed by a person, made safe to store and show (the search's own cleaning, see SearchQuery). */
    static String clean(String raw, int maxLength) {
        return SearchQuery.cleanText(raw, maxLength);
    }

    // ------------------------------------------------------------------------------------------------ storing

    /**
     * The filters as JSON, named and ordered as {@link SearchParameters} names and orders them in an address (years
     * as numbers, as they have always been stored); {@code null} when there are none.
     */
    static String filtersJson(SearchQuery query) {
        Map<String, List<String>> filters = SearchParameters.filters(query);
        if (filters.isEmpty()) {
            return null;
        }
        Map<String, List<Object>> stored = new LinkedHashMap<>();
        filters.forEach((name, values) -> stored.put(name, values.stream()
                .map(value -> name.equals(Facet.YEAR_COMPLETED.parameterName()) ? (Object) Integer.valueOf(value)
                        : value)
                .toList()));
        try {
            return JSON.writeValueAsString(stored);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write a saved search's filters", e);
        }
    }

    /**
     * The saved search of stored words and filters (first page, best match first), read by {@link SearchParameters}
     * like an address with the same names. Saved searches were checked by the same rules when they were saved; one
     * that no longer meets them (a code since retired) is still read as stored, so the member can see and unfollow
     * it, and matching it is refused by the search with the plain message.
     */
    static SearchQuery query(String text, String filtersJson) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        if (text != null && !text.isBlank()) {
            parameters.put(SearchParameters.TEXT, List.of(text));
        }
        if (filtersJson != null && !filtersJson.isBlank()) {
            try {
                JsonNode filters = JSON.readTree(filtersJson);
                for (Facet facet : Facet.values()) {
                    List<String> values = new ArrayList<>();
                    // years are stored as numbers, everything else as text
                    for (JsonNode value : filters.path(facet.parameterName())) {
                        if (value.isTextual() || value.canConvertToInt()) {
                            values.add(value.asText());
                        }
                    }
                    parameters.put(facet.parameterName(), values);
                }
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("A saved search's filters are not JSON: " + filtersJson, e);
            }
        }
        try {
            return SearchParameters.forAddresses(SearchQuery.DEFAULT_SIZE).decode(parameters);
        } catch (DomainException noLongerValid) {
            SearchQuery.Builder asStored = SearchQuery.builder().text(text == null ? "" : text);
            for (Facet facet : Facet.values()) {
                asStored.filter(facet, parameters.getOrDefault(facet.parameterName(), List.of()));
            }
            return asStored.build();
        }
    }

    // ------------------------------------------------------------------------------------------------------ keys

    /** What identifies following a type of project. */
    static String key(ProjectType type) {
        return sha256("type\n" + type.code());
    }

    /**
     * What identifies following a search: its words (case does not matter to the search) and its filters in a stable
     * order. The same words and filters give the same key, whatever the order they came in.
     */
    static String key(SearchQuery normalised) {
        StringBuilder canonical = new StringBuilder("search\n").append(normalised.text().toLowerCase(Locale.ROOT));
        for (Facet facet : Facet.values()) {
            Collection<String> values = facet.selectedIn(normalised);
            if (facet == Facet.TECHNOLOGY) {
                values = values.stream().map(v -> v.toLowerCase(Locale.ROOT)).toList();
            }
            canonical.append('\n').append(facet.parameterName()).append('=').append(new TreeSet<>(values));
        }
        return sha256(canonical.toString());
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing", e);
        }
    }

    private static ValidationException problem(String field, String message) {
        return new ValidationException(List.of(new FieldError(field, message)));
    }
}
