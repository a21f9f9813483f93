package org.lessonsportal.e2e.pages;

import org.lessonsportal.e2e.support.Browser;
import org.openqa.selenium.By;

/** One lesson's page. */
public class LessonPage extends VaadinPage {

    public LessonPage(Browser browser) {
        super(browser);
        browser.waitFor(By.id("lesson-title"));
    }

    public String title() {
        return browser.waitFor(By.id("lesson-title")).getText();
    }

    public String state() {
        return browser.waitFor(By.id("lesson-state")).getText();
    }

    public boolean showsHistory() {
        return browser.isPresent(By.id("lesson-history"));
    }

    public static LessonPage open(Browser browser, String portalUrl, Long lessonId) {
        browser.open(portalUrl + "/lessons/" + lessonId);
        return new LessonPage(browser);
    }

    /** "Organisations using this lesson": the count sentence and the list below it. */
    public String reuse() {
        return browser.waitFor(By.id("reuse")).getText();
    }

    /** "We are using this": says how far the project is, with a note, and saves. */
    public LessonPage sayWeAreUsingIt(String stage, String note) {
        browser.click(By.id("reuse-record"));
        browser.waitFor(By.id("reuse-stage"));
        chooseRadio("reuse-stage", stage);
        typeInto("reuse-note", note);
        browser.click(By.id("reuse-save"));
        browser.waitFor(By.id("reuse-ours"));
        return this;
    }

    /** Whether the page asks the organisation how reusing the lesson went. */
    public boolean asksHowItWent() {
        return browser.isPresent(By.id("reuse-asked"));
    }

    public LessonPage tellHowItWent(String outcome) {
        browser.click(By.id("reuse-tell"));
        browser.waitFor(By.id("reuse-outcome-text"));
        typeInto("reuse-outcome-text", outcome);
        browser.click(By.id("reuse-outcome-save"));
        browser.waitFor(By.id("reuse-said"));
        return this;
    }

    /** "Write your own lesson that builds on this": the editor, saying what the new lesson builds on. */
    public LessonEditorPage writeALessonThatBuildsOnIt() {
        browser.click(By.id("reuse-write"));
        browser.waitFor(By.id("builds-on-note"));
        return new LessonEditorPage(browser);
    }

    /** "This lesson builds on …" and "N lessons build on this one", or an empty string. */
    public String buildsOn() {
        return browser.isPresent(By.id("builds-on")) ? browser.driver().findElement(By.id("builds-on")).getText()
                : "";
    }

    /** "Questions to the team": every question with its answers, or the sentence that there are none. */
    public String questions() {
        return browser.waitFor(By.id("questions")).getText();
    }

    /** Ticks "Tell me about questions on my organisation's lessons". */
    public LessonPage tellMeAboutQuestions() {
        browser.click(By.id("questions-tell-me"));
        browser.waitForVaadin();
        return this;
    }

    /** Asks the lesson's team a question; the page shows it once sent. */
    public LessonPage askTheTeam(String question) {
        typeInto("question-text", question);
        browser.click(By.id("question-ask"));
        browser.waitFor(By.id("questions-list"));
        return this;
    }

    /** Answers the (first) question whose text contains the words given. */
    public LessonPage answer(String questionWords, String answer) {
        browser.click(By.xpath("//*[starts-with(@id,'question-') and contains(@class,'question')]"
                + "[.//*[contains(normalize-space(),\"" + questionWords + "\")]]//vaadin-button[starts-with(@id,"
                + "'question-answer-')]"));
        browser.waitFor(By.id("answer-text"));
        typeInto("answer-text", answer);
        browser.click(By.id("answer-send"));
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(15))
                .until(d -> questions().contains(answer));
        return this;
    }
}
