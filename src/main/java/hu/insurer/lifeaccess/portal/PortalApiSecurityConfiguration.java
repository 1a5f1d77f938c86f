package hu.insurer.lifeaccess.portal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import hu.insurer.lifeaccess.security.RefusedRequests;
import hu.insurer.lifeaccess.security.RefusedRequestsLog;

/**
 * {@code /api/portal/*} (the redemption API and its OpenAPI document) is for the portal client only, with its own
 * credential ({@link PortalClientSettings}); the portal pages and the API send the security headers of
 * {@link PortalSecurityHeaders}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({PortalClientSettings.class, PortalRateLimitSettings.class})
class PortalApiSecurityConfiguration {

    @Bean
    RefusedRequests portalApiRefusals(RefusedRequestsLog log) {
        return log.forApi("portal API");
    }

    @Bean
    FilterRegistrationBean<PortalSecurityHeaders> portalSecurityHeaders() {
        FilterRegistrationBean<PortalSecurityHeaders> registration =
                new FilterRegistrationBean<>(new PortalSecurityHeaders());
        registration.setName("portal-security-headers");
        registration.addUrlPatterns("/api/portal/*", "/portal/*");
        registration.setOrder(5);
        return registration;
    }

    @Bean
    FilterRegistrationBean<PortalClientAuthenticationFilter> portalApiAuthenticationFilter(
            PortalClientCredentials credentials, RefusedRequests portalApiRefusals) {
        FilterRegistrationBean<PortalClientAuthenticationFilter> registration = new FilterRegistrationBean<>(
                new PortalClientAuthenticationFilter(credentials, portalApiRefusals));
        registration.setName("portal-api-authentication");
        registration.addUrlPatterns("/api/portal/*");
        registration.setOrder(10);
        return registration;
    }
}
