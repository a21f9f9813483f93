package org.lessonsportal.domain.search;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.lessonsportal.domain.cluster.ClusterCatchUp;
import org.lessonsportal.domain.cluster.ClusterSignal;
import org.lessonsportal.domain.cluster.ClusterSignals;
import org.lessonsportal.domain.organisation.OrganisationService;
import org.lessonsportal.domain.shared.Actor;
import org.lessonsportal.domain.shared.ConcurrentEditException;
import org.lessonsportal.domain.shared.NotAllowedException;
import org.lessonsportal.domain.shared.NotFoundException;
import org.lessonsportal.domain.shared.Roles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The search vocabulary administrators keep in the portal: extra synonym rules, in the built-in file's format, added
 * to the built-in NHS vocabulary (and to the file named by {@code lessons.search.synonyms-file}, if any).
 * <p>
 * The rules are one text, saved as a new version each time (who and when, the whole text; older versions are kept as
 * the record of changes). Saving checks every line first and refuses the whole text, saying which lines and why, when
 * any rule cannot be used; nothing is half-saved. Once the save commits, the next search and similar-lesson look-up
 * use the new rules: synonyms apply at query time only, so neither a restart nor a rebuild of the index is needed.
 * When the portal starts, the saved rules are put in use before it serves anyone.
 * <p>
 * With several nodes on one PostgreSQL database, a save tells the other nodes ({@link ClusterSignals}) once it
 * commits, and each puts the new rules in use as soon as it hears. A node that missed the signal compares the version
 * it uses with the newest saved one when it listens again and every {@code lessons.cluster.check-interval}
 * ({@link ClusterCatchUp}), so it is never stale for longer.
 * <p>
 * For administrators only.
 */
@Service
@Transactional(readOnly = true)
public class SearchVocabularyService implements SmartInitializingSingleton {

    /** The longest vocabulary text accepted, in characters. */
    public static final int MAX_LENGTH = 100_000;

    /** What the signal to other nodes is called. */
    static final String SIGNAL_TOPIC = "vocabulary";

    /** The {@link SynonymRules.Source#name()} of the administrators' rules. */
    static final String SOURCE_NAME = "search vocabulary saved in the portal";

    static final String CHANGED_MESSAGE = "Someone else changed the search vocabulary while you were editing it. "
            + "Your text has not been saved; it is still in the form. Copy it, reload the page to see their changes, "
            + "then add yours again.";

    private static final Logger log = LoggerFactory.getLogger(SearchVocabularyService.class);

    private final VocabularyVersionRepository versions;
    private final LessonAnalyzers analyzers;
    private final SearchSettings settings;
    private final Clock clock;
    private final TransactionTemplate writer;
    private final TransactionTemplate freshRead;
    private final Object applying = new Object();
    private final OrganisationService organisations;
    private final ClusterSignals signals;
    /** The version whose rules are in use ({@code null}: none saved). */
    private volatile Integer inUse;

    SearchVocabularyService(VocabularyVersionRepository versions, LessonAnalyzers analyzers, SearchSettings settings,
            Clock clock, PlatformTransactionManager transactions, OrganisationService organisations,
            ClusterSignals signals) {
        this.versions = versions;
        this.organisations = organisations;
        this.signals = signals;
        this.analyzers = analyzers;
        this.settings = settings;
        this.clock = clock;
        this.writer = new TransactionTemplate(transactions);
        this.freshRead = new TransactionTemplate(transactions);
        this.freshRead.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.freshRead.setReadOnly(true);
    }

    /** The administrators' rules as saved, and how many rules of each kind are in use. */
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public SearchVocabulary vocabulary() {
        Optional<VocabularyVersion> current = versions.findFirstByOrderByNumberDesc();
        SynonymRules inUse = analyzers.synonyms();
        int fileRules = settings.synonymsFile() == null ? 0 : inUse.ruleCount(settings.synonymsFilePath().toString());
        return new SearchVocabulary(current.map(VocabularyVersion::rules).orElse(""),
                current.map(VocabularyVersion::number).orElse(null),
                current.map(VocabularyVersion::savedAt).orElse(null),
                current.map(VocabularyVersion::savedBy).map(this::memberName).orElse(null),
                inUse.ruleCount(SynonymRules.BUILT_IN_NAME), settings.synonymsFile() != null, fileRules,
                inUse.ruleCount(SOURCE_NAME));
    }

    /** The administrators' rules in use, one per entry (no comments or blank lines). */
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public List<String> extraRules() {
        return vocabulary().extraRuleLines();
    }

    /**
     * What is wrong with a vocabulary text, line by line, without saving anything; empty when every rule can be used.
     */
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public List<RuleProblem> validate(String rules) {
        return SynonymRuleChecker.check(analyzers.index(), normalise(rules), MAX_LENGTH);
    }

