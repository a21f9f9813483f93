<#--
  The first sign-in page (identity-first: Keycloak asks for the username alone when Organizations are on). keycloak.v2
  puts the identity providers below the form; here they come first (social-providers.ftl), and the username form
  follows under its own heading (lessonsPasswordTitle: "Demo account" in the lessons-demo theme). The ids are kept:
  kc-form-login, username, kc-login.
-->
<#import "template.ftl" as layout>
<#import "field.ftl" as field>
<#import "buttons.ftl" as buttons>
<#import "social-providers.ftl" as identityProviders>
<#import "passkeys.ftl" as passkeys>
<@layout.registrationLayout displayMessage=!messagesPerField.existsError('username') displayInfo=(realm.password && realm.registrationAllowed && !registrationDisabled??); section>
<!-- template: login-username.ftl (lessons) -->
    <#if section = "header">
        ${msg("loginAccountTitle")}
    <#elseif section = "form">
        <#assign brokers = (social.providers)![]>
        <#if brokers?has_content>
            <@identityProviders.show social=social />
        </#if>
        <#if realm.password>
            <div id="kc-form" class="lessons-choice">
                <h2 id="lessons-password-title">${msg("lessonsPasswordTitle")}</h2>
                <p class="lessons-hint">${msg("lessonsPasswordHint")}</p>
                <form id="kc-form-login" class="${properties.kcFormClass!}" onsubmit="login.disabled = true; return true;" action="${url.loginAction}" method="post">
                    <#if !usernameHidden??>
                        <#assign label>
                            <#if !realm.loginWithEmailAllowed>${msg("username")}<#elseif !realm.registrationEmailAsUsername>${msg("usernameOrEmail")}<#else>${msg("email")}</#if>
                        </#assign>
                        <@field.input name="username" label=label value=login.username!'' autofocus=!brokers?has_content autocomplete="${(enableWebAuthnConditionalUI?has_content)?then('username webauthn', 'username')}" />
                        <#if realm.rememberMe>
                            <@field.checkbox name="rememberMe" label=msg("rememberMe") value=login.rememberMe?? />
                        </#if>
                    </#if>
                    <@buttons.actionGroup>
                        <@buttons.button id="kc-login" name="login" label="lessonsContinue" class=["kcButtonPrimaryClass"] />
                    </@buttons.actionGroup>
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
