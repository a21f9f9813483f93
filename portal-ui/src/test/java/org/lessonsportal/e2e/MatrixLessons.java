package org.lessonsportal.e2e;

import static org.lessonsportal.e2e.AccessRules.State.ARCHIVED;
import static org.lessonsportal.e2e.AccessRules.State.CHANGES_REQUESTED;
import static org.lessonsportal.e2e.AccessRules.State.DRAFT;
import static org.lessonsportal.e2e.AccessRules.State.IN_REVIEW;
import static org.lessonsportal.e2e.AccessRules.State.PUBLISHED;
import static org.lessonsportal.e2e.AccessRules.State.WITHDRAWN_UNSUBMITTED;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.lessonsportal.domain.lesson.AssignedReviewer;
import org.lessonsportal.domain.lesson.LessonDetails;
import org.lessonsportal.domain.lesson.LessonService;
import org.lessonsportal.domain.lesson.LessonState;
import org.lessonsportal.domain.organisation.MemberView;
import org.lessonsportal.domain.organisation.OrganisationService;
import org.lessonsportal.domain.shared.Actor;
import org.lessonsportal.domain.shared.Roles;
import org.lessonsportal.domain.taxonomy.ProjectType;
import org.lessonsportal.e2e.AccessRules.Caller;
import org.lessonsportal.e2e.AccessRules.State;
import org.lessonsportal.testsupport.LessonTestData;
import org.lessonsportal.workflow.notification.Notification;
import org.lessonsportal.workflow.notification.Notifications;
import org.lessonsportal.workflow.review.ReviewDecision;
import org.lessonsportal.workflow.review.ReviewTask;
import org.lessonsportal.workflow.review.ReviewTasks;
import org.lessonsportal.workflow.review.TaskKind;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The access matrix's lessons, one per state, all written by alice (Northshire, ZZ1), made through the portal's own
 * services and the real review process: a draft; a draft withdrawn without ever being submitted; one in review (the
 * process assigns bob and carol); one with changes requested (bob asked, carol approved); one published by pat; one
 * published and then archived by adam. Each has a title word and a text word found nowhere else, so an answer that
 * shows the lesson can be recognised; all six titles share one word, for searching them together.
 */
@RequiredArgsConstructor(access = AccessLevel.PRIVATE)
final class MatrixLessons {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final SecureRandom RANDOM = new SecureRandom();
    /** The lessons' type of project: no other test's lessons or reviewers use it. */
    static final ProjectType TYPE = ProjectType.POPULATION_HEALTH_ANALYTICS;

    /** A notification about a lesson and whose it is. */
    record NotificationFor(Long id, Caller recipient) {
    }

    private final String sharedWord = word();
    private final Map<State, Long> ids = new EnumMap<>(State.class);
    private final Map<State, List<String>> markers = new EnumMap<>(State.class);
    private final Map<State, String> bobsReviewTasks = new EnumMap<>(State.class);
    private final Map<State, NotificationFor> notifications = new EnumMap<>(State.class);
    private String alicesReviseTask;

    private final LessonService lessons;
    private final ReviewTasks reviewTasks;
    private final OrganisationService organisations;

    /** Makes the six lessons; every person must have signed in to the portal before (reviewers must be known). */
    static MatrixLessons create(LessonService lessons, ReviewTasks reviewTasks, OrganisationService organisations,
            Notifications notifications) {
        MatrixLessons made = new MatrixLessons(lessons, reviewTasks, organisations);
        made.make();
        made.findNotifications(notifications);
        return made;
    }

