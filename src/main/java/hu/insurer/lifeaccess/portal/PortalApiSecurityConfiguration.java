package hu.insurer.lifeaccess.portal;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import hu.insurer.lifeaccess.security.CamundaBasicAuthFilter;
import hu.insurer.lifeaccess.security.CamundaGroups;

/** {@code /api/portal/*} (the redemption API and its OpenAPI document) is for the portal's technical users only. */
@Configuration(proxyBeanMethods = false)
class PortalApiSecurityConfiguration {

    @Bean
    FilterRegistrationBean<CamundaBasicAuthFilter> portalApiAuthenticationFilter(IdentityService identityService) {
        FilterRegistrationBean<CamundaBasicAuthFilter> registration = new FilterRegistrationBean<>(
                new CamundaBasicAuthFilter(identityService, CamundaGroups.PORTAL_CLIENTS));
        registration.setName("portal-api-authentication");
        registration.addUrlPatterns("/api/portal/*");
        registration.setOrder(10);
        return registration;
    }
}
