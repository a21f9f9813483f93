package org.lessonsportal.portal.lesson.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.lessonsportal.domain.shared.Roles;
import org.lessonsportal.domain.taxonomy.ProjectType;
import org.lessonsportal.domain.taxonomy.Region;
import org.lessonsportal.domain.taxonomy.Setting;
import org.lessonsportal.portal.KaribuTest;

class LessonsViewTest extends KaribuTest {

    @Test
    void filtersByProjectTypeSettingAndRegion() {
        String tag = newOdsCode();
        String fax = "Fax removal " + tag;
        String epr = "EPR go-live " + tag;
        String gp = "GP paperless " + tag;
        publishedLesson(fax, newOdsCode(), ProjectType.FAX_REMOVAL, Setting.ACUTE, Region.SOUTH_WEST);
        publishedLesson(epr, newOdsCode(), ProjectType.ELECTRONIC_PATIENT_RECORD, Setting.ACUTE, Region.LONDON);
        publishedLesson(gp, newOdsCode(), ProjectType.PAPERLESS, Setting.PRIMARY_CARE, Region.SOUTH_WEST);
        signIn("reader", newOdsCode(), Roles.CONTRIBUTOR);

        navigate("lessons");
        LessonsView view = _get(LessonsView.class);
        assertThat(view.shownTitles()).contains(fax, epr, gp);

        _setValue(view.region, Region.SOUTH_WEST);
        assertThat(view.shownTitles()).contains(fax, gp).doesNotContain(epr);

        _setValue(view.setting, Setting.PRIMARY_CARE);
        assertThat(view.shownTitles()).contains(gp).doesNotContain(fax, epr);

        _setValue(view.projectType, ProjectType.FAX_REMOVAL);
        assertThat(view.shownTitles()).doesNotContain(fax, epr, gp);
        assertThat(view.getElement().getTextRecursively()).contains("No published lessons match these filters");
    }
}