    /**
     * Saves the administrators' rules (the whole text, replacing the previous one), in a transaction of its own, and
     * puts them in use as soon as it commits: the next search uses them. Saving the text already in use changes
     * nothing.
     *
     * @param rules          the rules, one a line; blank or {@code null} for none
     * @param basedOnVersion the {@link SearchVocabulary#version()} the administrator started from ({@code null} if
     *                       none had been saved), so that someone else's change made meanwhile is never overwritten
     * @param admin          who saves them
     * @return the vocabulary as saved
     * @throws InvalidRulesException   when any line cannot be used; nothing is saved
     * @throws ConcurrentEditException when someone else saved another version meanwhile; nothing is saved
     */
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public SearchVocabulary save(String rules, Integer basedOnVersion, Actor admin) {
        Objects.requireNonNull(admin, "admin");
        if (!admin.isSystem() && !admin.hasRole(Roles.ADMIN)) {
            throw new NotAllowedException("Only administrators can change the search vocabulary.");
        }
        String text = normalise(rules);
        List<RuleProblem> problems = SynonymRuleChecker.check(analyzers.index(), text, MAX_LENGTH);
        if (!problems.isEmpty()) {
            throw new InvalidRulesException(problems);
        }
        try {
            // A transaction of its own, so the rules are in use (after its commit) by the time this returns.
            writer.executeWithoutResult(status -> {
                Optional<VocabularyVersion> current = versions.findFirstByOrderByNumberDesc();
                Integer currentNumber = current.map(VocabularyVersion::number).orElse(null);
                if (!Objects.equals(currentNumber, basedOnVersion)) {
                    throw new ConcurrentEditException(CHANGED_MESSAGE);
                }
                if (current.map(VocabularyVersion::rules).orElse("").equals(text)) {
                    return;
                }
                int number = currentNumber == null ? 1 : currentNumber + 1;
                versions.saveAndFlush(new VocabularyVersion(number, text, clock.instant(), admin.memberId()));
                log.info("Search vocabulary version {} saved by {}: {} rules", number,
                        admin.isSystem() ? "the portal" : "member " + admin.memberId(),
                        new SearchVocabulary(text, number, null, null, 0, false, 0, 0).extraRuleLines().size());
                // the other nodes hear of it when this transaction commits
                signals.send(SIGNAL_TOPIC, number);
                afterCommit(this::applySaved);
            });
        } catch (DataIntegrityViolationException e) {
            // Another save from the same version committed first (the version number is unique).
            throw new ConcurrentEditException(CHANGED_MESSAGE, e);
        }
        return vocabulary();
    }

    /** Puts the saved rules in use when the portal starts, before it serves anyone. */
    @Override
    public void afterSingletonsInstantiated() {
        try {
            applySaved();
        } catch (RuntimeException e) {
            log.error("The search vocabulary saved in the portal could not be read, so only the built-in synonyms (and "
                    + "the synonyms file, if set) apply until an administrator saves it again", e);
        }
    }

    /** Another node saved the rules: puts them in use here too. */
    @EventListener
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void savedOnAnotherNode(ClusterSignal signal) {
        if (SIGNAL_TOPIC.equals(signal.topic())) {
            applySaved();
        }
    }

    /** A signal from another node may have been missed: puts the newest rules in use if these are not. */
    @EventListener
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void catchUp(ClusterCatchUp ignored) {
        Integer newest = freshRead.execute(status -> versions.newestNumber());
        if (!Objects.equals(newest, inUse)) {
            log.info("Search vocabulary version {} was saved on another node; using it here too", newest);
            applySaved();
        }
    }

    /**
     * Reads the newest saved rules and puts them, with the start-up ones, in use. One at a time, reading after the
     * previous one finished, so the last to run always has the newest committed version.
     */
    void applySaved() {
        synchronized (applying) {
            Optional<VocabularyVersion> newest = freshRead.execute(status -> versions.findFirstByOrderByNumberDesc());
            String text = newest.map(VocabularyVersion::rules).orElse("");
            analyzers.useExtraRules(SynonymRules.Source.text(SOURCE_NAME, text == null ? "" : text));
            inUse = newest.map(VocabularyVersion::number).orElse(null);
        }
    }

    private static void afterCommit(Runnable action) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            action.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                action.run();
            }
        });
    }

    private String memberName(Long memberId) {
        try {
            return organisations.memberName(memberId);
        } catch (NotFoundException e) {
            return null;
        }
    }

    /** One kind of line break, no trailing space at the end; {@code null} is no rules. */
    private static String normalise(String rules) {
        if (rules == null) {
            return "";
        }
        return rules.replace("\r\n", "\n").replace('\r', '\n').stripTrailing();
    }
}
