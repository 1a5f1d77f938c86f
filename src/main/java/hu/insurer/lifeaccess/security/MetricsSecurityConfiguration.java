package hu.insurer.lifeaccess.security;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@code /actuator/prometheus} needs HTTP Basic credentials of a user in {@code monitoring} (the scraper's
 * technical user); the health endpoints stay open for load balancers and answer only a status.
 */
@Configuration(proxyBeanMethods = false)
class MetricsSecurityConfiguration {

    static final String PROMETHEUS_PATH = "/actuator/prometheus";

    @Bean
    FilterRegistrationBean<CamundaBasicAuthFilter> metricsAuthenticationFilter(IdentityService identityService,
            RefusedRequestsLog refusedRequestsLog) {
        FilterRegistrationBean<CamundaBasicAuthFilter> registration =
                new FilterRegistrationBean<>(new CamundaBasicAuthFilter(identityService, CamundaGroups.MONITORING,
                        refusedRequestsLog.forApi("metrics")));
        registration.setName("metrics-authentication");
        registration.addUrlPatterns(PROMETHEUS_PATH, PROMETHEUS_PATH + "/*");
        registration.setOrder(11);
        return registration;
    }
}
