package org.lessonsportal.domain.lesson;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds and checks the import and export settings at start-up, so a bad value stops the portal with a plain message. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ExchangeSettings.class)
class ExchangeConfiguration {
}
