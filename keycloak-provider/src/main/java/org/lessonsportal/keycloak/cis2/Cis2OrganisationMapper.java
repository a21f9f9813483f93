package org.lessonsportal.keycloak.cis2;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.keycloak.broker.oidc.OIDCIdentityProvider;
import org.keycloak.broker.oidc.OIDCIdentityProviderFactory;
import org.keycloak.broker.provider.AbstractIdentityProviderMapper;
import org.keycloak.broker.provider.BrokeredIdentityContext;
import org.keycloak.models.IdentityProviderMapperModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.RoleModel;
import org.keycloak.models.UserModel;
import org.keycloak.organization.OrganizationProvider;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.services.ErrorPageException;
import org.keycloak.util.JsonSerialization;

/**
 * The identity-provider mapper of the {@code nhs-cis2} broker. At every sign-in through CIS2 it
 * <ol>
 * <li>refuses the sign-in, with a plain message on Keycloak's error page, when the ID token's {@code acr} is below the
 * configured assurance level (the {@code acr_values} of the authorisation request travel through the browser and
 * can be changed there, so what CIS2 actually reached is checked here);</li>
 * <li>records the organisation of the role chosen at sign-in ({@code selected_roleid}) as the user session note
 * {@value #ACTING_ODS_CODE}, which the portal's client puts into its tokens: the organisation the person acts
 * for; and the ODS codes of all their roles' organisations as {@value #ROLE_ODS_CODES};</li>
 * <li>makes the person a member of every Keycloak Organization whose {@value #ODS_CODE} attribute is the ODS code of
 * one of their roles, and takes them out of organisations (with an ODS code) they hold no role at any more
 * (the broker's sync mode must be {@code FORCE} for this to happen at every sign-in);</li>
 * <li>gives a person signing in for the first time the configured realm roles ({@code contributor}).</li>
 * </ol>
 */
public class Cis2OrganisationMapper extends AbstractIdentityProviderMapper {

    static final String PROVIDER_ID = "lessons-cis2-organisations";
    /** Mapper setting: the lowest assurance accepted, an {@code acr} value such as {@code AAL3_ANY}. */
    static final String REQUIRED_ACR = "required-acr";
    /** Mapper setting: realm roles (comma-separated) a person gets at their first sign-in through CIS2. */
    static final String NEW_USER_ROLES = "new-user-roles";
    /** The organisation attribute that holds its ODS code. */
    static final String ODS_CODE = "ods_code";
    /** User session note, and token claim, naming the ODS code of the organisation the person acts for. */
    static final String ACTING_ODS_CODE = "acting_ods_code";
    /**
     * User session note, and token claim: the ODS codes of every organisation the person holds a role at, separated
     * by spaces, including those the realm has no organisation for (the portal creates those that ODS lists).
     */
    static final String ROLE_ODS_CODES = "role_ods_codes";
    static final String REFUSAL = "Your NHS Care Identity sign-in was not strong enough for Lessons Portal. Please "
            + "sign in again with your smartcard or another way of signing in with high assurance, such as a "
            + "security key or Windows Hello for Business. If you cannot, ask your organisation's Registration "
            + "Authority team for help.";

    private static final Logger LOG = Logger.getLogger(Cis2OrganisationMapper.class);

    @Override
    public String getId() {
        return PROVIDER_ID;
    }

    @Override
    public String[] getCompatibleProviders() {
        return new String[] {OIDCIdentityProviderFactory.PROVIDER_ID};
    }

    @Override
    public String getDisplayCategory() {
        return "NHS CIS2";
    }

    @Override
    public String getDisplayType() {
        return "CIS2 roles to organisations";
    }

    @Override
    public String getHelpText() {
        return "Refuses CIS2 sign-ins below the required assurance level, makes the person a member of the "
                + "organisations (attribute ods_code) they hold national RBAC roles at, and records the selected "
                + "role's organisation as the user session note acting_ods_code. Use with sync mode FORCE.";
    }

