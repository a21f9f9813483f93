package org.lessonsportal.domain.organisation;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A person as the identity provider's directory lists them (the directory sync), whether or not they have signed in.
 *
 * @param subject  the identity provider's id of the person, the {@code sub} their tokens will carry
 * @param odsCodes the ODS codes of every organisation they belong to
 * @param roles    their realm roles
 */
public record DirectoryMember(String subject, String username, String name, String email, Set<String> odsCodes,
        Set<String> roles) {

    public DirectoryMember {
        Objects.requireNonNull(subject, "subject");
        username = username == null || username.isBlank() ? subject : username.strip();
        name = name == null || name.isBlank() ? username : name.strip();
        email = email == null || email.isBlank() ? null : email.strip();
        odsCodes = odsCodes == null ? Set.of() : odsCodes.stream().filter(Objects::nonNull)
                .map(code -> code.strip().toUpperCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }
}
