package org.lessonsportal.portal.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.lessonsportal.domain.review.ReviewDecision;
import org.lessonsportal.domain.review.ReviewRecord;
import org.lessonsportal.domain.review.RevisionReply;
import org.lessonsportal.domain.review.SectionComment;
import org.lessonsportal.portal.base.ui.Formats;

/**
 * What a reviewer needs in a later round before reviewing again, so their time is not spent twice: the author's reply
 * to the reviewers, and their own review of the earlier round. A reviewer who approved may confirm their approval in
 * one step after reading the changes; one who asked for changes sees what they asked for (here, and next to each
 * section of the lesson) beside what the author changed.
 */
class RereviewPanel extends Div {

    final Button stillApprove = new Button("Still approve");

    /**
     * @param mine    the reviewer's own review of the latest earlier round they reviewed, or {@code null}
     * @param reply   the author's reply sent with this round, or {@code null}
     * @param confirm runs when the reviewer confirms their approval
     */
    RereviewPanel(ReviewRecord mine, RevisionReply reply, Runnable confirm) {
        addClassName("rereview");
        setId("rereview");
        if (reply != null) {
            Div box = new Div();
            box.addClassNames("panel", "panel--care");
            box.setId("author-reply");
            box.add(new H3("The author's reply to the reviewers"));
            Paragraph text = new Paragraph(reply.reply());
            text.addClassNames("prose", "quote");
            box.add(text, hint("Sent with round " + reply.round() + " on " + Formats.date(reply.writtenAt()) + "."));
            add(box);
        }
        if (mine != null) {
            add(earlierReview(mine, confirm));
        }
        stillApprove.setVisible(mine != null && mine.decision() == ReviewDecision.APPROVE);
    }

    boolean isEmpty() {
        return getComponentCount() == 0;
    }

    private Div earlierReview(ReviewRecord mine, Runnable confirm) {
        Div box = new Div();
        box.addClassName("panel");
        box.setId("your-earlier-review");
        boolean approved = mine.decision() == ReviewDecision.APPROVE;
        box.add(new H3(approved ? "You approved round " + mine.round()
                : mine.decision() == ReviewDecision.REQUEST_CHANGES ? "What you asked for in round " + mine.round()
                : "Your review of round " + mine.round()));
        box.add(ReviewQuotes.of(mine));
        if (approved) {
            box.add(new Paragraph("Read what the author changed, marked in the lesson. If it does not change your "
                    + "mind, confirm your approval in one step: your answer about competing interests still stands. "
                    + "Otherwise, fill in the form to review the lesson again."));
            stillApprove.setId("still-approve");
            stillApprove.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
            stillApprove.addClickListener(e -> confirm.run());
            box.add(stillApprove);
        } else {
            box.add(hint("Each of your comments on a section is also shown next to that section, with what the "
                    + "author changed."));
        }
        return box;
    }

    /** A reviewer's earlier comment on a section, for the lesson column next to what changed. */
    static Div askedBefore(SectionComment comment, int round) {
        Div note = new Div();
        note.addClassName("reviewer-comment");
        Paragraph who = new Paragraph();
        Span tag = new Span("You asked in round " + round);
        tag.addClassName("tag");
        who.add(tag);
        Paragraph text = new Paragraph(comment.comment());
        text.addClassName("prose");
        note.add(who, text);
        return note;
    }

    private static Paragraph hint(String text) {
        Paragraph hint = new Paragraph(text);
        hint.addClassName("hint");
        return hint;
    }
}
