package org.lessonsportal.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.junit.jupiter.api.Test;
import org.springframework.aop.Pointcut;
import org.springframework.aop.support.AopUtils;

class RolesAllowedOnServicesTest {

    private final Pointcut checked = IdentityConfiguration.rolesAllowedOnServices().getPointcut();

    @RolesAllowed("admin")
    static class AdminService {
        public void act() {
        }
    }

    static class MixedService {
        @RolesAllowed("publisher")
        public void publish() {
        }

        public void read() {
        }
    }

    @PermitAll
    @Tag("div")
    static class SomeView extends Component {
    }

    @Test
    void aServiceWithRolesAllowedIsChecked() {
        assertThat(AopUtils.canApply(checked, AdminService.class)).isTrue();
        assertThat(AopUtils.canApply(checked, MixedService.class)).isTrue();
    }

    @Test
    void aClassWithoutTheAnnotationsIsNotChecked() {
        assertThat(AopUtils.canApply(checked, Object.class)).isFalse();
    }

    @Test
    void aVaadinViewIsLeftToNavigationAccessControl() {
        assertThat(AopUtils.canApply(checked, SomeView.class)).isFalse();
    }
}
