package hu.insurer.lifeaccess.portal;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The security headers of the Camunda webapps, for the stand-in portal page and the portal API: no MIME sniffing,
 * no framing (clickjacking), no referrer, and a Content-Security-Policy that lets the page load only its own
 * script and style and talk only to this server. Set before the request goes on, so that error answers have them
 * too.
 */
class PortalSecurityHeaders extends OncePerRequestFilter {

    static final String PAGE_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
            + "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "no-referrer");
        boolean api = request.getRequestURI().startsWith(request.getContextPath() + "/api/");
        response.setHeader("Content-Security-Policy", api ? API_POLICY : PAGE_POLICY);
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000");
        }
        chain.doFilter(request, response);
    }
}
