package org.lessonsportal.portal.admin.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Future;
import org.lessonsportal.domain.search.InvalidRulesException;
import org.lessonsportal.domain.search.ReindexResult;
import org.lessonsportal.domain.search.RuleProblem;
import org.lessonsportal.domain.search.SearchService;
import org.lessonsportal.domain.search.SearchVocabulary;
import org.lessonsportal.domain.search.SearchVocabularyService;
import org.lessonsportal.domain.shared.Actor;
import org.lessonsportal.domain.shared.DomainException;
import org.lessonsportal.domain.shared.Roles;
import org.lessonsportal.identity.CurrentUserService;
import org.lessonsportal.portal.base.ui.ErrorReference;
import org.lessonsportal.portal.base.ui.ErrorSummary;
import org.lessonsportal.portal.base.ui.ErrorSummary.Problem;
import org.lessonsportal.portal.base.ui.Formats;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The administration's search part ({@code /admin/search}): the search vocabulary administrators add to the
 * built-in NHS words (used from the next search, no restart), and rebuilding the search index.
 */
@Route(value = AdminLayout.SEARCH, layout = AdminLayout.class)
@PageTitle("Search - Administration - Lessons Portal")
@RolesAllowed(Roles.ADMIN)
class SearchTab extends Div {

    static final String SAVED = "Saved. Searches use the new words from now on.";

    private static final Logger log = LoggerFactory.getLogger(SearchTab.class);

    private final SearchVocabularyService vocabulary;
    private final SearchService search;
    private final ImportJobs jobs;
    private final Actor actor;
    private final Authentication authentication;

    private final Paragraph builtIn = new Paragraph();
    private final Paragraph fromFile = new Paragraph();
    private final Paragraph lastChange = new Paragraph();
    final ErrorSummary problems = new ErrorSummary();
    final TextArea rules = new TextArea("Your extra rules");
    final Button saveRules = new Button("Save rules");
    final Paragraph rulesSaved = new Paragraph();
    final Button rebuild = new Button("Rebuild the search index");
    final Paragraph rebuildStatus = new Paragraph();
    private Integer basedOnVersion;
    private Future<?> runningRebuild;

    SearchTab(SearchVocabularyService vocabulary, SearchService search, ImportJobs jobs,
            CurrentUserService currentUsers) {
        this.vocabulary = vocabulary;
        this.search = search;
        this.jobs = jobs;
        this.actor = currentUsers.require().actor();
        this.authentication = SecurityContextHolder.getContext().getAuthentication();
        setId("search-admin");
        add(vocabularySection(), indexSection());
        show(vocabulary.vocabulary(), true);
    }

    // ------------------------------------------------------------------------------------------ search vocabulary

    private Div vocabularySection() {
        Div section = new Div();
        section.add(new H2("Search vocabulary"));
        builtIn.setId("vocabulary-built-in");
        fromFile.setId("vocabulary-file");
        section.add(builtIn, fromFile);
        section.add(new Paragraph("Add rules for words your organisations use that search does not know yet, such as "
                + "local system names or acronyms. Search uses them as soon as you save: there is no need to restart "
                + "the portal or rebuild the search index."));

        section.add(new H3("How to write a rule"));
        UnorderedList howTo = new UnorderedList();
        howTo.setId("vocabulary-format");
        howTo.add(new ListItem("Write one rule on each line."));
        howTo.add(new ListItem(new Span("Words or phrases that mean the same thing, separated by commas: "),
                new Code("EPR, EHR, electronic patient record"),
                new Span(". A search for any of them also finds lessons that use the others.")));
        howTo.add(new ListItem(new Span("A one-way rule uses an arrow made of = and >: "),
                new Code("Lorenzo => electronic patient record"),
                new Span(". A search for Lorenzo also finds lessons about electronic patient records, but a search "
                        + "for electronic patient record does not find every lesson that mentions Lorenzo.")));
        howTo.add(new ListItem("Capital letters and word endings do not matter: \"Records\" and \"record\" are the "
                + "same. Small words such as \"the\", \"of\" and \"and\" are ignored."));
        howTo.add(new ListItem(new Span("Lines starting with # are notes for other administrators, for example "),
                new Code("# Added for the community trusts, May 2025"), new Span(". Blank lines are ignored.")));
        section.add(howTo);

        problems.setId("vocabulary-problems");
        rules.setId("vocabulary-rules");
        rules.setWidthFull();
        rules.setMinRows(8);
        rules.setManualValidation(true);
        rules.setHelperText("One rule a line. Leave it empty if the built-in rules are enough.");
        saveRules.setId("save-vocabulary");
        saveRules.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        saveRules.addClickListener(e -> saveRules());
        rulesSaved.setId("vocabulary-saved");
        rulesSaved.addClassName("save-status");
        rulesSaved.getElement().setAttribute("role", "status");
        lastChange.setId("vocabulary-last-change");
        lastChange.addClassName("hint");
        Div actions = new Div(saveRules, rulesSaved);
        actions.addClassName("form-actions");
        section.add(problems, rules, actions, lastChange);
        return section;
    }

