package org.lessonsportal.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps a signed-in person's roles and organisations in step with Keycloak: on the first request after every
 * {@link SessionSettings#roleRefresh()} (heartbeats of an open tab count), the session's tokens are refreshed
 * ({@link SignInRefresher}) and the portal's principal is rebuilt from the new access token before the request is
 * authorised. When Keycloak refuses (the account is disabled, or its session ended there) the portal session ends and
 * the request goes on as anonymous.
 */
class RoleRefreshFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(RoleRefreshFilter.class);

    private final SignInRefresher refresher;
    private final long intervalMillis;
    private final Clock clock;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    RoleRefreshFilter(SignInRefresher refresher, SessionSettings settings, Clock clock) {
        this.refresher = refresher;
        this.intervalMillis = settings.roleRefresh().toMillis();
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof OAuth2AuthenticationToken token && token.getPrincipal() instanceof PortalUser user
                && user.claimRefresh(clock.millis(), intervalMillis)) {
            refresh(request, response, token, user);
        }
        chain.doFilter(request, response);
    }

    private void refresh(HttpServletRequest request, HttpServletResponse response, OAuth2AuthenticationToken token,
            PortalUser user) {
        try {
            PortalUser refreshed = refresher.refresh(token, user, request, response, clock.millis());
            if (refreshed == null) {
                return;
            }
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(new OAuth2AuthenticationToken(refreshed, refreshed.getAuthorities(),
                    token.getAuthorizedClientRegistrationId()));
            SecurityContextHolder.setContext(context);
            contexts.saveContext(context, request, response);
        } catch (SignInEndedException e) {
            log.info("Ending the portal session of {}: {}", user.identity().username(), e.getMessage());
            SecurityContextHolder.clearContext();
            HttpSession session = request.getSession(false);
            if (session != null) {
                try {
                    session.invalidate();
                } catch (IllegalStateException alreadyEnded) {
                    // ended meanwhile
                }
            }
        } catch (RuntimeException e) {
            // Keycloak unreachable or answering oddly: keep what the person had, try again next interval.
            log.warn("Could not refresh the roles of {}: {}", user.identity().username(), e.getMessage());
        }
    }
}
