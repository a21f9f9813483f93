package org.lessonsportal.domain.search;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.StoredFieldVisitor;
import org.apache.lucene.index.StoredFields;

/**
 * What a search result shows from the index's stored fields: the row's values and the body the passages are taken
 * from. Read in one go per lesson on the page, because a stored document is decompressed each time it is read (read
 * once for the row and again for the highlighter, it cost a tenth of a search).
 */
record StoredLesson(String externalId, String title, String summary, String projectType, String odsCode,
        String organisationName, LocalDate publishedOn, List<String> body) {

    private static final Set<String> FIELDS = Set.of(IndexFields.EXTERNAL_ID, IndexFields.TITLE, IndexFields.SUMMARY,
            IndexFields.PROJECT_TYPE, IndexFields.ORGANISATION_ODS, IndexFields.ORGANISATION_NAME,
            IndexFields.PUBLISHED_ON, IndexFields.BODY);

    StoredLesson {
        body = List.copyOf(body);
    }

    static StoredLesson read(StoredFields stored, int doc) throws IOException {
        Visitor visitor = new Visitor();
        stored.document(doc, visitor);
        return visitor.lesson();
    }

    private static final class Visitor extends StoredFieldVisitor {
        private final java.util.Map<String, String> values = new java.util.HashMap<>();
        private final List<String> body = new ArrayList<>();

        @Override
        public Status needsField(FieldInfo field) {
            return FIELDS.contains(field.name) ? Status.YES : Status.NO;
        }

        @Override
        public void stringField(FieldInfo field, String value) {
            if (IndexFields.BODY.equals(field.name)) {
                body.add(value);
            } else {
                values.put(field.name, value);
            }
        }

        StoredLesson lesson() {
            String published = values.get(IndexFields.PUBLISHED_ON);
            return new StoredLesson(values.get(IndexFields.EXTERNAL_ID), values.get(IndexFields.TITLE),
                    values.get(IndexFields.SUMMARY), values.get(IndexFields.PROJECT_TYPE),
                    values.get(IndexFields.ORGANISATION_ODS), values.get(IndexFields.ORGANISATION_NAME),
                    published == null ? null : LocalDate.parse(published), body);
        }
    }
}
