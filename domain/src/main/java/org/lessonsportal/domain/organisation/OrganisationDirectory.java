package org.lessonsportal.domain.organisation;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * The administrators' lists of organisations and members, a page at a time and filtered by what was typed: part of a
 * name, an ODS code or (for members) a username. Ordered by name, then id, so pages never overlap.
 */
@Component
class OrganisationDirectory {

    private static final String ORGANISATION_FILTER = " where (:pattern is null or lower(o.name) like :pattern escape '\\'"
            + " or lower(o.odsCode) like :pattern escape '\\')";
    private static final String MEMBER_FROM = " from Member m left join Organisation o on o.id = m.organisationId"
            + " where (:pattern is null or lower(m.name) like :pattern escape '\\'"
            + " or lower(m.username) like :pattern escape '\\' or lower(o.name) like :pattern escape '\\'"
            + " or lower(o.odsCode) like :pattern escape '\\')";

    @PersistenceContext
    private EntityManager entities;

    List<OrganisationOverview> organisations(String filter, int offset, int limit) {
        TypedQuery<Object[]> query = entities.createQuery("select o,"
                + " (select i.name from Organisation i where i.odsCode = o.parentIcbOdsCode),"
                + " (select r.name from OdsOrganisation r where r.odsCode = o.parentIcbOdsCode),"
                + " (select count(m) from Member m where m.organisationId = o.id),"
                + " (select count(s) from OdsOrganisation s where s.odsCode = o.odsCode)"
                + " from Organisation o" + ORGANISATION_FILTER + " order by lower(o.name), o.id", Object[].class);
        return page(query, filter, offset, limit).stream()
                .map(row -> new OrganisationOverview(OrganisationView.of((Organisation) row[0]),
                        row[1] != null ? (String) row[1] : (String) row[2], ((Number) row[3]).longValue(),
                        ((Number) row[4]).longValue() > 0))
                .toList();
    }

    int countOrganisations(String filter) {
        TypedQuery<Long> query = entities.createQuery("select count(o) from Organisation o" + ORGANISATION_FILTER,
                Long.class);
        return query.setParameter("pattern", pattern(filter)).getSingleResult().intValue();
    }

    List<MemberOverview> members(String filter, int offset, int limit) {
        TypedQuery<Object[]> query = entities.createQuery("select m, o.name, o.odsCode" + MEMBER_FROM
                + " order by lower(m.name), m.id", Object[].class);
        return page(query, filter, offset, limit).stream()
                .map(row -> new MemberOverview(MemberView.of((Member) row[0]), (String) row[1], (String) row[2]))
                .toList();
    }

    int countMembers(String filter) {
        TypedQuery<Long> query = entities.createQuery("select count(m)" + MEMBER_FROM, Long.class);
        return query.setParameter("pattern", pattern(filter)).getSingleResult().intValue();
    }

    private static <T> List<T> page(TypedQuery<T> query, String filter, int offset, int limit) {
        return query.setParameter("pattern", pattern(filter)).setFirstResult(Math.max(0, offset))
                .setMaxResults(Math.max(0, limit)).getResultList();
    }

    /** "%nhs\_trust%" for "NHS_Trust": what was typed anywhere in the value, wildcards taken literally. */
    static String pattern(String filter) {
        if (filter == null || filter.isBlank()) {
            return null;
        }
        String escaped = filter.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                .replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
