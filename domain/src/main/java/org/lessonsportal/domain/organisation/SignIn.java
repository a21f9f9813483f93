package org.lessonsportal.domain.organisation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What the identity provider told us about a person as they signed in.
 *
 * @param organisation  the organisation they act for in this session, or {@code null} when they belong to none
 * @param organisations every organisation they belong to, the one they act for included (added when missing)
 */
public record SignIn(String subject, String username, String name, String email, OrganisationDetails organisation,
        List<OrganisationDetails> organisations, Set<String> roles) {

    public SignIn {
        Objects.requireNonNull(subject, "subject");
        username = username == null || username.isBlank() ? subject : username;
        List<OrganisationDetails> all = new ArrayList<>();
        if (organisation != null) {
            all.add(organisation);
        }
        if (organisations != null) {
            organisations.stream().filter(Objects::nonNull)
                    .filter(o -> all.stream().noneMatch(known -> known.odsCode().equals(o.odsCode())))
                    .forEach(all::add);
        }
        organisations = List.copyOf(all);
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }

    /** Someone who belongs to one organisation at most. */
    public SignIn(String subject, String username, String name, String email, OrganisationDetails organisation,
            Set<String> roles) {
        this(subject, username, name, email, organisation, List.of(), roles);
    }
}
