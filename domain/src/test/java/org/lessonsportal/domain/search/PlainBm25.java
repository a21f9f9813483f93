package org.lessonsportal.domain.search;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.QueryBuilder;
import org.springframework.core.io.ClassPathResource;

/**
 * The baseline every ranking change is compared with: plain BM25 as a search engine gives it with no work. Lucene's
 * {@link BM25Similarity} with its default parameters, Lucene's standard English analysis (stop words, possessives,
 * Porter stemming), every text of a lesson in one field, and a search as an OR of its words (no synonyms, no boosts,
 * no phrases). Built in memory from the same exchange file as the portal's collection, so both rank the same lessons.
 */
final class PlainBm25 implements AutoCloseable {

    private static final String ID = "id";
    private static final String TEXT = "text";

    private final Analyzer analyzer = new EnglishAnalyzer();
    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final DirectoryReader reader;
    private final IndexSearcher searcher;

    private PlainBm25(JsonNode lessons) throws IOException {
        IndexWriterConfig config = new IndexWriterConfig(analyzer).setSimilarity(new BM25Similarity());
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            for (JsonNode lesson : lessons) {
                Document document = new Document();
                document.add(new StringField(ID, lesson.get("id").asText(), Field.Store.YES));
                document.add(new TextField(TEXT, allText(lesson), Field.Store.NO));
                writer.addDocument(document);
            }
        }
        reader = DirectoryReader.open(directory);
        searcher = new IndexSearcher(reader);
        searcher.setSimilarity(new BM25Similarity());
    }

    /** The baseline over the lessons of an exchange file on the class path. */
    static PlainBm25 of(String resource) {
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            return new PlainBm25(SearchFixtures.JSON.readTree(in).get("lessons"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every text of the lesson, as a person would read it. */
    static String allText(JsonNode lesson) {
        StringBuilder text = new StringBuilder();
        for (String field : List.of("title", "summary", "context", "approach", "outcomes", "recommendations",
                "wouldDoDifferently")) {
            append(text, lesson.get(field));
        }
        for (JsonNode challenge : lesson.path("challenges")) {
            append(text, challenge.get("description"));
            append(text, challenge.get("resolution"));
        }
        lesson.path("technologies").forEach(t -> append(text, t));
        lesson.path("tags").forEach(t -> append(text, t));
        return text.toString();
    }

    private static void append(StringBuilder text, JsonNode value) {
        if (value != null && value.isTextual()) {
            text.append(value.asText()).append('\n');
        }
    }

    /** The exchange ids of the best {@code k} lessons for the words, best first. */
    List<String> search(String words, int k) {
        Query query = query(words);
        if (query == null) {
            return List.of();
        }
        try {
            List<String> ids = new ArrayList<>();
            for (ScoreDoc hit : searcher.search(query, k).scoreDocs) {
                ids.add(searcher.storedFields().document(hit.doc).get(ID));
            }
            return ids;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many lessons have at least one of the words. */
    int count(String words) {
        Query query = query(words);
        try {
            return query == null ? 0 : searcher.count(query);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Query query(String words) {
        QueryBuilder builder = new QueryBuilder(analyzer);
        // Long project descriptions can hold more distinct words than Lucene's default clause limit allows.
        return builder.createBooleanQuery(TEXT, words, Occur.SHOULD);
    }

    @Override
    public void close() throws IOException {
        reader.close();
        directory.close();
    }
}
