package org.lessonsportal.workflow.review;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ReviewSettings.class)
class WorkflowConfiguration {
}
