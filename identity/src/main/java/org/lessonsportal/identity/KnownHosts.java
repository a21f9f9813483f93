package org.lessonsportal.identity;

import java.net.URI;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.springframework.security.web.firewall.StrictHttpFirewall;

/**
 * The host names a request may name: the public address's host (when one is configured) and this machine's loopback
 * names. Anything else is refused (400) before it reaches the portal, so a forged {@code Host} header never ends up in
 * a redirect Spring Security or Vaadin builds from the request (the sign-in redirect among them). Behind a trusted
 * proxy the name checked is the forwarded one, which only that proxy may set (see {@code ForwardedHeaders}).
 */
final class KnownHosts implements Predicate<String> {

    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "::1", "[::1]",
            "0:0:0:0:0:0:0:1");

    private final String publicHost;

    KnownHosts(PublicAddress address) {
        String host = address.isConfigured() ? URI.create(address.baseUrl()).getHost() : null;
        this.publicHost = host == null ? null : host.toLowerCase(Locale.ROOT);
    }

    @Override
    public boolean test(String hostName) {
        if (hostName == null) {
            return false;
        }
        String name = hostName.toLowerCase(Locale.ROOT);
        return LOOPBACK.contains(name) || name.equals(publicHost);
    }

    /** Spring Security's default firewall, refusing unknown host names as well. */
    static StrictHttpFirewall firewall(PublicAddress address) {
        StrictHttpFirewall firewall = new StrictHttpFirewall();
        firewall.setAllowedHostnames(new KnownHosts(address));
        return firewall;
    }
}
