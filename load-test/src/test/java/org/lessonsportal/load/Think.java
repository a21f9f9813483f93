package org.lessonsportal.load;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CoreDsl;
import java.time.Duration;

/** A person's pause between two actions: reading, thinking, typing (uniformly {@code load.think-min..max} seconds). */
final class Think {

    private static final int MIN = Integer.getInteger("load.think-min", 5);
    private static final int MAX = Integer.getInteger("load.think-max", 15);

    private Think() {
    }

    static ChainBuilder pause() {
        return CoreDsl.exec(CoreDsl.pause(Duration.ofSeconds(MIN), Duration.ofSeconds(MAX)));
    }
}
