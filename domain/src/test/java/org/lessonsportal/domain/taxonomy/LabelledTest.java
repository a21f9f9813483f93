package org.lessonsportal.domain.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every taxonomy's codes come from the one rule in {@link Labelled}, and read back to the same value. */
class LabelledTest {

    @Test
    void theCodeIsTheNameInLowerCaseWithHyphens() {
        assertThat(ProjectType.ELECTRONIC_PATIENT_RECORD.code()).isEqualTo("electronic-patient-record");
        assertThat(ChallengeType.GO_LIVE_CUTOVER.code()).isEqualTo("go-live-cutover");
        assertThat(Region.NORTH_EAST_AND_YORKSHIRE.code()).isEqualTo("north-east-and-yorkshire");
        assertThat(Setting.PRIMARY_CARE.code()).isEqualTo("primary-care");
    }

    @Test
    void everyCodeFindsItsValue() {
        Stream.of(ProjectType.values(), ChallengeType.values(), Region.values(), Setting.values())
                .flatMap(Arrays::stream).forEach(value -> assertThat(find(value)).isSameAs(value));
    }

    @Test
    void spacesAroundACodeAreIgnoredAndAnUnknownCodeFindsNothing() {
        assertThat(Labelled.find(Region.class, " london ")).contains(Region.LONDON);
        assertThat(Labelled.find(Region.class, "atlantis")).isEmpty();
        assertThat(Labelled.find(Region.class, null)).isEmpty();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object find(Labelled value) {
        return Labelled.find((Class) ((Enum<?>) value).getDeclaringClass(), value.code()).orElseThrow();
    }
}
