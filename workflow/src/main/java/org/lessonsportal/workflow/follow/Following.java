package org.lessonsportal.workflow.follow;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.lessonsportal.domain.search.SearchQuery;
import org.lessonsportal.domain.shared.Actor;
import org.lessonsportal.domain.shared.DomainException;
import org.lessonsportal.domain.shared.FieldError;
import org.lessonsportal.domain.shared.NotAllowedException;
import org.lessonsportal.domain.shared.NotFoundException;
import org.lessonsportal.domain.shared.ValidationException;
import org.lessonsportal.domain.taxonomy.ProjectType;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Following a type of project or a saved search, to be told (a notification, and an e-mail when the portal sends
 * them) when a matching lesson is published. The follow feature's door. Each member follows at most
 * {@value #MAX_FOLLOWS} things, each once; a member only ever sees and changes their own follows.
 * <p>
 * Telling followers is {@code FollowerNotices}' work: after a lesson's publication has committed, not part of it.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Following {

    /** How many types of project and searches one member may follow. */
    public static final int MAX_FOLLOWS = 50;
    /** The longest name of a saved search. */
    public static final int NAME_MAX = SavedSearches.NAME_MAX;
    /** The field key of problems with a saved search's name, in {@link ValidationException#errors()}. */
    public static final String NAME_FIELD = SavedSearches.NAME;
    /** The field key of problems with the search itself or the type of project. */
    public static final String SEARCH_FIELD = SavedSearches.SEARCH;
    public static final String PROJECT_TYPE_FIELD = "projectType";

    private final FollowRepository follows;
    private final Clock clock;

    /** What the member follows, oldest first. */
    @PreAuthorize("isAuthenticated()")
    public List<Follow> list(Actor actor) {
        return follows.findByMemberIdOrderByCreatedAtAscIdAsc(member(actor)).stream().map(FollowEntry::toView)
                .toList();
    }

    /**
     * Follows every new lesson of a type of project.
     *
     * @throws ValidationException no type chosen (field {@value #PROJECT_TYPE_FIELD})
     * @throws DomainException     already followed, or the member follows {@value #MAX_FOLLOWS} things already
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public Follow followProjectType(Actor actor, ProjectType type) {
        Long memberId = member(actor);
        if (type == null) {
            throw new ValidationException(List.of(new FieldError(PROJECT_TYPE_FIELD, "Choose a type of project")));
        }
        String duplicate = "You already follow " + type.label() + ".";
        if (follows.findByMemberIdAndFollowKey(memberId, SavedSearches.key(type)).isPresent()) {
            throw new DomainException(duplicate);
        }
        checkLimit(memberId);
        return save(FollowEntry.projectType(memberId, type, clock.instant()), duplicate);
    }

    /**
     * Saves a search under a name and follows every new lesson it finds. The words are cleaned and cut to
     * {@value SearchQuery#MAX_TEXT_LENGTH} characters, as the search uses them; order and page do not matter.
     *
     * @throws ValidationException no name, or a name already used (field {@value #NAME_FIELD}); an unknown code, too
     *                             many filters, or neither words nor filters (field {@value #SEARCH_FIELD})
     * @throws DomainException     the same search is followed already, or the member follows {@value #MAX_FOLLOWS}
     *                             things already
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public Follow followSearch(Actor actor, String name, SearchQuery query) {
        Long memberId = member(actor);
        SearchQuery search = SavedSearches.normalise(query);
        String cleanName = SavedSearches.name(name);
        if (cleanName.isEmpty()) {
            throw new ValidationException(List.of(new FieldError(NAME_FIELD, "Enter a name for this search")));
        }
        String whole = SavedSearches.clean(name, NAME_MAX * 100);
        int length = whole.codePointCount(0, whole.length());
        if (length > NAME_MAX) {
            // refused, never cut: the person chooses what to leave out
            throw new ValidationException(List.of(new FieldError(NAME_FIELD, String.format(Locale.UK,
                    "The name must be %,d characters or fewer (it has %,d)", NAME_MAX, length))));
        }
        List<FollowEntry> mine = follows.findByMemberIdOrderByCreatedAtAscIdAsc(memberId);
        String key = SavedSearches.key(search);
        for (FollowEntry existing : mine) {
            if (existing.followKey().equals(key)) {
                throw new DomainException("You already follow this search, as “" + existing.name() + "”.");
            }
        }
        for (FollowEntry existing : mine) {
            if (existing.kind() == FollowKind.SEARCH && existing.name() != null
                    && existing.name().toLowerCase(Locale.UK).equals(cleanName.toLowerCase(Locale.UK))) {
                throw new ValidationException(List.of(new FieldError(NAME_FIELD, "You already have a saved search "
                        + "called “" + existing.name() + "”. Choose another name")));
            }
        }
        checkLimit(memberId);
        return save(FollowEntry.search(memberId, cleanName, search, clock.instant()),
                "You already follow this search.");
    }

    /**
     * Stops following; returns what the member no longer follows (for the confirmation).
     *
     * @throws NotFoundException when the member does not follow it (any more)
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public Follow unfollow(Actor actor, Long followId) {
        Long memberId = member(actor);
        FollowEntry entry = (followId == null ? Optional.<FollowEntry>empty() : follows.findById(followId))
                .filter(f -> f.memberId().equals(memberId))
                .orElseThrow(() -> new NotFoundException("You no longer follow that. It may have been removed "
                        + "already, in another window."));
        follows.delete(entry);
        return entry.toView();
    }

    /**
     * The search as it would be saved (words cleaned and cut, codes checked), to show it before saving.
     *
     * @throws ValidationException as {@link #followSearch} for the search itself
     */
    public static SearchQuery asSaved(SearchQuery query) {
        return SavedSearches.normalise(query);
    }

    /** A name to offer for a search: its words, or else its filters' names; at most {@value #NAME_MAX} characters. */
    public static String suggestedName(SearchQuery query) {
        return query == null ? "" : SavedSearches.suggestedName(query);
    }

    private void checkLimit(Long memberId) {
        if (follows.countByMemberId(memberId) >= MAX_FOLLOWS) {
            throw new DomainException("You already follow " + MAX_FOLLOWS + " types of project and searches, the "
                    + "most you can. Stop following one to follow something else.");
        }
    }

    private Follow save(FollowEntry entry, String duplicateMessage) {
        try {
            return follows.saveAndFlush(entry).toView();
        } catch (DataIntegrityViolationException concurrentDuplicate) {
            // the same follow saved at the same moment in another window: the unique key refused this one
            throw new DomainException(duplicateMessage);
        }
    }

    private static Long member(Actor actor) {
        if (actor == null || actor.isSystem()) {
            throw new NotAllowedException("Sign in to follow types of project and searches.");
        }
        return actor.memberId();
    }
}
