package hu.insurer.lifeaccess.security;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@code /api/dev/*} (the development SMS inbox) is for Camunda admins only, in every profile: under {@code prod}
 * the endpoints themselves are absent, and the filter still keeps anything that might appear there closed
 * (an anonymous caller gets 401, an admin 404).
 */
@Configuration(proxyBeanMethods = false)
class DevApiSecurityConfiguration {

    static final String DEV_API_PATTERN = "/api/dev/*";

    @Bean
    FilterRegistrationBean<CamundaBasicAuthFilter> devApiAuthenticationFilter(IdentityService identityService,
            RefusedRequestsLog refusedRequestsLog) {
        FilterRegistrationBean<CamundaBasicAuthFilter> registration =
                new FilterRegistrationBean<>(new CamundaBasicAuthFilter(identityService, CamundaGroups.ADMINS,
                        refusedRequestsLog.forApi("dev API")));
        registration.setName("dev-api-authentication");
        registration.addUrlPatterns(DEV_API_PATTERN);
        registration.setOrder(10);
        return registration;
    }
}
