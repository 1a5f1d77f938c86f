package hu.insurer.lifeaccess.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps technical users (the portal client) out of the Camunda webapps: the Welcome app admits every
 * authenticated user, so the login itself is refused to anyone outside the staff groups. A wrong password is
 * left to the webapp, so this filter tells nothing about which users exist.
 */
class StaffOnlyWebappLoginFilter extends OncePerRequestFilter {

    private final IdentityService identityService;

    StaffOnlyWebappLoginFilter(IdentityService identityService) {
        this.identityService = identityService;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String username = request.getParameter("username");
        String password = request.getParameter("password");
        if ("POST".equals(request.getMethod()) && username != null && password != null
                && !isStaff(username) && identityService.checkPassword(username, password)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        chain.doFilter(request, response);
    }

    private boolean isStaff(String userId) {
        return StaffOnlyFilter.STAFF_GROUPS.stream()
                .anyMatch(group -> identityService.createUserQuery().userId(userId).memberOfGroup(group).count() > 0);
    }
}
