package hu.insurer.lifeaccess.securitycode;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SecurityCodeSettings.class)
class SecurityCodeConfiguration {
}
