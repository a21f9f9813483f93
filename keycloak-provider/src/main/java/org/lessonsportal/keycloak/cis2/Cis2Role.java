package org.lessonsportal.keycloak.cis2;

/**
 * One national RBAC role a person holds, as an entry of CIS2's {@code nhsid_nrbac_roles} claim.
 *
 * @param personRoleId the role's id ({@code person_roleid}); the ID token's {@code selected_roleid} names one of them
 * @param orgCode      the ODS code of the organisation the role is at ({@code org_code}), upper case
 * @param roleName     e.g. {@code "Clinical":"Clinical Provision":"Nurse Access Role"} ({@code role_name}); may be
 *                     {@code null}
 * @param roleCode     e.g. {@code S8000:G8000:R8001} ({@code role_code}); may be {@code null}
 */
record Cis2Role(String personRoleId, String orgCode, String roleName, String roleCode) {
}
