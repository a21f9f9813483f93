package org.lessonsportal.domain.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.highlight.DefaultEncoder;
import org.apache.lucene.search.vectorhighlight.FastVectorHighlighter;
import org.apache.lucene.search.vectorhighlight.FieldQuery;
import org.apache.lucene.search.vectorhighlight.ScoreOrderFragmentsBuilder;
import org.apache.lucene.search.vectorhighlight.SimpleFragListBuilder;

/**
 * The best passages of each lesson on a page, with the search's words highlighted. Lucene's fast vector highlighter,
 * used directly on the index (the body is stored with term vectors), with one query over the body alone built once per
 * search: through Hibernate Search's highlight projection it was rebuilt for every lesson and cost more than the search
 * itself. The body's text is the one already read for the page, not read again.
 */
final class BodyPassages {

    static final int PASSAGES = 3;
    static final int PASSAGE_LENGTH = 180;

    private BodyPassages() {
    }

    /**
     * @param body    the search's words over the body alone; {@code null} for none
     * @param lessons the page's lessons by document number in {@code reader}
     */
    static Map<Integer, List<Passage>> of(IndexReader reader, Query body, Map<Integer, StoredLesson> lessons)
            throws IOException {
        if (body == null || lessons.isEmpty()) {
            return Map.of();
        }
        Map<Integer, List<Passage>> passages = new HashMap<>();
        FastVectorHighlighter highlighter = new FastVectorHighlighter(true, true);
        FieldQuery fieldQuery = highlighter.getFieldQuery(body, reader);
        ScoreOrderFragmentsBuilder fragments = new ScoreOrderFragmentsBuilder(new String[] {Highlights.START},
                new String[] {Highlights.END}, new SentenceBoundaryScanner()) {
            @Override
            protected Field[] getFields(IndexReader in, int doc, String field) throws IOException {
                StoredLesson lesson = lessons.get(doc);
                if (lesson == null || !IndexFields.BODY.equals(field)) {
                    return super.getFields(in, doc, field);
                }
                return lesson.body().stream().map(value -> new Field(field, value, TextField.TYPE_STORED))
                        .toArray(Field[]::new);
            }
        };
        fragments.setDiscreteMultiValueHighlighting(true);
        SimpleFragListBuilder fragLists = new SimpleFragListBuilder();
        for (int doc : lessons.keySet()) {
            String[] best = highlighter.getBestFragments(fieldQuery, reader, doc, IndexFields.BODY, PASSAGE_LENGTH,
                    PASSAGES, fragLists, fragments, new String[] {Highlights.START}, new String[] {Highlights.END},
                    new DefaultEncoder());
            if (best != null && best.length > 0) {
                passages.put(doc, Arrays.stream(best).map(marked -> Highlights.passage(IndexFields.BODY, marked))
                        .toList());
            }
        }
        return passages;
    }
}
