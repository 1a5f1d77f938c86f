package hu.insurer.lifeaccess.portal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;

/** The OpenAPI document of the portal API, served at /api/portal/openapi to the portal client. */
@Configuration(proxyBeanMethods = false)
class PortalApiDocumentation {

    @Bean
    OpenAPI portalApi() {
        return new OpenAPI()
                .info(new Info().title("ÜP élet ügyfélbiztonsági kód – portal API").version("1")
                        .description("Redemption of customer security codes by the customer portal."))
                .components(new Components().addSecuritySchemes("basic",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                                .description("The portal client's id and secret (life-access.portal.client)")));
    }
}
