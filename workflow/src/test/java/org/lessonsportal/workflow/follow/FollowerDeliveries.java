package org.lessonsportal.workflow.follow;

import org.springframework.jdbc.core.JdbcTemplate;

/** For the follow tests: whether every committed publication has had its followers told. */
final class FollowerDeliveries {

    private FollowerDeliveries() {
    }

    /** How many publications' followers are still to be told (committed records of the registry, not yet done). */
    static int outstanding(JdbcTemplate jdbc) {
        Integer count = jdbc.queryForObject("select count(*) from event_publication where completion_date is null "
                + "and listener_id like ?", Integer.class, "%" + FollowerNotices.class.getName() + "%");
        return count == null ? 0 : count;
    }

    static boolean done(JdbcTemplate jdbc) {
        return outstanding(jdbc) == 0;
    }
}
