<#--
  Keycloak's username-and-password page. With Organizations on (identity-first) it is the second page and asks for
  the password alone (usernameHidden): then its heading says "Enter your password" and the template shows who is
  signing in. On its own (both fields) it shows the identity providers first, like login-username.ftl. The ids are
  keycloak.v2's: kc-form-login, username, password, kc-login.
-->
<#import "template.ftl" as layout>
<#import "field.ftl" as field>
<#import "buttons.ftl" as buttons>
<#import "social-providers.ftl" as identityProviders>
<#import "passkeys.ftl" as passkeys>
<@layout.registrationLayout displayMessage=!messagesPerField.existsError('username','password') displayInfo=realm.password && realm.registrationAllowed && !registrationDisabled??; section>
<!-- template: login.ftl (lessons) -->
    <#if section = "header">
        <#if usernameHidden??>${msg("lessonsPasswordPageTitle")}<#else>${msg("loginAccountTitle")}</#if>
    <#elseif section = "form">
        <#assign brokers = (social.providers)![]>
        <#if !usernameHidden?? && brokers?has_content>
            <@identityProviders.show social=social />
        </#if>
        <#if realm.password>
            <div id="kc-form" class="lessons-choice">
                <#if !usernameHidden??>
                    <h2 id="lessons-password-title">${msg("lessonsPasswordTitle")}</h2>
                    <p class="lessons-hint">${msg("lessonsPasswordHint")}</p>
                </#if>
                <form id="kc-form-login" class="${properties.kcFormClass!}" onsubmit="login.disabled = true; return true;" action="${url.loginAction}" method="post" novalidate="novalidate">
                    <#if !usernameHidden??>
                        <#assign label>
                            <#if !realm.loginWithEmailAllowed>${msg("username")}<#elseif !realm.registrationEmailAsUsername>${msg("usernameOrEmail")}<#else>${msg("email")}</#if>
                        </#assign>
                        <@field.input name="username" label=label error=messagesPerField.getFirstError('username','password')
                            autofocus=!brokers?has_content autocomplete="${(enableWebAuthnConditionalUI?has_content)?then('username webauthn', 'username')}" value=login.username!'' />
                        <@field.password name="password" label=msg("password") error="" forgotPassword=realm.resetPasswordAllowed autocomplete="current-password">
                            <#if realm.rememberMe>
                                <@field.checkbox name="rememberMe" label=msg("rememberMe") value=login.rememberMe?? />
                            </#if>
                        </@field.password>
                    <#else>
                        <@field.password name="password" label=msg("password") forgotPassword=realm.resetPasswordAllowed autofocus=true autocomplete="current-password" />
                    </#if>
                    <input type="hidden" id="id-hidden-input" name="credentialId" <#if auth.selectedCredential?has_content>value="${auth.selectedCredential}"</#if>/>
                    <@buttons.loginButton />
                </form>
            </div>
        </#if>
        <@passkeys.conditionalUIData />
    <#elseif section = "info" >
        <#if realm.password && realm.registrationAllowed && !registrationDisabled??>
            <div id="kc-registration">
                <span>${msg("noAccount")} <a href="${url.registrationUrl}">${msg("doRegister")}</a></span>
            </div>
        </#if>
    </#if>
</@layout.registrationLayout>
