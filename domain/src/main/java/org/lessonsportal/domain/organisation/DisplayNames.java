package org.lessonsportal.domain.organisation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * People's and organisations' names as pages, tasks and e-mails show them, for {@link OrganisationService}: the one
 * cache of them in the portal. It keeps the {@value #SIZE} names of each kind used last; a name is forgotten when it
 * changes (at sign-in, or when an organisation is provisioned) and again when that transaction ends, so a name read
 * in a transaction that rolls back is not kept.
 */
@Component
@RequiredArgsConstructor
class DisplayNames {

    static final int SIZE = 5_000;

    private final MemberRepository members;
    private final OrganisationRepository organisations;
    private final Map<Long, String> memberNames = lastUsed();
    private final Map<Long, String> organisationNames = lastUsed();

    /** The member's name; empty when there is no such member. */
    Optional<String> member(Long memberId) {
        return cached(memberNames, memberId, id -> members.findById(id).map(Member::getName));
    }

    /** The organisation's name; empty when there is no such organisation. */
    Optional<String> organisation(Long organisationId) {
        return cached(organisationNames, organisationId, id -> organisations.findById(id).map(Organisation::getName));
    }

    /** The member's name may have changed. */
    void memberChanged(Long memberId) {
        forget(memberNames, memberId);
    }

    /** The organisation's name may have changed. */
    void organisationChanged(Long organisationId) {
        forget(organisationNames, organisationId);
    }

    private static Optional<String> cached(Map<Long, String> names, Long id, Function<Long, Optional<String>> load) {
        if (id == null) {
            return Optional.empty();
        }
        String known = names.get(id);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<String> loaded = load.apply(id);
        loaded.ifPresent(name -> names.put(id, name));
        return loaded;
    }

    private static void forget(Map<Long, String> names, Long id) {
        if (id == null) {
            return;
        }
        names.remove(id);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    names.remove(id);
                }
            });
        }
    }

    private static Map<Long, String> lastUsed() {
        return Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, String> eldest) {
                return size() > SIZE;
            }
        });
    }
}
