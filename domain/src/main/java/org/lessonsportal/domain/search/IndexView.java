package org.lessonsportal.domain.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.lessonsportal.domain.lesson.Lesson;

/**
 * One point-in-time view of the lessons' index for a whole search, so document numbers stay valid between its steps.
 * Opened when first needed, closed when the search ends.
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
final class IndexView implements AutoCloseable {

    private final SearchScope<Lesson> scope;
    private IndexReader reader;
    private IndexSearcher searcher;

    IndexReader reader() {
        if (reader == null) {
            reader = scope.extension(LuceneExtension.get()).openIndexReader();
            searcher = new IndexSearcher(reader);
        }
        return reader;
    }

    IndexSearcher searcher() {
        reader();
        return searcher;
    }

    /**
     * The index's segments as they are now, and the vocabulary (whose {@link TextQueries} this search uses): any change
     * to the index or to the synonyms gives another list.
     */
    List<Object> version(TextQueries textQueries) {
        List<Object> version = new ArrayList<>();
        reader().leaves().forEach(leaf -> version.add(leaf.reader().getReaderCacheHelper() == null ? leaf.reader()
                : leaf.reader().getReaderCacheHelper().getKey()));
        version.add(textQueries);
        return version;
    }

    /** The lesson id of a document, from the sort field's doc values. */
    long lessonId(int doc) throws IOException {
        List<LeafReaderContext> leaves = reader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        SortedNumericDocValues ids = DocValues.getSortedNumeric(leaf.reader(), IndexFields.SORT_ID);
        if (!ids.advanceExact(doc - leaf.docBase)) {
            throw new IllegalStateException("A lesson in the index has no id.");
        }
        return ids.nextValue();
    }

    @Override
    public void close() {
        if (reader != null) {
            try {
                reader.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                reader = null;
                searcher = null;
            }
        }
    }
}
