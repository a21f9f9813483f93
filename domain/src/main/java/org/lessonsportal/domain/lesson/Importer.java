package org.lessonsportal.domain.lesson;

import org.lessonsportal.domain.audit.AuditRecord;
import org.lessonsportal.domain.shared.Actor;
import org.lessonsportal.domain.shared.ApiClient;

/**
 * Who an import works for, as the audit trail names them, and what the import may do for them: an administrator
 * (by member id), the portal itself (the command line, the demo lessons), or a program through the API (by client
 * id). Only an API client is held back from moving an imported lesson to another organisation: a person and the
 * command line are named in the trail, which says where the lesson was moved from.
 *
 * @param memberId       the administrator, or {@code null}
 * @param apiClient      the API client's id, or {@code null}
 * @param mayMoveLessons whether an updated lesson may move to the organisation the file names
 */
record Importer(Long memberId, String apiClient, boolean mayMoveLessons) {

    static Importer person(Actor actor) {
        return new Importer(actor.memberId(), null, true);
    }

    static Importer client(ApiClient client) {
        return new Importer(null, client.clientId(), false);
    }

    /** "an exchange file", or "an exchange file sent through the API". */
    String source() {
        return apiClient == null ? "an exchange file" : "an exchange file sent through the API";
    }

    AuditRecord audit(Long lessonId, String action, String toState, String description) {
        return new AuditRecord(lessonId, memberId, action, null, toState, null, description, null, apiClient);
    }
}
