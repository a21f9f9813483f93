package org.lessonsportal.portal.follow.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lessonsportal.domain.shared.Roles;
import org.lessonsportal.domain.taxonomy.ProjectType;
import org.lessonsportal.portal.KaribuTest;
import org.lessonsportal.workflow.follow.Follow;
import org.lessonsportal.workflow.follow.FollowKind;
import org.lessonsportal.workflow.follow.Following;
import org.springframework.beans.factory.annotation.Autowired;

class FollowingViewTest extends KaribuTest {

    @Autowired
    Following following;

    @Test
    void aMemberFollowsATypeOfProjectOnceAndUnfollowsIt() {
        Person mona = signIn("mona", newOdsCode(), Roles.CONTRIBUTOR);
        navigate("following");
        FollowingView view = _get(FollowingView.class);
        assertThat(view.summary.getElement().getTextRecursively()).startsWith("You do not follow anything yet.");
        assertThat(view.searchPanel.isVisible()).as("no search in the address").isFalse();

        _click(view.followType);
        assertThat(view.errors.problems()).containsExactly("Choose a type of project");
        assertThat(view.projectType.isInvalid()).isTrue();

        view.projectType.setValue(ProjectType.FAX_REMOVAL);
        _click(view.followType);
        assertThat(view.errors.isVisible()).isFalse();
        assertThat(view.status.getText()).isEqualTo("You now follow Fax machine removal. We will tell you when a "
                + "new lesson of this type is published.");
        assertThat(following.list(mona.actor())).extracting(Follow::projectType)
                .containsExactly(ProjectType.FAX_REMOVAL);
        assertThat(items(view)).singleElement().asString().contains("Type of project", "Fax machine removal");
        Anchor seeLessons = _get(Anchor.class, spec -> spec.withText("See lessons it finds"));
        assertThat(seeLessons.getElement().getAttribute("aria-label")).as("the visible words begin its name (WCAG "
                + "2.5.3)").isNull();
        assertThat(seeLessons.getElement().getTextRecursively()).isEqualTo("See lessons it finds: Fax machine "
                + "removal");
        assertThat(view.summary.getText()).isEqualTo("You follow 1 type of project or search. You can follow up "
                + "to 50.");

        view.projectType.setValue(ProjectType.FAX_REMOVAL);
        _click(view.followType);
        assertThat(view.errors.problems()).containsExactly("You already follow Fax machine removal.");
        assertThat(view.projectType.getValue()).as("nothing chosen is lost").isEqualTo(ProjectType.FAX_REMOVAL);
        assertThat(following.list(mona.actor())).hasSize(1);

        _click(_get(Button.class, spec -> spec.withAttribute("aria-label", "Unfollow Fax machine removal")));
        assertThat(view.status.getText()).isEqualTo("You no longer follow Fax machine removal.");
        assertThat(following.list(mona.actor())).isEmpty();
        assertThat(items(view)).isEmpty();
        assertThat(view.summary.getElement().getTextRecursively()).startsWith("You do not follow anything yet.");
    }

