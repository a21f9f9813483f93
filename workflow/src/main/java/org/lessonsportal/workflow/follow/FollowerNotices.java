package org.lessonsportal.workflow.follow;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lessonsportal.domain.lesson.LessonSummary;
import org.lessonsportal.domain.lesson.LessonPublished;
import org.lessonsportal.domain.lesson.LessonService;
import org.lessonsportal.domain.lesson.LessonState;
import org.lessonsportal.domain.search.SearchQuery;
import org.lessonsportal.domain.search.SearchService;
import org.lessonsportal.domain.shared.Actor;
import org.lessonsportal.domain.taxonomy.ProjectType;
import org.lessonsportal.workflow.notification.NotificationKind;
import org.lessonsportal.workflow.notification.Notifications;
import org.lessonsportal.workflow.shared.AfterCommitWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tells the members who follow a lesson's type of project, or a saved search that finds it, that it was published:
 * one notification per member per lesson (and an e-mail when the portal sends them), never to the lesson's author.
 * <p>
 * It starts once the transaction that published the lesson has committed (so the lesson is in the search index; the
 * index is written before the commit returns unless {@code lessons.search.synchronization} is {@code async}, and then
 * this waits a little for it), and it runs on a thread of its own: matching many saved searches never holds up the
 * publisher, and a failure here is logged and never undoes or breaks the publication. The publication is recorded in
 * its transaction ({@link AfterCommitWork}): if the portal stops before the
 * followers were told, they are told when it starts again. Each member's notification is stored in a transaction of
 * its own, so one failure does not cost the others theirs. Lessons arriving by import are not announced (a whole file
 * of them would flood everyone). The listener method's name and parameter identify recorded work: keep them.
 */
@Component
class FollowerNotices {

    private static final Logger LOG = LoggerFactory.getLogger(FollowerNotices.class);
    /** How long to wait for a published lesson to reach the search index before matching saved searches. */
    private static final Duration INDEX_WAIT = Duration.ofSeconds(10);
    private static final Duration INDEX_POLL = Duration.ofMillis(200);

    private final FollowRepository follows;
    private final LessonService lessons;
    private final SearchService search;
    private final Notifications notifications;
    private final TransactionTemplate transactions;

    FollowerNotices(FollowRepository follows, LessonService lessons, SearchService search,
            Notifications notifications, PlatformTransactionManager transactionManager) {
        this.follows = follows;
        this.lessons = lessons;
        this.search = search;
        this.notifications = notifications;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** After the publication committed, on a thread of its own: tell the followers. Failures are logged. */
    @Async(AfterCommitWork.EXECUTOR)
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    public void published(LessonPublished event) {
        try {
            notifyFollowers(event.lessonId());
        } catch (RuntimeException e) {
            LOG.warn("Could not tell the followers of lesson {} that it was published", event.lessonId(), e);
        }
    }

    /** Finds the followers the lesson matches and tells each once; returns how many were told. */
    int notifyFollowers(Long lessonId) {
        LessonSummary lesson = lessons.summary(lessonId, Actor.SYSTEM);
        if (lesson.state() != LessonState.PUBLISHED) {
            return 0;
        }
        ProjectType type = lesson.projectType();
        Map<Long, String> messages = new LinkedHashMap<>();
        if (type != null) {
            for (FollowEntry follow : follows.findByKindAndProjectTypeOrderByIdAsc(FollowKind.PROJECT_TYPE,
                    type.code())) {
                messages.putIfAbsent(follow.memberId(), "A new lesson was published about a type of project you "
                        + "follow, " + type.label() + ": " + quoted(lesson.title()) + ".");
            }
        }
        matchSavedSearches(lesson, type, messages);
        if (lesson.authorId() != null) {
            messages.remove(lesson.authorId());
        }
        int told = 0;
        for (Map.Entry<Long, String> message : messages.entrySet()) {
            try {
                transactions.executeWithoutResult(status -> notifications.notify(message.getKey(),
                        NotificationKind.FOLLOWED_LESSON_PUBLISHED, lessonId, message.getValue()));
                told++;
            } catch (RuntimeException e) {
                LOG.warn("Could not tell member {} that lesson {} was published", message.getKey(), lessonId, e);
            }
        }
        if (told > 0) {
            LOG.info("Told {} followers that lesson {} was published", told, lessonId);
        }
        return told;
    }

    private void matchSavedSearches(LessonSummary lesson, ProjectType type, Map<Long, String> messages) {
        boolean indexed = false;
        Long afterId = 0L;
        while (true) {
            List<FollowEntry> batch = follows.findTop500ByKindAndIdGreaterThanOrderByIdAsc(FollowKind.SEARCH,
                    afterId);
            if (batch.isEmpty()) {
                return;
            }
            for (FollowEntry follow : batch) {
                if (messages.containsKey(follow.memberId()) || follow.memberId().equals(lesson.authorId())) {
                    continue;
                }
                try {
                    Follow saved = follow.toView();
                    SearchQuery query = saved.search();
                    if (type != null && !query.projectTypes().isEmpty()
                            && !query.projectTypes().contains(type.code())) {
                        continue; // cannot match: spare the index a query
                    }
                    if (!indexed) {
                        indexed = awaitIndexed(lesson.id());
                        if (!indexed) {
                            LOG.warn("Lesson {} is not in the search index; saved searches were not matched",
                                    lesson.id());
                            return;
                        }
                    }
                    if (search.matches(query, lesson.id())) {
                        messages.putIfAbsent(follow.memberId(), "A new lesson matches your saved search ‘"
                                + saved.name() + "’: " + quoted(lesson.title()) + ".");
                    }
                } catch (RuntimeException e) {
                    LOG.warn("Could not match saved search {} against lesson {}", follow.getId(), lesson.id(), e);
                }
            }
            afterId = batch.get(batch.size() - 1).getId();
        }
    }

    /** Whether the lesson is searchable, waiting a little for the index when it is written asynchronously. */
    private boolean awaitIndexed(Long lessonId) {
        SearchQuery everything = SearchQuery.builder().build();
        long deadline = System.nanoTime() + INDEX_WAIT.toNanos();
        while (true) {
            if (search.matches(everything, lessonId)) {
                return true;
            }
            if (System.nanoTime() > deadline || lessons.summary(lessonId, Actor.SYSTEM).state() != LessonState.PUBLISHED) {
                return false;
            }
            try {
                Thread.sleep(INDEX_POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }

    private static String quoted(String title) {
        return title == null || title.isBlank() ? "an untitled lesson" : "“" + title + "”";
    }
}

