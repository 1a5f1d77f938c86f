package hu.insurer.lifeaccess.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Rewrites the error answers of Camunda's REST API (engine-rest and the webapps' {@code /camunda/api}) so that none
 * names a Java exception or shows a database message:
 * <ul>
 * <li>a value too long for its column (the engine's error code {@value #COLUMN_SIZE_TOO_SMALL}, on H2 and PostgreSQL
 * alike) is the client's mistake: 400 with a Hungarian message, instead of 500;</li>
 * <li>any other 5xx: a Hungarian message that tells nothing of the cause (the engine logs it);</li>
 * <li>4xx: the {@code type} field becomes a neutral word (BadRequest, NotFound, …), and a message that names a Java
 * type is replaced by a Hungarian one. {@code AuthorizationException} stays: Cockpit and Tasklist look for it.</li>
 * </ul>
 */
class EngineApiErrorAnswers extends OncePerRequestFilter {

    /** The engine's built-in code for "value too long for the column" (BuiltinExceptionCode.COLUMN_SIZE_TOO_SMALL). */
    static final int COLUMN_SIZE_TOO_SMALL = 10_002;

    static final String VALUE_TOO_LONG = "Egy beküldött érték túl hosszú, ezért semmi sem került mentésre: "
            + "rövidítse a szöveget (egy mezőbe legfeljebb 4000 karakter fér).";
    static final String SERVER_ERROR = "A kérést most nem sikerült teljesíteni. Próbálja újra később; "
            + "ha a hiba megmarad, szóljon az üzemeltetésnek.";
    static final String BAD_REQUEST = "A kérés hibás vagy hiányos, ezért nem teljesíthető.";

    private static final String KEPT_TYPE = "AuthorizationException";
    private static final Pattern JAVA_TYPE = Pattern.compile("Exception|Error\\b|\\b(java|javax|jakarta|org|com)\\.[a-z]");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ErrorCapturingResponse capturing = new ErrorCapturingResponse(response);
        chain.doFilter(request, capturing);
        if (capturing.captured() == null) {
            return;
        }
        int status = capturing.getStatus();
        Map<String, Object> body = parse(capturing.captured());
        Map<String, Object> answer = new LinkedHashMap<>();
        if (status >= 500 && body != null && Integer.valueOf(COLUMN_SIZE_TOO_SMALL).equals(body.get("code"))) {
            status = HttpServletResponse.SC_BAD_REQUEST;
            answer.put("type", "BadRequest");
            answer.put("message", VALUE_TOO_LONG);
        } else if (status >= 500) {
            answer.put("type", "ServerError");
            answer.put("message", SERVER_ERROR);
        } else if (body == null) {
            capturing.writeOriginal();
            return;
        } else {
            answer.putAll(body);
            Object type = body.get("type");
            if (type != null && !KEPT_TYPE.equals(type)) {
                answer.put("type", neutralType(status));
            }
            Object message = body.get("message");
            if (message != null && JAVA_TYPE.matcher(message.toString()).find()) {
                answer.put("message", BAD_REQUEST);
            }
        }
        byte[] bytes = JSON.writeValueAsBytes(answer);
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    private static String neutralType(int status) {
        return switch (status) {
            case 400 -> "BadRequest";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "NotFound";
            case 409 -> "Conflict";
            default -> "ClientError";
        };
    }

    private static Map<String, Object> parse(byte[] body) {
        try {
            return JSON.readValue(body, new TypeReference<Map<String, Object>>() { });
        } catch (JsonProcessingException e) {
            return null;
        } catch (IOException e) {
            return null;
        }
    }
}
