package org.lessonsportal.identity;

import lombok.RequiredArgsConstructor;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * "Sign in" lands here first: people go on to Keycloak only when it answers, otherwise they see a plain page that
 * says sign-in is unavailable right now.
 */
@Controller
@RequiredArgsConstructor
class SignInController {

    private final IdentityProviderStatus status;

    @GetMapping(IdentityPaths.SIGN_IN)
    String signIn(Authentication authentication) {
        if (authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken)) {
            return "redirect:/";
        }
        return status.isAvailable() ? "redirect:" + IdentityPaths.AUTHORIZATION
                : "redirect:/" + IdentityPaths.SIGN_IN_UNAVAILABLE;
    }
}
