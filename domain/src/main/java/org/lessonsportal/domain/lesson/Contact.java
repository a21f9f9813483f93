package org.lessonsportal.domain.lesson;

/**
 * Someone who has agreed to be asked about the lesson. Optional: only people who opt in are named.
 */
public record Contact(String name, String email) {

    public Contact {
        name = Texts.clean(name);
        email = Texts.clean(email);
    }

    /** {@code null} when neither a name nor an e-mail address was given: the author did not opt in. */
    static Contact ofNullable(String name, String email) {
        Contact contact = new Contact(name, email);
        return contact.name() == null && contact.email() == null ? null : contact;
    }
}
