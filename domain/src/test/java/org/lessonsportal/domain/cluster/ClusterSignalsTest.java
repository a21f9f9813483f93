package org.lessonsportal.domain.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/** What a node makes of what it hears on the channel: other nodes' signals only, and only in the portal's form. */
class ClusterSignalsTest {

    private final ClusterSignals signals = new ClusterSignals(new SimpleDriverDataSource());

    @Test
    void anotherNodesSignalIsATopicAndAnId() {
        assertThat(signals.fromOtherNode("0123456789abcdef0123456789abcdef notification 42"))
                .contains(new ClusterSignal("notification", 42));
    }

    @Test
    void itsOwnSignalsAndAnythingElseAreIgnored() {
        assertThat(signals.fromOtherNode(signals.nodeId() + " notification 42")).isEmpty();
        assertThat(signals.fromOtherNode("0123456789abcdef0123456789abcdef notification alice@example.org")).isEmpty();
        assertThat(signals.fromOtherNode("hello")).isEmpty();
        assertThat(signals.fromOtherNode(null)).isEmpty();
    }

    @Test
    void aTopicIsAFewLowerCaseLetters() {
        assertThatThrownBy(() -> signals.send("Notification 42", 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