    @Override
    public List<ProviderConfigProperty> getConfigProperties() {
        ProviderConfigProperty acr = new ProviderConfigProperty(REQUIRED_ACR, "Required assurance level",
                "The lowest acr accepted, e.g. AAL3_ANY (smartcard and equivalents) or AAL2_OR_AAL3_ANY. Ask CIS2 "
                        + "for the same level: acr_values in the authorization URL.",
                ProviderConfigProperty.STRING_TYPE, AssuranceLevel.DEFAULT_REQUIRED);
        ProviderConfigProperty roles = new ProviderConfigProperty(NEW_USER_ROLES, "Roles at first sign-in",
                "Realm roles, separated by commas, given to a person the first time they sign in through CIS2.",
                ProviderConfigProperty.STRING_TYPE, "contributor");
        return List.of(acr, roles);
    }

    @Override
    public void preprocessFederatedIdentity(KeycloakSession session, RealmModel realm,
            IdentityProviderMapperModel mapperModel, BrokeredIdentityContext context) {
        Cis2Claims claims = claims(context);
        String required = requiredAcr(mapperModel);
        String acr = claims.acr().orElse(null);
        if (!AssuranceLevel.meets(acr, required)) {
            LOG.infof("CIS2 sign-in of '%s' refused: assurance %s is below the required %s", context.getUsername(),
                    acr == null ? "(none sent)" : acr, required);
            throw new ErrorPageException(session, context.getAuthenticationSession(), Response.Status.FORBIDDEN,
                    REFUSAL);
        }
    }

    @Override
    public void importNewUser(KeycloakSession session, RealmModel realm, UserModel user,
            IdentityProviderMapperModel mapperModel, BrokeredIdentityContext context) {
        for (String name : newUserRoles(mapperModel)) {
            RoleModel role = realm.getRole(name);
            if (role == null) {
                LOG.warnf("Mapper '%s': realm %s has no role '%s' to give", mapperModel.getName(), realm.getName(),
                        name);
            } else {
                user.grantRole(role);
            }
        }
        update(session, realm, user, context);
    }

    @Override
    public void updateBrokeredUser(KeycloakSession session, RealmModel realm, UserModel user,
            IdentityProviderMapperModel mapperModel, BrokeredIdentityContext context) {
        update(session, realm, user, context);
    }

    /**
     * Memberships and the organisation acted for. The session note is set here, not in
     * {@link #preprocessFederatedIdentity}: a first sign-in's first-broker-login flow starts by clearing the notes.
     */
    private static void update(KeycloakSession session, RealmModel realm, UserModel user,
            BrokeredIdentityContext context) {
        Cis2Claims claims = claims(context);
        updateMemberships(session, realm, user, claims);
        context.setSessionNote(ROLE_ODS_CODES, String.join(" ", claims.roleOrgCodes()));
        Optional<Cis2Role> selected = claims.selectedRole();
        if (selected.isPresent()) {
            context.setSessionNote(ACTING_ODS_CODE, selected.get().orgCode());
        } else {
            LOG.warnf("CIS2 sign-in of '%s': selected_roleid %s names none of the %d roles; the portal will choose "
                    + "the organisation", user.getUsername(), claims.selectedRoleId().orElse("(none sent)"),
                    claims.roles().size());
        }
    }

