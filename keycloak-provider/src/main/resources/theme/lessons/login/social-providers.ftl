<#--
  The identity providers (NHS Care Identity, NHSmail), as the portal shows them: a heading, then one button a provider
  with its name (the provider's display name) and, when messages has lessonsBrokerHint.<alias>, a plain hint under it.
  Replaces keycloak.v2's list of logos; the ids are Keycloak's: kc-social-providers, social-<alias>.
-->
<#macro show social>
    <div id="kc-social-providers" class="lessons-choice">
        <h2 id="lessons-brokers-title">${msg("lessonsBrokersTitle")}</h2>
        <ul class="lessons-brokers">
            <#list social.providers as p>
                <#assign hintKey = "lessonsBrokerHint." + p.alias>
                <#assign hint = msg(hintKey)>
                <li class="lessons-brokers__item">
                    <a data-once-link data-disabled-class="lessons-broker--busy" id="social-${p.alias}" class="lessons-broker"
                       href="${p.loginUrl}"<#if hint != hintKey> aria-describedby="social-${p.alias}-hint"</#if>>${p.displayName!p.alias}</a>
                    <#if hint != hintKey>
                        <p id="social-${p.alias}-hint" class="lessons-hint">${hint}</p>
                    </#if>
                </li>
            </#list>
        </ul>
    </div>
</#macro>
