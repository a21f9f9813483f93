<#--
  The frame of every sign-in page: keycloak.v2's template.ftl (same head, scripts and sections, so every page of the
  parent theme still works) inside the portal's frame: a skip link, the blue header with the portal's name, the page
  in a white panel, and the footer's help, accessibility and privacy links. The page title is "<heading> - <realm>",
  with "Error: " in front when the page shows an error.
-->
<#import "footer.ftl" as loginFooter>
<#macro username>
    <div id="kc-username" class="lessons-username">
        <p class="lessons-username__who">${msg("lessonsSigningInAs")} <strong id="kc-attempted-username">${auth.attemptedUsername}</strong></p>
        <a id="reset-login" class="lessons-username__change" href="${url.loginRestartFlowUrl}">${msg("restartLoginTooltip")}</a>
    </div>
</#macro>

<#macro registrationLayout bodyClass="" displayInfo=false displayMessage=true displayRequiredFields=false>
<#assign portalName = realm.displayName!realm.name>
<#assign portalUrl = (client?? && client.baseUrl?has_content)?then(client.baseUrl?ensure_ends_with("/"), "")>
<#assign pageHeading><#nested "header"></#assign>
<#assign pageHeadingText = (pageHeading?is_markup_output)?then(pageHeading?markup_string, pageHeading)?replace("<[^>]*>", "", "r")?replace("\\s+", " ", "r")?trim>
<#assign showsError = (message?has_content && message.type = "error")>
<!DOCTYPE html>
<html class="${properties.kcHtmlClass!}" lang="${lang}"<#if realm.internationalizationEnabled> dir="${(locale.rtl)?then('rtl','ltr')}"</#if>>

<head>
    <meta charset="utf-8">
    <meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
    <meta name="color-scheme" content="light">
    <meta name="viewport" content="width=device-width, initial-scale=1">

    <#if properties.meta?has_content>
        <#list properties.meta?split(' ') as meta>
            <meta name="${meta?split('==')[0]}" content="${meta?split('==')[1]}"/>
        </#list>
    </#if>
    <title><#if showsError>${msg("lessonsErrorTitlePrefix")} </#if><#if pageHeadingText?has_content>${pageHeadingText?no_esc} - ${portalName}<#else>${msg("loginTitle", portalName)}</#if></title>
    <link rel="icon" href="${url.resourcesPath}/img/favicon.ico" />
    <#if properties.stylesCommon?has_content>
        <#list properties.stylesCommon?split(' ') as style>
            <link href="${url.resourcesCommonPath}/${style}" rel="stylesheet" />
        </#list>
    </#if>
    <#if properties.styles?has_content>
        <#list properties.styles?split(' ') as style>
            <link href="${url.resourcesPath}/${style}" rel="stylesheet" />
        </#list>
    </#if>
    <script type="importmap">
        {
            "imports": {
                "rfc4648": "${url.resourcesCommonPath}/vendor/rfc4648/rfc4648.js"
            }
        }
    </script>
    <#if properties.scripts?has_content>
        <#list properties.scripts?split(' ') as script>
            <script src="${url.resourcesPath}/${script}" type="text/javascript"></script>
        </#list>
    </#if>
    <#if scripts??>
        <#list scripts as script>
            <script src="${script}" type="text/javascript"></script>
        </#list>
    </#if>
    <script type="module" src="${url.resourcesPath}/js/passwordVisibility.js"></script>
    <script type="module">
        <#outputformat "JavaScript">
        import { startSessionPolling } from "${url.resourcesPath}/js/authChecker.js";

        startSessionPolling(
            ${url.ssoLoginInOtherTabsUrl?c}
        );
        </#outputformat>
    </script>
    <script type="module">
        document.addEventListener("click", (event) => {
            const link = event.target.closest("a[data-once-link]");

            if (!link) {
                return;
            }

            if (link.getAttribute("aria-disabled") === "true") {
                event.preventDefault();
                return;
            }

            const { disabledClass } = link.dataset;

            if (disabledClass) {
                link.classList.add(...disabledClass.trim().split(/\s+/));
            }

            link.setAttribute("role", "link");
            link.setAttribute("aria-disabled", "true");
        });
    </script>
    <#if authenticationSession??>
        <script type="module">
            <#outputformat "JavaScript">
            import { checkAuthSession } from "${url.resourcesPath}/js/authChecker.js";

            checkAuthSession(
                ${authenticationSession.authSessionIdHash?c}
            );
            </#outputformat>
        </script>
    </#if>
