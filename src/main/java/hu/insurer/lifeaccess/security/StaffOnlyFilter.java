package hu.insurer.lifeaccess.security;

import java.io.IOException;
import java.util.List;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Runs after the engine's Basic authentication and lets only staff through: a technical user such as the
 * portal client authenticates fine but has no business in the engine API.
 */
class StaffOnlyFilter extends OncePerRequestFilter {

    static final Set<String> STAFF_GROUPS = Set.of(CamundaGroups.AGENTS, CamundaGroups.SUPERVISORS,
            CamundaGroups.AUDITORS, CamundaGroups.ADMINS);

    private final IdentityService identityService;

    StaffOnlyFilter(IdentityService identityService) {
        this.identityService = identityService;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = identityService.getCurrentAuthentication();
        List<String> groups = authentication == null ? List.of() : authentication.getGroupIds();
        if (groups.stream().noneMatch(STAFF_GROUPS::contains)) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.getWriter().write(
                    "{\"type\":\"AuthorizationException\",\"message\":\"This user may not use the engine API.\"}");
            return;
        }
        chain.doFilter(request, response);
    }
}
