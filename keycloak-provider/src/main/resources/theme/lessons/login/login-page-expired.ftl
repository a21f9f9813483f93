<#--
  "This page has expired" (after going back a page, or waiting too long), in plain words: two links that say where
  they lead, instead of base's two "Click here". The ids are base's: loginRestartLink, loginContinueLink.
-->
<#import "template.ftl" as layout>
<@layout.registrationLayout; section>
    <#if section = "header">
        ${msg("pageExpiredTitle")}
    <#elseif section = "form">
        <p id="instruction1" class="instruction">${msg("lessonsPageExpiredExplained")}</p>
        <ul class="lessons-links">
            <li><a id="loginContinueLink" href="${url.loginAction}">${msg("lessonsPageExpiredContinue")}</a></li>
            <li><a id="loginRestartLink" href="${url.loginRestartFlowUrl}">${msg("lessonsPageExpiredRestart")}</a></li>
        </ul>
    </#if>
</@layout.registrationLayout>
