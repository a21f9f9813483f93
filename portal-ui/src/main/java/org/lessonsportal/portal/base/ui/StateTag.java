package org.lessonsportal.portal.base.ui;

import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import org.lessonsportal.domain.lesson.LessonState;

/** A lesson's state as a labelled tag: the words carry the meaning, the colour only repeats it. */
public class StateTag extends Span {

    public StateTag(LessonState state) {
        super(state.label());
        addClassName("tag");
        addClassName("tag--" + state.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }
}
