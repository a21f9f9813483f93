package org.lessonsportal.workflow.question;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(QuestionSettings.class)
class QuestionConfiguration {
}
