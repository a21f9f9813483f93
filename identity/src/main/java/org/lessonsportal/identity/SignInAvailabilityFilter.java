package org.lessonsportal.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.web.filter.OncePerRequestFilter;

/** Catches direct visits to the authorisation redirect while the identity provider is down. */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class SignInAvailabilityFilter extends OncePerRequestFilter {

    private final IdentityProviderStatus status;

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(request.getContextPath() + "/oauth2/authorization/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (status.isAvailable()) {
            chain.doFilter(request, response);
        } else {
            response.sendRedirect(request.getContextPath() + "/" + IdentityPaths.SIGN_IN_UNAVAILABLE);
        }
    }
}
