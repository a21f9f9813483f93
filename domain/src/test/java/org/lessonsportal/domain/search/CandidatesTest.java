package org.lessonsportal.domain.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Arrays;
import java.util.Random;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.FixedBitSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The candidates are exactly those Lucene's own top-score collection picks, however many lessons match. */
class CandidatesTest {

    private static final String[] WORDS = {"electronic", "patient", "record", "care", "go", "live", "cutover", "epr",
        "training", "ward", "pharmacy", "weekend", "system", "health", "data", "migration"};

    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private DirectoryReader reader;
    private IndexSearcher searcher;

    @BeforeEach
    void index() throws IOException {
        Random random = new Random(7);
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new WhitespaceAnalyzer())
                .setMaxBufferedDocs(700))) {
            for (int i = 0; i < 3_000; i++) {
                StringBuilder text = new StringBuilder();
                for (int n = 5 + random.nextInt(60); n > 0; n--) {
                    // Skewed, so some words are common and some rare, as in lessons.
                    text.append(WORDS[(int) Math.min(WORDS.length - 1, Math.abs(random.nextGaussian()) * 5)])
                            .append(' ');
                }
                Document document = new Document();
                document.add(new TextField(IndexFields.ALL, text.toString(), Field.Store.NO));
                writer.addDocument(document);
            }
        }
        reader = DirectoryReader.open(directory);
        searcher = new IndexSearcher(reader);
        assertThat(reader.leaves()).as("several segments").hasSizeGreaterThan(1);
    }

    @AfterEach
    void close() throws IOException {
        reader.close();
        directory.close();
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 5, 20, 60})
    void areTheBestScoringMatchingLessonsWhateverShareOfLessonsMatches(int percentMatching) throws IOException {
        Random random = new Random(percentMatching);
        FixedBitSet matching = new FixedBitSet(reader.maxDoc());
        for (int doc = 0; doc < reader.maxDoc(); doc++) {
            if (random.nextInt(100) < percentMatching) {
                matching.set(doc);
            }
        }
        Query scoring = new BooleanQuery.Builder()
                .add(new BoostQuery(term("epr"), 2f), Occur.SHOULD)
                .add(term("go"), Occur.SHOULD)
                .add(term("cutover"), Occur.SHOULD)
                .add(new BooleanQuery.Builder().add(term("electronic"), Occur.MUST).add(term("patient"), Occur.MUST)
                        .add(term("record"), Occur.MUST).build(), Occur.SHOULD)
                .add(new BoostQuery(new BooleanQuery.Builder().add(term("go"), Occur.MUST)
                        .add(term("live"), Occur.MUST).build(), 2f), Occur.SHOULD)
                .build();

        int window = 40;
        int[] expected = lucenesChoice(scoring, matching, window);
        assertThat(Candidates.clauseByClause(searcher, scoring, matching, window)).containsExactly(expected);
        if (matching.cardinality() > window) {
            assertThat(Candidates.best(searcher, scoring, matching, window)).containsExactly(expected);
        } else {
            // Every matching lesson is a candidate then, even one that matches no scoring clause.
            assertThat(Candidates.best(searcher, scoring, matching, window)).hasSize(matching.cardinality())
                    .contains(expected);
        }
    }

    /** Lucene scoring every matching lesson and keeping the best (ties: the earlier document), in index order. */
    private int[] lucenesChoice(Query scoring, FixedBitSet matching, int window) throws IOException {
        int[] docs = new int[matching.cardinality()];
        for (int i = 0, doc = matching.nextSetBit(0); i < docs.length; i++) {
            docs[i] = doc;
            doc = doc + 1 < matching.length() ? matching.nextSetBit(doc + 1) : Integer.MAX_VALUE;
        }
        Query restricted = new BooleanQuery.Builder().add(scoring, Occur.MUST)
                .add(new DocsQuery(docs), Occur.FILTER).build();
        TopDocs top = searcher.search(restricted, new TopScoreDocCollectorManager(window, null, Integer.MAX_VALUE,
                false));
        int[] best = Arrays.stream(top.scoreDocs).mapToInt(d -> d.doc).toArray();
        Arrays.sort(best);
        return best;
    }

    private static Query term(String word) {
        return new TermQuery(new Term(IndexFields.ALL, word));
    }
}
