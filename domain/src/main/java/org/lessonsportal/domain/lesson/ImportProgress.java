package org.lessonsportal.domain.lesson;

/** Told after each lesson of an import, so a screen can show how far it has got. */
@FunctionalInterface
public interface ImportProgress {

    /**
     * @param done  lessons dealt with so far (imported or rejected)
     * @param total lessons in the file
     */
    void update(int done, int total);

    static ImportProgress none() {
        return (done, total) -> {
        };
    }
}
