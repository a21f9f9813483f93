package org.lessonsportal.portal.base.ui;

import com.vaadin.flow.component.html.Anchor;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * A lesson's contact as a link that opens the reader's e-mail program, addressed and with a subject that names the
 * lesson: {@code mailto:jo.patel@example.nhs.uk?subject=Your%20lesson%20...}. Only a plain address becomes a link
 * (one {@code @}, no spaces or characters that would change the link's meaning); anything else is shown as text.
 */
public final class ContactLinks {

    private static final Pattern ADDRESS = Pattern.compile(
            "[A-Za-z0-9.!#$%'*+/=^_`{|}~-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+");

    private ContactLinks() {
    }

    /** Whether the address is plain enough to put in a {@code mailto:} link. */
    public static boolean isUsable(String email) {
        return email != null && email.length() <= 254 && ADDRESS.matcher(email).matches();
    }

    /** The {@code mailto:} address, with a subject naming the lesson when it has a title. */
    public static String mailto(String email, String lessonTitle) {
        String subject = lessonTitle == null || lessonTitle.isBlank() ? "Your lesson on the Lessons Portal"
                : "Your lesson \"" + lessonTitle.strip() + "\" on the Lessons Portal";
        return "mailto:" + encode(email) + "?subject=" + encode(subject);
    }

    /** A link to write to the contact; its text is the address itself. */
    public static Anchor anchor(String email, String lessonTitle) {
        Anchor link = new Anchor(mailto(email, lessonTitle), email);
        link.addClassName("contact-link");
        return link;
    }

    /** RFC 6068 wants percent-encoding: spaces as %20, not the + of HTML forms; the @ may stay. */
    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20").replace("%40", "@");
    }
}
