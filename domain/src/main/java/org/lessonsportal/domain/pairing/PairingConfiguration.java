package org.lessonsportal.domain.pairing;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PairingSettings.class)
class PairingConfiguration {
}