    private void make() {
        Actor alice = actor(Caller.ALICE);
        Actor bob = actor(Caller.BOB);
        Actor carol = actor(Caller.CAROL);
        onlyBobAndCarolKnow(TYPE);
        for (State state : AccessRules.lessonStates()) {
            String titleWord = word();
            String textWord = word();
            markers.put(state, List.of(titleWord, textWord));
            LessonDetails draft = lessons.createDraft(alice, LessonTestData.complete("Access matrix " + sharedWord
                    + " " + titleWord + " " + state.label).toBuilder().projectType(TYPE)
                    .context("Three acute sites each ran their own patient administration system, " + textWord + ".")
                    .build());
            ids.put(state, draft.id());
            if (state == WITHDRAWN_UNSUBMITTED) {
                reviewTasks.withdraw(draft.id(), alice, "We will write it up later.");
            } else if (state != DRAFT) {
                reviewTasks.submit(draft.id(), alice, draft.version());
            }
        }
        for (State state : AccessRules.afterReview()) {
            bobsReviewTasks.put(state, await(Caller.BOB, TaskKind.REVIEW, state).id());
            Set<Long> reviewers = lessons.reviewers(id(state), Actor.SYSTEM).stream().filter(AssignedReviewer::isActive)
                    .map(AssignedReviewer::memberId).collect(Collectors.toSet());
            if (!reviewers.equals(Set.of(bob.memberId(), carol.memberId()))) {
                throw new IllegalStateException("The review process was expected to assign bob and carol to the "
                        + state.label + " lesson; it assigned members " + reviewers);
            }
        }
        String carolsTask = await(Caller.CAROL, TaskKind.REVIEW, CHANGES_REQUESTED).id();
        reviewTasks.completeReview(bobsReviewTasks.get(CHANGES_REQUESTED), bob,
                ReviewDecision.requestChanges("Please give the numbers before and after.", Map.of()));
        reviewTasks.completeReview(carolsTask, carol, ReviewDecision.approve("Clear and practical."));
        for (State state : List.of(PUBLISHED, ARCHIVED)) {
            String carols = await(Caller.CAROL, TaskKind.REVIEW, state).id();
            reviewTasks.completeReview(bobsReviewTasks.get(state), bob, ReviewDecision.approve("Useful."));
            reviewTasks.completeReview(carols, carol, ReviewDecision.approve("Clear and practical."));
            reviewTasks.publish(await(Caller.PAT, TaskKind.PUBLISH, state).id(), actor(Caller.PAT));
        }
        alicesReviseTask = await(Caller.ALICE, TaskKind.REVISE, CHANGES_REQUESTED).id();
        lessons.archive(id(ARCHIVED), actor(Caller.ADAM), "Out of date: the access matrix archived it.");
        Map<State, LessonState> expected = Map.of(DRAFT, LessonState.DRAFT, WITHDRAWN_UNSUBMITTED,
                LessonState.WITHDRAWN, IN_REVIEW, LessonState.IN_REVIEW, CHANGES_REQUESTED,
                LessonState.CHANGES_REQUESTED, PUBLISHED, LessonState.PUBLISHED, ARCHIVED, LessonState.ARCHIVED);
        expected.forEach((state, lessonState) -> waitFor(state.label + " lesson is " + lessonState,
                () -> lessons.get(id(state), Actor.SYSTEM).state() == lessonState ? Boolean.TRUE : null));
    }

    /**
     * The review process prefers reviewers who know the lesson's type of project; making bob and carol the ones who
     * know a type no other test uses makes the process pick them even when other tests' reviewers share the database.
     */
    private void onlyBobAndCarolKnow(ProjectType type) {
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("access-matrix", null,
                "ROLE_" + Roles.ADMIN));
        try {
            for (Caller reviewer : AccessRules.REVIEWERS) {
                MemberView member = organisations.getMember(actor(reviewer).memberId());
                Set<ProjectType> expertise = new HashSet<>(member.expertise());
                expertise.add(type);
                organisations.updateExpertise(member.id(), expertise);
            }
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** For each lesson, a notification about it: alice's if she has one, otherwise bob's. */
    private void findNotifications(Notifications all) {
        for (State state : AccessRules.lessonStates()) {
            for (Caller recipient : List.of(Caller.ALICE, Caller.BOB)) {
                Long memberId = actor(recipient).memberId();
                Optional<Notification> found = all.list(memberId, 0, Notifications.PAGE_MAX).stream()
                        .filter(n -> id(state).equals(n.lessonId())).findFirst();
                if (found.isPresent()) {
                    notifications.put(state, new NotificationFor(found.get().id(), recipient));
                    break;
                }
            }
        }
    }

    private ReviewTask await(Caller who, TaskKind kind, State state) {
        Actor actor = actor(who);
        return waitFor(who.label + " has a " + kind + " task for the " + state.label + " lesson",
                () -> reviewTasks.openTasks(actor).stream()
                        .filter(t -> t.kind() == kind && t.lessonId().equals(id(state))).findFirst().orElse(null));
    }

    private static <T> T waitFor(String what, Supplier<T> check) {
        Instant end = Instant.now().plus(WAIT);
        while (true) {
            T value = check.get();
            if (value != null) {
                return value;
            }
            if (Instant.now().isAfter(end)) {
                throw new IllegalStateException("Timed out waiting until " + what);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted waiting until " + what, e);
            }
        }
    }

    Actor actor(Caller person) {
        Long memberId = organisations.findMemberByUsername(person.username)
                .orElseThrow(() -> new IllegalStateException(person.username + " has not signed in to the portal"))
                .id();
        return organisations.actor(memberId);
    }

    /** Eight lower-case letters: a word no other lesson has. */
    private static String word() {
        StringBuilder word = new StringBuilder("zq");
        for (int i = 0; i < 8; i++) {
            word.append((char) ('a' + RANDOM.nextInt(26)));
        }
        return word.toString();
    }

    String sharedWord() {
        return sharedWord;
    }

    Long id(State state) {
        return ids.get(state);
    }

    /** The lesson's title word and text word, either of which in an answer shows the lesson. */
    List<String> markers(State state) {
        return markers.getOrDefault(state, List.of());
    }

    /** bob's review task of the lesson (open while in review, done afterwards). */
    String bobsReviewTask(State state) {
        return bobsReviewTasks.get(state);
    }

    String alicesReviseTask() {
        return alicesReviseTask;
    }

    NotificationFor notification(State state) {
        return notifications.get(state);
    }

    /** The lesson ids, for the report. */
    Map<State, Long> ids() {
        return ids;
    }
}