    private static void updateMemberships(KeycloakSession session, RealmModel realm, UserModel user,
            Cis2Claims claims) {
        OrganizationProvider organizations = session.getProvider(OrganizationProvider.class);
        if (organizations == null || !organizations.isEnabled()) {
            LOG.warnf("Organizations are off in realm %s: memberships of '%s' not changed", realm.getName(),
                    user.getUsername());
            return;
        }
        Map<String, OrganizationModel> known = new LinkedHashMap<>();
        for (String code : claims.roleOrgCodes()) {
            List<OrganizationModel> found = organizations.getAllStream(Map.of(ODS_CODE, code), 0, 2).toList();
            if (found.size() > 1) {
                LOG.warnf("Realm %s has several organisations with ods_code %s; '%s' joins '%s'", realm.getName(),
                        code, user.getUsername(), found.get(0).getAlias());
            }
            if (!found.isEmpty()) {
                known.put(code, found.get(0));
            }
        }
        Map<String, OrganizationModel> current = new LinkedHashMap<>();
        organizations.getByMember(user).forEach(org -> odsCode(org).ifPresent(code -> current.put(code, org)));

        MembershipPlan plan = MembershipPlan.of(claims.roleOrgCodes(), known.keySet(), current.keySet());
        plan.join().forEach(code -> organizations.addMember(known.get(code), user));
        for (String code : plan.leave()) {
            OrganizationModel org = current.get(code);
            if (organizations.isManagedMember(org, user)) {
                LOG.warnf("'%s' holds no CIS2 role at %s any more but is a managed member: left as is",
                        user.getUsername(), code);
            } else {
                organizations.removeMember(org, user);
            }
        }
        if (!plan.unknown().isEmpty()) {
            LOG.infof("'%s' holds CIS2 roles at %s, which no organisation in realm %s has as its ods_code",
                    user.getUsername(), plan.unknown().stream().map(c -> claims.organisationName(c) + " (" + c + ")")
                            .toList(), realm.getName());
        }
        claims.problems().forEach(problem -> LOG.warnf("CIS2 claims of '%s': %s", user.getUsername(), problem));
    }

    private static Optional<String> odsCode(OrganizationModel organization) {
        List<String> values = organization.getAttributes() == null ? null
                : organization.getAttributes().get(ODS_CODE);
        return values == null || values.isEmpty() || values.get(0) == null || values.get(0).isBlank()
                ? Optional.empty() : Optional.of(values.get(0).trim().toUpperCase(Locale.ROOT));
    }

    /** The claims in the context: the ID token Keycloak validated and the userinfo answer. */
    private static Cis2Claims claims(BrokeredIdentityContext context) {
        Map<String, Object> data = context.getContextData();
        return Cis2Claims.read(json(data.get(OIDCIdentityProvider.VALIDATED_ID_TOKEN)),
                json(data.get(OIDCIdentityProvider.USER_INFO)));
    }

    private static JsonNode json(Object value) {
        if (value == null || value instanceof JsonNode) {
            return (JsonNode) value;
        }
        try {
            return JsonSerialization.mapper.valueToTree(value);
        } catch (IllegalArgumentException e) {
            LOG.warnf("CIS2 claims of type %s could not be read: %s", value.getClass().getName(), e.getMessage());
            return null;
        }
    }

    /** The configured level; a setting that is not an assurance level counts as the strictest, {@code AAL3_ANY}. */
    static String requiredAcr(IdentityProviderMapperModel mapperModel) {
        String configured = mapperModel.getConfig() == null ? null : mapperModel.getConfig().get(REQUIRED_ACR);
        if (configured == null || configured.isBlank()) {
            return AssuranceLevel.DEFAULT_REQUIRED;
        }
        if (AssuranceLevel.of(configured).isEmpty()) {
            LOG.errorf("Mapper '%s': '%s' is not an assurance level such as AAL3_ANY; %s is required instead",
                    mapperModel.getName(), configured, AssuranceLevel.DEFAULT_REQUIRED);
            return AssuranceLevel.DEFAULT_REQUIRED;
        }
        return configured.trim();
    }

    private static List<String> newUserRoles(IdentityProviderMapperModel mapperModel) {
        String configured = mapperModel.getConfig() == null ? null : mapperModel.getConfig().get(NEW_USER_ROLES);
        return configured == null ? List.of() : Arrays.stream(configured.split(","))
                .map(String::trim).filter(name -> !name.isEmpty()).toList();
    }
}
