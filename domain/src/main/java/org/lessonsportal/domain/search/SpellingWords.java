package org.lessonsportal.domain.search;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;

/**
 * The words lessons use, for {@link SpellingSuggester} on OpenSearch: whether a word is in the spelling field, and the
 * closest one that is, from OpenSearch's term suggester on that field (at most the given typing errors, the first
 * letter kept as on Lucene, the closest first, then the commoner).
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
final class SpellingWords implements SpellingSuggester.Words {

    private final OpenSearchRequests requests;

    @Override
    public boolean used(String word) {
        return requests.count(OpenSearchQueries.of(new TermQuery(new Term(IndexFields.SPELLING, word)))) > 0;
    }

    @Override
    public String closest(String word, int maxEdits) {
        JsonObject term = new JsonObject();
        term.addProperty("field", IndexFields.SPELLING);
        term.addProperty("suggest_mode", "always");
        term.addProperty("max_edits", maxEdits);
        term.addProperty("prefix_length", 1);
        term.addProperty("min_word_length", 1);
        term.addProperty("sort", "score");
        term.addProperty("size", 1);
        JsonObject suggestion = new JsonObject();
        suggestion.addProperty("text", word);
        suggestion.add("term", term);
        JsonObject suggest = new JsonObject();
        suggest.add("word", suggestion);
        JsonObject none = new JsonObject();
        none.add("match_none", new JsonObject());
        JsonObject response = requests.search(none, 0, body -> body.add("suggest", suggest));
        JsonArray entries = response.getAsJsonObject("suggest").getAsJsonArray("word");
        if (entries.isEmpty()) {
            return null;
        }
        JsonArray options = entries.get(0).getAsJsonObject().getAsJsonArray("options");
        return options.isEmpty() ? null : options.get(0).getAsJsonObject().get("text").getAsString();
    }
}