    void saveRules() {
        String typed = rules.getValue();
        try {
            SearchVocabulary saved = vocabulary.save(typed, basedOnVersion, actor);
            problems.hide();
            rules.setInvalid(false);
            show(saved, !saved.rules().equals(typed.stripTrailing()));
            rulesSaved.setText(SAVED);
        } catch (InvalidRulesException e) {
            rulesSaved.setText("");
            List<RuleProblem> found = e.problems();
            rules.setErrorMessage(found.size() == 1 ? "1 line cannot be used. See the problem above the box."
                    : found.size() + " lines cannot be used. See the problems above the box.");
            rules.setInvalid(true);
            problems.show("The rules have not been saved. Fix these lines, then save again:",
                    found.stream().map(p -> new Problem(p.message(), rules, null)).toList());
        } catch (DomainException e) {
            rulesSaved.setText("");
            rules.setInvalid(false);
            problems.show(e.getMessage(), List.of());
        }
    }

    /** Shows the vocabulary's counts and last change; the text too when asked (never over what someone typed). */
    private void show(SearchVocabulary current, boolean replaceText) {
        basedOnVersion = current.version();
        if (replaceText) {
            rules.setValue(current.rules());
        }
        builtIn.setText("The portal comes with " + count(current.builtInRules(), "built-in rule")
                + " for NHS words and acronyms, such as EPR, EHR and electronic patient record. They are updated with "
                + "each new version of the portal, so they cannot be changed here; the rules you add below are used "
                + "as well as them.");
        fromFile.setText(count(current.fileRules(), "more rule") + (current.fileRules() == 1 ? " comes" : " come")
                + " from a file named in the portal's settings (lessons.search.synonyms-file). Changes to that file "
                + "are used after the portal restarts.");
        fromFile.setVisible(current.fileConfigured());
        if (current.version() == null) {
            lastChange.setText("No rules have been added here yet.");
        } else {
            lastChange.setText(count(current.extraRules(), "rule") + " added here "
                    + (current.extraRules() == 1 ? "is" : "are") + " in use. Last changed "
                    + (current.savedByName() == null ? "" : "by " + current.savedByName() + " ") + "on "
                    + Formats.dateTime(current.savedAt()) + ".");
        }
    }

    // -------------------------------------------------------------------------------------------- search index

    private Div indexSection() {
        Div section = new Div();
        section.add(new H2("Search index"));
        section.add(new Paragraph("Search keeps its index up to date by itself as lessons are published and archived. "
                + "Rebuild it only after the database has been restored from a backup, or if search results seem out "
                + "of date. You do not need to rebuild it after changing the search vocabulary."));
        section.add(new Paragraph("Rebuilding can take a few minutes. Search keeps working meanwhile, but finds "
                + "fewer lessons until it finishes."));
        rebuild.setId("rebuild-index");
        rebuild.addClickListener(e -> startRebuild());
        rebuildStatus.setId("rebuild-status");
        rebuildStatus.addClassName("save-status");
        rebuildStatus.getElement().setAttribute("role", "status");
        Div actions = new Div(rebuild, rebuildStatus);
        actions.addClassName("form-actions");
        section.add(actions);
        return section;
    }

    /** Rebuilds the index in the background; the result is pushed to the page. */
    void startRebuild() {
        UI ui = UI.getCurrent();
        rebuild.setEnabled(false);
        rebuildStatus.setText("Rebuilding the search index…");
        runningRebuild = jobs.run(authentication, () -> {
            try {
                ReindexResult result = search.reindex();
                ui.access(() -> rebuilt("Finished. " + count(result.lessonsIndexed(), "published lesson")
                        + (result.lessonsIndexed() == 1 ? " is" : " are") + " in the search index (it took "
                        + count(Math.max(1, result.took().toSeconds()), "second") + ")."));
            } catch (DomainException e) {
                ui.access(() -> rebuilt("The search index was not rebuilt. " + e.getMessage()));
            } catch (RuntimeException e) {
                String reference = ErrorReference.next();
                log.error("Rebuilding the search index failed, reference {}", reference, e);
                ui.access(() -> rebuilt("Sorry, rebuilding the search index stopped because of an unexpected "
                        + "error. Search still works with the lessons indexed so far. Try again later; if it keeps "
                        + "happening, contact your IT service desk and quote " + reference + "."));
            }
        });
    }

    private void rebuilt(String message) {
        rebuildStatus.setText(message);
        rebuild.setEnabled(true);
    }

    Future<?> runningRebuild() {
        return runningRebuild;
    }

    private static String count(long n, String thing) {
        return String.format(Locale.UK, "%,d", n) + " " + thing + (n == 1 ? "" : "s");
    }
}
