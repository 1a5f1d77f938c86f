package hu.insurer.lifeaccess.security;

import java.security.Principal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/** A request that passed HTTP Basic authentication: {@link #getRemoteUser()} names the user or client. */
public final class AuthenticatedRequest extends HttpServletRequestWrapper {

    private final String userId;

    public AuthenticatedRequest(HttpServletRequest request, String userId) {
        super(request);
        this.userId = userId;
    }

    @Override
    public String getRemoteUser() {
        return userId;
    }

    @Override
    public Principal getUserPrincipal() {
        return () -> userId;
    }

    @Override
    public String getAuthType() {
        return HttpServletRequest.BASIC_AUTH;
    }

    @Override
    public boolean isUserInRole(String role) {
        return false;
    }
}