</head>

<body id="keycloak-bg" class="lessons-login ${properties.kcBodyClass!} ${bodyClass}" data-page-id="login-${pageId}">
<a class="skip-link" href="#main-content">${msg("lessonsSkipLink")}</a>
<header class="portal-header">
    <div class="portal-header__bar">
        <#if portalUrl?has_content>
            <a id="portal-name" class="portal-header__name" href="${portalUrl}" aria-label="${msg("lessonsPortalHome", portalName)}">${portalName}</a>
        <#else>
            <span id="portal-name" class="portal-header__name">${portalName}</span>
        </#if>
    </div>
</header>
<main id="main-content" class="portal-main" tabindex="-1">
  <div class="lessons-panel">
    <div class="lessons-panel__header">
        <h1 id="kc-page-title">${pageHeading}</h1>
        <#if realm.internationalizationEnabled && locale.supported?size gt 1>
            <div class="lessons-language">
                <label for="login-select-toggle">${msg("languages")}</label>
                <select id="login-select-toggle" onchange="if (this.value) window.location.href=this.value">
                    <#list locale.supported?sort_by("label") as l>
                        <option value="${l.url}" ${(l.languageTag == locale.currentLanguageTag)?then('selected','')}>${l.label}</option>
                    </#list>
                </select>
            </div>
        </#if>
    </div>

    <#if displayRequiredFields>
        <p class="lessons-hint"><span class="${properties.kcInputRequiredClass!}">*</span> ${msg("requiredFields")}</p>
    </#if>
    <#if auth?has_content && auth.showUsername() && !auth.showResetCredentials()>
        <#nested "show-username">
        <@username />
    </#if>

    <#-- App-initiated actions should not see warning messages about the need to complete the action during login -->
    <#if displayMessage && message?has_content && (message.type != 'warning' || !isAppInitiatedAction??)>
        <div id="kc-message" class="${properties.kcAlertClass!} pf-m-${(message.type = 'error')?then('danger', message.type)} lessons-message lessons-message--${message.type}">
            <span class="${properties.kcAlertTitleClass!} kc-feedback-text">${message.summary}</span>
        </div>
    </#if>

    <#nested "form">

    <#if auth?has_content && auth.showTryAnotherWayLink()>
        <form id="kc-select-try-another-way-form" action="${url.loginAction}" method="post" novalidate="novalidate">
            <input type="hidden" name="tryAnotherWay" value="on"/>
            <a id="try-another-way" href="javascript:document.forms['kc-select-try-another-way-form'].requestSubmit()"
               class="${properties.kcButtonSecondaryClass} ${properties.kcButtonBlockClass} ${properties.kcMarginTopClass}">
                ${msg("doTryAnotherWay")}
            </a>
        </form>
    </#if>

    <#nested "socialProviders">

    <#if displayInfo>
        <div id="kc-info" class="lessons-info">
            <div id="kc-info-wrapper">
                <#nested "info">
            </div>
        </div>
    </#if>
    <@loginFooter.content/>
  </div>
</main>
<footer class="portal-footer">
    <#if portalUrl?has_content>
        <nav class="portal-footer__links" aria-label="${msg("lessonsFooterLinks")}">
            <ul>
                <li><a id="footer-help" href="${portalUrl}help">${msg("lessonsFooterHelp")}</a></li>
                <li><a id="footer-accessibility" href="${portalUrl}accessibility">${msg("lessonsFooterAccessibility")}</a></li>
                <li><a id="footer-privacy" href="${portalUrl}privacy">${msg("lessonsFooterPrivacy")}</a></li>
            </ul>
        </nav>
    </#if>
    <p>${msg("lessonsFooterText")}</p>
</footer>
</body>
</html>
</#macro>
