package hu.insurer.lifeaccess.security;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The Spring Boot starter leaves {@code /engine-rest} open. Here every call needs HTTP Basic credentials of a
 * Camunda user (checked by the identity service), and only staff groups may use it at all; what they may do
 * is then decided by the engine's authorizations. The webapps keep their own session login, closed to
 * technical users as well. The error answers of both name no Java exception ({@link EngineApiErrorAnswers}).
 */
@Configuration
class CamundaApiSecurityConfiguration {

    static final String ENGINE_REST_PATTERN = "/engine-rest/*";

    @Bean
    FilterRegistrationBean<EngineApiErrorAnswers> engineApiErrorAnswers() {
        FilterRegistrationBean<EngineApiErrorAnswers> registration =
                new FilterRegistrationBean<>(new EngineApiErrorAnswers());
        registration.setName("engine-api-error-answers");
        registration.addUrlPatterns(ENGINE_REST_PATTERN, "/camunda/api/*");
        registration.setOrder(0);
        return registration;
    }

    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthenticationFilter() {
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.setName("engine-rest-authentication");
        registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
                HttpBasicAuthenticationProvider.class.getName());
        registration.addUrlPatterns(ENGINE_REST_PATTERN);
        registration.setOrder(1);
        return registration;
    }

    @Bean
    FilterRegistrationBean<StaffOnlyFilter> engineRestStaffOnlyFilter(IdentityService identityService) {
        FilterRegistrationBean<StaffOnlyFilter> registration =
                new FilterRegistrationBean<>(new StaffOnlyFilter(identityService));
        registration.setName("engine-rest-staff-only");
        registration.addUrlPatterns(ENGINE_REST_PATTERN);
        registration.setOrder(2);
        return registration;
    }

    @Bean
    FilterRegistrationBean<StaffOnlyWebappLoginFilter> webappStaffOnlyLoginFilter(IdentityService identityService) {
        FilterRegistrationBean<StaffOnlyWebappLoginFilter> registration =
                new FilterRegistrationBean<>(new StaffOnlyWebappLoginFilter(identityService));
        registration.setName("webapp-staff-only-login");
        registration.addUrlPatterns("/camunda/api/admin/auth/user/*");
        registration.setOrder(3);
        return registration;
    }
}
