package org.lessonsportal.workflow.reuse;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ReuseSettings.class)
class ReuseConfiguration {
}
