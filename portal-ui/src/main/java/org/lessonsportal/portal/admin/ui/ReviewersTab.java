package org.lessonsportal.portal.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.lessonsportal.domain.organisation.MemberView;
import org.lessonsportal.domain.organisation.OrganisationService;
import org.lessonsportal.domain.shared.Roles;
import org.lessonsportal.domain.taxonomy.ProjectType;

/** Each reviewer's areas of expertise: the types of project they are asked to review. */
@Route(value = AdminLayout.REVIEWERS, layout = AdminLayout.class)
@PageTitle("Reviewers' expertise - Administration - Lessons Portal")
@RolesAllowed(Roles.ADMIN)
class ReviewersTab extends Div {

    private final OrganisationService organisations;
    final ComboBox<MemberView> reviewer = new ComboBox<>("Reviewer");
    final MultiSelectComboBox<ProjectType> expertise = new MultiSelectComboBox<>("Types of project they review");
    final Button saveExpertise = new Button("Save areas of expertise");
    final Paragraph expertiseSaved = new Paragraph();

    ReviewersTab(OrganisationService organisations) {
        this.organisations = organisations;
        setId("admin-reviewers");
        add(new Paragraph("Reviewers are asked to review lessons about the types of project they know. Choose a "
                + "reviewer, then the types of project they are willing to review."));
        reviewer.setId("expertise-reviewer");
        reviewer.setHelperText("Only people with the reviewer role are listed. Type part of a name to find them.");
        reviewer.setItemLabelGenerator(m -> m.name() + " (" + m.username() + ")");
        reviewer.setItems(reviewers());
        reviewer.setWidthFull();
        expertise.setId("expertise-types");
        expertise.setItems(ProjectType.values());
        expertise.setItemLabelGenerator(ProjectType::label);
        expertise.setHelperText("Choose every type that applies. Leave empty if they review any type.");
        expertise.setWidthFull();
        expertise.setEnabled(false);
        saveExpertise.setId("save-expertise");
        saveExpertise.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        saveExpertise.setEnabled(false);
        expertiseSaved.setId("expertise-saved");
        expertiseSaved.getElement().setAttribute("role", "status");
        reviewer.addValueChangeListener(e -> {
            MemberView chosen = e.getValue();
            expertise.setEnabled(chosen != null);
            saveExpertise.setEnabled(chosen != null);
            expertise.setValue(chosen == null ? Set.of() : chosen.expertise());
            expertiseSaved.setText("");
        });
        saveExpertise.addClickListener(e -> saveExpertise());
        add(reviewer, expertise, saveExpertise, expertiseSaved);
    }

    private List<MemberView> reviewers() {
        return organisations.members().stream().filter(m -> m.hasRole(Roles.REVIEWER))
                .sorted(Comparator.comparing(MemberView::name)).toList();
    }

    void saveExpertise() {
        MemberView chosen = reviewer.getValue();
        if (chosen == null) {
            return;
        }
        MemberView saved = organisations.updateExpertise(chosen.id(), expertise.getValue());
        List<MemberView> refreshed = reviewers();
        reviewer.setItems(refreshed);
        refreshed.stream().filter(m -> m.id().equals(saved.id())).findFirst().ifPresent(reviewer::setValue);
        expertiseSaved.setText("Saved. " + saved.name() + " reviews: " + (saved.expertise().isEmpty()
                ? "any type of project" : MembersTab.expertiseOf(saved)) + ".");
    }
}
