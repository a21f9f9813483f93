package org.lessonsportal.portal.base.ui;

/**
 * The portal's addresses in one place, so pages can link to each other without depending on each other's classes
 * (feature packages must not form cycles).
 */
public final class PortalRoutes {

    public static final String HOME = "home";
    public static final String LESSONS = "lessons";
    public static final String NEW_LESSON = "lessons/new";
    public static final String TASKS = "tasks";
    public static final String PUBLISH = "publish";
    public static final String ADMIN = "admin";
    public static final String NOTIFICATIONS = "notifications";
    /** Search of published lessons (it replaced the simple list, so it keeps the list's address). */
    public static final String SEARCH = LESSONS;
    /** "Starting a project?": describe it, see who has done it before. */
    public static final String START_PROJECT = "start";
    /** The challenge playbook of a type of project. */
    public static final String PLAYBOOK = "playbook";
    /** Organisations' pages ({@code organisations/ZZ1}). */
    public static final String ORGANISATIONS = "organisations";
    /** What the member follows (types of project, saved searches). */
    public static final String FOLLOWING = "following";

    /** The accessibility statement (public). */
    public static final String ACCESSIBILITY = "accessibility";
    /** How the portal uses personal information (public). */
    public static final String PRIVACY = "privacy";
    /** Help with using the portal (public). */
    public static final String HELP = "help";

    private PortalRoutes() {
    }

    /** The page of one lesson. */
    public static String lesson(Long id) {
        return "lessons/" + id;
    }

    /** The page of an organisation, by ODS code: its lessons, what it reuses, the help it offers, its pairings. */
    public static String organisation(String odsCode) {
        return ORGANISATIONS + "/" + odsCode;
    }

    /** Opens a notification: marks it read, then goes to what it is about. */
    public static String openNotification(Long id) {
        return NOTIFICATIONS + "/" + id;
    }

    /** Where the author edits a lesson. */
    public static String editLesson(Long id) {
        return "lessons/" + id + "/edit";
    }

    /** Where a reviewer reviews the lesson of a task. */
    public static String review(String taskId) {
        return "tasks/" + taskId + "/review";
    }

    /** Where an author revises a lesson sent back to them (by its reviewers or a publisher). */
    public static String revise(String taskId) {
        return "tasks/" + taskId + "/revise";
    }
}
