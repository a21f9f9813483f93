package org.lessonsportal.portal.review.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.time.Instant;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.lessonsportal.domain.review.ReviewDraft;
import org.lessonsportal.domain.review.ReviewDraftService;
import org.lessonsportal.domain.shared.Actor;
import org.lessonsportal.domain.shared.DomainException;
import org.lessonsportal.portal.base.ui.Formats;

/**
 * Saves a review as it is written, as the lesson editor saves a draft: a moment after the reviewer stops typing, or
 * at once when they choose an answer, with "Saved at 14:32" showing it worked and a plain message when it did not
 * (what was typed stays in the form). Only the reviewer sees the draft.
 */
class ReviewDraftSaver {

    /** How long typing pauses before the review is saved. */
    static final int TYPING_PAUSE_MS = 1500;

    private final ReviewDraftService drafts;
    private final Actor actor;
    private final Long lessonId;
    private final Supplier<ReviewDraft> read;
    final Span status = new Span("Your review is saved as you write it");
    private boolean loading;

    ReviewDraftSaver(ReviewDraftService drafts, Actor actor, Long lessonId, Supplier<ReviewDraft> read) {
        this.drafts = drafts;
        this.actor = actor;
        this.lessonId = lessonId;
        this.read = read;
        status.setId("review-save-status");
        status.addClassName("save-status");
        status.getElement().setAttribute("role", "status");
    }

    /** Saves whenever the field's value changes; text is sent a moment after typing pauses. */
    void watch(HasValue<?, ?> field) {
        if (field instanceof TextArea area) {
            area.setValueChangeMode(ValueChangeMode.LAZY);
            area.setValueChangeTimeout(TYPING_PAUSE_MS);
        }
        field.addValueChangeListener(e -> {
            if (!loading) {
                save();
            }
        });
    }

    /** Fills the form from the saved draft, if there is one, without saving it again. */
    void restore(Consumer<ReviewDraft> write) {
        drafts.mine(lessonId, actor).ifPresent(draft -> {
            loading = true;
            try {
                write.accept(draft);
            } finally {
                loading = false;
            }
            status.setText("Restored your review as saved at " + Formats.dateTime(draft.savedAt()));
        });
    }

    /** Saves what the form holds now; says plainly whether it worked. */
    boolean save() {
        ReviewDraft draft = read.get();
        try {
            Instant saved = drafts.save(lessonId, actor, draft);
            status.setText("Saved at " + Formats.time(saved));
            status.removeClassName("save-status--problem");
            return true;
        } catch (DomainException e) {
            status.setText("Not saved: " + e.getMessage());
            status.addClassName("save-status--problem");
            return false;
        }
    }
}