    @Test
    void aSearchFromTheAddressIsShownInWordsSavedUnderANameAndRefusedTwice() {
        Person sam = signIn("sam", newOdsCode(), Roles.CONTRIBUTOR);
        open("q=fax%20removal&projectType=fax-removal&region=london&region=north-west&sort=newest&page=3");
        FollowingView view = _get(FollowingView.class);
        assertThat(view.searchPanel.isVisible()).isTrue();
        assertThat(view.searchInWords.getText()).isEqualTo("Words: “fax removal”. Type of project: Fax machine "
                + "removal. Region: London, North West.");
        assertThat(view.searchName.getValue()).isEqualTo("fax removal");
        assertThat(_get(Anchor.class, spec -> spec.withId("back-to-search")).getHref())
                .startsWith("lessons?q=fax%20removal").doesNotContain("page=");

        view.searchName.setValue("Fax in two regions");
        _click(view.saveSearch);
        assertThat(view.status.getText()).isEqualTo("You now follow the search “Fax in two regions”. We will tell "
                + "you when a new lesson matches it.");
        assertThat(view.searchPanel.isVisible()).isFalse();
        assertThat(following.list(sam.actor())).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(FollowKind.SEARCH);
            assertThat(f.search().text()).isEqualTo("fax removal");
            assertThat(f.search().projectTypes()).containsExactly("fax-removal");
            assertThat(f.search().regions()).containsExactlyInAnyOrder("london", "north-west");
        });
        assertThat(items(view)).singleElement().asString().contains("Saved search", "Fax in two regions",
                "Words: “fax removal”");

        // the same search again, from the search page, with the filters in another order
        open("region=north-west&region=london&projectType=fax-removal&q=fax%20removal");
        FollowingView again = _get(FollowingView.class);
        _click(again.saveSearch);
        assertThat(again.errors.problems()).containsExactly("You already follow this search, as “Fax in two "
                + "regions”.");
        assertThat(again.searchPanel.isVisible()).isTrue();

        // another search under a name already used: the name field says so and keeps what was typed
        open("q=switchboard");
        FollowingView third = _get(FollowingView.class);
        third.searchName.setValue("fax in TWO regions");
        _click(third.saveSearch);
        assertThat(third.searchName.isInvalid()).isTrue();
        assertThat(third.searchName.getErrorMessage()).startsWith("You already have a saved search called");
        assertThat(third.searchName.getValue()).isEqualTo("fax in TWO regions");
        third.searchName.setValue("   ");
        _click(third.saveSearch);
        assertThat(third.errors.problems()).containsExactly("Enter a name for this search");
        assertThat(following.list(sam.actor())).hasSize(1);

        _click(_get(Button.class, spec -> spec.withAttribute("aria-label",
                "Unfollow the search “Fax in two regions”")));
        assertThat(third.status.getText()).isEqualTo("You no longer follow the search “Fax in two regions”.");
        assertThat(following.list(sam.actor())).isEmpty();
    }

    @Test
    void longAndOddSearchTextFromTheAddressIsHandled() {
        Person una = signIn("una", newOdsCode(), Roles.CONTRIBUTOR);
        String odd = "faх\u0000 \u202Eremoval\u200B 🏥 ﬁle \uD800 <script>alert(1)</script> ";
        String text = odd + "cutover ".repeat(1300);
        assertThat(text.length()).isGreaterThanOrEqualTo(10_000);
        UI.getCurrent().navigate("following", QueryParameters.simple(Map.of("q", text)));

        FollowingView view = _get(FollowingView.class);
        assertThat(view.searchPanel.isVisible()).isTrue();
        assertThat(view.searchName.getValue()).hasSizeLessThanOrEqualTo(Following.NAME_MAX)
                .startsWith("faх removal 🏥 file <script>alert(1)</script> cutover").doesNotContain("\u0000");
        assertThat(view.searchInWords.getText()).hasSizeLessThan(300).contains("<script>");
        _click(view.saveSearch);
        assertThat(view.status.getText()).startsWith("You now follow the search “faх removal 🏥 file");
        Follow saved = following.list(una.actor()).get(0);
        assertThat(saved.search().text()).hasSizeLessThanOrEqualTo(200).doesNotContain("\u0000", "\u202E",
                "\u200B", "\uD800");
        assertThat(items(view)).singleElement().asString().contains("<script>alert(1)</script>");
    }

    @Test
    void aSearchThatCannotBeFollowedSaysWhyAndOffersTheWayBack() {
        signIn("vic", newOdsCode(), Roles.CONTRIBUTOR);
        open("projectType=no-such-type");
        FollowingView view = _get(FollowingView.class);
        assertThat(_get(Paragraph.class, spec -> spec.withId("search-problem")).getText())
                .isEqualTo("This search cannot be followed. There is no type of project \"no-such-type\".");
        assertThat(_find(Button.class, spec -> spec.withId("save-search"))).isEmpty();
        assertThat(_get(Anchor.class, spec -> spec.withId("back-to-search")).getHref())
                .isEqualTo("lessons?projectType=no-such-type");
        assertThat(view.searchPanel.isVisible()).isTrue();
    }

    @Test
    void theHomePageAndTheNotificationsLinkHere() {
        signIn("wyn", newOdsCode(), Roles.CONTRIBUTOR);
        navigate("home");
        assertThat(_get(Anchor.class, spec -> spec.withId("home-following")).getHref()).isEqualTo("following");
        navigate("notifications");
        assertThat(_get(Anchor.class, spec -> spec.withId("notifications-following")).getHref())
                .isEqualTo("following");
    }

    @Test
    void aNameOverItsLimitIsKeptCountedAndRefusedByTheField() {
        Person wes = signIn("wes", newOdsCode(), Roles.CONTRIBUTOR);
        open("q=fax%20removal");
        FollowingView view = _get(FollowingView.class);
        assertThat(view.searchName.getMaxLength()).as("the browser does not cut a paste").isZero();
        String name = "Fax removal across the three acute trusts of the integrated care system, as asked by the board";

        _setValue(view.searchName, name + " in March");

        assertThat(view.searchName.getHelperText()).endsWith("103 of 100 characters: 3 too many.");
        _click(view.saveSearch);
        assertThat(view.searchName.getValue()).isEqualTo(name + " in March");
        assertThat(view.searchName.isInvalid()).isTrue();
        assertThat(view.searchName.getErrorMessage()).isEqualTo("The name must be 100 characters or fewer (it has "
                + "103)");
        assertThat(following.list(wes.actor())).isEmpty();
    }

    /** Opens the page with a query string, as a link from the search page would. */
    private static void open(String queryString) {
        UI.getCurrent().navigate("following", QueryParameters.fromString(queryString));
    }

    private static List<String> items(FollowingView view) {
        return view.list.getChildren().filter(ListItem.class::isInstance)
                .map(c -> c.getElement().getTextRecursively()).toList();
    }
}
