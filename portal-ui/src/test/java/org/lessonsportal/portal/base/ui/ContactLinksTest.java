package org.lessonsportal.portal.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A contact's address becomes a mailto link only when it is a plain address. */
class ContactLinksTest {

    @Test
    void plainAddressesBecomeLinksWithTheLessonAsTheSubject() {
        assertThat(ContactLinks.isUsable("jo.patel@example.nhs.uk")).isTrue();
        assertThat(ContactLinks.isUsable("jo+lessons@nhs.net")).isTrue();
        assertThat(ContactLinks.mailto("jo+lessons@nhs.net", "EPR & PAS: 100% \"done\""))
                .isEqualTo("mailto:jo%2Blessons@nhs.net?subject=Your%20lesson%20%22EPR%20%26%20PAS%3A%20100%25%20"
                        + "%22done%22%22%20on%20the%20Lessons%20Portal");
        assertThat(ContactLinks.mailto("jo@nhs.net", null))
                .isEqualTo("mailto:jo@nhs.net?subject=Your%20lesson%20on%20the%20Lessons%20Portal");
    }

    @Test
    void anythingElseStaysText() {
        assertThat(ContactLinks.isUsable(null)).isFalse();
        assertThat(ContactLinks.isUsable("")).isFalse();
        assertThat(ContactLinks.isUsable("Jo Patel")).isFalse();
        assertThat(ContactLinks.isUsable("jo@nhs")).isFalse();
        assertThat(ContactLinks.isUsable("jo patel@nhs.net")).isFalse();
        assertThat(ContactLinks.isUsable("javascript:alert(1)//@nhs.net")).isFalse();
        assertThat(ContactLinks.isUsable("jo@nhs.net?bcc=everyone@nhs.net")).isFalse();
        assertThat(ContactLinks.isUsable("a".repeat(250) + "@nhs.net")).isFalse();
    }
}
